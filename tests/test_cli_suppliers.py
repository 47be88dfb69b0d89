"""``suppliers load``, ``suppliers count`` and ``proposal suppliers`` as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kommunesamarbeid.cli import main
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from tests.fixtures.make_brreg_files import EXPECTED, make_all

COUNT_KEYS = {"name", "number", "units", "with_staff", "five_plus", "sole_proprietors"}
TOTAL_KEYS = {"units", "with_staff", "five_plus", "sole_proprietors"}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("brreg"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_load_and_count_json(
    capsys: pytest.CaptureFixture[str], db_url: str, files: dict[str, Path]
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "suppliers",
        "load",
        str(files["units_csv_gz"]),
        str(files["parents_csv_gz"]),
        "--json",
    )
    assert code == 0
    loaded = json.loads(out)
    assert loaded["source_date"] == "2026-11-27"
    assert {f["kind"]: f["rows_stored"] for f in loaded["files"]} == {
        "underenheter": 18,
        "enheter": 15,
    }
    assert "NLOD" in loaded["attribution"]
    code, out, _ = run(
        capsys,
        "--db",
        db_url,
        "suppliers",
        "count",
        "--cpv",
        "90911200",
        "--municipality",
        "Fedje",
        "--municipality",
        "Austrheim",
        "--municipality",
        "Masfjorden",
        "--json",
    )
    assert code == 0
    data = json.loads(out)
    assert {"industry_codes", "municipalities", "total", "source_date"} <= set(data)
    assert data["industry_codes"] == ["81.21", "81.22"]
    assert data["source_date"] == "2026-11-27"
    assert data["curated"] is True and data["mapping"][0]["cpv_prefix"] == "9091"
    rows = {m["number"]: m for m in data["municipalities"]}
    assert list(rows) == ["4633", "4632", "4634"]
    for number, row in rows.items():
        assert set(row) >= COUNT_KEYS
        assert {k: row[k] for k in EXPECTED["cleaning"][number]} == EXPECTED["cleaning"][number]
    assert set(data["total"]) >= TOTAL_KEYS
    assert data["total"]["with_staff"] == 5 and data["total"]["units"] == 7
    assert any("renholdsregister" in note for note in data["notes"])
    assert data["counties"][0]["name"] == "Vestland"


def test_people_output_and_refusals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    db = str(tmp_path / "k.db")
    code, _, err = run(
        capsys, "--db", db, "suppliers", "count", "--cpv", "90911200", "--municipality", "Fedje"
    )
    assert code == 1 and "ikke lastet inn" in err and "suppliers load" in err
    code, _, err = run(capsys, "--db", db, "suppliers", "load", str(tmp_path / "mangler.csv.gz"))
    assert code == 1 and "Finner ikke" in err
    code, _, err = run(capsys, "--db", db, "suppliers", "load", str(files["units_xlsx"]))
    assert code == 0 and "18 av 22 rader" in err and "27.11.2026" in err
    code, out, _ = run(
        capsys, "--db", db, "suppliers", "count", "--cpv", "90911200", "--municipality", "Fedje"
    )
    assert code == 0
    assert "Fedje" in out and "Kilde: Enhetsregisteret per 27.11.2026" in out
    assert "kuratert tabell" in out
    code, _, err = run(
        capsys, "--db", db, "suppliers", "count", "--cpv", "abc", "--municipality", "Fedje"
    )
    assert code == 1 and "CPV" in err
    code, _, err = run(
        capsys, "--db", db, "suppliers", "load", "--date", "i morgen", str(files["units_xlsx"])
    )
    assert code == 2


def test_proposal_suppliers_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, Path]
) -> None:
    path = tmp_path / "demo.db"
    database = open_database(path)
    actor = Actor(user="testbruker")
    load_demo(database, actor)
    groups = detect(database, actor).groups
    database.dispose()
    db = str(path)
    assert (
        run(
            capsys,
            "--db",
            db,
            "suppliers",
            "load",
            str(files["units_json_gz"]),
            str(files["parents_json_gz"]),
        )[0]
        == 0
    )
    code, out, _ = run(capsys, "--db", db, "propose", str(groups[0].id), "--json")
    pid = json.loads(out)["proposal"]["id"]
    code, out, _ = run(capsys, "--db", db, "proposal", "suppliers", str(pid), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["loaded"] is True and data["source_date"] == "2026-11-27"
    assert len(data["lots"]) == 1 and data["lots"][0]["lot"] is None
    lot = data["lots"][0]
    assert {"industry_codes", "municipalities", "total", "counties", "reading"} <= set(lot)
    for row in lot["municipalities"]:
        assert set(row) >= COUNT_KEYS
    code, out, _ = run(capsys, "--db", db, "proposal", "lots", str(pid), "--by", "area")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "proposal", "suppliers", str(pid), "--json")
    lots = json.loads(out)["lots"]
    assert len(lots) >= 2 and all(lot["lot"] is not None for lot in lots)
    code, out, _ = run(capsys, "--db", db, "proposal", "suppliers", str(pid))
    assert code == 0 and "Delkontrakt 1" in out
    code, _, _ = run(capsys, "--db", db, "proposal", "lots", str(pid), "--by", "auto")
    assert code == 0
