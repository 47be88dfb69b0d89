"""Finding the plan in a sheet and reading its rows, for plans laid out in many ways.

The layouts come from ``tests/fixtures/make_layout_files.py`` (each with its expected lines,
skipped rows and problems); the invariant "nothing is dropped silently" is checked over those,
the dev corpus in ../shared and the demo plans in resources/demo.
"""

from __future__ import annotations

import csv
import dataclasses
from collections import Counter
from pathlib import Path

import pytest

from kommunesamarbeid.core.columns import Field
from kommunesamarbeid.core.plan_layout import (
    EXCEL_MAX_CELL_CHARS,
    SKIP_REASONS,
    PlanLayout,
    RowKind,
    analyse_sheet,
    check_plan_limits,
    choose_plan_sheet,
    fill_merged,
    find_header,
    is_sum_label,
)
from kommunesamarbeid.core.plan_lines import PlanReadResult, read_plan
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.sheet import CellValue, MergedRange, SheetGrid, SheetRow
from kommunesamarbeid.fileio.reader import read_workbook
from kommunesamarbeid.paths import resource_path
from tests.conftest import SHARED
from tests.fixtures.make_layout_files import CASES, LayoutCase, make_all

REASON_KIND = {reason: kind.value for kind, reason in SKIP_REASONS.items()}


@pytest.fixture(scope="module")
def layout_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("layouts"))


def analyse(path: Path) -> tuple[PlanLayout, PlanReadResult]:
    """The core steps of an import: every sheet analysed, the plan sheet chosen, rows read."""
    workbook = read_workbook(path)
    layouts = [lay for lay in (analyse_sheet(g) for g in workbook.sheets if g.rows) if lay]
    layout = choose_plan_sheet(layouts)
    assert layout is not None, f"no plan found in {path.name}"
    return layout, read_plan(layout, file=path.name)


def line_facts(line: object) -> dict[str, object]:
    period = getattr(line, "period", None)
    return {
        "row": line.row_number,  # type: ignore[attr-defined]
        "description": line.description,  # type: ignore[attr-defined]
        "reference": line.reference,  # type: ignore[attr-defined]
        "cpv": line.cpv,  # type: ignore[attr-defined]
        "annual_value_nok": line.annual_value_nok,  # type: ignore[attr-defined]
        "total_value_nok": line.total_value_nok,  # type: ignore[attr-defined]
        "contract_years": line.contract_years,  # type: ignore[attr-defined]
        "option_years": line.option_years,  # type: ignore[attr-defined]
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "hidden": line.hidden,  # type: ignore[attr-defined]
    }


def expected_facts(case: LayoutCase) -> list[dict[str, object]]:
    out = []
    for line in case.lines:
        facts = dataclasses.asdict(line)
        facts.pop("unit")
        out.append(facts)
    return out


# --- every layout, exactly ----------------------------------------------------------------------


@pytest.mark.parametrize("key", list(CASES))
def test_layout_gives_exactly_the_expected_lines(key: str, layout_files: dict[str, Path]) -> None:
    case = CASES[key]
    layout, result = analyse(layout_files[key])
    assert layout.sheet.name == case.sheet
    assert layout.header.row_numbers == case.header_rows
    assert [line_facts(line) for line in result.lines] == expected_facts(case)
    units = {line.row_number: line.unit for line in result.lines}
    for want in case.lines:
        if want.unit is not None:
            assert units[want.row] == want.unit, f"row {want.row}"


@pytest.mark.parametrize("key", list(CASES))
def test_layout_mapping(key: str, layout_files: dict[str, Path]) -> None:
    from kommunesamarbeid.core.sheet import column_letter

    case = CASES[key]
    layout, _ = analyse(layout_files[key])
    got = {f.value: column_letter(a.column) for f, a in layout.header.mapping.columns.items()}
    for name, letter in case.mapping.items():
        assert got.get(name) == letter, f"{name}: {got}"


@pytest.mark.parametrize("key", list(CASES))
def test_layout_skipped_rows_and_reasons(key: str, layout_files: dict[str, Path]) -> None:
    case = CASES[key]
    _, result = analyse(layout_files[key])
    got = sorted((s.row_number, REASON_KIND[s.reason]) for s in result.skipped)
    assert got == sorted((s.row, s.kind) for s in case.skipped)
    for skipped in result.skipped:
        assert skipped.text, f"skipped row {skipped.row_number} quotes nothing"


