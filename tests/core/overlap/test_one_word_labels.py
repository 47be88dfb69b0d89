"""English words a CPV code names by one word in each language ("Dehumidifiers" /
"Avfuktere"): a dictionary entry even in one code, read so in an English line (recall16). The
words are new: no corpus line uses them."""

from __future__ import annotations

from overlap_helpers import explain_two, full_catalogue, label_parts

from kommunesamarbeid.core.overlap.english import learn_english


def _table(labels: dict[str, tuple[str, str]]) -> dict[str, str]:
    return learn_english(labels, label_parts, lambda w: False, frozenset())


def test_a_code_named_by_one_word_in_each_language_is_a_dictionary_entry() -> None:
    table = _table({"10000001": ("Avfuktere", "Dehumidifiers"), "10000002": ("Lys", "Lights")})
    assert table["dehumidifier"] == "+".join(label_parts("Avfuktere"))
    # a compound keeps its parts ("rulletrapp": rulle + trapp)
    escalator = _table({"10000001": ("Rulletrapper", "Escalators")})["escalator"]
    assert escalator == "+".join(label_parts("Rulletrapper")) == "rulle+trapp"


def test_one_word_labels_that_say_less_are_no_entry() -> None:
    # more words than one on either side: counted as before (one code is too little)
    assert "dehumidifier" not in _table({"10000001": ("Avfuktere til bygg", "Dehumidifiers")})
    assert "dehumidifier" not in _table({"10000001": ("Avfuktere", "Portable dehumidifiers")})
    # a Norwegian word two English words name ("fat": a barrel and a saucer) is no entry
    table = _table({"10000001": ("Fat", "Barrels"), "10000002": ("Fat", "Saucers")})
    assert "barrel" not in table and "saucer" not in table
    # the Norwegian word is another English word's commoner company ("leder" / "conductors")
    labels = {
        "10000001": ("Leder", "Conduits"),
        "10000002": ("Elektriske ledere", "Electrical conductors"),
        "10000003": ("Ledere av kobber", "Copper conductors"),
    }
    assert "conduit" not in _table(labels)
    # a Norwegian word is never translated
    assert "dehumidifier" not in learn_english(
        {"10000001": ("Avfuktere", "Dehumidifiers")}, label_parts, lambda w: True, frozenset()
    )


def test_english_and_norwegian_lines_for_one_thing_meet_through_a_one_word_label() -> None:
    assert full_catalogue()  # the real catalogue's label pairs teach the words
    assert explain_two("Megaphones for the fire service", "Megafoner til brannvesenet").passes
    assert explain_two("Wardrobes for the staff changing rooms", "Klesskap til garderobene").passes
    # different things stay apart
    assert not explain_two("Megaphones for the fire service", "Klesskap til garderobene").passes
