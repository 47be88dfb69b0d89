"""Proposals: created from a detected group, edited atomically, exported and checked as a user would."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from kommunesamarbeid.cli import main
from kommunesamarbeid.core.errors import ConflictError
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.proposal import LotData
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services import proposals
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect, get_group, list_groups


@pytest.fixture
def proposal_db(db: Database, actor: Actor) -> tuple[Database, int]:
    load_demo(db, actor)
    detect(db, actor)
    group = max(
        (g for g in list_groups(db) if g.status == "candidate"), key=lambda g: len(g.municipalities)
    )
    data = proposals.create_proposal(db, actor, group_id=group.id, today=dt.date(2026, 1, 5))
    return db, data.id


def test_created_from_group(proposal_db: tuple[Database, int]) -> None:
    db, pid = proposal_db
    data = proposals.proposal_data(db, pid)
    assert re.fullmatch(r"FA-\d{4}-\d{3}", data.reference)
    assert data.status.value == "utkast" and len(data.participants) >= 2
    assert data.host is not None and data.group_reasons
    assert get_group(db, proposals.list_proposals(db)[0].group_id or 0).status == "confirmed"
    kinds = [m.kind.value for m in data.milestones]
    assert kinds[-1] == "contract_start" and "announcement" in kinds
    dates = [m.due_date for m in data.milestones]
    assert dates == sorted(dates)


def test_save_is_all_or_nothing_and_versioned(
    proposal_db: tuple[Database, int], actor: Actor
) -> None:
    db, pid = proposal_db
    before = proposals.proposal_data(db, pid)
    with pytest.raises(RefusedInputError):
        proposals.save_proposal(
            db,
            actor,
            pid,
            fields={"title": "Ny tittel"},
            lots=([LotData(number=1, title="")], {}),
            expected_version=before.version,
        )
    assert proposals.proposal_data(db, pid).title == before.title
    saved = proposals.save_proposal(
        db, actor, pid, fields={"title": "Ny tittel"}, expected_version=before.version
    )
    assert saved.title == "Ny tittel" and saved.version > before.version
    with pytest.raises(ConflictError, match="endret av"):
        proposals.save_proposal(
            db, actor, pid, fields={"title": "Gammel"}, expected_version=before.version
        )


def test_status_transitions_and_climate_warning(
    proposal_db: tuple[Database, int], actor: Actor
) -> None:
    db, pid = proposal_db
    with pytest.raises(RefusedInputError, match="Status kan ikke endres"):
        proposals.update_proposal(db, actor, pid, {"status": "kunngjort"})
    _, evaluation = proposals.evaluated(db, pid)
    assert any("klima" in w.message.lower() for w in evaluation.warnings)
    proposals.update_proposal(
        db, actor, pid, {"climate_mode": "criteria", "climate_weight_percent": 30}
    )
    _, evaluation = proposals.evaluated(db, pid)
    assert not any(w.code.startswith("CLIMATE") for w in evaluation.warnings)
    proposals.update_proposal(db, actor, pid, {"status": "sendt_paa_hoering"})
    assert proposals.proposal_data(db, pid).status.value == "sendt_paa_hoering"


def test_lots_participants_and_totals(proposal_db: tuple[Database, int], actor: Actor) -> None:
    db, pid = proposal_db
    data = proposals.suggest_lots_for(db, actor, pid, "area")
    _, evaluation = proposals.evaluated(db, pid)
    assert data.lots and sum(evaluation.lot_values.values()) == evaluation.total_value_nok
    assert evaluation.total_value_nok == sum(
        v.total_value_nok for v in evaluation.participant_values
    )
    guest = next(p for p in data.participants if p.municipality_id != data.host_municipality_id)
    if len(data.participants) > 2:
        after = proposals.remove_participant(db, actor, pid, guest.municipality_id)
        assert guest.municipality_id not in {p.municipality_id for p in after.participants}
    with pytest.raises(RefusedInputError, match="Vertskommunen"):
        proposals.remove_participant(db, actor, pid, data.host_municipality_id or 0)


def test_propose_and_export_pdf_as_a_user_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CLI: demo → detect → propose → export pdf; the PDF text holds what the meeting needs."""
    db = str(tmp_path / "p.db")
    assert main(["--db", db, "demo"]) == 0
    assert main(["--db", db, "detect", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)["groups"]
    group = max(groups, key=lambda g: len(g["municipalities"]))
    assert main(["--db", db, "propose", str(group["id"]), "--json"]) == 0
    proposal = json.loads(capsys.readouterr().out)["proposal"]
    out = tmp_path / "forslag.pdf"
    # the demo is nynorsk; bokmål here, to compare with the bokmål messages of the JSON
    args = ["export", "pdf", str(proposal["id"]), str(out), "--maalform", "bokmaal"]
    assert main(["--db", db, *args]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    flat = " ".join(text.split())
    for participant in proposal["participants"]:
        assert participant["municipality"] in flat
    for member in group["members"]:
        assert " ".join(member["description"].split())[:30] in flat, member["description"]
    assert format_nok(proposal["total_value_nok"]) in flat
    assert re.search(r"\d{1,3}( \d{3})+ kr", flat)
    assert proposal["procedure_label"].split(":")[0] in flat
    for warning in proposal["warnings"]:
        assert " ".join(warning["message"].split())[:50] in flat, warning["message"]
    assert re.search(r"Side 1 av \d+", flat)
    if shutil.which("pdffonts"):
        fonts = subprocess.run(
            ["pdffonts", str(out)], capture_output=True, text=True, check=True
        ).stdout
        rows = fonts.splitlines()[2:]
        assert rows and all(" yes " in row for row in rows), fonts
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    fullmakt_dir = tmp_path / "fullmakter"
    assert main(["--db", db, "export", "fullmakt", str(proposal["id"]), str(fullmakt_dir)]) == 0
    assert len(list(fullmakt_dir.glob("*.pdf"))) == len(proposal["participants"])
    for name in ("overview-pdf",):
        assert main(["--db", db, "export", name, str(tmp_path / "oversikt.pdf")]) == 0
    assert main(["--db", db, "export", "xlsx", str(tmp_path / "samlet.xlsx")]) == 0
    assert main(["--db", db, "export", "ocds", str(proposal["id"]), str(tmp_path / "o.json")]) == 0
    (release,) = json.loads((tmp_path / "o.json").read_text(encoding="utf-8"))["releases"]
    assert release["tender"]["status"] == "planning"
