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
    "utenfor": "Utenfor forskriften",
    "del_i": "Del I",
    "del_ii": "Del II",
    "del_iii": "Del III",
}

#: A short Norwegian title per warning code (the message says the details).
WARNING_TITLES: Final[dict[str, str]] = {
    "NO_PARTICIPANTS": "Ingen deltakere",
    "HOST_MISSING": "Vertskommune mangler",
    "HOST_NOT_PARTICIPANT": "Vertskommunen er ikke deltaker",
    "PARTICIPANT_NO_LINES": "Deltaker uten behov",
    "VALUE_MISSING": "Verdi mangler",
    "BELOW_PLANS": "Lavere enn planene",
    "LINE_WITHDRAWN": "Linje trukket fra planen",
    "LINE_CHANGED": "Linje endret i planen",
    "FRAMEWORK_MAXIMUM_NOT_SET": "Maksimal verdi mangler",
    "MAXIMUM_BELOW_ESTIMATE": "Maksimal verdi under anslått verdi",
    "CPV_MISSING": "CPV-koder mangler",
    "THRESHOLD_DATE_OUTSIDE_DATA": "Terskelverdier mangler for datoen",
    "THRESHOLDS_MAY_BE_OUTDATED": "Terskelverdiene kan være utdatert",
    "NEAR_THRESHOLD": "Nær en terskelverdi",
    "FRAMEWORK_OVER_4_YEARS": "Rammeavtale over 4 år",
    "LOTS_MISSING": "Del opp eller begrunn",
    "LOT_UNKNOWN": "Ukjent delkontrakt",
    "LINES_OUTSIDE_LOTS": "Linjer utenfor delkontraktene",
    "CLIMATE_MISSING": "Klima og miljø mangler",
    "CLIMATE_WEIGHT_MISSING": "Klimavekt mangler",
    "CLIMATE_WEIGHT_LOW": "Klimavekt under 30 %",
    "CLIMATE_REASON_MISSING": "Begrunnelse for klimakrav mangler",
    "ANNOUNCEMENT_DATE_UNKNOWN": "Kunngjøringsdato mangler",
    "ANNOUNCEMENT_DATE_PASSED": "Kunngjøringsdatoen er passert",
    "FULLMAKT_MISSING": "Fullmakt mangler",
    "FULLMAKT_LATE": "Fullmakt for sent",
    "CONTRACT_GAP": "Periode uten avtale",
    "MILESTONES_OUT_OF_ORDER": "Milepæler i feil rekkefølge",
}

_DISCLAIMER: Final = (
    "Dette er et planleggingsverktøy, ikke juridisk rådgivning: kontroller konklusjonen mot "
    "forskriften før kunngjøring."
)

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


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def announcement_date(proposal: ProposalData) -> tuple[dt.date | None, str]:
    """The planned announcement: the proposal's date, else the announcement milestone."""
    if proposal.planned_announcement is not None:
        return proposal.planned_announcement, "planlagt kunngjøring"
    dates = [
        m.due_date
        for m in proposal.milestones
        if m.kind == MilestoneKind.ANNOUNCEMENT and m.due_date is not None
    ]
    if dates:
        return min(dates), "milepælen «Kunngjøring»"
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
        return min(starts), "tidligste tidspunkt i linjene (ingen kunngjøringsdato er satt)"
    return today, "dagens dato (ingen kunngjøringsdato er satt)"


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
SPECIAL_SERVICES_RULES: Final = (
    "For helse- og sosialtjenester og andre særlige tjenester gjelder egne regler i kapittel 30 "
    "i anskaffelsesforskriften del IV når verdien er lik eller over EØS-terskelverdien; under "
    "den gjelder bare anskaffelsesloven og forskriften del I (FOA § 5-1; Nærings- og "
    "fiskeridepartementets veileder til anskaffelsesforskriften, punkt 43.1)."
)


