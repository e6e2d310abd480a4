"""How texts are kept in the library file (schema 8 on): each once, compressed.

    pack(text) -> bytes; unpack(blob) -> str          zlib over UTF-8 (page and article text)
    pack_blocks(body) -> str; unpack_blocks(text, blocks) -> [{"type", "text"}]
    pack_figures(figures, body) -> str; unpack_figures(packed, body) -> [figure dicts]

A page's text (for the raw source view and its line numbers) and an article's text (blocks
joined by "\\n": what notes index and snippets quote) are two different texts, each stored
once, as zlib. The body is not stored again: `blocks` keeps each block's type and length,
and the article text gives the rest. A figure keeps its block and offsets; its text is the
slice of its block unless it differs (then it is kept beside them).
"""

from __future__ import annotations

import json
import zlib

LEVEL = 6  # zlib's default: level 9 saves under 1% on pages this short, and costs more


def dumps(value) -> str:
    """Compact JSON, Chinese kept readable."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), LEVEL)


def unpack(blob: bytes | None) -> str:
    return zlib.decompress(blob).decode("utf-8") if blob else ""


def pack_blocks(body: list[dict]) -> str:
    """[[type, length], ...]: the body's shape; its text is the article text."""
    return dumps([[block["type"], len(block["text"])] for block in body])


def unpack_blocks(text: str, blocks: str) -> list[dict]:
    """The body again: the article text cut at the block lengths (one "\\n" between blocks)."""
    body, position = [], 0
    for kind, length in json.loads(blocks):
        body.append({"type": kind, "text": text[position : position + length]})
        position += length + 1
    return body


def pack_figures(figures: list[dict], body: list[dict]) -> str:
    """[[block, start, end, kind, value(, text)], ...]; text only where it is not the slice."""
    packed = []
    for figure in figures:
        entry = [figure["block"], figure["start"], figure["end"], figure["kind"], figure["value"]]
        if _slice(body, entry) != figure["text"]:
            entry.append(figure["text"])
        packed.append(entry)
    return dumps(packed)


def unpack_figures(packed: str, body: list[dict]) -> list[dict]:
    figures = []
    for entry in json.loads(packed):
        block, start, end, kind, value = entry[:5]
        text = entry[5] if len(entry) > 5 else _slice(body, entry)
        figures.append(
            {"text": text, "block": block, "start": start, "end": end, "kind": kind, "value": value}
        )
    return figures


def _slice(body: list[dict], entry: list) -> str | None:
    block, start, end = entry[:3]
    if not isinstance(block, int) or not 0 <= block < len(body):
        return None
    return body[block]["text"][start:end]
