"""Two people acting at once, made a real race every time.

``contend`` starts two real command-line processes (``python -m kommunesamarbeid``, each logged
in as its own user) while the test holds the lock both commands will need — the advisory lock
of group edits and imports, or the row lock (``SELECT … FOR UPDATE``) of the thing they change.
It lets go only when the database shows both processes waiting for a lock, that is after each
has read the version it is about to check. Then exactly one may win.
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from typing import Any

import psycopg

from kommunesamarbeid.db.locks import LockSpace
from tests.server.conftest import Server


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str


@dataclass(frozen=True)
class Hold:
    """What the test holds while the commands start."""

    sql: str
    params: tuple[object, ...]


def advisory(space: LockSpace, key: int = 0) -> Hold:
    """The advisory lock group edits (and imports of one plan) serialise on."""
    return Hold("SELECT pg_advisory_xact_lock(%s, %s)", (int(space), key))


def row(table: str, row_id: int) -> Hold:
    """The lock of one row: what a save takes before it compares the version."""
    return Hold(f"SELECT 1 FROM {table} WHERE id = %s FOR UPDATE", (row_id,))


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def contend(
    server: Server, hold: Hold, *commands: tuple[str, list[str]], in_order: bool = False
) -> list[Outcome]:
    """Start the commands while holding ``hold``; let go once all of them wait for a lock.
    ``in_order``: each starts only when the ones before it wait, so the lock goes to them in
    that order (PostgreSQL queues lock waiters first come, first served)."""
    url = _plain(server.superuser_url.set(database=server.database).render_as_string(False))
    holder = psycopg.connect(url)
    holder.execute(hold.sql, list(hold.params))
    procs: list[subprocess.Popen[str]] = []
    deadline = time.monotonic() + 120
    with psycopg.connect(url, autocommit=True) as watch:
        if in_order:
            for login, args in commands:
                procs.append(server.process(login, *args))
                _wait_for_waiters(watch, server, holder, procs, deadline)
        else:
            procs = [server.process(login, *args) for login, args in commands]
            _wait_for_waiters(watch, server, holder, procs, deadline)
    holder.rollback()
    holder.close()
    outcomes = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        outcomes.append(Outcome(p.returncode, out, err))
    return outcomes


def _wait_for_waiters(
    watch: psycopg.Connection[Any],
    server: Server,
    holder: psycopg.Connection[Any],
    procs: list[subprocess.Popen[str]],
    deadline: float,
) -> None:
    """Until every process waits for a lock (or one has ended, or time is up)."""
    while time.monotonic() < deadline and all(p.poll() is None for p in procs):
        waiting = watch.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
            "AND wait_event_type = 'Lock' AND pid <> %s",
            [server.database, holder.info.backend_pid],
        ).fetchone()
        if waiting is not None and waiting[0] >= len(procs):
            return
        time.sleep(0.05)


def one_wins(outcomes: list[Outcome], loser_says: str | dict[int, str]) -> int:
    """The index of the winner; asserts the other lost (exit 1) with the expected message.

    ``loser_says`` may depend on who won (winner index -> text), e.g. the winner's login.
    """
    codes = sorted(o.code for o in outcomes)
    assert codes == [0, 1], [(o.code, o.err) for o in outcomes]
    winner = next(i for i, o in enumerate(outcomes) if o.code == 0)
    loser = outcomes[1 - winner]
    expected = loser_says[winner] if isinstance(loser_says, dict) else loser_says
    assert "Avvist:" in loser.err and expected in loser.err, loser.err
    assert "Uventet feil" not in loser.err
    return winner
