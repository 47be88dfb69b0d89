"""Overlapp: find overlapping needs, review each group with its explanation, and decide.

The list (left) is a fast table model over all groups; the detail pane (right) explains the
selected group and lists its lines with their own reasons. Every decision goes through
``services.overlap`` and ends with ``ctx.data_changed`` so all pages refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.overlap.model import DetectionSettings
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.pages.base import Page
from kommunesamarbeid.gui.pages.groups_model import (
    GroupsModel,
    MembersModel,
    format_score,
)
from kommunesamarbeid.gui.pages.overlap_decisions import OverlapDecisionsMixin
from kommunesamarbeid.gui.pages.overlap_detail import OverlapDetailMixin
from kommunesamarbeid.gui.pages.overlap_dialogs import AddLineDialog
from kommunesamarbeid.services import overlap as overlap_service
from kommunesamarbeid.services.municipalities import list_municipalities
from kommunesamarbeid.services.overlap import GroupInfo

log = logging.getLogger(__name__)
Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


class OverlapPage(OverlapDetailMixin, OverlapDecisionsMixin, Page):
    title = QT_TRANSLATE_NOOP("OverlapPage", "Overlapp")
    TITLE_MIN_WIDTH = 200
    #: Column widths (the title and the description get at least this, and what is left).
    GROUP_WIDTHS: ClassVar[dict[int, int]] = {
        GroupsModel.COL_STATUS: 90,
        GroupsModel.COL_TITLE: TITLE_MIN_WIDTH,
        GroupsModel.COL_MUNICIPALITIES: 125,
        GroupsModel.COL_LINES: 44,
        GroupsModel.COL_VALUE: 100,
        GroupsModel.COL_SCORE: 44,
    }
    GROUP_HIDE_ORDER = (
        GroupsModel.COL_SCORE,
        GroupsModel.COL_LINES,
        GroupsModel.COL_MUNICIPALITIES,
    )
    MEMBER_WIDTHS: ClassVar[dict[int, int]] = {
        MembersModel.COL_MUNICIPALITY: 100,
        MembersModel.COL_DESCRIPTION: 150,
        MembersModel.COL_VALUE: 100,
        MembersModel.COL_PERIOD: 80,
        MembersModel.COL_SCORE: 40,
    }
    MEMBER_HIDE_ORDER = (MembersModel.COL_SCORE, MembersModel.COL_PERIOD, MembersModel.COL_VALUE)

    STATUS_FILTERS = (
        (None, QT_TRANSLATE_NOOP("OverlapPage", "Alle")),
        ("candidate", QT_TRANSLATE_NOOP("OverlapPage", "Kandidat")),
        ("confirmed", QT_TRANSLATE_NOOP("OverlapPage", "Bekreftet")),
        ("rejected", QT_TRANSLATE_NOOP("OverlapPage", "Avvist")),
    )
    SORTS = (
        (GroupsModel.COL_VALUE, QT_TRANSLATE_NOOP("OverlapPage", "Verdi")),
        (GroupsModel.COL_SCORE, QT_TRANSLATE_NOOP("OverlapPage", "Score")),
        (GroupsModel.COL_MUNICIPALITIES, QT_TRANSLATE_NOOP("OverlapPage", "Antall kommuner")),
    )

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._task: Any = None
        self._selecting = False
        self._shown: GroupInfo | None = None
        self._has_lines = False
        self._build_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top_bar())
        self.content = QStackedWidget()
        self.content.addWidget(self._build_empty_state())
        self.content.addWidget(self._build_main())
        layout.addWidget(self.content, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        layout.addWidget(self.message)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(60)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.text_filter.textChanged.connect(self._filter_timer.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.sort_combo.currentIndexChanged.connect(self._sort_chosen)
        self.groups_view.horizontalHeader().sortIndicatorChanged.connect(self._sort_clicked)
        self.groups_view.selectionModel().selectionChanged.connect(self._group_selection_changed)
        self.groups_view.selectionModel().currentRowChanged.connect(self._group_selection_changed)
        self.members_view.selectionModel().selectionChanged.connect(self._update_actions)
        self.refresh()

    # ------------------------------------------------------------------ building
    def _action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: str | None,
        tip: str,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
        owner: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
            tip = (
                f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        (owner or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.find_action = QAction(self.tr("Finn overlapp"), self)
        self.find_action.setToolTip(
            self.tr("Sammenlign alle aktive linjer og finn overlapp (Ctrl+D)")
        )
        self.find_action.triggered.connect(lambda _c=False: self.run_detection())
        self.confirm_action = self._action(
            self.tr("Bekreft"),
            self.confirm_selected,
            "Ctrl+B",
            self.tr("Bekreft at linjene hører sammen"),
        )
        self.reject_action = self._action(
            self.tr("Avvis"),
            self.reject_selected,
            "Ctrl+Shift+A",
            self.tr("Avvis overlappet; det samme forslaget kommer ikke igjen"),
        )
        self.reopen_action = self._action(
            self.tr("Gjenåpne"),
            self.reopen_selected,
            "Ctrl+G",
            self.tr("Sett overlappet tilbake til forslag"),
        )
        self.merge_action = self._action(
            self.tr("Slå sammen …"),
            self.merge_selected,
            "Ctrl+M",
            self.tr("Slå sammen de valgte overlappene til ett"),
        )
        self.proposal_action = self._action(
            self.tr("Lag forslag …"),
            self.create_proposal,
            "Ctrl+Shift+F",
            self.tr("Lag et utkast til forslag til felles anskaffelse fra overlappet"),
        )
        self.add_line_action = self._action(
            self.tr("Legg til linje …"),
            self.add_lines,
            "Ctrl+L",
            self.tr("Legg en linje fra en annen kommune til i overlappet"),
        )
        self.split_action = self._action(
            self.tr("Del opp …"),
            self.split_selected,
            "Ctrl+Shift+D",
            self.tr("Flytt de valgte linjene til et nytt overlapp"),
        )
        self.explain_action = self._action(
            self.tr("Hvorfor er disse ikke sammen? …"),
            self.explain_lines,
            "Ctrl+Shift+H",
            self.tr("Velg to linjer og se hva som taler for og mot at de er samme behov"),
        )
        self.find_text_action = self._action(
            self.tr("Søk"),
            lambda: self.text_filter.setFocus(),
            "Ctrl+F",
            self.tr("Gå til søkefeltet"),
        )

    def _build_top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.find_button = QToolButton()
        self.find_button.setDefaultAction(self.find_action)
        self.find_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.find_button.setAccessibleName(self.tr("Finn overlapp"))
        bar.addWidget(self.find_button)
        self.explain_button = QToolButton()
        self.explain_button.setDefaultAction(self.explain_action)
        self.explain_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.explain_button.setAccessibleName(self.tr("Hvorfor er disse ikke sammen?"))
        bar.addWidget(self.explain_button)
        bar.addSpacing(8)
        self.filters = QWidget()
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Vis status"))
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for status, label in self.STATUS_FILTERS:
            self.status_filter.addItem(self.tr(label), status)
        status_label_widget = QLabel(self.tr("&Vis:"))
        status_label_widget.setBuddy(self.status_filter)
        filters.addWidget(status_label_widget)
        filters.addWidget(self.status_filter)
        self.sort_combo = QComboBox()
        self.sort_combo.setAccessibleName(self.tr("Sorter etter"))
        for column, label in self.SORTS:
            self.sort_combo.addItem(self.tr(label), column)
        sort_label = QLabel(self.tr("S&orter:"))
        sort_label.setBuddy(self.sort_combo)
        filters.addWidget(sort_label)
        filters.addWidget(self.sort_combo)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Søk i overlapp, kommuner, linjer …"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setAccessibleName(self.tr("Søk i overlappene"))
        self.text_filter.setMinimumWidth(120)
        filters.addWidget(self.text_filter, 1)
        bar.addWidget(self.filters, 1)
        return bar

    def _build_empty_state(self) -> QWidget:
        widget = QWidget()
        box = QVBoxLayout(widget)
        box.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("Ingen overlapp"))
        box.addWidget(self.empty_label)
        self.empty_find_button = QToolButton()
        self.empty_find_button.setDefaultAction(self.find_action)
        self.empty_find_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.empty_find_button.setAccessibleName(self.tr("Finn overlapp"))
        self.empty_find_button.setMinimumHeight(self.empty_find_button.sizeHint().height() + 10)
        box.addWidget(self.empty_find_button, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch(2)
        return widget

    @staticmethod
    def _button(action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text().replace("…", "").strip())
        return button

    def _build_main(self) -> QWidget:
        # Left: the groups.
        self.model = GroupsModel()
        self.groups_view = QTableView()
        self.groups_view.setModel(self.model)
        self.groups_view.setAccessibleName(self.tr("Overlapp"))
        self.groups_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.groups_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.groups_view.setAlternatingRowColors(True)
        self.groups_view.setWordWrap(False)
        self.groups_view.verticalHeader().setVisible(False)
        self.groups_view.horizontalHeader().setSortIndicator(
            GroupsModel.COL_VALUE, Qt.SortOrder.DescendingOrder
        )
        self.groups_view.setSortingEnabled(True)
        self.groups_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.groups_view.customContextMenuRequested.connect(self._groups_menu)
        rows = self.groups_view.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.groups_view.horizontalHeader()
        self.groups_view.viewport().installEventFilter(self)
        for col, width in self.GROUP_WIDTHS.items():
            header.resizeSection(col, width)
        header.setMinimumSectionSize(40)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.groups_view, 1)
        left_bottom = QHBoxLayout()
        left_bottom.addWidget(self._button(self.merge_action))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Antall overlapp"))
        left_bottom.addWidget(self.summary, 1)
        left_box.addLayout(left_bottom)

        # Right: explanation and members of the current group.
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Valgt overlapp"))
        right_box.addWidget(self.heading)
        group_buttons = QHBoxLayout()
        for action in (self.confirm_action, self.reject_action, self.reopen_action):
            group_buttons.addWidget(self._button(action))
        group_buttons.addStretch(1)
        group_buttons.addWidget(self._button(self.proposal_action))
        right_box.addLayout(group_buttons)
        self.explanation = QTextBrowser()
        self.explanation.setAccessibleName(self.tr("Hvorfor linjene hører sammen"))
        self.explanation.setOpenLinks(False)

        members = QWidget()
        members_box = QVBoxLayout(members)
        members_box.setContentsMargins(0, 0, 0, 0)
        members_head = QHBoxLayout()
        self.members_label = QLabel(self.tr("Linjer"))
        members_head.addWidget(self.members_label, 1)
        self.show_reasons = QCheckBox(self.tr("Vis begrunnelser"))
        self.show_reasons.setAccessibleName(self.tr("Vis begrunnelse for hver linje"))
        self.show_reasons.setToolTip(self.tr("Vis hvorfor hver linje passer i overlappet"))
        self.show_reasons.toggled.connect(self._expand_reasons)
        members_head.addWidget(self.show_reasons)
        members_box.addLayout(members_head)
        self.members_model = MembersModel()
        self.members_view = QTreeView()
        self.members_view.setModel(self.members_model)
        self.members_view.setAccessibleName(self.tr("Linjer i overlappet"))
        self.members_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members_view.setAlternatingRowColors(True)
        self.members_view.setUniformRowHeights(True)
        self.members_view.setIndentation(14)
        self.members_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.members_view.customContextMenuRequested.connect(self._members_menu)
        header = self.members_view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(MembersModel.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for col, width in self.MEMBER_WIDTHS.items():
            if col != MembersModel.COL_DESCRIPTION:
                header.resizeSection(col, width)
        self.members_view.viewport().installEventFilter(self)
        members_box.addWidget(self.members_view, 1)
        self.remove_line_action = self._action(
            self.tr("Ta ut linje"),
            self.remove_selected_lines,
            "Del",
            self.tr("Ta de valgte linjene ut av overlappet"),
            Qt.ShortcutContext.WidgetShortcut,
            self.members_view,
        )
        member_buttons = QHBoxLayout()
        for action in (self.add_line_action, self.remove_line_action, self.split_action):
            member_buttons.addWidget(self._button(action))
        member_buttons.addStretch(1)
        members_box.addLayout(member_buttons)

        detail_split = QSplitter(Qt.Orientation.Vertical)
        detail_split.addWidget(self.explanation)
        detail_split.addWidget(members)
        detail_split.setStretchFactor(0, 2)
        detail_split.setStretchFactor(1, 3)
        detail_split.setChildrenCollapsible(False)
        right_box.addWidget(detail_split, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The list gets a little more than half: it is read row by row, the detail in depth.
        self.splitter.setSizes([560, 440])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Resize and watched in (
            self.groups_view.viewport(),
            self.members_view.viewport(),
        ):
            self._adapt_columns()
        return super().eventFilter(watched, event)

    def _adapt_columns(self) -> None:
        # On a narrow window (1366 px at 150 %) secondary columns give way, in order, so the
        # title and the description stay readable; what they show is also in the detail
        # heading or in each line's reasons.
        for view, widths, stretch, hide_order in (
            (self.groups_view, self.GROUP_WIDTHS, GroupsModel.COL_TITLE, self.GROUP_HIDE_ORDER),
            (
                self.members_view,
                self.MEMBER_WIDTHS,
                MembersModel.COL_DESCRIPTION,
                self.MEMBER_HIDE_ORDER,
            ),
        ):
            room = view.width() - 20  # frame and vertical scroll bar
            hidden: set[int] = set()
            for column in hide_order:
                if sum(w for c, w in widths.items() if c not in hidden) <= room:
                    break
                hidden.add(column)
            for column in widths:
                if column != stretch:
                    view.setColumnHidden(column, column in hidden)
        self._fit_title_column()

    def _fit_title_column(self) -> None:
        # The title gets the room that is left, but never less than it needs to be read.
        header = self.groups_view.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount())
            if c != GroupsModel.COL_TITLE and not header.isSectionHidden(c)
        )
        room = self.groups_view.viewport().width() - others
        header.resizeSection(GroupsModel.COL_TITLE, max(self.TITLE_MIN_WIDTH, room))

    # ------------------------------------------------------------------ data
    def refresh(self) -> None:
        selected = self.selected_group_ids()
        current = self.current_group()
        current_row = self.groups_view.currentIndex().row()
        groups = overlap_service.list_groups(self.ctx.db)
        self._has_lines = any(m.active_lines for m in list_municipalities(self.ctx.db))
        self.model.set_groups(groups)
        self._update_status_counts()
        self._restore_selection(selected, current.id if current else None, current_row)
        self._update_empty_state()
        self._update_summary()
        self._show_current()

    def _update_status_counts(self) -> None:
        counts = self.model.count_by_status()
        for i, (status, label) in enumerate(self.STATUS_FILTERS):
            n = self.model.total_count() if status is None else counts.get(status, 0)
            self.status_filter.setItemText(i, f"{self.tr(label)} ({n})")

    def _update_empty_state(self) -> None:
        empty = self.model.total_count() == 0
        self.content.setCurrentIndex(0 if empty else 1)
        self.filters.setVisible(not empty)
        self.find_button.setVisible(not empty)
        if self._has_lines:
            self.empty_label.setText(
                self.tr(
                    "<h3>Ingen overlapp ennå</h3><p>Finn overlapp sammenligner de aktive linjene i "
                    "alle kommunenes anskaffelsesplaner og foreslår grupper av like behov.</p>"
                )
            )
        else:
            self.empty_label.setText(
                self.tr(
                    "<h3>Ingen planer å sammenligne</h3><p>Importer anskaffelsesplanene først "
                    "(Fil → Importer plan …), så kan du finne overlapp mellom kommunene.</p>"
                )
            )
        self.find_action.setEnabled(
            self._task is None and self._has_lines and self.ctx.actor.may_coordinate
        )

    def apply_filter(self) -> None:
        selected = self.selected_group_ids()
        current = self.current_group()
        self.model.set_filter(self.status_filter.currentData(), self.text_filter.text().strip())
        self._restore_selection(selected, current.id if current else None, 0)
        self._update_summary()
        self._show_current()

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        value = format_nok(self.model.visible_total_value())
        if shown == total:
            text = self.tr("{n} overlapp · {value}").format(n=total, value=value)
        else:
            text = self.tr("Viser {shown} av {total} · {value}").format(
                shown=shown, total=total, value=value
            )
        self.summary.setText(text)

    def status_text(self) -> str:
        total = self.model.total_count()
        if not total:
            return ""
        confirmed = self.model.count_by_status().get("confirmed", 0)
        return self.tr("{n} overlapp ({c} bekreftet)").format(n=total, c=confirmed)

    # ------------------------------------------------------------------ sorting
    def _sort_chosen(self) -> None:
        self.groups_view.sortByColumn(self.sort_combo.currentData(), Qt.SortOrder.DescendingOrder)

    def _sort_clicked(self, column: int, _order: Qt.SortOrder) -> None:
        index = self.sort_combo.findData(column)
        if index >= 0:
            self.sort_combo.blockSignals(True)
            self.sort_combo.setCurrentIndex(index)
            self.sort_combo.blockSignals(False)

    # ------------------------------------------------------------------ selection
    def selected_group_ids(self) -> list[int]:
        """Selected group ids, the current one first (it is the target of a merge)."""
        return [g.id for g in self.selected_groups()]

    def selected_groups(self) -> list[GroupInfo]:
        """Selected groups, the current one first."""
        rows = sorted(i.row() for i in self.groups_view.selectionModel().selectedRows())
        groups = [self.model.group_at(r) for r in rows]
        current = self.current_group()
        if current is not None and current in groups:
            groups.remove(current)
            groups.insert(0, current)
        return groups

    def current_group(self) -> GroupInfo | None:
        index = self.groups_view.currentIndex()
        selection = self.groups_view.selectionModel()
        if index.isValid() and selection.isRowSelected(index.row(), QModelIndex()):
            return self.model.group_at(index.row())
        rows = selection.selectedRows()
        return self.model.group_at(rows[0].row()) if rows else None

    def select_group(self, group_id: int) -> bool:
        """Make a group the only selected and current one; False when it is filtered out."""
        row = self.model.row_of(group_id)
        if row is None:
            return False
        self._select_rows([row], row)
        return True

    def _select_rows(self, rows: list[int], current: int) -> None:
        selection = self.groups_view.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        # One detail update for the whole change, not one per selection signal.
        self._selecting = True
        try:
            selection.clearSelection()
            for row in rows:
                selection.select(self.model.index(row, 0), flags.Select | flags.Rows)
            selection.setCurrentIndex(self.model.index(current, 0), flags.Rows | flags.Select)
        finally:
            self._selecting = False
        self.groups_view.scrollTo(self.model.index(current, 0))
        self._show_current()

    def _restore_selection(self, ids: list[int], current_id: int | None, fallback_row: int) -> None:
        rows = [r for r in (self.model.row_of(i) for i in ids) if r is not None]
        current = self.model.row_of(current_id) if current_id is not None else None
        if current is None and rows:
            current = rows[0]
        if current is None and self.model.rowCount():
            # The group left the list (decided under a status filter, merged away): go on with
            # the row that took its place, so reviewing one after another keeps its rhythm.
            current = min(max(fallback_row, 0), self.model.rowCount() - 1)
            rows = [current]
        if current is None:
            self.groups_view.selectionModel().clear()
            return
        self._select_rows(rows or [current], current)

    def _group_selection_changed(self) -> None:
        if not self._selecting:
            self._show_current()

    def _update_actions(self) -> None:
        groups = self.selected_groups()
        group = self.current_group()
        statuses = {g.status for g in groups}
        # While detection runs, and for an officer (who may look but not decide): greyed out.
        running = self._task is not None or not self.ctx.actor.may_coordinate
        self.confirm_action.setEnabled(bool(statuses - {"confirmed"}) and not running)
        self.reject_action.setEnabled(bool(statuses - {"rejected"}) and not running)
        self.reopen_action.setEnabled(bool(statuses - {"candidate"}) and not running)
        self.merge_action.setEnabled(len(groups) >= 2 and not running)
        self.proposal_action.setEnabled(
            group is not None and group.status != "rejected" and not running
        )
        self.add_line_action.setEnabled(group is not None and not running)
        members = self.selected_members()
        self.remove_line_action.setEnabled(bool(members) and not running)
        self.split_action.setEnabled(bool(members) and not running)

    # ------------------------------------------------------------------ menus
    def _groups_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in (
            self.confirm_action,
            self.reject_action,
            self.reopen_action,
            None,
            self.merge_action,
            None,
            self.proposal_action,
        ):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.popup(self.groups_view.viewport().mapToGlobal(pos))

    def _members_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        for action in (self.remove_line_action, self.split_action, None, self.add_line_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.popup(self.members_view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ detection
    def run_detection(self) -> None:
        """Run detection in the background with progress and Cancel (Ctrl+D)."""
        if self._task is not None:
            return
        db, actor = self.ctx.db, self.ctx.actor
        settings = DetectionSettings(sensitivity=self.ctx.settings.sensitivity())

        def work(progress: Callable[[int, int, str], bool]) -> overlap_service.DetectReport:
            return overlap_service.detect(db, actor, settings=settings, progress=progress)

        self._set_running(True)
        self.message.setText(self.tr("Leter etter overlapp …"))
        self._task = self.ctx.run_task(
            self,
            self.tr("Leter etter overlapp …"),
            work,
            self._detection_done,
            on_error=self._detection_failed,
        )

    def _set_running(self, running: bool) -> None:
        if not running:
            self._task = None
        self.find_action.setEnabled(
            not running and self._has_lines and self.ctx.actor.may_coordinate
        )
        self._update_actions()

    def _detection_done(self, report: overlap_service.DetectReport) -> None:
        self._set_running(False)
        self.message.setText(
            self.tr(
                "Fant {groups} overlapp blant {lines} linjer: {new} nye, {kept} beholdt fra før "
                "(følsomhet {s})."
            ).format(
                groups=len(report.groups),
                lines=report.lines,
                new=report.new,
                kept=report.kept,
                s=format_score(self.ctx.settings.sensitivity()),
            )
        )
        self.ctx.data_changed.emit()

    def _detection_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        if isinstance(exc, overlap_service.DetectionAborted):
            self.message.setText(self.tr("Søket etter overlapp ble avbrutt – ingenting er endret."))
        else:
            from kommunesamarbeid.gui.errors import show_error

            self.message.setText("")
            show_error(self, exc)

    # ------------------------------------------------------------------ proposals
    def create_proposal(self) -> None:
        group = self.current_group()
        if group is None:
            return
        try:
            from kommunesamarbeid.services import proposals
        except ImportError as exc:
            QMessageBox.warning(
                self,
                self.tr("Lag forslag"),
                self.tr("Forslag kan ikke lages i denne versjonen ennå ({error}).").format(
                    error=exc
                ),
            )
            return
        existing = [p for p in proposals.list_proposals(self.ctx.db) if p.group_id == group.id]
        if existing and not self._ask(
            self.tr("Lag forslag"),
            self.tr(
                "Overlappet har allerede forslaget {refs}. Lage et nytt forslag likevel?"
            ).format(refs=", ".join(p.reference for p in existing)),
        ):
            return
        db, actor = self.ctx.db, self.ctx.actor
        result = self._apply(
            self.tr("Lag forslag"),
            lambda: proposals.create_proposal(
                db, actor, group_id=group.id, expected_group_version=group.version
            ),
        )
        if result is None:
            return
        reference = getattr(result, "reference", "")
        self.message.setText(
            self.tr("Laget forslag {ref} fra overlapp nr. {id}.").format(ref=reference, id=group.id)
        )
        self._show_proposal(getattr(result, "id", None))

    def _show_proposal(self, proposal_id: int | None) -> None:
        """Switch to the Forslag page when the main window has one."""
        try:
            from kommunesamarbeid.gui.pages.proposals import ProposalsPage
        except Exception:  # that page is written in parallel; never let it break this action
            log.info("Forslag-siden er ikke tilgjengelig", exc_info=True)
            return
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if not callable(show_page):
            return
        try:
            show_page(ProposalsPage)
        except StopIteration:
            return
        page_of = getattr(window, "page", None)
        page = page_of(ProposalsPage) if callable(page_of) else None
        select = getattr(page, "select_proposal", None)
        if proposal_id is not None and callable(select):
            select(proposal_id)


__all__ = ["AddLineDialog", "OverlapPage"]
