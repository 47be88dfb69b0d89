"""The local supplier market of a lot: counts, their plain-language reading, and what they mean
for dividing a joint tender (FOA § 19-4, "del opp eller begrunn").

The counts come from Enhetsregisteret (underenheter located in each municipality, in the industry
codes the curated CPV table names for the lot's CPV codes). This module only reads them: which
municipality is weakest, whether a lot per municipality gives local businesses a real chance,
which lots have no local supplier at all. It speaks of businesses *with staff*: a unit without
registered employees is often a dormant sole proprietorship, and the register withholds
headcounts of 1–4, so bands are reported, never a false exact number.

Every sentence it makes is a catalogue text (:class:`~kommunesamarbeid.core.texts.Text`, keys
``market.*``): the bokmål string everywhere a ``str`` is expected (JSON, the command line, the
GUI), rendered in nynorsk in a document for a nynorsk host.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from kommunesamarbeid.core.supplier_mapping import IndustryCode, MappingRow
from kommunesamarbeid.core.texts import Text, Written

__all__ = [
    "CURATED_NOTE",
    "NLOD_ATTRIBUTION",
    "RENHOLD_NOTE",
    "IndustrySelection",
    "LotMarket",
    "MarketCounts",
    "PlaceMarket",
    "ProposalMarket",
    "RegisterInfo",
    "SplitAdvice",
    "businesses",
    "lot_market_note",
    "lot_warnings",
    "reading",
    "split_advice",
]

NLOD_ATTRIBUTION: Final = Text("market.attribution")
CURATED_NOTE: Final = Text("market.curated")
RENHOLD_NOTE: Final = Text("market.note.cleaning")
#: Industry codes of cleaning services (81.21 and 81.22): the Renholdsregisteret reminder.
_CLEANING: Final = (IndustryCode("81.21"), IndustryCode("81.22"))


@dataclass(frozen=True, slots=True)
class MarketCounts:
    """Units that could bid, in bands; ``parent_missing`` are counted but could not be checked."""

    units: int = 0
    with_staff: int = 0
    five_plus: int = 0
    sole_proprietors: int = 0
    parent_missing: int = 0

    def __add__(self, other: MarketCounts) -> MarketCounts:
        return MarketCounts(
            self.units + other.units,
            self.with_staff + other.with_staff,
            self.five_plus + other.five_plus,
            self.sole_proprietors + other.sole_proprietors,
            self.parent_missing + other.parent_missing,
        )

    def to_json(self) -> dict[str, int]:
        return {
            "units": self.units,
            "with_staff": self.with_staff,
            "five_plus": self.five_plus,
            "sole_proprietors": self.sole_proprietors,
            "parent_missing": self.parent_missing,
        }


def total(counts: Sequence[MarketCounts]) -> MarketCounts:
    result = MarketCounts()
    for item in counts:
        result = result + item
    return result


@dataclass(frozen=True, slots=True)
class PlaceMarket:
    """A municipality (or county) and its counts; ``counts`` is None when its number is unknown."""

    name: str
    number: str | None
    counts: MarketCounts | None

    def to_json(self) -> dict[str, object]:
        counts = (
            self.counts.to_json()
            if self.counts is not None
            else dict.fromkeys(
                ("units", "with_staff", "five_plus", "sole_proprietors", "parent_missing")
            )
        )
        return {"name": self.name, "number": self.number, **counts}


@dataclass(frozen=True, slots=True)
class IndustrySelection:
    """What was counted: the CPV codes, the table rows they matched, the industry codes used."""

    cpv_codes: tuple[str, ...] = ()
    rows: tuple[MappingRow, ...] = ()
    #: CPV codes with no row in the table (their lines are not counted).
    unmapped: tuple[str, ...] = ()

    @property
    def codes(self) -> tuple[IndustryCode, ...]:
        seen: dict[str, IndustryCode] = {}
        for row in self.rows:
            for code in row.codes:
                seen.setdefault(code.text, code)
        return tuple(sorted(seen.values()))

    @property
    def confidence(self) -> str:
        """The weakest confidence of the rows used ("høy", "middels" or "lav")."""
        order = {"høy": 0, "middels": 1, "lav": 2}
        if not self.rows:
            return "lav"
        return max((row.confidence for row in self.rows), key=lambda c: order.get(c, 2))

    @property
    def cleaning(self) -> bool:
        return any(
            code.range()[0] < clean.range()[1] and clean.range()[0] < code.range()[1]
            for code in self.codes
            for clean in _CLEANING
        )

    def code_list(self) -> str:
        return ", ".join(code.text for code in self.codes)

    def to_json(self) -> dict[str, object]:
        return {
            "cpv": list(self.cpv_codes),
            "industry_codes": [code.text for code in self.codes],
            "mapping": [
                {
                    "cpv_prefix": row.cpv_prefix,
                    "category": row.category,
                    "industry_codes": row.code_texts(),
                    "source": row.source,
                    "confidence": row.confidence,
                    "note": row.note,
                }
                for row in self.rows
            ],
            "unmapped_cpv": list(self.unmapped),
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class RegisterInfo:
    """What is loaded of Enhetsregisteret, for the source line under every count."""

    units_date: dt.date | None = None
    parents_date: dt.date | None = None
    units: int = 0
    parents: int = 0
    units_file: str | None = None
    parents_file: str | None = None
    loaded_at: dt.datetime | None = None
    attribution: str = NLOD_ATTRIBUTION

    @property
    def loaded(self) -> bool:
        return self.units_file is not None

    @property
    def source_date(self) -> dt.date | None:
        """The date the counts stand at: the underenheter file's (where the work is done)."""
        return self.units_date or self.parents_date

    def source_line(self) -> Text:
        when = self.source_date or Text("market.unknown_date")
        return Text("market.source", date=when, attribution=self.attribution)


