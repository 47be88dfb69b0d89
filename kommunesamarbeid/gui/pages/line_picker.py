"""The table both add-line dialogs (overlap and proposal) pick lines from."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

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
