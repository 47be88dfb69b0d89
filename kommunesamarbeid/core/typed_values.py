"""Values a person types (on the command line or in a field), read the Norwegian way.

Each reader takes the text as typed and returns the value, or raises ``BadValueError`` whose
message names the field, quotes the text and gives an example of what works. An empty text
means "no value" (``None``) wherever a field may be empty.

* dates: ``01.03.2027``, ``1.3.27``, ``1/3-2027``, ``2027-03-01`` (one day, not a period)
* amounts in kroner: ``1 250 000``, ``1.250.000``, ``kr 450 000,-``, ``1,25 mill``
* years: ``2``, ``2,5``, ``to``, ``to år``, ``18 mnd``
* percent: ``30``, ``30 %``, ``27,5``
* yes/no: ``ja``/``nei`` (also ``j``/``n``, ``true``/``false``, ``1``/``0``, ``yes``/``no``)
* a choice (status, mode …) by its code or its Norwegian label, in any case, with or without
  the Norwegian letters (``sendt på høring``, ``sendt_paa_hoering``, ``Sendt paa hoering``)
* a record number (id) within what a database can hold
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, TypeVar

from kommunesamarbeid.core.amounts import parse_amount
from kommunesamarbeid.core.contract_terms import parse_contract_years, parse_options
from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.periods import parse_period

__all__ = [
    "DATE_EXAMPLE",
    "MAX_RECORD_ID",
    "Choice",
    "fold",
    "parse_choice",
    "parse_typed_amount",
    "parse_typed_date",
    "parse_typed_option_years",
    "parse_typed_percent",
    "parse_typed_years",
    "parse_yes_no",
    "record_id",
]

_T = TypeVar("_T")

DATE_EXAMPLE: Final = "en dato som 01.03.2027, 1.3.27 eller 2027-03-01"
AMOUNT_EXAMPLE: Final = "et beløp i kroner som 1 250 000 eller 1,25 mill"
YEARS_EXAMPLE: Final = "et antall år som 2, 2,5 eller to"
OPTIONS_EXAMPLE: Final = "opsjonsår som 2, 1+1 eller ingen"
PERCENT_EXAMPLE: Final = "et tall fra 0 til 100, f.eks. 30 eller 27,5 %"
YES_NO_EXAMPLE: Final = "ja eller nei"

#: The largest record number (id) a database column of type INTEGER holds on every database the
#: program supports (PostgreSQL INTEGER is 32 bits). A larger number cannot be an id.
MAX_RECORD_ID: Final = 2_147_483_647

_YES: Final = frozenset({"ja", "j", "yes", "y", "true", "sann", "1", "x"})
_NO: Final = frozenset({"nei", "n", "no", "false", "usann", "0"})
_PERCENT_RE: Final = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*(?:%|prosent)?\s*$")
_SLASH_DASH_RE: Final = re.compile(r"^(\d{1,2})/(\d{1,2})-(\d{2}|\d{4})$")
_FOLD_TABLE: Final = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "_": " ", "-": " "})


def fold(text: str) -> str:
    """Text as a key for comparing typed words: lower case, æøå spelt out, spaces single.

    «Sendt på høring», «sendt_paa_hoering» and «SENDT PAA HØRING» fold to the same key.
    """
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = text.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")
    text = text.translate(_FOLD_TABLE)
    return " ".join(text.split())


def _bad(label: str, text: str, expected: str, why: str = "") -> BadValueError:
    reason = f": {why}" if why else ""
    return BadValueError(f"{label}: «{text}» kan ikke leses{reason}", expected=expected)


def parse_typed_date(text: str, *, label: str = "Datoen") -> dt.date | None:
    """A day typed as 01.03.2027, 1.3.27 or ISO; ``None`` for an empty text."""
    if not text.strip():
        return None
    if text.strip().isdigit():  # a bare number is no date a person types (nor a serial)
        raise _bad(label, text, DATE_EXAMPLE)
    # «1/3-2027», as letters and forms write dates: day/month-year.
    parsed = parse_period(_SLASH_DASH_RE.sub(r"\1.\2.\3", text.strip()))
    period = parsed.period
    if period is None or parsed.severity == "error":
        raise _bad(label, text, DATE_EXAMPLE)
    if period.start != period.end:
        raise BadValueError(
            f"{label}: «{text}» er en periode "
            f"({period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}), ikke én dag",
            expected=DATE_EXAMPLE,
        )
    return period.start


def parse_typed_amount(text: str, *, label: str = "Beløpet") -> int | None:
    """Whole kroner typed as 1 250 000, 1,25 mill or kr 450 000,-; ``None`` for empty text."""
    if not text.strip():
        return None
    parsed = parse_amount(text.strip())
    if parsed.value is None or parsed.severity == "error":
        raise _bad(label, text, AMOUNT_EXAMPLE)
    return parsed.value


def parse_typed_years(text: str, *, label: str = "Antall år") -> float | None:
    """Years typed as 2, 2,5, to or 18 mnd; ``None`` for empty text (unknown)."""
    if not text.strip():
        return None
    parsed = parse_contract_years(text.strip())
    if parsed.years is None or parsed.severity == "error":
        raise _bad(label, text, YEARS_EXAMPLE)
    if parsed.option_years:
        raise BadValueError(
            f"{label}: «{text}» har opsjoner i seg; skriv bare avtaleperioden her og "
            "opsjonene i feltet for opsjoner",
            expected=YEARS_EXAMPLE,
        )
    return parsed.years


def parse_typed_option_years(text: str, *, label: str = "Opsjoner") -> float | None:
    """Option years typed as 2, 1+1, to år or ingen; ``None`` for empty text."""
    if not text.strip():
        return None
    parsed = parse_options(text.strip())
    if parsed.option_years is None or parsed.severity == "error":
        raise _bad(label, text, OPTIONS_EXAMPLE)
    return parsed.option_years


def parse_typed_percent(text: str, *, label: str = "Prosenten") -> float | None:
    """A percentage 0–100 typed as 30, 30 % or 27,5; ``None`` for empty text."""
    if not text.strip():
        return None
    match = _PERCENT_RE.match(text)
    if match is None:
        raise _bad(label, text, PERCENT_EXAMPLE)
    number = float(match.group(1).replace(",", "."))
    if not math.isfinite(number) or not 0 <= number <= 100:
        raise _bad(label, text, PERCENT_EXAMPLE, "må være mellom 0 og 100")
    return number


def parse_yes_no(text: str, *, label: str = "Verdien") -> bool | None:
    """Yes or no typed as ja/nei (also true/false, 1/0); ``None`` for empty text."""
    word = fold(text)
    if not word:
        return None
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise _bad(label, text, YES_NO_EXAMPLE)


@dataclass(frozen=True, slots=True)
class Choice:
    """One allowed value of a choice: its code, its Norwegian label, and other words for it."""

    code: str
    label: str
    synonyms: tuple[str, ...] = ()


def parse_choice(text: str, choices: Mapping[str, Choice], *, label: str = "Valget") -> str | None:
    """The code of the choice typed as its code, its label or a synonym; None for empty."""
    key = fold(text)
    if not key:
        return None
    for code, choice in choices.items():
        if key in {fold(code), fold(choice.label), *(fold(s) for s in choice.synonyms)}:
            return code
    allowed = ", ".join(
        f"«{c.label.lower()}»" + (f" ({code})" if fold(code) != fold(c.label) else "")
        for code, c in choices.items()
    )
    raise BadValueError(f"{label}: «{text}» er ikke et av valgene", expected=allowed)


def record_id(text: str, *, what: str = "nummer") -> int:
    """A record number (id) as typed: a whole number from 1 up.

    Raises ``ValueError`` for text that is no whole number (wrong use), and ``NotFoundError``
    for a number no record can have (0, or more than the database can store).
    """
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if cleaned.startswith("#"):
        cleaned = cleaned[1:]
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValueError(text)
    number = int(cleaned) if len(cleaned) <= 30 else MAX_RECORD_ID + 1
    if not 1 <= number <= MAX_RECORD_ID:
        shown = cleaned if len(cleaned) <= 30 else cleaned[:27] + "…"
        raise NotFoundError(
            f"Fant ikke {what} {shown}: det finnes ikke så {'høye' if number else 'lave'} numre.",
            hint="Se etter riktig nummer i listen (f.eks. med «--json»).",
        )
    return number
