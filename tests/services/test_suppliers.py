"""Loading Enhetsregisteret and counting local suppliers: exact counts in every format, on SQLite
and PostgreSQL; reloads, cancel and refusals change nothing; the proposal's lots."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kommunesamarbeid.core.errors import BadValueError, NotFoundError, UserError
from kommunesamarbeid.core.local_market import RENHOLD_NOTE, MarketCounts
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import PlannedPurchase, SupplierUnit
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.municipalities import add_municipality, update_municipality
from kommunesamarbeid.services.proposals import (
    create_proposal,
    proposal_data,
    suggest_lots_for,
)
from kommunesamarbeid.services.supplier_market import count_market, proposal_market
from kommunesamarbeid.services.suppliers import (
    SupplierLoadCancelled,
    load_register,
    register_info,
)
from tests.fixtures.make_brreg_files import EXPECTED, make_all

FORMATS = ("csv_gz", "csv", "json_gz", "xlsx")
PLACES = ["Fedje", "Austrheim", "0301", "Masfjorden"]
NUMBERS = ["4633", "4632", "0301", "4634"]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("brreg"))


def counts(numbers: dict[str, int]) -> MarketCounts:
    return MarketCounts(**numbers)


def load(db: Database, actor: Actor, files: dict[str, Path], fmt: str = "csv_gz") -> None:
    load_register(db, actor, [files[f"units_{fmt}"], files[f"parents_{fmt}"]])


@pytest.mark.parametrize("fmt", FORMATS)
def test_exact_counts_in_every_format(
    db: Database, actor: Actor, files: dict[str, Path], fmt: str
) -> None:
    report = load_register(db, actor, [files[f"units_{fmt}"], files[f"parents_{fmt}"]])
    units = next(f for f in report.files if f.kind == "underenheter")
    parents = next(f for f in report.files if f.kind == "enheter")
    assert (units.rows_read, units.rows_stored) == (22, 18)
    assert units.excluded == EXPECTED["units"]["excluded"]
    assert (parents.rows_read, parents.rows_stored) == (15, 15)
    assert units.data_date == dt.date(2026, 11, 27)
    market = count_market(db, "90911200-5", PLACES)
    expected = EXPECTED["cleaning"]
    assert [p.number for p in market.municipalities] == NUMBERS
    for place in market.municipalities:
        assert place.counts == counts(expected[place.number]), place.name
    assert market.total == counts(expected["4633"]) + counts(expected["4632"]) + counts(
        expected["0301"]
    )
    vestland = next(c for c in market.counties if c.number == "46")
    assert vestland.counts == counts(expected["46"])
    assert [r.cpv_prefix for r in market.selection.rows] == ["9091"]
    assert RENHOLD_NOTE in market.notes
    hair = count_market(db, "98321000", ["Fedje"])
    assert hair.municipalities[0].counts == MarketCounts(1, 1, 0, 1, 0)  # H1; H2 has a SN2007 code


def test_reload_replaces_one_kind_at_a_time(
    db: Database, actor: Actor, files: dict[str, Path]
) -> None:
    load(db, actor, files)
    load_register(db, actor, [files["parents_json_gz"]])
    info = register_info(db)
    assert (info.units_file, info.parents_file) == (
        "underenheter_alle.csv.gz",
        "enheter_alle.json.gz",
    )
    assert (info.units, info.parents) == (18, 15)
    load_register(db, actor, [files["units_xlsx"]])
    info = register_info(db)
    assert info.units_file == "underenheter_alle.xlsx" and info.units == 18
    market = count_market(db, "90911200", ["Fedje"])
    assert market.municipalities[0].counts == counts(EXPECTED["cleaning"]["4633"])


def test_cancel_changes_nothing(db: Database, actor: Actor, files: dict[str, Path]) -> None:
    load(db, actor, files)
    before = count_market(db, "90911200", PLACES).municipalities

    def stop(done: int, total: int, text: str) -> bool:
        return False

    with pytest.raises(SupplierLoadCancelled, match="Ingenting er endret"):
        load_register(db, actor, [files["units_json_gz"], files["parents_json_gz"]], progress=stop)
    assert count_market(db, "90911200", PLACES).municipalities == before
    assert register_info(db).units_file == "underenheter_alle.csv.gz"


def test_a_damaged_reload_changes_nothing(
    db: Database, actor: Actor, files: dict[str, Path], tmp_path: Path
) -> None:
    load(db, actor, files)
    text = gzip.decompress(files["units_csv_gz"].read_bytes()).decode("utf-8")
    lines = text.splitlines(keepends=True)
    doubled = tmp_path / "underenheter_dobbel.csv"
    doubled.write_text(lines[0] + lines[1] + lines[1] + "".join(lines[2:]), encoding="utf-8")
    with pytest.raises(RefusedInputError, match="samme organisasjonsnummer"):
        load_register(db, actor, [doubled])
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SupplierUnit)) == 18
    assert register_info(db).units_file == "underenheter_alle.csv.gz"


def test_refusals(db: Database, actor: Actor, files: dict[str, Path], tmp_path: Path) -> None:
    with pytest.raises(BadValueError, match="Flere filer med underenheter"):
        load_register(db, actor, [files["units_csv"], files["units_json_gz"]])
    no_location = tmp_path / "underenheter.csv"
    no_location.write_text(
        '"organisasjonsnummer","overordnetEnhet","naeringskode1.kode"\n'
        '"920000001","910000001","81.210"\n',
        encoding="utf-8",
    )
    with pytest.raises(RefusedInputError, match=r"beliggenhetsadresse\.kommunenummer"):
        load_register(db, actor, [no_location])
    with pytest.raises(NotFoundError, match="ikke lastet inn"):
        count_market(db, "90911200", ["Fedje"])
    assert not register_info(db).loaded


def test_counting_refusals(db: Database, actor: Actor, files: dict[str, Path]) -> None:
    load(db, actor, files)
    with pytest.raises(NotFoundError, match="Fant ingen kommune «Atlantis»"):
        count_market(db, "90911200", ["Atlantis"])
    with pytest.raises(BadValueError, match="Flere kommuner heter «Herøy»"):
        count_market(db, "90911200", ["Herøy"])
    with pytest.raises(BadValueError, match="finnes ikke i tabellen"):
        count_market(db, "39000000", ["Fedje"])
    add_municipality(db, actor, "Testby kommune")
    with pytest.raises(UserError, match="har ikke kommunenummer"):
        count_market(db, "90911200", ["Testby"])


def test_units_without_the_parent_file(db: Database, actor: Actor, files: dict[str, Path]) -> None:
    load_register(db, actor, [files["units_csv_gz"]])
    market = count_market(db, "90911200", ["Fedje"])
    fedje = market.municipalities[0].counts
    assert fedje is not None
    # without enheter nothing is known to be bankrupt: F7 counts, and every parent is "missing"
    assert (fedje.units, fedje.parent_missing, fedje.sole_proprietors) == (5, 5, 0)
    assert any("Enhetsfilen" in note for note in market.notes)


# ------------------------------------------------------------------------------ proposals


def _proposal(db: Database, actor: Actor, names: list[str], cpv: str | None = "90911200") -> int:
    ids = []
    with db.session() as session:
        from kommunesamarbeid.services.municipalities import ensure_municipality

        for name in names:
            m, _ = ensure_municipality(session, actor, f"{name} kommune")
            line = PlannedPurchase(
                municipality_id=m.id,
                description="Renhold av kommunale bygg",
                cpv=cpv,
                total_value_nok=2_000_000,
                annual_value_nok=500_000,
                contract_years=4,
            )
            session.add(line)
            session.flush()
            ids.append(line.id)
    return create_proposal(db, actor, line_ids=ids).id


def test_proposal_market_and_the_split_advice(
    db: Database, actor: Actor, files: dict[str, Path]
) -> None:
    load(db, actor, files)
    pid = _proposal(db, actor, ["Fedje", "Austrheim", "Masfjorden"])
    market = proposal_market(db, proposal_data(db, pid))
    assert len(market.lots) == 1 and market.lots[0].number is None
    whole = market.lots[0]
    assert [p.counts.with_staff if p.counts else None for p in whole.municipalities] == [2, 3, 0]
    assert whole.reading.startswith("Ingen bedrifter med ansatte i Masfjorden, 5 i regionen")
    assert market.advice is not None and market.advice.basis is None
    # "auto": Masfjorden has no local supplier with staff, so lots by product group
    data = suggest_lots_for(db, actor, pid, "auto")
    assert [lot.basis for lot in data.lots] == ["product"]
    # by area: one lot per municipality, each described with its local market, in the host's
    # målform (Fedje, the host, writes nynorsk; set to bokmål, the same lots are in bokmål)
    data = suggest_lots_for(db, actor, pid, "area")
    assert data.language == "nn"
    descriptions = {lot.title: lot.description for lot in data.lots}
    assert any("2 verksemder med tilsette i Austrheim" in d for d in descriptions.values())
    assert any("Lokal marknad (81.21, 81.22)" in d for d in descriptions.values())
    assert not any("bedrift" in d or "Anslått verdi" not in d for d in descriptions.values())
    update_municipality(db, actor, "Fedje", maalform="bokmaal")
    data = suggest_lots_for(db, actor, pid, "area")
    descriptions = {lot.title: lot.description for lot in data.lots}
    assert any("2 bedrifter med ansatte i Austrheim" in d for d in descriptions.values())
    market = proposal_market(db, proposal_data(db, pid))
    warnings = [w for lot in market.lots for w in lot.warnings]
    masfjorden = [w for w in warnings if "Masfjorden" in w]
    assert masfjorden and "ingen lokale leverandører i det hele tatt" in masfjorden[0]


def test_auto_lots_by_area_when_every_municipality_has_staff(
    db: Database, actor: Actor, files: dict[str, Path]
) -> None:
    load(db, actor, files)
    pid = _proposal(db, actor, ["Fedje", "Austrheim"])
    market = proposal_market(db, proposal_data(db, pid))
    assert market.advice is not None and market.advice.basis == "area"
    assert "(Austrheim 2, Fedje 3)" in market.advice.sentences[0]
    data = suggest_lots_for(db, actor, pid, "auto")
    assert data.lots and all(lot.basis == "area" for lot in data.lots)


def test_proposal_market_without_register_or_cpv(
    db: Database, actor: Actor, files: dict[str, Path]
) -> None:
    pid = _proposal(db, actor, ["Fedje", "Austrheim"])
    market = proposal_market(db, proposal_data(db, pid))
    assert not market.register.loaded and market.lots == ()
    assert "ikke lastet inn" in market.warnings[0]
    load(db, actor, files)
    other = _proposal(db, actor, ["Gulen", "Modalen"], cpv="39000000")
    lot = proposal_market(db, proposal_data(db, other)).lots[0]
    assert lot.selection.unmapped == ("39000000",)
    assert "finnes ikke i tabellen" in lot.warnings[0]
