"""An article's id: a hash of its text, so it is the same on every parse of the page.

    stable_id(kicker, title, subtitle, blocks) -> str   16 hex digits
    make_ids_unique(articles)                           `-2`, `-3`… on repeats

The text is NFKC-normalised and compacted (no spaces, no line breaks) before hashing, so a
page re-wrapped at another width, or extracted by another tool, gives the same ids; two
articles of one page with the same text are told apart by a suffix in page order.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter

from reader.ingest.model import Article, Block
from reader.ingest.text import compact


def stable_id(kicker, title, subtitle, blocks: list[Block]) -> str:
    """Hash of the normalised text: the same on every parse, and across re-wrapped copies."""
    text = "".join(part or "" for part in (kicker, title, subtitle))
    text += "".join(block.text for block in blocks)
    normalised = compact(unicodedata.normalize("NFKC", text))
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def make_ids_unique(articles: list[Article]) -> None:
    seen: Counter = Counter()
    for article in articles:
        seen[article.id] += 1
        if seen[article.id] > 1:
            article.id = f"{article.id}-{seen[article.id]}"
