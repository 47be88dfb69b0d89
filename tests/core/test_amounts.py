"""Norwegian amounts -> whole NOK (kommunesamarbeid.core.amounts)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.amounts import MAX_AMOUNT, header_scale, parse_amount
from kommunesamarbeid.core.sheet import CellValue

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1250000, 1_250_000),
        (1250000.0, 1_250_000),
        ("1250000", 1_250_000),
        ("1 250 000", 1_250_000),
        (f"1{NBSP}250{NBSP}000", 1_250_000),
        (f"1{NNBSP}250{NNBSP}000", 1_250_000),
        ("1.250.000", 1_250_000),
        ("kr 450 000,-", 450_000),
        ("kr. 450 000", 450_000),
        ("450 000 kr", 450_000),
        ("450 000,-", 450_000),
        ("NOK 45 000 000", 45_000_000),
        ("45 000 000 NOK", 45_000_000),
        ("5,000,000", 5_000_000),
        ("650000,00", 650_000),
        ("38 000 000,00", 38_000_000),
        ("1.250.000,50", 1_250_001),
        ("5,000,000.49", 5_000_000),
        ("1,2 mill", 1_200_000),
        ("1,2 mill.", 1_200_000),
        ("1.2 millioner", 1_200_000),
        ("22 mill", 22_000_000),
        ("3,1 mill", 3_100_000),
        ("ca. 2,5 mill", 2_500_000),
        ("ca 2 mill", 2_000_000),
        ("cirka 2 mill", 2_000_000),
        ("omtrent 2 mill", 2_000_000),
        ("anslått 2 mill", 2_000_000),
        ("inntil 2 mill", 2_000_000),
        ("~2 mill", 2_000_000),
        ("~ 450 000", 450_000),
        ("1,5 mrd", 1_500_000_000),
        ("2,5 MNOK", 2_500_000),
        ("MNOK 2,5", 2_500_000),
        ("1,2 mill kr", 1_200_000),
        ("450'", 450_000),
        ("450' kr", 450_000),
        ("450 tusen", 450_000),
        ("450k", 450_000),
        ("450 kNOK", 450_000),
        ("450 TNOK", 450_000),
        ("0", 0),
        (0, 0),
        ("450 000 kr eks. mva", 450_000),
        ("2 mill pr. år", 2_000_000),
        ("1.250", 1_250),
        ("1,250 mill", 1_250_000),
        ("1.250 mill", 1_250_000),
        ("1,25 mill", 1_250_000),
        ("0,5", 1),
        ("1 250 000.", 1_250_000),
        ("  1 250 000  ", 1_250_000),
    ],
)
def test_parse_amount_forms(value: CellValue, expected: int) -> None:
    result = parse_amount(value)
    assert result.value == expected
    assert result.problem is None
    assert result.severity is None


@pytest.mark.parametrize("value", [None, "", "   ", NBSP])
def test_empty_is_no_amount_and_no_problem(value: CellValue) -> None:
    assert parse_amount(value) == parse_amount(None)
    assert parse_amount(value).value is None
    assert parse_amount(value).problem is None


@pytest.mark.parametrize(
    ("value", "scale", "expected"),
    [
        (1250, 1000, 1_250_000),
        ("1250", 1000, 1_250_000),
        ("1 250", 1000, 1_250_000),
        (1.5, 1_000_000, 1_500_000),
        ("2,5", 1_000_000, 2_500_000),
        ("1250,4", 1000, 1_250_400),
        # figures carrying their own unit ignore the column's scale
        ("1,2 mill", 1000, 1_200_000),
        ("450'", 1000, 450_000),
        ("450 tusen", 1_000_000, 450_000),
        ("kr 450", 1000, 450),
        ("450 000 kr", 1000, 450_000),
        ("450,-", 1000, 450),
        ("NOK 450", 1_000_000, 450),
    ],
)
def test_scale_applies_only_to_plain_numbers(value: CellValue, scale: int, expected: int) -> None:
    result = parse_amount(value, scale=scale)
    assert result.value == expected
    assert result.problem is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [("ca 2 mill?", 2_000_000), ("2 mill?", 2_000_000), ("2 mill (usikkert)", 2_000_000)],
)
def test_uncertain_amount_is_read_with_a_warning(value: str, expected: int) -> None:
    result = parse_amount(value)
    assert result.value == expected
    assert result.severity == "warning"
    assert result.problem is not None
    assert result.problem.startswith("Usikkert beløp")
    assert value in result.problem


def test_unknown_words_beside_a_figure_make_it_uncertain() -> None:
    result = parse_amount("2 mill avhengig av volum")
    assert result.value == 2_000_000
    assert result.severity == "warning"
    assert result.problem is not None and "Usikkert beløp" in result.problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2-3 mill", 3_000_000),
        ("2–3 mill", 3_000_000),
        ("2 - 3 mill", 3_000_000),
        ("2 til 3 mill", 3_000_000),
        ("2 mill - 3 mill", 3_000_000),
        ("1,5-2,5 mill", 2_500_000),
        ("500 000 - 1 mill", 1_000_000),
        ("400 000-600 000", 600_000),
        ("3-2 mill", 3_000_000),
    ],
)
def test_range_gives_upper_value_with_warning(value: str, expected: int) -> None:
    result = parse_amount(value)
    assert result.value == expected
    assert result.severity == "warning"
    assert result.problem is not None
    assert "intervall" in result.problem
    assert "høyeste" in result.problem


def test_range_does_not_borrow_a_unit_for_a_large_bare_number() -> None:
    # "500 000" is already kroner; it must not become 500 000 million
    assert parse_amount("500 000 - 1 mill").value == 1_000_000
    assert parse_amount("1 mill - 500 000").value == 1_000_000


@pytest.mark.parametrize("value", [-1, -450_000, -0.5, "-450 000", "kr -450 000", "−2 mill"])
def test_negative_amount_is_an_error(value: CellValue) -> None:
    result = parse_amount(value)
    assert result.value is None
    assert result.severity == "error"
    assert result.problem is not None and "Negativt beløp" in result.problem


@pytest.mark.parametrize("value", ["ukjent", "se vedlegg", "avklares", "-", "#REF!", "n/a"])
def test_text_without_a_number_is_a_warning_quoting_the_value(value: str) -> None:
    result = parse_amount(value)
    assert result.value is None
    assert result.severity == "warning"
    assert result.problem is not None
    assert f"«{value}»" in result.problem
    assert "Kunne ikke lese beløpet" in result.problem


@pytest.mark.parametrize(
    "value",
    [
        "12abc34",
        "1,2,3",
        "12 34",
        "01.03.2026",
        "2 mill 3 mill",
        "1 000 000 2 000 000",
        "2 mill 500 tusen",
        "15 %",
        "1.250.000,00,00",
        True,
        False,
        dt.date(2026, 3, 1),
        dt.datetime(2026, 3, 1, 12, 0),
        dt.time(12, 0),
        float("nan"),
        float("inf"),
        float("-inf"),
    ],
)
def test_garbage_is_an_error_naming_what_was_expected(value: CellValue) -> None:
    result = parse_amount(value)
    assert result.value is None
    assert result.severity == "error"
    assert result.problem is not None
    assert "et beløp i kroner, f.eks. 1 250 000" in result.problem


def test_unreasonably_large_amount_is_an_error() -> None:
    assert parse_amount(MAX_AMOUNT).value == MAX_AMOUNT
    result = parse_amount(MAX_AMOUNT + 1)
    assert result.value is None and result.severity == "error"
    assert parse_amount("9" * 5000).severity == "error"
    assert parse_amount(1e300).severity == "error"


# --- ambiguous separators -----------------------------------------------------------


def test_single_dot_with_three_digits_is_a_thousands_separator() -> None:
    assert parse_amount("1.250") == parse_amount("1250")
    assert parse_amount("450.000").value == 450_000


def test_single_comma_with_three_digits_is_thousands_with_a_warning() -> None:
    result = parse_amount("1,250")
    assert result.value == 1_250
    assert result.severity == "warning"
    assert result.problem is not None
    assert "Tvetydig beløp «1,250»" in result.problem
    assert "1 250 kr" in result.problem


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1,2", 1),
        ("1,5", 2),
        ("2,5", 3),
        ("1.5", 2),
        ("650000,000", 650_000),
        ("1250,5", 1_251),
        ("12,34", 12),
        ("1 250,500", 1_251),
    ],
)
def test_other_single_separators_are_decimal_and_round_half_up(value: str, expected: int) -> None:
    result = parse_amount(value)
    assert result.value == expected
    assert result.problem is None


def test_vat_included_gives_a_warning() -> None:
    result = parse_amount("2 mill inkl. mva")
    assert result.value == 2_000_000
    assert result.severity == "warning"
    assert result.problem is not None and "inkl. mva" in result.problem


def test_float_rounding_is_half_up_in_decimal() -> None:
    assert parse_amount(2.5).value == 3
    assert parse_amount(3.5).value == 4
    assert parse_amount(0.49).value == 0
    assert parse_amount(1.005, scale=1000).value == 1_005


# --- header scale -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "scale"),
    [
        ("Verdi (1000 kr)", 1000),
        ("Verdi (1 000 kr)", 1000),
        ("Estimert verdi i tusen kroner", 1000),
        ("Beløp i 1000 kr", 1000),
        ("Verdi TNOK", 1000),
        ("Verdi (kNOK)", 1000),
        ("Årlig verdi (tusen)", 1000),
        ("Beløp i hele tusen", 1000),
        ("Verdi (MNOK)", 1_000_000),
        ("Verdi i mill. kr", 1_000_000),
        ("Verdi (millioner)", 1_000_000),
        ("Verdi (1 000 000 kr)", 1_000_000),
        ("Est. verdi pr år eks mva", 1),
        ("Totalverdi inkl. opsjoner (NOK eks. mva)", 1),
        ("Verdi pr. år ekskl. mva (kr)", 1),
        ("Beløp", 1),
        ("", 1),
    ],
)
def test_header_scale(header: str, scale: int) -> None:
    assert header_scale(header) == scale


# --- properties ---------------------------------------------------------------------


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


AMOUNTS = st.integers(min_value=0, max_value=10**10)


@given(AMOUNTS)
def test_every_written_style_parses_back(n: int) -> None:
    styles: list[CellValue] = [
        n,
        float(n),
        str(n),
        _grouped(n, " "),
        _grouped(n, NBSP),
        _grouped(n, NNBSP),
        _grouped(n, "."),
        f"kr {_grouped(n, ' ')},-",
        f"{_grouped(n, ' ')},-",
        f"kr. {_grouped(n, ' ')}",
        f"NOK {_grouped(n, ' ')}",
        f"{_grouped(n, ' ')} kr",
        f"{_grouped(n, ' ')} NOK",
        f"{_grouped(n, ' ')},00",
        f"ca. {_grouped(n, ' ')}",
    ]
    if n >= 1_000_000:
        styles.append(_grouped(n, ","))
    for style in styles:
        result = parse_amount(style)
        assert (result.value, result.problem) == (n, None), style


@given(st.integers(min_value=1_000, max_value=999_999))
def test_comma_grouping_of_four_to_six_digits_is_read_with_a_warning(n: int) -> None:
    result = parse_amount(_grouped(n, ","))
    assert result.value == n
    assert result.severity == "warning"


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=0, max_value=99))
def test_decimal_comma_rounds_half_up(n: int, cents: int) -> None:
    result = parse_amount(f"{_grouped(n, ' ')},{cents:02d}")
    assert result.value == n + (1 if cents >= 50 else 0)


@given(st.integers(min_value=1, max_value=99_999))
def test_millions_with_one_decimal(tenths: int) -> None:
    text = f"{tenths // 10},{tenths % 10} mill"
    assert parse_amount(text).value == tenths * 100_000
    assert parse_amount(text, scale=1000).value == tenths * 100_000


@given(st.integers(min_value=0, max_value=10**7), st.sampled_from([1, 1000, 1_000_000]))
def test_scale_multiplies_plain_numbers_but_not_kroner(n: int, scale: int) -> None:
    assert parse_amount(n, scale=scale).value == n * scale
    assert parse_amount(str(n), scale=scale).value == n * scale
    assert parse_amount(f"kr {n}", scale=scale).value == n


CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789 .,'-–kr millNOKtusen?~()+"),
    st.dates(),
    st.datetimes(),
    st.times(),
)


@given(CELL_VALUES, st.sampled_from([1, 1000, 1_000_000]))
def test_never_raises_and_is_consistent(value: CellValue, scale: int) -> None:
    result = parse_amount(value, scale=scale)
    assert (result.problem is None) == (result.severity is None)
    assert result.severity in (None, "error", "warning")
    if result.value is not None:
        assert isinstance(result.value, int)
        assert 0 <= result.value <= MAX_AMOUNT
    if result.severity == "error":
        assert result.value is None
