"""The overlap page's "Hvorfor er disse ikke sammen?": pick two lines, read the evidence."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.core.overlap.pair import PairExplanation
from kommunesamarbeid.core.texts import lang_of
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui.i18n import current_language
from kommunesamarbeid.gui.pages.line_picker import line_search_and_table
from kommunesamarbeid.gui.pages.lines_model import LineFilter
from kommunesamarbeid.services.overlap_explain import explanation_in


class ExplainDialog(QDialog):
    """Two lines chosen in a searchable table; the evidence for and against them shown below."""

    def __init__(
        self,
        db: Database,
        rows: list[tuple[object, ...]],
        parent: QWidget | None = None,
        *,
        preselect: tuple[int, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.result: PairExplanation | None = None
        self.setWindowTitle(self.tr("Hvorfor er disse ikke sammen?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Velg to linjer (hold Ctrl nede for den andre). Du ser hva som taler for og mot "
                "at de er samme behov, og hva som ville gjort dem til ett overlapp."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search, self.model, self.view = line_search_and_table(
            self, rows, self.tr("Linjer å sammenligne")
        )
        layout.addWidget(self.search)
        self.answer = QTextBrowser()
        self.answer.setAccessibleName(self.tr("Forklaring"))
        self.answer.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.answer)
        splitter.setSizes([260, 300])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Lukk"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._explain())
        self._filter()
        self._select(preselect)
        self._explain()
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(980, int(screen.width() * 0.9)), min(680, int(screen.height() * 0.85)))

    def _filter(self) -> None:
        self.model.set_filter(LineFilter(text=self.search.text().strip()))

    def _select(self, line_ids: tuple[int, ...]) -> None:
        selection = self.view.selectionModel()
        first = None
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in line_ids:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
                first = row if first is None else first
        if first is not None:  # the chosen lines in sight, not only their answer
            self.view.scrollTo(self.model.index(first, 0), self.view.ScrollHint.PositionAtTop)

    def selected_line_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r).id for r in rows]

    def _explain(self) -> None:
        chosen = self.selected_line_ids()
        if len(chosen) != 2:
            self.result = None
            self.answer.setHtml(
                "<p>"
                + html.escape(self.tr("Velg nøyaktig to linjer ({n} valgt).").format(n=len(chosen)))
                + "</p>"
            )
            return
        from kommunesamarbeid.services.overlap_explain import explain_lines

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = explain_lines(self.db, chosen[0], chosen[1])
        except UserError as exc:
            self.result = None
            self.answer.setHtml(f"<p>{html.escape(exc.describe())}</p>")
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.answer.setHtml(self._render(self.result))

    def _render(self, result: PairExplanation) -> str:
        verdict = (
            self.tr("Linjene {a} og {b} er i samme overlapp.")
            if result.grouped
            else self.tr("Linjene {a} og {b} er ikke i samme overlapp.")
        ).format(a=result.first_id, b=result.second_id)
        score = self.tr("Likhet {score} (terskel {threshold}).").format(
            score=f"{result.score:.2f}".replace(".", ","),
            threshold=f"{result.threshold:.2f}".replace(".", ","),
        )
        parts = [f"<p><b>{html.escape(verdict)}</b> {html.escape(score)}</p>"]
        shown = explanation_in(result, lang_of(current_language()))  # (written in bokmål)
        for title, items in (
            (self.tr("Taler for"), shown.evidence_for),
            (self.tr("Taler mot"), shown.evidence_against),
            (self.tr("Dette ville gjort dem til et overlapp"), shown.would_group),
        ):
            if items:
                parts.append(f"<h4>{html.escape(title)}</h4><ul>")
                parts.extend(f"<li>{html.escape(item)}</li>" for item in items)
                parts.append("</ul>")
        return "".join(parts)


__all__ = ["ExplainDialog"]
