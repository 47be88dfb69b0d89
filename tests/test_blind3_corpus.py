"""The third blind corpus (tests/fixtures/blind3_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, and the generator
writes the committed bytes. Nothing here runs overlap detection."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind3_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind3_check  # noqa: E402
import corpus_tools as ct  # noqa: E402
import make_blind3_corpus  # noqa: E402


def _labels() -> list[dict[str, str]]:
    return ct.rows_of(CORPUS / "labels.csv")


def test_files_labels_and_values_agree() -> None:
    assert blind3_check.check(CORPUS) == []


def test_corpus_shape() -> None:
    shape = ct.shape(_labels())
    assert 8 <= len(shape.per_file) <= 10
    assert all(20 <= n <= 28 for n in shape.per_file.values()), shape.per_file
    assert 0.30 <= shape.grouped_share <= 0.42
    assert all(2 <= n <= 4 for n in shape.spans)


def test_mutated_label_is_caught(tmp_path: Path) -> None:
    """The consistency check fails when a label no longer matches its file."""
    ct.copy_corpus(CORPUS, tmp_path)
    text = (tmp_path / "labels.csv").read_text(encoding="utf-8")
    (tmp_path / "labels.csv").write_text(
        text.replace("Vegoppmerking", "Vegmerking", 1), encoding="utf-8", newline=""
    )
    problems = blind3_check.check(tmp_path)
    assert any("Vegoppmerking" in p for p in problems)


def test_generator_reproduces_committed_bytes(tmp_path: Path) -> None:
    assert ct.rebuilt_differences(CORPUS, tmp_path, make_blind3_corpus.build) == []


def test_municipalities_are_new_to_the_other_corpora() -> None:
    """No municipality of this corpus names a plan file of the dev, demo or other fixture corpora
    (file names only)."""
    dev = shared_path("corpus", "dev")
    if not dev.is_dir():
        pytest.skip("shared dev corpus not present (../shared/corpus/dev)")
    root = CORPUS.parents[2]
    others = [dev, root / "resources" / "demo"] + [
        CORPUS.parent / name for name in ("holdout_corpus", "unseen_corpus", "trap_corpus")
    ]
    assert _labels()
    assert ct.municipalities_reused(CORPUS, others) == []
