"""A joint-tender proposal as plain data: what the rules engine checks and the documents print.

The service layer builds these from the database; ``core.proposal_rules`` evaluates them
(values, thresholds, procedure part, warnings); the PDF, Excel and OCDS writers print them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from kommunesamarbeid.core.texts import BOKMAAL, LANGUAGES, Lang, Text, render

if TYPE_CHECKING:
    from kommunesamarbeid.core.value_model import ValueModel


class ProposalStatus(StrEnum):
    DRAFT = "utkast"
    CONSULTATION = "sendt_paa_hoering"
    ADOPTED = "vedtatt"
    ANNOUNCED = "kunngjort"
    CANCELLED = "avlyst"


STATUS_LABELS: dict[ProposalStatus, str] = {
    status: Text(f"rules.status.{status.value}") for status in ProposalStatus
}


class ClimateMode(StrEnum):
    CRITERIA = "criteria"  # weighted award criteria (normally >= 30 %)
    REQUIREMENTS = "requirements"  # requirements in the specification, with a reason


class MilestoneKind(StrEnum):
    MARKET_DIALOGUE = "market_dialogue"
    FULLMAKT_DEADLINE = "fullmakt_deadline"
    ANNOUNCEMENT = "announcement"
    TENDER_DEADLINE = "tender_deadline"
    AWARD = "award"
    CONTRACT_START = "contract_start"
    OTHER = "other"


MILESTONE_LABELS: dict[MilestoneKind, str] = {
    kind: Text(f"rules.milestone.{kind.value}") for kind in MilestoneKind
}


def milestone_title(kind: MilestoneKind, title: str, lang: Lang = BOKMAAL) -> str:
    """A milestone's title in ``lang``: the kind's name when the title is empty or the kind's
    name in either written standard, else the coordinator's own title as written."""
    label = MILESTONE_LABELS[kind]
    if not title.strip() or title.strip() in {render(label, other) for other in LANGUAGES}:
        return render(label, lang)
    return title


@dataclass(frozen=True, slots=True)
class ProposalLineData:
    """One source line of a participant, with where it came from."""

    line_id: int
    description: str
    reference: str | None = None
    cpv: str | None = None
    cpv_label: str | None = None
    annual_value_nok: int | None = None
    total_value_nok: int | None = None
    contract_years: float | None = None
    option_years: float | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    period_text: str | None = None
    current_expiry: dt.date | None = None
    source_file: str | None = None
    source_sheet: str | None = None
    source_row: int | None = None
    lot_number: int | None = None
    #: Why this line is in the group (the overlap explanation), in Norwegian.
    reasons: tuple[str, ...] = ()
    #: The second text column of the plan (more about the need), "" if none.
    details: str = ""
    #: Procedure and comments as the plan writes them (words such as "avrop" are read here).
    notes: str = ""
    #: Which value the plan states: "annual", "total", "both" or None (unknown).
    value_basis: str | None = None
    #: "active", or "withdrawn" when a re-import of the plan no longer has the line.
    status: str = "active"
    #: The CPV code the overlap engine suggests from the text (lines without CPV only).
    suggested_cpv: str | None = None
    #: What changed in the plan since the line was put in the proposal, in Norwegian.
    changes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ParticipantData:
    municipality_id: int
    name: str
    kommunenummer: str | None = None
    organisasjonsnummer: str | None = None
    #: The county (fylke), from the municipality or the national list.
    county: str | None = None
    contact_name: str = ""
    contact_email: str = ""
    fullmakt_signed_date: dt.date | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    lines: tuple[ProposalLineData, ...] = ()
    #: The written standard the municipality's documents use: "nb" (bokmål) or "nn" (nynorsk).
    language: Lang = BOKMAAL
    #: The stored participant's version (contact and fullmakt): passed back when saving.
    version: int = 0


