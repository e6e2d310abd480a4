"""Child processes that write to a library, for the crash and two-writer tests.

    python writer_child.py zygote DB PAGES
        loads reader and jieba once, prints `ready`; then for each stdin line `go SEED` forks a
        writer (`started PID`) that imports pages from PAGES (rewriting them first) and adds
        tags and notes at random, forever, until the parent kills it (SIGKILL); the zygote
        reaps it and prints `reaped PID`. Forking from a loaded zygote keeps each round fast.
    python writer_child.py notes DB COUNT LABEL [BUSY_TIMEOUT]
        prints `ready`, waits for one stdin line, then adds COUNT notes as fast as it can.

A writer prints one line per event, flushed at once: `note ID` right after add_note returned,
`tag ARTICLE NAME` after tag_article returned, `busy` for a LibraryBusy, and `begin ...` /
`tick ...` lines inside operations so the parent can kill at many different moments.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from reader.importing import import_paths
from reader.lexicon import segment
from reader.store import Library, LibraryBusy


def say(*words) -> None:
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def page_text(rng: random.Random, n: int) -> str:
    paragraphs = []
    for k in range(rng.randint(1, 6)):
        paragraphs.append(
            f"  本报东阿讯 东阿县第{n}批信访积案化解工作第{k}项，"
            f"投入资金{rng.randint(1, 99)}万元，惠及{rng.randint(1, 999)}户群众。"
        )
    width = rng.choice([9, 13, 40])
    body = []
    for paragraph in paragraphs:
        pieces = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
        body.extend(pieces + [""] * rng.randint(0, 1))
    return f"第{n}号文件信访积案化解\n□记者 胡磊 报道\n" + "\n".join(body) + "\n"


def write_forever(db: str, pages: Path, seed: int) -> None:
    rng = random.Random(seed)
    library = Library(db)
    files = sorted(pages.glob("*.txt"))
    while True:
        choice = rng.random()
        if choice < 0.25:
            path = rng.choice(files)
            say("begin import", path.name)
            path.write_text(page_text(rng, rng.randint(0, 3)), encoding="utf-8")
            import_paths(library, [path], progress=lambda *a: say("tick import"), workers=0)
            say("imported", path.name)
            continue
        rows = library.article_rows()
        article = rng.choice(rows)
        if choice < 0.85:
            text = article.title or ""
            detail = library.article(article.id)
            quote = None
            if detail.text and rng.random() < 0.6:
                start = rng.randrange(len(detail.text))
                quote = detail.text[start : start + rng.randint(1, 12)].strip() or None
            say("begin note", article.id)
            note = library.add_note(
                article.id, f"笔记{seed}-{rng.random():.6f} {text[:10]}", quote=quote
            )
            say("note", note.id)
        else:
            name = f"标签{rng.randint(0, 20)}"
            say("begin tag", article.id)
            library.tag_article(article.id, name)
            say("tag", article.id, name)


def zygote(db: str, pages: Path) -> None:
    segment.tokenizer()
    say("ready")
    for line in sys.stdin:
        if not line.startswith("go "):
            continue
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                say("started", os.getpid())
                write_forever(db, pages, seed)
            finally:
                os._exit(3)
        _pid, status = os.waitpid(pid, 0)
        say("reaped", pid, status)


def add_notes(db: str, count: int, label: str, busy_timeout: float) -> None:
    segment.tokenizer()
    library = Library(db, busy_timeout=busy_timeout)
    articles = [row.id for row in library.article_rows()]
    say("ready")
    sys.stdin.readline()
    for k in range(count):
        try:
            note = library.add_note(articles[k % len(articles)], f"{label} 第{k}条")
        except LibraryBusy as error:
            say("busy", str(error).replace("\n", " "))
            continue
        say("note", note.id)
    library.close()
    say("done")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "zygote":
        zygote(sys.argv[2], Path(sys.argv[3]))
    elif mode == "notes":
        add_notes(
            sys.argv[2],
            int(sys.argv[3]),
            sys.argv[4],
            float(sys.argv[5]) if len(sys.argv) > 5 else 5.0,
        )
