"""Use cases: the local supplier market of a CPV code, of each lot of a proposal, and what it
means for dividing the proposal into lots.

A lot's CPV codes are those of its lines: as written in the plans, else the code the overlap
engine suggests from the text. Each code is looked up in the curated table (longest prefix) and
the industry codes of all rows found are counted together. Municipalities are counted by their
kommunenummer (the one stored, else the national list's by name); a participant without one is
shown as unknown, never as zero. The county (or counties) of the participants is counted too.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kommunesamarbeid.core.cpv import parse_cpv
from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.local_market import (
    IndustrySelection,
    LotMarket,
    MarketCounts,
    PlaceMarket,
    ProposalMarket,
    RegisterInfo,
    SplitAdvice,
    lot_market_note,
    lot_notes,
    lot_warnings,
    reading,
    split_advice,
    total,
)
from kommunesamarbeid.core.proposal import LotData, ParticipantData, ProposalData, ProposalLineData
from kommunesamarbeid.core.supplier_mapping import IndustryCode, MappingRow
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.services.municipalities import (
    find_municipality,
    municipality_register,
    register_fact,
)
from kommunesamarbeid.services.suppliers import (
    count_by_place,
    industry_map,
    register_info,
    require_register,
)

__all__ = [
    "annotate_lots",
    "count_market",
    "proposal_market",
    "suggested_basis",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Place:
    name: str
    number: str | None


def _county_of(number: str) -> tuple[str, str]:
    """(county number, county name) of a kommunenummer."""
    fact = municipality_register().by_number(number)
    if fact is not None:
        return fact.county_number, fact.county
    return number[:2], f"fylke {number[:2]}"


def _selection(cpv_codes: Sequence[str]) -> IndustrySelection:
    table = industry_map()
    rows: list[MappingRow] = []
    unmapped: list[str] = []
    for code in sorted(set(cpv_codes)):
        row = table.lookup(code)
        if row is None:
            unmapped.append(code)
        elif row not in rows:
            rows.append(row)
    return IndustrySelection(tuple(sorted(set(cpv_codes))), tuple(rows), tuple(unmapped))


class _Counter:
    """Counts per selection of industry codes, asked for once per distinct selection."""

    def __init__(self, db: Database, places: Sequence[_Place]) -> None:
        self.db = db
        self.numbers = sorted({p.number for p in places if p.number})
        self.counties = sorted({_county_of(n)[0] for n in self.numbers})
        self._cache: dict[
            tuple[IndustryCode, ...], tuple[dict[str, MarketCounts], dict[str, MarketCounts]]
        ] = {}

    def counts(
        self, codes: tuple[IndustryCode, ...]
    ) -> tuple[dict[str, MarketCounts], dict[str, MarketCounts]]:
        if codes not in self._cache:
            self._cache[codes] = count_by_place(self.db, codes, self.numbers, self.counties)
        return self._cache[codes]


def _places_market(
    places: Sequence[_Place], by_number: Mapping[str, MarketCounts], known: bool
) -> tuple[PlaceMarket, ...]:
    return tuple(
        PlaceMarket(
            p.name,
            p.number,
            (by_number.get(p.number, MarketCounts()) if known else None) if p.number else None,
        )
        for p in places
    )


def _counties_market(
    places: Sequence[_Place], by_county: Mapping[str, MarketCounts], known: bool
) -> tuple[PlaceMarket, ...]:
    seen: dict[str, str] = {}
    for p in places:
        if p.number:
            number, name = _county_of(p.number)
            seen.setdefault(number, name)
    return tuple(
        PlaceMarket(name, number, by_county.get(number, MarketCounts()) if known else None)
        for number, name in sorted(seen.items())
    )


def _lot_market(
    counter: _Counter,
    info: RegisterInfo,
    *,
    number: int | None,
    title: str,
    basis: str | None,
    places: Sequence[_Place],
    region_places: Sequence[_Place],
    selection: IndustrySelection,
) -> LotMarket:
    known = bool(selection.rows)
    by_number, by_county = counter.counts(selection.codes) if known else ({}, {})
    municipalities = _places_market(places, by_number, known)
    region_markets = _places_market(region_places, by_number, known)
    region = total([p.counts for p in region_markets if p.counts is not None])
    counties = _counties_market(region_places, by_county, known)
    lot_total = total([p.counts for p in municipalities if p.counts is not None])
    label = (
        Text("market.lot_label", number=number, title=title)
        if number is not None
        else Text("market.whole")
    )
    return LotMarket(
        number=number,
        title=title,
        basis=basis,
        selection=selection,
        municipalities=municipalities,
        region=region,
        counties=counties,
        reading=reading(municipalities, region, counties, one_lot=number is not None)
        if known
        else "",
        warnings=tuple(lot_warnings(label, municipalities, selection)),
        notes=tuple(lot_notes(selection, lot_total, info.parents_file is not None))
        if known
        else (),
    )


# ------------------------------------------------------------------------------ one CPV code


def _resolve(db: Database, names: Sequence[str]) -> list[_Place]:
    places: list[_Place] = []
    with db.sessions() as session:
        for name in names:
            m = find_municipality(session, name)
            if m is not None:
                fact = register_fact(m)
                number = m.kommunenummer or (fact.number if fact is not None else None)
                if number is None:
                    raise BadValueError(
                        f"{m.name} har ikke kommunenummer, så lokale leverandører kan ikke telles.",
                        hint=f'Sett det med «municipality set "{m.name}" --number NNNN».',
                    )
                places.append(_Place(m.name, number))
                continue
            found = municipality_register().find(name)
            if found is None:
                candidates = municipality_register().by_name(name)
                if candidates:
                    listed = ", ".join(f"{f.number} ({f.county})" for f in candidates)
                    raise BadValueError(
                        f"Flere kommuner heter «{name}»: {listed}.",
                        hint="Oppgi kommunenummeret i stedet for navnet.",
                    )
                raise NotFoundError(
                    f"Fant ingen kommune «{name}».",
                    hint="Skriv kommunens navn eller fire-sifrede kommunenummer.",
                )
            places.append(_Place(found.name_no or found.name, found.number))
    return places


def count_market(db: Database, cpv: str, municipalities: Sequence[str]) -> LotMarket:
    """The local market of one CPV code in the named municipalities (``suppliers count``)."""
    info = require_register(db)
    digits = "".join(ch for ch in cpv if ch.isdigit())
    parsed = parse_cpv(cpv)
    code = parsed.code8 if parsed.code8 is not None else digits
    if not 2 <= len(code) <= 8:
        raise BadValueError(
            "Ugyldig CPV-kode.", field="cpv", value=cpv, expected="8 siffer, f.eks. 90911200"
        )
    selection = _selection([code])
    if not selection.rows:
        raise BadValueError(
            f"CPV {code} finnes ikke i tabellen CPV → næringskode, så leverandørene kan ikke "
            "telles.",
            hint="Legg til en rad i tabellen cpv_sn2025.csv (se README i samme mappe).",
        )
    if not municipalities:
        raise BadValueError("Oppgi minst én kommune med --municipality.")
    places = _resolve(db, municipalities)
    counter = _Counter(db, places)
    return _lot_market(
        counter,
        info,
        number=None,
        title=f"CPV {code}",
        basis=None,
        places=places,
        region_places=places,
        selection=selection,
    )


# ------------------------------------------------------------------------------ proposals


def _participant_place(p: ParticipantData) -> _Place:
    number = p.kommunenummer
    if number is None:
        fact = municipality_register().find(p.name)
        number = fact.number if fact is not None else None
    return _Place(p.name, number)


def _line_cpvs(db: Database, data: ProposalData) -> dict[int, str]:
    """line id → 8-digit CPV: as written in the plan, else suggested from the text."""
    out: dict[int, str] = {}
    missing: list[tuple[ProposalLineData, ParticipantData]] = []
    for p in data.participants:
        for line in p.lines:
            code = parse_cpv(line.cpv).code8 if line.cpv else None
            if code is not None:
                out[line.line_id] = code
            else:
                missing.append((line, p))
    if missing:
        out.update(_suggested_cpvs(db, missing))
    return out


def _suggested_cpvs(
    db: Database, lines: Sequence[tuple[ProposalLineData, ParticipantData]]
) -> dict[int, str]:
    """The overlap engine's CPV for lines the plans gave none (empty when it cannot say)."""
    try:
        from kommunesamarbeid.core.overlap.detect import build_model
        from kommunesamarbeid.core.overlap.model import MatchLine
        from kommunesamarbeid.services.catalogue import catalogue_labels
        from kommunesamarbeid.services.overlap import vocabulary

        model = build_model(vocabulary(), catalogue_labels(db))
        out: dict[int, str] = {}
        for line, p in lines:
            match = MatchLine(line.line_id, p.municipality_id, p.name, line.description)
            code = model.line(match, frozenset()).cpv
            if code:
                out[line.line_id] = code
        return out
    except Exception:  # the suggestion is a help; the counts go on without it
        log.warning("Kunne ikke foreslå CPV fra teksten", exc_info=True)
        return {}


