"""The local supplier market of a lot: counts, their plain-language reading, and what they mean
for dividing a joint tender (FOA § 19-4, "del opp eller begrunn").

The counts come from Enhetsregisteret (underenheter located in each municipality, in the industry
codes the curated CPV table names for the lot's CPV codes). This module only reads them: which
municipality is weakest, whether a lot per municipality gives local businesses a real chance,
which lots have no local supplier at all. It speaks of businesses *with staff*: a unit without
registered employees is often a dormant sole proprietorship, and the register withholds
headcounts of 1–4, so bands are reported, never a false exact number.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from kommunesamarbeid.core.supplier_mapping import IndustryCode, MappingRow

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

NLOD_ATTRIBUTION: Final = (
    "Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av "
    "Brønnøysundregistrene (Enhetsregisteret)."
)
CURATED_NOTE: Final = (
    "Næringskodene er valgt fra en kuratert tabell CPV → næringskode (SN2025). Det finnes ingen "
    "offisiell nøkkel mellom CPV og næringskoder; tallene viser mulige tilbydere, ikke hvem som "
    "faktisk vil gi tilbud."
)
RENHOLD_NOTE: Final = (
    "Renhold: bare virksomheter som er godkjent i Arbeidstilsynets renholdsregister, kan brukes "
    "(kravet gjelder siden 2012). Tallene her sier ikke om en bedrift er godkjent; kontroller "
    "renholdsregisteret før konkurransen."
)
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

    def source_line(self) -> str:
        when = self.source_date.strftime("%d.%m.%Y") if self.source_date else "ukjent dato"
        return f"Kilde: Enhetsregisteret per {when}. {self.attribution}"


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


def businesses(n: int) -> str:
    """1 → "1 bedrift", 2 → "2 bedrifter"."""
    return f"{n} bedrift" if n == 1 else f"{n} bedrifter"


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
) -> str:
    """The counts in one sentence a coordinator reads at a glance.

    One municipality: its businesses with staff against the region (the participants together).
    Several: the weakest municipality against all of them: "2 bedrifter med ansatte i Fedje, 31
    i regionen: en delkontrakt per kommune gir lokale tilbydere en reell mulighet". With
    ``one_lot`` the municipalities already share one lot (an area lot of several municipalities),
    and the sentence speaks of that lot instead of one lot per municipality.
    """
    known = [p for p in places if p.counts is not None]
    if not known:
        return "Det lokale markedet er ukjent: kommunene mangler kommunenummer."
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
        elsewhere = f", {region.with_staff} i regionen" if beyond > 0 else ""
        if counts.with_staff:
            return (
                f"{businesses(counts.with_staff)} med ansatte i {name}{elsewhere}: en egen "
                "delkontrakt gir lokale tilbydere en reell mulighet."
            )
        if counts.units:
            return (
                f"Ingen bedrifter med ansatte i {name} (bare {counts.units} uten registrerte "
                f"ansatte){elsewhere}: lokale tilbud er lite sannsynlige; vurder å slå "
                "delkontrakten sammen med en nabokommune."
            )
        return (
            f"Ingen registrerte bedrifter i {name} innen disse næringene{elsewhere}: "
            "delkontrakten vil trolig få tilbud fra bedrifter utenfor kommunen."
        )
    together = total([p.counts for p in known if p.counts is not None])
    area = "området" if one_lot else "regionen"
    weakest = min(known, key=lambda p: (p.counts.with_staff if p.counts else 0, p.name))
    assert weakest.counts is not None
    if weakest.counts.with_staff:
        advice = (
            "delkontrakten gir lokale tilbydere i alle kommunene en reell mulighet"
            if one_lot
            else "en delkontrakt per kommune gir lokale tilbydere en reell mulighet"
        )
        return (
            f"{businesses(weakest.counts.with_staff)} med ansatte i {_short(weakest.name)}, "
            f"{together.with_staff} i {area}: {advice}."
        )
    without = [_short(p.name) for p in known if p.counts is not None and not p.counts.with_staff]
    if together.with_staff:
        advice = (
            "lokale tilbydere i nabokommunene kan likevel gi tilbud på hele delkontrakten"
            if one_lot
            else "del opp etter område, men slå kommuner uten lokale tilbydere sammen med en "
            "nabokommune"
        )
        return (
            f"Ingen bedrifter med ansatte i {join_names(without)}, {together.with_staff} i "
            f"{area}: {advice}."
        )
    if county is not None and county.counts is not None and county.counts.with_staff:
        return (
            f"Ingen bedrifter med ansatte i kommunene, {county.counts.with_staff} i "
            f"{county.name}: konkurransen blir regional, og delkontrakter per kommune gir ikke "
            "lokale tilbud."
        )
    return (
        "Ingen bedrifter med ansatte i kommunene eller fylket innen disse næringene: lokale "
        "tilbydere kan neppe delta, uansett hvordan anskaffelsen deles."
    )


def split_advice(places: Sequence[PlaceMarket], selection: IndustrySelection) -> SplitAdvice:
    """Lots by area when every participating municipality has local businesses with staff."""
    unknown = [_short(p.name) for p in places if p.counts is None]
    codes = selection.code_list()
    if not places or not selection.rows:
        return SplitAdvice(None, ())
    if unknown:
        return SplitAdvice(
            None,
            (
                f"Det lokale markedet er ukjent for {join_names(unknown)} (kommunenummer "
                "mangler), så det kan ikke brukes som grunn for oppdelingen.",
            ),
        )
    listed = ", ".join(
        f"{_short(p.name)} {p.counts.with_staff}" for p in places if p.counts is not None
    )
    if all(p.counts is not None and p.counts.with_staff for p in places):
        return SplitAdvice(
            "area",
            (
                f"Alle de {len(places)} kommunene har lokale bedrifter med ansatte innen "
                f"næringskodene {codes} ({listed}).",
                "Delkontrakter etter område gir lokale tilbydere en reell mulighet til å gi "
                "tilbud på sitt eget område (FOA § 19-4, «del opp eller begrunn»).",
            ),
        )
    without = [_short(p.name) for p in places if p.counts is not None and not p.counts.with_staff]
    return SplitAdvice(
        None,
        (
            f"{join_names(without)} har ingen lokale bedrifter med ansatte innen næringskodene "
            f"{codes} ({listed}).",
            "En delkontrakt per kommune gir ikke lokale tilbydere en mulighet der; slå disse "
            "kommunene sammen med en nabo, eller vurder delkontrakter etter produktgruppe.",
        ),
    )


def lot_market_note(places: Sequence[PlaceMarket], selection: IndustrySelection) -> str:
    """A short line for a lot's description: "Lokalt marked: 2 bedrifter med ansatte i Fedje."."""
    known = [p for p in places if p.counts is not None]
    if not known or not selection.rows:
        return ""
    parts = [
        f"{businesses(p.counts.with_staff)} med ansatte i {_short(p.name)}"
        if number == 0
        else f"{p.counts.with_staff} i {_short(p.name)}"
        for number, p in enumerate(known)
        if p.counts is not None
    ]
    return f"Lokalt marked ({selection.code_list()}): {join_names(parts)}."


