"""The readers on the ten dev-corpus plans and on small files built for one feature each."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.sheet import MergedRange, SheetGrid, SheetRow, Workbook
from kommunesamarbeid.fileio import sniff, xlsx
from kommunesamarbeid.fileio.reader import list_sheet_names, read_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import make_bad_files

# --- the dev corpus ---------------------------------------------------------------------------

#: file -> sheet names in workbook order (the README's table; Bergen has an instruction sheet).
CORPUS_SHEETS: dict[str, list[str | None]] = {
    "stavanger_anskaffelsesplan_2026-2027.xlsx": ["Anskaffelsesplan"],
    "bergen_innkjopsplan_2026-2027.xlsx": ["Anskaffelsesplan", "Veiledning"],
    "ullensvang_innkjopsplan_2026-2027.csv": [None],
    "Ålesund kommune - anskaffelsesplan 2026-2027.xlsx": ["Plan"],
    "molde_innkjopsplan_2026-27.xlsx": ["Innkjøpsplan"],
    "baerum_anskaffelsesplan_2026-2027.xlsx": ["Anskaffelsesplan 2026-2027"],
    "lillestrom_planlagte_anskaffelser_2026-2027.xlsx": ["Planlagte anskaffelser"],
    "fredrikstad_kontraktsoversikt_og_plan_2026-2027.xlsx": ["Innkjøpsplan"],
    "halden_anskaffelsesplan_2026-2027.xlsx": ["Ark1"],
    "kristiansand_anskaffelsesplan_2026-2027.xlsx": ["Plan 2026-2027"],
}


def read_corpus(corpus_dir: Path, name: str) -> Workbook:
    return read_workbook(corpus_dir / name)


def row_by_number(sheet: SheetGrid, number: int) -> SheetRow:
    matches = [row for row in sheet.rows if row.number == number]
    assert len(matches) == 1, f"row {number} of {sheet.name}"
    return matches[0]


@pytest.mark.parametrize("name", sorted(CORPUS_SHEETS))
def test_corpus_file_is_read_with_its_sheets(corpus_dir: Path, name: str) -> None:
    book = read_corpus(corpus_dir, name)
    assert [sheet.name for sheet in book.sheets] == CORPUS_SHEETS[name]
    assert book.file_name == name
    assert len(book.sha256) == 64
    assert book.kind == ("csv" if name.endswith(".csv") else "xlsx")
    assert all(sheet.state == "visible" for sheet in book.sheets)
    assert all(sheet.rows for sheet in book.sheets)
    for sheet in book.sheets:
        numbers = [row.number for row in sheet.rows]
        assert numbers == sorted(set(numbers))
        for row in sheet.rows:
            assert any(v is not None and v != "" for v in row.values)
            assert row.values[-1] is not None or row.formulas_without_value
    expected_names = [n for n in CORPUS_SHEETS[name] if n is not None]
    assert list_sheet_names(corpus_dir / name) == expected_names


def test_every_labelled_plan_line_is_on_its_row(corpus_dir: Path) -> None:
    """labels.csv gives file, sheet and row of all 234 lines; the description must be there."""
    with (corpus_dir / "labels.csv").open(encoding="utf-8", newline="") as handle:
        labels = list(csv.DictReader(handle))
    assert len(labels) == 234
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    for label in labels:
        by_file[label["file"]].append(label)
    for name, lines in by_file.items():
        sheets = {sheet.name or "": sheet for sheet in read_corpus(corpus_dir, name).sheets}
        for label in lines:
            row = row_by_number(sheets[label["sheet"]], int(label["excel_row"]))
            assert label["description"] in row.values, (name, label["excel_row"])


def test_bergen_has_two_sheets_and_real_dates(corpus_dir: Path) -> None:
    book = read_corpus(corpus_dir, "bergen_innkjopsplan_2026-2027.xlsx")
    plan, guide = book.sheets
    assert (plan.name, guide.name) == ("Anskaffelsesplan", "Veiledning")
    header = row_by_number(plan, 4)
    column = header.values.index("Utløp dagens avtale")
    expiry = [row.get(column) for row in plan.rows if row.number > 4]
    dates = [v for v in expiry if isinstance(v, dt.datetime)]
    assert len(dates) >= 20
    assert all(dt.datetime(2025, 1, 1) < d < dt.datetime(2031, 1, 1) for d in dates)
    assert [v for v in expiry if not isinstance(v, dt.datetime)] == ["2027"]
    assert row_by_number(plan, 5).get(column) == dt.datetime(2026, 4, 30)
    # values stored as text stay text
    assert "16 000 000" in [row.get(4) for row in plan.rows]


def test_hidden_columns(corpus_dir: Path) -> None:
    alesund = read_corpus(corpus_dir, "Ålesund kommune - anskaffelsesplan 2026-2027.xlsx")
    assert alesund.sheets[0].hidden_cols == frozenset({9})  # I, "Arkivsak"
    assert row_by_number(alesund.sheets[0], 3).get(8) == "Arkivsak"
    assert any("Skjulte kolonner" in note and ": I." in note for note in alesund.sheets[0].notes)
    fredrikstad = read_corpus(corpus_dir, "fredrikstad_kontraktsoversikt_og_plan_2026-2027.xlsx")
    assert fredrikstad.sheets[0].hidden_cols == frozenset({10})  # J, "Internt nr"
    assert row_by_number(fredrikstad.sheets[0], 3).get(9) == "Internt nr"


@pytest.mark.parametrize(
    ("name", "merged"),
    [
        ("stavanger_anskaffelsesplan_2026-2027.xlsx", MergedRange(1, 1, 3, 2)),  # A1:B3
        ("baerum_anskaffelsesplan_2026-2027.xlsx", MergedRange(1, 1, 4, 3)),  # A1:C4
        ("lillestrom_planlagte_anskaffelser_2026-2027.xlsx", MergedRange(1, 1, 4, 2)),  # A1:B4
        ("kristiansand_anskaffelsesplan_2026-2027.xlsx", MergedRange(1, 1, 1, 3)),  # A1:C1
    ],
)
def test_merged_logo_cells(corpus_dir: Path, name: str, merged: MergedRange) -> None:
    assert read_corpus(corpus_dir, name).sheets[0].merged == [merged]


@pytest.mark.parametrize(
    ("name", "row", "col", "label"),
    [
        ("stavanger_anskaffelsesplan_2026-2027.xlsx", 42, 3, "Sum estimert pr år"),
        ("molde_innkjopsplan_2026-27.xlsx", 27, 3, "Sum"),
        ("lillestrom_planlagte_anskaffelser_2026-2027.xlsx", 29, 2, "SUM"),
    ],
)
def test_sum_formulas_in_the_corpus_have_no_cached_value(
    corpus_dir: Path, name: str, row: int, col: int, label: str
) -> None:
    """The corpus Sum cells are `<f>SUM(..)</f><v/>`: never calculated, so unknown, not 0."""
    sheet = read_corpus(corpus_dir, name).sheets[0]
    sum_row = row_by_number(sheet, row)
    assert sum_row.get(1) == label
    assert sum_row.get(col) is None
    assert sum_row.formulas_without_value == frozenset({col})
    # Noted for the rows only: the import raises it only when it keeps such a row.
    assert any("ikke lagret resultat" in note for note in sheet.row_notes)
    assert not any("ikke lagret resultat" in note for note in sheet.notes)


def test_ullensvang_csv(corpus_dir: Path) -> None:
    book = read_corpus(corpus_dir, "ullensvang_innkjopsplan_2026-2027.csv")
    assert (book.kind, book.csv_encoding, book.csv_delimiter) == ("csv", "cp1252", ";")
    sheet = book.sheets[0]
    assert sheet.name is None
    header, first = sheet.rows[0], sheet.rows[1]
    assert header.number == 1
    assert header.values[0] == "Løpenr"
    assert header.values[3] == "Verdi pr. år ekskl. mva (kr)"
    assert first.number == 2
    assert first.values[:4] == ["1", "Rådgjevande ingeniører veg", "71318000", "650000,00"]
    assert [row.number for row in sheet.rows] == list(range(1, 23))
    assert row_by_number(sheet, 3).get(2) is None  # empty CPV


# --- xlsx features, on small built files ------------------------------------------------------

_SHEET_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<dimension ref="A1:XFD1048576"/>
<cols><col min="3" max="4" width="0" hidden="1"/><col min="9" max="9" hidden="1"/></cols>
<sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Sum</t></is></c><c r="B1"><v>100</v></c><c r="C1"><v>250.5</v></c></row>
<row r="2" hidden="1"><c r="A2"><f>SUM(B1:C1)</f><v>350.5</v></c><c r="B2" t="str"><f>IF(B1&gt;500,"stor","")</f><v></v></c><c r="C2"><f>B1*2</f><v/></c><c r="D2"><f>B1*3</f></c></row>
<row r="3"><c r="A3" s="1"><v>46142</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#REF!</v></c><c r="D3" t="inlineStr"><is><r><t>rik </t></r><r><rPr><b/></rPr><t>tekst</t></r><rPh><t>x</t></rPh></is></c><c r="E3" s="1"><v>0.5</v></c></row>
<row r="4"><c r="A4" t="str"><f>""</f><v></v></c><c r="B4" s="1"/></row>
<row r="5"><c r="E5"><f>1+1</f></c></row>
<row r="6"><c t="inlineStr"><is><t>uten ref</t></is></c><c><v>7</v></c><c r="D6" t="inlineStr"><is><t></t></is></c></row>
<row r="1048576" s="0" customFormat="1" ht="15" customHeight="1"/>
</sheetData>
<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="F6"/></mergeCells>
</worksheet>"""


