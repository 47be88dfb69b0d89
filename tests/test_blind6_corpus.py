"""The sixth blind corpus (tests/fixtures/blind6_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, the generator writes
the committed bytes, and the project's plan import reads every file, without any column given
by hand, to exactly the expected values. Nothing here runs overlap detection.

The broken copies are made by changing fields of the CSV files programmatically
(tests/fixtures/corpus_checks.py), so this file names no line text of the corpus."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind6_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind6_check  # noqa: E402
import corpus_checks  # noqa: E402
import corpus_tools as ct  # noqa: E402
import make_blind6_corpus  # noqa: E402


def test_files_labels_and_values_agree() -> None:
    assert blind6_check.check(CORPUS) == []


def test_corpus_shape() -> None:
    labels = ct.rows_of(CORPUS / "labels.csv")
    shape = ct.shape(labels)
    low, high = blind6_check.LINES_PER_PLAN
    assert len(shape.per_file) == 10
    assert 200 <= len(labels) <= 230
    assert all(low <= n <= high for n in shape.per_file.values()), shape.per_file
    assert 25 <= len(shape.spans) <= 30
    assert blind6_check.GROUPED_SHARE[0] <= shape.grouped_share <= blind6_check.GROUPED_SHARE[1]
    assert all(2 <= n <= 4 for n in shape.spans)
    assert sorted(Path(f).suffix for f in shape.per_file) == [".csv"] * 2 + [".xlsx"] * 8


def test_labels_and_values_have_the_dev_corpus_columns() -> None:
    dev = shared_path("corpus", "dev")
    for name in ct.TABLES:
        with (dev / name).open(encoding="utf-8", newline="") as f:
            dev_header = next(csv.reader(f))
        assert list(ct.rows_of(CORPUS / name)[0]) == dev_header


def test_every_line_has_an_eight_digit_cpv8() -> None:
    """cpv8 is eight digits on every line (the code written, or the one a buyer would choose)."""
    values = ct.rows_of(CORPUS / "expected_values.csv")
    assert all(len(v["cpv8"]) == 8 and v["cpv8"].isdigit() for v in values)


@pytest.mark.parametrize(("name", "field", "change"), corpus_checks.TABLE_EDITS)
def test_a_changed_label_or_value_is_caught(
    tmp_path: Path, name: str, field: str, change: corpus_checks.Edit
) -> None:
    """The consistency check fails when a label or expected value no longer matches its file."""
    edit = corpus_checks.edit_first(field, change)
    assert corpus_checks.problems_after(CORPUS, tmp_path, name, edit, blind6_check.check) != []


def test_a_group_of_one_municipality_is_caught(tmp_path: Path) -> None:
    edit = corpus_checks.group_in_one_plan("made_up")
    problems = corpus_checks.problems_after(
        CORPUS, tmp_path, "labels.csv", edit, blind6_check.check
    )
    assert "group made_up: 1 municipalities (allowed 2–4)" in problems


def test_a_group_spread_over_years_is_caught(tmp_path: Path) -> None:
    """Lines of one group lie within 12 months of each other."""
    edit = corpus_checks.grouped_date_moved(CORPUS, "2031")
    problems = corpus_checks.problems_after(
        CORPUS, tmp_path, "expected_values.csv", edit, blind6_check.check
    )
    assert any("months apart" in p for p in problems), problems


def test_the_generator_writes_the_committed_bytes(tmp_path: Path) -> None:
    assert ct.rebuilt_differences(CORPUS, tmp_path, make_blind6_corpus.build) == []


def test_municipalities_are_new_to_the_other_corpora() -> None:
    assert ct.municipality_problems(CORPUS, shared_path("corpus", "dev"), 10) == []


def test_the_plan_import_reads_the_expected_values(sqlite_db: Database, actor: Actor) -> None:
    """Every plan imports without --map, gives one line per labelled row and no other, and each
    line has the expected reference, description, CPV, values, years and date period."""
    problems = corpus_checks.import_problems(sqlite_db, actor, CORPUS)
    assert not problems, "\n".join(problems)
