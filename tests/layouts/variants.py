"""Page variants whose gold is known by construction: the layout families of issue 10.

In: the frozen pages (`frozen.load_all()`), a seed. Out: `Variant`s, each a page as bytes
or text plus its gold in the format of `tests/gold/FORMAT.md`, extended with the lines each
article owns (`source_lines`, 1-based) and the page's `leftover` lines, so that every
non-blank line is accounted for. The same seed gives the same corpus.

Families (`FAMILIES`): gold/own (as printed), rewrap (every line re-wrapped at 10-30,
headlines and bylines too), double (a blank after every line), bytes (CRLF, GB18030),
head_before / head_after / head_grouped / head_grouped_nobyline (headlines moved), furniture
(editor credits, section labels, date strips between and inside articles), no_byline,
mixed (the articles of two pages interleaved); pdf_pdfminer / pdf_raw (pages we wrote,
typeset to PDF and extracted by real tools: `tests/layouts/pdf/`, loaded as committed).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from tests.layouts.frozen import CREDIT, Article, FrozenPage, load_all, norm
from tests.layouts.furniture import furniture
from tests.layouts.pdf.load import FAMILIES as PDF_FAMILIES
from tests.layouts.pdf.load import pdf_variants
from tests.layouts.wrap import wrap, wrap_paragraph

SEED = 10
WIDTHS = (10, 30)
# a headline set in larger type across columns holds this many times a column's characters
HEAD_SPAN = 1.5
GOLD_FIELDS = ("kind", "headlines", "title", "kicker", "subtitle", "byline", "dateline")
GOLD_FIELDS += ("city", "county", "section_heads")
# a number cut by a line break: its digits on both sides, and the unit that follows
BROKEN_TAIL = re.compile(r"([0-9][0-9.]*)\s*$")
BROKEN_HEAD = re.compile(r"^\s*([0-9.]*)\s*([^\s0-9.，。、；：,;:！？!?）)“”]?)")


@dataclass
class Variant:
    family: str
    name: str
    data: bytes | str
    gold: dict

    @property
    def text(self) -> str:
        if isinstance(self.data, str):
            return self.data
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            return self.data.decode("gb18030")


@dataclass
class Options:
    """How to lay out each article: None keeps the printed lines."""

    width: int | None = None
    head: str = "original"  # original | before | after | grouped
    bylines: bool = True
    column: int | None = None  # a blank line (column break) after this many body lines
    head_width: int | None = None  # headlines span columns: wrapped wider than the body

    @property
    def headline_width(self) -> int | None:
        """Unless given, a headline spans about one and a half body columns."""
        if self.head_width or not self.width:
            return self.head_width
        return min(WIDTHS[1], max(WIDTHS[0], round(self.width * HEAD_SPAN)))


@dataclass
class Sheet:
    """The page being laid out: lines with their owner (article number, -1 furniture)."""

    lines: list[tuple[str, int | None]] = field(default_factory=list)

    def blank(self) -> None:
        if self.lines and self.lines[-1][0]:
            self.lines.append(("", None))

    def add(self, texts: list[str], owner: int | None) -> None:
        self.lines.extend((text, owner if text.strip() else None) for text in texts)


# -- one article --------------------------------------------------------------------------


def head_lines(article: Article, opts: Options) -> list[str]:
    out: list[str] = []
    width = opts.headline_width
    for _, text in article.heads:
        out.extend(wrap(text, width) if width else [text])
        out.append("")
    return out[:-1]


def byline_lines(article: Article, opts: Options) -> list[str]:
    if not opts.bylines or not article.byline:
        return []
    if not opts.width:
        return list(article.byline)
    text = " ".join(line.strip() for line in article.byline)
    return wrap_paragraph(text, opts.width, "  " if article.indented else "")


def body_lines(article: Article, opts: Options, rng: random.Random) -> list[str]:
    credit = article.gold["credit"] if opts.bylines else None
    if not opts.width:
        lines = [line for kind, chunk in article.chunks if kind == "body" for line in chunk]
        return lines if opts.bylines else _drop_credits(lines, article)
    indent = "  " if article.indented else ""
    out: list[str] = []
    for kind, block in zip(article.block_types, article.blocks, strict=True):
        text = "".join(line.strip() for line in block)
        if article.gold["credit"] and block is article.blocks[-1]:
            text = CREDIT.sub("", text) + (credit or "")
        if out and not indent:
            out.append("")
        if kind == "heading":
            out.extend(wrap(text, opts.width))
        else:
            out.extend(wrap_paragraph(text, opts.width, indent))
    if article.credit_line and opts.bylines:
        out.append(article.credit_line)
    return _column_breaks(out, opts.column) if opts.column else out


def _drop_credits(lines: list[str], article: Article) -> list[str]:
    lines = [line for line in lines if line != article.credit_line]
    if article.gold["credit"]:
        last = max(i for i, line in enumerate(lines) if line.strip())
        lines[last] = CREDIT.sub("", lines[last])
    return lines


def _column_breaks(lines: list[str], column: int) -> list[str]:
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % column == 0 and out[-1]:
            out.append("")
        out.append(line)
    return out


def lay_out(article: Article, opts: Options, rng: random.Random) -> list[tuple[str, list[str]]]:
    """The article's parts in print order, as (kind, lines)."""
    parts = {
        "head": head_lines(article, opts) if opts.width else _original(article, "head"),
        "byline": byline_lines(article, opts),
        "body": body_lines(article, opts, rng),
    }
    if opts.head == "original":
        order = [kind for kind, _ in article.chunks]
        order = list(dict.fromkeys(order))
    elif opts.head == "before":
        order = ["head", "byline", "body"]
    else:
        order = ["byline", "body", "head"]
    if opts.head == "grouped":
        order.remove("head")
    return [(kind, parts[kind]) for kind in order if parts[kind]]


