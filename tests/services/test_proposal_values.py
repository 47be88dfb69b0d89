"""Proposal figures through the database: defaults of a new proposal, overview = proposal,
withdrawn and changed plan lines, the new fields, and ``proposal show --json``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kommunesamarbeid.cli import main
from kommunesamarbeid.core.errors import BadValueError
from kommunesamarbeid.core.value_model import framework_from_lines, model_of
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import PlannedPurchase
from kommunesamarbeid.services import proposals
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.exports import group_figures
from kommunesamarbeid.services.overlap import detect, list_groups

TODAY = dt.date(2026, 1, 5)


@pytest.fixture
def demo(sqlite_db: Database, actor: Actor) -> Database:
    load_demo(sqlite_db, actor)
    detect(sqlite_db, actor)
    return sqlite_db


def test_every_default_proposal_prints_what_the_overview_said(demo: Database, actor: Actor) -> None:
    """For every overlap: the overview's figures (the group valued as a default proposal) are
    the proposal's figures once it is made with the defaults."""
    groups = [g for g in list_groups(demo) if g.status == "candidate"]
    assert groups
    before = group_figures(demo, groups, today=TODAY)
    for group in groups:
        created = proposals.create_proposal(demo, actor, group_id=group.id, today=TODAY)
        data, ev = proposals.evaluated(demo, created.id, today=TODAY)
        model = model_of(ev)
        _, overview = before[group.id]
        expected = model_of(overview)
        assert model.estimated_nok == expected.estimated_nok
        assert model.plan_nok == expected.plan_nok
        assert model.maximum_nok == expected.maximum_nok
        assert [(p.name, p.total_value_nok) for p in model.participants] == [
            (p.name, p.total_value_nok) for p in expected.participants
        ]
        assert ev.procedure_label == overview.procedure_label
        # the defaults: no stored period (the longest line's), framework only from the words,
        # no amount frozen into the need text, never below the plans without a warning
        assert data.contract_years is None and data.option_years is None
        assert data.is_framework == framework_from_lines(data)[0]
        assert " kr" not in data.need_description
        assert model.estimated_nok >= model.plan_nok or "BELOW_PLANS" in {
            w.code for w in ev.warnings
        }
        assert "LINE_CHANGED" not in {w.code for w in ev.warnings}


def _line(db: Database, line_id: int) -> PlannedPurchase:
    with db.sessions() as session:
        line = session.scalar(select(PlannedPurchase).where(PlannedPurchase.id == line_id))
        assert line is not None
        return line


def _set(db: Database, line_id: int, **values: object) -> None:
    with db.session() as session:
        line = session.get(PlannedPurchase, line_id)
        assert line is not None
        for name, value in values.items():
            setattr(line, name, value)


def test_withdrawn_and_changed_lines(demo: Database, actor: Actor) -> None:
    group = max(list_groups(demo), key=lambda g: len(g.line_ids))
    pid = proposals.create_proposal(demo, actor, group_id=group.id, today=TODAY).id
    _, ev = proposals.evaluated(demo, pid, today=TODAY)
    first = proposals.proposal_data(demo, pid).all_lines()[0]
    counted = ev.line_values[first.line_id]
    total = ev.total_value_nok

    # a re-import withdraws the line: shown, not counted, warned about
    _set(demo, first.line_id, status="withdrawn")
    data, ev = proposals.evaluated(demo, pid, today=TODAY)
    assert first.line_id in [x.line_id for x in data.all_lines()]
    assert ev.total_value_nok == total - counted
    assert "LINE_WITHDRAWN" in {w.code for w in ev.warnings}
    # the plan brings it back: counted again, no warning
    _set(demo, first.line_id, status="active")
    _, ev = proposals.evaluated(demo, pid, today=TODAY)
    assert ev.total_value_nok == total
    assert "LINE_WITHDRAWN" not in {w.code for w in ev.warnings}

    # the plan changes the line's value: the proposal follows and says what changed
    old = _line(demo, first.line_id).total_value_nok or 0
    _set(demo, first.line_id, total_value_nok=old + 1_000_000, value_basis="total")
    _, ev = proposals.evaluated(demo, pid, today=TODAY)
    changed = [w for w in ev.warnings if w.code == "LINE_CHANGED"]
    assert len(changed) == 1 and "totalverdi" in changed[0].message
    proposals.accept_line_changes(demo, actor, pid)
    _, ev = proposals.evaluated(demo, pid, today=TODAY)
    assert "LINE_CHANGED" not in {w.code for w in ev.warnings}


def test_kind_and_maximum_are_editable_and_checked(demo: Database, actor: Actor) -> None:
    group = list_groups(demo)[0]
    pid = proposals.create_proposal(demo, actor, group_id=group.id, today=TODAY).id
    data = proposals.update_proposal(
        demo,
        actor,
        pid,
        {"contract_kind": "bygge- og anleggsarbeid", "is_framework": True},
    )
    assert data.contract_kind == "works"
    data = proposals.update_proposal(demo, actor, pid, {"maximum_value_nok": "2 500 000"})
    assert data.maximum_value_nok == 2_500_000
    _, ev = proposals.evaluated(demo, pid, today=TODAY)
    assert ev.maximum_value_nok == 2_500_000 and ev.contract_kind_source == "set"
    for field, value in (("contract_kind", "bygg og sånn"), ("maximum_value_nok", "mye")):
        with pytest.raises(BadValueError):
            proposals.update_proposal(demo, actor, pid, {field: value})
    with pytest.raises(BadValueError):
        proposals.update_proposal(demo, actor, pid, {"maximum_value_nok": -5})
    data = proposals.update_proposal(
        demo, actor, pid, {"contract_kind": "", "maximum_value_nok": ""}
    )
    assert data.contract_kind is None and data.maximum_value_nok is None


def test_proposal_show_json_carries_the_value_model(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.db")
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "detect", "--json"]) == 0
    group = json.loads(capsys.readouterr().out)["groups"][0]
    assert main(["--db", db, "propose", str(group["id"]), "--json"]) == 0
    pid = json.loads(capsys.readouterr().out)["proposal"]["id"]
    assert main(["--db", db, "proposal", "show", str(pid), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["proposal"]
    assert shown["id"] == pid
    assert shown["total_value_nok"] == sum(p["value_nok"] for p in shown["participants"])
    for p in shown["participants"]:
        assert {"municipality", "line_ids", "value_nok", "plan_value_nok"} <= set(p)
    model = shown["value_model"]
    assert model["estimated_value_nok"] == shown["total_value_nok"]
    assert model["period"]["source"] in ("lines", "none")
    assert {ln["line_id"] for ln in model["lines"]} == {
        i for p in shown["participants"] for i in p["line_ids"]
    }
    assert all("basis_text" in ln and "plan_basis_text" in ln for ln in model["lines"])
    assert shown["contract_kind"] and shown["contract_kind_reason"]
    assert all({"code", "message"} <= set(w) for w in shown["warnings"])
    # the new fields through the command line
    assert main(["--db", db, "proposal", "set", str(pid), "contract_kind=works", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["proposal"]["contract_kind"] == "works"
    assert main(["--db", db, "proposal", "accept-changes", str(pid)]) == 0
