"""Commands for joint-tender proposals: create, show, edit."""

from __future__ import annotations

import argparse
from typing import Any

from kommunesamarbeid.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    choice_type,
    current_actor,
    id_type,
    open_db,
    print_json,
    say,
)
from kommunesamarbeid.core.edit_fields import PARTICIPANT_FIELDS, PROPOSAL_FIELDS, help_table
from kommunesamarbeid.core.errors import NotFoundError
from kommunesamarbeid.core.typed_values import Choice

#: How lots can be suggested (``proposal lots --by``).
LOT_BASIS_CHOICES = {
    "area": Choice("area", "Område", ("kommune", "geografi", "geografisk")),
    "product": Choice("product", "Produktgruppe", ("produkt", "cpv", "vare", "varegruppe")),
    "auto": Choice("auto", "Lokalt marked", ("marked", "lokalt", "leverandører", "automatisk")),
}


def _proposal_json(data: Any, evaluation: Any) -> dict[str, Any]:
    """The proposal with its whole value model (keys of CLI.md kept: id, total_value_nok,
    participants[].municipality/line_ids/value_nok, warnings[].code/message)."""
    from kommunesamarbeid.core.thresholds import CONTRACT_KIND_LABELS
    from kommunesamarbeid.core.value_model import model_of

    model = model_of(evaluation)
    lines_by_id = {line.line_id: line for line in data.all_lines()}
    participants = []
    for p, pv in zip(data.participants, model.participants, strict=True):
        participants.append(
            {
                "municipality": p.name,
                "municipality_id": p.municipality_id,
                "line_ids": [line.line_id for line in p.lines],
                "fullmakt_signed_date": p.fullmakt_signed_date.isoformat()
                if p.fullmakt_signed_date
                else None,
                "value_nok": pv.total_value_nok,
                "estimated_value_nok": pv.total_value_nok,
                "annual_value_nok": pv.annual_value_nok,
                "plan_value_nok": pv.plan_value_nok,
                "maximum_value_nok": pv.maximum_value_nok,
                "incomplete": pv.incomplete,
                "withdrawn_lines": pv.withdrawn_lines,
            }
        )
    value_model = model.to_json()
    for entry in value_model["lines"]:
        line = lines_by_id[entry["line_id"]]
        entry["description"] = line.description
        entry["municipality_id"] = model.lines[line.line_id].municipality_id
        entry["changes"] = list(line.changes)
    period = evaluation.threshold_period
    return {
        "id": data.id,
        "reference": data.reference,
        "title": data.title,
        "status": data.status.value,
        "host": data.host.name if data.host else None,
        "participants": participants,
        "total_value_nok": model.estimated_nok,
        "estimated_value_nok": model.estimated_nok,
        "annual_value_nok": model.annual_nok,
        "plan_value_nok": model.plan_nok,
        "maximum_value_nok": model.maximum_nok,
        "threshold_value_nok": evaluation.threshold_value_nok,
        "is_framework": model.framework,
        "framework_reason": model.framework_reason,
        "contract_kind": evaluation.contract_kind,
        "contract_kind_label": CONTRACT_KIND_LABELS.get(evaluation.contract_kind),
        "contract_kind_source": evaluation.contract_kind_source,
        "contract_kind_reason": evaluation.contract_kind_reason,
        "short_form": evaluation.short_form,
        "procedure_part": evaluation.procedure_part,
        "procedure_label": evaluation.procedure_label,
        "threshold_period_from": period.valid_from.isoformat() if period else None,
        "applicable_threshold_nok": evaluation.applicable_threshold_nok,
        "value_model": value_model,
        "lots": [
            {
                "number": lot.number,
                "title": lot.title,
                "basis": lot.basis,
                "value_nok": evaluation.lot_values.get(lot.number),
            }
            for lot in data.lots
        ],
        "lots_total_nok": evaluation.lot_total_nok,
        "milestones": [
            {
                "kind": m.kind.value,
                "title": m.title,
                "due_date": m.due_date.isoformat() if m.due_date else None,
            }
            for m in data.milestones
        ],
        "explanation": list(evaluation.explanation),
        "warnings": [
            {"code": w.code, "message": w.message, "municipality_id": w.municipality_id}
            for w in evaluation.warnings
        ],
    }


