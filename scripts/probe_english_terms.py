"""Whether a need family's term written in English names its own word, or every compound that
ends in the Norwegian word it is read as ("monitors" is "skjerm": are "støyskjermer" monitors?).

    .venv/bin/python scripts/probe_english_terms.py              # the rates
    .venv/bin/python scripts/probe_english_terms.py --show 20    # and pairs scored wrongly

Drawn from the vocabulary's own English terms of one word that the analyzer reads as one
Norwegian word, and from the CPV catalogue's Norwegian labels (test data, read where it lies:
see data-scout/SOURCES.md):

- ``compound``: the English term against a label word that ends in that Norwegian word and has
  a first part before it, from a label whose CPV division is not one area of need with the
  family's codes (``probe_precision._related``): another need (should not pass);
- ``family``: the English term against a Norwegian term of one word of the same family (the same
  need written in Norwegian: should pass).

Every pair is scored as detection scores it (``probe_precision.passing``), with no CPV code.

``wording``: a need written in English as a Norwegian officer writes it («Verge cutting on rural
roads») against the same need in Norwegian («Kantslått kommunale veier»), from
``english_wordings.tsv`` beside this script (our own lines, english14): should pass;
``wording_apart``: the English line against the Norwegian line of another family (should not
pass). ``--missing`` lists the families with no term the English tables read.

*Words of English labels*: the catalogue's English labels with an English function word
("and", "of", "for the" …), read by the analyzer; ``split``: a word no dictionary lists whole
and no word list translates, read as a compound of Norwegian words ("further" as "furt" +
"her"): an English word read as Norwegian parts.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, _related, passing, print_rates

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.english import english_stem
from kommunesamarbeid.core.overlap.features import TextModel

_WORD = re.compile(r"[^\W\d_]+")
_PER_TERM = 3
_ENGLISH = frozenset({"and", "of", "the", "with", "from", "including"})
WORDINGS = Path(__file__).resolve().parent / "english_wordings.tsv"


def _translated(model: TextModel, word: str) -> bool:
    analyzer = model.analyzer
    stem = english_stem(word)
    tables = (analyzer.english_phrases, analyzer.english, analyzer.english_in_text)
    return any(form in table for table in tables for form in (word, stem))


def probes(model: TextModel, labels: dict[str, tuple[str, str]], rng: random.Random) -> list[Probe]:
    analyzer = model.analyzer
    by_head: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for code, (label_no, _) in sorted(labels.items()):
        for word in {w.lower() for w in _WORD.findall(label_no)}:
            parts = analyzer.word(word)[1]
            if len(parts) >= 2:
                by_head.setdefault(parts[-1], []).append((word, frozenset({code[:2]})))
    found: list[Probe] = []
    for family in model.families:
        divisions = frozenset(c[:2] for c in family.cpv)
        norwegian = [t for t in family.terms if t.isalpha() and not _translated(model, t)]
        for term in family.terms:
            if not term.isalpha() or not _translated(model, term):
                continue
            tokens = analyzer.analyse(term).tokens
            if len(tokens) != 1 or len(tokens[0].parts) != 1:
                continue
            head = tokens[0].parts[0]
            others = sorted({w for w, d in by_head.get(head, ()) if not _related(d, divisions)})
            rng.shuffle(others)
            text = term.capitalize()
            for word in others[:_PER_TERM]:
                found.append(Probe("compound", "none", text, word.capitalize(), None, None, False))
            for word in norwegian[:_PER_TERM]:
                found.append(Probe("family", "none", text, word.capitalize(), None, None, True))
    return found


def wordings(path: Path = WORDINGS) -> list[tuple[str, str, str]]:
    """(family, English line, Norwegian line) of the file."""
    rows = (line.rstrip("\n").split("\t") for line in path.read_text("utf-8").splitlines())
    return [(row[0], row[1], row[2]) for row in rows if row[0] and not row[0].startswith("#")]


def wording_probes(rows: Sequence[tuple[str, str, str]], rng: random.Random) -> list[Probe]:
    """Each English line with its own Norwegian line, and with another family's."""
    found = [Probe("wording", "none", en, no, None, None, True) for _, en, no in rows]
    for family, en, _ in rows:
        others = [no for f, _, no in rows if f != family]
        for no in rng.sample(others, min(_PER_TERM, len(others))):
            found.append(Probe("wording_apart", "none", en, no, None, None, False))
    return found


def missing(model: TextModel) -> list[str]:
    """Ids of the families none of whose terms is read as English (a word the English tables
    translate and no Norwegian headword)."""
    lexicon = model.analyzer.lexicon

    def english(term: str) -> bool:
        words = [w.lower() for w in _WORD.findall(term)]
        return (
            bool(words)
            and all(_translated(model, w) for w in words)
            and (lexicon is None or any(lexicon.lemma(w) is None for w in words))
        )

    return [f.id for f in model.families if not any(english(t) for t in f.terms)]


def english_splits(
    model: TextModel, labels: dict[str, tuple[str, str]]
) -> tuple[int, list[tuple[str, tuple[str, ...]]]]:
    """(words of English labels read, those read as Norwegian parts)."""
    analyzer, lexicon = model.analyzer, model.analyzer.lexicon
    if lexicon is None:
        return 0, []
    read = 0
    split: dict[str, tuple[str, ...]] = {}
    for _, label_en in labels.values():
        words = [w.lower() for w in _WORD.findall(label_en)]
        if _ENGLISH.isdisjoint(words):
            continue
        for token in analyzer.analyse(label_en).tokens:
            read += 1
            word = token.surface.lower()
            if (
                len(token.parts) >= 2
                and word.isalpha()
                and lexicon.lemma(word) is None
                and not _translated(model, word)
            ):
                split[word] = token.parts
    return read, sorted(split.items())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange feilvurderte par per klasse")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--missing", action="store_true", help="list familier uten engelsk ord")
    args = parser.parse_args(argv)
    if not DEFAULT_CATALOGUE.exists():
        print("Fant ikke CPV-katalogen (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    read, split = english_splits(model, catalogue)
    print(
        f"words of English labels: {read} read; English words read as Norwegian parts {len(split)}"
    )
    for word, parts in split[: args.show]:
        print(f"    {word} -> {' + '.join(parts)}")
    gaps = missing(model)
    print(f"families with no English term: {len(gaps)} of {len(model.families)}")
    if args.missing:
        print("    " + " ".join(gaps))
    found = probes(model, catalogue, random.Random(args.seed))
    found += wording_probes(wordings(), random.Random(args.seed))
    print_rates(found, passing(found, vocabulary, catalogue), args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
