"""Importing PDFs (issue 13): each PDF page becomes a page of the file, with its text
rendering, its articles (page and boxes) and the same fields as a text page; bad PDFs are one
clear error each and never stop the other files; a re-import keeps notes where they were."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader.importing import import_paths
from reader.store import Library
from tests.ingest.pdf.test_errors import _blank_pdf

PDFS = Path(__file__).resolve().parents[1] / "layouts" / "pdf" / "out"
EDITION = PDFS / "09_edition.pdf"  # four pages, an article continued from page 1 to page 4
SEED = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def library(tmp_path):
    with Library(tmp_path / "library.sqlite3") as opened:
        yield opened


def test_a_four_page_pdf_is_four_pages_of_one_file(library):
    report = import_paths(library, [EDITION], workers=1)
    assert report.ok, report.errors
    [file] = library.files()
    assert (file.kind, file.pages, file.name) == ("pdf", 4, "09_edition.pdf")
    rows = library.article_rows()
    articles = [library.article(row.id) for row in rows]
    assert {article.page for article in articles} == {1, 2, 3, 4}
    assert [article.index for article in articles] == list(range(len(articles)))
    for article in articles:
        assert article.regions, article.id
        assert all(x0 < x1 and y0 < y1 for x0, y0, x1, y1 in article.regions)
        assert article.raw_lines, article.id
    assert any(article.county for article in articles)


def test_every_line_of_every_pdf_page_is_in_one_article_or_the_leftovers(library):
    import_paths(library, [EDITION], workers=1)
    [file] = library.files()
    for page in range(1, file.pages + 1):
        lines = library.page_lines(file.id, page)
        assert lines, page
        owned = [line for line in lines if line.article_id is not None]
        ids = {row.article_id for row in library.page_regions(file.id, page)}
        assert {line.article_id for line in owned} == ids
        assert all(line.role in ("blank", "leftover") for line in lines if line.article_id is None)


def test_bad_pdfs_are_one_clear_error_each_and_the_rest_imports(library, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a-scan.pdf").write_bytes(_blank_pdf(1))
    (folder / "b-damaged.pdf").write_bytes(b"%PDF-1.4\n binary \x00\x01")
    shutil.copy(PDFS / "03_below.pdf", folder / "c-good.pdf")
    shutil.copy(SEED / sorted(p.name for p in SEED.glob("*.txt"))[0], folder / "d-text.txt")
    report = import_paths(library, [folder], workers=1)
    errors = dict(report.errors)
    assert "OCR is not supported" in errors[str(folder / "a-scan.pdf")]
    assert "damaged" in errors[str(folder / "b-damaged.pdf")]
    assert sorted(f.name for f in library.files()) == ["c-good.pdf", "d-text.txt"]
    assert sorted(f.kind for f in library.files()) == ["pdf", "text"]


def test_a_re_imported_pdf_is_unchanged_and_a_changed_one_keeps_its_notes(library, tmp_path):
    copy = tmp_path / "page.pdf"
    shutil.copy(PDFS / "03_below.pdf", copy)
    import_paths(library, [copy], workers=1)
    first = library.article_rows()[0]
    text = library.article(first.id).text
    note = library.add_note(first.id, "要核实", quote=text[2:16])
    assert [o.status for o in import_paths(library, [copy], workers=1).imported] == ["unchanged"]
    copy.write_bytes(copy.read_bytes() + b"\n% saved again by another program\n")
    [outcome] = import_paths(library, [copy], workers=1).imported
    assert outcome.status == "replaced" and outcome.orphaned_notes == 0
    [kept] = library.notes(first.id)
    assert (kept.id, kept.quote) == (note.id, text[2:16])


def test_the_command_line_imports_a_pdf_and_shows_an_article_with_its_page(tmp_path):
    db = tmp_path / "library.sqlite3"
    run = [sys.executable, "-m", "reader", "--db", str(db)]
    imported = subprocess.run([*run, "import", str(EDITION)], capture_output=True, text=True)
    assert imported.returncode == 0, imported.stderr
    assert "1 added" in imported.stdout or "added" in imported.stdout
    listed = subprocess.run([*run, "list", "--json"], capture_output=True, text=True)
    last = json.loads(listed.stdout)[-1]
    shown = subprocess.run([*run, "show", last["id"], "--json"], capture_output=True, text=True)
    article = json.loads(shown.stdout)
    assert article["page"] == 4 and article["regions"]


def _neighbours_on_one_page(library):
    details = [library.article(row.id) for row in library.article_rows()]
    for first, second in itertools.pairwise(details):
        if first.page == second.page and first.kind == second.kind == "news":
            return first, second
    raise AssertionError("no two neighbours on one page")


def test_a_pdf_article_is_corrected_and_the_correction_survives_a_re_import(library, tmp_path):
    from reader.importing import fixes

    copy = tmp_path / "edition.pdf"
    shutil.copy(EDITION, copy)
    import_paths(library, [copy], workers=1)
    first, second = _neighbours_on_one_page(library)
    fixes.fix(library, "merge", [first.id, second.id])
    merged = library.article(first.id)
    assert merged.corrected and second.text.strip()[:12] in merged.text.replace("\n", "")
    assert merged.regions == first.regions + second.regions  # both outlined on the page
    fixes.fix(library, "county", [first.id], payload={"county": None, "city": None})
    copy.write_bytes(copy.read_bytes() + b"\n% saved again\n")
    [outcome] = import_paths(library, [copy], workers=1).imported
    assert outcome.status == "replaced" and outcome.stale_corrections == 0
    again = library.article(first.id)
    assert again.corrected and again.county is None
    assert second.id not in {row.id for row in library.article_rows()}
    assert fixes.undo(library) is not None  # the county correction
    assert library.article(first.id).county == merged.county


def test_pdf_corrections_that_cannot_apply_are_refused_with_a_reason(library, tmp_path):
    from reader.importing import fixes

    copy = tmp_path / "edition.pdf"
    shutil.copy(EDITION, copy)
    import_paths(library, [copy], workers=1)
    details = [library.article(row.id) for row in library.article_rows()]
    across = next((a, b) for a, b in itertools.pairwise(details) if a.page != b.page)
    with pytest.raises(fixes.FixRefused, match="neighbours on one page"):
        fixes.fix(library, "merge", [across[0].id, across[1].id])
    with pytest.raises(fixes.FixRefused, match="text pages"):
        fixes.fix(library, "headline", [details[0].id], line=1)
    copy.rename(tmp_path / "moved.pdf")
    with pytest.raises(fixes.FixRefused, match="no longer readable"):
        fixes.fix(library, "kind", [details[0].id], payload={"kind": "brief"})
    assert not library.article(details[0].id).corrected


def test_undoing_a_pdf_correction_after_the_pdf_moved_is_refused_and_keeps_it(library, tmp_path):
    from reader.importing import fixes

    copy = tmp_path / "edition.pdf"
    shutil.copy(EDITION, copy)
    import_paths(library, [copy], workers=1)
    first = library.article_rows()[0]
    fixes.fix(library, "kind", [first.id], payload={"kind": "brief"})
    copy.rename(tmp_path / "moved.pdf")
    with pytest.raises(fixes.FixRefused, match="no longer readable"):
        fixes.undo(library)
    assert library.article(first.id).kind == "brief" and len(library.corrections()) == 1


def test_a_pdf_whose_name_is_not_utf8_is_read_again_for_a_correction(library, tmp_path):
    import os

    from reader.importing import fixes
    from reader.store.paths import disk_path

    folder = tmp_path / "papers"
    folder.mkdir()
    name = "日报".encode("gbk") + b".pdf"  # a GBK name, as unzipped on Linux
    raw = os.path.join(os.fsencode(folder), name)
    with open(raw, "wb") as stream:
        stream.write(PDFS.joinpath("03_below.pdf").read_bytes())
    assert import_paths(library, [folder], workers=1).ok
    [stored] = library.files()
    assert "\\x" in stored.path
    assert os.fsencode(disk_path(stored.path)) == raw
    first = library.article_rows()[0]
    fixes.fix(library, "kind", [first.id], payload={"kind": "brief"})
    assert library.article(first.id).kind == "brief"
