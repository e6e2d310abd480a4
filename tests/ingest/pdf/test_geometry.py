"""The geometry stages on small pages set by hand: characters placed where a PDF would put
them (points from the top left), through the engine's own functions. Tables of cases, as
the text path's tests are."""

from __future__ import annotations

import pytest

from reader.ingest.pdf.chars import Char
from reader.ingest.pdf.classify import classify, measure
from reader.ingest.pdf.columns import bodies, column_blocks
from reader.ingest.pdf.heads import head_groups
from reader.ingest.pdf.rows import build_lines
from reader.ingest.pdf.story import Story, paragraphs, roles

EM = 9.0


def typeset(text: str, x: float, top: float, size: float = EM, tracking: float = 0.0) -> list[Char]:
    """One character per ideograph, `size` points wide and high; a space is a gap of half an
    em (nothing is printed for it, as Chromium prints no space glyph)."""
    chars, left = [], x
    for ch in text:
        if ch == " ":
            left += size / 2 + tracking
            continue
        width = size if ord(ch) > 0x2E80 else size / 2
        chars.append(Char(ch, left, top, left + width, top + size * 1.05, "Body", size))
        left += width + tracking
    return chars


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        ([("本报郓城讯", 0.0)], ["本报郓城讯"]),
        ([("本报郓城讯 郓城县", 0.0)], ["本报郓城讯 郓城县"]),
        ([("本报郓城讯", 3.6)], ["本报郓城讯"]),  # tracked 0.4 em: no spaces
        ([("校对 罗 维", 0.0)], ["校对 罗 维"]),  # every gap a word space
        ([("星期五", 3.6), ("城乡周刊", 3.6), ("第7版", 3.6)], ["星期五", "城乡周刊", "第7版"]),
        ([("记者 孙伟 通讯员 张慧敏 报道", 2.7)], ["记者 孙伟 通讯员 张慧敏 报道"]),
    ],
)
def test_rows_and_their_spaces(pieces, expected):
    chars, x = [], 30.0
    for text, tracking in pieces:
        chars += typeset(text, x, 100.0, tracking=tracking)
        x = chars[-1].x1 + 3 * EM  # the next item of a strip, three ems on
    assert [line.text for line in build_lines(chars, EM)] == expected


def test_a_label_on_the_first_row_leaves_the_text_beside_it():
    chars = typeset("■县域快讯", 30, 40, size=11) + typeset("本报冠县讯　冠县近日", 200, 40)
    chars += [c for k in range(8) for c in typeset("冠县利用城区边角地新建", 200, 52 + 12 * k)]
    lines = build_lines(chars, EM)
    kinds = classify(lines, measure(lines))
    assert [line.text for line in kinds.furniture] == ["■县域快讯"]
    assert "本报冠县讯 冠县近日" in [line.text for line in kinds.text]


def test_a_date_strip_takes_its_whole_row():
    strip = typeset("2020年3月10日", 30, 20) + typeset("农村新闻", 160, 20)
    body = [c for k in range(8) for c in typeset("县市场监管部门对全县农资", 30, 40 + 12 * k)]
    lines = build_lines(strip + body, EM)
    kinds = classify(lines, measure(lines))
    assert [line.text for line in kinds.furniture] == ["2020年3月10日", "农村新闻"]
    assert len(kinds.text) == 8


