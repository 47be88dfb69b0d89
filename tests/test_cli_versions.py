"""The command line and versions: ``--json`` shows every editable thing's version, ``--version N``
names the one a script read (refused, exit 1, when it moved on), and the new edit commands
(``line show|set``, ``proposal lot``, ``proposal milestone``, ``import --plan-version``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kommunesamarbeid.cli import main
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from kommunesamarbeid.services.proposals import create_proposal


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli_versions") / "demo.db"
    db = open_database(path)
    actor = Actor(user="oppsett")
    load_demo(db, actor)
    create_proposal(db, actor, group_id=detect(db, actor).groups[0].id)
    db.dispose()
    return path


@pytest.fixture
def dbfile(template: Path, tmp_path: Path) -> str:
    path = tmp_path / "demo.db"
    shutil.copy(template, path)
    return str(path)


def run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_line_show_and_set(capsys: pytest.CaptureFixture[str], dbfile: str) -> None:
    code, out, _ = run(capsys, dbfile, "lines", "--json")
    line = json.loads(out)["lines"][0]
    assert code == 0 and line["version"] == 1
    code, out, _ = run(capsys, dbfile, "line", "show", str(line["id"]), "--json")
    assert code == 0 and json.loads(out)["line"]["version"] == 1
    code, out, err = run(
        capsys, dbfile, "line", "set", str(line["id"]),
        "total_value_nok=1,8 mill", "period_start=1.3.27", "period_end=31.3.27",
        "comments=Sjekket", "--json",
    )  # fmt: skip
    assert code == 0, err
    saved = json.loads(out)["line"]
    assert (saved["total_value_nok"], saved["period_start"], saved["version"]) == (
        1_800_000,
        "2027-03-01",
        2,
    )
    code, _, err = run(
        capsys, dbfile, "line", "set", str(line["id"]), "comments=Gammel", "--version", "1"
    )
    assert code == 1
    assert err.startswith(f"Avvist: Linje {line['id']} (") and "ble endret av «testbruker»" in err
    # the annual value follows the total (and the total becomes the stated figure)
    assert (
        "(samlet verdi, tidspunkt fra, tidspunkt til, merknader, årlig verdi, verdigrunnlag)" in err
    )
    assert "etter at du leste versjon 1 (nå versjon 2)" in err
    code, _, err = run(capsys, dbfile, "line", "set", str(line["id"]), "farge=blå")
    assert code == 2 and "Ukjent felt «farge»" in err
    code, _, err = run(capsys, dbfile, "line", "set", str(line["id"]), "total_value_nok=mye")
    assert code == 1 and "Samlet verdi (kr)" in err


def test_versions_in_json_and_stale_versions_refused(
    capsys: pytest.CaptureFixture[str], dbfile: str
) -> None:
    code, out, _ = run(capsys, dbfile, "municipality", "list", "--json")
    alver = next(m for m in json.loads(out)["municipalities"] if m["name"] == "Alver kommune")
    assert alver["version"] >= 1 and alver["plan_version"] >= 1
    code, _, err = run(
        capsys, dbfile, "municipality", "set", "Alver", "--county", "Vest", "--version", "99"
    )
    assert code == 1 and "Alver kommune ble endret av" in err and "versjon 99" in err

    code, out, _ = run(capsys, dbfile, "proposal", "show", "1", "--json")
    proposal = json.loads(out)["proposal"]
    assert proposal["version"] >= 1
    assert all(p["version"] == 1 for p in proposal["participants"])
    first = proposal["milestones"][0]
    assert {"id", "version", "done"} <= set(first)
    code, _, err = run(
        capsys, dbfile, "proposal", "set", "1", "title=Ny", "--version", str(proposal["version"])
    )
    assert code == 0, err
    code, _, err = run(
        capsys, dbfile, "proposal", "set", "1", "title=Eldre", "--version", str(proposal["version"])
    )
    assert code == 1 and "Forslag FA-" in err and "(tittel)" in err
    code, out, err = run(
        capsys, dbfile, "proposal", "milestone", "1", str(first["id"]),
        "--date", "02.02.2027", "--done", "ja", "--json",
    )  # fmt: skip
    assert code == 0, err
    moved = next(m for m in json.loads(out)["proposal"]["milestones"] if m["id"] == first["id"])
    assert (moved["due_date"], moved["done"], moved["version"]) == ("2027-02-02", True, 2)
    code, _, err = run(
        capsys, dbfile, "proposal", "milestone", "1", str(first["id"]), "--title", "X",
        "--version", "1",
    )  # fmt: skip
    assert code == 1 and "(dato, utført)" in err

    code, _, err = run(capsys, dbfile, "proposal", "lots", "1", "--by", "område")
    assert code == 0, err
    code, out, err = run(
        capsys, dbfile, "proposal", "lot", "1", "1", "--title", "Nord", "--basis", "produkt",
        "--json",
    )  # fmt: skip
    assert code == 0, err
    lot = json.loads(out)["proposal"]["lots"][0]
    assert (lot["title"], lot["basis"], lot["version"]) == ("Nord", "product", 2)
    code, _, err = run(capsys, dbfile, "proposal", "lot", "1", "1")
    assert code == 2 and "--title" in err


def test_group_versions(capsys: pytest.CaptureFixture[str], dbfile: str) -> None:
    code, out, _ = run(capsys, dbfile, "groups", "--status", "kandidat", "--json")
    first, second = json.loads(out)["groups"][:2]
    code, _, err = run(capsys, dbfile, "group", "merge", str(first["id"]), str(second["id"]),
                       "--version", "1")  # fmt: skip
    assert code == 2 and "én --version per overlapp" in err
    code, _, err = run(capsys, dbfile, "group", "confirm", str(first["id"]), "--version", "1")
    assert code == 0, err
    code, _, err = run(capsys, dbfile, "group", "reject", str(first["id"]), "--version", "1")
    assert code == 1
    assert f"Overlapp nr. {first['id']} ble endret av «testbruker»" in err
    assert "(bekreftet; status nå: Bekreftet)" in err
    code, out, _ = run(capsys, dbfile, "group", "reopen", str(first["id"]), "--json")
    assert code == 0 and json.loads(out)["group"]["version"] == 3
    assert json.loads(out)["group"]["decided_by"] == "testbruker"


def test_import_plan_version(
    capsys: pytest.CaptureFixture[str], dbfile: str, tmp_path: Path
) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_text(
        "Nr;Anskaffelse;CPV;Årlig verdi\n1;Brøyting;90620000;100000\n", encoding="utf-8"
    )
    code, out, _ = run(
        capsys, dbfile, "import", str(plan), "--municipality", "Ny kommune", "--dry-run", "--json"
    )
    assert code == 0 and json.loads(out)["plan_version"] == 0
    code, out, _ = run(
        capsys, dbfile, "import", str(plan), "--municipality", "Ny kommune",
        "--plan-version", "0", "--json",
    )  # fmt: skip
    first = json.loads(out)
    assert code == 0 and first["plan_version"] == first["batch_id"]
    code, _, err = run(
        capsys, dbfile, "import", str(plan), "--municipality", "Ny kommune", "--plan-version", "0"
    )
    assert code == 1 and "Anskaffelsesplanen til Ny kommune ble importert av «testbruker»" in err
