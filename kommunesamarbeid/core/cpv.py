"""CPV codes (Common Procurement Vocabulary) in every written form, and their hierarchy.

The 8-digit code is the key. The check digit is kept as written and never checked: the official
list is not consistent with any single formula. ``parse_cpv`` never raises on bad input.

Written forms read (tested in tests/core/test_cpv.py): "90620000", "90620000-9", "9062 0000",
"9062-0000", "90.62.00.00", "90620000 Snørydding", "90620000-9 Snørydding", "CPV 90620000",
"Snørydding (90620000)", int 90620000 and float 90620000.0. A seven-digit number (int or text)
is a code whose leading zero Excel dropped: 9310000 is "09310000". With several codes
("90620000, 90630000") the first is used, with a warning.

A cell holding only punctuation ("-", "?") counts as empty. Refused with a warning (the line
keeps going without CPV, and any text is kept as the label): anything that is not 8 digits after
removing spaces, dots and a trailing "-D", and 8-digit codes whose division (first two digits) is
not a CPV division.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from typing import Final, Literal

from kommunesamarbeid.core.problems import Severity, quote_value
from kommunesamarbeid.core.sheet import CellValue

__all__ = [
    "KIND_LABELS_NO",
    "LEVEL_LABELS_NO",
    "VALID_DIVISIONS",
    "CpvKind",
    "CpvLevel",
    "ParsedCpv",
    "category",
    "cpv_class",
    "division",
    "group",
    "is_code8",
    "kind",
    "parse_cpv",
    "shared_prefix_level",
    "significant_digits",
]

CpvKind = Literal["supplies", "works", "services"]
CpvLevel = Literal["category", "class", "group", "division"]

#: The 45 divisions of CPV 2008.
_DIVISION_LIST: Final = (
    "03 09 14 15 16 18 19 22 24 30 31 32 33 34 35 37 38 39 41 42 43 44 45 48 50 51 55 60 63 64 "
    "65 66 70 71 72 73 75 76 77 79 80 85 90 92 98"
)
VALID_DIVISIONS: Final = frozenset(_DIVISION_LIST.split(" "))

#: Norwegian names of the levels, for the user.
LEVEL_LABELS_NO: Final[dict[CpvLevel, str]] = {
    "division": "avdeling",
    "group": "gruppe",
    "class": "klasse",
    "category": "kategori",
}
#: Norwegian names of the kinds of contract, for the user.
KIND_LABELS_NO: Final[dict[CpvKind, str]] = {
    "supplies": "varer",
    "works": "bygge- og anleggsarbeid",
    "services": "tjenester",
}

#: Digits of each level, deepest first.
_LEVEL_DIGITS: Final[tuple[tuple[CpvLevel, int], ...]] = (
    ("category", 5),
    ("class", 4),
    ("group", 3),
    ("division", 2),
)


@dataclass(frozen=True, slots=True)
class ParsedCpv:
    """A CPV cell read: the 8-digit code (None when absent or invalid), the check digit and the
    label as written, the written text itself, and at most one problem for the user."""

    code8: str | None
    check_digit: str | None = None
    label: str | None = None
    written: str = ""
    problem: str | None = None
    severity: Severity | None = None


# --- parsing ---------------------------------------------------------------------------

_SPACES: Final = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\t\r\n"), " ")
_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")

#: One code: 8 digits, grouped by single spaces or dots in pairs or halves, or 7 bare digits.
_CODE_RE: Final = re.compile(
    r"(?<![\d.,-])"
    r"(?P<code>\d{2}(?:[ .]?\d{2}){3}|\d{4}-\d{4}|\d{7})"
    r"(?:\s*-\s*(?P<check>\d)(?!\d))?"
    r"(?![\d])",
    re.ASCII,
)
_PREFIX_RE: Final = re.compile(r"^\s*cpv(?:-?kode)?\s*(?:nr\.?)?\s*[:.#-]?\s*", re.IGNORECASE)
_LABEL_STRIP: Final = " \t-–—:;,./"


def _invalid(written: str, reason: str, label: str | None = None) -> ParsedCpv:
    return ParsedCpv(
        None,
        None,
        label,
        written,
        f"Ugyldig CPV-kode «{quote_value(written)}»: {reason}; linjen får ingen CPV.",
        "warning",
    )


_NOT_EIGHT: Final = "en CPV-kode har 8 siffer, f.eks. 90620000 eller 90620000-9"


def _with_division_check(
    code8: str,
    check: str | None,
    label: str | None,
    written: str,
    problem: str | None = None,
) -> ParsedCpv:
    if code8[:2] not in VALID_DIVISIONS:
        return _invalid(written, f"«{code8[:2]}» er ingen CPV-avdeling", label)
    return ParsedCpv(
        code8, check, label, written, problem, "warning" if problem is not None else None
    )


def _clean_label(text: str) -> str | None:
    """The text around a code as a label: "Snørydding (90620000)" -> "Snørydding"."""
    label = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    label = " ".join(label.split()).strip(_LABEL_STRIP)
    if label.startswith("(") and label.endswith(")") and label.count("(") == 1:
        label = label[1:-1].strip(_LABEL_STRIP)
    if label.count("(") < label.count(")") and label.endswith(")"):
        label = label[:-1].strip(_LABEL_STRIP)
    if label.count("(") > label.count(")") and label.startswith("("):
        label = label[1:].strip(_LABEL_STRIP)
    return label if any(c.isalpha() for c in label) else None


def parse_cpv(value: CellValue) -> ParsedCpv:
    """Read one cell as a CPV code (see the module docstring for the forms)."""
    if value is None:
        return ParsedCpv(None)
    if isinstance(value, bool | dt.datetime | dt.date | dt.time):
        return _invalid(str(value), _NOT_EIGHT)
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            return _invalid(repr(value), _NOT_EIGHT)
        value = int(value)
    if isinstance(value, int):
        written = str(value)
        if value < 0 or len(written) not in (7, 8):
            return _invalid(written, _NOT_EIGHT)
        return _with_division_check(written.zfill(8), None, None, written)
    return _parse_text(value)


def _parse_text(value: str) -> ParsedCpv:
    written = value.strip()
    text = written.translate(_SPACES).translate(_DASHES)
    if not text.strip():
        return ParsedCpv(None)
    if not any(c.isalnum() for c in text):
        # a placeholder such as "-" or "?": nothing written
        return ParsedCpv(None, written=written)
    text = _PREFIX_RE.sub("", text, count=1)
    matches = list(_CODE_RE.finditer(text))
    if not matches:
        return _invalid(written, _NOT_EIGHT, _clean_label(text))
    first = matches[0]
    code8 = re.sub(r"[ .-]", "", first["code"]).zfill(8)
    check = first["check"]
    if len(matches) > 1:
        label = _clean_label(text[first.end() : matches[1].start()])
        problem = f"Flere CPV-koder i «{quote_value(written)}»; bare den første ({code8}) brukes."
        return _with_division_check(code8, check, label, written, problem)
    label = _clean_label(text[: first.start()] + " " + text[first.end() :])
    return _with_division_check(code8, check, label, written)


# --- hierarchy -------------------------------------------------------------------------


def is_code8(code: str) -> bool:
    """True for exactly eight ASCII digits."""
    return len(code) == 8 and code.isascii() and code.isdigit()


def _require(code8: str) -> str:
    if not is_code8(code8):
        raise ValueError(f"Ikke en 8-sifret CPV-kode: {code8!r}")
    return code8


def significant_digits(code8: str) -> int:
    """Digits before the trailing zeros, at least 2: "90620000" -> 4, "45000000" -> 2."""
    return max(2, len(_require(code8).rstrip("0")))


def division(code8: str) -> str:
    """The division (avdeling): the first 2 digits."""
    return _require(code8)[:2]


def group(code8: str) -> str:
    """The group (gruppe): the first 3 digits."""
    return _require(code8)[:3]


def cpv_class(code8: str) -> str:
    """The class (klasse): the first 4 digits."""
    return _require(code8)[:4]


def category(code8: str) -> str:
    """The category (kategori): the first 5 digits."""
    return _require(code8)[:5]


def kind(code8: str) -> CpvKind:
    """Supplies (divisions 03-44 and 48), works (45) or services (50-98)."""
    div = division(code8)
    if div not in VALID_DIVISIONS:
        raise ValueError(f"Ikke en CPV-avdeling: {div!r}")
    number = int(div)
    if number == 45:
        return "works"
    if number <= 44 or number == 48:
        return "supplies"
    return "services"


def shared_prefix_level(a: str, b: str) -> CpvLevel | None:
    """The deepest level both codes share, counting only levels specified in both codes.

    "90620000" and "90630000" share the group 906; "90000000" and "90620000" only the division;
    "90620000" and "90620000" the class (neither specifies a category).
    """
    depth = min(significant_digits(a), significant_digits(b))
    for level, digits in _LEVEL_DIGITS:
        if digits <= depth and a[:digits] == b[:digits]:
            return level
    return None
