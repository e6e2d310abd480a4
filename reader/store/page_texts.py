"""A page's text, stored against the text of its own articles (schema 14 on).

    pack(text, article_texts) -> bytes         zlib, with the articles' text as its dictionary
    unpack(blob, article_texts) -> str         (a blob packed alone needs no articles)
    read(conn, file_id, page=1) -> str | None  a stored page's text (None: no such page)
    repack(conn, file_id)                      a file's pages packed alone, packed again

An article's text is its page's lines cleaned and joined, so a page packed on its own repeats
most of what its articles already hold. Packed with zlib's preset dictionary (`zdict`) made
of its articles' text, a page costs only what they lack: the line breaks, the headlines in
print order, the leftovers (about a fifth of its size alone). Articles stay packed each on
its own, since search inflates fifty of them for its snippets; a page is read only to show
its lines or to parse it again, and its articles are inflated first then.

The dictionary is the page's articles in reading order (`idx`, then insertion), their
texts joined by "\\n", as stored: `reader.store.filing` writes a page only together with its
articles, and zlib checks the dictionary (its Adler-32 is in the blob's header), so a page
never inflates against other texts. Blobs written before schema 14 carry no dictionary and
read as before.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable

from reader.store import packing
from reader.store.errors import LibraryError

_WINDOW = 32768  # zlib looks back this far: a longer dictionary's start is never used
_FDICT = 0x20  # the header flag of a zlib stream that needs a preset dictionary


def dictionary(article_texts: Iterable[str]) -> bytes:
    return "\n".join(article_texts).encode("utf-8")[-_WINDOW:]


def pack(text: str, article_texts: Iterable[str]) -> bytes:
    zdict = dictionary(article_texts)
    if not text or not zdict:
        return packing.pack(text)
    compressor = zlib.compressobj(packing.LEVEL, zdict=zdict)
    return compressor.compress(text.encode("utf-8")) + compressor.flush()


def needs_articles(blob: bytes | None) -> bool:
    return blob is not None and len(blob) >= 2 and bool(blob[1] & _FDICT)


def unpack(blob: bytes | None, article_texts: Iterable[str]) -> str:
    if blob is None or not needs_articles(blob):
        return packing.unpack(blob)
    inflate = zlib.decompressobj(zdict=dictionary(article_texts))
    return (inflate.decompress(blob) + inflate.flush()).decode("utf-8")


def read(conn: sqlite3.Connection, file_id: int, page: int = 1) -> str | None:
    """The text of page `page` of a stored file (a text file's page is its whole text).

    One statement reads the page and its articles (one snapshot: a re-store between two
    reads would leave a page and the articles of another import). A page that does not
    inflate against them is a damaged library: LibraryError."""
    rows = conn.execute(
        "SELECT 0, 0, 0, coalesce((SELECT text_zlib FROM pages WHERE file_id = ?1"
        " AND number = ?2), (SELECT iif(?2 = 1, text_zlib, NULL) FROM files WHERE id = ?1))"
        " UNION ALL SELECT 1, idx, key, text_zlib FROM articles WHERE file_id = ?1"
        " AND page = ?2 ORDER BY 1, 2, 3",
        (file_id, page),
    ).fetchall()
    blob = rows[0][3]
    if blob is None:
        return None
    try:
        return unpack(blob, (packing.unpack(row[3]) for row in rows[1:]))
    except (zlib.error, UnicodeDecodeError) as error:
        raise LibraryError(
            f"the stored text of page {page} of file {file_id} cannot be read ({error});"
            " importing the file again rewrites it"
        ) from None


def repack(conn: sqlite3.Connection, file_id: int) -> None:
    """Pack a file's pages that were packed alone again, against their articles (the upgrade
    to schema 14)."""
    (blob,) = conn.execute("SELECT text_zlib FROM files WHERE id = ?", (file_id,)).fetchone()
    if blob and not needs_articles(blob):
        packed = pack(packing.unpack(blob), _article_texts(conn, file_id, 1))
        conn.execute("UPDATE files SET text_zlib = ? WHERE id = ?", (packed, file_id))
    pages = conn.execute(
        "SELECT id, number, text_zlib FROM pages WHERE file_id = ?", (file_id,)
    ).fetchall()
    for page_id, number, blob in pages:
        if not needs_articles(blob):
            packed = pack(packing.unpack(blob), _article_texts(conn, file_id, number))
            conn.execute("UPDATE pages SET text_zlib = ? WHERE id = ?", (packed, page_id))


def _article_texts(conn: sqlite3.Connection, file_id: int, page: int) -> list[str]:
    rows = conn.execute(
        "SELECT text_zlib FROM articles WHERE file_id = ? AND page = ? ORDER BY idx, key",
        (file_id, page),
    )
    return [packing.unpack(blob) for (blob,) in rows]
