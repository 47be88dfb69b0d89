"""The curated CPV → SN2025 table: its shipped data, look-ups and industry-code ranges."""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.supplier_mapping import (
    IndustryCode,
    format_industry_code,
    merged_ranges,
    parse_industry_code,
    parse_mapping,
)
from kommunesamarbeid.paths import resource_path

#: The SN2025 divisions (KLASS 6, version 3218; NACE Rev. 2.1). Division 45 (motor-vehicle
#: trade) is gone: it moved to 46.7x, 47.8x and 95.3x.
SN2025_DIVISIONS = set(
    [
        "01",
        "02",
        "03",
        "05",
        "06",
        "07",
        "08",
        "09",
        "10",
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "20",
        "21",
        "22",
        "23",
        "24",
        "25",
        "26",
        "27",
        "28",
        "29",
        "30",
        "31",
        "32",
        "33",
        "35",
        "36",
        "37",
        "38",
        "39",
        "41",
        "42",
        "43",
        "46",
        "47",
        "49",
        "50",
        "51",
        "52",
        "53",
        "55",
        "56",
        "58",
        "59",
        "60",
        "61",
        "62",
        "63",
        "64",
        "65",
        "66",
        "68",
        "69",
        "70",
        "71",
        "72",
        "73",
        "74",
        "75",
        "77",
        "78",
        "79",
        "80",
        "81",
        "82",
        "84",
        "85",
        "86",
        "87",
        "88",
        "90",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
        "97",
        "98",
        "99",
    ]
)
#: Codes that existed in SN2007 but not in SN2025: using one would silently count nothing.
SN2007_ONLY = ("45.", "96.02", "81.29", "63.11", "88.911", "62.01", "62.02", "62.03", "62.09")


@pytest.fixture(scope="module")
def table():  # type: ignore[no-untyped-def]
    return parse_mapping(resource_path("suppliers", "cpv_sn2025.csv").read_text("utf-8"))


def test_shipped_table_covers_the_common_municipal_categories(table) -> None:  # type: ignore[no-untyped-def]
    assert len(table) >= 100
    for cpv, expected in [
        ("90911200", "81.21"),  # building cleaning
        ("90620000", "81.23"),  # snow clearing
        ("30192000", "46.49"),  # office supplies: the wholesaler supplies them
        ("39130000", "46.47"),  # office furniture
        ("39831000", "46.44"),  # cleaning products (CPV 39, another trade than furniture)
        ("30213000", "46.50"),  # PCs
        ("72200000", "62.10"),  # software and IT consulting
        ("79410000", "70.20"),  # management consultants
        ("71300000", "71.12"),  # engineers
        ("60130000", "49.33"),  # school transport
        ("34110000", "46.71"),  # cars: wholesale of motor vehicles (was 45.1 in SN2007)
        ("09100000", "46.81"),  # fuel
        ("09310000", "35.15"),  # electricity
        ("45330000", "43.22"),  # plumbing (works annex)
        ("15000000", "46.3"),  # food
        ("85120000", "86.21"),  # GPs
        ("98321000", "96.21"),  # hairdressing (96.02 in SN2007)
    ]:
        row = table.lookup(cpv)
        assert row is not None, cpv
        assert expected in row.code_texts(), (cpv, row.code_texts())


def test_every_code_is_sn2025(table) -> None:  # type: ignore[no-untyped-def]
    for row in table.rows:
        assert row.confidence in ("høy", "middels", "lav")
        assert row.source in ("SSB-tekst", "Vedlegg II (bygg)", "Skjønn"), row.source
        for code in row.codes:
            assert code.text[:2] in SN2025_DIVISIONS, (row.cpv_prefix, code.text)
            assert not any(code.text.startswith(old) for old in SN2007_ONLY), code.text


def test_cpv_39_has_only_four_digit_rows(table) -> None:  # type: ignore[no-untyped-def]
    rows = [row for row in table.rows if row.cpv_prefix.startswith("39")]
    assert rows and all(len(row.cpv_prefix) == 4 for row in rows)
    assert table.lookup("39000000") is None  # no guess for the division as a whole
    furniture = table.lookup("39130000")
    cleaning = table.lookup("39830000")
    assert furniture is not None and cleaning is not None
    assert set(furniture.code_texts()).isdisjoint(cleaning.code_texts())


def test_longest_prefix_wins() -> None:
    table = parse_mapping(
        "cpv,kategori,naeringskoder,kilde,sikkerhet,merknad\n"
        "72,IT,62 63,SSB-tekst,middels,\n"
        "722,Programvare,62.10,SSB-tekst,høy,\n"
    )
    row = table.lookup("72212000-4")
    assert row is not None and row.cpv_prefix == "722"
    broad = table.lookup("72500000")
    assert broad is not None and broad.cpv_prefix == "72"
    assert table.lookup("90911200") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("9x91,Renhold,81.21,SSB-tekst,høy,", "Linje 2"),
        ("9091,Renhold,81.2.1,SSB-tekst,høy,", "ikke en næringskode"),
        ("9091,Renhold,,SSB-tekst,høy,", "ingen næringskoder"),
        ("9091,Renhold,81.21,SSB-tekst,sikker,", "sikkerhet"),
    ],
)
def test_bad_rows_are_named(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_mapping("cpv,kategori,naeringskoder,kilde,sikkerhet,merknad\n" + text + "\n")


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match="naeringskoder"):
        parse_mapping("cpv,kategori\n9091,Renhold\n")


def test_industry_codes_are_integer_ranges() -> None:
    assert IndustryCode("81.21").range() == (81210, 81220)
    assert IndustryCode("81").range() == (81000, 82000)
    assert IndustryCode("43.2").range() == (43200, 43300)
    assert IndustryCode("01.1").range() == (1100, 1200)
    assert IndustryCode("81.210").range() == (81210, 81211)
    assert IndustryCode("81.21").covers(81210)
    assert not IndustryCode("81.21").covers(81220)
    assert merged_ranges([IndustryCode("81.21"), IndustryCode("81.2"), IndustryCode("43.21")]) == [
        (43210, 43220),
        (81200, 81300),
    ]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("81.210", 81210),
        ("81210", 81210),
        ("81.210 Rengjøring av bygninger", 81210),
        ("01.110", 1110),
        ("00.000", None),
        ("", None),
        (None, None),
        ("Uoppgitt", None),
    ],
)
def test_register_cells_become_codes(cell: object, code: int | None) -> None:
    assert parse_industry_code(cell) == code


def test_format_industry_code() -> None:
    assert format_industry_code(1110) == "01.110"
    assert format_industry_code(81210) == "81.210"
