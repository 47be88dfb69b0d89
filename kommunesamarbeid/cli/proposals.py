"""Commands for joint-tender proposals: create, show, edit."""

from __future__ import annotations

import argparse
from typing import Any

from kommunesamarbeid.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    current_actor,
    open_db,
    print_json,
    say,
)


def _proposal_json(data: Any, evaluation: Any) -> dict[str, Any]:
    return {
        "id": data.id,
        "reference": data.reference,
        "title": data.title,
        "status": data.status.value,
        "host": data.host.name if data.host else None,
        "participants": [
            {
                "municipality": p.name,
                "line_ids": [line.line_id for line in p.lines],
                "fullmakt_signed_date": p.fullmakt_signed_date.isoformat()
                if p.fullmakt_signed_date
                else None,
                "value_nok": next(
                    (
                        v.total_value_nok
                        for v in evaluation.participant_values
                        if v.municipality_id == p.municipality_id
                    ),
                    None,
                ),
            }
            for p in data.participants
        ],
        "total_value_nok": evaluation.total_value_nok,
        "procedure_part": evaluation.procedure_part,
        "procedure_label": evaluation.procedure_label,
        "threshold_period_from": evaluation.threshold_period.valid_from.isoformat()
        if evaluation.threshold_period
        else None,
        "lots": [
            {
                "number": lot.number,
                "title": lot.title,
                "basis": lot.basis,
                "value_nok": evaluation.lot_values.get(lot.number),
            }
            for lot in data.lots
        ],
        "milestones": [
            {
                "kind": m.kind.value,
                "title": m.title,
                "due_date": m.due_date.isoformat() if m.due_date else None,
            }
            for m in data.milestones
        ],
        "warnings": [{"code": w.code, "message": w.message} for w in evaluation.warnings],
    }


def _print_proposal(data: Any, evaluation: Any) -> None:
    from kommunesamarbeid.core.money import format_nok
    from kommunesamarbeid.core.proposal import STATUS_LABELS

    print(f"Forslag {data.reference} (nr. {data.id}): {data.title}")
    print(
        f"  Status: {STATUS_LABELS[data.status]}; vertskommune: {data.host.name if data.host else '–'}"
    )
    for v in evaluation.participant_values:
        print(f"  {v.name}: {format_nok(v.total_value_nok)}")
    print(
        f"  Samlet verdi: {format_nok(evaluation.total_value_nok)} – {evaluation.procedure_label}"
    )
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


def _parse_value(field_name: str, text: str) -> Any:
    if field_name == "host":
        return text
    if text.strip() == "":
        return None
    if field_name in ("is_framework",):
        return text.strip().lower() in ("1", "ja", "true", "yes")
    return text


def cmd_proposal(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import proposals
    from kommunesamarbeid.services.municipalities import find_municipality

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
        changes: dict[str, Any] = {}
        for item in args.assignments:
            name, sep, value = item.partition("=")
            if not sep:
                raise UsageError(f"Skriv FELT=VERDI (fikk «{item}»).")
            name = name.strip()
            if name == "host":
                with db.sessions() as session:
                    m = find_municipality(session, value)
                    if m is None:
                        raise UsageError(f"Fant ingen kommune «{value}».")
                    changes["host_municipality_id"] = m.id
            else:
                changes[name] = _parse_value(name, value)
        proposals.update_proposal(db, actor, pid, changes)
    elif action == "participant":
        with db.sessions() as session:
            m = find_municipality(session, args.municipality)
            if m is None:
                raise UsageError(f"Fant ingen kommune «{args.municipality}».")
            mid = m.id
        changes = {
            k: v
            for k, v in (
                ("fullmakt_signed_date", args.signed),
                ("signatory_name", args.signatory),
                ("signatory_title", args.signatory_title),
                ("contact_name", args.contact),
                ("contact_email", args.email),
            )
            if v is not None
        }
        proposals.update_participant(db, actor, pid, mid, changes)
    elif action == "lots":
        proposals.suggest_lots_for(db, actor, pid, args.by)
    elif action == "timeline":
        proposals.propose_timeline(db, actor, pid)
    elif action in ("add-line", "remove-line"):
        proposals.set_line_membership(db, actor, pid, args.line_id, include=action == "add-line")
    data, evaluation = proposals.evaluated(db, pid)
    if args.json:
        print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    prop = sub.add_parser("propose", help="lag forslag til felles anskaffelse fra et overlapp")
    prop.add_argument("group_id", type=int, metavar="GROUP_ID")
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
    ps.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    ps.add_argument("--json", action="store_true")
    ps.set_defaults(func=cmd_proposal)
    pset = prsub.add_parser(
        "set",
        help="endre felt: FELT=VERDI (f.eks. status=sendt_paa_hoering, "
        "climate_mode=criteria, climate_weight_percent=30, host=Alver)",
    )
    pset.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    pset.add_argument("assignments", nargs="+", metavar="FELT=VERDI")
    pset.add_argument("--json", action="store_true")
    pset.set_defaults(func=cmd_proposal)
    pp = prsub.add_parser("participant", help="kontakt og fullmakt for en deltaker")
    pp.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    pp.add_argument("municipality", metavar="KOMMUNE")
    pp.add_argument("--signed", metavar="ÅÅÅÅ-MM-DD", help="dato fullmakten ble signert")
    pp.add_argument("--signatory", metavar="NAVN")
    pp.add_argument("--signatory-title", metavar="TITTEL")
    pp.add_argument("--contact", metavar="NAVN")
    pp.add_argument("--email", metavar="E-POST")
    pp.add_argument("--json", action="store_true")
    pp.set_defaults(func=cmd_proposal)
    plots = prsub.add_parser("lots", help="foreslå delkontrakter")
    plots.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    plots.add_argument(
        "--by",
        choices=["area", "product", "auto"],
        default="area",
        help="etter område (én per kommune/nabogruppe), produktgruppe (CPV-klasse) eller «auto» "
        "(område når alle kommunene har lokale leverandører med ansatte)",
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
    ptime.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    ptime.add_argument("--json", action="store_true")
    ptime.set_defaults(func=cmd_proposal)
    for name in ("add-line", "remove-line"):
        pa = prsub.add_parser(name, help="ta med / ta ut en planlagt anskaffelse")
        pa.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
        pa.add_argument("line_id", type=int, metavar="LINE_ID")
        pa.add_argument("--json", action="store_true")
        pa.set_defaults(func=cmd_proposal)
