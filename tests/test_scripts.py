"""The set-up scripts: scripts/setup.sh, scripts/with-postgres.sh and .ci/run."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = [
    ROOT / "scripts" / "setup.sh",
    ROOT / "scripts" / "with-postgres.sh",
    ROOT / ".ci" / "run",
]


def _has_pg_server() -> bool:
    return any(os.access(p, os.X_OK) for p in glob.glob("/usr/lib/postgresql/*/bin/initdb"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_syntax(script: Path) -> None:
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_ci_run_is_executable() -> None:
    assert os.access(ROOT / ".ci" / "run", os.X_OK)


def test_setup_run_without_display_explains_and_fails(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    # started from another folder: the script finds the repository itself
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh"), "run"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    assert "desktop session" in proc.stderr
    assert "setup.sh test" in proc.stderr


def test_setup_rejects_unknown_mode() -> None:
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "setup.sh"), "bogus"], capture_output=True, timeout=60
    )
    assert proc.returncode == 2


@pytest.mark.postgres
@pytest.mark.slow
def test_with_postgres_private_cluster(tmp_path: Path) -> None:
    if not _has_pg_server():
        if os.environ.get("KOMMUNESAMARBEID_REQUIRE_PG") == "1":
            pytest.fail("no PostgreSQL server in /usr/lib/postgresql/*/bin")
        pytest.skip("no PostgreSQL server in /usr/lib/postgresql/*/bin")
    psql = shutil.which("psql")
    if psql is None:
        pytest.skip("psql not installed")
    # CMD sees the URL, can use the database, and its exit status comes back
    check = (
        "u=${KOMMUNESAMARBEID_TEST_PG_URL#*@}; hp=${u%%/*}; "
        'psql -h "${hp%:*}" -p "${hp#*:}" -U postgres -d "${u#*/}" -Atc "select 40 + 2" '
        '&& echo "$KOMMUNESAMARBEID_TEST_PG_URL"; exit 3'
    )
    proc = subprocess.run(
        ["bash", str(ROOT / "scripts" / "with-postgres.sh"), "bash", "-c", check],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 3, proc.stderr
    lines = proc.stdout.split()
    assert lines[0] == "42"
    url = lines[1]
    assert url.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert url.endswith("/kommunesamarbeid_test")
    # the cluster's folder is gone afterwards
    found = re.search(r"\((/\S*kommunesamarbeid-pg\.\w+)\)", proc.stderr)
    assert found, proc.stderr
    assert not Path(found.group(1)).exists()
