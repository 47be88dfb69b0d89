"""What every printed document shares: the embedded font, styles, page templates and escaping.

Only DejaVu Sans (shipped in ``resources/fonts`` with its licence) is used, registered as a
TrueType font so it is embedded and covers Norwegian and Sámi letters. Nothing may fall back to
one of the standard-14 PDF fonts: every style, table style, canvas and chart sets its font, and
the canvas is created with ``initialFontName`` so even the page preamble names DejaVu Sans.

All text that comes from users or files goes through :func:`esc` before it becomes Paragraph
markup, so ``<font size=60>`` or ``& <b>`` print as written.

The code lives in :mod:`.pdf_style` (fonts, colours, escaping, paragraph styles),
:mod:`.pdf_tables` (cell text wrapping, flowables and tables) and :mod:`.pdf_canvas` (page
templates, the numbered canvas, writing to disk); this module re-exports all of it.
"""

from __future__ import annotations

from kommunesamarbeid.fileio.pdf_canvas import (
    DocumentTemplate,
    NumberedCanvas,
    canvas_maker,
    table_of_contents,
    write_atomically,
)

# Re-exports. The noqa covers the names outside __all__ (margins, colours, cell sizes), which
# were importable from here before the code moved and stay so.
from kommunesamarbeid.fileio.pdf_style import (  # noqa: F401
    ACCENT,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    HEADER_BG,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
    TEXT,
    TOTAL_BG,
    WARNING_BG,
    Styles,
    clean,
    esc,
    fmt_date,
    fmt_number,
    fmt_percent,
    register_fonts,
    styles,
)
from kommunesamarbeid.fileio.pdf_tables import (  # noqa: F401
    CELL_LEADING,
    CELL_PADDING,
    CELL_SIZE,
    CELL_VERTICAL_PADDING,
    SMALL_LEADING,
    SMALL_SIZE,
    CellParagraph,
    DocTable,
    Heading,
    base_table_style,
    bullet_list,
    cell,
    data_table,
    heading,
    key_value_table,
    paragraphs,
    plain_cell,
    signature_block,
    table_heading,
    truncate,
    warning_box,
    wrap_plain,
)

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
