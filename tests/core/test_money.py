"""Formatting amounts for people (kommunesamarbeid.core.money)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.amounts import parse_amount
from kommunesamarbeid.core.money import UNKNOWN, format_nok, format_nok_short


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_250_000, "1 250 000 kr"),
        (0, "0 kr"),
        (999, "999 kr"),
        (1_000, "1 000 kr"),
        (450_000, "450 000 kr"),
        (10_000_000_000, "10 000 000 000 kr"),
        (-1_250_000, "-1 250 000 kr"),
        (None, "–"),
    ],
)
def test_format_nok(amount: int | None, text: str) -> None:
    assert format_nok(amount) == text


def test_format_nok_without_unit() -> None:
    assert format_nok(1_250_000, unit=False) == "1 250 000"
    assert format_nok(None, unit=False) == UNKNOWN == "–"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (1_250_000, "1,3 mill. kr"),
        (1_240_000, "1,2 mill. kr"),
        (1_000_000, "1 mill. kr"),
        (2_000_000, "2 mill. kr"),
        (12_345_678, "12,3 mill. kr"),
        (999_949_999, "999,9 mill. kr"),
        (999_950_000, "1 mrd. kr"),
        (1_500_000_000, "1,5 mrd. kr"),
        (1_234_567_890_123, "1 234,6 mrd. kr"),
        (999_999, "999 999 kr"),
        (450_000, "450 000 kr"),
        (0, "0 kr"),
        (-1_250_000, "-1,3 mill. kr"),
        (-450_000, "-450 000 kr"),
        (None, "–"),
    ],
)
def test_format_nok_short(amount: int | None, text: str) -> None:
    assert format_nok_short(amount) == text


def test_format_nok_short_without_unit() -> None:
    assert format_nok_short(1_250_000, unit=False) == "1,3 mill."
    assert format_nok_short(450_000, unit=False) == "450 000"


def test_only_ascii_spaces_group_thousands() -> None:
    text = format_nok(1_234_567_890)
    assert "\u00a0" not in text and "\u202f" not in text
    assert text == "1 234 567 890 kr"


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_amounts_parse_back(n: int) -> None:
    assert parse_amount(format_nok(n)).value == n
    assert parse_amount(format_nok(n, unit=False)).value == n


@given(st.integers(min_value=1_000_000, max_value=10**12))
def test_short_form_is_within_rounding_of_the_amount(n: int) -> None:
    parsed = parse_amount(format_nok_short(n)).value
    assert parsed is not None
    step = 100_000_000 if n >= 999_950_000 else 100_000
    assert abs(parsed - n) <= step // 2


@given(st.integers(min_value=-(10**12), max_value=-1))
def test_negative_amounts_have_a_minus_sign(n: int) -> None:
    assert format_nok(n).startswith("-")
    assert format_nok_short(n).startswith("-")
    assert format_nok(n) == "-" + format_nok(-n)
