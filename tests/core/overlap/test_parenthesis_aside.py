"""An aside in parentheses between a thing and who it is for ("Tørketromler (ca. 10 stk) for
omsorgsboligene"): the aside never undoes the thing, so the words after the preposition say who
the thing is for, as they do without the aside (recall16). The lines are new: no corpus line
has them."""

from __future__ import annotations

import pytest
from overlap_helpers import full_catalogue, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model


def _main_words(text: str) -> list[str]:
    analyzer = build_model(vocabulary(), full_catalogue()).analyzer
    return [t.surface for t in analyzer.analyse(text).tokens if t.main]


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Tørketromler (ca. 10 stk) for omsorgsboligene", "Tørketromler for omsorgsboligene"),
        ("Vaskemaskiner (Miele) til bofellesskapene", "Vaskemaskiner til bofellesskapene"),
        ("Snøfresere (rammeavtale) til vaktmestertjenesten", "Snøfresere til vaktmestertjenesten"),
        ("Kaffemaskiner (leie og service) til kantinene", "Kaffemaskiner til kantinene"),
    ],
)
def test_an_aside_in_parentheses_keeps_who_the_thing_is_for(text: str, plain: str) -> None:
    words = _main_words(text)
    assert plain.split()[-1].lower() not in words  # who the thing is for
    assert [w for w in words if w in plain.lower()] == _main_words(plain)


def test_an_aside_after_a_word_that_says_how_starts_nothing() -> None:
    # "Rammeavtale (2027) for kjøp av snøfresere": the agreement is for the purchase
    assert "snøfresere" in _main_words("Rammeavtale (2027) for kjøp av snøfresere")
