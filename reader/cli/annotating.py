"""The commands that annotate: `tag`, `untag`, `note`, `notes`, `tags`.

    tag ID TAG...  /  untag ID TAG          (--note: ID is a note's number)
    note ID TEXT [--quote PASSAGE]          add; a note needs text
    note --edit N TEXT | --delete N | --attach N ID
    notes [--orphaned] [--article ID] [--json | --nl]      1 when there is none
    tags [--rename OLD NEW | --delete NAME] [--json]

Everything the window does to tags and notes, the command line does too. An article id may
be a unique start of one.
"""

from __future__ import annotations

import json

from reader.cli import exits
from reader.cli.exits import UsageError
from reader.cli.library import add_command, article_id, note_number
from reader.cli.output import plural, print_json, shown, table
from reader.cli.reading import add_json_options, print_records

NOTE_PREVIEW = 60  # characters of a note's text in `reader notes`


def register(commands) -> None:
    for add in (_add_tag, _add_untag, _add_note, _add_notes, _add_tags):
        add(commands)


def _add_tag(commands) -> None:
    parser = add_command(
        commands, "tag", "add tags to an article (or, with --note, to a note)", run_tag, "write"
    )
    parser.add_argument("id", metavar="ID", help="the article's id (or the note's number)")
    parser.add_argument("tags", nargs="+", metavar="TAG", help="a tag to add")
    parser.add_argument("--note", action="store_true", help="ID is a note's number")


def _add_untag(commands) -> None:
    parser = add_command(
        commands, "untag", "remove a tag from an article (or a note)", run_untag, "write"
    )
    parser.add_argument("id", metavar="ID", help="the article's id (or the note's number)")
    parser.add_argument("tag", metavar="TAG", help="the tag to remove")
    parser.add_argument("--note", action="store_true", help="ID is a note's number")


def _add_note(commands) -> None:
    parser = add_command(
        commands,
        "note",
        "add, edit, delete or re-attach a note",
        run_note,
        "write",
        description="Add a note to an article (`reader note ID TEXT`), or change one by its "
        "number: --edit N TEXT, --delete N, --attach N ID (re-attach an orphaned note).",
    )
    parser.add_argument("id", nargs="?", metavar="ID", help="the article to add the note to")
    parser.add_argument("text", nargs="?", metavar="TEXT", help="the note's text")
    parser.add_argument("--quote", help="the exact passage of the article the note is about")
    change = parser.add_mutually_exclusive_group()
    change.add_argument("--edit", nargs=2, metavar=("N", "TEXT"), help="replace note N's text")
    change.add_argument("--delete", metavar="N", help="delete note N")
    change.add_argument("--attach", nargs=2, metavar=("N", "ID"), help="move note N to article ID")


def _add_notes(commands) -> None:
    parser = add_command(
        commands,
        "notes",
        "list notes (all, one article's, or the orphaned ones)",
        run_notes,
        description="List notes: number, article, headline and the start of the text.",
    )
    parser.add_argument(
        "--orphaned", action="store_true", help="only notes that lost their passage"
    )
    parser.add_argument("--article", metavar="ID", help="only this article's notes")
    add_json_options(parser)


def _tags_access(args) -> str:
    return "write" if args.rename or args.delete else "read"


def _add_tags(commands) -> None:
    parser = add_command(
        commands, "tags", "list, rename, merge or delete tags", run_tags, _tags_access
    )
    change = parser.add_mutually_exclusive_group()
    change.add_argument(
        "--rename",
        nargs=2,
        metavar=("OLD", "NEW"),
        help="rename a tag; onto an existing tag, merge the two",
    )
    change.add_argument("--delete", metavar="NAME", help="remove a tag from everything")
    parser.add_argument("--json", action="store_true", help="print JSON")


# -- tag, untag ---------------------------------------------------------------------------------


def run_tag(library, args) -> int:
    if args.note:
        note_id = note_number(args.id)
        for tag in args.tags:
            library.tag_note(note_id, tag)
        return _say_note_tags(library, note_id)
    found_id = article_id(library, args.id)
    library.tag_article(found_id, *args.tags)
    return _say_article_tags(library, found_id)


def run_untag(library, args) -> int:
    if args.note:
        note_id = note_number(args.id)
        library.untag_note(note_id, args.tag)
        return _say_note_tags(library, note_id)
    found_id = article_id(library, args.id)
    library.untag_article(found_id, args.tag)
    return _say_article_tags(library, found_id)


def _say_note_tags(library, note_id: int) -> int:
    print(f"note {note_id}: {', '.join(library.note(note_id).tags) or '(no tags)'}")
    return exits.OK


def _say_article_tags(library, found_id: str) -> int:
    print(f"{found_id}: {', '.join(library.article(found_id).tags) or '(no tags)'}")
    return exits.OK


# -- note ---------------------------------------------------------------------------------------


def run_note(library, args) -> int:
    if args.edit:
        return _edit_note(library, args)
    if args.delete:
        _positionals(args, 0, "--delete N")
        note = library.delete_note(note_number(args.delete))
        print(f"note {note.id} deleted")
        return exits.OK
    if args.attach:
        return _attach_note(library, args)
    return _add_one(library, args)


def _positionals(args, allowed: int, form: str) -> None:
    given = [value for value in (args.id, args.text) if value is not None]
    if len(given) > allowed or (args.quote is not None and form != "ID TEXT"):
        raise UsageError(f"too many arguments: reader note {form}")


def _note_text(text: str | None) -> str:
    if text is None or not text.strip():
        raise UsageError("a note needs text")
    return text


def _add_one(library, args) -> int:
    if args.id is None:
        raise UsageError("which article? reader note ID TEXT (see `reader note --help`)")
    found_id = article_id(library, args.id)
    note = library.add_note(found_id, _note_text(args.text), quote=args.quote)
    print(f"note {note.id} added to {found_id}")
    return exits.OK


def _edit_note(library, args) -> int:
    _positionals(args, 0, "--edit N TEXT")
    number, text = args.edit
    note = library.update_note(note_number(number), _note_text(text))
    print(f"note {note.id} changed")
    return exits.OK


def _attach_note(library, args) -> int:
    _positionals(args, 0, "--attach N ID")
    number, target = args.attach
    note = library.reattach_note(note_number(number), article_id(library, target))
    print(f"note {note.id} attached to {note.article_id}")
    return exits.OK


# -- notes, tags --------------------------------------------------------------------------------


def run_notes(library, args) -> int:
    """The notes as the JSON export records them (with their provenance)."""
    found_id = article_id(library, args.article) if args.article else None
    records = json.loads(library.export_notes("json", article_id=found_id))["notes"]
    if args.orphaned:
        records = [record for record in records if record["orphaned"]]
    return print_records(args, records, _note_cells)


def _note_cells(records: list[dict]):
    for note in records:
        text = " ".join(note["note"].split())
        preview = text if len(text) <= NOTE_PREVIEW else text[: NOTE_PREVIEW - 1] + "…"
        yield (
            str(note["note_id"]),
            note["article_id"] or "(orphaned)",
            shown(note["headline"] or ""),
            preview,
        )


def run_tags(library, args) -> int:
    if args.rename:
        library.rename_tag(*args.rename)
    elif args.delete:
        library.delete_tag(args.delete)
    rows = library.tags()
    if args.json:
        print_json(
            [{"name": r.name, "articles": r.article_count, "notes": r.note_count} for r in rows]
        )
        return exits.OK
    cells = [
        (row.name, plural(row.article_count, "article"), plural(row.note_count, "note"))
        for row in rows
    ]
    for line in table(cells):
        print(line)
    return exits.OK
