"""Article reconstruction on the generated layout corpus (issue 10), one row per family.

    python tests/bench/bench_layouts.py [--quick] [--seeds N] [--family F] [--misses]

Runs `reader.ingest.parse_page` on every page of `tests/layouts` (generated variants of the
gold pages and of our own pages, and the PDF round-trip pages `pdf_pdfminer` / `pdf_raw`:
pages we wrote, typeset by Chromium and extracted by pdfminer.six and `pdftotext -raw`,
committed under `tests/layouts/pdf/out/`) and scores it with the gold scorer's rules
(`tests/layouts/score.py`); `--seeds N` scores N corpora (the gold, own and PDF pages then
count N times). Per family: pages, gold articles, boundary
F1, headlines, titles, county, byline, paragraphs, figures and lines-accounted-once, each
averaged over gold articles as score_gold.py does; then how well `headline_confidence`
separates right from wrong headlines (AUROC over boundary-matched articles, the mean
confidence of each, and the share of each the window would flag, confidence below `--flag`:
`bad<` the wrong headlines caught, `ok<` the right ones flagged for nothing). `--quick`
scores every third page. Pages the parser crashed on are
listed, not fatal.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.ingest import parse_page
from tests.layouts import score
from tests.layouts.variants import FAMILIES, SEED, corpus

KEYS = ("f1", "head", "title", "county", "byline", "paras", "figs", "lines")
# the window flags articles whose headline confidence is below this (tests/bench only)
FLAG_BELOW = 0.7


def all_pages(seeds: list[int]):
    return [variant for seed in seeds for variant in corpus(seed)]


def run(pages) -> tuple[dict, dict, list]:
    results, confidence, crashes = defaultdict(list), defaultdict(lambda: ([], [])), []
    for variant in pages:
        try:
            parsed = parse_page(variant.data, variant.name).to_dict()
        except Exception:
            crashes.append((variant.name, traceback.format_exc(limit=3).splitlines()[-1]))
            continue
        row = score.score_page(parsed, variant.gold, variant.text)
        results[variant.family].append(row)
        for gold, pred in score.matched(parsed, variant.gold):
            right = score.headlines(pred) == score.norm("".join(gold["headlines"]))
            confidence[variant.family][0 if right else 1].append(pred["headline_confidence"])
    return results, confidence, crashes


def table(results, confidence, flag: float = FLAG_BELOW) -> list[str]:
    header = f"{'family':23}{'pages':>6}{'arts':>6}" + "".join(f"{k:>7}" for k in KEYS)
    out = [header + f"{'AUROC':>7}{'c_ok':>6}{'c_bad':>6}{'bad<':>6}{'ok<':>6}"]
    order = [f for f in FAMILIES if f in results] + sorted(set(results) - set(FAMILIES))
    everything = []
    for family in order:
        rows = results[family]
        everything.extend(rows)
        out.append(_row(family, rows, *confidence[family], flag))
    right = [c for f in order for c in confidence[f][0]]
    wrong = [c for f in order for c in confidence[f][1]]
    out.append(_row("all", everything, right, wrong, flag))
    return out


def _flagged(values: list[float], flag: float) -> str:
    return f"{sum(v < flag for v in values) / len(values):6.2f}" if values else "     -"


def _row(name, rows, right, wrong, flag) -> str:
    total = sum(r["gold"] for r in rows) or 1
    avg = {k: sum(r[k] * r["gold"] for r in rows) / total for k in KEYS}
    auc = score.auroc(right, wrong)
    mean = lambda xs: f"{sum(xs) / len(xs):6.2f}" if xs else "     -"  # noqa: E731
    cells = "".join(f"{avg[k]:7.2f}" for k in KEYS)
    auc_cell = f"{auc:7.2f}" if auc is not None else "      -"
    flags = _flagged(wrong, flag) + _flagged(right, flag)
    return f"{name:23}{len(rows):6d}{total:6d}{cells}{auc_cell}{mean(right)}{mean(wrong)}{flags}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="score every third page")
    parser.add_argument("--seeds", type=int, default=1, help="corpora of this many seeds")
    parser.add_argument("--family", help="only this family")
    parser.add_argument("--misses", action="store_true", help="list pages below F1 1.00")
    parser.add_argument("--flag", type=float, default=FLAG_BELOW, help="flag confidence below")
    args = parser.parse_args()
    pages = all_pages([SEED + i for i in range(args.seeds)])
    if args.family:
        pages = [p for p in pages if p.family == args.family]
    if args.quick:
        pages = pages[::3]
    started = time.process_time()
    results, confidence, crashes = run(pages)
    print("\n".join(table(results, confidence, args.flag)))
    print(f"{len(pages)} pages, {time.process_time() - started:.1f} s CPU")
    for name, error in crashes:
        print(f"crashed: {name}: {error}")
    if args.misses:
        for family, rows in results.items():
            for r in rows:
                if r["f1"] < 1:
                    print(f"{family:12} {r['file']:45} f1={r['f1']:.2f} missed={r['misses'][:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
