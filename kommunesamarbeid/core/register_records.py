"""Rows of Enhetsregisteret's bulk files as the local-market counts need them.

The files come in several forms (CSV with dotted headers, JSON with nested objects, XLSX with
human-readable headers such as "Næringskode 1") and their column set grows over time, so a
column is found by its **name**, never its position: a header is normalised (case, spaces, dots
and Norwegian letters) and looked up among the known spellings of each field. The enheter file
writes ``registrertIMvaRegisteret`` and the underenheter file ``registrertIMvaregisteret``: the
normalised names are the same.

Each row becomes a plain tuple for the database, or the reason it is left out:

underenheter (``unit_record``)
    ``(orgnr, parent_orgnr, kommunenummer, industry1, industry2, industry3, has_staff,
    employees)``. Left out: units of non-business entities (organisasjonsform AAFY), closed
    units (a ``nedleggelsesdato``), head-office support units (a ``hjelpeenhetskode``) and units
    without a location in a Norwegian municipality. ``harRegistrertAntallAnsatte`` true with an
    empty ``antallAnsatte`` means 1–4 employees (the register withholds small counts): such a
    unit *has staff*, its number is unknown.

enheter (``parent_record``)
    ``(orgnr, legal_form, bankrupt, liquidating, kommunenummer, maalform, name)``. Bankruptcy
    and liquidation exist only here (on the parent). The name of a sole proprietorship (ENK) is
    a person's name and is not kept (NLOD excludes personal data).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Final

from kommunesamarbeid.core.supplier_mapping import parse_industry_code

__all__ = [
    "Field",
    "FieldIndex",
    "RegisterKind",
    "normalise_header",
    "parent_record",
    "parse_flag",
    "parse_register_date",
    "unit_record",
]


class RegisterKind(StrEnum):
    UNITS = "underenheter"
    PARENTS = "enheter"


class Field(StrEnum):
    ORGNR = "orgnr"
    NAME = "name"
    FORM = "form"
    CODE1 = "code1"
    CODE2 = "code2"
    CODE3 = "code3"
    AUXILIARY = "auxiliary"
    HAS_STAFF = "has_staff"
    EMPLOYEES = "employees"
    LOCATION = "location"
    SEAT = "seat"
    PARENT = "parent"
    CLOSED = "closed"
    REGISTERED = "registered"
    BANKRUPT = "bankrupt"
    LIQUIDATING = "liquidating"
    DISSOLVING = "dissolving"
    MAALFORM = "maalform"


_TRANSLATE: Final = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e"})
_NOT_ALNUM: Final = re.compile(r"[^0-9a-z]+")


def normalise_header(text: str) -> str:
    """ "Næringskode 1" → "naeringskode1"; "registrertIMvaRegisteret" → "registrertimvaregisteret"."""
    return _NOT_ALNUM.sub("", text.casefold().translate(_TRANSLATE))


#: The spellings of each field, normalised. CSV/JSON use dotted camelCase names
#: ("naeringskode1.kode"), the spreadsheet download human-readable ones ("Næringskode 1").
_ALIASES: Final[dict[Field, tuple[str, ...]]] = {
    Field.ORGNR: ("organisasjonsnummer", "orgnr"),
    Field.NAME: ("navn",),
    Field.FORM: ("organisasjonsformkode", "organisasjonsform"),
    Field.CODE1: ("naeringskode1kode", "naeringskode1"),
    Field.CODE2: ("naeringskode2kode", "naeringskode2"),
    Field.CODE3: ("naeringskode3kode", "naeringskode3"),
    Field.AUXILIARY: ("hjelpeenhetskodekode", "hjelpeenhetskode"),
    Field.HAS_STAFF: ("harregistrertantallansatte",),
    Field.EMPLOYEES: ("antallansatte",),
    Field.LOCATION: ("beliggenhetsadressekommunenummer",),
    Field.SEAT: ("forretningsadressekommunenummer",),
    Field.PARENT: ("overordnetenhet", "overordnetenhetsorganisasjonsnummer"),
    Field.CLOSED: ("nedleggelsesdato",),
    Field.REGISTERED: ("registreringsdatoienhetsregisteret", "registreringsdatoenhetsregisteret"),
    Field.BANKRUPT: ("konkurs",),
    Field.LIQUIDATING: ("underavvikling",),
    Field.DISSOLVING: ("undertvangsavviklingellertvangsopplosning",),
    Field.MAALFORM: ("maalform",),
}
_BY_ALIAS: Final = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}

#: The fields each kind of row is built from (the rest of a file is never decoded).
USED: Final[dict[RegisterKind, frozenset[Field]]] = {
    RegisterKind.UNITS: frozenset(
        {
            Field.ORGNR,
            Field.FORM,
            Field.CODE1,
            Field.CODE2,
            Field.CODE3,
            Field.AUXILIARY,
            Field.HAS_STAFF,
            Field.EMPLOYEES,
            Field.LOCATION,
            Field.PARENT,
            Field.CLOSED,
            Field.REGISTERED,
        }
    ),
    RegisterKind.PARENTS: frozenset(
        {
            Field.ORGNR,
            Field.NAME,
            Field.FORM,
            Field.SEAT,
            Field.BANKRUPT,
            Field.LIQUIDATING,
            Field.DISSOLVING,
            Field.MAALFORM,
            Field.REGISTERED,
        }
    ),
}
#: Fields a file of each kind cannot be counted without.
REQUIRED: Final[dict[RegisterKind, tuple[Field, ...]]] = {
    RegisterKind.UNITS: (Field.ORGNR, Field.CODE1, Field.LOCATION, Field.PARENT),
    RegisterKind.PARENTS: (Field.ORGNR, Field.FORM),
}
#: Fields whose absence makes a count less exact (named in a warning).
EXPECTED: Final[dict[RegisterKind, tuple[Field, ...]]] = {
    RegisterKind.UNITS: (Field.FORM, Field.HAS_STAFF, Field.EMPLOYEES, Field.CLOSED),
    RegisterKind.PARENTS: (Field.BANKRUPT, Field.LIQUIDATING, Field.DISSOLVING),
}
FIELD_LABELS: Final[dict[Field, str]] = {
    Field.ORGNR: "organisasjonsnummer",
    Field.FORM: "organisasjonsform.kode",
    Field.CODE1: "naeringskode1.kode",
    Field.HAS_STAFF: "harRegistrertAntallAnsatte",
    Field.EMPLOYEES: "antallAnsatte",
    Field.LOCATION: "beliggenhetsadresse.kommunenummer",
    Field.PARENT: "overordnetEnhet",
    Field.CLOSED: "nedleggelsesdato",
    Field.BANKRUPT: "konkurs",
    Field.LIQUIDATING: "underAvvikling",
    Field.DISSOLVING: "underTvangsavviklingEllerTvangsopplosning",
}


@dataclass(slots=True)
class FieldIndex:
    """Where each known field is in a row (by position); unknown columns are ignored."""

    positions: dict[Field, int] = field(default_factory=dict)

    @classmethod
    def from_headers(cls, headers: Sequence[str]) -> FieldIndex:
        positions: dict[Field, int] = {}
        for index, header in enumerate(headers):
            found = _BY_ALIAS.get(normalise_header(header))
            if found is not None and found not in positions:
                positions[found] = index
        return cls(positions)

    def kind(self) -> RegisterKind | None:
        """Which file this is: only enheter have bankruptcy (and a legal seat), only
        underenheter a location (beliggenhetsadresse)."""
        if Field.BANKRUPT in self.positions or Field.SEAT in self.positions:
            return RegisterKind.PARENTS
        if Field.LOCATION in self.positions or Field.PARENT in self.positions:
            return RegisterKind.UNITS
        return None

    def for_kind(self) -> FieldIndex:
        """Only the fields its kind of row is built from (unused columns are never decoded)."""
        kind = self.kind()
        if kind is None:
            return self
        return FieldIndex({f: i for f, i in self.positions.items() if f in USED[kind]})

    def missing(self, fields: Sequence[Field]) -> list[Field]:
        return [f for f in fields if f not in self.positions]

    def width(self) -> int:
        return max(self.positions.values(), default=-1) + 1

    def __contains__(self, item: Field) -> bool:
        return item in self.positions


_TRUE: Final = frozenset({"true", "ja", "j", "1", "x", "yes", "sann"})


def parse_flag(value: object) -> bool:
    """ "true", "ja", True, 1 → True; everything else (empty included) → False."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value == 1
    return str(value).strip().casefold() in _TRUE


