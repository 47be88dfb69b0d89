"""Hostile, broken and awkward files: each is refused clearly or read, quickly and in bounded memory.

Every generated file (tests/fixtures/make_bad_files.py) is read in a fresh subprocess, so that
time and peak memory (the child's own high-water mark) are measured for that file alone.
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.fileio import sniff
from kommunesamarbeid.fileio.reader import list_sheet_names, read_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import make_bad_files

SECONDS_LIMIT = 20.0
MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.fileio.reader import read_workbook

path = Path(sys.argv[1])
started = time.perf_counter()
try:
    book = read_workbook(path)
    result = {
        "outcome": "read",
        "sheets": [
            {"name": s.name, "rows": len(s.rows), "max_cols": s.max_cols,
             "last_row": s.rows[-1].number if s.rows else None}
            for s in book.sheets
        ],
    }
except RefusedInputError as exc:
    result = {"outcome": "refused", "message": exc.message, "text": str(exc),
              "file": exc.problem.file}
except BaseException as exc:
    result = {"outcome": "crash", "error": repr(exc)}
result["seconds"] = time.perf_counter() - started
# The peak of this process's own memory since it started: on Linux ru_maxrss also counts the
# test process it was started from (the kernel carries the parent's peak across fork and exec),
# so read the high-water mark of the new address space where the system gives it.
try:
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result["maxrss_bytes"] = peak * 1024
print(json.dumps(result))
"""

#: Words that must appear in the user-facing part of a refusal (Norwegian bokmål).
_NORWEGIAN = ("filen", "arbeidsboken", "arket", "ikke", "kan")
#: English phrases that must not leak into the user-facing part.
_ENGLISH = ("the ", "file is", "not a ", "cannot", "error", "invalid", "unable")


def user_part(message: str) -> str:
    """The message without its technical reason in parentheses."""
    return message.split(" (teknisk:")[0]


def assert_norwegian(message: str) -> None:
    text = user_part(message).lower()
    assert any(word in text for word in _NORWEGIAN), message
    assert not any(phrase in text for phrase in _ENGLISH), message


def read_in_subprocess(path: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("key", sorted(make_bad_files.EXPECTED))
def test_bad_file_is_refused_or_read_quickly_in_bounded_memory(
    key: str, bad_files: dict[str, Path]
) -> None:
    path = bad_files[key]
    result = read_in_subprocess(path)
    assert result["outcome"] == make_bad_files.EXPECTED[key], result
    assert result["seconds"] < SECONDS_LIMIT, result
    assert result["maxrss_bytes"] < MEMORY_LIMIT_BYTES, result
    if result["outcome"] == "refused":
        assert result["file"] == path.name
        assert f"«{path.name}»" in result["text"]
        assert_norwegian(result["message"])


# --- what each refusal says -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("corrupt_zip", "skadet eller ufullstendig"),
        ("truncated_xlsx", "skadet eller ufullstendig"),
        ("pdf_as_xlsx", "Filen er en PDF"),
        ("random_as_xlsx", "ikke et regneark som kan leses"),
        ("encrypted", "passordbeskyttet"),
        ("old_xls", "Fil → Lagre som → Excel-arbeidsbok (*.xlsx)"),
        ("ods", "OpenDocument-regneark (.ods)"),
        ("billion_laughs", "sikkerhetshensyn"),
        ("billion_laughs_sheet", "sikkerhetshensyn"),
        ("zip_bomb", "pakker seg ut til unormalt mye data"),
        ("random_as_csv", "Filen ser ikke ut som en tekstfil (CSV)"),
    ],
)
def test_refusal_says_what_is_wrong(key: str, expected: str, bad_files: dict[str, Path]) -> None:
    with pytest.raises(RefusedInputError) as caught:
        read_workbook(bad_files[key])
    assert expected in caught.value.message
    assert caught.value.problem.file == bad_files[key].name


