"""Bylines and headline roles."""

import pytest

from reader.ingest.bylines import byline_span, normalise_names, split_trailing_byline
from reader.ingest.lines import read_lines
from reader.ingest.roles import headline_roles


@pytest.mark.parametrize(
    "raw, names",
    [
        ("记者 胡磊 通讯员 于长波", "记者 胡磊 通讯员 于长波"),
        ("记 者 胡 磊 薛良诚", "记者 胡磊 薛良诚"),
        ("本 报 记 者  胡磊 孙亚飞 本报通讯员 邵颖", "本报记者 胡磊 孙亚飞 本报通讯员 邵颖"),
        ("记者张同建", "记者 张同建"),
        ("通讯员 郭 斌 翟柳", "通讯员 郭斌 翟柳"),
        ("谭磊 王小滨", "谭磊 王小滨"),
        ("记者王一通讯员李二", "记者 王一 通讯员 李二"),
        ("本报记者 王一 本报通讯员 李二 实习生 赵三", "本报记者 王一 本报通讯员 李二 实习生 赵三"),
    ],
)
def test_normalise_names(raw, names):
    assert normalise_names(raw) == names


@pytest.mark.parametrize(
    "text, rest, name",
    [
        ("实地走访掌握了产业发展情况。(宋瑜)", "实地走访掌握了产业发展情况。", "宋瑜"),
        ("（赵静 王刚）", "", "赵静 王刚"),
        ("各镇(街道)加强沟通", "各镇(街道)加强沟通", None),
        ("覆盖全县（市、区）", "覆盖全县（市、区）", None),
    ],
)
def test_trailing_byline(text, rest, name):
    assert split_trailing_byline(text) == (rest, name)


@pytest.mark.parametrize(
    "lines, roles",
    [
        (["聊城两大民生项目年底开工"], (None, "聊城两大民生项目年底开工", None)),
        (
            [
                "探索建立“重点突破+清仓见底+防范反弹”信访积案化解机制",
                "东阿：推动全县信访形势持续平稳",
            ],
            (
                "探索建立“重点突破+清仓见底+防范反弹”信访积案化解机制",
                "东阿：推动全县信访形势持续平稳",
                None,
            ),
        ),
        (
            ["统筹整合涉农资金", "赋能乡村产业振兴"],
            (None, "统筹整合涉农资金 赋能乡村产业振兴", None),
        ),
        (
            ["“甲乙丙丁+戊己庚”", "做好某项工作监测"],
            (None, "“甲乙丙丁+戊己庚” 做好某项工作监测", None),
        ),
        (
            ["济南某某路街道办事处", "多举措加强预算绩效管理"],
            ("济南某某路街道办事处", "多举措加强预算绩效管理", None),
        ),
        (
            ["兰陵镇", "“四个聚焦”展新姿", "“清”风拂面“廉”入心"],
            ("兰陵镇", "“四个聚焦”展新姿 “清”风拂面“廉”入心", None),
        ),
        (["主标题在这里", "——副标题在这里"], (None, "主标题在这里", "——副标题在这里")),
        ([], (None, None, None)),
    ],
)
def test_headline_roles(lines, roles):
    assert headline_roles(lines) == roles


@pytest.mark.parametrize(
    "text, span",
    [
        ("□记者 陆川 程远\n通讯员 许亮 报道\n本报冠县讯 正文", 2),
        # wrapped after a name: the next line holds names with a role among them
        ("□记者 陆川\n程远 通讯员 许亮\n韩冬 报道\n本报冠县讯 正文", 3),
        # wrapped inside a name, then inside a role word (`通` / `讯员`)
        ("□记 者 陆 川 程\n远 通讯员 许亮\n报道\n本报冠县讯 正文", 3),
        ("□记者 陆川 程远 通\n讯员 许亮 韩冬\n报道\n本报冠县讯 正文", 3),
        # a line of text after a byline is no part of it
        ("□记者 陆川\n冠县新建冷库六座\n本报冠县讯 正文", 1),
    ],
)
def test_a_wrapped_byline_spans_its_lines(text, span):
    assert byline_span(read_lines(text), 0) == span
