"""Use cases: load Enhetsregisteret's bulk files, and count the local suppliers of a CPV code.

Loading streams each file (``fileio.brreg``) into the database: SQLite gets ``executemany`` in
large batches, PostgreSQL ``COPY`` (batches of ``INSERT`` where row-level security applies: a
coordinator on a secured server). A load replaces the stored data of the kinds it brings
(underenheter, enheter) in **one** transaction: cancelled or refused, nothing has changed. The
data date (the newest registration date in a file, unless given) and the NLOD attribution are
stored with it and shown under every count.

Counting takes the industry codes of the curated CPV table (``core.supplier_mapping``), and per
municipality counts the underenheter located there (``beliggenhetsadresse``) whose main industry
code (næringskode 1) is one of them and whose parent is neither bankrupt nor in liquidation.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, cast

from sqlalchemy import Connection, Table, and_, case, delete, func, or_, select, text
from sqlalchemy.exc import IntegrityError

from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.local_market import (
    NLOD_ATTRIBUTION,
    MarketCounts,
    RegisterInfo,
)
from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.core.register_records import (
    EXPECTED,
    FIELD_LABELS,
    REQUIRED,
    Field,
    RegisterKind,
    parent_record,
    parse_register_date,
    unit_record,
)
from kommunesamarbeid.core.supplier_mapping import (
    CpvIndustryMap,
    IndustryCode,
    merged_ranges,
    parse_mapping,
)
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.locks import LockSpace, advisory_lock
from kommunesamarbeid.db.models import (
    AuditEntry,
    SupplierCount,
    SupplierParent,
    SupplierRegisterLoad,
    SupplierUnit,
)
from kommunesamarbeid.fileio.brreg import FORMAT_LABELS, RegisterReader, open_register
from kommunesamarbeid.paths import data_dir, resource_path
from kommunesamarbeid.services.context import Actor, require_coordinator
from kommunesamarbeid.services.import_plan import ImportCancelled

__all__ = [
    "LoadReport",
    "LoadedFile",
    "SupplierLoadCancelled",
    "count_by_place",
    "industry_map",
    "load_register",
    "register_info",
]

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], bool]

#: Rows per executemany batch (SQLite) and between progress reports.
BATCH: Final = 20_000
MAPPING_FILE: Final = "cpv_sn2025.csv"
CANCELLED: Final = "Innlastingen av Enhetsregisteret ble avbrutt. Ingenting er endret."

KIND_LABELS: Final = {RegisterKind.UNITS: "underenheter", RegisterKind.PARENTS: "enheter"}
EXCLUSION_LABELS: Final = {
    "aafy": "underenheter av ikke-næringsdrivende (AAFY)",
    "closed": "nedlagte enheter",
    "auxiliary": "hjelpeenheter (hovedkontortjenester)",
    "no_municipality": "uten beliggenhet i en norsk kommune",
    "invalid": "uten gyldig organisasjonsnummer",
}

_UNIT_COLUMNS: Final[tuple[str, ...]] = (
    "orgnr",
    "parent_orgnr",
    "municipality",
    "industry1",
    "industry2",
    "industry3",
    "has_staff",
    "employees",
)
_PARENT_COLUMNS: Final[tuple[str, ...]] = (
    "orgnr",
    "legal_form",
    "bankrupt",
    "liquidating",
    "municipality",
    "maalform",
    "name",
)


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


class SupplierLoadCancelled(ImportCancelled):
    """The user stopped the load; nothing was changed."""


# ------------------------------------------------------------------------------ mapping


@functools.cache
def _mapping_from(path: str, mtime: float) -> CpvIndustryMap:
    text = Path(path).read_text(encoding="utf-8-sig")
    try:
        return parse_mapping(text)
    except ValueError as exc:
        raise RefusedInputError(f"{exc}", file=Path(path).name) from None


def mapping_path() -> Path:
    """The user's own table in the data folder when there is one, else the shipped table."""
    own = data_dir() / MAPPING_FILE
    return own if own.is_file() else resource_path("suppliers", MAPPING_FILE)


def industry_map() -> CpvIndustryMap:
    """The curated CPV → SN2025 table (read again when the file changes)."""
    path = mapping_path()
    return _mapping_from(str(path), path.stat().st_mtime)


# ------------------------------------------------------------------------------ loading


