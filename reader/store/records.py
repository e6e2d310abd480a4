"""What the store keeps of a parsed page, as plain values (no ingest types here).

label(title, headline, text) -> str   what a list shows for an article
"""

from __future__ import annotations

UNTITLED = "—"
_LABEL_CHARS = 30


def label(title: str | None, headline: str | None, text: str) -> str:
    """An article's title (主题), else its whole headline, else the first words of its body
    (a photo caption), else a dash."""
    if title or headline:
        return title or headline or UNTITLED
    if text:
        flat = " ".join(text.split())
        return flat if len(flat) <= _LABEL_CHARS else flat[:_LABEL_CHARS] + "…"
    return UNTITLED
