"""Library import throughput and search latency, each beside its floor, in one run.

    python tests/bench/bench_store.py [--pages 200 | --articles 100000] [--workers N]
                                      [--queries 300] [--library FILE]

Builds a folder of page files from many copies of the sample pages (each copy with a few
characters of its body lines changed, so its sha256 and its article ids differ), then
    import:  `reader.importing.import_paths` of the folder into a new library file, beside one plain
             `jieba.lcut` pass (HMM on, as a user calls it) over the same text (floor: <= 1x)
    size:    the library file / the UTF-8 size of the page text imported (floor: <= 2.5x)
    search:  `Library.search` (segmentation, ranking, filters, snippets, article rows) beside
             the bare FTS5 query for the same MATCH expression (floor: <= 1.5x at p95)
`--library FILE` runs the search figures alone on a library built before (bench_size.py
--dir keeps its 100,000 articles). Search times are printed as wall time and as the
thread's CPU time (which a loaded machine disturbs less).
This is a script that prints figures, not a test.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import jieba

from reader.importing import import_paths
from reader.ingest import parse_file
from reader.store import Library
from reader.store.search import bare_query, match_expression

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SWAPS = (
    "的一是在不了有和人这中大为上个国以要时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新"
)
FIXED_QUERIES = ["信访", "供热", "乡村振兴", "东昌府区", "工作", "发展 项目", "治重化积", "聊城市"]


def _vary(text: str, rng: random.Random) -> str:
    """Swap one character in every long body line (one holding ， or 。); layout stays the same."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if len(line.strip()) >= 12 and ("，" in line or "。" in line):
            at = rng.randrange(2, len(line) - 2)
            if "\u4e00" <= line[at] <= "\u9fff":
                lines[i] = line[:at] + rng.choice(SWAPS) + line[at + 1 :]
    return "\n".join(lines)


def build_corpus(folder: Path, articles: int) -> tuple[list[Path], int]:
    seeds = sorted(SEEDS.glob("*.txt"))
    per_set = sum(len(parse_file(path).articles) for path in seeds)
    sets = math.ceil(articles / per_set)
    texts = [path.read_text(encoding="utf-8-sig") for path in seeds]
    rng = random.Random(20261122)
    files = []
    for copy in range(sets):
        for seed, text in zip(seeds, texts, strict=True):
            path = folder / f"{copy:05d}_{seed.name}"
            path.write_text(_vary(text, rng), encoding="utf-8")
            files.append(path)
    return files, sets * per_set


def cpu_split() -> tuple[float, float]:
    """CPU seconds of this process, and of its finished children (the parser processes)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def cpu_seconds() -> float:
    return sum(cpu_split())


def time_lcut(files: list[Path]) -> tuple[float, float]:
    """(wall, cpu) seconds of one plain jieba.lcut pass over the files' text."""
    plain = jieba.Tokenizer()
    plain.initialize()
    texts = [path.read_text(encoding="utf-8") for path in files]
    start, cpu = time.perf_counter(), cpu_seconds()
    for text in texts:
        plain.lcut(text)
    return time.perf_counter() - start, cpu_seconds() - cpu


def time_import(folder: Path, db: Path, workers: int | None) -> tuple[float, float, Library]:
    """(wall, cpu) seconds of importing the folder into a new library, and the library."""
    start, (own, children) = time.perf_counter(), cpu_split()
    library = Library(db)
    report = import_paths(library, [folder], workers=workers)
    elapsed, (own_after, children_after) = time.perf_counter() - start, cpu_split()
    used = own_after - own + children_after - children
    print(
        f"  import CPU: {own_after - own:.1f} s in this process (reading, storing),"
        f" {children_after - children:.1f} s in parser processes"
    )
    if report.errors:
        print(f"  {len(report.errors)} files failed, first: {report.errors[0]}", file=sys.stderr)
    return elapsed, used, library


def queries(count: int) -> list[str]:
    """Words from the sample pages (common and rare alike), plus a few fixed queries."""
    from reader.lexicon.segment import cut

    words = sorted(
        {
            w
            for p in SEEDS.glob("*.txt")
            for w in cut(p.read_text(encoding="utf-8-sig"))
            if len(w) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in w)
        }
    )
    rng = random.Random(7)
    return FIXED_QUERIES + rng.sample(words, min(count, len(words)))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def time_search(library: Library, words: list[str], rounds: int = 2) -> dict[str, list]:
    """Wall and CPU seconds of each Library.search and bare query; and the hits found."""
    times: dict[str, list] = {"ours": [], "bare": [], "ours_cpu": [], "bare_cpu": [], "hits": []}
    conn = library.db.conn
    for word in words:
        library.search(word)  # warm the pages this word needs
        for _ in range(rounds):
            start, cpu = time.perf_counter(), time.thread_time()
            times["hits"].append(len(library.search(word)))
            times["ours"].append(time.perf_counter() - start)
            times["ours_cpu"].append(time.thread_time() - cpu)
            start, cpu = time.perf_counter(), time.thread_time()
            bare_query(conn, match_expression(word))
            times["bare"].append(time.perf_counter() - start)
            times["bare_cpu"].append(time.thread_time() - cpu)
    return times


