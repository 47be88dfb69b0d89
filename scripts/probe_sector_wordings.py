"""Coverage probe: needs municipalities buy again and again, each in the wordings officers write.

    .venv/bin/python scripts/probe_sector_wordings.py            # the rates
    .venv/bin/python scripts/probe_sector_wordings.py --show 40  # and pairs that come out wrong

The needs and their wordings in ``sector_wordings.tsv`` beside this script are our own, written
for this probe (families14) by going through municipal activity sector by sector, the small
recurring purchases too: for each need three to five ways an officer writes it (the everyday
word, the formal or CPV-like word, the compound and the split phrase, the service and the person,
a nynorsk or an English form). The vocabulary was then extended where they did not meet, so the
probe measures how much of what municipalities buy the vocabulary covers, **not** how it
generalises to words nobody wrote for it (the read and blind corpora measure that). The second
(families14) and third (families15) batches, marked in the file, were written before their
families were added, so a batch's rate before its families is the closest the probe comes to
new words; the third batch's wordings are our own too, written for this probe (families15).
The fourth batch (families16: oppvekst, helse og omsorg, NAV and refugees, culture and libraries,
administration, ICT, HR and finance) is our own as well, written for this probe before its
families and terms were added: a first part of needs no family knew and a second part of needs
that had a family, in the wordings officers use (synonyms without a shared word, compounds with a
place or user in front, nynorsk, English, abbreviations).
The fifth batch (families17: the technical sectors - teknisk drift, VA, eiendom, samferdsel,
landbruk, miljø og avfall, beredskap og brann, mat og kantine) is our own as well, written for
this probe before its families and terms were added: it measures coverage, not generalisation.
The sixth batch (families19: needs from the Doffin titles of municipal buyers no family read and
a fifth pass through every sector) is our own too, written while the families were chosen (the
tests in ``test_vocabulary_sector_needs6.py`` use other wordings).
The seventh batch (families20: the needs the read sets lost as synonyms with no shared word, at the
level of a lot, and a sixth pass through every sector) is our own as well, written before its
families and terms were added; it moves grave digging and the streaming of political meetings out
of the needs that held them in earlier batches (``test_vocabulary_sector_needs7.py`` uses other
wordings).

Classes: ``same_need`` (should pass): every pair of wordings of one need; ``neighbour`` (should
not pass): every pair of wordings of two neighbouring needs listed with ``~`` (a school camp and
school transport). Variant: the sector (same_need) or the two needs (neighbour). Scored as
detection scores a pair, with no CPV code written (``probe_precision.passing``).
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, passing, print_rates

from kommunesamarbeid.core.overlap import catalogue_from_csv, load_vocabulary

WORDINGS = Path(__file__).resolve().parent / "sector_wordings.tsv"


def read_wordings(
    path: Path = WORDINGS,
) -> tuple[dict[str, tuple[str, list[str]]], list[tuple[str, str]]]:
    """need -> (sector, wordings), and the pairs of neighbouring needs."""
    needs: dict[str, tuple[str, list[str]]] = {}
    neighbours: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        first, second, third = line.split("\t")
        if first == "~":
            neighbours.append((second, third))
        else:
            needs[first] = (second, [w.strip() for w in third.split("|") if w.strip()])
    for a, b in neighbours:
        missing = {a, b} - needs.keys()
        if missing:
            raise ValueError(f"neighbour of an unknown need: {sorted(missing)}")
    return needs, neighbours


def probes(path: Path = WORDINGS) -> list[Probe]:
    needs, neighbours = read_wordings(path)
    found = []
    for sector, wordings in needs.values():
        for a, b in itertools.combinations(wordings, 2):
            found.append(Probe("same_need", sector, a, b, None, None, True))
    for need_a, need_b in neighbours:
        for a, b in itertools.product(needs[need_a][1], needs[need_b][1]):
            found.append(Probe("neighbour", f"{need_a}/{need_b}", a, b, None, None, False))
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange par med galt utfall")
    args = parser.parse_args(argv)
    found = probes()
    passed = passing(
        found, load_vocabulary(DEFAULT_VOCABULARY), catalogue_from_csv(DEFAULT_CATALOGUE)
    )
    print_rates(found, passed, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
