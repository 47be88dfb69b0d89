"""Overlap decisions persist across detection re-runs and plan re-imports (SQLite + PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kommunesamarbeid.cli import main
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services import overlap
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import list_lines

AUSTRHEIM = "austrheim_anskaffelsesplan_2026-2027.csv"


@pytest.fixture
def demo_db(db: Database, actor: Actor) -> Database:
    load_demo(db, actor)
    return db


def _candidates(db: Database) -> list[overlap.GroupInfo]:
    return [g for g in overlap.list_groups(db) if g.status == "candidate"]


def test_detect_stores_groups_of_several_municipalities(demo_db: Database, actor: Actor) -> None:
    report = overlap.detect(demo_db, actor)
    assert report.groups, "the demo plans have overlaps a coordinator would spot"
    seen: set[int] = set()
    for g in report.groups:
        assert len(g.municipalities) >= 2
        assert g.reasons and all(isinstance(r, str) and r for r in g.reasons)
        for m in g.members:
            assert m.reasons, f"member {m.line_id} of group {g.id} has no explanation"
        assert not seen & set(g.line_ids), "a line may be in at most one group"
        seen |= set(g.line_ids)


def test_decisions_survive_rerun_and_reimport(
    demo_db: Database, actor: Actor, tmp_path: Path
) -> None:
    overlap.detect(demo_db, actor)
    groups = _candidates(demo_db)
    assert len(groups) >= 3
    confirmed, rejected = groups[0], groups[1]
    trimmed = next((g for g in groups[2:] if len(g.line_ids) >= 3), None)
    overlap.set_status(demo_db, actor, confirmed.id, "confirmed")
    overlap.set_status(demo_db, actor, rejected.id, "rejected")
    removed_line = None
    if trimmed is not None:
        removed_line = trimmed.line_ids[-1]
        overlap.remove_line(demo_db, actor, trimmed.id, removed_line)

    # Re-import every plan unchanged, then detect again.
    load_demo(demo_db, actor, force=True)
    overlap.detect(demo_db, actor)
    after = {g.id: g for g in overlap.list_groups(demo_db)}
    assert after[confirmed.id].status == "confirmed"
    assert after[confirmed.id].line_ids == confirmed.line_ids
    assert after[rejected.id].status == "rejected"
    assert after[rejected.id].line_ids == rejected.line_ids
    same_as_rejected = [
        g
        for g in after.values()
        if g.id != rejected.id and set(g.line_ids) == set(rejected.line_ids)
    ]
    assert not same_as_rejected, "a rejected group must not be proposed again"
    confirmed_lines = set(confirmed.line_ids)
    for g in after.values():
        if g.id != confirmed.id and g.status == "candidate":
            assert not confirmed_lines & set(g.line_ids), "confirmed lines stay in their group"
    if trimmed is not None:
        assert removed_line not in after[trimmed.id].line_ids
        assert after[trimmed.id].line_ids == [i for i in trimmed.line_ids if i != removed_line]


def test_reimport_of_changed_plan_keeps_membership(
    demo_db: Database, actor: Actor, tmp_path: Path
) -> None:
    overlap.detect(demo_db, actor)
    austrheim_lines = {line.id for line in list_lines(demo_db, municipality="Austrheim kommune")}
    group = next(g for g in overlap.list_groups(demo_db) if set(g.line_ids) & austrheim_lines)
    overlap.set_status(demo_db, actor, group.id, "confirmed")
    member_line = next(i for i in group.line_ids if i in austrheim_lines)

    # The municipality drops every line but the grouped one from its plan and re-imports.
    source = resource_path("demo", AUSTRHEIM)
    text = source.read_bytes().decode("cp1252").splitlines()
    kept_row = next(line.source_row for line in list_lines(demo_db) if line.id == member_line)
    changed = tmp_path / AUSTRHEIM
    changed.write_bytes("\r\n".join([text[0], text[kept_row - 1]]).encode("cp1252") + b"\r\n")
    report = import_plan(demo_db, actor, changed, "Austrheim kommune", allow_withdraw=True)
    assert report.withdrawn == len(austrheim_lines) - 1
    assert report.unchanged + report.updated == 1
    after = overlap.get_group(demo_db, group.id)
    assert member_line in after.line_ids and after.status == "confirmed"
    # Withdrawn lines are never deleted and come back as the same line on a later import.
    shutil.copy(source, tmp_path / "again.csv")
    report = import_plan(demo_db, actor, tmp_path / "again.csv", "Austrheim kommune")
    assert report.added == 0 and report.updated == len(austrheim_lines) - 1
    assert {
        line.id for line in list_lines(demo_db, municipality="Austrheim kommune")
    } == austrheim_lines


def test_add_merge_split_and_refusals(sqlite_db: Database, actor: Actor) -> None:
    load_demo(sqlite_db, actor)
    overlap.detect(sqlite_db, actor)
    groups = _candidates(sqlite_db)
    a, b = groups[0], groups[1]
    merged = overlap.merge_groups(sqlite_db, actor, [a.id, b.id])
    assert set(merged.line_ids) == set(a.line_ids) | set(b.line_ids)
    assert merged.edited
    with pytest.raises(RefusedInputError):
        overlap.get_group(sqlite_db, b.id)
    # Split the lines of b back out into a new group.
    new = overlap.split_group(sqlite_db, actor, merged.id, b.line_ids)
    assert set(new.line_ids) == set(b.line_ids)
    assert set(overlap.get_group(sqlite_db, merged.id).line_ids) == set(a.line_ids)
    # A line already in another group cannot be added; a free line can.
    with pytest.raises(RefusedInputError, match="allerede med i overlapp"):
        overlap.add_line(sqlite_db, actor, merged.id, b.line_ids[0])
    grouped = {i for g in overlap.list_groups(sqlite_db) for i in g.line_ids}
    free = next(line for line in list_lines(sqlite_db) if line.id not in grouped)
    added = overlap.add_line(sqlite_db, actor, merged.id, free.id)
    assert free.id in added.line_ids
    # Confirming needs two municipalities; splitting may not leave one behind alone.
    with pytest.raises(RefusedInputError):
        overlap.split_group(sqlite_db, actor, merged.id, merged.line_ids)


def test_detect_and_groups_json_keys(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "detect", "--json"]) == 0
    detected = json.loads(capsys.readouterr().out)["groups"]
    keys = {"id", "score", "status", "line_ids", "municipalities", "total_value_nok", "reasons"}
    assert detected and all(set(g) >= keys for g in detected)
    gid = detected[0]["id"]
    assert main(["--db", db, "group", "confirm", str(gid), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["group"]["status"] == "confirmed"
    assert main(["--db", db, "groups", "--json"]) == 0
    stored = json.loads(capsys.readouterr().out)["groups"]
    assert next(g for g in stored if g["id"] == gid)["status"] == "confirmed"
    assert main(["--db", db, "group", "confirm", "99999"]) == 1
