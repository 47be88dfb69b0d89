"""Lines read wrongly, by class (readings17), each checked on words no read corpus line uses:

- a municipality's or county's own name is its whole area, not one place ("Gatelys
  Hamarøy, utskifting til LED" is the street lights of all of Hamarøy), while a building with
  the name before it ("Meløy rådhus") and a place that is no municipality stay one place.
"""

from __future__ import annotations

import pytest
from overlap_helpers import (
    explain_two,
    full_catalogue,
    line,
    month,
    quoted_words_are_written,
    vocabulary,
)

from kommunesamarbeid.core.overlap import build_model

_ONE_OFF = "enkeltstående bygg- eller anleggsprosjekt"


def _project(text: str) -> bool:
    model = build_model(vocabulary(), full_catalogue())
    return model.line(line(1, 1, text, period=month(2026, 9)), frozenset()).project


# --- a municipality's own name is its area -----------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gatelys Hamarøy, utskifting til LED", "Utskifting av gatelys til LED"),
        ("Asfaltering Sør-Aurdal", "Asfaltering av kommunale vegar"),
        ("Sørfold: reasfaltering", "Reasfaltering kommunale veier"),
    ],
)
def test_a_municipalitys_own_name_is_its_area(first: str, second: str) -> None:
    assert not _project(first), first
    why = explain_two(first, second)
    assert not any(_ONE_OFF in e for e in why.evidence_against), why.evidence_against
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Rehabilitering av Meløy rådhus",  # a building named after its municipality
        "Ombygging Gratangen skole",
        "Asfaltering Nord-Aurdal sjukeheim",  # a two-word name before a building
        "Asfaltering Fjellheim",  # a place that is no municipality
        "Gatelys Bakkegata, utskifting til LED",
    ],
)
def test_one_named_building_or_place_is_still_a_project(text: str) -> None:
    assert _project(text), text


def test_a_municipality_name_that_is_a_word_is_read_as_the_word() -> None:
    # "Hole", "Vik", "Lund" are municipalities too; here they are words of the need
    model = build_model(vocabulary(), full_catalogue())
    for text, word in [("Fylling av hole i vegen", "hol"), ("Slått i lund ved kyrkja", "lund")]:
        keys = {t.key for t in model.analyzer.analyse(text).tokens}
        assert any(k.startswith(word) for k in keys), (text, keys)
