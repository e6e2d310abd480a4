"""The errors the library raises: each carries a one-line message meant for the user.

LibraryError       base class (a bad quote, a tag name that is empty, a file newer than us)
ArticleNotFound    no article with that id
NoteNotFound       no note with that id
LibraryBusy        another process held the write lock longer than the busy timeout
LibraryNotFound    no library at the path, and the caller asked not to create one
LibraryGone        the open library file (or its -wal) was deleted or replaced meanwhile
"""

from __future__ import annotations


class LibraryError(Exception):
    """Something the user asked for cannot be done; `str(error)` says why in one line."""


class ArticleNotFound(LibraryError, KeyError):
    def __init__(self, article_id: str):
        super().__init__(f"no article with id {article_id!r}")
        self.article_id = article_id

    def __str__(self) -> str:  # KeyError would add quotes around the message
        return self.args[0]


class NoteNotFound(LibraryError, KeyError):
    def __init__(self, note_id: int):
        super().__init__(f"no note with id {note_id!r}")
        self.note_id = note_id

    def __str__(self) -> str:
        return self.args[0]


class LibraryBusy(LibraryError):
    """The library file stayed locked by another writer for longer than the busy timeout."""


class LibraryNotFound(LibraryError):
    """`Library(path, create=False)` (or read-only) on a path where no file is."""

    def __init__(self, path):
        super().__init__(f"no library at {path}")
        self.path = path


class LibraryGone(LibraryError):
    """The library file or its -wal is no longer the one that was opened (deleted, replaced):
    nothing more is written; `Library.save_copy_to` can still save what the connection holds."""
