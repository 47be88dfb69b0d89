"""Norwegian amounts as people write them in plans -> whole NOK.

``parse_amount`` reads a cell (a real number or text) and returns whole kroner, rounded half up,
with at most one Norwegian message for the user. It never raises on bad input.

Rules (tested in tests/core/test_amounts.py):

* Thousands separators: space (also no-break and narrow no-break space), dot, or comma. The
  decimal separator is the comma, or the dot in English-style numbers ("5,000,000.50").
* When both "." and "," occur, the last one is the decimal separator.
* A separator that occurs more than once groups thousands ("1.250.000", "5,000,000").
* A single separator followed by exactly three digits, with one to three digits before it and no
  unit of its own, groups thousands: "1.250" is 1 250 (no warning: the dot is the Norwegian
  thousands separator), "1,250" is also 1 250 but with a warning, since in Norwegian the comma is
  the decimal separator and the writer may have meant 1,25. Any other single separator is a
  decimal separator ("1,2", "650000,00", "1.5").
* With a unit ("mill", "mrd", "MNOK", "tusen", "k", "'") the separator is always decimal:
  "1,250 mill" and "1.250 mill" are both 1 250 000.
* ``scale`` (from the column header, see ``header_scale``) multiplies plain numbers only: a figure
  with its own unit ("1,2 mill", "450'") or with an explicit "kr"/"NOK"/",-" keeps its meaning.
* "ca", "cirka", "omtrent", "anslått", "inntil", "~", "eks. mva", "pr. år" and the like are
  tolerated. A "?" or unknown words beside the figure give a warning ("Usikkert beløp").
* A range ("2-3 mill", "2 til 3 mill") gives the upper value with a warning. A bare number of at
  most three digits in a range borrows the unit of the other end ("2-3 mill" = 2-3 million).
* Negative amounts are errors. Text without any digit ("ukjent", "se vedlegg") gives no value
  and a warning; text with digits that cannot be read as one amount is an error.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Final

from kommunesamarbeid.core.problems import Severity, quote_value
from kommunesamarbeid.core.sheet import CellValue

__all__ = ["MAX_AMOUNT", "ParsedAmount", "header_scale", "parse_amount"]

#: Amounts above this (10 000 mrd. kr) are refused as unreasonable.
MAX_AMOUNT: Final = 10**13

EXPECTED: Final = "forventet et beløp i kroner, f.eks. 1 250 000"


@dataclass(frozen=True, slots=True)
class ParsedAmount:
    """The amount in whole NOK (None when unknown) and at most one problem for the user."""

    value: int | None
    problem: str | None = None
    severity: Severity | None = None


# --- text normalisation -------------------------------------------------------------------

_SPACES: Final = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\t\r\n"), " ")
_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def _normalise(text: str) -> str:
    text = text.translate(_SPACES).translate(_DASHES).replace("\u200b", "")
    return " ".join(text.split()).lower()


# --- vocabulary -------------------------------------------------------------------------

_CURRENCY_WORDS: Final = frozenset({"kr", "kroner", "krone", "nok", "norske"})
_MULTIPLIER_WORDS: Final[dict[str, int]] = {
    "k": 1_000,
    "t": 1_000,
    "tusen": 1_000,
    "tusener": 1_000,
    "knok": 1_000,
    "tnok": 1_000,
    "tkr": 1_000,
    "kkr": 1_000,
    "m": 1_000_000,
    "mil": 1_000_000,
    "mill": 1_000_000,
    "mln": 1_000_000,
    "mio": 1_000_000,
    "million": 1_000_000,
    "millioner": 1_000_000,
    "millionar": 1_000_000,
    "mnok": 1_000_000,
    "mkr": 1_000_000,
    "mrd": 1_000_000_000,
    "milliard": 1_000_000_000,
    "milliarder": 1_000_000_000,
    "milliardar": 1_000_000_000,
    "mrdnok": 1_000_000_000,
}
#: Unit words that also say "kroner".
_MULTIPLIER_WITH_CURRENCY: Final = frozenset(
    {"knok", "tnok", "tkr", "kkr", "mnok", "mkr", "mrdnok"}
)
_TOLERATED_WORDS: Final = frozenset(
    {
        "ca",
        "cirka",
        "circa",
        "omtrent",
        "om",
        "lag",
        "omlag",
        "rundt",
        "anslått",
        "anslagsvis",
        "anslag",
        "antatt",
        "estimert",
        "estimat",
        "est",
        "beregnet",
        "inntil",
        "opptil",
        "maks",
        "maksimalt",
        "minst",
        "fra",
        "totalt",
        "total",
        "sum",
        "i",
        "alt",
        "pr",
        "per",
        "år",
        "året",
        "årlig",
        "årleg",
        "mva",
        "eks",
        "ekskl",
        "eksl",
        "eksklusiv",
        "eksklusive",
        "excl",
        "ex",
        "uten",
        "u",
        "inkl",
        "inklusiv",
        "inklusive",
        "med",
        "opsjon",
        "opsjoner",
        "opsjonar",
    }
)
_UNCERTAIN_WORDS: Final = frozenset({"usikker", "usikkert", "uavklart", "uklart", "foreløpig"})
_VAT_INCLUDED_WORDS: Final = frozenset({"inkl", "inklusiv", "inklusive", "med"})
_RANGE_WORDS: Final = frozenset({"til"})
_IGNORED_CHARS: Final = frozenset(".,:;()[]/~=*\"'+")

_TOKEN_RE: Final = re.compile(
    r"(?P<num>\d+(?:[ .,]\d+)*)"
    r"|(?P<apos>['’´`])"
    r"|(?P<dash>-)"
    r"|(?P<word>[^\W\d_]+)\.?"
    r"|(?P<question>\?)"
    r"|(?P<space>\s+)"
    r"|(?P<other>.)",
    re.DOTALL,
)
#: "450 000,-" / "450:-" / "450.-": the dash after the number means kroner.
_KR_DASH_RE: Final = re.compile(r"(?<=\d)\s*[,.:]\s*-+(?!\s*\d)")


@dataclass(slots=True)
class _Number:
    text: str
    position: int
    multiplier: int | None = None


class _Unreadable(Exception):
    """Internal: the text has digits but is not one amount."""


def _decimal_from_token(token: str, *, has_unit: bool) -> tuple[Decimal, bool]:
    """A number token as Decimal, and whether a "d,ddd" was read as thousands (ambiguous)."""
    punct = [c for c in token if c in ".,"]
    has_space = " " in token
    decimal_sep: str | None = None
    ambiguous_comma = False
    if punct:
        kinds = set(punct)
        last = punct[-1]
        if len(kinds) == 2:
            decimal_sep = last
            if punct.count(last) != 1:
                raise _Unreadable
        elif len(punct) > 1:
            decimal_sep = None  # repeated separator: thousands
            if has_space:
                raise _Unreadable
        else:
            head, _, tail = token.rpartition(last)
            if has_unit or has_space:
                decimal_sep = last
            elif len(tail) == 3 and 1 <= len(head) <= 3:
                decimal_sep = None
                ambiguous_comma = last == ","
            else:
                decimal_sep = last
    if decimal_sep is not None:
        int_part, _, frac_part = token.rpartition(decimal_sep)
    else:
        int_part, frac_part = token, ""
    groups = re.split(r"[ .,]", int_part)
    if len(groups) > 1 and (not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:])):
        raise _Unreadable
    digits = "".join(groups)
    if not digits.isdigit() or (frac_part and not frac_part.isdigit()):
        raise _Unreadable
    return Decimal(f"{digits}.{frac_part or '0'}"), ambiguous_comma


def _round_half_up(number: Decimal) -> int:
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _format(amount: int) -> str:
    return f"{amount:,}".replace(",", " ") + " kr"


def _error(value: CellValue, detail: str = "") -> ParsedAmount:
    quoted = quote_value(value)
    return ParsedAmount(None, f"Kunne ikke lese beløpet «{quoted}»{detail}; {EXPECTED}.", "error")


def _from_number(number: Decimal, value: CellValue) -> ParsedAmount:
    if number < 0:
        return ParsedAmount(
            None,
            f"Negativt beløp «{quote_value(value)}»: et estimert beløp kan ikke være negativt.",
            "error",
        )
    if number > MAX_AMOUNT:
        return ParsedAmount(
            None,
            f"Beløpet «{quote_value(value)}» er urimelig stort (over 10 000 mrd. kr); {EXPECTED}.",
            "error",
        )
    return ParsedAmount(_round_half_up(number))


def parse_amount(value: CellValue, *, scale: int = 1) -> ParsedAmount:
    """Read one cell as an amount in whole NOK (see the module docstring for the rules)."""
    if value is None:
        return ParsedAmount(None)
    if isinstance(value, bool):
        return _error(value, " (en avkrysningsverdi)")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return _error(value, " (cellen inneholder en dato eller et klokkeslett)")
    if isinstance(value, int):
        return _from_number(Decimal(value) * scale, value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return _error(value)
        return _from_number(Decimal(repr(value)) * scale, value)
    return _parse_text(value, scale)


def _parse_text(value: str, scale: int) -> ParsedAmount:
    text = _normalise(value)
    if not text:
        return ParsedAmount(None)
    if not any(c.isdigit() for c in text):
        return ParsedAmount(
            None,
            f"Kunne ikke lese beløpet «{quote_value(value)}»; linjen får ikke noe beløp.",
            "warning",
        )
    text = _KR_DASH_RE.sub(" kr ", text)
    try:
        return _parse_tokens(value, text, scale)
    except (_Unreadable, InvalidOperation, ValueError, OverflowError):
        return _error(value)


def _parse_tokens(value: str, text: str, scale: int) -> ParsedAmount:
    numbers: list[_Number] = []
    explicit_kr = False
    uncertain = False
    vat_included = False
    has_mva = False
    range_connector = False
    negative = False
    global_multipliers: set[int] = set()
    last_kind: str | None = None  # kind of the last non-space token

    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        token = match.group(kind) if kind else ""
        if kind == "space":
            continue
        if kind == "num":
            numbers.append(_Number(token, match.start()))
        elif kind == "apos":
            if last_kind == "num" and numbers[-1].multiplier is None:
                numbers[-1].multiplier = 1_000
            # a stray apostrophe is ignored
        elif kind == "dash":
            if numbers:
                range_connector = True
            else:
                negative = True
        elif kind == "word":
            if token in _MULTIPLIER_WORDS:
                word_mult = _MULTIPLIER_WORDS[token]
                if token in _MULTIPLIER_WITH_CURRENCY:
                    explicit_kr = True
                if last_kind == "num" and numbers[-1].multiplier is None:
                    numbers[-1].multiplier = word_mult
                else:
                    global_multipliers.add(word_mult)
            elif token in _CURRENCY_WORDS:
                explicit_kr = True
            elif token in _RANGE_WORDS:
                # "2 til 3 mill" is a range; "til 3 mill" (up to) is tolerated.
                range_connector = range_connector or bool(numbers)
            elif token in _UNCERTAIN_WORDS:
                uncertain = True
            elif token in _TOLERATED_WORDS:
                if token in _VAT_INCLUDED_WORDS:
                    vat_included = True
                if token == "mva":
                    has_mva = True
            else:
                uncertain = True
        elif kind == "question":
            uncertain = True
        elif kind == "other" and token not in _IGNORED_CHARS:
            raise _Unreadable
        last_kind = kind

    if not numbers or len(global_multipliers) > 1:
        raise _Unreadable
    if len(numbers) > 2 or (len(numbers) == 2 and not range_connector):
        raise _Unreadable
    if negative:
        return ParsedAmount(
            None,
            f"Negativt beløp «{quote_value(value)}»: et estimert beløp kan ikke være negativt.",
            "error",
        )

    global_mult = next(iter(global_multipliers), None)
    amounts: list[Decimal] = []
    ambiguous = False
    for index, number in enumerate(numbers):
        mult = number.multiplier or global_mult
        if mult is None and len(numbers) == 2:
            other = numbers[1 - index]
            if other.multiplier is not None:
                plain, _ = _decimal_from_token(number.text, has_unit=True)
                if plain < 1000:
                    mult = other.multiplier
        parsed, ambiguous_comma = _decimal_from_token(number.text, has_unit=mult is not None)
        ambiguous = ambiguous or ambiguous_comma
        if mult is not None:
            amounts.append(parsed * mult)
        elif explicit_kr:
            amounts.append(parsed)
        else:
            amounts.append(parsed * scale)

    result = _from_number(max(amounts), value)
    if result.value is None:
        return result
    quoted = quote_value(value)
    notes: list[str] = []
    if len(amounts) == 2:
        notes.append(
            f"Beløpet «{quoted}» er et intervall; bruker den høyeste verdien, "
            f"{_format(result.value)}."
        )
    if ambiguous:
        notes.append(
            f"Tvetydig beløp «{quoted}»: komma er lest som tusenskille, "
            f"altså {_format(result.value)}; kontroller beløpet."
        )
    if uncertain:
        notes.append(
            f"Usikkert beløp «{quoted}»: leste {_format(result.value)}; kontroller beløpet."
        )
    if vat_included and has_mva:
        notes.append(
            f"Beløpet «{quoted}» ser ut til å være oppgitt inkl. mva; beløp skal oppgis eks. mva."
        )
    if notes:
        return ParsedAmount(result.value, " ".join(notes), "warning")
    return result


# --- header scale -----------------------------------------------------------------------

_MILLION_HEADER_RE: Final = re.compile(
    r"\b(?:mnok|mkr|mill|millioner|million|millionar|mio|mln)\b|\b1[ .]?000[ .]?000\b"
)
_THOUSAND_HEADER_RE: Final = re.compile(r"\b(?:tnok|knok|tkr|kkr)\b|\btusen|\b1[ .]?000\b")


def header_scale(header_text: str) -> int:
    """The unit a column header announces: 1000 ("Verdi (1000 kr)", "TNOK", "i tusen kroner"),
    1 000 000 ("(MNOK)", "i mill. kr"), else 1."""
    text = _normalise(header_text)
    if _MILLION_HEADER_RE.search(text):
        return 1_000_000
    if _THOUSAND_HEADER_RE.search(text):
        return 1_000
    return 1
