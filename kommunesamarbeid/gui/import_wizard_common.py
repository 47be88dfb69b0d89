"""Shared pieces of the import wizard: page ids, the user's choices, what a page may ask of
the wizard (``WizardHost``) and small widget helpers.

The pages import this module and the models only; only ``import_wizard`` imports the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QWidget,
    QWizardPage,
)

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.core.sheet import SheetGrid, Workbook
from kommunesamarbeid.gui import tasks
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.import_wizard_models import (
    SheetInfo,
)
from kommunesamarbeid.services.import_plan import (
    ImportReport,
    PlanAnalysis,
)

#: Non-empty rows shown in the header preview (more when the header sits further down).
PREVIEW_ROWS = 40
#: Lines read in the column step's preview.
PREVIEW_LINES = 6
#: Below this detection confidence a column choice is highlighted for checking.
LOW_CONFIDENCE = 0.70

(
    PAGE_FILE,
    PAGE_MUNICIPALITY,
    PAGE_SHEET,
    PAGE_HEADER,
    PAGE_COLUMNS,
    PAGE_CHECK,
    PAGE_IMPORT,
    PAGE_SUMMARY,
) = range(8)


@dataclass(slots=True)
class FileRead:
    """What the first, background reading of the file found."""

    workbook: Workbook
    analysis: PlanAnalysis | None
    sheets: list[SheetInfo]
    problem: str | None = None


@dataclass(slots=True)
class ImportChoices:
    """Everything the user has chosen so far, and what was read with those choices."""

    path: Path | None = None
    workbook: Workbook | None = None
    sheets: list[SheetInfo] = field(default_factory=list)
    suggested_sheet: str | None = None
    municipality: str = ""
    municipality_exists: bool = False
    new_number: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    #: The user's corrected mapping (field -> column letter); None keeps the detected one.
    mapping: dict[str, str] | None = None
    analysis: PlanAnalysis | None = None
    analysis_key: tuple[Any, ...] | None = None
    dry_report: ImportReport | None = None
    report: ImportReport | None = None
    number_note: str | None = None
    #: The user agreed to an import that withdraws or blanks more than a quarter of the lines.
    allow_withdraw: bool = False

    @property
    def is_csv(self) -> bool:
        return self.workbook is not None and self.workbook.kind == "csv"

    def grid(self) -> SheetGrid | None:
        if self.workbook is None or not self.workbook.sheets:
            return None
        if self.is_csv:
            return self.workbook.sheets[0]
        return next((g for g in self.workbook.sheets if g.name == self.sheet), None)

    def sheet_arg(self) -> str | None:
        return None if self.is_csv else self.sheet

    def key(self) -> tuple[Any, ...]:
        remembered_for = self.municipality if self.municipality_exists else None
        return (str(self.path), self.sheet_arg(), self.header_row, remembered_for)


def _label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view


def _count(n: int, one: str, many: str) -> str:
    """'1 rad', '3 rader'."""
    return f"{n} {one if n == 1 else many}"


def _show(label: QLabel, html: str) -> None:
    """Set a message label's text; an empty one takes no room."""
    label.setText(html)
    label.setVisible(bool(html))


def _error_html(text: str) -> str:
    return f"<span style='color:#b3261e'><b>{escape(text)}</b></span>"


def _message(exc: BaseException) -> str:
    if isinstance(exc, UserError):  # (RefusedInputError is one)
        return exc.describe()
    return str(exc) or type(exc).__name__


class WizardHost(Protocol):
    """What the pages use of the wizard (the wizard implements it; pages never import it)."""

    ctx: AppContext
    choices: ImportChoices

    @property
    def closed(self) -> bool: ...

    def run(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[[tasks.ProgressFn], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        after_close: Callable[[Any], None] | None = None,
    ) -> None: ...

    def busy(self) -> bool: ...

    def mark_imported(self) -> None: ...

    def ensure_analysis(
        self, parent: QWidget, on_ready: Callable[[], None], on_error: Callable[[str], None]
    ) -> bool: ...

    def currentId(self) -> int: ...

    def next(self) -> None: ...


# ====================================================================================== pages


class WizardPage(QWizardPage):
    def __init__(self, wizard: WizardHost) -> None:
        super().__init__()
        self.w = wizard

    @property
    def choices(self) -> ImportChoices:
        return self.w.choices

    def _heading(self, title: str, subtitle: str) -> None:
        self.setTitle(title)
        self.setSubTitle(subtitle)
