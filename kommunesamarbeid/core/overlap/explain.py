"""Why lines were grouped, in Norwegian bokmål: for the group and for every member."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from heapq import nlargest
from itertools import chain
from operator import itemgetter
from typing import Final

from kommunesamarbeid.core.cpv import LEVEL_LABELS_NO, CpvLevel, significant_digits
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.overlap.features import LineFeatures, TextModel
from kommunesamarbeid.core.overlap.spelling import is_variant
from kommunesamarbeid.core.periods import Period
from kommunesamarbeid.core.texts import tr

__all__ = [
    "format_period",
    "group_reasons",
    "group_texts",
    "group_title",
    "member_reasons",
    "suggested_from",
    "term_counts",
]

MONTHS: Final = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
#: How many ways of writing one shared word a reason shows.
_SPELLINGS: Final = 3
_LEVEL_DIGITS: Final[tuple[tuple[CpvLevel, int], ...]] = (
    ("category", 5),
    ("class", 4),
    ("group", 3),
    ("division", 2),
)


def _is_month_start(day: dt.date) -> bool:
    return day.day == 1


def _is_month_end(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


@lru_cache(maxsize=4096)
def format_period(period: Period) -> str:
    """ "2026", "mars 2026", "april–juni 2026", "30.06.2026", "november 2026–februar 2027"
    (kept by the period: many lines share one)."""
    start, end = period.start, period.end
    if start == end:
        return start.strftime("%d.%m.%Y")
    if _is_month_start(start) and _is_month_end(end):
        if start.month == 1 and end.month == 12 and start.year == end.year:
            return str(start.year)
        first, last = MONTHS[start.month - 1], MONTHS[end.month - 1]
        if (start.year, start.month) == (end.year, end.month):
            return f"{first} {start.year}"
        if start.year == end.year:
            return f"{first}–{last} {start.year}"
        return f"{first} {start.year}–{last} {end.year}"
    return f"{start.strftime('%d.%m.%Y')}–{end.strftime('%d.%m.%Y')}"


#: ``significant_digits`` of a code, kept (many groups' lines share codes).
_digits = lru_cache(maxsize=8192)(significant_digits)


def _month(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


def _decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _shared_families(members: Sequence[LineFeatures]) -> Counter[int]:
    # (counted in one pass: each ``Counter.update`` first asks whether it was given a mapping)
    return Counter(chain.from_iterable(set(member.families) for member in members))


def group_title(model: TextModel, members: Sequence[LineFeatures]) -> str:
    """A short name for the group: the shared need, else the most shared words."""
    return _title(model, members, _shared_families(members), None)


def _title(
    model: TextModel,
    members: Sequence[LineFeatures],
    counts: Counter[int],
    words: list[str] | None,
) -> str:
    """``group_title`` from the members' ``_shared_families`` and (when known) their
    ``_shared_words`` (the first three are the title's)."""
    if counts:
        family, count = counts.most_common(1)[0]
        if count * 2 >= len(members):
            return model.families[family].label
    words = _shared_words(members, limit=3) if words is None else words[:3]
    if words:
        return ", ".join(w.split(" / ")[0].strip("«»") for w in words)
    return members[0].line.description


def _shared_words(members: Sequence[LineFeatures], limit: int = 5) -> list[str]:
    """Words (keys) two or more members share, each as its members write it ("renhold" /
    "reinhald"): every word quoted is in the text of a line that has it."""
    # (a plain dict counted as a ``Counter`` counts, and its ``most_common``: the same order)
    counts: dict[str, int] = {}
    surfaces: dict[str, list[str]] = {}
    for member in members:
        member_surfaces, terms = member.surfaces, member.terms
        for key in member.main_keys:
            surface = member_surfaces.get(key)
            if surface is None or terms.get(key, 0.0) <= 0.0:
                continue  # generic words say nothing
            counts[key] = counts.get(key, 0) + 1
            written = surfaces.setdefault(key, [])
            if surface not in written and len(written) < _SPELLINGS:
                written.append(surface)
    shared = [k for k, c in nlargest(limit, counts.items(), key=itemgetter(1)) if c >= 2]
    return [
        " / ".join(f"«{w}»" for w in surfaces[k])
        + (tr("overlap.piece.variants", "nb") if is_variant(k) and len(surfaces[k]) > 1 else "")
        for k in shared
    ]


def _common_cpv(model: TextModel, members: Sequence[LineFeatures]) -> str | None:
    codes = [m.cpv for m in members if m.cpv]
    if len(codes) < 2:
        return None
    depth = min(map(_digits, codes))
    for level, digits in _LEVEL_DIGITS:
        if digits > depth:
            continue
        prefixes = {c[:digits] for c in codes}
        if len(prefixes) == 1:
            prefix = prefixes.pop()
            label = model.catalogue.prefix_label(prefix)
            suggested = sum(1 for m in members if m.cpv and m.cpv_source != "written")
            text = f"Samme CPV-{LEVEL_LABELS_NO[level]} {prefix}"
            if label:
                text += f" ({label})"
            if len(codes) < len(members):
                text += f" for {len(codes)} av {len(members)} linjer"
            if suggested:
                text += f"; for {suggested} av linjene er koden foreslått, ikke oppgitt i planen"
            return text
    return None


def _time_reason(members: Sequence[LineFeatures]) -> str | None:
    periods = [m.line.period for m in members if m.line.period is not None]
    missing = len(members) - len(periods)
    if not periods:
        return "Ingen av linjene har tidspunkt; tiden er ikke vurdert"
    latest_start = max(p.start for p in periods)
    earliest_end = min(p.end for p in periods)
    if latest_start <= earliest_end:
        text = f"Tidsrom overlapper: {format_period(Period(latest_start, earliest_end))}"
    else:
        mids = sorted(p.mid for p in periods)
        months = (mids[-1] - mids[0]).days / (365.2425 / 12)
        text = f"Tidsrom innenfor {round(months)} måneder: {_month(mids[0])} til {_month(mids[-1])}"
    if missing:
        text += f" ({missing} linje{'r' if missing > 1 else ''} uten tidspunkt)"
    return text


def _value_reason(members: Sequence[LineFeatures]) -> list[str]:
    totals = [m.line.total_value_nok for m in members if m.line.total_value_nok is not None]
    annual = [m.line.annual_value_nok for m in members if m.line.annual_value_nok is not None]
    reasons = []
    for values, text in ((totals, "Samlet verdi"), (annual, "Samlet årlig verdi")):
        if not values:
            continue
        reason = f"{text}: {format_nok(sum(values))}"
        if text == "Samlet verdi":
            reason += " for hele avtaleperioden"
        if len(values) < len(members):
            reason += f" (oppgitt for {len(values)} av {len(members)} linjer)"
        reasons.append(reason)
    return reasons


def group_reasons(model: TextModel, members: Sequence[LineFeatures], pair_mean: float) -> list[str]:
    return group_texts(model, members, pair_mean)[1]


def group_texts(
    model: TextModel, members: Sequence[LineFeatures], pair_mean: float
) -> tuple[str, list[str]]:
    """``group_title`` and ``group_reasons`` together: the shared needs and words they both
    name are counted once (the title's words are the first three of the reason's)."""
    reasons: list[str] = []
    municipalities = sorted({m.line.municipality for m in members})
    reasons.append(f"{len(municipalities)} kommuner: {', '.join(municipalities)}")
    counts = _shared_families(members)
    for family, count in counts.most_common(2):
        label = model.families[family].label
        if count == len(members):
            reasons.append(f"Samme behov: {label}")
        elif count >= 2:
            reasons.append(f"Samme behov for {count} av {len(members)} linjer: {label}")
    cpv = _common_cpv(model, members)
    if cpv:
        reasons.append(cpv)
    words = _shared_words(members)
    if words:
        reasons.append("Felles ord: " + ", ".join(words))
    time = _time_reason(members)
    if time:
        reasons.append(time)
    reasons.extend(_value_reason(members))
    reasons.append(f"Gjennomsnittlig likhet mellom linjene: {_decimal(pair_mean)}")
    return _title(model, members, counts, words), reasons


def suggested_from(member: LineFeatures) -> str:
    """ "foreslått ut fra «vaskeri»": the words of the line a suggested code came from."""
    words = ", ".join(f"«{w}»" for w in member.cpv_words)
    if member.cpv_source == "family":
        return f"foreslått ut fra behovet ({words})" if words else "foreslått ut fra behovet"
    return f"foreslått ut fra ordene {words}" if words else "foreslått ut fra teksten"


def term_counts(members: Sequence[LineFeatures]) -> Counter[str]:
    """In how many members each word occurs."""
    return Counter(chain.from_iterable(member.terms for member in members))


def member_reasons(
    model: TextModel,
    member: LineFeatures,
    fits: int,
    others: int,
    mean: float,
    counts: Counter[str],
    in_group: int | None = None,
) -> list[str]:
    """Why one line fits its group: how many others it matches, its need, CPV, shared words,
    time and value. ``counts`` comes from ``term_counts`` over the whole group; ``others``
    fewer than the ``in_group`` other members: it was measured against the lines of the other
    municipalities only (its own municipality has another line in the group)."""
    if in_group is not None and others < in_group:
        reasons = [
            f"Passer med {fits} av {others} linjer fra andre kommuner i gruppen "
            f"(snitt {_decimal(mean)})"
        ]
    else:
        reasons = [f"Passer med {fits} av {others} andre linjer i gruppen (snitt {_decimal(mean)})"]
    for family in member.families:
        matched = member.matched_terms.get(family)
        text = f"Behov: {model.families[family].label}"
        if matched:
            quoted = " og ".join(f"«{w}»" for w in matched.split(" + "))
            text += f" (kjent på {quoted})"
        elif member.family_from_code and member.cpv:
            text += f" (kjent på CPV-koden {member.cpv} i planen)"
        reasons.append(text)
    if member.cpv:
        label = model.catalogue.label(member.cpv)
        named = f"{member.cpv} ({label})" if label else member.cpv
        if member.cpv_source == "written":
            reasons.append(f"CPV {named} står i planen")
        else:
            reasons.append(f"Ingen CPV i planen; CPV {named} er {suggested_from(member)}")
    terms, surfaces = member.terms, member.surfaces
    # (the heaviest first; a stable sort: equal weights keep the order they come in)
    candidates = sorted(
        (k for k, weight in terms.items() if weight > 0.0 and counts.get(k, 0) >= 2),
        key=terms.__getitem__,
        reverse=True,
    )
    shared = [surfaces[k] for k in candidates if k in surfaces]
    if shared:
        words = ", ".join(f"«{w}»" for w in dict.fromkeys(shared[:5]))
        reasons.append(f"Felles ord med gruppen: {words}")
    line = member.line
    reasons.extend(_line_reasons(line.period, line.total_value_nok, line.annual_value_nok))
    return reasons


@lru_cache(maxsize=8192)
def _line_reasons(
    period: Period | None, total_value: int | None, annual_value: int | None
) -> tuple[str, ...]:
    """A member's time and value (kept: many lines share them)."""
    reasons = [
        f"Tidspunkt: {format_period(period)}"
        if period is not None
        else "Tidspunkt mangler i planen"
    ]
    if total_value is not None:
        reasons.append(f"Verdi: {format_nok(total_value)} for hele perioden")
    elif annual_value is not None:
        reasons.append(f"Verdi: {format_nok(annual_value)} per år")
    return tuple(reasons)
