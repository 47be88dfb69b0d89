"""Sheets formatted down to row 1,048,576, or 200 columns wide, are read by what is really in
them and import their lines (files from ``bench/awkward_sheets.py``; timings in
``bench/bench_awkward_sheets.py``)."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.awkward_sheets import PLAN_LINES, WIDE_LINES, make_all
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.fileio.reader import read_workbook
from kommunesamarbeid.fileio.xlsx import EmptyRowFilter
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import import_plan

#: In-process import of one of these sheets on a loaded two-core test machine; the bench
#: measures the real figure (well under 2 s from a fresh process).
TIME_LIMIT_S = 5.0


@pytest.fixture(scope="module")
def awkward(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_all(tmp_path_factory.mktemp("awkward"))


@pytest.mark.parametrize(
    ("key", "lines"),
    [
        ("formatted_to_last_row", len(PLAN_LINES)),
        ("whole_rows_formatted", len(PLAN_LINES)),
        ("wide_200_columns", WIDE_LINES),
    ],
)
def test_awkward_sheet_imports_its_lines(
    key: str, lines: int, awkward: dict[str, Path], sqlite_db: Database
) -> None:
    started = time.perf_counter()
    report = import_plan(sqlite_db, Actor(user="testbruker"), awkward[key], "Nome")
    assert time.perf_counter() - started < TIME_LIMIT_S
    assert (report.added, report.errors) == (lines, [])
    assert {"reference", "description", "cpv", "annual_value", "contract_years"} <= set(
        report.mapping
    )


def test_formatted_rows_are_never_held(awkward: dict[str, Path]) -> None:
    sheet = read_workbook(awkward["whole_rows_formatted"]).sheets[0]
    assert [r.number for r in sheet.rows][-1] == len(PLAN_LINES) + 3
    assert len(sheet.rows) == len(PLAN_LINES) + 2  # title, header, lines


class _Trickle(io.RawIOBase):
    """A stream that hands out a few bytes at a time (cuts tags at every possible place)."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data, self._step, self._at = data, step, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._data[self._at : self._at + self._step]
        self._at += len(chunk)
        return chunk


_ROW_KINDS = st.sampled_from(
    [
        '<row r="{n}" s="1" customFormat="1"/>',
        '<row r="{n}" spans="1:3"></row>',
        '<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>a/&gt;{n}</t></is></c></row>',
        '<row r="{n}" hidden="1"><c r="B{n}"><v>{n}</v></c></row>',
        "<row><c><v>7</v></c></row>",
    ]
)


@settings(max_examples=60, deadline=None)
@given(kinds=st.lists(_ROW_KINDS, min_size=1, max_size=40), step=st.integers(1, 70))
def test_empty_row_filter_drops_only_empty_numbered_rows(kinds: list[str], step: int) -> None:
    rows = [kind.format(n=n) for n, kind in enumerate(kinds, start=1)]
    xml = ("<worksheet><sheetData>" + "".join(rows) + "</sheetData></worksheet>").encode()
    expected = "".join(r for r in rows if "<c" in r or 'r="' not in r)
    filtered = io.BufferedReader(EmptyRowFilter(_Trickle(xml, step))).read()
    assert filtered == ("<worksheet><sheetData>" + expected + "</sheetData></worksheet>").encode()