def _special_sentences(kind: ContractKind, part: str) -> list[str]:
    if kind != "special_services":
        return []
    return [
        SPECIAL_SERVICES_RULES,
        "Særlige tjenester er gjenkjent ut fra CPV-kodene i vedlegg XIV til direktiv 2014/24/EU "
        "og linjenes ord; klassifiseringen er et planleggingshjelpemiddel.",
    ]


def _procedure_label(part: str, kind: ContractKind, period: ThresholdPeriod) -> str:
    eea = eea_threshold(period, kind)
    if part == "utenfor":
        return f"Utenfor forskriften (under {format_nok(period.regulation_min)})"
    if kind == "special_services":
        if part == "del_iii":
            return (
                f"Særlige tjenester over EØS-terskelverdien: kunngjøring i hele EØS "
                f"(fra {format_nok(eea)})"
            )
        return f"Del I: særlige tjenester under EØS-terskelverdien (under {format_nok(eea)})"
    if part == "del_i":
        return (
            "Del I: grunnleggende prinsipper og protokoll "
            f"(under nasjonal terskelverdi {format_nok(period.national)})"
        )
    if part == "del_ii":
        return f"Del II: nasjonal kunngjøring på Doffin (fra {format_nok(period.national)})"
    return f"Del III: kunngjøring i hele EØS (fra {format_nok(eea)})"


def _period_sentence(period: ThresholdPeriod, date: dt.date, basis: str) -> str:
    text = (
        f"Terskelverdiene for perioden {describe_period(period)} er brukt, valgt ut fra "
        f"{basis} {format_date(date)}: {describe_amounts(period)}. Kilde: {period.source}"
    )
    if not text.endswith("."):
        text += "."
    if period.note:
        text += f" Merknad: {period.note}"
    return text


def _procedure_sentence(ev: Evaluation, kind: ContractKind, period: ThresholdPeriod) -> str:
    value = format_nok(ev.threshold_value_nok)
    eea = format_nok(eea_threshold(period, kind))
    label = CONTRACT_KIND_LABELS[kind]
    part = ev.procedure_part
    if part == "utenfor":
        return (
            f"Anslått verdi {value} er under {format_nok(period.regulation_min)}, der "
            "forskriften begynner å gjelde (FOA § 5-1)."
        )
    if kind == "special_services":
        if part == "del_iii":
            return (
                f"Anslått verdi {value} er lik eller over EØS-terskelverdien for særlige "
                f"tjenester {eea}: de særskilte reglene for slike tjenester gjelder, med "
                "kunngjøring i hele EØS (FOA § 5-1 og § 5-3)."
            )
        return (
            f"Anslått verdi {value} er under EØS-terskelverdien for særlige tjenester {eea}: "
            "for slike tjenester gjelder da bare del I (FOA § 5-1)."
        )
    if part == "del_i":
        return (
            f"Anslått verdi {value} er lik eller over {format_nok(period.regulation_min)} og "
            f"under nasjonal terskelverdi {format_nok(period.national)}: del I gjelder "
            "(FOA § 5-1)."
        )
    if part == "del_ii":
        return (
            f"Anslått verdi {value} er lik eller over nasjonal terskelverdi "
            f"{format_nok(period.national)} og under EØS-terskelverdien for {label} {eea}: "
            "del I og del II gjelder (FOA § 5-1)."
        )
    return (
        f"Anslått verdi {value} er lik eller over EØS-terskelverdien for {label} {eea}: "
        "del I og del III gjelder (FOA § 5-1 og § 5-3)."
    )


def _lot_sentences(proposal: ProposalData) -> list[str]:
    sentences: list[str] = []
    if proposal.lots:
        sentences.append(
            f"Forslaget har {_count(len(proposal.lots), 'delkontrakt', 'delkontrakter')}; "
            "verdien av alle delkontraktene til sammen avgjør terskelverdien, selv om hver "
            "delkontrakt alene er mindre."
        )
    elif proposal.no_lots_reason.strip():
        sentences.append(
            f"Kontrakten deles ikke i delkontrakter: {proposal.no_lots_reason.strip()}"
        )
    return sentences


# --- warnings ---------------------------------------------------------------------------


