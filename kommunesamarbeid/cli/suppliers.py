"""Commands for the local supplier market: load Enhetsregisteret, count suppliers of a CPV code."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from kommunesamarbeid.cli.common import EXIT_OK, UsageError, current_actor, open_db, print_json, say


def _progress_printer() -> Any:
    """Progress on stderr in steps of 10 % (only on a terminal)."""
    shown = {"step": -1}

    def progress(done: int, total: int, text: str) -> bool:
        if sys.stderr.isatty():
            step = int(10 * done / max(total, 1))
            if step != shown["step"]:
                shown["step"] = step
                say(f"  {10 * step:3d} %  {text}")
        return True

    return progress


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    from kommunesamarbeid.core.register_records import parse_register_date

    parsed = parse_register_date(text)
    if parsed is None:
        raise UsageError(f"Ukjent dato «{text}»: skriv f.eks. 01.12.2026 eller 2026-12-01.")
    return parsed


def cmd_suppliers_load(args: argparse.Namespace) -> int:
    from kommunesamarbeid.services.suppliers import EXCLUSION_LABELS, load_register

    report = load_register(
        open_db(args),
        current_actor(),
        [Path(f) for f in args.files],
        progress=None if args.json else _progress_printer(),
        data_date=_date(args.date),
    )
    if args.json:
        print_json(report.to_json())
        return EXIT_OK
    for f in report.files:
        left_out = (
            ", ".join(
                f"{_n(n)} {EXCLUSION_LABELS.get(reason, reason)}"
                for reason, n in f.excluded.items()
            )
            or "ingen"
        )
        when = f.data_date.strftime("%d.%m.%Y") if f.data_date else "ukjent dato"
        say(
            f"{f.file}: {f.kind} ({f.format}), {_n(f.rows_stored)} av {_n(f.rows_read)} rader "
            f"lastet inn (utelatt: {left_out}); data per {when}."
        )
        for warning in f.warnings:
            say(f"  ADVARSEL: {warning}")
    say(f"Ferdig på {report.seconds:.0f} s. {report.register.attribution}")
    return EXIT_OK


def _n(value: int) -> str:
    from kommunesamarbeid.core.money import format_nok

    return format_nok(value, unit=False)


def _count_table(market: Any) -> list[str]:
    lines = [
        f"{'Kommune':<28}{'Enheter':>9}{'Med ansatte':>13}{'5 eller flere':>15}"
        f"{'Enkeltpersonforetak':>21}"
    ]

    def row(name: str, counts: Any) -> str:
        if counts is None:
            return f"{name[:27]:<28}{'ukjent (mangler kommunenummer)':>58}"
        return (
            f"{name[:27]:<28}{counts.units:>9}{counts.with_staff:>13}{counts.five_plus:>15}"
            f"{counts.sole_proprietors:>21}"
        )

    for place in market.municipalities:
        lines.append(row(place.name, place.counts))
    if len(market.municipalities) > 1:
        lines.append(row("Sum", market.total))
    for county in market.counties:
        lines.append(row(f"{county.name} (fylket)", county.counts))
    return lines


def print_market(market: Any, source_line: str) -> None:
    """A lot's (or a CPV code's) local market for people."""
    selection = market.selection
    for row in selection.rows:
        print(
            f"  CPV {row.cpv_prefix} {row.category}: næringskoder {' '.join(row.code_texts())} "
            f"(kilde {row.source}, sikkerhet {row.confidence})"
        )
    if selection.rows:
        for line in _count_table(market):
            print(f"  {line}")
    if market.reading:
        print(f"  {market.reading}")
    for note in market.notes:
        print(f"  Merk: {note}")
    for warning in market.warnings:
        print(f"  ADVARSEL: {warning}")
    print(f"  {source_line}")


def count_json(market: Any, info: Any) -> dict[str, Any]:
    """The shape CLI.md promises for ``suppliers count --json`` (more keys are welcome)."""
    data = market.to_json()
    return {
        "cpv": data["cpv"],
        "industry_codes": data["industry_codes"],
        "mapping": data["mapping"],
        "confidence": data["confidence"],
        "municipalities": data["municipalities"],
        "total": data["total"],
        "counties": data["counties"],
        "reading": data["reading"],
        "notes": data["notes"],
        "warnings": data["warnings"],
        "curated": True,
        "source_date": info.source_date.isoformat() if info.source_date else None,
        "attribution": info.attribution,
    }


def cmd_suppliers_count(args: argparse.Namespace) -> int:
    from kommunesamarbeid.core.local_market import CURATED_NOTE
    from kommunesamarbeid.services.supplier_market import count_market
    from kommunesamarbeid.services.suppliers import register_info

    db = open_db(args)
    market = count_market(db, args.cpv, args.municipality)
    info = register_info(db)
    if args.json:
        print_json(count_json(market, info))
        return EXIT_OK
    print(f"Lokale leverandører for {market.title}:")
    print_market(market, info.source_line())
    print(f"  {CURATED_NOTE}")
    return EXIT_OK


def register(sub: Any) -> None:
    """Add this module's commands to the top-level subparsers."""
    from kommunesamarbeid.cli.common import Parser

    sp = sub.add_parser(
        "suppliers", help="lokale leverandører: last inn Enhetsregisteret og tell per kommune"
    )
    ssub = sp.add_subparsers(dest="action", metavar="HANDLING", parser_class=Parser)
    ssub.required = True
    load = ssub.add_parser(
        "load",
        help="last inn totalbestanden fra data.brreg.no (underenheter og/eller enheter; "
        "CSV, CSV.gz, JSON.gz eller XLSX)",
    )
    load.add_argument("files", nargs="+", metavar="FIL")
    load.add_argument(
        "--date", metavar="DATO", help="dataenes dato (standard: nyeste registreringsdato i filen)"
    )
    load.add_argument("--json", action="store_true")
    load.set_defaults(func=cmd_suppliers_load)
    count = ssub.add_parser("count", help="tell mulige leverandører av en CPV-kode per kommune")
    count.add_argument("--cpv", required=True, metavar="KODE")
    count.add_argument(
        "--municipality", action="append", required=True, metavar="KOMMUNE", default=None
    )
    count.add_argument("--json", action="store_true")
    count.set_defaults(func=cmd_suppliers_count)


