"""Typeset the PDF round-trip pages, extract them with real tools, and write their gold.

    python -m tests.layouts.pdf.make_pdfs        # needs chromium, pdftotext, pdfminer.six

In: `pages/*.txt` (markup in `source.py`). Out, in `out/`: for each source a PDF printed by
headless Chromium from HTML+CSS (narrow columns, headlines in larger type above, below or
beside their bodies, byline boxes, photos with captions, a date strip, editor credits),
and for each printed page N the text of pdfminer.six (`extract_text`, default settings)
and of `pdftotext -raw`, `STEM-N.pdfminer.txt` / `STEM-N.raw.txt`, each with its gold
(`.json`: the format of `tests/gold/FORMAT.md` plus each article's `source_lines` and the
page's `leftover` lines, as `tests/layouts/variants.py` writes them).

The gold is built by construction: every extracted line is matched, whitespace removed,
against the text each article printed (headline lines, byline, body) or the page's
furniture; a line that matches nothing, or an article whose text the lines do not cover
exactly once, stops the run. Running it again gives the same texts and gold; the PDFs
differ only if Chromium or the fonts change (their dates are fixed).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.layouts.pdf import match
from tests.layouts.pdf.source import Cell, Sheet, Story, parse

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
OUT = HERE / "out"
FONTS = {"uming": "AR PL UMing CN", "wqy": "WenQuanYi Micro Hei"}
GAP = 2.5  # em between columns: wider than pdfminer's char_margin (2 characters) keeps them apart
MARGIN = 12  # mm around the page
# line height: under 1.5 the gap between lines stays below pdfminer's line_margin (half a
# line), so a column is one text box; at 1.5 (`%leading=1.5`) columns break into boxes of a
# line or two that pdfminer reads across the columns, interleaving their lines
LEADING = "1.35"
CHROMIUM = [
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]
FIXED_DATE = b"D:20240101000000"

CSS = """
@page {{ size: {width}mm {height}mm; margin: 0 }}
body {{ margin: 0; font-family: "{font}"; font-size: {size}pt; line-height: {leading} }}
.page {{ padding: {margin}mm; width: {inner}em; height: {body_height}mm; box-sizing: content-box;
  break-after: page; overflow: hidden }}
.page:last-child {{ break-after: auto }}
.strip {{ display: flex; gap: 3em; border-bottom: 2px solid #000; padding-bottom: 2px;
  letter-spacing: {strip_spacing}em; margin-bottom: 3mm }}
.credits {{ border-top: 1px solid #000; margin-top: 3mm; padding-top: 2px; display: flex;
  gap: 3em }}
.row {{ display: flex; gap: {gap}em; margin-bottom: 4mm; align-items: flex-start }}
.cell > * + * {{ margin-top: 3mm }}
.heads {{ font-family: "{headfont}"; margin-bottom: 2mm }}
.heads div {{ line-height: 1.3 }}
.kicker {{ font-size: 1.25em }}
.title {{ font-size: {title}em; font-weight: normal }}
.subtitle {{ font-size: 1.2em }}
.brief .title {{ font-size: 1.35em }}
.beside {{ display: flex; gap: {gap}em; align-items: flex-start }}
.below .heads {{ margin: 2mm 0 0 }}
.body {{ column-gap: {gap}em; column-fill: balance; text-align: justify }}
.body p {{ margin: 0; text-indent: 2em }}
.body h4 {{ margin: 1mm 0; font-size: 1em; font-weight: normal; font-family: "{headfont}";
  break-after: avoid }}
.byline {{ border: 1px solid #000; padding: 1px 3px; margin-bottom: 1mm;
  letter-spacing: {by_spacing}em; break-inside: avoid }}
.jump {{ text-align: right }}
.label {{ font-family: "{headfont}"; font-size: 1.15em; border-left: 6px solid #000;
  padding-left: 4px }}
