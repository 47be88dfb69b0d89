"""Ordinary trouble gets an ordinary answer: each condition a clear Norwegian message, exit 1,
and nothing changed (no half-written file, no temporary left, no backup copy written).

Full disk (a simulated ENOSPC while writing, and a database that cannot grow), a read-only
folder, a folder as target, a locked database, a damaged or foreign file, a read-only
database, a database from a newer version, a conflict with another user, a number no record
can have.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from kommunesamarbeid.cli import main
from kommunesamarbeid.db import engine as engine_module
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.fileio.atomic import TEMP_PREFIX, clean_interrupted, journal_dir
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services import proposals as proposals_module
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from kommunesamarbeid.services.proposals import create_proposal

ACTOR = Actor(user="testbruker")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the demo plans, the detected overlaps and proposal nr. 1."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_database(path)
    load_demo(db, ACTOR)
    create_proposal(db, ACTOR, group_id=detect(db, ACTOR).groups[0].id)
    db.dispose()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    return path


def dump(path: Path) -> dict[str, list[Any]]:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- writing files ------------------------------------------------------------------------------


def test_full_disk_while_writing_an_export(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from kommunesamarbeid.fileio import pdf_proposal

    def full(_data: Any, _evaluation: Any, out: Path, **_kw: Any) -> None:
        Path(out).write_bytes(b"%PDF-1.4 half a document")
        raise OSError(errno.ENOSPC, "No space left on device", str(out))

    monkeypatch.setattr(pdf_proposal, "write_proposal_pdf", full)
    out = tmp_path / "ut"
    out.mkdir()
    code, _, err = run(capsys, "--db", str(demo_db), "export", "pdf", "1", str(out / "f.pdf"))
    assert code == 1
    assert err.startswith("Avvist: Det er ikke mer plass på disken")
    assert "Frigjør plass" in err and "f.pdf" in err
    assert files(out) == []  # neither the file nor its temporary


def test_full_database(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own «database or disk is full», from a database that may not grow."""
    real = engine_module._sqlite_pragmas

    def no_room(connection: Any, record: Any) -> None:
        real(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine_module, "_sqlite_pragmas", no_room)
    before = dump(demo_db)
    plan = resource_path("demo", "alver_anskaffelsesplan_2026-2027.xlsx")
    code, _, err = run(capsys, "--db", str(demo_db), "import", str(plan), "--municipality", "Ny")
    assert code == 1
    assert err.startswith(f"Avvist: Det er ikke mer plass på disken der databasen «{demo_db}»")
    assert dump(demo_db) == before


