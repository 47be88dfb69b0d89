"""The curated CPV → industry-code (SN2025) table, and industry codes as numbers.

There is no official correspondence between CPV 2008 and SN2025 (NACE Rev. 2.1); the table in
``resources/suppliers/cpv_sn2025.csv`` is written by hand (see its README). A CPV code is looked
up by its longest matching prefix. Industry codes are stored as integers of their five digits
("81.210" → 81210, "01.110" → 1110), so a code written at any level ("81", "81.2", "81.21")
is a half-open range of integers: no string collation can get it wrong.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

__all__ = [
    "CONFIDENCE_LABELS",
    "CpvIndustryMap",
    "IndustryCode",
    "MappingRow",
    "format_industry_code",
    "merged_ranges",
    "parse_industry_code",
    "parse_mapping",
]

#: Confidence words in the table, best first.
CONFIDENCE_LABELS: Final = ("høy", "middels", "lav")

_CODE_TEXT: Final = re.compile(r"^(\d{2})(?:\.(\d{1,3}))?$")
_CODE_IN_CELL: Final = re.compile(r"(\d{2})\.?(\d{3})")
_CPV_PREFIX: Final = re.compile(r"^\d{2,8}$")


@dataclass(frozen=True, slots=True, order=True)
class IndustryCode:
    """An SN2025 code at any level: "43", "43.2", "43.21" or "43.210"."""

    text: str

    @property
    def digits(self) -> str:
        return self.text.replace(".", "")

    def range(self) -> tuple[int, int]:
        """The half-open range of five-digit codes (as integers) that start with this code."""
        digits = self.digits
        scale = 10 ** (5 - len(digits))
        start = int(digits) * scale
        return start, start + scale

    def covers(self, code: int) -> bool:
        low, high = self.range()
        return low <= code < high

    @classmethod
    def parse(cls, text: str) -> IndustryCode:
        clean = text.strip()
        if not _CODE_TEXT.match(clean):
            raise ValueError(
                f"«{text}» er ikke en næringskode (skriv f.eks. 81, 81.2, 81.21 eller 81.210)."
            )
        return cls(clean)


def parse_industry_code(value: object) -> int | None:
    """A register cell ("81.210", "81210", "81.210 Rengjøring …") → 81210; None when absent.

    Code 00.000 means "not given" in the register and is None too.
    """
    if value is None:
        return None
    match = _CODE_IN_CELL.search(str(value))
    if match is None:
        return None
    code = int(match.group(1) + match.group(2))
    return code or None


def format_industry_code(code: int) -> str:
    """81210 → "81.210"."""
    text = f"{code:05d}"
    return f"{text[:2]}.{text[2:]}"


@dataclass(frozen=True, slots=True)
class MappingRow:
    """One row of the table: a CPV prefix and the industry codes that supply it."""

    cpv_prefix: str
    category: str
    codes: tuple[IndustryCode, ...]
    source: str
    confidence: str
    note: str = ""
    #: The note in nynorsk (column ``merknad_nynorsk``); empty: the bokmål note is used.
    note_nn: str = ""

    def ranges(self) -> list[tuple[int, int]]:
        return [code.range() for code in self.codes]

    def code_texts(self) -> list[str]:
        return [code.text for code in self.codes]


class CpvIndustryMap:
    """Look-ups in the table by CPV code (longest prefix wins)."""

    def __init__(self, rows: Iterable[MappingRow]) -> None:
        self._rows: dict[str, MappingRow] = {}
        for row in rows:
            self._rows[row.cpv_prefix] = row

    def __len__(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> list[MappingRow]:
        return list(self._rows.values())

    def lookup(self, cpv: str) -> MappingRow | None:
        """The row for an 8-digit CPV code (or a prefix of one), or None when none matches."""
        digits = "".join(ch for ch in cpv if ch.isdigit())[:8]
        for length in range(len(digits), 1, -1):
            row = self._rows.get(digits[:length])
            if row is not None:
                return row
        return None


_REQUIRED: Final = ("cpv", "naeringskoder")


def parse_mapping(text: str) -> CpvIndustryMap:
    """The table from its CSV text. Raises ValueError naming the line for a bad row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    fields = [name.strip().casefold() for name in reader.fieldnames or ()]
    missing = [name for name in _REQUIRED if name not in fields]
    if missing:
        raise ValueError(
            f"Tabellen CPV → næringskode mangler kolonnene {', '.join(missing)} i overskriften."
        )
    rows: list[MappingRow] = []
    for line, raw in enumerate(reader, start=2):
        record = {str(k).strip().casefold(): (v or "").strip() for k, v in raw.items() if k}
        prefix = record.get("cpv", "")
        if not prefix and not record.get("naeringskoder"):
            continue
        if not _CPV_PREFIX.match(prefix):
            raise ValueError(f"Linje {line}: «{prefix}» er ikke et CPV-prefiks (2–8 siffer).")
        try:
            codes = tuple(IndustryCode.parse(part) for part in record["naeringskoder"].split())
        except ValueError as exc:
            raise ValueError(f"Linje {line}: {exc}") from None
        if not codes:
            raise ValueError(f"Linje {line}: CPV {prefix} har ingen næringskoder.")
        confidence = record.get("sikkerhet", "").casefold() or "lav"
        if confidence not in CONFIDENCE_LABELS:
            raise ValueError(
                f"Linje {line}: sikkerhet «{confidence}» er ukjent "
                f"(bruk {', '.join(CONFIDENCE_LABELS)})."
            )
        rows.append(
            MappingRow(
                cpv_prefix=prefix,
                category=record.get("kategori", ""),
                codes=codes,
                source=record.get("kilde", ""),
                confidence=confidence,
                note=record.get("merknad", ""),
                note_nn=record.get("merknad_nynorsk", ""),
            )
        )
    return CpvIndustryMap(rows)


def merged_ranges(codes: Sequence[IndustryCode]) -> list[tuple[int, int]]:
    """The ranges of several codes, sorted, overlapping ones joined (for one query)."""
    ranges = sorted(code.range() for code in codes)
    merged: list[tuple[int, int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged
