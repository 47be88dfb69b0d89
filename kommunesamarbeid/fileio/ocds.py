"""A proposal as an OCDS release package (Open Contracting Data Standard, version 1.1).

The file is a release package (``uri``, ``publishedDate``, ``publisher``, ``version`` "1.1",
``releases``) holding one planning release; it validates against the OCDS 1.1 schema (1.1.5)
with the data review tool ``libcoveocds`` without validation errors (a test checks it).

One release describes the planned joint procurement: the participating municipalities are
``parties`` with the role ``buyer``; the host municipality (vertskommune) runs the procurement
for all of them, so it is also the ``procuringEntity`` and is named in ``buyer`` and
``tender.procuringEntity``. ``planning`` holds the need (``rationale``), the estimated value
(``budget``) and the milestones; ``tender`` (status ``planning``) holds the estimated value,
the contract period, the lots and one item per source line with its CPV code.

``tender.lots`` and ``items[].relatedLot`` are the fields of OCDS's Lots extension; OCDS
permits additional fields, so the release stays valid against the release schema. A party is
identified by its organisasjonsnummer (``identifier.scheme`` "NO-BRC", the id "NO-BRC-<orgnr>")
where it is known, so the ids are the same whatever database the export comes from. The texts
are in the host municipality's written standard (``language`` "nb" or "nn").

Dates without a time (milestones, contract start) are written as midnight Norwegian time with
its UTC offset (+01:00, or +02:00 in summer time), computed with the EU rule Norway follows, so
the result does not depend on the time-zone database of the computer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from kommunesamarbeid.core.cpv import parse_cpv
from kommunesamarbeid.core.lots import assign_lines, join_names
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.orgnr import is_valid_orgnr, normalise_orgnr
from kommunesamarbeid.core.proposal import (
    Evaluation,
    MilestoneData,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    milestone_title,
)
from kommunesamarbeid.core.proposal_rules import contract_start_date
from kommunesamarbeid.core.texts import Lang, render, tr
from kommunesamarbeid.core.value_model import model_of

__all__ = [
    "CURRENCY",
    "DEFAULT_OCID_PREFIX",
    "MILESTONE_TYPES",
    "OCDS_VERSION",
    "PROCUREMENT_CATEGORIES",
    "ocds_release_package",
    "oslo_midnight",
    "party_id",
    "proposal_to_ocds_release",
    "write_ocds",
]

#: The version of the standard the package follows (schema 1.1.5).
OCDS_VERSION: Final = "1.1"
#: Who publishes the data when the caller names no one.
DEFAULT_PUBLISHER: Final = "kommunesamarbeid"

DEFAULT_OCID_PREFIX: Final = "ocds-kommunesamarbeid"
CURRENCY: Final = "NOK"
#: Brønnøysundregistrene (org-id.guide), the scheme of an organisasjonsnummer.
ORGNR_SCHEME: Final = "NO-BRC"

#: Milestone kinds -> OCDS milestoneType.
MILESTONE_TYPES: Final[dict[MilestoneKind, str]] = {
    MilestoneKind.MARKET_DIALOGUE: "engagement",
    MilestoneKind.FULLMAKT_DEADLINE: "approval",
}
_DEFAULT_MILESTONE_TYPE: Final = "preProcurement"

#: ``Evaluation.contract_kind`` -> OCDS procurementCategory.
PROCUREMENT_CATEGORIES: Final[dict[str, str]] = {
    "supplies": "goods",
    "services": "services",
    "special_services": "services",
    "works": "works",
}

_UNSAFE_ID_RE: Final = re.compile(r"[\s#]+")


# ---------------------------------------------------------------------------------------------
# dates


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def _oslo_offset(day: dt.date) -> dt.timedelta:
    """Norway's UTC offset at local midnight starting ``day`` (summer time from the last Sunday
    of March, 02:00, to the last Sunday of October, 03:00)."""
    summer = _last_sunday(day.year, 3) < day <= _last_sunday(day.year, 10)
    return dt.timedelta(hours=2 if summer else 1)


def oslo_midnight(day: dt.date) -> str:
    """A date as midnight Norwegian time: 2026-03-01 -> "2026-03-01T00:00:00+01:00"."""
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone(_oslo_offset(day)))
    return moment.isoformat(timespec="seconds")


def _timestamp(moment: dt.datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Publiseringstidspunktet må ha tidssone.")
    return moment.isoformat(timespec="seconds")


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def _months(years: float) -> int:
    return round(years * 12)


# ---------------------------------------------------------------------------------------------
# parts of the release


def _clean_id(text: str) -> str:
    return _UNSAFE_ID_RE.sub("-", text.strip()).strip("-")


def _orgnr(participant: ParticipantData) -> str | None:
    """The participant's organisasjonsnummer (9 digits) when it is a valid one."""
    number = participant.organisasjonsnummer
    return normalise_orgnr(number) if is_valid_orgnr(number) else None


