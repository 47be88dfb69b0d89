"""Contract period and options as plans write them -> years (float).

Both parsers never raise on bad input. Rules (tested in tests/core/test_contract_terms.py):

``parse_contract_years`` (column "Varighet", "Avtaleperiode", "Kontraktsperiode"):

* 2, 2.0, "2", "2 år", "2,5 år", "to år", "ett år": years; "24 mnd", "6 måneder": months / 12.
* "2+1+1", "2 + 1 + 1 år", "1 år + opsjon 1 år", "2 år med opsjon på 1+1 år": the first term is
  the contract, the rest the options (``option_years`` is set only in this case).
* "4 (2+1+1)": the breakdown in parentheses wins; a total that does not match it gives a warning.
* "2-3 år": the upper value with a warning.
* No fixed length ("løpende", "ubestemt", "inntil videre"), nothing usable ("ingen", "ukjent", 0)
  or an unreasonable length (over 30 years): ``years`` None and a warning that the duration is
  unknown (a contract of unknown length is later valued as monthly value x 48).
* Negative numbers are errors.

``parse_options`` (column "Opsjon", "Opsjoner"): the result is in ``option_years`` (``years``
stays None). "1+1" = 2, "2x1" = 2, "2 år" = 2, "12 mnd" = 1, "opsjon 1+1" = 2; "0", "ingen",
"nei", "-", "—" = 0; "ja" = None with a warning (the length is not given).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Final

from kommunesamarbeid.core.problems import Severity, quote_value
from kommunesamarbeid.core.sheet import CellValue

__all__ = ["MAX_TEXT_LENGTH", "MAX_YEARS", "ParsedTerm", "parse_contract_years", "parse_options"]

#: Longer contract periods or options than this are taken to be a mistake.
MAX_YEARS: Final = 30.0

#: Longer texts are not read (and cannot make the parser slow).
MAX_TEXT_LENGTH: Final = 100

UNKNOWN_DURATION: Final = "varigheten regnes som ukjent (verdien beregnes da som månedsverdi × 48)"


@dataclass(frozen=True, slots=True)
class ParsedTerm:
    """Years of contract and of options (None when unknown) and at most one problem."""

    years: float | None
    option_years: float | None = None
    problem: str | None = None
    severity: Severity | None = None


_SPACES: Final = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\t\r\n"), " ")
_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")

_HALF_RE: Final = re.compile(r"\b(?:et|ett|eit|eitt|ei|en)\s+halvt\b|\bhalvt\b")
_NUMBER_WORDS: Final[dict[str, str]] = {
    **dict.fromkeys(("en", "ett", "et", "ei", "eitt", "eit"), "1"),
    "to": "2",
    "tre": "3",
    "fire": "4",
    "fem": "5",
    "seks": "6",
    "sju": "7",
    "syv": "7",
    "åtte": "8",
    "ni": "9",
    "ti": "10",
    **dict.fromkeys(("halvannet", "halvanna", "halvtannet"), "1.5"),
}
_NUMBER_WORD_RE: Final = re.compile(
    r"(?<![\w.])(" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")(?![\w])"
)
_YEAR_UNITS: Final = ("years", "year", "året", "års", "år", "aar", "y")
_MONTH_UNITS: Final = ("måneder", "månader", "måneds", "måned", "månad", "months", "month")
_MONTH_UNITS_SHORT: Final = ("mnd", "mån", "md", "m")
_UNIT_ALT: Final = "|".join(
    sorted((*_YEAR_UNITS, *_MONTH_UNITS, *_MONTH_UNITS_SHORT), key=len, reverse=True)
)
_NUM: Final = r"\d+(?:\.\d+)?"
_TERM_RE: Final = re.compile(
    rf"(?P<a>{_NUM})\s*(?:[x×*]\s*(?P<b>{_NUM}))?\s*(?:(?P<unit>{_UNIT_ALT})\b\.?)?"
)
_RANGE_RE: Final = re.compile(
    rf"(?P<low>{_NUM})\s*-\s*(?P<high>{_NUM})\s*(?:(?P<unit>{_UNIT_ALT})\b\.?)?"
)
_OPTION_WORD_RE: Final = re.compile(
    r"(?:\bmed\s+)?\b(?:opsjon(?:er|ar|en|ane|ene)?|options?|forlengelse|forlenging|"
    r"forlengelser|fornyelse)\b(?:\s+(?:på|om|til))?(?:\s+inntil)?"
)
_FILLER_RE: Final = re.compile(r"\b(?:ca|cirka|inntil|totalt)\b\.?")
_PLUS_WORD_RE: Final = re.compile(r"\b(?:pluss|og)\b")
_PAREN_RE: Final = re.compile(r"(?P<total>[^()]*)\((?P<inner>[^()]*)\)\s*(?P<after>[^()]*)")
_NO_LENGTH_WORDS: Final = frozenset(
    {
        "løpende",
        "løpande",
        "ubestemt",
        "tidsubestemt",
        "ubegrenset",
        "inntil videre",
        "evigvarende",
        "uten sluttdato",
        "ingen sluttdato",
    }
)
_NONE_WORDS: Final = frozenset(
    {
        "0",
        "ingen",
        "nei",
        "no",
        "none",
        "-",
        "--",
        "uten",
        "ingen opsjon",
        "ingen opsjoner",
        "uten opsjon",
        "uten opsjoner",
        "ikke opsjon",
        "ikkje",
        "inga",
        "n/a",
        "na",
        "0 år",
    }
)
_YES_WORDS: Final = frozenset({"ja", "yes", "x", "opsjon", "opsjoner", "med opsjon"})


def _normalise(text: str) -> str:
    text = text.translate(_SPACES).translate(_DASHES).replace("\u200b", "").lower()
    text = " ".join(text.split())
    text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    text = _PLUS_WORD_RE.sub(" + ", text)
    text = _HALF_RE.sub("0.5", text)
    return _NUMBER_WORD_RE.sub(lambda m: _NUMBER_WORDS[m.group(1)], text)


def _unit_factor(unit: str | None) -> float | None:
    if not unit:
        return None
    if unit in _YEAR_UNITS:
        return 1.0
    return 1 / 12


class _Unreadable(Exception):
    pass


def _terms(text: str) -> list[float]:
    """A sum of terms ("2+1+1 år", "1 år + 1 år", "2x1", "24 mnd") as years per term."""
    raw: list[tuple[float, float | None]] = []
    for part in text.split("+"):
        part = part.strip(" .,;:")
        if not part:
            continue
        match = _TERM_RE.fullmatch(part)
        if not match:
            raise _Unreadable
        amount = float(match["a"]) * (float(match["b"]) if match["b"] else 1.0)
        raw.append((amount, _unit_factor(match["unit"])))
    if not raw:
        raise _Unreadable
    result: list[float] = []
    for index, (amount, factor) in enumerate(raw):
        if factor is None:
            later = [f for _, f in raw[index + 1 :] if f is not None]
            earlier = [f for _, f in raw[:index] if f is not None]
            factor = later[0] if later else (earlier[-1] if earlier else 1.0)
        result.append(round(amount * factor, 9))
    return result


def _negative(value: CellValue) -> ParsedTerm:
    return ParsedTerm(
        None,
        None,
        f"Negativ varighet «{quote_value(value)}»: antall år kan ikke være negativt.",
        "error",
    )


def _unknown_duration(value: CellValue, why: str) -> ParsedTerm:
    return ParsedTerm(
        None, None, f"Avtaleperioden «{quote_value(value)}» {why}; {UNKNOWN_DURATION}.", "warning"
    )


def _unreadable_years(value: CellValue) -> ParsedTerm:
    return _unknown_duration(value, "kan ikke leses (skriv f.eks. 2 år, 24 mnd eller 2+1+1)")


def _check_length(years: float, value: CellValue) -> ParsedTerm | None:
    if years < 0:
        return _negative(value)
    if years > MAX_YEARS:
        return _unknown_duration(value, f"er urimelig lang (over {MAX_YEARS:g} år)")
    return None


def parse_contract_years(value: CellValue) -> ParsedTerm:
    """Read one cell as the contract period in years (see the module docstring)."""
    if value is None:
        return ParsedTerm(None)
    if isinstance(value, bool | dt.datetime | dt.date | dt.time):
        return _unreadable_years(value)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return _unreadable_years(value)
        years = float(value)
        problem = _check_length(years, value)
        if problem is not None:
            return problem
        if years == 0:
            return _unknown_duration(value, "er 0 år")
        return ParsedTerm(years)
    text = _normalise(value)
    if not text:
        return ParsedTerm(None)
    if len(text) > MAX_TEXT_LENGTH:
        return _unreadable_years(value)
    try:
        return _contract_from_text(text, value)
    except (_Unreadable, ValueError, OverflowError):
        return _unreadable_years(value)


def _contract_from_text(text: str, value: str) -> ParsedTerm:
    if text.strip(" .") in _NO_LENGTH_WORDS:
        return _unknown_duration(value, "har ingen fast lengde")
    if re.match(r"^-\s*\d", text):
        return _negative(value)
    if not any(c.isdigit() for c in text):
        return _unknown_duration(value, "oppgir ingen lengde")
    text = _FILLER_RE.sub(" ", text)
    text = " ".join(text.split())

    range_match = _RANGE_RE.fullmatch(text)
    if range_match:
        factor = _unit_factor(range_match["unit"]) or 1.0
        high = round(max(float(range_match["low"]), float(range_match["high"])) * factor, 9)
        problem = _check_length(high, value)
        if problem is not None:
            return problem
        return ParsedTerm(
            high,
            None,
            f"Avtaleperioden «{quote_value(value)}» er et intervall; bruker den lengste, "
            f"{high:g} år.",
            "warning",
        )

    paren = _PAREN_RE.fullmatch(text)
    stated_total: float | None = None
    if paren:
        total_text, inner, after = paren["total"].strip(), paren["inner"], paren["after"]
        if after.strip(" ."):
            raise _Unreadable
        if total_text:
            stated = _terms(total_text)
            if len(stated) != 1:
                raise _Unreadable
            stated_total = stated[0]
        text = inner

    has_option_word = bool(_OPTION_WORD_RE.search(text))
    text = _OPTION_WORD_RE.sub(" + ", text)
    parts = _terms(text)
    years = parts[0]
    option_years: float | None = round(sum(parts[1:]), 9) if len(parts) > 1 else None
    for amount in (years, option_years):
        if amount is not None:
            problem = _check_length(amount, value)
            if problem is not None:
                return problem
    if years == 0:
        return _unknown_duration(value, "er 0 år")
    notes: list[str] = []
    if has_option_word and option_years is None:
        notes.append(
            f"Avtaleperioden «{quote_value(value)}» nevner opsjon, men ikke hvor lang; "
            "opsjonen telles ikke med."
        )
    full = years + (option_years or 0.0)
    if stated_total is not None and abs(stated_total - full) > 1e-6:
        notes.append(
            f"Avtaleperioden «{quote_value(value)}»: summen {full:g} år stemmer ikke med "
            f"{stated_total:g} år; bruker oppdelingen i parentes."
        )
    if notes:
        return ParsedTerm(years, option_years, " ".join(notes), "warning")
    return ParsedTerm(years, option_years)


# --- options -----------------------------------------------------------------------------


def _unreadable_options(value: CellValue) -> ParsedTerm:
    return ParsedTerm(
        None,
        None,
        f"Kunne ikke lese opsjonen «{quote_value(value)}»; skriv f.eks. 1+1, 2 år eller ingen. "
        "Opsjonen telles ikke med.",
        "warning",
    )


def _check_options(option_years: float, value: CellValue) -> ParsedTerm:
    if option_years < 0:
        return ParsedTerm(
            None,
            None,
            f"Negativ opsjon «{quote_value(value)}»: antall år kan ikke være negativt.",
            "error",
        )
    if option_years > MAX_YEARS:
        return ParsedTerm(
            None,
            None,
            f"Opsjonen «{quote_value(value)}» er urimelig lang (over {MAX_YEARS:g} år); "
            "opsjonen telles ikke med.",
            "warning",
        )
    return ParsedTerm(None, option_years)


def parse_options(value: CellValue) -> ParsedTerm:
    """Read one cell as the option years (in ``option_years``; see the module docstring)."""
    if value is None:
        return ParsedTerm(None)
    if isinstance(value, bool | dt.datetime | dt.date | dt.time):
        return _unreadable_options(value)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return _unreadable_options(value)
        return _check_options(float(value), value)
    text = _normalise(value)
    if not text:
        return ParsedTerm(None)
    if len(text) > MAX_TEXT_LENGTH:
        return _unreadable_options(value)
    bare = text.strip(" .")
    if bare in _NONE_WORDS:
        return ParsedTerm(None, 0.0)
    if bare in _YES_WORDS:
        return ParsedTerm(
            None,
            None,
            f"Opsjon er oppgitt («{quote_value(value)}»), men ikke hvor lang; "
            "opsjonen telles ikke med.",
            "warning",
        )
    if re.match(r"^-\s*\d", text):
        return _check_options(-1.0, value)
    try:
        text = _FILLER_RE.sub(" ", text)
        text = _OPTION_WORD_RE.sub(" + ", text)
        parts = _terms(text)
    except (_Unreadable, ValueError, OverflowError):
        return _unreadable_options(value)
    return _check_options(round(sum(parts), 9), value)
