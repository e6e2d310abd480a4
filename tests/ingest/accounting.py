"""The line-accounting invariant for small inline pages: every non-blank line of the text
lands in exactly one article's source lines or in the leftovers."""

from __future__ import annotations


def assert_every_line_once(page, text: str) -> None:
    counted = sorted(
        [no for a in page.articles for lo, hi in a.source_lines for no in range(lo, hi + 1)]
        + [item.line for item in page.leftover]
    )
    assert counted == [no for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