def _original(article: Article, kind: str) -> list[str]:
    out: list[str] = []
    for chunk_kind, lines in article.chunks:
        if chunk_kind == kind:
            out.extend([*lines, ""] if kind == "head" else lines)
    return out[:-1] if kind == "head" else out


# -- gold ---------------------------------------------------------------------------------


def gold_article(article: Article, opts: Options, body: list[str], lines: list[int]) -> dict:
    text = norm("".join(body))
    if article.gold["credit"] and opts.bylines:
        text = text.removesuffix(norm(article.gold["credit"]))
    if article.credit_line and opts.bylines:
        text = text.removesuffix(norm(article.credit_line))
    gold = {key: article.gold[key] for key in GOLD_FIELDS}
    if not opts.bylines:
        gold["byline"] = None
    gold["body_start"], gold["body_end"] = text[:12], text[-8:]
    gold["paragraphs"] = article.block_types.count("paragraph")
    gold["source_lines"] = lines
    return gold


def broken_numbers(lines: list[str]) -> list[str]:
    """Numbers a line break cuts (`26`/`次`, `1`/`2日`), as they read once joined."""
    found = []
    texts = [line for line in lines if line.strip()]
    for above, below in itertools.pairwise(texts):
        tail, head = BROKEN_TAIL.search(above), BROKEN_HEAD.match(below)
        if tail and head and (head.group(1) or head.group(2)):
            found.append(tail.group(1) + head.group(1) + head.group(2))
    return found


# -- one page -----------------------------------------------------------------------------


def compose(
    name: str,
    family: str,
    articles: list[Article],
    options: list[Options],
    rng: random.Random,
    furniture_at: dict[int, list[str]] | None = None,
    top: list[str] | None = None,
) -> tuple[str, dict]:
    """Lay out the articles in order; return the page text and its gold."""
    sheet = Sheet()
    if top:
        sheet.add(top, -1)
    bodies: dict[int, list[str]] = {}
    grouped: list[tuple[int, list[str]]] = []
    for index, (article, opts) in enumerate(zip(articles, options, strict=True)):
        for extra in (furniture_at or {}).get(index, []):
            sheet.blank()
            sheet.add([extra], -1)
        previous = None
        for kind, lines in lay_out(article, opts, rng):
            if (previous, kind) != ("byline", "body") or article.byline_gap:
                sheet.blank()
            sheet.add(lines, index)
            previous = kind
            if kind == "body":
                bodies[index] = lines
        if opts.head == "grouped" and article.heads:
            grouped.append((index, head_lines(article, opts)))
    rng.shuffle(grouped)
    for index, lines in grouped:
        sheet.blank()
        sheet.add(lines, index)
    for extra in (furniture_at or {}).get(len(articles), []):
        sheet.blank()
        sheet.add([extra], -1)
    return _finish(name, family, articles, options, sheet, bodies)


