"""The command line: the stable interface of ../shared/CLI.md.

Exit status: 0 done (warnings allowed); 1 refused (bad input, nothing changed); 2 wrong usage.
Messages for people go to stderr in Norwegian; ``--json`` output goes to stdout as UTF-8.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from kommunesamarbeid import __version__
from kommunesamarbeid.core.problems import RefusedInputError

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("kommunesamarbeid")


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        _say(f"Feil bruk: {_translate_argparse(message)}")
        raise SystemExit(EXIT_USAGE)


def _translate_argparse(message: str) -> str:
    replacements = {
        "the following arguments are required": "disse argumentene mangler",
        "unrecognized arguments": "ukjente argumenter",
        "invalid choice": "ugyldig valg",
        "expected one argument": "forventet ett argument",
        "invalid int value": "ikke et heltall",
        "argument": "argument",
    }
    for en, no in replacements.items():
        message = message.replace(en, no)
    return message


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


def _db(args: argparse.Namespace) -> Any:
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.paths import DB_ENV, default_database_path

    target = args.db or os.environ.get(DB_ENV) or str(default_database_path())
    return open_database(target)


def _actor() -> Any:
    from kommunesamarbeid.services.context import current_actor

    return current_actor()


# ---------------------------------------------------------------------------- commands


def cmd_municipality_add(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.municipalities import add_municipality

    db = _db(args)
    info, created = add_municipality(
        db, _actor(), args.name, number=args.number, orgnr=args.orgnr, county=args.county
    )
    if args.json:
        _print_json({"municipality": info.to_json(), "created": created})
    else:
        _say(
            f"{'La til' if created else 'Finnes fra før'}: {info.name}"
            + (f" ({info.kommunenummer})" if info.kommunenummer else "")
        )
    return EXIT_OK


def cmd_municipality_list(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.municipalities import list_municipalities

    items = list_municipalities(_db(args))
    if args.json:
        _print_json({"municipalities": [m.to_json() for m in items]})
        return EXIT_OK
    if not items:
        _say("Ingen kommuner er registrert ennå.")
    for m in items:
        print(f"{m.kommunenummer or '----'}  {m.name}  ({m.active_lines} linjer)")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.import_plan import describe_mapping, import_plan

    path = Path(args.file)
    mapping = _parse_mapping(args.map) if args.map else None
    db = _db(args)
    try:
        report = import_plan(
            db,
            _actor(),
            path,
            args.municipality,
            sheet=args.sheet,
            dry_run=args.dry_run,
            mapping=mapping,
        )
    except RefusedInputError as exc:
        if args.json:
            _print_json(
                {"file": path.name, "errors": [{"message": exc.problem.describe()}], "added": 0}
            )
        raise
    if args.json:
        _print_json(report.to_json())
    else:
        prefix = "Prøvekjøring (ingenting lagret): " if report.dry_run else ""
        _say(
            f"{prefix}{report.file} → {report.municipality}"
            + (f", ark «{report.sheet}»" if report.sheet else "")
            + f": {report.added} nye, {report.updated} endret, {report.unchanged} uendret, "
            f"{report.withdrawn} trukket tilbake."
        )
        for line in describe_mapping(report.mapping):
            _say(f"  {line}")
        for p in report.errors:
            _say(f"  FEIL (raden er ikke importert): {p.describe()}")
        for p in report.warnings:
            _say(f"  Advarsel: {p.describe()}")
        for s in report.skipped:
            _say(f"  Hoppet over rad {s.row_number} ({s.reason}): {s.text}")
    return EXIT_OK


def _parse_mapping(items: list[str]) -> dict[str, str]:
    from kommunesamarbeid.core.columns import Field

    mapping: dict[str, str] = {}
    names = ", ".join(f.value for f in Field)
    for item in items:
        name, sep, letter = item.partition("=")
        if not sep or not letter.strip().isalpha():
            raise UsageError(
                f"--map skal skrives FELT=KOLONNE, f.eks. description=B (fikk «{item}»)."
            )
        if name.strip() not in {f.value for f in Field}:
            raise UsageError(f"Ukjent felt «{name}» i --map. Kjente felt: {names}.")
        mapping[name.strip()] = letter.strip().upper()
    return mapping


def cmd_lines(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.money import format_nok
    from kommunesamarbeid.services.lines import list_lines

    lines = list_lines(_db(args), municipality=args.municipality)
    if args.json:
        _print_json({"lines": [line.to_json() for line in lines]})
        return EXIT_OK
    if not lines:
        _say("Ingen aktive linjer.")
    for line in lines:
        print(
            f"{line.id:>6}  {line.municipality:<22.22}  {line.description[:60]:<60}  "
            f"{line.cpv or '':<8}  {format_nok(line.total_value_nok):>16}"
        )
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.demo import load_demo

    result = load_demo(
        _db(args),
        _actor(),
        force=args.force,
        progress=lambda i, n, what: _say(f"[{i}/{n}] {what}") or True,
    )
    if args.json:
        _print_json(result.to_json())
    else:
        _say(result.message())
    return EXIT_OK


def cmd_cpv_load(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.catalogue import load_cpv_catalogue

    report = load_cpv_catalogue(_db(args), _actor(), Path(args.file))
    if args.json:
        _print_json(report.to_json())
    else:
        _say(
            f"CPV-katalog lest inn fra {report.file}: {report.loaded} koder "
            f"({report.with_norwegian} med norsk tekst)."
        )
        for p in report.warnings[:20]:
            _say(f"  Advarsel: {p.describe()}")
        if len(report.warnings) > 20:
            _say(f"  … og {len(report.warnings) - 20} advarsler til.")
    return EXIT_OK


def _print_groups(groups: list[Any]) -> None:
    from kommunesamarbeid.core.money import format_nok
    from kommunesamarbeid.services.overlap import STATUS_LABELS

    if not groups:
        _say("Ingen overlapp.")
    for g in groups:
        print(
            f"#{g.id} [{STATUS_LABELS.get(g.status, g.status)}] {g.title}  "
            f"(score {g.score:.2f}, {format_nok(g.total_value_nok)})"
        )
        print(f"    Kommuner: {', '.join(g.municipalities)}")
        for reason in g.reasons:
            print(f"    – {reason}")
        for m in g.members:
            mark = " (tatt ut)" if m.origin == "removed" else ""
            print(f"      {m.line_id:>6}  {m.municipality}: {m.description}{mark}")


def cmd_detect(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.overlap.model import DetectionSettings
    from kommunesamarbeid.services.overlap import detect

    settings = (
        DetectionSettings(sensitivity=args.sensitivity) if args.sensitivity is not None else None
    )
    report = detect(_db(args), _actor(), settings=settings)
    if args.json:
        _print_json({"groups": [g.to_json() for g in report.groups]})
    else:
        _print_groups(report.groups)
    _say(
        f"Sammenlignet {report.lines} linjer: {report.new} nye forslag til overlapp, "
        f"{report.kept} beholdt fra før"
        + (
            ""
            if report.catalogue_codes
            else " (ingen CPV-katalog lastet inn: CPV foreslås ikke fra tekst; bruk «cpv load»)"
        )
        + "."
    )
    return EXIT_OK


def cmd_groups(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.overlap import list_groups

    groups = list_groups(_db(args), status=args.status)
    if args.json:
        _print_json({"groups": [g.to_json() for g in groups]})
    else:
        _print_groups(groups)
    return EXIT_OK


def cmd_group(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import overlap

    db, actor = _db(args), _actor()
    action = args.action
    if action == "confirm":
        group = overlap.set_status(db, actor, args.group_id, "confirmed")
    elif action == "reject":
        group = overlap.set_status(db, actor, args.group_id, "rejected")
    elif action == "reopen":
        group = overlap.set_status(db, actor, args.group_id, "candidate")
    elif action == "remove-line":
        group = overlap.remove_line(db, actor, args.group_id, args.line_id)
    elif action == "add-line":
        group = overlap.add_line(db, actor, args.group_id, args.line_id)
    elif action == "merge":
        group = overlap.merge_groups(db, actor, [args.group_id, *args.other_ids])
    elif action == "split":
        group = overlap.split_group(db, actor, args.group_id, args.line_ids)
    else:  # pragma: no cover - argparse restricts the choices
        raise UsageError(action)
    if args.json:
        _print_json({"group": group.to_json()})
    else:
        _print_groups([group])
    return EXIT_OK


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

    db = _db(args)
    data = proposals.create_proposal(
        db, _actor(), group_id=args.group_id, title=args.title, lead=args.lead
    )
    data, evaluation = proposals.evaluated(db, data.id)
    if args.json:
        _print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
        _say(f"Opprettet forslag {data.reference} (nr. {data.id}).")
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

    db, actor = _db(args), _actor()
    action = args.action
    if action == "list":
        items = proposals.list_proposals(db)
        if args.json:
            _print_json({"proposals": [p.to_json() for p in items]})
        else:
            for p in items:
                print(
                    f"{p.id:>4}  {p.reference}  [{p.status}]  {p.title}  ({p.participants} kommuner)"
                )
            if not items:
                _say("Ingen forslag ennå.")
        return EXIT_OK
    pid = args.proposal_id
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
        _print_json({"proposal": _proposal_json(data, evaluation)})
    else:
        _print_proposal(data, evaluation)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import exports

    db = _db(args)
    what = args.what
    if what == "pdf":
        written = [exports.export_proposal_pdf(db, args.proposal_id, Path(args.out))]
    elif what == "fullmakt":
        written = exports.export_fullmakt(db, args.proposal_id, Path(args.outdir))
    elif what == "overview-pdf":
        written = [exports.export_overview_pdf(db, Path(args.out))]
    elif what == "xlsx":
        written = [exports.export_pooled_xlsx(db, Path(args.out))]
    elif what == "proposal-xlsx":
        written = [exports.export_proposal_xlsx(db, args.proposal_id, Path(args.out))]
    elif what == "ocds":
        written = [exports.export_ocds(db, args.proposal_id, Path(args.out))]
    else:  # pragma: no cover - argparse restricts the choices
        raise UsageError(what)
    for path in written:
        _say(f"Skrev {path}")
    return EXIT_OK


# ---------------------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="kommunesamarbeid",
        description="Felles anskaffelser mellom kommuner: samle anskaffelsesplaner, finn "
        "overlapp og lag forslag til felles anskaffelse.",
    )
    p.add_argument(
        "--db",
        metavar="URL_ELLER_FIL",
        help="database: SQLAlchemy-URL eller SQLite-fil (standard: "
        "$KOMMUNESAMARBEID_DB eller filen i brukerens datamappe)",
    )
    p.add_argument("--version", action="version", version=f"kommunesamarbeid {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="skriv mer om hva som skjer")
    sub = p.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    sub.required = True

    m = sub.add_parser("municipality", help="kommuner")
    msub = m.add_subparsers(dest="action", metavar="HANDLING", parser_class=_Parser)
    msub.required = True
    madd = msub.add_parser("add", help="legg til en kommune (idempotent)")
    madd.add_argument("name", metavar="NAVN")
    madd.add_argument("--number", metavar="NNNN", help="kommunenummer")
    madd.add_argument("--orgnr", metavar="NNNNNNNNN", help="organisasjonsnummer")
    madd.add_argument("--county", metavar="FYLKE", help="fylke")
    madd.add_argument("--json", action="store_true")
    madd.set_defaults(func=cmd_municipality_add)
    mlist = msub.add_parser("list", help="vis kommunene")
    mlist.add_argument("--json", action="store_true")
    mlist.set_defaults(func=cmd_municipality_list)

    imp = sub.add_parser("import", help="les inn en anskaffelsesplan (xlsx, xlsm, csv)")
    imp.add_argument("file", metavar="FIL")
    imp.add_argument("--municipality", required=True, metavar="NAVN_ELLER_NUMMER")
    imp.add_argument("--sheet", metavar="ARK")
    imp.add_argument(
        "--dry-run", action="store_true", help="vis hva som ville skjedd, lagre ingenting"
    )
    imp.add_argument(
        "--map",
        action="append",
        metavar="FELT=KOLONNE",
        help="overstyr kolonnetilordningen, f.eks. --map description=B --map annual_value=D "
        "(huskes for kommunen og disse overskriftene)",
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import)

    lines = sub.add_parser("lines", help="de aktive planlagte anskaffelsene")
    lines.add_argument("--municipality", metavar="X")
    lines.add_argument("--json", action="store_true")
    lines.set_defaults(func=cmd_lines)

    det = sub.add_parser("detect", help="finn overlapp mellom kommunene")
    det.add_argument(
        "--sensitivity",
        type=float,
        metavar="0-1",
        help="følsomhet (standard 0,5): høyere gir flere og løsere overlapp",
    )
    det.add_argument("--json", action="store_true")
    det.set_defaults(func=cmd_detect)
    grp = sub.add_parser("groups", help="lagrede overlapp med brukerens beslutninger")
    grp.add_argument("--status", choices=["candidate", "confirmed", "rejected"])
    grp.add_argument("--json", action="store_true")
    grp.set_defaults(func=cmd_groups)
    g1 = sub.add_parser("group", help="beslutninger om ett overlapp")
    gsub = g1.add_subparsers(dest="action", metavar="HANDLING", parser_class=_Parser)
    gsub.required = True
    for name, helptext in (
        ("confirm", "bekreft overlappet"),
        ("reject", "avvis overlappet"),
        ("reopen", "sett tilbake til forslag"),
    ):
        gp = gsub.add_parser(name, help=helptext)
        gp.add_argument("group_id", type=int, metavar="GROUP_ID")
        gp.add_argument("--json", action="store_true")
        gp.set_defaults(func=cmd_group)
    for name, helptext in (
        ("remove-line", "ta en linje ut av overlappet"),
        ("add-line", "legg en linje til overlappet"),
    ):
        gp = gsub.add_parser(name, help=helptext)
        gp.add_argument("group_id", type=int, metavar="GROUP_ID")
        gp.add_argument("line_id", type=int, metavar="LINE_ID")
        gp.add_argument("--json", action="store_true")
        gp.set_defaults(func=cmd_group)
    gp = gsub.add_parser("merge", help="slå sammen overlapp (inn i det første)")
    gp.add_argument("group_id", type=int, metavar="GROUP_ID")
    gp.add_argument("other_ids", type=int, nargs="+", metavar="ANNEN_ID")
    gp.add_argument("--json", action="store_true")
    gp.set_defaults(func=cmd_group)
    gp = gsub.add_parser("split", help="flytt linjer til et nytt overlapp")
    gp.add_argument("group_id", type=int, metavar="GROUP_ID")
    gp.add_argument("line_ids", type=int, nargs="+", metavar="LINE_ID")
    gp.add_argument("--json", action="store_true")
    gp.set_defaults(func=cmd_group)
    prop = sub.add_parser("propose", help="lag forslag til felles anskaffelse fra et overlapp")
    prop.add_argument("group_id", type=int, metavar="GROUP_ID")
    prop.add_argument("--title")
    prop.add_argument("--lead", metavar="KOMMUNE")
    prop.add_argument("--json", action="store_true")
    prop.set_defaults(func=cmd_propose)

    pr = sub.add_parser("proposal", help="vis og rediger forslag til felles anskaffelse")
    prsub = pr.add_subparsers(dest="action", metavar="HANDLING", parser_class=_Parser)
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
        choices=["area", "product"],
        default="area",
        help="etter område (én per kommune/nabogruppe) eller produktgruppe (CPV-klasse)",
    )
    plots.add_argument("--json", action="store_true")
    plots.set_defaults(func=cmd_proposal)
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

    exp = sub.add_parser("export", help="eksporter dokumenter og data")
    esub = exp.add_subparsers(dest="what", metavar="HVA", parser_class=_Parser)
    esub.required = True
    for name, arg_names, helptext in (
        ("pdf", ("proposal_id", "out"), "forslaget som PDF"),
        ("fullmakt", ("proposal_id", "outdir"), "én fullmakt-PDF per deltakende kommune"),
        ("overview-pdf", ("out",), "alle overlapp, til et koordinatormøte"),
        ("xlsx", ("out",), "den samlede planen med overlapp- og forslagskolonner"),
        ("proposal-xlsx", ("proposal_id", "out"), "forslagets vedlegg: ett ark per deltaker"),
        ("ocds", ("proposal_id", "out"), "forslaget som OCDS 1.2 planning release"),
    ):
        e = esub.add_parser(name, help=helptext)
        for a in arg_names:
            e.add_argument(
                a,
                type=int if a == "proposal_id" else str,
                metavar={"proposal_id": "PROPOSAL_ID", "out": "FIL", "outdir": "MAPPE"}[a],
            )
        e.set_defaults(func=cmd_export)

    cpv = sub.add_parser("cpv", help="CPV-katalogen")
    csub = cpv.add_subparsers(dest="action", metavar="HANDLING", parser_class=_Parser)
    csub.required = True
    cload = csub.add_parser("load", help="les inn en CPV-katalog (CSV eller XLSX)")
    cload.add_argument("file", metavar="FIL")
    cload.add_argument("--json", action="store_true")
    cload.set_defaults(func=cmd_cpv_load)

    demo = sub.add_parser("demo", help="fyll databasen med demokommunene og planene deres")
    demo.add_argument("--force", action="store_true", help="les demoplanene inn på nytt")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(func=cmd_demo)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args))
    except RefusedInputError as exc:
        _say(f"Avvist: {exc.problem.describe()}")
        return EXIT_REFUSED
    except UsageError as exc:
        _say(f"Feil bruk: {exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("Avbrutt.")
        return EXIT_REFUSED
    except Exception as exc:  # a bug: say so plainly, with the details in the log
        log.exception("Uventet feil")
        _say(
            f"Uventet feil: {exc.__class__.__name__}: {exc}. Dette er en feil i programmet; "
            "kjør med --verbose og meld fra om feilen."
        )
        return EXIT_REFUSED


if __name__ == "__main__":
    raise SystemExit(main())