_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NO_DATE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_register_date(value: object) -> dt.date | None:
    """ "2024-05-01", "01.05.2024", a date or datetime → a date; anything else → None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = _ISO_DATE.match(text)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = _NO_DATE.match(text)
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def _orgnr(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, int):
        return value if 0 < value < 1_000_000_000 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and 0 < value < 1e9 else None
    text = str(value).strip().replace(" ", "")
    if len(text) == 9 and text.isdigit():
        return int(text)
    return None


def _municipality(value: object) -> str | None:
    """ "0301", "301", 301 or 301.0 (Excel drops the leading zero) → "0301"."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if len(text) in (3, 4) and text.isdigit() and text != "000" and text != "0000":
        return text.zfill(4)
    return None


def _employees(value: object) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(float(str(value).strip().replace(" ", "")))
    except ValueError:
        return None
    return number if number >= 0 else None


#: How the spreadsheet download may write organisasjonsform: the code, or its description.
_FORM_WORDS: Final[Mapping[str, str]] = {
    "enkeltpersonforetak": "ENK",
    "underenhet til ikke-næringsdrivende": "AAFY",
    "underenhet til næringsdrivende og offentlig forvaltning": "BEDR",
}


def _form(value: object) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) <= 5:
        return text.upper()
    return _FORM_WORDS.get(text.casefold(), text[:10].upper())


