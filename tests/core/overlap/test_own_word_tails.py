"""A last part that running text uses as a word of its own ("app") is not read as the start
of a longer word ("apparat"), though no dictionary lists it; a cut last part ("tjen.") still
is. Words no corpus line uses."""

from __future__ import annotations

from tests.core.overlap.overlap_helpers import token_parts


def test_a_common_word_no_dictionary_lists_is_no_cut_at_the_end_of_a_compound() -> None:
    for text in ("Innsjekkingsapp", "Timeføringsapp for hjemmetjenesten"):
        assert all("apparat" not in parts for parts in token_parts(text)), text


def test_a_last_part_cut_short_is_still_read_as_the_word_it_starts() -> None:
    assert token_parts("Vaskeritjen. sykehjem")[0] == ("vaskeri", "tjeneste")
    assert token_parts("Kantinetjen.") == [("kantine", "tjeneste")]
