"""Commands for joint-tender proposals: create, show, edit."""

from __future__ import annotations

import argparse
from typing import Any

from kommunesamarbeid.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    add_version_option,
    assignments,
    choice_type,
    current_actor,
    id_type,
    open_db,
    print_json,
    say,
)
from kommunesamarbeid.core.edit_fields import PARTICIPANT_FIELDS, PROPOSAL_FIELDS, help_table
from kommunesamarbeid.core.errors import NotFoundError
from kommunesamarbeid.core.proposal import MILESTONE_LABELS
from kommunesamarbeid.core.typed_values import Choice

#: The kinds of milestone (``proposal milestone --kind``), by code or Norwegian label.
MILESTONE_KIND_CHOICES = {
    kind.value: Choice(kind.value, label) for kind, label in MILESTONE_LABELS.items()
}

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
                "version": p.version,
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
        "version": data.version,
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
                "version": lot.version,
            }
            for lot in data.lots
        ],
        "lots_total_nok": evaluation.lot_total_nok,
        "milestones": [
            {
                "id": m.id,
                "kind": m.kind.value,
                "title": m.title,
                "due_date": m.due_date.isoformat() if m.due_date else None,
                "done": m.done,
                "version": m.version,
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
    from kommunesamarbeid.services.overlap import group_versions

    version = args.expected_version
    if version is None:
        version = group_versions(db, [args.group_id])[args.group_id]
    data = proposals.create_proposal(
        db,
        current_actor(),
        group_id=args.group_id,
        title=args.title,
        lead=args.lead,
        expected_group_version=version,
    )
    data, evaluation = proposals.evaluated(db, data.id)
    if args.json:
        print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
        say(f"Opprettet forslag {data.reference} (nr. {data.id}).")
    return EXIT_OK


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
    pairs = assignments(items, PROPOSAL_FIELDS, "proposal set", "planned_announcement=01.03.2027")
    for name, text in pairs:
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
    if action != "show":
        _edit(db, actor, args)
    data, evaluation = proposals.evaluated(db, pid)
    if args.json:
        print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
    return EXIT_OK


def _edit(db: Any, actor: Any, args: argparse.Namespace) -> None:
    """One change to a proposal, checked against the version read when the command started
    (or ``--version N``): refused, exit 1, when someone saved it since."""
    from kommunesamarbeid.services import proposals

    pid, action = args.proposal_id, args.action
    given = args.expected_version
    read = proposals.proposal_versions(db, pid)  # what this command read as it started
    proposal_version = given if given is not None else read.proposal
    if action == "set":
        changes = _proposal_changes(db, args.assignments)
        proposals.update_proposal(db, actor, pid, changes, expected_version=proposal_version)
    elif action == "participant":
        changes = _participant_changes(args)
        mid = _municipality_id(db, args.municipality)
        version = given if given is not None else read.participants.get(mid)
        proposals.update_participant(db, actor, pid, mid, changes, expected_version=version)
    elif action == "lots":
        proposals.suggest_lots_for(db, actor, pid, args.by, expected_version=proposal_version)
    elif action == "timeline":
        proposals.propose_timeline(db, actor, pid, expected_version=proposal_version)
    elif action == "accept-changes":
        proposals.accept_line_changes(db, actor, pid, expected_version=proposal_version)
    elif action in ("add-line", "remove-line"):
        proposals.set_line_membership(
            db,
            actor,
            pid,
            args.line_id,
            include=action == "add-line",
            expected_version=proposal_version,
        )
    elif action == "lot":
        version = given if given is not None else _lot_version(db, pid, args.number)
        proposals.edit_lot(
            db, actor, pid, args.number, _lot_changes(args), expected_version=version
        )
    elif action == "milestone":
        version = given if given is not None else (read.milestones or {}).get(args.milestone_id)
        proposals.edit_milestone(
            db, actor, pid, args.milestone_id, _milestone_changes(args), expected_version=version
        )


def _lot_version(db: Any, proposal_id: int, number: int) -> int | None:
    from kommunesamarbeid.services.proposals import proposal_data

    lot = next((x for x in proposal_data(db, proposal_id).lots if x.number == number), None)
    return lot.version if lot is not None else None


def _lot_changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.description is not None:
        changes["description"] = args.description.strip()
    if args.basis is not None:
        changes["basis"] = args.basis
    if not changes:
        raise UsageError("Si hva som skal endres: --title, --description eller --basis.")
    return changes


def _milestone_changes(args: argparse.Namespace) -> dict[str, Any]:
    from kommunesamarbeid.core.typed_values import parse_typed_date, parse_yes_no

    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.date is not None:
        changes["due_date"] = parse_typed_date(args.date, label="Dato")
    if args.done is not None:
        changes["done"] = bool(parse_yes_no(args.done, label="Utført"))
    if args.kind is not None:
        changes["kind"] = args.kind
    if not changes:
        raise UsageError("Si hva som skal endres: --title, --date, --done eller --kind.")
    return changes


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
    add_version_option(prop, "overlappet")
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
    add_version_option(pset, "forslaget")
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
    add_version_option(pp, "deltakelsen (kontakt og fullmakt)")
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
    add_version_option(plots, "forslaget")
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
    add_version_option(ptime, "forslaget")
    ptime.add_argument("--json", action="store_true")
    ptime.set_defaults(func=cmd_proposal)
    pacc = prsub.add_parser(
        "accept-changes",
        help="godta at linjer er endret i planene siden de ble lagt inn (fjerner advarslene)",
    )
    pacc.add_argument("proposal_id", type=int, metavar="PROPOSAL_ID")
    add_version_option(pacc, "forslaget")
    pacc.add_argument("--json", action="store_true")
    pacc.set_defaults(func=cmd_proposal)
    for name in ("add-line", "remove-line"):
        pa = prsub.add_parser(name, help="ta med / ta ut en planlagt anskaffelse")
        pa.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
        pa.add_argument("line_id", type=id_type(_LINE), metavar="LINE_ID")
        add_version_option(pa, "forslaget")
        pa.add_argument("--json", action="store_true")
        pa.set_defaults(func=cmd_proposal)
    plot = prsub.add_parser("lot", help="endre én delkontrakt: tittel, beskrivelse, grunnlag")
    plot.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    plot.add_argument("number", type=id_type("delkontrakt"), metavar="NUMMER")
    plot.add_argument("--title", metavar="TITTEL")
    plot.add_argument("--description", metavar="TEKST")
    plot.add_argument(
        "--basis",
        type=choice_type("Grunnlag", LOT_BASIS_CHOICES),
        metavar="område|produkt",
        help="delkontrakten er avgrenset etter område (area) eller produktgruppe (product)",
    )
    add_version_option(plot, "delkontrakten")
    plot.add_argument("--json", action="store_true")
    plot.set_defaults(func=cmd_proposal)
    pms = prsub.add_parser(
        "milestone", help="endre én milepæl: tittel, dato, utført, type (nummer fra --json)"
    )
    pms.add_argument("proposal_id", type=id_type(_PROPOSAL), metavar="PROPOSAL_ID")
    pms.add_argument("milestone_id", type=id_type("milepæl nr."), metavar="MILESTONE_ID")
    pms.add_argument("--title", metavar="TITTEL")
    pms.add_argument("--date", metavar="DATO", help="f.eks. 01.03.2027 (tom tekst fjerner datoen)")
    pms.add_argument("--done", metavar="ja|nei")
    pms.add_argument(
        "--kind",
        type=choice_type("Type milepæl", MILESTONE_KIND_CHOICES),
        metavar="TYPE",
        help="markedsdialog, frist for fullmakt, kunngjøring, tilbudsfrist, tildeling, "
        "kontraktsstart eller annet",
    )
    add_version_option(pms, "milepælen")
    pms.add_argument("--json", action="store_true")
    pms.set_defaults(func=cmd_proposal)
