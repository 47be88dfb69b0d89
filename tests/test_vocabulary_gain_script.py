"""scripts/vocabulary_gain.py: one item of today's vocabulary put in an old one's place."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import vocabulary_gain


def _folder(root: Path, tag: str) -> Path:
    (root / "lexicon").mkdir(parents=True)
    (root / "lexicon" / "nn_nb.tsv").write_text(f"lexicon {tag}\n", encoding="utf-8")
    for name in ("families.json", "english.tsv", "stopwords.txt"):
        (root / name).write_text(f"{name} {tag}\n", encoding="utf-8")
    return root


def test_one_item_is_swapped_and_the_rest_kept(tmp_path: Path) -> None:
    old = _folder(tmp_path / "old", "old")
    today = _folder(tmp_path / "today", "today")
    (today / "spelling_variants.tsv").write_text("new file\n", encoding="utf-8")
    mixed = vocabulary_gain.mixed(old, today, "english.tsv", tmp_path / "a")
    assert (mixed / "english.tsv").read_text(encoding="utf-8") == "english.tsv today\n"
    assert (mixed / "families.json").read_text(encoding="utf-8") == "families.json old\n"
    assert not (mixed / "spelling_variants.tsv").exists()
    folder = vocabulary_gain.mixed(old, today, "lexicon", tmp_path / "b")
    assert (folder / "lexicon" / "nn_nb.tsv").read_text(encoding="utf-8") == "lexicon today\n"
    # "rest": every file none of the items names, the named ones kept old
    rest = vocabulary_gain.mixed(old, today, "rest", tmp_path / "c")
    assert (rest / "stopwords.txt").read_text(encoding="utf-8") == "stopwords.txt today\n"
    assert (rest / "families.json").read_text(encoding="utf-8") == "families.json old\n"
    assert (rest / "lexicon" / "nn_nb.tsv").read_text(encoding="utf-8") == "lexicon old\n"
    # the old folder itself is never changed
    assert (old / "english.tsv").read_text(encoding="utf-8") == "english.tsv old\n"
