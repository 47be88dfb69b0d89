"""CPV codes in written forms and their hierarchy (kommunesamarbeid.core.cpv)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.cpv import (
    KIND_LABELS_NO,
    LEVEL_LABELS_NO,
    VALID_DIVISIONS,
    ParsedCpv,
    category,
    cpv_class,
    division,
    group,
    is_code8,
    kind,
    parse_cpv,
    shared_prefix_level,
    significant_digits,
)
from kommunesamarbeid.core.sheet import CellValue

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXPECTED_VALUES = SHARED / "corpus" / "dev" / "expected_values.csv"


@pytest.mark.parametrize(
    ("value", "code8", "check", "label"),
    [
        ("90620000", "90620000", None, None),
        ("90620000-9", "90620000", "9", None),
        ("90620000 - 9", "90620000", "9", None),
        ("90620000–9", "90620000", "9", None),
        ("9062 0000", "90620000", None, None),
        ("9062\u00a00000", "90620000", None, None),
        ("9062-0000", "90620000", None, None),
        ("90.62.00.00", "90620000", None, None),
        ("90 62 00 00", "90620000", None, None),
        ("90620000 Snørydding", "90620000", None, "Snørydding"),
        ("90620000-9 Snørydding", "90620000", "9", "Snørydding"),
        ("90620000 - Snørydding", "90620000", None, "Snørydding"),
        ("90620000: Snørydding", "90620000", None, "Snørydding"),
        ("Snørydding (90620000)", "90620000", None, "Snørydding"),
        ("Snørydding [90620000-9]", "90620000", "9", "Snørydding"),
        ("90620000 (Snørydding)", "90620000", None, "Snørydding"),
        ("CPV 90620000", "90620000", None, None),
        ("cpv: 90620000-9", "90620000", "9", None),
        ("CPV-kode 90620000", "90620000", None, None),
        ("  90620000  ", "90620000", None, None),
        (90620000, "90620000", None, None),
        (90620000.0, "90620000", None, None),
        (9310000, "09310000", None, None),
        (9310000.0, "09310000", None, None),
        ("9310000", "09310000", None, None),
        ("09310000-5", "09310000", "5", None),
        ("03000000", "03000000", None, None),
        (
            "30213000 Personlige Datamaskiner (PC)",
            "30213000",
            None,
            "Personlige Datamaskiner (PC)",
        ),
    ],
)
def test_parse_cpv_forms(
    value: CellValue, code8: str, check: str | None, label: str | None
) -> None:
    result = parse_cpv(value)
    assert result.code8 == code8
    assert result.check_digit == check
    assert result.label == label
    assert result.problem is None and result.severity is None


def test_written_keeps_what_the_cell_shows() -> None:
    assert parse_cpv("  90620000-9 Snørydding ").written == "90620000-9 Snørydding"
    assert parse_cpv(9310000).written == "9310000"
    assert parse_cpv(90620000.0).written == "90620000"


def test_check_digit_is_kept_as_written_and_never_checked() -> None:
    # 90620000-9 is the official form; a "wrong" check digit is not a reason to refuse
    for digit in "0123456789":
        result = parse_cpv(f"90620000-{digit}")
        assert result.code8 == "90620000"
        assert result.check_digit == digit
        assert result.problem is None


@pytest.mark.parametrize("value", [None, "", "   ", "-", "—", "?"])
def test_empty_or_placeholder_is_no_code_and_no_problem(value: CellValue) -> None:
    result = parse_cpv(value)
    assert result.code8 is None
    assert result.problem is None and result.severity is None


def test_several_codes_use_the_first_with_a_warning() -> None:
    for text in ("90620000, 90630000", "90620000; 90630000", "90620000-9 / 90630000-2"):
        result = parse_cpv(text)
        assert result.code8 == "90620000"
        assert result.severity == "warning"
        assert result.problem is not None
        assert "bare den første (90620000) brukes" in result.problem
    labelled = parse_cpv("90620000 Snørydding, 90630000 Strøing")
    assert labelled.code8 == "90620000"
    assert labelled.label == "Snørydding"


@pytest.mark.parametrize(
    "value",
    [
        "906200001",
        "906200",
        "9062 000",
        "abc",
        "Snørydding",
        "90620000000",
        -90620000,
        906200,
        123456789,
        90620000.5,
        float("nan"),
        float("inf"),
        True,
        dt.date(2026, 3, 1),
    ],
)
def test_invalid_codes_are_warnings_without_code(value: CellValue) -> None:
    result = parse_cpv(value)
    assert result.code8 is None
    assert result.severity == "warning"
    assert result.problem is not None
    assert result.problem.startswith("Ugyldig CPV-kode")
    assert "linjen får ingen CPV" in result.problem


def test_seven_digits_are_a_code_that_lost_its_leading_zero() -> None:
    assert parse_cpv("9134230").code8 == "09134230"
    assert parse_cpv(3000000).code8 == "03000000"
    # the padded division must still exist: 04521000 is no CPV code
    assert parse_cpv(4521000).code8 is None


@pytest.mark.parametrize("value", ["12345678", "46000000", "99000000-1", 1234567, "00000000"])
def test_codes_outside_the_cpv_divisions_are_warnings(value: CellValue) -> None:
    result = parse_cpv(value)
    assert result.code8 is None
    assert result.severity == "warning"
    assert result.problem is not None and "er ingen CPV-avdeling" in result.problem


def test_text_without_a_code_keeps_its_label() -> None:
    result = parse_cpv("Snørydding")
    assert result.code8 is None
    assert result.label == "Snørydding"
    assert result.severity == "warning"


# --- hierarchy -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code8", "digits"),
    [
        ("90620000", 4),
        ("90000000", 2),
        ("30000000", 2),
        ("03000000", 2),
        ("09310000", 4),
        ("30192000", 5),
        ("32323500", 6),
        ("90621001", 8),
    ],
)
def test_significant_digits(code8: str, digits: int) -> None:
    assert significant_digits(code8) == digits


def test_level_prefixes() -> None:
    assert division("30192000") == "30"
    assert group("30192000") == "301"
    assert cpv_class("30192000") == "3019"
    assert category("30192000") == "30192"


@pytest.mark.parametrize(
    ("code8", "expected"),
    [
        ("03000000", "supplies"),
        ("30192000", "supplies"),
        ("44100000", "supplies"),
        ("48000000", "supplies"),
        ("45000000", "works"),
        ("45233221", "works"),
        ("50000000", "services"),
        ("90620000", "services"),
        ("98310000", "services"),
    ],
)
def test_kind(code8: str, expected: str) -> None:
    assert kind(code8) == expected


@pytest.mark.parametrize("bad", ["9062000", "906200000", "abcdefgh", "", "٩٠٦٢٠٠٠٠"])
def test_helpers_refuse_what_is_not_eight_digits(bad: str) -> None:
    assert not is_code8(bad)
    with pytest.raises(ValueError):
        division(bad)
    with pytest.raises(ValueError):
        significant_digits(bad)


def test_kind_refuses_an_unknown_division() -> None:
    with pytest.raises(ValueError):
        kind("46000000")


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("90620000", "90630000", "group"),
        ("90620000", "90621000", "class"),
        ("90620000", "90620000", "class"),
        ("90621000", "90621000", "category"),
        ("90621000", "90621100", "category"),
        ("90621000", "90622000", "class"),
        ("90000000", "90620000", "division"),
        ("90600000", "90620000", "group"),
        ("90620000", "90700000", "division"),
        ("90620000", "45000000", None),
        ("30192000", "30192000", "category"),
        ("30190000", "30192000", "class"),
    ],
)
def test_shared_prefix_level(a: str, b: str, level: str | None) -> None:
    assert shared_prefix_level(a, b) == level
    assert shared_prefix_level(b, a) == level


def test_norwegian_labels() -> None:
    assert LEVEL_LABELS_NO == {
        "division": "avdeling",
        "group": "gruppe",
        "class": "klasse",
        "category": "kategori",
    }
    assert set(KIND_LABELS_NO) == {"supplies", "works", "services"}
    assert len(VALID_DIVISIONS) == 45


# --- properties ---------------------------------------------------------------------

CODES = st.builds(
    lambda div, rest: div + rest,
    st.sampled_from(sorted(VALID_DIVISIONS)),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
)


@given(CODES, st.sampled_from("0123456789"), st.sampled_from(["Snørydding", "Kontorutstyr"]))
def test_every_written_form_gives_the_same_code(code: str, check: str, label: str) -> None:
    forms: list[CellValue] = [
        code,
        f"{code}-{check}",
        f"{code[:4]} {code[4:]}",
        f"{code[:4]}-{code[4:]}",
        ".".join(code[i : i + 2] for i in range(0, 8, 2)),
        f"{code} {label}",
        f"{code}-{check} {label}",
        f"CPV {code}",
        f"{code}, 90630000",
        int(code),
        float(int(code)),
    ]
    for form in forms:
        result = parse_cpv(form)
        assert result.code8 == code, form
        assert result.severity != "error", form
    assert parse_cpv(f"{code}-{check} {label}").label == label
    assert parse_cpv(f"{code}-{check}").check_digit == check


@given(CODES, CODES)
def test_shared_prefix_level_is_symmetric_and_consistent(a: str, b: str) -> None:
    level = shared_prefix_level(a, b)
    assert level == shared_prefix_level(b, a)
    if level is None:
        assert a[:2] != b[:2]
    else:
        digits = {"division": 2, "group": 3, "class": 4, "category": 5}[level]
        assert a[:digits] == b[:digits]
        assert digits <= min(significant_digits(a), significant_digits(b))


CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789 .-,CPV abc"),
    st.dates(),
    st.times(),
)


@given(CELL_VALUES)
def test_never_raises_and_is_consistent(value: CellValue) -> None:
    result = parse_cpv(value)
    assert isinstance(result, ParsedCpv)
    assert (result.problem is None) == (result.severity is None)
    assert result.severity in (None, "warning")
    if result.code8 is not None:
        assert is_code8(result.code8)
        assert result.code8[:2] in VALID_DIVISIONS


# --- the dev corpus -------------------------------------------------------------------


def test_every_cpv_written_in_the_dev_corpus_parses_to_its_code() -> None:
    if not EXPECTED_VALUES.exists():
        pytest.skip(f"the dev corpus is not here: {EXPECTED_VALUES}")
    with EXPECTED_VALUES.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["cpv_written"]]
    assert rows
    for row in rows:
        result = parse_cpv(row["cpv_written"])
        assert result.severity != "error", row["cpv_written"]
        assert result.problem is None, (row["cpv_written"], result.problem)
        assert result.code8 == row["cpv8"], row["cpv_written"]
