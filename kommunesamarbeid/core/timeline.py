"""A proposed timeline for a joint tender, planned backwards from when the contract must start.

The contract must start when the first member needs it: the day after the earliest current
contract expires, or the proposal's planned contract start if that is earlier. From there, with
the lengths in ``TimelineSettings`` (defaults below, all adjustable):

* award (tildeling) 6 weeks before the start: standstill period (karenstid) of at least 10 days,
  signing and start-up;
* tender deadline (tilbudsfrist) before the award: time to evaluate, 8 weeks at EEA level
  (part III), 6 weeks below;
* announcement (kunngjøring) before the tender deadline: 35 days at EEA level (the minimum time
  limits of FOA chapter 20 are 30 days for an open procedure with electronic submission; 35
  leaves a margin), 21 days in part II, 14 days in part I and below (a reasonable time limit);
* fullmakt deadline 3 weeks before the announcement: every participant must have signed before
  the notice, which names all buyers;
* market dialogue (markedsdialog) about 2.5 months before the announcement.

Dates other than the contract start are moved to the working day before when they fall on a
weekend. When the plan would put the fullmakt deadline earlier than ``preparation_days`` from
today, the whole plan is moved forward from today instead, and a warning says how long after
the earliest expiry the contract can start at the earliest (the gap). A market dialogue that
would lie in the past is set to today, with a warning that it gets less time than advised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

from kommunesamarbeid.core.periods import DAYS_PER_MONTH
from kommunesamarbeid.core.proposal import (
    MILESTONE_LABELS,
    MilestoneData,
    MilestoneKind,
    ProposalData,
    ProposalLineData,
    RuleWarning,
)
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.core.thresholds import format_date

__all__ = [
    "MILESTONE_ORDER",
    "TimelinePlan",
    "TimelineSettings",
    "describe_days",
    "earliest_expiry",
    "plan_timeline",
    "propose_milestones",
]

#: The order the standard milestones must come in.
MILESTONE_ORDER: Final = (
    MilestoneKind.MARKET_DIALOGUE,
    MilestoneKind.FULLMAKT_DEADLINE,
    MilestoneKind.ANNOUNCEMENT,
    MilestoneKind.TENDER_DEADLINE,
    MilestoneKind.AWARD,
    MilestoneKind.CONTRACT_START,
)

_EEA_PART: Final = "del_iii"
_NATIONAL_PART: Final = "del_ii"


@dataclass(frozen=True, slots=True)
class TimelineSettings:
    """Lengths (in days) used to plan the timeline; the defaults are ordinary practice."""

    #: Award to contract start: standstill (at least 10 days), signing, start-up.
    award_before_start_days: int = 42
    #: Tender deadline to award (evaluation), at EEA level and below it.
    evaluation_days_eea: int = 56
    evaluation_days_national: int = 42
    #: Announcement to tender deadline, per part of FOA.
    tender_period_days_eea: int = 35
    tender_period_days_national: int = 21
    tender_period_days_part_i: int = 14
    #: Fullmakt deadline to announcement.
    fullmakt_before_announcement_days: int = 21
    #: Market dialogue to announcement.
    dialogue_before_announcement_days: int = 75
    #: The fullmakt deadline is never earlier than this many days from today.
    preparation_days: int = 14

    def __post_init__(self) -> None:
        for name in self.__slots__:
            value = getattr(self, name)
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"Tidsplaninnstillingen {name} må være et helt antall dager ≥ 1.")
        if self.dialogue_before_announcement_days <= self.fullmakt_before_announcement_days:
            raise ValueError("Markedsdialogen må komme før fristen for fullmakt.")

    def evaluation_days(self, part: str) -> int:
        return self.evaluation_days_eea if part == _EEA_PART else self.evaluation_days_national

    def tender_period_days(self, part: str) -> int:
        if part == _EEA_PART:
            return self.tender_period_days_eea
        if part == _NATIONAL_PART:
            return self.tender_period_days_national
        return self.tender_period_days_part_i


@dataclass(slots=True)
class TimelinePlan:
    """The proposed milestones in order, and what the coordinator should know about them."""

    milestones: list[MilestoneData] = field(default_factory=list)
    warnings: list[RuleWarning] = field(default_factory=list)
    #: The date the contract should start to avoid a gap (None when nothing says).
    target_start: dt.date | None = None
    #: True when the plan had to be moved forward from today (target_start cannot be met).
    shifted: bool = False


def describe_days(days: int) -> str:
    """1 -> "1 dag", 12 -> "12 dager", 42 -> "42 dager (6 uker)",
    59 -> "59 dager (ca. 2 måneder)", 45 -> "45 dager (ca. 1,5 måneder)"."""
    if days >= 14 and days % 7 == 0 and days <= 84:
        return Text("rules.days.weeks", n=days, weeks=days // 7)
    if days >= 28:
        halves = max(2, round(days / DAYS_PER_MONTH * 2))
        months = f"{halves // 2}" if halves % 2 == 0 else f"{halves // 2},5"
        key = "rules.days.one_month" if halves == 2 else "rules.days.months"
        return Text(key, n=days, months=months)
    return Text("rules.days.plain", n=days)


def earliest_expiry(
    proposal: ProposalData,
) -> tuple[dt.date, int, ProposalLineData] | None:
    """The earliest current contract expiry among the lines: (date, municipality id, line)."""
    found: tuple[dt.date, int, ProposalLineData] | None = None
    for p in proposal.participants:
        for line in p.lines:
            if line.current_expiry is not None and (
                found is None or line.current_expiry < found[0]
            ):
                found = (line.current_expiry, p.municipality_id, line)
    return found


def _weekday_before(date: dt.date) -> dt.date:
    """The date itself, or the Friday before when it is a Saturday or Sunday."""
    return date - dt.timedelta(days=max(0, date.weekday() - 4))


def _weekday_after(date: dt.date) -> dt.date:
    """The date itself, or the Monday after when it is a Saturday or Sunday."""
    return date + dt.timedelta(days=(7 - date.weekday()) % 7 if date.weekday() >= 5 else 0)


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def plan_timeline(
    proposal: ProposalData,
    *,
    today: dt.date,
    procedure_part: str | None = None,
    settings: TimelineSettings | None = None,
) -> TimelinePlan:
    """The timeline with its warnings (see the module docstring). ``procedure_part`` is
    ``Evaluation.procedure_part``; without it the EEA lengths (the longest) are used."""
    s = settings or TimelineSettings()
    plan = TimelinePlan()
    part = procedure_part or _EEA_PART
    if procedure_part is None:
        plan.warnings.append(
            RuleWarning(
                "TIMELINE_PART_ASSUMED",
                "Regelverket for anskaffelsen er ikke avklart; tidsplanen bruker fristene for "
                "kunngjøring i hele EØS (de lengste).",
            )
        )
    award_days = s.award_before_start_days
    eval_days = s.evaluation_days(part)
    tender_days = s.tender_period_days(part)
    fullmakt_days = s.fullmakt_before_announcement_days

    expiry = earliest_expiry(proposal)
    # (date, note, the municipality that needs it): the earliest wins, an expiry on a tie
    candidates: list[tuple[dt.date, str, int | None]] = []
    if expiry is not None:
        date, mid, line = expiry
        candidates.append(
            (
                date + _days(1),
                f"Dagen etter at dagens avtale for «{line.description}» i {_name(proposal, mid)} "
                f"utløper ({format_date(date)}).",
                mid,
            )
        )
    if proposal.planned_contract_start is not None:
        candidates.append(
            (proposal.planned_contract_start, "Planlagt kontraktsstart i forslaget.", None)
        )
    earliest_fullmakt = today + _days(s.preparation_days)

    target_note = ""
    target_mid: int | None = None
    if candidates:
        plan.target_start, target_note, target_mid = min(candidates, key=lambda c: c[0])
        start_note = target_note
        start = plan.target_start
        award = _weekday_before(start - _days(award_days))
        tender = _weekday_before(award - _days(eval_days))
        announcement = _weekday_before(tender - _days(tender_days))
        fullmakt = _weekday_before(announcement - _days(fullmakt_days))
        plan.shifted = fullmakt < earliest_fullmakt
    else:
        plan.warnings.append(
            RuleWarning(
                "TIMELINE_NO_TARGET",
                "Verken utløpsdato for dagens avtaler eller planlagt kontraktsstart er kjent; "
                "tidsplanen er regnet fram fra i dag med normale frister.",
            )
        )
    if not candidates or plan.shifted:
        fullmakt = _weekday_after(earliest_fullmakt)
        announcement = _weekday_after(fullmakt + _days(fullmakt_days))
        tender = _weekday_after(announcement + _days(tender_days))
        award = _weekday_after(tender + _days(eval_days))
        start = award + _days(award_days)
        start_note = "Tidligste mulige kontraktsstart med normale frister."
    if plan.shifted and plan.target_start is not None:
        gap = (start - plan.target_start).days
        plan.warnings.append(
            RuleWarning(
                "TIMELINE_TARGET_MISSED",
                f"Kontrakten burde starte {format_date(plan.target_start)}, "
                f"{target_note[:1].lower()}{target_note[1:]} "
                f"Med normale frister kan den tidligst starte {format_date(start)}: "
                f"{describe_days(gap)} senere. Vurder å forlenge dagens avtale eller en "
                "midlertidig løsning.",
                target_mid,
            )
        )

    dialogue = _weekday_before(announcement - _days(s.dialogue_before_announcement_days))
    dialogue_note = "Tidliginvolvering av leverandører før konkurransegrunnlaget er ferdig."
    if dialogue < today:
        dialogue = today
        dialogue_note = "Kortere tid til markedsdialog enn anbefalt; start straks."
        plan.warnings.append(
            RuleWarning(
                "TIMELINE_DIALOGUE_SHORT",
                f"Markedsdialogen får bare {describe_days((announcement - today).days)} før "
                f"kunngjøringen; anbefalt er {describe_days(s.dialogue_before_announcement_days)}.",
            )
        )

    notes = {
        MilestoneKind.MARKET_DIALOGUE: dialogue_note,
        MilestoneKind.FULLMAKT_DEADLINE: (
            "Alle deltakere må ha signert fullmakt før kunngjøringen; kunngjøringen navngir alle "
            "oppdragsgiverne, og en kommune kan ikke bli med senere."
        ),
        MilestoneKind.ANNOUNCEMENT: f"{describe_days(tender_days)} til tilbudsfristen.",
        MilestoneKind.TENDER_DEADLINE: f"{describe_days(eval_days)} til evaluering før tildeling.",
        MilestoneKind.AWARD: (
            "Karenstid (minst 10 dager), kontraktsinngåelse og oppstart: "
            f"{describe_days(award_days)} før kontraktsstart."
        ),
        MilestoneKind.CONTRACT_START: start_note,
    }
    dates = {
        MilestoneKind.MARKET_DIALOGUE: dialogue,
        MilestoneKind.FULLMAKT_DEADLINE: fullmakt,
        MilestoneKind.ANNOUNCEMENT: announcement,
        MilestoneKind.TENDER_DEADLINE: tender,
        MilestoneKind.AWARD: award,
        MilestoneKind.CONTRACT_START: start,
    }
    plan.milestones = [
        MilestoneData(kind, MILESTONE_LABELS[kind], dates[kind], note=notes[kind])
        for kind in MILESTONE_ORDER
    ]
    return plan


def propose_milestones(
    proposal: ProposalData,
    *,
    today: dt.date,
    procedure_part: str | None = None,
    settings: TimelineSettings | None = None,
) -> list[MilestoneData]:
    """The proposed milestones, strictly in time order (``plan_timeline`` gives the warnings)."""
    return plan_timeline(
        proposal, today=today, procedure_part=procedure_part, settings=settings
    ).milestones


def _name(proposal: ProposalData, municipality_id: int) -> str:
    for p in proposal.participants:
        if p.municipality_id == municipality_id:
            return p.name
    return f"kommune {municipality_id}"
