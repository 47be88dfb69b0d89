"""Contract years and options (kommunesamarbeid.core.contract_terms)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.contract_terms import (
    MAX_YEARS,
    ParsedTerm,
    parse_contract_years,
    parse_options,
)
from kommunesamarbeid.core.sheet import CellValue


@pytest.mark.parametrize(
    ("value", "years", "options"),
    [
        (2, 2.0, None),
        (2.0, 2.0, None),
        (2.5, 2.5, None),
        ("2", 2.0, None),
        ("2 år", 2.0, None),
        ("3 år", 3.0, None),
        ("2,5 år", 2.5, None),
        ("2.5 år", 2.5, None),
        ("24 mnd", 2.0, None),
        ("24 mnd.", 2.0, None),
        ("24 måneder", 2.0, None),
        ("18 måneder", 1.5, None),
        ("6 mnd", 0.5, None),
        ("2 + 1 + 1", 2.0, 2.0),
        ("2+1+1", 2.0, 2.0),
        ("2+1+1 år", 2.0, 2.0),
        ("3+1", 3.0, 1.0),
        ("4 (2+1+1)", 2.0, 2.0),
        ("4 år (2+1+1)", 2.0, 2.0),
        ("1 år + opsjon 1 år", 1.0, 1.0),
        ("1 år + 1 år opsjon", 1.0, 1.0),
        ("2 år med opsjon på 1+1 år", 2.0, 2.0),
        ("2 år pluss 1 år opsjon", 2.0, 1.0),
        ("2 år + 2x1 år opsjon", 2.0, 2.0),
        ("24 mnd + 12 mnd", 2.0, 1.0),
        ("to år", 2.0, None),
        ("tre år", 3.0, None),
        ("ett år", 1.0, None),
        ("fire år", 4.0, None),
        ("et halvt år", 0.5, None),
        ("halvannet år", 1.5, None),
        ("ca. 3 år", 3.0, None),
    ],
)
def test_parse_contract_years_forms(value: CellValue, years: float, options: float | None) -> None:
    assert parse_contract_years(value) == ParsedTerm(years, options)


@pytest.mark.parametrize("value", [None, "", "  "])
def test_empty_contract_years(value: CellValue) -> None:
    assert parse_contract_years(value) == ParsedTerm(None)


@pytest.mark.parametrize(
    "value",
    [
        "løpende",
        "Løpende",
        "ubestemt",
        "tidsubestemt",
        "inntil videre",
        "ingen",
        "ukjent",
        "-",
        0,
        "0",
        "0 år",
        50,
        "2026",
        "abc 2 def",
        float("nan"),
        True,
        dt.date(2026, 3, 1),
    ],
)
def test_unknown_duration_is_a_warning_about_48_months(value: CellValue) -> None:
    result = parse_contract_years(value)
    assert result.years is None and result.option_years is None
    assert result.severity == "warning"
    assert result.problem is not None
    assert "varigheten regnes som ukjent" in result.problem
    assert "× 48" in result.problem


@pytest.mark.parametrize("value", [-1, -2.5, "-2 år", "−2"])
def test_negative_contract_years_are_errors(value: CellValue) -> None:
    result = parse_contract_years(value)
    assert result.years is None
    assert result.severity == "error"


def test_contract_range_gives_the_longest_with_a_warning() -> None:
    result = parse_contract_years("2-3 år")
    assert result.years == 3.0
    assert result.severity == "warning"
    assert result.problem is not None and "intervall" in result.problem


def test_contract_total_that_does_not_match_the_breakdown_warns() -> None:
    result = parse_contract_years("5 (2+1+1)")
    assert (result.years, result.option_years) == (2.0, 2.0)
    assert result.severity == "warning"
    assert result.problem is not None and "stemmer ikke" in result.problem


def test_option_without_length_is_a_warning() -> None:
    result = parse_contract_years("2 år med opsjon")
    assert (result.years, result.option_years) == (2.0, None)
    assert result.severity == "warning"
    assert result.problem is not None and "ikke hvor lang" in result.problem


@pytest.mark.parametrize(
    ("value", "options"),
    [
        ("1+1", 2.0),
        ("1+1+1", 3.0),
        ("1 + 1 år", 2.0),
        ("2 år", 2.0),
        ("2", 2.0),
        (2, 2.0),
        (1.5, 1.5),
        ("2x1", 2.0),
        ("2 x 1 år", 2.0),
        ("2×1", 2.0),
        ("1 år + 1 år", 2.0),
        ("opsjon 1+1", 2.0),
        ("Opsjon på 1 + 1 år", 2.0),
        ("inntil 2 år", 2.0),
        ("12 mnd", 1.0),
        ("6 + 6 mnd", 1.0),
        ("1 år og 1 år", 2.0),
        ("to år", 2.0),
        ("0", 0.0),
        (0, 0.0),
        ("ingen", 0.0),
        ("Ingen", 0.0),
        ("ingen opsjon", 0.0),
        ("nei", 0.0),
        ("-", 0.0),
        ("—", 0.0),
        ("–", 0.0),
    ],
)
def test_parse_options_forms(value: CellValue, options: float) -> None:
    assert parse_options(value) == ParsedTerm(None, options)


@pytest.mark.parametrize("value", [None, "", " "])
def test_empty_options(value: CellValue) -> None:
    assert parse_options(value) == ParsedTerm(None)


@pytest.mark.parametrize("value", ["ja", "Ja", "x", "opsjon"])
def test_options_without_length_are_a_warning(value: str) -> None:
    result = parse_options(value)
    assert result.option_years is None
    assert result.severity == "warning"
    assert result.problem is not None and "ikke hvor lang" in result.problem


@pytest.mark.parametrize("value", ["abc", "1+1 år (2 år)", 100, float("inf"), True])
def test_unreadable_options_are_warnings(value: CellValue) -> None:
    result = parse_options(value)
    assert result.option_years is None
    assert result.severity == "warning"


@pytest.mark.parametrize("value", [-1, "-1"])
def test_negative_options_are_errors(value: CellValue) -> None:
    result = parse_options(value)
    assert result.option_years is None
    assert result.severity == "error"


# --- properties ---------------------------------------------------------------------


@given(st.integers(min_value=1, max_value=10), st.lists(st.integers(1, 4), max_size=4))
def test_plus_notation_splits_contract_and_options(first: int, rest: list[int]) -> None:
    text = "+".join(str(n) for n in [first, *rest])
    result = parse_contract_years(text)
    assert result.years == first
    assert result.option_years == (float(sum(rest)) if rest else None)
    if rest:
        assert parse_options("+".join(map(str, rest))).option_years == sum(rest)


@given(st.integers(min_value=1, max_value=360))
def test_months_are_twelfths_of_years(months: int) -> None:
    assert parse_contract_years(f"{months} mnd").years == pytest.approx(months / 12)
    assert parse_options(f"{months} måneder").option_years == pytest.approx(months / 12)


CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789 +x,.-()årmndopsjoningenja"),
    st.dates(),
    st.times(),
)


@given(CELL_VALUES)
def test_never_raises_and_is_consistent(value: CellValue) -> None:
    for result in (parse_contract_years(value), parse_options(value)):
        assert (result.problem is None) == (result.severity is None)
        for amount in (result.years, result.option_years):
            assert amount is None or 0 <= amount <= MAX_YEARS


def test_very_long_text_is_refused_quickly() -> None:
    assert parse_contract_years("1+" * 5000).severity == "warning"
    assert parse_options("1+" * 5000).severity == "warning"


def test_english_none_means_no_options() -> None:
    from kommunesamarbeid.core.contract_terms import parse_options

    for text in ("None", "N/A", "none"):
        parsed = parse_options(text)
        assert parsed.option_years == 0.0 and parsed.problem is None
