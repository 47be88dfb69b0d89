"""Where municipalities are: neighbours and centres, for lots by area.

The shipped table ``resources/municipalities/kommuner_2024_geografi.csv`` (derived from
Kartverket's borders, CC BY 4.0; see the README there) gives each municipality number its centre
and the numbers it shares a land border with. ``places`` turns it into ``core.lots.Place`` for
the participants of one proposal, with each participant's county.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kommunesamarbeid.core.lots import Place

__all__ = ["GeoFact", "parse_geography", "places"]


@dataclass(frozen=True, slots=True)
class GeoFact:
    number: str
    latitude: float
    longitude: float
    neighbours: frozenset[str]


def parse_geography(text: str) -> dict[str, GeoFact]:
    """number -> fact, from the CSV text (``kommunenummer,breddegrad,lengdegrad,naboer``)."""
    out: dict[str, GeoFact] = {}
    for row in csv.DictReader(io.StringIO(text)):
        number = (row.get("kommunenummer") or "").strip().zfill(4)
        try:
            lat, lon = float(row["breddegrad"]), float(row["lengdegrad"])
        except (KeyError, TypeError, ValueError):
            continue
        out[number] = GeoFact(number, lat, lon, frozenset((row.get("naboer") or "").split()))
    return out


def places(
    participants: Iterable[tuple[int, str | None, str | None]],
    geography: Mapping[str, GeoFact],
) -> dict[int, Place]:
    """municipality id -> Place for ``(id, kommunenummer, county)`` of each participant.

    Neighbours are given as the ids of the other participants that share a border with it; a
    municipality without a number gets only its county.
    """
    rows = list(participants)
    id_of = {number: mid for mid, number, _ in rows if number}
    out: dict[int, Place] = {}
    for mid, number, county in rows:
        fact = geography.get(number) if number else None
        if fact is None:
            out[mid] = Place(county=county)
            continue
        out[mid] = Place(
            county=county,
            neighbours=frozenset(id_of[n] for n in fact.neighbours if n in id_of),
            latitude=fact.latitude,
            longitude=fact.longitude,
        )
    return out
