"""Write the demo data set: invented procurement plans of the eight Nordhordland municipalities.

Run from the project root:

    .venv/bin/python scripts/make_demo_plans.py

Writes into resources/demo/:
  - one plan per municipality (seven .xlsx workbooks and one .csv file), each in its own layout,
  - municipalities.csv, manifest.json (import order),
  - labels.csv (ground truth per plan line: file, sheet, excel_row, ..., group),
  - expected_values.csv (what each line means once read correctly: annual and total value,
    contract and option years, CPV, the timing as written).

Everything in the plans is invented (needs, values, dates, references, contact names); nothing
says anything about the real municipalities' plans. The output is deterministic: running the
script twice gives the same content (the xlsx files carry a fixed creation time). The layouts
are in demo_plans_large.py (Alver, Osterøy, Vaksdal) and demo_plans_small.py (the other five),
what they share in demo_sheets.py.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable

from demo_plans_large import write_alver, write_osteroy, write_vaksdal
from demo_plans_small import (
    write_austrheim,
    write_fedje,
    write_gulen,
    write_masfjorden,
    write_modalen,
)
from demo_sheets import COUNTY, MUNICIPALITIES, OUT_DIR, Line, Plan

# ---------------------------------------------------------------------------------------------
# Metadata and ground truth
# ---------------------------------------------------------------------------------------------

WRITERS: dict[str, Callable[[], Plan]] = {
    "Alver kommune": write_alver,
    "Austrheim kommune": write_austrheim,
    "Fedje kommune": write_fedje,
    "Masfjorden kommune": write_masfjorden,
    "Gulen kommune": write_gulen,
    "Modalen kommune": write_modalen,
    "Osterøy kommune": write_osteroy,
    "Vaksdal kommune": write_vaksdal,
}


def cpv_written(line: Line) -> str:
    return "" if line.cpv in ("", None) else str(line.cpv)


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    plans = [WRITERS[name]() for name, _ in MUNICIPALITIES]

    with open(OUT_DIR / "municipalities.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name", "kommunenummer", "county"])
        for name, number in MUNICIPALITIES:
            writer.writerow([name, number, COUNTY])

    manifest = [{"file": p.file, "municipality": p.municipality, "sheet": p.sheet} for p in plans]
    (OUT_DIR / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

    with open(OUT_DIR / "labels.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            ["file", "sheet", "excel_row", "municipality", "reference", "description", "group"]
        )
        for p in plans:
            for excel_row, line in p.rows:
                writer.writerow(
                    [
                        p.file,
                        p.sheet or "",
                        excel_row,
                        p.municipality,
                        str(line.ref),
                        line.title,
                        line.group,
                    ]
                )

    with open(OUT_DIR / "expected_values.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            [
                "file",
                "sheet",
                "excel_row",
                "annual_value_nok",
                "total_value_nok",
                "contract_years",
                "option_years",
                "cpv8",
                "cpv_written",
                "date_text",
            ]
        )
        for p in plans:
            for excel_row, line in p.rows:
                writer.writerow(
                    [
                        p.file,
                        p.sheet or "",
                        excel_row,
                        line.annual,
                        line.total,
                        line.years,
                        line.options,
                        line.code8,
                        cpv_written(line),
                        line.date_text,
                    ]
                )

    count = sum(len(p.rows) for p in plans)
    print(f"Wrote {len(plans)} plans with {count} plan lines to {OUT_DIR}")


if __name__ == "__main__":
    main()
