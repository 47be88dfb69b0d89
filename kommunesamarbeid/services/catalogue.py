"""Use case: load a CPV catalogue (CSV or XLSX with a code column and label columns).

The catalogue is published by the EU; a user loads it from a file. Loading replaces the stored
catalogue in one transaction. Detection uses the labels to suggest a CPV for lines without one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, insert, select

from kommunesamarbeid.core.columns import normalise_header
from kommunesamarbeid.core.cpv import parse_cpv
from kommunesamarbeid.core.problems import Problem, RefusedInputError
from kommunesamarbeid.core.sheet import SheetGrid, column_letter
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import CpvCode
from kommunesamarbeid.services import audit
from kommunesamarbeid.services.context import Actor, require_coordinator

_CODE_HEADERS = {"code", "kode", "cpv", "cpv kode", "cpv code", "cpvkode", "code8", "nr"}
_NO_HEADERS = {
    "label no",
    "label_no",
    "norsk",
    "no",
    "nb",
    "beskrivelse",
    "tekst",
    "navn",
    "norwegian",
    "betegnelse",
    "label nb",
}
_EN_HEADERS = {"label en", "label_en", "en", "english", "engelsk", "description", "label"}


@dataclass(slots=True)
class CatalogueReport:
    file: str
    loaded: int = 0
    with_norwegian: int = 0
    warnings: list[Problem] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "loaded": self.loaded,
            "with_norwegian_label": self.with_norwegian,
            "warnings": [
                {"row": p.row, "column": p.column, "value": p.value, "message": p.message}
                for p in self.warnings[:200]
            ],
        }


def _find_columns(grid: SheetGrid) -> tuple[int, int, int | None, int | None]:
    """(header row index, code column, Norwegian label column, English label column)."""
    for idx, row in enumerate(grid.rows[:20]):
        names = [normalise_header(v) if isinstance(v, str) else "" for v in row.values]
        code = next((c for c, n in enumerate(names) if n in _CODE_HEADERS), None)
        if code is None:
            continue
        no = next(
            (
                c
                for c, n in enumerate(names)
                if n.replace(" ", "_") in _NO_HEADERS or n in _NO_HEADERS
            ),
            None,
        )
        en = next(
            (
                c
                for c, n in enumerate(names)
                if (n in _EN_HEADERS or n.replace(" ", "_") in _EN_HEADERS) and c != no
            ),
            None,
        )
        if no is None and en is None:
            continue
        # A "code8" column beats a "code" column with check digits, when both exist.
        if "code8" in names:
            code = names.index("code8")
        return idx, code, no, en
    raise RefusedInputError(
        "Fant ingen kolonne med CPV-koder og tekster. Katalogen trenger en kolonne «code» "
        "(eller «kode»/«CPV») og minst én tekstkolonne («label_no»/«norsk» eller "
        "«label_en»/«engelsk»).",
        file=None,
    )


def load_cpv_catalogue(db: Database, actor: Actor, path: Path) -> CatalogueReport:
    """Read the catalogue file and replace the stored catalogue with it."""
    require_coordinator(actor, "laste inn CPV-katalogen")
    from kommunesamarbeid.fileio.reader import read_workbook  # openpyxl only when needed

    workbook = read_workbook(path)
    grid = next((g for g in workbook.sheets if g.rows), None)
    if grid is None:
        raise RefusedInputError("Katalogfilen er tom.", file=workbook.file_name)
    try:
        header_idx, code_col, no_col, en_col = _find_columns(grid)
    except RefusedInputError as exc:
        raise RefusedInputError(exc.message, file=workbook.file_name, sheet=grid.name) from exc
    report = CatalogueReport(file=workbook.file_name)
    rows: dict[str, dict[str, str | None]] = {}
    for row in grid.rows[header_idx + 1 :]:
        raw = row.get(code_col)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        parsed = parse_cpv(raw)
        if parsed.code8 is None:
            report.warnings.append(
                Problem(
                    "warning",
                    f"Ugyldig CPV-kode, hoppet over: {parsed.problem}",
                    file=workbook.file_name,
                    sheet=grid.name,
                    row=row.number,
                    column=column_letter(code_col),
                    value=str(raw)[:80],
                )
            )
            continue
        label_no = _label(row.get(no_col)) if no_col is not None else None
        label_en = _label(row.get(en_col)) if en_col is not None else None
        rows[parsed.code8] = {
            "code": parsed.code8,
            "check_digit": parsed.check_digit,
            "label_no": label_no,
            "label_en": label_en,
        }
    if not rows:
        raise RefusedInputError("Fant ingen gyldige CPV-koder i filen.", file=workbook.file_name)
    with db.session() as session:
        session.execute(delete(CpvCode))
        session.execute(insert(CpvCode), list(rows.values()))
        audit.record(
            session,
            actor,
            entity_type="cpv_catalogue",
            entity_id=None,
            action="load",
            changes={"file": workbook.file_name, "codes": len(rows)},
        )
    report.loaded = len(rows)
    report.with_norwegian = sum(1 for r in rows.values() if r["label_no"])
    return report


def _label(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split()).rstrip(".")
    # Some label files start each label with the code itself ("03000000 Landbruks…").
    head, _, rest = text.partition(" ")
    if head.isdigit() and len(head) == 8 and rest:
        text = rest
    return text or None


def catalogue_size(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(CpvCode)) or 0)


def catalogue_labels(db: Database) -> dict[str, tuple[str, str]]:
    """code8 -> (Norwegian label, English label); empty strings where missing."""
    with db.sessions() as session:
        return {
            code: (no or "", en or "")
            for code, no, en in session.execute(
                select(CpvCode.code, CpvCode.label_no, CpvCode.label_en)
            )
        }


def cpv_label(db: Database, code8: str) -> str | None:
    """The Norwegian (else English) label of a code, or of its nearest parent level."""
    labels = catalogue_labels(db)
    for digits in (8, 5, 4, 3, 2):
        key = code8[:digits].ljust(8, "0")
        if key in labels:
            no, en = labels[key]
            return no or en or None
    return None
