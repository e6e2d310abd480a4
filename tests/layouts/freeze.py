"""Freeze the line-level fixtures: every line of each gold page labelled with its article and role.

    python -m tests.layouts.freeze          # rewrites tests/layouts/fixtures/*.json

In: the sample pages with gold (`seeds/X.txt` + `tests/gold/X.json`), labelled through the
parser's own output on them (`reader.ingest.parse_page`, which scores 1.00 there; the gold
checks it), and the pages we wrote ourselves (`own/*.txt`, in the markup below).
Out: one JSON fixture per page (format in `frozen.py`). Gold fields (headlines, byline,
county ...) come from the gold file, never from the parser; the parser only says which
lines form which article and body block. Freezing fails loudly when a line cannot be
labelled or a body does not match its gold.

Markup of `own/*.txt` (one printed line per markup line, the tag before `|`):
    @kind=brief|city=聊城市|county=莘县|byline=宋瑜|dateline=|figures=13车,100周年
    k|kicker   t|title (one per printed line)   s|subtitle   b|byline line
    p|first line of a paragraph   .|its next lines   h|section heading   c|credit line
    f|page furniture (no article)   an empty line is a blank line
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.layouts.frozen import CREDIT, FIXTURES, HEAD_ROLES, norm
from tests.layouts.wrap import wrap_paragraph

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
OWN = Path(__file__).resolve().parent / "own"
GOLD_KEYS = ("kind", "headlines", "title", "kicker", "subtitle", "byline", "dateline")
GOLD_KEYS += ("city", "county", "section_heads")


class FreezeError(ValueError):
    pass


# -- sample pages, labelled through the parser -------------------------------------------


def freeze_seed(name: str) -> dict:
    from reader.ingest import parse_page

    raw = (SEEDS / name).read_bytes().decode("utf-8-sig")
    gold = json.loads((GOLD / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
    page = parse_page(raw, name).to_dict()
    lines = raw.splitlines()
    labels: list[list] = [
        [text, -1, "blank" if not text.strip() else "furniture", -1] for text in lines
    ]
    if len(page["articles"]) != len(gold["articles"]):
        raise FreezeError(f"{name}: parser and gold disagree on the article count")
    articles = []
    for index, (parsed, expected) in enumerate(
        zip(page["articles"], gold["articles"], strict=True)
    ):
        articles.append(_label_article(index, parsed, expected, lines, labels))
    _assign_figures(articles, gold["figures"])
    return {"file": name, "source": "seeds", "articles": articles, "lines": labels}


def _label_article(index, parsed, expected, lines, labels) -> dict:
    blocks = [norm(block["text"]) for block in parsed["body"]]
    stream = "".join(blocks)
    if not (stream.startswith(norm(expected["body_start"]))):
        raise FreezeError(f"article {index}: body does not start as the gold says")
    starts = [sum(map(len, blocks[:i])) for i in range(len(blocks))]
    numbers = sorted(no for lo, hi in parsed["source_lines"] for no in range(lo, hi + 1))
    pos, credit = 0, None
    for no in numbers:
        text = lines[no - 1]
        role, block, used, tail = _line_role(text, stream, pos, expected)
        if tail:
            credit = tail
        pos += used
        labels[no - 1] = [text, index, role, _block_at(starts, pos - used) if used else block]
    if pos != len(stream):
        raise FreezeError(f"article {index}: {len(stream) - pos} body characters not found")
    body = stream[: len(stream)]
    if credit is None and not body.endswith(norm(expected["body_end"])):
        raise FreezeError(f"article {index}: body does not end as the gold says")
    out = {key: expected[key] for key in GOLD_KEYS}
    out["blocks"] = [block["type"] for block in parsed["body"]]
    out["credit"] = credit
    out["figures"] = []
    out["_clean"] = "".join(block["text"] for block in parsed["body"])
    return out


def _line_role(text: str, stream: str, pos: int, gold: dict) -> tuple[str, int, int, str | None]:
    """(role, block, body characters used, inline credit) of one line of an article."""
    n = norm(text)
    if n and stream.startswith(n, pos):
        return "body", -1, len(n), None
    match = CREDIT.search(text)
    if match and n and stream.startswith(n[: -len(norm(match.group()))], pos):
        used = len(n) - len(norm(match.group()))
        if used:
            return "body", -1, used, match.group().strip()
        return "credit", -1, 0, None
    bare = n.removeprefix("□").removesuffix("报道")
    if gold["byline"] and bare and bare in norm(gold["byline"]):
        return "byline", -1, 0, None
    for role in HEAD_ROLES:
        if n and n in norm(gold.get(role)):
            return role, -1, 0, None
    raise FreezeError(f"line {text!r} has no role")


def _block_at(starts: list[int], pos: int) -> int:
    return max(i for i, start in enumerate(starts) if start <= pos)


def _assign_figures(articles: list[dict], figures: list[str]) -> None:
    """Give each gold figure of the page to the first article whose clean body holds it."""
    for figure in figures:
        owner = next((a for a in articles if norm(figure) in norm(a["_clean"])), None)
        if owner is None:
            raise FreezeError(f"figure {figure} is in no article")
        owner["figures"].append(figure)
    for article in articles:
        del article["_clean"]


# -- pages we wrote, from markup ----------------------------------------------------------

ROLE_OF_TAG = {"k": "kicker", "t": "title", "s": "subtitle", "b": "byline", "c": "credit"}


def freeze_own(path: Path) -> dict:
    articles: list[dict] = []
    labels: list[list] = []
    width = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#"):
            continue
        if raw.startswith("%width="):
            width = int(raw.removeprefix("%width="))
            continue
        if raw.startswith("@"):
            articles.append(_header(raw[1:]))
            continue
        if not raw.strip():
            labels.append(["", -1, "blank", -1])
            continue
        tag, _, text = raw.partition("|")
        for i, piece in enumerate(_wrap(text, width) if tag == "p" else [text]):
            labels.append(_own_line("." if i else tag, piece, articles))
    for article in articles:
        _finish_own(article)
    return {"file": "own_" + path.name, "source": "own", "articles": articles, "lines": labels}


def _wrap(text: str, width: int) -> list[str]:
    """A paragraph written on one markup line, hard-wrapped as a column of `width` would."""
    if not width or len(text) <= width:
        return [text]
    return wrap_paragraph(text, width, text[: len(text) - len(text.lstrip())])


def _header(spec: str) -> dict:
    fields = dict(part.split("=", 1) for part in spec.split("|"))
    article = {key: fields.get(key) or None for key in GOLD_KEYS}
    article["kind"] = fields.get("kind", "news")
    article["headlines"], article["section_heads"] = [], []
    article["blocks"], article["credit"] = [], fields.get("credit") or None
    article["figures"] = [f for f in (fields.get("figures") or "").split(",") if f]
    article["_titles"] = []
    return article


def _own_line(tag: str, text: str, articles: list[dict]) -> list:
    if tag == "f":
        return [text, -1, "furniture", -1]
    article = articles[-1]
    index = len(articles) - 1
    if tag in ("k", "t", "s"):
        role = ROLE_OF_TAG[tag]
        article["headlines"].append(text.strip())
        if role == "title":
            article["_titles"].append(text.strip())
        else:
            article[role] = text.strip()
        return [text, index, role, -1]
    if tag in ("b", "c"):
        return [text, index, ROLE_OF_TAG[tag], -1]
    if tag in ("p", "h"):
        article["blocks"].append("paragraph" if tag == "p" else "heading")
        if tag == "h":
            article["section_heads"].append(text.strip())
    elif tag != ".":
        raise FreezeError(f"unknown tag {tag!r}")
    return [text, index, "body", len(article["blocks"]) - 1]


def _finish_own(article: dict) -> None:
    titles = article.pop("_titles")
    article["title"] = " ".join(titles) or None


# -- all fixtures --------------------------------------------------------------------------


def freeze_all() -> dict[str, dict]:
    pages = {}
    for gold in sorted(GOLD.glob("*.json")):
        name = gold.name.replace(".json", ".txt")
        pages[name] = freeze_seed(name)
    for path in sorted(OWN.glob("*.txt")):
        pages["own_" + path.name] = freeze_own(path)
    return pages


def main() -> int:
    FIXTURES.mkdir(exist_ok=True)
    for old in FIXTURES.glob("*.json"):
        old.unlink()
    for name, data in freeze_all().items():
        target = FIXTURES / name.replace(".txt", ".json")
        print(f"{target.name}: {len(data['articles'])} articles, {len(data['lines'])} lines")
        target.write_text(_dump(data), encoding="utf-8")
    return 0


def _dump(data: dict) -> str:
    """Indented JSON with one line per labelled page line, so diffs stay readable."""
    lines = data["lines"]
    head = json.dumps({k: v for k, v in data.items() if k != "lines"}, ensure_ascii=False, indent=1)
    rows = ",\n  ".join(json.dumps(line, ensure_ascii=False) for line in lines)
    return head[:-2] + ',\n "lines": [\n  ' + rows + "\n ]\n}\n"


if __name__ == "__main__":
    sys.exit(main())
