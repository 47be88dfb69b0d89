"""Text wrapping for table cells, and the flowables and tables the documents are built of."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kommunesamarbeid.fileio.pdf_style import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    HEADER_BG,
    MUTED,
    RULE,
    TEXT,
    TOTAL_BG,
    WARNING_BG,
    clean,
    esc,
    keep_together,
    styles,
)

__all__ = [
    "CellParagraph",
    "DocTable",
    "Heading",
    "base_table_style",
    "bullet_list",
    "cell",
    "data_table",
    "heading",
    "key_value_table",
    "paragraphs",
    "plain_cell",
    "signature_block",
    "table_heading",
    "truncate",
    "warning_box",
    "wrap_plain",
]

_BLANK_LINES = re.compile(r"\n\s*\n")
#: Words for wrapping: a no-break space (``keep_together``) does not end a word.
_WORD = re.compile(r"[^ \t\n\r\f\v]+")


def truncate(text: str, width: float, font: str, size: float) -> str:
    """Cut ``text`` with "…" so it fits ``width`` points (for canvas strings and chart labels)."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    ellipsis = "…"
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + ellipsis, font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ellipsis


#: Table cell text: size and leading of ordinary and small (secondary) cells.
CELL_SIZE: Final = 8.0
CELL_LEADING: Final = 10.2
SMALL_SIZE: Final = 7.0
SMALL_LEADING: Final = 9.0
CELL_PADDING: Final = 4.0
CELL_VERTICAL_PADDING: Final = 3.0


@cache
def _space_width(font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(" ", font, size))


_word_widths: dict[tuple[str, str, float], float] = {}


def _word_width(word: str, font: str, size: float) -> float:
    key = (word, font, size)
    width = _word_widths.get(key)
    if width is None:
        if len(_word_widths) > 200_000:
            _word_widths.clear()
        width = _word_widths[key] = float(pdfmetrics.stringWidth(word, font, size))
    return width


def _split_long_word(word: str, width: float, font: str, size: float) -> list[str]:
    pieces: list[str] = []
    rest = word
    while rest and _word_width(rest, font, size) > width:
        low, high = 1, len(rest)
        while low < high:  # the longest prefix that fits (at least one character)
            mid = (low + high + 1) // 2
            if pdfmetrics.stringWidth(rest[:mid], font, size) <= width:
                low = mid
            else:
                high = mid - 1
        cut = low
        for i in range(low - 1, max(0, low // 4) - 1, -1):  # prefer a break after - _ . / @
            if rest[i] in "-_./@":
                cut = i + 1
                break
        pieces.append(rest[:cut])
        rest = rest[cut:]
    if rest:
        pieces.append(rest)
    return pieces


def wrap_plain(text: object, width: float, font: str = FONT, size: float = CELL_SIZE) -> str:
    """User text broken into lines that fit ``width`` points, as one plain string with newlines.

    For the high-volume line tables: a plain string in a table cell is drawn literally (no
    markup is parsed, so nothing needs escaping) and costs far less than a Paragraph. Words are
    kept whole where they fit; a word longer than the line is split.
    """
    value = keep_together(clean(text))
    if not value:
        return ""
    if "\n" not in value and _word_width(value, font, size) <= width:
        return value  # fits as it is (most references, codes and short texts)
    space = _space_width(font, size)
    lines: list[str] = []
    for para in value.split("\n"):
        words = _WORD.findall(para)
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = _word_width(word, font, size)
            pieces = _split_long_word(word, width, font, size) if w > width else [word]
            for piece in pieces:
                pw = w if len(pieces) == 1 else _word_width(piece, font, size)
                if current and used + space + pw > width:
                    lines.append(" ".join(current))
                    current, used = [piece], pw
                elif current:
                    current.append(piece)
                    used += space + pw
                else:
                    current, used = [piece], pw
        lines.append(" ".join(current))
    return "\n".join(lines)


def plain_cell(text: object, col_width: float, *, bold: bool = False, small: bool = False) -> str:
    """A table cell of pre-wrapped plain text for a column ``col_width`` points wide."""
    font = FONT_BOLD if bold else FONT
    size = SMALL_SIZE if small else CELL_SIZE
    return wrap_plain(text, col_width - 2 * CELL_PADDING, font, size)


# ---------------------------------------------------------------------------------------------
# Flowable helpers


def _dry_run(canv: Any) -> bool:
    """True while the document is laid out only to count pages (first pass of a TOC build)."""
    return bool(getattr(getattr(canv, "_doctemplate", None), "dry_run", False))


class DocTable(Table):
    """A Table that is laid out but not drawn in the first (page-counting) pass.

    Rows are never split (reportlab's default), and a page break never leaves a lone row: at
    least two body rows stay under the header at the foot of a page and at least two go on to
    the next one (a total row never stands alone).
    """

    #: The fewest body rows on either side of a page break.
    MIN_ROWS = 2

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        n = int(super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans))
        rows = len(self._rowHeights)
        if n <= 0 or n >= rows:
            return n
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = rows - head
        if body < 2 * self.MIN_ROWS:
            return 0  # too short to split well: the whole table goes to the next page
        n = min(n, rows - self.MIN_ROWS)
        return n if n - head >= self.MIN_ROWS else 0

    def draw(self) -> None:
        if _dry_run(self.canv):
            return
        super().draw()


class CellParagraph(Paragraph):
    """A Paragraph for table cells that remembers its line breaking for a given width.

    A table wraps every cell again each time it is split across pages and on each pass of a
    two-pass build; the column width never changes, so the first result is reused. (Pure-Python
    reportlab spends most of its time breaking lines; this makes large tables affordable.)
    """

    _cached_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._cached_width == availWidth:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._cached_width = availWidth
        return width, height

    def draw(self) -> None:
        if _dry_run(self.canv):
            return
        super().draw()


def cell(text: object, style: ParagraphStyle | None = None) -> CellParagraph:
    """Escaped user text as a wrapping table cell."""
    return CellParagraph(esc(text), style or styles().cell)


class Heading(Paragraph):
    """A heading that becomes a table-of-contents entry and a PDF outline entry."""

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, key: str, toc: bool):
        super().__init__(esc(text), style)
        self.toc_text = clean(text)
        self.toc_level = level
        self.toc_key = key
        self.in_toc = toc


