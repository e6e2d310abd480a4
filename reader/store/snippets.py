"""Search snippets: a short HTML window of an article's text round its first hit.

    hit_pattern(terms) -> re.Pattern | None      every term, longest first, case-blind (cached)
    snippet(text, terms, pattern=None) -> str | None
        about SNIPPET_CHARS of `text` around the first hit, every hit in <b>…</b>, the rest
        HTML-escaped, `…` where text was left out; None when no term occurs
    packed_snippet(packed, pattern) -> (str | None, str)
        the same for a text stored packed (`reader.store.packing`), with as much of the text
        as was inflated to make it (the whole text when no term occurs)

A search shows fifty snippets, and inflating fifty whole article texts cost about as much
as the FTS5 query that found them. Most articles are short and inflate whole in one call;
of a long one `packed_snippet` inflates the opening first and stops there when it decides
the window: the first hit is then the first hit of the whole text (no longer term could
begin before it and end beyond what was inflated) and the window ends inside it.
"""

from __future__ import annotations

import functools
import html
import re
import zlib

SNIPPET_LEAD = 24  # characters shown before the first hit
SNIPPET_CHARS = 90  # characters in the window
# bytes inflated first (1,000 Chinese characters): most articles whole, in one call; a long
# one, only as far as its first hit when that lies in its opening
_FIRST_BYTES = 3072
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
    """(snippet, the text inflated to make it) of a packed text: the snippet is the one
    `snippet(unpack(packed), [], pattern)` gives, the text its prefix (whole when None)."""
    if not packed:
        return None, ""
    inflate = zlib.decompressobj()
    head = inflate.decompress(packed, _FIRST_BYTES)
    if not inflate.eof:
        text = head.decode("utf-8", "ignore")  # a character cut at the end is left out
        first = pattern.search(text)
        if first is not None and _decided(first.start(), _longest_term(pattern), len(text)):
            return _window(text, first.start(), pattern, len(text) + 1), text
        head += inflate.decompress(inflate.unconsumed_tail) + inflate.flush()
    text = head.decode("utf-8", "replace")  # (a damaged text still gets its snippet)
    return snippet(text, [], pattern), text


def _longest_term(pattern: re.Pattern) -> int:
    return _longest.get(pattern) or max(map(len, pattern.pattern.split("|")))


def _decided(hit: int, longest: int, inflated: int) -> bool:
    """The text inflated so far settles the first hit and the window (and that more follows)."""
    window_end = max(0, hit - SNIPPET_LEAD) + SNIPPET_CHARS
    return inflated >= hit + longest and inflated > window_end