@dataclass(frozen=True, slots=True)
class LotData:
    number: int
    title: str
    description: str = ""
    #: "area" (one municipality or neighbouring group) or "product" (CPV class).
    basis: str = "area"
    #: Participants (municipality ids) whose lines the lot covers, for an area lot.
    municipality_ids: tuple[int, ...] = ()
    #: CPV classes (4 digits) the lot covers, for a product lot ("" = lines without CPV).
    cpv_classes: tuple[str, ...] = ()
    #: Lines placed in the lot explicitly (by ``core.lots.suggest_lots``).
    line_ids: tuple[int, ...] = ()
    #: The stored lot (None: not saved yet) and its version, passed back when saving.
    id: int | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class MilestoneData:
    kind: MilestoneKind
    title: str
    due_date: dt.date | None
    done: bool = False
    #: Why the date was chosen or moved (``core.timeline``), in Norwegian.
    note: str = ""
    #: The stored milestone (None: not saved yet) and its version, passed back when saving.
    id: int | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class ProposalData:
    """Everything a proposal says; built by the service, read by rules and documents."""

    id: int
    reference: str
    title: str
    status: ProposalStatus = ProposalStatus.DRAFT
    need_description: str = ""
    host_municipality_id: int | None = None
    participants: tuple[ParticipantData, ...] = ()
    lots: tuple[LotData, ...] = ()
    milestones: tuple[MilestoneData, ...] = ()
    is_framework: bool = True
    #: The kind of contract chosen by the coordinator; None = from the lines (``core.contract_kind``).
    contract_kind: str | None = None
    #: The framework agreement's maximum value set by the coordinator; None = the estimate.
    maximum_value_nok: int | None = None
    #: Contract period of the joint agreement; None means "from the lines".
    contract_years: float | None = None
    option_years: float | None = None
    planned_announcement: dt.date | None = None
    planned_contract_start: dt.date | None = None
    climate_mode: ClimateMode | None = None
    climate_weight_percent: float | None = None
    climate_text: str = ""
    innovation_text: str = ""
    dialogue_text: str = ""
    local_market_text: str = ""
    roles_text: str = ""
    risks_text: str = ""
    no_lots_reason: str = ""
    #: The decision document's own sections (empty: the document prints a marked default).
    goals_text: str = ""
    procedure_text: str = ""
    criteria_text: str = ""
    governance_text: str = ""
    cost_sharing_text: str = ""
    contract_management_text: str = ""
    anchoring_text: str = ""
    #: Overlap explanation of the group the proposal came from (appendix).
    group_reasons: tuple[str, ...] = ()
    created_at: dt.date | None = None
    updated_by: str = ""
    #: The stored row's version: pass it back when saving to detect someone else's change.
    version: int = 0

    @property
    def host(self) -> ParticipantData | None:
        for p in self.participants:
            if p.municipality_id == self.host_municipality_id:
                return p
        return None

    @property
    def language(self) -> Lang:
        """The joint proposal is written in the host municipality's written standard."""
        host = self.host
        return host.language if host is not None else BOKMAAL

    def all_lines(self) -> list[ProposalLineData]:
        return [line for p in self.participants for line in p.lines]


@dataclass(frozen=True, slots=True)
class RuleWarning:
    """A rule the proposal breaks or should consider, in Norwegian."""

    code: str
    #: The message (a ``core.texts.Text`` from the rules: bokmål, renders in nynorsk too).
    message: str
    #: The participant it concerns, if one.
    municipality_id: int | None = None

    def text(self, lang: Lang) -> str:
        """The message in ``lang`` (``"nb"`` or ``"nn"``)."""
        return render(self.message, lang)


@dataclass(frozen=True, slots=True)
class ThresholdPeriod:
    """One dated set of thresholds (NOK excl. VAT, municipalities)."""

    valid_from: dt.date
    valid_to: dt.date | None
    regulation_min: int
    national: int
    eea_goods_services: int
    eea_works: int
    eea_special_services: int
    source: str = ""
    #: Remarks on the data (e.g. values not confirmed), in Norwegian.
    note: str = ""


@dataclass(slots=True)
class ParticipantValue:
    """One participant's figures, from ``core.value_model`` (the only place they are summed)."""

    municipality_id: int
    name: str
    annual_value_nok: int
    #: Estimated value in the proposal (the proposal's period, withdrawn lines left out).
    total_value_nok: int
    #: True when at least one line's value is missing (the sum is then a lower bound).
    incomplete: bool = False
    #: The sum of the counted lines' own plan values (each with its own period and options).
    plan_value_nok: int = 0
    #: The participant's share of the framework agreement's maximum value (None: no framework).
    maximum_value_nok: int | None = None
    #: Lines withdrawn from the plan (shown, not counted).
    withdrawn_lines: int = 0


@dataclass(slots=True)
class Evaluation:
    """What the rules engine concludes about a proposal."""

    participant_values: list[ParticipantValue] = field(default_factory=list)
    total_value_nok: int = 0
    annual_value_nok: int = 0
    #: "supplies", "services", "works" or "special_services".
    contract_kind: str = "services"
    threshold_period: ThresholdPeriod | None = None
    #: The date used to choose the threshold period, and why that date.
    threshold_date: dt.date | None = None
    threshold_date_basis: str = ""
    #: "utenfor", "del_i", "del_ii" or "del_iii".
    procedure_part: str = "utenfor"
    procedure_label: str = ""
    #: The EEA threshold for ``contract_kind`` in the threshold period used.
    applicable_threshold_nok: int | None = None
    lot_values: dict[int, int] = field(default_factory=dict)
    #: The sum of ``lot_values`` (lines outside every lot are not in it).
    lot_total_nok: int = 0
    #: Estimated value of each counted line in the proposal (line_id -> NOK), lines with a value.
    line_values: dict[int, int] = field(default_factory=dict)
    #: The sum of the counted lines' own plan values.
    plan_value_nok: int = 0
    #: The framework agreement's maximum value (None when it is not a framework agreement).
    maximum_value_nok: int | None = None
    #: The value the thresholds are measured against (the maximum for a framework agreement).
    threshold_value_nok: int = 0
    #: Why the contract is of this kind, and whether the coordinator chose it.
    contract_kind_reason: str = ""
    contract_kind_source: str = "default"
    #: Whether it is a framework agreement, and why.
    is_framework: bool = False
    framework_reason: str = ""
    #: Below the national threshold: a short proposal document is enough.
    short_form: bool = False
    #: The whole value model (``core.value_model.ValueModel``): per line, per participant, total.
    value_model: ValueModel | None = None
    warnings: list[RuleWarning] = field(default_factory=list)
    #: Plain sentences explaining the calculation, for the document.
    explanation: list[str] = field(default_factory=list)
