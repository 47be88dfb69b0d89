"""Enhetsregisteret's bulk files, read as a stream of rows: CSV, gzipped CSV, JSON, gzipped JSON
and XLSX (``brreg_xlsx``).

The format is decided by the file's content (gzip and zip signatures, then the first character
of the text), never by its name. A file is never read into memory whole: a national underenheter
file is ~60 MB compressed and several hundred megabytes of text. Rows come out as lists of cells
aligned with a ``FieldIndex`` (``core.register_records``), found by header **name**.

CSV: UTF-8 (Windows-1252 is accepted for a file saved again by Excel), comma or semicolon, every
cell quoted, free-text cells with real line breaks (the csv module keeps them in their cell).
JSON: one array of objects (the ``…/lastned`` download) or one object per line; nested objects
("beliggenhetsadresse": {"kommunenummer": "0301"}) are read by their dotted path.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Final, Literal, Protocol, cast

from kommunesamarbeid.core.errors import from_os_error
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.register_records import (
    Field,
    FieldIndex,
    RegisterKind,
)

__all__ = ["RegisterFormat", "RegisterReader", "open_register"]

RegisterFormat = Literal["csv", "csv.gz", "json", "json.gz", "xlsx"]

FORMAT_LABELS: Final[dict[str, str]] = {
    "csv": "CSV",
    "csv.gz": "CSV (gzip)",
    "json": "JSON",
    "json.gz": "JSON (gzip)",
    "xlsx": "Excel (xlsx)",
}

_GZIP_MAGIC: Final = b"\x1f\x8b"
_ZIP_MAGIC: Final = b"PK\x03\x04"
_TEXT_CHUNK: Final = 1 << 20
#: A single JSON object larger than this is not a register row: the file is refused.
_MAX_OBJECT_CHARS: Final = 8 << 20

MSG_NOT_REGISTER: Final = (
    "Filen ser ikke ut som en fil fra Enhetsregisteret: fant ingen kolonne for "
    "organisasjonsnummer og beliggenhetsadresse (underenheter) eller konkurs (enheter). Last ned "
    "totalbestanden av underenheter og enheter fra data.brreg.no (CSV, JSON eller regneark) og "
    "prøv igjen."
)
MSG_DAMAGED: Final = (
    "Filen er skadet eller ufullstendig (for eksempel avbrutt under nedlasting) og kan ikke leses "
    "ferdig. Last den ned på nytt og prøv igjen."
)

#: Where each field is in the JSON download (alternatives in order).
JSON_PATHS: Final[dict[Field, tuple[tuple[str, ...], ...]]] = {
    Field.ORGNR: (("organisasjonsnummer",),),
    Field.NAME: (("navn",),),
    Field.FORM: (("organisasjonsform", "kode"),),
    Field.CODE1: (("naeringskode1", "kode"),),
    Field.CODE2: (("naeringskode2", "kode"),),
    Field.CODE3: (("naeringskode3", "kode"),),
    Field.AUXILIARY: (("hjelpeenhetskode", "kode"),),
    Field.HAS_STAFF: (("harRegistrertAntallAnsatte",),),
    Field.EMPLOYEES: (("antallAnsatte",),),
    Field.LOCATION: (("beliggenhetsadresse", "kommunenummer"),),
    Field.SEAT: (("forretningsadresse", "kommunenummer"),),
    Field.PARENT: (("overordnetEnhet",),),
    Field.CLOSED: (("nedleggelsesdato",),),
    Field.REGISTERED: (
        ("registreringsdatoEnhetsregisteret",),
        ("registreringsdatoIEnhetsregisteret",),
        ("registreringsdatoenhetsregisteret",),
    ),
    Field.BANKRUPT: (("konkurs",),),
    Field.LIQUIDATING: (("underAvvikling",),),
    Field.DISSOLVING: (("underTvangsavviklingEllerTvangsopplosning",),),
    Field.MAALFORM: (("maalform",),),
}
_JSON_FIELDS: Final = tuple(JSON_PATHS)


class RegisterReader(Protocol):
    """One open register file: its kind, the field positions, and its rows."""

    file_name: str
    format: RegisterFormat
    kind: RegisterKind
    index: FieldIndex
    size: int

    def rows(self) -> Iterator[Sequence[object]]: ...

    def position(self) -> int:
        """Bytes of the file read so far (for progress)."""
        ...

    def close(self) -> None: ...


def refusal(message: str, file_name: str, *, row: int | None = None) -> RefusedInputError:
    return RefusedInputError(message, file=file_name, row=row)


def open_register(path: Path) -> RegisterReader:
    """The file opened for reading, its format and kind decided; refuses anything else."""
    file_name = path.name
    try:
        if path.is_dir():
            raise refusal("Dette er en mappe, ikke en fil.", file_name)
        raw = path.open("rb")
    except OSError as exc:
        raise from_os_error(exc, path, writing=False) from exc
    try:
        head = raw.read(4)
        raw.seek(0)
        size = path.stat().st_size
        if not head:
            raise refusal("Filen er tom (0 byte).", file_name)
        if head.startswith(_ZIP_MAGIC):
            raw.close()
            from kommunesamarbeid.fileio.brreg_xlsx import XlsxRegisterReader

            return XlsxRegisterReader(path)
        compressed = head.startswith(_GZIP_MAGIC)
        binary = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw)
        text = _text_stream(binary, file_name)
        first = _first_character(text, file_name)
        if first in "[{":
            return _JsonReader(file_name, raw, text, size, compressed)
        return _CsvReader(file_name, raw, text, size, compressed)
    except BaseException:
        raw.close()
        raise


def _text_stream(binary: IO[bytes], file_name: str) -> io.TextIOWrapper:
    """UTF-8 text (a BOM is skipped); Windows-1252 when the start is not UTF-8."""
    try:
        sample = binary.peek(64 * 1024)[: 64 * 1024] if hasattr(binary, "peek") else b""
    except (OSError, EOFError, zlib.error) as exc:
        raise refusal(MSG_DAMAGED, file_name) from exc
    encoding = "utf-8-sig"
    if sample:
        if b"\x00" in sample:
            raise refusal(MSG_NOT_REGISTER, file_name)
        try:
            codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        except UnicodeDecodeError:
            encoding = "cp1252"
    return io.TextIOWrapper(binary, encoding=encoding, newline="")


def _first_character(text: io.TextIOWrapper, file_name: str) -> str:
    try:
        start = text.read(1)
        while start and start.isspace():
            start = text.read(1)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        raise refusal(MSG_DAMAGED, file_name) from exc
    if not start:
        raise refusal("Filen er tom.", file_name)
    text.seek(0)
    return start


class _Base:
    format: RegisterFormat
    kind: RegisterKind
    index: FieldIndex

    def __init__(
        self, file_name: str, raw: IO[bytes], text: io.TextIOWrapper, size: int, compressed: bool
    ) -> None:
        self.file_name = file_name
        self._raw = raw
        self._text = text
        self.size = size
        self._compressed = compressed

    def position(self) -> int:
        try:
            return self._raw.tell()
        except (OSError, ValueError):
            return 0

    def close(self) -> None:
        self._text.close()
        self._raw.close()

    def _damaged(self, exc: BaseException, row: int | None = None) -> RefusedInputError:
        return refusal(MSG_DAMAGED, self.file_name, row=row)


class _CsvReader(_Base):
    def __init__(
        self, file_name: str, raw: IO[bytes], text: io.TextIOWrapper, size: int, compressed: bool
    ) -> None:
        super().__init__(file_name, raw, text, size, compressed)
        self.format = "csv.gz" if compressed else "csv"
        try:
            header_line = text.readline()
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
            raise self._damaged(exc) from exc
        self._delimiter = ";" if header_line.count(";") > header_line.count(",") else ","
        headers = next(csv.reader([header_line], delimiter=self._delimiter), [])
        found = FieldIndex.from_headers([h.strip() for h in headers])
        kind = found.kind()
        if kind is None or Field.ORGNR not in found:
            raise refusal(MSG_NOT_REGISTER, file_name)
        self.kind = kind
        self.index = found.for_kind()

    def rows(self) -> Iterator[Sequence[object]]:
        reader = csv.reader(self._text, delimiter=self._delimiter)
        width = self.index.width()
        try:
            for row in reader:
                if len(row) >= width:
                    yield row
                elif row and any(row):
                    yield row + [""] * (width - len(row))
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, csv.Error) as exc:
            raise self._damaged(exc, reader.line_num) from exc


def _path_value(obj: dict[str, Any], paths: tuple[tuple[str, ...], ...]) -> object:
    for path in paths:
        value: Any = obj
        for key in path:
            if not isinstance(value, dict):
                value = None
                break
            value = value.get(key)
        if value is not None:
            return value
    return None


def _flat_keys(obj: dict[str, Any], prefix: str = "") -> list[str]:
    keys: list[str] = []
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            keys.extend(_flat_keys(value, name + "."))
        else:
            keys.append(name)
    return keys


class _JsonReader(_Base):
    def __init__(
        self, file_name: str, raw: IO[bytes], text: io.TextIOWrapper, size: int, compressed: bool
    ) -> None:
        super().__init__(file_name, raw, text, size, compressed)
        self.format = "json.gz" if compressed else "json"
        self._decoder = json.JSONDecoder()
        self._objects = self._iter_objects()
        first = next(self._objects, None)
        if first is None:
            raise refusal("Filen har ingen enheter.", file_name)
        kind = FieldIndex.from_headers(_flat_keys(first)).kind()
        if kind is None or "organisasjonsnummer" not in first:
            raise refusal(MSG_NOT_REGISTER, file_name)
        self.kind = kind
        self.index = FieldIndex({f: i for i, f in enumerate(_JSON_FIELDS)})
        self._first: dict[str, Any] | None = first

    def _iter_objects(self) -> Iterator[dict[str, Any]]:
        buffer = ""
        pos = 0
        done = False
        count = 0
        while True:
            # skip separators between objects: whitespace, the array's brackets and commas
            while pos < len(buffer) and buffer[pos] in " \t\r\n,[]":
                pos += 1
            if pos >= len(buffer) or len(buffer) - pos < 2:
                if done:
                    if buffer[pos:].strip():
                        raise refusal(MSG_DAMAGED, self.file_name, row=count + 1)
                    return
                chunk = self._read()
                buffer = buffer[pos:] + chunk
                pos = 0
                done = not chunk
                continue
            try:
                obj, end = self._decoder.raw_decode(buffer, pos)
            except json.JSONDecodeError:
                if done:
                    raise refusal(MSG_DAMAGED, self.file_name, row=count + 1) from None
                if len(buffer) - pos > _MAX_OBJECT_CHARS:
                    raise refusal(MSG_DAMAGED, self.file_name, row=count + 1) from None
                chunk = self._read()
                buffer = buffer[pos:] + chunk
                pos = 0
                done = not chunk
                continue
            if not isinstance(obj, dict):
                raise refusal(MSG_NOT_REGISTER, self.file_name, row=count + 1)
            count += 1
            pos = end
            yield obj

    def _read(self) -> str:
        try:
            return self._text.read(_TEXT_CHUNK)
        except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
            raise self._damaged(exc) from exc

    def rows(self) -> Iterator[Sequence[object]]:
        if self._first is not None:
            first, self._first = self._first, None
            yield [_path_value(first, JSON_PATHS[f]) for f in _JSON_FIELDS]
        for obj in self._objects:
            yield [_path_value(obj, JSON_PATHS[f]) for f in _JSON_FIELDS]
