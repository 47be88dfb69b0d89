"""Table models and small helpers for the import wizard (no widgets, testable without a window)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.plan_layout import PlanLayout, RowKind, analyse_sheet
from kommunesamarbeid.core.plan_lines import ParsedLine, SkippedRow, cell_text, read_plan
from kommunesamarbeid.core.problems import Problem, RefusedInputError
from kommunesamarbeid.core.sheet import SheetRow, Workbook, column_letter

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

#: Light backgrounds with dark text, readable in light and dark themes alike.
HEADER_BG = QColor("#d6e6fb")
ERROR_BG = QColor("#fadbd8")
LOW_BG = QColor("#ffe2b0")
MUTED_FG = QColor("#7a7a7a")
DARK_FG = QColor("#1a1a1a")

#: Longest cell text shown in a preview cell (the tooltip has all of it).
MAX_CELL_CHARS = 60


def short(text: str | None, limit: int = MAX_CELL_CHARS) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ------------------------------------------------------------------------------- pure helpers


@dataclass(frozen=True, slots=True)
class SheetInfo:
    """One sheet of the file and how plan-like it is."""

    name: str
    lines: int
    header_rows: tuple[int, ...] = ()
    hidden: bool = False
    rows: int = 0


def sheet_overview(workbook: Workbook) -> list[SheetInfo]:
    """Every sheet with the number of plan lines found in it (pure; may take a while)."""
    out: list[SheetInfo] = []
    for grid in workbook.sheets:
        layout: PlanLayout | None = None
        lines = 0
        try:
            layout = analyse_sheet(grid) if grid.rows else None
            if layout is not None:
                lines = len(read_plan(layout, file=workbook.file_name).lines)
        except RefusedInputError:
            layout = None
        out.append(
            SheetInfo(
                name=grid.name or "",
                lines=lines,
                header_rows=layout.header.row_numbers if layout else (),
                hidden=grid.state != "visible",
                rows=len(grid.rows),
            )
        )
    return out


_FOLD = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o", "é": "e"})
#: Words in file names that are not a municipality's name.
_GENERIC = (
    "plan plans anskaffelsesplan anskaffelsesplaner anskaffelser anskaffelse innkjopsplan innkjop "
    "innkjøpsplan innkjøp kopi copy ny nye utkast endelig final versjon kommune kommunes herad "
    "fylkeskommune oversikt liste ark mal tmp data eksport export"
)
_GENERIC_WORDS = frozenset(_GENERIC.split())


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _name_core(name: str) -> str:
    folded = _fold(name)
    for suffix in (" kommune", " herad"):
        if folded.endswith(suffix):
            folded = folded[: -len(suffix)]
    return folded


def same_municipality_name(a: str, b: str) -> bool:
    """ "Fedje", "fedje kommune" and "Fedje Kommune" are the same municipality."""
    return _name_core(a) == _name_core(b)


def guess_municipality(file_name: str, names: Sequence[str]) -> str | None:
    """The municipality whose name the file name contains (the longest such name), if any."""
    haystack = f" {_fold(file_name.rsplit('.', 1)[0])} "
    best: str | None = None
    for name in names:
        core = _name_core(name)
        if core and f" {core} " in haystack and (best is None or len(core) > len(_name_core(best))):
            best = name
    return best


def guess_new_name(file_name: str) -> str | None:
    """A municipality name suggested by a file name ("fedje_plan_2026.xlsx" -> "Fedje")."""
    stem = file_name.rsplit(".", 1)[0]
    for word in re.split(r"[\s_\-.,()]+", stem):
        if len(word) >= 3 and word.isalpha() and word.casefold() not in _GENERIC_WORDS:
            return word[:1].upper() + word[1:].lower()
    return None


def column_choice_label(col: int, text: str | None) -> str:
    """'D – Est. verdi pr år eks mva' (or just 'D' for a column without a header text)."""
    letter = column_letter(col)
    return f"{letter} – {short(text, 45)}" if text else letter


# ------------------------------------------------------------------------------------- models


class _Table(QAbstractTableModel):
    """A read-only table over a list of rows; subclasses give headers and cell functions."""

    headers: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def cell(self, item: Any, column: int) -> Any:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        value = self.cell(item, index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else short(str(value), 200)
        if role == Qt.ItemDataRole.ToolTipRole:
            return None if value is None else str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, int | float) else str(value or "")
        return self.decorate(item, index.column(), role)

    def decorate(self, item: Any, column: int, role: int) -> Any:
        return None


class SheetsModel(_Table):
    """The workbook's sheets: name, lines found, header row, hidden."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Ark"),
            self.tr("Planlinjer funnet"),
            self.tr("Overskriftsrad"),
            self.tr("Merknad"),
        )
        self.suggested: str | None = None

    def cell(self, item: SheetInfo, column: int) -> Any:
        if column == 0:
            return item.name
        if column == 1:
            return item.lines
        if column == 2:
            return "–".join(str(r) for r in item.header_rows) if item.header_rows else "–"
        notes = []
        if item.name == self.suggested:
            notes.append(self.tr("foreslått"))
        if item.hidden:
            notes.append(self.tr("skjult ark"))
        if not item.header_rows:
            notes.append(self.tr("fant ingen plan"))
        return ", ".join(notes)

    def decorate(self, item: SheetInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not item.lines:
            return MUTED_FG
        if role == Qt.ItemDataRole.FontRole and item.name == self.suggested:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowPreviewModel(QAbstractTableModel):
    """The top of a sheet as written, each row marked with what the import makes of it."""

    #: Rows that are not imported; shown greyed.
    MUTED = frozenset({RowKind.TITLE, RowKind.SECTION, RowKind.SUM, RowKind.NOTE})

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SheetRow] = []
        self._kinds: dict[int, RowKind] = {}
        self._columns = 0
        self.kind_labels = {
            RowKind.HEADER: self.tr("Overskrift"),
            RowKind.TITLE: self.tr("Tittel"),
            RowKind.SECTION: self.tr("Seksjon"),
            RowKind.SUM: self.tr("Sum"),
            RowKind.NOTE: self.tr("Merknad"),
            RowKind.NO_DESCRIPTION: self.tr("Tom linje"),
            RowKind.DATA: self.tr("Planlinje"),
        }

    def set_preview(
        self, rows: Sequence[SheetRow], kinds: dict[int, RowKind], max_columns: int = 30
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._kinds = dict(kinds)
        width = max((len(r.values) for r in self._rows), default=0)
        self._columns = min(width, max_columns)
        self.endResetModel()

    def row_number(self, row: int) -> int:
        return self._rows[row].number

    def kind(self, row: int) -> RowKind | None:
        return self._kinds.get(self._rows[row].number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._rows[section].number) if section < len(self._rows) else None
        return self.tr("Rolle") if section == 0 else column_letter(section - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        kind = self._kinds.get(row.number)
        col = index.column()
        text = (
            (self.kind_labels.get(kind, "") if kind else "")
            if col == 0
            else cell_text(row.get(col - 1))
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return short(text, 40)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        if role == Qt.ItemDataRole.BackgroundRole and kind is RowKind.HEADER:
            return HEADER_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            if kind is RowKind.HEADER:
                return DARK_FG
            if kind in self.MUTED or col == 0:
                return MUTED_FG
        if role == Qt.ItemDataRole.FontRole and (kind is RowKind.HEADER or kind in self.MUTED):
            font = QFont()
            font.setBold(kind is RowKind.HEADER)
            font.setItalic(kind in self.MUTED)
            return font
        return None


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One data row read under the mapping being edited."""

    row: int
    line: ParsedLine | None
    problems: tuple[Problem, ...]


class LinePreviewModel(_Table):
    """A few lines as they would be imported under the current column choice."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Rad"),
            self.tr("Beskrivelse"),
            self.tr("CPV"),
            self.tr("Verdi pr. år"),
            self.tr("Totalverdi"),
            self.tr("Tidspunkt"),
            self.tr("Merknader"),
        )

    def cell(self, item: PreviewLine, column: int) -> Any:
        line = item.line
        if column == 0:
            return item.row
        if column == 6:
            return " · ".join(p.message for p in item.problems)
        if line is None:
            return self.tr("(leses ikke)") if column == 1 else None
        if column == 1:
            return line.description
        if column == 2:
            return line.cpv
        if column == 3:
            return format_nok(line.annual_value_nok) if line.annual_value_nok is not None else None
        if column == 4:
            return format_nok(line.total_value_nok) if line.total_value_nok is not None else None
        return line.period_text

    def decorate(self, item: PreviewLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and item.line is None:
            return ERROR_BG
        if role == Qt.ItemDataRole.ForegroundRole and item.line is None:
            return DARK_FG
        return None


class ProblemsModel(_Table):
    """Errors (the row is not imported) and warnings (the line is imported) of a dry run."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Alvorlighet"),
            self.tr("Ark"),
            self.tr("Rad"),
            self.tr("Kolonne"),
            self.tr("Verdi"),
            self.tr("Melding"),
        )
        self.severity_labels = {"error": self.tr("Feil"), "warning": self.tr("Advarsel")}

    def cell(self, item: Problem, column: int) -> Any:
        return (
            self.severity_labels.get(item.severity, item.severity),
            item.sheet,
            item.row,
            item.column,
            item.value,
            item.message,
        )[column]

    def decorate(self, item: Problem, column: int, role: int) -> Any:
        if item.severity != "error":
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return ERROR_BG
        if role == Qt.ItemDataRole.ForegroundRole:
            return DARK_FG
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None


class SkippedModel(_Table):
    """Rows that are not plan lines (headings, sums, notes), with the reason."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("Rad"), self.tr("Årsak"), self.tr("Innhold"))

    def cell(self, item: SkippedRow, column: int) -> Any:
        return (item.row_number, item.reason, item.text)[column]
