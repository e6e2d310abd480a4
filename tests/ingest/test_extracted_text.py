"""Text as PDF extractors print a typeset page (`pdftotext -raw`, pdfminer.six): one failure
class a row.

Every page here was written for this test (no sample, corpus or real article text). Each row
gives the page, the headlines its articles must carry in page order, and the lines that must
end up in the page's leftovers; every non-blank line lands exactly once.
"""

import pytest

from reader.ingest import parse_page

# `-raw`: no blank line and no indent; a paragraph's first line is only shorter by the indent
FLUSH_BRIEFS = """\
东昌湖冬泳节开幕
昨天上午，东昌湖
畔迎来了三百多名冬泳
爱好者，年龄最大的已
经七十岁。
古楼街区开设夜市
古楼街区夜市本周
五正式开张，首批入驻
摊位八十个，营业到晚
上十一点。
"""

CASES = [
    pytest.param(
        FLUSH_BRIEFS,
        ["东昌湖冬泳节开幕", "古楼街区开设夜市"],
        [],
        id="flush-briefs-told-apart-by-their-first-lines",
    ),
]


@pytest.mark.parametrize(("text", "headlines", "leftover"), CASES)
def test_extracted_page(text, headlines, leftover):
    page = parse_page(text, "page.txt")
    assert [a.headline for a in page.articles] == headlines
    left = [item.text for item in page.leftover]
    assert all(line in left for line in leftover), left
    counted = sorted(
        [no for a in page.articles for lo, hi in a.source_lines for no in range(lo, hi + 1)]
        + [item.line for item in page.leftover]
    )
    assert counted == [no for no, raw in enumerate(text.splitlines(), 1) if raw.strip()]
