"""Documents from the command line in each municipality's written standard (issue 11).

``municipality set NAME --maalform`` changes a municipality's målform; ``export fullmakt``
then writes its fullmakt in it, and every other municipality's in its own. ``export pdf`` is
in the host municipality's målform unless ``--maalform`` says otherwise; so are
``export proposal-xlsx`` and ``export ocds``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kommunesamarbeid.cli import main
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.fileio.pdf_fullmakt import fullmakt_file_name
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from kommunesamarbeid.services.proposals import create_proposal, proposal_data
from tests.fileio.pdf_samples import flat, page_texts

ACTOR = Actor(user="testbruker")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, int]:
    """The demo cooperation (eight nynorsk municipalities in Nordhordland) with one proposal."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    load_demo(db, ACTOR)
    proposal = create_proposal(db, ACTOR, group_id=detect(db, ACTOR).groups[0].id)
    db.dispose()
    return str(path), proposal.id


def test_fullmakt_files_follow_each_municipality(
    demo: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, proposal_id = demo
    data = proposal_data(open_database(db), proposal_id)
    assert {p.language for p in data.participants} == {"nn"}  # the demo is all nynorsk
    host = data.host
    assert host is not None
    other = next(p for p in data.participants if p.municipality_id != host.municipality_id)
    assert main(["--db", db, "municipality", "set", other.name, "--maalform", "bokmaal"]) == 0
    out = tmp_path / "fullmakter"
    assert main(["--db", db, "export", "fullmakt", str(proposal_id), str(out)]) == 0
    capsys.readouterr()
    texts = {path.name: flat(" ".join(page_texts(path))) for path in out.glob("*.pdf")}
    assert len(texts) == len(data.participants)
    for p in data.participants:
        text = texts[fullmakt_file_name(p.name)]
        if p.municipality_id == other.municipality_id:
            assert "Fullmakt til vertskommunen" in text and f"{p.name} gir" in text
            assert "ikkje" not in text
        elif p.municipality_id == host.municipality_id:
            assert "Stadfesting frå vertskommunen" in text
        else:
            assert f"{p.name} gjev {host.name}" in text and " ikke " not in text
    # and back: the municipality's own choice is what counts
    assert main(["--db", db, "municipality", "set", other.name, "--maalform", "nynorsk"]) == 0
    again = tmp_path / "igjen"
    assert main(["--db", db, "export", "fullmakt", str(proposal_id), str(again)]) == 0
    assert all(
        "Fullmakt til vertskommunen" not in flat(" ".join(page_texts(path)))
        or "gjev" in flat(" ".join(page_texts(path)))
        for path in again.glob("*.pdf")
    )


def test_proposal_pdf_in_the_hosts_maalform_unless_told(
    demo: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, proposal_id = demo
    nn = tmp_path / "framlegg.pdf"
    assert main(["--db", db, "export", "pdf", str(proposal_id), str(nn)]) == 0
    assert "FRAMLEGG TIL FELLES ANSKAFFING" in flat(" ".join(page_texts(nn)))
    nb = tmp_path / "forslag.pdf"
    args = ["--db", db, "export", "pdf", str(proposal_id), str(nb), "--maalform", "bokmål"]
    assert main(args) == 0
    assert "FORSLAG TIL FELLES ANSKAFFELSE" in flat(" ".join(page_texts(nb)))
    bad = ["--db", db, "export", "pdf", str(proposal_id), str(nb), "--maalform", "svensk"]
    assert main(bad) == 1
    assert "Ukjent målform" in capsys.readouterr().err
    # the Excel annex follows the same rule
    annex = tmp_path / "vedlegg.xlsx"
    assert main(["--db", db, "export", "proposal-xlsx", str(proposal_id), str(annex)]) == 0
    assert load_workbook(annex).sheetnames[0] == "Samandrag"
    args = ["--db", db, "export", "proposal-xlsx", str(proposal_id), str(annex)]
    assert main([*args, "--maalform", "bokmaal"]) == 0
    assert load_workbook(annex).sheetnames[0] == "Sammendrag"
    ocds = tmp_path / "framlegg.json"
    assert main(["--db", db, "export", "ocds", str(proposal_id), str(ocds)]) == 0
    package = json.loads(ocds.read_text(encoding="utf-8"))
    assert package["version"] == "1.1"
    assert package["releases"][0]["language"] == "nn"


def test_every_reason_the_overlap_engine_stored_can_be_written_in_nynorsk(
    demo: tuple[str, int],
) -> None:
    """The documents print the stored (bokmål) reasons in nynorsk for nynorsk municipalities:
    every reason detection wrote for the demo's groups and lines is one the catalogue knows."""
    from kommunesamarbeid.core.reason_texts import reason_in, recognised
    from kommunesamarbeid.services.overlap import list_groups

    db, _ = demo
    groups = list_groups(open_database(db))
    reasons = {r for g in groups for r in g.reasons}
    reasons |= {r for g in groups for m in g.members for r in m.reasons}
    assert len(reasons) > 20
    unknown = sorted(r for r in reasons if not recognised(r))
    assert unknown == []
    assert any(reason_in(r, "nn") != r for r in reasons)
