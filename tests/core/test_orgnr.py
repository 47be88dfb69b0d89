"""Organisasjonsnummer and kommunenummer (kommunesamarbeid.core.orgnr)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.orgnr import (
    ORGNR_WEIGHTS,
    is_valid_orgnr,
    normalise_kommunenummer,
    normalise_orgnr,
)
from kommunesamarbeid.core.sheet import CellValue


@pytest.mark.parametrize(
    "orgnr",
    [
        "958935420",  # Oslo kommune
        "964338531",  # Bergen kommune
        "974760673",  # Brønnøysundregistrene
        "974 760 673",
        "974\u00a0760\u00a0673",
        "NO 974 760 673 MVA",
        974760673,
    ],
)
def test_valid_orgnr(orgnr: CellValue) -> None:
    assert is_valid_orgnr(orgnr)


@pytest.mark.parametrize(
    "orgnr",
    ["974760674", "958935421", "12345678", "1234567890", "abcdefghi", "", "97476067x", None, True],
)
def test_invalid_orgnr(orgnr: CellValue) -> None:
    assert not is_valid_orgnr(orgnr)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("974 760 673", "974760673"),
        (" 974760673 ", "974760673"),
        ("NO974760673MVA", "974760673"),
        (974760673, "974760673"),
        (974760673.0, "974760673"),
        ("974 760 67", None),
        ("974-760-673", None),
        ("", None),
        (None, None),
        (dt.date(2026, 1, 1), None),
    ],
)
def test_normalise_orgnr(text: CellValue, expected: str | None) -> None:
    assert normalise_orgnr(text) == expected


def _check_digit(first8: str) -> int | None:
    remainder = sum(int(d) * w for d, w in zip(first8, ORGNR_WEIGHTS, strict=True)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_exactly_one_check_digit_fits_unless_remainder_is_one(first8: str) -> None:
    fitting = [d for d in "0123456789" if is_valid_orgnr(first8 + d)]
    expected = _check_digit(first8)
    assert fitting == ([] if expected is None else [str(expected)])


def test_remainder_one_can_never_be_valid() -> None:
    # 10000000: weight 3 -> sum 3, remainder 3; find a prefix with remainder 1
    prefix = next(
        f"{n:08d}"
        for n in range(100_000_000)
        if sum(int(d) * w for d, w in zip(f"{n:08d}", ORGNR_WEIGHTS, strict=True)) % 11 == 1
    )
    assert not any(is_valid_orgnr(prefix + d) for d in "0123456789")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("301", "0301"),
        ("0301", "0301"),
        (301, "0301"),
        (301.0, "0301"),
        (5001, "5001"),
        ("5001", "5001"),
        (" 4601 ", "4601"),
        ("0301 Oslo", "0301"),
        ("30", None),
        ("12345", None),
        (12345, None),
        ("0000", None),
        (0, None),
        (-301, None),
        (301.5, None),
        ("abc", None),
        ("", None),
        (None, None),
        (True, None),
        (dt.date(2026, 1, 1), None),
    ],
)
def test_normalise_kommunenummer(value: CellValue, expected: str | None) -> None:
    assert normalise_kommunenummer(value) == expected


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text()))
def test_never_raise(value: CellValue) -> None:
    normalise_orgnr(value)
    is_valid_orgnr(value)
    result = normalise_kommunenummer(value)
    assert result is None or (len(result) == 4 and result.isdigit())
