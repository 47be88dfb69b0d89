"""The vocabulary in resources/vocabulary: complete, consistent, editable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from overlap_helpers import VOCABULARY_DIR, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap import VocabularyError, load_vocabulary


def test_many_need_families_across_municipal_procurement() -> None:
    families = vocabulary().families
    assert len(families) >= 60
    assert all(f.terms and f.label and f.kinds for f in families)


def test_family_ids_unique_and_parents_known() -> None:
    ids = [f.id for f in vocabulary().families]
    assert len(ids) == len(set(ids))
    assert all(f.parent in ids for f in vocabulary().families if f.parent)


def test_family_cpv_codes_are_in_the_catalogue() -> None:
    catalogue = full_catalogue()
    missing = [(f.id, c) for f in vocabulary().families for c in f.cpv if c not in catalogue]
    assert not missing


def test_word_lists_are_read() -> None:
    vocab = vocabulary()
    assert "rammeavtale" in vocab.stopwords
    assert vocab.word_kinds["tjeneste"] == ("services", True)
    assert vocab.word_kinds["fagsystem"] == (None, True)
    assert "vikar" in vocab.no_stem
    # nynorsk comes from the dictionaries now, not from a hand list
    assert vocab.senses is not None
    assert vocab.senses.lemma("tenester") == "tjeneste"
    assert vocab.senses.split("veiledning") == ("veiledning",)
    assert "rehabilitering" in vocab.project_activities


def test_a_key_of_parts_is_never_split() -> None:
    """The lexicon reads a key ("renhold+tjeneste") as no word without looking (speed): true
    only while no word of its data has the "+" that joins a key's parts."""
    senses = vocabulary().senses
    assert senses is not None
    tables = (senses.nb.entries, senses.nn.entries, senses.frequency, senses.variants)
    assert not any("+" in word for table in tables for word in table)
    assert not any("+" in word for word in (*senses.nn_nb, *senses.nn_nb.values()))
    assert not any("+" in word for word in senses.variants.values())
    assert senses.split("renhold+tjeneste") == ()
    assert senses.compound_parts("vinter+vedlikehold") == ()


def test_the_readme_explains_the_files() -> None:
    readme = (VOCABULARY_DIR / "README.md").read_text(encoding="utf-8")
    for name in (
        "families.json",
        "stopwords.txt",
        "spelling_variants.tsv",
        "word_kinds.tsv",
        "lexicon/",
        "GPL-2",
        "CC-BY-SA 4.0",
    ):
        assert name in readme


def test_bad_files_are_refused_in_norwegian(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="Fant ikke"):
        load_vocabulary(tmp_path)
    (tmp_path / "families.json").write_text(
        json.dumps({"families": [{"id": "a", "label": "A", "kinds": ["varer"], "terms": ["x"]}]}),
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError, match="ukjent art"):
        load_vocabulary(tmp_path)
    (tmp_path / "families.json").write_text(
        json.dumps(
            {"families": [{"id": "a", "label": "A", "terms": ["x"], "parent": "finnes_ikke"}]}
        ),
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError, match="ukjent overordnet"):
        load_vocabulary(tmp_path)


def test_a_minimal_vocabulary_works(tmp_path: Path) -> None:
    (tmp_path / "families.json").write_text(
        json.dumps(
            {
                "families": [
                    {"id": "snow", "label": "snø", "kinds": ["services"], "terms": ["brøyting"]}
                ]
            }
        ),
        encoding="utf-8",
    )
    vocab = load_vocabulary(tmp_path)
    assert vocab.family("snow").kinds == frozenset({"services"})
