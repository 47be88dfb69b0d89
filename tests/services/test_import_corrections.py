"""A correction can never destroy a plan: --map corrects, remembered corrections can be shown
and forgotten, and an import that would withdraw or blank too much is refused with the list.

The regression case: ``import … --map description=B --map contract_years=E`` used to replace
the whole recognised mapping by those two fields, so every line lost its value, CPV code and
date (15 withdrawn and 15 re-added without them), and the broken mapping was remembered.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kommunesamarbeid.cli import main
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_guard import DestructiveImportError
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import list_lines
from tests.services.test_import_behaviour import dump, write_plan

#: Column E holds the contract years under a header no rule knows ("Løpe"), so the user maps it.
HEADER = ["Nr", "Beskrivelse", "CPV", "Verdi pr. år", "Løpe", "Kunngjøring", "Enhet", "Merknad"]


def _plan(n: int = 16) -> list[list[Any]]:
    rows = []
    for i in range(1, n + 1):
        note = f"Merknad til linje {i}" if i % 2 else None
        rows.append(
            [f"L-{i}", f"Anskaffelse nummer {i}", "90620000", 100_000 * i, 2, "Q3 2026",
             "Teknisk", note]
        )  # fmt: skip
    return rows


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    return write_plan(tmp_path / "plan.xlsx", _plan(), header=HEADER)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _content(db: Database) -> dict[str | None, tuple[Any, ...]]:
    return {
        x.reference: (x.description, x.cpv, x.annual_value_nok, x.period_start, x.contract_years)
        for x in list_lines(db, municipality="Nome")
    }


def test_map_with_two_fields_changes_only_those_fields(
    db: Database, db_url: str, plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = import_plan(db, Actor(user="testbruker"), plan_file, "Nome")
    assert first.added == 16 and "contract_years" not in first.mapping
    before = _content(db)
    assert all(v[4] is None for v in before.values())  # the years were not recognised

    code, out, err = _cli(
        capsys, "--db", db_url, "import", str(plan_file), "--municipality", "Nome",
        "--map", "description=B", "--map", "contract_years=E", "--json",
    )  # fmt: skip
    assert code == 0, err
    report = json.loads(out)
    assert (report["added"], report["updated"], report["withdrawn"]) == (0, 16, 0)
    assert report["mapping"]["contract_years"]["source"] == "corrected"
    for name in ("reference", "cpv", "annual_value", "announcement", "unit", "comments"):
        assert report["mapping"][name]["source"] == "detected", name
    after = _content(db)
    assert set(after) == set(before)
    for ref, (description, cpv, value, start, years) in after.items():
        assert (description, cpv, value, start) == before[ref][:4]
        assert years == 2.0

    # Remembered: the next import of the same headers applies the correction again.
    code, out, err = _cli(
        capsys, "--db", db_url, "import", str(plan_file), "--municipality", "Nome", "--json"
    )
    again = json.loads(out)
    assert code == 0 and (again["unchanged"], again["updated"]) == (16, 0)
    assert again["mapping"]["contract_years"]["source"] == "remembered"


def test_show_and_forget_the_remembered_mapping(
    sqlite_db: Database, tmp_path: Path, plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_arg = str(sqlite_db.url.database)
    code, _, err = _cli(
        capsys, "--db", db_arg, "import", str(plan_file), "--municipality", "Nome",
        "--map", "contract_years=E",
    )  # fmt: skip
    assert code == 0, err
    before = dump(sqlite_db)
    code, out, _ = _cli(
        capsys, "--db", db_arg, "import", str(plan_file), "--municipality", "Nome",
        "--show-mapping", "--json",
    )  # fmt: skip
    shown = json.loads(out)
    assert code == 0 and shown["remembered"] == {"contract_years": "E"}
    assert shown["mapping"]["contract_years"] == {
        "column": "E", "header": "Løpe", "confidence": 1.0, "source": "remembered"
    }  # fmt: skip
    code, _, err = _cli(
        capsys, "--db", db_arg, "import", str(plan_file), "--municipality", "Nome",
        "--show-mapping",
    )  # fmt: skip
    assert code == 0 and "Avtaleperiode (år) ← kolonne E «Løpe» (husket)" in err
    assert "contract_years=E" in err
    assert dump(sqlite_db) == before  # showing changes nothing

    code, _, err = _cli(
        capsys, "--db", db_arg, "import", str(plan_file), "--municipality", "Nome",
        "--forget-mapping",
    )  # fmt: skip
    assert code == 0 and "Glemte 1" in err
    code, out, _ = _cli(
        capsys, "--db", db_arg, "import", str(plan_file), "--municipality", "Nome",
        "--show-mapping", "--json",
    )  # fmt: skip
    assert json.loads(out)["remembered"] == {}
    assert "contract_years" not in json.loads(out)["mapping"]


def test_a_mapping_that_would_withdraw_half_the_plan_is_refused(
    db: Database, db_url: str, plan_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_plan(db, Actor(user="testbruker"), plan_file, "Nome")
    before = dump(db)
    # "Merknad" (H) as the description: the eight rows without a note have no description,
    # so eight of sixteen lines would be withdrawn.
    args = ["--db", db_url, "import", str(plan_file), "--municipality", "Nome",
            "--map", "description=H"]  # fmt: skip
    code, out, err = _cli(capsys, *args, "--json")
    assert code == 1
    assert err.startswith("Avvist: Importen ville trekke tilbake 8 av 16 aktive linjer")
    assert "--allow-withdraw" in err
    assert "Anskaffelse nummer 2" in err and "Anskaffelse nummer 16" in err  # the list
    refused = json.loads(out)
    assert refused["added"] == 0 and refused["errors"][0]["kind"] == "destructive_import"
    assert len(refused["withdraw_check"]["withdrawn"]) == 8
    assert dump(db) == before  # nothing changed, and the mapping is not remembered

    code, _, err = _cli(capsys, *args, "--allow-withdraw")
    assert code == 0, err
    assert len(list_lines(db, municipality="Nome")) == 8


def test_blanking_a_field_on_most_lines_is_refused(
    db: Database, plan_file: Path, tmp_path: Path
) -> None:
    actor = Actor(user="testbruker")
    import_plan(db, actor, plan_file, "Nome")
    before = dump(db)
    with pytest.raises(DestructiveImportError) as info:
        import_plan(db, actor, plan_file, "Nome", mapping={"cpv": ""})
    assert "tømme feltet «CPV-kode» på 16 av 16 linjer" in info.value.describe()
    assert dump(db) == before
    # A dry run reports it without refusing.
    report = import_plan(db, actor, plan_file, "Nome", mapping={"cpv": ""}, dry_run=True)
    assert report.destructive and report.updated == 16
    assert dump(db) == before
    # A quarter is allowed: four of sixteen lines dropped from the plan.
    smaller = write_plan(tmp_path / "mindre.xlsx", _plan()[:12], header=HEADER)
    report = import_plan(db, actor, smaller, "Nome")
    assert report.withdrawn == 4 and not report.destructive


def test_an_unchanged_reimport_changes_no_row_and_no_version(
    db: Database, plan_file: Path, tmp_path: Path
) -> None:
    actor = Actor(user="testbruker")
    import_plan(db, actor, plan_file, "Nome")
    before = dump(db)
    report = import_plan(db, actor, plan_file, "Nome")
    assert (report.updated, report.unchanged) == (0, 16)
    after = dump(db)
    assert after["planned_purchase"] == before["planned_purchase"]
    # The same plan saved under another name: where the lines came from is updated, but no
    # line gets a new version (a colleague's edit is not refused as a conflict).
    copy = write_plan(tmp_path / "kopi.xlsx", _plan(), header=HEADER)
    import_plan(db, actor, copy, "Nome")
    versions = {x.id: x.version for x in list_lines(db, municipality="Nome")}
    assert set(versions.values()) == {1}
    assert {x.source_file for x in list_lines(db, municipality="Nome")} == {"kopi.xlsx"}
