"""The fourth blind corpus (tests/fixtures/blind4_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, and the generator
writes the committed bytes. Nothing here runs overlap detection."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind4_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind4_check  # noqa: E402
import corpus_tools as ct  # noqa: E402
import make_blind4_corpus  # noqa: E402


def _rows(name: str) -> list[dict[str, str]]:
    return ct.rows_of(CORPUS / name)


def test_files_labels_and_values_agree() -> None:
    assert blind4_check.check(CORPUS) == []


def test_corpus_shape() -> None:
    shape = ct.shape(_rows("labels.csv"))
    assert 8 <= len(shape.per_file) <= 9
    assert all(20 <= n <= 28 for n in shape.per_file.values()), shape.per_file
    assert 0.30 <= shape.grouped_share <= 0.40
    assert all(2 <= n <= 4 for n in shape.spans)
    assert sum(1 for f in shape.per_file if f.endswith(".csv")) in (1, 2)


def test_every_line_has_an_eight_digit_cpv8() -> None:
    """cpv8 is eight digits on every line (the code written, or the one a buyer would choose)."""
    assert all(len(v["cpv8"]) == 8 and v["cpv8"].isdigit() for v in _rows("expected_values.csv"))


def _edit(path: Path, *changes: tuple[str, str]) -> None:
    text = path.read_bytes().decode("utf-8")
    for old, new in changes:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_bytes(text.encode("utf-8"))


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("labels.csv", "Strøsalt (NaCl), lev. i bulk", "Strøsalt (NaCl) lev. i bulk"),
        ("expected_values.csv", ",2030\r\n", ",2029\r\n"),
        ("expected_values.csv", "22113000-5", "22113000"),
    ],
)
def test_a_changed_label_or_value_is_caught(tmp_path: Path, name: str, old: str, new: str) -> None:
    """The consistency check fails when a label or expected value no longer matches its file."""
    _edit(ct.copy_corpus(CORPUS, tmp_path) / name, (old, new))
    assert blind4_check.check(tmp_path) != []


def test_a_group_of_one_municipality_is_caught(tmp_path: Path) -> None:
    _edit(
        ct.copy_corpus(CORPUS, tmp_path) / "labels.csv",
        (",Kantinedrift rådhuset,\r\n", ",Kantinedrift rådhuset,canteen\r\n"),
        (",Kantinedrift Brumunddal helsehus,\r\n", ",Kantinedrift Brumunddal helsehus,canteen\r\n"),
    )
    assert "group canteen: 1 municipalities (allowed 2–4)" in blind4_check.check(tmp_path)


def test_the_generator_writes_the_committed_bytes(tmp_path: Path) -> None:
    assert ct.rebuilt_differences(CORPUS, tmp_path, make_blind4_corpus.build) == []


def test_municipalities_are_new_to_the_other_corpora() -> None:
    assert ct.municipality_problems(CORPUS, shared_path("corpus", "dev"), 9) == []
