"""Nynorsk forms read as their bokmål words (issue 14, the nynorsk round), on constructed
words and lines no corpus uses:

- the forms the bokmål dictionary lists whole, without the rules of their headword (the neuter
  plural "-a" of "skytefelta", "helsehusa"; the definites "omfanget", "sykepleia"), are read
  as the noun they are a form of, through nynorsk where bokmål does not say it;
- a bokmål noun with a nynorsk ending neither dictionary lists ("serverar", "uniformane",
  "printarar") is read as the noun, not split into scraps ("se" + "vare");
- a nynorsk "ê" is read as the bokmål letter ("vêr" is "vær"), never where bokmål has the word
  as written ("fôr" is no "for");
- look-alikes stay apart: a form is read as its own noun, not as another word sharing letters.
"""

from __future__ import annotations

import pytest
from overlap_helpers import assert_one_need, explain_two, lexicon


@pytest.mark.parametrize(
    ("form", "noun"),
    [
        ("skytefelta", "skytefelt"),  # the neuter plural "-a", listed whole in bokmål
        ("helsehusa", "helsehus"),
        ("verneutstyra", "verneutstyr"),
        ("biblioteka", "bibliotek"),  # listed with a flag that does not fit it
        ("helsehusene", "helsehus"),  # a bokmål plural listed whole
        ("sykepleia", "sykepleie"),  # a feminine definite of a noun in "-e"
        ("omfanget", "omfang"),  # a definite, known as one to nynorsk
        ("rekneskapen", "regnskap"),  # and in its bokmål spelling
    ],
)
def test_a_listed_form_reads_as_its_noun(form: str, noun: str) -> None:
    assert lexicon().lemma(form) == noun


@pytest.mark.parametrize(("nynorsk", "bokmal"), [("vêr", "vær"), ("vêrmelding", "værmelding")])
def test_a_circumflex_reads_as_the_bokmal_letter(nynorsk: str, bokmal: str) -> None:
    senses = lexicon()
    assert senses.split(nynorsk) == senses.split(bokmal)


@pytest.mark.parametrize(
    ("word", "not_meant"),
    [
        ("fôr", "for"),  # a bokmål word as written: fodder, not the preposition
        ("drikkevann", "drikkevane"),  # a headword of its own, not a form
        ("bibliotekar", "bibliotek"),  # a librarian is no library
        ("husar", "hus"),
        ("brøyte", "brøyt"),  # a verb keeps its own lemma
    ],
)
def test_look_alikes_keep_their_own_meaning(word: str, not_meant: str) -> None:
    assert lexicon().lemma(word) != not_meant


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Vedlikehald av skytefelta", "Vedlikehold av skytefelt"),
        ("Drift av helsehusa", "Drift av helsehusene"),
        ("Drift av biblioteka", "Drift av bibliotekene"),
        ("Verneutstyra til tilsette", "Verneutstyr til ansatte"),
        ("Kjøp av vêrstasjonar", "Kjøp av værstasjoner"),
        ("Sykepleia i heimetenesta", "Sykepleie i hjemmetjenesten"),
        ("Leige av serverar", "Leie av servere"),
        ("Nye uniformane til brannvesenet", "Nye uniformer til brannvesenet"),
    ],
)
def test_nynorsk_and_bokmal_lines_of_one_need_meet(nynorsk: str, bokmal: str) -> None:
    assert_one_need(nynorsk, bokmal)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Drift av biblioteka", "Leige av bibliotekarar"),
        ("Kjøp av vêrstasjonar", "Kjøp av varestasjonar"),
        ("Fôr til hestane", "Kjøp av forsikring til hestane"),
        ("Drift av helsehusa", "Drift av helsestasjonen"),
        ("Vedlikehald av skytefelta", "Vedlikehald av skyttarlag"),
        ("Leige av serverar", "Servering på sjukeheimen"),
        ("Leige av serverar", "Kjøp av varer til kantina"),
    ],
)
def test_unrelated_look_alikes_stay_apart(first: str, second: str) -> None:
    assert not explain_two(first, second).passes
