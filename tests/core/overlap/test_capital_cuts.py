"""A capitalised word cut short inside a line ("t/Avfukt.", as writers copying catalogue
labels write it) is the word it clearly starts, not a name; a name ending a sentence
("Abloy.") stays a name. Words no corpus uses."""

from __future__ import annotations

from tests.core.overlap.overlap_helpers import token_parts


def test_a_capital_word_cut_short_inside_a_line_reads_as_the_word_it_starts() -> None:
    assert token_parts("Filter t/Avfukt.") == token_parts("Filter til avfuktere")


def test_a_name_ending_a_sentence_stays_a_name() -> None:
    # ends on a vowel: no cut made where writers cut words
    assert token_parts("Hengelåser fra Abloy.")[-1] == ("abloy",)
