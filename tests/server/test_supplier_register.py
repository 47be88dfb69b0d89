"""Loading Enhetsregisteret on the secured server: a coordinator's login replaces the shared
register (DELETE, then rows in batches: PostgreSQL does not allow COPY under row-level
security), an officer is refused with a clear message by the program and by the database; two
loads at once run one after the other."""

from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest

from kommunesamarbeid.db.locks import LockSpace
from tests.fixtures.make_brreg_files import make_all
from tests.server.conftest import Server
from tests.server.races import advisory, contend

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("brreg"))


def test_coordinator_loads_the_register_officer_is_refused(
    server: Server, files: dict[str, Path]
) -> None:
    units, parents = str(files["units_csv_gz"]), str(files["parents_csv_gz"])
    code, _, err = server.cli("offa", "suppliers", "load", units, parents)
    assert code == 1
    assert "Avvist: Du er logget inn som offa (innkjøpsrådgiver, Alver kommune)" in err
    assert "Bare en koordinator kan laste inn Enhetsregisteret" in err and "Uventet" not in err
    for _attempt in range(2):  # a reload replaces what the first load stored
        code, out, err = server.cli("koord", "suppliers", "load", units, parents, "--json")
        assert code == 0, err
        loaded = json.loads(out)
        assert {f["kind"]: f["rows_stored"] for f in loaded["files"]} == {
            "underenheter": 18,
            "enheter": 15,
        }
    assert server.scalar("koord", "SELECT count(*) FROM supplier_unit") == 18
    assert server.scalar("koord", "SELECT loaded_by FROM supplier_register_load LIMIT 1") == "koord"
    # everyone reads the counts …
    code, out, err = server.cli(
        "offa", "suppliers", "count", "--cpv", "90911200", "--municipality", "Fedje", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["total"]["units"] >= 1
    # … but an officer's own login cannot change the register behind the program's back
    url = server.url("offa").replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as raw:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("DELETE FROM supplier_unit")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("COPY supplier_count (municipality, industry) FROM STDIN")
    assert server.scalar("koord", "SELECT count(*) FROM supplier_unit") == 18


@pytest.mark.slow
def test_two_loads_at_once_run_one_after_the_other(server: Server, files: dict[str, Path]) -> None:
    """A load replaces the register as a whole: two at once both finish, one after the other,
    and the register is complete (no rows of one left beside the other's, no false
    «duplicate organisation number»)."""
    units, parents = str(files["units_csv_gz"]), str(files["parents_csv_gz"])
    for _run in range(5):
        outcomes = contend(
            server,
            advisory(LockSpace.SUPPLIER_REGISTER),
            ("koord", ["suppliers", "load", units, parents]),
            ("koord2", ["suppliers", "load", units, parents]),
        )
        assert [o.code for o in outcomes] == [0, 0], [o.err for o in outcomes]
        assert server.scalar("koord", "SELECT count(*) FROM supplier_unit") == 18
        assert server.scalar("koord", "SELECT count(*) FROM supplier_register_load") == 2