def _finish(name, family, articles, options, sheet, bodies) -> tuple[str, dict]:
    owned: dict[int, list[int]] = {i: [] for i in range(len(articles))}
    leftover = []
    for no, (_, owner) in enumerate(sheet.lines, start=1):
        if owner == -1:
            leftover.append(no)
        elif owner is not None:
            owned[owner].append(no)
    gold_articles, figures = [], []
    for i, (article, opts) in enumerate(zip(articles, options, strict=True)):
        gold_articles.append(gold_article(article, opts, bodies.get(i, []), owned[i]))
        figures.extend(article.gold["figures"])
        if opts.width:
            figures.extend(broken_numbers(bodies.get(i, [])))
    text = "\n".join(line for line, _ in sheet.lines) + "\n"
    gold = {"file": name, "family": family, "articles": gold_articles}
    gold["figures"] = list(dict.fromkeys(figures))
    gold["leftover"] = leftover
    return text, gold


def double_space(text: str, gold: dict) -> tuple[str, dict]:
    """A blank line after every line; line numbers in the gold follow."""
    lines = text.splitlines()
    out = "\n".join(f"{line}\n" for line in lines) + "\n"
    for article in gold["articles"]:
        article["source_lines"] = [2 * no - 1 for no in article["source_lines"]]
    gold["leftover"] = [2 * no - 1 for no in gold["leftover"]]
    return out, gold


# -- families -----------------------------------------------------------------------------


def _furniture_items(page: FrozenPage) -> tuple[list[str], dict[int, list[str]]]:
    """The page's own furniture: lines before the first article and those after each one."""
    top: list[str] = []
    after: dict[int, list[str]] = {}
    last = -1
    for text, owner, role, _ in page.lines:
        if owner >= 0:
            last = owner
        elif role == "furniture":
            (after.setdefault(last + 1, []) if last >= 0 else top).append(text)
    return top, after


def _width(rng: random.Random) -> int:
    return rng.randint(*WIDTHS)


def _wide(rng: random.Random, width: int | None) -> int | None:
    """A headline's width: it spans columns, so never narrower than the body's."""
    return rng.randint(width, WIDTHS[1]) if width else None


def _page(page, family, rng, tag, template: Options, furniture_at=None) -> Variant:
    top, own = _furniture_items(page)
    opts = [template for _ in page.articles]
    at = {k: list(v) for k, v in own.items()}
    for k, v in (furniture_at or {}).items():
        at.setdefault(k, []).extend(v)
    name = f"{family}-{page.name.removesuffix('.txt')}-{tag}"
    text, gold = compose(name, family, page.articles, opts, rng, at, top)
    return Variant(family, name, text, gold)


def family_gold(page: FrozenPage, rng: random.Random) -> Iterator[Variant]:
    """The page exactly as printed (and frozen), its gold read off the line labels."""
    family = "own" if page.name.startswith("own_") else "gold"
    sheet = Sheet()
    bodies: dict[int, list[str]] = {}
    for text, owner, role, _ in page.lines:
        sheet.lines.append((text, None if role == "blank" else owner))
        if role in ("body", "credit"):
            bodies.setdefault(owner, []).append(text)
    name = f"{family}-{page.name.removesuffix('.txt')}-0"
    options = [Options() for _ in page.articles]
    text, gold = _finish(name, family, page.articles, options, sheet, bodies)
    yield Variant(family, name, text, gold)


