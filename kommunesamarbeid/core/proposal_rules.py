"""The rules engine: value, threshold, procedure part and warnings of a joint-tender proposal.

``evaluate`` is a planning aid for the coordinator, not legal advice; every conclusion comes
with sentences saying which threshold period (dates, source) and which numbers it used.

Readings of anskaffelsesforskriften (FOA) applied here:

* Value (FOA § 5-4): the sum over all participants and the whole period including options
  (see ``core.thresholds`` for how a line is valued and why the proposal's own period wins).
  With lots, the value of all lots together decides the threshold.
* Kind of contract: from the lines' CPV codes, weighted by value: works (division 45), special
  services (Annex XIV to Directive 2014/24/EU) or supplies/services. A mixed proposal counts as
  the kind with the largest value (its main subject); on a tie the kind with the lower EEA
  threshold is chosen (services, supplies, special services, works), the cautious reading.
* Threshold period: the one valid on the planned announcement date (else the announcement
  milestone, else the earliest line start, else today); the change date belongs to the new
  period.
* Part (FOA § 5-1, thresholds § 5-3): under the regulation's minimum "utenfor", then part I,
  from the national threshold part II, from the EEA threshold of the kind part III. Reaching a
  threshold exactly counts as reaching it. Special services have no national step: below their
  EEA threshold only part I applies; from it their own lighter EEA regime, reported as
  "del_iii" (EEA announcement) with its own label.
* Warnings: framework agreements over 4 years incl. options (FOA § 26-2, part III; below the
  EEA threshold a longer framework should still be justified); "del opp eller begrunn" above
  the EEA threshold (FOA § 19-4; not for special services, whose regime does not include it);
  climate and environment weighted at least 30 % or requirements with a reason (FOA § 7-9);
  a fullmakt signed before the announcement (the notice must name every buyer; signing on the
  announcement date is too late); gaps between a member's current contract and the start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Final

from kommunesamarbeid.core.contract_kind import proposal_kind
from kommunesamarbeid.core.lots import assign_lines, lot_values
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    MILESTONE_LABELS,
    ClimateMode,
    Evaluation,
    MilestoneKind,
    ProposalData,
    ProposalStatus,
    RuleWarning,
    ThresholdPeriod,
)
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.core.thresholds import (
    CONTRACT_KIND_LABELS,
    ContractKind,
    describe_amounts,
    describe_period,
    eea_threshold,
    format_date,
    is_covered,
    line_code8,
    period_for,
    procedure_part,
)
from kommunesamarbeid.core.timeline import MILESTONE_ORDER, describe_days
from kommunesamarbeid.core.value_model import ValueModel, build_value_model, value_warnings

__all__ = [
    "CLIMATE_MIN_WEIGHT_PERCENT",
    "FRAMEWORK_MAX_YEARS",
    "NEAR_THRESHOLD_SHARE",
    "PART_LABELS",
    "WARNING_TITLES",
    "announcement_date",
    "contract_start_date",
    "evaluate",
]

#: Framework agreements: at most 4 years including options (FOA § 26-2).
FRAMEWORK_MAX_YEARS: Final = Decimal(4)
#: Climate and environment: normally weighted at least 30 % (FOA § 7-9).
CLIMATE_MIN_WEIGHT_PERCENT: Final = 30.0
#: A value at or above this share of a threshold (and below it) is "close to" it.
NEAR_THRESHOLD_SHARE: Final = Decimal("0.9")
#: Thresholds are revised every two years: an open period older than this may be outdated.
THRESHOLD_REVISION_YEARS: Final = 2

#: Short names of the parts of FOA, for tables.
PART_LABELS: Final[dict[str, str]] = {
    part: Text(f"rules.part.{part}") for part in ("utenfor", "del_i", "del_ii", "del_iii")
}

#: A short Norwegian title per warning code (the message says the details).
WARNING_TITLES: Final[dict[str, str]] = {
    code: Text(f"rules.warning_title.{code}")
    for code in (
        "NO_PARTICIPANTS",
        "HOST_MISSING",
        "HOST_NOT_PARTICIPANT",
        "PARTICIPANT_NO_LINES",
        "VALUE_MISSING",
        "BELOW_PLANS",
        "LINE_WITHDRAWN",
        "LINE_CHANGED",
        "FRAMEWORK_MAXIMUM_NOT_SET",
        "MAXIMUM_BELOW_ESTIMATE",
        "CPV_MISSING",
        "THRESHOLD_DATE_OUTSIDE_DATA",
        "THRESHOLDS_MAY_BE_OUTDATED",
        "NEAR_THRESHOLD",
        "FRAMEWORK_OVER_4_YEARS",
        "LOTS_MISSING",
        "LOT_UNKNOWN",
        "LINES_OUTSIDE_LOTS",
        "CLIMATE_MISSING",
        "CLIMATE_WEIGHT_MISSING",
        "CLIMATE_WEIGHT_LOW",
        "CLIMATE_REASON_MISSING",
        "ANNOUNCEMENT_DATE_UNKNOWN",
        "ANNOUNCEMENT_DATE_PASSED",
        "FULLMAKT_MISSING",
        "FULLMAKT_LATE",
        "CONTRACT_GAP",
        "MILESTONES_OUT_OF_ORDER",
    )
}

_DISCLAIMER: Final = Text("rules.disclaimer")

#: On a tie the kind with the lower EEA threshold wins (the cautious reading).
_KIND_PREFERENCE: Final[tuple[ContractKind, ...]] = (
    "services",
    "supplies",
    "special_services",
    "works",
)


# --- small helpers ----------------------------------------------------------------------


def _number(value: Decimal | float) -> str:
    """4 -> "4", 4.5 -> "4,5" (Norwegian decimal comma)."""
    rounded = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    text = f"{rounded:f}"
    return text.replace(".", ",")


def announcement_date(proposal: ProposalData) -> tuple[dt.date | None, str]:
    """The planned announcement: the proposal's date, else the announcement milestone."""
    if proposal.planned_announcement is not None:
        return proposal.planned_announcement, Text("rules.date_basis.planned_announcement")
    dates = [
        m.due_date
        for m in proposal.milestones
        if m.kind == MilestoneKind.ANNOUNCEMENT and m.due_date is not None
    ]
    if dates:
        return min(dates), Text("rules.date_basis.announcement_milestone")
    return None, ""


