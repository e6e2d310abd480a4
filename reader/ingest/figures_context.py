"""Where a figure stands in its block: its sentence, what it counts, approximation before it.

    place(text, figures) -> figures    each with sentence_start/end, label and approx filled

The sentence runs from after the previous 。！？；… (or the block's start) through the next
one (or the block's end). The label is picked from the clause before the figure: the text
back to the last clause mark (，、：；。 …) or to the previous figure's end, cut into jieba
words; the function words that only link a noun to its number (达, 为, 共计, 约 …) are dropped
from its end, and the last LABEL_WORDS words are kept (`全县新增就业岗位达` -> 新增就业岗位). A
figure that opens its clause (`3000人参加`) takes the first words after it instead.
A figure listed right after another (`10.83%、10.69%`) shares its label.
`约`/`近`/`超` (and their two-character forms) right before the number mark it approximate.
"""

from __future__ import annotations

import dataclasses
import re

from reader.ingest.model import Figure
from reader.lexicon.segment import cut

LABEL_WORDS = 3  # enough for 农村居民人均可支配收入 and short enough for a table column
LABEL_CHARS = 16  # a longer label is cut from its start: the words nearest the number stay
_SENTENCE_END = re.compile(r"[。！？；!?;…]+[”’」』）)]*")
_CLAUSE_MARK = re.compile(r"[，、：；。！？,:;!?（）()\s…—]")  # not quotes: `征集“微心愿”751条`
_LIST_JOINS = frozenset(("、", "和", "及", "与", "或"))  # `10.83%、10.69%和8.92%`: one label
# words that link a noun to its number or qualify the number, never what is counted
_LINK_WORDS = (
    "达 达到 为 是 有 共 共有 共计 累计 合计 总计 计 约 约为 近 将近 接近 大约 超 超过 逾 了 到 至"
    " 的 占 和 及 与 其中 分别 仅 已 已经 再 又 还 就 都 各 每 第 在 于 从 比 较 同比 环比"
)
_LINKS = frozenset(_LINK_WORDS.split())
_APPROX_BEFORE = ("超过", "将近", "接近", "大约", "约", "近", "超", "逾")


def place(text: str, figures: list[Figure]) -> list[Figure]:
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    placed: list[Figure] = []
    for number, figure in enumerate(figures):
        start, end = _sentence(ends, len(text), figure.start)
        floor = max(start, figures[number - 1].end if number else 0)
        ceiling = min(end, figures[number + 1].start if number + 1 < len(figures) else end)
        listed = number and text[figures[number - 1].end : figure.start] in _LIST_JOINS
        label = placed[-1].label if listed else _label(text, figure, floor, ceiling)
        placed.append(
            dataclasses.replace(
                figure,
                sentence_start=start,
                sentence_end=end,
                label=label,
                approx=figure.approx or _approx_before(text, figure.start),
            )
        )
    return placed


def _sentence(ends: list[int], length: int, position: int) -> tuple[int, int]:
    start = max((e for e in ends if e <= position), default=0)
    end = min((e for e in ends if e > position), default=length)
    return start, end


def _label(text: str, figure: Figure, floor: int, ceiling: int) -> str:
    """Words of the clause before the figure (back to `floor`), else of the one after it (up
    to `ceiling`, the next figure)."""
    before = _clause_before(text, figure.start, floor)
    # trimmed again once cut to size: `的项目资金` loses its 的
    words = _trimmed(_trimmed(cut(before))[-LABEL_WORDS:])
    if not words:
        words = _trimmed(_trimmed(cut(_clause_after(text[:ceiling], figure.end)))[:LABEL_WORDS])
    label = "".join(words)
    return label[-LABEL_CHARS:]


def _clause_before(text: str, position: int, floor: int) -> str:
    clause = text[floor:position]
    marks = [m.end() for m in _CLAUSE_MARK.finditer(clause)]
    return clause[marks[-1] :] if marks else clause


def _clause_after(text: str, position: int) -> str:
    rest = text[position : position + LABEL_CHARS * 2]
    mark = _CLAUSE_MARK.search(rest)
    return rest[: mark.start()] if mark else rest


def _trimmed(words: list[str]) -> list[str]:
    """The words without the linking words at either end, nor digits or punctuation."""
    kept = [w for w in words if any(ch.isalpha() for ch in w) and not w.isdigit()]
    while kept and kept[-1] in _LINKS:
        kept.pop()
    while kept and kept[0] in _LINKS:
        kept.pop(0)
    return kept


def _approx_before(text: str, position: int) -> str | None:
    for word in _APPROX_BEFORE:
        if text[max(0, position - len(word)) : position] == word:
            return word
    return None
