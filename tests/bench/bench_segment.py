"""Segmentation figures: jieba (HMM off) against rjieba, as reader.lexicon uses them.

    python tests/bench/bench_segment.py [--copies 40] [--runs 5] [--before PATH]

Prints
- the time to cut the sample pages `--copies` times over (about 4 MB at 40) with jieba's
  `lcut(HMM=False)` and with `reader.lexicon.segment.cut`, wall and CPU, and their ratio;
- the first cut of each in a fresh interpreter: import, dictionary load, place words;
- `import reader.store` (the -X importtime total, median of `--runs` fresh interpreters),
  here and, with `--before PATH`, in another checkout of the project (say one made with
  `git archive` from an older commit), run by this same interpreter.
Both segmenters get the same place words; the texts are cut after both have loaded.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

FIRST_CUT = {
    "jieba": "from reader.lexicon.reference import jieba_tokenizer\n"
    "jieba_tokenizer().lcut('聊城市东昌府区', HMM=False)",
    "rjieba": "from reader.lexicon.segment import cut\ncut('聊城市东昌府区')",
}


def _timed(work) -> tuple[float, float]:
    """(wall, cpu) seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def cut_times(texts: list[str]) -> dict[str, tuple[float, float]]:
    from reader.lexicon import segment
    from reader.lexicon.reference import jieba_tokenizer

    reference = jieba_tokenizer()
    segment.tokenizer()
    return {
        "jieba": _timed(lambda: [reference.lcut(text, HMM=False) for text in texts]),
        "rjieba": _timed(lambda: [segment.cut(text) for text in texts]),
    }


def _fresh(code: str, tree: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=True,
    )


def first_cut(name: str) -> float:
    """Seconds from nothing imported to the first cut done, in a fresh interpreter."""
    code = (
        "import time\nstart = time.perf_counter()\n"
        f"{FIRST_CUT[name]}\nprint(time.perf_counter() - start)"
    )
    return float(_fresh(code).stdout.split()[-1])


def store_import(tree: Path, runs: int) -> float:
    """Median seconds of `import reader.store` in `tree` (the -X importtime cumulative)."""
    totals = []
    for _ in range(runs):
        lines = _fresh("import reader.store", tree).stderr.splitlines()
        line = next(line for line in reversed(lines) if line.rstrip().endswith("| reader.store"))
        totals.append(int(line.split("|")[1]) / 1e6)
    return statistics.median(totals)


def _row(label: str, wall: float, cpu: float, megabytes: float) -> str:
    return f"  {label:7} {wall:7.2f} s wall {cpu:7.2f} s CPU  {megabytes / wall:6.2f} MB/s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", type=Path, help="another checkout to time the import in")
    args = parser.parse_args()
    pages = [path.read_text(encoding="utf-8-sig") for path in sorted(SEEDS.glob("*.txt"))]
    texts = pages * args.copies
    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    chars = sum(map(len, texts))
    print(f"cut {len(texts)} pages ({megabytes:.1f} MB UTF-8, {chars} characters):")
    times = cut_times(texts)
    for name, (wall, cpu) in times.items():
        print(_row(name, wall, cpu, megabytes))
    (jieba_wall, jieba_cpu), (ours_wall, ours_cpu) = times["jieba"], times["rjieba"]
    print(f"  jieba / rjieba: {jieba_wall / ours_wall:.1f}x wall, {jieba_cpu / ours_cpu:.1f}x CPU")
    print("first cut in a fresh interpreter (import, dictionary, place words):")
    for name in FIRST_CUT:
        print(f"  {name:7} {first_cut(name):7.2f} s")
    print(f"import reader.store (median of {args.runs}):")
    print(f"  this tree {store_import(ROOT, args.runs):7.3f} s")
    if args.before:
        print(f"  {args.before} {store_import(args.before.resolve(), args.runs):7.3f} s")


if __name__ == "__main__":
    main()
