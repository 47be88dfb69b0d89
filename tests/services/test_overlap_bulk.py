"""The bulk paths of the detection store at more rows than one statement's list holds
(SQLite: IN lists of ``_CHUNK``; PostgreSQL: one array parameter), on both databases."""

from __future__ import annotations

import datetime as dt
import gc
from typing import Any

import pytest
from sqlalchemy import insert, select

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import (
    Municipality,
    OverlapGroup,
    OverlapMember,
    PlannedPurchase,
)
from kommunesamarbeid.services import overlap_run
from kommunesamarbeid.services.overlap_run import among

_LINES = 2 * overlap_run._CHUNK + 345


def _lines(db: Database) -> None:
    """``_LINES`` lines of two municipalities; every seventh withdrawn."""
    when = dt.datetime(2026, 1, 1)
    with db.session() as session:
        session.execute(
            insert(Municipality), [{"id": 1, "name": "Alver"}, {"id": 2, "name": "Voss"}]
        )
        session.execute(
            insert(PlannedPurchase),
            [
                {
                    "id": i,
                    "municipality_id": 1 + i % 2,
                    "description": f"Linje {i}",
                    "status": "withdrawn" if i % 7 == 0 else "active",
                    "created_at": when,
                    "updated_at": when,
                }
                for i in range(1, _LINES + 1)
            ],
        )


def test_among_finds_every_value_of_a_long_list(db: Database) -> None:
    _lines(db)
    wanted = [i for i in range(_LINES + 50, 0, -3)]  # unordered, some ids not in the table
    with db.sessions() as session:
        conditions = list(among(session, PlannedPurchase.id, wanted))
        found = [
            line_id
            for condition in conditions
            for line_id in session.scalars(
                select(PlannedPurchase.id).where(condition, PlannedPurchase.status == "active")
            )
        ]
        descriptions = {
            text
            for condition in among(
                session, PlannedPurchase.description, [f"Linje {i}" for i in wanted]
            )
            for text in session.scalars(select(PlannedPurchase.description).where(condition))
        }
        assert list(among(session, PlannedPurchase.id, [])) == []
    expected = {i for i in wanted if i <= _LINES and i % 7 != 0}
    assert sorted(found) == sorted(expected)
    assert descriptions == {f"Linje {i}" for i in wanted if i <= _LINES}
    postgres = db.engine.dialect.name == "postgresql"
    assert len(conditions) == (1 if postgres else -(-len(wanted) // overlap_run._CHUNK))


def test_lines_taken_or_withdrawn_while_detection_ran_are_found_in_a_long_list(
    db: Database,
) -> None:
    _lines(db)
    confirmed = [3, 4, 1500, 2200]
    with db.session() as session:
        gid = session.scalar(
            insert(OverlapGroup)
            .values(status="confirmed", score=0.9, title="Bekreftet")
            .returning(OverlapGroup.id)
        )
        session.execute(
            insert(OverlapMember),
            [{"group_id": gid, "line_id": i, "origin": "detected"} for i in confirmed],
        )
    asked = set(range(1, _LINES + 1))
    with db.session() as session:
        unusable = overlap_run._taken_or_gone(session, asked)
    assert unusable == {i for i in asked if i % 7 == 0} | set(confirmed)


def test_detection_reads_stores_and_lists_with_fewer_garbage_collections(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole service run (not only the engine) collects less often, and the collector is
    as it was afterwards, also when the run fails."""
    from kommunesamarbeid.core.overlap import detect as core_detect
    from kommunesamarbeid.services import overlap
    from kommunesamarbeid.services.context import Actor

    _lines(sqlite_db)
    seen: list[int] = []
    original = overlap_run.store_candidates

    def storing(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.get_threshold()[0])
        return original(*args, **kwargs)

    before = gc.get_threshold()
    monkeypatch.setattr(overlap_run, "store_candidates", storing)
    monkeypatch.setattr(overlap, "list_groups", lambda db: seen.append(gc.get_threshold()[0]))
    overlap.detect(sqlite_db, Actor(user="koordinator"))
    assert seen == [core_detect._GC_YOUNG] * 2
    assert gc.get_threshold() == before

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("feil")

    monkeypatch.setattr(overlap_run, "store_candidates", failing)
    with pytest.raises(RuntimeError):
        overlap.detect(sqlite_db, Actor(user="koordinator"))
    assert gc.get_threshold() == before
