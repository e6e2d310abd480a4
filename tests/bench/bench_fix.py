"""What a hand correction costs: re-applying a page's corrections, and one `reader fix`.

    python tests/bench/bench_fix.py [--rounds N]

On each sample page, one correction of every kind is made (merge, split, headline swap, a
headline from a line, a line to the leftovers and back, county, kind: eight), then timed:
`corrections.apply` of all eight to the parsed page (what every re-import of the page adds),
and one whole `fixes.fix` (parse the stored text again, apply, store, in one transaction).
Prints CPU milliseconds per page (process time: the machine is shared).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from reader.importing import corrections, import_paths
from reader.importing.fixes import fix, reparse
from reader.importing.spans import flat
from reader.store import Library, Scope
from reader.store.records import Correction

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _headline_line(library: Library, file_id: int, article_id: str) -> int:
    """A headline line of another article of the page."""
    lines = library.page_lines(file_id)
    return next(ln.number for ln in lines if ln.role == "headline" and ln.article_id != article_id)


def _correct(library: Library, file_id: int) -> None:
    rows = [row.id for row in library.article_rows(Scope(file_id=file_id))]
    fix(library, "merge", rows[0:2])
    fix(library, "split", [rows[2]], paragraph=2, payload={"title": None})
    fix(library, "headline", [rows[3], rows[4]], payload={"swap": True})
    fix(library, "headline", [rows[5]], line=_headline_line(library, file_id, rows[5]))
    body = library.article(rows[3]).raw_lines[-2][0]
    fix(library, "leftover", [rows[3]], payload={"direction": "out"}, line=body)
    fix(library, "leftover", [rows[3]], payload={"direction": "in"}, line=body)
    fix(library, "county", [rows[3]], payload={"county": None, "city": None})
    fix(library, "kind", [rows[3]], payload={"kind": "brief"})


def _apply_cold(page, made) -> None:
    """As a re-import applies them: no line of the page flattened before."""
    flat.cache_clear()
    corrections.apply(page.articles, made, page.text)


def _cpu_ms(work, rounds: int) -> float:
    start = time.process_time()
    for _ in range(rounds):
        work()
    return (time.process_time() - start) / rounds * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "lib.sqlite3") as library:
        import_paths(library, [SEEDS])
        for file_row in library.files():
            _correct(library, file_row.id)
            print(_measure(library, file_row, args.rounds))


def _measure(library: Library, file_row, rounds: int) -> str:
    page = reparse(library, file_row.id)
    made = [
        Correction(row.id, row.kind, row.anchors, row.payload)
        for row in library.corrections(file_row.id)
    ]
    applied = _cpu_ms(lambda: _apply_cold(page, made), rounds)
    last = library.article_rows(Scope(file_id=file_row.id))[-1].id
    one = _cpu_ms(lambda: fix(library, "kind", [last], payload={"kind": "news"}), 3)
    statuses = sorted({row.status for row in library.corrections(file_row.id)})
    return (
        f"{file_row.name}: {len(page.text.splitlines())} lines, {len(made)} corrections"
        f" {statuses}; apply all {applied:.1f} ms; one fix {one:.0f} ms"
    )


if __name__ == "__main__":
    main()
