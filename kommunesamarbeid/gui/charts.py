"""Small charts drawn with QPainter: value per municipality and a proposal's timeline.

Both are readable in black and white (printouts, projectors, colour-blind readers): values are
written next to the bars, partial values are hatched and marked "≥", and timeline markers differ
by shape and fill, not by colour. Every chart also describes its data as text for screen readers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from kommunesamarbeid.core.money import format_nok, format_nok_short

MONTHS = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")


def short_name(name: str) -> str:
    """ "Osterøy kommune" -> "Osterøy" (the chart has little room; the tooltip says all)."""
    for suffix in (" kommune", " Kommune", " herad"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _date(value: dt.date) -> str:
    return f"{value:%d.%m.%Y}"


# ------------------------------------------------------------------------------ value bars


@dataclass(frozen=True, slots=True)
class BarItem:
    label: str
    value: int
    #: Some of the underlying values are missing: the bar is a lower bound.
    incomplete: bool = False
    #: Shown in the tooltip and the accessible description.
    full_label: str = ""
    #: Drawn in bold (the host municipality): visible without colour.
    emphasis: bool = False


class ValueBarChart(QWidget):
    """Horizontal bars with the name on the left and the amount written after each bar."""

    ROW_GAP = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[BarItem] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Verdi per kommune"))
        self.setMouseTracking(True)
        self._bar_rects: list[QRectF] = []

    def set_items(self, items: list[BarItem]) -> None:
        self.items = list(items)
        parts = [
            f"{i.full_label or i.label}{self.tr(' (uthevet)') if i.emphasis else ''}: "
            f"{self.tr('minst ') if i.incomplete else ''}{format_nok(i.value)}"
            for i in self.items
        ]
        self.setAccessibleDescription("; ".join(parts) or self.tr("Ingen verdier"))
        self.setFixedHeight(self._height())
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + self.ROW_GAP

    def _legend_needed(self) -> bool:
        return any(i.incomplete for i in self.items)

    def _height(self) -> int:
        rows = max(len(self.items), 1) + (1 if self._legend_needed() else 0)
        return rows * self._row_height() + 4

    def sizeHint(self) -> QSize:
        return QSize(240, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._height())

    def _value_texts(self, width: float, fm: QFontMetrics) -> list[str]:
        for fmt in (format_nok, format_nok_short):
            texts = [("≥ " if i.incomplete else "") + fmt(i.value) for i in self.items]
            if max((fm.horizontalAdvance(t) for t in texts), default=0) <= width * 0.38:
                return texts
        return texts

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        ink = pal.windowText().color()
        fm = QFontMetrics(self.font())
        row_h = self._row_height()
        self._bar_rects = []
        if not self.items:
            painter.setPen(ink)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, self.tr("Ingen verdier ennå"))
            return
        width = float(self.width())
        label_w = min(max(fm.horizontalAdvance(i.label) for i in self.items) + 8, width * 0.36)
        values = self._value_texts(width, fm)
        value_w = max(fm.horizontalAdvance(t) for t in values) + 6
        bar_w = max(width - label_w - value_w - 4, 10)
        top = max((i.value for i in self.items), default=0) or 1
        fill = QColor(ink)
        fill.setAlpha(150)
        for row, (item, text) in enumerate(zip(self.items, values, strict=True)):
            y = row * row_h + 2
            painter.setPen(ink)
            label_font = QFont(self.font())
            label_font.setBold(item.emphasis)
            painter.setFont(label_font)
            label_rect = QRectF(0, y, label_w - 6, row_h - self.ROW_GAP)
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(label_font).elidedText(
                    item.label, Qt.TextElideMode.ElideRight, int(label_w - 6)
                ),
            )
            painter.setFont(self.font())
            length = max(bar_w * item.value / top, 1.0)
            bar = QRectF(label_w, y + 2, length, row_h - self.ROW_GAP - 4)
            self._bar_rects.append(QRectF(0, y, width, row_h))
            brush = QBrush(ink, Qt.BrushStyle.BDiagPattern) if item.incomplete else QBrush(fill)
            painter.setBrush(brush)
            painter.setPen(QPen(ink, 1))
            painter.drawRect(bar)
            painter.drawText(
                QRectF(bar.right() + 4, y, value_w + 4, row_h - self.ROW_GAP),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        if self._legend_needed():
            y = len(self.items) * row_h + 2
            small = QFont(self.font())
            small.setPointSizeF(max(small.pointSizeF() * 0.9, 7))
            painter.setFont(small)
            painter.drawText(
                QRectF(0, y, width, row_h),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.tr("≥ skravert: verdien mangler for noen linjer"),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for item, rect in zip(self.items, self._bar_rects, strict=False):
                if rect.contains(QPointF(event.pos())):
                    extra = self.tr(" (minst – noen verdier mangler)") if item.incomplete else ""
                    QToolTip.showText(
                        event.globalPos(),
                        f"{item.full_label or item.label}: {format_nok(item.value)}{extra}",
                        self,
                    )
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


# ------------------------------------------------------------------------------ timeline


@dataclass(frozen=True, slots=True)
class TimelineMilestone:
    label: str
    date: dt.date | None
    done: bool = False


@dataclass(frozen=True, slots=True)
class TimelineExpiry:
    """A participant and the dates its current contracts expire (may be empty: unknown)."""

    name: str
    dates: tuple[dt.date, ...] = ()


@dataclass(slots=True)
class TimelineData:
    milestones: list[TimelineMilestone] = field(default_factory=list)
    expiries: list[TimelineExpiry] = field(default_factory=list)
    contract_start: dt.date | None = None
    today: dt.date = field(default_factory=dt.date.today)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class TimelineChart(QWidget):
    """Months along the top; one row per milestone, then one row per municipality.

    ◆ milestone (filled when done), ▼ a current contract expires, hatched span: the time
    between an expiry and the planned contract start (no agreement), dashed line: today.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = TimelineData()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Tidslinje"))
        self.setMinimumWidth(320)

    # -- data
    def set_data(self, data: TimelineData) -> None:
        self.data = data
        self.setFixedHeight(self._height())
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        parts = [
            f"{m.label}: {_date(m.date) if m.date else self.tr('uten dato')}"
            + (self.tr(" (utført)") if m.done else "")
            for m in self.data.milestones
        ]
        for e in self.data.expiries:
            dates = ", ".join(_date(d) for d in e.dates) or self.tr("ukjent")
            parts.append(
                self.tr("{name}: dagens avtale utløper {dates}").format(name=e.name, dates=dates)
            )
        return "; ".join(parts)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _rows(self) -> int:
        return len(self.data.milestones) + 1 + len(self.data.expiries)

    def _height(self) -> int:
        row = self._row_height()
        legend = self._legend_layout(float(max(self.width(), 320)))[-1][1] + 1
        return (self._rows() + 2 + legend) * row + 8  # axis (2 rows) + rows + legend

    def resizeEvent(self, event: object) -> None:
        self.setFixedHeight(self._height())
        super().resizeEvent(event)  # type: ignore[arg-type]

    def _legend_entries(self) -> list[tuple[str, str]]:
        return [
            ("diamond_open", self.tr("milepæl")),
            ("diamond", self.tr("utført")),
            ("triangle", self.tr("dagens avtale utløper")),
            ("gap", self.tr("uten avtale før ny starter")),
            ("today", self.tr("i dag")),
        ]

    def _legend_layout(self, width: float) -> list[tuple[float, int, str, str]]:
        """(x, row, kind, text) per legend entry, wrapped to the width."""
        fm = QFontMetrics(self.font())
        r = self._row_height() * 0.28
        x, row = 4.0, 0
        out = []
        for kind, text in self._legend_entries():
            need = 2 * r + 6 + fm.horizontalAdvance(text) + 14
            if x + need > width and x > 4:
                x, row = 4.0, row + 1
            out.append((x, row, kind, text))
            x += need
        return out

    def sizeHint(self) -> QSize:
        return QSize(600, self._height())

    def _span(self) -> tuple[dt.date, dt.date]:
        dates = [m.date for m in self.data.milestones if m.date]
        dates += [d for e in self.data.expiries for d in e.dates]
        dates.append(self.data.today)
        if self.data.contract_start:
            dates.append(self.data.contract_start)
        first = _add_months(min(dates), 0)
        last = _add_months(max(dates), 1)
        while (last.year - first.year) * 12 + last.month - first.month < 6:
            last = _add_months(last, 1)
        return first, last

    # -- painting
    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().windowText().color()
        faint = QColor(ink)
        faint.setAlpha(60)
        fm = QFontMetrics(self.font())
        row_h = self._row_height()
        width = float(self.width())
        labels = [m.label for m in self.data.milestones] + [e.name for e in self.data.expiries]
        label_w = min(max((fm.horizontalAdvance(t) for t in labels), default=60) + 12, width * 0.3)
        left, right = label_w, width - 8
        first, last = self._span()
        total_days = max((last - first).days, 1)

        def x_of(day: dt.date) -> float:
            return left + (right - left) * (day - first).days / total_days

        axis_y = row_h * 2
        body_bottom = axis_y + row_h * self._rows()
        # month ticks and labels: as many labels as fit
        months = (last.year - first.year) * 12 + last.month - first.month
        step = 1
        label_room = fm.horizontalAdvance("mai 2027") + 8
        while months / step * label_room > right - left and step < 12:
            step = {1: 2, 2: 3, 3: 6, 6: 12}[step]
        painter.setPen(QPen(ink, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        for i in range(months + 1):
            day = _add_months(first, i)
            x = x_of(day)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, body_bottom))
            painter.setPen(QPen(ink, 1))
            painter.drawLine(QPointF(x, axis_y - 4), QPointF(x, axis_y))
            if i % step == 0 and i < months:
                text = MONTHS[day.month - 1]
                if day.month == 1 or i == 0:
                    text += f" {day.year}"
                painter.drawText(QPointF(x + 2, axis_y - 6), text)
        # today
        if first <= self.data.today <= last:
            x = x_of(self.data.today)
            painter.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, body_bottom))
            painter.drawText(QPointF(x + 2, row_h - 4), self.tr("I dag"))
        y = axis_y
        for m in self.data.milestones:
            self._row_label(painter, fm, m.label, y, label_w, ink)
            if m.date:
                self._diamond(painter, x_of(m.date), y + row_h / 2, row_h * 0.32, m.done, ink)
                self._date_text(painter, fm, x_of(m.date), y, row_h, m.date, right, ink)
            else:
                self._note(painter, left + 4, y, row_h, self.tr("uten dato"), ink)
            y += row_h
        # heading for the expiries
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        painter.drawText(
            QRectF(2, y, width, row_h),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("Dagens avtaler utløper"),
        )
        painter.setFont(self.font())
        y += row_h
        start = self.data.contract_start
        for e in self.data.expiries:
            self._row_label(painter, fm, e.name, y, label_w, ink)
            if not e.dates:
                self._note(painter, left + 4, y, row_h, self.tr("ukjent utløpsdato"), ink)
            for d in e.dates:
                if start and d < start:
                    gap = QRectF(x_of(d), y + row_h * 0.3, x_of(start) - x_of(d), row_h * 0.4)
                    painter.setPen(QPen(ink, 1))
                    painter.setBrush(QBrush(ink, Qt.BrushStyle.BDiagPattern))
                    painter.drawRect(gap)
                self._triangle(painter, x_of(d), y + row_h / 2, row_h * 0.32, ink)
            if e.dates:
                first_expiry = min(e.dates)
                # beside a gap the date goes left of the marker, so the hatching stays clear
                before = bool(start and first_expiry < start)
                self._date_text(
                    painter,
                    fm,
                    x_of(first_expiry),
                    y,
                    row_h,
                    first_expiry,
                    right,
                    ink,
                    before=before,
                    left=left,
                )
            y += row_h
        self._legend(painter, fm, y + 4, row_h, width, ink)

    def _row_label(
        self, p: QPainter, fm: QFontMetrics, text: str, y: float, w: float, ink: QColor
    ) -> None:
        p.setPen(ink)
        p.drawText(
            QRectF(2, y, w - 8, self._row_height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            fm.elidedText(text, Qt.TextElideMode.ElideRight, int(w - 8)),
        )

    @staticmethod
    def _note(p: QPainter, x: float, y: float, h: float, text: str, ink: QColor) -> None:
        font = QFont(p.font())
        font.setItalic(True)
        p.save()
        p.setFont(font)
        p.setPen(ink)
        p.drawText(QRectF(x, y, 400, h), int(Qt.AlignmentFlag.AlignVCenter), text)
        p.restore()

    @staticmethod
    def _date_text(
        p: QPainter,
        fm: QFontMetrics,
        x: float,
        y: float,
        h: float,
        day: dt.date,
        right: float,
        ink: QColor,
        *,
        before: bool = False,
        left: float = 0.0,
    ) -> None:
        text = _date(day)
        w = fm.horizontalAdvance(text)
        fits_after = x + 9 + w <= right
        fits_before = x - 9 - w >= left
        tx = x - 9 - w if (before and fits_before) or not fits_after else x + 9
        p.setPen(ink)
        p.drawText(QRectF(tx, y, w + 2, h), int(Qt.AlignmentFlag.AlignVCenter), text)

    @staticmethod
    def _diamond(p: QPainter, x: float, y: float, r: float, filled: bool, ink: QColor) -> None:
        poly = QPolygonF(
            [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
        )
        p.setPen(QPen(ink, 1.5))
        p.setBrush(QBrush(ink) if filled else QBrush(Qt.BrushStyle.NoBrush))
        p.drawPolygon(poly)

    @staticmethod
    def _triangle(p: QPainter, x: float, y: float, r: float, ink: QColor) -> None:
        poly = QPolygonF([QPointF(x - r, y - r), QPointF(x + r, y - r), QPointF(x, y + r)])
        p.setPen(QPen(ink, 1))
        p.setBrush(QBrush(ink))
        p.drawPolygon(poly)

    def _legend(
        self, p: QPainter, fm: QFontMetrics, y: float, h: float, width: float, ink: QColor
    ) -> None:
        r = h * 0.28
        for x, row, kind, text in self._legend_layout(width):
            cy = y + h / 2 + row * h
            if kind.startswith("diamond"):
                self._diamond(p, x + r, cy, r, kind == "diamond", ink)
            elif kind == "triangle":
                self._triangle(p, x + r, cy, r, ink)
            elif kind == "gap":
                p.setPen(QPen(ink, 1))
                p.setBrush(QBrush(ink, Qt.BrushStyle.BDiagPattern))
                p.drawRect(QRectF(x, cy - r, 2 * r, 2 * r))
            else:
                p.setPen(QPen(ink, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(x + r, cy - r * 1.4), QPointF(x + r, cy + r * 1.4))
            p.setPen(ink)
            p.drawText(QPointF(x + 2 * r + 4, cy + fm.ascent() / 2 - 1), text)