def party_id(participant: ParticipantData) -> str:
    """The party's id: "NO-BRC-<organisasjonsnummer>" when known (OCDS's {scheme}-{id}),
    else one built from the kommunenummer or the internal id."""
    orgnr = _orgnr(participant)
    if orgnr:
        return f"{ORGNR_SCHEME}-{orgnr}"
    if participant.kommunenummer:
        return f"kommunenummer-{_clean_id(participant.kommunenummer)}"
    return f"kommune-{participant.municipality_id}"


def _party(participant: ParticipantData, *, host: bool) -> dict[str, Any]:
    party: dict[str, Any] = {"id": party_id(participant), "name": participant.name}
    orgnr = _orgnr(participant)
    if orgnr:
        party["identifier"] = {"scheme": ORGNR_SCHEME, "id": orgnr, "legalName": participant.name}
    contact = {
        key: value
        for key, value in (("name", participant.contact_name), ("email", participant.contact_email))
        if value
    }
    if contact:
        party["contactPoint"] = contact
    party["roles"] = ["buyer", "procuringEntity"] if host else ["buyer"]
    return party


def _value(amount: int | None) -> dict[str, Any] | None:
    if amount is None:
        return None
    return {"amount": amount, "currency": CURRENCY}


def _milestone(index: int, milestone: MilestoneData, lang: Lang) -> dict[str, Any]:
    result: dict[str, Any] = {
        "id": f"{index}-{milestone.kind.value}",
        "title": milestone_title(milestone.kind, milestone.title, lang),
        "type": MILESTONE_TYPES.get(milestone.kind, _DEFAULT_MILESTONE_TYPE),
        "code": milestone.kind.value,
    }
    if milestone.note:
        result["description"] = render(milestone.note, lang)
    if milestone.due_date is not None:
        result["dueDate"] = oslo_midnight(milestone.due_date)
    result["status"] = "met" if milestone.done else "scheduled"
    return result


def _contract_period(proposal: ProposalData, evaluation: Evaluation) -> dict[str, Any] | None:
    """From the planned start and the value model's period (with options, ``maxExtentDate``).

    Without a period (no line states one and none is set) only the start is known."""
    start = contract_start_date(proposal)
    period = model_of(evaluation).period
    years = float(period.contract_years) if period.contract_years is not None else None
    options = float(period.option_years)
    period: dict[str, Any] = {}
    if start is not None:
        period["startDate"] = oslo_midnight(start)
        if years is not None and years > 0:
            end = _add_months(start, _months(years))
            period["endDate"] = oslo_midnight(end)
            if options > 0:
                period["maxExtentDate"] = oslo_midnight(
                    _add_months(start, _months(years) + _months(options))
                )
            period["durationInDays"] = (end - start).days
    elif years is not None and years > 0:
        period["durationInDays"] = round((years + options) * 365.25)
    return period or None


def _lots(proposal: ProposalData, evaluation: Evaluation) -> list[dict[str, Any]]:
    lots = []
    for lot in proposal.lots:
        entry: dict[str, Any] = {"id": str(lot.number), "title": lot.title}
        if lot.description:
            entry["description"] = lot.description
        entry["status"] = "planning"
        value = _value(evaluation.lot_values.get(lot.number))
        if value is not None:
            entry["value"] = value
        lots.append(entry)
    return lots


def _items(proposal: ProposalData, evaluation: Evaluation) -> list[dict[str, Any]]:
    """One item per counted line (a withdrawn line is not part of the procurement), with its
    value in the proposal as the unit value of one unit."""
    lot_of = assign_lines(proposal, proposal.lots) if proposal.lots else {}
    model = model_of(evaluation)
    items = []
    for participant in proposal.participants:
        for line in participant.lines:
            lv = model.lines[line.line_id]
            if lv.withdrawn:
                continue
            item: dict[str, Any] = {
                "id": str(line.line_id),
                "description": f"{participant.name}: {line.description}",
            }
            if lv.value is not None:
                item["quantity"] = 1
                item["unit"] = {"name": "avtale", "value": _value(lv.value)}
            code8 = parse_cpv(line.cpv).code8 if line.cpv else None
            if code8 is not None:
                classification = {"scheme": "CPV", "id": code8}
                if line.cpv_label:
                    classification["description"] = line.cpv_label
                item["classification"] = classification
            if line.line_id in lot_of:
                item["relatedLot"] = str(lot_of[line.line_id])
            items.append(item)
    return items


