"""Print the candidates for `resources/tag_stopwords.tsv`: words of the bundled sample pages
by document frequency (the share of articles that use them), as jieba.analyse would consider
them for suggested tags (two characters or more, not a number).

    python tools/tag_stopword_candidates.py [--min-share 0.15] [--min-files 3]

A word most articles use, across most files, is the newspaper's register (工作, 开展, 推进),
not what one article is about. The list in resources/ is this output reviewed by hand: words
that name a field (脱贫, 医保, 教育) stay suggestible however often the sample pages use them.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-share", type=float, default=0.15)
    parser.add_argument("--min-files", type=int, default=3)
    args = parser.parse_args()

    from reader.importing import import_paths
    from reader.lexicon.segment import cut
    from reader.resources import bundled_seeds_dir
    from reader.store import Library

    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "l.sqlite3") as library:
        import_paths(library, [bundled_seeds_dir()])
        rows = library.article_rows()
        articles, files = Counter(), {}
        for row in rows:
            detail = library.article(row.id)
            words = {w for w in cut(f"{detail.headline}\n{detail.text}") if len(w) > 1}
            words = {w for w in words if not w.isdigit()}
            articles.update(words)
            for word in words:
                files.setdefault(word, set()).add(row.file_id)
    print(f"# {len(rows)} articles in {len({r.file_id for r in rows})} files")
    for word, count in articles.most_common():
        share = count / len(rows)
        if share >= args.min_share and len(files[word]) >= args.min_files:
            print(f"{word}\t{count}\t{share:.2f}\t{len(files[word])}")


if __name__ == "__main__":
    main()