@dataclass(slots=True)
class LoadedFile:
    file: str
    kind: str
    format: str
    rows_read: int = 0
    rows_stored: int = 0
    excluded: dict[str, int] = field(default_factory=dict)
    data_date: dt.date | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "format": self.format,
            "rows_read": self.rows_read,
            "rows_stored": self.rows_stored,
            "excluded": dict(self.excluded),
            "data_date": self.data_date.isoformat() if self.data_date else None,
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class LoadReport:
    files: list[LoadedFile] = field(default_factory=list)
    seconds: float = 0.0
    register: RegisterInfo = field(default_factory=RegisterInfo)

    def to_json(self) -> dict[str, Any]:
        info = self.register
        return {
            "files": [f.to_json() for f in self.files],
            "source_date": info.source_date.isoformat() if info.source_date else None,
            "units": info.units,
            "parents": info.parents,
            "attribution": info.attribution,
            "seconds": round(self.seconds, 1),
        }


def _check_columns(reader: RegisterReader) -> list[str]:
    missing = reader.index.missing(REQUIRED[reader.kind])
    if missing:
        names = ", ".join(FIELD_LABELS.get(f, f.value) for f in missing)
        raise RefusedInputError(
            f"Filen mangler kolonnene {names}, som tellingen trenger. Last ned totalbestanden "
            "på nytt fra data.brreg.no.",
            file=reader.file_name,
        )
    return [
        f"Kolonnen {FIELD_LABELS.get(f, f.value)} mangler; tallene blir mindre presise."
        for f in reader.index.missing(EXPECTED[reader.kind])
    ]


class _Rows:
    """The rows of one file as database tuples, counting what is left out and the newest date."""

    def __init__(
        self,
        reader: RegisterReader,
        report: LoadedFile,
        progress: Callable[[int, int], None],
    ) -> None:
        self.reader = reader
        self.report = report
        self.progress = progress
        self.excluded: Counter[str] = Counter()
        self.newest = ""
        self.newest_date: dt.date | None = None
        self.today = dt.date.today()

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        reader, index = self.reader, self.reader.index
        make = unit_record if reader.kind is RegisterKind.UNITS else parent_record
        date_at = index.positions.get(Field.REGISTERED)
        read = 0
        stored = 0
        today_text = self.today.isoformat()
        self.progress(0, reader.position())
        for row in reader.rows():
            read += 1
            record = make(row, index)
            if isinstance(record, str):
                self.excluded[record] += 1
            else:
                stored += 1
                yield record
            if date_at is not None and date_at < len(row):
                value = row[date_at]
                if isinstance(value, str) and len(value) == 10 and value[4] == "-":
                    if self.newest < value <= today_text:
                        self.newest = value
                else:
                    parsed = parse_register_date(value)
                    if parsed is not None and parsed <= self.today:
                        self.newest_date = max(self.newest_date or parsed, parsed)
            if read % BATCH == 0:
                self.progress(read, reader.position())
        self.progress(read, reader.size)
        self.report.rows_read = read
        self.report.rows_stored = stored
        self.report.excluded = dict(sorted(self.excluded.items()))

    def data_date(self) -> dt.date | None:
        found = parse_register_date(self.newest) if self.newest else None
        candidates = [d for d in (found, self.newest_date) if d is not None]
        return max(candidates) if candidates else None


def _write_inserts(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Any]
) -> None:
    """``executemany`` in large batches: SQLite, and PostgreSQL where ``COPY`` may not be used."""
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            conn.exec_driver_sql(sql, batch)
            batch.clear()
    if batch:
        conn.exec_driver_sql(sql, batch)


