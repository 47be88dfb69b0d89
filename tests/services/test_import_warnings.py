"""Warnings a person can use: one per column and problem, naming the column; only for rows
the import keeps. And the English plan whose contract term was not recognised."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from tests.services.test_import_behaviour import write_plan

ACTOR = Actor(user="testbruker")


def _english_plan(n: int = 22) -> list[list[Any]]:
    return [
        [f"C-{i}", f"Service contract {i}", "90910000", 100_000 + i, 2, "1+1", "Q3 2026"]
        for i in range(1, n + 1)
    ]


def test_english_contract_term_is_recognised_so_no_total_doubles(
    sqlite_db: Database, tmp_path: Path
) -> None:
    header = ["Ref", "Description", "CPV", "Annual value (NOK)", "Contract term (years)",
              "Extension options", "Planned tender"]  # fmt: skip
    path = write_plan(tmp_path / "english.xlsx", _english_plan(), header=header)
    report = import_plan(sqlite_db, ACTOR, path, "Nome")
    assert report.added == 22
    assert report.mapping["contract_years"]["column"] == "E"
    assert report.mapping["option_years"]["column"] == "F"
    assert not [w for w in report.warnings if "48 måneder" in w.message]


def test_a_missing_column_gives_one_warning_that_names_it(
    sqlite_db: Database, tmp_path: Path
) -> None:
    header = ["Ref", "Description", "CPV", "Annual value (NOK)", "Ukjent kolonne", "Notat",
              "Planned tender"]  # fmt: skip
    path = write_plan(tmp_path / "no_term.xlsx", _english_plan(), header=header)
    report = import_plan(sqlite_db, ACTOR, path, "Nome")
    about_term = [w for w in report.warnings if "48 måneder" in w.message]
    assert len(about_term) == 1
    warning = about_term[0]
    assert "ingen kolonne for «Avtaleperiode (år)»" in warning.message
    assert "--map contract_years=" in warning.message
    assert warning.rows == tuple(range(4, 26)) and warning.row == 4
    assert "22 rader (4–25)" in warning.describe()
    # Each line keeps its own warning for its provenance.
    assert report.to_json()["warnings"][0]["rows"] == list(range(4, 26))


def test_unreadable_values_in_one_column_are_said_once_with_the_values(
    sqlite_db: Database, tmp_path: Path
) -> None:
    header = ["Nr", "Beskrivelse", "CPV", "Verdi pr. år", "Varighet (år)", "Kunngjøring"]
    rows = [
        ["A-1", "Renhold", "90910000", "ca. ?", 2, "2026"],
        ["A-2", "Brøyting", "90620000", "ukjent", 2, "2026"],
        ["A-3", "Møbler", "39160000", "se notat", 2, "2026"],
        ["A-4", "Papir", "30197630", 50_000, 2, "2026"],
    ]
    path = write_plan(tmp_path / "verdier.xlsx", rows, header=header)
    report = import_plan(sqlite_db, ACTOR, path, "Nome")
    about_d = [w for w in report.warnings if w.column == "D"]
    assert len(about_d) == 1
    text = about_d[0].describe()
    assert "kolonne D" in text and "3 rader (4–6)" in text
    assert "«ca. ?»" in text and "«ukjent»" in text and "«se notat»" in text


def test_only_rows_the_import_keeps_can_raise_warnings(sqlite_db: Database, tmp_path: Path) -> None:
    """A sum row with a formula Excel never calculated is skipped, and says nothing."""
    header = ["Nr", "Beskrivelse", "CPV", "Verdi pr. år", "Varighet (år)", "Kunngjøring"]
    rows: list[list[Any]] = [
        ["A-1", "Renhold", "90910000", 300_000, 2, "2026"],
        ["A-2", "Brøyting", "90620000", 200_000, 2, "2026"],
        ["Sum", None, None, "=SUM(D4:D5)", None, None],
    ]
    path = write_plan(tmp_path / "sum.xlsx", rows, header=header)
    report = import_plan(sqlite_db, ACTOR, path, "Nome")
    assert report.added == 2
    assert [s.reason for s in report.skipped][-1:] == ["Sumrad"]  # after the title row
    assert not [w for w in report.warnings if "formel" in w.message]
    # The same formula in a kept line is warned about, in its own row and column.
    rows[1][3] = "=D4*2"
    path = write_plan(tmp_path / "formel.xlsx", rows, header=header)
    report = import_plan(sqlite_db, ACTOR, path, "Bø", dry_run=True)
    formula = [w for w in report.warnings if "formel" in w.message]
    assert [(w.row, w.column) for w in formula] == [(5, "D")]