def cmd_proposal_suppliers(db: Any, proposal_id: int, *, as_json: bool) -> int:
    """``proposal suppliers ID``: the local market per lot (or of the whole proposal)."""
    from kommunesamarbeid.core.local_market import CURATED_NOTE
    from kommunesamarbeid.services.proposals import proposal_data
    from kommunesamarbeid.services.supplier_market import proposal_market

    data = proposal_data(db, proposal_id)
    market = proposal_market(db, data)
    info = market.register
    if as_json:
        print_json(
            {
                "proposal": {"id": data.id, "reference": data.reference, "title": data.title},
                "loaded": info.loaded,
                "source_date": info.source_date.isoformat() if info.source_date else None,
                "attribution": info.attribution,
                "curated": True,
                "advice": {
                    "basis": market.advice.basis if market.advice else None,
                    "sentences": list(market.advice.sentences) if market.advice else [],
                },
                "lots": [lot.to_json() for lot in market.lots],
                "warnings": list(market.warnings),
            }
        )
        return EXIT_OK
    print(f"Lokalt leverandørmarked for {data.reference}: {data.title}")
    for warning in market.warnings:
        print(f"  ADVARSEL: {warning}")
    for lot in market.lots:
        heading = f"Delkontrakt {lot.number}: {lot.title}" if lot.number else "Hele anskaffelsen"
        print(heading)
        print_market(lot, info.source_line())
    if market.advice is not None:
        for sentence in market.advice.sentences:
            print(f"Vurdering (FOA § 19-4): {sentence}")
    if market.lots:
        print(CURATED_NOTE)
    return EXIT_OK