_heading_keys = itertools.count(1)


def heading(text: str, level: int = 0, *, toc: bool = True) -> Heading:
    """A section heading (level 0) or subsection heading (level 1)."""
    st = styles()
    style = st.h1 if level == 0 else st.h2
    return Heading(text, style, level=level, key=f"h{next(_heading_keys)}", toc=toc)


def table_heading(
    text: str, *, outline: bool = True, small: bool = False, min_space: float = 45 * mm
) -> list[Flowable]:
    """A heading over a table that may run over several pages.

    ``keepWithNext`` would move a long table and its heading to a new page, leaving the rest
    of the current page empty; instead a new page is started only when less than
    ``min_space`` is left, and the table starts right under its heading.
    """
    st = styles()
    base = st.h3 if small else st.h2
    style = ParagraphStyle(f"{base.name}-table", parent=base, keepWithNext=0)
    flowable: Flowable
    if outline:
        flowable = Heading(text, style, level=1, key=f"h{next(_heading_keys)}", toc=False)
    else:
        flowable = Paragraph(esc(text), style)
    return [CondPageBreak(min_space), flowable]


def paragraphs(
    text: str | None, style: ParagraphStyle | None = None, *, empty: str = "–"
) -> list[Flowable]:
    """User text split into paragraphs at blank lines; single newlines become line breaks."""
    style = style or styles().body
    value = clean(text).strip()
    if not value:
        return [Paragraph(esc(empty), styles().note)]
    return [Paragraph(esc(part.strip()), style) for part in _BLANK_LINES.split(value)]


def bullet_list(items: Iterable[str], style: ParagraphStyle | None = None) -> list[Flowable]:
    """A plain bullet list; each item is escaped."""
    style = style or styles().body
    item_style = ParagraphStyle(
        f"{style.name}-bullet",
        parent=style,
        leftIndent=12,
        bulletIndent=2,
        bulletFontName=FONT,
        spaceAfter=2,
    )
    return [Paragraph(esc(item), item_style, bulletText="•") for item in items]