def built_workbook(tmp_path: Path, sheet_xml: str = _SHEET_XML) -> Path:
    """A workbook whose style 1 is a date format, with its sheet replaced by ``sheet_xml``."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = dt.datetime(2026, 4, 30)
    ws["A1"].number_format = "DD.MM.YYYY"
    buffer = io.BytesIO()
    wb.save(buffer)
    data = make_bad_files._replace_members(
        buffer.getvalue(), {"xl/worksheets/sheet1.xml": sheet_xml.encode("utf-8")}
    )
    path = tmp_path / "bygget.xlsx"
    path.write_bytes(data)
    return path


def test_cell_values_formulas_and_layout(tmp_path: Path) -> None:
    sheet = read_workbook(built_workbook(tmp_path)).sheets[0]
    assert [row.number for row in sheet.rows] == [1, 2, 3, 6]
    one, two, three, six = sheet.rows
    assert one.values == ["Sum", 100, 250.5]
    assert isinstance(one.values[1], int)
    # cached results kept; cached empty text is empty, not "missing"; no result -> None, flagged
    assert two.values == [350.5, None, None, None]
    assert two.formulas_without_value == frozenset({2, 3})
    assert one.formulas_without_value == frozenset()
    assert three.values == [dt.datetime(2026, 4, 30), True, "#REF!", "rik tekst", dt.time(12, 0)]
    assert six.values == ["uten ref", 7]  # cells without references follow each other
    assert sheet.hidden_rows == frozenset({2})
    assert sheet.hidden_cols == frozenset({3, 4, 9})
    assert sheet.merged == [MergedRange(1, 1, 1, 2)]  # the one-cell "merge" is dropped
    notes = " ".join(sheet.notes + sheet.row_notes)
    assert "3 formelceller har ikke lagret resultat (første: C2)" in notes
    assert "Skjulte kolonner i området med innhold: C, D." in notes
    assert "1 skjulte rader har innhold." in notes


def test_cached_sum_results_come_out_as_numbers(tmp_path: Path) -> None:
    """What Excel writes after calculating: <f>SUM(..)</f><v>3050000</v> -> the number."""
    xml = _SHEET_XML.replace('<c r="C2"><f>B1*2</f><v/></c>', '<c r="C2"><f>B1*2</f><v>200</v></c>')
    xml = xml.replace('<c r="D2"><f>B1*3</f></c>', '<c r="D2"><f>B1*3</f><v>300</v></c>')
    sheet = read_workbook(built_workbook(tmp_path, xml)).sheets[0]
    two = row_by_number(sheet, 2)
    assert two.values == [350.5, None, 200, 300]
    assert two.formulas_without_value == frozenset()
    assert "1 formelcelle har ikke lagret resultat (første: E5)" in " ".join(sheet.row_notes)


@pytest.mark.parametrize(
    "broken",
    [
        ('<c r="B1"><v>100</v></c>', '<c r="B1" t="s"><v>7</v></c>'),  # no such shared string
        ('<c r="B1">', '<c r="B1!">'),  # not a cell reference
        ('<c r="B1">', '<c r="ZZZZ1">'),  # beyond column XFD
        ('<row r="3">', '<row r="2000000">'),  # beyond row 1,048,576
        ('<row r="3">', '<row r="3.5">'),
    ],
)
def test_damaged_sheet_xml_is_refused_naming_the_sheet(
    tmp_path: Path, broken: tuple[str, str]
) -> None:
    path = built_workbook(tmp_path, _SHEET_XML.replace(*broken, 1))
    with pytest.raises(RefusedInputError) as caught:
        read_workbook(path)
    assert caught.value.problem.sheet == "Sheet"
    assert "Arket «Sheet» er skadet" in caught.value.message


def test_malformed_xml_is_refused(tmp_path: Path) -> None:
    path = built_workbook(tmp_path, _SHEET_XML.replace("</sheetData>", "</sheetDat>"))
    with pytest.raises(RefusedInputError, match="Arbeidsboken kan ikke leses"):
        read_workbook(path)


def test_shared_strings_read_like_inline_strings(tmp_path: Path) -> None:
    inline = tmp_path / "inline.xlsx"
    shared = tmp_path / "delt.xlsx"
    inline.write_bytes(make_bad_files.plan_bytes())
    shared.write_bytes(make_bad_files.with_shared_strings(inline.read_bytes()))
    with zipfile.ZipFile(shared) as zf:
        assert b't="s"' in zf.read("xl/worksheets/sheet1.xml")
    expected = [(r.number, r.values) for r in read_workbook(inline).sheets[0].rows]
    assert [(r.number, r.values) for r in read_workbook(shared).sheets[0].rows] == expected
    assert expected[2][1][1] == "Skolemøbler og inventar"


def test_sheet_states_order_and_notes(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.title = "Plan"
    first["A1"] = "synlig"
    hidden = wb.create_sheet("Skjult")
    hidden["A1"] = "skjult"
    hidden.sheet_state = "hidden"
    very = wb.create_sheet("Svært skjult")
    very["B2"] = 5
    very.sheet_state = "veryHidden"
    wb.create_sheet("Tom")
    path = tmp_path / "ark.xlsx"
    wb.save(path)
    book = read_workbook(path)
    assert [(s.name, s.state) for s in book.sheets] == [
        ("Plan", "visible"),
        ("Skjult", "hidden"),
        ("Svært skjult", "veryHidden"),
        ("Tom", "visible"),
    ]
    assert book.sheets[1].notes == ["Arket er skjult i arbeidsboken."]
    assert "veryHidden" in book.sheets[2].notes[0]
    assert book.sheets[2].rows == [SheetRow(2, [None, 5])]
    assert list_sheet_names(path) == ["Plan", "Skjult", "Svært skjult", "Tom"]


def test_1904_date_system(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    assert ws is not None
    ws["A1"] = dt.datetime(2026, 10, 1)
    path = tmp_path / "mac.xlsx"
    wb.save(path)
    assert read_workbook(path).sheets[0].rows[0].values == [dt.datetime(2026, 10, 1)]


def test_max_rows_is_enforced_per_sheet(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(make_bad_files.plan_bytes())  # 8 non-empty rows
    assert len(read_workbook(path, max_rows=8).sheets[0].rows) == 8
    with pytest.raises(RefusedInputError) as caught:
        read_workbook(path, max_rows=7)
    assert caught.value.problem.sheet == "Anskaffelsesplan"
    assert "mer enn 7 rader med innhold" in caught.value.message


def test_cell_budget_is_enforced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(make_bad_files.plan_bytes())
    text = tmp_path / "plan.csv"
    text.write_bytes(b"".join(b"%d;a;b;c\n" % n for n in range(20)))
    monkeypatch.setattr(xlsx, "MAX_CELLS", 40)
    monkeypatch.setattr(sniff, "MAX_CELLS", 40)
    for big in (path, text):
        with pytest.raises(RefusedInputError, match="mer enn 40 celler"):
            read_workbook(big)


def test_many_empty_styled_rows_are_skipped(tmp_path: Path) -> None:
    rows = "".join(f'<row r="{n}" s="0" customFormat="1"/>' for n in range(2, 50_001))
    xml = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData><row r="1"><c r="A1"><v>1</v></c></row>{rows}'
        '<row r="50001"><c r="B50001" s="0"/><c r="C50001"><v>2</v></c></row>'
        "</sheetData></worksheet>"
    )
    sheet = read_workbook(built_workbook(tmp_path, xml)).sheets[0]
    assert [(r.number, r.values) for r in sheet.rows] == [(1, [1]), (50_001, [None, None, 2])]


# --- CSV --------------------------------------------------------------------------------------


def write(tmp_path: Path, data: bytes, name: str = "plan.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("cp1252", "cp1252"), ("utf-16", "utf-16")],
)
def test_csv_encodings(tmp_path: Path, encoding: str, expected: str) -> None:
    text = "Nr;Beskrivelse;Verdi\r\n1;Brøyting og strøing, Ålgård;650000,00\r\n"
    book = read_workbook(write(tmp_path, text.encode(encoding)))
    assert book.csv_encoding == expected
    assert book.sheets[0].rows[1].values == ["1", "Brøyting og strøing, Ålgård", "650000,00"]


def test_cp1252_is_detected_by_invalid_utf8(tmp_path: Path) -> None:
    data = b"Nr;Beskrivelse\n1;M\xf8bler\n"  # 0xF8 = "ø" in cp1252, invalid alone in UTF-8
    book = read_workbook(write(tmp_path, data))
    assert book.csv_encoding == "cp1252"
    assert book.sheets[0].rows[1].values == ["1", "Møbler"]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("Nr;Navn;Verdi\n1;Kontor, papir;650000,00\n2;Renhold;1,5\n", ";"),
        ('Nr,Navn,Verdi\n1,"Kontor; papir",650000\n2,"Renhold, bygg",1\n', ","),
        ("Nr\tNavn\tVerdi\n1\tKontor, papir; mer\t650000,00\n2\tRenhold\t3\n", "\t"),
        ("Tittel på planen\nNr;Navn;Verdi\n1;a, b;1,5\n2;c;2,5\n3;d, e, f;3\n", ";"),
    ],
)
def test_csv_delimiter_detection(tmp_path: Path, text: str, delimiter: str) -> None:
    book = read_workbook(write(tmp_path, text.encode("utf-8")))
    assert book.csv_delimiter == delimiter
    assert [len(r.values) for r in book.sheets[0].rows][-2:] == [3, 3]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_csv_line_numbers_with_multiline_fields_and_blank_lines(
    tmp_path: Path, newline: str
) -> None:
    lines = [
        "Nr;Beskrivelse;Verdi",
        '1;"første linje',
        "andre linje",
        'tredje";100',
        "",
        ";;",
        "2;enkel;200",
        '3;"sitat ""inni"" tekst";',
    ]
    path = write(tmp_path, newline.join(lines).encode("utf-8") + newline.encode())
    rows = read_workbook(path).sheets[0].rows
    assert [r.number for r in rows] == [1, 2, 7, 8]
    multi = rows[1].values[1]
    assert isinstance(multi, str)
    assert multi.splitlines() == ["første linje", "andre linje", "tredje"]
    assert rows[2].values == ["2", "enkel", "200"]
    assert rows[3].values == ["3", 'sitat "inni" tekst']  # empty last field trimmed


def test_csv_values_stay_text_and_empty_fields_are_none(tmp_path: Path) -> None:
    path = write(tmp_path, b"1;;0042;  ;;\n")
    assert read_workbook(path).sheets[0].rows[0].values == ["1", None, "0042", "  "]


def test_csv_refuses_binary_and_unknown_encodings(tmp_path: Path) -> None:
    with pytest.raises(RefusedInputError, match="binære data"):
        read_workbook(write(tmp_path, b"Nr;Navn\n1;a\x00b\n"))
    with pytest.raises(RefusedInputError, match="binære data"):
        read_workbook(write(tmp_path, bytes(range(1, 9)) * 50 + b"a;b\n"))
    with pytest.raises(RefusedInputError, match="tegnkodingen ble ikke gjenkjent"):
        read_workbook(write(tmp_path, b"Nr;Navn\n1;\x81\x8d\x8f tekst med ukjent koding\n"))


def test_csv_unclosed_quote_is_noted(tmp_path: Path) -> None:
    path = write(tmp_path, b'Nr;Navn\n1;"aldri lukket\n2;b\n3;c\n')
    sheet = read_workbook(path).sheets[0]
    assert [r.number for r in sheet.rows] == [1, 2]
    assert "starter på linje 2" in sheet.notes[0]


def test_csv_field_over_the_csv_module_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, b'Nr;Navn\n1;"' + b"x" * 200_000 + b'"\n')
    with pytest.raises(RefusedInputError, match="kan ikke leses fra linje 2"):
        read_workbook(path)


def test_csv_max_rows(tmp_path: Path) -> None:
    path = write(tmp_path, b"".join(b"%d;x\n" % n for n in range(10)))
    assert len(read_workbook(path, max_rows=10).sheets[0].rows) == 10
    with pytest.raises(RefusedInputError, match="mer enn 9 rader"):
        read_workbook(path, max_rows=9)


def test_txt_is_read_as_csv_and_has_no_sheet_names(tmp_path: Path) -> None:
    path = write(tmp_path, "Nr\tNavn\n1\tSnø\n".encode(), "plan.txt")
    assert read_workbook(path).kind == "csv"
    assert list_sheet_names(path) == []


def test_sha256_is_of_the_file_bytes(tmp_path: Path) -> None:
    import hashlib

    data = make_bad_files.plan_bytes()
    path = write(tmp_path, data, "plan.xlsx")
    assert read_workbook(path).sha256 == hashlib.sha256(data).hexdigest()