@dataclass(frozen=True, slots=True)
class SplitAdvice:
    """Whether the market speaks for lots by area, and the § 19-4 sentences that say why."""

    basis: str | None
    sentences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LotMarket:
    """The local market of one lot (or of the whole proposal when it has no lots)."""

    number: int | None
    title: str
    selection: IndustrySelection
    municipalities: tuple[PlaceMarket, ...]
    #: The participating municipalities together (the lot's context).
    region: MarketCounts
    counties: tuple[PlaceMarket, ...] = ()
    basis: str | None = None
    reading: str = ""
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def total(self) -> MarketCounts:
        return total([p.counts for p in self.municipalities if p.counts is not None])

    def to_json(self) -> dict[str, object]:
        return {
            "lot": self.number,
            "title": self.title,
            "basis": self.basis,
            **self.selection.to_json(),
            "municipalities": [p.to_json() for p in self.municipalities],
            "total": self.total.to_json(),
            "region": self.region.to_json(),
            "counties": [p.to_json() for p in self.counties],
            "reading": self.reading,
            "warnings": list(self.warnings),
            "notes": list(self.notes),
        }


@dataclass(frozen=True, slots=True)
class ProposalMarket:
    """Every lot's local market, the register it came from, and the advice on dividing."""

    register: RegisterInfo
    lots: tuple[LotMarket, ...] = ()
    advice: SplitAdvice | None = None
    #: Participants without a kommunenummer (their counts are unknown).
    missing_numbers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())


# ------------------------------------------------------------------------------ words
#
# Every sentence below is a catalogue text (``resources/texts/{nb,nn}/market.toml``): a ``Text``
# is the bokmål string, and a document for a nynorsk host renders it in nynorsk.


def businesses(n: int) -> Text:
    """1 → "1 bedrift", 2 → "2 bedrifter" (nynorsk: "1 verksemd", "2 verksemder")."""
    return Text("market.businesses", n=n)


def join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " og " + names[-1]


def _short(name: str) -> str:
    for suffix in (" kommune", " herad"):
        if name.casefold().endswith(suffix):
            return name[: -len(suffix)]
    return name


def reading(
    places: Sequence[PlaceMarket],
    region: MarketCounts,
    counties: Sequence[PlaceMarket] = (),
    *,
    one_lot: bool = False,
) -> Text:
    """The counts in one sentence a coordinator reads at a glance.

    One municipality: its businesses with staff against the region (the participants together).
    Several: the weakest municipality against all of them: "2 bedrifter med ansatte i Fedje, 31
    i regionen: en delkontrakt per kommune gir lokale tilbydere en reell mulighet". With
    ``one_lot`` the municipalities already share one lot (an area lot of several municipalities),
    and the sentence speaks of that lot instead of one lot per municipality.
    """
    known = [p for p in places if p.counts is not None]
    if not known:
        return Text("market.reading.unknown", n=len(places))
    county = max(
        (c for c in counties if c.counts is not None),
        key=lambda c: c.counts.with_staff if c.counts else 0,
        default=None,
    )
    if len(known) == 1:
        place = known[0]
        counts = place.counts
        assert counts is not None
        name = _short(place.name)
        beyond = region.with_staff - counts.with_staff
        elsewhere = Text("market.reading.elsewhere", n=region.with_staff) if beyond > 0 else ""
        if counts.with_staff:
            return Text(
                "market.reading.own_lot",
                businesses=businesses(counts.with_staff),
                name=name,
                elsewhere=elsewhere,
            )
        if counts.units:
            return Text(
                "market.reading.units_only", name=name, units=counts.units, elsewhere=elsewhere
            )
        return Text("market.reading.none_here", name=name, elsewhere=elsewhere)
    together = total([p.counts for p in known if p.counts is not None])
    area = "area" if one_lot else "region"
    weakest = min(known, key=lambda p: (p.counts.with_staff if p.counts else 0, p.name))
    assert weakest.counts is not None
    if weakest.counts.with_staff:
        return Text(
            f"market.reading.weakest_{area}",
            businesses=businesses(weakest.counts.with_staff),
            name=_short(weakest.name),
            together=together.with_staff,
        )
    without = [_short(p.name) for p in known if p.counts is not None and not p.counts.with_staff]
    if together.with_staff:
        return Text(f"market.reading.without_{area}", names=without, together=together.with_staff)
    if county is not None and county.counts is not None and county.counts.with_staff:
        return Text("market.reading.county", n=county.counts.with_staff, county=county.name)
    return Text("market.reading.nowhere")


