"""End to end: plans whose headers are abbreviated ("Beskr.", "Est. årl. verdi", "Avt.per.") or
nynorsk ("Lengd (år)", "Årleg verdi") import without a manual mapping, and the values, contract
years and periods read from them are right. The plans are generated here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan
from kommunesamarbeid.services.lines import LineInfo, list_lines
from tests.services.test_import_behaviour import write_plan

ACTOR = Actor(user="testbruker")


def _columns(third: str) -> dict[str, str]:
    """The column of each field in both plans (A to J), the third column being ``third``."""
    fields = ("reference", "description", third, "annual_value", "contract_years",
              "option_years", "announcement", "unit", "contact", "comments")  # fmt: skip
    return dict(zip(fields, "ABCDEFGHIJ", strict=True))


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
#: Annual value, total value (annual × years with options), years, options, period.
ABBREVIATED_FIGURES = {
    "IP-1": (400_000, 1_600_000, 2, 2, dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    "IP-2": (1_250_000, 5_000_000, 3, 1, dt.date(2026, 3, 1), dt.date(2026, 3, 31)),
    "IP-3": (300_000, 1_200_000, 4, 0, dt.date(2027, 1, 1), dt.date(2027, 12, 31)),
}

NYNORSK_HEADER = [
    "Ref", "Skildring", "Kategori", "Årleg verdi (kr)", "Lengd (år)", "Opsjonar (år)",
    "Planlagd kunngjering", "Ansvarleg eining", "Innkjøpsansvarleg", "Merknad",
]  # fmt: skip
#: The lines of the nynorsk plan as a semicolon-separated file has them.
NYNORSK_LINES = [
    "T-1;Reinhald av kommunale bygg;Teneste;600000;3;1;01.09.2026;Eigedom;Kari Vik;",
    "T-2;Skuleskyss;Teneste;1500000;2;2;Q1 2027;Oppvekst;Ola Dal;Felles med nabokommunar",
    "T-3;Kopipapir;Vare;80000;1;0;2026;Stab;Per Li;",
]
NYNORSK_FIGURES = {
    "T-1": (600_000, 2_400_000, 3, 1, dt.date(2026, 9, 1), dt.date(2026, 9, 1)),
    "T-2": (1_500_000, 6_000_000, 2, 2, dt.date(2027, 1, 1), dt.date(2027, 3, 31)),
    "T-3": (80_000, 80_000, 1, 0, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
}


def _figures(line: LineInfo) -> tuple[Any, ...]:
    """What a line's value rests on: annual and total value, years, options, period."""
    return (
        line.annual_value_nok,
        line.total_value_nok,
        line.contract_years,
        line.option_years,
        line.period_start,
        line.period_end,
    )


def _imported(db: Database, path: Path) -> tuple[dict[str, str], dict[str | None, LineInfo]]:
    """Imports a plan: the column each field was read from, and the lines by reference."""
    report = import_plan(db, ACTOR, path, "Nome")
    assert report.added == 3
    assert not [w for w in report.warnings if "48 måneder" in w.message]
    columns = {field: m["column"] for field, m in report.mapping.items()}
    return columns, {x.reference: x for x in list_lines(db, municipality="Nome")}


def _abbreviated_xlsx(folder: Path) -> Path:
    return write_plan(folder / "forkortet.xlsx", ABBREVIATED_ROWS, header=ABBREVIATED_HEADER)


def _nynorsk_csv(folder: Path) -> Path:
    path = folder / "anskaffingsplan.csv"
    text = "\n".join([";".join(NYNORSK_HEADER), *NYNORSK_LINES]) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


#: Each plan: how it is written, the column of each field, and each line's figures.
CASES: dict[str, tuple[Callable[[Path], Path], dict[str, str], dict[str, tuple[Any, ...]]]] = {
    "abbreviated xlsx": (_abbreviated_xlsx, _columns("cpv"), ABBREVIATED_FIGURES),
    "nynorsk csv": (_nynorsk_csv, _columns("category"), NYNORSK_FIGURES),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_plan_imports_with_its_values_terms_and_periods(
    case: str, sqlite_db: Database, tmp_path: Path
) -> None:
    write, columns, figures = CASES[case]
    columns_read, lines = _imported(sqlite_db, write(tmp_path))
    assert columns_read == columns
    assert {ref: _figures(line) for ref, line in lines.items()} == figures


def test_the_text_columns_of_an_abbreviated_plan_are_read(
    sqlite_db: Database, tmp_path: Path
) -> None:
    _mapping, lines = _imported(sqlite_db, _abbreviated_xlsx(tmp_path))
    first = lines["IP-1"]
    assert (first.unit, first.contact, first.comments) == ("Oppvekst", "Kari Nordmann", "Ny avtale")
