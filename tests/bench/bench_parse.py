"""Parse throughput beside one plain jieba.lcut pass over the same text.

    python tests/bench/bench_parse.py [--rounds N]

Prints pages/s and KB/s for `reader.ingest.parse_page` over the sample pages, the same for a
bare `jieba.lcut` of each page's text, and the ratio (parse time / lcut time). jieba and the
gazetteer are loaded before timing, as in a running app.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import jieba

from reader.ingest import parse_page
from reader.lexicon.segment import tokenizer

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _time(work, pages, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for page in pages:
            work(page)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    pages = [path.read_bytes() for path in sorted(SEEDS.glob("*.txt"))]
    texts = [data.decode("utf-8-sig") for data in pages]
    plain = jieba.Tokenizer()
    plain.initialize()
    tokenizer()
    parse_page(pages[0], "warm-up")
    kilobytes = sum(map(len, pages)) / 1024 * args.rounds
    count = len(pages) * args.rounds
    parse_seconds = _time(lambda data: parse_page(data, "bench"), pages, args.rounds)
    lcut_seconds = _time(plain.lcut, texts, args.rounds)
    print(f"pages: {count} ({kilobytes:.0f} KB, {sum(map(len, texts)) * args.rounds} characters)")
    print(
        f"reader parse : {count / parse_seconds:8.1f} pages/s {kilobytes / parse_seconds:8.1f} KB/s"
    )
    print(
        f"jieba.lcut   : {count / lcut_seconds:8.1f} pages/s {kilobytes / lcut_seconds:8.1f} KB/s"
    )
    print(f"ratio (parse time / lcut time): {parse_seconds / lcut_seconds:.2f}")


if __name__ == "__main__":
    main()
