"""How ``scripts/build_lexicon.write_nn_nb`` chooses a nynorsk word's bokmål word, on words no
corpus line uses:

- the nynorsk ending alone in bokmål spelling («-ar» -> «-er», «-ande» -> «-ende»), when that
  is a bokmål word of running text of the same kind, is the word, before a commoner word more
  changes away («lavar», lichens, is «laver», not «lever»; «dalar» «daler», not «deler»);
- a compound of «lege» in the reviewed list keeps its last part («reservelegar»:
  «reserveleger», not «reservelager»);
- an inflected bokmål form of a headword nynorsk writes alike is that form, not another word
  one of the spelling rules makes of it («magen» is «mage» + «n», not «megen»; «hallen» no
  «hellen»), unless the pair is the same word in its main bokmål spelling and as common
  («raude»: «røde», «sjukmeldt»: «sykmeldt»).
"""

from __future__ import annotations

import pytest
from overlap_helpers import lexicon, script


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("lavar", "laver"),
        ("dalar", "daler"),
        ("dragar", "drager"),
        ("blendar", "blender"),
        ("langar", "langer"),
    ],
)
def test_the_word_with_its_ending_respelt_is_the_pair(nynorsk: str, bokmal: str) -> None:
    assert lexicon().nn_nb[nynorsk] == bokmal


@pytest.mark.parametrize(
    ("word", "respelt"),
    [("dampar", "damper"), ("lavar", "laver"), ("sjuklingar", "sjuklinger")],
)
def test_only_the_ending_is_respelt(word: str, respelt: str) -> None:
    assert script("build_lexicon")._ending_respelt(word) == respelt


def test_a_word_without_a_nynorsk_ending_is_not_respelt() -> None:
    assert script("build_lexicon")._ending_respelt("kontor") is None


@pytest.mark.parametrize("form", ["magen", "hallen", "halen", "paret", "grove", "skøyter"])
def test_a_bokmal_form_of_a_shared_word_has_no_pair(form: str) -> None:
    assert form not in lexicon().nn_nb


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"), [("raude", "røde"), ("sjukmeldt", "sykmeldt"), ("busette", "bosette")]
)
def test_a_side_form_keeps_its_main_spelling(nynorsk: str, bokmal: str) -> None:
    assert lexicon().nn_nb[nynorsk] == bokmal


def test_shared_form_rule() -> None:
    build = script("build_lexicon")
    bases = {"bilen": {"bil"}, "raude": {"raud"}, "røde": {"rød"}}
    nn = {"bil": "", "raud": "", "bilen": ""}
    frequency = {"bilen": 4.0, "bålen": 1.0, "raude": 2.0, "røde": 4.0}
    # a form of a word both standards write alike, paired with another word: no pair
    assert build._shared_form("bilen", bases, nn, {"bilen": "bålen"}, frequency)
    # its own headword again: kept
    assert not build._shared_form("bilen", bases, nn, {"bilen": "bil"}, frequency)
    # the same word in its main spelling, as common: kept
    assert not build._shared_form("raude", bases, nn, {"raude": "røde"}, frequency)
    # ... but not a rare word the same correspondence makes
    rare = {"raude": 2.0, "røde": 1.0}
    assert build._shared_form("raude", bases, nn, {"raude": "røde"}, rare)
    # a base nynorsk respells itself is no shared word
    assert not build._shared_form("raude", bases, nn, {"raude": "rode", "raud": "rød"}, {})


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("reservelegar", "reserveleger"),
        ("avdelingslegar", "avdelingsleger"),
        ("sjauar", "sjauer"),
    ],
)
def test_a_reviewed_compound_keeps_its_last_part(nynorsk: str, bokmal: str) -> None:
    assert lexicon().nn_nb[nynorsk] == bokmal
    assert script("false_friends").REVIEWED[nynorsk] == bokmal
