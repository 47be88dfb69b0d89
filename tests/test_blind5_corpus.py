"""The fifth blind corpus (tests/fixtures/blind5_corpus) is consistent: its plan files say what
labels.csv and expected_values.csv say, the labels keep the corpus rules, and the generator
writes the committed bytes. Nothing here runs overlap detection.

The broken copies are made by changing fields of the CSV files programmatically, so this file
names no line text of the corpus."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind5_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind5_check  # noqa: E402
import corpus_tools as ct  # noqa: E402
import make_blind5_corpus  # noqa: E402


def _rows(name: str, folder: Path = CORPUS) -> list[dict[str, str]]:
    return ct.rows_of(folder / name)


def _write_rows(path: Path, rows: list[dict[str, str]]) -> None:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(text.getvalue().encode("utf-8"))


def test_files_labels_and_values_agree() -> None:
    assert blind5_check.check(CORPUS) == []


def test_corpus_shape() -> None:
    shape = ct.shape(_rows("labels.csv"))
    assert len(shape.per_file) == 9
    assert all(20 <= n <= 28 for n in shape.per_file.values()), shape.per_file
    assert 0.30 <= shape.grouped_share <= 0.40
    assert all(2 <= n <= 4 for n in shape.spans)
    assert sorted(Path(f).suffix for f in shape.per_file) == [".csv"] * 2 + [".xlsx"] * 7


def test_labels_and_values_have_the_dev_corpus_columns() -> None:
    dev = shared_path("corpus", "dev")
    for name in ("labels.csv", "expected_values.csv"):
        with (dev / name).open(encoding="utf-8", newline="") as f:
            dev_header = next(csv.reader(f))
        with (CORPUS / name).open(encoding="utf-8", newline="") as f:
            assert next(csv.reader(f)) == dev_header


def test_every_line_has_an_eight_digit_cpv8() -> None:
    """cpv8 is eight digits on every line (the code written, or the one a buyer would choose)."""
    assert all(len(v["cpv8"]) == 8 and v["cpv8"].isdigit() for v in _rows("expected_values.csv"))


def _first_with(rows: list[dict[str, str]], field: str) -> dict[str, str]:
    return next(row for row in rows if row[field])


@pytest.mark.parametrize(
    ("name", "field", "change"),
    [
        ("labels.csv", "description", lambda s: s + " x"),
        ("labels.csv", "reference", lambda s: s + "0"),
        ("expected_values.csv", "date_text", lambda s: s.replace("202", "203", 1)),
        ("expected_values.csv", "cpv_written", lambda s: s[:8] + "9" if len(s) == 8 else s[:8]),
        ("expected_values.csv", "annual_value_nok", lambda s: str(int(s) + 1000)),
        ("expected_values.csv", "option_years", lambda s: str(int(s) + 1)),
    ],
)
def test_a_changed_label_or_value_is_caught(
    tmp_path: Path, name: str, field: str, change: object
) -> None:
    """The consistency check fails when a label or expected value no longer matches its file."""
    ct.copy_corpus(CORPUS, tmp_path)
    rows = _rows(name, tmp_path)
    row = _first_with(rows, field)
    row[field] = change(row[field])  # type: ignore[operator]
    _write_rows(tmp_path / name, rows)
    assert blind5_check.check(tmp_path) != []


def test_a_group_of_one_municipality_is_caught(tmp_path: Path) -> None:
    ct.copy_corpus(CORPUS, tmp_path)
    rows = _rows("labels.csv", tmp_path)
    first = next(r for r in rows if not r["group"])
    second = next(
        r for r in rows if not r["group"] and r is not first and r["file"] == first["file"]
    )
    first["group"] = second["group"] = "made_up"
    _write_rows(tmp_path / "labels.csv", rows)
    assert "group made_up: 1 municipalities (allowed 2–4)" in blind5_check.check(tmp_path)


def test_a_missing_plan_line_label_is_caught(tmp_path: Path) -> None:
    ct.copy_corpus(CORPUS, tmp_path)
    labels, values = _rows("labels.csv", tmp_path), _rows("expected_values.csv", tmp_path)
    _write_rows(tmp_path / "labels.csv", labels[1:])
    _write_rows(tmp_path / "expected_values.csv", values[1:])
    problems = blind5_check.check(tmp_path)
    assert f"{labels[0]['file']} row {labels[0]['excel_row']}: a plan line without a label" in (
        problems
    )


def test_the_generator_writes_the_committed_bytes(tmp_path: Path) -> None:
    assert ct.rebuilt_differences(CORPUS, tmp_path, make_blind5_corpus.build) == []


def test_municipalities_are_new_to_the_other_corpora() -> None:
    assert ct.municipality_problems(CORPUS, shared_path("corpus", "dev"), 9) == []
