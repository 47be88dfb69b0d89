"""Lots by area on real municipality data: counties from the national list (test data in
../shared/data-scout), neighbours and centres from the shipped geography table."""

from __future__ import annotations

import csv
import itertools
import random
from pathlib import Path

import pytest

from kommunesamarbeid.core.geography import GeoFact, parse_geography, places
from kommunesamarbeid.core.lots import FAR_KM, Place, distance_km, suggest_lots
from kommunesamarbeid.core.proposal import ParticipantData, ProposalData, ProposalLineData
from kommunesamarbeid.paths import resource_path
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def geography() -> dict[str, GeoFact]:
    return parse_geography(
        resource_path("municipalities", "kommuner_2024_geografi.csv").read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def municipalities() -> list[dict[str, str]]:
    path: Path = shared_path("data-scout", "kommuner_2025.csv")
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _proposal(rows: list[dict[str, str]], values: list[int]) -> ProposalData:
    return ProposalData(
        id=1,
        reference="FA-1",
        title="Test",
        is_framework=False,
        participants=tuple(
            ParticipantData(
                municipality_id=index + 1,
                name=row["kommunenavn"],
                kommunenummer=row["kommunenummer"],
                county=row["fylke"],
                lines=(
                    ProposalLineData(
                        line_id=index + 1, description="Brøyting", total_value_nok=value
                    ),
                ),
            )
            for index, (row, value) in enumerate(zip(rows, values, strict=True))
        ),
    )


def _places(p: ProposalData, geography: dict[str, GeoFact]) -> dict[int, Place]:
    return places(
        [(x.municipality_id, x.kommunenummer, x.county) for x in p.participants], geography
    )


def test_the_table_covers_the_national_list(
    geography: dict[str, GeoFact], municipalities: list[dict[str, str]]
) -> None:
    numbers = {row["kommunenummer"] for row in municipalities}
    assert set(geography) == numbers
    # neighbours are mutual, and real: Oslo borders Bærum, Alta borders Kautokeino
    assert all(a in geography[b].neighbours for a in geography for b in geography[a].neighbours)
    assert "3201" in geography["0301"].neighbours
    assert "5612" in geography["5601"].neighbours  # Guovdageaidnu – Kautokeino


def test_alta_and_drammen_are_never_one_lot(
    geography: dict[str, GeoFact], municipalities: list[dict[str, str]]
) -> None:
    by_name = {row["kommunenavn"]: row for row in municipalities}
    rows = [by_name["Alta"], by_name["Drammen"], by_name["Skien"]]
    p = _proposal(rows, [100_000, 5_000_000, 4_000_000])
    lots = suggest_lots(p, basis="area", geography=_places(p, geography), max_lots=1)
    assert [lot.municipality_ids for lot in lots] == [(1,), (2,), (3,)]
    assert "trenger" in lots[0].description  # says what the small lot would need


def test_lots_by_area_never_join_far_or_foreign_municipalities(
    geography: dict[str, GeoFact], municipalities: list[dict[str, str]]
) -> None:
    """Random groups of real municipalities (some clustered in one region, some spread over the
    country), random and lopsided values, with and without a lot limit: a lot never holds two
    municipalities of different counties unless they are neighbours, nor two of one county that
    are neither neighbours nor within FAR_KM of each other."""
    rng = random.Random(20261206)
    by_county: dict[str, list[dict[str, str]]] = {}
    for row in municipalities:
        by_county.setdefault(row["fylke"], []).append(row)
    merged = 0
    for trial in range(150):
        if trial % 2:
            rows = rng.sample(municipalities, rng.randint(2, 12))
        else:  # a region: a municipality, its neighbours, and some of their neighbours
            start = rng.choice(municipalities)["kommunenummer"]
            region = {start} | set(geography[start].neighbours)
            for number in list(region):
                region |= {n for n in geography[number].neighbours if rng.random() < 0.3}
            numbers = sorted(region)[:14]
            rows = [row for row in municipalities if row["kommunenummer"] in numbers]
        values = [rng.choice([50_000, 200_000, 900_000, 3_000_000, 20_000_000]) for _ in rows]
        p = _proposal(rows, values)
        where = _places(p, geography)
        max_lots = rng.choice([None, 1, 2, 3])
        lots = suggest_lots(p, basis="area", geography=where, max_lots=max_lots)
        assert sorted(m for lot in lots for m in lot.municipality_ids) == list(
            range(1, len(rows) + 1)
        )
        for lot in lots:
            merged += len(lot.municipality_ids) > 1
            for a, b in itertools.combinations(lot.municipality_ids, 2):
                pa, pb = where[a], where[b]
                neighbours = b in pa.neighbours
                names = (p.participants[a - 1].name, p.participants[b - 1].name)
                if pa.county != pb.county:
                    assert neighbours, f"{names} i ulike fylker uten felles grense"
                elif not neighbours:
                    km = distance_km(pa, pb)
                    assert km is not None and km <= FAR_KM, f"{names}: {km} km"
    assert merged > 20  # the rule is exercised, not avoided