@pytest.fixture
def read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder nobody may write in (simulated for root, whom file modes do not stop)."""
    folder = tmp_path / "skrivebeskyttet"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    real = tempfile.mkstemp

    def refuse(*args: Any, **kwargs: Any) -> Any:
        if Path(str(kwargs.get("dir", ""))).resolve() == folder.resolve():
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    yield folder


def test_read_only_folder(
    capsys: pytest.CaptureFixture[str], demo_db: Path, read_only_folder: Path
) -> None:
    target = read_only_folder / "samlet.xlsx"
    code, _, err = run(capsys, "--db", str(demo_db), "export", "xlsx", str(target))
    assert code == 1
    assert err.startswith(f"Avvist: Programmet har ikke lov til å skrive «{target}»")
    assert "velg en annen mappe" in err
    assert files(read_only_folder) == []


@pytest.mark.parametrize("what", ["pdf", "xlsx", "overview-pdf", "ocds"])
def test_folder_as_target(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path, what: str
) -> None:
    folder = tmp_path / "en mappe"
    folder.mkdir()
    args = [what, "1", str(folder)] if what in ("pdf", "ocds") else [what, str(folder)]
    code, _, err = run(capsys, "--db", str(demo_db), "export", *args)
    assert code == 1
    assert f"«{folder}» er en mappe, ikke en fil" in err
    assert "Oppgi et filnavn i mappen" in err
    assert files(folder) == []


def test_a_file_as_the_fullmakt_folder(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    a_file = tmp_path / "fullmakter"
    a_file.write_text("ikke en mappe")
    code, _, err = run(capsys, "--db", str(demo_db), "export", "fullmakt", "1", str(a_file))
    assert code == 1 and "er en fil, ikke en mappe" in err
    assert a_file.read_text() == "ikke en mappe"


def test_a_killed_export_leaves_nothing_after_the_next_start(
    capsys: pytest.CaptureFixture[str], demo_db: Path, tmp_path: Path
) -> None:
    """What a killed export left (its temporary, noted in the journal) goes on the next run."""
    out = tmp_path / "ut"
    out.mkdir()
    left = out / f"{TEMP_PREFIX}forslag-abc123"
    left.write_bytes(b"")
    folder = out / f"{TEMP_PREFIX}q1w2e3"
    folder.mkdir()
    (folder / "Fullmakt Alver.pdf").write_bytes(b"%PDF")
    journal_dir().mkdir(parents=True, exist_ok=True)
    dead = 2**22 + 12345  # no process has this id (above the usual pid_max of 4 194 304)
    for i, path in enumerate((left, folder)):
        (journal_dir() / f"{dead}-{i}.json").write_text(
            f'{{"pid": {dead}, "path": "{path}", "created": 0}}', encoding="utf-8"
        )
    code, _, _ = run(capsys, "--db", str(demo_db), "municipality", "list")
    assert code == 0
    assert files(out) == []
    assert list(journal_dir().iterdir()) == []
    assert clean_interrupted() == []


# --- the database -------------------------------------------------------------------------------


def test_locked_database(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_S", 0.2)
    before = dump(demo_db)
    holder = sqlite3.connect(demo_db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, _, err = run(capsys, "--db", str(demo_db), "municipality", "add", "Låsby")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1
    assert err.startswith(f"Avvist: Databasen «{demo_db}» er låst av et annet program")
    assert "Vent litt og prøv igjen" in err
    assert dump(demo_db) == before


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (bytes(range(256)) * 40, "er ikke en database programmet kan bruke"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "er ikke en database programmet kan bruke"),
        (b"Dette er et notat, ikke en database.\n", "er ikke en database programmet kan bruke"),
    ],
    ids=["random", "damaged-header", "text"],
)
def test_damaged_database_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "skadet.db"
    path.write_bytes(content)
    code, _, err = run(capsys, "--db", str(path), "lines")
    assert code == 1 and expected in err and "sikkerhetskopi" in err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["skadet.db"]


def test_foreign_database_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "annet.db"
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE kunder (id INTEGER, navn TEXT)")
        conn.commit()
    before = path.read_bytes()
    code, _, err = run(capsys, "--db", str(path), "municipality", "add", "Bø")
    assert code == 1 and "tabeller som ikke er laget av kommunesamarbeid" in err
    assert path.read_bytes() == before


def test_read_only_database(capsys: pytest.CaptureFixture[str], demo_db: Path) -> None:
    url = f"sqlite:///file:{demo_db}?mode=ro&uri=true"
    before = dump(demo_db)
    code, out, _ = run(capsys, "--db", url, "municipality", "list", "--json")
    assert code == 0 and "Alver kommune" in out  # reading works
    code, _, err = run(capsys, "--db", url, "municipality", "add", "Skrivebeskyttet by")
    assert code == 1 and "er skrivebeskyttet: endringen kan ikke lagres" in err
    assert dump(demo_db) == before


def test_newer_database_is_refused_without_any_copy(
    capsys: pytest.CaptureFixture[str], demo_db: Path
) -> None:
    with contextlib.closing(sqlite3.connect(demo_db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.commit()
    before = demo_db.read_bytes()
    for _attempt in range(3):
        code, _, err = run(capsys, "--db", str(demo_db), "lines")
        assert code == 1
        assert "laget av en nyere versjon av kommunesamarbeid" in err
        assert "Installer den nyeste versjonen" in err
    assert sorted(p.name for p in demo_db.parent.iterdir()) == ["demo.db"]  # no backup
    assert demo_db.read_bytes() == before


def test_an_older_database_is_copied_once_however_often_the_upgrade_fails(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kommunesamarbeid.core.errors import UserError
    from kommunesamarbeid.db import migrate
    from kommunesamarbeid.db.migrations import HEAD

    monkeypatch.setattr(engine_module, "HEAD", "9999")
    monkeypatch.setattr(migrate, "head_revision", lambda: "9999")

    def broken(engine: Any, revision: str = "head") -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(migrate, "upgrade", broken)
    for _attempt in range(3):
        with pytest.raises(UserError, match="ikke mer plass"):
            open_database(demo_db)
    backups = sorted(p.name for p in demo_db.parent.glob("demo.backup-*"))
    assert backups == [f"demo.backup-fra-{HEAD}.db"]


def test_conflict_with_another_user(
    capsys: pytest.CaptureFixture[str], demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another user saves the proposal between our reading and our writing."""
    other = create_engine(f"sqlite:///{demo_db}")
    real = proposals_module.check_proposal

    def someone_else_first(session: Any, p: Any, expected: int | None) -> None:
        with other.begin() as conn:
            conn.execute(text("UPDATE joint_proposal SET version = version + 1, title = 'B'"))
        real(session, p, expected)

    monkeypatch.setattr(proposals_module, "check_proposal", someone_else_first)
    code, _, err = run(capsys, "--db", str(demo_db), "proposal", "set", "1", "title=A")
    other.dispose()
    assert code == 1
    assert err.startswith("Avvist: Noen andre har endret det samme i databasen samtidig med deg")
    assert "Hent inn endringene på nytt" in err
    with contextlib.closing(sqlite3.connect(demo_db)) as conn:
        assert conn.execute("SELECT title FROM joint_proposal").fetchone()[0] == "B"


@pytest.mark.parametrize("number", ["99999999999999999999", "2147483648", "0"])
def test_a_number_no_record_can_have(
    capsys: pytest.CaptureFixture[str], demo_db: Path, number: str
) -> None:
    code, _, err = run(capsys, "--db", str(demo_db), "proposal", "show", number)
    assert code == 1 and err.startswith(f"Avvist: Fant ikke forslag nr. {number}")
