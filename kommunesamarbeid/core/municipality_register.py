"""The national list of municipalities: number, name, county, population and målform.

The shipped file (``resources/municipalities/kommuner_2025.csv``, MIT licence) lets the program
fill in what a user would otherwise type: a municipality's number, county and chosen written
standard. Names are not unique across the country (Herøy, Våler, Nes …): a name that matches
more than one municipality is never guessed; the number or the county decides.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from kommunesamarbeid.core.orgnr import normalise_kommunenummer

__all__ = [
    "MAALFORM_LABELS",
    "Maalform",
    "MunicipalityFact",
    "MunicipalityRegister",
    "parse_maalform",
    "parse_register",
]


class Maalform(StrEnum):
    """The written standard a municipality has chosen (målform)."""

    BOKMAAL = "bokmaal"
    NYNORSK = "nynorsk"
    #: "Nøytral": the municipality has not chosen; documents are written in bokmål unless set.
    NEUTRAL = "neutral"

    @property
    def written(self) -> Maalform:
        """The standard a document for this municipality is written in."""
        return Maalform.NYNORSK if self is Maalform.NYNORSK else Maalform.BOKMAAL


MAALFORM_LABELS: Final[dict[Maalform, str]] = {
    Maalform.BOKMAAL: "Bokmål",
    Maalform.NYNORSK: "Nynorsk",
    Maalform.NEUTRAL: "Nøytral (bokmål)",
}

_MAALFORM_WORDS: Final[dict[str, Maalform]] = {
    "bokmål": Maalform.BOKMAAL,
    "bokmal": Maalform.BOKMAAL,
    "bokmaal": Maalform.BOKMAAL,
    "nb": Maalform.BOKMAAL,
    "nynorsk": Maalform.NYNORSK,
    "nn": Maalform.NYNORSK,
    "nøytral": Maalform.NEUTRAL,
    "noytral": Maalform.NEUTRAL,
    "neutral": Maalform.NEUTRAL,
}


def parse_maalform(text: str) -> Maalform | None:
    """ "Nynorsk", "nn", "bokmål", "bokmaal", "nøytral" … -> Maalform; None if not understood."""
    return _MAALFORM_WORDS.get(" ".join(text.split()).casefold())


@dataclass(frozen=True, slots=True)
class MunicipalityFact:
    """One municipality as the national list describes it."""

    number: str
    name: str
    #: The Norwegian name where the official one is Sámi or Kven (Kárášjohka -> Karasjok).
    name_no: str
    county_number: str
    county: str
    admin_centre: str
    population: int | None
    area_km2: float | None
    maalform: Maalform


def _name_key(name: str) -> str:
    key = " ".join(name.split()).casefold()
    for suffix in (" kommune", " kommune.", " herad", " municipality"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return key.strip()


class MunicipalityRegister:
    """Look-ups in the national list by number or name."""

    def __init__(self, facts: Iterable[MunicipalityFact]) -> None:
        self._by_number: dict[str, MunicipalityFact] = {}
        self._by_name: dict[str, list[MunicipalityFact]] = {}
        for fact in facts:
            self._by_number[fact.number] = fact
            for name in {fact.name, fact.name_no}:
                self._by_name.setdefault(_name_key(name), []).append(fact)

    def __len__(self) -> int:
        return len(self._by_number)

    def __iter__(self) -> Iterator[MunicipalityFact]:
        return iter(self._by_number.values())

    def by_number(self, number: str) -> MunicipalityFact | None:
        clean = normalise_kommunenummer(number)
        return self._by_number.get(clean) if clean else None

    def by_name(self, name: str, *, county: str | None = None) -> list[MunicipalityFact]:
        """Every municipality with this name (without "kommune"), narrowed by county if given."""
        found = self._by_name.get(_name_key(name), [])
        if county:
            wanted = county.casefold().strip()
            found = [f for f in found if f.county.casefold() == wanted]
        return list(found)

    def find(self, name_or_number: str, *, county: str | None = None) -> MunicipalityFact | None:
        """The one municipality meant, or None when unknown or ambiguous (never a guess)."""
        text = name_or_number.strip()
        if text.isdigit():
            return self.by_number(text)
        found = self.by_name(text, county=county)
        return found[0] if len(found) == 1 else None

    def counties(self) -> dict[str, str]:
        """County number -> county name."""
        return {f.county_number: f.county for f in self._by_number.values()}


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def parse_register(text: str) -> MunicipalityRegister:
    """The register from the CSV text of ``kommuner_2025.csv`` (read by header name)."""
    facts = []
    for row in csv.DictReader(io.StringIO(text)):
        number = normalise_kommunenummer(row.get("kommunenummer", ""))
        if number is None:
            continue
        facts.append(
            MunicipalityFact(
                number=number,
                name=row.get("kommunenavn", "").strip(),
                name_no=(row.get("kommunenavn_no") or row.get("kommunenavn", "")).strip(),
                county_number=row.get("fylkesnummer", number[:2]).strip().zfill(2),
                county=row.get("fylke", "").strip(),
                admin_centre=row.get("administrasjonssenter", "").strip(),
                population=_int(row.get("innbyggere", "")),
                area_km2=_float(row.get("areal_km2", "")),
                maalform=parse_maalform(row.get("maalform", "")) or Maalform.NEUTRAL,
            )
        )
    return MunicipalityRegister(facts)
