"""What every printed document shares: the embedded font, styles, page templates and escaping.

Only DejaVu Sans (shipped in ``resources/fonts`` with its licence) is used, registered as a
TrueType font so it is embedded and covers Norwegian and Sámi letters. Nothing may fall back to
one of the standard-14 PDF fonts: every style, table style, canvas and chart sets its font, and
the canvas is created with ``initialFontName`` so even the page preamble names DejaVu Sans.

All text that comes from users or files goes through :func:`esc` before it becomes Paragraph
markup, so ``<font size=60>`` or ``& <b>`` print as written.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache, partial
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape as _xml_escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from kommunesamarbeid.paths import resource_path

__all__ = [
    "ACCENT",
    "CONTENT_HEIGHT",
    "CONTENT_WIDTH",
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "PAGE_SIZE",
    "TEXT",
    "CellParagraph",
    "DocTable",
    "DocumentTemplate",
    "Heading",
    "NumberedCanvas",
    "Styles",
    "base_table_style",
    "bullet_list",
    "canvas_maker",
    "cell",
    "clean",
    "data_table",
    "esc",
    "fmt_date",
    "fmt_number",
    "fmt_percent",
    "heading",
    "key_value_table",
    "paragraphs",
    "plain_cell",
    "register_fonts",
    "signature_block",
    "styles",
    "table_heading",
    "table_of_contents",
    "truncate",
    "warning_box",
    "wrap_plain",
    "write_atomically",
]

FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"
FONT_ITALIC: Final = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC: Final = "DejaVuSans-BoldOblique"
_FONT_FILES: Final = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAGE_SIZE: Final = A4
MARGIN_LEFT: Final = 25 * mm
MARGIN_RIGHT: Final = 25 * mm
MARGIN_TOP: Final = 30 * mm
MARGIN_BOTTOM: Final = 24 * mm
CONTENT_WIDTH: Final = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT: Final = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

ACCENT: Final = colors.HexColor("#1F3A5F")  # dark blue; prints as a dark grey
TEXT: Final = colors.HexColor("#1A1A1A")
MUTED: Final = colors.HexColor("#555555")
RULE: Final = colors.HexColor("#9AA1A9")
HEADER_BG: Final = colors.HexColor("#E4E7EB")
TOTAL_BG: Final = colors.HexColor("#F1F2F4")
WARNING_BG: Final = colors.HexColor("#F3F3F3")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n")


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) once; embedded in every PDF that uses it."""
    for name, file_name in _FONT_FILES.items():
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(
                f"Fant ikke skrifttypen {file_name} i {path.parent} (installasjonen er ufullstendig)."
            )
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
    )


# ---------------------------------------------------------------------------------------------
# Text


