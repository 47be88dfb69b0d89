"""A local supplier market for the sample proposals (``pdf_samples``), made by the real reading
(``core.local_market``) from invented counts, for the document tests and the rendered samples.

The counts are invented (no register is read); the curated table's cleaning row is the shipped
one, so the notes and codes are those a real document prints.
"""

from __future__ import annotations

import datetime as dt

from kommunesamarbeid.core.local_market import (
    IndustrySelection,
    LotMarket,
    MarketCounts,
    PlaceMarket,
    ProposalMarket,
    RegisterInfo,
    lot_notes,
    lot_warnings,
    reading,
    split_advice,
    total,
)
from kommunesamarbeid.core.proposal import ProposalData
from kommunesamarbeid.core.supplier_mapping import parse_mapping
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.paths import resource_path

#: Invented counts of cleaning businesses per kommunenummer: (units, with staff, 5+, sole
#: proprietorships, parent missing). Modalen has none at all, Masfjorden none with staff.
CLEANING_COUNTS = {
    "4631": MarketCounts(41, 29, 12, 9),
    "4632": MarketCounts(3, 2, 1, 0, 1),
    "4633": MarketCounts(4, 2, 1, 1),
    "4634": MarketCounts(2, 0, 0, 2),
    "4635": MarketCounts(5, 3, 1, 1),
    "4629": MarketCounts(),
    "4630": MarketCounts(12, 8, 3, 3),
    "4628": MarketCounts(6, 4, 2, 1),
}
VESTLAND = MarketCounts(2300, 1100, 480, 700, 3)
REGISTER = RegisterInfo(
    units_date=dt.date(2026, 11, 27),
    parents_date=dt.date(2026, 11, 26),
    units=865_000,
    parents=1_160_000,
    units_file="underenheter_alle.csv.gz",
    parents_file="enheter_alle.csv.gz",
)


def cleaning_selection() -> IndustrySelection:
    table = parse_mapping(resource_path("suppliers", "cpv_sn2025.csv").read_text("utf-8-sig"))
    row = table.lookup("90911200")
    assert row is not None
    return IndustrySelection(("90911200",), (row,))


def sample_market(proposal: ProposalData) -> ProposalMarket:
    """Every lot's market (the whole proposal's without lots) and the § 19-4 advice."""
    selection = cleaning_selection()
    places = {
        p.municipality_id: PlaceMarket(
            p.name, p.kommunenummer, CLEANING_COUNTS.get(p.kommunenummer or "")
        )
        for p in proposal.participants
    }
    everyone = tuple(places.values())
    region = total([p.counts for p in everyone if p.counts is not None])
    counties = (PlaceMarket("Vestland", "46", VESTLAND),)

    def market(number: int | None, title: str, members: tuple[PlaceMarket, ...]) -> LotMarket:
        label = (
            Text("market.lot_label", number=number, title=title)
            if number is not None
            else Text("market.whole")
        )
        counted = total([p.counts for p in members if p.counts is not None])
        return LotMarket(
            number,
            title,
            selection,
            members,
            region,
            counties,
            "area" if number is not None else None,
            reading(members, region, counties, one_lot=number is not None),
            tuple(lot_warnings(label, members, selection)),
            tuple(lot_notes(selection, counted, parents_loaded=True)),
        )

    lots = tuple(
        market(lot.number, lot.title, tuple(places[i] for i in lot.municipality_ids))
        for lot in proposal.lots
    ) or (market(None, Text("market.whole"), everyone),)
    return ProposalMarket(register=REGISTER, lots=lots, advice=split_advice(everyone, selection))
