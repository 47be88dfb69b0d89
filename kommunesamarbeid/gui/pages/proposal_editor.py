"""The proposal editor: one tab per part of the proposal; edits are kept until saved.

The editor holds layout and the edited values only. It reports what differs from the saved
proposal (``proposal_changes``, ``participant_changes``, ``lot_changes``, ``milestone_changes``)
and asks the page, through signals, for actions that change the proposal at once (adding a line,
suggesting lots, proposing a timeline); the page calls the use cases.
"""

from __future__ import annotations

import re
from itertools import count

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from kommunesamarbeid.core.proposal import (
    Evaluation,
    ProposalData,
)
from kommunesamarbeid.gui.pages.proposal_editor_widgets import (  # noqa: F401
    KEY_ROLE,
    PARTICIPANT_FIELDS,
    OptionalDate,
    basis_labels,
)
from kommunesamarbeid.gui.pages.proposal_schedule_tabs import LotsTabMixin, TimelineTabMixin
from kommunesamarbeid.gui.pages.proposal_tabs import (
    BasicsTabMixin,
    ParticipantsTabMixin,
    TextTabsMixin,
)


class ProposalEditor(
    BasicsTabMixin,
    ParticipantsTabMixin,
    LotsTabMixin,
    TimelineTabMixin,
    TextTabsMixin,
    QTabWidget,
):
    """Tabs: Grunnlag, Deltakere, Delkontrakter, Tidsplan, Klima og miljø, Dialog og marked,
    Roller og risiko, Mål og konkurranse, Styring."""

    (
        TAB_BASICS,
        TAB_PARTICIPANTS,
        TAB_LOTS,
        TAB_TIMELINE,
        TAB_CLIMATE,
        TAB_MARKET,
        TAB_ROLES,
        TAB_DECISION,
        TAB_GOVERNANCE,
    ) = range(9)

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
        self.addTab(self._build_decision(), self.tr("Mål og konkurranse"))
        self.addTab(self._build_governance(), self.tr("Styring"))
        self._texts["climate_text"] = self.climate_text
        self._texts["no_lots_reason"] = self.no_lots_reason
        self.setTabToolTip(
            self.TAB_MARKET, self.tr("Innovasjon og dialog; lokalt leverandørmarked")
        )
        self.setTabToolTip(self.TAB_ROLES, self.tr("Roller og kontakter; risiko"))
        self.setTabToolTip(
            self.TAB_DECISION,
            self.tr("Mål og virkninger; prosedyre; kvalifikasjonskrav og tildelingskriterier"),
        )
        self.setTabToolTip(
            self.TAB_GOVERNANCE,
            self.tr("Organisering; kostnadsfordeling; kontraktsoppfølging; politisk forankring"),
        )

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

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
