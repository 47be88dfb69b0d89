"""Register rows by header name, and every trap that silently gives a wrong count."""

from __future__ import annotations

import datetime as dt

import pytest

from kommunesamarbeid.core.register_records import (
    Field,
    FieldIndex,
    RegisterKind,
    normalise_header,
    parent_record,
    parse_flag,
    parse_register_date,
    unit_record,
)

UNIT_HEADERS = [
    "organisasjonsnummer",
    "organisasjonsform.kode",
    "naeringskode1.kode",
    "naeringskode2.kode",
    "hjelpeenhetskode.kode",
    "harRegistrertAntallAnsatte",
    "antallAnsatte",
    "beliggenhetsadresse.kommunenummer",
    "overordnetEnhet",
    "nedleggelsesdato",
    "registrertIMvaregisteret",
]


def unit(**cells: str) -> list[str]:
    base = {
        "organisasjonsnummer": "920000001",
        "organisasjonsform.kode": "BEDR",
        "naeringskode1.kode": "81.210",
        "harRegistrertAntallAnsatte": "false",
        "beliggenhetsadresse.kommunenummer": "4633",
        "overordnetEnhet": "910000001",
    }
    base.update({k.replace("__", "."): v for k, v in cells.items()})
    return [base.get(h, "") for h in UNIT_HEADERS]


INDEX = FieldIndex.from_headers(UNIT_HEADERS)


def test_headers_are_matched_by_name_in_any_spelling() -> None:
    assert normalise_header("registrertIMvaRegisteret") == normalise_header(
        "registrertIMvaregisteret"
    )
    assert normalise_header("Næringskode 1") == "naeringskode1"
    assert normalise_header("Målform") == normalise_header("maalform")
    spreadsheet = FieldIndex.from_headers(
        [
            "Antall ansatte",
            "Organisasjonsnummer",
            "Næringskode 1",
            "Overordnet enhet",
            "Beliggenhetsadresse.kommunenummer",
            "Har registrert antall ansatte",
        ]
    )
    assert spreadsheet.positions[Field.ORGNR] == 1
    assert spreadsheet.positions[Field.CODE1] == 2
    assert spreadsheet.kind() is RegisterKind.UNITS


def test_kind_of_file() -> None:
    assert INDEX.kind() is RegisterKind.UNITS
    parents = FieldIndex.from_headers(["organisasjonsnummer", "konkurs", "overordnetEnhet"])
    assert parents.kind() is RegisterKind.PARENTS
    assert FieldIndex.from_headers(["Nr", "Beskrivelse"]).kind() is None


def test_hidden_headcount_is_staff_not_zero() -> None:
    record = unit_record(unit(harRegistrertAntallAnsatte="true", antallAnsatte=""), INDEX)
    assert not isinstance(record, str)
    assert record[6] is True and record[7] is None


def test_counted_fields() -> None:
    record = unit_record(
        unit(naeringskode2__kode="81.220", harRegistrertAntallAnsatte="true", antallAnsatte="12"),
        INDEX,
    )
    assert record == (920000001, 910000001, "4633", 81210, 81220, None, True, 12)


@pytest.mark.parametrize(
    ("cells", "reason"),
    [
        ({"organisasjonsform__kode": "AAFY"}, "aafy"),
        ({"nedleggelsesdato": "2025-06-30"}, "closed"),
        ({"hjelpeenhetskode__kode": "70.100"}, "auxiliary"),
        ({"beliggenhetsadresse__kommunenummer": ""}, "no_municipality"),
        ({"organisasjonsnummer": "12345"}, "invalid"),
    ],
)
def test_left_out(cells: dict[str, str], reason: str) -> None:
    assert unit_record(unit(**cells), INDEX) == reason


@pytest.mark.parametrize("written", ["0301", "301", 301, 301.0])
def test_leading_zero_of_kommunenummer_is_restored(written: object) -> None:
    row: list[object] = list(unit())
    row[UNIT_HEADERS.index("beliggenhetsadresse.kommunenummer")] = written
    record = unit_record(row, INDEX)
    assert not isinstance(record, str) and record[2] == "0301"


def test_older_files_without_the_staff_flag() -> None:
    index = FieldIndex.from_headers([h for h in UNIT_HEADERS if h != "harRegistrertAntallAnsatte"])
    row = [
        c
        for h, c in zip(UNIT_HEADERS, unit(antallAnsatte="7"), strict=True)
        if h != "harRegistrertAntallAnsatte"
    ]
    record = unit_record(row, index)
    assert not isinstance(record, str) and record[6] is True


def test_parent_of_a_sole_proprietor_keeps_no_name() -> None:
    headers = [
        "organisasjonsnummer",
        "navn",
        "organisasjonsform.kode",
        "konkurs",
        "underAvvikling",
        "underTvangsavviklingEllerTvangsopplosning",
        "forretningsadresse.kommunenummer",
        "maalform",
    ]
    index = FieldIndex.from_headers(headers)
    enk = parent_record(
        ["910000003", "Ola Nordmann", "ENK", "false", "false", "false", "4633", ""], index
    )
    assert enk == (910000003, "ENK", False, False, "4633", None, None)
    forced = parent_record(
        ["910000006", "X AS", "AS", "false", "false", "true", "301", "Bokmål"], index
    )
    assert forced == (910000006, "AS", False, True, "0301", "Bokmål", "X AS")
    bankrupt = parent_record(
        ["910000004", "Y AS", "AS", "true", "false", "false", "4633", ""], index
    )
    assert not isinstance(bankrupt, str) and bankrupt[2] is True


def test_flags_and_dates() -> None:
    assert parse_flag("true") and parse_flag("Ja") and parse_flag(True) and parse_flag(1)
    assert not parse_flag("false") and not parse_flag("") and not parse_flag(None)
    assert parse_register_date("2026-11-27") == dt.date(2026, 11, 27)
    assert parse_register_date("27.11.2026") == dt.date(2026, 11, 27)
    assert parse_register_date(dt.datetime(2026, 11, 27, 8, 0)) == dt.date(2026, 11, 27)
    assert parse_register_date("2026-13-40") is None
    assert parse_register_date("snart") is None
