"""The overlap page's dialog for adding lines to an overlap."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.gui.pages.groups_model import (
    display_title,
)
from kommunesamarbeid.gui.pages.line_picker import line_search_and_table
from kommunesamarbeid.gui.pages.lines_model import LineFilter, LinesModel
from kommunesamarbeid.services.overlap import GroupInfo


class AddLineDialog(QDialog):
    """Pick active lines that are in no open overlap, with a search box."""

    def __init__(
        self, rows: list[tuple[object, ...]], group: GroupInfo, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legg til linje i overlapp nr. {id}").format(id=group.id))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Velg én eller flere linjer å legge til i «{title}». Listen viser aktive linjer "
                "som ikke er med i et åpent overlapp."
            ).format(title=display_title(group.title))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search, self.model, self.view = line_search_and_table(
            self, rows, self.tr("Linjer som kan legges til")
        )
        layout.addWidget(self.search)
        header = self.view.horizontalHeader()
        for col, width in (
            (LinesModel.COL_MUNICIPALITY, 120),
            (LinesModel.COL_CPV, 75),
            (LinesModel.COL_TOTAL, 105),
            (LinesModel.COL_PERIOD, 100),
        ):
            header.resizeSection(col, width)
        layout.addWidget(self.view, 1)
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Legg til"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self._filter()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget() or self).screen().availableGeometry()
        self.resize(min(960, int(screen.width() * 0.9)), min(560, int(screen.height() * 0.85)))

    def _filter(self) -> None:
        self.model.set_filter(LineFilter(text=self.search.text().strip()))
        shown, total = self.model.rowCount(), self.model.total_count()
        text = self.tr("Viser {shown} av {total} linjer").format(shown=shown, total=total)
        if shown == 0 and total:
            text += self.tr(
                " – ingen ledige linjer passer søket. En linje som er med i et annet åpent "
                "overlapp, må tas ut der først."
            )
        self.count.setText(text)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def selected_line_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r).id for r in rows]
