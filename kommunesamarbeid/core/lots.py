"""Dividing a joint tender into lots (delkontrakter), and the value of each lot.

Dividing into lots is how a joint tender stays open to local businesses ("del opp eller
begrunn", FOA § 19-4). Two ways are suggested; both are pure functions of their inputs, so more
inputs (such as the local supplier market) can be added beside the geography.

By area (``basis="area"``)
    One lot per participating municipality with lines. A municipality whose estimated value is
    below the minimum lot value is merged with a municipality *near* it, so every lot is large
    enough to be worth bidding for but still local. Near means: they share a border (the
    neighbour table, ``Place.neighbours``, or ``neighbours``: municipality id -> ids, read both
    ways), or they are in the same county and their centres are at most ``NEAR_KM`` apart
    (islands and fjords). Municipalities far apart are never merged to reach a size: a small
    lot with no near partner stays on its own, and its description says what it would need.
    The minimum is ``min_lot_value`` when given, else half the average value per municipality.
    The smallest lot below the minimum is merged first, each time with its smallest near lot.
    With ``max_lots`` the smallest lots that have a near partner are merged until no more than
    ``max_lots`` are left, or no near pair is left (the last lot says so).

By product group (``basis="product"``)
    One lot per CPV class (the first 4 digits) of the lines, in code order. A line without CPV
    uses the code the overlap engine suggests from its text (``ProposalLineData.suggested_cpv``
    or ``suggested_cpv``); a line with neither joins the largest lot (its description says so),
    so one line without a code never makes a lot of its own. With ``max_lots`` the largest
    classes keep their own lot and the rest go into "Øvrige produktgrupper". ``cpv_label``
    (8-digit code -> label) gives the titles; without it a title names the class.

Values are the value model's counted values (``core.value_model``), so a lot's value is the
same figure every document prints. Ties are broken by the participants' order and by code, so
the same proposal always gets the same lots. A line belongs to at most one lot
(``assign_lines``): a lot listing it in ``line_ids`` (a fresh suggestion, which wins over the
line's old ``lot_number``), else its ``lot_number`` (the lots as stored), else an area lot
covering its municipality, else a product lot covering its CPV class.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from kommunesamarbeid.core.cpv import cpv_class, parse_cpv
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import LotData, ParticipantData, ProposalData, ProposalLineData
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.core.thresholds import line_code8
from kommunesamarbeid.core.value_model import build_value_model

__all__ = [
    "FAR_KM",
    "NEAR_KM",
    "OTHER_CLASS",
    "LotBasis",
    "Place",
    "assign_lines",
    "compatible",
    "distance_km",
    "join_names",
    "lot_values",
    "near",
    "suggest_lots",
]

LotBasis = Literal["area", "product"]

#: The CPV class key of lines without CPV (the "Øvrig" lot).
OTHER_CLASS: Final = ""


def join_names(names: Sequence[str]) -> str:
    """["A"] -> "A", ["A", "B"] -> "A og B", ["A", "B", "C"] -> "A, B og C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " og " + names[-1]


# --- which line is in which lot ---------------------------------------------------------


def _line_class(code8: str | None) -> str:
    return cpv_class(code8) if code8 is not None else OTHER_CLASS


def assign_lines(proposal: ProposalData, lots: Sequence[LotData]) -> dict[int, int]:
    """line_id -> lot number for every line that belongs to one of ``lots``."""
    numbers = {lot.number for lot in lots}
    by_line = {line_id: lot.number for lot in reversed(lots) for line_id in lot.line_ids}
    by_area = {
        mid: lot.number
        for lot in reversed(lots)
        if lot.basis == "area"
        for mid in lot.municipality_ids
    }
    by_class = {
        key: lot.number
        for lot in reversed(lots)
        if lot.basis == "product"
        for key in lot.cpv_classes
    }
    assigned: dict[int, int] = {}
    for participant in proposal.participants:
        for line in participant.lines:
            number = by_line.get(line.line_id)
            if number is None:
                number = line.lot_number
            if number is None:
                number = by_area.get(participant.municipality_id)
            if number is None and by_class:
                number = by_class.get(_line_class(line_code8(line)))
            if number is not None and number in numbers:
                assigned[line.line_id] = number
    return assigned


def lot_values(
    proposal: ProposalData, lots: Sequence[LotData], line_values: Mapping[int, int]
) -> dict[int, int]:
    """lot number -> the sum of its lines' values (``line_values``: the value model's counted
    value per line; a line missing there, e.g. withdrawn, counts 0)."""
    values = {lot.number: 0 for lot in lots}
    for line_id, number in assign_lines(proposal, lots).items():
        values[number] += line_values.get(line_id, 0)
    return values


# --- geography --------------------------------------------------------------------------

