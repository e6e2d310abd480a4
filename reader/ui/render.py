"""Article in, HTML out: the reading pane's markup, built without Qt so it is quick to test.

    render_article(article, labels=Labels(), notes=(), marks=(), terms=()) -> str
    Labels(kinds, city_wide, dateline, place, note)   the translated words the markup needs
    figure_tooltip(figure, labels) -> str        e.g. "money: 206,890,000 元 · 投入资金"
    format_value(kind, value) -> str             279600 -> "279,600"
    display_title(title, text) -> str            a title, or the first words of a caption
    find_marks(text, terms) -> [(start, end)]    where search terms occur in the article text
    block_offsets(body) -> [int]                 where each body block starts in article.text

`article` is the store's ArticleDetail (any object with its attributes; figures and blocks
may be dicts). The document is the header (kicker, the title or the caption's first words as
<h1>, subtitle, a meta line "byline · dateline · place", a legend of the figure kinds present,
a rule) and then one document block per body block (<p>, or <h3> for a heading), in order, so
`block_offsets` maps text offsets to blocks. Every piece of article text goes through
`html.escape` before it becomes markup, so a page that contains `<img …>` shows those
characters. Figures are highlighted with translucent colours that read on light and dark
palettes alike; `notes` (start/end offsets into `article.text`) are underlined; `marks`
(offsets too) are search hits, set in bold, hit i with an anchor `hit{i}`; `terms` are set
the same way where they occur in the headline.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field

FIGURE_COLOURS = {
    "money": "rgba(255, 150, 0, 0.35)",
    "percent": "rgba(0, 140, 255, 0.30)",
    "count": "rgba(0, 185, 80, 0.30)",
    "date": "rgba(175, 80, 255, 0.30)",
    "other": "rgba(128, 128, 128, 0.30)",
}
NOTE_COLOUR = "rgba(255, 220, 0, 0.30)"
HIT_COLOUR = "rgba(255, 0, 110, 0.50)"  # magenta: far from money orange, on light and dark
UNTITLED_WORDS = 16


@dataclass(frozen=True)
class Labels:
    """Translated words the markup needs (the Qt side fills these with tr())."""

    kinds: dict = field(
        default_factory=lambda: {
            "money": "money",
            "percent": "percent",
            "count": "count",
            "date": "date",
            "other": "number",
        }
    )
    city_wide: str = "city-wide"
    dateline: str = "dateline"
    place: str = "place"
    note: str = "note"


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    figure: object | None
    note: bool
    hit: int | None


def display_title(title: str | None, text: str | None) -> str:
    """The article's title, or the first words of its text when it has none (a photo caption)."""
    if title:
        return title
    words = " ".join((text or "").split())
    if len(words) > UNTITLED_WORDS:
        return words[:UNTITLED_WORDS] + "…"
    return words or "…"