def contract_start_date(proposal: ProposalData) -> dt.date | None:
    """The planned contract start: the proposal's date, else the contract-start milestone."""
    if proposal.planned_contract_start is not None:
        return proposal.planned_contract_start
    dates = [
        m.due_date
        for m in proposal.milestones
        if m.kind == MilestoneKind.CONTRACT_START and m.due_date is not None
    ]
    return min(dates) if dates else None


def _threshold_date(proposal: ProposalData, today: dt.date) -> tuple[dt.date, str]:
    date, basis = announcement_date(proposal)
    if date is not None:
        return date, basis
    starts = [line.period_start for line in proposal.all_lines() if line.period_start is not None]
    if starts:
        return min(starts), Text("rules.date_basis.earliest_line")
    return today, Text("rules.date_basis.today")


# --- the evaluation ---------------------------------------------------------------------


def evaluate(
    proposal: ProposalData, thresholds: Sequence[ThresholdPeriod], *, today: dt.date
) -> Evaluation:
    """Value, kind, threshold period, procedure part, lot values, warnings and explanation.

    The figures come from ``core.value_model``, computed once here; every output reads them
    from ``Evaluation.value_model`` (or the fields copied from it below).
    """
    if not thresholds:
        raise ValueError("Ingen terskelverdier er lastet; forslaget kan ikke vurderes.")
    vm = build_value_model(proposal)
    ev = Evaluation(value_model=vm)
    ev.line_values = {i: lv.counted_value for i, lv in vm.lines.items() if lv.counted}
    ev.participant_values = list(vm.participants)
    ev.total_value_nok = vm.estimated_nok
    ev.annual_value_nok = vm.annual_nok
    ev.plan_value_nok = vm.plan_nok
    ev.maximum_value_nok = vm.maximum_nok
    ev.threshold_value_nok = vm.threshold_value_nok
    ev.is_framework = vm.framework
    ev.framework_reason = vm.framework_reason

    chosen = next((k for k in CONTRACT_KIND_LABELS if k == proposal.contract_kind), None)
    pk = proposal_kind(
        [line for line in proposal.all_lines() if line.status != "withdrawn"],
        ev.line_values,
        chosen=chosen,
    )
    kind = pk.kind
    ev.contract_kind, ev.contract_kind_reason, ev.contract_kind_source = kind, pk.reason, pk.source

    date, basis = _threshold_date(proposal, today)
    period = period_for(date, thresholds)
    ev.threshold_period, ev.threshold_date, ev.threshold_date_basis = period, date, basis
    ev.applicable_threshold_nok = eea_threshold(period, kind)
    ev.procedure_part = procedure_part(vm.threshold_value_nok, period, kind)
    ev.procedure_label = _procedure_label(ev.procedure_part, kind, period)
    ev.short_form = vm.threshold_value_nok < period.national
    ev.lot_values = lot_values(proposal, proposal.lots, ev.line_values)
    ev.lot_total_nok = sum(ev.lot_values.values())

    ev.explanation = [
        *vm.basis,
        pk.reason,
        *_special_sentences(kind, ev.procedure_part),
        _period_sentence(period, date, basis),
        _procedure_sentence(ev, kind, period),
        *_lot_sentences(proposal),
        _DISCLAIMER,
    ]
    ev.warnings = [
        *_participant_warnings(proposal),
        *value_warnings(proposal, vm),
        *_kind_warnings(proposal, pk.source, pk.guessed_lines),
        *_threshold_warnings(ev, kind, thresholds, period, date),
        *_framework_warnings(vm, ev),
        *_lot_warnings(proposal, ev),
        *_climate_warnings(proposal, ev),
        *_fullmakt_warnings(proposal, today),
        *_gap_warnings(proposal),
        *_milestone_warnings(proposal),
    ]
    return ev