def _participant_warnings(proposal: ProposalData) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if not proposal.participants:
        out.append(RuleWarning("NO_PARTICIPANTS", "Forslaget har ingen deltakende kommuner."))
        return out
    ids = {p.municipality_id for p in proposal.participants}
    if proposal.host_municipality_id is None:
        out.append(
            RuleWarning(
                "HOST_MISSING",
                "Ingen vertskommune (ledende oppdragsgiver) er valgt; den gjennomfører "
                "konkurransen på vegne av de andre.",
            )
        )
    elif proposal.host_municipality_id not in ids:
        out.append(
            RuleWarning(
                "HOST_NOT_PARTICIPANT",
                "Vertskommunen er ikke blant deltakerne i forslaget. Legg den til som deltaker "
                "eller velg en annen vertskommune.",
                proposal.host_municipality_id,
            )
        )
    for p in proposal.participants:
        if not p.lines:
            out.append(
                RuleWarning(
                    "PARTICIPANT_NO_LINES",
                    f"{p.name} har ingen linjer i forslaget; behov og verdi for kommunen er ikke "
                    "med i beregningen.",
                    p.municipality_id,
                )
            )
    return out


def _kind_warnings(proposal: ProposalData, source: str, guessed: int) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    lines = proposal.all_lines()
    if source == "set" or not lines or any(line_code8(line) is not None for line in lines):
        return out
    how = (
        "er lest ut fra ordene i linjene"
        if guessed
        else "er satt til varer eller tjenester (den laveste EØS-terskelverdien)"
    )
    out.append(
        RuleWarning(
            "CPV_MISSING",
            f"Ingen linjer har CPV-kode, så kontraktstypen {how}. Kontroller kontraktstypen, "
            "eller legg inn CPV-koder: bygge- og anleggsarbeid og særlige tjenester har andre "
            "EØS-terskelverdier.",
        )
    )
    return out


def _threshold_warnings(
    ev: Evaluation,
    kind: ContractKind,
    thresholds: Sequence[ThresholdPeriod],
    period: ThresholdPeriod,
    date: dt.date,
) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if not is_covered(date, period):
        where = "før den første" if date < period.valid_from else "etter den siste"
        out.append(
            RuleWarning(
                "THRESHOLD_DATE_OUTSIDE_DATA",
                f"Datoen {format_date(date)} ligger {where} perioden med terskelverdier "
                f"({len(thresholds)} perioder er lastet); terskelverdiene for "
                f"{describe_period(period)} er brukt. Kontroller hvilke terskelverdier som "
                "gjelder.",
            )
        )
    elif period.valid_to is None:
        try:
            due = period.valid_from.replace(year=period.valid_from.year + THRESHOLD_REVISION_YEARS)
        except ValueError:  # 29 February
            due = dt.date(period.valid_from.year + THRESHOLD_REVISION_YEARS, 3, 1)
        if date >= due:
            out.append(
                RuleWarning(
                    "THRESHOLDS_MAY_BE_OUTDATED",
                    f"Terskelverdiene som er brukt gjelder fra {format_date(period.valid_from)}, "
                    "og EØS-terskelverdiene revideres annethvert år. Kontroller om nye "
                    f"terskelverdier gjelder {format_date(date)}.",
                )
            )
    value = Decimal(ev.threshold_value_nok)
    checks = [(eea_threshold(period, kind), "EØS-terskelverdien")]
    if kind != "special_services":
        checks.insert(0, (period.national, "nasjonal terskelverdi"))
    for threshold, name in checks:
        if threshold * NEAR_THRESHOLD_SHARE <= value < threshold:
            incomplete = any(pv.incomplete for pv in ev.participant_values)
            extra = (
                " Noen linjer mangler verdi, så den riktige summen kan være høyere."
                if (incomplete)
                else ""
            )
            out.append(
                RuleWarning(
                    "NEAR_THRESHOLD",
                    f"Anslått verdi {format_nok(ev.threshold_value_nok)} er under, men nær "
                    f"{name} {format_nok(threshold)}. Flere deltakere, opsjoner eller et høyere "
                    f"anslag kan gjøre at strengere regler gjelder.{extra}",
                )
            )
    return out


