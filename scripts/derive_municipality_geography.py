"""Derive the municipality geography table (neighbours and centres) from Kartverket's borders.

    python scripts/derive_municipality_geography.py KOMMUNER.topojson \
        [--out resources/municipalities/kommuner_2024_geografi.csv]

Input: a TopoJSON of the 357 municipalities (2024 structure) with ``kommunenummer`` on each
geometry, such as ``Kommuner-S.topojson`` of robhop/fylker-og-kommuner (commit ae87825), made from
Kartverket's «Administrative enheter – kommuner» under CC BY 4.0 and clipped to the coastline.

Output (CSV, UTF-8): ``kommunenummer,breddegrad,lengdegrad,naboer``:

* ``naboer``: the municipalities it shares a land border with (space-separated numbers). In a
  TopoJSON a border between two areas is one shared arc, so two municipalities are neighbours
  exactly when their geometries use the same arc. Borders across the sea are not land borders.
* ``breddegrad``/``lengdegrad``: the area-weighted centre of its polygons (degrees, WGS84), with
  longitudes scaled by cos(latitude) so the areas are comparable; rounded to 4 decimals.

Only this derived table is shipped, with its attribution beside it; the geometry is not.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "resources" / "municipalities" / "kommuner_2024_geografi.csv"


def _decode_arcs(topology: dict[str, object]) -> list[list[tuple[float, float]]]:
    arcs = topology["arcs"]
    assert isinstance(arcs, list)
    transform = topology.get("transform")
    decoded: list[list[tuple[float, float]]] = []
    for arc in arcs:
        if isinstance(transform, dict):  # quantized: delta-encoded integers
            sx, sy = transform["scale"]
            tx, ty = transform["translate"]
            x = y = 0
            points = []
            for dx, dy in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
            decoded.append(points)
        else:
            decoded.append([(float(p[0]), float(p[1])) for p in arc])
    return decoded


def _rings(geometry: dict[str, object]) -> list[list[int]]:
    """The rings of a Polygon or MultiPolygon as lists of arc indexes."""
    arcs = geometry.get("arcs") or []
    assert isinstance(arcs, list)
    if geometry["type"] == "Polygon":
        return list(arcs)
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in arcs for ring in polygon]
    return []


def _ring_points(
    ring: Sequence[int], arcs: list[list[tuple[float, float]]]
) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _centre(rings: list[list[tuple[float, float]]]) -> tuple[float, float]:
    """Area-weighted centre of the rings (holes count negative by their orientation)."""
    sum_a = sum_x = sum_y = 0.0
    for points in rings:
        if len(points) < 3:
            continue
        lat0 = math.radians(sum(p[1] for p in points) / len(points))
        k = math.cos(lat0)
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            a = (x1 * k) * y2 - (x2 * k) * y1
            sum_a += a
            sum_x += (x1 + x2) * a
            sum_y += (y1 + y2) * a
    if sum_a == 0:
        flat = [p for ring in rings for p in ring]
        return sum(p[1] for p in flat) / len(flat), sum(p[0] for p in flat) / len(flat)
    return sum_y / (3 * sum_a), sum_x / (3 * sum_a)


def derive(topology: dict[str, object]) -> list[tuple[str, float, float, list[str]]]:
    objects = topology["objects"]
    assert isinstance(objects, dict)
    collection = next(iter(objects.values()))
    geometries = collection["geometries"]
    arcs = _decode_arcs(topology)
    users: dict[int, set[str]] = defaultdict(set)
    rows = []
    for geometry in geometries:
        number = str(geometry["properties"]["kommunenummer"]).zfill(4)
        rings = _rings(geometry)
        for ring in rings:
            for index in ring:
                users[index if index >= 0 else ~index].add(number)
        lat, lon = _centre([_ring_points(ring, arcs) for ring in rings])
        rows.append((number, lat, lon))
    neighbours: dict[str, set[str]] = defaultdict(set)
    for numbers in users.values():
        for a in numbers:
            neighbours[a] |= numbers - {a}
    return [
        (number, round(lat, 4), round(lon, 4), sorted(neighbours[number]))
        for number, lat, lon in sorted(rows)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    rows = derive(topology)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["kommunenummer", "breddegrad", "lengdegrad", "naboer"])
        for number, lat, lon, near in rows:
            writer.writerow([number, f"{lat:.4f}", f"{lon:.4f}", " ".join(near)])
    print(f"{len(rows)} kommuner skrevet til {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
