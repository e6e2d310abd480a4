"""The committed PDFs of the round-trip corpus (tests/layouts/pdf/out), read once per session,
with the gold each page was written with (tool-independent fields: the `pdfminer` gold)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from reader.ingest.pdf import PdfPage, read_pdf
from tests.layouts.pdf.source import parse

PDF_DIR = Path(__file__).resolve().parents[2] / "layouts" / "pdf"
OUT = PDF_DIR / "out"
PDFS = sorted(OUT.glob("*.pdf"))


@cache
def pages(pdf: Path) -> tuple[PdfPage, ...]:
    return tuple(read_pdf(pdf.read_bytes(), pdf.name))


def gold(pdf: Path, number: int) -> dict:
    return json.loads((OUT / f"{pdf.stem}-{number}.pdfminer.json").read_text(encoding="utf-8"))


def sheets(pdf: Path):
    return parse(PDF_DIR / "pages" / f"{pdf.stem}.txt")


def every_page() -> list[tuple[Path, int]]:
    return [(pdf, k) for pdf in PDFS for k in range(len(sheets(pdf)))]
