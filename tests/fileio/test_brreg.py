"""Reading Enhetsregisteret's bulk files: every format, by header name, damaged files refused."""

from __future__ import annotations

import gzip
import zipfile
from pathlib import Path

import pytest

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.register_records import (
    Field,
    RegisterKind,
    parent_record,
    unit_record,
)
from kommunesamarbeid.fileio import brreg_xlsx
from kommunesamarbeid.fileio.brreg import open_register
from tests.fixtures.make_brreg_files import PARENTS, UNITS, make_all

FORMATS = ("csv_gz", "csv", "json_gz", "xlsx")


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("brreg"))


def records(path: Path) -> tuple[RegisterKind, str, list[object]]:
    reader = open_register(path)
    try:
        make = unit_record if reader.kind is RegisterKind.UNITS else parent_record
        return reader.kind, reader.format, [make(row, reader.index) for row in reader.rows()]
    finally:
        reader.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_gives_the_same_units(files: dict[str, Path], fmt: str) -> None:
    kind, _, got = records(files[f"units_{fmt}"])
    assert kind is RegisterKind.UNITS
    reference = records(files["units_csv_gz"])[2]
    assert len(got) == len(UNITS) == 22
    assert got == reference
    by_orgnr = {r[0]: r for r in got if not isinstance(r, str)}
    # A6: quoted multi-line name and address; hidden headcount
    a6 = by_orgnr[920000016]
    assert a6[2] == "4632" and a6[6] is True and a6[7] is None
    # O1: Oslo, 0301 (301 in the spreadsheet)
    assert by_orgnr[920000017][2] == "0301"
    # H2 keeps its old SN2007 code (it must match nothing later)
    assert by_orgnr[920000010][3] == 96020
    reasons = sorted(r for r in got if isinstance(r, str))
    assert reasons == ["aafy", "auxiliary", "closed", "no_municipality"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_gives_the_same_parents(files: dict[str, Path], fmt: str) -> None:
    kind, _, got = records(files[f"parents_{fmt}"])
    assert kind is RegisterKind.PARENTS
    assert got == records(files["parents_csv_gz"])[2]
    assert len(got) == len(PARENTS)
    by_orgnr = {r[0]: r for r in got if not isinstance(r, str)}
    assert by_orgnr[910000003][1] == "ENK" and by_orgnr[910000003][6] is None  # no person's name
    assert by_orgnr[910000004][2] is True  # bankrupt
    assert by_orgnr[910000005][3] is True and by_orgnr[910000006][3] is True  # liquidating
    assert by_orgnr[910000002][4] == "0301"  # the chain's seat


def test_formats_are_known_by_content(files: dict[str, Path], tmp_path: Path) -> None:
    assert records(files["units_csv_gz"])[1] == "csv.gz"
    assert records(files["units_csv"])[1] == "csv"
    assert records(files["units_json_gz"])[1] == "json.gz"
    assert records(files["units_xlsx"])[1] == "xlsx"
    renamed = tmp_path / "underenheter.txt"
    renamed.write_bytes(files["units_csv_gz"].read_bytes())
    assert records(renamed)[1] == "csv.gz"
    plain_json = tmp_path / "enheter.json"
    plain_json.write_bytes(gzip.decompress(files["parents_json_gz"].read_bytes()))
    assert records(plain_json)[:2] == (RegisterKind.PARENTS, "json")


def test_unknown_columns_in_another_order(files: dict[str, Path]) -> None:
    reader = open_register(files["units_csv"])
    try:
        assert reader.index.positions[Field.ORGNR] > 0  # not the first column any more
        assert reader.index.kind() is RegisterKind.UNITS
    finally:
        reader.close()


def test_windows_1252_csv_is_read(files: dict[str, Path], tmp_path: Path) -> None:
    text = gzip.decompress(files["parents_csv_gz"].read_bytes()).decode("utf-8")
    path = tmp_path / "enheter_ansi.csv"
    path.write_bytes(text.encode("cp1252"))
    assert records(path)[2] == records(files["parents_csv_gz"])[2]


def test_a_plan_is_not_a_register_file(tmp_path: Path) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_text("Nr;Beskrivelse;CPV\n1;Renhold;90911200\n", encoding="utf-8")
    with pytest.raises(RefusedInputError, match="Enhetsregisteret"):
        open_register(plan)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    with pytest.raises(RefusedInputError, match="tom"):
        open_register(empty)
    with pytest.raises(RefusedInputError):
        open_register(tmp_path)
    with pytest.raises(UserError, match="Finner ikke"):
        open_register(tmp_path / "finnes_ikke.csv.gz")


def test_a_cut_download_is_refused(files: dict[str, Path], tmp_path: Path) -> None:
    for key in ("units_csv_gz", "units_json_gz"):
        data = files[key].read_bytes()
        cut = tmp_path / f"avkuttet_{key}"
        cut.write_bytes(data[: len(data) // 2])
        with pytest.raises(RefusedInputError, match="skadet"):
            records(cut)


def test_broken_json_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "enheter.json"
    path.write_text('[{"organisasjonsnummer": "910000001", "konkurs": false}, {"navn": ', "utf-8")
    with pytest.raises(RefusedInputError, match="skadet"):
        records(path)


def test_xlsx_continuation_sheet_without_header(files: dict[str, Path], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(files["parents_xlsx"])
    workbook.worksheets[1].delete_rows(1)
    path = tmp_path / "enheter_uten_overskrift.xlsx"
    workbook.save(path)
    assert records(path)[2] == records(files["parents_csv_gz"])[2]


def test_xlsx_large_string_table_keeps_only_needed_strings(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(brreg_xlsx, "_SMALL_STRINGS", 0)
    reader = open_register(files["units_xlsx"])
    try:
        strings = reader._strings.values  # type: ignore[attr-defined]
        assert isinstance(strings, dict)  # only the marked strings were kept
        # the first rows are read whole (to find the header); after them only needed columns
        assert "BERGEN RENHOLD AS" not in strings.values()
        assert "UKJENT NÆRING" not in strings.values()
        rows = [unit_record(row, reader.index) for row in reader.rows()]
    finally:
        reader.close()
    assert rows == records(files["units_csv_gz"])[2]


def test_xlsx_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (12 << 20))
    with pytest.raises(RefusedInputError, match="sikkerhetshensyn"):
        open_register(path)


def test_xlsx_cells_without_references(files: dict[str, Path]) -> None:
    """A cell may leave out r="E12" (it is optional): it is then placed after the one before."""
    reader = open_register(files["parents_xlsx"])
    try:
        row = b'<c t="inlineStr"><is><t>910000001</t></is></c><c t="b"><v>1</v></c><c/>'
        assert reader._cells_at(row, b"2") is None  # type: ignore[attr-defined]
        cells = list(reader._cells(row))  # type: ignore[attr-defined]
        assert [col for col, _, _ in cells] == [0, 1, 2]
        with_refs = b'<c r="A2" t="inlineStr"><is><t>910000001</t></is></c><c r="AB2"><v>7</v></c>'
        found = reader._cells_at(with_refs, b"2")  # type: ignore[attr-defined]
        assert found is not None and [col for col, _, _ in found] == [0]
    finally:
        reader.close()