def format_value(kind: str, value) -> str:
    """A figure's value as a reader checks it: grouped digits, a percent sign for percents."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            number = f"{int(value):,}"
        else:
            number = f"{value:,.4f}".rstrip("0").rstrip(".")
        return number + "%" if kind == "percent" else number
    return str(value)


def figure_tooltip(figure, labels: Labels) -> str:
    """Kind and full value, in the ledger's words when the figure has its ledger fields
    (`shown`: "206,890,000 元", a date's ISO form; `label`: what it counts)."""
    kind = _get(figure, "kind") or "other"
    value = _get(figure, "shown") or format_value(kind, _get(figure, "value"))
    label = labels.kinds.get(kind, kind)
    text = f"{label}: {value}" if value else label
    counted = _get(figure, "label")
    return f"{text} · {counted}" if counted else text


def find_marks(text: str, terms) -> list[tuple[int, int]]:
    """Every occurrence of each non-empty term in `text`, sorted, overlaps merged."""
    spans = []
    for term in {t for t in terms if t and t.strip()}:
        start = text.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = text.find(term, start + len(term))
    return _merge(sorted(spans))


def render_article(article, labels: Labels = Labels(), notes=(), marks=(), terms=()) -> str:
    """The whole reading-pane document for one article; `terms` are marked in the headline."""
    return _render_header(article, labels, terms) + _render_body(article, labels, notes, marks)


def block_offsets(body) -> list[int]:
    """Offset of each body block in the article text (blocks joined with "\\n")."""
    offsets, position = [], 0
    for block in body:
        offsets.append(position)
        position += len(_get(block, "text")) + 1
    return offsets


def _render_header(article, labels: Labels, terms=()) -> str:
    parts = []
    kicker, title, subtitle = (_get(article, name) for name in ("kicker", "title", "subtitle"))
    if kicker:
        parts.append(f'<p style="margin-bottom:2px;">{_marked(kicker, terms)}</p>')
    heading = title or display_title(None, _get(article, "text"))
    parts.append(f'<h1 style="margin-top:4px; margin-bottom:4px;">{_marked(heading, terms)}</h1>')
    if subtitle:
        parts.append(f'<h3 style="margin-top:0px;">{_marked(subtitle, terms)}</h3>')
    meta = _meta_line(article, labels)
    if meta:
        parts.append(f'<p style="margin-top:6px;"><i>{meta}</i></p>')
    kinds = sorted(
        {_get(f, "kind") or "other" for f in _get(article, "figures") or []},
        key=list(FIGURE_COLOURS).index,
    )
    if kinds:
        legend = " ".join(
            f'<span style="background-color:{FIGURE_COLOURS[k]}">&nbsp;'
            f"{_esc(labels.kinds.get(k, k))}&nbsp;</span>"
            for k in kinds
        )
        parts.append(f'<p style="margin-top:2px;"><small>{legend}</small></p>')
    parts.append("<hr/>")
    return "\n".join(parts) + "\n"


def _meta_line(article, labels: Labels) -> str:
    byline, dateline = _get(article, "byline"), _get(article, "dateline")
    city, county = _get(article, "city"), _get(article, "county")
    place = county or (f"{city} ({labels.city_wide})" if city else "")
    items = [
        byline,
        f"{labels.dateline}: {dateline}" if dateline else None,
        f"{labels.place}: {place}" if place else None,
    ]
    return " · ".join(_esc(item) for item in items if item)


def _render_body(article, labels: Labels, notes, marks) -> str:
    body = _get(article, "body") or []
    offsets = block_offsets(body)
    figures_by_block: dict[int, list] = {}
    for figure in _get(article, "figures") or []:
        figures_by_block.setdefault(_get(figure, "block"), []).append(figure)
    note_spans = _merge(
        sorted((s, e) for s, e in notes if s is not None and e is not None and e > s)
    )
    mark_spans = list(marks)
    out = []
    for number, block in enumerate(body):
        text, start = _get(block, "text"), offsets[number]
        runs = _runs(text, start, figures_by_block.get(number, []), note_spans, mark_spans)
        inner = "".join(_render_run(text, run, labels) for run in runs)
        if _get(block, "type") == "heading":
            out.append(f'<h3 style="margin-top:14px; white-space:pre-wrap;">{inner}</h3>')
        else:
            out.append(f'<p style="margin-top:6px; white-space:pre-wrap;">{inner}</p>')
    return "\n".join(out)


def _runs(text, block_start, figures, notes, marks) -> list[_Run]:
    """Cut one block's text where any figure, note or hit starts or ends."""
    length = len(text)
    local_figures = [(max(0, _get(f, "start")), min(length, _get(f, "end")), f) for f in figures]
    local_notes = _localise(notes, block_start, length)
    local_marks = [(s, e, i) for i, (s, e) in enumerate(marks)]
    local_marks = [
        (s - block_start, e - block_start, i)
        for s, e, i in local_marks
        if e > block_start and s < block_start + length
    ]
    cuts = {0, length}
    for s, e, *_ in local_figures + local_notes + local_marks:
        cuts.update((max(0, min(length, s)), max(0, min(length, e))))
    edges = sorted(cuts)
    runs = []
    for s, e in itertools.pairwise(edges):
        figure = next((f for fs, fe, f in local_figures if fs <= s and e <= fe), None)
        note = any(ns <= s and e <= ne for ns, ne in local_notes)
        hit = next((i for ms, me, i in local_marks if ms <= s and e <= me), None)
        runs.append(_Run(s, e, figure, note, hit))
    return runs


def _render_run(text: str, run: _Run, labels: Labels) -> str:
    piece = _esc(text[run.start : run.end])
    if run.figure is None and not run.note and run.hit is None:
        return piece
    styles, title = [], ""
    if run.figure is not None:
        kind = _get(run.figure, "kind") or "other"
        styles.append(f"background-color:{FIGURE_COLOURS.get(kind, FIGURE_COLOURS['other'])}")
        title = figure_tooltip(run.figure, labels)
    if run.note:
        styles.append("text-decoration:underline")
        if run.figure is None:
            styles.append(f"background-color:{NOTE_COLOUR}")
        title = title or labels.note
    if run.hit is not None:
        styles.append(f"background-color:{HIT_COLOUR}; font-weight:bold")
    anchor = f'<a name="hit{run.hit}"></a>' if run.hit is not None else ""
    title_attr = f' title="{_esc(title)}"' if title else ""
    return f'{anchor}<span style="{"; ".join(styles)}"{title_attr}>{piece}</span>'


def _marked(text: str, terms) -> str:
    """Escaped text with the search terms in it set in bold on the hit colour."""
    out, position = [], 0
    for start, end in find_marks(text, terms):
        out.append(_esc(text[position:start]))
        out.append(
            f'<span style="background-color:{HIT_COLOUR}; font-weight:bold">'
            f"{_esc(text[start:end])}</span>"
        )
        position = end
    out.append(_esc(text[position:]))
    return "".join(out)


def _localise(spans, block_start, length):
    return [
        (s - block_start, e - block_start)
        for s, e in spans
        if e > block_start and s < block_start + length
    ]


def _merge(spans):
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _get(item, name):
    """Attribute or mapping key: the store gives dataclasses, figures may come as dicts."""
    if isinstance(item, dict):
        return item.get(name)
    return getattr(item, name, None)
