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

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.services.lines import LineRow

Index = QModelIndex | QPersistentModelIndex
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


def _haystack(row: LineRow) -> str:
    parts = [
        row.municipality,
        row.reference or "",
        row.description,
        row.cpv or "",
        row.period_text or "",
        row.source_file or "",
    ]
    return " ".join(parts).casefold()


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
    HEADERS = (
        "Kommune",
        "Ref.",
        "Beskrivelse",
        "CPV",
        "Verdi pr. år",
        "Totalverdi",
        "Tidspunkt",
        "Kilde",
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[LineRow] = []
        self._hay: list[str] = []
        self._visible: list[int] = []
        self._order: list[int] = []
        self._filter = LineFilter()
        self._sort: tuple[int, Qt.SortOrder] = (self.COL_MUNICIPALITY, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------------ data in
    def set_rows(self, rows: Sequence[LineRow]) -> None:
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
            idx = [i for i in idx if rows[i].municipality_id == mid]
        if f.cpv_prefix:
            prefix = f.cpv_prefix.replace(" ", "")
            idx = [i for i in idx if (rows[i].cpv or "").startswith(prefix)]
        if f.period_from or f.period_to:
            lo = f.period_from or dt.date.min
            hi = f.period_to or dt.date.max
            idx = [
                i
                for i in idx
                if (s := rows[i].period_start) is not None
                and (e := rows[i].period_end) is not None
                and e >= lo
                and s <= hi
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
        if column == self.COL_ANNUAL:
            return lambda i: (
                rows[i].annual_value_nok if rows[i].annual_value_nok is not None else -1
            )
        if column == self.COL_TOTAL:
            return lambda i: rows[i].total_value_nok if rows[i].total_value_nok is not None else -1
        if column == self.COL_PERIOD:
            return lambda i: rows[i].period_start or dt.date.max
        if column == self.COL_SOURCE:
            return lambda i: (rows[i].source_file or "", rows[i].source_row or 0)
        attr = {
            self.COL_MUNICIPALITY: 2,
            self.COL_REFERENCE: 3,
            self.COL_DESCRIPTION: 4,
            self.COL_CPV: 5,
        }[column]
        return lambda i: (rows[i][attr] or "").casefold()

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        return sorted(
            range(len(self._rows)),
            key=self._sort_key(column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    # ------------------------------------------------------------------ Qt API
    def row_at(self, row: int) -> LineRow:
        return self._rows[self._visible[row]]

    def total_count(self) -> int:
        return len(self._rows)

    def visible_total_value(self) -> int:
        return sum(self._rows[i].total_value_nok or 0 for i in self._visible)

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
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == LINE_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_ANNUAL, self.COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DESCRIPTION:
                return row.description
            if row.has_warnings:
                return "Linjen har advarsler fra importen – se detaljene."
        return None

    def _display(self, row: LineRow, col: int) -> str:
        if col == self.COL_MUNICIPALITY:
            return row.municipality
        if col == self.COL_REFERENCE:
            return row.reference or ""
        if col == self.COL_DESCRIPTION:
            return ("⚠ " if row.has_warnings else "") + row.description
        if col == self.COL_CPV:
            return row.cpv or ""
        if col == self.COL_ANNUAL:
            return format_nok(row.annual_value_nok) if row.annual_value_nok is not None else ""
        if col == self.COL_TOTAL:
            return format_nok(row.total_value_nok) if row.total_value_nok is not None else ""
        if col == self.COL_PERIOD:
            return row.period_text or ""
        if col == self.COL_SOURCE:
            sheet = f" / {row.source_sheet}" if row.source_sheet else ""
            return f"{row.source_file}{sheet}, rad {row.source_row}"
        return ""