def _framework_warnings(vm: ValueModel, ev: Evaluation) -> list[RuleWarning]:
    years = vm.period.years
    if not vm.framework or years is None:
        return []
    if vm.period.source == "proposal":
        what = (
            f"Rammeavtalen varer {_number(years)} år inkludert opsjoner "
            f"({_number(vm.period.contract_years or 0)} + {_number(vm.period.option_years)})."
        )
    else:
        what = (
            f"Forslaget har ingen egen avtaleperiode, og linjene har perioder opptil "
            f"{_number(years)} år inkludert opsjoner."
        )
    if years <= FRAMEWORK_MAX_YEARS:
        return []
    extra = (
        ""
        if ev.procedure_part == "del_iii"
        else " Regelen gjelder over EØS-terskelverdien; også under den bør en lengre "
        "rammeavtale begrunnes."
    )
    return [
        RuleWarning(
            "FRAMEWORK_OVER_4_YEARS",
            f"{what} En rammeavtale kan ikke vare mer enn 4 år inkludert opsjoner, unntatt i "
            f"særlige tilfeller som må begrunnes (FOA § 26-2).{extra}",
        )
    ]


def _lot_warnings(proposal: ProposalData, ev: Evaluation) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if (
        ev.procedure_part == "del_iii"
        and ev.contract_kind != "special_services"
        and len(proposal.lots) < 2
        and not proposal.no_lots_reason.strip()
    ):
        now = "har bare én delkontrakt" if proposal.lots else "er ikke delt i delkontrakter"
        out.append(
            RuleWarning(
                "LOTS_MISSING",
                f"Anslått verdi {format_nok(ev.threshold_value_nok)} er over EØS-terskelverdien, og "
                f"forslaget {now}. Etter FOA § 19-4 («del opp eller begrunn») må kontrakten deles "
                "i delkontrakter, eller det må begrunnes hvorfor den ikke deles. Del for eksempel "
                "opp per kommune eller område (så lokale leverandører kan gi tilbud), eller "
                "skriv begrunnelsen.",
            )
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
                    RuleWarning(
                        "LOT_UNKNOWN",
                        f"«{line.description}» i {p.name} er lagt i delkontrakt "
                        f"{line.lot_number}, som ikke finnes i forslaget.",
                        p.municipality_id,
                    )
                )
            else:
                outside.append(f"«{line.description}» ({p.name})")
                outside_value += ev.line_values.get(line.line_id, 0)
    if outside:
        out.append(
            RuleWarning(
                "LINES_OUTSIDE_LOTS",
                f"{_count(len(outside), 'linje', 'linjer')} hører ikke til noen delkontrakt "
                f"(til sammen {format_nok(outside_value)}): {', '.join(outside[:5])}"
                f"{' m.fl.' if len(outside) > 5 else ''}.",
            )
        )
    return out


def _climate_warnings(proposal: ProposalData, ev: Evaluation) -> list[RuleWarning]:
    if ev.procedure_part == "utenfor" or not proposal.participants:
        return []
    mode, weight = proposal.climate_mode, proposal.climate_weight_percent
    if mode is None:
        return [
            RuleWarning(
                "CLIMATE_MISSING",
                "Forslaget sier ikke hvordan klima og miljø skal ivaretas. Etter FOA § 7-9 skal "
                "klima- og miljøhensyn normalt vektes med minst 30 % i tildelingskriteriene, "
                "eller ivaretas med klimakrav i kravspesifikasjonen når det klart gir bedre "
                "klima- og miljøeffekt (begrunnet).",
            )
        ]
    if mode == ClimateMode.CRITERIA and weight is None:
        return [
            RuleWarning(
                "CLIMATE_WEIGHT_MISSING",
                "Klima og miljø skal være tildelingskriterium, men vekten er ikke oppgitt. Den "
                "skal normalt være minst 30 % (FOA § 7-9).",
            )
        ]
    if mode == ClimateMode.CRITERIA and weight is not None and weight < CLIMATE_MIN_WEIGHT_PERCENT:
        return [
            RuleWarning(
                "CLIMATE_WEIGHT_LOW",
                f"Klima og miljø er vektet med {_number(weight)} %. Etter FOA § 7-9 skal vekten "
                "normalt være minst 30 %; ellers må klimakrav i kravspesifikasjonen brukes, med "
                "begrunnelse.",
            )
        ]
    if mode == ClimateMode.REQUIREMENTS and not proposal.climate_text.strip():
        return [
            RuleWarning(
                "CLIMATE_REASON_MISSING",
                "Klima og miljø skal ivaretas med krav i kravspesifikasjonen, men begrunnelsen "
                "mangler. FOA § 7-9 tillater krav i stedet for minst 30 % vekt når det klart gir "
                "bedre klima- og miljøeffekt; skriv hvorfor.",
            )
        ]
    return []


