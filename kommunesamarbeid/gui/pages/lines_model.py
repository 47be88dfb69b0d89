"""Table model for planned-purchase lines, with its own fast filter and sort.

The model filters and sorts itself over precomputed keys instead of through a
QSortFilterProxyModel: a proxy asks ``data()`` once per row and comparison, which for
100,000 lines costs seconds in Python; here a keystroke is one pass over plain strings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.services.lines import (
    ROW_ANNUAL,
    ROW_CPV,
    ROW_DESCRIPTION,
    ROW_END,
    ROW_FILE,
    ROW_ID,
    ROW_MUNICIPALITY,
    ROW_MUNICIPALITY_ID,
    ROW_PERIOD_TEXT,
    ROW_REFERENCE,
    ROW_SHEET,
    ROW_SOURCE_ROW,
    ROW_START,
    ROW_TOTAL,
    ROW_WARNINGS,
    LineRow,
    line_row,
)

Raw = tuple[Any, ...]

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "LinesModel"
LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True, slots=True)
class LineFilter:
    text: str = ""
    municipality_id: int | None = None
    cpv_prefix: str = ""
    period_from: dt.date | None = None
    period_to: dt.date | None = None

    def is_empty(self) -> bool:
        return not (
            self.text
            or self.municipality_id
            or self.cpv_prefix
            or self.period_from
            or self.period_to
        )


def _haystack(row: Raw) -> str:
    return " ".join(
        (
            row[ROW_MUNICIPALITY],
            row[ROW_REFERENCE] or "",
            row[ROW_DESCRIPTION],
            row[ROW_CPV] or "",
            row[ROW_PERIOD_TEXT] or "",
            row[ROW_FILE] or "",
        )
    ).casefold()


class LinesModel(QAbstractTableModel):
    (
        COL_MUNICIPALITY,
        COL_REFERENCE,
        COL_DESCRIPTION,
        COL_CPV,
        COL_ANNUAL,
        COL_TOTAL,
        COL_PERIOD,
        COL_SOURCE,
    ) = range(8)
    #: Marked for translation; translated in ``headerData`` at display time.
    HEADERS = (
        QT_TRANSLATE_NOOP("LinesModel", "Kommune"),
        QT_TRANSLATE_NOOP("LinesModel", "Ref."),
        QT_TRANSLATE_NOOP("LinesModel", "Beskrivelse"),
        QT_TRANSLATE_NOOP("LinesModel", "CPV"),
        QT_TRANSLATE_NOOP("LinesModel", "Verdi pr. år"),
        QT_TRANSLATE_NOOP("LinesModel", "Totalverdi"),
        QT_TRANSLATE_NOOP("LinesModel", "Tidspunkt"),
        QT_TRANSLATE_NOOP("LinesModel", "Kilde"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Raw] = []
        self._hay: list[str] = []
        self._visible: list[int] = []
        self._order: list[int] = []
        self._filter = LineFilter()
        self._sort: tuple[int, Qt.SortOrder] = (self.COL_MUNICIPALITY, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------------ data in
    def set_rows(self, rows: Sequence[Raw]) -> None:
        """Raw rows of ``services.lines.line_table`` (no per-row conversion: 100,000 load fast)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._hay = [_haystack(r) for r in self._rows]
        self._order = self._sorted_order()
        self._visible = self._compute_visible(self._order)
        self.endResetModel()

    def set_filter(self, flt: LineFilter) -> None:
        if flt == self._filter:
            return
        old = self._filter
        # Typing one more letter narrows the current result: filter only what is shown.
        narrowing = flt.text.casefold().startswith(old.text.casefold()) and (
            flt.municipality_id,
            flt.cpv_prefix,
            flt.period_from,
            flt.period_to,
        ) == (old.municipality_id, old.cpv_prefix, old.period_from, old.period_to)
        self.beginResetModel()
        self._filter = flt
        self._visible = self._compute_visible(self._visible if narrowing else self._order)
        self.endResetModel()

    def _compute_visible(self, candidates: list[int]) -> list[int]:
        """The candidates (in display order) that pass the filter, order kept."""
        f = self._filter
        if f.is_empty():
            return list(candidates)
        rows, hay = self._rows, self._hay
        idx = candidates
        for word in f.text.casefold().split():
            idx = [i for i in idx if word in hay[i]]
        if f.municipality_id is not None:
            mid = f.municipality_id
            idx = [i for i in idx if rows[i][ROW_MUNICIPALITY_ID] == mid]
        if f.cpv_prefix:
            prefix = f.cpv_prefix.replace(" ", "")
            idx = [i for i in idx if (rows[i][ROW_CPV] or "").startswith(prefix)]
        if f.period_from or f.period_to:
            # ISO date text compares like the dates themselves.
            lo = (f.period_from or dt.date.min).isoformat()
            hi = (f.period_to or dt.date.max).isoformat()
            idx = [
                i
                for i in idx
                if (s := rows[i][ROW_START])
                and (e := rows[i][ROW_END])
                and e[:10] >= lo
                and s[:10] <= hi
            ]
        return list(idx)

    # ------------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._visible = self._compute_visible(self._order)
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        rows = self._rows
        if column in (self.COL_ANNUAL, self.COL_TOTAL):
            k = ROW_ANNUAL if column == self.COL_ANNUAL else ROW_TOTAL
            return lambda i: rows[i][k] if rows[i][k] is not None else -1
        if column == self.COL_PERIOD:
            return lambda i: rows[i][ROW_START] or "9999"
        if column == self.COL_SOURCE:
            return lambda i: (rows[i][ROW_FILE] or "", rows[i][ROW_SOURCE_ROW] or 0)
        if column == self.COL_MUNICIPALITY:
            # Few distinct names: fold each once, not once per row.
            folded = {name: name.casefold() for name in {r[ROW_MUNICIPALITY] for r in rows}}
            return lambda i: folded[rows[i][ROW_MUNICIPALITY]]
        k = {
            self.COL_REFERENCE: ROW_REFERENCE,
            self.COL_DESCRIPTION: ROW_DESCRIPTION,
            self.COL_CPV: ROW_CPV,
        }[column]
        return lambda i: (rows[i][k] or "").casefold()

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        return sorted(
            range(len(self._rows)),
            key=self._sort_key(column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # ------------------------------------------------------------------ Qt API
    def row_at(self, row: int) -> LineRow:
        return line_row(self._rows[self._visible[row]])

    def line_id_at(self, row: int) -> int:
        return int(self._rows[self._visible[row]][ROW_ID])

    def total_count(self) -> int:
        return len(self._rows)

    def visible_total_value(self) -> int:
        rows = self._rows
        return sum(rows[i][ROW_TOTAL] or 0 for i in self._visible)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == LINE_ID_ROLE:
            return row[ROW_ID]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_ANNUAL, self.COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DESCRIPTION:
                return row[ROW_DESCRIPTION]
            if row[ROW_WARNINGS]:
                return QCoreApplication.translate(
                    "LinesModel", "Linjen har advarsler fra importen – se detaljene."
                )
        return None

    def _display(self, row: Raw, col: int) -> str:
        if col == self.COL_MUNICIPALITY:
            return str(row[ROW_MUNICIPALITY])
        if col == self.COL_REFERENCE:
            return row[ROW_REFERENCE] or ""
        if col == self.COL_DESCRIPTION:
            return ("⚠ " if row[ROW_WARNINGS] else "") + row[ROW_DESCRIPTION]
        if col == self.COL_CPV:
            return row[ROW_CPV] or ""
        if col in (self.COL_ANNUAL, self.COL_TOTAL):
            value = row[ROW_ANNUAL if col == self.COL_ANNUAL else ROW_TOTAL]
            return format_nok(value) if value is not None else ""
        if col == self.COL_PERIOD:
            return row[ROW_PERIOD_TEXT] or ""
        if col == self.COL_SOURCE:
            sheet = f" / {row[ROW_SHEET]}" if row[ROW_SHEET] else ""
            return QCoreApplication.translate("LinesModel", "{file}{sheet}, rad {row}").format(
                file=row[ROW_FILE], sheet=sheet, row=row[ROW_SOURCE_ROW]
            )
        return ""
