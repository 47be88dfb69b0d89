"""Deciding what a file really is, by its content, before any parser sees it.

The extension is only a hint: an .xlsx may be a PDF, an old .xls, a password-protected workbook
or a damaged download. Everything here works on the file's bytes and refuses with a Norwegian
``RefusedInputError`` that names the file and says what the user can do about it.

Also here: the limits that keep hostile files (zip bombs, huge central directories) from
exhausting memory or time, and the shared helper that turns an exception into a refusal.
"""

from __future__ import annotations

import io
import struct
import zipfile
from typing import Final, Literal

from kommunesamarbeid.core.problems import RefusedInputError

FileKind = Literal["xlsx", "xlsm", "csv"]

#: Largest file read at all (the whole file is read into memory once, for the hash and parsing).
MAX_FILE_BYTES: Final = 200 * 1024 * 1024
#: Zip-bomb guard: total declared uncompressed size of all members.
MAX_ZIP_TOTAL_BYTES: Final = 500 * 1024 * 1024
#: Zip-bomb guard: declared uncompressed size of one member.
MAX_ZIP_MEMBER_BYTES: Final = 200 * 1024 * 1024
#: Zip-bomb guard: a member this large (uncompressed) may not be compressed more than MAX_ZIP_RATIO.
ZIP_RATIO_MIN_BYTES: Final = 10 * 1024 * 1024
MAX_ZIP_RATIO: Final = 200
#: Zip-bomb guard: number of members, and size of the central directory (checked before zipfile
#: builds one ZipInfo object per entry).
MAX_ZIP_MEMBERS: Final = 10_000
MAX_ZIP_CENTRAL_DIRECTORY_BYTES: Final = 16 * 1024 * 1024

#: Cells kept in memory for one file (each row's list runs to its last non-empty cell).
MAX_CELLS: Final = 10_000_000

CFB_MAGIC: Final = bytes.fromhex("D0CF11E0A1B11AE1")
ZIP_MAGICS: Final = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
ODS_MIMETYPE: Final = b"application/vnd.oasis.opendocument.spreadsheet"

