"""Re-wrap a page's body text at another column width, as a second PDF extraction might."""

from __future__ import annotations


def rewrap(text: str, width: int) -> str:
    """Re-flow every run of three or more wrapped body lines to `width` characters.

    Paragraph starts (indented lines), bylines (□) and lone lines (headlines) keep their place;
    the blank line between runs is doubled, so column breaks move too.
    """
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) < 3:
            out.extend(run)
        else:
            out.extend(_flow(run, width))
        run.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
            out.extend(["", ""])
            continue
        if stripped.startswith("□") or line[:1] in (" ", "\u3000"):
            flush()
        if stripped.startswith("□"):
            out.append(line)
            continue
        run.append(line)
    flush()
    return "\n".join(out) + "\n"


def _flow(lines: list[str], width: int) -> list[str]:
    indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
    text = "".join(line.strip() for line in lines)
    pieces = [text[i : i + width] for i in range(0, len(text), width)]
    return [indent + pieces[0], *pieces[1:]]