def base_table_style(
    *,
    header_rows: int = 1,
    right_cols: Sequence[int] = (),
    total_rows: Sequence[int] = (),
    small_cols: Sequence[int] = (),
) -> list[tuple[Any, ...]]:
    """The calm standard: grey header, thin horizontal rules, bold totals, right-aligned amounts.

    ``small_cols`` print their plain-text body cells smaller and grey (secondary information).
    """
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_VERTICAL_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_VERTICAL_PADDING),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands += [
            ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.75, TEXT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    for col in right_cols:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    for col in small_cols:
        commands += [
            ("FONTSIZE", (col, header_rows), (col, -1), SMALL_SIZE),
            ("LEADING", (col, header_rows), (col, -1), SMALL_LEADING),
            ("TEXTCOLOR", (col, header_rows), (col, -1), MUTED),
        ]
    for row in total_rows:
        commands += [
            ("FONTNAME", (0, row), (-1, row), FONT_BOLD),
            ("BACKGROUND", (0, row), (-1, row), TOTAL_BG),
            ("LINEABOVE", (0, row), (-1, row), 0.75, TEXT),
        ]
    return commands


def data_table(
    rows: list[list[Any]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    right_cols: Sequence[int] = (),
    total_rows: Sequence[int] = (),
    small_cols: Sequence[int] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A table whose header repeats on every page it spans.

    Plain-string header labels are wrapped to their columns (in bold). Body rows whose cells are all plain strings get their height computed here (lines times
    leading), so reportlab does not measure them again each time the table is split.
    """
    small = set(small_cols)
    rows = [
        [
            plain_cell(value, width, bold=True) if isinstance(value, str) else value
            for value, width in zip(row, col_widths, strict=True)
        ]
        if index < header_rows
        else row
        for index, row in enumerate(rows)
    ]
    heights: list[float | None] = []
    for index, row in enumerate(rows):
        if index < header_rows or not all(isinstance(value, str) for value in row):
            heights.append(None)
            continue
        lines = max(
            (value.count("\n") + 1) * (SMALL_LEADING if col in small else CELL_LEADING)
            for col, value in enumerate(row)
        )
        heights.append(lines + 2 * CELL_VERTICAL_PADDING)
    table = DocTable(
        rows,
        colWidths=list(col_widths),
        rowHeights=heights,
        repeatRows=header_rows,
        hAlign="LEFT",
    )
    style = base_table_style(
        header_rows=header_rows,
        right_cols=right_cols,
        total_rows=total_rows,
        small_cols=small_cols,
    )
    table.setStyle(TableStyle(style + list(extra)))
    return table


def key_value_table(
    pairs: Sequence[tuple[str, Any]], *, key_width: float = 62 * mm, width: float = CONTENT_WIDTH
) -> Table:
    """Two columns: a bold label (ours) and a value (escaped text or a ready flowable)."""
    st = styles()
    rows: list[list[Any]] = []
    for key, value in pairs:
        value_cell = value if isinstance(value, Flowable) else CellParagraph(esc(value), st.cell)
        rows.append([CellParagraph(esc(key), st.cell_bold), value_cell])
    table = DocTable(rows, colWidths=[key_width, width - key_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                *base_table_style(header_rows=0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LINEABOVE", (0, 0), (-1, 0), 0.75, TEXT),
            ]
        )
    )
    return table


def warning_box(messages: Sequence[tuple[str, str]], *, title: str) -> Table:
    """Warnings, clearly marked in black and white: a heavy left bar, grey ground, bold label.

    ``messages`` are (concerns, message) pairs; both are escaped.
    """
    st = styles()
    rows: list[list[Any]] = [[Paragraph(f"⚠ {esc(title.upper())}", st.warning_label), ""]]
    for concerns, message in messages:
        rows.append(
            [
                CellParagraph(esc(concerns), st.warning_label),
                CellParagraph(esc(message), st.warning),
            ]
        )
    table = DocTable(
        rows, colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm], hAlign="LEFT", repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("SPAN", (0, 0), (1, 0)),
                ("BACKGROUND", (0, 0), (-1, -1), WARNING_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 3.5, TEXT),
                ("BOX", (0, 0), (-1, -1), 0.5, TEXT),
                ("LINEBELOW", (0, 1), (-1, -2), 0.25, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ]
        )
    )
    return table


def signature_block(
    heading_text: str,
    *,
    subtitle: str = "",
    fields: Sequence[tuple[str, str]] = (("Navn", ""), ("Tittel", ""), ("Dato", "")),
    width: float = CONTENT_WIDTH,
    signature_label: str = "Signatur",
) -> KeepTogether:
    """One signature block that never splits across pages.

    A bold heading, an optional line under it, then two columns of labelled lines (prefilled
    values are printed above the line) and a long "Signatur" line at the bottom.
    """
    st = styles()
    label_style = ParagraphStyle("SigLabel", parent=st.cell, fontSize=7, textColor=MUTED)
    value_style = ParagraphStyle("SigValue", parent=st.cell, fontSize=9, leading=12)
    half = width / 2
    cells: list[list[Any]] = []
    pairs = list(fields)
    for i in range(0, len(pairs), 2):
        row_values: list[Any] = []
        row_labels: list[Any] = []
        for label, value in pairs[i : i + 2]:
            row_values.append(Paragraph(esc(value) or "&nbsp;", value_style))
            row_labels.append(Paragraph(esc(label), label_style))
        while len(row_values) < 2:
            row_values.append("")
            row_labels.append("")
        cells.append(row_values)
        cells.append(row_labels)
    cells.append([Paragraph("&nbsp;", value_style), ""])
    cells.append([Paragraph(esc(signature_label), label_style), ""])
    table = DocTable(cells, colWidths=[half, half], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 14),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("SPAN", (0, len(cells) - 2), (1, len(cells) - 2)),
        ("SPAN", (0, len(cells) - 1), (1, len(cells) - 1)),
    ]
    for r in range(0, len(cells), 2):
        commands.append(("TOPPADDING", (0, r), (-1, r), 10))
        commands.append(("LINEBELOW", (0, r), (0, r), 0.6, TEXT))
        if r < len(cells) - 2:
            commands.append(("LINEBELOW", (1, r), (1, r), 0.6, TEXT))
    commands.append(("TOPPADDING", (0, len(cells) - 2), (-1, len(cells) - 2), 18))
    table.setStyle(TableStyle(commands))
    title_style = ParagraphStyle("SigHeading", parent=st.h3, spaceBefore=0, spaceAfter=1)
    parts: list[Flowable] = [Paragraph(esc(heading_text), title_style)]
    if subtitle:
        parts.append(Paragraph(esc(subtitle), st.note))
    parts += [table, Spacer(1, 16)]
    return KeepTogether(parts)