#: Where the special-services rules are (regjeringen.no, «Veileder til reglene om offentlige
#: anskaffelser», punkt 43.1: egne regler i kapittel 30 i forskriften del IV fra
#: EØS-terskelverdien; under den bare anskaffelsesloven og forskriften del I).
SPECIAL_SERVICES_RULES: Final = Text("rules.explain.special_services_rules")


def _special_sentences(kind: ContractKind, part: str) -> list[str]:
    if kind != "special_services":
        return []
    return [SPECIAL_SERVICES_RULES, Text("rules.explain.special_services_recognised")]


def _procedure_label(part: str, kind: ContractKind, period: ThresholdPeriod) -> str:
    eea = format_nok(eea_threshold(period, kind))
    if part == "utenfor":
        return Text("rules.procedure.utenfor", minimum=format_nok(period.regulation_min))
    if kind == "special_services":
        key = "special_del_iii" if part == "del_iii" else "special_del_i"
        return Text(f"rules.procedure.{key}", eea=eea)
    if part == "del_i":
        return Text("rules.procedure.del_i", national=format_nok(period.national))
    if part == "del_ii":
        return Text("rules.procedure.del_ii", national=format_nok(period.national))
    return Text("rules.procedure.del_iii", eea=eea)


def _period_sentence(period: ThresholdPeriod, date: dt.date, basis: str) -> str:
    return Text(
        "rules.explain.threshold_period",
        period=describe_period(period),
        basis=basis,
        date=format_date(date),
        amounts=describe_amounts(period),
    )


def _procedure_sentence(ev: Evaluation, kind: ContractKind, period: ThresholdPeriod) -> str:
    params = {
        "value": format_nok(ev.threshold_value_nok),
        "eea": format_nok(eea_threshold(period, kind)),
        "kind": CONTRACT_KIND_LABELS[kind],
        "minimum": format_nok(period.regulation_min),
        "national": format_nok(period.national),
    }
    part = ev.procedure_part
    if kind == "special_services" and part != "utenfor":
        part = "special_" + part
    return Text(f"rules.explain.procedure.{part}", **params)


def _lot_sentences(proposal: ProposalData) -> list[str]:
    if proposal.lots:
        return [Text("rules.explain.lots", n=len(proposal.lots))]
    if proposal.no_lots_reason.strip():
        return [Text("rules.explain.no_lots", reason=proposal.no_lots_reason.strip())]
    return []


# --- warnings ---------------------------------------------------------------------------


def _warning(code: str, municipality_id: int | None = None, /, **params: object) -> RuleWarning:
    """A warning whose message is the catalogue text ``rules.warning.<code>``."""
    return RuleWarning(code, Text(f"rules.warning.{code}", **params), municipality_id)


