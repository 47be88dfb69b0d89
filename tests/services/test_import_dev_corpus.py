"""Importing every plan of a labelled corpus gives exactly the labelled lines with their values.

Two corpora: the dev corpus in ../shared (real-looking plans) and the demo region shipped in
resources/demo (other layouts: plan on a second sheet, two-row header, values in thousands).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import list_lines
from tests.conftest import shared_path


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module", params=["dev", "demo"])
def corpus(request: pytest.FixtureRequest) -> Path:
    if request.param == "dev":
        return shared_path("corpus", "dev")
    from kommunesamarbeid.paths import resource_path

    return resource_path("demo")


def _import_all(db: Database, actor: Actor, corpus: Path) -> None:
    labels = _read_csv(corpus / "labels.csv")
    municipality_of = {row["file"]: row["municipality"] for row in labels}
    for file_name, municipality in municipality_of.items():
        import_plan(db, actor, corpus / file_name, municipality)


def test_corpus_lines_and_values(db: Database, actor: Actor, corpus: Path) -> None:
    _import_all(db, actor, corpus)
    labels = _read_csv(corpus / "labels.csv")
    expected = {
        (r["file"], int(r["excel_row"])): r for r in _read_csv(corpus / "expected_values.csv")
    }
    lines = {(line.source_file, line.source_row): line for line in list_lines(db)}

    wanted = {(r["file"], int(r["excel_row"])): r for r in labels}
    missing = sorted(set(wanted) - set(lines))
    extra = sorted(set(lines) - set(wanted))
    assert not missing, f"labelled lines not imported: {missing}"
    assert not extra, f"rows imported that are no plan lines: {extra}"

    mismatches: list[str] = []
    for key, label in wanted.items():
        line = lines[key]
        exp = expected[key]
        want_cpv = exp["cpv8"] if exp["cpv_written"] else None
        checks = {
            "municipality": (line.municipality, label["municipality"]),
            "description": (line.description, " ".join(label["description"].split())),
            "sheet": (line.source_sheet, label["sheet"] or None),
            "annual_value_nok": (
                line.annual_value_nok,
                int(exp["annual_value_nok"]) if exp["annual_value_nok"] else None,
            ),
            "total_value_nok": (
                line.total_value_nok,
                int(exp["total_value_nok"]) if exp["total_value_nok"] else None,
            ),
            "contract_years": (
                line.contract_years,
                float(exp["contract_years"]) if exp["contract_years"] else None,
            ),
            "option_years": (
                line.option_years,
                float(exp["option_years"]) if exp["option_years"] else None,
            ),
            "cpv": (line.cpv, want_cpv),
        }
        for name, (got, want) in checks.items():
            if got != want:
                mismatches.append(f"{key[0]} row {key[1]} {name}: got {got!r}, want {want!r}")
    assert not mismatches, "\n".join(mismatches)


def test_corpus_reimport_is_unchanged(sqlite_db: Database, actor: Actor, corpus: Path) -> None:
    _import_all(sqlite_db, actor, corpus)
    labels = _read_csv(corpus / "labels.csv")
    first = labels[0]
    count = sum(1 for r in labels if r["file"] == first["file"])
    report = import_plan(sqlite_db, actor, corpus / first["file"], first["municipality"])
    assert (report.added, report.updated, report.withdrawn) == (0, 0, 0)
    assert report.unchanged == count
