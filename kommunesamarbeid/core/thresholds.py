"""Thresholds as dated data, the estimated value of a line, and which EEA threshold applies.

Everything here follows chapter 5 of anskaffelsesforskriften (FOA): which parts of the regulation
apply (§ 5-1), the EEA thresholds (§ 5-3) and how the estimated value is calculated (§ 5-4). It
is a planning aid; every figure the app prints names the threshold period it used.

Thresholds
    The amounts live in ``resources/thresholds.json`` (a new revision is one new period there,
    never a code change). ``core`` knows no paths: the service reads the file and passes the
    parsed JSON in::

        with resource_path("thresholds.json").open(encoding="utf-8") as f:
            periods = default_thresholds(json.load(f))

    ``period_for`` picks the period valid on a date. The day a new period starts belongs to the
    new period. A date before the first period gets the first period, a date after the last
    closed period the last one; ``core.proposal_rules`` warns in both cases (``is_covered``).

Estimated value (FOA § 5-4)
    ``core.value_model`` computes every figure of a proposal (per line, per participant, total,
    maximum), once, for every output.

Special services
    Health, social, educational, cultural and the other "særlige tjenester" have their own EEA
    threshold. They are recognised by the CPV codes of Annex XIV to Directive 2014/24/EU, the
    list FOA takes over for these services: codes listed one by one count for that exact code,
    "from X to Y" counts every code between X and Y. Mapping a code to this list is a planning
    aid, not a legal classification.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Final, Literal

from kommunesamarbeid.core.cpv import VALID_DIVISIONS, is_code8, kind, parse_cpv
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import ProposalLineData, ThresholdPeriod
from kommunesamarbeid.core.texts import Text

__all__ = [
    "AMOUNT_FIELDS",
    "CONTRACT_KIND_LABELS",
    "ContractKind",
    "ProcedurePart",
    "ThresholdDataError",
    "contract_kind_of",
    "default_thresholds",
    "describe_amounts",
    "describe_period",
    "eea_threshold",
    "format_date",
    "is_covered",
    "is_special_service",
    "line_code8",
    "load_thresholds",
    "period_for",
    "procedure_part",
]

ContractKind = Literal["supplies", "services", "works", "special_services"]
ProcedurePart = Literal["utenfor", "del_i", "del_ii", "del_iii"]

#: Norwegian names of the kinds of contract, for the user.
CONTRACT_KIND_LABELS: Final[dict[ContractKind, str]] = {
    kind: Text(f"rules.kind.{kind}")
    for kind in ("supplies", "services", "works", "special_services")
}

#: The amounts of one period, in the order FOA names them.
AMOUNT_FIELDS: Final = (
    "regulation_min",
    "national",
    "eea_goods_services",
    "eea_works",
    "eea_special_services",
)
_REQUIRED: Final = ("valid_from", "valid_to", *AMOUNT_FIELDS, "source")
_OPTIONAL: Final = ("note",)


class ThresholdDataError(ValueError):
    """The threshold data cannot be used; the message says why, in Norwegian."""


# --- dates ------------------------------------------------------------------------------


def format_date(date: dt.date) -> str:
    """2024-03-14 -> "14.03.2024"."""
    return f"{date:%d.%m.%Y}"


def describe_period(period: ThresholdPeriod) -> str:
    """ "fra 14.03.2024" or "23.03.2022–13.03.2024"."""
    if period.valid_to is None:
        return Text("rules.thresholds.period_open", start=format_date(period.valid_from))
    return Text(
        "rules.thresholds.period_closed",
        start=format_date(period.valid_from),
        end=format_date(period.valid_to),
    )


# --- loading ----------------------------------------------------------------------------


def _fail(where: str, what: str) -> ThresholdDataError:
    return ThresholdDataError(f"Terskelverdiene kan ikke brukes: {where}: {what}.")


def _date(value: object, where: str, key: str, *, optional: bool) -> dt.date | None:
    if value is None and optional:
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    expected = "en dato (ÅÅÅÅ-MM-DD) eller null" if optional else "en dato (ÅÅÅÅ-MM-DD)"
    raise _fail(where, f"«{key}» må være {expected}, fant {value!r}")


def _amount(value: object, where: str, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _fail(where, f"«{key}» må være et positivt heltall (kroner), fant {value!r}")
    return value


def _one(entry: object, number: int) -> ThresholdPeriod:
    where = f"periode {number}"
    if not isinstance(entry, Mapping):
        raise _fail(where, "hver periode må være et objekt med feltene " + ", ".join(_REQUIRED))
    keys = {str(k) for k in entry}
    missing = [k for k in _REQUIRED if k not in keys]
    if missing:
        raise _fail(where, "mangler " + ", ".join(f"«{k}»" for k in missing))
    unknown = sorted(k for k in keys if k not in _REQUIRED + _OPTIONAL and not k.startswith("_"))
    if unknown:
        raise _fail(where, "ukjente felt " + ", ".join(f"«{k}»" for k in unknown))
    valid_from = _date(entry["valid_from"], where, "valid_from", optional=False)
    assert valid_from is not None
    where = f"periode {number} (fra {format_date(valid_from)})"
    valid_to = _date(entry["valid_to"], where, "valid_to", optional=True)
    if valid_to is not None and valid_to < valid_from:
        raise _fail(where, f"slutter ({format_date(valid_to)}) før den begynner")
    amounts = {key: _amount(entry[key], where, key) for key in AMOUNT_FIELDS}
    source = entry["source"]
    if not isinstance(source, str) or not source.strip():
        raise _fail(where, "«source» må si hvor beløpene kommer fra")
    note = entry.get("note", "")
    if not isinstance(note, str):
        raise _fail(where, "«note» må være tekst")
    period = ThresholdPeriod(
        valid_from=valid_from,
        valid_to=valid_to,
        regulation_min=amounts["regulation_min"],
        national=amounts["national"],
        eea_goods_services=amounts["eea_goods_services"],
        eea_works=amounts["eea_works"],
        eea_special_services=amounts["eea_special_services"],
        source=source.strip(),
        note=note.strip(),
    )
    if not period.regulation_min < period.national:
        raise _fail(where, "forskriftens nedre grense må være under nasjonal terskelverdi")
    lowest_eea = min(period.eea_goods_services, period.eea_works, period.eea_special_services)
    if not period.national < lowest_eea:
        raise _fail(where, "nasjonal terskelverdi må være under alle EØS-terskelverdiene")
    return period


def load_thresholds(data: Sequence[Mapping[str, object]]) -> list[ThresholdPeriod]:
    """Check and read the threshold periods: sorted by date, without gaps or overlaps, only the
    last one open-ended, every amount a positive whole number of kroner.

    Raises ``ThresholdDataError`` (a ``ValueError``) with a Norwegian message.
    """
    if isinstance(data, str | bytes) or not isinstance(data, Sequence) or not data:
        raise ThresholdDataError(
            "Terskelverdiene kan ikke brukes: det må finnes minst én periode med terskelverdier."
        )
    periods = [_one(entry, number) for number, entry in enumerate(data, start=1)]
    for number, (before, after) in enumerate(pairwise(periods), start=1):
        if after.valid_from <= before.valid_from:
            raise _fail(
                f"periode {number + 1} (fra {format_date(after.valid_from)})",
                "periodene må stå i datorekkefølge",
            )
        if before.valid_to is None:
            raise _fail(
                f"periode {number} (fra {format_date(before.valid_from)})",
                "bare den siste perioden kan mangle sluttdato",
            )
        expected = before.valid_to + dt.timedelta(days=1)
        if after.valid_from != expected:
            kind_of_error = "overlapper" if after.valid_from < expected else "har et opphold etter"
            raise _fail(
                f"periode {number + 1} (fra {format_date(after.valid_from)})",
                f"{kind_of_error} perioden før (som slutter {format_date(before.valid_to)}); "
                f"neste periode må begynne {format_date(expected)}",
            )
    return periods


def default_thresholds(document: object) -> list[ThresholdPeriod]:
    """The shipped thresholds: ``document`` is ``json.load`` of ``resources/thresholds.json``
    (an object with a ``periods`` list, or the list itself). The caller opens the file."""
    if isinstance(document, Mapping):
        if "periods" not in document:
            raise ThresholdDataError(
                "Terskelverdiene kan ikke brukes: filen mangler listen «periods»."
            )
        document = document["periods"]
    if not isinstance(document, list):
        raise ThresholdDataError(
            "Terskelverdiene kan ikke brukes: «periods» må være en liste med perioder."
        )
    return load_thresholds(document)


def period_for(date: dt.date, periods: Sequence[ThresholdPeriod]) -> ThresholdPeriod:
    """The period valid on ``date``: the last one starting on or before it (so a change date
    belongs to the new period); before the first period, the first one."""
    if not periods:
        raise ValueError("Ingen terskelverdier er lastet.")
    ordered = sorted(periods, key=lambda p: p.valid_from)
    chosen = ordered[0]
    for period in ordered:
        if period.valid_from <= date:
            chosen = period
    return chosen


def is_covered(date: dt.date, period: ThresholdPeriod) -> bool:
    """True when ``period`` is really valid on ``date`` (not just the nearest one)."""
    return period.valid_from <= date and (period.valid_to is None or date <= period.valid_to)


# --- special services (Annex XIV to Directive 2014/24/EU) --------------------------------


def _codes(*rows: str) -> frozenset[str]:
    return frozenset(code for row in rows for code in row.split())


#: Codes listed one by one in Annex XIV (exact codes), by the annex's headings.
_SPECIAL_CODES: Final = _codes(
    # health, social and related services
    "75200000 75231200 75231240 79611000 79622000 79624000 79625000",
    "98133100 98133000 98200000 98500000",
    # administrative social, educational, healthcare and cultural services
    "85321000 85322000 75000000 75121000 75122000 75124000",
    "79950000 79951000 79952000 79952100 79953000 79954000 79955000 79956000",
    # compulsory social security services; benefit services
    "75300000",
    "75310000 75311000 75312000 75313000 75313100 75314000 75320000 75330000 75340000",
    # other community, social and personal services; religious services
    "98000000 98120000 98132000 98133110 98130000",
    "98131000",
    # hotel and restaurant services (catering and canteens)
    "55520000 55522000 55523000 55524000 55510000 55511000 55512000 55523100",
    # legal services; other administrative services and government services
    "75231100",
    "75123000",
    # prison related services, public security and rescue services
    "79430000 98113100",
    # investigation and security services
    "79722000 79723000",
    # international services
    "98900000 98910000",
    # postal services
    "64000000 64100000 64110000 64111000 64112000 64113000 64114000 64115000 64116000",
    "64122000",
    # miscellaneous services
    "50116510 71550000",
)

#: Ranges "from X to Y" in Annex XIV (every code between, both ends included).
_SPECIAL_RANGES: Final = (
    ("85000000", "85323000"),  # health and social services
    ("98513000", "98514000"),  # manpower and home-help services for households
    ("79995000", "79995200"),  # library services
    ("80000000", "80660000"),  # education and training services
    ("92000000", "92700000"),  # recreational, cultural and sporting services
    ("55100000", "55410000"),  # hotel, restaurant and bar services
    ("55521000", "55521200"),  # catering for households, meals-on-wheels
    ("79100000", "79140000"),  # legal services
    ("75100000", "75120000"),  # administrative services
    ("75125000", "75131000"),  # administrative services
    ("75200000", "75231000"),  # provision of services to the community
    ("75231210", "75231230"),  # prison related services
    ("75240000", "75252000"),  # public security, law and order, rescue services
    ("79700000", "79721000"),  # investigation and security services
)


def is_special_service(code8: str) -> bool:
    """True when the CPV code is among the "særlige tjenester" of Annex XIV."""
    if not is_code8(code8):
        raise ValueError(f"Ikke en 8-sifret CPV-kode: {code8!r}")
    return code8 in _SPECIAL_CODES or any(low <= code8 <= high for low, high in _SPECIAL_RANGES)


def contract_kind_of(code8: str) -> ContractKind:
    """Works (division 45), special services (Annex XIV), else supplies or services."""
    if is_special_service(code8):
        return "special_services"
    return kind(code8)


@lru_cache(maxsize=8192)
def _code8(written: str) -> str | None:
    if is_code8(written):
        return written if written[:2] in VALID_DIVISIONS else None
    return parse_cpv(written).code8


def line_code8(line: ProposalLineData) -> str | None:
    """The line's 8-digit CPV code, read from any written form; None without a usable code."""
    if not line.cpv:
        return None
    return _code8(line.cpv)


