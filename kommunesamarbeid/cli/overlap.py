"""Commands for overlap detection and the decisions on overlap groups."""

from __future__ import annotations

import argparse
from typing import Any

from kommunesamarbeid.cli.common import (
    EXIT_OK,
    Parser,
    UsageError,
    choice_type,
    current_actor,
    fraction_type,
    id_type,
    open_db,
    print_json,
    say,
    version_type,
)
from kommunesamarbeid.core.typed_values import Choice

#: The statuses of an overlap group (``groups --status``), by code or Norwegian label.
GROUP_STATUS_CHOICES = {
    "candidate": Choice("candidate", "Kandidat", ("forslag", "ny", "nye")),
    "confirmed": Choice("confirmed", "Bekreftet", ("godkjent",)),
    "rejected": Choice("rejected", "Avvist", ()),
}
_GROUP = "overlapp nr."
_LINE = "linje nr."


def _print_groups(groups: list[Any]) -> None:
    from kommunesamarbeid.core.money import format_nok
    from kommunesamarbeid.services.overlap import STATUS_LABELS

    if not groups:
        say("Ingen overlapp.")
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
    report = detect(open_db(args), current_actor(), settings=settings)
    if args.json:
        print_json({"groups": [g.to_json() for g in report.groups]})
    else:
        _print_groups(report.groups)
    say(
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

    groups = list_groups(open_db(args), status=args.status)
    if args.json:
        print_json({"groups": [g.to_json() for g in groups]})
    else:
        _print_groups(groups)
    return EXIT_OK


def cmd_group(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import overlap

    db, actor = open_db(args), current_actor()
    action = args.action
    ids = [args.group_id, *getattr(args, "other_ids", [])]
    # The versions as this command starts (or as --version gives them): a change someone saved
    # in between is refused with who and when, never overwritten.
    read = overlap.group_versions(db, ids)
    given = args.expected_version or []
    if given and len(given) != len(ids):
        raise UsageError(
            f"Gi én --version per overlapp ({len(ids)}), i samme rekkefølge som numrene."
        )
    seen = dict(zip(ids, given, strict=True)) if given else read
    version = seen[args.group_id]
    statuses = {"confirm": "confirmed", "reject": "rejected", "reopen": "candidate"}
    if action in statuses:
        group = overlap.set_status(
            db, actor, args.group_id, statuses[action], expected_version=version
        )
    elif action == "remove-line":
        group = overlap.remove_line(
            db, actor, args.group_id, args.line_id, expected_version=version
        )
    elif action == "add-line":
        group = overlap.add_line(db, actor, args.group_id, args.line_id, expected_version=version)
    elif action == "merge":
        group = overlap.merge_groups(db, actor, ids, seen=seen)
    elif action == "split":
        group = overlap.split_group(
            db, actor, args.group_id, args.line_ids, expected_version=version
        )
    elif action == "rename":
        group = overlap.rename_group(db, actor, args.group_id, args.title, expected_version=version)
    else:  # pragma: no cover - argparse restricts the choices
        raise UsageError(action)
    if args.json:
        print_json({"group": group.to_json()})
    else:
        _print_groups([group])
    return EXIT_OK


def _version_option(parser: argparse.ArgumentParser, *, many: bool = False) -> None:
    parser.add_argument(
        "--version",
        dest="expected_version",
        type=version_type,
        action="append",
        metavar="N",
        help=(
            "versjonen av hvert overlapp slik du leste det («version» i --json), én per nummer "
            "i samme rekkefølge"
            if many
            else "versjonen av overlappet slik du leste det («version» i --json)"
        )
        + "; endringen avvises hvis noen har endret det etter det (uten valget: versjonen når "
        "kommandoen starter)",
    )


def cmd_explain(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.texts import tr
    from kommunesamarbeid.services.overlap_explain import (
        explain_lines,
        explanation_in,
        explanation_language,
    )

    lang = explanation_language(args.maalform)  # (an unknown målform is refused first)
    result = explanation_in(explain_lines(open_db(args), args.first, args.second), lang)
    if args.json:
        print_json(result.to_json())
        return EXIT_OK
    verdict = "grouped" if result.grouped else "apart"
    print(
        tr(
            f"explain.answer.{verdict}",
            lang,
            first=result.first_id,
            second=result.second_id,
            score=f"{result.score:.2f}".replace(".", ","),
            threshold=f"{result.threshold:.2f}".replace(".", ","),
        )
    )
    for title, items in (
        ("for", result.evidence_for),
        ("against", result.evidence_against),
        ("would", result.would_group),
    ):
        if items:
            print(tr(f"explain.answer.{title}", lang) + ":")
            for item in items:
                print(f"  – {item}")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    det = sub.add_parser("detect", help="finn overlapp mellom kommunene")
    det.add_argument(
        "--sensitivity",
        type=fraction_type("Følsomheten"),
        metavar="0-1",
        help="følsomhet (standard 0,5): høyere gir flere og løsere overlapp",
    )
    det.add_argument("--json", action="store_true")
    det.set_defaults(func=cmd_detect)
    grp = sub.add_parser("groups", help="lagrede overlapp med brukerens beslutninger")
    grp.add_argument(
        "--status",
        type=choice_type("Status", GROUP_STATUS_CHOICES),
        metavar="STATUS",
        help="bare overlapp med denne statusen: kandidat (candidate), bekreftet (confirmed) "
        "eller avvist (rejected)",
    )
    grp.add_argument("--json", action="store_true")
    grp.set_defaults(func=cmd_groups)
    g1 = sub.add_parser("group", help="beslutninger om ett overlapp")
    gsub = g1.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    gsub.required = True
    for name, helptext in (
        ("confirm", "bekreft overlappet"),
        ("reject", "avvis overlappet"),
        ("reopen", "sett tilbake til forslag"),
    ):
        gp = gsub.add_parser(name, help=helptext)
        gp.add_argument("group_id", type=id_type(_GROUP), metavar="GROUP_ID")
        _version_option(gp)
        gp.add_argument("--json", action="store_true")
        gp.set_defaults(func=cmd_group)
    for name, helptext in (
        ("remove-line", "ta en linje ut av overlappet"),
        ("add-line", "legg en linje til overlappet"),
    ):
        gp = gsub.add_parser(name, help=helptext)
        gp.add_argument("group_id", type=id_type(_GROUP), metavar="GROUP_ID")
        gp.add_argument("line_id", type=id_type(_LINE), metavar="LINE_ID")
        _version_option(gp)
        gp.add_argument("--json", action="store_true")
        gp.set_defaults(func=cmd_group)
    gp = gsub.add_parser("merge", help="slå sammen overlapp (inn i det første)")
    gp.add_argument("group_id", type=id_type(_GROUP), metavar="GROUP_ID")
    gp.add_argument("other_ids", type=id_type(_GROUP), nargs="+", metavar="ANNEN_ID")
    _version_option(gp, many=True)
    gp.add_argument("--json", action="store_true")
    gp.set_defaults(func=cmd_group)
    gp = gsub.add_parser("split", help="flytt linjer til et nytt overlapp")
    gp.add_argument("group_id", type=id_type(_GROUP), metavar="GROUP_ID")
    gp.add_argument("line_ids", type=id_type(_LINE), nargs="+", metavar="LINE_ID")
    _version_option(gp)
    gp.add_argument("--json", action="store_true")
    gp.set_defaults(func=cmd_group)
    gp = gsub.add_parser(
        "rename", help="gi overlappet din egen tittel (tom tittel: tilbake til den foreslåtte)"
    )
    gp.add_argument("group_id", type=int, metavar="GROUP_ID")
    gp.add_argument("title", metavar="TITTEL")
    _version_option(gp)
    gp.add_argument("--json", action="store_true")
    gp.set_defaults(func=cmd_group)
    ex = sub.add_parser("explain", help="hvorfor to linjer er eller ikke er i samme overlapp")
    ex.add_argument("first", type=int, metavar="LINE_ID")
    ex.add_argument("second", type=int, metavar="LINE_ID")
    ex.add_argument("--json", action="store_true")
    ex.add_argument(
        "--maalform",
        metavar="MÅLFORM",
        help="nynorsk eller bokmaal: målformen svaret skrives i (standard: bokmål)",
    )
    ex.set_defaults(func=cmd_explain)
