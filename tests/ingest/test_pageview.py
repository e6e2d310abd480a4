"""Line questions of the page view on text as pdfminer prints a typeset page: boxes of lines
parted by blank lines, no indents, some lines letter-spaced by justification.

Pages written for this test (no sample or real article text)."""

from reader.ingest.lines import read_lines
from reader.ingest.pageview import PageView
from reader.ingest.tokens import tokenize_page

BOXES = """\
临清新建三座口袋公园

本报临清讯 临清市今

年在老城区新建三座口

袋公园，栽种乔木两百

余棵，附近居民多了散

步的去处。

冠县开展防火检查

冠县消防大队走进
学 校 和 商 场 检 查 了
消防通道和灭火器材
是否完好。(陆川)
"""


def _view(text: str) -> tuple[PageView, dict[str, int]]:
    lines = read_lines(text)
    lines = [line for line in lines if line.text]
    view = PageView(lines, tokenize_page(lines))
    return view, {line.text: i for i, line in enumerate(lines)}


def test_a_first_line_over_a_letter_spaced_line_opens_a_paragraph():
    view, at = _view(BOXES)
    assert view.column == 10.0
    assert view.opens_paragraph(at["冠县消防大队走进"])
    assert not view.shaped(at["冠县消防大队走进"])


def test_a_headline_standing_alone_opens_no_paragraph():
    view, at = _view(BOXES)
    assert not view.opens_paragraph(at["冠县开展防火检查"])
    assert view.shaped(at["冠县开展防火检查"])
