"""Export of notes and tags with their provenance, as Markdown, CSV or JSON text.

    export(conn, fmt, article_id=None, scope=Scope(), figures=False) -> str   fmt in
                                                               FORMATS, else LibraryError
    csv_cell(value) -> value    a text a spreadsheet would run as a formula, defused

Selection: the articles of `scope` that carry notes or tags (or one article), their notes,
and (unless one article is asked for) the orphaned notes that fit the scope: an orphan keeps
the file and county it was last attached to, not its city, so a county scope takes the
orphans of that county and a city-wide or placeless scope those with no county. A tag scope
takes the articles carrying the tag and those with a note carrying it, and only the notes
carrying the tag or sitting on an article that carries it.
Every note record carries its provenance: file, headline, byline, county, quote (CSV_FIELDS).
With `figures`, a note also lists the figures of its passage (the ledger's, `ledger.of_article`):
in JSON as records (printed, kind, value, value_high, unit, approx, date, shown, label), in CSV
a `figures` column ("2806万元 = 28,060,000 元; …"), in Markdown a "Figures:" line.
    md    one section per article (headline, file, county, "city (city-wide)" or "no place",
          byline, tags, id, "Corrected: true|false", then its notes with their quotes as
          blockquotes), then a section of orphaned notes with their provenance
    csv   CSV_FIELDS, one row per note in article order (an article with tags and no note: one
          row, empty note), orphans last; UTF-8 with BOM (Excel and WPS read Chinese right),
          CRLF, tags joined "; ", orphaned and corrected as 1 or 0 (a hand correction made or
          changed the note's article; an orphan: 0)
    json  {"articles": [{id, headline, file, byline, city, county, corrected, tags}], "notes":
          [records with CSV_FIELDS, tags as lists]}; a note with no quote has "quote": null (as
          `reader show --json`)

Text from a page or a user never acts where the export is opened:
    csv   a cell starting with = + - @ tab or CR gets a leading ' (OWASP's advice against
          formula injection: `=HYPERLINK(...)` in a headline stays text in Excel and WPS)
    md    Markdown and HTML are escaped: a tag cannot become `<img onerror>`, a quote keeps no
          live `[link](javascript:...)`, a note cannot forge `##` headings or `### Note`
          sections; each line of a note is its own escaped paragraph line
    json  plain JSON strings, unchanged
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3

from reader.store import ledger
from reader.store import notes as note_sql
from reader.store.errors import LibraryError
from reader.store.queries import HEADLINE_SQL, article_tags
from reader.store.rows import Note
from reader.store.scope import EVERYTHING, Scope

FORMATS = ("md", "csv", "json")
CSV_FIELDS = [
    "note_id",
    "article_id",
    "file",
    "headline",
    "byline",
    "county",
    "quote",
    "note",
    "note_tags",
    "article_tags",
    "created",
    "updated",
    "orphaned",
    "corrected",
]
TAG_SEPARATOR = "; "
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP: CSV injection


def export(
    conn: sqlite3.Connection,
    fmt: str,
    article_id: str | None = None,
    scope: Scope = EVERYTHING,
    figures: bool = False,
) -> str:
    if fmt not in FORMATS:
        raise LibraryError(f"unknown export format {fmt!r} (use md, csv or json)")
    articles = _articles(conn, article_id, scope)
    notes = _notes(conn, articles, article_id, scope)
    if figures:
        notes = [{**note, "figures": _passage_figures(conn, note)} for note in notes]
    return {"md": _markdown, "csv": _csv, "json": _json}[fmt](articles, notes)


def _passage_figures(conn: sqlite3.Connection, note: dict) -> list[dict]:
    """The ledger's figures inside the note's passage (none for an unanchored note)."""
    if note["article_id"] is None or note["start"] is None:
        return []
    found = ledger.of_article(conn, note["article_id"], note["start"], note["end"])
    keys = ("printed", "kind", "value", "value_high", "unit", "approx", "date", "label")
    return [{key: getattr(row, key) for key in keys} | {"shown": row.shown} for row in found]


def _figures_cell(figures: list[dict]) -> str:
    return TAG_SEPARATOR.join(f"{f['printed']} = {f['shown']}" for f in figures)


ANNOTATED = (
    "(a.id IN (SELECT article_id FROM article_tags) OR a.id IN (SELECT article_id FROM notes))"
)
# A tag scope here also takes the articles with a note carrying the tag.
TAGGED = (
    "(a.id IN (SELECT article_id FROM article_tags JOIN tags t ON t.id = tag_id"
    " WHERE t.name = ?) OR a.id IN (SELECT n.article_id FROM notes n JOIN"
    " note_tags nt ON nt.note_id = n.id JOIN tags t ON t.id = nt.tag_id"
    " WHERE t.name = ?))"
)


def _articles(conn, article_id: str | None, scope: Scope) -> list[dict]:
    where, params = scope.without("tag").where("a")
    where += " AND " + ("a.id = ?" if article_id is not None else ANNOTATED)
    params += [article_id] if article_id is not None else []
    if scope.tag is not None:
        where += " AND " + TAGGED
        params += [scope.tag, scope.tag]
    rows = conn.execute(
        f"SELECT a.id, {HEADLINE_SQL}, f.name, a.byline, a.city, a.county, a.corrected = 1"
        f" FROM articles a JOIN files f ON f.id = a.file_id WHERE {where}"
        " ORDER BY f.name, a.file_id, a.idx",
        params,
    ).fetchall()
    keys = ("id", "headline", "file", "byline", "city", "county", "corrected")
    return [
        {**dict(zip(keys, row, strict=True)), "corrected": bool(row[6])}
        | {"tags": article_tags(conn, row[0])}
        for row in rows
    ]


def _notes(conn, articles, article_id: str | None, scope: Scope) -> list[dict]:
    by_id = {article["id"]: article for article in articles}
    found = []
    for start in range(0, len(by_id), 500):
        chunk = list(by_id)[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found += note_sql.read(conn, f"n.article_id IN ({marks})", chunk)
    if article_id is None:
        orphans = note_sql.read(conn, "n.orphaned = 1")
        found += [note for note in orphans if _orphan_in(note, scope)]
    if scope.tag is not None:
        tag = scope.tag
        found = [
            note
            for note in found
            if tag in note.tags or (note.article_id and tag in by_id[note.article_id]["tags"])
        ]
    order = {key: i for i, key in enumerate(by_id)}
    found.sort(key=lambda note: (order.get(note.article_id, len(order)), note.id))
    return [_record(note, by_id.get(note.article_id)) for note in found]


def _orphan_in(note: Note, scope: Scope) -> bool:
    """An orphan keeps the file and county it was last attached to (not its city)."""
    if scope.file_id is not None and note.file_id != scope.file_id:
        return False
    if scope.county is not None and note.county != scope.county:
        return False
    return not ((scope.city_wide or scope.placeless) and note.county is not None)


def _record(note: Note, article: dict | None) -> dict:
    return {
        "note_id": note.id,
        "article_id": note.article_id,
        "file": article["file"] if article else note.file_name,
        "headline": article["headline"] if article else note.title,
        "byline": article["byline"] if article else note.byline,
        "county": article["county"] if article else note.county,
        "quote": note.quote,
        "note": note.text,
        "note_tags": note.tags,
        "article_tags": article["tags"] if article else [],
        "created": note.created,
        "updated": note.updated,
        "orphaned": note.orphaned,
        "corrected": bool(article and article["corrected"]),
        "start": note.start,  # the passage, for its figures; not exported
        "end": note.end,
    }


def _json(articles: list[dict], notes: list[dict]) -> str:
    shown = [_without_passage(note) for note in notes]
    return json.dumps({"articles": articles, "notes": shown}, ensure_ascii=False, indent=1) + "\n"


def _without_passage(note: dict) -> dict:
    return {key: value for key, value in note.items() if key not in ("start", "end")}


def _csv(articles: list[dict], notes: list[dict]) -> str:
    out = io.StringIO()
    with_figures = any("figures" in note for note in notes)
    fields = [*CSV_FIELDS, "figures"] if with_figures else CSV_FIELDS
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\r\n")
    writer.writeheader()
    for record in _csv_records(articles, notes):
        row = {
            **_without_passage(record),
            **({"figures": _figures_cell(record.get("figures", []))} if with_figures else {}),
            "note_tags": TAG_SEPARATOR.join(record["note_tags"]),
            "article_tags": TAG_SEPARATOR.join(record["article_tags"]),
            "article_id": record["article_id"] or "",
            "orphaned": int(record["orphaned"]),
            "corrected": int(record["corrected"]),
        }
        writer.writerow({key: csv_cell(value) for key, value in row.items()})
    return "\ufeff" + out.getvalue()


def _csv_records(articles: list[dict], notes: list[dict]) -> list[dict]:
    """The notes in article order, an article with no note as one row with an empty note (as
    Markdown and JSON list it), then the orphaned notes."""
    by_article: dict[str | None, list[dict]] = {}
    for note in notes:
        by_article.setdefault(note["article_id"], []).append(note)
    records = []
    for article in articles:
        records += by_article.get(article["id"]) or [_noteless(article)]
    return records + by_article.get(None, [])


def _noteless(article: dict) -> dict:
    return {
        **dict.fromkeys(CSV_FIELDS, ""),
        "article_id": article["id"],
        "file": article["file"],
        "headline": article["headline"],
        "byline": article["byline"],
        "county": article["county"],
        "note_tags": [],
        "article_tags": article["tags"],
        "orphaned": False,
        "corrected": article["corrected"],
    }


def csv_cell(value):
    """A value as a spreadsheet may see it: text that a spreadsheet would run as a formula
    gets a leading `'` (shown, not run); everything else as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _markdown(articles: list[dict], notes: list[dict]) -> str:
    lines = ["# reader notes", ""]
    for article in articles:
        lines += _md_article(article)
        lines += [
            line for note in notes if note["article_id"] == article["id"] for line in _md_note(note)
        ]
    orphans = [note for note in notes if note["article_id"] is None]
    if orphans:
        lines += [
            "## Orphaned notes",
            "",
            "These notes lost their passage when a page was re-imported.",
            "",
        ]
        lines += [line for note in orphans for line in _md_note(note, provenance=True)]
    return "\n".join(lines).rstrip("\n") + "\n"