def _print_proposal(data: Any, evaluation: Any) -> None:
    from kommunesamarbeid.core.money import format_nok
    from kommunesamarbeid.core.proposal import STATUS_LABELS

    print(f"Forslag {data.reference} (nr. {data.id}): {data.title}")
    print(
        f"  Status: {STATUS_LABELS[data.status]}; vertskommune: {data.host.name if data.host else '–'}"
    )
    for v in evaluation.participant_values:
        extra = (
            f" (planverdi {format_nok(v.plan_value_nok)})"
            if v.plan_value_nok != v.total_value_nok
            else ""
        )
        print(f"  {v.name}: {format_nok(v.total_value_nok)}{extra}")
    print(
        f"  Samlet verdi: {format_nok(evaluation.total_value_nok)} – {evaluation.procedure_label}"
    )
    if evaluation.maximum_value_nok is not None:
        print(f"  Maksimal verdi (rammeavtale): {format_nok(evaluation.maximum_value_nok)}")
    for line in evaluation.explanation:
        print(f"    {line}")
    for lot in data.lots:
        print(
            f"  Delkontrakt {lot.number}: {lot.title} ({format_nok(evaluation.lot_values.get(lot.number))})"
        )
    for m in data.milestones:
        print(f"  {m.due_date.strftime('%d.%m.%Y') if m.due_date else '–':>10}  {m.title}")
    for w in evaluation.warnings:
        print(f"  ADVARSEL: {w.message}")