def split_advice(places: Sequence[PlaceMarket], selection: IndustrySelection) -> SplitAdvice:
    """Lots by area when every participating municipality has local businesses with staff."""
    unknown = [_short(p.name) for p in places if p.counts is None]
    codes = selection.code_list()
    if not places or not selection.rows:
        return SplitAdvice(None, ())
    if unknown:
        return SplitAdvice(None, (Text("market.advice.unknown", names=unknown),))
    listed = [
        Text("market.advice.listed", name=_short(p.name), n=p.counts.with_staff)
        for p in places
        if p.counts is not None
    ]
    if all(p.counts is not None and p.counts.with_staff for p in places):
        return SplitAdvice(
            "area",
            (
                Text("market.advice.all_have", n=len(places), codes=codes, listed=listed),
                Text("market.advice.by_area"),
            ),
        )
    without = [_short(p.name) for p in places if p.counts is not None and not p.counts.with_staff]
    return SplitAdvice(
        None,
        (
            Text("market.advice.none_have", names=without, codes=codes, listed=listed),
            Text("market.advice.merge", n=len(without)),
        ),
    )


def lot_market_note(places: Sequence[PlaceMarket], selection: IndustrySelection) -> Text | None:
    """A short line for a lot's description: "Lokalt marked: 2 bedrifter med ansatte i Fedje."
    (None when the lot's market is unknown)."""
    known = [p for p in places if p.counts is not None]
    if not known or not selection.rows:
        return None
    parts = [
        Text(
            "market.lot_note.first", businesses=businesses(p.counts.with_staff), name=_short(p.name)
        )
        if number == 0
        else Text("market.lot_note.more", n=p.counts.with_staff, name=_short(p.name))
        for number, p in enumerate(known)
        if p.counts is not None
    ]
    return Text("market.lot_note.line", codes=selection.code_list(), parts=parts)


def lot_warnings(
    title: str, places: Sequence[PlaceMarket], selection: IndustrySelection
) -> list[Text]:
    """A lot with no local supplier at all, CPV codes the table does not know, no CPV at all.
    ``title`` names the lot (a ``Text`` renders in the document's standard)."""
    out: list[Text] = []
    if not selection.cpv_codes:
        out.append(Text("market.warning.no_cpv", title=title))
    for code in selection.unmapped:
        out.append(Text("market.warning.unmapped", title=title, code=code))
    known = [p for p in places if p.counts is not None]
    complete = bool(selection.rows and known and len(known) == len(places))
    if complete and not any(p.counts is not None and p.counts.units for p in known):
        out.append(
            Text(
                "market.warning.no_local",
                title=title,
                names=[_short(p.name) for p in known],
                codes=selection.code_list(),
            )
        )
    return out


def lot_notes(
    selection: IndustrySelection, counts: MarketCounts, parents_loaded: bool
) -> list[Text]:
    """The notes printed under a lot's counts: cleaning, the table's own notes, data gaps."""
    notes: list[Text] = []
    if selection.cleaning:
        notes.append(RENHOLD_NOTE)
    for row in selection.rows:
        if row.note:
            note = Written(row.note, row.note_nn)
            notes.append(
                Text("market.note.table", prefix=row.cpv_prefix, category=row.category, note=note)
            )
    if not parents_loaded:
        notes.append(Text("market.note.no_parents"))
    elif counts.parent_missing:
        notes.append(Text("market.note.parent_missing", n=counts.parent_missing))
    return notes
