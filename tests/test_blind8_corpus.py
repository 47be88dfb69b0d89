"""The eighth blind corpus (tests/fixtures/blind8_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, the generator writes
the committed bytes, and the project's plan import reads every file, without any column given
by hand, to exactly the expected values. Nothing here runs overlap detection.

Broken copies are made by changing fields of the CSV tables programmatically
(tests/fixtures/corpus_checks.py), so this file names no line text of the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind8_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind8_check  # noqa: E402
import corpus_checks as cc  # noqa: E402
import corpus_tools as ct  # noqa: E402
import make_blind8_corpus  # noqa: E402

# every way of breaking a copy of the corpus: (table, edit, what must be among the problems;
# "" = any problem at all)
BREAKS: list[tuple[str, cc.Change, str]] = [
    *((table, cc.edit_first(column, edit), "") for table, column, edit in cc.TABLE_EDITS),
    ("labels.csv", cc.group_in_one_plan("one_plan_only"), "group one_plan_only: 1 municipalities"),
    ("expected_values.csv", cc.grouped_date_moved(CORPUS, "2032"), "months apart"),
]


def test_the_committed_files_agree_with_labels_and_values() -> None:
    assert blind8_check.check(CORPUS) == []


@pytest.mark.parametrize(("table", "change", "expected"), BREAKS)
def test_a_broken_copy_is_caught(
    tmp_path: Path, table: str, change: cc.Change, expected: str
) -> None:
    """The check fails on a copy whose label, value, group or date no longer holds."""
    problems = cc.problems_after(CORPUS, tmp_path, table, change, blind8_check.check)
    assert problems
    assert any(expected in p for p in problems), problems


def test_shape_of_the_corpus() -> None:
    """Ten plans (three CSV), 200–240 lines, 25–32 groups of 2–4 municipalities, the grouped share
    and the lines per plan within the check's bounds."""
    labels = ct.rows_of(CORPUS / "labels.csv")
    found = ct.shape(labels)
    per_plan, share = blind8_check.LINES_PER_PLAN, blind8_check.GROUPED_SHARE
    suffixes = sorted(Path(name).suffix for name in found.per_file)
    holds = {
        "ten plans, three of them CSV": suffixes == [".csv"] * 3 + [".xlsx"] * 7,
        "200–240 lines": 200 <= len(labels) <= 240,
        "lines per plan": all(per_plan[0] <= n <= per_plan[1] for n in found.per_file.values()),
        "25–32 groups": 25 <= len(found.spans) <= 32,
        "2–4 municipalities a group": all(2 <= n <= 4 for n in found.spans),
        "grouped share": share[0] <= found.grouped_share <= share[1],
    }
    assert [what for what, ok in holds.items() if not ok] == []


def test_tables_are_in_the_form_of_the_dev_corpus() -> None:
    """The same columns as the dev corpus's tables; cpv8 eight digits on every line."""
    assert cc.format_problems(CORPUS, shared_path("corpus", "dev")) == []


def test_the_generator_writes_the_committed_bytes(tmp_path: Path) -> None:
    assert ct.rebuilt_differences(CORPUS, tmp_path, make_blind8_corpus.build) == []


def test_no_municipality_is_in_another_corpus() -> None:
    assert ct.municipality_problems(CORPUS, shared_path("corpus", "dev"), 10) == []


def test_the_plan_import_reads_the_expected_values(sqlite_db: Database, actor: Actor) -> None:
    """Every plan imports without --map to exactly the expected lines and values."""
    problems = cc.import_problems(sqlite_db, actor, CORPUS)
    assert not problems, "\n".join(problems)
