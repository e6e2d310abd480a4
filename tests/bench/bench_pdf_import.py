"""Importing a 4-page PDF against importing its extracted text (issue 13's speed floor).

    python tests/bench/bench_pdf_import.py [--repeat N]

A: `import_paths` of the PDF itself (tests/layouts/pdf/out/09_edition.pdf, four pages) into a
fresh library. B: pdfminer.six's `extract_text` of each page (its default settings, what users
run), written as four text files, plus `import_paths` of those files into a fresh library.
Both in this process (workers=1), the segmenter loaded before timing; best of `--repeat`.
The floor: A / B at most 1.0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.importing import import_paths
from reader.lexicon import segment
from reader.store import Library

PDF = Path(__file__).resolve().parents[1] / "layouts" / "pdf" / "out" / "09_edition.pdf"


def import_pdf(folder: Path) -> int:
    with Library(folder / "pdf.sqlite3") as library:
        report = import_paths(library, [PDF], workers=1)
        assert report.ok, report.errors
        return sum(outcome.articles for outcome in report.imported)


def extract_then_import(folder: Path) -> int:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfpage import PDFPage

    with PDF.open("rb") as stream:
        count = sum(1 for _ in PDFPage.get_pages(stream))
    pages = folder / "pages"
    pages.mkdir()
    for number in range(count):
        text = extract_text(str(PDF), page_numbers=[number])
        (pages / f"page-{number + 1}.txt").write_text(text, encoding="utf-8")
    with Library(folder / "text.sqlite3") as library:
        report = import_paths(library, [pages], workers=1)
        assert report.ok, report.errors
        return sum(outcome.articles for outcome in report.imported)


def best(run, repeat: int) -> tuple[float, int]:
    times, articles = [], 0
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            start = time.perf_counter()
            articles = run(Path(folder))
            times.append(time.perf_counter() - start)
    return min(times), articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    segment.tokenizer()
    pdf_seconds, pdf_articles = best(import_pdf, args.repeat)
    text_seconds, text_articles = best(extract_then_import, args.repeat)
    print(f"import the 4-page PDF:                 {pdf_seconds:6.3f} s  ({pdf_articles} articles)")
    print(
        f"pdfminer extract_text + import text:   {text_seconds:6.3f} s  ({text_articles} articles)"
    )
    ratio = pdf_seconds / text_seconds
    print(f"ratio (floor 1.0):                     {ratio:6.2f}")
    return 0 if ratio <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
