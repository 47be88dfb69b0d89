"""Every command of the command line, driven with random and hostile arguments (hypothesis).

The commands are enumerated from the argparse parser (``cli.build_parser()``), so a command
added later is driven too. Each run gets a copy of a demo database (and sometimes a hostile
database file instead) and a fresh output folder; arguments come from typed values a person
writes (Norwegian dates, amounts, years, labels), hostile text, huge and negative numbers,
existing and missing files, folders, damaged files and unknown options.

Whatever the arguments: exit 0, 1 or 2; never "Uventet feil" and never a traceback; and on
exit 1 or 2 nothing changed: not the database, not the output folder.

200 examples by default; ``KOMMUNESAMARBEID_FUZZ_EXAMPLES=2000`` for a longer hunt.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kommunesamarbeid.cli import build_parser, main
from kommunesamarbeid.db.engine import open_database
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from kommunesamarbeid.services.overlap import detect
from kommunesamarbeid.services.proposals import create_proposal

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Command:
    """A leaf command: its words and its arguments (from the parser)."""

    words: tuple[str, ...]
    positionals: tuple[argparse.Action, ...]
    options: tuple[argparse.Action, ...]


def _commands(parser: argparse.ArgumentParser, words: tuple[str, ...] = ()) -> Iterator[Command]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        positionals = tuple(a for a in parser._actions if not a.option_strings)
        options = tuple(
            a
            for a in parser._actions
            if a.option_strings and not isinstance(a, argparse._HelpAction)
        )
        yield Command(words, positionals, options)
        return
    for name, sub in subparsers[0].choices.items():
        yield from _commands(sub, (*words, name))


COMMANDS = list(_commands(build_parser()))
TOP_OPTIONS = ("--verbose",)


# ------------------------------------------------------------------------------ the world


@dataclass(frozen=True)
class World:
    """Files the arguments can point at: made once, and copied for each run (see ``copy``)."""

    template_db: Path
    plan_xlsx: Path
    plan_csv: Path
    corrupt: Path
    folder: Path
    out: Path

    def copy(self, base: Path) -> World:
        """This world in a fresh folder: what a run writes or damages is its own."""
        files = [self.template_db, self.plan_xlsx, self.plan_csv, self.corrupt]
        copied = []
        for path in files:
            copied.append(base / path.name)
            shutil.copy(path, copied[-1])
        (base / self.folder.name).mkdir()
        (base / "ut").mkdir()
        return World(*copied, base / self.folder.name, base / "ut")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    base = tmp_path_factory.mktemp("fuzzworld")
    template = base / "demo.db"
    db = open_database(template)
    actor = Actor(user="fuzz")
    load_demo(db, actor)
    groups = detect(db, actor).groups
    if groups:
        create_proposal(db, actor, group_id=groups[0].id)
    db.dispose()
    with contextlib.closing(sqlite3.connect(template)) as conn:  # everything in the one file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    corrupt = base / "skadet.xlsx"
    corrupt.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    folder = base / "en-mappe"
    folder.mkdir()
    # Copies: an export may well be aimed at a plan file, and must never reach the originals.
    plans = []
    for name in (
        "alver_anskaffelsesplan_2026-2027.xlsx",
        "austrheim_anskaffelsesplan_2026-2027.csv",
    ):
        plans.append(base / name)
        shutil.copy(resource_path("demo", name), plans[-1])
    return World(template, plans[0], plans[1], corrupt, folder, base / "ut")


# ------------------------------------------------------------------------------ values

HOSTILE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cc",), blacklist_characters="\x00"),
    max_size=40,
)
TYPED = st.sampled_from(
    [
        "1", "2", "3", "0", "-1", "99999999999999999999", "9223372036854775808", "1e9", "1,5",
        "01.03.2027", "1.3.27", "2027-03-01", "31.02.2027", "mars 2027", "to", "2,5", "tre år",
        "1 250 000", "1,25 mill", "kr 450 000,-", "30 %", "101", "ja", "nei", "kanskje",
        "godkjent", "vedtatt", "Sendt på høring", "avlyst", "kriterier", "krav", "criteria",
        "område", "produkt", "bekreftet", "avvist", "kandidat", "0,7", "7", "nan", "inf",
        "Alver kommune", "Alver", "4631", "Fedje kommune", "Oslo", "", " ", "--", "-x", "=",
        "'; DROP TABLE municipality; --", "../../etc/passwd", "ÆØÅ æøå", "\u202e", "𝔘𝔫𝔦",
        "nynorsk", "bokmaal", "noytral",
    ]
)  # fmt: skip
ASSIGNMENTS = st.sampled_from(
    [
        "planned_announcement=01.03.2027", "planned_announcement=1.3.27",
        "planned_contract_start=31.02.2027", "contract_years=to", "contract_years=2,5",
        "contract_years=99", "option_years=1+1", "status=godkjent", "status=vedtatt",
        "status=Sendt på høring", "climate_mode=krav", "climate_mode=kriterier",
        "climate_weight_percent=30 %", "climate_weight_percent=130", "is_framework=ja",
        "is_framework=kanskje", "host=Fedje", "host=Oslo", "title=", "title=Ny tittel",
        "foo=bar", "=", "status", "risks_text=Risiko: «høy»",
    ]
)  # fmt: skip
MAPPINGS = st.sampled_from(
    ["description=B", "contract_years=E", "cpv=", "description=", "foo=B", "description=1",
     "reference=ZZZZ", "total_value=D"]
)  # fmt: skip


def _path_values(world: World) -> st.SearchStrategy[str]:
    out = world.out
    return st.sampled_from(
        [
            str(world.plan_xlsx), str(world.plan_csv), str(world.corrupt), str(world.folder),
            str(out), str(out / "ut.pdf"), str(out / "plan.xlsx"), str(out / "ut.xlsx"), str(out / "ut.json"),
            str(out / "mangler" / "ut.pdf"), str(out / "ut.txt"), str(out / "fullmakter"),
            str(world.corrupt) + "/under.pdf", "/dev/null", "", "finnes-ikke.xlsx",
        ]
    )  # fmt: skip


IDS = st.sampled_from(["1", "2", "3", "4", "5", "17"])
GOOD_NAMES = st.sampled_from(["Alver kommune", "Fedje", "4631", "Gulen kommune", "Ny kommune"])


def _value(action: argparse.Action, world: World) -> st.SearchStrategy[str]:
    """Mostly values that get past the parser (so the command runs), sometimes hostile ones."""
    name = (action.dest or "").lower()
    kind = getattr(action.type, "__name__", "")
    hostile = st.one_of(TYPED, HOSTILE_TEXT)
    good: st.SearchStrategy[str] = TYPED
    if kind == "nummer":
        good = IDS
    elif name in ("file", "out", "outdir"):
        good = _path_values(world)
    elif name == "assignments":
        good = ASSIGNMENTS
    elif name == "map":
        good = MAPPINGS
    elif name in ("municipality", "name", "lead"):
        good = GOOD_NAMES
    elif action.choices:
        good = st.sampled_from([str(c) for c in action.choices])
    return st.one_of(good, good, good, hostile)


@st.composite
def argv(draw: st.DrawFn, world: World) -> list[str]:
    out, db = world.out, world.template_db
    command: Command = draw(st.sampled_from(COMMANDS))
    args: list[str] = []
    if draw(st.integers(0, 9)) == 0:
        db_arg = draw(
            st.sampled_from(
                [str(world.corrupt), str(world.folder), str(out / "mangler" / "x.db"),
                 "postgresql://x:y@127.0.0.1:1/z", "mysql://a@b/c", "sqlite:///", "::"]
            )
        )  # fmt: skip
    else:
        db_arg = str(db)
    args += ["--db", db_arg]
    if draw(st.booleans()):
        args.append(draw(st.sampled_from(TOP_OPTIONS)))
    args += list(command.words)
    for action in command.positionals:
        if draw(st.integers(0, 19)) == 0:
            continue  # a missing argument: wrong use
        count = 1
        if action.nargs in ("+", "*"):
            count = draw(st.integers(1, 3))
        args += [draw(_value(action, world)) for _ in range(count)]
    for action in command.options:
        if draw(st.integers(0, 2)) != 0:
            continue
        flag = draw(st.sampled_from(action.option_strings))
        if action.nargs == 0:
            args.append(flag)
        else:
            args += [flag, draw(_value(action, world))]
    if draw(st.integers(0, 14)) == 0:
        args.insert(draw(st.integers(0, len(args))), draw(st.sampled_from(["--ukjent", "x"])))
    return args


# ------------------------------------------------------------------------------ checks


def _dump(path: Path) -> Any:
    """Every row of every table of an SQLite file (or its bytes when it is no database)."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return path.read_bytes()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _run(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(args)
        except SystemExit as exc:  # main never lets one out: record it as a failure
            code = -1000 - int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


