"""Values a person types, read the Norwegian way, and the field registry of ``proposal set``."""

from __future__ import annotations

import datetime as dt

import pytest

from kommunesamarbeid.core.edit_fields import PROPOSAL_FIELDS, help_table, read_assignment
from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.typed_values import (
    MAX_RECORD_ID,
    Choice,
    fold,
    parse_choice,
    parse_typed_amount,
    parse_typed_date,
    parse_typed_option_years,
    parse_typed_percent,
    parse_typed_years,
    parse_yes_no,
    record_id,
)


@pytest.mark.parametrize(
    "text", ["01.03.2027", "1.3.27", "1.3.2027", "2027-03-01", "1/3-2027", "1/3-27", " 01.03.2027 "]
)
def test_dates(text: str) -> None:
    assert parse_typed_date(text) == dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("text", "why"),
    [("mars 2027", "er en periode"), ("31.02.2027", "kan ikke leses"), ("45000", "kan ikke leses"),
     ("i morgen", "kan ikke leses"), ("2027", "kan ikke leses")],
)  # fmt: skip
def test_what_is_no_date_is_refused_with_an_example(text: str, why: str) -> None:
    with pytest.raises(BadValueError, match=why) as info:
        parse_typed_date(text, label="Planlagt kunngjøring")
    assert info.value.describe().startswith("Planlagt kunngjøring: «")
    assert "01.03.2027" in info.value.describe()


def test_empty_means_no_value() -> None:
    assert parse_typed_date("") is None and parse_typed_years("  ") is None
    assert parse_typed_amount("") is None and parse_typed_percent("") is None
    assert parse_yes_no("") is None and parse_choice("", {}) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 250 000", 1_250_000), ("1.250.000", 1_250_000), ("kr 450 000,-", 450_000),
     ("1,25 mill", 1_250_000)],
)  # fmt: skip
def test_amounts(text: str, value: int) -> None:
    assert parse_typed_amount(text) == value


@pytest.mark.parametrize(
    ("text", "years"), [("2", 2.0), ("2,5", 2.5), ("to", 2.0), ("tre år", 3.0), ("18 mnd", 1.5)]
)
def test_years(text: str, years: float) -> None:
    assert parse_typed_years(text) == years


def test_years_refused() -> None:
    for text in ("kanskje", "-2", "2+1"):
        with pytest.raises(BadValueError):
            parse_typed_years(text)
    assert parse_typed_option_years("1+1") == 2.0 and parse_typed_option_years("ingen") == 0.0


def test_percent_and_yes_no() -> None:
    assert parse_typed_percent("30 %") == 30.0 and parse_typed_percent("27,5") == 27.5
    with pytest.raises(BadValueError, match="mellom 0 og 100"):
        parse_typed_percent("130")
    assert parse_yes_no("Ja") is True and parse_yes_no("nei") is False
    with pytest.raises(BadValueError):
        parse_yes_no("kanskje")


def test_choices_by_code_label_or_synonym() -> None:
    choices = {"sendt_paa_hoering": Choice("sendt_paa_hoering", "Sendt på høring", ("høring",))}
    for text in ("sendt_paa_hoering", "Sendt på høring", "SENDT PAA HØRING", "høring"):
        assert parse_choice(text, choices) == "sendt_paa_hoering"
    assert fold("Sendt på høring") == fold("sendt_paa_hoering")
    with pytest.raises(BadValueError, match="Forventet: «sendt på høring»"):
        parse_choice("godkjent", choices, label="Status")


def test_record_numbers() -> None:
    assert record_id("4") == 4 and record_id("#4") == 4
    for text in ("0", str(MAX_RECORD_ID + 1), "9" * 40):
        with pytest.raises(NotFoundError, match="Fant ikke"):
            record_id(text, what="forslag nr.")
    for text in ("abc", "-1", "1.5", "", "٣"):
        with pytest.raises(ValueError):
            record_id(text)


def test_the_registry_reads_every_field_and_lists_it_in_help() -> None:
    table = help_table(PROPOSAL_FIELDS)
    for name, fld in PROPOSAL_FIELDS.items():
        assert name in table and fld.label in table
    assert read_assignment(PROPOSAL_FIELDS, "planned_announcement", "1.3.27") == dt.date(2027, 3, 1)
    assert read_assignment(PROPOSAL_FIELDS, "status", "vedtatt") == "vedtatt"
    assert read_assignment(PROPOSAL_FIELDS, "climate_mode", "krav") == "requirements"
    assert read_assignment(PROPOSAL_FIELDS, "climate_mode", "kriterier") == "criteria"
    assert read_assignment(PROPOSAL_FIELDS, "is_framework", "nei") is False
    with pytest.raises(BadValueError, match="Tittel kan ikke være tom"):
        read_assignment(PROPOSAL_FIELDS, "title", " ")
    with pytest.raises(BadValueError, match="Ukjent felt «foo»"):
        read_assignment(PROPOSAL_FIELDS, "foo", "1")