CSV_EXTENSIONS: Final = frozenset({".csv", ".txt", ".tsv"})
EXCEL_EXTENSIONS: Final = frozenset(
    {".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".xlt", ".ods"}
)

SAVE_AS_XLSX: Final = "Fil → Lagre som → Excel-arbeidsbok (*.xlsx)"

MSG_EMPTY: Final = "Filen er tom (0 byte) og kan ikke leses."
MSG_NOT_SPREADSHEET: Final = (
    "Filen er ikke et regneark som kan leses, eller den er skadet. Åpne den i Excel og lagre "
    f"den på nytt ({SAVE_AS_XLSX}), eller bruk en CSV-fil."
)
MSG_DAMAGED: Final = (
    "Filen er skadet eller ufullstendig (for eksempel avbrutt under kopiering eller nedlasting) "
    "og kan ikke leses. Hent eller lagre filen på nytt og prøv igjen."
)
MSG_ENCRYPTED: Final = (
    "Arbeidsboken er passordbeskyttet (kryptert) og kan ikke leses. Åpne den i Excel med "
    "passordet, velg Fil → Info → Beskytt arbeidsbok → Krypter med passord, slett passordet, "
    "lagre filen, og importer den på nytt."
)
MSG_XLS: Final = (
    "Filen er i det gamle Excel-formatet (.xls), som ikke kan leses. Åpne den i Excel og velg "
    f"{SAVE_AS_XLSX}, og importer den nye filen."
)
MSG_OLD_OFFICE: Final = (
    "Filen er i et eldre Office-format (ikke .xlsx) og kan ikke leses. Er det et regneark, "
    f"åpner du det i Excel og velger {SAVE_AS_XLSX}."
)
MSG_ODS: Final = (
    "Filen er et OpenDocument-regneark (.ods), som ikke kan leses. Åpne den i LibreOffice Calc "
    "og velg Fil → Lagre som → filtype «Excel 2007-365 (.xlsx)», eller i Excel: "
    f"{SAVE_AS_XLSX}. Importer så den nye filen."
)
MSG_XLSB: Final = (
    "Filen er en binær Excel-arbeidsbok (.xlsb), som ikke kan leses. Åpne den i Excel og velg "
    f"{SAVE_AS_XLSX}."
)
MSG_PDF: Final = (
    "Filen er en PDF, ikke et regneark. Bruk planen som Excel-arbeidsbok (.xlsx) eller CSV-fil."
)
MSG_MARKUP_WITH_EXCEL_NAME: Final = (
    "Filen har et Excel-navn, men er egentlig en HTML- eller XML-fil (typisk eksport fra et "
    f"annet system). Åpne den i Excel og velg {SAVE_AS_XLSX}."
)
MSG_TEXT_WITH_EXCEL_NAME: Final = (
    "Filen har et Excel-navn, men inneholder ren tekst. Er det en CSV-fil, gir du den "
    f"endelsen .csv; ellers åpner du den i Excel og velger {SAVE_AS_XLSX}."
)
MSG_OTHER_ZIP: Final = (
    "Filen er en zip-fil, men ikke en Excel-arbeidsbok (den mangler arbeidsbokdelen). "
    f"Åpne planen i Excel og velg {SAVE_AS_XLSX}."
)
MSG_ZIP_BOMB: Final = (
    "Filen er avvist av sikkerhetshensyn: den pakker seg ut til unormalt mye data ({detail}). "
    f"En anskaffelsesplan er langt mindre. Åpne filen i Excel, velg {SAVE_AS_XLSX}, og prøv "
    "igjen."
)


def mb(size: int) -> str:
    """A byte count as whole megabytes for messages: «512 MB»."""
    return f"{round(size / (1024 * 1024)):,} MB".replace(",", " ")


def too_many_cells(file_name: str, limit: int, *, sheet: str | None = None) -> RefusedInputError:
    count = f"{limit:,}".replace(",", " ")
    return refusal(
        f"Filen har mer enn {count} celler med innhold, og det er for mye for en "
        "anskaffelsesplan. Fjern overflødige ark, rader og kolonner og prøv igjen.",
        file_name,
        sheet=sheet,
    )


def refusal(
    message: str, file_name: str, exc: BaseException | None = None, *, sheet: str | None = None
) -> RefusedInputError:
    """A refusal naming the file; the technical cause, if any, goes in parentheses at the end."""
    if exc is not None:
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        detail = " ".join(detail.split())
        if len(detail) > 160:
            detail = detail[:159] + "…"
        message = f"{message} (teknisk: {detail})"
    return RefusedInputError(message, file=file_name, sheet=sheet)


def detect_kind(data: bytes, file_name: str) -> FileKind:
    """What the file is, judged by its content; refuses anything that is not xlsx/xlsm/CSV."""
    if not data:
        raise refusal(MSG_EMPTY, file_name)
    suffix = _suffix(file_name)
    head = data[:8]
    if head.startswith(ZIP_MAGICS):
        return _zip_kind(data, file_name)
    if head == CFB_MAGIC:
        names = cfb_stream_names(data)
        if "EncryptedPackage" in names:
            raise refusal(MSG_ENCRYPTED, file_name)
        if "Workbook" in names or "Book" in names or suffix in {".xls", ".xlt"}:
            raise refusal(MSG_XLS, file_name)
        raise refusal(MSG_OLD_OFFICE, file_name)
    if head.startswith(b"%PDF"):
        raise refusal(MSG_PDF, file_name)
    if suffix in CSV_EXTENSIONS:
        return "csv"
    if suffix in EXCEL_EXTENSIONS:
        if _looks_like_markup(data):
            raise refusal(MSG_MARKUP_WITH_EXCEL_NAME, file_name)
        if _looks_like_text(data):
            raise refusal(MSG_TEXT_WITH_EXCEL_NAME, file_name)
        raise refusal(MSG_NOT_SPREADSHEET, file_name)
    shown = suffix or "(ingen filendelse)"
    raise refusal(
        f"Filtypen «{shown}» støttes ikke. Bruk en Excel-arbeidsbok (.xlsx eller .xlsm) eller en "
        "CSV-fil (.csv).",
        file_name,
    )


def open_zip(data: bytes, file_name: str) -> zipfile.ZipFile:
    """Open the bytes as a zip after the zip-bomb checks; refuses damaged or hostile archives."""
    check_central_directory(data, file_name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise refusal(MSG_DAMAGED, file_name, exc) from exc
    try:
        check_zip_limits(archive.infolist(), file_name)
    except BaseException:
        archive.close()
        raise
    return archive


def check_central_directory(data: bytes, file_name: str) -> None:
    """Refuse a zip whose end record declares too many members or a huge central directory.

    Runs before ``zipfile`` reads the directory (it builds an object per entry). If no end record
    is found, nothing is decided here: ``zipfile`` then refuses the file as damaged.
    """
    tail_start = max(0, len(data) - (22 + 65_535))
    pos = data.rfind(b"PK\x05\x06", tail_start)
    if pos < 0 or pos + 22 > len(data):
        return
    entries, cd_size = struct.unpack_from("<HI", data, pos + 10)
    if entries == 0xFFFF or cd_size == 0xFFFFFFFF:
        locator = pos - 20
        if locator >= 0 and data[locator : locator + 4] == b"PK\x06\x07":
            (zip64_offset,) = struct.unpack_from("<Q", data, locator + 8)
            if 0 <= zip64_offset <= len(data) - 56 and data[zip64_offset : zip64_offset + 4] == (
                b"PK\x06\x06"
            ):
                entries, cd_size = struct.unpack_from("<QQ", data, zip64_offset + 32)
    if entries > MAX_ZIP_MEMBERS:
        raise refusal(MSG_ZIP_BOMB.format(detail=f"{entries} deler i zip-filen"), file_name)
    if cd_size > MAX_ZIP_CENTRAL_DIRECTORY_BYTES:
        raise refusal(
            MSG_ZIP_BOMB.format(detail=f"innholdsfortegnelse på {mb(cd_size)}"), file_name
        )


def check_zip_limits(infos: list[zipfile.ZipInfo], file_name: str) -> None:
    """The zip-bomb guard on declared sizes (``ZipExtFile`` never yields more than declared)."""
    if len(infos) > MAX_ZIP_MEMBERS:
        raise refusal(MSG_ZIP_BOMB.format(detail=f"{len(infos)} deler i zip-filen"), file_name)
    total = 0
    for info in infos:
        size = info.file_size
        total += size
        if size > MAX_ZIP_MEMBER_BYTES:
            raise refusal(
                MSG_ZIP_BOMB.format(detail=f"delen «{info.filename}» er {mb(size)} utpakket"),
                file_name,
            )
        if size > ZIP_RATIO_MIN_BYTES and size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise refusal(
                MSG_ZIP_BOMB.format(
                    detail=f"delen «{info.filename}» er komprimert {ratio}:1 til {mb(size)}"
                ),
                file_name,
            )
    if total > MAX_ZIP_TOTAL_BYTES:
        raise refusal(MSG_ZIP_BOMB.format(detail=f"{mb(total)} utpakket i alt"), file_name)


def zip_spreadsheet_kind(archive: zipfile.ZipFile, file_name: str) -> FileKind:
    """xlsx or xlsm for an Excel package; refuses .ods, .xlsb and other zips."""
    names = set(archive.namelist())
    if "mimetype" in names:
        try:
            with archive.open("mimetype") as member:
                mimetype = member.read(200).strip()
        except Exception as exc:
            raise refusal(MSG_DAMAGED, file_name, exc) from exc
        if mimetype.startswith(ODS_MIMETYPE):
            raise refusal(MSG_ODS, file_name)
        if mimetype.startswith(b"application/vnd.oasis.opendocument"):
            raise refusal(MSG_NOT_SPREADSHEET, file_name)
    if "xl/workbook.bin" in names:
        raise refusal(MSG_XLSB, file_name)
    content_types = b""
    if "[Content_Types].xml" in names:
        try:
            with archive.open("[Content_Types].xml") as member:
                content_types = member.read(1024 * 1024)
        except Exception as exc:
            raise refusal(MSG_DAMAGED, file_name, exc) from exc
    is_workbook = "xl/workbook.xml" in names or b"spreadsheetml.sheet.main" in content_types
    if not is_workbook and b"ms-excel.sheet.macroEnabled.main" not in content_types:
        raise refusal(MSG_OTHER_ZIP, file_name)
    if (
        b"macroEnabled" in content_types
        or "xl/vbaProject.bin" in names
        or _suffix(file_name) in {".xlsm", ".xltm"}
    ):
        return "xlsm"
    return "xlsx"


def _zip_kind(data: bytes, file_name: str) -> FileKind:
    with open_zip(data, file_name) as archive:
        return zip_spreadsheet_kind(archive, file_name)


def cfb_stream_names(data: bytes) -> set[str]:
    """Names of the streams and storages in an OLE/CFB container (the old Office format).

    Reads the header, follows the FAT chain of the directory, and decodes the 128-byte directory
    entries (UTF-16LE names). If the structure is broken, falls back to searching the bytes for
    the few names that matter, so a damaged container is still classified.
    """
    try:
        return _cfb_directory_names(data)
    except (struct.error, ValueError, IndexError):
        found: set[str] = set()
        window = data[: 16 * 1024 * 1024]
        for name in ("EncryptedPackage", "EncryptionInfo", "Workbook", "Book"):
            if name.encode("utf-16-le") + b"\x00\x00" in window:
                found.add(name)
        return found


_CFB_FREE: Final = 0xFFFFFFFF
_CFB_END_OF_CHAIN: Final = 0xFFFFFFFE
_CFB_MAX_DIRECTORY_SECTORS: Final = 4096


def _cfb_directory_names(data: bytes) -> set[str]:
    if len(data) < 512 or data[:8] != CFB_MAGIC:
        raise ValueError("ikke en CFB-fil")
    (sector_shift,) = struct.unpack_from("<H", data, 30)
    if sector_shift not in (9, 12):
        raise ValueError("ugyldig sektorstørrelse")
    sector_size: int = 1 << int(sector_shift)
    (first_dir_sector,) = struct.unpack_from("<I", data, 48)
    (first_difat_sector, difat_count) = struct.unpack_from("<II", data, 68)
    fat_sectors = list(struct.unpack_from("<109I", data, 76))
    entries_per_sector = sector_size // 4

    def sector_offset(sector: int) -> int:
        offset = (sector + 1) * sector_size
        if offset >= len(data):
            raise ValueError("sektor utenfor filen")
        return offset

    # The DIFAT continues in a chain of sectors when the header's 109 slots are not enough.
    difat_sector = first_difat_sector
    for _ in range(min(difat_count, 1024)):
        if difat_sector in (_CFB_FREE, _CFB_END_OF_CHAIN):
            break
        base = sector_offset(difat_sector)
        values = struct.unpack_from(f"<{entries_per_sector}I", data, base)
        fat_sectors.extend(values[:-1])
        difat_sector = values[-1]

    def next_sector(sector: int) -> int:
        fat_index, slot = divmod(sector, entries_per_sector)
        fat_sector = fat_sectors[fat_index]
        if fat_sector in (_CFB_FREE, _CFB_END_OF_CHAIN):
            raise ValueError("mangler FAT-sektor")
        (value,) = struct.unpack_from("<I", data, sector_offset(fat_sector) + slot * 4)
        return int(value)

    names: set[str] = set()
    sector = first_dir_sector
    seen: set[int] = set()
    while sector != _CFB_END_OF_CHAIN:
        if sector in seen or len(seen) >= _CFB_MAX_DIRECTORY_SECTORS:
            raise ValueError("løkke i katalogkjeden")
        seen.add(sector)
        base = sector_offset(sector)
        for entry in range(sector_size // 128):
            start = base + entry * 128
            if start + 128 > len(data):
                break
            (name_length,) = struct.unpack_from("<H", data, start + 64)
            object_type = data[start + 66]
            if object_type in (1, 2, 5) and 2 <= name_length <= 64:
                raw_name = data[start : start + name_length - 2]
                names.add(raw_name.decode("utf-16-le", errors="replace"))
        sector = next_sector(sector)
    return names


def _suffix(file_name: str) -> str:
    dot = file_name.rfind(".")
    return file_name[dot:].lower() if dot > 0 else ""


def _looks_like_markup(data: bytes) -> bool:
    start = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<?xml", b"<html", b"<!doctype", b"<table", b"<meta"))


def _looks_like_text(data: bytes) -> bool:
    sample = data[:65_536]
    return not looks_binary(sample)


def looks_binary(sample: bytes) -> bool:
    """True for content that is not text: NUL bytes, or more than 2 % control characters."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.02


_CONTROL_BYTES: Final = bytes([*(b for b in range(32) if b not in (9, 10, 12, 13)), 127])
