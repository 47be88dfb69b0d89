"""Commands that write documents and data files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kommunesamarbeid.cli.common import EXIT_OK, Parser, UsageError, id_type, open_db, say


def cmd_export(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services import exports

    db = open_db(args)
    what = args.what
    if what == "pdf":
        written = [
            exports.export_proposal_pdf(
                db, args.proposal_id, Path(args.out), maalform=args.maalform
            )
        ]
    elif what == "fullmakt":
        written = exports.export_fullmakt(db, args.proposal_id, Path(args.outdir))
    elif what == "overview-pdf":
        written = [exports.export_overview_pdf(db, Path(args.out), maalform=args.maalform)]
    elif what == "xlsx":
        written = [exports.export_pooled_xlsx(db, Path(args.out))]
    elif what == "proposal-xlsx":
        written = [
            exports.export_proposal_xlsx(
                db, args.proposal_id, Path(args.out), maalform=args.maalform
            )
        ]
    elif what == "ocds":
        written = [exports.export_ocds(db, args.proposal_id, Path(args.out))]
    else:  # pragma: no cover - argparse restricts the choices
        raise UsageError(what)
    for path in written:
        say(f"Skrev {path}")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    exp = sub.add_parser("export", help="eksporter dokumenter og data")
    esub = exp.add_subparsers(dest="what", metavar="HVA", parser_class=Parser)
    esub.required = True
    for name, arg_names, helptext in (
        ("pdf", ("proposal_id", "out"), "forslaget som PDF"),
        ("fullmakt", ("proposal_id", "outdir"), "én fullmakt-PDF per deltakende kommune"),
        ("overview-pdf", ("out",), "alle overlapp, til et koordinatormøte"),
        ("xlsx", ("out",), "den samlede planen med overlapp- og forslagskolonner"),
        ("proposal-xlsx", ("proposal_id", "out"), "forslagets vedlegg: ett ark per deltaker"),
        ("ocds", ("proposal_id", "out"), "forslaget som OCDS 1.1-utgivelsespakke (planlegging)"),
    ):
        e = esub.add_parser(name, help=helptext)
        for a in arg_names:
            e.add_argument(
                a,
                type=id_type("forslag nr.") if a == "proposal_id" else str,
                metavar={"proposal_id": "PROPOSAL_ID", "out": "FIL", "outdir": "MAPPE"}[a],
            )
        if name in ("pdf", "overview-pdf", "proposal-xlsx"):
            e.add_argument(
                "--maalform",
                metavar="MÅLFORM",
                help="nynorsk eller bokmaal (standard: vertskommunens målform for forslaget, "
                "flertallets for oversikten; fullmaktene følger hver kommunes målform)",
            )
        e.set_defaults(func=cmd_export)
