"""Character-level cleaning: a table of small cases."""

import pytest

from reader.ingest import text as text_module
from reader.ingest.text import (
    clean_headline,
    clean_text,
    display_width,
    ends_sentence,
    strip_invisible,
)


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("共有27 . 96 万人次享受", "共有27.96万人次享受"),
        ("要求全县 73 个部门对", "要求全县73个部门对"),
        ("1— 9 月份的预算", "1—9月份的预算"),
        ("2022 —2023 年采暖季", "2022—2023年采暖季"),
        ("提 供 数 据 支 撑 ，", "提供数据支撑，"),
        ("·1 0 6 名", "·106名"),
        ("村民直接挽回损失近 2 4 万元。", "村民直接挽回损失近24万元。"),
        ("本报聊城9月16日讯(记者张同建) 9月16日,", "本报聊城9月16日讯（记者张同建）9月16日，"),
        ("《中国政府透明度(2020)》", "《中国政府透明度（2020）》"),
        ("10 月21 日6时40分", "10月21日6时40分"),
        ("比例为1:2，时间6:40", "比例为1:2，时间6:40"),
        ("共1,000人", "共1,000人"),
        ("实现9.5、 7 . 9 个百分点", "实现9.5、7.9个百分点"),
        ("阳光村务监督App 上传", "阳光村务监督App上传"),
        ("Hello world 你好", "Hello world你好"),
        ("Windows 10 系统", "Windows 10系统"),
        ("AA+主体信用等级", "AA+主体信用等级"),
        ("全角数字１２３个", "全角数字123个"),
        ("零\u200b宽\u200d字符", "零宽字符"),
        ("控\x07制字符", "控制字符"),
        ("　　本报东阿讯　东阿县", "本报东阿讯东阿县"),
    ],
)
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("未雨绸缪 多措并举", "未雨绸缪 多措并举"),
        ("教育惠民“三举措” 绘就民生新答卷", "教育惠民“三举措” 绘就民生新答卷"),
        ("27 . 96 万人次享医保帮扶待遇", "27.96万人次享医保帮扶待遇"),
        ("莘县王庄集镇:遍访贫困户 着力补短板", "莘县王庄集镇：遍访贫困户 着力补短板"),
        ("提 供 数 据 支 撑", "提供数据支撑"),
    ],
)
def test_clean_headline_keeps_phrase_spaces(raw, clean):
    assert clean_headline(raw) == clean


@pytest.mark.parametrize(
    "line, ends",
    [
        ("供了坚实保障。", True),
        ("张建华表示。”", True),
        ("真是太方便了！", True),
        ("换位思考、", False),
        ("服务群众“零距离”", False),
        ("发挥“雨露计划”", False),
        ("打有准备之仗。9", False),
        ("版本1.5", False),
        ("利用覆盖46 . ", False),  # a decimal point spaced out, cut by the line break
        ("It works. ", True),
        ("", False),
    ],
)
def test_ends_sentence(line, ends):
    assert ends_sentence(line) is ends


def _translated(text: str) -> str:
    """strip_invisible without its shortcut: the table, then the control characters."""
    return text_module._CONTROL.sub("", text.translate(text_module._INVISIBLE_OR_FULLWIDTH))


@pytest.mark.parametrize(
    "code",
    [
        *range(0x20),
        *range(0x7F, 0xA0),
        *range(0x2000, 0x2070),
        *range(0xFEFF, 0xFF70),
        0xAD,
        0xE000,
        0xF8FF,
        0xFFF5,
    ],
)
def test_strip_invisible_changes_a_line_only_where_the_full_pass_would(code):
    line = "全县１２个乡镇" + chr(code) + "推进ａｂ"
    assert strip_invisible(line) == _translated(line)
    plain = "全县12个乡镇" + (chr(code) if _translated(chr(code)) == chr(code) else "") + "推进"
    assert strip_invisible(plain) is plain


@pytest.mark.parametrize("text", ["", "abc", "东阿县", "27.96万元", "ｆｕｌｌ全角", "a\u00e9中"])
def test_display_width_counts_ascii_half(text):
    assert display_width(text) == sum(0.5 if ch.isascii() else 1.0 for ch in text)