def _tender_description(proposal: ProposalData, lang: Lang) -> str:
    names = [p.name for p in proposal.participants]
    parts = [tr("ocds.for_municipalities", lang, n=len(names), names=join_names(names))]
    host = proposal.host
    if host is not None:
        parts.append(tr("ocds.host", lang, host=host.name))
    if proposal.is_framework:
        parts.append(tr("ocds.framework", lang))
    return " ".join(parts)


def _budget_description(evaluation: Evaluation, lang: Lang) -> str:
    model = model_of(evaluation)
    parts = [tr("ocds.budget", lang, period=render(model.period.text(), lang).lower())]
    if model.maximum_nok is not None:
        parts.append(
            tr(
                "ocds.maximum",
                lang,
                maximum=format_nok(model.maximum_nok),
                basis=render(model.maximum_text, lang),
            )
        )
    if model.incomplete:
        parts.append(tr("ocds.incomplete", lang))
    return " ".join(parts)


def _prune(data: Mapping[str, Any]) -> dict[str, Any]:
    """Leave out empty fields (None, "", [] and {}), recursively."""
    result: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, Mapping):
            value = _prune(value)
        elif isinstance(value, list):
            value = [_prune(v) if isinstance(v, Mapping) else v for v in value]
        if value is None or value == "" or value == [] or value == {}:
            continue
        result[key] = value
    return result


# ---------------------------------------------------------------------------------------------
# the release


def proposal_to_ocds_release(
    proposal: ProposalData,
    evaluation: Evaluation,
    *,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
    published: dt.datetime,
) -> dict[str, Any]:
    """The proposal as an OCDS planning release (a JSON-ready dict; see module docstring)."""
    lang = proposal.language
    date = _timestamp(published)
    reference = _clean_id(proposal.reference) or str(proposal.id)
    ocid = f"{ocid_prefix}-{reference}"
    stamp = published.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    host = proposal.host
    host_ref = {"id": party_id(host), "name": host.name} if host is not None else None
    category = PROCUREMENT_CATEGORIES.get(evaluation.contract_kind)
    model = model_of(evaluation)

    release: dict[str, Any] = {
        "ocid": ocid,
        "id": f"{ocid}-planning-{stamp}",
        "date": date,
        "tag": ["planning"],
        "initiationType": "tender",
        "language": lang,
        "parties": [
            _party(p, host=p.municipality_id == proposal.host_municipality_id)
            for p in proposal.participants
        ],
        "buyer": host_ref,
        "planning": {
            "rationale": proposal.need_description,
            "budget": {
                "description": _budget_description(evaluation, lang),
                "amount": _value(model.estimated_nok),
            },
            "milestones": [
                _milestone(i, m, lang) for i, m in enumerate(proposal.milestones, start=1)
            ],
        },
        "tender": {
            "id": reference,
            "title": proposal.title,
            "description": _tender_description(proposal, lang),
            "status": "planning",
            # the upper estimate: a framework agreement's maximum value, else the estimate
            "value": _value(
                model.maximum_nok if model.maximum_nok is not None else model.estimated_nok
            ),
            "procuringEntity": host_ref,
            "mainProcurementCategory": category,
            "procurementMethodDetails": render(evaluation.procedure_label, lang),
            "contractPeriod": _contract_period(proposal, evaluation),
            "lots": _lots(proposal, evaluation),
            "items": _items(proposal, evaluation),
        },
    }
    return _prune(release)


def ocds_release_package(
    proposal: ProposalData,
    evaluation: Evaluation,
    *,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
    published: dt.datetime,
    publisher: str = DEFAULT_PUBLISHER,
    uri: str | None = None,
) -> dict[str, Any]:
    """The planning release in an OCDS 1.1 release package (what ``write_ocds`` writes).

    ``uri`` is where the package is published; without one it is a ``urn:`` built from the
    release id (the schema requires a URI, and a file on disk has no public address yet).
    """
    release = proposal_to_ocds_release(
        proposal, evaluation, ocid_prefix=ocid_prefix, published=published
    )
    return {
        "uri": uri or f"urn:{release['id']}",
        "publishedDate": _timestamp(published),
        "publisher": {"name": publisher or DEFAULT_PUBLISHER},
        "version": OCDS_VERSION,
        "releases": [release],
    }


def write_ocds(
    proposal: ProposalData,
    evaluation: Evaluation,
    out: Path,
    *,
    ocid_prefix: str = DEFAULT_OCID_PREFIX,
    published: dt.datetime,
    publisher: str = DEFAULT_PUBLISHER,
) -> None:
    """Write the release package as UTF-8 JSON (Norwegian letters as they are, not escaped)."""
    package = ocds_release_package(
        proposal, evaluation, ocid_prefix=ocid_prefix, published=published, publisher=publisher
    )
    text = json.dumps(package, ensure_ascii=False, indent=2) + "\n"
    Path(out).write_text(text, encoding="utf-8", newline="\n")