#: Two municipalities of one county whose centres are at most this far apart are near.
NEAR_KM: Final = 50.0
#: No two municipalities in one lot are further apart than this, unless they are neighbours.
FAR_KM: Final = 120.0


@dataclass(frozen=True, slots=True)
class Place:
    """Where a participating municipality is (from the municipality register)."""

    county: str | None = None
    #: Municipality ids (of the proposal's participants) it shares a border with.
    neighbours: frozenset[int] = frozenset()
    #: The centre of the municipality (degrees), when known.
    latitude: float | None = None
    longitude: float | None = None


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between the centres of two places; None when one is unknown."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _neighbours(
    a: int, b: int, geography: Mapping[int, Place], extra: Mapping[int, set[int]]
) -> bool:
    pa, pb = geography.get(a), geography.get(b)
    return (
        b in extra.get(a, set())
        or a in extra.get(b, set())
        or (pa is not None and b in pa.neighbours)
        or (pb is not None and a in pb.neighbours)
    )


def _same_county_km(a: int, b: int, geography: Mapping[int, Place]) -> float | None:
    pa, pb = geography.get(a), geography.get(b)
    if pa is None or pb is None or not pa.county or pa.county != pb.county:
        return None
    return distance_km(pa, pb)


def near(
    a: int,
    b: int,
    geography: Mapping[int, Place],
    neighbours: Mapping[int, set[int]] | None = None,
) -> tuple[bool, str]:
    """Whether two municipalities are near enough to start a lot together, and why."""
    if _neighbours(a, b, geography, neighbours or {}):
        return True, Text("lots.neighbours")
    km = _same_county_km(a, b, geography)
    if km is not None and km <= NEAR_KM:
        return True, Text("lots.same_county", km=round(km))
    return False, ""


def compatible(
    a: int,
    b: int,
    geography: Mapping[int, Place],
    neighbours: Mapping[int, set[int]] | None = None,
) -> bool:
    """Whether two municipalities may be in one lot at all: neighbours, or in the same county
    with centres at most ``FAR_KM`` apart (so a chain of near ones never spans a county)."""
    if _neighbours(a, b, geography, neighbours or {}):
        return True
    km = _same_county_km(a, b, geography)
    return km is not None and km <= FAR_KM


# --- suggestions ------------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    members: list[int]  # indexes into the participants with lines
    value: int
    why: list[str]

    @property
    def order(self) -> int:
        return min(self.members)


def suggest_lots(
    proposal: ProposalData,
    *,
    basis: LotBasis,
    geography: Mapping[int, Place] | None = None,
    neighbours: Mapping[int, set[int]] | None = None,
    max_lots: int | None = None,
    min_lot_value: int | None = None,
    cpv_label: Callable[[str], str | None] | None = None,
    suggested_cpv: Mapping[int, str] | None = None,
    line_values: Mapping[int, int] | None = None,
) -> list[LotData]:
    """Suggested lots, numbered from 1 (see the module docstring for the rules)."""
    if max_lots is not None and max_lots < 1:
        raise ValueError("Antall delkontrakter må være minst 1.")
    if line_values is None:
        model = build_value_model(proposal)
        line_values = {i: lv.counted_value for i, lv in model.lines.items()}
    if basis == "area":
        return _by_area(proposal, line_values, geography or {}, neighbours, max_lots, min_lot_value)
    if basis == "product":
        return _by_product(proposal, line_values, max_lots, cpv_label, suggested_cpv or {})
    raise ValueError(f"Ukjent grunnlag for delkontrakter: {basis!r} (bruk «area» eller «product»).")


