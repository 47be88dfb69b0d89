"""Nynorsk words the spelling correspondences miss, paired with their bokmål word by the
compounds the two dictionaries build of them (run at dev time, after build_lexicon.py).

    .venv/bin/python scripts/parallel_spellings.py            # adds the pairs to nn_nb.tsv
    .venv/bin/python scripts/parallel_spellings.py --list     # prints them, writes nothing

``nn_nb.tsv`` pairs a nynorsk headword with the bokmål one the regular spelling
correspondences make of it (``build_lexicon.CORRESPONDENCES``). Words spelt otherwise beyond
them ("namn" / "navn", "auge" / "øye", "marknad" / "marked", "haust" / "høst", "setje" /
"sette") and first-part forms of their own ("vindaugs-" for "vindu") stay unpaired, so a
nynorsk compound of them ("marknadsanalyse", "augelege") never meets the bokmål one.

The dictionaries pair them themselves: the nynorsk dictionary's compounds of "marknad" end in
the same last parts ("-analyse", "-føring", "-plass" …) as the bokmål dictionary's compounds of
"marked". A nynorsk word is paired with the bokmål word whose compounds share the most last
parts with its own, when that is at least ``_MIN_SHARED`` of them, a quarter of its own and a
twentieth of the bokmål word's, clearly more than the next bokmål word (twice as many), and not
the word itself. Last parts
that end hundreds of compounds ("-arbeid", "-system") say nothing about the first part and are
not counted. A nynorsk word that bokmål also has is paired only when the bokmål word is far more
common (as in ``build_lexicon.write_nn_nb``): "bod" and "lukke" keep their bokmål senses.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kommunesamarbeid.core.overlap.lexicon import Lexicon, load_lexicon  # noqa: E402

OUT = ROOT / "resources" / "vocabulary" / "lexicon"
VARIANTS = ROOT / "resources" / "vocabulary" / "spelling_variants.tsv"
_MIN_PART = 3
_MIN_TAIL = 4
#: A nynorsk word needs this many compounds, and this many last parts shared with the bokmål word.
_MIN_COMPOUNDS = 5
_MIN_SHARED = 5
_MIN_SHARE = 0.25
#: ... and at least this share of the bokmål word's own compounds.
_MIN_THEIR_SHARE = 0.05
#: Last parts of more compounds than this are not counted ("-arbeid").
_COMMON_TAIL = 400
#: How much more common (Zipf) the bokmål word must be when bokmål has the nynorsk word too.
_MORE_COMMON = 1.3
#: Function words ("for", "opp") are no first part's spelling.
_FUNCTION_ZIPF = 6.0
_HEADER = "# Samsvar funnet i ordbøkenes sammensatte ord (scripts/parallel_spellings.py):"


def _headwords(entries: Mapping[str, str]) -> set[str]:
    return {w for w, flags in entries.items() if not flags.startswith("=")}


def _compounds(
    words: Iterable[str], known: set[str], spelling: Mapping[str, str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """First part -> the last parts (in bokmål spelling) of the compounds it starts, and last
    part -> the first parts of the compounds it ends; a first part joined directly or with a
    linking "s" or "e"."""
    by_first: dict[str, set[str]] = defaultdict(set)
    by_last: dict[str, set[str]] = defaultdict(set)
    for word in words:
        for cut in range(_MIN_PART, len(word) - _MIN_TAIL + 1):
            tail = word[cut:]
            if tail not in known:
                continue
            last = spelling.get(tail, tail)
            head = word[:cut]
            firsts = {head, head[:-1]} if head[-1] in "se" else {head}
            for first in firsts:
                if first in known and len(first) >= _MIN_PART:
                    by_first[first].add(last)
                    by_last[last].add(first)
    return by_first, by_last


def _direct(form: str, lasts: set[str], words: set[str]) -> int:
    """How many of ``lasts`` the word ``form`` makes a compound of, joined directly or with
    "s" (not with an "e" of its own)."""
    return sum(form + last in words or form + "s" + last in words for last in lasts)


def spelling_variants(path: Path = VARIANTS) -> set[str]:
    """The words the vocabulary's own list of spellings pairs (it decides for them:
    "tryggleik" is "trygghet" there, as in "tryggleiksalarm")."""
    if not path.exists():
        return set()
    rows = path.read_text(encoding="utf-8").splitlines()
    return {r.split("\t", 1)[0] for r in rows if r and not r.startswith("#")}


def parallel_spellings(lexicon: Lexicon) -> dict[str, str]:
    """Nynorsk word -> bokmål word, for the nynorsk words ``nn_nb`` and the vocabulary's
    spelling list do not pair whose compounds end as a bokmål word's do (see the module's
    documentation)."""
    nb = _headwords(lexicon.nb.entries)
    nn = _headwords(lexicon.nn.entries)
    nn_first, _ = _compounds(nn, nn, lexicon.nn_nb)
    nb_first, nb_last = _compounds(nb, nb, {})
    frequency = lexicon.frequency
    listed = spelling_variants()
    found: dict[str, str] = {}
    for word, lasts in nn_first.items():
        if word in lexicon.nn_nb or word in listed or len(lasts) < _MIN_COMPOUNDS:
            continue
        shared: Counter[str] = Counter()
        for last in lasts:
            firsts = nb_last.get(last, ())
            if len(firsts) <= _COMMON_TAIL:
                # "søk" and "søke", "sett" and "sette" are one first part
                shared.update({f.rstrip("e") for f in firsts})
        if not shared:
            continue
        (group, count), *rest = shared.most_common(2)
        second = rest[0][1] if rest else 0
        if count < _MIN_SHARED or count < _MIN_SHARE * len(lasts) or second > count / 2:
            continue
        if word.rstrip("e") == group:
            continue  # bokmål writes it so too
        # the form ending as the nynorsk word does ("setje" -> "sette", "namn" -> "navn"),
        # unless the other is the commoner word and more of its own compounds (joined directly
        # or with "s") end as the nynorsk word's do: "øyelokk" is "øye" + "lokk", not "øy"
        # + "e" + "lokk", so "augn" is "øye" and "lækjar" "lege" ("julebord" is "jul" + "e")
        options = [b for b in (group, group + "e") if b in nb]
        options.sort(key=lambda b: (b.endswith("e") != word.endswith("e"), -frequency.get(b, 0)))

        if (
            len(options) == 2
            and _direct(options[1], lasts, nb) > _direct(options[0], lasts, nb)
            and frequency.get(options[1], 0.0) > frequency.get(options[0], 0.0)
        ):
            options.reverse()
        if not options or frequency.get(options[0], 0.0) >= _FUNCTION_ZIPF:
            continue
        target = options[0]
        own = lexicon.nb.entries.get(word)
        bokmal_too = own is not None and not own.startswith("=")
        if bokmal_too and frequency.get(target, 0.0) < frequency.get(word, 0.0) + _MORE_COMMON:
            continue
        theirs = nb_first.get(target, set()) | nb_first.get(group, set())
        if len(lasts & theirs) < _MIN_THEIR_SHARE * len(theirs):
            continue  # a few of the bokmål word's many compounds ("noregs" is no "verden")
        found[word] = target
    return found


def write(pairs: Mapping[str, str], path: Path = OUT / "nn_nb.tsv") -> None:
    """Add the pairs to ``nn_nb.tsv`` after its own (a pair written before is replaced)."""
    text = path.read_text(encoding="utf-8")
    own = text.split(_HEADER, 1)[0].rstrip("\n")
    lines = [own, _HEADER, *(f"{k}\t{v}" for k, v in sorted(pairs.items()))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="skriv parene, endre ingenting")
    args = parser.parse_args(argv)
    path = OUT / "nn_nb.tsv"
    # read the lexicon without the pairs added before, so a rerun finds the same
    text = path.read_text(encoding="utf-8")
    if _HEADER in text:
        path.write_text(text.split(_HEADER, 1)[0].rstrip("\n") + "\n", encoding="utf-8")
    try:
        lexicon = load_lexicon(OUT)
    finally:
        path.write_text(text, encoding="utf-8")
    if lexicon is None:
        print(f"fant ikke ordboken i {OUT}", file=sys.stderr)
        return 1
    pairs = parallel_spellings(lexicon)
    if args.list:
        for word, target in sorted(pairs.items()):
            print(f"{word}\t{target}")
        return 0
    write(pairs, path)
    print(f"nynorsk -> bokmål fra sammensatte ord: {len(pairs)} par", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
