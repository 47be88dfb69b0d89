"""Table model for planned-purchase lines (QAbstractTableModel; filtered by a proxy)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.services.lines import LineInfo

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


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
        self._lines: list[LineInfo] = []

    def set_lines(self, lines: list[LineInfo]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> LineInfo:
        return self._lines[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == SORT_ROLE:
            return self._sort_key(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_ANNUAL, self.COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DESCRIPTION:
            return line.details or line.description
        return None

    def _display(self, line: LineInfo, col: int) -> str:
        if col == self.COL_MUNICIPALITY:
            return line.municipality
        if col == self.COL_REFERENCE:
            return line.reference or ""
        if col == self.COL_DESCRIPTION:
            return line.description
        if col == self.COL_CPV:
            return line.cpv or ""
        if col == self.COL_ANNUAL:
            return format_nok(line.annual_value_nok) if line.annual_value_nok is not None else ""
        if col == self.COL_TOTAL:
            return format_nok(line.total_value_nok) if line.total_value_nok is not None else ""
        if col == self.COL_PERIOD:
            return line.period_text or ""
        if col == self.COL_SOURCE:
            sheet = f" / {line.source_sheet}" if line.source_sheet else ""
            return f"{line.source_file}{sheet}, rad {line.source_row}"
        return ""

    def _sort_key(self, line: LineInfo, col: int) -> Any:
        if col == self.COL_ANNUAL:
            return line.annual_value_nok if line.annual_value_nok is not None else -1
        if col == self.COL_TOTAL:
            return line.total_value_nok if line.total_value_nok is not None else -1
        if col == self.COL_PERIOD:
            return line.period_start.isoformat() if line.period_start else "9999"
        return self._display(line, col).casefold()