def _by_area(
    proposal: ProposalData,
    line_values: Mapping[int, int],
    geography: Mapping[int, Place],
    neighbours: Mapping[int, set[int]] | None,
    max_lots: int | None,
    min_lot_value: int | None,
) -> list[LotData]:
    members = [
        (p, sum(line_values.get(line.line_id, 0) for line in p.lines))
        for p in proposal.participants
        if p.lines
    ]
    if not members:
        return []
    total = sum(value for _, value in members)
    minimum = min_lot_value if min_lot_value is not None else total // (2 * len(members))
    ids = [p.municipality_id for p, _ in members]

    def link(a: _Group, b: _Group) -> str | None:
        """Why the two may be merged (a near pair, every pair compatible); None if not."""
        if not all(
            compatible(ids[i], ids[j], geography, neighbours) for i in a.members for j in b.members
        ):
            return None
        for i in a.members:
            for j in b.members:
                ok, why = near(ids[i], ids[j], geography, neighbours)
                if ok:
                    return Text("lots.link", a=members[i][0].name, b=members[j][0].name, why=why)
        return None

    def size(g: _Group) -> tuple[int, int]:
        return (g.value, g.order)

    groups = [_Group([i], value, []) for i, (_, value) in enumerate(members)]
    stuck = False
    while len(groups) > 1:
        mergeable = [g for g in groups if any(link(g, o) for o in groups if o is not g)]
        too_many = max_lots is not None and len(groups) > max_lots
        small = [g for g in mergeable if g.value < minimum]
        if too_many and mergeable:
            merge = min(mergeable, key=size)
        elif small:
            merge = min(small, key=size)
        else:
            stuck = too_many
            break
        near_groups = [(o, link(merge, o)) for o in groups if o is not merge]
        partner, why = min(((o, w) for o, w in near_groups if w), key=lambda x: size(x[0]))
        partner.members = sorted(partner.members + merge.members)
        partner.value += merge.value
        partner.why += [*merge.why, why] if why else merge.why
        groups.remove(merge)

    groups.sort(key=lambda g: g.order)
    lots: list[LotData] = []
    for number, g in enumerate(groups, start=1):
        names = [members[i][0].name for i in g.members]
        text = [Text("lots.area.description", names=names, value=format_nok(g.value))]
        if len(g.members) > 1:
            text.append(Text("lots.area.merged", why=g.why))
        if g.value < minimum and len(groups) > 1:
            missing, least = format_nok(minimum - g.value), format_nok(minimum)
            text.append(Text("lots.area.small", missing=missing, minimum=least))
        if stuck and number == len(groups):
            text.append(Text("lots.area.stuck", n=len(groups), max=max_lots))
        lots.append(
            LotData(
                number=number,
                title=join_names(names),
                description=Text("lots.sentences", items=text),
                basis="area",
                municipality_ids=tuple(ids[i] for i in g.members),
                line_ids=tuple(line.line_id for i in g.members for line in members[i][0].lines),
            )
        )
    return lots


def _line_key(line: ProposalLineData, suggested: Mapping[int, str]) -> str:
    code8 = line_code8(line)
    if code8 is None:
        written = suggested.get(line.line_id) or line.suggested_cpv
        code8 = parse_cpv(written).code8 if written else None
    return _line_class(code8)


def _by_product(
    proposal: ProposalData,
    line_values: Mapping[int, int],
    max_lots: int | None,
    cpv_label: Callable[[str], str | None] | None,
    suggested_cpv: Mapping[int, str],
) -> list[LotData]:
    classes: dict[str, list[tuple[ParticipantData, int]]] = {}
    for p in proposal.participants:
        for line in p.lines:
            classes.setdefault(_line_key(line, suggested_cpv), []).append((p, line.line_id))
    if not classes:
        return []

    def value(key: str) -> int:
        return sum(line_values.get(line_id, 0) for _, line_id in classes.get(key, []))

    own = sorted(k for k in classes if k != OTHER_CLASS)
    unknown = classes.get(OTHER_CLASS, [])
    if not own or max_lots == 1:
        keys = tuple(sorted(classes, key=lambda k: (k == OTHER_CLASS, k)))
        whole = Text("lots.product.whole")
        return [_product_lot(1, whole, keys, classes, sum(map(value, keys)))]
    rest: list[str] = []
    if max_lots is not None and len(own) > max_lots:
        keep = sorted(own, key=lambda k: (-value(k), k))[: max_lots - 1]
        rest = sorted(k for k in own if k not in keep)
        own = sorted(keep)
    largest = max(own, key=lambda k: (value(k), -own.index(k)))
    lots: list[LotData] = []
    for key in own:
        label = cpv_label(key + "0000") if cpv_label is not None else None
        title = (
            Text("lots.product.title", label=label, key=key)
            if label
            else Text("lots.product.class", key=key)
        )
        keys = (key, OTHER_CLASS) if key == largest and unknown else (key,)
        lot = _product_lot(len(lots) + 1, title, keys, classes, sum(value(k) for k in keys))
        if key == largest and unknown:
            placed = Text("lots.product.unknown", n=len(unknown))
            lot = dataclasses.replace(
                lot, description=Text("lots.sentences", items=[lot.description, placed])
            )
        lots.append(lot)
    if rest:
        total = sum(value(k) for k in rest)
        lots.append(
            _product_lot(len(lots) + 1, Text("lots.product.rest"), tuple(rest), classes, total)
        )
    return lots


def _product_lot(
    number: int,
    title: str,
    keys: tuple[str, ...],
    classes: Mapping[str, list[tuple[ParticipantData, int]]],
    value: int,
) -> LotData:
    entries = [entry for key in keys for entry in classes.get(key, [])]
    municipality_ids: list[int] = []
    names: list[str] = []
    for p, _ in entries:
        if p.municipality_id not in municipality_ids:
            municipality_ids.append(p.municipality_id)
            names.append(p.name)
    return LotData(
        number=number,
        title=title,
        description=Text("lots.product.description", names=names, value=format_nok(value)),
        basis="product",
        municipality_ids=tuple(municipality_ids),
        cpv_classes=keys,
        line_ids=tuple(line_id for _, line_id in entries),
    )