def lot_warnings(
    title: str, places: Sequence[PlaceMarket], selection: IndustrySelection
) -> list[str]:
    """A lot with no local supplier at all, CPV codes the table does not know, no CPV at all."""
    out: list[str] = []
    if not selection.cpv_codes:
        out.append(
            f"{title}: linjene har ingen CPV-kode (verken i planene eller foreslått fra teksten), "
            "så det lokale markedet kan ikke telles."
        )
    for code in selection.unmapped:
        out.append(
            f"{title}: CPV {code} finnes ikke i tabellen CPV → næringskode, så linjene med den "
            "koden er ikke talt med. Legg til en rad i tabellen (cpv_sn2025.csv)."
        )
    known = [p for p in places if p.counts is not None]
    complete = bool(selection.rows and known and len(known) == len(places))
    if complete and not any(p.counts is not None and p.counts.units for p in known):
        names = join_names([_short(p.name) for p in known])
        out.append(
            f"{title}: ingen lokale leverandører i det hele tatt i {names} innen "
            f"næringskodene {selection.code_list()}."
        )
    return out


def lot_notes(
    selection: IndustrySelection, counts: MarketCounts, parents_loaded: bool
) -> list[str]:
    """The notes printed under a lot's counts: cleaning, the table's own notes, data gaps."""
    notes: list[str] = []
    if selection.cleaning:
        notes.append(RENHOLD_NOTE)
    for row in selection.rows:
        if row.note:
            notes.append(f"CPV {row.cpv_prefix} ({row.category}): {row.note}")
    if not parents_loaded:
        notes.append(
            "Enhetsfilen (hovedenhetene) er ikke lastet inn: konkurs, avvikling og "
            "enkeltpersonforetak er ikke kjent, så alle enhetene er talt med."
        )
    elif counts.parent_missing:
        notes.append(
            f"{counts.parent_missing} av enhetene har en hovedenhet som ikke finnes i "
            "enhetsfilen; de er talt med, men konkurs og avvikling er ukjent for dem."
        )
    return notes
