"""Export of notes and tags with their provenance, as Markdown, CSV or JSON text.

    export(conn, fmt, article_id=None, county=..., tag=None) -> str

Selection: the articles that carry notes or tags (one article, one county, one tag, or all),
their notes, and (unless one article is asked for) the orphaned notes that fit the filter.
Every note record carries its provenance: file, headline, byline, county, quote.
    md    one section per article (title, file, county, tags, notes with quotes as blockquotes)
    csv   one row per note, UTF-8 with BOM (Excel and WPS read Chinese right), tags joined "; "
    json  {"articles": [...], "notes": [...]} with the same fields as the CSV
"""

from __future__ import annotations

import csv
import html
import io
import json
import sqlite3

from reader.store import notes as note_sql
from reader.store.errors import LibraryError
from reader.store.queries import HEADLINE_SQL, article_tags
from reader.store.rows import Note

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
]
TAG_SEPARATOR = "; "


def export(
    conn: sqlite3.Connection,
    fmt: str,
    article_id: str | None = None,
    county=...,
    tag: str | None = None,
    city=...,
) -> str:
    if fmt not in FORMATS:
        raise LibraryError(f"unknown export format {fmt!r} (use md, csv or json)")
    articles = _articles(conn, article_id, (city, county), tag)
    notes = _notes(conn, articles, article_id, (city, county), tag)
    return {"md": _markdown, "csv": _csv, "json": _json}[fmt](articles, notes)


def _articles(conn, article_id, place, tag) -> list[dict]:
    where, params = (
        [
            "(a.id IN (SELECT article_id FROM article_tags)"
            " OR a.id IN (SELECT article_id FROM notes))"
        ],
        [],
    )
    if article_id is not None:
        where, params = ["a.id = ?"], [article_id]
    for column, value in zip(("a.city", "a.county"), place):
        if value is not ...:
            where.append(f"{column} IS ?")
            params.append(value)
    if tag is not None:
        where.append(
            "(a.id IN (SELECT article_id FROM article_tags JOIN tags t ON t.id = tag_id"
            " WHERE t.name = ?) OR a.id IN (SELECT n.article_id FROM notes n JOIN"
            " note_tags nt ON nt.note_id = n.id JOIN tags t ON t.id = nt.tag_id"
            " WHERE t.name = ?))"
        )
        params += [tag, tag]
    rows = conn.execute(
        f"SELECT a.id, {HEADLINE_SQL}, f.name, a.byline, a.city, a.county FROM articles a JOIN files f"
        f" ON f.id = a.file_id WHERE {' AND '.join(where)} ORDER BY f.name, a.file_id, a.idx",
        params,
    ).fetchall()
    keys = ("id", "headline", "file", "byline", "city", "county")
    return [dict(zip(keys, row), tags=article_tags(conn, row[0])) for row in rows]


def _notes(conn, articles, article_id, place, tag) -> list[dict]:
    by_id = {article["id"]: article for article in articles}
    found = []
    for start in range(0, len(by_id), 500):
        chunk = list(by_id)[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found += note_sql.read(conn, f"n.article_id IN ({marks})", chunk)
    if article_id is None:
        county = place[1]  # orphans keep their county, not their city
        found += [
            note
            for note in note_sql.read(conn, "n.orphaned = 1")
            if county is ... or note.county == county
        ]
    if tag is not None:
        found = [
            note
            for note in found
            if tag in note.tags or (note.article_id and tag in by_id[note.article_id]["tags"])
        ]
    order = {key: i for i, key in enumerate(by_id)}
    found.sort(key=lambda note: (order.get(note.article_id, len(order)), note.id))
    return [_record(note, by_id.get(note.article_id)) for note in found]


def _record(note: Note, article: dict | None) -> dict:
    return {
        "note_id": note.id,
        "article_id": note.article_id,
        "file": article["file"] if article else note.file_name,
        "headline": article["headline"] if article else note.title,
        "byline": article["byline"] if article else note.byline,
        "county": article["county"] if article else note.county,
        "quote": note.quote or "",
        "note": note.text,
        "note_tags": note.tags,
        "article_tags": article["tags"] if article else [],
        "created": note.created,
        "updated": note.updated,
        "orphaned": note.orphaned,
    }


def _json(articles: list[dict], notes: list[dict]) -> str:
    return json.dumps({"articles": articles, "notes": notes}, ensure_ascii=False, indent=1) + "\n"


def _csv(_articles: list[dict], notes: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for record in notes:
        writer.writerow(
            {
                **record,
                "note_tags": TAG_SEPARATOR.join(record["note_tags"]),
                "article_tags": TAG_SEPARATOR.join(record["article_tags"]),
                "article_id": record["article_id"] or "",
                "orphaned": int(record["orphaned"]),
            }
        )
    return "\ufeff" + out.getvalue()


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


def _md(text: str | None) -> str:
    """Text as Markdown shows it: `<img …>` from a page or a note stays characters in
    Obsidian and Logseq, never markup."""
    return html.escape(text or "", quote=False)


def _md_tags(tags: list[str]) -> str:
    return " ".join("#" + "-".join(tag.split()) for tag in tags)


def _md_article(article: dict) -> list[str]:
    lines = [
        f"## {_md(article['headline'])}",
        "",
        f"- File: {_md(article['file'])}",
        f"- County: {article['county'] or (article['city'] or '') + ' (city-wide)'}",
    ]
    if article["byline"]:
        lines.append(f"- Byline: {_md(article['byline'])}")
    if article["tags"]:
        lines.append(f"- Tags: {_md_tags(article['tags'])}")
    lines += [f"- Article: `{article['id']}`", ""]
    return lines


def _md_note(note: dict, provenance: bool = False) -> list[str]:
    lines = [f"### Note {note['note_id']}", ""]
    if provenance:
        lines += [
            f"- From: {_md(note['headline']) or '?'} ({_md(note['file']) or '?'},"
            f" {note['county'] or 'city-wide'})",
            "",
        ]
    if note["quote"]:
        lines += ["> " + _md(line) for line in note["quote"].splitlines()] + [""]
    lines += [_md(note["note"]), ""]
    if note["note_tags"]:
        lines += [f"Tags: {_md_tags(note['note_tags'])}", ""]
    lines += [f"*{note['created']}*", ""]
    return lines
