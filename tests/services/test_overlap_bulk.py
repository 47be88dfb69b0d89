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


def _member_rows(db: Database) -> list[tuple[Any, ...]]:
    m = OverlapMember
    with db.sessions() as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    m.id, m.group_id, m.line_id, m.score, m.reasons, m.origin, m.changed_by
                ).order_by(m.group_id, m.id)
            )
        ]


def _described(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The rows as a listing reads them: each group's members in order, without row ids."""
    return [row[1:] for row in rows]


def _group_rows(db: Database) -> dict[int, tuple[Any, ...]]:
    g = OverlapGroup
    with db.sessions() as session:
        return {
            row[0]: tuple(row[1:])
            for row in session.execute(
                select(g.id, g.version, g.score, g.title, g.reasons, g.updated_by, g.updated_at)
            )
        }


def test_storing_the_same_groups_again_writes_only_the_changed(db: Database) -> None:
    """A candidate found again as it is stored (members: lines in the same order, scores and
    reasons; the group's score, title and reasons) is not written at all, also when another
    user runs detection: its version stays, so a colleague's open edit of it is no conflict.
    One with any of them changed is written anew with a new version. What is stored is what
    the results say."""
    from kommunesamarbeid.core.overlap.model import GroupResult, MemberResult
    from kommunesamarbeid.services.context import Actor

    _lines(db)
    usable = [i for i in range(1, _LINES + 1) if i % 7 != 0]
    pairs = list(zip(usable[::2], usable[1::2], strict=False))
    assert len(pairs) > overlap_run._CHUNK

    def results(change: dict[int, str] | None = None) -> list[GroupResult]:
        found = []
        for number, (a, b) in enumerate(pairs):
            members = [MemberResult(a, 0.9, ["Likt navn"]), MemberResult(b, 0.8, ["Likt navn"])]
            score, title, reasons = 0.85, f"Gruppe {number}", ["Grunn"]
            how = (change or {}).get(number)
            if how == "score":
                members[1] = MemberResult(b, 0.7, ["Likt navn"])
            elif how == "reasons":
                members[0] = MemberResult(a, 0.9, ["Samme CPV-kode"])
            elif how == "order":
                members.reverse()
            elif how == "group score":
                score = 0.86
            elif how == "title":
                title = f"Gruppe {number} med ny verdi"
            elif how == "group reasons":
                reasons = ["Grunn", "Ny grunn"]
            found.append(GroupResult((a, b), score, title, reasons, members))
        return found

    def store(found: list[GroupResult], user: str = "koordinator") -> None:
        with db.session() as session:
            overlap_run.store_candidates(session, Actor(user=user), found)

    store(results())
    first, groups = _member_rows(db), _group_rows(db)
    assert len(first) == 2 * len(pairs)
    assert {row[0] for row in groups.values()} == {1}
    store(results())
    assert _member_rows(db) == first  # not one row written again
    assert _group_rows(db) == groups
    store(results(), user="annen")  # another user finding the same: nothing written either
    assert _member_rows(db) == first
    assert _group_rows(db) == groups

    change = {0: "score", 5: "reasons", 9: "group score", 11: "title", 13: "group reasons"}
    change[len(pairs) - 1] = "order"
    store(results(change), user="annen")
    again = _member_rows(db)
    ids = sorted({row[1] for row in first})
    expected = [
        (group_id, m.line_id, m.score, m.reasons, "detected", changed_by)
        for number, (group_id, result) in enumerate(zip(ids, results(change), strict=True))
        for m in result.members
        for changed_by in [
            "annen" if change.get(number) in {"score", "reasons", "order"} else "koordinator"
        ]
    ]
    assert _described(again) == expected
    changed_groups = {row[1] for row in again} - {row[1] for row in again if row in first}
    assert changed_groups == {
        ids[n] for n, how in change.items() if how in {"score", "reasons", "order"}
    }
    now = _group_rows(db)
    for number, (gid, result) in enumerate(zip(ids, results(change), strict=True)):
        version, score, title, reasons, updated_by, _ = now[gid]
        assert (score, title, reasons) == (result.score, result.title, result.reasons)
        if number in change:
            assert (version, updated_by) == (2, "annen"), change[number]
        else:
            assert now[gid] == groups[gid]


def test_a_title_the_user_wrote_is_kept_when_detection_finds_the_candidate_again(
    db: Database,
) -> None:
    """A candidate the user gave a title (not otherwise edited) keeps it when detection finds
    it again, also when detection describes it anew; it is not written for the title alone."""
    from kommunesamarbeid.core.overlap.model import GroupResult, MemberResult
    from kommunesamarbeid.services.context import Actor

    _lines(db)

    def store(title: str, score: float = 0.85) -> None:
        members = [MemberResult(1, 0.9, ["Likt navn"]), MemberResult(2, 0.8, ["Likt navn"])]
        found = [GroupResult((1, 2), score, title, ["Grunn"], members)]
        with db.session() as session:
            overlap_run.store_candidates(session, Actor(user="koordinator"), found)

    store("Foreslått")
    (gid,) = _group_rows(db)
    with db.session() as session:
        g = session.get(OverlapGroup, gid)
        assert g is not None
        g.title, g.title_by_user = "Min egen tittel", True
    version = _group_rows(db)[gid][0]
    store("Foreslått på nytt")
    assert _group_rows(db)[gid][:3] == (version, 0.85, "Min egen tittel")
    store("Foreslått på nytt", score=0.9)
    assert _group_rows(db)[gid][:3] == (version + 1, 0.9, "Min egen tittel")