@pytest.mark.parametrize("key", list(CASES))
def test_layout_problems_name_their_place(key: str, layout_files: dict[str, Path]) -> None:
    case = CASES[key]
    path = layout_files[key]
    _, result = analyse(path)
    assert sorted((p.row, p.column) for p in result.errors) == sorted(
        (p.row, p.column) for p in case.errors
    )
    for want in case.errors:
        problem = next(p for p in result.errors if (p.row, p.column) == (want.row, want.column))
        assert want.message_part in problem.message
        assert problem.severity == "error"
        assert problem.file == path.name
        assert problem.sheet == case.sheet
        if want.value is not None:
            assert problem.value == want.value
    warnings = result.all_warnings()
    for want in case.warnings:
        assert any(
            p.row == want.row
            and p.column == want.column
            and want.message_part in p.message
            and p.sheet == case.sheet
            and p.file == path.name
            for p in warnings
        ), f"missing warning {want}: {[p.describe() for p in warnings]}"
    for problem in [*result.errors, *warnings]:
        assert problem.message and problem.message[0].isupper()


def test_error_rows_quote_the_value() -> None:
    grid = _grid(
        [
            (1, ["Nr", "Beskrivelse", "Verdi pr. år", "Kunngjøring"]),
            (2, [1, "Kontorrekvisita", "-50 000", "Q1 2026"]),
            (3, [2, "Renhold", "300000", "Q2 2026"]),
        ]
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    result = read_plan(layout, file="plan.xlsx")
    assert [line.row_number for line in result.lines] == [3]
    (error,) = result.errors
    assert (error.file, error.sheet, error.row, error.column) == ("plan.xlsx", "Plan", 2, "C")
    assert error.value == "-50 000"


# --- nothing dropped silently --------------------------------------------------------------------


def _plan_files() -> list[Path]:
    """The plan files of the dev corpus (if ../shared is there) and of the demo, by labels.csv."""
    files: list[Path] = []
    for corpus in (SHARED / "corpus" / "dev", resource_path("demo")):
        labels = corpus / "labels.csv"
        if labels.is_file():
            with labels.open(encoding="utf-8", newline="") as fh:
                names = sorted({row["file"] for row in csv.DictReader(fh)})
            files += [corpus / name for name in names]
    return files


def assert_every_row_accounted_for(layout: PlanLayout, result: PlanReadResult) -> None:
    """Each non-empty row is a header row, or exactly one of: line, error, skipped row."""
    header_rows = {n for h in layout.headers for n in h.row_numbers}
    lines = Counter(line.row_number for line in result.lines)
    errors = {p.row for p in result.errors}
    skipped = Counter(s.row_number for s in result.skipped)
    assert all(n == 1 for n in lines.values()), "a row gave two lines"
    assert all(n == 1 for n in skipped.values()), "a row was skipped twice"
    for row in layout.sheet.rows:
        n = row.number
        if n in header_rows:
            assert n not in lines and n not in errors and n not in skipped
            continue
        places = (n in lines) + (n in errors) + (n in skipped)
        assert places == 1, f"row {n}: line={n in lines} error={n in errors} skip={n in skipped}"
    assert None not in errors, "a dropped row without a row number"


@pytest.mark.parametrize("key", list(CASES))
def test_nothing_dropped_silently_in_layouts(key: str, layout_files: dict[str, Path]) -> None:
    assert_every_row_accounted_for(*analyse(layout_files[key]))


@pytest.mark.parametrize("path", _plan_files(), ids=lambda p: p.name)
def test_nothing_dropped_silently_in_corpora(path: Path) -> None:
    layout, result = analyse(path)
    assert result.lines
    assert_every_row_accounted_for(layout, result)


def test_the_corpora_are_there() -> None:
    names = {p.name for p in _plan_files()}
    assert "alver_anskaffelsesplan_2026-2027.xlsx" in names  # resources/demo
    if (SHARED / "corpus" / "dev").is_dir():
        assert "molde_innkjopsplan_2026-27.xlsx" in names


# --- the rules, on plain grids ------------------------------------------------------------------


def _grid(
    rows: list[tuple[int, list[CellValue]]],
    *,
    merged: list[MergedRange] | None = None,
    name: str = "Plan",
) -> SheetGrid:
    return SheetGrid(name, [SheetRow(n, list(v)) for n, v in rows], merged=merged or [])


HEADER: list[CellValue] = ["Nr", "Beskrivelse", "CPV", "Verdi pr. år", "Kunngjøring"]


@pytest.mark.parametrize(
    "text",
    ["Sum", "SUM", "Sum 2026", "Sum Oppvekst", "Totalt", "Totalt alle sektorer", "I alt",
     "Total", "Total sum", "Samlet sum", "Delsum helse", "Sum totalt 2026–2027"],
)  # fmt: skip
def test_sum_labels(text: str) -> None:
    assert is_sum_label(text)


@pytest.mark.parametrize(
    "text",
    ["Total renovering av svømmehallen", "Samlet innkjøp av kontormøbler", "Summetoner",
     "Totalentreprise ny skole", "Sum av mange små innkjøp av rekvisita og papir til skolene"],
)  # fmt: skip
def test_purchases_that_start_like_sums_are_not_sums(text: str) -> None:
    assert not is_sum_label(text)


def test_a_purchase_named_total_is_a_line_not_a_sum_row() -> None:
    grid = _grid(
        [
            (1, HEADER),
            (2, [1, "Total renovering av svømmehallen", "45000000", 5_000_000, "2027"]),
            (3, [None, "Sum", None, 5_000_000]),
        ]
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    assert [r.kind for r in layout.rows] == [RowKind.HEADER, RowKind.DATA, RowKind.SUM]


def test_template_rows_errors_and_headings() -> None:
    grid = _grid(
        [
            (1, HEADER),
            (2, ["Oppvekst"]),
            (3, [1, "Skolemøbler", "39160000", 600000, "Q2 2026"]),
            (4, [2, None, None, 300000, "Q3 2026"]),  # facts but no description: an error
            (5, [3]),  # pre-numbered template row
            (6, ["NK-4"]),  # template row with a text reference
            (7, [None, None, None, None, None, None, "fri tekst", "mer tekst"]),
            (9, ["Teknisk drift"]),  # a heading with nothing after it: a note
        ]
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    kinds = {r.row.number: r.kind for r in layout.rows}
    assert kinds == {
        1: RowKind.HEADER,
        2: RowKind.SECTION,
        3: RowKind.DATA,
        4: RowKind.DATA,
        5: RowKind.NO_DESCRIPTION,
        6: RowKind.NO_DESCRIPTION,
        7: RowKind.NO_DESCRIPTION,
        9: RowKind.NOTE,
    }
    result = read_plan(layout, file="plan.xlsx")
    assert [line.row_number for line in result.lines] == [3]
    assert [(p.row, p.column) for p in result.errors] == [(4, "B")]
    assert [s.row_number for s in result.skipped] == [2, 5, 6, 7, 9]


def test_the_earliest_good_header_wins_over_a_better_one_below() -> None:
    second = ["Nr", "Beskrivelse", "CPV", "Verdi pr. år", "Kunngjøring", "Enhet", "Kontakt"]
    grid = _grid(
        [
            (1, HEADER),
            (2, [1, "Skolemøbler", "39160000", 600000, "Q2 2026"]),
            (3, [2, "Renhold", "90910000", 300000, "Q3 2026"]),
            (5, second),
            (6, [3, "Brøyting", "90620000", 800000, "Q4 2026", "Teknisk", "Ola"]),
        ]
    )
    rows = fill_merged(grid)
    found = find_header(rows)
    assert found is not None and found[1].row_numbers == (1,)
    layout = analyse_sheet(grid)
    assert layout is not None
    assert [h.row_numbers for h in layout.headers] == [(1,), (5,)]
    assert [r.row.number for r in layout.data_rows()] == [2, 3, 6]
    assert layout.headers[1].mapping.column_of(Field.UNIT) == 5


def test_two_row_header_with_merged_group_cells() -> None:
    grid = _grid(
        [
            (3, ["Nr", "Beskrivelse", "Verdi", None, "Datoer", None]),
            (4, [None, None, "pr. år", "totalt", "Kunngjøring", "Oppstart"]),
            (5, [1, "Skolemøbler", 600000, 2_400_000, "Q2 2026", "01.08.2026"]),
        ],
        merged=[
            MergedRange(3, 1, 4, 1),
            MergedRange(3, 2, 4, 2),
            MergedRange(3, 3, 3, 4),
            MergedRange(3, 5, 3, 6),
        ],
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    header = layout.header
    assert header.row_numbers == (3, 4)
    assert header.texts[:4] == ["Nr", "Beskrivelse", "Verdi pr. år", "Verdi totalt"]
    m = header.mapping
    assert (m.column_of(Field.ANNUAL_VALUE), m.column_of(Field.TOTAL_VALUE)) == (2, 3)
    assert (m.column_of(Field.ANNOUNCEMENT), m.column_of(Field.CONTRACT_START)) == (4, 5)


def test_merged_cells_in_data_give_every_line_the_top_value() -> None:
    grid = _grid(
        [
            (1, [*HEADER, "Enhet"]),
            *((r, [r, f"Linje {r}", None, 1000 * r, "2026", "Oppvekst" if r == 2 else None])
              for r in range(2, 6)),
        ],
        merged=[MergedRange(2, 6, 5, 6)],
    )  # fmt: skip
    layout = analyse_sheet(grid)
    assert layout is not None
    result = read_plan(layout, file="plan.xlsx")
    assert [line.unit for line in result.lines] == ["Oppvekst"] * 4


def test_user_mapping_replaces_detection_and_finds_a_header_no_rule_knows() -> None:
    grid = _grid(
        [
            (1, ["Kolonne 1", "Kolonne 2", "Kolonne 3"]),
            (2, ["A-1", "Skolemøbler", "600 000"]),
            (3, ["A-2", "Renhold", "300 000"]),
        ]
    )
    assert analyse_sheet(grid) is None
    mapping = {Field.REFERENCE: 0, Field.DESCRIPTION: 1, Field.ANNUAL_VALUE: 2}
    layout = analyse_sheet(grid, mapping=mapping)
    assert layout is not None
    assert layout.header.row_numbers == (1,)
    result = read_plan(layout, file="plan.xlsx")
    assert [(x.reference, x.description, x.annual_value_nok) for x in result.lines] == [
        ("A-1", "Skolemøbler", 600000),
        ("A-2", "Renhold", 300000),
    ]
    chosen = analyse_sheet(grid, mapping=mapping, header_row=2)
    assert chosen is not None and chosen.header.row_numbers == (2,)


def test_user_mapping_applies_to_a_repeated_header_not_to_another_table() -> None:
    other = ["Beskrivelse", "Nr", "Verdi pr. år", "Kunngjøring", "CPV"]
    grid = _grid(
        [
            (1, HEADER),
            (2, [1, "Skolemøbler", "39160000", 600000, "Q2 2026"]),
            (3, HEADER),
            (4, [2, "Renhold", "90910000", 300000, "Q3 2026"]),
            (6, other),
            (7, ["Brøyting", 3, 800000, "Q4 2026", "90620000"]),
        ]
    )
    # The user says the reference is in column A and the description in column B.
    mapping = {Field.REFERENCE: 0, Field.DESCRIPTION: 1, Field.ANNUAL_VALUE: 3}
    layout = analyse_sheet(grid, mapping=mapping)
    assert layout is not None
    assert [h.mapping.column_of(Field.DESCRIPTION) for h in layout.headers] == [1, 1, 0]
    result = read_plan(layout, file="plan.xlsx")
    assert [(x.reference, x.description) for x in result.lines] == [
        ("1", "Skolemøbler"),
        ("2", "Renhold"),
        ("3", "Brøyting"),
    ]


def test_hidden_sheets_lose_to_visible_ones() -> None:
    hidden = _grid([(1, HEADER), *((r, [r, f"Gammel {r}", None, 1, "2025"]) for r in range(2, 9))])
    hidden.state = "hidden"
    visible = _grid([(1, HEADER), (2, [1, "Ny", None, 1, "2026"])], name="Ny plan")
    layouts = [analyse_sheet(hidden), analyse_sheet(visible)]
    chosen = choose_plan_sheet([lay for lay in layouts if lay])
    assert chosen is not None and chosen.sheet.name == "Ny plan"


# --- limits ------------------------------------------------------------------------------------


def _limits_layout(rows: list[tuple[int, list[CellValue]]]) -> PlanLayout:
    layout = analyse_sheet(_grid(rows))
    assert layout is not None
    return layout


def test_a_cell_longer_than_excel_allows_is_refused() -> None:
    long_text = "Rammeavtale for møbler. " * 1400
    assert len(long_text) > EXCEL_MAX_CELL_CHARS
    layout = _limits_layout([(1, HEADER), (2, [1, "Møbler", None, 1, "2026"]),
                             (3, [2, long_text, None, 1, "2026"])])  # fmt: skip
    with pytest.raises(RefusedInputError) as info:
        check_plan_limits(layout, file="plan.xlsx")
    problem = info.value.problem
    assert (problem.file, problem.sheet, problem.row, problem.column) == (
        "plan.xlsx",
        "Plan",
        3,
        "B",
    )
    assert problem.value and problem.value.startswith("Rammeavtale for møbler.")
    assert "32 767" in problem.message and "Excel" in problem.message
    exact = "x" * EXCEL_MAX_CELL_CHARS
    check_plan_limits(_limits_layout([(1, HEADER), (2, [1, exact, None, 1, "2026"])]), file="p")


def test_a_table_with_hundreds_of_columns_is_read_by_its_mapped_columns() -> None:
    """A plan with 200 extra columns is not refused: only five of them matter."""
    extra = [f"Ekstra {i}" for i in range(1, 201)]
    grid = _grid(
        [(1, ["Tittel"]), (2, [*HEADER, *extra]), (3, [1, "Møbler", None, 1, "2026", *extra])]
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    check_plan_limits(layout, file="plan.xlsx")
    result = read_plan(layout, file="plan.xlsx")
    assert [(x.row_number, x.description) for x in result.lines] == [(3, "Møbler")]
    assert layout.header.mapping.column_of(Field.DESCRIPTION) == 1


def test_content_in_excels_last_row_is_refused() -> None:
    layout = _limits_layout([(1, HEADER), (2, [1, "Møbler", None, 1, "2026"]),
                             (1_048_576, [None, None, "slutt"])])  # fmt: skip
    with pytest.raises(RefusedInputError) as info:
        check_plan_limits(layout, file="plan.xlsx")
    problem = info.value.problem
    assert (problem.row, problem.column, problem.value) == (1_048_576, "C", "slutt")


def test_a_second_text_column_stands_in_for_a_missing_description() -> None:
    grid = _grid(
        [
            (1, ["Nr", "Hva skal kjøpes", "Kort beskrivelse", "Verdi pr. år", "CPV"]),
            (2, [1, None, "Renhold av skoler", 300000, "90910000"]),
            (3, [2, "Brøyting", "Rode 4", 100000, None]),
        ]
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    result = read_plan(layout, file="plan.xlsx")
    assert [(x.row_number, x.description, x.details) for x in result.lines] == [
        (2, "Renhold av skoler", None),
        (3, "Brøyting", "Rode 4"),
    ]
    warning = next(p for p in result.all_warnings() if p.row == 2 and p.column == "B")
    assert "«Kort beskrivelse»" in warning.message
    assert result.errors == []


def test_a_units_row_under_the_header_belongs_to_the_header() -> None:
    grid = _grid(
        [
            (2, ["Nr", "Beskrivelse", "Verdi", "Varighet", "Kunngjøring"]),
            (3, [None, None, "(kr pr. år)", "(år)", "(mnd/år)"]),
            (4, ["E-1", "Hjertestartere", 60000, 3, "04/2026"]),
        ]
    )
    layout = analyse_sheet(grid)
    assert layout is not None
    assert layout.header.row_numbers == (2, 3)
    assert layout.header.mapping.column_of(Field.ANNUAL_VALUE) == 2
    assert [r.row.number for r in layout.data_rows()] == [4]
