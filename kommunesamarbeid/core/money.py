"""Amounts in NOK formatted for people: "1 250 000 kr", "1,3 mill. kr".

Plain ASCII spaces group thousands (they survive every font and CSV export), "–" stands for an
unknown amount and negative amounts get an ASCII minus sign.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Final

__all__ = ["UNKNOWN", "format_nok", "format_nok_short"]

#: Shown for an unknown amount.
UNKNOWN: Final = "–"


def _group(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def format_nok(amount: int | None, *, unit: bool = True) -> str:
    """1250000 -> "1 250 000 kr" ("1 250 000" with ``unit=False``); None -> "–"."""
    if amount is None:
        return UNKNOWN
    sign = "-" if amount < 0 else ""
    text = sign + _group(abs(amount))
    return f"{text} kr" if unit else text


def _one_decimal(number: Decimal) -> str:
    rounded = number.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    whole, _, tenth = f"{rounded:f}".partition(".")
    text = _group(int(whole))
    return text if tenth in ("", "0") else f"{text},{tenth}"


def format_nok_short(amount: int | None, *, unit: bool = True) -> str:
    """Short form for large amounts: 1250000 -> "1,3 mill. kr", 2000000000 -> "2 mrd. kr".

    One decimal, rounded half up, ",0" left out; from 999,95 mill. on in milliards. Amounts below
    one million are written in full ("450 000 kr"). None -> "–".
    """
    if amount is None:
        return UNKNOWN
    sign = "-" if amount < 0 else ""
    size = abs(amount)
    if size < 1_000_000:
        return format_nok(amount, unit=unit)
    millions = (Decimal(size) / Decimal(1_000_000)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if millions >= 1000:
        text = _one_decimal(Decimal(size) / Decimal(1_000_000_000)) + " mrd."
    else:
        text = _one_decimal(Decimal(size) / Decimal(1_000_000)) + " mill."
    text = sign + text
    return f"{text} kr" if unit else text
