"""The shipped national list of municipalities: look-ups by number and name, målform."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.municipality_register import Maalform, parse_maalform
from kommunesamarbeid.services.municipalities import municipality_register


def test_shipped_register_has_every_municipality() -> None:
    register = municipality_register()
    assert len(register) == 357
    counts = {m: sum(1 for f in register if f.maalform is m) for m in Maalform}
    assert counts == {Maalform.BOKMAAL: 119, Maalform.NYNORSK: 88, Maalform.NEUTRAL: 150}


def test_lookup_by_number_keeps_leading_zero() -> None:
    register = municipality_register()
    oslo = register.by_number("301")
    assert oslo is not None and oslo.number == "0301" and oslo.county == "Oslo"


def test_ambiguous_name_is_never_guessed() -> None:
    register = municipality_register()
    assert len(register.by_name("Herøy")) == 2
    assert register.find("Herøy kommune") is None
    heroy = register.find("Herøy", county="Møre og Romsdal")
    assert heroy is not None and heroy.number == "1515"


def test_sami_name_and_norwegian_name_both_found() -> None:
    register = municipality_register()
    assert register.find("Karasjok") == register.find("Kárášjohka kommune")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nynorsk", Maalform.NYNORSK),
        ("nn", Maalform.NYNORSK),
        ("bokmål", Maalform.BOKMAAL),
        ("bokmaal", Maalform.BOKMAAL),
        ("Nøytral", Maalform.NEUTRAL),
        ("svensk", None),
    ],
)
def test_parse_maalform(text: str, expected: Maalform | None) -> None:
    assert parse_maalform(text) == expected


def test_neutral_documents_are_bokmaal() -> None:
    assert Maalform.NEUTRAL.written is Maalform.BOKMAAL
    assert Maalform.NYNORSK.written is Maalform.NYNORSK
