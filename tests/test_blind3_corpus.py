"""The third blind corpus (tests/fixtures/blind3_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, and the generator
writes the committed bytes. Nothing here runs overlap detection."""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind3_corpus"
sys.path.insert(0, str(CORPUS / "source"))

import blind3_check  # noqa: E402
import make_blind3_corpus  # noqa: E402


def _labels() -> list[dict[str, str]]:
    with (CORPUS / "labels.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_files_labels_and_values_agree() -> None:
    assert blind3_check.check(CORPUS) == []


def test_corpus_shape() -> None:
    labels = _labels()
    per_file = Counter(row["file"] for row in labels)
    assert 8 <= len(per_file) <= 10
    assert all(20 <= n <= 28 for n in per_file.values()), per_file
    grouped = [row for row in labels if row["group"]]
    assert 0.30 <= len(grouped) / len(labels) <= 0.42
    munis_per_group: dict[str, set[str]] = {}
    for row in grouped:
        munis_per_group.setdefault(row["group"], set()).add(row["municipality"])
    assert all(2 <= len(m) <= 4 for m in munis_per_group.values())


def test_mutated_label_is_caught(tmp_path: Path) -> None:
    """The consistency check fails when a label no longer matches its file."""
    for p in CORPUS.iterdir():
        if p.is_file():
            (tmp_path / p.name).write_bytes(p.read_bytes())
    text = (tmp_path / "labels.csv").read_text(encoding="utf-8")
    (tmp_path / "labels.csv").write_text(
        text.replace("Vegoppmerking", "Vegmerking", 1), encoding="utf-8", newline=""
    )
    problems = blind3_check.check(tmp_path)
    assert any("Vegoppmerking" in p for p in problems)


def test_generator_reproduces_committed_bytes(tmp_path: Path) -> None:
    assert make_blind3_corpus.build(tmp_path) == []
    written = sorted(p.name for p in tmp_path.iterdir())
    committed = sorted(p.name for p in CORPUS.iterdir() if p.is_file())
    assert written == committed
    for name in written:
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


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
    names = " ".join(p.name.lower() for d in others if d.is_dir() for p in d.iterdir())
    mine = {row["file"].split("_")[0] for row in _labels()}
    assert mine and not [m for m in mine if m in names]
