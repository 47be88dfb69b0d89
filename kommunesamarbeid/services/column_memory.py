"""A user's corrections of the column mapping: applied on top of what was recognised,
remembered per municipality and header, shown, and forgotten on request.

A correction names only the fields it changes (field name -> column letter, or "" for "no
column"); every other field keeps the column the header recognition found. So
``--map description=B --map contract_years=E`` moves two fields and leaves the value, CPV and
date columns where they were. The corrections (not the whole mapping) are what is remembered:
the next import of the same headers for the same municipality applies them again, on top of a
fresh recognition.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kommunesamarbeid.core.columns import FIELD_LABELS, Field, header_signature
from kommunesamarbeid.core.errors import BadValueError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import ColumnMappingMemory
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.municipalities import find_municipality

__all__ = [
    "NO_COLUMN",
    "apply_corrections",
    "check_corrections",
    "column_index",
    "forget_mappings",
    "remember_mapping",
    "remembered_lookup",
    "session_lookup",
]

#: The column "letter" of a field the user took out of the mapping.
NO_COLUMN: Final = ""
#: Words a person types for "no column" (``--map comments=ingen``).
_NO_COLUMN_WORDS: Final = frozenset({"", "-", "ingen", "none", "nei"})

#: Looks up the corrections remembered for a header signature (None when there are none).
Lookup = Callable[[str], dict[str, str] | None]


def column_index(letter: str) -> int:
    """0-based column of an Excel column letter ("A" -> 0, "AA" -> 26)."""
    text = letter.strip().upper()
    if not text.isascii() or not text.isalpha() or len(text) > 3:
        raise BadValueError(
            "Ugyldig kolonnebokstav i kolonnetilordningen",
            value=letter,
            expected="en kolonnebokstav som B eller AC",
        )
    n = 0
    for ch in text:
        n = n * 26 + (ord(ch) - 64)
    if n > 16_384:
        raise BadValueError("Kolonnen finnes ikke i Excel", value=letter, expected="A til XFD")
    return n - 1


def check_corrections(corrections: Mapping[str, str]) -> dict[str, str]:
    """Corrections with known field names and valid letters (upper case; "" = no column)."""
    checked: dict[str, str] = {}
    names = ", ".join(f.value for f in Field)
    for name, letter in corrections.items():
        try:
            Field(name.strip())
        except ValueError:
            raise BadValueError(
                f"Ukjent felt «{name}» i kolonnetilordningen", expected=f"et av feltene {names}"
            ) from None
        text = (letter or "").strip()
        if text.casefold() in _NO_COLUMN_WORDS:
            checked[name.strip()] = NO_COLUMN
        else:
            column_index(text)
            checked[name.strip()] = text.upper()
    return checked


def apply_corrections(
    detected: Mapping[Field, int], corrections: Mapping[str, str]
) -> dict[Field, int]:
    """The recognised mapping (field -> 0-based column) with the user's corrections applied.

    A field moved to a column takes it from whichever field had it; a field set to no column is
    taken out. The result must still have a description column.
    """
    result = dict(detected)
    for name, letter in check_corrections(corrections).items():
        fld = Field(name)
        if letter == NO_COLUMN:
            result.pop(fld, None)
            continue
        col = column_index(letter)
        for other, other_col in list(result.items()):
            if other_col == col and other is not fld:
                del result[other]
        result[fld] = col
    if Field.DESCRIPTION not in result:
        raise BadValueError(
            f"Kolonnetilordningen må ha en kolonne for «{FIELD_LABELS[Field.DESCRIPTION]}»",
            hint="Oppgi den, f.eks. --map description=B.",
        )
    return result


def session_lookup(session: Session, municipality_id: int | None) -> Lookup:
    """The corrections remembered for a municipality, looked up in an open session."""

    def lookup(signature: str) -> dict[str, str] | None:
        if municipality_id is None:
            return None
        memory = session.scalar(
            select(ColumnMappingMemory).where(
                ColumnMappingMemory.municipality_id == municipality_id,
                ColumnMappingMemory.header_signature == signature,
            )
        )
        return dict(memory.mapping) if memory else None

    return lookup


def remembered_lookup(db: Database, municipality: str) -> Lookup:
    """For ``analyse_file(remembered=…)``: the corrections saved for a municipality."""

    def lookup(signature: str) -> dict[str, str] | None:
        with db.sessions() as session:
            found = find_municipality(session, municipality)
            return session_lookup(session, found.id if found else None)(signature)

    return lookup


def remember_mapping(
    session: Session,
    actor: Actor,
    municipality_id: int,
    texts: list[str | None],
    corrections: Mapping[str, str],
) -> None:
    """Save a user's corrections for this municipality and these headers."""
    signature = header_signature(texts)
    memory = session.scalar(
        select(ColumnMappingMemory).where(
            ColumnMappingMemory.municipality_id == municipality_id,
            ColumnMappingMemory.header_signature == signature,
        )
    )
    if memory is None:
        memory = ColumnMappingMemory(
            municipality_id=municipality_id, header_signature=signature, created_by=actor.user
        )
        session.add(memory)
    memory.mapping = dict(check_corrections(corrections))
    memory.updated_by = actor.user


def forget_mappings(db: Database, municipality: str, signatures: list[str]) -> int:
    """Forget the corrections remembered for a municipality and these header signatures;
    returns how many were forgotten."""
    with db.session() as session:
        found = find_municipality(session, municipality)
        if found is None or not signatures:
            return 0
        result = session.execute(
            delete(ColumnMappingMemory).where(
                ColumnMappingMemory.municipality_id == found.id,
                ColumnMappingMemory.header_signature.in_(signatures),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)
