"""PDF pages read from their geometry (reader.ingest.pdf) against the text path on the same
pages, on the PDF round-trip corpus (tests/layouts/pdf: pages we wrote, typeset by Chromium).

    python tests/bench/bench_pdf.py [--repeat N]

1. Extraction libraries: pypdfium2 (PDFium; what the engine uses) and pdfminer.six (pure
   Python; `extract_pages` with `laparams=None`, characters only), each taking every
   character with its box and size: milliseconds per page, and character accuracy against
   the page's source text (`pages/*.txt`: every printed character, whitespace aside, NFKC),
   as recall and precision of the multiset of characters.
2. Per layout family (one source page, all its printed pages), boundary F1 and headlines
   (tests/layouts/score.py, the gold scorer's rules) of the PDF path beside the text path
   (`reader.ingest.parse_page`) on the text pdfminer.six (`extract_text`, default settings)
   and `pdftotext -raw` extracted from the same pages (the committed `out/*.txt`).
3. Speed: reading the 4-page PDF (09_edition) with the engine, against pdfminer.six's
   `extract_text` of its pages plus the text parse of each; the ratio must be at most 1.0.
   Best of `--repeat` runs, the segmenter loaded before timing.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reader.ingest import parse_page
from reader.ingest.pdf import read_pdf
from reader.ingest.pdf.chars import extract
from tests.ingest.pdf.corpus import OUT, PDFS, gold, sheets
from tests.layouts import score

SPEED_PDF = OUT / "09_edition.pdf"
TOOLS = ("pdfminer", "raw")


def ink(text: str) -> Counter:
    return Counter(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def printed(sheet) -> str:
    parts = [*sheet.furniture]
    for story in sheet.stories:
        parts += [text for _, text in story.heads] + [text for _, text in story.blocks]
        parts += [story.byline_line or "", story.credit or ""]
    return "".join(parts)


def pdfminer_chars(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_pages

    return [
        "".join(text for text, *_ in _lt_chars(page))
        for page in extract_pages(io.BytesIO(data), laparams=None)
    ]


def _lt_chars(item) -> list[tuple]:
    """Every LTChar under a layout item (Chromium puts text in form XObjects: LTFigure)."""
    from pdfminer.layout import LTChar

    if isinstance(item, LTChar):
        return [(item.get_text(), item.bbox, item.size, item.fontname)]
    try:
        children = list(item)
    except TypeError:
        return []
    return [char for child in children for char in _lt_chars(child)]


def pdfium_chars(data: bytes) -> list[str]:
    return ["".join(c.text for c in page.chars) for page in extract(data)]


def extraction(repeat: int) -> list[str]:
    out = [f"{'library':12}{'ms/page':>9}{'recall':>8}{'precision':>10}"]
    for name, reader in (("pypdfium2", pdfium_chars), ("pdfminer.six", pdfminer_chars)):
        seconds, pages, found, wanted, got = 0.0, 0, 0, 0, 0
        for pdf in PDFS:
            data = pdf.read_bytes()
            best = None
            for _ in range(repeat):
                started = time.perf_counter()
                texts = reader(data)
                elapsed = time.perf_counter() - started
                best = elapsed if best is None else min(best, elapsed)
            seconds += best or 0.0
            pages += len(texts)
            for sheet, text in zip(sheets(pdf), texts, strict=True):
                source, extracted = ink(printed(sheet)), ink(text)
                found += sum((source & extracted).values())
                wanted += sum(source.values())
                got += sum(extracted.values())
        out.append(
            f"{name:12}{1000 * seconds / pages:9.1f}{found / wanted:8.4f}{found / got:10.4f}"
        )
    return out


def families() -> tuple[list[str], bool]:
    rows: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for pdf in PDFS:
        family = pdf.stem.split("_", 1)[1]
        for page in read_pdf(pdf.read_bytes(), pdf.name):
            expected = gold(pdf, page.number)
            rows[family]["pdf"].append(score.score_page(page.page.to_dict(), expected, page.text))
            for tool in TOOLS:
                name = f"{pdf.stem}-{page.number}.{tool}.txt"
                text = (OUT / name).read_text(encoding="utf-8")
                parsed = parse_page(text, name).to_dict()
                rows[family][tool].append(score.score_page(parsed, expected, text))
    head = f"{'family':10}{'pages':>6}{'arts':>6}"
    head += "".join(f"{f'{path} F1':>13}{'head':>6}" for path in ("pdf", *TOOLS))
    out, beats, everything = [head + f"{'PDF path':>10}"], True, defaultdict(list)
    for family, paths in rows.items():
        cells, means = "", {}
        for path in ("pdf", *TOOLS):
            means[path] = _mean(paths[path])
            everything[path] += paths[path]
            cells += f"{means[path][0]:13.2f}{means[path][1]:6.2f}"
        best_text = max(means[tool] for tool in TOOLS)
        if means["pdf"] > best_text:
            verdict = "better"
        elif means["pdf"] == best_text == (1.0, 1.0):
            verdict = "both 1.00"  # nothing left to beat
        else:
            verdict, beats = "NOT BETTER", False
        arts = sum(r["gold"] for r in paths["pdf"])
        out.append(f"{family:10}{len(paths['pdf']):6d}{arts:6d}{cells}{verdict:>10}")
    cells = "".join(
        f"{_mean(everything[p])[0]:13.2f}{_mean(everything[p])[1]:6.2f}" for p in ("pdf", *TOOLS)
    )
    arts = sum(r["gold"] for r in everything["pdf"])
    out.append(f"{'all':10}{len(everything['pdf']):6d}{arts:6d}{cells}")
    return out, beats


def _mean(rows: list[dict]) -> tuple[float, float]:
    total = sum(r["gold"] for r in rows) or 1
    return (
        round(sum(r["f1"] * r["gold"] for r in rows) / total, 4),
        round(sum(r["head"] * r["gold"] for r in rows) / total, 4),
    )


def speed(repeat: int) -> list[str]:
    from pdfminer.high_level import extract_text

    data = SPEED_PDF.read_bytes()
    pages = len(sheets(SPEED_PDF))
    parse_page("本报聊城讯 聊城市。", "warm.txt")  # the segmenter's dictionary, loaded once

    def engine() -> None:
        read_pdf(data, SPEED_PDF.name)

    def text_path() -> None:
        for number in range(pages):
            text = extract_text(io.BytesIO(data), page_numbers=[number])
            parse_page(text, f"{SPEED_PDF.stem}-{number + 1}.txt")

    timed = {}
    for name, run in (("engine", engine), ("text", text_path)):
        timed[name] = min(_seconds(run) for _ in range(repeat))
    ratio = timed["engine"] / timed["text"]
    return [
        f"{SPEED_PDF.name} ({pages} pages): engine {1000 * timed['engine']:.0f} ms, "
        f"pdfminer extract_text + text parse {1000 * timed['text']:.0f} ms, "
        f"ratio {ratio:.2f} (floor: <= 1.0)"
    ]


def _seconds(run) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many timings")
    args = parser.parse_args()
    print("Extraction (characters with boxes, every corpus page)")
    print("\n".join(extraction(args.repeat)))
    print()
    print("Articles per layout family: the PDF path beside the text path on extracted text")
    table, beats = families()
    print("\n".join(table))
    verdict = "yes" if beats else "NO"
    print(f"PDF path better in every family where the text path is below 1.00: {verdict}")
    print()
    print("Speed")
    print("\n".join(speed(args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
