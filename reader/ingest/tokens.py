"""One segmentation pass (reader.lexicon) over the whole page, shared by every later stage.

tokenize_page(lines) -> PageTokens
    .of_line(i)            the tokens that start on line i (cleaned text, no spaces)
    .continues(i)          does line i run on into line i + 1 (a word split across them,
                           or the next line opening with a particle such as 的)?
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.ingest.lines import Line
from reader.ingest.text import clean_text
from reader.lexicon.segment import tokenize

_NON_INITIAL = set("的地得了着过们，。、；：？！”）》…,.;:?!)")


@dataclass
class PageTokens:
    texts: list[str]
    tokens: list[list[str]]
    crossing: set[int]

    def of_line(self, i: int) -> list[str]:
        return self.tokens[i]

    def continues(self, i: int) -> bool:
        if i + 1 >= len(self.texts) or not self.texts[i] or not self.texts[i + 1]:
            return False
        return i in self.crossing or self.texts[i + 1][0] in _NON_INITIAL


def tokenize_page(lines: list[Line]) -> PageTokens:
    texts = [clean_text(line.text) for line in lines]
    ends, offset = [], 0
    for text in texts:
        offset += len(text)
        ends.append(offset)
    page_text = "".join(texts)
    tokens: list[list[str]] = [[] for _ in lines]
    crossing: set[int] = set()
    line_index, last = 0, len(lines) - 1
    words, boundary = tokens[0] if lines else [], ends[0] if lines else 0
    for word, start, end in tokenize(page_text):
        if start >= boundary and line_index < last:
            # the next line holding `start` (empty lines are passed over, as before)
            while line_index < last and ends[line_index] <= start:
                line_index += 1
            words, boundary = tokens[line_index], ends[line_index]
        if not word.isspace():
            words.append(word)
        if end > boundary and _is_word(word):
            crossing.add(line_index)
    return PageTokens(texts=texts, tokens=tokens, crossing=crossing)


def _is_word(word: str) -> bool:
    return len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in word)