def clean(text: object) -> str:
    """User text as a plain one-piece string: None -> "", control characters removed."""
    if text is None:
        return ""
    value = str(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", value)


def esc(text: object) -> str:
    """The one escape for Paragraph markup: &, < and > become entities; newlines become <br/>.

    Every piece of user or file text passes through here before it enters a Paragraph, so markup
    in the data ("<font size=60>", "& <b>") prints literally.
    """
    value = _xml_escape(clean(text))
    return value.replace("\n", "<br/>")


def fmt_date(value: dt.date | None, *, unknown: str = "Ikke fastsatt") -> str:
    """A date as Norwegians write it: 01.03.2026."""
    if value is None:
        return unknown
    return value.strftime("%d.%m.%Y")


def fmt_number(value: float, *, decimals: int = 1) -> str:
    """2.0 -> "2", 1.5 -> "1,5" (decimal comma, trailing zeros left out)."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".") if decimals else f"{value:.0f}"
    return text.replace(".", ",")


def fmt_percent(value: float | None, *, decimals: int = 1) -> str:
    """30 -> "30 %", 12.345 -> "12,3 %"; None -> "–"."""
    if value is None:
        return "–"
    return f"{fmt_number(value, decimals=decimals)} %"


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
    value = clean(text)
    if not value:
        return ""
    if "\n" not in value and _word_width(value, font, size) <= width:
        return value  # fits as it is (most references, codes and short texts)
    space = _space_width(font, size)
    lines: list[str] = []
    for para in value.split("\n"):
        words = para.split()
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
# Styles


class Styles:
    """The paragraph styles of all documents; every one names an embedded font."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle(
            "Body",
            fontName=FONT,
            fontSize=9.5,
            leading=14,
            textColor=TEXT,
            spaceAfter=5,
            bulletFontName=FONT,
            alignment=TA_LEFT,
        )
        self.body = base
        self.body_small = ParagraphStyle(
            "BodySmall", parent=base, fontSize=8.5, leading=12, spaceAfter=3
        )
        self.note = ParagraphStyle(
            "Note",
            parent=base,
            fontName=FONT_ITALIC,
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceBefore=3,
        )
        self.body_tight = ParagraphStyle(
            "BodyTight", parent=base, fontSize=9, leading=12.6, spaceAfter=4
        )
        self.h1 = ParagraphStyle(
            "Heading1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=20,
            spaceAfter=10,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "Heading2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "Heading3",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=9.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.cover_kicker = ParagraphStyle(
            "CoverKicker",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10,
            leading=14,
            textColor=MUTED,
            spaceAfter=8,
        )
        self.cover_title = ParagraphStyle(
            "CoverTitle",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            textColor=ACCENT,
            spaceAfter=14,
        )
        self.cover_sub = ParagraphStyle(
            "CoverSub", parent=base, fontSize=11, leading=16, textColor=MUTED, spaceAfter=6
        )
        self.cell = ParagraphStyle(
            "Cell", parent=base, fontSize=8, leading=10.2, spaceAfter=0, spaceBefore=0
        )
        self.cell_bold = ParagraphStyle("CellBold", parent=self.cell, fontName=FONT_BOLD)
        self.cell_small = ParagraphStyle(
            "CellSmall", parent=self.cell, fontSize=7, leading=9, textColor=MUTED
        )
        self.cell_right = ParagraphStyle("CellRight", parent=self.cell, alignment=TA_RIGHT)
        self.cell_head = ParagraphStyle(
            "CellHead", parent=self.cell, fontName=FONT_BOLD, textColor=TEXT
        )
        self.cell_head_right = ParagraphStyle(
            "CellHeadRight", parent=self.cell_head, alignment=TA_RIGHT
        )
        self.warning = ParagraphStyle(
            "Warning", parent=base, fontSize=8.5, leading=12, spaceAfter=0
        )
        self.warning_label = ParagraphStyle(
            "WarningLabel", parent=self.warning, fontName=FONT_BOLD, fontSize=8
        )
        self.centered = ParagraphStyle("Centered", parent=base, alignment=TA_CENTER)
        self.toc_levels = [
            ParagraphStyle(
                "TOC0",
                parent=base,
                fontSize=10,
                leading=14,
                spaceBefore=3,
                spaceAfter=0,
                leftIndent=0,
                firstLineIndent=0,
                rightIndent=14,
            ),
            ParagraphStyle(
                "TOC1",
                parent=base,
                fontSize=9,
                leading=12.5,
                spaceAfter=0,
                leftIndent=14,
                firstLineIndent=0,
                textColor=MUTED,
                rightIndent=14,
            ),
        ]


@cache
def styles() -> Styles:
    return Styles()


# ---------------------------------------------------------------------------------------------
# Flowable helpers


def _dry_run(canv: Any) -> bool:
    """True while the document is laid out only to count pages (first pass of a TOC build)."""
    return bool(getattr(getattr(canv, "_doctemplate", None), "dry_run", False))


class DocTable(Table):
    """A Table that is laid out but not drawn in the first (page-counting) pass."""

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
    text: str | None, style: ParagraphStyle | None = None, *, empty: str = "Ikke utfylt."
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


def warning_box(messages: Sequence[tuple[str, str]], *, title: str = "Advarsler") -> Table:
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
    cells.append([Paragraph("Signatur", label_style), ""])
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


# ---------------------------------------------------------------------------------------------
# Page templates and page numbers


