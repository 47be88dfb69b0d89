"""The guard against an import that would destroy a plan.

A re-import with a wrong column mapping (or the wrong file) looks, to the matching, like a plan
whose lines all went away, or whose values, CPV codes and dates were all deleted. Such an import
is refused, with the list of what it would do, when it would

* withdraw more than a quarter of the municipality's active lines, or
* blank a field (value, CPV, date …) on more than a quarter of them,

unless the user says it is right (``--allow-withdraw``; the GUI asks, showing the list).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, Protocol

from kommunesamarbeid.core.errors import UserError

__all__ = [
    "GUARDED_FIELDS",
    "SHARE",
    "DestructiveChange",
    "DestructiveImportError",
    "LineRef",
    "assess",
]

#: More than this share of the active lines withdrawn or blanked is refused.
SHARE: Final = 0.25

#: Line attributes whose values an import must not silently blank, with their labels.
GUARDED_FIELDS: Final[dict[str, str]] = {
    "reference": "Referanse",
    "details": "Utfyllende beskrivelse",
    "category": "Kategori",
    "cpv": "CPV-kode",
    "annual_value_nok": "Verdi pr. år",
    "total_value_nok": "Totalverdi",
    "contract_years": "Avtaleperiode (år)",
    "option_years": "Opsjoner",
    "period_start": "Tidspunkt",
    "current_expiry": "Dagens avtale utløper",
    "unit": "Enhet",
    "contact": "Kontaktperson",
    "procedure": "Prosedyre",
    "comments": "Kommentar",
}

#: Lines listed in a message (the JSON and the GUI list them all).
LISTED: Final = 15


class ExistingLine(Protocol):
    id: int
    reference: str | None
    description: str
    status: str
    source_row: int | None


@dataclass(frozen=True, slots=True)
class LineRef:
    """A line as the list shows it."""

    id: int
    reference: str | None
    description: str
    source_row: int | None

    def describe(self) -> str:
        ref = f"{self.reference}: " if self.reference else ""
        row = f" (rad {self.source_row})" if self.source_row else ""
        return f"nr. {self.id} {ref}{self.description}{row}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "reference": self.reference,
            "description": self.description,
            "source_row": self.source_row,
        }


def _ref(line: ExistingLine) -> LineRef:
    return LineRef(line.id, line.reference, line.description, line.source_row)


@dataclass(slots=True)
class DestructiveChange:
    """What an import would withdraw and blank among a municipality's active lines."""

    municipality: str
    active: int
    withdrawn: list[LineRef] = field(default_factory=list)
    #: field label -> the lines whose value in that field would be blanked
    blanked: dict[str, list[LineRef]] = field(default_factory=dict)

    def _too_many(self, count: int) -> bool:
        return self.active > 0 and count > SHARE * self.active

    @property
    def refused(self) -> bool:
        """Whether the import is refused without the user's explicit consent."""
        return self._too_many(len(self.withdrawn)) or any(
            self._too_many(len(lines)) for lines in self.blanked.values()
        )

    def summary(self) -> str:
        """What would happen, in one or two Norwegian sentences."""
        parts = []
        if self._too_many(len(self.withdrawn)):
            parts.append(f"trekke tilbake {len(self.withdrawn)} av {self.active} aktive linjer")
        for label, lines in self.blanked.items():
            if self._too_many(len(lines)):
                parts.append(f"tømme feltet «{label}» på {len(lines)} av {self.active} linjer")
        what = _join(parts) or "ikke endre mye"
        return f"Importen ville {what} for {self.municipality} (mer enn en firedel)."

    def listing(self, limit: int | None = LISTED) -> list[str]:
        """The lines concerned, one per entry, as the user reads them."""
        out: list[str] = []
        if self._too_many(len(self.withdrawn)):
            out.append("Trekkes tilbake:")
            out.extend(_listed(self.withdrawn, limit))
        for label, lines in self.blanked.items():
            if self._too_many(len(lines)):
                out.append(f"Feltet «{label}» tømmes på:")
                out.extend(_listed(lines, limit))
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "refused_without_allow_withdraw": self.refused,
            "active": self.active,
            "withdrawn": [x.to_json() for x in self.withdrawn],
            "blanked": {label: [x.id for x in lines] for label, lines in self.blanked.items()},
        }


def _join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " og " + parts[-1]


def _listed(lines: Sequence[LineRef], limit: int | None) -> list[str]:
    shown = lines if limit is None else lines[:limit]
    out = [f"  – {x.describe()}" for x in shown]
    if len(lines) > len(shown):
        out.append(f"  … og {len(lines) - len(shown)} til")
    return out


class DestructiveImportError(UserError):
    """The import would withdraw or blank too much: refused with the list, nothing changed."""

    kind = "destructive_import"

    def __init__(self, change: DestructiveChange) -> None:
        self.change = change
        super().__init__(
            f"{change.summary()} Det skjer oftest når kolonnene er tilordnet feil eller filen er "
            "en annen plan. Ingenting er endret.",
            hint="Kontroller at kolonnene er riktig tilordnet. Er planen virkelig endret slik, "
            "kan du importere den likevel (på kommandolinjen: --allow-withdraw; "
            "--show-mapping viser kolonnene).",
        )

    @property
    def details(self) -> list[str]:
        return self.change.listing()

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "change": self.change.to_json()}


def assess(
    municipality: str,
    pairs: Iterable[tuple[dict[str, Any], ExistingLine | None]],
    gone: Sequence[ExistingLine],
    active: int,
) -> DestructiveChange:
    """What an import would withdraw (``gone``) and blank (new values vs the matched lines)."""
    change = DestructiveChange(municipality, active, withdrawn=[_ref(x) for x in gone])
    for values, found in pairs:
        if found is None or found.status != "active":
            continue
        for name, label in GUARDED_FIELDS.items():
            if values.get(name) is None and getattr(found, name) not in (None, ""):
                change.blanked.setdefault(label, []).append(_ref(found))
    return change
