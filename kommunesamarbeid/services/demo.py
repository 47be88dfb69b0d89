"""Use case: fill a database with the demo region's municipalities and plans.

The demo plans in ``resources/demo/`` are ordinary spreadsheets in the layouts real
municipalities use; they go through the same import as any user's file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.paths import resource_path
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.import_plan import ImportReport, import_plan
from kommunesamarbeid.services.lines import list_lines
from kommunesamarbeid.services.municipalities import add_municipality


@dataclass(slots=True)
class DemoResult:
    municipalities: int = 0
    reports: list[ImportReport] = field(default_factory=list)
    already_loaded: bool = False

    @property
    def lines(self) -> int:
        return sum(r.added + r.updated + r.unchanged for r in self.reports)

    def message(self) -> str:
        if self.already_loaded:
            return (
                "Demodataene er allerede lastet inn (bruk --force for å lese demoplanene "
                "inn på nytt)."
            )
        return (
            f"Demodata lastet inn: {self.municipalities} kommuner, {self.lines} planlagte "
            f"anskaffelser fra {len(self.reports)} planer."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "municipalities": self.municipalities,
            "lines": self.lines,
            "already_loaded": self.already_loaded,
            "imports": [r.to_json() for r in self.reports],
        }


def demo_manifest() -> list[dict[str, Any]]:
    """The demo plans in import order: file, municipality and (optionally) sheet."""
    with resource_path("demo", "manifest.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        raise RefusedInputError("Demoens manifest.json er ugyldig.")
    return data


def _demo_municipalities() -> list[dict[str, str]]:
    with resource_path("demo", "municipalities.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_demo(
    db: Database,
    actor: Actor,
    *,
    force: bool = False,
    progress: Callable[[int, int, str], bool] | None = None,
) -> DemoResult:
    """Add the demo municipalities and import their plans (again, with ``force``)."""
    result = DemoResult()
    manifest = demo_manifest()
    municipalities = _demo_municipalities()
    demo_names = {m["name"] for m in municipalities}
    if not force and any(line.municipality in demo_names for line in list_lines(db)):
        result.already_loaded = True
        return result
    total = len(municipalities) + len(manifest)
    done = 0
    for m in municipalities:
        add_municipality(
            db,
            actor,
            m["name"],
            number=m.get("kommunenummer") or None,
            county=m.get("county") or None,
        )
        done += 1
        result.municipalities += 1
    for entry in manifest:
        if progress is not None:
            progress(done, total, f"Importerer {entry['file']}")
        report = import_plan(
            db,
            actor,
            resource_path("demo", entry["file"]),
            entry["municipality"],
            sheet=entry.get("sheet"),
        )
        result.reports.append(report)
        done += 1
    return result
