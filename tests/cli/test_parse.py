"""`reader parse`: JSON for good files, one line and exit 2 for bad ones, the rest still parsed."""

import json

from reader.cli import main
from tests.ingest.gold import SEEDS_DIR
from tests.ingest.pdf.corpus import OUT as PDF_OUT


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
    assert "page.pdf: the PDF is damaged" in lines[1]


def test_a_pdf_is_read_page_by_page(capsys):
    """A PDF is read, not refused: one page of articles per PDF page, with its size, the
    regions of its articles and the text rendering its source_lines number."""
    pdf = PDF_OUT / "01_front.pdf"
    assert main(["parse", str(pdf), "--json"]) == 0
    pages = json.loads(capsys.readouterr().out)
    assert [(p["file"], p["page"]) for p in pages] == [(pdf.name, 1), (pdf.name, 2)]
    first = pages[0]
    assert first["width"] > 0 and first["height"] > 0 and first["encoding"] == "pdf"
    assert set(first["regions"]) == {a["id"] for a in first["articles"]}
    assert first["articles"][0]["title"] == "莘县新建高标准农田27.96万亩"
    assert first["articles"][0]["continued"] == "next"
    assert main(["parse", str(pdf), "--text"]) == 0
    text = capsys.readouterr().out
    (head_one, head_two) = [line for line in text.splitlines() if line.startswith("==> ")]
    assert head_one == f"==> {pdf.name} 第1版 <=="
    page_one = text.split(head_two)[0].split(head_one + "\n")[1]
    lines = page_one.splitlines()
    lo, hi = first["articles"][0]["source_lines"][0]
    assert lines[lo - 1 : hi][:2] == ["聚焦粮食安全 夯实增产根基", "莘县新建高标准农田27.96万亩"]


def test_text_of_a_text_page_is_the_page(capsys):
    seed = SEEDS_DIR / "004_1a993628d7218c32.txt"
    assert main(["parse", str(seed), "--text"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == seed.read_text(encoding="utf-8-sig").splitlines()


def test_plain_summary(capsys):
    assert main(["parse", str(SEEDS_DIR / "004_1a993628d7218c32.txt")]) == 0
    out = capsys.readouterr().out
    assert "004_1a993628d7218c32.txt: " in out and "[brief]" in out
