"""The proposal editor: one tab per part of the proposal; edits are kept until saved.

The editor holds layout and the edited values only. It reports what differs from the saved
proposal (``proposal_changes``, ``participant_changes``, ``lot_changes``, ``milestone_changes``)
and asks the page, through signals, for actions that change the proposal at once (adding a line,
suggesting lots, proposing a timeline); the page calls the use cases.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import count

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    MILESTONE_LABELS,
    STATUS_LABELS,
    ClimateMode,
    Evaluation,
    LotData,
    MilestoneData,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalStatus,
)
from kommunesamarbeid.gui.charts import (
    TimelineChart,
    TimelineData,
    TimelineExpiry,
    TimelineMilestone,
    short_name,
)
from kommunesamarbeid.services.proposals import TRANSITIONS

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PARTICIPANT_FIELDS = (
    "contact_name",
    "contact_email",
    "fullmakt_signed_date",
    "signatory_name",
    "signatory_title",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProposalEditor", text)


def basis_labels() -> dict[str, str]:
    return {"area": _tr("Område"), "product": _tr("Produktgruppe")}


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
        self.check.setAccessibleName(_tr("{name}: dato satt").format(name=name))
        self.edit = QDateEdit(_qdate(None))
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


class ProposalEditor(QTabWidget):
    """Tabs: Grunnlag, Deltakere, Delkontrakter, Tidsplan, Klima og miljø, Dialog og marked,
    Roller og risiko."""

    TAB_BASICS, TAB_PARTICIPANTS, TAB_LOTS, TAB_TIMELINE, TAB_CLIMATE, TAB_MARKET, TAB_ROLES = (
        range(7)
    )

    #: Something was edited (the page asks ``has_changes()``).
    edited = Signal()
    add_line_requested = Signal(int)  # municipality id
    remove_line_requested = Signal(int)  # line id
    suggest_lots_requested = Signal(str)  # "area" | "product"
    propose_timeline_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Forslaget"))
        self.setDocumentMode(True)
        # decimal comma in "2,5 år" whatever the system locale says
        self.setLocale(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
        self.data: ProposalData | None = None
        self.evaluation = Evaluation()
        self._loading = False
        self._keys = count(1)
        self._participant_edits: dict[int, dict[str, object]] = {}
        self._current_participant: int | None = None
        self._saved_lot_keys: dict[int, int] = {}  # lot number -> row key
        self._texts: dict[str, QPlainTextEdit] = {}
        self.addTab(self._build_basics(), self.tr("Grunnlag"))
        self.addTab(self._build_participants(), self.tr("Deltakere"))
        self.addTab(self._build_lots(), self.tr("Delkontrakter"))
        self.addTab(self._build_timeline(), self.tr("Tidsplan"))
        self.addTab(self._build_climate(), self.tr("Klima og miljø"))
        self.addTab(self._build_market(), self.tr("Dialog og marked"))
        self.addTab(self._build_roles(), self.tr("Roller og risiko"))
        self._texts["climate_text"] = self.climate_text
        self._texts["no_lots_reason"] = self.no_lots_reason
        self.setTabToolTip(
            self.TAB_MARKET, self.tr("Innovasjon og dialog; lokalt leverandørmarked")
        )
        self.setTabToolTip(self.TAB_ROLES, self.tr("Roller og kontakter; risiko"))

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

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
        self.years_spin = QDoubleSpinBox()
        self.years_spin.setAccessibleName(self.tr("Avtaleperiode i år"))
        self.years_spin.setRange(0, 30)
        self.years_spin.setSingleStep(0.5)
        self.years_spin.setDecimals(1)
        self.years_spin.setSuffix(self.tr(" år"))
        self.years_spin.setSpecialValueText(self.tr("Fra linjene"))
        self.years_spin.setToolTip(
            self.tr("«Fra linjene»: hver linje verdsettes med sin egen periode.")
        )
        self.options_spin = QDoubleSpinBox()
        self.options_spin.setAccessibleName(self.tr("Opsjoner i år"))
        self.options_spin.setRange(0, 30)
        self.options_spin.setSingleStep(0.5)
        self.options_spin.setDecimals(1)
        self.options_spin.setSuffix(self.tr(" år"))
        self.announcement_date = OptionalDate(self.tr("Satt"), self.tr("Planlagt kunngjøring"))
        self.start_date = OptionalDate(self.tr("Satt"), self.tr("Planlagt kontraktsstart"))
        form.addRow(self.tr("&Tittel"), self.title_edit)
        form.addRow(self.tr("&Behov"), self.need_edit)
        form.addRow(self.tr("&Vertskommune"), self.host_combo)
        form.addRow(self.tr("&Status"), self.status_combo)
        form.addRow("", self.framework_check)
        form.addRow(self.tr("Avtale&periode"), self.years_spin)
        form.addRow(self.tr("&Opsjoner"), self.options_spin)
        form.addRow(self.tr("Planlagt &kunngjøring"), self.announcement_date)
        form.addRow(self.tr("Planlagt kontrakts&start"), self.start_date)
        form.addRow(
            _hint(
                self.tr(
                    "Verdien regnes for hele perioden inkludert opsjoner. Kunngjøring og kontraktsstart "
                    "følger milepælene i tidsplanen."
                )
            )
        )
        self.title_edit.textChanged.connect(self._changed)
        self.need_edit.textChanged.connect(self._changed)
        self.host_combo.currentIndexChanged.connect(self._changed)
        self.status_combo.currentIndexChanged.connect(self._changed)
        self.framework_check.toggled.connect(self._changed)
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
                self.status_combo.addItem(STATUS_LABELS[status], status.value)
        self.status_combo.setCurrentIndex(self.status_combo.findData(data.status.value))
        self.status_combo.setEnabled(self.status_combo.count() > 1)
        self.framework_check.setChecked(data.is_framework)
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
            [self.tr("Beskrivelse"), self.tr("Anslått verdi"), self.tr("Utløper")],
            self.tr("Kommunens linjer i forslaget"),
            stretch=0,
        )
        self.lines_table.horizontalHeaderItem(2).setToolTip(self.tr("Dagens avtale utløper"))
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
        total = 0
        for row, line in enumerate(lines):
            value = self.evaluation.line_values.get(line.line_id)
            total += value or 0
            desc = _item(line.description)
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
                    )
                    if x
                )
            )
            table.setItem(row, 0, desc)
            amount = _item(format_nok(value), right=True)
            amount.setToolTip(self.tr("Anslått verdi for hele perioden inkludert opsjoner"))
            table.setItem(row, 1, amount)
            table.setItem(row, 2, _item(_date_text(line.current_expiry) or self.tr("ukjent")))
        self.participant_total.setText(
            self.tr("Sum: {total}").format(total=format_nok(total)) if p is not None else ""
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
        for k, label in MILESTONE_LABELS.items():
            kind.addItem(label, k.value)
        kind.setCurrentIndex(max(kind.findData(ms.kind.value), 0))
        kind.setProperty("previous", ms.kind.value)
        table.setCellWidget(row, 0, kind)
        title = _item(ms.title, editable=True)
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
                old = MILESTONE_LABELS[MilestoneKind(combo.property("previous"))]
                if title is not None and title.text().strip() in ("", old):
                    with QSignalBlocker(self.milestone_table):
                        title.setText(MILESTONE_LABELS[MilestoneKind(combo.currentData())])
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
            self._append_milestone(
                MilestoneData(kind=kind, title=MILESTONE_LABELS[kind], due_date=None)
            )
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
            return (ms.kind, ms.title.strip(), ms.due_date, ms.done)

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
                    TimelineMilestone(m.title or MILESTONE_LABELS[m.kind], m.due_date, m.done)
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
        self.weight_spin = QDoubleSpinBox()
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

    # ================================================================== loading and state
    def load(self, data: ProposalData, evaluation: Evaluation) -> None:
        """Show a saved proposal; drops unsaved edits (the page asks first)."""
        keep_participant = (
            self._current_participant if self.data and self.data.id == data.id else None
        )
        self._loading = True
        try:
            self.data = data
            self.evaluation = evaluation
            self._load_basics(data)
            self._load_participants(data, keep_participant)
            self._load_lots(data)
            self._load_milestones(data)
            self.set_climate_mode(data.climate_mode)
            self.weight_spin.setValue(data.climate_weight_percent or 0)
            self._texts_set(data)
            self._load_contacts(data)
        finally:
            self._loading = False
        self._climate_mode_changed()

    def _texts_set(self, data: ProposalData) -> None:
        for name, edit in self._texts.items():
            edit.setPlainText(str(getattr(data, name) or ""))

    def has_changes(self) -> bool:
        return bool(
            self.proposal_changes()
            or self.participant_changes()
            or self.lot_changes() is not None
            or self.milestone_changes() is not None
        )

    def problem(self) -> str | None:
        """Why the edits cannot be saved as they are (shown before anything is written)."""
        if not self.title_edit.text().strip():
            return self.tr("Forslaget må ha en tittel.")
        for values in self._participant_edits.values():
            email = str(values.get("contact_email") or "")
            if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
                return self.tr("E-postadressen «{email}» ser ikke riktig ut.").format(email=email)
        return self.lots_problem() or self.milestones_problem()

    def show_warning_target(self, code: str, municipality_id: int | None) -> None:
        """Go to the tab where a warning can be dealt with."""
        tabs: dict[str, int] = {
            "LOTS_MISSING": self.TAB_LOTS,
            "LOT_UNKNOWN": self.TAB_LOTS,
            "LINES_OUTSIDE_LOTS": self.TAB_LOTS,
            "CONTRACT_GAP": self.TAB_TIMELINE,
            "MILESTONES_OUT_OF_ORDER": self.TAB_TIMELINE,
            "ANNOUNCEMENT_DATE_UNKNOWN": self.TAB_TIMELINE,
            "ANNOUNCEMENT_DATE_PASSED": self.TAB_TIMELINE,
            "FULLMAKT_MISSING": self.TAB_PARTICIPANTS,
            "FULLMAKT_LATE": self.TAB_PARTICIPANTS,
            "PARTICIPANT_NO_LINES": self.TAB_PARTICIPANTS,
            "VALUE_MISSING": self.TAB_PARTICIPANTS,
            "CPV_MISSING": self.TAB_PARTICIPANTS,
            "NO_PARTICIPANTS": self.TAB_PARTICIPANTS,
        }
        tab = self.TAB_CLIMATE if code.startswith("CLIMATE") else tabs.get(code, self.TAB_BASICS)
        self.setCurrentIndex(tab)
        if tab == self.TAB_PARTICIPANTS and municipality_id is not None:
            self.select_participant(municipality_id)
            focus: QWidget = (
                self.fullmakt_date.check if code.startswith("FULLMAKT") else self.lines_table
            )
            focus.setFocus()
        elif tab == self.TAB_CLIMATE:
            self.climate_criteria.setFocus()