def _write_postgres(
    conn: Connection, table: str, columns: Sequence[str], rows: Iterable[Any]
) -> None:
    raw = conn.connection.driver_connection
    assert raw is not None
    with (
        raw.cursor() as cursor,
        cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def _may_copy(conn: Connection, table: str) -> bool:
    """PostgreSQL's ``COPY`` is the fast way in, but it is not allowed where row-level security
    applies: a coordinator's login on a secured server inserts in batches instead."""
    if conn.dialect.name != "postgresql":
        return False
    return not conn.scalar(text("SELECT row_security_active(:t)"), {"t": table})


def _load_one(
    conn: Connection,
    actor: Actor,
    reader: RegisterReader,
    data_date: dt.date | None,
    progress: Callable[[int, int], None],
) -> LoadedFile:
    report = LoadedFile(reader.file_name, reader.kind.value, FORMAT_LABELS.get(reader.format, ""))
    report.warnings = _check_columns(reader)
    if reader.kind is RegisterKind.UNITS:
        table, columns = _table(SupplierUnit), _UNIT_COLUMNS
    else:
        table, columns = _table(SupplierParent), _PARENT_COLUMNS
    conn.execute(delete(table))
    conn.execute(delete(SupplierRegisterLoad).where(SupplierRegisterLoad.kind == reader.kind.value))
    rows = _Rows(reader, report, progress)
    write = _write_postgres if _may_copy(conn, table.name) else _write_inserts
    try:
        write(conn, table.name, columns, rows)
    except IntegrityError as exc:
        raise _duplicate(reader) from exc
    except Exception as exc:
        if getattr(exc, "sqlstate", None) == "23505":  # psycopg: unique violation in COPY
            raise _duplicate(reader) from exc
        raise
    if not report.rows_stored:
        raise RefusedInputError(
            "Filen har ingen enheter som kan telles (alle radene mangler organisasjonsnummer, "
            "er nedlagt eller mangler kommune).",
            file=reader.file_name,
        )
    report.data_date = data_date or rows.data_date()
    conn.execute(
        _table(SupplierRegisterLoad)
        .insert()
        .values(
            kind=reader.kind.value,
            file_name=reader.file_name[:500],
            file_format=reader.format,
            data_date=report.data_date,
            loaded_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            loaded_by=actor.user,
            rows_read=report.rows_read,
            rows_stored=report.rows_stored,
            excluded=report.excluded,
            attribution=NLOD_ATTRIBUTION,
        )
    )
    return report


def _duplicate(reader: RegisterReader) -> RefusedInputError:
    return RefusedInputError(
        "Filen har samme organisasjonsnummer mer enn én gang og er trolig skadet. Last den ned "
        "på nytt fra data.brreg.no.",
        file=reader.file_name,
    )


def load_register(
    db: Database,
    actor: Actor,
    paths: Sequence[Path],
    *,
    progress: ProgressFn | None = None,
    data_date: dt.date | None = None,
) -> LoadReport:
    """Load one or two bulk files (underenheter and/or enheter); all in one transaction."""
    require_coordinator(actor, "laste inn Enhetsregisteret")
    if not paths:
        raise BadValueError("Velg minst én fil fra Enhetsregisteret å laste inn.")
    started = time.perf_counter()
    readers: list[RegisterReader] = []
    try:
        for path in paths:
            readers.append(open_register(Path(path)))
        kinds = Counter(r.kind for r in readers)
        twice = [KIND_LABELS[k] for k, n in kinds.items() if n > 1]
        if twice:
            raise BadValueError(
                f"Flere filer med {twice[0]}: velg én fil av hvert slag (underenheter og enheter)."
            )
        readers.sort(key=lambda r: r.kind is RegisterKind.UNITS)
        total = sum(r.size for r in readers) or 1
        report = LoadReport()
        done_before = 0

        def tell(reader: RegisterReader, rows: int, position: int) -> None:
            if progress is None:
                return
            text = f"Leser {KIND_LABELS[reader.kind]} fra {reader.file_name} ({rows:,} rader)"
            if progress(done_before + position, total, text.replace(",", " ")) is False:
                raise SupplierLoadCancelled(CANCELLED)

        with db.engine.begin() as conn:
            advisory_lock(conn, LockSpace.SUPPLIER_REGISTER)  # one load at a time
            for reader in readers:
                loaded = _load_one(
                    conn,
                    actor,
                    reader,
                    data_date,
                    lambda rows, pos, reader=reader: tell(reader, rows, pos),  # type: ignore[misc]
                )
                report.files.append(loaded)
                done_before += reader.size
            if progress is not None and progress(total, total, "Teller opp per kommune …") is False:
                raise SupplierLoadCancelled(CANCELLED)
            _rebuild_counts(conn)
            conn.execute(
                _table(AuditEntry)
                .insert()
                .values(
                    at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                    user=actor.user,
                    entity_type="supplier_register",
                    action="load",
                    changes={"files": [f.to_json() for f in report.files]},
                )
            )
        report.seconds = time.perf_counter() - started
        report.register = register_info(db)
        return report
    finally:
        for reader in readers:
            reader.close()


# ------------------------------------------------------------------------------ reading


def register_info(db: Database) -> RegisterInfo:
    """What is loaded: dates, counts, file names (all empty when nothing is)."""
    with db.sessions() as session:
        loads = {row.kind: row for row in session.scalars(select(SupplierRegisterLoad))}
    units = loads.get(RegisterKind.UNITS.value)
    parents = loads.get(RegisterKind.PARENTS.value)
    latest = max((row.loaded_at for row in loads.values()), default=None)
    return RegisterInfo(
        units_date=units.data_date if units else None,
        parents_date=parents.data_date if parents else None,
        units=units.rows_stored if units else 0,
        parents=parents.rows_stored if parents else 0,
        units_file=units.file_name if units else None,
        parents_file=parents.file_name if parents else None,
        loaded_at=latest,
        attribution=_attribution(
            next(
                (
                    row.attribution
                    for row in (units, parents)
                    if row is not None and row.attribution
                ),
                None,
            )
        ),
    )


def _attribution(stored: str | None) -> str:
    """The attribution as stored; the standard NLOD one as its catalogue text (so a nynorsk
    document prints it in nynorsk)."""
    return NLOD_ATTRIBUTION if stored is None or stored == NLOD_ATTRIBUTION else stored


def require_register(db: Database) -> RegisterInfo:
    info = register_info(db)
    if not info.loaded:
        raise NotFoundError(
            "Enhetsregisteret er ikke lastet inn, så det lokale leverandørmarkedet kan ikke "
            "telles.",
            hint="Last ned underenheter (og enheter) fra data.brreg.no og last dem inn med "
            "«suppliers load FIL FIL», eller fra siden Kommuner i programmet.",
        )
    return info


def _rebuild_counts(conn: Connection) -> None:
    """The per-municipality, per-code counts (``supplier_count``) from the stored register."""
    unit = _table(SupplierUnit)
    parent = _table(SupplierParent)
    count = _table(SupplierCount)
    industry = func.coalesce(unit.c.industry1, 0)
    alive = or_(parent.c.orgnr.is_(None), and_(~parent.c.bankrupt, ~parent.c.liquidating))
    rows = (
        select(
            unit.c.municipality,
            industry,
            func.count(),
            func.sum(case((unit.c.has_staff, 1), else_=0)),
            func.sum(case((unit.c.employees >= 5, 1), else_=0)),
            func.sum(case((parent.c.legal_form == "ENK", 1), else_=0)),
            func.sum(case((parent.c.orgnr.is_(None), 1), else_=0)),
        )
        .select_from(unit.outerjoin(parent, parent.c.orgnr == unit.c.parent_orgnr))
        .where(alive)
        .group_by(unit.c.municipality, industry)
    )
    conn.execute(delete(count))
    conn.execute(
        count.insert().from_select(
            [
                "municipality",
                "industry",
                "units",
                "with_staff",
                "five_plus",
                "sole_proprietors",
                "parent_missing",
            ],
            rows,
        )
    )


def count_by_place(
    db: Database,
    codes: Sequence[IndustryCode],
    municipalities: Sequence[str],
    counties: Sequence[str] = (),
) -> tuple[dict[str, MarketCounts], dict[str, MarketCounts]]:
    """Counts per kommunenummer and per county number (two digits) for the industry codes."""
    ranges = merged_ranges(codes)
    if not ranges:
        return {}, {}
    table = _table(SupplierCount)
    industry = or_(*(and_(table.c.industry >= lo, table.c.industry < hi) for lo, hi in ranges))
    sums = [
        func.sum(table.c[name])
        for name in ("units", "with_staff", "five_plus", "sole_proprietors", "parent_missing")
    ]
    by_municipality: dict[str, MarketCounts] = {}
    by_county: dict[str, MarketCounts] = {}
    with db.engine.connect() as conn:
        if municipalities:
            stmt = (
                select(table.c.municipality, *sums)
                .where(table.c.municipality.in_(sorted(set(municipalities))), industry)
                .group_by(table.c.municipality)
            )
            for number, *values in conn.execute(stmt):
                by_municipality[number] = MarketCounts(*(int(v or 0) for v in values))
        if counties:
            county = func.substr(table.c.municipality, 1, 2)
            in_county = or_(
                *(
                    and_(
                        table.c.municipality >= f"{c}00",
                        table.c.municipality < f"{int(c) + 1:02d}00",
                    )
                    for c in sorted(set(counties))
                )
            )
            stmt = select(county, *sums).where(in_county, industry).group_by(county)
            for number, *values in conn.execute(stmt):
                by_county[number] = MarketCounts(*(int(v or 0) for v in values))
    return by_municipality, by_county
