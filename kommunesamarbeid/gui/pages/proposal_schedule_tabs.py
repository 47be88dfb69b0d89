"""Proposal editor tabs as mixins of ``ProposalEditor``: Delkontrakter and Tidsplan."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    MILESTONE_LABELS,
    LotData,
    MilestoneData,
    MilestoneKind,
    ProposalData,
    milestone_title,
)
from kommunesamarbeid.gui.charts import (
    TimelineChart,
    TimelineData,
    TimelineExpiry,
    TimelineMilestone,
    short_name,
)
from kommunesamarbeid.gui.pages.local_market_view import LocalMarketView
from kommunesamarbeid.gui.pages.proposal_editor_widgets import (
    KEY_ROLE,
    OptionalDate,
    _item,
    _scrolled,
    _table,
    _text_edit,
    basis_labels,
)


class LotsTabMixin:
    """The Delkontrakter tab of ``ProposalEditor``."""

    # ================================================================== Delkontrakter
    def _build_lots(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        suggest = QHBoxLayout()
        self.suggest_area_button = QPushButton(self.tr("Foreslå etter område"))
        self.suggest_area_button.setAccessibleName(self.tr("Foreslå delkontrakter etter område"))
        self.suggest_area_button.setToolTip(
            self.tr(
                "Én delkontrakt per kommune (små slås sammen), så lokale leverandører kan gi tilbud."
            )
        )
        self.suggest_product_button = QPushButton(self.tr("Foreslå etter produktgruppe"))
        self.suggest_product_button.setAccessibleName(
            self.tr("Foreslå delkontrakter etter produktgruppe")
        )
        self.suggest_product_button.setToolTip(self.tr("Én delkontrakt per CPV-klasse."))
        suggest.addWidget(self.suggest_area_button)
        suggest.addWidget(self.suggest_product_button)
        suggest.addStretch(1)
        layout.addLayout(suggest)
        self.lots_table = _table(
            [
                self.tr("Nr."),
                self.tr("Tittel"),
                self.tr("Grunnlag"),
                self.tr("Linjer"),
                self.tr("Anslått verdi"),
            ],
            self.tr("Delkontrakter"),
            stretch=1,
        )
        layout.addWidget(self.lots_table)
        lot_buttons = QHBoxLayout()
        self.add_lot_button = QPushButton(self.tr("Ny delkontrakt"))
        self.add_lot_button.setAccessibleName(self.tr("Ny delkontrakt"))
        self.remove_lot_button = QPushButton(self.tr("Fjern delkontrakt"))
        self.remove_lot_button.setAccessibleName(self.tr("Fjern valgt delkontrakt"))
        self.lots_total = QLabel()
        lot_buttons.addWidget(self.lots_total, 1)
        lot_buttons.addWidget(self.add_lot_button)
        lot_buttons.addWidget(self.remove_lot_button)
        layout.addLayout(lot_buttons)
        layout.addWidget(QLabel(self.tr("Hvilken delkontrakt hver linje hører til:")))
        self.assign_table = _table(
            [
                self.tr("Kommune"),
                self.tr("Linje"),
                self.tr("Anslått verdi"),
                self.tr("Delkontrakt"),
            ],
            self.tr("Linjenes delkontrakt"),
            stretch=1,
        )
        # the lot column gets a fixed share; long lot titles are shortened inside the combo
        self.assign_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Interactive
        )
        self.assign_table.horizontalHeader().resizeSection(3, 190)
        self.assign_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.assign_table.setMinimumHeight(160)
        layout.addWidget(self.assign_table, 1)
        reason_label = QLabel(self.tr("&Begrunnelse for ikke å dele opp"))
        self.no_lots_reason = _text_edit(
            self.tr("Begrunnelse for ikke å dele opp"),
            self.tr(
                "Påkrevd over EØS-terskelen når anskaffelsen ikke deles i delkontrakter "
                "(FOA § 19-4)."
            ),
            lines=3,
        )
        self.no_lots_reason.setMaximumHeight(self.no_lots_reason.fontMetrics().lineSpacing() * 6)
        reason_label.setBuddy(self.no_lots_reason)
        layout.addWidget(reason_label)
        layout.addWidget(self.no_lots_reason)
        self.market_view = LocalMarketView()
        layout.addWidget(self.market_view)
        self.market_view.suggest_requested.connect(lambda: self.suggest_lots_requested.emit("auto"))
        self.suggest_area_button.clicked.connect(lambda: self.suggest_lots_requested.emit("area"))
        self.suggest_product_button.clicked.connect(
            lambda: self.suggest_lots_requested.emit("product")
        )
        self.add_lot_button.clicked.connect(self.add_lot)
        self.remove_lot_button.clicked.connect(self.remove_selected_lot)
        self.lots_table.itemChanged.connect(self._lot_item_changed)
        self.no_lots_reason.textChanged.connect(self._changed)
        return _scrolled(page)

    def _load_lots(self, data: ProposalData) -> None:
        with QSignalBlocker(self.lots_table):
            self.lots_table.setRowCount(0)
            self._saved_lot_keys = {}
            for lot in data.lots:
                key = self._append_lot_row(lot.number, lot.title, lot.basis, lot.description)
                self._saved_lot_keys[lot.number] = key
        lines = [(p.name, line) for p in data.participants for line in p.lines]
        self.assign_table.setRowCount(len(lines))
        for row, (name, line) in enumerate(lines):
            muni = _item(short_name(name))
            muni.setToolTip(name)
            muni.setData(KEY_ROLE, line.line_id)
            self.assign_table.setItem(row, 0, muni)
            line_item = _item(line.description)
            line_item.setToolTip(line.description)
            self.assign_table.setItem(row, 1, line_item)
            value = self.evaluation.line_values.get(line.line_id)
            self.assign_table.setItem(row, 2, _item(format_nok(value), right=True))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Delkontrakt for {line}").format(line=line.description))
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            self.assign_table.setCellWidget(row, 3, combo)
            combo.currentIndexChanged.connect(self._assignment_changed)
        self._refresh_lot_choices(
            {line.line_id: self._saved_lot_keys.get(line.lot_number or -1) for _, line in lines}
        )

    def _append_lot_row(self, number: int, title: str, basis: str, description: str = "") -> int:
        key = next(self._keys)
        row = self.lots_table.rowCount()
        self.lots_table.insertRow(row)
        nr = QTableWidgetItem()
        nr.setData(Qt.ItemDataRole.EditRole, number)
        nr.setData(KEY_ROLE, key)
        nr.setData(Qt.ItemDataRole.UserRole + 2, description)
        self.lots_table.setItem(row, 0, nr)
        self.lots_table.setItem(row, 1, _item(title, editable=True))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Grunnlag for delkontrakt"))
        for value, label in basis_labels().items():
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(basis), 0))
        combo.currentIndexChanged.connect(self._changed)
        self.lots_table.setCellWidget(row, 2, combo)
        self.lots_table.setItem(row, 3, _item("", right=True))
        self.lots_table.setItem(row, 4, _item("", right=True))
        return key

    def _lot_rows(self) -> list[tuple[int, int, str, str, str]]:
        """(key, number, title, basis, description) per row of the lots table."""
        out = []
        for row in range(self.lots_table.rowCount()):
            nr = self.lots_table.item(row, 0)
            title = self.lots_table.item(row, 1)
            combo = self.lots_table.cellWidget(row, 2)
            if nr is None or title is None or not isinstance(combo, QComboBox):
                continue
            number = nr.data(Qt.ItemDataRole.EditRole)
            out.append(
                (
                    int(nr.data(KEY_ROLE)),
                    int(number) if number not in (None, "") else 0,
                    title.text().strip(),
                    str(combo.currentData()),
                    str(nr.data(Qt.ItemDataRole.UserRole + 2) or ""),
                )
            )
        return out

    def _assignments(self) -> dict[int, int | None]:
        """line id -> lot key."""
        out: dict[int, int | None] = {}
        for row in range(self.assign_table.rowCount()):
            item = self.assign_table.item(row, 0)
            combo = self.assign_table.cellWidget(row, 3)
            if item is not None and isinstance(combo, QComboBox):
                out[int(item.data(KEY_ROLE))] = combo.currentData()
        return out

    def _refresh_lot_choices(self, assignment: dict[int, int | None] | None = None) -> None:
        """Rebuild the lot combo of every line (titles or numbers changed), keeping choices."""
        assignment = assignment if assignment is not None else self._assignments()
        lots = sorted(self._lot_rows(), key=lambda r: r[1])
        was = self._loading
        self._loading = True
        try:
            for row in range(self.assign_table.rowCount()):
                item = self.assign_table.item(row, 0)
                combo = self.assign_table.cellWidget(row, 3)
                if item is None or not isinstance(combo, QComboBox):
                    continue
                with QSignalBlocker(combo):
                    combo.clear()
                    combo.addItem(self.tr("Ingen delkontrakt"), None)
                    for key, number, title, _basis, _desc in lots:
                        combo.addItem(f"{number} – {title}", key)
                    chosen = assignment.get(int(item.data(KEY_ROLE)))
                    combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
        finally:
            self._loading = was
        self._update_lot_values()

    def _update_lot_values(self) -> None:
        assignment = self._assignments()
        with QSignalBlocker(self.lots_table):
            for row in range(self.lots_table.rowCount()):
                nr = self.lots_table.item(row, 0)
                if nr is None:
                    continue
                key = nr.data(KEY_ROLE)
                ids = [line for line, k in assignment.items() if k == key]
                value = sum(self.evaluation.line_values.get(i, 0) for i in ids)
                self.lots_table.item(row, 3).setText(str(len(ids)))
                self.lots_table.item(row, 4).setText(format_nok(value) if ids else "–")
        outside = sum(1 for k in assignment.values() if k is None)
        if self.lots_table.rowCount() == 0:
            self.lots_total.setText(self.tr("Ikke delt i delkontrakter."))
        elif outside:
            self.lots_total.setText(
                self.tr("{n} linjer er ikke i en delkontrakt.").format(n=outside)
            )
        else:
            self.lots_total.setText(self.tr("Alle linjer er i en delkontrakt."))

    def _lot_item_changed(self, _item: QTableWidgetItem) -> None:
        self._refresh_lot_choices()
        self._changed()

    def _assignment_changed(self) -> None:
        if not self._loading:
            self._update_lot_values()
            self._changed()

    def add_lot(self) -> None:
        numbers = [r[1] for r in self._lot_rows()]
        number = max(numbers, default=0) + 1
        with QSignalBlocker(self.lots_table):
            self._append_lot_row(number, self.tr("Delkontrakt {n}").format(n=number), "area")
        self._refresh_lot_choices()
        self.lots_table.selectRow(self.lots_table.rowCount() - 1)
        self.lots_table.editItem(self.lots_table.item(self.lots_table.rowCount() - 1, 1))
        self._changed()

    def remove_selected_lot(self) -> None:
        rows = self.lots_table.selectionModel().selectedRows()
        if not rows:
            return
        self.lots_table.removeRow(rows[0].row())
        self._refresh_lot_choices()
        self._changed()

    def lots_problem(self) -> str | None:
        """Why the lots cannot be saved as they are, or None."""
        rows = self._lot_rows()
        numbers = [r[1] for r in rows]
        if any(n < 1 for n in numbers):
            return self.tr("Hver delkontrakt må ha et nummer fra 1 og oppover.")
        if len(set(numbers)) != len(numbers):
            return self.tr("To delkontrakter kan ikke ha samme nummer.")
        if any(not r[2] for r in rows):
            return self.tr("Hver delkontrakt må ha en tittel.")
        return None

    def lot_changes(self) -> tuple[list[LotData], dict[int, int | None]] | None:
        """The lots and line assignment (line id -> lot number) when they differ, else None."""
        if self.data is None:
            return None
        rows = self._lot_rows()
        numbers = {key: number for key, number, *_ in rows}
        lots = [
            LotData(number=n, title=t, basis=b, description=desc)
            for _key, n, t, b, desc in sorted(rows, key=lambda r: r[1])
        ]
        assignment = {
            line: (numbers.get(key) if key else None) for line, key in self._assignments().items()
        }
        saved_lots = [(lot.number, lot.title.strip(), lot.basis) for lot in self.data.lots]
        saved_assignment = {line.line_id: line.lot_number for line in self.data.all_lines()}
        if [(x.number, x.title, x.basis) for x in lots] == saved_lots and (
            assignment == saved_assignment
        ):
            return None
        return lots, assignment


class TimelineTabMixin:
    """The Tidsplan tab of ``ProposalEditor``."""

    # ================================================================== Tidsplan
    def _build_timeline(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        buttons = QHBoxLayout()
        self.propose_timeline_button = QPushButton(self.tr("Foreslå tidsplan"))
        self.propose_timeline_button.setAccessibleName(self.tr("Foreslå tidsplan"))
        self.propose_timeline_button.setToolTip(
            self.tr(
                "Planlegg bakover fra første behov: markedsdialog, fullmakt, kunngjøring, "
                "tilbudsfrist, tildeling og kontraktsstart."
            )
        )
        self.add_milestone_button = QPushButton(self.tr("Ny milepæl"))
        self.add_milestone_button.setAccessibleName(self.tr("Ny milepæl"))
        self.remove_milestone_button = QPushButton(self.tr("Fjern milepæl"))
        self.remove_milestone_button.setAccessibleName(self.tr("Fjern valgt milepæl"))
        buttons.addWidget(self.propose_timeline_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_milestone_button)
        buttons.addWidget(self.remove_milestone_button)
        layout.addLayout(buttons)
        self.milestone_table = _table(
            [self.tr("Type"), self.tr("Tittel"), self.tr("Dato"), self.tr("Utført")],
            self.tr("Milepæler"),
            stretch=1,
        )
        self.milestone_table.setMinimumHeight(150)
        layout.addWidget(self.milestone_table, 1)
        self.timeline_chart = TimelineChart()
        layout.addWidget(self.timeline_chart)
        self.propose_timeline_button.clicked.connect(self.propose_timeline_requested.emit)
        self.add_milestone_button.clicked.connect(lambda: self.add_milestone())
        self.remove_milestone_button.clicked.connect(self.remove_selected_milestone)
        self.milestone_table.itemChanged.connect(self._milestone_edited)
        return _scrolled(page)

    def _load_milestones(self, data: ProposalData) -> None:
        with QSignalBlocker(self.milestone_table):
            self.milestone_table.setRowCount(0)
            for ms in data.milestones:
                self._append_milestone(ms)
        self._update_timeline_chart()

    def _append_milestone(self, ms: MilestoneData) -> None:
        table = self.milestone_table
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox()
        kind.setAccessibleName(self.tr("Type milepæl"))
        for k in MILESTONE_LABELS:
            kind.addItem(_label(k), k.value)
        kind.setCurrentIndex(max(kind.findData(ms.kind.value), 0))
        kind.setProperty("previous", ms.kind.value)
        table.setCellWidget(row, 0, kind)
        title = _item(_title(ms.kind, ms.title), editable=True)
        if ms.note:
            title.setToolTip(ms.note)
        table.setItem(row, 1, title)
        date = OptionalDate("", self.tr("Dato for milepæl"))
        date.set_value(ms.due_date)
        table.setCellWidget(row, 2, date)
        done = _item("")
        done.setFlags(done.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        done.setCheckState(Qt.CheckState.Checked if ms.done else Qt.CheckState.Unchecked)
        table.setItem(row, 3, done)
        kind.currentIndexChanged.connect(lambda _i, c=kind: self._kind_changed(c))
        date.changed.connect(lambda d=date: self._milestone_date_changed(d))

    def _milestone_kind(self, row: int) -> MilestoneKind | None:
        combo = self.milestone_table.cellWidget(row, 0)
        return MilestoneKind(combo.currentData()) if isinstance(combo, QComboBox) else None

    def _kind_changed(self, combo: QComboBox) -> None:
        """A title that only named the old kind follows the new kind."""
        for row in range(self.milestone_table.rowCount()):
            if self.milestone_table.cellWidget(row, 0) is combo:
                title = self.milestone_table.item(row, 1)
                old = _label(MilestoneKind(combo.property("previous")))
                if title is not None and title.text().strip() in ("", old):
                    with QSignalBlocker(self.milestone_table):
                        title.setText(_label(MilestoneKind(combo.currentData())))
        combo.setProperty("previous", combo.currentData())
        self._milestone_edited()

    def _milestone_date_changed(self, widget: OptionalDate) -> None:
        for row in range(self.milestone_table.rowCount()):
            if self.milestone_table.cellWidget(row, 2) is widget:
                kind = self._milestone_kind(row)
                target = {
                    MilestoneKind.ANNOUNCEMENT: self.announcement_date,
                    MilestoneKind.CONTRACT_START: self.start_date,
                }.get(kind)  # type: ignore[call-overload]
                if target is not None:
                    target.set_value(widget.value())
        self._milestone_edited()

    def _milestone_edited(self, *_args: object) -> None:
        self._update_timeline_chart()
        self._changed()

    def add_milestone(self, kind: MilestoneKind = MilestoneKind.OTHER) -> None:
        with QSignalBlocker(self.milestone_table):
            self._append_milestone(MilestoneData(kind=kind, title=_label(kind), due_date=None))
        row = self.milestone_table.rowCount() - 1
        self.milestone_table.selectRow(row)
        self.milestone_table.editItem(self.milestone_table.item(row, 1))
        self._milestone_edited()

    def remove_selected_milestone(self) -> None:
        rows = self.milestone_table.selectionModel().selectedRows()
        if rows:
            self.milestone_table.removeRow(rows[0].row())
            self._milestone_edited()

    def milestones(self) -> list[MilestoneData]:
        out = []
        for row in range(self.milestone_table.rowCount()):
            kind = self._milestone_kind(row)
            title = self.milestone_table.item(row, 1)
            date = self.milestone_table.cellWidget(row, 2)
            done = self.milestone_table.item(row, 3)
            if kind is None or title is None or not isinstance(date, OptionalDate):
                continue
            out.append(
                MilestoneData(
                    kind=kind,
                    title=title.text().strip(),
                    due_date=date.value(),
                    done=done is not None and done.checkState() == Qt.CheckState.Checked,
                )
            )
        return out

    def milestones_problem(self) -> str | None:
        if any(not m.title for m in self.milestones()):
            return self.tr("Hver milepæl må ha en tittel.")
        return None

    def milestone_changes(self) -> list[MilestoneData] | None:
        if self.data is None:
            return None
        now = self.milestones()

        def key(ms: MilestoneData) -> tuple[object, ...]:
            # a kind's own name counts as the same title in either written standard
            return (ms.kind, milestone_title(ms.kind, ms.title.strip()), ms.due_date, ms.done)

        return None if [key(m) for m in now] == [key(m) for m in self.data.milestones] else now

    def _update_timeline_chart(self) -> None:
        if self.data is None:
            self.timeline_chart.set_data(TimelineData())
            return
        milestones = self.milestones()
        start = (
            next((m.due_date for m in milestones if m.kind is MilestoneKind.CONTRACT_START), None)
            or self.start_date.value()
        )
        self.timeline_chart.set_data(
            TimelineData(
                milestones=[
                    TimelineMilestone(_title(m.kind, m.title), m.due_date, m.done)
                    for m in milestones
                ],
                expiries=[
                    TimelineExpiry(
                        p.name,
                        tuple(
                            sorted({line.current_expiry for line in p.lines if line.current_expiry})
                        ),
                    )
                    for p in self.data.participants
                ],
                contract_start=start,
            )
        )


def _label(kind: MilestoneKind) -> str:
    """The milestone kind's name in the user interface's language."""
    from kommunesamarbeid.core.texts import lang_of, render
    from kommunesamarbeid.gui.i18n import current_language

    return render(MILESTONE_LABELS[kind], lang_of(current_language()))


def _title(kind: MilestoneKind, title: str) -> str:
    """A milestone's title as the user interface shows it (the kind's name in its language)."""
    from kommunesamarbeid.core.texts import lang_of
    from kommunesamarbeid.gui.i18n import current_language

    return milestone_title(kind, title, lang_of(current_language()))
