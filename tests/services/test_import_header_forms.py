"""End to end: plans whose headers are abbreviated ("Beskr.", "Est. årl. verdi", "Avt.per.") or
nynorsk ("Lengd (år)", "Årleg verdi") import without a manual mapping, and the values, contract
years and periods read from them are right. The plans are generated here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import LineInfo, list_lines
from tests.services.test_import_behaviour import write_plan

ACTOR = Actor(user="testbruker")

ABBREVIATED_HEADER = [
    "Løpenr.", "Beskr.", "CPV", "Est. årl. verdi", "Avt.per.", "Forl.opsj.", "Planl. kunngj.",
    "Ansv. avd.", "Kontaktpers.", "Merkn.",
]  # fmt: skip
ABBREVIATED_ROWS: list[list[Any]] = [
    ["IP-1", "Renhold av skoler", "90910000", "kr 400 000,-", "2 år", "1+1", "Q2 2026",
     "Oppvekst", "Kari Nordmann", "Ny avtale"],
    ["IP-2", "Brøyting og strøing", "90620000", "1 250 000", "3", "1", "mars 2026",
     "Teknisk", "Ola Nordmann", None],
    ["IP-3", "Kontormøbler", "39130000", 300000, 4, "ingen", "2027",
     "Stab", "Per Hansen", None],
]  # fmt: skip

NYNORSK_HEADER = [
    "Ref", "Skildring", "Kategori", "Årleg verdi (kr)", "Lengd (år)", "Opsjonar (år)",
    "Planlagd kunngjering", "Ansvarleg eining", "Innkjøpsansvarleg", "Merknad",
]  # fmt: skip
NYNORSK_ROWS = [
    ["T-1;Reinhald av kommunale bygg;Teneste;600000;3;1;01.09.2026;Eigedom;Kari Vik;"],
    ["T-2;Skuleskyss;Teneste;1500000;2;2;Q1 2027;Oppvekst;Ola Dal;Felles med nabokommunar"],
    ["T-3;Kopipapir;Vare;80000;1;0;2026;Stab;Per Li;"],
]


def _by_ref(db: Database, municipality: str) -> dict[str | None, LineInfo]:
    return {x.reference: x for x in list_lines(db, municipality=municipality)}


def _no_term_warning(report: Any) -> bool:
    return not [w for w in report.warnings if "48 måneder" in w.message]


def test_an_abbreviated_plan_imports_with_its_values_and_periods(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = write_plan(tmp_path / "forkortet.xlsx", ABBREVIATED_ROWS, header=ABBREVIATED_HEADER)
    report = import_plan(sqlite_db, ACTOR, path, "Nome")
    assert report.added == 3
    columns = {field: m["column"] for field, m in report.mapping.items()}
    assert columns == {
        "reference": "A", "description": "B", "cpv": "C", "annual_value": "D",
        "contract_years": "E", "option_years": "F", "announcement": "G", "unit": "H",
        "contact": "I", "comments": "J",
    }  # fmt: skip
    assert _no_term_warning(report)
    lines = _by_ref(sqlite_db, "Nome")
    first, second, third = lines["IP-1"], lines["IP-2"], lines["IP-3"]
    assert first.annual_value_nok == 400_000
    assert (first.contract_years, first.option_years) == (2, 2)
    assert first.total_value_nok == 400_000 * 4
    assert (first.period_start, first.period_end) == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert first.unit == "Oppvekst" and first.contact == "Kari Nordmann"
    assert first.comments == "Ny avtale"
    assert second.annual_value_nok == 1_250_000
    assert (second.contract_years, second.option_years) == (3, 1)
    assert second.total_value_nok == 1_250_000 * 4
    assert (second.period_start, second.period_end) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert third.annual_value_nok == 300_000
    assert (third.contract_years, third.option_years) == (4, 0)
    assert third.total_value_nok == 300_000 * 4
    assert (third.period_start, third.period_end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


def test_a_nynorsk_csv_plan_imports_with_its_contract_term(
    sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "anskaffingsplan.csv"
    text = "\n".join([";".join(NYNORSK_HEADER)] + [row[0] for row in NYNORSK_ROWS]) + "\n"
    path.write_text(text, encoding="utf-8")
    report = import_plan(sqlite_db, ACTOR, path, "Nome")
    assert report.added == 3
    columns = {field: m["column"] for field, m in report.mapping.items()}
    assert columns["annual_value"] == "D"
    assert columns["contract_years"] == "E"
    assert columns["option_years"] == "F"
    assert columns["announcement"] == "G"
    assert columns["unit"] == "H" and columns["contact"] == "I" and columns["comments"] == "J"
    assert _no_term_warning(report)
    lines = _by_ref(sqlite_db, "Nome")
    cleaning, transport, paper = lines["T-1"], lines["T-2"], lines["T-3"]
    assert cleaning.annual_value_nok == 600_000
    assert (cleaning.contract_years, cleaning.option_years) == (3, 1)
    assert cleaning.total_value_nok == 600_000 * 4
    assert cleaning.period_start == dt.date(2026, 9, 1)
    assert transport.annual_value_nok == 1_500_000
    assert transport.total_value_nok == 1_500_000 * 4
    assert (transport.period_start, transport.period_end) == (
        dt.date(2027, 1, 1),
        dt.date(2027, 3, 31),
    )
    assert paper.annual_value_nok == 80_000
    assert (paper.contract_years, paper.option_years) == (1, 0)
    assert paper.total_value_nok == 80_000
    assert paper.contact == "Per Li" and paper.unit == "Stab"
