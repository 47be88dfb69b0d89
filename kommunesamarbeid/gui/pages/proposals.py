"""Forslag: edit a joint-tender proposal, watch its value and warnings, preview, print, export.

Left: the proposals and, below, a live summary of the open one (value, value per municipality,
threshold period, procedure, warnings), recomputed by ``services.proposals.evaluated`` after
every save. Right: the editor. Edits are kept until «Lagre»; switching proposal, page or closing
the window with unsaved edits asks first. Actions that change the proposal at once (lines, lot
suggestions, proposed timeline) save pending edits first, so no input is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QObject,
    QStandardPaths,
    Qt,
    QTemporaryDir,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QLabel,
    QListView,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.core.proposal import STATUS_LABELS, Evaluation, ProposalData
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.base import Page
from kommunesamarbeid.gui.pages.proposal_editor import ProposalEditor
from kommunesamarbeid.gui.pages.proposal_line_changes import LineChangesMixin
from kommunesamarbeid.gui.pages.proposal_saving import ProposalSavingMixin
from kommunesamarbeid.gui.pages.proposals_widgets import (
    WARNING_ROLE,
    AddLineDialog,
    ProposalListModel,
    SummaryPanel,
    file_stem,
    wrap_list_view,
)
from kommunesamarbeid.gui.pdf_preview import PdfPreviewDialog
from kommunesamarbeid.services import exports
from kommunesamarbeid.services import proposals as service
from kommunesamarbeid.services.lines import (
    ROW_ID,
    ROW_MUNICIPALITY,
    ROW_MUNICIPALITY_ID,
    line_table,
)

Btn = QMessageBox.StandardButton


# ------------------------------------------------------------------------------ page


class ProposalsPage(ProposalSavingMixin, LineChangesMixin, Page):
    title = QT_TRANSLATE_NOOP("ProposalsPage", "Forslag")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.current_id: int | None = None
        self.data: ProposalData | None = None
        self.evaluation: Evaluation | None = None
        self._dirty = False
        self._revision = 0
        self._own_change = False
        self._preview: PdfPreviewDialog | None = None
        self._preview_key: tuple[int, int] | None = None
        self._pdf_count = 0
        self._tmp = QTemporaryDir()
        self._export_dir = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self._watched_window: QWidget | None = None
        self._build_actions()
        self._build()
        self.refresh()

    # ------------------------------------------------------------------ building
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        name: str = "",
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        if name:
            action.setToolTip(name)
        return action

    def _build_actions(self) -> None:
        self.save_action = self._action(
            self.tr("Lagre"),
            self.save,
            self.tr("Lagre endringene (Ctrl+S)"),
            QKeySequence.StandardKey.Save,
        )
        self.revert_action = self._action(
            self.tr("Angre endringer"),
            self.revert,
            self.tr("Forkast endringene som ikke er lagret"),
        )
        self.preview_action = self._action(
            self.tr("Forhåndsvis PDF"),
            self.preview_pdf,
            self.tr("Vis forslaget som PDF her i programmet"),
        )
        self.print_action = self._action(
            self.tr("Skriv ut …"),
            self.print_proposal,
            self.tr("Skriv ut forslaget"),
            QKeySequence.StandardKey.Print,
        )
        self.export_pdf_action = self._action(self.tr("PDF …"), self.export_pdf)
        self.export_fullmakt_action = self._action(
            self.tr("Fullmakter (én per kommune) …"), self.export_fullmakt
        )
        self.export_xlsx_action = self._action(self.tr("Excel-vedlegg …"), self.export_xlsx)
        self.export_ocds_action = self._action(self.tr("OCDS (JSON) …"), self.export_ocds)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        # left: list above summary
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(True)
        self.left_splitter = left
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(QLabel(self.tr("<b>Forslag</b>")))
        self.model = ProposalListModel()
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Forslag til felles anskaffelse"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSpacing(1)
        self._wrap(self.list_view)
        list_layout.addWidget(self.list_view, 1)
        self.empty_hint = QLabel(
            self.tr("Ingen forslag ennå. Lag et fra et overlapp på siden «Overlapp».")
        )
        self.empty_hint.setWordWrap(True)
        list_layout.addWidget(self.empty_hint)
        left.addWidget(list_box)
        self.summary = SummaryPanel()
        summary_scroll = QScrollArea()
        summary_scroll.setWidgetResizable(True)
        summary_scroll.setFrameShape(QFrame.Shape.NoFrame)
        summary_scroll.setWidget(self.summary)
        summary_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.addWidget(summary_scroll)
        left.setStretchFactor(0, 1)
        left.setStretchFactor(1, 3)
        left.setSizes([130, 500])
        self.splitter.addWidget(left)
        # right: header, toolbar, editor
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(2)
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Åpent forslag"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setMinimumWidth(50)
        right_layout.addWidget(self.heading)
        self.toolbar = QToolBar(self.tr("Forslag"))
        self.toolbar.setAccessibleName(self.tr("Handlinger for forslaget"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.save_action)
        self.toolbar.addAction(self.revert_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.preview_action)
        self.toolbar.addAction(self.print_action)
        self.export_menu = QMenu(self.tr("Eksporter"), self)
        for action in (
            self.export_pdf_action,
            self.export_fullmakt_action,
            self.export_xlsx_action,
            self.export_ocds_action,
        ):
            self.export_menu.addAction(action)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Eksporter"))
        self.export_button.setAccessibleName(self.tr("Eksporter"))
        self.export_button.setMenu(self.export_menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.export_button)
        right_layout.addWidget(self.toolbar)
        self.stack = QStackedWidget()
        placeholder = QLabel(
            self.tr(
                "Velg et forslag i listen til venstre.\n\nNye forslag lages fra et overlapp på "
                "siden «Overlapp»."
            )
        )
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        placeholder.setWordWrap(True)
        self.stack.addWidget(placeholder)
        self.editor = ProposalEditor()
        self.stack.addWidget(self.editor)
        right_layout.addWidget(self.stack, 1)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(180)
        self._sized = False
        layout.addWidget(self.splitter)

        self.list_view.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.editor.edited.connect(self._update_dirty)
        self.editor.add_line_requested.connect(self.add_lines)
        self.editor.remove_line_requested.connect(self.remove_line)
        self.editor.suggest_lots_requested.connect(self.suggest_lots)
        self.editor.propose_timeline_requested.connect(self.propose_timeline)
        # after the editor's own slots: what an officer may change follows the participant
        self.editor.participant_combo.currentIndexChanged.connect(lambda _i: self.apply_role())
        self.editor.lines_table.itemSelectionChanged.connect(self.apply_role)
        self.summary.warnings.itemActivated.connect(self._warning_activated)
        self._update_actions()

    _wrap = staticmethod(wrap_list_view)

    # ------------------------------------------------------------------ list and loading
    def refresh(self) -> None:
        self.model.set_rows(service.list_proposals(self.ctx.db))
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        if self.current_id is not None and self.model.row_of(self.current_id) < 0:
            self._close_editor()
        elif self.current_id is not None and not self._dirty and not self._own_change:
            self._load(self.current_id)
        self._select_row(self.current_id)

    def status_text(self) -> str:
        n = self.model.rowCount()
        return self.tr("{n} forslag").format(n=n) if n else ""

    def _select_row(self, proposal_id: int | None) -> None:
        selection = self.list_view.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(proposal_id) if proposal_id is not None else -1
        if row >= 0:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            selection.clearSelection()
        selection.blockSignals(False)

    def _list_selection_changed(self) -> None:
        rows = self.list_view.selectionModel().selectedRows()
        if not rows:
            return
        proposal_id = self.model.rows[rows[0].row()].id
        if not self.select_proposal(proposal_id):
            self._select_row(self.current_id)

    def select_proposal(self, proposal_id: int) -> bool:
        """Open a proposal (asks about unsaved edits first). False when the user stayed."""
        if proposal_id == self.current_id:
            self._select_row(proposal_id)
            return True
        if not self.maybe_save():
            return False
        if self.model.row_of(proposal_id) < 0:
            self.model.set_rows(service.list_proposals(self.ctx.db))
        try:
            self._load(proposal_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Forslag"), exc.describe())
            return False
        self._select_row(proposal_id)
        return True

    open_proposal = select_proposal

    def _load(self, proposal_id: int) -> None:
        data, evaluation = service.evaluated(self.ctx.db, proposal_id)
        self.current_id, self.data, self.evaluation = proposal_id, data, evaluation
        self.editor.load(data, evaluation)
        self.editor.market_view.request(self.ctx.db, data)
        self.summary.show_evaluation(data, evaluation)
        self.stack.setCurrentWidget(self.editor)
        self.apply_role()
        self._set_dirty(False)

    def _close_editor(self) -> None:
        self.current_id = self.data = self.evaluation = None
        self.summary.show_evaluation(None, None)
        self.stack.setCurrentIndex(0)
        self._set_dirty(False)

    def _update_heading(self) -> None:
        if self.data is None:
            self.heading.setText(self.tr("Ingen forslag åpent"))
            return
        status = STATUS_LABELS.get(self.data.status, str(self.data.status))
        mark = self.tr("  ● ulagrede endringer") if self._dirty else ""
        text = f"{self.data.reference} · {status}{mark} · {self.data.title}"
        self.heading.setToolTip(text)
        width = max(self.heading.width(), 200)
        self.heading.setText(
            self.heading.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        )

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._update_heading()

    # ------------------------------------------------------------------ dirty state and saving
    def _update_dirty(self) -> None:
        self._set_dirty(self.data is not None and self.editor.has_changes())

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.summary.stale.setVisible(dirty)
        self._update_heading()
        self._update_actions()

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _update_actions(self) -> None:
        is_open = self.current_id is not None
        self.save_action.setEnabled(is_open and self._dirty)
        self.revert_action.setEnabled(is_open and self._dirty)
        for action in (
            self.preview_action,
            self.print_action,
            self.export_pdf_action,
            self.export_fullmakt_action,
            self.export_xlsx_action,
            self.export_ocds_action,
        ):
            action.setEnabled(is_open)
        self.export_button.setEnabled(is_open)

    # ------------------------------------------------------------------ leaving the page
    def hideEvent(self, event: Any) -> None:
        super().hideEvent(event)
        if self._dirty and not event.spontaneous():
            QTimer.singleShot(0, self, self._left_with_changes)

    def _left_with_changes(self) -> None:
        if self.isVisible() or not self._dirty or not self.window().isVisible():
            return
        if not self.maybe_save():
            show_page = getattr(self.window(), "show_page", None)
            if callable(show_page):
                show_page(type(self))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._sized and self.width() > 0:
            # a third of the page for list and summary, but the editor gets the most
            self._sized = True
            left = min(max(int(self.width() * 0.3), 200), 300)
            self.splitter.setSizes([left, max(self.width() - left, 200)])
        window = self.window()
        if window is not self and window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched_window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._watched_window
            and event.type() == QEvent.Type.Close
            and (self._dirty and not self.maybe_save())
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ editor actions
    def _warning_activated(self, item: QListWidgetItem) -> None:
        code, mid, _message = item.data(WARNING_ROLE)
        if code == "LINE_CHANGED":
            self.accept_line_changes()
            return
        self.editor.show_warning_target(code, mid)

    def suggest_lots(self, basis: str) -> None:
        if self.current_id is None:
            return
        how = {"area": self.tr("område"), "product": self.tr("produktgruppe")}.get(
            basis, self.tr("lokalt marked")
        )
        existing = len(self.editor._lot_rows())
        title = self.tr("Foreslå delkontrakter")
        if existing and not self._confirm(
            title,
            self.tr(
                "Foreslå delkontrakter etter {how}? Dette erstatter de {n} delkontraktene og "
                "hvilken delkontrakt hver linje hører til."
            ).format(how=how, n=existing),
        ):
            return
        if not existing and self._dirty and not self.save():
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.current_id
        self._apply(
            title,
            lambda version: service.suggest_lots_for(
                db, actor, pid, basis, expected_version=version
            ),
        )
        self.editor.setCurrentIndex(ProposalEditor.TAB_LOTS)

    def propose_timeline(self) -> None:
        if self.current_id is None:
            return
        title = self.tr("Foreslå tidsplan")
        existing = len(self.editor.milestones())
        if existing and not self._confirm(
            title,
            self.tr(
                "Foreslå en ny tidsplan? Den erstatter de {n} milepælene i tidsplanen, og "
                "kunngjøring og kontraktsstart flyttes etter den."
            ).format(n=existing),
        ):
            return
        if not existing and self._dirty and not self.save():
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.current_id
        self._apply(
            title,
            lambda version: service.propose_timeline(db, actor, pid, expected_version=version),
        )
        self.editor.setCurrentIndex(ProposalEditor.TAB_TIMELINE)

    def add_lines(self, municipality_id: int) -> None:
        if self.current_id is None or self.data is None:
            return
        taken = {line.line_id for line in self.data.all_lines()}
        rows = [r for r in line_table(self.ctx.db) if r[ROW_ID] not in taken]
        names = sorted(
            {(r[ROW_MUNICIPALITY_ID], r[ROW_MUNICIPALITY]) for r in rows}, key=lambda x: x[1]
        )
        dialog = AddLineDialog(rows, names, municipality_id or None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selected_line_ids():
            return
        if self._dirty and not self.save():
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.current_id
        ids = dialog.selected_line_ids()
        self._apply(
            self.tr("Legg til linje"),
            lambda version: service.set_line_membership(
                db, actor, pid, ids, include=True, expected_version=version
            ),
        )

    def remove_line(self, line_id: int) -> None:
        if self.current_id is None or self.data is None:
            return
        line = next((x for x in self.data.all_lines() if x.line_id == line_id), None)
        if line is None:
            return
        if not self._confirm(
            self.tr("Fjern linje"),
            self.tr("Fjerne «{line}» fra forslaget? Linjen blir stående i kommunens plan.").format(
                line=line.description
            ),
        ):
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.current_id
        self._apply(
            self.tr("Fjern linje"),
            lambda version: service.set_line_membership(
                db, actor, pid, line_id, include=False, expected_version=version
            ),
        )

    # ------------------------------------------------------------------ PDF preview and print
    def _document_title(self) -> str:
        return f"{self.data.reference} {self.data.title}" if self.data else ""

    def _preview_dialog(self) -> PdfPreviewDialog:
        if self._preview is None:
            self._preview = PdfPreviewDialog(self)
            self._preview.preview.save_requested.connect(self.export_pdf)
        return self._preview

    def _with_pdf(self, then: Callable[[PdfPreviewDialog], None]) -> None:
        """Render the saved proposal to a temporary PDF (in the background), then ``then``."""
        if self.current_id is None or not self._save_before(self.tr("PDF-en")):
            return
        key = (self.current_id, self._revision)
        if (
            self._preview is not None
            and self._preview_key == key
            and self._preview.preview.page_count()
        ):
            then(self._preview)
            return
        self._pdf_count += 1
        out = Path(self._tmp.path()) / f"forslag-{self.current_id}-{self._pdf_count}.pdf"
        db, pid, title = self.ctx.db, self.current_id, self._document_title()

        def done(path: object) -> None:
            if not self._alive():
                return
            dialog = self._preview_dialog()
            if dialog.show_pdf(Path(str(path)), title):
                self._preview_key = key
                then(dialog)
            Path(str(path)).unlink(missing_ok=True)  # the preview holds the bytes

        self.ctx.run_task(
            self,
            self.tr("Lager PDF …"),
            lambda _p: exports.export_proposal_pdf(db, pid, out),
            done,
            on_error=self._export_failed,
        )

    def preview_pdf(self) -> None:
        def show(dialog: PdfPreviewDialog) -> None:
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()

        self._with_pdf(show)

    def print_proposal(self) -> None:
        self._with_pdf(lambda dialog: dialog.print_document() and None)

    # ------------------------------------------------------------------ exports
    def _ask_save_path(
        self, title: str, suggestion: str, name_filter: str, suffix: str
    ) -> Path | None:
        dialog = QFileDialog(self, title, str(self._export_dir / suggestion), name_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        if path.suffix.lower() != suffix:
            # the dialog confirmed another name: confirm this one before overwriting it
            path = path.with_name(path.name + suffix)
            if (
                path.exists()
                and QMessageBox.question(
                    self,
                    title,
                    self.tr("{name} finnes fra før. Vil du erstatte den?").format(name=path.name),
                    Btn.Yes | Btn.No,
                    Btn.No,
                )
                != Btn.Yes
            ):
                return None
        self._export_dir = path.parent
        return path

    def _ask_folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title, str(self._export_dir))
        if not folder:
            return None
        self._export_dir = Path(folder)
        return Path(folder)

    def _alive(self) -> bool:
        """False once the window is closed: a background task may finish after that."""
        return shiboken6.isValid(self) and self.window().isVisible()

    def _export_failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        if isinstance(exc, ModuleNotFoundError):
            QMessageBox.warning(
                self,
                self.tr("Eksport"),
                self.tr(
                    "Denne eksporten er ikke tilgjengelig i denne versjonen av programmet "
                    "(modulen {module} mangler)."
                ).format(module=exc.name or ""),
            )
        else:
            from kommunesamarbeid.gui.errors import show_error

            show_error(self, exc, self.tr("Eksport"))

    def _export_file(
        self, what: str, suffix: str, name_filter: str, fn: Callable[[Any, int, Path], object]
    ) -> None:
        if self.current_id is None or not self._save_before(what):
            return
        title = self.tr("Eksporter {what}").format(what=what)
        out = self._ask_save_path(
            title, file_stem(self._document_title()) + suffix, name_filter, suffix
        )
        if out is None:
            return
        db, pid = self.ctx.db, self.current_id
        self.ctx.run_task(
            self,
            self.tr("Skriver {what} …").format(what=what),
            lambda _p: fn(db, pid, out),
            lambda path: (
                self._alive()
                and QMessageBox.information(self, title, self.tr("Lagret {path}").format(path=path))
            ),
            on_error=self._export_failed,
        )

    def export_pdf(self) -> None:
        self._export_file(
            self.tr("PDF"), ".pdf", self.tr("PDF (*.pdf)"), exports.export_proposal_pdf
        )

    def export_xlsx(self) -> None:
        self._export_file(
            self.tr("Excel-vedlegg"),
            ".xlsx",
            self.tr("Excel (*.xlsx)"),
            exports.export_proposal_xlsx,
        )

    def export_ocds(self) -> None:
        self._export_file(
            self.tr("OCDS"), ".json", self.tr("OCDS JSON (*.json)"), exports.export_ocds
        )

    def export_fullmakt(self) -> None:
        what = self.tr("Fullmaktene")
        if self.current_id is None or not self._save_before(what):
            return
        title = self.tr("Eksporter fullmakter")
        folder = self._ask_folder(self.tr("Velg mappe for fullmaktene"))
        if folder is None:
            return
        existing = sorted(p.name for p in folder.glob("fullmakt_*.pdf"))
        if (
            existing
            and QMessageBox.question(
                self,
                title,
                self.tr(
                    "Mappen har allerede {n} fullmakt-filer ({names}). Filer med samme navn blir "
                    "erstattet. Fortsette?"
                ).format(
                    n=len(existing),
                    names=", ".join(existing[:3]) + (" …" if len(existing) > 3 else ""),
                ),
                Btn.Yes | Btn.No,
                Btn.No,
            )
            != Btn.Yes
        ):
            return
        db, pid = self.ctx.db, self.current_id

        def done(paths: object) -> None:
            if not self._alive():
                return
            written = list(paths) if isinstance(paths, list) else []
            QMessageBox.information(
                self,
                title,
                self.tr("Skrev {n} fullmakter til {folder}.").format(n=len(written), folder=folder),
            )

        self.ctx.run_task(
            self,
            self.tr("Skriver fullmaktene …"),
            lambda _p: exports.export_fullmakt(db, pid, folder),
            done,
            on_error=self._export_failed,
        )


__all__ = [
    "WARNING_ROLE",
    "AddLineDialog",
    "ProposalListModel",
    "ProposalsPage",
    "SummaryPanel",
    "file_stem",
]
