"""The embedded font, page geometry, colours, escaping and paragraph styles of every document.

Only DejaVu Sans (shipped in ``resources/fonts`` with its licence) is used, registered as a
TrueType font so it is embedded and covers Norwegian and Sámi letters. Nothing may fall back to
one of the standard-14 PDF fonts: every style, table style, canvas and chart sets its font, and
the canvas is created with ``initialFontName`` so even the page preamble names DejaVu Sans.

All text that comes from users or files goes through :func:`esc` before it becomes Paragraph
markup, so ``<font size=60>`` or ``& <b>`` print as written.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Final
from xml.sax.saxutils import escape as _xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kommunesamarbeid.core.texts import BOKMAAL, Lang, render, tr
from kommunesamarbeid.paths import resource_path

__all__ = [
    "ACCENT",
    "CONTENT_HEIGHT",
    "CONTENT_WIDTH",
    "FONT",
    "FONT_BOLD",
    "FONT_BOLD_ITALIC",
    "FONT_ITALIC",
    "NBSP",
    "PAGE_SIZE",
    "TEXT",
    "Styles",
    "Tx",
    "clean",
    "esc",
    "fmt_date",
    "fmt_number",
    "fmt_percent",
    "keep_together",
    "register_fonts",
    "styles",
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

#: No line break inside "1 300 000 kr", "30 %", "§ 5-4", "4 år", "nr. 3".
NBSP: Final = "\u00a0"
_KEEP_TOGETHER = re.compile(
    r"(?<=\d) (?=\d{3}(?!\d))"  # thousands
    r"|(?<=\d) (?=(?:kr|mill\.|mrd\.|år|års|dager|dagar|uker|veker|måneder|månader)\b|%)"
    r"|(?<=§) (?=\d)|(?<=§§) (?=\d)|(?<=\bnr\.) (?=\d)|(?<=\bkap\.) (?=\d)"
    r"|(?<=\bFOA) (?=§)|(?<=\bDel) (?=I)|(?<=\bdel) (?=I)"
)


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


def keep_together(text: str) -> str:
    """Non-breaking spaces where a line break would split an amount, a percentage, a section
    reference or a number and its unit ("1 300 000 kr" never becomes "1 300 / 000 kr")."""
    return _KEEP_TOGETHER.sub(NBSP, text)


def esc(text: object) -> str:
    """The one escape for Paragraph markup: &, < and > become entities; newlines become <br/>.

    Every piece of user or file text passes through here before it enters a Paragraph, so markup
    in the data ("<font size=60>", "& <b>") prints literally.
    """
    value = _xml_escape(keep_together(clean(text)))
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


class Tx:
    """The document texts of one written standard: ``tx("cover.kicker")`` is the catalogue
    text ``doc.cover.kicker``; ``tx.r(value)`` renders a text from the rules in it."""

    def __init__(self, lang: Lang = BOKMAAL) -> None:
        self.lang: Lang = lang

    def __call__(self, key: str, /, **params: object) -> str:
        return tr(f"doc.{key}", self.lang, **params)

    def r(self, value: object) -> str:
        return render(value, self.lang)

    def date(self, value: dt.date | None) -> str:
        return fmt_date(value, unknown=self("common.not_set"))


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
            # a paragraph's last line is never left alone at the top of the next page
            allowWidows=0,
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
