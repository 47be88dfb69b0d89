"""A nynorsk verbal noun neither dictionary pairs with a bokmål word ("oppnemning",
"likestelling") is read as the noun of the bokmål verb its own verb is paired with ("oppnemne"
is "oppnevne": "oppnevning"), when bokmål writes that noun (recall16). The words are new: no
read corpus line has them."""

from __future__ import annotations

import pytest
from overlap_helpers import full_catalogue, lexicon, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("oppnemning", "oppnevning"),
        ("likestelling", "likestilling"),
        ("tilfredsstelling", "tilfredsstilling"),
    ],
)
def test_a_nynorsk_verbal_noun_is_the_bokmal_noun_of_its_verb(nynorsk: str, bokmal: str) -> None:
    assert lexicon().lemma(nynorsk) == bokmal
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    assert analyzer.word(nynorsk)[0] == analyzer.word(bokmal)[0]


def test_a_verbal_noun_bokmal_does_not_write_stays_itself() -> None:
    # "heimesending": no bokmål noun is made so, and nothing else is made up
    assert lexicon().lemma("heimesending") is None
