"""What each role may do, checked by the services before the database would refuse (a clear
Norwegian message, nothing changed); and a decision someone else made first is a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest

from kommunesamarbeid.core.errors import ConflictError, NoPermissionError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services import overlap, proposals
from kommunesamarbeid.services.catalogue import load_cpv_catalogue
from kommunesamarbeid.services.context import Actor, Role
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import list_lines, update_line
from kommunesamarbeid.services.municipalities import list_municipalities, update_municipality


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Database:
    from kommunesamarbeid.db.engine import open_database

    db = open_database(tmp_path_factory.mktemp("roles") / "demo.db")
    load_demo(db, Actor(user="oppsett"))
    overlap.detect(db, Actor(user="oppsett"))
    return db


def _officer(db: Database, name: str) -> Actor:
    m = next(m for m in list_municipalities(db) if m.name == name)
    return Actor(user="kari", municipality_id=m.id, role=Role.OFFICER, municipality=m.name)


def test_an_officer_changes_only_its_own_municipality(demo: Database, tmp_path: Path) -> None:
    names = [m.name for m in list_municipalities(demo)]
    own, other = names[0], names[1]
    kari = _officer(demo, own)
    other_line = next(line for line in list_lines(demo) if line.municipality == other)
    own_line = next(line for line in list_lines(demo) if line.municipality == own)
    plan = tmp_path / "plan.csv"
    plan.write_text("Nr;Anskaffelse;CPV;Årlig verdi\n1;Brøyting;90620000;100000\n", "utf-8")
    refusals = [
        lambda: update_line(demo, kari, other_line.id, {"comments": "x"}),
        lambda: import_plan(demo, kari, plan, other),
        lambda: import_plan(demo, kari, plan, "Ny kommune"),
        lambda: update_municipality(demo, kari, other, maalform="nynorsk"),
        lambda: overlap.detect(demo, kari),
        lambda: load_cpv_catalogue(demo, kari, plan),
    ]
    for refuse in refusals:
        with pytest.raises(
            NoPermissionError, match="Du er logget inn som kari \\(innkjøpsrådgiver"
        ):
            refuse()
    assert update_line(demo, kari, own_line.id, {"comments": "sjekket"}).comments == "sjekket"


def test_an_officer_may_not_decide_on_groups_or_proposals(demo: Database) -> None:
    group = overlap.list_groups(demo)[0]
    kari = _officer(demo, group.municipalities[0])
    with pytest.raises(NoPermissionError, match="Bare en koordinator kan ta beslutninger"):
        overlap.set_status(demo, kari, group.id, "confirmed")
    with pytest.raises(NoPermissionError, match="Bare en koordinator kan lage forslag"):
        proposals.create_proposal(demo, kari, group_id=group.id)


def test_officer_signs_own_fullmakt_not_the_neighbours(demo: Database) -> None:
    group = next(g for g in overlap.list_groups(demo) if g.status != "rejected")
    data = proposals.create_proposal(demo, Actor(user="koordinator"), group_id=group.id)
    own, other = data.participants[0], data.participants[1]
    kari = _officer(demo, own.name)
    proposals.update_participant(
        demo, kari, data.id, own.municipality_id, {"signatory_name": "Kari Nordmann"}
    )
    with pytest.raises(
        NoPermissionError, match=f"kan ikke endre kontaktperson og fullmakt for {other.name}"
    ):
        proposals.update_participant(
            demo, kari, data.id, other.municipality_id, {"fullmakt_signed_date": "2026-12-01"}
        )


def test_an_outsider_is_told_it_belongs_to_no_municipality(demo: Database) -> None:
    nobody = Actor(user="ukjent", role=Role.OUTSIDER)
    with pytest.raises(NoPermissionError, match="hører ikke til noen kommune"):
        overlap.detect(demo, nobody)


def test_a_decision_made_meanwhile_is_a_conflict(demo: Database) -> None:
    group = next(g for g in overlap.list_groups(demo) if g.status == "candidate")
    overlap.set_status(demo, Actor(user="per"), group.id, "rejected")
    with pytest.raises(ConflictError, match=f"Overlapp nr. {group.id} ble endret av «per»"):
        overlap.set_status(
            demo, Actor(user="ola"), group.id, "confirmed", expected_status="candidate"
        )
    after = overlap.get_group(demo, group.id)
    assert after.status == "rejected"