def cmd_propose(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import proposals

    db = open_db(args)
    data = proposals.create_proposal(
        db, current_actor(), group_id=args.group_id, title=args.title, lead=args.lead
    )
    data, evaluation = proposals.evaluated(db, data.id)
    if args.json:
        print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
        say(f"Opprettet forslag {data.reference} (nr. {data.id}).")
    return EXIT_OK


def _assignments(items: list[str]) -> list[tuple[str, str]]:
    """FELT=VERDI pairs as typed (wrong use, exit 2, when a pair or a field name is wrong)."""
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(
                f"Skriv FELT=VERDI, f.eks. planned_announcement=01.03.2027 (fikk «{item}»)."
            )
        if name not in PROPOSAL_FIELDS:
            raise UsageError(
                f"Ukjent felt «{name}». Feltene er: {', '.join(PROPOSAL_FIELDS)} "
                "(se «proposal set --help»)."
            )
        pairs.append((name, value))
    return pairs


def _municipality_id(db: Any, name: str) -> int:
    from kommunesamarbeid.services.municipalities import find_municipality

    with db.sessions() as session:
        m = find_municipality(session, name)
        if m is None:
            raise NotFoundError(
                f"Fant ingen kommune «{name}».",
                hint="Skriv navnet eller kommunenummeret slik «municipality list» viser det.",
            )
        return int(m.id)


def _proposal_changes(db: Any, items: list[str]) -> dict[str, Any]:
    """Every FELT=VERDI read into the value the service stores, before anything is written."""
    changes: dict[str, Any] = {}
    for name, text in _assignments(items):
        fld = PROPOSAL_FIELDS[name]
        value = fld.read(text)
        if name == "host":
            value = _municipality_id(db, str(value))
        changes[fld.stored_as] = value
    return changes


def _participant_changes(args: argparse.Namespace) -> dict[str, Any]:
    options = (
        ("fullmakt_signed_date", args.signed),
        ("signatory_name", args.signatory),
        ("signatory_title", args.signatory_title),
        ("contact_name", args.contact),
        ("contact_email", args.email),
    )
    return {name: PARTICIPANT_FIELDS[name].read(text) for name, text in options if text is not None}


def cmd_proposal(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import proposals

    db, actor = open_db(args), current_actor()
    action = args.action
    if action == "list":
        items = proposals.list_proposals(db)
        if args.json:
            print_json({"proposals": [p.to_json() for p in items]})
        else:
            for p in items:
                print(
                    f"{p.id:>4}  {p.reference}  [{p.status}]  {p.title}  ({p.participants} kommuner)"
                )
            if not items:
                say("Ingen forslag ennå.")
        return EXIT_OK
    pid = args.proposal_id
    if action == "suppliers":
        from kommunesamarbeid.cli.suppliers import cmd_proposal_suppliers

        return cmd_proposal_suppliers(db, pid, as_json=args.json)
    if action == "set":
        proposals.update_proposal(db, actor, pid, _proposal_changes(db, args.assignments))
    elif action == "participant":
        changes = _participant_changes(args)
        mid = _municipality_id(db, args.municipality)
        proposals.update_participant(db, actor, pid, mid, changes)
    elif action == "lots":
        proposals.suggest_lots_for(db, actor, pid, args.by)
    elif action == "timeline":
        proposals.propose_timeline(db, actor, pid)
    elif action == "accept-changes":
        proposals.accept_line_changes(db, actor, pid)
    elif action in ("add-line", "remove-line"):
        proposals.set_line_membership(db, actor, pid, args.line_id, include=action == "add-line")
    data, evaluation = proposals.evaluated(db, pid)
    if args.json:
        print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
    return EXIT_OK


_SET_EPILOG = (
    "Verdier skrives slik man skriver dem på norsk: datoer 01.03.2027, 1.3.27 eller "
    "2027-03-01; beløp 1 250 000 eller 1,25 mill; år 2, 2,5 eller to; status og valg med "
    "koden eller den norske betegnelsen. En tom verdi (FELT=) fjerner verdien.\n\n"
    "Felt:\n" + help_table(PROPOSAL_FIELDS) + "\n\n"
    "Eksempel:\n  kommunesamarbeid proposal set 4 planned_announcement=01.03.2027 "
    'contract_years=to "status=sendt på høring" climate_mode=kriterier '
    "climate_weight_percent=30"
)

_PROPOSAL = "forslag nr."
_GROUP = "overlapp nr."
_LINE = "linje nr."


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    prop = sub.add_parser("propose", help="lag forslag til felles anskaffelse fra et overlapp")
    prop.add_argument("group_id", type=id_type(_GROUP), metavar="GROUP_ID")
    prop.add_argument("--title")
    prop.add_argument("--lead", metavar="KOMMUNE")
    prop.add_argument("--json", action="store_true")
    prop.set_defaults(func=cmd_propose)

    pr = sub.add_parser("proposal", help="vis og rediger forslag til felles anskaffelse")
    prsub = pr.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    prsub.required = True
    pl = prsub.add_parser("list", help="alle forslag")
    pl.add_argument("--json", action="store_true")
    pl.set_defaults(func=cmd_proposal)
    ps = prsub.add_parser("show", help="vis et forslag med verdi, terskel og advarsler")
    ps.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    ps.add_argument("--json", action="store_true")
    ps.set_defaults(func=cmd_proposal)
    pset = prsub.add_parser(
        "set",
        help="endre felt: FELT=VERDI (f.eks. planned_announcement=01.03.2027, "
        "contract_years=to, status=vedtatt, climate_mode=krav, host=Alver, "
        "contract_kind=bygg, maximum_value_nok=2,5 mill; tom verdi = fra linjene)",
        description="Endre felt i et forslag til felles anskaffelse. Alle verdiene leses før "
        "noe lagres: kan én ikke leses, endres ingenting.",
        epilog=_SET_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pset.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    pset.add_argument("assignments", nargs="+", metavar="FELT=VERDI")
    pset.add_argument("--json", action="store_true")
    pset.set_defaults(func=cmd_proposal)
    pp = prsub.add_parser("participant", help="kontakt og fullmakt for en deltaker")
    pp.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    pp.add_argument("municipality", metavar="KOMMUNE")
    pp.add_argument(
        "--signed",
        metavar="DATO",
        help="dato fullmakten ble signert, f.eks. 31.12.2026 (tom tekst fjerner datoen)",
    )
    pp.add_argument("--signatory", metavar="NAVN")
    pp.add_argument("--signatory-title", metavar="TITTEL")
    pp.add_argument("--contact", metavar="NAVN")
    pp.add_argument("--email", metavar="E-POST")
    pp.add_argument("--json", action="store_true")
    pp.set_defaults(func=cmd_proposal)
    plots = prsub.add_parser("lots", help="foreslå delkontrakter")
    plots.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    plots.add_argument(
        "--by",
        type=choice_type("Delkontrakter etter", LOT_BASIS_CHOICES),
        default="area",
        metavar="område|produkt|auto",
        help="etter område (area: én per kommune/nabogruppe), produktgruppe (product: "
        "CPV-klasse) eller lokalt marked (auto: område når alle kommunene har lokale "
        "leverandører med ansatte)",
    )
    plots.add_argument("--json", action="store_true")
    plots.set_defaults(func=cmd_proposal)
    psup = prsub.add_parser(
        "suppliers", help="lokalt leverandørmarked per delkontrakt (fra Enhetsregisteret)"
    )
    psup.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    psup.add_argument("--json", action="store_true")
    psup.set_defaults(func=cmd_proposal)
    ptime = prsub.add_parser("timeline", help="foreslå milepæler bakover fra tidligste behov")
    ptime.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    ptime.add_argument("--json", action="store_true")
    ptime.set_defaults(func=cmd_proposal)
    pacc = prsub.add_parser(
        "accept-changes",
        help="godta at linjer er endret i planene siden de ble lagt inn (fjerner advarslene)",
    )
    pacc.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    pacc.add_argument("--json", action="store_true")
    pacc.set_defaults(func=cmd_proposal)
    for name in ("add-line", "remove-line"):
        pa = prsub.add_parser(name, help="ta med / ta ut en planlagt anskaffelse")
        pa.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
        pa.add_argument("line_id", type=id_type(_LINE), metavar="LINE_ID")
        pa.add_argument("--json", action="store_true")
        pa.set_defaults(func=cmd_proposal)
