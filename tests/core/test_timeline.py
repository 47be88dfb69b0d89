"""Proposed timelines planned backwards from the earliest need (core.timeline)."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kommunesamarbeid.core.proposal import (
    MilestoneData,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.timeline import (
    MILESTONE_ORDER,
    TimelineSettings,
    describe_days,
    earliest_expiry,
    plan_timeline,
    propose_milestones,
)

TODAY = dt.date(2026, 1, 5)  # a Monday
_ids = iter(range(1, 1_000_000))


def proposal(*expiries: dt.date | None, start: dt.date | None = None, **kw: Any) -> ProposalData:
    participants = tuple(
        ParticipantData(
            municipality_id=i + 1,
            name=f"Kommune {i + 1}",
            lines=(
                ProposalLineData(line_id=next(_ids), description="Renhold", current_expiry=expiry),
            ),
        )
        for i, expiry in enumerate(expiries)
    )
    return ProposalData(
        id=1,
        reference="FA-1",
        title="Renhold",
        participants=participants,
        planned_contract_start=start,
        **kw,
    )


def dates(milestones: list[MilestoneData]) -> dict[MilestoneKind, dt.date]:
    result = {}
    for m in milestones:
        assert m.due_date is not None
        result[m.kind] = m.due_date
    return result


def assert_strictly_increasing(milestones: list[MilestoneData]) -> None:
    assert [m.kind for m in milestones] == list(MILESTONE_ORDER)
    due = [m.due_date for m in milestones]
    assert all(a is not None and b is not None and a < b for a, b in pairwise(due))


def test_backwards_from_the_earliest_expiry_at_eea_level() -> None:
    p = proposal(dt.date(2027, 3, 31), dt.date(2026, 12, 31), None)
    plan = plan_timeline(p, today=TODAY, procedure_part="del_iii")
    assert_strictly_increasing(plan.milestones)
    d = dates(plan.milestones)
    assert d[MilestoneKind.CONTRACT_START] == dt.date(2027, 1, 1)  # the day after
    assert plan.target_start == dt.date(2027, 1, 1) and not plan.shifted
    assert (d[MilestoneKind.CONTRACT_START] - d[MilestoneKind.AWARD]).days >= 42
    assert (d[MilestoneKind.AWARD] - d[MilestoneKind.TENDER_DEADLINE]).days >= 56
    assert (d[MilestoneKind.TENDER_DEADLINE] - d[MilestoneKind.ANNOUNCEMENT]).days >= 35
    assert (d[MilestoneKind.ANNOUNCEMENT] - d[MilestoneKind.FULLMAKT_DEADLINE]).days >= 21
    assert (d[MilestoneKind.ANNOUNCEMENT] - d[MilestoneKind.MARKET_DIALOGUE]).days >= 75
    # planned backwards, weekends move to the Friday before: never more than 2 days extra
    assert (d[MilestoneKind.CONTRACT_START] - d[MilestoneKind.AWARD]).days <= 44
    assert plan.warnings == []
    start_note = plan.milestones[-1].note
    assert "Kommune 2" in start_note and "31.12.2026" in start_note


def test_no_milestone_but_the_start_falls_on_a_weekend() -> None:
    for expiry in (dt.date(2027, 1, day) for day in range(1, 15)):
        milestones = propose_milestones(proposal(expiry), today=TODAY, procedure_part="del_ii")
        assert all(m.due_date is not None and m.due_date.weekday() < 5 for m in milestones[:-1])


def test_titles_are_norwegian_labels() -> None:
    milestones = propose_milestones(proposal(dt.date(2027, 6, 30)), today=TODAY)
    assert [m.title for m in milestones] == [
        "Markedsdialog",
        "Frist for fullmakt",
        "Kunngjøring",
        "Tilbudsfrist",
        "Tildeling",
        "Kontraktsstart",
    ]
    assert all(m.note for m in milestones)


def test_national_procedures_get_shorter_time_limits() -> None:
    p = proposal(dt.date(2027, 6, 30))
    eea = dates(propose_milestones(p, today=TODAY, procedure_part="del_iii"))
    national = dates(propose_milestones(p, today=TODAY, procedure_part="del_ii"))
    part_i = dates(propose_milestones(p, today=TODAY, procedure_part="del_i"))
    assert eea[MilestoneKind.CONTRACT_START] == national[MilestoneKind.CONTRACT_START]
    assert (
        eea[MilestoneKind.ANNOUNCEMENT]
        < national[MilestoneKind.ANNOUNCEMENT]
        < part_i[MilestoneKind.ANNOUNCEMENT]
    )
    tender_period = national[MilestoneKind.TENDER_DEADLINE] - national[MilestoneKind.ANNOUNCEMENT]
    assert 21 <= tender_period.days <= 23


def test_planned_start_before_the_expiry_wins() -> None:
    p = proposal(dt.date(2027, 6, 30), start=dt.date(2027, 3, 1))
    plan = plan_timeline(p, today=TODAY, procedure_part="del_iii")
    assert dates(plan.milestones)[MilestoneKind.CONTRACT_START] == dt.date(2027, 3, 1)
    assert plan.milestones[-1].note == "Planlagt kontraktsstart i forslaget."


def test_an_expiry_too_soon_shifts_the_plan_and_warns() -> None:
    p = proposal(dt.date(2026, 2, 28), dt.date(2027, 1, 31))
    plan = plan_timeline(p, today=TODAY, procedure_part="del_iii")
    assert plan.shifted
    assert_strictly_increasing(plan.milestones)
    d = dates(plan.milestones)
    assert d[MilestoneKind.FULLMAKT_DEADLINE] >= TODAY + dt.timedelta(days=14)
    assert all(date >= TODAY for date in d.values())
    assert d[MilestoneKind.CONTRACT_START] > dt.date(2026, 3, 1)
    missed = next(w for w in plan.warnings if w.code == "TIMELINE_TARGET_MISSED")
    assert missed.municipality_id == 1
    gap = (d[MilestoneKind.CONTRACT_START] - dt.date(2026, 3, 1)).days
    assert "01.03.2026" in missed.message and describe_days(gap) in missed.message
    assert "TIMELINE_DIALOGUE_SHORT" in [w.code for w in plan.warnings]
    assert d[MilestoneKind.MARKET_DIALOGUE] == TODAY


def test_an_expired_contract_also_shifts_the_plan() -> None:
    plan = plan_timeline(proposal(dt.date(2025, 6, 30)), today=TODAY, procedure_part="del_ii")
    assert plan.shifted and all(
        m.due_date is not None and m.due_date >= TODAY for m in plan.milestones
    )


def test_a_short_dialogue_is_moved_to_today_without_shifting() -> None:
    # announcement about mid-March 2026: the dialogue would be in December 2025
    p = proposal(dt.date(2026, 7, 31))
    plan = plan_timeline(p, today=TODAY, procedure_part="del_iii")
    assert not plan.shifted
    d = dates(plan.milestones)
    assert d[MilestoneKind.MARKET_DIALOGUE] == TODAY
    assert d[MilestoneKind.CONTRACT_START] == dt.date(2026, 8, 1)
    assert [w.code for w in plan.warnings] == ["TIMELINE_DIALOGUE_SHORT"]
    assert_strictly_increasing(plan.milestones)


def test_without_any_date_the_plan_runs_forward_from_today() -> None:
    plan = plan_timeline(proposal(None, None), today=TODAY, procedure_part="del_iii")
    assert plan.target_start is None and not plan.shifted
    assert "TIMELINE_NO_TARGET" in [w.code for w in plan.warnings]
    d = dates(plan.milestones)
    assert d[MilestoneKind.FULLMAKT_DEADLINE] == dt.date(2026, 1, 19)  # today + 14 days
    assert_strictly_increasing(plan.milestones)


def test_unknown_part_uses_the_longest_limits() -> None:
    p = proposal(dt.date(2027, 6, 30))
    plan = plan_timeline(p, today=TODAY)
    assert [w.code for w in plan.warnings] == ["TIMELINE_PART_ASSUMED"]
    assert plan.milestones == propose_milestones(p, today=TODAY, procedure_part="del_iii")


def test_settings_are_used_and_validated() -> None:
    p = proposal(dt.date(2027, 6, 30))
    quick = TimelineSettings(award_before_start_days=14, evaluation_days_eea=14)
    slow = dates(propose_milestones(p, today=TODAY, procedure_part="del_iii"))
    fast = dates(propose_milestones(p, today=TODAY, procedure_part="del_iii", settings=quick))
    assert fast[MilestoneKind.AWARD] > slow[MilestoneKind.AWARD]
    assert (fast[MilestoneKind.CONTRACT_START] - fast[MilestoneKind.AWARD]).days in (14, 15, 16)
    with pytest.raises(ValueError, match="award_before_start_days"):
        TimelineSettings(award_before_start_days=0)
    with pytest.raises(ValueError, match="Markedsdialogen"):
        TimelineSettings(dialogue_before_announcement_days=10)


def test_earliest_expiry() -> None:
    p = proposal(dt.date(2027, 3, 1), None, dt.date(2026, 11, 30))
    found = earliest_expiry(p)
    assert found is not None and found[:2] == (dt.date(2026, 11, 30), 3)
    assert earliest_expiry(proposal(None)) is None


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (1, "1 dag"),
        (10, "10 dager"),
        (21, "21 dager (3 uker)"),
        (42, "42 dager (6 uker)"),
        (45, "45 dager (ca. 1,5 måneder)"),
        (59, "59 dager (ca. 2 måneder)"),
        (30, "30 dager (ca. 1 måned)"),
    ],
)
def test_describe_days(days: int, text: str) -> None:
    assert describe_days(days) == text


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31)),
    st.lists(
        st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), dt.date(2032, 12, 31))), max_size=5
    ),
    st.one_of(st.none(), st.dates(dt.date(2024, 1, 1), dt.date(2032, 12, 31))),
    st.sampled_from(["utenfor", "del_i", "del_ii", "del_iii", None]),
)
def test_milestones_are_always_strictly_increasing_and_not_in_the_past(
    today: dt.date,
    expiries: list[dt.date | None],
    start: dt.date | None,
    part: str | None,
) -> None:
    plan = plan_timeline(proposal(*expiries, start=start), today=today, procedure_part=part)
    assert_strictly_increasing(plan.milestones)
    assert all(m.due_date is not None and m.due_date >= today for m in plan.milestones)
    if plan.target_start is not None and not plan.shifted:
        assert plan.milestones[-1].due_date == plan.target_start