def _pdf_number(value: float) -> str:
    """A coordinate for the content stream (1/1000 pt is far below what print resolves)."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class NumberedCanvas(Canvas):
    """Draws "Side X av Y" on every page once the page count is known (at save time).

    It also draws plain strings (what table cells hold) faster: reportlab encodes each string
    for the embedded font's subsets in pure Python, and the same strings recur thousands of
    times in a large document (amounts, dates, CPV labels, column headers), so the encoded text
    operators are kept per font, size and text for the life of the canvas (one document pass;
    the subset codes never change within it).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", FONT)
        kwargs.setdefault("initialFontSize", 10)
        super().__init__(*args, **kwargs)
        self._saved_page_states: list[dict[str, Any]] = []
        self._text_ops: dict[tuple[str, float, float, str], str] = {}
        self._text_widths: dict[tuple[str, float, str], float] = {}

    # fast plain strings ------------------------------------------------------------------

    def _encoded(self, text: str) -> str | None:
        key = (self._fontname, self._fontsize, self._leading, text)
        ops = self._text_ops.get(key)
        if ops is None:
            if not getattr(pdfmetrics.getFont(self._fontname), "_dynamicFont", False):
                return None  # only the embedded TrueType fonts take the fast path
            ops = self._text_ops[key] = self.beginText(0, 0)._formatText(text)
        return ops

    def _width(self, text: str) -> float:
        key = (self._fontname, self._fontsize, text)
        width = self._text_widths.get(key)
        if width is None:
            width = self._text_widths[key] = float(
                pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
            )
        return width

    def _plain(self, **kwargs: Any) -> bool:
        return self.bottomup and not any(kwargs.values())

    def drawString(
        self,
        x: float,
        y: float,
        text: str,
        mode: Any = None,
        charSpace: float = 0,
        direction: Any = None,
        wordSpace: Any = None,
        shaping: bool = False,
    ) -> None:
        if isinstance(text, str) and self._plain(
            mode=mode,
            charSpace=charSpace,
            direction=direction,
            wordSpace=wordSpace,
            shaping=shaping,
        ):
            ops = self._encoded(text)
            if ops is not None:
                self._code.append(f"BT 1 0 0 1 {_pdf_number(x)} {_pdf_number(y)} Tm {ops} ET")
                return
        super().drawString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawRightString(
        self,
        x: float,
        y: float,
        text: str,
        mode: Any = None,
        charSpace: float = 0,
        direction: Any = None,
        wordSpace: Any = None,
        shaping: bool = False,
    ) -> None:
        if isinstance(text, str) and self._plain(
            mode=mode,
            charSpace=charSpace,
            direction=direction,
            wordSpace=wordSpace,
            shaping=shaping,
        ):
            self.drawString(x - self._width(text), y, text)
            return
        super().drawRightString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    def drawCentredString(
        self,
        x: float,
        y: float,
        text: str,
        mode: Any = None,
        charSpace: float = 0,
        direction: Any = None,
        wordSpace: Any = None,
        shaping: bool = False,
    ) -> None:
        if isinstance(text, str) and self._plain(
            mode=mode,
            charSpace=charSpace,
            direction=direction,
            wordSpace=wordSpace,
            shaping=shaping,
        ):
            self.drawString(x - self._width(text) / 2, y, text)
            return
        super().drawCentredString(x, y, text, mode, charSpace, direction, wordSpace, shaping)

    # page numbers ------------------------------------------------------------------------

    def showPage(self) -> None:
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        self.drawRightString(
            PAGE_SIZE[0] - MARGIN_RIGHT, 13 * mm, f"Side {self._pageNumber} av {total}"
        )
        self.restoreState()


def canvas_maker() -> Callable[..., Canvas]:
    register_fonts()
    return partial(NumberedCanvas, initialFontName=FONT, initialFontSize=10)


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Write compressed streams without the ASCII85 layer (smaller, and much faster in pure
    Python); reportlab reads the setting when it saves."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