def _lot_lines(data: ProposalData, lot: LotData) -> list[tuple[ParticipantData, ProposalLineData]]:
    explicit = set(lot.line_ids)
    return [
        (p, line)
        for p in data.participants
        for line in p.lines
        if line.line_id in explicit or (not explicit and line.lot_number == lot.number)
    ]


def _places_of(
    data: ProposalData, ids: Sequence[int], places: Mapping[int, _Place]
) -> list[_Place]:
    wanted = set(ids)
    return [places[p.municipality_id] for p in data.participants if p.municipality_id in wanted]


def proposal_market(db: Database, data: ProposalData) -> ProposalMarket:
    """The local market of every lot (or of the whole proposal without lots), with advice."""
    info = register_info(db)
    if not info.loaded:
        return ProposalMarket(
            register=info,
            warnings=(Text("market.not_loaded"),),
        )
    places = {p.municipality_id: _participant_place(p) for p in data.participants}
    with_lines = [p for p in data.participants if p.lines]
    region_places = [places[p.municipality_id] for p in with_lines]
    cpvs = _line_cpvs(db, data)
    counter = _Counter(db, region_places)
    lots: list[LotMarket] = []
    for lot in data.lots:
        members = _lot_lines(data, lot)
        ids = list(lot.municipality_ids) or [p.municipality_id for p, _ in members]
        lots.append(
            _lot_market(
                counter,
                info,
                number=lot.number,
                title=lot.title,
                basis=lot.basis,
                places=_places_of(data, ids, places),
                region_places=region_places,
                selection=_selection(
                    [cpvs[line.line_id] for _, line in members if line.line_id in cpvs]
                ),
            )
        )
    whole = _selection(list(cpvs.values()))
    everyone = _lot_market(
        counter,
        info,
        number=None,
        title=Text("market.whole"),
        basis=None,
        places=region_places,
        region_places=region_places,
        selection=whole,
    )
    if not data.lots:
        lots.append(everyone)
    advice = split_advice(everyone.municipalities, whole)
    missing = tuple(p.name for p in region_places if p.number is None)
    warnings = tuple(Text("market.missing_number", name=name) for name in missing)
    return ProposalMarket(
        register=info, lots=tuple(lots), advice=advice, missing_numbers=missing, warnings=warnings
    )


