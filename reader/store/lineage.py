"""Which new article a tag or note goes to when a correction reshapes the same page text.

    follow(snapshot, old_lines, new) -> Snapshot
        old_lines: {old article id: its source line numbers}; new: {new article id:
        (its source line numbers, its text)}. Only for a page whose text is unchanged (a fix
        or an undo re-stores the same text), where line numbers name the same lines.

Before `relocate.restore` (which matches by id and likeness, the re-import rules), the
snapshot is re-pointed along the lines the articles share: a note whose passage left its
article (the second part of a split, an undone merge) goes to the article sharing its lines
that holds the passage; the tags and notes of an article that is gone (merged into another)
go to the article that took most of its lines; an article born of another's lines (a split's
second part, a merge undone) gets that article's tags.
"""

from __future__ import annotations

import dataclasses

from reader.store import anchors
from reader.store.relocate import OldArticle, OldNote, Snapshot

Lines = set[int]


def follow(
    snapshot: Snapshot, old_lines: dict[str, Lines], new: dict[str, tuple[Lines, str]]
) -> Snapshot:
    heirs = {old_id: _heirs(lines, new) for old_id, lines in old_lines.items()}
    notes = [_follow_note(note, heirs, new) for note in snapshot.notes]
    tags = _follow_tags(snapshot.tags, heirs, set(old_lines), new)
    articles = dict(snapshot.articles)
    for new_id in tags.keys() - articles.keys():  # born here: matched to itself by id
        articles[new_id] = OldArticle(new[new_id][1], None)
    return dataclasses.replace(snapshot, articles=articles, tags=tags, notes=notes)


def _heirs(lines: Lines, new: dict[str, tuple[Lines, str]]) -> list[str]:
    """New articles sharing the old one's lines, the one sharing most first."""
    shared = [(len(lines & their), new_id) for new_id, (their, _text) in new.items()]
    return [new_id for count, new_id in sorted(shared, key=lambda s: -s[0]) if count]


def _follow_note(note: OldNote, heirs: dict[str, list[str]], new: dict) -> OldNote:
    old_id = note.article_id
    if old_id is None or old_id not in heirs:
        return note
    candidates = ([old_id] if old_id in new else []) + [h for h in heirs[old_id] if h != old_id]
    if note.anchor is None:
        return dataclasses.replace(note, article_id=candidates[0]) if candidates else note
    holder = _holder(note.anchor, candidates, new)
    return dataclasses.replace(note, article_id=holder) if holder is not None else note


def _holder(anchor: anchors.Anchor, candidates: list[str], new: dict) -> str | None:
    """The first candidate with the exact quote, else the first that locates it."""
    for candidate in candidates:
        if anchor.quote in new[candidate][1]:
            return candidate
    for candidate in candidates:
        if anchors.locate(new[candidate][1], anchor) is not None:
            return candidate
    return None


def _follow_tags(
    tags: dict[str, list[int]], heirs: dict[str, list[str]], old_ids: set[str], new: dict
) -> dict[str, list[int]]:
    followed: dict[str, list[int]] = {}
    for old_id, tag_ids in tags.items():
        targets = [old_id] if old_id in new else heirs.get(old_id, [])[:1]
        targets += [h for h in heirs.get(old_id, []) if h not in old_ids]
        for target in targets or [old_id]:
            followed.setdefault(target, [])
            followed[target] += [t for t in tag_ids if t not in followed[target]]
    return followed
