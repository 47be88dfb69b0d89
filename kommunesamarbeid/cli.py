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
from collections.abc import Callable, Sequence
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


def _not_yet(name: str) -> Callable[[argparse.Namespace], int]:
    def run(_args: argparse.Namespace) -> int:
        _say(f"«{name}» er ikke implementert ennå.")
        return EXIT_USAGE

    return run


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
    prop.set_defaults(func=_not_yet("propose"))

    exp = sub.add_parser("export", help="eksporter dokumenter og data")
    esub = exp.add_subparsers(dest="what", metavar="HVA", parser_class=_Parser)
    esub.required = True
    for name, arg_names in (
        ("pdf", ("proposal_id", "out")),
        ("fullmakt", ("proposal_id", "outdir")),
        ("overview-pdf", ("out",)),
        ("xlsx", ("out",)),
        ("ocds", ("proposal_id", "out")),
    ):
        e = esub.add_parser(name)
        for a in arg_names:
            e.add_argument(a, type=int if a == "proposal_id" else str)
        e.set_defaults(func=_not_yet(f"export {name}"))

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
