"""The value model (core.value_model) and the cases of issue 10, with their exact figures."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest

from kommunesamarbeid.core.contract_kind import kind_of_text
from kommunesamarbeid.core.proposal import (
    Evaluation,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.proposal_rules import SPECIAL_SERVICES_RULES, evaluate
from kommunesamarbeid.core.thresholds import default_thresholds
from kommunesamarbeid.core.value_model import (
    build_value_model,
    framework_from_lines,
    line_value,
    proposal_period,
)
from kommunesamarbeid.paths import resource_path

THRESHOLDS = default_thresholds(
    json.loads(resource_path("thresholds.json").read_text(encoding="utf-8"))
)
TODAY = dt.date(2026, 1, 15)


def line(line_id: int, description: str = "Brøyting", **kw: Any) -> ProposalLineData:
    return ProposalLineData(line_id=line_id, description=description, **kw)


def part(mid: int, name: str, *lines: ProposalLineData) -> ParticipantData:
    return ParticipantData(municipality_id=mid, name=name, lines=lines)


def proposal(*participants: ParticipantData, **kw: Any) -> ProposalData:
    base: dict[str, Any] = {"host_municipality_id": 1, "is_framework": False}
    base.update(kw)
    return ProposalData(id=1, reference="FA-1", title="Test", participants=participants, **base)


def run(p: ProposalData) -> Evaluation:
    return evaluate(p, THRESHOLDS, today=TODAY)


def codes(ev: Evaluation) -> list[str]:
    return [w.code for w in ev.warnings]


# --- issue 10: Alta (1 year), Skien ("1 + 2 år", 750 000 kr), Drammen (450 000 kr) ---------

ALTA = part(
    1,
    "Alta kommune",
    line(
        1, annual_value_nok=350_000, total_value_nok=350_000, contract_years=1, value_basis="annual"
    ),
)
SKIEN = part(
    2,
    "Skien kommune",
    line(
        2,
        "Brøyting og strøing",
        annual_value_nok=250_000,
        total_value_nok=750_000,
        contract_years=1,
        option_years=2,
        value_basis="total",
    ),
)
DRAMMEN = part(
    3,
    "Drammen kommune",
    line(
        3,
        "Vintervedlikehold",
        annual_value_nok=150_000,
        total_value_nok=450_000,
        contract_years=3,
        value_basis="total",
    ),
)


def test_alta_skien_drammen_default_period_counts_the_options_and_is_part_ii() -> None:
    ev = run(proposal(ALTA, SKIEN, DRAMMEN))
    model = ev.value_model
    assert model is not None
    # the plans: 350 000 + 750 000 + 450 000
    assert ev.plan_value_nok == 1_550_000
    # the longest period incl. options is 3 years: Alta's 350 000 a year x 3
    assert model.period.years == Decimal(3) and model.period.source == "lines"
    assert [pv.total_value_nok for pv in ev.participant_values] == [1_050_000, 750_000, 450_000]
    assert [pv.plan_value_nok for pv in ev.participant_values] == [350_000, 750_000, 450_000]
    assert ev.total_value_nok == 2_250_000 >= ev.plan_value_nok
    assert ev.procedure_part == "del_ii"
    assert "BELOW_PLANS" not in codes(ev)
    assert model.lines[1].differs and not model.lines[2].differs


def test_alta_skien_drammen_with_the_old_one_year_period_warns_how_much_is_missing() -> None:
    # what the old default stored (the most common pair): 1 year, no options
    ev = run(proposal(ALTA, SKIEN, DRAMMEN, contract_years=1, option_years=0))
    assert ev.total_value_nok == 750_000  # what the issue saw ...
    assert ev.procedure_part == "del_i"
    below = next(w for w in ev.warnings if w.code == "BELOW_PLANS")  # ... now with a warning
    assert "800 000 kr lavere" in below.message
    assert "1 550 000 kr" in below.message
    assert "Skien kommune: 1 år + 2 års opsjon (3 år)" in below.message
    assert ev.value_model is not None and ev.value_model.below_plans_nok == 800_000


def test_alta_and_skien_alone() -> None:
    ev = run(proposal(ALTA, SKIEN))
    # Skien is counted with its options (750 000, not 250 000)
    assert [pv.total_value_nok for pv in ev.participant_values] == [1_050_000, 750_000]
    assert ev.total_value_nok == 1_800_000


# --- issue 10: a "Totalentreprise" without CPV is building and construction work ---------


def test_totalentreprise_without_cpv_uses_the_works_threshold() -> None:
    p = proposal(
        part(1, "Alver", line(1, "Totalentreprise ny barnehage", total_value_nok=30_000_000)),
        part(2, "Fedje", line(2, "Rehabilitering av skole", total_value_nok=4_000_000)),
    )
    ev = run(p)
    assert ev.contract_kind == "works"
    assert ev.applicable_threshold_nok == 57_800_000
    assert ev.procedure_part == "del_ii"  # 34 000 000 is far below the works threshold
    assert "«totalentreprise»" in ev.contract_kind_reason
    assert ev.contract_kind_source == "lines"
    cpv = next(w for w in ev.warnings if w.code == "CPV_MISSING")
    assert "lest ut fra ordene" in cpv.message


def test_the_coordinator_can_set_the_kind() -> None:
    p = proposal(
        part(1, "Alver", line(1, "Totalentreprise ny barnehage", total_value_nok=3_000_000)),
        contract_kind="services",
    )
    ev = run(p)
    assert ev.contract_kind == "services" and ev.contract_kind_source == "set"
    assert ev.procedure_part == "del_iii"
    assert "valgt av koordinatoren" in ev.contract_kind_reason
    assert "bygge- og anleggsarbeid" in ev.contract_kind_reason  # what the lines said


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Totalentreprise ny barnehage", "works"),
        ("Hovedentreprise rådhus", "works"),
        ("Rehabilitering av Alver skule", "works"),
        ("Nybygg sjukeheim", "works"),
        ("Asfaltering kommunale veier", "works"),
        ("Bygge- og anleggsarbeid VA", "works"),
        ("Rusbehandling og rehabilitering", "special_services"),
        ("Kantinedrift rådhuset", "special_services"),
        ("Byggeledelse ny skole", None),  # site supervision is a service (CPV 71)
        ("Prosjektering av ny skole", None),
        ("Kontorrekvisita", None),
    ],
)
def test_kind_from_words(text: str, kind: str | None) -> None:
    found = kind_of_text(text)
    assert (found[0] if found else None) == kind


def test_special_services_name_the_chapter_that_applies() -> None:
    p = proposal(part(1, "Alver", line(1, "Avlastning", cpv="85311000", total_value_nok=9_000_000)))
    ev = run(p)
    assert ev.contract_kind == "special_services"
    assert ev.procedure_part == "del_iii"
    assert SPECIAL_SERVICES_RULES in ev.explanation
    assert "kapittel 30" in SPECIAL_SERVICES_RULES and "del IV" in SPECIAL_SERVICES_RULES


# --- issue 10: a withdrawn line is shown but not counted -----------------------------------


def test_a_withdrawn_line_is_not_counted_and_warns() -> None:
    p = proposal(
        part(1, "Alver", line(1, total_value_nok=1_000_000, contract_years=2)),
        part(
            2,
            "Fedje",
            line(2, total_value_nok=500_000, contract_years=2),
            line(
                3, "Gammel linje", total_value_nok=2_000_000, contract_years=2, status="withdrawn"
            ),
        ),
    )
    ev = run(p)
    assert ev.total_value_nok == 1_500_000
    assert [pv.total_value_nok for pv in ev.participant_values] == [1_000_000, 500_000]
    assert ev.participant_values[1].withdrawn_lines == 1
    assert 3 not in ev.line_values
    warning = next(w for w in ev.warnings if w.code == "LINE_WITHDRAWN")
    assert "«Gammel linje» i Fedje" in warning.message and "2 000 000 kr" in warning.message
    assert ev.value_model is not None and ev.value_model.lines[3].plan_value == 2_000_000
    assert ev.procedure_part == "del_ii"


def test_a_changed_line_warns_with_what_changed() -> None:
    p = proposal(
        part(1, "Alver", line(1, total_value_nok=1_000_000, changes=("årsverdi 1 kr → 2 kr",)))
    )
    warning = next(w for w in run(p).warnings if w.code == "LINE_CHANGED")
    assert "årsverdi 1 kr → 2 kr" in warning.message


# --- issue 10: framework agreements ---------------------------------------------------------


def test_framework_only_when_the_lines_say_so() -> None:
    small = proposal(part(1, "Alver", line(1, "Kontorrekvisita", total_value_nok=600_000)))
    assert framework_from_lines(small)[0] is False
    said = proposal(part(1, "Alver", line(1, "Rammeavtale kontorrekvisita")))
    assert framework_from_lines(said) == (True, "Linjene sier «rammeavtale» (Alver).")
    avrop = proposal(part(1, "Alver", line(1, "Kontorrekvisita", notes="avrop etter behov")))
    assert framework_from_lines(avrop)[0] is True


def test_framework_maximum_default_and_set() -> None:
    lines = (
        part(1, "Alver", line(1, total_value_nok=1_000_000, contract_years=4)),
        part(2, "Fedje", line(2, total_value_nok=500_000, contract_years=4)),
    )
    ev = run(proposal(*lines, is_framework=True))
    assert ev.maximum_value_nok == 1_500_000
    assert "FRAMEWORK_MAXIMUM_NOT_SET" in codes(ev)
    ev = run(proposal(*lines, is_framework=True, maximum_value_nok=2_000_001))
    assert ev.maximum_value_nok == 2_000_001
    # shares in proportion to the estimate, adding up to the maximum exactly
    assert [pv.maximum_value_nok for pv in ev.participant_values] == [1_333_334, 666_667]
    assert sum(pv.maximum_value_nok or 0 for pv in ev.participant_values) == 2_000_001
    # the thresholds are measured against the maximum
    assert ev.threshold_value_nok == 2_000_001 and ev.procedure_part == "del_ii"
    ev = run(proposal(*lines, is_framework=True, maximum_value_nok=2_300_000))
    assert ev.procedure_part == "del_iii"
    ev = run(proposal(*lines, is_framework=True, maximum_value_nok=1_000_000))
    assert "MAXIMUM_BELOW_ESTIMATE" in codes(ev)
    assert ev.threshold_value_nok == 1_500_000
    assert run(proposal(*lines)).maximum_value_nok is None


def test_short_form_below_the_national_threshold() -> None:
    assert run(proposal(part(1, "Alver", line(1, total_value_nok=600_000)))).short_form
    assert not run(proposal(part(1, "Alver", line(1, total_value_nok=1_300_000)))).short_form


# --- one line ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "plan", "basis"),
    [
        ({"total_value_nok": 900_000, "annual_value_nok": 100_000}, 900_000, "total"),
        (
            {"annual_value_nok": 100_000, "contract_years": 2, "option_years": 2},
            400_000,
            "annual_x_years",
        ),
        (
            {"annual_value_nok": 100_000, "contract_years": 2, "option_years": 1.5},
            350_000,
            "annual_x_years",
        ),
        ({"annual_value_nok": 100_000}, 400_000, "annual_x48"),
        ({"annual_value_nok": 100_000, "contract_years": 0}, 400_000, "annual_x48"),
        ({"annual_value_nok": 333_333, "contract_years": 1.5}, 500_000, "annual_x_years"),
        ({}, None, "missing"),
    ],
)
def test_plan_value_of_a_line(kw: dict[str, Any], plan: int | None, basis: str) -> None:
    p = proposal(part(1, "Alver", line(1, **kw)))
    lv = line_value(p.participants[0].lines[0], 1, proposal_period(proposal(contract_years=None)))
    assert (lv.plan_value, lv.plan_basis) == (plan, basis)
    assert lv.value == plan  # without any period the plan value counts


def test_a_total_over_its_own_period_is_kept_exactly() -> None:
    # 1 000 000 over 3 years, valued over the same 3 years: exactly the total, no rounding
    p = proposal(
        part(
            1,
            "Alver",
            line(1, total_value_nok=1_000_000, contract_years=3, value_basis="total"),
        )
    )
    assert build_value_model(p).estimated_nok == 1_000_000


def test_unknown_duration_below_48_months_warns() -> None:
    p = proposal(
        part(1, "Alver", line(1, annual_value_nok=100_000, value_basis="annual")),
        part(2, "Fedje", line(2, annual_value_nok=100_000, contract_years=2, value_basis="annual")),
    )
    ev = run(p)
    # Alver's plan: 100 000 x 4 (48 months); in a 2-year proposal: 100 000 x 2
    assert ev.plan_value_nok == 600_000 and ev.total_value_nok == 400_000
    below = next(w for w in ev.warnings if w.code == "BELOW_PLANS")
    assert "ukjent varighet" in below.message and "48 måneder" in below.message


def test_participants_always_sum_to_the_total() -> None:
    p = proposal(
        part(1, "Alver", line(1, annual_value_nok=123_457, contract_years=1.5, option_years=0.5)),
        part(2, "Fedje", line(2, total_value_nok=999_999, contract_years=3), line(3)),
    )
    model = build_value_model(p)
    assert sum(pv.total_value_nok for pv in model.participants) == model.estimated_nok
    assert model.incomplete
