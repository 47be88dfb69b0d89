"""The entry point for reading a plan file: ``read_workbook(path)`` and ``list_sheet_names(path)``.

The format is decided by the file's content (``sniff.detect_kind``), not by its name alone; the
result is plain ``core.sheet`` data. Whatever goes wrong, the caller gets either a ``Workbook``
or a ``RefusedInputError`` with a Norwegian message naming the file, never a raw exception.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Final

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.sheet import Workbook
from kommunesamarbeid.fileio.csvfile import decode, read_csv
from kommunesamarbeid.fileio.sniff import (
    MAX_FILE_BYTES,
    MSG_NOT_SPREADSHEET,
    detect_kind,
    mb,
    refusal,
)
from kommunesamarbeid.fileio.xlsx import MSG_MEMORY, read_xlsx, xlsx_sheet_names

#: Default limit on non-empty rows per sheet (more is refused: no plan is that long).
DEFAULT_MAX_ROWS: Final = 200_000


def read_workbook(path: Path, *, max_rows: int = DEFAULT_MAX_ROWS) -> Workbook:
    """Read an .xlsx/.xlsm/.csv file into a ``Workbook`` (all sheets, in workbook order).

    Raises ``RefusedInputError`` for anything that cannot be read safely: other formats (old
    .xls, .ods, password-protected workbooks, PDFs), damaged files, zip bombs, XML entity
    expansion, and sheets with more than ``max_rows`` non-empty rows.
    """
    file_name = path.name
    data = _read_bytes(path)
    sha256 = hashlib.sha256(data).hexdigest()
    try:
        kind = detect_kind(data, file_name)
        if kind == "csv":
            return read_csv(data, file_name, sha256=sha256, max_rows=max_rows)
        return read_xlsx(data, file_name, kind=kind, sha256=sha256, max_rows=max_rows)
    except RefusedInputError:
        raise
    except MemoryError:
        raise refusal(MSG_MEMORY, file_name) from None
    except Exception as exc:  # last resort: the promise is "never a raw exception"
        raise refusal(MSG_NOT_SPREADSHEET, file_name, exc) from exc


def list_sheet_names(path: Path) -> list[str]:
    """The sheet names of a workbook, in order, without reading the sheets; [] for a CSV file."""
    file_name = path.name
    data = _read_bytes(path)
    try:
        kind = detect_kind(data, file_name)
        if kind == "csv":
            decode(data, file_name)  # refuses binary content, as read_workbook would
            return []
        return xlsx_sheet_names(data, file_name)
    except RefusedInputError:
        raise
    except MemoryError:
        raise refusal(MSG_MEMORY, file_name) from None
    except Exception as exc:
        raise refusal(MSG_NOT_SPREADSHEET, file_name, exc) from exc


def _read_bytes(path: Path) -> bytes:
    """The whole file (so the hash and the parse see the same bytes), within the size limit."""
    file_name = path.name
    try:
        if path.is_dir():
            raise refusal("Dette er en mappe, ikke en fil.", file_name)
        size = path.stat().st_size
        if size <= MAX_FILE_BYTES:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown meanwhile
            size = len(data)
            if size <= MAX_FILE_BYTES:
                return data
        raise refusal(
            f"Filen er for stor ({mb(size)}). Største fil som kan leses, er "
            f"{mb(MAX_FILE_BYTES)}; en anskaffelsesplan er vanligvis langt mindre.",
            file_name,
        )
    except RefusedInputError:
        raise
    except FileNotFoundError:
        raise refusal(
            "Filen finnes ikke (den kan være flyttet eller slettet).", file_name
        ) from None
    except PermissionError:
        raise refusal(
            "Filen kan ikke åpnes: du mangler tilgang, eller den er låst av et annet program. "
            "Lukk den i Excel og prøv igjen.",
            file_name,
        ) from None
    except OSError as exc:
        raise refusal("Filen kan ikke leses fra disken.", file_name, exc) from exc
