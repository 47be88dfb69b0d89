"""Header recognition as a table: more than 300 real-world header variants in bokmål, nynorsk
and English, each with the field it means (``tests/core/header_variants.py``)."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.columns import Field, map_columns
from tests.core.header_variants import HEADER_VARIANTS, best


def test_the_table_is_large_and_covers_every_field() -> None:
    assert len(HEADER_VARIANTS) >= 300
    assert len({h for h, _f in HEADER_VARIANTS}) == len(HEADER_VARIANTS)  # no duplicates
    assert {f for _h, f in HEADER_VARIANTS if f is not None} == set(Field)


@pytest.mark.parametrize(
    ("header", "field"),
    [(h, f) for h, f in HEADER_VARIANTS if f is not Field.DETAILS],
    ids=lambda value: str(value),
)
def test_header_is_recognised(header: str, field: Field | None) -> None:
    assert best(header) == field


@pytest.mark.parametrize(
    "header", [h for h, f in HEADER_VARIANTS if f is Field.DETAILS], ids=lambda v: str(v)
)
def test_a_second_description_column_is_the_details(header: str) -> None:
    """A longer description beside the name of the purchase is its details column."""
    mapping = map_columns(["Nr", "Anskaffelse", header, "CPV"])
    assert mapping.column_of(Field.DESCRIPTION) == 1
    assert mapping.column_of(Field.DETAILS) == 2