def test_encrypted_refusal_says_how_to_remove_the_password(bad_files: dict[str, Path]) -> None:
    with pytest.raises(RefusedInputError) as caught:
        read_workbook(bad_files["encrypted"])
    assert "Krypter med passord" in caught.value.message
    assert "slett passordet" in caught.value.message


def test_entity_expansion_is_refused_by_defusedxml_not_expanded(
    bad_files: dict[str, Path],
) -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML, "openpyxl must parse through defusedxml"
    for key in ("billion_laughs", "billion_laughs_sheet"):
        with pytest.raises(RefusedInputError) as caught:
            read_workbook(bad_files[key])
        assert "DTD eller entiteter" in caught.value.message
        assert "(teknisk:" not in caught.value.message


def test_zip_bomb_is_refused_before_openpyxl(
    bad_files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kommunesamarbeid.fileio import xlsx

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl was reached")

    monkeypatch.setattr(xlsx, "ExcelReader", must_not_run)
    with pytest.raises(RefusedInputError, match="1 099 MB"):
        read_workbook(bad_files["zip_bomb"])


def test_list_sheet_names_refuses_the_same_files(bad_files: dict[str, Path]) -> None:
    for key, outcome in make_bad_files.EXPECTED.items():
        if outcome == "refused" and key not in ("billion_laughs", "billion_laughs_sheet"):
            with pytest.raises(RefusedInputError):
                list_sheet_names(bad_files[key])
    assert list_sheet_names(bad_files["empty_workbook"]) == ["Sheet"]


# --- what the readable ones give --------------------------------------------------------------


def test_empty_workbook_gives_one_empty_sheet(bad_files: dict[str, Path]) -> None:
    book = read_workbook(bad_files["empty_workbook"])
    assert [s.name for s in book.sheets] == ["Sheet"]
    assert book.sheets[0].rows == []
    assert book.kind == "xlsx"


def test_no_header_sheet_is_read_as_data(bad_files: dict[str, Path]) -> None:
    sheet = read_workbook(bad_files["no_header"]).sheets[0]
    assert len(sheet.rows) == 30
    assert sheet.max_cols == 8
    assert [r.number for r in sheet.rows] == list(range(1, 31))


def test_far_cell_row_is_kept_without_allocating_the_gap(bad_files: dict[str, Path]) -> None:
    sheet = read_workbook(bad_files["far_cell"]).sheets[0]
    assert len(sheet.rows) == 9  # title, header, six lines, the far cell
    last = sheet.rows[-1]
    assert last.number == 1_048_576
    assert last.values[25] == "slutt"
    assert len(last.values) == 26


def test_declared_dimension_and_styled_empty_last_row_are_ignored(
    bad_files: dict[str, Path],
) -> None:
    sheet = read_workbook(bad_files["huge_dimension"]).sheets[0]
    assert [r.number for r in sheet.rows] == [1, 3, 4, 5, 6, 7, 8, 9]
    assert sheet.max_cols == len(make_bad_files.HEADER)


def test_long_cell_is_read_whole(bad_files: dict[str, Path]) -> None:
    sheet = read_workbook(bad_files["long_cell"]).sheets[0]
    description = sheet.rows[3].get(1)
    assert isinstance(description, str)
    assert len(description) == make_bad_files.LONG_CELL_CHARS
    assert description.startswith("Rammeavtale for levering av skolemøbler")


def test_wide_plan_keeps_all_columns(bad_files: dict[str, Path]) -> None:
    sheet = read_workbook(bad_files["wide"]).sheets[0]
    header = sheet.rows[1]
    assert header.number == 3
    assert len(header.values) == len(make_bad_files.HEADER) + make_bad_files.EXTRA_COLUMNS
    assert header.values[-1] == f"Ekstra {make_bad_files.EXTRA_COLUMNS}"
    assert sheet.rows[2].values[-1] == f"x1-{make_bad_files.EXTRA_COLUMNS}"


# --- more format decisions by content ---------------------------------------------------------


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.xlsx"
    path.write_bytes(b"")
    with pytest.raises(RefusedInputError, match="tom"):
        read_workbook(path)


def test_missing_file_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(RefusedInputError, match="finnes ikke"):
        read_workbook(tmp_path / "borte.xlsx")
    with pytest.raises(RefusedInputError, match="mappe"):
        read_workbook(tmp_path)


def test_xlsx_content_wins_over_a_csv_name(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(make_bad_files.plan_bytes())
    book = read_workbook(path)
    assert book.kind == "xlsx"
    assert book.sheets[0].name == "Anskaffelsesplan"


def test_xlsm_is_recognised_by_its_content_type(tmp_path: Path) -> None:
    data = make_bad_files.plan_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        types = zf.read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    assert "macroEnabled" in types
    path = tmp_path / "plan.xlsx"
    path.write_bytes(make_bad_files._replace_members(data, {"[Content_Types].xml": types.encode()}))
    assert read_workbook(path).kind == "xlsm"


def test_text_or_html_with_an_excel_name_is_refused_with_advice(tmp_path: Path) -> None:
    text = tmp_path / "plan.xlsx"
    text.write_text("Nr;Anskaffelse\n1;Skolemøbler\n", encoding="utf-8")
    with pytest.raises(RefusedInputError, match=r"gir du den endelsen \.csv"):
        read_workbook(text)
    html = tmp_path / "eksport.xls"
    html.write_text("<html><body><table><tr><td>1</td></tr></table></body></html>")
    with pytest.raises(RefusedInputError, match="HTML- eller XML-fil"):
        read_workbook(html)


def test_unknown_extension_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx.bak"
    path.write_bytes(b"noe helt annet")
    with pytest.raises(RefusedInputError, match=r"Filtypen «\.bak» støttes ikke"):
        read_workbook(path)


def test_other_zip_and_xlsb_are_refused(tmp_path: Path) -> None:
    docx = tmp_path / "notat.xlsx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    with pytest.raises(RefusedInputError, match="mangler arbeidsbokdelen"):
        read_workbook(docx)
    xlsb = tmp_path / "plan.xlsb"
    with zipfile.ZipFile(xlsb, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.bin", b"\x83\x01\x00")
    with pytest.raises(RefusedInputError, match=r"\.xlsb"):
        read_workbook(xlsb)


def test_cfb_directory_is_parsed_and_survives_a_broken_header(tmp_path: Path) -> None:
    path = tmp_path / "kryptert.xlsx"
    make_bad_files.make_encrypted(path)
    data = path.read_bytes()
    assert sniff.cfb_stream_names(data) == {"Root Entry", "EncryptionInfo", "EncryptedPackage"}
    broken = data[:30] + struct.pack("<H", 77) + data[32:]  # impossible sector size
    assert "EncryptedPackage" in sniff.cfb_stream_names(broken)
    path.write_bytes(broken)
    with pytest.raises(RefusedInputError, match="passordbeskyttet"):
        read_workbook(path)


def test_cfb_without_workbook_stream_is_an_old_office_file(tmp_path: Path) -> None:
    path = tmp_path / "dokument.xlsx"
    make_bad_files.write_cfb(path, {"WordDocument": b"\xec\xa5" + bytes(100)})
    with pytest.raises(RefusedInputError, match="eldre Office-format"):
        read_workbook(path)


# --- zip-bomb limits on declared sizes --------------------------------------------------------


def _info(name: str, size: int, compressed: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.file_size = size
    info.compress_size = compressed
    return info


_MB = 1024 * 1024


def test_zip_limits_accept_large_but_plausible_members() -> None:
    infos = [
        _info("xl/worksheets/sheet1.xml", 150 * _MB, 15 * _MB),  # ratio 10
        _info("xl/sharedStrings.xml", 9 * _MB, 1000),  # high ratio, but under 10 MB
        _info("xl/worksheets/sheet2.xml", 190 * _MB, _MB),  # ratio 190
    ]
    sniff.check_zip_limits(infos, "plan.xlsx")


@pytest.mark.parametrize(
    ("infos", "detail"),
    [
        ([_info("big", 201 * _MB, 100 * _MB)], "delen «big» er 201 MB utpakket"),
        ([_info(f"p{i}", 150 * _MB, 100 * _MB) for i in range(4)], "600 MB utpakket i alt"),
        ([_info("bomb", 11 * _MB, 11 * _MB // 201)], "komprimert 201:1"),
        ([_info(f"m{i}", 1, 1) for i in range(10_001)], "10001 deler i zip-filen"),
    ],
    ids=["member", "total", "ratio", "count"],
)
def test_zip_limits_refuse(infos: list[zipfile.ZipInfo], detail: str) -> None:
    with pytest.raises(RefusedInputError, match="sikkerhetshensyn") as caught:
        sniff.check_zip_limits(infos, "plan.xlsx")
    assert detail in caught.value.message


def test_central_directory_checked_before_zipfile_reads_it() -> None:
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 20_000, 20_000, 0, 0, 0)
    with pytest.raises(RefusedInputError, match="deler i zip-filen"):
        sniff.check_central_directory(b"PK\x03\x04" + bytes(100) + end, "plan.xlsx")
    huge = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 5, 5, 64 * 1024 * 1024, 0, 0)
    with pytest.raises(RefusedInputError, match="innholdsfortegnelse"):
        sniff.check_central_directory(b"PK\x03\x04" + bytes(100) + huge, "plan.xlsx")


def test_too_many_members_in_a_real_zip(tmp_path: Path) -> None:
    path = tmp_path / "mange.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(10_001):
            zf.writestr(f"x/{i}", b"")
    with pytest.raises(RefusedInputError, match="10001 deler"):
        read_workbook(path)


# --- never a raw exception ------------------------------------------------------------------

_PLAN = make_bad_files.plan_bytes()
with zipfile.ZipFile(io.BytesIO(_PLAN)) as _zf:
    _SHEET_XML = _zf.read("xl/worksheets/sheet1.xml")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cuts=st.lists(
        st.tuples(
            st.integers(min_value=0, max_value=len(_SHEET_XML)),
            st.integers(min_value=0, max_value=40),
            st.binary(max_size=12) | st.sampled_from([b"<", b">", b'"', b"&", b"<c r=", b"</row>"]),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mangled_sheet_xml_is_read_or_refused(
    tmp_path: Path, cuts: list[tuple[int, int, bytes]]
) -> None:
    xml = _SHEET_XML
    for position, length, insert in cuts:
        xml = xml[:position] + insert + xml[position + length :]
    path = tmp_path / "mangled.xlsx"
    path.write_bytes(make_bad_files._replace_members(_PLAN, {"xl/worksheets/sheet1.xml": xml}))
    try:
        read_workbook(path)
    except RefusedInputError as exc:
        assert exc.problem.file == "mangled.xlsx"
        assert_norwegian(exc.message)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(position=st.integers(min_value=0, max_value=len(_PLAN) - 1), byte=st.integers(0, 255))
def test_flipped_byte_in_the_zip_is_read_or_refused(
    tmp_path: Path, position: int, byte: int
) -> None:
    path = tmp_path / "flipped.xlsx"
    path.write_bytes(_PLAN[:position] + bytes([byte]) + _PLAN[position + 1 :])
    try:
        read_workbook(path)
    except RefusedInputError as exc:
        assert_norwegian(exc.message)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(min_size=1, max_size=2000))
def test_arbitrary_bytes_as_csv_are_read_or_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(data)
    try:
        read_workbook(path)
    except RefusedInputError as exc:
        assert_norwegian(exc.message)
