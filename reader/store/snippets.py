"""Search snippets: a short HTML window of an article's text round its first hit.

    hit_pattern(terms) -> re.Pattern | None      every term, longest first, case-blind (cached)
    snippet(text, terms, pattern=None) -> str | None
        about SNIPPET_CHARS of `text` around the first hit, every hit in <b>…</b>, the rest
        HTML-escaped, `…` where text was left out; None when no term occurs
    packed_snippet(packed, pattern) -> (str | None, str)
        the same for a text stored packed (`reader.store.packing`), with as much of the text
        as was inflated to make it (the whole text when no term occurs)

A search shows fifty snippets, and inflating fifty whole article texts cost more than the
FTS5 query that found them. Most first hits lie in an article's opening lines, so
`packed_snippet` inflates the text a step at a time and stops once the window is decided:
the first hit is then the first hit of the whole text (no longer term could begin before it
and end beyond what was inflated) and the window's end lies inside what was inflated.
"""

from __future__ import annotations

import codecs
import functools
import html
import re
import zlib

SNIPPET_LEAD = 24  # characters shown before the first hit
SNIPPET_CHARS = 90  # characters in the window
_FIRST_STEP = 768  # bytes inflated first (about 250 Chinese characters), doubled after
_ESCAPED = re.compile("[&<>]")  # what html.escape(quote=False) changes


@functools.lru_cache(maxsize=64)
def _cached_pattern(terms: tuple[str, ...]) -> re.Pattern | None:
    unique = sorted({term for term in terms if term}, key=len, reverse=True)
    if not unique:
        return None
    pattern = re.compile("|".join(map(re.escape, unique)), re.IGNORECASE)
    if len(_longest) >= _KEEP_LONGEST:
        _longest.clear()
    _longest[pattern] = len(unique[0])
    return pattern


def hit_pattern(terms) -> re.Pattern | None:
    return _cached_pattern(tuple(terms))


# characters of the longest term of the patterns hit_pattern made lately (a pattern made
# elsewhere is measured from its source, which is never shorter)
_longest: dict[re.Pattern, int] = {}
_KEEP_LONGEST = 256


def _bold(hit: re.Match) -> str:
    return "<b>" + hit.group() + "</b>"


def snippet(text: str, terms: list[str], pattern: re.Pattern | None = None) -> str | None:
    """HTML: about SNIPPET_CHARS of `text` around the first hit, every hit in <b>…</b>;
    None when no term occurs. `pattern`: `hit_pattern(terms)`, made once per search."""
    pattern = pattern or hit_pattern(terms)
    first = pattern.search(text) if pattern is not None else None
    if pattern is None or first is None:
        return None
    return _window(text, first.start(), pattern, len(text))


def _window(text: str, hit: int, pattern: re.Pattern, length: int) -> str:
    """The snippet of a text of `length` characters whose first hit is at `hit`; `text`
    holds at least the window (it may be only a prefix of the whole)."""
    start = max(0, hit - SNIPPET_LEAD)
    end = min(length, start + SNIPPET_CHARS)
    window = text[start:end].replace("\n", " ")
    if _ESCAPED.search(window) is None:  # nothing to escape (nearly always): one pass
        body = pattern.sub(_bold, window).replace("</b><b>", "")
        return ("…" if start else "") + body + ("…" if end < length else "")
    parts, position = [], 0
    for found in pattern.finditer(window):
        parts += [
            html.escape(window[position : found.start()], quote=False),
            "<b>",
            html.escape(found.group(), quote=False),
            "</b>",
        ]
        position = found.end()
    parts.append(html.escape(window[position:], quote=False))
    body = "".join(parts).replace("</b><b>", "")
    return ("…" if start else "") + body + ("…" if end < length else "")


def packed_snippet(packed: bytes | None, pattern: re.Pattern) -> tuple[str | None, str]:
    """(snippet, the text inflated so far) of a packed text; the snippet is the one
    `snippet(unpack(packed), [], pattern)` gives, the text its prefix (whole when None)."""
    if not packed:
        return None, ""
    inflate = zlib.decompressobj()
    utf8 = codecs.getincrementaldecoder("utf-8")()
    longest = _longest.get(pattern) or max(map(len, pattern.pattern.split("|")))
    text, data, step = "", packed, _FIRST_STEP
    while True:
        chunk = inflate.decompress(data, step)
        data, step = inflate.unconsumed_tail, step * 2
        ended = inflate.eof or not (chunk or data)  # a damaged blob ends too
        text += utf8.decode(chunk, final=ended)
        if ended:
            return snippet(text, [], pattern), text
        first = pattern.search(text)
        if first is not None and _decided(first.start(), longest, len(text)):
            return _window(text, first.start(), pattern, len(text) + 1), text


def _decided(hit: int, longest: int, inflated: int) -> bool:
    """The text inflated so far settles the first hit and the window (and that more follows)."""
    window_end = max(0, hit - SNIPPET_LEAD) + SNIPPET_CHARS
    return inflated >= hit + longest and inflated > window_end
