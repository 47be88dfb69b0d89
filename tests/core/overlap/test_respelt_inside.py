"""A nynorsk compound of three or more parts reads two neighbouring parts as running bokmål
writes their compound ("brei" + "band" is "bred" + "bånd", as "breiband" alone is read), so it
meets the bokmål word. Words no corpus line uses."""

from __future__ import annotations

from tests.core.overlap.overlap_helpers import token_parts


def test_two_nynorsk_parts_inside_a_longer_compound_read_as_bokmal_writes_them() -> None:
    assert token_parts("Breibandskabel") == token_parts("Bredbåndskabel")
    assert token_parts("Breibandsleverandør") == token_parts("Bredbåndsleverandør")


def test_a_bokmal_compound_of_three_parts_keeps_its_parts() -> None:
    assert token_parts("Bredbåndskabel") == [("bred", "bånd", "kabel")]