def family_rewrap(page, rng) -> Iterator[Variant]:
    for tag in range(2):
        width = _width(rng)
        column = rng.choice([None, rng.randint(8, 25)])
        wide = _wide(rng, width)
        yield _page(
            page,
            "rewrap",
            rng,
            f"{tag}w{width}",
            Options(width, column=column, head_width=wide),
        )


def family_double(page, rng) -> Iterator[Variant]:
    for tag, width in enumerate([None, _width(rng)]):
        variant = _page(page, "double", rng, str(tag), Options(width))
        variant.data, variant.gold = double_space(variant.data, variant.gold)
        yield variant


def family_bytes(page, rng) -> Iterator[Variant]:
    width = _width(rng)
    crlf = _page(page, "bytes", rng, "crlf", Options())
    crlf.data = crlf.data.replace("\n", "\r\n").encode("utf-8")
    yield crlf
    gb = _page(page, "bytes", rng, f"gb18030-w{width}", Options(width))
    gb.data = gb.data.replace("\n", "\r\n").encode("gb18030")
    yield gb


def family_heads(page, rng) -> Iterator[Variant]:
    for head in ("before", "after", "grouped"):
        for width in (None, _width(rng)):
            family = f"head_{head}"
            tag = f"w{width or 0}"
            yield _page(page, family, rng, tag, Options(width, head))
    width = rng.choice([None, _width(rng)])
    yield _page(
        page,
        "head_grouped_nobyline",
        rng,
        f"w{width or 0}",
        Options(width, "grouped", bylines=False),
    )


def family_furniture(page, rng) -> Iterator[Variant]:
    for tag, width in enumerate([None, _width(rng)]):
        spots = rng.sample(range(1, len(page.articles) + 1), min(3, len(page.articles)))
        at = {spot: furniture(rng) for spot in spots}
        column = rng.randint(8, 20) if width else None
        yield _page(page, "furniture", rng, str(tag), Options(width, column=column), at)


def family_no_byline(page, rng) -> Iterator[Variant]:
    for tag, width in enumerate([None, _width(rng)]):
        yield _page(page, "no_byline", rng, str(tag), Options(width, bylines=False))


PAGE_FAMILIES = (
    family_gold,
    family_rewrap,
    family_double,
    family_bytes,
    family_heads,
    family_furniture,
    family_no_byline,
)


def family_mixed(pages: list[FrozenPage], rng: random.Random) -> Iterator[Variant]:
    pairs = [(a, b) for i, a in enumerate(pages) for b in pages[i + 1 :]]
    for first, second in pairs:
        articles = _interleave(first.articles, second.articles)
        width = rng.choice([None, _width(rng)])
        stem = f"{first.name[:3]}+{second.name[:3]}"
        if first.name.startswith("own_") or second.name.startswith("own_"):
            stem = f"{first.name.removesuffix('.txt')}+{second.name.removesuffix('.txt')}"
        name = f"mixed-{stem}-w{width or 0}"
        opts = [Options(width) for _ in articles]
        text, gold = compose(name, "mixed", articles, opts, rng)
        yield Variant("mixed", name, text, gold)


def _interleave(first: list[Article], second: list[Article]) -> list[Article]:
    out: list[Article] = []
    for i in range(max(len(first), len(second))):
        out.extend(a[i] for a in (first, second) if i < len(a))
    return out


FAMILIES = (
    "gold",
    "own",
    "rewrap",
    "double",
    "bytes",
    "head_before",
    "head_after",
    "head_grouped",
    "head_grouped_nobyline",
    "furniture",
    "no_byline",
    "mixed",
    *PDF_FAMILIES,
)


def corpus(seed: int = SEED, pages: list[FrozenPage] | None = None) -> list[Variant]:
    """Every generated variant, in a fixed order; the same seed gives the same pages."""
    pages = load_all() if pages is None else pages
    out: list[Variant] = []
    for page in pages:
        for make in PAGE_FAMILIES:
            rng = random.Random(f"{seed}:{page.name}:{make.__name__}")
            out.extend(make(page, rng))
    out.extend(family_mixed(pages, random.Random(f"{seed}:mixed")))
    out.extend(pdf_variants())  # typeset and extracted once, the same for every seed
    return out
