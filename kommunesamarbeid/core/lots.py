"""Dividing a joint tender into lots (delkontrakter), and the value of each lot.

Dividing into lots is how a joint tender stays open to local businesses ("del opp eller
begrunn", FOA § 19-4). Two ways are suggested:

By area (``basis="area"``)
    One lot per participating municipality with lines. A municipality whose estimated value is
    below the minimum lot value is merged with a neighbour, so every lot is large enough to be
    worth bidding for but still local. The minimum is ``min_lot_value`` when given, else half the
    average value per municipality. The smallest lot below the minimum is merged first, each time
    with the smallest neighbouring lot (``neighbours``: municipality id -> ids of its
    neighbours; read both ways). A small municipality with no neighbour among the others stays
    on its own. Without a neighbours map, small lots are merged with the smallest other lot, so
    small municipalities are grouped together. With ``max_lots`` the smallest lots are merged
    (with a neighbour when there is one) until no more than ``max_lots`` are left.

By product group (``basis="product"``)
    One lot per CPV class (the first 4 digits) of the lines, in code order; lines without CPV
    (or without a code in ``suggested_cpv``) go into a last lot "Øvrig". With ``max_lots`` the
    largest classes keep their own lot and the rest go into "Øvrig". ``cpv_label`` (8-digit
    code -> label) gives the titles; without it a title names the class.

Ties are broken by the participants' order and by code, so the same proposal always gets the
same lots. A line belongs to at most one lot (``assign_lines``): a lot listing it in ``line_ids``
(a fresh suggestion, which wins over the line's old ``lot_number``), else its ``lot_number`` (the
lots as stored), else an area lot covering its municipality, else a product lot covering its CPV
class.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from kommunesamarbeid.core.cpv import cpv_class, parse_cpv
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import LotData, ParticipantData, ProposalData
from kommunesamarbeid.core.thresholds import estimate_lines, line_code8

__all__ = [
    "OTHER_CLASS",
    "LotBasis",
    "assign_lines",
    "join_names",
    "lot_values",
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


def lot_values(proposal: ProposalData, lots: Sequence[LotData]) -> dict[int, int]:
    """lot number -> the estimated value of its lines (over the period used by the rules)."""
    estimates = estimate_lines(proposal)
    values = {lot.number: 0 for lot in lots}
    for line_id, number in assign_lines(proposal, lots).items():
        values[number] += estimates[line_id].total or 0
    return values


# --- suggestions ------------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    members: list[int]  # indexes into the participants with lines
    value: int

    @property
    def order(self) -> int:
        return min(self.members)


def suggest_lots(
    proposal: ProposalData,
    *,
    basis: LotBasis,
    neighbours: Mapping[int, set[int]] | None = None,
    max_lots: int | None = None,
    min_lot_value: int | None = None,
    cpv_label: Callable[[str], str | None] | None = None,
    suggested_cpv: Mapping[int, str] | None = None,
) -> list[LotData]:
    """Suggested lots, numbered from 1 (see the module docstring for the rules)."""
    if max_lots is not None and max_lots < 1:
        raise ValueError("Antall delkontrakter må være minst 1.")
    if basis == "area":
        return _by_area(proposal, neighbours, max_lots, min_lot_value)
    if basis == "product":
        return _by_product(proposal, max_lots, cpv_label, suggested_cpv or {})
    raise ValueError(f"Ukjent grunnlag for delkontrakter: {basis!r} (bruk «area» eller «product»).")


def _participant_values(proposal: ProposalData) -> list[tuple[ParticipantData, int]]:
    estimates = estimate_lines(proposal)
    return [
        (p, sum(estimates[line.line_id].total or 0 for line in p.lines))
        for p in proposal.participants
        if p.lines
    ]


def _by_area(
    proposal: ProposalData,
    neighbours: Mapping[int, set[int]] | None,
    max_lots: int | None,
    min_lot_value: int | None,
) -> list[LotData]:
    members = _participant_values(proposal)
    if not members:
        return []
    total = sum(value for _, value in members)
    minimum = min_lot_value if min_lot_value is not None else total // (2 * len(members))
    ids = [p.municipality_id for p, _ in members]

    def adjacent(a: _Group, b: _Group) -> bool:
        if neighbours is None:
            return False
        return any(
            ids[j] in neighbours.get(ids[i], set()) or ids[i] in neighbours.get(ids[j], set())
            for i in a.members
            for j in b.members
        )

    def size(g: _Group) -> tuple[int, int]:
        return (g.value, g.order)

    groups = [_Group([i], value) for i, (_, value) in enumerate(members)]
    while len(groups) > 1:
        too_many = max_lots is not None and len(groups) > max_lots
        small = [g for g in groups if g.value < minimum]
        if neighbours is not None:
            # a small municipality with no neighbour among the others stays on its own
            small = [g for g in small if any(adjacent(g, o) for o in groups if o is not g)]
        if too_many:
            merge = min(groups, key=size)
        elif small:
            merge = min(small, key=size)
        else:
            break
        others = [g for g in groups if g is not merge]
        near = [g for g in others if adjacent(merge, g)]
        partner = min(near or others, key=size)
        partner.members = sorted(partner.members + merge.members)
        partner.value += merge.value
        groups.remove(merge)

    groups.sort(key=lambda g: g.order)
    lots: list[LotData] = []
    for number, g in enumerate(groups, start=1):
        names = [members[i][0].name for i in g.members]
        text = f"Område: {join_names(names)}. Anslått verdi {format_nok(g.value)}."
        if len(g.members) > 1:
            text += " Kommunene er slått sammen for at delkontrakten skal bli stor nok."
        lots.append(
            LotData(
                number=number,
                title=join_names(names),
                description=text,
                basis="area",
                municipality_ids=tuple(ids[i] for i in g.members),
                line_ids=tuple(line.line_id for i in g.members for line in members[i][0].lines),
            )
        )
    return lots


def _by_product(
    proposal: ProposalData,
    max_lots: int | None,
    cpv_label: Callable[[str], str | None] | None,
    suggested_cpv: Mapping[int, str],
) -> list[LotData]:
    estimates = estimate_lines(proposal)
    classes: dict[str, list[tuple[ParticipantData, int]]] = {}
    for p in proposal.participants:
        for line in p.lines:
            code8 = line_code8(line)
            if code8 is None and line.line_id in suggested_cpv:
                code8 = parse_cpv(suggested_cpv[line.line_id]).code8
            classes.setdefault(_line_class(code8), []).append((p, line.line_id))
    if not classes:
        return []

    def value(key: str) -> int:
        return sum(estimates[line_id].total or 0 for _, line_id in classes[key])

    own = sorted(k for k in classes if k != OTHER_CLASS)
    rest = [OTHER_CLASS] if OTHER_CLASS in classes else []
    limit = max_lots if max_lots is not None else len(own) + len(rest)
    if len(own) + len(rest) > limit:
        keep = sorted(own, key=lambda k: (-value(k), k))[: limit - 1]
        rest = sorted(k for k in own if k not in keep) + rest
        own = sorted(keep)

    lots: list[LotData] = []
    for key in own:
        label = cpv_label(key + "0000") if cpv_label is not None else None
        title = f"{label} (CPV-klasse {key})" if label else f"CPV-klasse {key}"
        lots.append(_product_lot(len(lots) + 1, title, (key,), classes, value(key)))
    if rest:
        if not own:
            title = "Hele anskaffelsen"
        elif rest == [OTHER_CLASS]:
            title = "Øvrig (uten CPV-kode)"
        else:
            title = "Øvrig"
        total = sum(value(k) for k in rest)
        lots.append(_product_lot(len(lots) + 1, title, tuple(rest), classes, total))
    return lots


def _product_lot(
    number: int,
    title: str,
    keys: tuple[str, ...],
    classes: Mapping[str, list[tuple[ParticipantData, int]]],
    value: int,
) -> LotData:
    entries = [entry for key in keys for entry in classes[key]]
    municipality_ids: list[int] = []
    names: list[str] = []
    for p, _ in entries:
        if p.municipality_id not in municipality_ids:
            municipality_ids.append(p.municipality_id)
            names.append(p.name)
    return LotData(
        number=number,
        title=title,
        description=(f"Produktgruppe for {join_names(names)}. Anslått verdi {format_nok(value)}."),
        basis="product",
        municipality_ids=tuple(municipality_ids),
        cpv_classes=keys,
        line_ids=tuple(line_id for _, line_id in entries),
    )