.img {{ background: #bbb }}
.caption {{ text-align: justify }}
"""


def render(sheets: list[Sheet]) -> str:
    first = sheets[0].settings
    columns, chars = int(first["columns"]), int(first["chars"])
    inner = columns * chars + (columns - 1) * GAP
    size = float(first.get("size", 9))
    width = inner * size * 25.4 / 72 + 2 * MARGIN
    values = {
        "width": f"{width:.1f}",
        "height": first.get("height", "297"),
        "body_height": float(first.get("height", "297")) - 2 * MARGIN - 1,
        "inner": inner,
        "margin": MARGIN,
        "size": size,
        "font": FONTS[first.get("font", "uming")],
        "headfont": FONTS[first.get("headfont", "uming")],
        "gap": GAP,
        "leading": first.get("leading", LEADING),
        "title": first.get("title", "1.9"),
        "strip_spacing": first.get("strip_spacing", "0.1"),
        "by_spacing": first.get("by_spacing", "0"),
    }
    # a later page may set its own `chars` (its columns then fill the same width)
    body = "".join(_sheet(sheet, _chars(sheet, chars)) for sheet in sheets)
    style = CSS.format(**values)
    head = f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{style}'
    return head + f"</style></head><body>{body}</body></html>"


def _chars(sheet: Sheet, first: int) -> float | int:
    chars = sheet.settings.get("chars")
    return first if chars is None or float(chars) == first else float(chars)


def _sheet(sheet: Sheet, chars: float) -> str:
    strip = "".join(f"<span>{html.escape(item)}</span>" for item in sheet.strip)
    credits = "".join(f"<span>{html.escape(item)}</span>" for item in sheet.credits)
    rows = "".join(
        '<div class="row">' + "".join(_cell(cell, chars) for cell in row) + "</div>"
        for row in sheet.rows
    )
    return (
        f'<div class="page"><div class="strip">{strip}</div>{rows}'
        f'<div class="credits">{credits}</div></div>'
    )


def _em(span: int, chars: float) -> float:
    return span * chars + (span - 1) * GAP


def _cell(cell: Cell, chars: float) -> str:
    parts = []
    for item in cell.items:
        if isinstance(item, str):
            parts.append(f'<div class="label">{html.escape(item)}</div>')
        else:
            parts.append(_story(item, cell.span, chars))
    width = _em(cell.span, chars)
    return f'<div class="cell" style="width:{width}em">' + "".join(parts) + "</div>"


def _story(story: Story, span: int, chars: float) -> str:
    kind = story.fields.get("kind", "news")
    if kind == "photo":
        return _photo(story, span, chars)
    head = story.layout.get("head", "above")
    heads = "".join(f'<div class="{role}">{html.escape(text)}</div>' for role, text in story.heads)
    align = ' style="text-align:center"' if story.layout.get("align") == "center" else ""
    heads = f'<div class="heads"{align}>{heads}</div>' if heads else ""
    body_span = span
    if head == "beside":
        body_span = span - int(story.layout.get("hw", 1))
        width = _em(span - body_span, chars)
        heads = heads.replace('class="heads"', f'class="heads" style="width:{width}em"', 1)
    body = _body(story, body_span, chars)
    if head == "below":
        inner = body + heads
    elif head == "beside":
        inner = f'<div class="beside">{heads}{body}</div>'
    else:
        inner = heads + body
    return f'<div class="story {kind} {head}">{inner}</div>'


def _byline(story: Story) -> str:
    if not story.byline_line:
        return ""
    return f'<div class="byline">{html.escape(story.byline_line)}</div>'


def _body(story: Story, span: int, chars: float) -> str:
    blocks = []
    for i, (kind, text) in enumerate(story.blocks):
        text = html.escape(text)
        if story.credit and i == len(story.blocks) - 1:
            text += html.escape(story.credit)
        blocks.append(f"<h4>{text}</h4>" if kind == "heading" else f"<p>{text}</p>")
    if story.jump:
        jump = f'<div class="jump">{html.escape(story.jump)}</div>'
        blocks.insert(0 if story.jump_first else len(blocks), jump)
    byline = _byline(story)
    top = ""
    if story.layout.get("by") == "top":
        top, byline = byline, ""
    style = f"width:{_em(span, chars)}em;column-count:{span}"
    return f'{top}<div class="body" style="{style}">{byline}{"".join(blocks)}</div>'


def _photo(story: Story, span: int, chars: float) -> str:
    height = story.layout.get("img", "35")
    caption = "".join(html.escape(text) for _, text in story.blocks)
    byline = _byline(story)
    return (
        f'<div class="story photo"><div class="img" style="height:{height}mm"></div>'
        f'{byline}<div class="caption">{caption}</div></div>'
    )


# -- printing and extracting -------------------------------------------------------------


def print_pdf(page_html: str, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page_html, encoding="utf-8")
        profile = Path(tmp) / "profile"
        command = [*CHROMIUM, f"--user-data-dir={profile}", f"--print-to-pdf={target}"]
        subprocess.run([*command, source.as_uri()], check=True, capture_output=True)
    data = target.read_bytes()
    data = re.sub(rb"D:\d{14}", FIXED_DATE, data)
    target.write_bytes(data)


def extract(pdf: Path, pages: int) -> dict[str, list[str]]:
    from pdfminer.high_level import extract_text

    out: dict[str, list[str]] = {"pdfminer": [], "raw": []}
    for number in range(pages):
        out["pdfminer"].append(extract_text(str(pdf), page_numbers=[number]))
        first = str(number + 1)
        raw = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", "-f", first, "-l", first, str(pdf), "-"],
            check=True,
            capture_output=True,
        ).stdout.decode("utf-8")
        out["raw"].append(raw)
    return {
        tool: [text.rstrip("\f").replace("\f", "") for text in texts] for tool, texts in out.items()
    }


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M).group(1))


def build(source: Path, out: Path) -> list[str]:
    sheets = parse(source)
    pdf = out / f"{source.stem}.pdf"
    print_pdf(render(sheets), pdf)
    if page_count(pdf) != len(sheets):
        raise SystemExit(f"{pdf.name}: {page_count(pdf)} pages printed, {len(sheets)} written")
    written = []
    for tool, texts in extract(pdf, len(sheets)).items():
        for number, (sheet, text) in enumerate(zip(sheets, texts, strict=True), start=1):
            name = f"{source.stem}-{number}.{tool}"
            gold = match.gold(sheet, text, f"{name}.txt", f"pdf_{tool}")
            (out / f"{name}.txt").write_text(text, encoding="utf-8")
            (out / f"{name}.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
            )
            written.append(name)
    return written


def main(argv: list[str]) -> int:
    OUT.mkdir(exist_ok=True)
    sources = sorted(PAGES.glob("*.txt"))
    if argv:
        sources = [s for s in sources if s.stem in argv]
    for source in sources:
        for name in build(source, OUT):
            print(name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
