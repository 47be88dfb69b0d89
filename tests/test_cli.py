"""The command line as scripts use it: commands, exit codes and the JSON keys of CLI.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kommunesamarbeid.cli import main
from tests.conftest import shared_path

LINE_KEYS = {
    "id",
    "municipality",
    "reference",
    "description",
    "cpv",
    "annual_value_nok",
    "total_value_nok",
    "contract_years",
    "option_years",
    "period_start",
    "period_end",
    "source_file",
    "source_sheet",
    "source_row",
}
IMPORT_KEYS = {
    "file",
    "municipality",
    "sheet",
    "added",
    "updated",
    "unchanged",
    "withdrawn",
    "warnings",
    "errors",
}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbarg(db_url: str) -> str:
    return db_url


def test_municipality_add_is_idempotent_and_listed(
    capsys: pytest.CaptureFixture[str], dbarg: str
) -> None:
    code, out, _ = run(
        capsys, "--db", dbarg, "municipality", "add", "Nome kommune", "--number", "4020", "--json"
    )
    assert code == 0 and json.loads(out)["created"] is True
    code, out, _ = run(capsys, "--db", dbarg, "municipality", "add", "Nome kommune", "--json")
    assert code == 0 and json.loads(out)["created"] is False
    code, out, _ = run(capsys, "--db", dbarg, "municipality", "list", "--json")
    items = json.loads(out)["municipalities"]
    assert [(m["name"], m["number"]) for m in items] == [("Nome kommune", "4020")]


def test_bad_orgnr_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(
        capsys, "--db", str(tmp_path / "x.db"), "municipality", "add", "Bø", "--orgnr", "123456789"
    )
    assert code == 1
    assert "organisasjonsnummer" in err


def test_import_and_lines_json(capsys: pytest.CaptureFixture[str], dbarg: str) -> None:
    plan = shared_path("corpus", "dev", "molde_innkjopsplan_2026-27.xlsx")
    code, out, _ = run(
        capsys, "--db", dbarg, "import", str(plan), "--municipality", "Molde kommune", "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert set(report) >= IMPORT_KEYS
    assert report["added"] == 21 and report["sheet"] == "Innkjøpsplan"
    for w in report["warnings"]:
        assert {"sheet", "row", "column", "value", "message"} <= set(w)
    code, out, _ = run(capsys, "--db", dbarg, "lines", "--json")
    lines = json.loads(out)["lines"]
    assert len(lines) == 21
    assert all(set(line) >= LINE_KEYS for line in lines)
    first = min(lines, key=lambda line: line["source_row"])
    assert first["source_row"] == 5 and first["source_sheet"] == "Innkjøpsplan"
    assert first["cpv"] == "90620000" and first["annual_value_nok"] == 3_300_000
    assert first["period_start"] == "2026-04-01" and first["period_end"] == "2026-04-30"


def test_dry_run_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plan = shared_path("corpus", "dev", "halden_anskaffelsesplan_2026-2027.xlsx")
    db = str(tmp_path / "d.db")
    code, out, _ = run(
        capsys, "--db", db, "import", str(plan), "--municipality", "Halden", "--dry-run", "--json"
    )
    assert code == 0 and json.loads(out)["added"] == 23
    code, out, _ = run(capsys, "--db", db, "lines", "--json")
    assert json.loads(out)["lines"] == []
    code, out, _ = run(capsys, "--db", db, "municipality", "list", "--json")
    assert json.loads(out)["municipalities"] == []


def test_refused_file_json_and_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "plan.xlsx"
    bad.write_bytes(b"%PDF-1.4 this is not a spreadsheet")
    db = str(tmp_path / "r.db")
    code, out, err = run(capsys, "--db", db, "import", str(bad), "--municipality", "Bø", "--json")
    assert code == 1
    data = json.loads(out)
    assert data["file"] == "plan.xlsx" and data["added"] == 0 and data["errors"][0]["message"]
    assert "plan.xlsx" in err
    code, out, _ = run(capsys, "--db", db, "municipality", "list", "--json")
    assert json.loads(out)["municipalities"] == []


def test_mapping_override_is_remembered(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plan = shared_path("corpus", "dev", "halden_anskaffelsesplan_2026-2027.xlsx")
    db = str(tmp_path / "m.db")
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        str(plan),
        "--municipality",
        "Halden",
        "--map",
        "description=B",
        "--map",
        "total_value=D",
        "--map",
        "reference=A",
        "--json",
    )
    assert code == 0
    corrected = {"description": "B", "total_value": "D", "reference": "A"}

    def check(mapping: dict[str, Any], source: str) -> None:
        # --map corrects the named fields and keeps the rest of what was detected.
        assert {f: m["column"] for f, m in mapping.items() if f in corrected} == corrected
        assert {f for f, m in mapping.items() if m["source"] == source} == set(corrected)
        assert {"cpv", "contract_years", "option_years"} <= set(mapping)

    check(json.loads(out)["mapping"], "corrected")
    # The next import of the same headers for the same municipality reuses the correction.
    code, out, _ = run(
        capsys, "--db", db, "import", str(plan), "--municipality", "Halden", "--json"
    )
    report = json.loads(out)
    check(report["mapping"], "remembered")
    assert report["unchanged"] == 23


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["nonsense"]) == 2
    assert main(["import"]) == 2
    assert main(["import", "x.xlsx", "--municipality", "A", "--map", "nope"]) == 2
    capsys.readouterr()


def test_python_dash_m_entry_point(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kommunesamarbeid",
            "--db",
            str(tmp_path / "e.db"),
            "municipality",
            "list",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"municipalities": []}


def test_demo_then_lines_on_both_databases(capsys: pytest.CaptureFixture[str], dbarg: str) -> None:
    """CLI.md: `demo && lines --json` prints the demo lines with the documented keys."""
    import csv

    from kommunesamarbeid.paths import resource_path

    with resource_path("demo", "labels.csv").open(encoding="utf-8", newline="") as fh:
        labelled = list(csv.DictReader(fh))
    code, _, err = run(capsys, "--db", dbarg, "demo")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", dbarg, "lines", "--json")
    lines = json.loads(out)["lines"]
    assert len(lines) == len(labelled)
    assert all(set(line) >= LINE_KEYS for line in lines)
    assert len({line["municipality"] for line in lines}) == 8
    # A second `demo` is idempotent; `--force` re-imports and changes nothing.
    assert run(capsys, "--db", dbarg, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", dbarg, "demo", "--force", "--json")
    result = json.loads(out)
    assert code == 0 and all(r["added"] == 0 and r["updated"] == 0 for r in result["imports"])


def test_municipality_set_maalform_and_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "m.db")
    assert main(["--db", db, "municipality", "add", "Alver kommune"]) == 0
    assert main(["--db", db, "municipality", "set", "Alver", "--maalform", "bokmaal"]) == 0
    assert main(["--db", db, "municipality", "set", "Alver", "--maalform", "svensk"]) == 1
    assert "Ukjent målform" in capsys.readouterr().err
    assert main(["--db", db, "municipality", "set", "Ingenstad"]) == 2
    assert main(["--db", db, "municipality", "set", "Ingenstad", "--number", "4631"]) == 1
    capsys.readouterr()
    assert main(["--db", db, "municipality", "list", "--json"]) == 0
    (alver,) = json.loads(capsys.readouterr().out)["municipalities"]
    # Number and county came from the national list; the målform is the user's choice.
    assert (alver["number"], alver["county"], alver["maalform"]) == ("4631", "Vestland", "bokmaal")
