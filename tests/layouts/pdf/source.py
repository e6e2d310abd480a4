"""Page sources of the PDF round-trip family: markup in, pages of articles with their gold out.

In: `pages/*.txt`, one PDF each (several printed pages when `%newpage` separates them).
Out: `Sheet`s (one per printed page): settings, a date strip, editor credits and rows of
cells, each cell a stack of articles and section labels; every `Story` carries the gold
fields of `tests/gold/FORMAT.md` that do not depend on how a tool extracts the page.

Markup (one item per line; blank lines and `#` comments are ignored):
    %columns=4|chars=12|size=9|font=uming|headfont=wqy|height=297   page settings
    %strip=2024年5月9日|星期四|县域新闻|第3版      date strip items at the top
    %credits=责任编辑 刘 畅|美术编辑 王 蕾        editor credits at the bottom
    %newpage                                     the next printed page of the same PDF
    =row                                         a new row of cells
    =cell|span=2                                 a new cell, `span` page columns wide
    f|■县域快讯                                  a section label (furniture) in the cell
    @kind=news|county=莘县|figures=27.96万亩|head=above|by=flow|hw=1|img=40
        an article in the cell; gold keys as in tests/gold, then layout keys: head
        (above, below, beside), hw (columns a beside headline takes), by (flow: the
        byline box opens the body columns; top: it spans them), img (a photo's height, mm),
        align (center: the headline lines centred over the body)
    k|kicker   t|title (one per printed headline)   s|subtitle   b|□byline line
    p|a paragraph   h|a section heading   c|a credit ending the last paragraph, `(宋瑜)`
    j|（下转第2版）  a jump line closing the article, or opening it when written before its
        paragraphs (`（上接第1版）`); furniture, since it is no article text
The byline and dateline are read off the `b|` line and the first paragraph unless given.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

GOLD_KEYS = ("kind", "city", "county", "dateline", "byline")
LAYOUT_KEYS = ("head", "hw", "by", "img", "align")
ROLES = {"k": "kicker", "t": "title", "s": "subtitle"}
BYLINE_MARKS = re.compile(r"^[□■]\s*|\s*(报道|摄)$")
DATELINE = re.compile(r"^本报(.+?)(?:\d+月\d+日)?讯")


def norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


@dataclass
class Story:
    """One article (or photo) as written: its printed parts and its gold fields."""

    fields: dict
    layout: dict
    heads: list[tuple[str, str]] = field(default_factory=list)  # (role, text)
    byline_line: str | None = None
    blocks: list[tuple[str, str]] = field(default_factory=list)  # (paragraph|heading, text)
    credit: str | None = None
    jump: str | None = None
    jump_first: bool = False  # `上接第1版` opens the article, `下转第2版` closes it
    figures: list[str] = field(default_factory=list)

    def gold(self) -> dict:
        """The gold fields that do not depend on the extraction (FORMAT.md)."""
        titles = [text for role, text in self.heads if role == "title"]
        first = {role: text for role, text in reversed(self.heads)}
        body = self.body_text()
        byline = self.fields.get("byline")
        if byline is None and self.byline_line:
            byline = " ".join(BYLINE_MARKS.sub("", self.byline_line.strip()).split())
        if byline is None and self.credit:
            byline = self.credit.strip("()（） ")
        dateline = self.fields.get("dateline")
        if dateline is None and (found := DATELINE.match(norm(body))):
            dateline = found.group(1)
        return {
            "kind": self.fields.get("kind", "news"),
            "headlines": [text for _, text in self.heads],
            "title": " ".join(titles) or None,
            "kicker": first.get("kicker"),
            "subtitle": first.get("subtitle"),
            "byline": byline or None,
            "dateline": dateline or None,
            "city": self.fields.get("city", "聊城市"),
            "county": self.fields.get("county") or None,
            "body_start": norm(body)[:12],
            "body_end": norm(body)[-8:],
            "paragraphs": sum(1 for kind, _ in self.blocks if kind == "paragraph"),
            "section_heads": [text for kind, text in self.blocks if kind == "heading"],
        }

    def body_text(self) -> str:
        return "".join(text for _, text in self.blocks)


@dataclass
class Cell:
    span: int
    items: list[Story | str] = field(default_factory=list)  # a str is a section label


@dataclass
class Sheet:
    """One printed page."""

    settings: dict
    strip: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def stories(self) -> list[Story]:
        return [i for row in self.rows for c in row for i in c.items if isinstance(i, Story)]

    @property
    def furniture(self) -> list[str]:
        labels = [i for row in self.rows for c in row for i in c.items if isinstance(i, str)]
        jumps = [s.jump for s in self.stories if s.jump]
        return [*self.strip, *self.credits, *labels, *jumps]


def _pairs(spec: str) -> dict:
    return dict(part.split("=", 1) for part in spec.split("|") if part)


def parse(path: Path) -> list[Sheet]:
    sheets: list[Sheet] = []
    settings: dict = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw == "%newpage" or not sheets:
            sheets.append(Sheet(dict(settings)))
            if raw == "%newpage":
                continue
        _line(sheets[-1], raw)
        settings = sheets[-1].settings
    return sheets


def _line(sheet: Sheet, raw: str) -> None:
    if raw.startswith("%strip="):
        sheet.strip = raw.removeprefix("%strip=").split("|")
    elif raw.startswith("%credits="):
        sheet.credits = raw.removeprefix("%credits=").split("|")
    elif raw.startswith("%"):
        sheet.settings.update(_pairs(raw[1:]))
    elif raw == "=row":
        sheet.rows.append([])
    elif raw.startswith("=cell"):
        sheet.rows[-1].append(Cell(int(_pairs(raw[6:]).get("span", "1"))))
    elif raw.startswith("@"):
        spec = _pairs(raw[1:])
        figures = [f for f in spec.pop("figures", "").split(",") if f]
        layout = {k: spec.pop(k) for k in LAYOUT_KEYS if k in spec}
        sheet.rows[-1][-1].items.append(Story(spec, layout, figures=figures))
    else:
        _part(sheet, *raw.split("|", 1))


def _part(sheet: Sheet, tag: str, text: str) -> None:
    cell = sheet.rows[-1][-1]
    if tag == "f":
        cell.items.append(text)
        return
    story = cell.items[-1]
    assert isinstance(story, Story), f"{tag}|{text} outside an article"
    if tag in ROLES:
        story.heads.append((ROLES[tag], text))
    elif tag == "b":
        story.byline_line = text
    elif tag in ("p", "h"):
        story.blocks.append(("paragraph" if tag == "p" else "heading", text))
    elif tag == "c":
        story.credit = text
    elif tag == "j":
        story.jump, story.jump_first = text, not story.blocks
    else:
        raise ValueError(f"unknown tag {tag!r}")