def _fullmakt_warnings(proposal: ProposalData, today: dt.date) -> list[RuleWarning]:
    out: list[RuleWarning] = []
    if not proposal.participants or proposal.status == ProposalStatus.CANCELLED:
        return out
    date, _ = announcement_date(proposal)
    if date is None:
        out.append(
            RuleWarning(
                "ANNOUNCEMENT_DATE_UNKNOWN",
                "Planlagt kunngjøringsdato er ikke satt, så fristen for fullmaktene er ukjent. "
                "Alle deltakere må ha signert fullmakt før kunngjøringen.",
            )
        )
    elif date < today and proposal.status != ProposalStatus.ANNOUNCED:
        out.append(
            RuleWarning(
                "ANNOUNCEMENT_DATE_PASSED",
                f"Planlagt kunngjøring {format_date(date)} er passert, men forslaget er ikke "
                "kunngjort. Oppdater tidsplanen.",
            )
        )
    when = f" ({format_date(date)})" if date is not None else ""
    for p in proposal.participants:
        signed = p.fullmakt_signed_date
        if signed is None:
            if proposal.status == ProposalStatus.ANNOUNCED:
                text = (
                    f"{p.name} har ikke signert fullmakt, og anskaffelsen er kunngjort: en "
                    "kommune som ikke er navngitt i kunngjøringen, kan ikke bli med i avtalen."
                )
            else:
                text = (
                    f"{p.name} har ikke signert fullmakt. Den må være signert før kunngjøringen"
                    f"{when}; en kommune som ikke er med fra kunngjøringen, kan ikke bli med i "
                    "avtalen senere."
                )
            out.append(RuleWarning("FULLMAKT_MISSING", text, p.municipality_id))
        elif date is not None and signed >= date:
            relation = "samme dag som" if signed == date else "etter"
            out.append(
                RuleWarning(
                    "FULLMAKT_LATE",
                    f"{p.name} signerte fullmakten {format_date(signed)}, {relation} planlagt "
                    f"kunngjøring {format_date(date)}. Fullmakten må være signert før "
                    "kunngjøringen, ellers kan kommunen ikke bli med i avtalen.",
                    p.municipality_id,
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
                    RuleWarning(
                        "CONTRACT_GAP",
                        f"Dagens avtale for «{line.description}» i {p.name} utløper "
                        f"{format_date(line.current_expiry)}, men planlagt kontraktsstart er "
                        f"{format_date(start)}: {describe_days(gap)} uten avtale. Vurder å "
                        "forlenge dagens avtale eller å starte tidligere.",
                        p.municipality_id,
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
    out: list[RuleWarning] = []
    for (k1, d1), (k2, d2) in pairwise(known):
        if d2 <= d1:
            out.append(
                RuleWarning(
                    "MILESTONES_OUT_OF_ORDER",
                    f"«{MILESTONE_LABELS[k2]}» ({format_date(d2)}) er ikke etter "
                    f"«{MILESTONE_LABELS[k1]}» ({format_date(d1)}).",
                )
            )
    return out