def test_every_command_is_enumerated() -> None:
    words = {" ".join(c.words) for c in COMMANDS}
    assert {"import", "proposal set", "export pdf", "group merge", "municipality add"} <= words
    assert len(COMMANDS) >= 25


@settings(
    max_examples=int(os.environ.get("KOMMUNESAMARBEID_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_command_survives_hostile_arguments(world: World, data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        mine = world.copy(Path(tmp))
        out = mine.out
        args = data.draw(argv(mine), label="argv")
        watched = [mine.template_db, mine.corrupt, mine.plan_xlsx, mine.plan_csv]
        before = {p: _dump(p) for p in watched}
        files_before = _files(out)
        here = os.getcwd()
        os.chdir(tmp)  # a relative path among the arguments lands in this run's folder
        try:
            code, stdout, stderr = _run(args)
        finally:
            os.chdir(here)
        event(f"exit {code}")
        assert code in (0, 1, 2), (args, code, stderr)
        assert "Uventet feil" not in stderr, (args, stderr)
        assert "Traceback" not in stderr + stdout, (args, stderr)
        if code != 0:
            assert stderr.strip(), args  # a refusal or wrong use always says why
            for path, dumped in before.items():
                assert _dump(path) == dumped, (args, path)
            assert _files(out) == files_before, (args, stderr)
        assert not [f for f in _files(out) if ".kommunesamarbeid-tmp-" in f], args
