"""The page templates, the numbered canvas ("Side X av Y") and writing a document to disk."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from kommunesamarbeid.fileio.pdf_style import (
    ACCENT,
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    FONT,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
    clean,
    esc,
    register_fonts,
    styles,
)
from kommunesamarbeid.fileio.pdf_tables import (
    Heading,
    truncate,
)

__all__ = [
    "DocumentTemplate",
    "NumberedCanvas",
    "canvas_maker",
    "table_of_contents",
    "write_atomically",
]

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

    def _fast_string(
        self, x: float, y: float, text: str, anchor: float, options: tuple[Any, ...]
    ) -> bool:
        """Draw ``text`` the fast way if it is a plain string drawn without any of the options
        (mode, charSpace, direction, wordSpace, shaping); False if reportlab must draw it.

        ``anchor`` is the share of the text's width that lies left of ``x``: 0 for a string that
        starts at ``x``, 1 for one that ends there, 0.5 for one centred on it.
        """
        if not (isinstance(text, str) and self.bottomup and not any(options)):
            return False
        if anchor:
            self.drawString(x - self._width(text) * anchor, y, text)
            return True
        ops = self._encoded(text)
        if ops is None:
            return False
        self._code.append(f"BT 1 0 0 1 {_pdf_number(x)} {_pdf_number(y)} Tm {ops} ET")
        return True

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
        if not self._fast_string(x, y, text, 0, (mode, charSpace, direction, wordSpace, shaping)):
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
        if not self._fast_string(x, y, text, 1, (mode, charSpace, direction, wordSpace, shaping)):
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
        if not self._fast_string(x, y, text, 0.5, (mode, charSpace, direction, wordSpace, shaping)):
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
        lang: str = "nb",
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
            lang="nn-NO" if lang == "nn" else "nb-NO",
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