def print_search(library: Library, count: int) -> None:
    words = queries(count)
    times = time_search(library, words)
    ms = 1000
    print(f"search : {len(times['ours'])} queries ({len(words)} words, {sum(times['hits'])} hits)")
    for label, key in (("Library.search", "ours"), ("bare FTS5     ", "bare")):
        p50, p95 = percentile(times[key], 0.5) * ms, percentile(times[key], 0.95) * ms
        cpu = percentile(times[key + "_cpu"], 0.95) * ms
        print(f"  {label} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  (CPU p95 {cpu:7.2f} ms)")
    ratio = percentile(times["ours"], 0.95) / percentile(times["bare"], 0.95)
    cpu_ratio = percentile(times["ours_cpu"], 0.95) / percentile(times["bare_cpu"], 0.95)
    print(
        f"  p95 ratio = {ratio:.2f}  (floor <= 1.50)  {'OK' if ratio <= 1.5 else 'MISSED'}"
        f"  mean {statistics.mean(times['ours']) * ms:.2f} vs"
        f" {statistics.mean(times['bare']) * ms:.2f} ms;  CPU p95 ratio = {cpu_ratio:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--pages", type=int, help="page files instead (200: the issue's figure)")
    parser.add_argument(
        "--workers", type=int, default=None, help="parser processes (default: auto)"
    )
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--library", type=Path, help="only the search figures, on this library")
    args = parser.parse_args()
    if args.library:
        with Library(args.library, read_only=True) as library:
            print(f"library: {library.count_articles()} articles in {args.library}")
            print_search(library, args.queries)
        return
    with tempfile.TemporaryDirectory() as scratch:
        work = args.dir or Path(scratch)
        folder = work / "pages"
        folder.mkdir(parents=True, exist_ok=True)
        articles = args.articles
        if args.pages:
            seeds = sorted(SEEDS.glob("*.txt"))
            per_set = sum(len(parse_file(p).articles) for p in seeds)
            articles = math.ceil(args.pages / len(seeds)) * per_set
        files, expected = build_corpus(folder, articles)
        megabytes = sum(path.stat().st_size for path in files) / 1e6
        print(f"corpus: {len(files)} page files, {megabytes:.1f} MB, ~{expected} articles")

        print(
            f"machine: {os.cpu_count()} cores, load average before: "
            + " ".join(f"{load:.2f}" for load in os.getloadavg())
        )
        lcut, lcut_cpu = time_lcut(files)
        elapsed, used, library = time_import(folder, work / "library.sqlite3", args.workers)
        stored = library.count_articles()
        print(
            f"import : {elapsed:8.1f} s  {stored / elapsed:8.0f} articles/s  "
            f"{megabytes / elapsed:6.2f} MB/s  ({stored} articles; {used:.1f} s CPU)"
        )
        print(
            f"lcut   : {lcut:8.1f} s  {stored / lcut:8.0f} articles/s  {megabytes / lcut:6.2f} MB/s"
            f"  ({lcut_cpu:.1f} s CPU)"
        )
        cores = min(2, os.cpu_count() or 1)
        print(
            f"import / lcut = {elapsed / lcut:.2f} wall  (floor <= 1.00)"
            f"  {'OK' if elapsed <= lcut else 'MISSED'};  CPU {used / lcut_cpu:.2f}"
            f" (on {cores} idle cores: ~{used / lcut_cpu / cores:.2f})"
        )

        print_search(library, args.queries)
        size = (work / "library.sqlite3").stat().st_size
        text = sum(len(path.read_text(encoding="utf-8").encode()) for path in files)
        print(
            f"library file: {size / 1e6:.1f} MB / {text / 1e6:.1f} MB page text = {size / text:.2f}"
            f"  (floor <= 2.50)  {'OK' if size <= 2.5 * text else 'MISSED'}"
        )
        library.close()


if __name__ == "__main__":
    main()
