"""A secured shared server on the private PostgreSQL: an owner (CREATEROLE, not a superuser)
who ran ``server init``, and logins for two officers, two coordinators and two outsiders.

The superuser only creates the owner and its database; everything else is done as the owner,
as the README tells a cooperation's IT to do.
"""

from __future__ import annotations

import io
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from kommunesamarbeid.cli import main
from tests.conftest import REPO, postgres_url, superuser_sql
from tests.qt_dialogs import dialogs  # noqa: F401  (autouse: no modal dialog blocks a test)

HEADER = (
    "Nr",
    "Anskaffelse",
    "CPV",
    "Årlig verdi eks. mva",
    "Kontraktsperiode (år)",
    "Planlagt kunngjøring",
)

#: login -> (role, municipality) as ``user add`` gets them.
USERS = {
    "offa": ("officer", "Alver kommune"),
    "offb": ("officer", "Austrheim kommune"),
    "koord": ("coordinator", "Alver kommune"),
    "koord2": ("coordinator", None),
}


@dataclass
class Server:
    superuser_url: URL
    database: str
    owner: str
    passwords: dict[str, str] = field(default_factory=dict)
    tmp: Path = Path()

    def url(self, login: str, *, with_password: bool = True) -> str:
        url = self.superuser_url.set(
            username=login,
            password=self.passwords[login] if with_password else None,
            database=self.database,
        )
        return url.render_as_string(hide_password=False)

    def cli(
        self, login: str, *args: str, stdin: str = "", monkeypatch: pytest.MonkeyPatch | None = None
    ) -> tuple[int, str, str]:
        """The command line in this process, logged in as ``login``."""
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdin, sys.stdout, sys.stderr
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
        try:
            code = main(["--db", self.url(login), *args])
        finally:
            sys.stdin, sys.stdout, sys.stderr = old
        return code, out.getvalue(), err.getvalue()

    def process(self, login: str, *args: str) -> subprocess.Popen[str]:
        """The real command line (``python -m kommunesamarbeid``) as ``login``: the password
        comes from ``PGPASSWORD``, never from the URL on the command line."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["PGPASSWORD"] = self.passwords[login]
        env["KOMMUNESAMARBEID_USER"] = "forfalsket"  # must not matter on a server
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kommunesamarbeid",
                "--db",
                self.url(login, with_password=False),
                *args,
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def engine(self, login: str) -> Engine:
        return create_engine(self.url(login))

    def scalar(self, login: str, sql: str, **params: object) -> object:
        engine = self.engine(login)
        try:
            with engine.begin() as conn:
                return conn.execute(text(sql), params).scalar()
        finally:
            engine.dispose()


def write_plan(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    lines = [";".join(HEADER)] + [";".join(str(c) for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def plan_rows(prefix: str, n: int) -> list[tuple[object, ...]]:
    needs = [
        ("Brøyting og strøing av kommunale veier", "90620000"),
        ("Kontorrekvisita og forbruksmateriell", "30192000"),
        ("Renhold av skoler og barnehager", "90910000"),
        ("Strømleveranse til kommunale bygg", "09310000"),
    ]
    rows = []
    for i in range(n):
        text_, cpv = needs[i % len(needs)]
        rows.append(
            (
                f"{prefix}-{i + 1}",
                f"{text_} {prefix} {i + 1}",
                cpv,
                100000 + i * 1000,
                2,
                "01.09.2026",
            )
        )
    return rows


@pytest.hookimpl(tryfirst=True)  # (before xdist reads the groups off the items)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``--dist loadgroup``) the tests of this folder run in one worker:
    the shared server's logins (``USERS``) are roles, and roles belong to the whole
    PostgreSQL cluster, not to one worker's database."""
    here = Path(__file__).parent
    for item in items:
        if item.path.is_relative_to(here):
            item.add_marker(pytest.mark.xdist_group("server"))


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    base = postgres_url()
    assert base is not None
    su = make_url(base)
    tag = secrets.token_hex(3)
    database, owner = f"ks_delt_{tag}", f"ks_eier_{tag}"
    srv = Server(su, database, owner, tmp=tmp_path_factory.mktemp("server"))
    logins = [*USERS, "utenfor", "ingenkommune"]
    for login in [owner, *logins]:
        srv.passwords[login] = secrets.token_urlsafe(12)
    # The only superuser steps: the owner login (CREATEROLE, not superuser) and its database.
    superuser_sql(
        su,
        f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{srv.passwords[owner]}'",
        f"CREATE DATABASE {database} OWNER {owner}",
    )
    try:
        code, _, err = srv.cli(owner, "server", "init")
        assert code == 0, err
        for name in ("Alver kommune", "Austrheim kommune"):
            code, _, err = srv.cli(owner, "municipality", "add", name)
            assert code == 0, err
        for login, (role, municipality) in USERS.items():
            args = ["user", "add", login, "--role", role, "--password-stdin"]
            if municipality:
                args += ["--municipality", municipality]
            code, _, err = srv.cli(owner, *args, stdin=srv.passwords[login] + "\n")
            assert code == 0, err
        # Two logins of the cooperation's server that belong to no municipality: one with no
        # grants at all, one given the officer group role by hand but no app_user row.
        owner_engine = srv.engine(owner)
        with owner_engine.begin() as conn:
            for login in ("utenfor", "ingenkommune"):
                conn.exec_driver_sql(f"CREATE ROLE {login} LOGIN PASSWORD '{srv.passwords[login]}'")
            conn.exec_driver_sql(f"GRANT {database}_officer TO ingenkommune")
        owner_engine.dispose()
        yield srv
    finally:
        superuser_sql(
            su,
            f"DROP DATABASE IF EXISTS {database} WITH (FORCE)",
            *(f"DROP ROLE IF EXISTS {login}" for login in logins),
            f"DROP ROLE IF EXISTS {database}_officer",
            f"DROP ROLE IF EXISTS {database}_coordinator",
            f"DROP ROLE IF EXISTS {owner}",
        )
