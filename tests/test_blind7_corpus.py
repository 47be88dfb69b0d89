"""The seventh blind corpus (tests/fixtures/blind7_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, the generator writes
the committed bytes, and the project's plan import reads every file, without any column given
by hand, to exactly the expected values. Nothing here runs overlap detection.

Broken copies are made by changing fields of the CSV tables programmatically, so this file
names no line text of the corpus."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind7_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind7_check  # noqa: E402
import corpus_import  # noqa: E402
import corpus_tools as ct  # noqa: E402
import make_blind7_corpus  # noqa: E402

Rows = list[dict[str, str]]
Change = Callable[[Rows], None]


def _problems_after(folder: Path, table: str, change: Change) -> list[str]:
    """What the check finds in a copy of the corpus after change() edited one of its tables."""
    ct.copy_corpus(CORPUS, folder)
    rows = ct.rows_of(folder / table)
    change(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    (folder / table).write_bytes(out.getvalue().encode("utf-8"))
    return blind7_check.check(folder)


def test_the_committed_files_agree_with_labels_and_values() -> None:
    assert blind7_check.check(CORPUS) == []


def test_shape_of_the_corpus() -> None:
    labels = ct.rows_of(CORPUS / "labels.csv")
    found = ct.shape(labels)
    low, high = blind7_check.LINES_PER_PLAN
    assert len(found.per_file) == 10
    assert 200 <= len(labels) <= 240
    assert all(low <= n <= high for n in found.per_file.values()), found.per_file
    assert 25 <= len(found.spans) <= 32
    assert all(2 <= n <= 4 for n in found.spans)
    share_low, share_high = blind7_check.GROUPED_SHARE
    assert share_low <= found.grouped_share <= share_high
    kinds = sorted(Path(name).suffix for name in found.per_file)
    assert kinds == [".csv"] * 2 + [".xlsx"] * 8


def test_tables_have_the_columns_of_the_dev_corpus() -> None:
    dev = shared_path("corpus", "dev")
    for table in ct.TABLES:
        with (dev / table).open(encoding="utf-8", newline="") as f:
            header = next(csv.reader(f))
        assert list(ct.rows_of(CORPUS / table)[0]) == header


def test_cpv8_is_eight_digits_everywhere() -> None:
    values = ct.rows_of(CORPUS / "expected_values.csv")
    assert all(v["cpv8"].isdigit() and len(v["cpv8"]) == 8 for v in values)


def _edit_first(column: str, edit: Callable[[str], str]) -> Change:
    def change(rows: Rows) -> None:
        row = next(r for r in rows if r[column])
        row[column] = edit(row[column])

    return change


@pytest.mark.parametrize(
    ("table", "column", "edit"),
    [
        ("labels.csv", "description", lambda s: "x" + s),
        ("labels.csv", "reference", lambda s: s + "9"),
        ("expected_values.csv", "date_text", lambda s: s.replace("20", "21", 1)),
        ("expected_values.csv", "cpv8", lambda s: "0" + s[1:] if s[0] != "0" else "1" + s[1:]),
        ("expected_values.csv", "annual_value_nok", lambda s: str(int(s) - 1000)),
        ("expected_values.csv", "option_years", lambda s: str(int(s) + 2)),
    ],
)
def test_an_edited_label_or_value_is_found(
    tmp_path: Path, table: str, column: str, edit: Callable[[str], str]
) -> None:
    assert _problems_after(tmp_path, table, _edit_first(column, edit)) != []


def test_a_group_in_one_municipality_only_is_found(tmp_path: Path) -> None:
    def same_file_pair(rows: Rows) -> None:
        free = [r for r in rows if not r["group"]]
        first = free[0]
        second = next(r for r in free[1:] if r["file"] == first["file"])
        first["group"] = second["group"] = "one_plan_only"

    problems = _problems_after(tmp_path, "labels.csv", same_file_pair)
    assert "group one_plan_only: 1 municipalities (allowed 2–4)" in problems


def test_a_group_member_years_away_is_found(tmp_path: Path) -> None:
    grouped = {(r["file"], r["excel_row"]) for r in ct.rows_of(CORPUS / "labels.csv") if r["group"]}

    def move_one(rows: Rows) -> None:
        row = next(r for r in rows if (r["file"], r["excel_row"]) in grouped)
        row["date_text"] = "2032"

    problems = _problems_after(tmp_path, "expected_values.csv", move_one)
    assert any("months apart" in p for p in problems), problems


def test_the_generator_writes_the_committed_bytes(tmp_path: Path) -> None:
    assert ct.rebuilt_differences(CORPUS, tmp_path, make_blind7_corpus.build) == []


def test_no_municipality_is_in_another_corpus() -> None:
    assert ct.municipality_problems(CORPUS, shared_path("corpus", "dev"), 10) == []


def test_the_plan_import_reads_the_expected_values(sqlite_db: Database, actor: Actor) -> None:
    """Every plan imports without --map to exactly the expected lines and values."""
    problems = corpus_import.import_problems(sqlite_db, actor, CORPUS)
    assert not problems, "\n".join(problems)