# --- which threshold and which part -----------------------------------------------------


def eea_threshold(period: ThresholdPeriod, contract_kind: ContractKind) -> int:
    """The EEA threshold (FOA § 5-3) for this kind of contract."""
    if contract_kind == "works":
        return period.eea_works
    if contract_kind == "special_services":
        return period.eea_special_services
    return period.eea_goods_services


def procedure_part(
    value: int, period: ThresholdPeriod, contract_kind: ContractKind
) -> ProcedurePart:
    """Which part of FOA a value falls under (FOA § 5-1); reaching a threshold exactly counts.

    Below the regulation's minimum: "utenfor"; from it: "del_i"; from the national threshold:
    "del_ii"; from the EEA threshold for the kind: "del_iii". Special services have no national
    step: below their EEA threshold only part I applies, from it their own EEA regime (reported
    as "del_iii", the EEA level).
    """
    if value < period.regulation_min:
        return "utenfor"
    if value >= eea_threshold(period, contract_kind):
        return "del_iii"
    if contract_kind != "special_services" and value >= period.national:
        return "del_ii"
    return "del_i"


def describe_amounts(period: ThresholdPeriod) -> str:
    """The amounts of a period in one Norwegian sentence fragment."""
    return Text(
        "rules.thresholds.amounts",
        minimum=format_nok(period.regulation_min),
        national=format_nok(period.national),
        goods=format_nok(period.eea_goods_services),
        works=format_nok(period.eea_works),
        special=format_nok(period.eea_special_services),
    )
