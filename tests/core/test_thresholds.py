"""Thresholds as dated data and special services (core.thresholds)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.proposal import ProposalLineData, ThresholdPeriod
from kommunesamarbeid.core.thresholds import (
    ContractKind,
    ThresholdDataError,
    contract_kind_of,
    default_thresholds,
    describe_period,
    eea_threshold,
    is_covered,
    is_special_service,
    line_code8,
    load_thresholds,
    period_for,
    procedure_part,
)
from kommunesamarbeid.paths import resource_path

OLD: dict[str, Any] = {
    "valid_from": "2022-03-23",
    "valid_to": "2024-03-13",
    "regulation_min": 100_000,
    "national": 1_300_000,
    "eea_goods_services": 2_200_000,
    "eea_works": 56_000_000,
    "eea_special_services": 7_800_000,
    "source": "test",
}
NEW: dict[str, Any] = {
    **OLD,
    "valid_from": "2024-03-14",
    "valid_to": None,
    "eea_goods_services": 2_300_000,
    "eea_works": 57_800_000,
}


def shipped() -> list[ThresholdPeriod]:
    with resource_path("thresholds.json").open(encoding="utf-8") as fh:
        return default_thresholds(json.load(fh))


# --- the shipped data -------------------------------------------------------------------


def test_shipped_thresholds_match_domain() -> None:
    periods = shipped()
    new = period_for(dt.date(2024, 3, 14), periods)
    assert (new.valid_from, new.valid_to) == (dt.date(2024, 3, 14), None)
    assert (
        new.regulation_min,
        new.national,
        new.eea_goods_services,
        new.eea_works,
        new.eea_special_services,
    ) == (100_000, 1_300_000, 2_300_000, 57_800_000, 7_800_000)
    old = period_for(dt.date(2024, 3, 13), periods)
    assert (old.eea_goods_services, old.eea_works) == (2_200_000, 56_000_000)
    assert old.valid_to == dt.date(2024, 3, 13)
    assert all(p.source for p in periods)
    # the values DOMAIN.md does not give are marked as such
    assert "ikke bekreftet" in old.note


def test_shipped_file_documents_itself() -> None:
    with resource_path("thresholds.json").open(encoding="utf-8") as fh:
        document = json.load(fh)
    assert any("annethvert år" in line for line in document["_comment"])


# --- loading and validation -------------------------------------------------------------


def test_load_reads_both_periods() -> None:
    periods = load_thresholds([OLD, NEW])
    assert [p.valid_from for p in periods] == [dt.date(2022, 3, 23), dt.date(2024, 3, 14)]
    assert periods[1].valid_to is None


def test_default_thresholds_takes_document_or_list() -> None:
    doc = {"_comment": ["x"], "periods": [OLD, NEW]}
    assert default_thresholds(doc) == default_thresholds([OLD, NEW]) == load_thresholds([OLD, NEW])
    with pytest.raises(ThresholdDataError, match="periods"):
        default_thresholds({"perioder": []})
    with pytest.raises(ThresholdDataError, match="liste"):
        default_thresholds("2024")


def test_keys_starting_with_underscore_and_note_are_allowed() -> None:
    period = load_thresholds([{**NEW, "_kommentar": "x", "note": " Ikke bekreftet. "}])[0]
    assert period.note == "Ikke bekreftet."


def _changed(index: int, **changes: Any) -> list[dict[str, Any]]:
    data = copy.deepcopy([OLD, NEW])
    for key, value in changes.items():
        if value is KeyError:
            del data[index][key]
        else:
            data[index][key] = value
    return data


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        ([], "minst én periode"),
        ([NEW, OLD], "datorekkefølge"),
        (_changed(1, valid_from="2024-03-16"), "opphold"),
        (_changed(1, valid_from="2024-03-01"), "overlapper"),
        (_changed(0, valid_to=None), "bare den siste"),
        (_changed(0, valid_to="2021-01-01"), "slutter"),
        (_changed(0, national=-5), "positivt heltall"),
        (_changed(0, national=0), "positivt heltall"),
        (_changed(0, national=True), "positivt heltall"),
        (_changed(0, national="1 300 000"), "positivt heltall"),
        (_changed(0, national=1.3e6), "positivt heltall"),
        (_changed(1, eea_works=KeyError), "mangler «eea_works»"),
        (_changed(1, eea_work=1), "ukjente felt «eea_work»"),
        (_changed(1, valid_from="14.03.2024"), "ÅÅÅÅ-MM-DD"),
        (_changed(1, source=" "), "source"),
        (_changed(1, national=2_300_000), "nasjonal terskelverdi må være under"),
        (_changed(1, regulation_min=1_300_000), "nedre grense"),
        ([OLD, "x"], "objekt"),
    ],
)
def test_load_refuses_bad_data_with_norwegian_message(data: list[Any], fragment: str) -> None:
    with pytest.raises(ThresholdDataError) as info:
        load_thresholds(data)
    message = str(info.value)
    assert message.startswith("Terskelverdiene kan ikke brukes")
    assert fragment in message


def test_error_names_the_period() -> None:
    with pytest.raises(ThresholdDataError, match=r"periode 2 \(fra 14\.03\.2024\)"):
        load_thresholds(_changed(1, eea_works=0))


# --- choosing a period ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "expected_from"),
    [
        (dt.date(2024, 3, 13), dt.date(2022, 3, 23)),
        (dt.date(2024, 3, 14), dt.date(2024, 3, 14)),  # the change date is the new period's
        (dt.date(2022, 3, 23), dt.date(2022, 3, 23)),
        (dt.date(2030, 1, 1), dt.date(2024, 3, 14)),
        (dt.date(2020, 1, 1), dt.date(2022, 3, 23)),  # before the data: the first period
    ],
)
def test_period_for(date: dt.date, expected_from: dt.date) -> None:
    periods = load_thresholds([OLD, NEW])
    assert period_for(date, periods).valid_from == expected_from
    assert period_for(date, list(reversed(periods))).valid_from == expected_from


def test_is_covered_and_describe() -> None:
    old, new = load_thresholds([OLD, NEW])
    assert is_covered(dt.date(2024, 3, 13), old)
    assert not is_covered(dt.date(2024, 3, 14), old)
    assert not is_covered(dt.date(2020, 1, 1), old)
    assert is_covered(dt.date(2099, 1, 1), new)
    assert describe_period(old) == "23.03.2022–13.03.2024"
    assert describe_period(new) == "fra 14.03.2024"


def test_period_for_without_periods() -> None:
    with pytest.raises(ValueError, match="Ingen terskelverdier"):
        period_for(dt.date(2026, 1, 1), [])


# --- procedure part ---------------------------------------------------------------------

NEW_PERIOD = load_thresholds([NEW])[0]


@pytest.mark.parametrize(
    ("value", "kind", "part"),
    [
        (0, "services", "utenfor"),
        (99_999, "services", "utenfor"),
        (100_000, "services", "del_i"),
        (1_299_999, "supplies", "del_i"),
        (1_300_000, "supplies", "del_ii"),
        (2_299_999, "services", "del_ii"),
        (2_300_000, "services", "del_iii"),
        (2_300_000, "works", "del_ii"),
        (57_799_999, "works", "del_ii"),
        (57_800_000, "works", "del_iii"),
        (99_999, "works", "utenfor"),
        (2_000_000, "special_services", "del_i"),  # no national step for special services
        (7_799_999, "special_services", "del_i"),
        (7_800_000, "special_services", "del_iii"),
    ],
)
def test_procedure_part_edges(value: int, kind: ContractKind, part: str) -> None:
    assert procedure_part(value, NEW_PERIOD, kind) == part


_ORDER = {"utenfor": 0, "del_i": 1, "del_ii": 2, "del_iii": 3}


@given(
    st.integers(min_value=0, max_value=100_000_000),
    st.integers(min_value=0, max_value=100_000_000),
    st.sampled_from(["supplies", "services", "works", "special_services"]),
)
def test_procedure_part_is_monotone_in_value(a: int, b: int, kind: ContractKind) -> None:
    low, high = sorted((a, b))
    assert (
        _ORDER[procedure_part(low, NEW_PERIOD, kind)]
        <= _ORDER[procedure_part(high, NEW_PERIOD, kind)]
    )


def test_eea_threshold_per_kind() -> None:
    assert eea_threshold(NEW_PERIOD, "supplies") == 2_300_000
    assert eea_threshold(NEW_PERIOD, "services") == 2_300_000
    assert eea_threshold(NEW_PERIOD, "works") == 57_800_000
    assert eea_threshold(NEW_PERIOD, "special_services") == 7_800_000


# --- special services -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "special"),
    [
        ("85311000", True),  # social work services with accommodation
        ("85000000", True),
        ("85323000", True),  # the end of the health range
        ("80100000", True),  # primary education
        ("80660000", True),
        ("92310000", True),  # artistic and literary creation
        ("55300000", True),  # restaurant services
        ("55521100", True),  # meals-on-wheels
        ("55524000", True),  # school catering
        ("79713000", True),  # guard services
        ("79611000", True),  # job search services
        ("79952100", True),  # cultural event organisation
        ("75000000", True),
        ("98133000", True),
        ("64112000", True),  # postal services for letters
        ("90620000", False),  # snow clearing
        ("45000000", False),
        ("30192000", False),
        ("72000000", False),
        ("79952200", False),  # not listed
        ("55600000", False),
    ],
)
def test_is_special_service(code: str, special: bool) -> None:
    assert is_special_service(code) is special


def test_contract_kind_of() -> None:
    assert contract_kind_of("45233141") == "works"
    assert contract_kind_of("30192000") == "supplies"
    assert contract_kind_of("90620000") == "services"
    assert contract_kind_of("85311000") == "special_services"
    with pytest.raises(ValueError):
        is_special_service("8531")


def test_line_code8_reads_written_forms() -> None:
    assert line_code8(ProposalLineData(1, "x", cpv="90620000-9 Snørydding")) == "90620000"
    assert line_code8(ProposalLineData(1, "x", cpv="9062 0000")) == "90620000"
    assert line_code8(ProposalLineData(1, "x", cpv="")) is None
    assert line_code8(ProposalLineData(1, "x", cpv="ukjent")) is None
