"""The person who delivers a service and the doing of it are one need (issue 14, roles13):
«Energirådgiver» / «Energirådgivning», «Personvernrådgiver» / «Personvernrådgivning». The rule
that parts lines naming different roles («rådgivning» against «prosjektledelse») reads the
agent noun and the action noun of one stem as one role, and a need family known by the doing
is known by the person too; roles of different stems still part.

Checked on words no corpus line uses, with the reasons ``explain`` gives (quoting only the
lines' own words).
"""

from __future__ import annotations

import overlap_helpers as helpers
import pytest
from overlap_helpers import assert_one_need, explain_two, quoted_words_are_written

from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.line_features import role_keys, with_role_forms
from kommunesamarbeid.core.overlap.vocabulary import Family

_ROLES = "Rådgivning, konsulentarbeid eller prosjektledelse"


def _model() -> TextModel:
    return build_model(helpers.vocabulary(), helpers.full_catalogue())  # kept by build_model


def test_the_person_and_the_doing_have_one_role_key() -> None:
    roles = [
        ("rådgiver",),
        ("rådgivning",),
        ("byggeleder",),
        ("bygge", "ledelse"),
        ("prosjektleder",),
        ("megler", "tjeneste"),
        ("megling",),
        ("konsulent",),
        ("konsulent", "bistand"),
    ]
    keys = role_keys(roles, {"tjeneste", "bistand"})
    assert keys["rådgiver"] == keys["rådgivning"]
    assert keys["byggeleder"] == keys["bygge+ledelse"]
    assert keys["megler+tjeneste"] == keys["megling"]  # a generic last part says nothing
    assert keys["konsulent"] == keys["konsulent+bistand"]
    assert keys["prosjektleder"] != keys["byggeleder"]  # another stem, another role
    assert keys["rådgiver"] != keys["megling"]


def test_a_family_known_by_the_doing_gets_the_person_as_a_term() -> None:
    keys = {"rådgiver": "rådgiv", "rådgivning": "rådgiv", "megling": "megl"}
    family = Family("x", "x", frozenset({"services"}), (), ("skatterådgivning", "lån + megling"))
    other = Family("y", "y", frozenset({"goods"}), (), ("vannmåling",))
    expanded, untouched = with_role_forms([family, other], keys)
    assert expanded.terms == ("skatterådgivning", "lån + megling", "skatterådgiver")
    assert untouched is other  # «måling» is no role word: no «vannmåler» (a meter)


def test_the_model_reads_both_words_of_a_role_as_one() -> None:
    model = _model()
    person = model.line(helpers.line(1, 1, "Energirådgiver"), frozenset())
    doing = model.line(helpers.line(2, 2, "Energirådgivning"), frozenset())
    assert person.roles == doing.roles and person.roles
    assert set(person.families) & set(doing.families)
    whole = model.line(helpers.line(3, 3, "Eiendomsmegler"), frozenset())
    assert whole.roles == model.line(helpers.line(4, 4, "Meglertjenester"), frozenset()).roles


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Energirådgiver", "Energirådgivning"),
        ("Personvernrådgiver", "Personvernrådgivning"),
        ("Innkjøpsrådgiver", "Anskaffelsesrådgivning"),
        # a word the lexicon keeps whole ends in the role word
        ("Meglertjenester ved salg av eiendom", "Eiendomsmegler"),
    ],
)
def test_the_person_and_the_doing_are_one_need(first: str, second: str) -> None:
    assert_one_need(first, second)
    why = explain_two(first, second)
    assert not any(_ROLES in e for e in why.evidence_against), why.evidence_against
    assert any("Samme behov" in e for e in why.evidence_for), why.evidence_for


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Energirådgiver", "Prosjektledelse"),  # two roles
        ("Energirådgiver", "Strømmålere"),  # advice against the goods
        ("Eiendomsmeglertjenester", "Forsikringsmegling"),  # one role, different needs
    ],
)
def test_different_roles_and_needs_still_part(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert not why.passes, (why.score, why.evidence_for)
    quoted_words_are_written(why, first, second)
