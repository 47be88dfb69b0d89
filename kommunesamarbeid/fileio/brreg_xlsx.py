"""Enhetsregisteret's spreadsheet download (XLSX), streamed row by row in bounded memory.

The download has human-readable headers ("Organisasjonsnummer", "Næringskode 1", "Antall
ansatte" …) and, for enheter, spans two sheets because it passes Excel's row limit: the second
sheet continues the first (with or without its own header row). A national file is far larger
than any plan, so it is not given to openpyxl (which keeps every shared string and builds an
object per cell): the worksheet XML is scanned as bytes, a row at a time, and only the cells of
the columns the counts need are decoded, found by their reference ("E12") when the cells carry
one (Excel writes it), else by reading the row cell by cell.

Shared strings are loaded whole when the table is small. When it is large (a national file has
millions of names and addresses), only the strings the needed columns use are kept: a first
pass over the sheets marks them in a bit map, then the table is read once keeping just those.

Safety: the small XML parts (workbook, relationships) go through defusedxml; the large ones are
never given to an XML parser, so entity expansion cannot happen. The zip is checked for bombs
(number of members, declared sizes, compression ratio) before anything is decompressed.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Final

from defusedxml.common import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.register_records import Field, FieldIndex, RegisterKind
from kommunesamarbeid.fileio.brreg import MSG_DAMAGED, MSG_NOT_REGISTER, RegisterFormat, refusal

__all__ = ["XlsxRegisterReader"]

_CHUNK: Final = 1 << 20
#: A row (or shared string) longer than this means a damaged or hostile file.
_MAX_PIECE: Final = 64 << 20
_MAX_MEMBERS: Final = 10_000
_MAX_MEMBER_BYTES: Final = 16 << 30
_MAX_RATIO: Final = 300
#: Shared-string tables up to this size (uncompressed) are loaded whole.
_SMALL_STRINGS: Final = 48 << 20
_HEADER_ROWS: Final = 20

_ROW: Final = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_ROW_NUMBER: Final = re.compile(rb'\br="(\d+)"')
_CELL: Final = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_REF: Final = re.compile(rb'\br="([A-Z]{1,3})\d+"')
_TYPE: Final = re.compile(rb'\bt="(\w+)"')
_VALUE: Final = re.compile(rb"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)
_TEXT: Final = re.compile(rb"<(?:\w+:)?t(?:\s[^>]*)?>(.*?)</(?:\w+:)?t>", re.S)
_PHONETIC: Final = re.compile(rb"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_SI: Final = re.compile(rb"<(?:\w+:)?si\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?si>)", re.S)
_UNIQUE_COUNT: Final = re.compile(rb'uniqueCount="(\d+)"')

_NS_MAIN: Final = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_NS_REL: Final = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_NS_PKG_REL: Final = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_EXCEL_EPOCH: Final = dt.date(1899, 12, 30)
_DATE_FIELDS: Final = (Field.CLOSED, Field.REGISTERED)


@cache
def _column(letters: bytes) -> int:
    """b"A" → 0, b"AB" → 27."""
    number = 0
    for ch in letters:
        number = number * 26 + (ch - 64)
    return number - 1


def _letters(column: int) -> bytes:
    """0 → b"A", 27 → b"AB"."""
    letters = b""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = bytes([65 + rest]) + letters
    return letters


def _text_of(fragment: bytes) -> str:
    """The text of an <is> or <si> element: its <t> parts joined (phonetic runs left out)."""
    if b"<rPh" in fragment:
        fragment = _PHONETIC.sub(b"", fragment)
    parts = _TEXT.findall(fragment)
    text = b"".join(parts).decode("utf-8", errors="replace")
    return html.unescape(text) if "&" in text else text


class _SharedStrings:
    """The shared-string table, whole or only the entries marked as needed."""

    def __init__(self) -> None:
        self.values: list[str] | dict[int, str] = []

    def get(self, index: int) -> str:
        try:
            return self.values[index]
        except (IndexError, KeyError):
            return ""


class XlsxRegisterReader:
    """An Enhetsregisteret XLSX file; see the module docstring."""

    format: RegisterFormat = "xlsx"

    def __init__(self, path: Path) -> None:
        self.file_name = path.name
        self.size = path.stat().st_size
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            raise refusal(MSG_DAMAGED, self.file_name) from exc
        try:
            self._check_limits()
            self._sheets = self._sheet_members()
            self._strings = _SharedStrings()
            self._consumed = 0
            self._prepare()
        except BaseException:
            self._zip.close()
            raise

    # ------------------------------------------------------------------ the package
    def _check_limits(self) -> None:
        infos = self._zip.infolist()
        if len(infos) > _MAX_MEMBERS:
            raise refusal(MSG_DAMAGED, self.file_name)
        for info in infos:
            size = info.file_size
            if size > _MAX_MEMBER_BYTES or (
                size > (10 << 20) and size > _MAX_RATIO * max(info.compress_size, 1)
            ):
                raise refusal(
                    "Filen er avvist av sikkerhetshensyn: den pakker seg ut til unormalt mye "
                    f"data (delen «{info.filename}»). Last ned filen på nytt fra data.brreg.no.",
                    self.file_name,
                )

    def _xml(self, member: str) -> object:
        try:
            with self._zip.open(member) as handle:
                return fromstring(handle.read(16 << 20))
        except KeyError:
            raise refusal(MSG_NOT_REGISTER, self.file_name) from None
        except (DefusedXmlException, SyntaxError, zipfile.BadZipFile, OSError) as exc:
            raise refusal(MSG_DAMAGED, self.file_name) from exc

    def _sheet_members(self) -> list[str]:
        """The worksheet parts in workbook order."""
        workbook = self._xml("xl/workbook.xml")
        rels = self._xml("xl/_rels/workbook.xml.rels")
        targets: dict[str, str] = {}
        for rel in rels.iter(f"{_NS_PKG_REL}Relationship"):  # type: ignore[attr-defined]
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            targets[rel.get("Id", "")] = str(PurePosixPath(path))
        members = []
        for sheet in workbook.iter(f"{_NS_MAIN}sheet"):  # type: ignore[attr-defined]
            member = targets.get(sheet.get(f"{_NS_REL}id", ""))
            if member and member in self._zip.NameToInfo:
                members.append(member)
        if not members:
            raise refusal(MSG_NOT_REGISTER, self.file_name)
        return members

    # ------------------------------------------------------------------ scanning
    def _pieces(
        self, member: str, pattern: re.Pattern[bytes], *, count_bytes: bool
    ) -> Iterator[re.Match[bytes]]:
        """Every match of ``pattern`` in a part, read in chunks (a match never spans two)."""
        info = self._zip.NameToInfo[member]
        scale = info.compress_size / max(info.file_size, 1)
        read = 0
        buffer = b""
        try:
            with self._zip.open(member) as handle:
                while True:
                    chunk = handle.read(_CHUNK)
                    read += len(chunk)
                    if count_bytes:
                        self._progress_in_member = int(read * scale)
                    buffer += chunk
                    last = 0
                    for match in pattern.finditer(buffer):
                        last = match.end()
                        yield match
                    buffer = buffer[last:]
                    if not chunk:
                        return
                    if len(buffer) > _MAX_PIECE:
                        raise refusal(MSG_DAMAGED, self.file_name)
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise refusal(MSG_DAMAGED, self.file_name) from exc

    def _cells_at(
        self, row: bytes, number: bytes
    ) -> Iterator[tuple[int, bytes, bytes | None]] | None:
        """(column, type, inner xml) of the needed cells only, found by their reference
        ("E12") instead of reading every cell; None when the cells do not say where they are."""
        out = []
        for letters, col in self._letters:
            at = row.find(b'r="' + letters + number + b'"')
            if at < 0:
                continue
            start = row.rfind(b"<", 0, at)
            cell = _CELL.match(row, start) if start >= 0 else None
            if cell is None:
                return None
            kind = _TYPE.search(cell.group(1))
            out.append((col, kind.group(1) if kind else b"n", cell.group(2)))
        return iter(out) if out else None  # none found: perhaps no references, read them all

    def _cells(self, row: bytes) -> Iterator[tuple[int, bytes, bytes | None]]:
        """(column, type, inner xml) of every cell of a row."""
        position = -1
        for cell in _CELL.finditer(row):
            attrs = cell.group(1)
            ref = _REF.search(attrs)
            position = _column(ref.group(1)) if ref else position + 1
            kind = _TYPE.search(attrs)
            yield position, kind.group(1) if kind else b"n", cell.group(2)

    def _value(self, kind: bytes, inner: bytes | None, *, as_date: bool = False) -> object:
        if inner is None:
            return None
        if kind == b"inlineStr":
            return _text_of(inner)
        match = _VALUE.search(inner)
        if match is None:
            return None
        raw = match.group(1)
        if kind == b"s":
            return self._strings.get(int(raw))
        if kind == b"b":
            return raw.strip() == b"1"
        if kind in (b"str", b"e"):
            text = raw.decode("utf-8", errors="replace")
            return html.unescape(text) if "&" in text else text
        try:
            number = float(raw)
        except ValueError:
            return raw.decode("utf-8", errors="replace")
        if as_date:
            return _EXCEL_EPOCH + dt.timedelta(days=int(number))
        return int(number) if number.is_integer() else number

    def _row_values(self, row: bytes) -> dict[int, object]:
        return {col: self._value(kind, inner) for col, kind, inner in self._cells(row)}

    # ------------------------------------------------------------------ shared strings
    def _string_member(self) -> str | None:
        for name in ("xl/sharedStrings.xml", "xl/SharedStrings.xml"):
            if name in self._zip.NameToInfo:
                return name
        return None

    def _load_strings(self, wanted: bytearray | None) -> None:
        """Read the shared strings: all of them, or those whose bit is set in ``wanted``."""
        member = self._string_member()
        if member is None:
            return
        keep_all = wanted is None
        values: list[str] | dict[int, str] = [] if keep_all else {}
        limit = len(wanted) * 8 if wanted is not None else 0
        for index, match in enumerate(self._pieces(member, _SI, count_bytes=False)):
            if keep_all:
                assert isinstance(values, list)
                values.append(_text_of(match.group(1) or b""))
            else:
                assert wanted is not None and isinstance(values, dict)
                if index >= limit:
                    break
                if wanted[index >> 3] & (1 << (index & 7)):
                    values[index] = _text_of(match.group(1) or b"")
        self._strings.values = values

    def _mark(self, wanted: bytearray, row: bytes, columns: frozenset[int] | None) -> None:
        for col, kind, inner in self._cells(row):
            if kind == b"s" and inner is not None and (columns is None or col in columns):
                match = _VALUE.search(inner)
                if match is not None:
                    index = int(match.group(1))
                    byte = index >> 3
                    if byte >= len(wanted):
                        wanted.extend(bytes(byte - len(wanted) + 1024))
                    wanted[byte] |= 1 << (index & 7)

    # ------------------------------------------------------------------ header and kind
    def _first_rows(self, member: str) -> list[bytes]:
        rows = []
        for match in self._pieces(member, _ROW, count_bytes=False):
            rows.append(match.group(2) or b"")
            if len(rows) >= _HEADER_ROWS:
                break
        return rows

    def _header_index(self, row: bytes) -> FieldIndex | None:
        values = self._row_values(row)
        width = max(values, default=-1) + 1
        headers = ["" if values.get(i) is None else str(values.get(i)) for i in range(width)]
        index = FieldIndex.from_headers(headers)
        return index if index.kind() is not None and Field.ORGNR in index else None

    def _prepare(self) -> None:
        member = self._string_member()
        small = member is None or self._zip.NameToInfo[member].file_size <= _SMALL_STRINGS
        heads = {sheet: self._first_rows(sheet) for sheet in self._sheets}
        if small:
            self._load_strings(None)
        else:
            wanted = bytearray()
            for rows in heads.values():
                for row in rows:
                    self._mark(wanted, row, None)
            self._load_strings(wanted)
        found: tuple[int, FieldIndex] | None = None
        for number, row in enumerate(heads[self._sheets[0]]):
            index = self._header_index(row)
            if index is not None:
                found = (number, index)
                break
        if found is None:
            raise refusal(MSG_NOT_REGISTER, self.file_name)
        self._header_row, header = found
        kind = header.kind()
        assert kind is not None
        self.kind: RegisterKind = kind
        self.index = header.for_kind()
        self._columns = frozenset(self.index.positions.values())
        self._letters = [(_letters(col), col) for col in sorted(self._columns)]
        self._date_columns = frozenset(
            self.index.positions[f] for f in _DATE_FIELDS if f in self.index
        )
        if not small:
            wanted = bytearray()
            for sheet in self._sheets:
                for match in self._pieces(sheet, _ROW, count_bytes=False):
                    self._mark(wanted, match.group(2) or b"", self._columns)
            for rows in heads.values():
                for row in rows[:1]:
                    self._mark(wanted, row, None)
            self._load_strings(wanted)

    # ------------------------------------------------------------------ the reader protocol
    def rows(self) -> Iterator[Sequence[object]]:
        width = self.index.width()
        self._progress_in_member = 0
        for number, sheet in enumerate(self._sheets):
            skip = self._header_row if number == 0 else -1
            for row_number, match in enumerate(self._pieces(sheet, _ROW, count_bytes=True)):
                inner = match.group(2)
                if row_number <= skip or inner is None:
                    continue
                if row_number == 0 and number > 0 and self._continuation_header(inner):
                    continue  # the next sheet repeats the header
                values: list[object] = [""] * width
                filled = False
                reference = _ROW_NUMBER.search(match.group(1))
                cells = self._cells_at(inner, reference.group(1)) if reference else None
                for col, kind, cell in cells if cells is not None else self._cells(inner):
                    if col in self._columns:
                        value = self._value(kind, cell, as_date=col in self._date_columns)
                        if value is not None:
                            values[col] = value
                            filled = True
                if filled:
                    yield values
            self._consumed += self._zip.NameToInfo[sheet].compress_size
            self._progress_in_member = 0

    def _continuation_header(self, row: bytes) -> bool:
        index = self._header_index(row)
        if index is None:
            return False
        if index.kind() is not self.kind or index.for_kind().positions != self.index.positions:
            raise RefusedInputError(
                "Arkene i regnearket har ulike kolonner; last ned filen på nytt fra data.brreg.no.",
                file=self.file_name,
            )
        return True

    def position(self) -> int:
        return self._consumed + getattr(self, "_progress_in_member", 0)

    def close(self) -> None:
        self._zip.close()