class DocumentTemplate(BaseDocTemplate):
    """A4 with a cover template (no running header) and a normal template with header/footer.

    Headings made by :func:`heading` become TOC entries, bookmarks and PDF outline entries.
    """

    def __init__(
        self,
        out: Any,
        *,
        title: str,
        author: str,
        subject: str,
        header_left: str,
        header_right: str,
        footer_left: str = "",
        keywords: Sequence[str] = (),
        with_cover: bool = True,
    ) -> None:
        register_fonts()
        self.header_left = clean(header_left)
        self.header_right = clean(header_right)
        self.footer_left = clean(footer_left)
        super().__init__(
            out if isinstance(out, (str, bytes)) or hasattr(out, "write") else str(out),
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=clean(title),
            author=clean(author),
            subject=clean(subject),
            creator="kommunesamarbeid",
            keywords=[clean(k) for k in keywords],
            initialFontName=FONT,
            initialFontSize=10,
            lang="nb-NO",
        )
        normal_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            CONTENT_HEIGHT,
            id="normal",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        cover_frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_SIZE[1] - MARGIN_BOTTOM - 20 * mm,
            id="cover",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        normal = PageTemplate(id="normal", frames=[normal_frame], onPage=self._draw_normal_page)
        if with_cover:
            cover = PageTemplate(id="cover", frames=[cover_frame], onPage=self._draw_cover_page)
            self.addPageTemplates([cover, normal])
        else:
            self.addPageTemplates([normal])

    # page decoration ---------------------------------------------------------------------

    def _draw_cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, PAGE_SIZE[1] - 9 * mm, PAGE_SIZE[0], 9 * mm, stroke=0, fill=1)
        canv.restoreState()

    def _draw_normal_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        top = PAGE_SIZE[1] - 16 * mm
        right_width = pdfmetrics.stringWidth(self.header_right, FONT, 7.5)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(MUTED)
        left = truncate(self.header_left, CONTENT_WIDTH - right_width - 12, FONT, 7.5)
        canv.drawString(MARGIN_LEFT, top, left)
        canv.drawRightString(PAGE_SIZE[0] - MARGIN_RIGHT, top, self.header_right)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_LEFT, top - 2.5 * mm, PAGE_SIZE[0] - MARGIN_RIGHT, top - 2.5 * mm)
        canv.line(MARGIN_LEFT, 17 * mm, PAGE_SIZE[0] - MARGIN_RIGHT, 17 * mm)
        if self.footer_left:
            canv.drawString(
                MARGIN_LEFT, 13 * mm, truncate(self.footer_left, CONTENT_WIDTH - 80, FONT, 7.5)
            )
        canv.restoreState()

    # table of contents -------------------------------------------------------------------

    def afterFlowable(self, flowable: Flowable) -> None:
        if not isinstance(flowable, Heading):
            return
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.toc_text, key, level=flowable.toc_level, closed=True)
        if flowable.in_toc:
            self.notify("TOCEntry", (flowable.toc_level, esc(flowable.toc_text), self.page, key))

    # building ----------------------------------------------------------------------------

    #: True during the first pass of a two-pass build: tables are laid out, not drawn.
    dry_run = False

    def _on_progress(self, kind: str, value: int) -> None:
        if kind == "PASS":
            # the first pass only collects the table of contents' page numbers; nothing it
            # draws is kept, so the tables (most of the work) skip drawing then
            self.dry_run = value == 1

    def build_story(self, story: list[Flowable], *, with_toc: bool) -> None:
        maker = canvas_maker()
        with _binary_streams():
            if with_toc:
                self.setProgressCallBack(self._on_progress)
                try:
                    self.multiBuild(story, canvasmaker=maker)
                finally:
                    self.dry_run = False
            else:
                self.build(story, canvasmaker=maker)


def table_of_contents() -> TableOfContents:
    table_style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return TableOfContents(levelStyles=styles().toc_levels, dotsMinLevel=0, tableStyle=table_style)


def write_atomically(out: Path, build: Callable[[Path], None]) -> None:
    """Build into ``out``'s sibling temporary file, then move it into place."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        build(tmp)
        tmp.replace(out)
    finally:
        if tmp.exists():
            tmp.unlink()