def test_headline_groups_part_at_a_story_gap():
    kicker = typeset("聚焦粮食安全", 30, 100, size=12)
    title = typeset("莘县新建高标准农田", 30, 115, size=20)  # 2 points under the kicker
    below = typeset("临清千年运河古街", 30, 146, size=20)  # 11 points under: the next story's
    groups = head_groups(build_lines(kicker + title + below, EM))
    assert [[line.text for line in g.lines] for g in groups] == [
        ["聚焦粮食安全", "莘县新建高标准农田"],
        ["临清千年运河古街"],
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([("莘县新建高标准农田", 20)], (None, "莘县新建高标准农田", None)),
        (
            [("聚焦粮食安全", 12), ("莘县新建高标准农田", 20), ("——灌溉保证率达到98%", 13)],
            ("聚焦粮食安全", "莘县新建高标准农田", "——灌溉保证率达到98%"),
        ),
        # a title wrapped at the group's width runs on; a short line stands alone
        ([("冠县苗木产业带动", 20), ("农户增收", 20)], (None, "冠县苗木产业带动农户增收", None)),
        ([("莘县推出", 20), ("便民服务7项新举措", 20)], (None, "莘县推出 便民服务7项新举措", None)),
    ],
)
def test_roles_by_type_size(lines, expected):
    chars, top = [], 100.0
    for text, size in lines:
        chars += typeset(text, 30, top, size=size)
        top += size * 1.3
    (group,) = head_groups(build_lines(chars, EM))
    assert roles(group) == expected


def test_a_bare_page_number_at_the_foot_is_furniture_a_last_line_is_not():
    body = [c for k in range(8) for c in typeset("县市场监管部门对全县农资", 30, 40 + 12 * k)]
    body += typeset("检查。", 30, 136)  # the column's last line, in the page's last row
    lines = build_lines(body + typeset("3", 300, 136), EM)
    kinds = classify(lines, measure(lines))
    assert [line.text for line in kinds.furniture] == ["3"]


@pytest.mark.parametrize("face", ["Body", "Heiti"])
def test_a_section_head_in_any_face_between_paragraphs(face):
    """Flush left, short, closing no sentence, after a paragraph's end and before an indented
    line: a section head, whether set in another face or in the body's."""
    rows = [
        ("　　本报莘县讯　莘县今年新建", 0),
        ("高标准农田，惠及农户。", 0),
        ("建管并重保长效", 0),
        ("　　县里推行田长制，机井泵", 0),
        ("房逐一登记编号。", 0),
    ]
    chars = []
    for k, (text, _) in enumerate(rows):
        indent = 2 * EM if text.startswith("　") else 0
        line = typeset(text.lstrip("　"), 30 + indent, 40 + 12 * k)
        if k == 2:
            line = [Char(c.text, c.x0, c.top, c.x1, c.bottom, face, c.size) for c in line]
        chars += line
    lines = build_lines(chars, EM)
    (body,) = bodies(column_blocks(lines, EM), [], EM)
    cut = paragraphs(Story(body, None, 0.0, False), measure(lines))
    assert [(kind, len(part)) for kind, part in cut] == [
        ("paragraph", 2),
        ("heading", 1),
        ("paragraph", 2),
    ]


def test_a_lead_paragraph_set_larger_stays_in_its_article():
    """导语 in larger type is prose (full stops, longer than a headline), not a headline."""
    from reader.ingest.pdf.chars import RawPage
    from reader.ingest.pdf.page import read_page

    chars = typeset("莘县新建高标准农田", 30, 30, size=20)
    lead = [
        "本报莘县讯　今年莘县新建",
        "高标准农田二十八万亩，惠",
        "及农户一千二百户。记者日",
        "前走进项目区一探究竟。",
    ]
    top = 58.0
    for text in lead:
        chars += typeset(text.replace("　", " "), 30, top, size=11)
        top += 11 * 1.35
    top += 4
    body = ["　　走进古城镇项目区，新", "修的水泥路通到地头，一眼", "机井管着四十亩地。以前浇"]
    body += [
        "一遍地要排队三天，现在刷",
        "卡就出水，一个人能管一大",
        "片。种粮大户孟庆山说，今",
        "年的麦子长势格外好。",
    ]
    for text in body:
        indent = 2 * EM if text.startswith("　") else 0
        chars += typeset(text.lstrip("　"), 30 + indent, top)
        top += EM * 1.35
    page = read_page(RawPage(1, 400, 400, chars), "lead.pdf")
    (article,) = page.page.articles
    assert article.title == "莘县新建高标准农田" and article.dateline == "莘县"
    assert [b.text[:4] for b in article.body] == ["本报莘县", "走进古城"]
