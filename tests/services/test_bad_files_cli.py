"""Every bad file, imported through the command line as a user would: refused, quickly, cheaply.

For each file from ``tests/fixtures/make_bad_files.py`` the CLI runs in its own process
(``python -m kommunesamarbeid --db X import FILE --municipality ... --json``) against a database
that already holds one imported plan. A file that is no plan must end with exit status 1 within
20 seconds and under 1 GB of memory, print a Norwegian refusal naming the file on stderr and
``{"file", "errors", "added": 0}`` on stdout, and leave every table exactly as it was. A real
plan that is only awkward (declared to reach row 1,048,576, or 200 extra columns) is imported:
it is the same plan, so every line is unchanged and no row of the database changes.

Memory is measured by a small wrapper process that starts the CLI and reports its child's peak
resident set size (``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss``: the wrapper has no other
children, so this is the CLI's own peak).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.db.models import Base
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from tests.fixtures.make_bad_files import BUILDERS, make_all, plan_workbook

REPO = Path(__file__).resolve().parents[2]
TIME_LIMIT_S = 20.0
MEMORY_LIMIT_BYTES = 1024**3
MUNICIPALITY = "Eksempel kommune"

# Runs the CLI as a child, then prints one JSON line: exit status, outputs, peak RSS, time.
WRAPPER = r"""
import json, resource, subprocess, sys, time
started = time.monotonic()
try:
    done = subprocess.run(sys.argv[2:], capture_output=True, timeout=float(sys.argv[1]))
    code, out, err = done.returncode, done.stdout, done.stderr
except subprocess.TimeoutExpired as exc:
    code, out, err = "timeout", exc.stdout or b"", exc.stderr or b""
elapsed = time.monotonic() - started
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "stdout": out.decode("utf-8", "replace"),
                  "stderr": err.decode("utf-8", "replace"), "peak_bytes": peak_kib * 1024,
                  "seconds": elapsed}))
"""


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("bad"))


@pytest.fixture(scope="module")
def populated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file holding one municipality with one imported plan."""
    folder = tmp_path_factory.mktemp("populated")
    plan = folder / "plan.xlsx"
    plan_workbook().save(plan)
    db_file = folder / "populated.db"
    database = open_database(db_file)
    try:
        report = import_plan(database, Actor(user="testbruker"), plan, MUNICIPALITY)
        assert report.added == 6
    finally:
        database.dispose()
    return db_file


def dump(db_file: Path) -> dict[str, list[tuple[Any, ...]]]:
    database = open_database(db_file, migrate_schema=False)
    try:
        with database.sessions() as session:
            return {
                table.name: [
                    tuple(row)
                    for row in session.execute(
                        select(table).order_by(*table.primary_key.columns)
                    ).all()
                ]
                for table in Base.metadata.sorted_tables
            }
    finally:
        database.dispose()


def run_cli(args: list[str], cwd: Path) -> dict[str, Any]:
    import subprocess

    command = [sys.executable, "-c", WRAPPER, str(TIME_LIMIT_S), sys.executable, "-m",
               "kommunesamarbeid", *args]  # fmt: skip
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO),
        "KOMMUNESAMARBEID_USER": "testbruker",
        "KOMMUNESAMARBEID_DATA_DIR": str(cwd / "userdata"),
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        command, capture_output=True, timeout=TIME_LIMIT_S + 40, cwd=cwd, env=env, check=True
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _import_into_a_copy(
    path: Path, populated_db: Path, tmp_path: Path
) -> tuple[Path, dict[str, list[tuple[Any, ...]]], dict[str, Any]]:
    """The CLI importing ``path`` into a copy of the populated database: (copy, its state
    before, the run's result)."""
    db_file = tmp_path / "kommunesamarbeid.db"
    shutil.copy(populated_db, db_file)
    before = dump(db_file)
    result = run_cli(
        ["--db", str(db_file), "import", str(path), "--municipality", MUNICIPALITY, "--json"],
        tmp_path,
    )
    return db_file, before, result


#: Awkward but real plans: imported (the same six lines as the plan already in the database).
IMPORTED = frozenset({"huge_dimension", "wide"})


@pytest.mark.parametrize("key", sorted(IMPORTED))
def test_awkward_plan_is_imported_by_the_cli_without_changes(
    key: str, bad_files: dict[str, Path], populated_db: Path, tmp_path: Path
) -> None:
    db_file, before, result = _import_into_a_copy(bad_files[key], populated_db, tmp_path)
    assert result["code"] == 0, result["stderr"]
    assert result["seconds"] < TIME_LIMIT_S
    out = json.loads(result["stdout"])
    assert (out["added"], out["updated"], out["unchanged"], out["withdrawn"]) == (0, 0, 6, 0)
    after = dump(db_file)
    # Only where the lines came from changed (another file name): no content, no version.
    columns = [c.name for c in Base.metadata.tables["planned_purchase"].columns]
    kept = [i for i, name in enumerate(columns) if not name.startswith("source_")
            and name not in ("original_cells", "batch_id", "updated_at")]  # fmt: skip
    assert [[r[i] for i in kept] for r in after["planned_purchase"]] == [
        [r[i] for i in kept] for r in before["planned_purchase"]
    ]
    assert len(after["planned_purchase"]) == 6


@pytest.mark.parametrize("key", sorted(set(BUILDERS) - IMPORTED))
def test_bad_file_is_refused_by_the_cli(
    key: str, bad_files: dict[str, Path], populated_db: Path, tmp_path: Path
) -> None:
    path = bad_files[key]
    db_file, before, result = _import_into_a_copy(path, populated_db, tmp_path)

    assert result["code"] == 1, f"{key}: exit {result['code']}\n{result['stderr']}"
    assert result["seconds"] < TIME_LIMIT_S
    assert result["peak_bytes"] < MEMORY_LIMIT_BYTES, f"{result['peak_bytes'] / 2**20:.0f} MiB"

    stderr = result["stderr"].strip()
    assert stderr.startswith(f"Avvist: «{path.name}»"), stderr
    assert "Traceback" not in stderr and "Uventet feil" not in stderr
    assert any(word in stderr for word in ("Filen", "filen", "Arket", "arket", "Cellen", "Plan"))
    assert len(stderr.splitlines()) == 1

    out = json.loads(result["stdout"])
    assert out["file"] == path.name
    assert out["added"] == 0
    assert len(out["errors"]) == 1
    assert out["errors"][0]["message"] == stderr.removeprefix("Avvist: ")

    assert dump(db_file) == before
