"""Field-by-field comparison of a parsed page with a hand-checked gold answer (tests/gold/)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent.parent / "gold"
SEEDS_DIR = Path(__file__).resolve().parent.parent.parent / "seeds"


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def gold_pages() -> list[dict]:
    return [
        json.loads(path.read_text(encoding="utf-8")) for path in sorted(GOLD_DIR.glob("*.json"))
    ]


@dataclass
class PageScore:
    gold: int
    predicted: int
    matched: list[tuple[dict, dict]] = field(default_factory=list)

    @property
    def boundary_f1(self) -> float:
        if not self.matched:
            return 0.0
        precision, recall = len(self.matched) / self.predicted, len(self.matched) / self.gold
        return 2 * precision * recall / (precision + recall)


def body_text(article: dict) -> str:
    return norm("".join(block["text"] for block in article["body"]))


def headline_text(article: dict) -> str:
    return norm("".join(article[k] or "" for k in ("kicker", "title", "subtitle")))


def match_articles(page: dict, gold: dict) -> PageScore:
    """Pair each gold article with the parsed one whose body starts and ends the same way."""
    predicted = [a for a in page["articles"] if body_text(a)]
    score = PageScore(gold=len(gold["articles"]), predicted=len(predicted))
    used: set[int] = set()
    for expected in gold["articles"]:
        start, end = norm(expected["body_start"]), norm(expected["body_end"])
        for i, article in enumerate(predicted):
            text = body_text(article)
            if i not in used and text.startswith(start) and text.endswith(end):
                used.add(i)
                score.matched.append((expected, article))
                break
    return score
