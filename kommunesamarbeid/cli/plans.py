"""Commands for municipalities, plan import, lines, the CPV catalogue and the demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kommunesamarbeid.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    add_version_option,
    assignments,
    current_actor,
    id_type,
    open_db,
    print_json,
    say,
)
from kommunesamarbeid.core.errors import UserError


def version_type_or_zero(text: str) -> int:
    """A plan version: the id of its latest import, or 0 for a plan never imported."""
    if text.strip() == "0":
        return 0
    from kommunesamarbeid.cli.common import version_type

    return version_type(text)


def line_fields_help() -> str:
    from kommunesamarbeid.core.edit_fields import LINE_FIELDS, help_table

    return help_table(LINE_FIELDS)


def cmd_municipality_add(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.municipalities import add_municipality

    db = open_db(args)
    info, created = add_municipality(
        db, current_actor(), args.name, number=args.number, orgnr=args.orgnr, county=args.county
    )
    if args.json:
        print_json({"municipality": info.to_json(), "created": created})
    else:
        say(
            f"{'La til' if created else 'Finnes fra før'}: {info.name}"
            + (f" ({info.kommunenummer})" if info.kommunenummer else "")
        )
    return EXIT_OK


def cmd_municipality_set(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.municipality_register import MAALFORM_LABELS, Maalform
    from kommunesamarbeid.services.municipalities import get_municipality, update_municipality

    if all(v is None for v in (args.number, args.orgnr, args.county, args.maalform)):
        raise UsageError("Si hva som skal endres: --number, --orgnr, --county eller --maalform.")
    db = open_db(args)
    version = args.expected_version
    if version is None:  # the version as the command starts
        version = get_municipality(db, args.name).version
    info = update_municipality(
        db,
        current_actor(),
        args.name,
        number=args.number,
        orgnr=args.orgnr,
        county=args.county,
        maalform=args.maalform,
        expected_version=version,
    )
    if args.json:
        print_json({"municipality": info.to_json()})
    else:
        say(
            f"{info.name}: kommunenummer {info.kommunenummer or '–'}, "
            f"fylke {info.county or '–'}, målform {MAALFORM_LABELS[Maalform(info.maalform)]}."
        )
    return EXIT_OK


def cmd_municipality_list(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.municipalities import list_municipalities

    items = list_municipalities(open_db(args))
    if args.json:
        print_json({"municipalities": [m.to_json() for m in items]})
        return EXIT_OK
    if not items:
        say("Ingen kommuner er registrert ennå.")
    for m in items:
        print(f"{m.kommunenummer or '----'}  {m.name}  ({m.active_lines} linjer)")
    return EXIT_OK


def _import_refusal_json(args: argparse.Namespace, exc: UserError) -> dict[str, Any]:
    """``import --json`` when refused: the shape of CLI.md (file, errors, added 0)."""
    out: dict[str, Any] = {"file": Path(args.file).name, "errors": [exc.to_json()], "added": 0}
    change = getattr(exc, "change", None)
    if change is not None:
        out["withdraw_check"] = change.to_json()
    return out


def cmd_import(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.import_plan import describe_mapping, import_plan

    path = Path(args.file)
    mapping = _parse_mapping(args.map) if args.map else None
    if args.forget_mapping or args.show_mapping:
        return _mapping_command(args, path, mapping)
    db = open_db(args)
    report = import_plan(
        db,
        current_actor(),
        path,
        args.municipality,
        sheet=args.sheet,
        dry_run=args.dry_run,
        mapping=mapping,
        allow_withdraw=args.allow_withdraw,
        plan_version=args.plan_version,
    )
    if args.json:
        print_json(report.to_json())
        return EXIT_OK
    prefix = "Prøvekjøring (ingenting lagret): " if report.dry_run else ""
    say(
        f"{prefix}{report.file} → {report.municipality}"
        + (f", ark «{report.sheet}»" if report.sheet else "")
        + f": {report.added} nye, {report.updated} endret, {report.unchanged} uendret, "
        f"{report.withdrawn} trukket tilbake."
    )
    for line in describe_mapping(report.mapping):
        say(f"  {line}")
    for p in report.errors:
        say(f"  FEIL (raden er ikke importert): {p.describe()}")
    for p in report.warnings:
        say(f"  Advarsel: {p.describe()}")
    for s in report.skipped:
        say(f"  Hoppet over rad {s.row_number} ({s.reason}): {s.text}")
    if report.destructive and report.change is not None:
        consent = "Importen er gjort fordi du ga --allow-withdraw: " if not report.dry_run else ""
        say(
            f"  OBS: {consent}{report.change.summary()}"
            + (" Uten --allow-withdraw blir importen avvist." if report.dry_run else "")
        )
        for line in report.change.listing():
            say(f"  {line}")
    return EXIT_OK


def _mapping_command(args: argparse.Namespace, path: Path, mapping: dict[str, str] | None) -> int:
    """``import --show-mapping`` / ``--forget-mapping``: the columns only, no import."""
    from kommunesamarbeid.services.column_memory import forget_mappings, remembered_lookup
    from kommunesamarbeid.services.import_plan import (
        analyse_file,
        describe_mapping,
        header_signatures,
    )

    db = open_db(args)
    forgotten = 0
    if args.forget_mapping:
        signatures = header_signatures(path, sheet=args.sheet)
        forgotten = forget_mappings(db, args.municipality, signatures)
        if not args.json:
            say(
                f"Glemte {forgotten} husket kolonnevalg for {args.municipality} og denne filens "
                "overskrifter."
                if forgotten
                else f"Fant ikke noe husket kolonnevalg for {args.municipality} og denne filens "
                "overskrifter."
            )
        if not args.show_mapping:
            if args.json:
                print_json({"file": path.name, "forgotten": forgotten})
            return EXIT_OK
    analysis = analyse_file(
        path,
        sheet=args.sheet,
        mapping=mapping,
        remembered=remembered_lookup(db, args.municipality),
    )
    if args.json:
        print_json(
            {
                "file": path.name,
                "municipality": args.municipality,
                "sheet": analysis.sheet,
                "header_rows": list(analysis.layout.header.row_numbers),
                "mapping": analysis.mapping_json(),
                "remembered": analysis.remembered,
                "forgotten": forgotten,
            }
        )
        return EXIT_OK
    say(
        f"Kolonnene i {path.name}"
        + (f", ark «{analysis.sheet}»" if analysis.sheet else "")
        + f" (overskrift på rad {'–'.join(map(str, analysis.layout.header.row_numbers))}):"
    )
    for line in describe_mapping(analysis.mapping_json()):
        say(f"  {line}")
    if analysis.remembered:
        say(
            f"  Husket for {args.municipality}: "
            + ", ".join(f"{k}={v or '(ingen)'}" for k, v in analysis.remembered.items())
            + " (glem med --forget-mapping)."
        )
    else:
        say(f"  Ingen kolonnevalg er husket for {args.municipality} og disse overskriftene.")
    return EXIT_OK


def _parse_mapping(items: list[str]) -> dict[str, str]:
    """--map FIELD=LETTER (an empty letter, "-" or "ingen" takes the field out)."""
    from kommunesamarbeid.core.columns import Field

    mapping: dict[str, str] = {}
    names = ", ".join(f.value for f in Field)
    for item in items:
        name, sep, letter = item.partition("=")
        name, letter = name.strip(), letter.strip()
        no_column = letter.casefold() in ("", "-", "ingen")
        if not sep or not (no_column or (letter.isascii() and letter.isalpha())):
            raise UsageError(
                f"--map skal skrives FELT=KOLONNE, f.eks. description=B (fikk «{item}»)."
            )
        if name not in {f.value for f in Field}:
            raise UsageError(f"Ukjent felt «{name}» i --map. Kjente felt: {names}.")
        mapping[name] = "" if no_column else letter.upper()
    return mapping


def cmd_lines(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.money import format_nok
    from kommunesamarbeid.services.lines import list_lines

    lines = list_lines(open_db(args), municipality=args.municipality)
    if args.json:
        print_json({"lines": [line.to_json() for line in lines]})
        return EXIT_OK
    if not lines:
        say("Ingen aktive linjer.")
    for line in lines:
        print(
            f"{line.id:>6}  {line.municipality:<22.22}  {line.description[:60]:<60}  "
            f"{line.cpv or '':<8}  {format_nok(line.total_value_nok):>16}"
        )
    return EXIT_OK


def cmd_line_show(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.lines import get_line

    _print_line(get_line(open_db(args), args.line_id), as_json=args.json)
    return EXIT_OK


def cmd_line_set(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.edit_fields import LINE_FIELDS
    from kommunesamarbeid.services.lines import get_line, update_line

    pairs = assignments(args.assignments, LINE_FIELDS, "line set", "total_value_nok=1 250 000")
    changes = {name: LINE_FIELDS[name].read(text) for name, text in pairs}
    db = open_db(args)
    version = args.expected_version
    if version is None:  # the version as the command starts
        version = get_line(db, args.line_id).version
    line = update_line(db, current_actor(), args.line_id, changes, expected_version=version)
    _print_line(line, as_json=args.json)
    if not args.json:
        say(f"Lagret linje {line.id} (versjon {line.version}).")
    return EXIT_OK


def _print_line(line: Any, *, as_json: bool) -> None:
    from kommunesamarbeid.core.money import format_nok

    if as_json:
        print_json({"line": line.to_json()})
        return
    print(f"Linje {line.id} ({line.municipality}, versjon {line.version}): {line.description}")
    for label, value in (
        ("CPV", line.cpv),
        ("Årlig verdi", format_nok(line.annual_value_nok) if line.annual_value_nok else None),
        ("Samlet verdi", format_nok(line.total_value_nok) if line.total_value_nok else None),
        ("Tidspunkt", line.period_text),
        ("Enhet", line.unit),
        ("Kontakt", line.contact),
        ("Merknader", line.comments),
        ("Status", "aktiv" if line.status == "active" else "trukket tilbake"),
    ):
        if value:
            print(f"  {label}: {value}")


def cmd_demo(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.demo import load_demo

    result = load_demo(
        open_db(args),
        current_actor(),
        force=args.force,
        progress=lambda i, n, what: say(f"[{i}/{n}] {what}") or True,
    )
    if args.json:
        print_json(result.to_json())
    else:
        say(result.message())
    return EXIT_OK


def cmd_cpv_load(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.catalogue import load_cpv_catalogue

    report = load_cpv_catalogue(open_db(args), current_actor(), Path(args.file))
    if args.json:
        print_json(report.to_json())
    else:
        say(
            f"CPV-katalog lest inn fra {report.file}: {report.loaded} koder "
            f"({report.with_norwegian} med norsk tekst)."
        )
        for p in report.warnings[:20]:
            say(f"  Advarsel: {p.describe()}")
        if len(report.warnings) > 20:
            say(f"  … og {len(report.warnings) - 20} advarsler til.")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    m = sub.add_parser("municipality", help="kommuner")
    msub = m.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    msub.required = True
    madd = msub.add_parser("add", help="legg til en kommune (idempotent)")
    madd.add_argument("name", metavar="NAVN")
    madd.add_argument("--number", metavar="NNNN", help="kommunenummer")
    madd.add_argument("--orgnr", metavar="NNNNNNNNN", help="organisasjonsnummer")
    madd.add_argument("--county", metavar="FYLKE", help="fylke")
    madd.add_argument("--json", action="store_true")
    madd.set_defaults(func=cmd_municipality_add)
    mset = msub.add_parser(
        "set", help="endre en kommunes nummer, organisasjonsnummer, fylke eller målform"
    )
    mset.add_argument("name", metavar="NAVN_ELLER_NUMMER")
    mset.add_argument("--number", metavar="NNNN", help="kommunenummer (tom tekst fjerner det)")
    mset.add_argument("--orgnr", metavar="NNNNNNNNN", help="organisasjonsnummer")
    mset.add_argument("--county", metavar="FYLKE", help="fylke")
    mset.add_argument(
        "--maalform",
        metavar="nynorsk|bokmaal",
        help="målformen dokumentene til kommunen skrives på (nynorsk eller bokmaal; "
        "«noytral» gir bokmål)",
    )
    add_version_option(mset, "kommunen")
    mset.add_argument("--json", action="store_true")
    mset.set_defaults(func=cmd_municipality_set)
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
        help="rett kolonnetilordningen for de navngitte feltene, f.eks. --map description=B "
        "--map total_value=D (--map comments= tar feltet ut); de andre feltene beholder "
        "kolonnen som ble gjenkjent. Rettelsene huskes for kommunen og disse overskriftene",
    )
    imp.add_argument(
        "--allow-withdraw",
        action="store_true",
        help="importer selv om mer enn en firedel av kommunens aktive linjer trekkes tilbake "
        "eller får et felt tømt (uten dette avvises slike importer med en liste)",
    )
    imp.add_argument(
        "--show-mapping",
        action="store_true",
        help="vis hvilken kolonne som brukes for hvert felt (gjenkjent, husket eller rettet "
        "med --map) og importer ingenting",
    )
    imp.add_argument(
        "--forget-mapping",
        action="store_true",
        help="glem kolonnevalgene som er husket for kommunen og denne filens overskrifter, "
        "og importer ingenting",
    )
    imp.add_argument(
        "--plan-version",
        type=version_type_or_zero,
        metavar="N",
        help="versjonen av kommunens plan som du så («plan_version» fra --dry-run --json; 0 = "
        "ingen import ennå): importen avvises hvis planen er importert på nytt etter det (uten "
        "valget: versjonen når importen starter)",
    )
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import, refusal_json=_import_refusal_json)

    lines = sub.add_parser("lines", help="de aktive planlagte anskaffelsene")
    lines.add_argument("--municipality", metavar="X")
    lines.add_argument("--json", action="store_true")
    lines.set_defaults(func=cmd_lines)

    line = sub.add_parser("line", help="én planlagt anskaffelse: vis eller endre")
    lsub = line.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    lsub.required = True
    lshow = lsub.add_parser("show", help="vis en linje (med versjon)")
    lshow.add_argument("line_id", type=id_type("linje nr."), metavar="LINE_ID")
    lshow.add_argument("--json", action="store_true")
    lshow.set_defaults(func=cmd_line_show)
    lset = lsub.add_parser(
        "set",
        help="endre felt i en linje: FELT=VERDI (f.eks. total_value_nok=1,8 mill, "
        "period_start=01.03.2027, comments=…); tom verdi fjerner verdien",
        description="Endre felt i en planlagt anskaffelse. Alle verdiene leses før noe lagres: "
        "kan én ikke leses, endres ingenting. En ny import av planen kan endre linjen igjen.",
        epilog="Felt:\n" + line_fields_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    lset.add_argument("line_id", type=id_type("linje nr."), metavar="LINE_ID")
    lset.add_argument("assignments", nargs="+", metavar="FELT=VERDI")
    add_version_option(lset, "linjen")
    lset.add_argument("--json", action="store_true")
    lset.set_defaults(func=cmd_line_set)

    cpv = sub.add_parser("cpv", help="CPV-katalogen")
    csub = cpv.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    csub.required = True
    cload = csub.add_parser("load", help="les inn en CPV-katalog (CSV eller XLSX)")
    cload.add_argument("file", metavar="FIL")
    cload.add_argument("--json", action="store_true")
    cload.set_defaults(func=cmd_cpv_load)

    demo = sub.add_parser("demo", help="fyll databasen med demokommunene og planene deres")
    demo.add_argument("--force", action="store_true", help="les demoplanene inn på nytt")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(func=cmd_demo)
