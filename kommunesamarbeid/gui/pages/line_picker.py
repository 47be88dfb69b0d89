"""The table both add-line dialogs (overlap and proposal) pick lines from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from kommunesamarbeid.gui.pages.lines_model import LinesModel


def addable_lines_view(model: LinesModel, name: str) -> QTableView:
    """A sortable, multi-select table of ``model`` without the reference, annual value and
    source columns; the description column takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    for col in (LinesModel.COL_REFERENCE, LinesModel.COL_ANNUAL, LinesModel.COL_SOURCE):
        view.setColumnHidden(col, True)
    view.horizontalHeader().setSectionResizeMode(
        LinesModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch
    )
    return view


def line_search_and_table(
    owner: QWidget, rows: list[tuple[object, ...]], name: str
) -> tuple[QLineEdit, LinesModel, QTableView]:
    """The search box, model and table of a line-picking dialog, sorted by municipality."""
    search = QLineEdit()
    search.setPlaceholderText(
        QCoreApplication.translate("LinePicker", "Søk i beskrivelse, kommune, CPV …")
    )
    search.setClearButtonEnabled(True)
    search.setAccessibleName(QCoreApplication.translate("LinePicker", "Søk etter linje"))
    model = LinesModel()
    model.set_rows(rows)
    view = addable_lines_view(model, name)
    view.sortByColumn(LinesModel.COL_MUNICIPALITY, Qt.SortOrder.AscendingOrder)
    view.verticalHeader().setDefaultSectionSize(owner.fontMetrics().height() + 8)
    return search, model, view
