"""Compounds with more than one dictionary split: which one the reader chooses, and whether
the other one would name another need. Words from the CPV labels, the Doffin titles of 2020
and the vocabulary's own single-word terms, each tried as every first part + last part the
dictionaries know («el» + «varebil», «elv» + «arebil»).

    .venv/bin/python scripts/probe_splits.py            # counts
    .venv/bin/python scripts/probe_splits.py --show 40  # and the words

Counted: words with two or more readings whose last parts differ (``ambiguous``); among them,
those whose last part read by the reader and the longest other last part the dictionaries
list name different needs (``annet behov``: the family each last part names alone differs) and
whose parts differ, split as far as the dictionaries' compounds go (not only bracketed
otherwise). Most are still the same parts bracketed otherwise («allmennlege|tjeneste» /
«allmenn|legetjeneste»); the rest is where a reading can put a line into another need.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.lexicon import Lexicon

_SCOUT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data-scout"
_MIN_WORD = 7
_MIN_PART = 3


def source_words() -> list[str]:
    """Words of the CPV labels, the Doffin titles and the vocabulary's single-word terms."""
    texts: list[str] = []
    labels = json.loads((_SCOUT / "cpv_2008_no_labels_doffindata.json").read_text("utf-8"))
    texts += [row["label"] for row in labels]
    with (_SCOUT / "doffin_notices_2020_F02.csv").open(encoding="utf-8") as handle:
        texts += [row["tittel"] for row in csv.DictReader(handle)]
    families = json.loads((DEFAULT_VOCABULARY / "families.json").read_text(encoding="utf-8"))
    texts += [t for f in families["families"] for t in f.get("terms", ())]
    words = {w.lower() for text in texts for w in re.findall(r"[^\W\d_]+", text)}
    return sorted(w for w in words if len(w) >= _MIN_WORD)


def readings(lexicon: Lexicon, word: str) -> dict[str, tuple[str, str]]:
    """Last part (lemma) -> (first part, last part as written) of every two-part reading."""
    found: dict[str, tuple[str, str]] = {}
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        modifier = lexicon._modifier(word[:cut])
        head = lexicon.lemma(word[cut:])
        if modifier is None or head is None or len(head) < _MIN_PART:
            continue
        if len(word) - cut == _MIN_PART and lexicon.zipf(head) < 3.0:
            continue
        found.setdefault(head, (modifier[0], word[cut:]))
    return found


def full(lexicon: Lexicon, parts: tuple[str, ...]) -> tuple[str, ...]:
    """Every part split as far as the dictionaries' compounds go."""
    return tuple(q for p in parts for q in (lexicon.compound_parts(p) or (p,)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="words shown per kind")
    args = parser.parse_args(argv)
    model = build_model(load_vocabulary(DEFAULT_VOCABULARY), catalogue_from_csv(DEFAULT_CATALOGUE))
    analyzer = model.analyzer
    lexicon = analyzer.lexicon
    if lexicon is None:
        print("Ordboken mangler", file=sys.stderr)
        return 1
    matcher = model.matcher

    def need(text: str) -> frozenset[int]:
        return frozenset(matcher.match(analyzer.analyse(text).tokens)[0])

    words = source_words()
    ambiguous: list[str] = []
    other: list[str] = []
    for word in words:
        tokens = analyzer.analyse(word).tokens
        if len(tokens) != 1 or len(tokens[0].parts) < 2:
            continue
        parts = tokens[0].parts
        found = readings(lexicon, word)
        if len(found) < 2:
            continue
        ambiguous.append(word)
        head = parts[-1]
        longest = max(found, key=lambda h: (len(found[h][1]), h))
        if longest == head or (word.endswith(head) and len(found[longest][1]) <= len(head)):
            continue
        if need(found[longest][1]) == need(head):
            continue
        modifier = found[longest][0]
        if full(lexicon, parts) == full(lexicon, (modifier, longest)):
            continue  # the same parts bracketed otherwise («allmennlege|tjeneste»)
        other.append(f"{word}: {'+'.join(parts)} / {modifier}+{longest}")
    print(f"{len(words)} ord, {len(ambiguous)} med flere delinger, annet behov {len(other)}")
    if args.show:
        print("\n".join(f"    {row}" for row in other[: args.show]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
