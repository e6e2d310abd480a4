"""Placeholder while the real stages land: every line becomes leftover (nothing lost)."""

from reader.ingest.model import Leftover, Page


def reconstruct(text: str, name: str, encoding: str) -> Page:
    lines = text.splitlines()
    return Page(file=name, encoding=encoding,
                leftover=[Leftover(no, line.strip()) for no, line in enumerate(lines, 1) if line.strip()])
