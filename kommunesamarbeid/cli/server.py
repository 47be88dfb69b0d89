"""Commands for the administrator of a shared PostgreSQL server: ``server init`` and ``user``.

Run as the database owner (a login with CREATEROLE that owns the database, not a superuser).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kommunesamarbeid.cli.common import EXIT_OK, Parser, database_target, open_db, print_json, say


def cmd_server_init(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.server import init_server

    report = init_server(database_target(args))
    if args.json:
        print_json(report.to_json())
        return EXIT_OK
    if report.schema_before != report.schema_after:
        say(
            f"Tabellene er {'laget' if report.schema_before is None else 'oppgradert'} "
            f"(skjema {report.schema_after})."
        )
    else:
        say(f"Tabellene er oppdatert (skjema {report.schema_after}).")
    if report.created_roles:
        say(f"Laget grupperollene {', '.join(report.created_roles)}.")
    say(
        f"Rettigheter og regler for {report.tables} tabeller i «{report.database}» er satt "
        f"(eier: {report.owner}; innkjøpsrådgivere: {report.officer_role}; "
        f"koordinatorer: {report.coordinator_role})."
    )
    for warning in report.warnings:
        say(f"Advarsel: {warning}")
    say("Legg til brukere med «kommunesamarbeid user add INNLOGGING --municipality KOMMUNE …».")
    return EXIT_OK


def _read_password() -> str:
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


def cmd_user(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import users
    from kommunesamarbeid.services.server import require_postgres

    require_postgres(database_target(args), f"user {args.action}")
    db = open_db(args)
    if args.action == "add":
        password = _read_password() if args.password_stdin else None
        info = users.add_user(
            db, args.login, role=args.role, municipality=args.municipality, password=password
        )
        if args.json:
            print_json({"user": info.to_json()})
            return EXIT_OK
        did = {
            "created": "Laget innloggingen",
            "adopted": "Tok i bruk den eksisterende innloggingen",
            "updated": "Endret",
        }[info.action]
        say(f"{did} «{info.login}»: {info.role_label} for {info.municipality}.")
        if info.action == "created" and not info.password_set:
            say(
                "  Innloggingen har ikke passord: den kan bare logge inn med organisasjonens "
                "pålogging (GSSAPI/SSPI) eller et sertifikat. Gi den et passord med "
                "--password-stdin om den trenger det."
            )
        return EXIT_OK
    if args.action == "list":
        items = users.list_users(db)
        if args.json:
            print_json({"users": [u.to_json() for u in items]})
            return EXIT_OK
        if not items:
            say("Ingen brukere ennå. Legg til med «user add».")
        for u in items:
            note = "" if u.can_login else "  (kan ikke logge inn)"
            print(f"{u.login:<24}  {u.role_label:<13}  {u.municipality}{note}")
        return EXIT_OK
    info = users.remove_user(db, args.login, drop_login=args.drop_login)
    if args.json:
        print_json({"user": info.to_json()})
    else:
        say(
            f"«{info.login}» er ikke lenger {info.role_label} for {info.municipality}"
            + (
                " og innloggingen er slettet."
                if args.drop_login
                else "; innloggingen finnes fortsatt, men ser ingenting."
            )
        )
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    srv = sub.add_parser("server", help="sett opp en felles PostgreSQL-database (eieren)")
    ssub = srv.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    ssub.required = True
    sinit = ssub.add_parser(
        "init",
        help="lag eller oppgrader tabellene, roller, rettigheter og regler for rader "
        "(idempotent; kjør igjen etter hver oppgradering av programmet)",
    )
    sinit.add_argument("--json", action="store_true")
    sinit.set_defaults(func=cmd_server_init)

    usr = sub.add_parser("user", help="brukere på en felles server (eieren)")
    usub = usr.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    usub.required = True
    uadd = usub.add_parser(
        "add",
        help="lag en innlogging (eller ta i bruk en som finnes) med kommune og rolle",
    )
    uadd.add_argument("login", metavar="INNLOGGING")
    uadd.add_argument(
        "--municipality",
        metavar="KOMMUNE",
        help="kommunen brukeren hører til (for en koordinator: vertskommunen; "
        "standard er de andre koordinatorenes)",
    )
    uadd.add_argument(
        "--role",
        required=True,
        choices=["officer", "coordinator"],
        help="officer (innkjøpsrådgiver: egen kommunes planer og fullmakter) eller "
        "coordinator (koordinator: også overlapp og forslag)",
    )
    uadd.add_argument(
        "--password-stdin",
        action="store_true",
        help="les passordet fra første linje på standard inn (aldri som argument)",
    )
    uadd.add_argument("--json", action="store_true")
    uadd.set_defaults(func=cmd_user)
    ulist = usub.add_parser("list", help="vis brukerne")
    ulist.add_argument("--json", action="store_true")
    ulist.set_defaults(func=cmd_user)
    urem = usub.add_parser("remove", help="ta en bruker ut av samarbeidet")
    urem.add_argument("login", metavar="INNLOGGING")
    urem.add_argument(
        "--drop-login", action="store_true", help="slett også innloggingen på serveren"
    )
    urem.add_argument("--json", action="store_true")
    urem.set_defaults(func=cmd_user)
