"""Scoring of a parsed page against gold: the rules of the project's gold scorer.

Copied from /work/shared/tools/score_gold.py (outside this repository; functions `norm`,
`body_text`, `headlines`, `paragraphs`, `covered_lines`, `score_page`), kept in step with it
by hand. Added here: `matched` (the pairs `score_page` counts, for the confidence measure),
`auroc`, and `line_accounting` (which lines the parser put nowhere or twice).
"""

from __future__ import annotations

import unicodedata
from collections import Counter


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def body_text(a):
    body = a.get("body") or []
    return norm("".join(b["text"] if isinstance(b, dict) else b for b in body))


def headlines(a):
    """All headline text of an article in display order; the split into roles is not judged."""
    return norm("".join(a.get(k) or "" for k in ("kicker", "title", "subtitle")))


def paragraphs(a):
    return sum(
        1
        for b in a.get("body") or []
        if not isinstance(b, dict) or b.get("type", "paragraph") == "paragraph"
    )


def covered_lines(page):
    seen = Counter()
    for a in page.get("articles", []):
        for lo, hi in a.get("source_lines") or []:
            seen.update(range(lo, hi + 1))
    for item in page.get("leftover") or []:
        if isinstance(item, dict) and "line" in item:
            seen[item["line"]] += 1
    return seen


def _rows(page, gold):
    preds = [a for a in page.get("articles", []) if body_text(a)]
    used, rows = set(), []
    for g in gold["articles"]:
        gs, ge = norm(g["body_start"]), norm(g["body_end"])
        hit = next(
            (i for i, a in enumerate(preds) if i not in used and body_text(a).startswith(gs)),
            None,
        )
        if hit is None:
            rows.append((g, None, False))
            continue
        used.add(hit)
        rows.append((g, preds[hit], body_text(preds[hit]).endswith(ge)))
    return preds, rows


def matched(page, gold):
    """(gold, predicted) pairs whose bodies start and end as the gold says."""
    return [(g, p) for g, p, ok in _rows(page, gold)[1] if p is not None and ok]


def score_page(page, gold, raw):
    preds, rows = _rows(page, gold)
    golds = gold["articles"]
    exact = sum(1 for _, p, end_ok in rows if p is not None and end_ok)
    prec = exact / len(preds) if preds else 0.0
    rec = exact / len(golds) if golds else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    m = [(g, p) for g, p, ok in rows if p is not None and ok]
    head = sum(1 for g, p in m if headlines(p) == norm("".join(g["headlines"])))
    title = sum(1 for g, p in m if norm(p.get("title")) == norm(g.get("title")))
    county = sum(1 for g, p in m if (p.get("county") or None) == (g.get("county") or None))
    byline = sum(1 for g, p in m if norm(p.get("byline")) == norm(g.get("byline")))
    paras = sum(1 for g, p in m if paragraphs(p) == g.get("paragraphs"))
    fig_texts = [
        unicodedata.normalize("NFKC", f.get("text", ""))
        for a in preds
        for f in a.get("figures") or []
    ]
    clean_text = "".join(
        unicodedata.normalize("NFKC", b["text"] if isinstance(b, dict) else b)
        for a in preds
        for b in a.get("body") or []
    )
    gfig = [unicodedata.normalize("NFKC", f) for f in gold.get("figures", [])]
    # a gold figure is found when the clean text has it joined and a predicted figure covers its
    # number: the figure's text may be longer (unit) or shorter (`11月` starting `11月底`)
    fig_ok = sum(
        1
        for f in gfig
        if f in clean_text
        and any(f in t or (f.startswith(t) and any(c.isdigit() for c in t)) for t in fig_texts)
    )
    lines = [i + 1 for i, line in enumerate(raw.splitlines()) if line.strip()]
    seen = covered_lines(page)
    once = sum(1 for i in lines if seen.get(i) == 1)
    n = len(golds)
    return dict(
        file=page["file"],
        gold=n,
        pred=len(preds),
        f1=f1,
        head=head / n,
        title=title / n,
        county=county / n,
        byline=byline / n,
        paras=paras / n,
        figs=(fig_ok / len(gfig)) if gfig else 1.0,
        lines=once / len(lines) if lines else 1.0,
        misses=[g["title"] or g["body_start"] for g, p, ok in rows if p is None or not ok],
    )


def auroc(scores_right: list[float], scores_wrong: list[float]) -> float | None:
    """P(a right headline has higher confidence than a wrong one); ties count half."""
    if not scores_right or not scores_wrong:
        return None
    wins = sum(1.0 if r > w else 0.5 if r == w else 0.0 for r in scores_right for w in scores_wrong)
    return wins / (len(scores_right) * len(scores_wrong))


def line_accounting(page: dict, raw: str) -> tuple[list[int], list[int]]:
    """Non-blank input lines the parse put nowhere, and those it put in two places."""
    seen = covered_lines(page)
    lines = [i + 1 for i, line in enumerate(raw.splitlines()) if line.strip()]
    return [i for i in lines if not seen.get(i)], [i for i in lines if seen.get(i, 0) > 1]