MD_INLINE = re.compile(r"([\\`*_\[\]#|~$])")  # emphasis, code, links, tags, tables, math
MD_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")  # lists, setext underlines, numbered


def _md(text: str | None) -> str:
    """Text from a page or a user as Markdown that shows it and does nothing: `& < >` become
    entities (`<img …>` stays characters in Obsidian and Logseq), the characters of inline
    Markdown are backslash-escaped (no link, emphasis, code, tag or table), and so is what
    would start a list, a numbered item or a heading underline. Line breaks become spaces:
    one value, one line."""
    flat = " ".join((text or "").splitlines()).strip()
    escaped = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = MD_INLINE.sub(r"\\\1", escaped)
    return MD_LINE_START.sub(lambda m: m[1] + m[2][:-1] + "\\" + m[2][-1], escaped)


def _md_lines(text: str | None) -> list[str]:
    """A multi-line text (a note, a quote) as escaped lines, blank lines kept."""
    return [_md(line) for line in (text or "").splitlines()] or [""]


def _md_tag(tag: str) -> str:
    """`#tag` that Obsidian and Logseq read as a tag when the name is word characters (and
    `-` `/`); any other character is shown escaped and ends the tag, never markup."""
    name = "-".join(tag.split())
    escaped = name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "#" + re.sub(r"([^\w/&;-])", r"\\\1", escaped)


