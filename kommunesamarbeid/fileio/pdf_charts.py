"""Charts for the printed documents, drawn with reportlab.graphics and readable in black & white.

Nothing is encoded by colour alone: milestones are diamonds (open = planned, filled = done),
current contracts are hatched bars ending in a triangle, values carry direct labels, and a
lower-bound value is hatched where a complete value is solid grey. Every String names the
embedded font. Long charts are split into several drawings that each fit ``max_height``, each
with its own axis and legend.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from kommunesamarbeid.core.money import format_nok, format_nok_short
from kommunesamarbeid.fileio.pdf_common import FONT, FONT_BOLD, clean, register_fonts, truncate

__all__ = ["BarItem", "GanttMember", "GanttMilestone", "gantt_charts", "value_bar_charts"]

BLACK = colors.black
WHITE = colors.white
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.55, 0.55, 0.55)
BAR_GREY = colors.Color(0.62, 0.62, 0.62)
LIGHT = colors.Color(0.82, 0.82, 0.82)
ZEBRA = colors.Color(0.955, 0.955, 0.955)

MONTHS = ("jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des")

LABEL_SIZE = 7.2
SMALL_SIZE = 6.4


@dataclass(frozen=True, slots=True)
class GanttMilestone:
    label: str
    date: dt.date
    done: bool = False


@dataclass(frozen=True, slots=True)
class GanttMember:
    """A municipality row: the dates its current contracts expire (may be empty)."""

    label: str
    expiries: tuple[dt.date, ...] = ()
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class BarItem:
    label: str
    value: int
    #: The value is a lower bound (some lines have no value): drawn hatched, labelled "minst".
    lower_bound: bool = False
    #: Printed in bold (the host municipality).
    emphasis: bool = False


# ---------------------------------------------------------------------------------------------
# primitives


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float = LABEL_SIZE,
    bold: bool = False,
    anchor: str = "start",
    color: colors.Color = BLACK,
) -> String:
    return String(
        x,
        y,
        clean(text),
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose initial graphics state names the embedded font (not Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _hatched(group: Group, x: float, y: float, w: float, h: float, spacing: float = 2.6) -> None:
    """A white rectangle with 45° black hatching and a black outline."""
    group.add(Rect(x, y, w, h, fillColor=WHITE, strokeColor=None))
    if w > 0 and h > 0:
        k = -h
        while k < w:
            x0 = max(k, 0.0)
            x1 = min(k + h, w)
            if x1 > x0:
                group.add(
                    Line(
                        x + x0,
                        y + (x0 - k),
                        x + x1,
                        y + (x1 - k),
                        strokeColor=BLACK,
                        strokeWidth=0.45,
                    )
                )
            k += spacing
    group.add(Rect(x, y, w, h, fillColor=None, strokeColor=BLACK, strokeWidth=0.6))


def _diamond(x: float, y: float, r: float, *, filled: bool) -> Polygon:
    return Polygon(
        [x, y + r, x + r, y, x, y - r, x - r, y],
        fillColor=BLACK if filled else WHITE,
        strokeColor=BLACK,
        strokeWidth=0.8,
    )


def _triangle_down(x: float, y: float, r: float) -> Polygon:
    return Polygon(
        [x - r, y + r * 0.8, x + r, y + r * 0.8, x, y - r * 0.8],
        fillColor=BLACK,
        strokeColor=BLACK,
        strokeWidth=0.5,
    )


def _chunks(count: int, first_capacity: int, capacity: int) -> list[tuple[int, int]]:
    """Split ``count`` rows: the first drawing holds ``first_capacity``, later ones ``capacity``."""
    spans: list[tuple[int, int]] = []
    start = 0
    cap = max(1, first_capacity)
    while start < count or not spans:
        end = min(count, start + cap)
        spans.append((start, end))
        start = end
        cap = max(1, capacity)
        if start >= count:
            break
    return spans


# ---------------------------------------------------------------------------------------------
# Gantt chart


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _add_months(d: dt.date, months: int) -> dt.date:
    total = d.year * 12 + (d.month - 1) + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month)


def _fmt(d: dt.date) -> str:
    return d.strftime("%d.%m.%Y")


def _labels(tx: Any) -> dict[str, str]:
    """The charts' words in the document's written standard (``doc.chart.*``)."""
    from kommunesamarbeid.fileio.pdf_style import Tx

    tx = tx or Tx()
    keys = (
        "milestones",
        "expiries",
        "expiries_cont",
        "no_date",
        "planned",
        "done",
        "current",
        "start",
        "estimate",
        "lower",
        "host",
        "and",
        "at_least",
    )
    from kommunesamarbeid.core.texts import catalogue

    # "{n} avtaler, første {date}" is filled in per row (_expiry_label)
    agreements = catalogue(tx.lang).template("doc.chart.agreements")
    return {k: tx(f"chart.{k}") for k in keys} | {"agreements": agreements}


def _expiry_label(expiries: Sequence[dt.date], lab: dict[str, str]) -> str:
    if len(expiries) == 1:
        return _fmt(expiries[0])
    if len(expiries) == 2:
        return f"{_fmt(expiries[0])} {lab['and']} {_fmt(expiries[1])}"
    return lab["agreements"].replace("{n}", str(len(expiries))).replace("{date}", _fmt(expiries[0]))


@dataclass(frozen=True, slots=True)
class _Row:
    kind: str  # "section", "milestone" or "member"
    label: str
    milestone: GanttMilestone | None = None
    previous: dt.date | None = None
    member: GanttMember | None = None

    def marker_dates(self) -> list[dt.date]:
        if self.milestone is not None:
            return [self.milestone.date]
        if self.member is not None:
            return sorted(set(self.member.expiries))
        return []

    def value_label(self, lab: dict[str, str]) -> str:
        if self.milestone is not None:
            return _fmt(self.milestone.date)
        if self.member is not None:
            dates = self.marker_dates()
            return _expiry_label(dates, lab) if dates else lab["no_date"]
        return ""


def gantt_charts(
    milestones: Sequence[GanttMilestone],
    members: Sequence[GanttMember],
    *,
    contract_start: dt.date | None,
    width: float,
    max_height: float,
    tx: Any = None,
) -> list[Drawing]:
    """The timeline: milestone rows, then one row per municipality with its contract expiries.

    Milestones are diamonds (open = planned, filled = done) with a grey bar for the phase
    leading up to them; a municipality's current contract is a hatched bar ending in a black
    triangle at its expiry; a dashed line marks the planned contract start. Every marker has
    its date written beside it. Returns an empty list when there is no date at all.
    """
    register_fonts()
    lab = _labels(tx)
    dates = [m.date for m in milestones] + [d for m in members for d in m.expiries]
    if contract_start:
        dates.append(contract_start)
    if not dates:
        return []

    rows: list[_Row] = []
    sorted_ms = sorted(milestones, key=lambda m: m.date)
    if sorted_ms:
        rows.append(_Row("section", lab["milestones"]))
        previous: dt.date | None = None
        for ms in sorted_ms:
            rows.append(_Row("milestone", ms.label, milestone=ms, previous=previous))
            previous = ms.date
    rows.append(_Row("section", lab["expiries"]))
    rows.extend(_Row("member", m.label, member=m) for m in members)

    label_w = min(138.0, width * 0.31)
    plot_x = label_w + 6
    plot_w = width - plot_x - 2
    right_edge = plot_x + plot_w

    start = _month_start(min(dates))
    end = _add_months(_month_start(max(dates)), 1)
    if _months_between(start, end) < 6:
        end = _add_months(start, 6)

    def scale(first: dt.date, last: dt.date) -> Callable[[dt.date], float]:
        span = (last - first).days

        def x_of(d: dt.date) -> float:
            return plot_x + (d - first).days / span * plot_w

        return x_of

    # widen the axis until every date label fits to the right of its last marker
    for _ in range(48):
        x_of = scale(start, end)
        if all(
            x_of(row.marker_dates()[-1]) + 6 + stringWidth(row.value_label(lab), FONT, SMALL_SIZE)
            <= right_edge
            for row in rows
            if row.marker_dates()
        ):
            break
        end = _add_months(end, 1)
    x_of = scale(start, end)

    row_h = 13.0
    axis_h = 26.0
    legend_h = 24.0
    capacity = max(4, int((max_height - axis_h - legend_h - 6) // row_h))
    drawings: list[Drawing] = []
    for index, (a, b) in enumerate(_chunks(len(rows), capacity, capacity - 1)):
        part = rows[a:b]
        if index > 0 and part and part[0].kind != "section":
            part = [_Row("section", lab["expiries_cont"]), *part]
        body_h = len(part) * row_h
        height = axis_h + body_h + legend_h + 4
        drawing = _drawing(width, height)
        top = height - axis_h
        bottom = top - body_h
        # layer 1: row shading
        for i in range(len(part)):
            if i % 2 == 1:
                y = top - (i + 1) * row_h
                drawing.add(Rect(0, y, width, row_h, fillColor=ZEBRA, strokeColor=None))
        # layer 2: month grid and axis labels
        _gantt_axis(drawing, start, end, x_of, plot_x, plot_w, top, body_h)
        # layer 3: planned contract start
        if contract_start:
            cx = x_of(contract_start)
            drawing.add(
                Line(
                    cx, bottom, cx, top, strokeColor=BLACK, strokeWidth=0.9, strokeDashArray=[3, 2]
                )
            )
        # layer 4: bars and markers; layer 5: labels on the row's own ground
        labels: list[tuple[float, float, str, colors.Color]] = []
        for i, row in enumerate(part):
            y = top - (i + 1) * row_h
            mid = y + row_h / 2
            ground = ZEBRA if i % 2 == 1 else WHITE
            if row.kind == "section":
                drawing.add(_text(0, mid - 2.5, row.label, bold=True))
                continue
            bold = row.member is not None and row.member.emphasis
            font = FONT_BOLD if bold else FONT
            name = truncate(clean(row.label), label_w - 8, font, LABEL_SIZE)
            drawing.add(_text(6, mid - 2.5, name, bold=bold))
            marks = row.marker_dates()
            if row.milestone is not None:
                ms = row.milestone
                if row.previous is not None and row.previous < ms.date:
                    drawing.add(
                        Rect(
                            x_of(row.previous),
                            mid - 2.2,
                            x_of(ms.date) - x_of(row.previous),
                            4.4,
                            fillColor=LIGHT,
                            strokeColor=MID,
                            strokeWidth=0.4,
                        )
                    )
                drawing.add(_diamond(x_of(ms.date), mid, 4.2, filled=ms.done))
                labels.append((x_of(ms.date) + 6, mid - 2.2, row.value_label(lab), ground))
                continue
            if not marks:
                labels.append((plot_x + 4, mid - 2.2, row.value_label(lab), ground))
                continue
            group = Group()
            _hatched(group, plot_x, mid - 2.6, max(0.5, x_of(marks[0]) - plot_x), 5.2)
            drawing.add(group)
            for d in marks:
                drawing.add(_triangle_down(x_of(d), mid, 3.6))
            labels.append((x_of(marks[-1]) + 5, mid - 2.2, row.value_label(lab), ground))
        for x, y, text, ground in labels:
            w = stringWidth(text, FONT, SMALL_SIZE)
            drawing.add(
                Rect(x - 1.5, y - 1.8, w + 3, SMALL_SIZE + 1.6, fillColor=ground, strokeColor=None)
            )
            drawing.add(_text(x, y, text, size=SMALL_SIZE, color=DARK))
        _gantt_legend(drawing, width, legend_h, lab, has_start=contract_start is not None)
        drawings.append(drawing)
    return drawings


def _gantt_axis(
    drawing: Drawing,
    start: dt.date,
    end: dt.date,
    x_of: Callable[[dt.date], float],
    plot_x: float,
    plot_w: float,
    top: float,
    body_h: float,
) -> None:
    months = _months_between(start, end)
    month_w = plot_w / max(1, months)
    bottom = top - body_h
    if month_w >= 17:
        step, style = 1, "abbr"
    elif month_w >= 7.5:
        step, style = 1, "letter"
    elif month_w * 3 >= 12:
        step, style = 3, "quarter"
    else:
        step, style = 6, "half"
    year_y = top + 15
    month_y = top + 4
    # year labels, centred on the visible part of each year
    year = start.year
    while dt.date(year, 1, 1) < end:
        xa = x_of(max(start, dt.date(year, 1, 1)))
        xb = x_of(min(end, dt.date(year + 1, 1, 1)))
        if xb - xa >= 22:
            drawing.add(_text((xa + xb) / 2, year_y, str(year), bold=True, anchor="middle"))
        year += 1
    for i in range(months + 1):
        d = _add_months(start, i)
        x = x_of(d)
        is_year = d.month == 1
        drawing.add(
            Line(
                x,
                bottom,
                x,
                top + (12 if is_year else 0),
                strokeColor=MID if is_year else LIGHT,
                strokeWidth=0.7 if is_year else 0.35,
            )
        )
        if i == months or (d.month - 1) % step:
            continue
        label_mid = x + month_w * step / 2
        if style == "abbr":
            text = MONTHS[d.month - 1]
        elif style == "letter":
            text = MONTHS[d.month - 1][0].upper()
        elif style == "quarter":
            text = f"K{(d.month - 1) // 3 + 1}"
        else:
            text = "H1" if d.month <= 6 else "H2"
        drawing.add(_text(label_mid, month_y, text, size=SMALL_SIZE, anchor="middle", color=DARK))
    drawing.add(Line(plot_x, top, plot_x + plot_w, top, strokeColor=BLACK, strokeWidth=0.6))
    drawing.add(Line(0, bottom, plot_x + plot_w, bottom, strokeColor=BLACK, strokeWidth=0.6))


def _gantt_legend(
    drawing: Drawing, width: float, legend_h: float, lab: dict[str, str], *, has_start: bool
) -> None:
    y = 6.0
    x = 0.0
    drawing.add(_diamond(x + 4, y + 2.5, 3.8, filled=False))
    drawing.add(_text(x + 11, y, lab["planned"], size=SMALL_SIZE))
    x += 11 + stringWidth(lab["planned"], FONT, SMALL_SIZE) + 14
    drawing.add(_diamond(x + 4, y + 2.5, 3.8, filled=True))
    drawing.add(_text(x + 11, y, lab["done"], size=SMALL_SIZE))
    x += 11 + stringWidth(lab["done"], FONT, SMALL_SIZE) + 14
    group = Group()
    _hatched(group, x, y, 18, 5.2)
    drawing.add(group)
    drawing.add(_triangle_down(x + 18, y + 2.6, 3.4))
    label = lab["current"]
    drawing.add(_text(x + 25, y, label, size=SMALL_SIZE))
    x += 25 + stringWidth(label, FONT, SMALL_SIZE) + 14
    if has_start and x + 60 < width:
        drawing.add(
            Line(x, y - 2, x, y + 7, strokeColor=BLACK, strokeWidth=0.9, strokeDashArray=[3, 2])
        )
        drawing.add(_text(x + 5, y, lab["start"], size=SMALL_SIZE))


# ---------------------------------------------------------------------------------------------
# horizontal bar chart


def _nice_step(maximum: float, ticks: int = 5) -> float:
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = float(10.0 ** math.floor(math.log10(raw)))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _value_label(item: BarItem, lab: dict[str, str]) -> str:
    text = format_nok(item.value)
    return f"{lab['at_least']} {text}" if item.lower_bound else text


def value_bar_charts(
    items: Sequence[BarItem], *, width: float, max_height: float, tx: Any = None
) -> list[Drawing]:
    """Horizontal bars, one per municipality, with the value written at the end of each bar."""
    register_fonts()
    lab = _labels(tx)
    if not items:
        return []
    label_w = min(
        138.0,
        max(
            stringWidth(clean(i.label), FONT_BOLD if i.emphasis else FONT, LABEL_SIZE) + 8
            for i in items
        ),
    )
    value_w = max(stringWidth(_value_label(i, lab), FONT, LABEL_SIZE) for i in items) + 8
    plot_x = label_w + 4
    plot_w = max(60.0, width - plot_x - value_w)
    maximum = max(i.value for i in items)
    step = _nice_step(maximum)
    axis_max = step * math.ceil(maximum / step) if maximum > 0 else step
    # the value label must still fit to the right of the longest bar
    scale = plot_w / axis_max

    row_h = 19.0 if len(items) <= 10 else 15.0 if len(items) <= 20 else 12.0
    bar_h = min(11.0, row_h * 0.62)
    axis_h = 18.0
    legend_h = 18.0
    capacity = max(3, int((max_height - axis_h - legend_h - 6) // row_h))
    has_lower = any(i.lower_bound for i in items)
    has_emphasis = any(i.emphasis for i in items)
    drawings: list[Drawing] = []
    for a, b in _chunks(len(items), capacity, capacity):
        part = items[a:b]
        body_h = len(part) * row_h
        height = body_h + axis_h + legend_h + 4
        drawing = _drawing(width, height)
        top = height - 4
        bottom = top - body_h
        # grid and scale
        tick = 0.0
        while tick <= axis_max + 0.5:
            x = plot_x + tick * scale
            drawing.add(
                Line(
                    x,
                    bottom - 2,
                    x,
                    top,
                    strokeColor=LIGHT if tick else BLACK,
                    strokeWidth=0.35 if tick else 0.7,
                    strokeDashArray=[2, 2] if tick else None,
                )
            )
            drawing.add(
                _text(
                    x,
                    bottom - 10,
                    format_nok_short(int(tick)) if tick else "0",
                    size=SMALL_SIZE,
                    anchor="middle",
                    color=DARK,
                )
            )
            tick += step
        for i, item in enumerate(part):
            y = top - (i + 1) * row_h
            mid = y + row_h / 2
            font = FONT_BOLD if item.emphasis else FONT
            label = truncate(clean(item.label), label_w - 6, font, LABEL_SIZE)
            drawing.add(_text(plot_x - 5, mid - 2.5, label, bold=item.emphasis, anchor="end"))
            bar_w = max(0.0, item.value * scale)
            if item.lower_bound:
                group = Group()
                _hatched(group, plot_x, mid - bar_h / 2, max(bar_w, 1.0), bar_h)
                drawing.add(group)
            elif bar_w > 0:
                drawing.add(
                    Rect(
                        plot_x,
                        mid - bar_h / 2,
                        bar_w,
                        bar_h,
                        fillColor=BAR_GREY,
                        strokeColor=BLACK,
                        strokeWidth=0.6,
                    )
                )
            text = _value_label(item, lab)
            tw = stringWidth(text, FONT, LABEL_SIZE)
            drawing.add(
                Rect(
                    plot_x + bar_w + 2.5,
                    mid - 4.6,
                    tw + 3,
                    LABEL_SIZE + 2.4,
                    fillColor=WHITE,
                    strokeColor=None,
                )
            )
            drawing.add(_text(plot_x + bar_w + 4, mid - 2.5, text))
        _bar_legend(drawing, lab, has_lower=has_lower, has_emphasis=has_emphasis)
        drawings.append(drawing)
    return drawings


def _bar_legend(
    drawing: Drawing, lab: dict[str, str], *, has_lower: bool, has_emphasis: bool
) -> None:
    y = 3.0
    x = 0.0
    drawing.add(Rect(x, y, 16, 6, fillColor=BAR_GREY, strokeColor=BLACK, strokeWidth=0.6))
    text = lab["estimate"]
    drawing.add(_text(x + 21, y + 0.6, text, size=SMALL_SIZE))
    x += 21 + stringWidth(text, FONT, SMALL_SIZE) + 12
    if has_lower:
        group = Group()
        _hatched(group, x, y, 16, 6)
        drawing.add(group)
        text = lab["lower"]
        drawing.add(_text(x + 21, y + 0.6, text, size=SMALL_SIZE))
        x += 21 + stringWidth(text, FONT, SMALL_SIZE) + 12
    if has_emphasis:
        drawing.add(_text(x, y + 0.6, lab["host"], size=SMALL_SIZE, bold=True))
