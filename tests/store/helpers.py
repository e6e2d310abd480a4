"""Building pages for store tests: articles made directly, and page files the parser splits."""

from __future__ import annotations

import hashlib
from pathlib import Path

from reader.importing import Source, parser_fingerprint
from reader.importing.pages import page_record
from reader.ingest.model import Article, Block, Page
from reader.store import Library

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def article(
    article_id: str,
    title: str | None,
    text: str,
    county: str | None = "东阿县",
    index: int = 0,
    byline: str | None = "记者 张三",
) -> Article:
    """An article whose body has one paragraph per line of `text`."""
    return Article(
        id=article_id,
        index=index,
        kind="news",
        kicker=None,
        title=title,
        subtitle=None,
        byline=byline,
        dateline=None,
        city="聊城市",
        county=county,
        body=[Block("paragraph", line) for line in text.split("\n")],
        figures=[],
        headline_confidence=0.9,
        source_lines=[[1, 2]],
    )


def store_page(library: Library, path: Path, articles: list[Article], tag: str = ""):
    """Store a page made of `articles` as if `path` had been imported; returns the outcome."""
    bodies = ("\n".join(block.text for block in a.body) for a in articles)
    text = (
        "\n".join(a.headline + "\n" + body for a, body in zip(articles, bodies, strict=True)) + tag
    )
    data = text.encode()
    source = Source(Path(path), data, hashlib.sha256(data).hexdigest())
    page = Page(Path(path).name, "utf-8", articles)
    return library.store_page(page_record(source, text, "utf-8", page, parser_fingerprint()))


def corpus_text(detail) -> str:
    """What search covers of an article, for scanning: headline and body."""
    return detail.headline + "\n" + detail.text


def rewrap(text: str, width: int = 11) -> str:
    """The same page with other line breaks: runs of wrapped body lines re-flowed at `width`,
    every blank line doubled. Bylines, paragraph starts and lone lines stay where they are."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 3:
            indent = run[0][: len(run[0]) - len(run[0].lstrip())]
            joined = "".join(line.strip() for line in run)
            pieces = [joined[i : i + width] for i in range(0, len(joined), width)]
            out.extend([indent + pieces[0], *pieces[1:]])
        else:
            out.extend(run)
        run.clear()

    for line in text.splitlines():
        if not line.strip():
            flush()
            out.extend(["", ""])
        elif line.lstrip().startswith("□") or line[:1] in (" ", "\u3000"):
            flush()
            (out if line.lstrip().startswith("□") else run).append(line)
        else:
            run.append(line)
    flush()
    return "\n".join(out) + "\n"


PLACELESS_PAGE = """读书让生活更美好

　　记者 王明 报道
　　秋天到了，很多人喜欢在周末读书。一位老师说，读书可以让人安静下来，也可以让人看到更远的世界。
　　在图书馆里，孩子们坐在桌子前认真看书，家长们也拿起报纸和杂志。大家都觉得，读书是一件快乐的事情。

科学饮食有益健康

　　专家提醒，日常饮食要注意荤素搭配，多吃蔬菜水果，少吃油炸食品。每天适量运动，保持良好的作息习惯。
　　医生表示，良好的生活方式是健康的基础，每个人都应该从小事做起，养成好习惯。
"""


def placeless_page(folder: Path) -> Path:
    """A page file whose two articles name no place (no city, no county)."""
    path = folder / "placeless.txt"
    path.write_text(PLACELESS_PAGE, encoding="utf-8")
    return path


def damaged_page(folder: Path, bad: int = 3) -> Path:
    """The first sample page in GB18030 with `bad` stray 0xFF bytes (never valid GB18030)
    put between characters, so each becomes exactly one replacement character."""
    text = sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8")
    step = len(text) // (bad + 1)
    pieces = [text[i * step : (i + 1) * step] for i in range(bad)] + [text[bad * step :]]
    path = folder / "damaged.txt"
    path.write_bytes(b"\xff".join(piece.encode("gb18030") for piece in pieces))
    return path
