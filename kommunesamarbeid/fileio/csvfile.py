"""Reading CSV files: encoding and delimiter detection, physical line numbers, no conversions.

Values stay text (an empty field becomes ``None``); numbers such as "650000,00" are left to the
core parsers. ``SheetRow.number`` is the physical line on which a record starts (header line =
1), also when quoted fields span several lines. CRLF, LF and CR line ends are all accepted.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from itertools import islice
from typing import Final

from kommunesamarbeid.core.sheet import CellValue, SheetGrid, SheetRow, Workbook
from kommunesamarbeid.fileio import sniff
from kommunesamarbeid.fileio.sniff import refusal, too_many_cells

#: Delimiters tried, in order of preference when they fit equally well.
DELIMITERS: Final = (";", ",", "\t")
#: Records looked at to choose the delimiter.
SNIFF_RECORDS: Final = 50
#: Characters of the file looked at to choose the delimiter and to judge "is this text".
SNIFF_CHARS: Final = 256 * 1024

MSG_NOT_TEXT: Final = (
    "Filen ser ikke ut som en tekstfil (CSV): den inneholder binære data. Er det et regneark, "
    "lagrer du det i Excel som Excel-arbeidsbok (*.xlsx) eller CSV (semikolondelt) og prøver "
    "igjen."
)
MSG_UNKNOWN_ENCODING: Final = (
    "Filen ser ikke ut som en tekstfil (CSV): tegnkodingen ble ikke gjenkjent (støttet er UTF-8, "
    "UTF-16 med BOM og Windows-1252). Lagre filen på nytt som CSV UTF-8 og prøv igjen."
)

_CONTROL_CHARS: Final = frozenset(chr(c) for c in range(32) if c not in (9, 10, 12, 13)) | {"\x7f"}


def decode(data: bytes, file_name: str) -> tuple[str, str]:
    """The text and the encoding used: UTF-8 with BOM, UTF-16 with BOM, UTF-8, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        if b"\x00" in data[:SNIFF_CHARS]:
            raise refusal(MSG_NOT_TEXT, file_name)
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise refusal(MSG_NOT_TEXT, file_name) from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): not cp1252 text.
            if _mostly_control(data[:SNIFF_CHARS].decode("latin-1")):
                raise refusal(MSG_NOT_TEXT, file_name) from None
            raise refusal(MSG_UNKNOWN_ENCODING, file_name) from None
        encoding = "cp1252"
    if _mostly_control(text[:SNIFF_CHARS]):
        raise refusal(MSG_NOT_TEXT, file_name)
    return text, encoding


def _mostly_control(sample: str) -> bool:
    """NUL, or more than 2 % control characters (text files have tabs and line ends only)."""
    if not sample:
        return False
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ch in _CONTROL_CHARS)
    return controls > len(sample) * 0.02


def detect_delimiter(text: str) -> str:
    """The delimiter giving the most consistent field count over the first records.

    Quotes are respected (the csv module parses each candidate). A candidate scores by how many
    records share its most common field count (which must be at least 2), then by that count.
    """
    sample = text[:SNIFF_CHARS]
    best = DELIMITERS[0]
    best_score = (0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            counts = [len(r) for r in islice(reader, SNIFF_RECORDS) if any(f.strip() for f in r)]
        except csv.Error:
            continue
        if not counts:
            continue
        field_count, frequency = max(Counter(counts).items(), key=lambda kv: (kv[1], kv[0]))
        score = (frequency, field_count) if field_count >= 2 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(data: bytes, file_name: str, *, sha256: str, max_rows: int) -> Workbook:
    """Read a CSV file into a ``Workbook`` with one unnamed sheet."""
    text, encoding = decode(data, file_name)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[SheetRow] = []
    notes: list[str] = []
    previous_line = 0
    start = 1
    cells = 0
    cell_limit = sniff.MAX_CELLS
    try:
        for record in reader:
            start = previous_line + 1
            previous_line = reader.line_num
            values: list[CellValue] = [field if field != "" else None for field in record]
            while values and values[-1] is None:
                values.pop()
            if not values:
                continue
            rows.append(SheetRow(start, values))
            cells += len(values)
            if cells > cell_limit:
                raise too_many_cells(file_name, cell_limit)
            if len(rows) > max_rows:
                count = f"{max_rows:,}".replace(",", " ")
                raise refusal(
                    f"Filen har mer enn {count} rader med innhold, og det er for mye for en "
                    "anskaffelsesplan. Fjern overflødige rader eller del opp filen.",
                    file_name,
                )
    except csv.Error as exc:
        raise refusal(
            f"CSV-filen kan ikke leses fra linje {previous_line + 1}: et felt er for langt, eller "
            "anførselstegn er brukt feil. Åpne filen i Excel og lagre den på nytt som CSV.",
            file_name,
            exc,
        ) from exc
    if rows and previous_line > start and not text.rstrip().endswith('"'):
        # The last record spans several lines and runs to the end: an unclosed quote.
        last = rows[-1]
        if any(isinstance(v, str) and "\n" in v for v in last.values):
            notes.append(
                f"Et felt i anførselstegn som starter på linje {last.number} blir aldri "
                "avsluttet; resten av filen er lest som én verdi."
            )
    grid = SheetGrid(None, rows, notes=notes)
    return Workbook(
        file_name=file_name,
        sha256=sha256,
        sheets=[grid],
        kind="csv",
        csv_encoding=encoding,
        csv_delimiter=delimiter,
    )
