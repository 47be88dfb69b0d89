"""Dates and vague periods -> Period (kommunesamarbeid.core.periods)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kommunesamarbeid.core.periods import (
    ParsedPeriod,
    Period,
    excel_serial_to_date,
    parse_period,
)
from kommunesamarbeid.core.sheet import CellValue

D = dt.date
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXPECTED_VALUES = SHARED / "corpus" / "dev" / "expected_values.csv"


def _period(start: D, end: D) -> ParsedPeriod:
    return ParsedPeriod(Period(start, end))


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        (dt.datetime(2026, 3, 1, 13, 45), D(2026, 3, 1), D(2026, 3, 1)),
        (D(2026, 3, 1), D(2026, 3, 1), D(2026, 3, 1)),
        (46082, D(2026, 3, 1), D(2026, 3, 1)),
        (46082.0, D(2026, 3, 1), D(2026, 3, 1)),
        (46082.75, D(2026, 3, 1), D(2026, 3, 1)),
        ("46082", D(2026, 3, 1), D(2026, 3, 1)),
        (2026, D(2026, 1, 1), D(2026, 12, 31)),
        (2026.0, D(2026, 1, 1), D(2026, 12, 31)),
        ("01.03.2026", D(2026, 3, 1), D(2026, 3, 1)),
        ("1.3.2026", D(2026, 3, 1), D(2026, 3, 1)),
        ("01.03.26", D(2026, 3, 1), D(2026, 3, 1)),
        ("2026-03-01", D(2026, 3, 1), D(2026, 3, 1)),
        ("2026-03-01 00:00:00", D(2026, 3, 1), D(2026, 3, 1)),
        ("01/03/2026", D(2026, 3, 1), D(2026, 3, 1)),
        ("01-03-2026", D(2026, 3, 1), D(2026, 3, 1)),
        ("1. mars 2026", D(2026, 3, 1), D(2026, 3, 1)),
        ("03.2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("03/2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("2026-03", D(2026, 3, 1), D(2026, 3, 31)),
        ("mars 2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("Mars 2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("MARS 2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("mar. 2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("feb. 2026", D(2026, 2, 1), D(2026, 2, 28)),
        ("februar 2028", D(2028, 2, 1), D(2028, 2, 29)),
        ("sept. 2026", D(2026, 9, 1), D(2026, 9, 30)),
        ("sep 2026", D(2026, 9, 1), D(2026, 9, 30)),
        ("des. 2026", D(2026, 12, 1), D(2026, 12, 31)),
        ("March 2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("mai 2026", D(2026, 5, 1), D(2026, 5, 31)),
        ("okt. 2026", D(2026, 10, 1), D(2026, 10, 31)),
        ("October 2026", D(2026, 10, 1), D(2026, 10, 31)),
        ("Q2 2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("q2 2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("Q2/2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("2026 Q2", D(2026, 4, 1), D(2026, 6, 30)),
        ("2026-Q2", D(2026, 4, 1), D(2026, 6, 30)),
        ("K2 2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("2. kvartal 2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("2. kv. 2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("andre kvartal 2026", D(2026, 4, 1), D(2026, 6, 30)),
        ("fjerde kvartal 2026", D(2026, 10, 1), D(2026, 12, 31)),
        ("siste kvartal 2026", D(2026, 10, 1), D(2026, 12, 31)),
        ("H1 2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("H2 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("1. halvår 2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("2. halvår 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("første halvår 2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("andre halvår 2026", D(2026, 7, 1), D(2026, 12, 31)),
        ("vår 2026", D(2026, 3, 1), D(2026, 5, 31)),
        ("våren 2026", D(2026, 3, 1), D(2026, 5, 31)),
        ("sommer 2026", D(2026, 6, 1), D(2026, 8, 31)),
        ("sumaren 2026", D(2026, 6, 1), D(2026, 8, 31)),
        ("høst 2026", D(2026, 9, 1), D(2026, 11, 30)),
        ("høsten 2026", D(2026, 9, 1), D(2026, 11, 30)),
        ("haust 2026", D(2026, 9, 1), D(2026, 11, 30)),
        ("hausten 2026", D(2026, 9, 1), D(2026, 11, 30)),
        ("vinter 2026", D(2026, 1, 1), D(2026, 2, 28)),
        ("vinteren 2026/27", D(2026, 12, 1), D(2027, 2, 28)),
        ("vinteren 2027/2028", D(2027, 12, 1), D(2028, 2, 29)),
        ("spring 2026", D(2026, 3, 1), D(2026, 5, 31)),
        ("summer 2026", D(2026, 6, 1), D(2026, 8, 31)),
        ("autumn 2026", D(2026, 9, 1), D(2026, 11, 30)),
        ("fall 2026", D(2026, 9, 1), D(2026, 11, 30)),
        ("primo 2026", D(2026, 1, 1), D(2026, 4, 30)),
        ("medio 2026", D(2026, 5, 1), D(2026, 8, 31)),
        ("ultimo 2026", D(2026, 9, 1), D(2026, 12, 31)),
        ("slutten av 2026", D(2026, 9, 1), D(2026, 12, 31)),
        ("primo mars 2026", D(2026, 3, 1), D(2026, 3, 10)),
        ("medio mars 2026", D(2026, 3, 11), D(2026, 3, 20)),
        ("ultimo februar 2026", D(2026, 2, 21), D(2026, 2, 28)),
        ("2026", D(2026, 1, 1), D(2026, 12, 31)),
        ("innen 2026", D(2026, 1, 1), D(2026, 12, 31)),
        ("i løpet av 2026", D(2026, 1, 1), D(2026, 12, 31)),
        ("i 2026", D(2026, 1, 1), D(2026, 12, 31)),
        ("ca. mars 2026", D(2026, 3, 1), D(2026, 3, 31)),
        ("2026/2027", D(2026, 1, 1), D(2027, 12, 31)),
        ("2026-2027", D(2026, 1, 1), D(2027, 12, 31)),
        ("2026–2027", D(2026, 1, 1), D(2027, 12, 31)),
        ("2026/27", D(2026, 1, 1), D(2027, 12, 31)),
        ("uke 12 2026", D(2026, 3, 16), D(2026, 3, 22)),
        ("uke 12/2026", D(2026, 3, 16), D(2026, 3, 22)),
        ("Uke 1 2026", D(2025, 12, 29), D(2026, 1, 4)),
        ("veke 12 2026", D(2026, 3, 16), D(2026, 3, 22)),
        ("2026-W12", D(2026, 3, 16), D(2026, 3, 22)),
        ("januar–mars 2026", D(2026, 1, 1), D(2026, 3, 31)),
        ("januar - mars 2026", D(2026, 1, 1), D(2026, 3, 31)),
        ("jan-mar 2026", D(2026, 1, 1), D(2026, 3, 31)),
        ("mars til mai 2026", D(2026, 3, 1), D(2026, 5, 31)),
        ("nov-feb 2027", D(2026, 11, 1), D(2027, 2, 28)),
        ("desember 2026 - februar 2027", D(2026, 12, 1), D(2027, 2, 28)),
        ("Q1-Q2 2026", D(2026, 1, 1), D(2026, 6, 30)),
        ("01.03.2026 - 31.05.2026", D(2026, 3, 1), D(2026, 5, 31)),
        ("  mars   2026 ", D(2026, 3, 1), D(2026, 3, 31)),
        ("mars\u00a02026", D(2026, 3, 1), D(2026, 3, 31)),
    ],
)
def test_parse_period_forms(value: CellValue, start: D, end: D) -> None:
    assert parse_period(value) == _period(start, end)


@pytest.mark.parametrize("value", [None, "", "   "])
def test_empty_is_no_period_and_no_problem(value: CellValue) -> None:
    assert parse_period(value) == ParsedPeriod(None)


@pytest.mark.parametrize(
    "value",
    ["snarest", "etter behov", "løpende", "ved behov", "Q2", "mars", "Q5 2026", True, dt.time(9)],
)
def test_unreadable_is_a_warning_with_examples(value: CellValue) -> None:
    result = parse_period(value)
    assert result.period is None
    assert result.severity == "warning"
    assert result.problem is not None
    assert "f.eks. 01.03.2026, mars 2026, Q2 2026" in result.problem
    if isinstance(value, str):
        assert f"«{value}»" in result.problem


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31.02.2026", "datoen finnes ikke"),
        ("13.2026", "måneden finnes ikke"),
        ("uke 54 2026", "uken finnes ikke"),
        ("mai 2027 - mars 2026", "slutter før den begynner"),
        ("sommer 2026/27", "årstiden kan ikke leses"),
    ],
)
def test_impossible_dates_are_warnings_that_say_why(value: str, reason: str) -> None:
    result = parse_period(value)
    assert result.period is None
    assert result.severity == "warning"
    assert result.problem is not None and reason in result.problem


@pytest.mark.parametrize(
    "value",
    [
        "mars 1999",
        "01.03.1999",
        "Q2 2101",
        "1999",
        1999,
        3000,
        "høst 1995",
        D(1999, 12, 31),
        dt.datetime(2101, 1, 1),
        36000,
        5,
    ],
)
def test_years_outside_2000_2100_are_errors(value: CellValue) -> None:
    result = parse_period(value)
    assert result.period is None
    assert result.severity == "error"
    assert result.problem is not None and "utenfor 2000–2100" in result.problem


def test_trailing_question_mark_reads_the_period_with_a_warning() -> None:
    result = parse_period("Q2 2026?")
    assert result.period == Period(D(2026, 4, 1), D(2026, 6, 30))
    assert result.severity == "warning"
    assert result.problem is not None and "Usikkert tidspunkt" in result.problem


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -5, 0, 10**9])
def test_numbers_that_are_no_date_are_warnings(value: float) -> None:
    result = parse_period(value)
    assert result.period is None
    assert result.severity == "warning"


def test_excel_serial_numbers_use_the_1900_system() -> None:
    assert excel_serial_to_date(1) == D(1900, 1, 1)
    assert excel_serial_to_date(59) == D(1900, 2, 28)
    assert excel_serial_to_date(61) == D(1900, 3, 1)
    assert excel_serial_to_date(36526) == D(2000, 1, 1)
    assert excel_serial_to_date(46082) == D(2026, 3, 1)
    assert excel_serial_to_date(2958465) == D(9999, 12, 31)
    assert excel_serial_to_date(0) is None
    assert excel_serial_to_date(float("nan")) is None
    assert excel_serial_to_date(2958466) is None


# --- Period --------------------------------------------------------------------------


def test_period_rejects_end_before_start() -> None:
    with pytest.raises(ValueError):
        Period(D(2026, 3, 2), D(2026, 3, 1))


def test_period_mid_days_and_contains() -> None:
    q2 = Period(D(2026, 4, 1), D(2026, 6, 30))
    assert q2.mid == D(2026, 5, 16)  # day 46 of 91
    assert q2.days == 91
    assert q2.contains(D(2026, 4, 1)) and q2.contains(D(2026, 6, 30))
    assert not q2.contains(D(2026, 7, 1))
    assert Period(D(2026, 3, 1), D(2026, 3, 1)).mid == D(2026, 3, 1)


def test_months_apart_measures_between_midpoints() -> None:
    march = Period(D(2026, 3, 1), D(2026, 3, 31))
    september = Period(D(2026, 9, 1), D(2026, 9, 30))
    assert march.months_apart(september) == pytest.approx(6.0, abs=0.05)
    assert september.months_apart(march) == march.months_apart(september)
    year = Period(D(2026, 1, 1), D(2026, 12, 31))
    assert year.months_apart(Period(D(2026, 7, 2), D(2026, 7, 2))) == pytest.approx(0, abs=0.02)
    assert march.months_apart(march) == 0


def test_overlaps() -> None:
    q1 = Period(D(2026, 1, 1), D(2026, 3, 31))
    march = Period(D(2026, 3, 1), D(2026, 3, 31))
    q2 = Period(D(2026, 4, 1), D(2026, 6, 30))
    assert q1.overlaps(march) and march.overlaps(q1)
    assert not q1.overlaps(q2) and not q2.overlaps(q1)
    assert Period(D(2026, 3, 31), D(2026, 4, 1)).overlaps(q2)


# --- properties ---------------------------------------------------------------------

DATES = st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31))
EPOCH = D(1899, 12, 30)

MONTH_NAMES = {
    1: ["januar", "Januar", "jan.", "jan", "January"],
    2: ["februar", "feb.", "feb", "febr.", "February"],
    3: ["mars", "Mars", "mar.", "March"],
    4: ["april", "apr.", "April"],
    5: ["mai", "Mai", "May"],
    6: ["juni", "jun.", "June"],
    7: ["juli", "jul.", "July"],
    8: ["august", "aug.", "August"],
    9: ["september", "sept.", "sep.", "sep", "September"],
    10: ["oktober", "okt.", "okt", "October"],
    11: ["november", "nov.", "November"],
    12: ["desember", "des.", "des", "December"],
}


@given(DATES)
def test_exact_dates_parse_to_one_day(d: D) -> None:
    serial = (d - EPOCH).days
    forms: list[CellValue] = [
        f"{d:%d.%m.%Y}",
        f"{d.day}.{d.month}.{d.year}",
        f"{d:%d.%m.%y}",
        f"{d:%d/%m/%Y}",
        d.isoformat(),
        d,
        dt.datetime.combine(d, dt.time(10, 30)),
        serial,
        float(serial),
        float(serial) + 0.5,
    ]
    for form in forms:
        assert parse_period(form) == _period(d, d), form


@given(DATES)
def test_vague_periods_contain_the_day(d: D) -> None:
    quarter = (d.month - 1) // 3 + 1
    half = 1 if d.month <= 6 else 2
    week_year, week, _ = d.isocalendar()
    forms = [
        f"Q{quarter} {d.year}",
        f"{d.year} Q{quarter}",
        f"K{quarter} {d.year}",
        f"{quarter}. kvartal {d.year}",
        f"H{half} {d.year}",
        f"{half}. halvår {d.year}",
        f"{d.year}",
        f"{d:%m.%Y}",
    ]
    if week_year >= 2000:  # 1 January 2000 lies in week 52 of 1999
        forms.append(f"uke {week} {week_year}")
    forms += [f"{name} {d.year}" for name in MONTH_NAMES[d.month]]
    for form in forms:
        result = parse_period(form)
        assert result.problem is None, form
        assert result.period is not None and result.period.contains(d), form


@given(DATES, st.sampled_from([n for names in MONTH_NAMES.values() for n in names]))
def test_month_names_give_the_whole_month(d: D, name: str) -> None:
    result = parse_period(f"{name} {d.year}")
    assert result.period is not None
    month = next(m for m, names in MONTH_NAMES.items() if name in names)
    assert result.period.start == D(d.year, month, 1)
    assert (result.period.end + dt.timedelta(days=1)).day == 1
    assert result.period.end.month == month


@given(DATES, DATES)
def test_period_relations_are_symmetric(a: D, b: D) -> None:
    p = Period(min(a, b), max(a, b))
    q = Period(a, a)
    assert p.overlaps(q) == q.overlaps(p) is True
    assert p.months_apart(q) == q.months_apart(p) >= 0
    assert p.start <= p.mid <= p.end


CELL_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
    st.text(alphabet="0123456789 ./-–qkhQ?uke mars våren primo til"),
    st.dates(),
    st.datetimes(),
    st.times(),
)


@given(CELL_VALUES)
def test_never_raises_and_is_consistent(value: CellValue) -> None:
    result = parse_period(value)
    assert (result.problem is None) == (result.severity is None)
    if result.period is not None:
        assert result.period.start.year >= 2000
        assert result.period.end.year <= 2101
        assert result.severity != "error"


# --- the dev corpus -------------------------------------------------------------------


def test_every_date_text_in_the_dev_corpus_parses() -> None:
    if not EXPECTED_VALUES.exists():
        pytest.skip(f"the dev corpus is not here: {EXPECTED_VALUES}")
    with EXPECTED_VALUES.open(encoding="utf-8", newline="") as handle:
        texts = {row["date_text"] for row in csv.DictReader(handle)} - {""}
    assert texts
    for text in sorted(texts):
        result = parse_period(text)
        assert result.severity != "error", (text, result.problem)
        assert result.period is not None and result.problem is None, (text, result.problem)


def test_very_long_text_is_refused_quickly() -> None:
    result = parse_period("1-" * 5000)
    assert result.period is None and result.severity == "warning"
    assert result.problem is not None and "for lang" in result.problem


def test_nynorsk_summer() -> None:
    from kommunesamarbeid.core.periods import parse_period

    parsed = parse_period("sommar 2026")
    assert parsed.period is not None and parsed.problem is None
    assert (parsed.period.start.month, parsed.period.end.month) == (6, 8)