Cells = Sequence[object]
UnitRow = tuple[int, int | None, str, int | None, int | None, int | None, bool, int | None]
ParentRow = tuple[int, str, bool, bool, str | None, str | None, str | None]


def _get(row: Cells, index: FieldIndex, name: Field) -> object:
    position = index.positions.get(name)
    if position is None or position >= len(row):
        return None
    value = row[position]
    return None if value == "" else value


def unit_record(row: Cells, index: FieldIndex) -> UnitRow | str:
    """An underenhet as a database row, or why it is left out ("aafy", "closed", …)."""
    orgnr = _orgnr(_get(row, index, Field.ORGNR))
    if orgnr is None:
        return "invalid"
    if _form(_get(row, index, Field.FORM)) == "AAFY":
        return "aafy"
    if _get(row, index, Field.CLOSED) is not None:
        return "closed"
    if _get(row, index, Field.AUXILIARY) is not None:
        return "auxiliary"
    municipality = _municipality(_get(row, index, Field.LOCATION))
    if municipality is None:
        return "no_municipality"
    employees = _employees(_get(row, index, Field.EMPLOYEES))
    if Field.HAS_STAFF in index:
        has_staff = parse_flag(_get(row, index, Field.HAS_STAFF))
    else:  # older files: only the number, so 1–4 employees look like none
        has_staff = bool(employees)
    if employees is not None and employees > 0:
        has_staff = True
    return (
        orgnr,
        _orgnr(_get(row, index, Field.PARENT)),
        municipality,
        parse_industry_code(_get(row, index, Field.CODE1)),
        parse_industry_code(_get(row, index, Field.CODE2)),
        parse_industry_code(_get(row, index, Field.CODE3)),
        has_staff,
        employees,
    )


def parent_record(row: Cells, index: FieldIndex) -> ParentRow | str:
    """An enhet as a database row, or why it is left out ("invalid")."""
    orgnr = _orgnr(_get(row, index, Field.ORGNR))
    if orgnr is None:
        return "invalid"
    form = _form(_get(row, index, Field.FORM))
    liquidating = parse_flag(_get(row, index, Field.LIQUIDATING)) or parse_flag(
        _get(row, index, Field.DISSOLVING)
    )
    name = _get(row, index, Field.NAME)
    maalform = _get(row, index, Field.MAALFORM)
    return (
        orgnr,
        form[:10],
        parse_flag(_get(row, index, Field.BANKRUPT)),
        liquidating,
        _municipality(_get(row, index, Field.SEAT)),
        str(maalform).strip()[:10] if maalform is not None else None,
        None if form == "ENK" or name is None else " ".join(str(name).split())[:300],
    )


def row_date(row: Cells, index: FieldIndex) -> dt.date | None:
    """The registration date of a row (the newest one in a file dates the file)."""
    return parse_register_date(_get(row, index, Field.REGISTERED))
