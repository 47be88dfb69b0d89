"""After every edit (add, remove, merge, split) a group is described as it now is; a user's own
title is kept. And ``explain``: why two lines are or are not one overlap (CLI and service)."""

from __future__ import annotations

import json
import re

import pytest

from kommunesamarbeid.cli import main
from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import OverlapGroup
from kommunesamarbeid.services import overlap
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import _group_info, _names, _proposal_refs
from kommunesamarbeid.services.overlap_explain import explain_lines


@pytest.fixture
def groups(db: Database, actor: Actor) -> list[overlap.GroupInfo]:
    load_demo(db, actor)
    overlap.detect(db, actor)
    found = [g for g in overlap.list_groups(db) if g.status == "candidate"]
    assert len(found) >= 3
    return found


def _count_in_reasons(group: overlap.GroupInfo) -> int:
    first = group.reasons[0]
    match = re.match(r"(\d+) kommuner", first)
    assert match, first
    return int(match.group(1))


def _total_in_reasons(group: overlap.GroupInfo) -> str | None:
    for reason in group.reasons:
        if reason.startswith("Samlet verdi:"):
            return reason
    return None


def _describes(group: overlap.GroupInfo) -> None:
    """The stored reasons speak of exactly the active members."""
    assert _count_in_reasons(group) == len(group.municipalities)
    for name in group.municipalities:
        assert name in group.reasons[0]
    active = {m.line_id for m in group.active_members}
    assert {m.line_id for m in group.members if m.reasons} >= active


def test_removing_a_line_describes_the_group_anew(
    db: Database, actor: Actor, groups: list[overlap.GroupInfo]
) -> None:
    big = next(g for g in groups if len(g.municipalities) >= 3)
    gone = big.active_members[-1]
    after = overlap.remove_line(db, actor, big.id, gone.line_id)
    _describes(after)
    assert gone.municipality not in after.reasons[0] or any(
        m.municipality == gone.municipality for m in after.active_members
    )
    assert _total_in_reasons(after) != _total_in_reasons(big) or gone.total_value_nok is None


def test_adding_merging_and_splitting_describe_the_groups_anew(
    db: Database, actor: Actor, groups: list[overlap.GroupInfo]
) -> None:
    first, second = groups[0], groups[1]
    merged = overlap.merge_groups(db, actor, [first.id, second.id])
    _describes(merged)
    assert set(merged.line_ids) == set(first.line_ids) | set(second.line_ids)
    assert len(merged.municipalities) == len(set(first.municipalities) | set(second.municipalities))
    new = overlap.split_group(db, actor, merged.id, second.line_ids)
    _describes(new)
    back = overlap.get_group(db, merged.id)
    _describes(back)
    assert set(back.line_ids) == set(first.line_ids)
    assert back.title == first.title  # the same lines describe the same group again


def test_a_users_title_is_kept_through_edits(
    db: Database, actor: Actor, groups: list[overlap.GroupInfo]
) -> None:
    first, second = groups[0], groups[1]
    overlap.rename_group(db, actor, first.id, "  Vår egen   tittel ")
    merged = overlap.merge_groups(db, actor, [first.id, second.id])
    assert merged.title == "Vår egen tittel"
    assert merged.title_by_user
    _describes(merged)
    reset = overlap.rename_group(db, actor, first.id, "")
    assert not reset.title_by_user and reset.title != "Vår egen tittel"


def test_explain_two_lines_of_one_group_and_of_two(
    db: Database, actor: Actor, groups: list[overlap.GroupInfo]
) -> None:
    together = explain_lines(db, groups[0].line_ids[0], groups[0].line_ids[1])
    assert together.grouped and together.evidence_for
    assert not together.would_group  # one group already: nothing would make them one
    apart = explain_lines(db, groups[0].line_ids[0], groups[1].line_ids[0])
    assert not apart.grouped
    assert apart.evidence_against and apart.would_group
    with pytest.raises(NotFoundError):
        explain_lines(db, groups[0].line_ids[0], 999_999)
    with pytest.raises(BadValueError):
        explain_lines(db, groups[0].line_ids[0], groups[0].line_ids[0])


def test_explain_on_the_command_line(
    db_url: str,
    db: Database,
    groups: list[overlap.GroupInfo],
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = groups[0].line_ids[0], groups[1].line_ids[0]
    assert main(["--db", db_url, "explain", str(first), str(second), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"score", "grouped", "evidence_for", "evidence_against"} <= data.keys()
    assert data["grouped"] is False
    assert isinstance(data["score"], float)
    assert main(["--db", db_url, "explain", str(first), str(second)]) == 0
    printed = capsys.readouterr().out
    assert "Taler mot" in printed and "ikke i samme overlapp" in printed
    assert main(["--db", db_url, "explain", str(first), "999999"]) == 1


def test_explain_on_the_command_line_in_nynorsk(
    db_url: str,
    groups: list[overlap.GroupInfo],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``explain --maalform nynorsk``: the same answer and the same JSON keys, the evidence in
    nynorsk (without the option: bokmål, as before)."""
    from kommunesamarbeid.core.explain_texts import explain_in

    first, second = groups[0].line_ids[0], groups[1].line_ids[0]
    args = ["--db", db_url, "explain", str(first), str(second)]
    assert main([*args, "--json"]) == 0
    bokmaal = json.loads(capsys.readouterr().out)
    assert main([*args, "--json", "--maalform", "nynorsk"]) == 0
    nynorsk = json.loads(capsys.readouterr().out)
    assert nynorsk.keys() == bokmaal.keys()
    assert nynorsk["score"] == bokmaal["score"] and nynorsk["grouped"] == bokmaal["grouped"]
    for key in ("evidence_for", "evidence_against", "what_would_group"):
        assert nynorsk[key] == [explain_in(text, "nn") for text in bokmaal[key]]
    assert nynorsk["evidence_against"] != bokmaal["evidence_against"]
    assert main([*args, "--maalform", "nynorsk"]) == 0
    printed = capsys.readouterr().out
    assert "Talar mot" in printed and "ikkje i same overlapp" in printed
    together = groups[0].line_ids[:2]
    assert main(["--db", db_url, "explain", *map(str, together), "--maalform", "nn"]) == 0
    assert "Begge er med i overlapp nr." in capsys.readouterr().out
    assert main([*args, "--maalform", "svensk"]) == 1


def test_listing_as_plain_rows_describes_groups_as_the_orm_does(
    db: Database, actor: Actor, groups: list[overlap.GroupInfo]
) -> None:
    """``list_groups`` reads plain rows (national scale); it must give every field
    ``_group_info`` gives from the ORM objects, the version and decision included."""
    first = groups[0]
    overlap.set_status(db, actor, first.id, "confirmed", expected_version=first.version)

    listed = {g.id: g.to_json() for g in overlap.list_groups(db)}
    with db.sessions() as session:
        names, refs = _names(session), _proposal_refs(session)
        from_orm = {
            g.id: _group_info(g, names, refs).to_json() for g in session.query(OverlapGroup).all()
        }
    assert listed == from_orm
    assert listed[first.id]["version"] == first.version + 1
    assert listed[first.id]["decided_by"]