def _advice_for(db: Database, data: ProposalData) -> tuple[SplitAdvice, dict[int, str]] | None:
    if not register_info(db).loaded:
        return None
    places = [_participant_place(p) for p in data.participants if p.lines]
    cpvs = _line_cpvs(db, data)
    selection = _selection(list(cpvs.values()))
    if not selection.rows:
        return None
    by_number, _ = count_by_place(db, selection.codes, [p.number for p in places if p.number])
    markets = _places_market(places, by_number, True)
    return split_advice(markets, selection), cpvs


def suggested_basis(db: Database, data: ProposalData) -> str:
    """ "area" when every participating municipality has local businesses with staff in the
    proposal's trades (lots by area give them a real chance), else "product"."""
    found = _advice_for(db, data)
    return "area" if found is not None and found[0].basis == "area" else "product"


def annotate_lots(db: Database, data: ProposalData, lots: Sequence[LotData]) -> list[LotData]:
    """Area lots get a line on their local market in the description (the § 19-4 reasoning)."""
    if not lots or not register_info(db).loaded:
        return list(lots)
    participants = {p.municipality_id: p for p in data.participants}
    cpvs = _line_cpvs(db, data)
    out: list[LotData] = []
    for lot in lots:
        if lot.basis != "area":
            out.append(lot)
            continue
        members = _lot_lines(data, lot)
        selection = _selection([cpvs[line.line_id] for _, line in members if line.line_id in cpvs])
        ids = list(lot.municipality_ids) or [p.municipality_id for p, _ in members]
        lot_places = [_participant_place(participants[i]) for i in ids if i in participants]
        by_number, _ = (
            count_by_place(db, selection.codes, [p.number for p in lot_places if p.number])
            if selection.rows
            else ({}, {})
        )
        note = lot_market_note(_places_market(lot_places, by_number, True), selection)
        description = (
            Text("lots.sentences", items=[lot.description, note]) if note else lot.description
        )
        out.append(replace(lot, description=description))
    return out