def _md_tags(tags: list[str]) -> str:
    return " ".join(_md_tag(tag) for tag in tags)


def _md_article(article: dict) -> list[str]:
    lines = [
        f"## {_md(article['headline'])}",
        "",
        f"- File: {_md(article['file'])}",
        f"- County: {_md(_place(article))}",
    ]
    if article["byline"]:
        lines.append(f"- Byline: {_md(article['byline'])}")
    if article["tags"]:
        lines.append(f"- Tags: {_md_tags(article['tags'])}")
    lines += [f"- Article: `{article['id']}`"]
    lines += [f"- Corrected: {'true' if article['corrected'] else 'false'}", ""]
    return lines


def _place(article: dict) -> str:
    if article["county"]:
        return article["county"]
    return f"{article['city']} (city-wide)" if article["city"] else "no place"


def _md_note(note: dict, provenance: bool = False) -> list[str]:
    lines = [f"### Note {note['note_id']}", ""]
    if provenance:
        lines += [
            f"- From: {_md(note['headline']) or '?'} ({_md(note['file']) or '?'},"
            f" {_md(note['county'] or 'city-wide')})",
            "",
        ]
    if note["quote"]:
        lines += [*("> " + line for line in _md_lines(note["quote"])), ""]
    lines += [*_md_lines(note["note"]), ""]
    if note.get("figures"):
        lines += [f"Figures: {_md(_figures_cell(note['figures']))}", ""]
    if note["note_tags"]:
        lines += [f"Tags: {_md_tags(note['note_tags'])}", ""]
    lines += [f"*{note['created']}*", ""]
    return lines
