"""The committed PDF round-trip pages as corpus variants, so tests and CI need no browser.

In: `out/STEM-N.TOOL.txt` and its gold `out/STEM-N.TOOL.json`, written by `make_pdfs.py`.
Out: `Variant`s of the families `pdf_pdfminer` (pdfminer.six `extract_text`, default
settings) and `pdf_raw` (`pdftotext -raw`), in file order. They do not depend on a seed.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
FAMILIES = ("pdf_pdfminer", "pdf_raw")


def pdf_variants() -> list:
    from tests.layouts.variants import Variant  # variants.corpus() calls this module

    out = []
    for path in sorted(OUT.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (OUT / gold["file"]).read_text(encoding="utf-8")
        name = f"{gold['family']}-{gold['file'].removesuffix('.txt')}"
        out.append(Variant(gold["family"], name, text, gold))
    return sorted(out, key=lambda v: (FAMILIES.index(v.family), v.name))
