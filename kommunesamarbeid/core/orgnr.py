"""Organisasjonsnummer (Brønnøysundregistrene) and kommunenummer.

An organisasjonsnummer has 9 digits; the last is a modulus 11 check digit over the first eight
with the weights 3, 2, 7, 6, 5, 4, 3, 2: remainder 0 gives check digit 0, remainder 1 (check
digit 10) means the number cannot exist, otherwise the check digit is 11 - remainder.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Final

from kommunesamarbeid.core.sheet import CellValue

__all__ = ["ORGNR_WEIGHTS", "is_valid_orgnr", "normalise_kommunenummer", "normalise_orgnr"]

ORGNR_WEIGHTS: Final = (3, 2, 7, 6, 5, 4, 3, 2)

_SPACE_RE: Final = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
#: "NO 974 760 673 MVA" (the VAT register form) is accepted too.
_VAT_FORM_RE: Final = re.compile(r"(?:no)?(?P<digits>\d{9})(?:mva)?", re.IGNORECASE | re.ASCII)


def _as_text(value: CellValue) -> str | None:
    if value is None or isinstance(value, bool | dt.date | dt.time):
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return None
        value = int(value)
    if isinstance(value, int):
        return str(value) if value >= 0 else None
    return value


def normalise_orgnr(text: CellValue) -> str | None:
    """The 9 digits of an organisasjonsnummer ("974 760 673" -> "974760673"), or None.

    Only the form is checked here; ``is_valid_orgnr`` also checks the check digit.
    """
    raw = _as_text(text)
    if raw is None:
        return None
    compact = _SPACE_RE.sub("", raw)
    match = _VAT_FORM_RE.fullmatch(compact)
    return match["digits"] if match else None


def is_valid_orgnr(text: CellValue) -> bool:
    """True when the value is a 9-digit organisasjonsnummer with a correct check digit."""
    digits = normalise_orgnr(text)
    if digits is None:
        return False
    remainder = sum(int(d) * w for d, w in zip(digits, ORGNR_WEIGHTS, strict=False)) % 11
    if remainder == 1:
        return False
    check = 0 if remainder == 0 else 11 - remainder
    return check == int(digits[8])


def normalise_kommunenummer(value: CellValue) -> str | None:
    """A kommunenummer as 4 digits ("301" and 301 -> "0301"), or None.

    A name after the number is allowed ("0301 Oslo"). "0000" and numbers of other lengths are
    not kommunenummer.
    """
    raw = _as_text(value)
    if raw is None:
        return None
    match = re.fullmatch(r"(\d{3,4})(?:\s+\D.*)?", raw.translate({0xA0: " "}).strip(), re.ASCII)
    if not match:
        return None
    number = match.group(1).zfill(4)
    return None if number == "0000" else number
