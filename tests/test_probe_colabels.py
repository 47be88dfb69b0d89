"""scripts/probe_colabels.py: word pairs classified by a (small, made-up) CPV catalogue."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from probe_colabels import LabelIndex, classify, colabelled_codes, translated_codes  # noqa: E402

from kommunesamarbeid.core.overlap import build_model, load_vocabulary  # noqa: E402
from kommunesamarbeid.core.overlap.features import TextModel  # noqa: E402

CATALOGUE = {
    "31520000": ("Lamper og lysarmaturer", "Lamps and light fittings"),
    "31521000": ("Lamper", "Lamps"),
    "31527000": ("Spotlys", "Spotlights"),
    "44221000": ("Vinduer, dører og tilhørende artikler", "Windows, doors and related items"),
    "44221100": ("Vinduer", "Windows"),
}


@pytest.fixture(scope="module")
def setup() -> tuple[TextModel, LabelIndex]:
    model = build_model(load_vocabulary(ROOT / "resources" / "vocabulary"), CATALOGUE)
    return model, LabelIndex(model, CATALOGUE)


def test_words_of_one_label_are_colabelled(setup: tuple[TextModel, LabelIndex]) -> None:
    model, index = setup
    assert classify(model, index, "lysarmaturer", "lamper") == "co-labelled"


def test_words_of_a_code_and_its_parent_are_one_branch(
    setup: tuple[TextModel, LabelIndex],
) -> None:
    model, index = setup
    # "spotlys" only under 31527000, "lysarmaturer" only under its parent 3152
    assert classify(model, index, "spotlys", "lysarmaturer") == "branch 4"


def test_words_of_other_codes_and_unknown_words_are_not_linked(
    setup: tuple[TextModel, LabelIndex],
) -> None:
    model, index = setup
    assert classify(model, index, "spotlys", "vinduer") == "none"
    assert classify(model, index, "spotlys", "tannbørster") == "none (not in labels)"


def test_colabelled_codes_leave_out_shared_and_common_words(
    setup: tuple[TextModel, LabelIndex],
) -> None:
    _, index = setup
    first = {k for k in index.whole if "31520000" in index.whole[k]}
    assert len(first) >= 2
    word, other = sorted(first)[:2]
    assert colabelled_codes(index, {word}, {other}, 10) >= {"31520000"}
    # a word both lines have is no link between them
    assert not colabelled_codes(index, {word}, {word}, 10)
    # a word in more labels than allowed says too little
    assert not colabelled_codes(index, {word}, {other}, 0)


def test_translated_codes_link_an_english_label_word_to_the_norwegian_label(
    setup: tuple[TextModel, LabelIndex],
) -> None:
    model, index = setup
    english = {t.key for t in model.analyzer.analyse("spotlights").tokens}
    norwegian = {t.key for t in model.analyzer.analyse("spotlys").tokens}
    assert english.isdisjoint(norwegian)
    assert translated_codes(index, english, norwegian, 10) == {"31527000"}
    assert translated_codes(index, norwegian, english, 10) == {"31527000"}
    # two Norwegian words of one label are co-labelled, not translated
    window = {t.key for t in model.analyzer.analyse("vinduer").tokens}
    door = {t.key for t in model.analyzer.analyse("dører").tokens}
    assert colabelled_codes(index, window, door, 10) == {"44221000"}
    assert not translated_codes(index, window, door, 10)
