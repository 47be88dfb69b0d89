"""Small widgets and helpers shared by the proposal editor's tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kommunesamarbeid.gui.typed_inputs import DateInput

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT_FIELDS = (
    "contact_name",
    "contact_email",
    "fullmakt_signed_date",
    "signatory_name",
    "signatory_title",
)


def basis_labels() -> dict[str, str]:
    return {
        "area": QCoreApplication.translate("ProposalEditor", "Område"),
        "product": QCoreApplication.translate("ProposalEditor", "Produktgruppe"),
    }


def _qdate(value: dt.date | None) -> QDate:
    day = value or dt.date.today()
    return QDate(day.year, day.month, day.day)


def _date_text(value: dt.date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def _item(text: str, *, editable: bool = False, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str], name: str, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    for col in range(len(headers)):
        mode = QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if col == stretch else mode)
    table.setMinimumHeight(120)
    return table


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


def _text_edit(name: str, placeholder: str, lines: int = 4) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 12)
    return edit


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    label.setForegroundRole(label.foregroundRole())
    return label


class OptionalDate(QWidget):
    """A date that may be unset: a checkbox says whether the date beside it counts."""

    changed = Signal()

    def __init__(self, check_text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(check_text)
        self.check.setAccessibleName(
            QCoreApplication.translate("ProposalEditor", "{name}: dato satt").format(name=name)
        )
        self.edit = DateInput(_qdate(None))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setAccessibleName(name)
        self.edit.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: dt.date | None) -> None:
        with QSignalBlocker(self.check), QSignalBlocker(self.edit):
            self.check.setChecked(value is not None)
            self.edit.setDate(_qdate(value))
            self.edit.setEnabled(value is not None)