def _participant_warnings(proposal: ProposalData) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if not proposal.participants:
        out.append(_warning("NO_PARTICIPANTS"))
        return out
    ids = {p.municipality_id for p in proposal.participants}
    if proposal.host_municipality_id is None:
        out.append(_warning("HOST_MISSING"))
    elif proposal.host_municipality_id not in ids:
        out.append(_warning("HOST_NOT_PARTICIPANT", proposal.host_municipality_id))
    for p in proposal.participants:
        if not p.lines:
            out.append(_warning("PARTICIPANT_NO_LINES", p.municipality_id, name=p.name))
    return out


def _kind_warnings(proposal: ProposalData, source: str, guessed: int) -> list[RuleWarning]:
    lines = proposal.all_lines()
    if source == "set" or not lines or any(line_code8(line) is not None for line in lines):
        return []
    how = Text("rules.warning.CPV_MISSING_words" if guessed else "rules.warning.CPV_MISSING_none")
    return [_warning("CPV_MISSING", how=how)]


def _threshold_warnings(
    ev: Evaluation,
    kind: ContractKind,
    thresholds: Sequence[ThresholdPeriod],
    period: ThresholdPeriod,
    date: dt.date,
) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if not is_covered(date, period):
        out.append(
            _warning(
                "THRESHOLD_DATE_OUTSIDE_DATA",
                None,
                date=format_date(date),
                where=Text(
                    "rules.warning.before_first"
                    if date < period.valid_from
                    else "rules.warning.after_last"
                ),
                n=len(thresholds),
                period=describe_period(period),
            )
        )
    elif period.valid_to is None:
        try:
            due = period.valid_from.replace(year=period.valid_from.year + THRESHOLD_REVISION_YEARS)
        except ValueError:  # 29 February
            due = dt.date(period.valid_from.year + THRESHOLD_REVISION_YEARS, 3, 1)
        if date >= due:
            out.append(
                _warning(
                    "THRESHOLDS_MAY_BE_OUTDATED",
                    None,
                    start=format_date(period.valid_from),
                    date=format_date(date),
                )
            )
    value = Decimal(ev.threshold_value_nok)
    checks = [(eea_threshold(period, kind), Text("rules.warning.the_eea_threshold"))]
    if kind != "special_services":
        checks.insert(0, (period.national, Text("rules.warning.the_national_threshold")))
    for threshold, name in checks:
        if threshold * NEAR_THRESHOLD_SHARE <= value < threshold:
            incomplete = any(pv.incomplete for pv in ev.participant_values)
            out.append(
                _warning(
                    "NEAR_THRESHOLD",
                    None,
                    value=format_nok(ev.threshold_value_nok),
                    name=name,
                    threshold=format_nok(threshold),
                    extra=Text("rules.warning.NEAR_THRESHOLD_incomplete") if incomplete else "",
                )
            )
    return out


def _framework_warnings(vm: ValueModel, ev: Evaluation) -> list[RuleWarning]:
    years = vm.period.years
    if not vm.framework or years is None or years <= FRAMEWORK_MAX_YEARS:
        return []
    if vm.period.source == "proposal":
        what = Text(
            "rules.warning.FRAMEWORK_set",
            years=_number(years),
            contract=_number(vm.period.contract_years or 0),
            options=_number(vm.period.option_years),
        )
    else:
        what = Text("rules.warning.FRAMEWORK_lines", years=_number(years))
    extra = "" if ev.procedure_part == "del_iii" else Text("rules.warning.FRAMEWORK_below_eea")
    return [_warning("FRAMEWORK_OVER_4_YEARS", None, what=what, extra=extra)]


def _lot_warnings(proposal: ProposalData, ev: Evaluation) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if (
        ev.procedure_part == "del_iii"
        and ev.contract_kind != "special_services"
        and len(proposal.lots) < 2
        and not proposal.no_lots_reason.strip()
    ):
        now = Text("rules.warning.one_lot" if proposal.lots else "rules.warning.no_lot")
        out.append(
            _warning("LOTS_MISSING", None, value=format_nok(ev.threshold_value_nok), now=now)
        )
    if not proposal.lots:
        return out
    numbers = {lot.number for lot in proposal.lots}
    assigned = assign_lines(proposal, proposal.lots)
    outside: list[str] = []
    outside_value = 0
    for p in proposal.participants:
        for line in p.lines:
            if line.line_id in assigned:
                continue
            if line.lot_number is not None and line.lot_number not in numbers:
                out.append(
                    _warning(
                        "LOT_UNKNOWN",
                        p.municipality_id,
                        line=line.description,
                        name=p.name,
                        lot=line.lot_number,
                    )
                )
            else:
                outside.append(f"«{line.description}» ({p.name})")
                outside_value += ev.line_values.get(line.line_id, 0)
    if outside:
        out.append(
            _warning(
                "LINES_OUTSIDE_LOTS",
                None,
                n=len(outside),
                value=format_nok(outside_value),
                lines=", ".join(outside[:5]),
                more=Text("rules.more") if len(outside) > 5 else "",
            )
        )
    return out


