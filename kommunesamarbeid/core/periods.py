"""Dates and vague periods as plans write them -> ``Period(start, end)``.

A vague date is a period (earliest, latest day, both inclusive), never a point. ``parse_period``
never raises on bad input. The periods chosen for vague words (tested in
tests/core/test_periods.py):

* a year "2026", "innen 2026", "i løpet av 2026": 1 January - 31 December;
  "2026/2027", "2026-27": the whole span of years;
* a month "mars 2026", "03.2026", "2026-03": the whole month; "januar-mars 2026": the span;
* a quarter "Q2 2026", "K2 2026", "2. kvartal 2026", "andre kvartal 2026": its three months;
* a half-year "H1 2026", "1. halvår 2026", "første halvår 2026": January-June, H2 July-December;
* seasons do not overlap: vår/spring = March-May, sommer/sumar/summer = June-August,
  høst/haust/autumn/fall = September-November, "vinter 2026" = January-February 2026 (the winter
  months inside that calendar year), "vinteren 2026/27" = December 2026-February 2027;
* "primo 2026" = January-April, "medio 2026" = May-August, "ultimo 2026" = September-December
  (also "begynnelsen av", "midten av", "slutten av"/"utgangen av"); with a month ("primo mars
  2026") the days 1-10, 11-20 and 21-end of that month;
* a week "uke 12 2026", "uke 12/2026", "2026-W12": Monday-Sunday of that ISO week;
* real dates, Excel serial numbers (1900 date system; 46082 is 2026-03-01) and "01.03.2026",
  "1.3.26", "2026-03-01", "01/03/2026" (day first): that one day. A whole number of four digits
  (as number or text) is a year, not a serial number (serials 1000-9999 are 1902-1927).

Years outside 2000-2100 are errors. Text that is not a time at all ("snarest", "løpende") gives
no period and a warning with examples. A trailing "?" reads the period with a warning.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from kommunesamarbeid.core.problems import Severity, quote_value
from kommunesamarbeid.core.sheet import CellValue

__all__ = [
    "MAX_TEXT_LENGTH",
    "MAX_YEAR",
    "MIN_YEAR",
    "ParsedPeriod",
    "Period",
    "excel_serial_to_date",
    "parse_period",
]

MIN_YEAR: Final = 2000
MAX_YEAR: Final = 2100

#: Average days per month, for distances between periods.
DAYS_PER_MONTH: Final = 365.2425 / 12

#: Longer texts are not read as a time (and cannot make the parser slow).
MAX_TEXT_LENGTH: Final = 100

EXAMPLES: Final = "f.eks. 01.03.2026, mars 2026, Q2 2026, H2 2026 eller høst 2026"


@dataclass(frozen=True, slots=True)
class Period:
    """From ``start`` to ``end``, both days included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"Perioden slutter før den begynner: {self.start} > {self.end}")

    @property
    def mid(self) -> dt.date:
        """The middle day (the earlier one when the period has an even number of days)."""
        return self.start + (self.end - self.start) // 2

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def _mid_ordinal(self) -> float:
        return (self.start.toordinal() + self.end.toordinal()) / 2

    def months_apart(self, other: Period) -> float:
        """Distance between the two midpoints in (average) months, never negative."""
        return abs(self._mid_ordinal() - other._mid_ordinal()) / DAYS_PER_MONTH

    def overlaps(self, other: Period) -> bool:
        """True when the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class ParsedPeriod:
    """The period (None when unknown) and at most one problem for the user."""

    period: Period | None
    problem: str | None = None
    severity: Severity | None = None


class _PeriodError(Exception):
    """Internal: the text looks like a time but cannot be one."""

    def __init__(self, message: str, severity: Severity) -> None:
        super().__init__(message)
        self.message = message
        self.severity: Severity = severity


class _YearOutOfRange(Exception):
    def __init__(self, year: int) -> None:
        super().__init__(year)
        self.year = year


# --- building periods ---------------------------------------------------------------------


def _check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _YearOutOfRange(year)
    return year


def _year_from_text(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000
    return _check_year(year)


def _months(year: int, first: int, last: int) -> Period:
    """Months ``first``..``last`` (1-12) of ``year``; ``last`` may run into the next year."""
    _check_year(year)
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    _check_year(end_year)
    end_day = calendar.monthrange(end_year, end_month)[1]
    return Period(dt.date(year, first, 1), dt.date(end_year, end_month, end_day))


def _day(year: int, month: int, day: int) -> Period:
    _check_year(year)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise _PeriodError("datoen finnes ikke", "warning") from None
    return Period(date, date)


_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)
#: Serial numbers Excel can show as a date (1900-01-01 .. 9999-12-31).
_MAX_SERIAL: Final = 2_958_465


def excel_serial_to_date(serial: float) -> dt.date | None:
    """An Excel serial number (1900 date system) as a date; None outside Excel's range.

    Excel counts 1900-02-29, a day that did not exist, as serial 60; dates from 1 March 1900 on
    are therefore ``1899-12-30 + serial``. Serial 60 itself is read as 1900-02-28.
    """
    if not math.isfinite(serial) or not 1 <= serial < _MAX_SERIAL + 1:
        return None
    whole = int(serial)
    if whole < 61:
        return dt.date(1899, 12, 31) + dt.timedelta(days=min(whole, 59))
    return _EXCEL_EPOCH + dt.timedelta(days=whole)


# --- vocabulary -------------------------------------------------------------------------

_MONTHS: Final[dict[str, int]] = {
    **dict.fromkeys(("januar", "jan", "january", "janv"), 1),
    **dict.fromkeys(("februar", "feb", "febr", "february"), 2),
    **dict.fromkeys(("mars", "mar", "march"), 3),
    **dict.fromkeys(("april", "apr"), 4),
    **dict.fromkeys(("mai", "may", "maj"), 5),
    **dict.fromkeys(("juni", "jun", "june"), 6),
    **dict.fromkeys(("juli", "jul", "july"), 7),
    **dict.fromkeys(("august", "aug"), 8),
    **dict.fromkeys(("september", "sep", "sept", "sevtember"), 9),
    **dict.fromkeys(("oktober", "okt", "oct", "october"), 10),
    **dict.fromkeys(("november", "nov"), 11),
    **dict.fromkeys(("desember", "des", "dec", "december"), 12),
}
_ORDINALS: Final[dict[str, int]] = {
    **dict.fromkeys(("første", "fyrste", "1"), 1),
    **dict.fromkeys(("andre", "annen", "annet", "2"), 2),
    **dict.fromkeys(("tredje", "3"), 3),
    **dict.fromkeys(("fjerde", "4"), 4),
    "siste": 0,  # resolved by the caller: last quarter / last half-year
}
_SEASONS: Final[dict[str, tuple[int, int]]] = {
    **dict.fromkeys(("vår", "våren", "vårparten", "spring"), (3, 5)),
    **dict.fromkeys(
        ("sommer", "sommeren", "sumar", "sumaren", "sommar", "sommaren", "summer"), (6, 8)
    ),
    **dict.fromkeys(("høst", "høsten", "haust", "hausten", "autumn", "fall"), (9, 11)),
    **dict.fromkeys(("vinter", "vinteren", "winter"), (1, 2)),
}
_THIRDS: Final[dict[str, int]] = {
    **dict.fromkeys(("primo", "begynnelsen av", "starten av", "start", "tidlig"), 0),
    **dict.fromkeys(("medio", "midten av", "midt i", "midt"), 1),
    **dict.fromkeys(("ultimo", "slutten av", "utgangen av", "slutt", "sent"), 2),
}
_PREFIXES: Final = (
    "i løpet av",
    "innen",
    "innan",
    "senest",
    "seinast",
    "tidligst",
    "ca.",
    "ca",
    "cirka",
    "omkring",
    "rundt",
    "planlagt",
    "antatt",
    "forventet",
    "estimert",
    "fra",
    "frå",
    "før",
    "i",
)
_UNCERTAIN_WORDS: Final = ("(usikker)", "(usikkert)", "usikker", "usikkert")

_SPACES: Final = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\t\r\n"), " ")
_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")

_MONTH_ALT: Final = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEASON_ALT: Final = "|".join(sorted(_SEASONS, key=len, reverse=True))
_THIRD_ALT: Final = "|".join(sorted(_THIRDS, key=len, reverse=True))
_ORDINAL_ALT: Final = "første|fyrste|andre|annen|annet|tredje|fjerde|siste|[1-4]\\.?"

Y: Final = r"(?P<y>\d{4})"
_TIME: Final = r"(?:[ t]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)?"
_M: Final = rf"(?P<mon>{_MONTH_ALT})\.?"

_Handler = Callable[[re.Match[str]], Period]


def _g(match: re.Match[str], name: str) -> str:
    text = match.group(name)
    return text if text is not None else ""


def _iso_date(m: re.Match[str]) -> Period:
    return _day(_year_from_text(m["y"]), int(m["m"]), int(m["d"]))


def _dmy(m: re.Match[str]) -> Period:
    return _day(_year_from_text(m["y"]), int(m["m"]), int(m["d"]))


def _day_month_name(m: re.Match[str]) -> Period:
    return _day(_year_from_text(m["y"]), _MONTHS[m["mon"]], int(m["d"]))


def _month_number(m: re.Match[str]) -> Period:
    month = int(m["m"])
    if not 1 <= month <= 12:
        raise _PeriodError("måneden finnes ikke", "warning")
    year = _year_from_text(m["y"])
    return _months(year, month, month)


def _year_slash(m: re.Match[str]) -> Period:
    """ "2026/2027", "2026-27" (years) or "2026-03", "2026/3" (a month)."""
    year = _year_from_text(m["y"])
    second = m["n"]
    if len(second) == 4:
        end_year = _year_from_text(second)
    elif len(second) == 2 and int(second) == (year + 1) % 100:
        end_year = year + 1
    elif 1 <= int(second) <= 12:
        return _months(year, int(second), int(second))
    else:
        raise _PeriodError("årstallene kan ikke leses", "warning")
    if end_year < year:
        raise _PeriodError("perioden slutter før den begynner", "warning")
    return Period(dt.date(year, 1, 1), dt.date(_check_year(end_year), 12, 31))


def _month_name(m: re.Match[str]) -> Period:
    month = _MONTHS[m["mon"]]
    return _months(_year_from_text(m["y"]), month, month)


def _quarter_number(m: re.Match[str]) -> Period:
    quarter = int(m["q"])
    return _months(_year_from_text(m["y"]), 3 * quarter - 2, 3 * quarter)


def _ordinal(text: str, last: int) -> int:
    value = _ORDINALS[text.rstrip(".")]
    return last if value == 0 else value


def _quarter_word(m: re.Match[str]) -> Period:
    quarter = _ordinal(m["o"], 4)
    if not 1 <= quarter <= 4:
        raise _PeriodError("kvartalet finnes ikke", "warning")
    return _months(_year_from_text(m["y"]), 3 * quarter - 2, 3 * quarter)


def _half_number(m: re.Match[str]) -> Period:
    half = int(m["h"])
    return _months(_year_from_text(m["y"]), 6 * half - 5, 6 * half)


def _half_word(m: re.Match[str]) -> Period:
    half = _ordinal(m["o"], 2)
    if not 1 <= half <= 2:
        raise _PeriodError("halvåret finnes ikke", "warning")
    return _months(_year_from_text(m["y"]), 6 * half - 5, 6 * half)


def _season(m: re.Match[str]) -> Period:
    year = _year_from_text(m["y"])
    word = m["s"]
    second = _g(m, "n")
    if second:
        end_year = _year_from_text(second) if len(second) == 4 else year + 1
        if word not in ("vinter", "vinteren", "winter") or end_year != year + 1:
            raise _PeriodError("årstiden kan ikke leses", "warning")
        return _months(year, 12, 14)
    first, last = _SEASONS[word]
    return _months(year, first, last)


def _third(m: re.Match[str]) -> Period:
    part = _THIRDS[m["t"]]
    year = _year_from_text(m["y"])
    month_text = _g(m, "mon")
    if not month_text:
        return _months(year, 4 * part + 1, 4 * part + 4)
    month = _MONTHS[month_text]
    last_day = calendar.monthrange(year, month)[1]
    first_day = 10 * part + 1
    end_day = last_day if part == 2 else 10 * part + 10
    return Period(dt.date(year, month, first_day), dt.date(year, month, end_day))


def _week(m: re.Match[str]) -> Period:
    year = _year_from_text(m["y"])
    week = int(m["w"])
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise _PeriodError("uken finnes ikke", "warning") from None
    return Period(monday, monday + dt.timedelta(days=6))


def _year(m: re.Match[str]) -> Period:
    year = _year_from_text(m["y"])
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31))


_PATTERNS: Final[list[tuple[re.Pattern[str], _Handler]]] = [
    (re.compile(rf"{Y}-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}"), _iso_date),
    (
        re.compile(
            rf"(?P<d>\d{{1,2}})\s*([./-])\s*(?P<m>\d{{1,2}})\s*\2\s*(?P<y>\d{{4}}|\d{{2}}){_TIME}"
        ),
        _dmy,
    ),
    (re.compile(rf"(?P<d>\d{{1,2}})\.?\s*{_M}\s*{Y}"), _day_month_name),
    (re.compile(rf"(?P<m>\d{{1,2}})\s*[./-]\s*{Y}"), _month_number),
    (re.compile(rf"{Y}\s*[/-]\s*(?P<n>\d{{4}}|\d{{1,2}})"), _year_slash),
    (re.compile(rf"{_M}\s*[-/.,]?\s*{Y}"), _month_name),
    (re.compile(rf"[qk]\s*(?P<q>[1-4])\s*[-/.,]?\s*{Y}"), _quarter_number),
    (re.compile(rf"{Y}\s*[-/.,]?\s*[qk]\s*(?P<q>[1-4])"), _quarter_number),
    (
        re.compile(rf"(?P<o>{_ORDINAL_ALT})\s*(?:kvartal|kv\.?)\s*[-/.,]?\s*{Y}"),
        _quarter_word,
    ),
    (re.compile(rf"(?:kvartal|kv\.?)\s*(?P<q>[1-4])\s*[-/.,]?\s*{Y}"), _quarter_number),
    (re.compile(rf"h\s*(?P<h>[12])\s*[-/.,]?\s*{Y}"), _half_number),
    (re.compile(rf"{Y}\s*[-/.,]?\s*h\s*(?P<h>[12])"), _half_number),
    (
        re.compile(rf"(?P<o>{_ORDINAL_ALT})\s*(?:halvår|halvåret|halvdel)\s*[-/.,]?\s*{Y}"),
        _half_word,
    ),
    (
        re.compile(rf"(?P<s>{_SEASON_ALT})\s*[-/.,]?\s*{Y}(?:\s*[/-]\s*(?P<n>\d{{4}}|\d{{2}}))?"),
        _season,
    ),
    (re.compile(rf"(?P<t>{_THIRD_ALT})\s+(?:{_M}\s*)?{Y}"), _third),
    (
        re.compile(rf"(?:uke|veke|week|wk|u|v)\.?\s*(?P<w>\d{{1,2}})\s*[-/.,]?\s*(?:i\s+)?{Y}"),
        _week,
    ),
    (re.compile(rf"{Y}\s*-?\s*w\s*(?P<w>\d{{1,2}})"), _week),
    (re.compile(Y), _year),
]


def _normalise(text: str) -> str:
    text = text.translate(_SPACES).translate(_DASHES).replace("\u200b", "").lower()
    return " ".join(text.split())


def _strip_prefixes(text: str) -> str:
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if text.startswith(prefix + " ") or (prefix.endswith(".") and text.startswith(prefix)):
                text = text[len(prefix) :].strip()
                changed = True
    return text


def _parse_single(text: str) -> Period | None:
    text = _strip_prefixes(text.strip(" ,.;:"))
    for pattern, handler in _PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            return handler(match)
    return None


_CONNECTOR_RE: Final = re.compile(r"\s+til\s+|\s*-\s*")


def _parse_range(text: str) -> Period | None:
    """ "januar-mars 2026", "Q1-Q2 2026", "01.03.2026 - 31.05.2026", "mars til mai 2026"."""
    for connector in _CONNECTOR_RE.finditer(text):
        left_text, right_text = text[: connector.start()], text[connector.end() :]
        if not left_text.strip() or not right_text.strip():
            continue
        try:
            right = _parse_single(right_text)
        except _PeriodError:
            continue
        if right is None:
            continue
        try:
            left = _parse_single(left_text)
        except _PeriodError:
            continue
        if left is None:
            # borrow the year of the right end: "januar-mars 2026"
            year = right.end.year
            left = _parse_single(f"{left_text} {year}")
            if left is not None and left.start > right.start:
                left = _parse_single(f"{left_text} {year - 1}")
        if left is None:
            continue
        if left.start > right.end:
            raise _PeriodError("perioden slutter før den begynner", "warning")
        return Period(left.start, max(left.end, right.end))
    return None


def _unreadable(value: CellValue, reason: str = "") -> ParsedPeriod:
    detail = f" ({reason})" if reason else ""
    return ParsedPeriod(
        None,
        f"Kunne ikke lese tidspunktet «{quote_value(value)}»{detail}; skriv {EXAMPLES}.",
        "warning",
    )


def _year_error(value: CellValue, year: int) -> ParsedPeriod:
    return ParsedPeriod(
        None,
        f"Tidspunktet «{quote_value(value)}» har årstallet {year}, "
        f"som ligger utenfor {MIN_YEAR}–{MAX_YEAR}.",
        "error",
    )


def _from_number(number: int | float, value: CellValue) -> ParsedPeriod:
    if not math.isfinite(number):
        return _unreadable(value)
    if float(number).is_integer() and 1000 <= number <= 9999:
        year = int(number)
        if not MIN_YEAR <= year <= MAX_YEAR:
            return _year_error(value, year)
        return ParsedPeriod(Period(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    date = excel_serial_to_date(float(number))
    if date is None:
        return _unreadable(value, "tallet er ikke et Excel-datonummer")
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        return ParsedPeriod(
            None,
            f"Tidspunktet «{quote_value(value)}» er Excel-datonummeret for {date:%d.%m.%Y}, "
            f"som ligger utenfor {MIN_YEAR}–{MAX_YEAR}.",
            "error",
        )
    return ParsedPeriod(Period(date, date))


def parse_period(value: CellValue) -> ParsedPeriod:
    """Read one cell as a period (see the module docstring for the rules)."""
    if value is None:
        return ParsedPeriod(None)
    if isinstance(value, bool):
        return _unreadable(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        if not MIN_YEAR <= value.year <= MAX_YEAR:
            return _year_error(value, value.year)
        return ParsedPeriod(Period(value, value))
    if isinstance(value, dt.time):
        return _unreadable(value, "et klokkeslett uten dato")
    if isinstance(value, int | float):
        return _from_number(value, value)
    return _parse_text(value)


def _parse_text(value: str) -> ParsedPeriod:
    text = _normalise(value)
    if not text:
        return ParsedPeriod(None)
    if len(text) > MAX_TEXT_LENGTH:
        return _unreadable(value, "teksten er for lang")
    uncertain = False
    if text.endswith("?"):
        uncertain = True
        text = text.rstrip("? ")
    for word in _UNCERTAIN_WORDS:
        if text.endswith(" " + word):
            uncertain = True
            text = text[: -len(word)].strip()
    if re.fullmatch(r"\d{1,7}", text):
        return _from_number(int(text), value)
    try:
        period = _parse_single(text)
        if period is None:
            period = _parse_range(text)
    except _YearOutOfRange as exc:
        return _year_error(value, exc.year)
    except _PeriodError as exc:
        return _unreadable(value, exc.message)
    except (ValueError, OverflowError):
        return _unreadable(value)
    if period is None:
        return _unreadable(value)
    if uncertain:
        return ParsedPeriod(
            period,
            f"Usikkert tidspunkt «{quote_value(value)}»: leste "
            f"{period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}; kontroller tidspunktet.",
            "warning",
        )
    return ParsedPeriod(period)
