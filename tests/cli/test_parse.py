"""`reader parse`: JSON for good files, one line and exit 2 for bad ones, the rest still parsed."""

import json

from reader.cli import main
from tests.ingest.gold import SEEDS_DIR


def test_parse_json_lists_pages(capsys):
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    assert main(["parse", *map(str, seeds), "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert [p["file"] for p in pages] == [p.name for p in seeds]
    article = pages[0]["articles"][0]
    assert set(article) >= {
        "id",
        "index",
        "kind",
        "kicker",
        "title",
        "subtitle",
        "byline",
        "dateline",
        "city",
        "county",
        "body",
        "figures",
        "headline_confidence",
        "source_lines",
    }


def test_bad_files_are_reported_and_skipped(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    pdf = tmp_path / "page.pdf"
    pdf.write_bytes(b"%PDF-1.4\n binary")
    good = SEEDS_DIR / "000_4238dc173f1c1006.txt"
    code = main(["parse", str(empty), str(good), str(pdf), str(tmp_path / "missing.txt"), "--json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert [p["file"] for p in json.loads(out)] == [good.name]
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(line.startswith("reader: ") for line in lines)
    assert "empty.txt: the file is empty" in lines[0] and "Traceback" not in err


def test_plain_summary(capsys):
    assert main(["parse", str(SEEDS_DIR / "004_1a993628d7218c32.txt")]) == 0
    out = capsys.readouterr().out
    assert "004_1a993628d7218c32.txt: " in out and "[brief]" in out
