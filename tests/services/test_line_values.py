"""A line's annual and total value never contradict each other: editing one value, or the
years, derives the other again as the import does, and the value model's plan value (what
every document counts) is the stored total."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kommunesamarbeid.core.plan_lines import complete_values
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import PlannedPurchase
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.lines import get_line, update_line


def test_complete_values_derives_the_missing_figure_over_the_whole_period() -> None:
    assert complete_values(100_000, None, "annual", 2, 2) == (100_000, 400_000, False)
    assert complete_values(None, 300_000, "total", 1, 2) == (100_000, 300_000, False)
    # unknown duration: 48 months, and said so
    assert complete_values(100_000, None, "annual", None, None) == (100_000, 400_000, True)
    assert complete_values(None, 200_000, "total", None, 1) == (50_000, 200_000, True)
    # both stated: both kept, even when they disagree with the years
    assert complete_values(100_000, 999_000, "both", 2, 0) == (100_000, 999_000, False)
    assert complete_values(None, None, None, 2, 0) == (None, None, False)


@pytest.fixture
def line_id(db: Database, actor: Actor) -> int:
    load_demo(db, actor)
    with db.sessions() as session:
        found = session.scalars(
            select(PlannedPurchase.id).where(
                PlannedPurchase.value_basis == "annual",
                PlannedPurchase.contract_years.is_not(None),
            )
        ).first()
    assert found is not None, "the demo has lines stated by annual value with their years"
    return found


def test_editing_the_annual_value_or_the_years_derives_the_total_again(
    db: Database, actor: Actor, line_id: int
) -> None:
    line = update_line(
        db, actor, line_id, {"annual_value_nok": 250_000, "contract_years": 2, "option_years": 1}
    )
    assert (line.annual_value_nok, line.total_value_nok) == (250_000, 750_000)
    line = update_line(db, actor, line_id, {"option_years": 2})
    assert line.total_value_nok == 1_000_000
    # the dialog sends every field: the unchanged total does not become "stated"
    line = update_line(
        db,
        actor,
        line_id,
        {"annual_value_nok": 300_000, "total_value_nok": line.total_value_nok},
    )
    assert line.total_value_nok == 1_200_000


def test_a_changed_total_becomes_the_stated_figure(
    db: Database, actor: Actor, line_id: int
) -> None:
    update_line(db, actor, line_id, {"contract_years": 3, "option_years": 1})
    line = update_line(db, actor, line_id, {"total_value_nok": 2_000_000})
    assert (line.annual_value_nok, line.total_value_nok) == (500_000, 2_000_000)
    line = update_line(db, actor, line_id, {"option_years": 0})  # total stated: annual follows
    assert (line.annual_value_nok, line.total_value_nok) == (666_667, 2_000_000)
    both = update_line(db, actor, line_id, {"annual_value_nok": 1, "total_value_nok": 5})
    assert (both.annual_value_nok, both.total_value_nok) == (1, 5)
    assert get_line(db, line_id).total_value_nok == 5


def test_clearing_a_stated_figure_keeps_the_other_only_when_the_plan_stated_it(
    db: Database, actor: Actor, line_id: int
) -> None:
    # both stated: clearing the annual value keeps the stated total (and derives the annual)
    update_line(db, actor, line_id, {"contract_years": 2, "option_years": 0})
    update_line(db, actor, line_id, {"annual_value_nok": 100, "total_value_nok": 1_000})
    line = update_line(db, actor, line_id, {"annual_value_nok": None})
    assert (line.annual_value_nok, line.total_value_nok) == (500, 1_000)
    # the total is now the stated figure: the annual value was derived from it, so clearing
    # the total leaves nothing to derive from
    line = update_line(db, actor, line_id, {"total_value_nok": None})
    assert (line.annual_value_nok, line.total_value_nok) == (None, None)
