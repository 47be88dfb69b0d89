"""Proposal editor tabs as mixins of ``ProposalEditor``: Grunnlag, Deltakere and the text tabs."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.contract_kind import CONTRACT_KINDS
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    STATUS_LABELS,
    ClimateMode,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalStatus,
)
from kommunesamarbeid.core.texts import lang_of, render
from kommunesamarbeid.core.thresholds import CONTRACT_KIND_LABELS
from kommunesamarbeid.gui.i18n import current_language
from kommunesamarbeid.gui.pages.proposal_editor_widgets import (
    KEY_ROLE,
    PARTICIPANT_FIELDS,
    OptionalDate,
    _date_text,
    _hint,
    _item,
    _scrolled,
    _table,
    _text_edit,
)
from kommunesamarbeid.gui.typed_inputs import (
    AmountInput,
    OptionYearsInput,
    PercentInput,
    YearsInput,
)
from kommunesamarbeid.services.proposals import TRANSITIONS


class BasicsTabMixin:
    """The Grunnlag tab of ``ProposalEditor``."""

    # ================================================================== Grunnlag
    def _build_basics(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Tittel"))
        self.title_edit.setMaxLength(500)
        self.need_edit = _text_edit(
            self.tr("Behov"), self.tr("Hva skal kjøpes, og hvorfor sammen?"), lines=4
        )
        self.need_edit.setMaximumHeight(self.need_edit.fontMetrics().lineSpacing() * 9 + 12)
        self.host_combo = QComboBox()
        self.host_combo.setAccessibleName(self.tr("Vertskommune"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        self.status_combo.setToolTip(self.tr("Bare statusendringene som er lov herfra, vises."))
        self.framework_check = QCheckBox(self.tr("Rammeavtale"))
        self.framework_check.setAccessibleName(self.tr("Rammeavtale"))
        self.years_spin = YearsInput()
        self.years_spin.setAccessibleName(self.tr("Avtaleperiode i år"))
        self.years_spin.setRange(0, 30)
        self.years_spin.setSingleStep(0.5)
        self.years_spin.setDecimals(1)
        self.years_spin.setSuffix(self.tr(" år"))
        self.years_spin.setSpecialValueText(self.tr("Fra linjene"))
        self.options_spin = OptionYearsInput()
        self.options_spin.setAccessibleName(self.tr("Opsjoner i år"))
        self.options_spin.setRange(0, 30)
        self.options_spin.setSingleStep(0.5)
        self.options_spin.setDecimals(1)
        self.options_spin.setSuffix(self.tr(" år"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kontraktstype"))
        self.kind_combo.addItem(self.tr("Fra linjene"), None)
        for key in CONTRACT_KINDS:
            label = render(CONTRACT_KIND_LABELS[key], lang_of(current_language()))
            self.kind_combo.addItem(label[:1].upper() + label[1:], key)
        self.maximum_spin = AmountInput()
        self.maximum_spin.setAccessibleName(self.tr("Maksimal verdi for rammeavtalen"))
        self.maximum_spin.setRange(0, 1e12)
        self.maximum_spin.setDecimals(0)
        self.maximum_spin.setSingleStep(100_000)
        self.maximum_spin.setGroupSeparatorShown(True)
        self.maximum_spin.setSuffix(self.tr(" kr"))
        self.maximum_spin.setSpecialValueText(self.tr("Lik anslått verdi"))
        self.maximum_spin.setToolTip(
            self.tr(
                "En rammeavtale må oppgi både anslått og maksimal verdi, og er brukt opp når "
                "maksimal verdi er nådd."
            )
        )
        self.announcement_date = OptionalDate(self.tr("Satt"), self.tr("Planlagt kunngjøring"))
        self.start_date = OptionalDate(self.tr("Satt"), self.tr("Planlagt kontraktsstart"))
        form.addRow(self.tr("&Tittel"), self.title_edit)
        form.addRow(self.tr("&Behov"), self.need_edit)
        form.addRow(self.tr("&Vertskommune"), self.host_combo)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow(self.tr("&Kontraktstype"), self.kind_combo)
        form.addRow("", self.framework_check)
        form.addRow(self.tr("&Maksimal verdi"), self.maximum_spin)
        form.addRow(self.tr("Avtale&periode"), self.years_spin)
        form.addRow(self.tr("&Opsjoner"), self.options_spin)
        form.addRow(self.tr("Planlagt &kunngjøring"), self.announcement_date)
        form.addRow(self.tr("Planlagt kontrakts&start"), self.start_date)
        form.addRow(
            _hint(
                self.tr(
                    "Verdien regnes for hele perioden inkludert opsjoner. «Fra linjene» betyr den "
                    "lengste perioden i linjene, så forslaget ikke blir lavere enn planene. "
                    "Kunngjøring og kontraktsstart følger milepælene i tidsplanen."
                )
            )
        )
        self.title_edit.textChanged.connect(self._changed)
        self.need_edit.textChanged.connect(self._changed)
        self.host_combo.currentIndexChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._changed)
        self.framework_check.toggled.connect(self._changed)
        self.framework_check.toggled.connect(self.maximum_spin.setEnabled)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.maximum_spin.valueChanged.connect(self._changed)
        self.years_spin.valueChanged.connect(self._changed)
        self.options_spin.valueChanged.connect(self._changed)
        self.announcement_date.changed.connect(
            lambda: self._basics_date_changed(MilestoneKind.ANNOUNCEMENT, self.announcement_date)
        )
        self.start_date.changed.connect(
            lambda: self._basics_date_changed(MilestoneKind.CONTRACT_START, self.start_date)
        )
        return _scrolled(page)

    def _load_basics(self, data: ProposalData) -> None:
        self.title_edit.setText(data.title)
        self.need_edit.setPlainText(data.need_description)
        self.host_combo.clear()
        if data.host_municipality_id is None:
            self.host_combo.addItem(self.tr("(ikke valgt)"), None)
        for p in data.participants:
            self.host_combo.addItem(p.name, p.municipality_id)
        self.host_combo.setCurrentIndex(max(self.host_combo.findData(data.host_municipality_id), 0))
        self.status_combo.clear()
        allowed = {data.status, *TRANSITIONS[data.status]}
        for status in ProposalStatus:
            if status in allowed:
                self.status_combo.addItem(
                    render(STATUS_LABELS[status], lang_of(current_language())), status.value
                )
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status.value))
        self.status_combo.setEnabled(self.status_combo.count() > 1)
        self.framework_check.setChecked(data.is_framework)
        self.maximum_spin.setEnabled(data.is_framework)
        self.maximum_spin.setValue(data.maximum_value_nok or 0)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(data.contract_kind), 0))
        ev = self.evaluation
        lang = lang_of(current_language())
        self.kind_combo.setToolTip(render(ev.contract_kind_reason, lang))
        self.framework_check.setToolTip(render(ev.framework_reason, lang))
        period = render(ev.value_model.period.text(), lang) if ev.value_model is not None else ""
        self.years_spin.setToolTip(
            self.tr(
                "«Fra linjene»: den lengste perioden i linjene, med opsjoner. Nå: {period}"
            ).format(period=period)
        )
        self.years_spin.setValue(data.contract_years or 0)
        self.options_spin.setValue(data.option_years or 0)
        self.announcement_date.set_value(data.planned_announcement)
        self.start_date.set_value(data.planned_contract_start)

    def _basics_date_changed(self, kind: MilestoneKind, field: OptionalDate) -> None:
        """Keep the milestone of the same kind in step (the service derives one from the other)."""
        if self._loading:
            return
        for row in range(self.milestone_table.rowCount()):
            if self._milestone_kind(row) is kind:
                date_widget = self.milestone_table.cellWidget(row, 2)
                if isinstance(date_widget, OptionalDate):
                    date_widget.set_value(field.value())
        self._update_timeline_chart()
        self._changed()

    def proposal_changes(self) -> dict[str, object]:
        """Fields of the proposal that differ from the saved one (for ``update_proposal``)."""
        if self.data is None:
            return {}
        d = self.data
        out: dict[str, object] = {}

        def differs(name: str, new: object, old: object) -> None:
            if new != old:
                out[name] = new

        differs("title", self.title_edit.text().strip(), d.title.strip())
        differs(
            "need_description", self.need_edit.toPlainText().strip(), d.need_description.strip()
        )
        host = self.host_combo.currentData()
        if host is not None:
            differs("host_municipality_id", host, d.host_municipality_id)
        status = self.status_combo.currentData()
        if status is not None:
            differs("status", status, d.status.value)
        differs("is_framework", self.framework_check.isChecked(), d.is_framework)
        differs("contract_kind", self.kind_combo.currentData(), d.contract_kind)
        differs("maximum_value_nok", round(self.maximum_spin.value()) or None, d.maximum_value_nok)
        differs("contract_years", self.years_spin.value() or None, d.contract_years or None)
        new_options = self.options_spin.value()
        if new_options != (d.option_years or 0):
            out["option_years"] = new_options
        differs("planned_announcement", self.announcement_date.value(), d.planned_announcement)
        differs("planned_contract_start", self.start_date.value(), d.planned_contract_start)
        mode = self.climate_mode()
        differs(
            "climate_mode",
            mode.value if mode else None,
            d.climate_mode.value if d.climate_mode else None,
        )
        if mode is ClimateMode.CRITERIA:
            differs(
                "climate_weight_percent", self.weight_spin.value() or None, d.climate_weight_percent
            )
        for name, edit in self._texts.items():
            differs(name, edit.toPlainText().strip(), str(getattr(d, name)).strip())
        return out


class ParticipantsTabMixin:
    """The Deltakere tab of ``ProposalEditor``."""

    # ================================================================== Deltakere
    def _build_participants(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        self.participant_combo = QComboBox()
        self.participant_combo.setAccessibleName(self.tr("Deltakende kommune"))
        label = QLabel(self.tr("&Kommune:"))
        label.setBuddy(self.participant_combo)
        top.addWidget(label)
        top.addWidget(self.participant_combo, 1)
        layout.addLayout(top)
        box = QGroupBox(self.tr("Kontakt og fullmakt"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.signatory_name = QLineEdit()
        self.signatory_title = QLineEdit()
        self.fullmakt_date = OptionalDate(self.tr("Signert"), self.tr("Fullmakt signert dato"))
        for widget, text in (
            (self.contact_name, self.tr("Kontaktperson")),
            (self.contact_email, self.tr("E-post")),
            (self.signatory_name, self.tr("Fullmakt signert av")),
            (self.signatory_title, self.tr("Stilling")),
        ):
            widget.setAccessibleName(text)
            widget.setMaxLength(200)
            widget.textChanged.connect(self._participant_edited)
        self.contact_email.setPlaceholderText(self.tr("navn@kommune.no"))
        self.signatory_title.setPlaceholderText(self.tr("f.eks. kommunedirektør"))
        form.addRow(self.tr("Kontaktperson"), self.contact_name)
        form.addRow(self.tr("E-post"), self.contact_email)
        form.addRow(self.tr("Fullmakt"), self.fullmakt_date)
        form.addRow(self.tr("Signert av"), self.signatory_name)
        form.addRow(self.tr("Stilling"), self.signatory_title)
        self.fullmakt_date.changed.connect(self._participant_edited)
        layout.addWidget(box)
        lines_box = QGroupBox(self.tr("Behov fra kommunens anskaffelsesplan"))
        lines_layout = QVBoxLayout(lines_box)
        self.lines_table = _table(
            [
                self.tr("Beskrivelse"),
                self.tr("Planverdi"),
                self.tr("I forslaget"),
                self.tr("Utløper"),
            ],
            self.tr("Kommunens linjer i forslaget"),
            stretch=0,
        )
        self.lines_table.horizontalHeaderItem(1).setToolTip(
            self.tr("Kommunens eget tall for linjens periode med opsjoner")
        )
        self.lines_table.horizontalHeaderItem(2).setToolTip(
            self.tr("Verdien over forslagets periode (det som regnes med)")
        )
        self.lines_table.horizontalHeaderItem(3).setToolTip(self.tr("Dagens avtale utløper"))
        lines_layout.addWidget(self.lines_table, 1)
        buttons = QHBoxLayout()
        self.participant_total = QLabel()
        self.add_line_button = QPushButton(self.tr("Legg til linje …"))
        self.add_line_button.setAccessibleName(self.tr("Legg til linje"))
        self.remove_line_button = QPushButton(self.tr("Fjern linje"))
        self.remove_line_button.setAccessibleName(self.tr("Fjern linje fra forslaget"))
        self.remove_line_button.setEnabled(False)
        buttons.addWidget(self.participant_total, 1)
        buttons.addWidget(self.add_line_button)
        buttons.addWidget(self.remove_line_button)
        lines_layout.addLayout(buttons)
        layout.addWidget(lines_box, 1)
        self.participant_combo.currentIndexChanged.connect(self._participant_chosen)
        self.lines_table.itemSelectionChanged.connect(
            lambda: self.remove_line_button.setEnabled(self.selected_line_id() is not None)
        )
        self.add_line_button.clicked.connect(
            lambda: self.add_line_requested.emit(self._current_participant or 0)
        )
        self.remove_line_button.clicked.connect(self._remove_line_clicked)
        return _scrolled(page)

    def _participant_label(self, p: ParticipantData, signed: dt.date | None) -> str:
        host = self.data is not None and p.municipality_id == self.data.host_municipality_id
        name = p.name + (self.tr(" (vertskommune)") if host else "")
        if signed:
            return self.tr("{name} – fullmakt signert {date}").format(
                name=name, date=_date_text(signed)
            )
        return self.tr("{name} – fullmakt mangler").format(name=name)

    def _load_participants(self, data: ProposalData, keep: int | None) -> None:
        self._participant_edits = {}
        self._current_participant = None
        self.participant_combo.clear()
        for p in data.participants:
            self.participant_combo.addItem(
                self._participant_label(p, p.fullmakt_signed_date), p.municipality_id
            )
        index = self.participant_combo.findData(keep) if keep is not None else -1
        self.participant_combo.setCurrentIndex(max(index, 0) if data.participants else -1)
        self._show_participant(self.participant_combo.currentData())

    def _participant(self, municipality_id: int | None) -> ParticipantData | None:
        if self.data is None:
            return None
        return next(
            (p for p in self.data.participants if p.municipality_id == municipality_id), None
        )

    def _form_values(self) -> dict[str, object]:
        return {
            "contact_name": self.contact_name.text().strip(),
            "contact_email": self.contact_email.text().strip(),
            "fullmakt_signed_date": self.fullmakt_date.value(),
            "signatory_name": self.signatory_name.text().strip(),
            "signatory_title": self.signatory_title.text().strip(),
        }

    def _participant_edited(self) -> None:
        if self._loading or self._current_participant is None:
            return
        self._participant_edits[self._current_participant] = self._form_values()
        p = self._participant(self._current_participant)
        if p is not None:
            self.participant_combo.setItemText(
                self.participant_combo.currentIndex(),
                self._participant_label(p, self.fullmakt_date.value()),
            )
        self._changed()

    def _participant_chosen(self, _index: int) -> None:
        if not self._loading:
            self._show_participant(self.participant_combo.currentData())

    def _show_participant(self, municipality_id: int | None) -> None:
        p = self._participant(municipality_id)
        self._current_participant = municipality_id if p is not None else None
        was = self._loading
        self._loading = True
        try:
            values: dict[str, object] = dict.fromkeys(PARTICIPANT_FIELDS, "")
            values["fullmakt_signed_date"] = None
            if p is not None:
                values = {name: getattr(p, name) for name in PARTICIPANT_FIELDS}
                values.update(self._participant_edits.get(p.municipality_id, {}))
            self.contact_name.setText(str(values["contact_name"] or ""))
            self.contact_email.setText(str(values["contact_email"] or ""))
            signed = values["fullmakt_signed_date"]
            self.fullmakt_date.set_value(signed if isinstance(signed, dt.date) else None)
            self.signatory_name.setText(str(values["signatory_name"] or ""))
            self.signatory_title.setText(str(values["signatory_title"] or ""))
            for widget in (
                self.contact_name,
                self.contact_email,
                self.signatory_name,
                self.signatory_title,
                self.fullmakt_date,
                self.add_line_button,
            ):
                widget.setEnabled(p is not None)
            self._fill_lines(p)
        finally:
            self._loading = was

    def _fill_lines(self, p: ParticipantData | None) -> None:
        table = self.lines_table
        table.setRowCount(0)
        lines = p.lines if p is not None else ()
        table.setRowCount(len(lines))
        model = self.evaluation.value_model
        for row, line in enumerate(lines):
            lv = model.lines.get(line.line_id) if model is not None else None
            text = line.description
            if lv is not None and lv.withdrawn:
                text = self.tr("{description} (trukket fra planen – ikke regnet med)").format(
                    description=line.description
                )
            desc = _item(text)
            desc.setData(KEY_ROLE, line.line_id)
            source = ", ".join(
                x
                for x in (
                    line.source_file,
                    line.source_sheet,
                    self.tr("rad {row}").format(row=line.source_row) if line.source_row else None,
                )
                if x
            )
            desc.setToolTip(
                "\n".join(
                    x
                    for x in (
                        line.description,
                        self.tr("Ref.: {ref}").format(ref=line.reference) if line.reference else "",
                        self.tr("CPV: {cpv} {label}").format(
                            cpv=line.cpv, label=line.cpv_label or ""
                        )
                        if line.cpv
                        else self.tr("CPV mangler"),
                        self.tr("Kilde: {source}").format(source=source) if source else "",
                        self.tr("Endret i planen: {changes}").format(
                            changes="; ".join(line.changes)
                        )
                        if line.changes
                        else "",
                    )
                    if x
                )
            )
            table.setItem(row, 0, desc)
            plan = _item(format_nok(lv.plan_value if lv is not None else None), right=True)
            lang = lang_of(current_language())
            plan.setToolTip(render(lv.plan_text, lang) if lv is not None else "")
            table.setItem(row, 1, plan)
            counted = lv.counted_value if lv is not None and lv.counted else None
            amount = _item(format_nok(counted), right=True)
            amount.setToolTip(render(lv.basis_text, lang) if lv is not None else "")
            table.setItem(row, 2, amount)
            table.setItem(row, 3, _item(_date_text(line.current_expiry) or self.tr("ukjent")))
        pv = model.participant(p.municipality_id) if model is not None and p is not None else None
        if pv is None:
            self.participant_total.setText("")
        else:
            self.participant_total.setText(
                self.tr("Sum i forslaget: {total} (planverdi {plan})").format(
                    total=format_nok(pv.total_value_nok), plan=format_nok(pv.plan_value_nok)
                )
            )
        self.remove_line_button.setEnabled(False)

    def selected_line_id(self) -> int | None:
        rows = self.lines_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.lines_table.item(rows[0].row(), 0)
        return int(item.data(KEY_ROLE)) if item is not None else None

    def _remove_line_clicked(self) -> None:
        line_id = self.selected_line_id()
        if line_id is not None:
            self.remove_line_requested.emit(line_id)

    def select_participant(self, municipality_id: int) -> None:
        index = self.participant_combo.findData(municipality_id)
        if index >= 0:
            self.participant_combo.setCurrentIndex(index)

    def current_participant(self) -> int | None:
        return self._current_participant

    def participant_changes(self) -> dict[int, dict[str, object]]:
        """Per municipality, the contact and fullmakt fields that differ from the saved ones."""
        out: dict[int, dict[str, object]] = {}
        for mid, values in self._participant_edits.items():
            p = self._participant(mid)
            if p is None:
                continue
            diff = {
                k: v
                for k, v in values.items()
                if v != (getattr(p, k) or (None if k == "fullmakt_signed_date" else ""))
            }
            if diff:
                out[mid] = diff
        return out


class TextTabsMixin:
    """The Klima og miljø, Dialog og marked, Roller og risiko, Mål og konkurranse and Styring
    tabs of ``ProposalEditor``."""

    # ================================================================== Klima og miljø
    def _build_climate(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Hvordan skal klima og miljø ivaretas?"))
        box_layout = QVBoxLayout(box)
        self.climate_group = QButtonGroup(self)
        self.climate_none = QRadioButton(self.tr("Ikke bestemt ennå"))
        self.climate_criteria = QRadioButton(self.tr("Tildelingskriterium med vekt"))
        self.climate_requirements = QRadioButton(self.tr("Krav i kravspesifikasjonen"))
        for button in (self.climate_none, self.climate_criteria, self.climate_requirements):
            button.setAccessibleName(button.text())
            self.climate_group.addButton(button)
            box_layout.addWidget(button)
        weight_row = QHBoxLayout()
        weight_row.setContentsMargins(24, 0, 0, 0)
        self.weight_label = QLabel(self.tr("&Vekt:"))
        self.weight_spin = PercentInput()
        self.weight_spin.setAccessibleName(self.tr("Vekt for klima og miljø i prosent"))
        self.weight_spin.setRange(0, 100)
        self.weight_spin.setDecimals(0)
        self.weight_spin.setSuffix(" %")
        self.weight_spin.setSpecialValueText(self.tr("Ikke oppgitt"))
        self.weight_label.setBuddy(self.weight_spin)
        weight_row.addWidget(self.weight_label)
        weight_row.addWidget(self.weight_spin)
        weight_row.addWidget(QLabel(self.tr("(normalt minst 30 %)")), 1)
        box_layout.addLayout(weight_row)
        layout.addWidget(box)
        self.climate_text_label = QLabel()
        self.climate_text = _text_edit(self.tr("Klima og miljø"), "", lines=5)
        self.climate_text_label.setBuddy(self.climate_text)
        layout.addWidget(self.climate_text_label)
        layout.addWidget(self.climate_text, 1)
        layout.addWidget(
            _hint(
                self.tr(
                    "FOA § 7-9: klima- og miljøhensyn vektes normalt med minst 30 % i "
                    "tildelingskriteriene. Krav i kravspesifikasjonen i stedet kan brukes når det klart "
                    "gir bedre klima- og miljøeffekt, og det må begrunnes."
                )
            )
        )
        self.climate_group.buttonToggled.connect(self._climate_mode_changed)
        self.climate_text.textChanged.connect(self._changed)
        self.weight_spin.valueChanged.connect(self._changed)
        return _scrolled(page)

    def climate_mode(self) -> ClimateMode | None:
        if self.climate_criteria.isChecked():
            return ClimateMode.CRITERIA
        if self.climate_requirements.isChecked():
            return ClimateMode.REQUIREMENTS
        return None

    def set_climate_mode(self, mode: ClimateMode | None) -> None:
        {
            ClimateMode.CRITERIA: self.climate_criteria,
            ClimateMode.REQUIREMENTS: self.climate_requirements,
        }.get(mode, self.climate_none).setChecked(True)  # type: ignore[call-overload]

    def _climate_mode_changed(self, *_args: object) -> None:
        mode = self.climate_mode()
        self.weight_spin.setEnabled(mode is ClimateMode.CRITERIA)
        self.weight_label.setEnabled(mode is ClimateMode.CRITERIA)
        if mode is ClimateMode.REQUIREMENTS:
            self.climate_text_label.setText(
                self.tr("&Klimakravene og begrunnelsen for krav i stedet for vekt (påkrevd)")
            )
        elif mode is ClimateMode.CRITERIA:
            self.climate_text_label.setText(self.tr("&Hva som vektes, og hvordan det måles"))
        else:
            self.climate_text_label.setText(self.tr("&Merknader"))
        self._changed()

    # ================================================================== text sections
    def _section(
        self, layout: QVBoxLayout, title: str, field: str, placeholder: str, hint: str = ""
    ) -> None:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        edit = _text_edit(title, placeholder, lines=5)
        inner.addWidget(edit, 1)
        if hint:
            inner.addWidget(_hint(hint))
        layout.addWidget(box, 1)
        self._texts[field] = edit
        edit.textChanged.connect(self._changed)

    def _build_market(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._section(
            layout,
            self.tr("Innovasjon"),
            "innovation_text",
            self.tr("Er det rom for nye løsninger? Funksjonskrav i stedet for detaljkrav?"),
        )
        self._section(
            layout,
            self.tr("Tidlig dialog med leverandørene"),
            "dialogue_text",
            self.tr("Markedsdialog: når, hvordan (møter, RFI, konferanse), hvem inviteres?"),
        )
        self._section(
            layout,
            self.tr("Lokalt leverandørmarked"),
            "local_market_text",
            self.tr("Hvilke lokale leverandører finnes, og hvordan kan de delta?"),
            self.tr(
                "Delkontrakter per område gjør det lettere for lokale bedrifter "
                "å gi tilbud på sitt eget område."
            ),
        )
        return _scrolled(page)

    def _build_roles(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.contacts_summary = QLabel()
        self.contacts_summary.setWordWrap(True)
        self.contacts_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contacts_summary.setAccessibleName(self.tr("Vertskommune og kontaktpersoner"))
        layout.addWidget(self.contacts_summary)
        self._section(
            layout,
            self.tr("Roller og kontakter"),
            "roles_text",
            self.tr("Vertskommunens rolle, prosjektgruppe, brukergruppe, hvem signerer …"),
        )
        self._section(
            layout,
            self.tr("Risiko"),
            "risks_text",
            self.tr(
                "Hva kan gå galt (for få tilbud, forsinkelser, kommuner som "
                "trekker seg), og hva gjøres med det?"
            ),
        )
        return _scrolled(page)

    # ================================================================== decision document
    def _default_hint(self) -> str:
        return self.tr(
            "Tomt felt: dokumentet skriver en standardtekst og sier at det er en standardtekst."
        )

    def _build_decision(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._section(
            layout,
            self.tr("Mål og forventede virkninger"),
            "goals_text",
            self.tr("Hva skal oppnås: innsparing, kvalitet, lokalt næringsliv, kompetanse …"),
            self._default_hint(),
        )
        self._section(
            layout,
            self.tr("Prosedyre og begrunnelse"),
            "procedure_text",
            self.tr("Hvilken prosedyre (f.eks. åpen anbudskonkurranse), og hvorfor?"),
            self._default_hint(),
        )
        self._section(
            layout,
            self.tr("Kvalifikasjonskrav og tildelingskriterier"),
            "criteria_text",
            self.tr("Utkast til kvalifikasjonskrav og tildelingskriterier med vekter"),
            self.tr(
                "Klimavekten settes under «Klima og miljø». Tomt felt: dokumentet skriver et "
                "utkast med pris, kvalitet og klimavekten, og sier at det er en standardtekst."
            ),
        )
        return _scrolled(page)

    def _build_governance(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self._section(
            layout,
            self.tr("Organisering og beslutninger"),
            "governance_text",
            self.tr("Styringsgruppe, hvem beslutter hva, godkjenningspunkter …"),
            self._default_hint(),
        )
        self._section(
            layout,
            self.tr("Kostnadsfordeling"),
            "cost_sharing_text",
            self.tr("Hvordan kostnadene ved konkurransen fordeles mellom kommunene"),
            self._default_hint(),
        )
        self._section(
            layout,
            self.tr("Kontraktsoppfølging"),
            "contract_management_text",
            self.tr("Hvem følger opp avtalen etter tildeling, og hvordan?"),
            self._default_hint(),
        )
        self._section(
            layout,
            self.tr("Politisk forankring"),
            "anchoring_text",
            self.tr("Hvor og når saken behandles politisk og administrativt"),
            self._default_hint(),
        )
        return _scrolled(page)

    def _load_contacts(self, data: ProposalData) -> None:
        host = data.host
        rows = [
            self.tr("<b>Vertskommune:</b> {name}").format(
                name=host.name if host else self.tr("ikke valgt")
            )
        ]
        for p in data.participants:
            contact = p.contact_name or self.tr("<i>ingen kontaktperson</i>")
            if p.contact_email:
                contact += f" &lt;{p.contact_email}&gt;"
            rows.append(f"{p.name}: {contact}")
        self.contacts_summary.setText(
            "<br>".join(rows)
            + "<br><i>"
            + self.tr("Kontaktpersoner endres under «Deltakere».")
            + "</i>"
        )