def _climate_warnings(proposal: ProposalData, ev: Evaluation) -> list[RuleWarning]:
    if ev.procedure_part == "utenfor" or not proposal.participants:
        return []
    mode, weight = proposal.climate_mode, proposal.climate_weight_percent
    if mode is None:
        return [_warning("CLIMATE_MISSING")]
    if mode == ClimateMode.CRITERIA and weight is None:
        return [_warning("CLIMATE_WEIGHT_MISSING")]
    if mode == ClimateMode.CRITERIA and weight is not None and weight < CLIMATE_MIN_WEIGHT_PERCENT:
        return [_warning("CLIMATE_WEIGHT_LOW", None, weight=_number(weight))]
    if mode == ClimateMode.REQUIREMENTS and not proposal.climate_text.strip():
        return [_warning("CLIMATE_REASON_MISSING")]
    return []


def _fullmakt_warnings(proposal: ProposalData, today: dt.date) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if not proposal.participants or proposal.status == ProposalStatus.CANCELLED:
        return out
    date, _ = announcement_date(proposal)
    if date is None:
        out.append(_warning("ANNOUNCEMENT_DATE_UNKNOWN"))
    elif date < today and proposal.status != ProposalStatus.ANNOUNCED:
        out.append(_warning("ANNOUNCEMENT_DATE_PASSED", None, date=format_date(date)))
    when = Text("rules.warning.on_date", date=format_date(date)) if date is not None else ""
    for p in proposal.participants:
        signed = p.fullmakt_signed_date
        if signed is None:
            key = "announced" if proposal.status == ProposalStatus.ANNOUNCED else "before"
            out.append(
                RuleWarning(
                    "FULLMAKT_MISSING",
                    Text(f"rules.warning.FULLMAKT_MISSING_{key}", name=p.name, when=when),
                    p.municipality_id,
                )
            )
        elif date is not None and signed >= date:
            relation = "same_day" if signed == date else "after"
            out.append(
                _warning(
                    "FULLMAKT_LATE",
                    p.municipality_id,
                    name=p.name,
                    signed=format_date(signed),
                    relation=Text(f"rules.warning.FULLMAKT_LATE_{relation}"),
                    date=format_date(date),
                )
            )
    return out


def _gap_warnings(proposal: ProposalData) -> list[RuleWarning]:
    start = contract_start_date(proposal)
    if start is None:
        return []
    out: list[RuleWarning] = []
    for p in proposal.participants:
        for line in p.lines:
            if line.current_expiry is None:
                continue
            gap = (start - line.current_expiry).days - 1  # the expiry day is still covered
            if gap > 0:
                out.append(
                    _warning(
                        "CONTRACT_GAP",
                        p.municipality_id,
                        line=line.description,
                        name=p.name,
                        expiry=format_date(line.current_expiry),
                        start=format_date(start),
                        gap=describe_days(gap),
                    )
                )
    return out


def _milestone_warnings(proposal: ProposalData) -> list[RuleWarning]:
    dates: dict[MilestoneKind, dt.date] = {}
    for m in proposal.milestones:
        if m.due_date is not None and m.kind in MILESTONE_ORDER:
            dates[m.kind] = min(m.due_date, dates.get(m.kind, m.due_date))
    announcement, _ = announcement_date(proposal)
    if announcement is not None:
        dates[MilestoneKind.ANNOUNCEMENT] = announcement
    start = contract_start_date(proposal)
    if start is not None:
        dates[MilestoneKind.CONTRACT_START] = start
    known = [(k, dates[k]) for k in MILESTONE_ORDER if k in dates]
    return [
        _warning(
            "MILESTONES_OUT_OF_ORDER",
            None,
            later=MILESTONE_LABELS[k2],
            later_date=format_date(d2),
            earlier=MILESTONE_LABELS[k1],
            earlier_date=format_date(d1),
        )
        for (k1, d1), (k2, d2) in pairwise(known)
        if d2 <= d1
    ]
