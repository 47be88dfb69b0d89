"""Build the word-sense lexicon of overlap detection from real language data (run at dev time).

    apt-get install hunspell-no          # /usr/share/hunspell/nb_NO.*, nn_NO.*
    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python scripts/build_lexicon.py [--hunspell /usr/share/hunspell]

Writes resources/vocabulary/lexicon/ (see resources/vocabulary/README.md for provenance and
licences):

* ``nb.txt.gz`` / ``nn.txt.gz``: the headwords of the Hunspell dictionaries (lower case), each
  with its *inflection* classes and whether it may stand in a compound, and the inflection
  rules themselves. Derivational classes (a rule whose forms are mostly headwords of their own,
  such as "servere" -> "servering") are left out: a derived word is its own sense, so "servere"
  and "servering" never share a lemma.
* ``nn_nb.tsv``: nynorsk headwords that are not bokmål, with the bokmål headword they spell
  ("teneste" -> "tjeneste", "reinhald" -> "renhold"), found by the regular nynorsk/bokmål
  spelling correspondences in ``CORRESPONDENCES`` and kept only when the result is a bokmål
  headword of the same part of speech class and not itself a nynorsk word.
* ``frequency_nb.tsv.gz``: wordfreq ``large_nb`` Zipf frequencies (x10, rounded) of words at or
  above 2.0, an honest measure of how general a word is.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "vocabulary" / "lexicon"

#: Regular spelling correspondences nynorsk -> bokmål (textbook orthography, not a word list).
#: Applied at most three at a time, anywhere in the word; a result counts only when it is a
#: bokmål headword.
CORRESPONDENCES: tuple[tuple[str, str], ...] = (
    ("ei", "e"),
    ("au", "ø"),
    ("øy", "ø"),
    ("ald", "old"),
    ("kv", "hv"),
    ("tn", "nn"),
    ("leg", "lig"),
    ("heit", "het"),
    ("leik", "het"),
    ("te", "tje"),
    ("jo", "ju"),
    ("sju", "sy"),
    ("heim", "hjem"),
    ("u", "o"),
    ("o", "u"),
    ("a", "e"),
    ("e", "a"),
    ("å", "a"),
    ("je", "i"),
    ("gje", "gi"),
    ("ar", "er"),
    ("ing", "ning"),
    ("ande", "ende"),
    ("eig", "ei"),
    ("y", "ø"),
    ("ø", "y"),
    ("mje", "me"),
    ("jø", "e"),
    ("k", "kj"),
    ("eg", "ei"),
    ("gj", "g"),
)
_MIN_FREQ = 2.0
#: Endings that derive a new word (another sense), not an inflected form of the same one.
_DERIVING = re.compile(r"ing|lig|leg|else|lse|het|skap|itet|ning|bar|nde|eg$|ig$")


def _read(path: Path) -> list[str]:
    return path.read_text(encoding="iso-8859-1").splitlines()


def parse_aff(path: Path) -> tuple[dict[str, list[tuple[str, str, str]]], str]:
    rules: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    compound = "z"
    for line in _read(path):
        cells = line.split()
        if not cells:
            continue
        if cells[0] == "COMPOUNDFLAG":
            compound = cells[1]
        if cells[0] == "SFX" and len(cells) >= 5:
            flag, strip, add, cond = cells[1], cells[2], cells[3], cells[4]
            rules[flag].append(("" if strip == "0" else strip, "" if add == "0" else add, cond))
    return rules, compound


def parse_dic(path: Path) -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in _read(path)[1:]:
        word, _, flags = line.partition("/")
        word = word.strip()
        if not word or (not word.isalpha() and "-" not in word):
            continue
        if word != word.lower():
            continue  # names and abbreviations
        entries[word] = entries.get(word, "") + flags.strip()
    return entries


def _matches(word: str, cond: str) -> bool:
    return cond == "." or re.search(f"(?:{cond})$", word) is not None


def forms(word: str, flag: str, rules: dict[str, list[tuple[str, str, str]]]) -> list[str]:
    result = []
    for strip, add, cond in rules.get(flag, ()):
        if word.endswith(strip) and _matches(word, cond):
            result.append(word[: len(word) - len(strip)] + add)
    return result


def derivational_flags(rules: dict[str, list[tuple[str, str, str]]]) -> set[str]:
    """Flags whose endings mostly derive a new word ("-ing", "-lig", "-het" ...)."""
    result = set()
    for flag, flag_rules in rules.items():
        adds = [add for _, add, _ in flag_rules]
        if sum(1 for add in adds if _DERIVING.search(add)) * 2 > len(adds):
            result.add(flag)
    return result


def write_language(name: str, hunspell: Path) -> tuple[dict[str, str], dict[str, list]]:
    rules, compound = parse_aff(hunspell / f"{name}_NO.aff")
    entries = parse_dic(hunspell / f"{name}_NO.dic")
    derived = derivational_flags(rules)
    print(f"{name}: {len(entries)} oppslagsord, avledninger: {sorted(derived)}", file=sys.stderr)
    keep = set(rules) - derived
    OUT.mkdir(parents=True, exist_ok=True)
    kept_rules = {f: rules[f] for f in sorted(keep)}
    lines = [
        f"# Avledet fra Hunspell {name}_NO (hunspell-no, GPL-2): se ../README.md.",
        "# R flagg strip add betingelse | ord<TAB>bøyningsflagg (z: kan stå i sammensatte ord)",
    ]
    for flag, flag_rules in kept_rules.items():
        for strip, add, cond in flag_rules:
            lines.append(f"R\t{flag}\t{strip or '0'}\t{add or '0'}\t{cond}")
    derived_forms: dict[str, str] = {}
    for word, flags in entries.items():
        for flag in set(flags) & derived:
            for strip, add, cond in rules[flag]:
                if word.endswith(strip) and _matches(word, cond):
                    stem = word[: len(word) - len(strip)]
                    found = _DERIVING.search(add)
                    lemma = stem + add[: found.end()] if found else stem + add
                    form = stem + add
                    if form not in entries:
                        derived_forms.setdefault(form, lemma)
    for form, lemma in sorted(derived_forms.items()):
        if form == lemma:
            lines.append(f"{form}\tz")
        elif lemma in derived_forms or lemma in entries:
            lines.append(f"{form}\t={lemma}")
    cleaned: dict[str, str] = {}
    for word in sorted(entries):
        flags = "".join(sorted({f for f in entries[word] if f in keep or f == compound}))
        flags = flags.replace(compound, "") + ("z" if compound in entries[word] else "")
        cleaned[word] = flags
        lines.append(f"{word}\t{flags}")
    with gzip.open(OUT / f"{name}.txt.gz", "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")
    return cleaned, kept_rules


def _candidates(word: str) -> dict[str, int]:
    """Spellings reachable by one to three correspondences, with the number used."""
    found = {word: 0}
    frontier = {word}
    for depth in range(1, 4):
        new: set[str] = set()
        for text in frontier:
            for old, replacement in CORRESPONDENCES:
                start = text.find(old)
                while start >= 0:
                    new.add(text[:start] + replacement + text[start + len(old) :])
                    start = text.find(old, start + 1)
        frontier = new - found.keys()
        for text in frontier:
            found[text] = depth
    del found[word]
    return found


#: Correspondences safe enough to re-spell a word bokmål also has ("vatn" -> "vann").
_STRONG = (("tn", "nn"), ("u", "o"), ("eg", "ei"), ("heim", "hjem"), ("jø", "e"), ("kv", "hv"))


def _strong(word: str, candidate: str) -> bool:
    return any(
        word.replace(old, new, 1) == candidate
        or word[::-1].replace(old[::-1], new[::-1], 1)[::-1] == candidate
        for old, new in _STRONG
    )


def _signature(flags: str, rules: dict[str, list]) -> frozenset[str]:
    """The endings a word's inflection adds (roughly its part of speech and class)."""
    return frozenset(add for f in flags if f in rules for _, add, _ in rules[f])


def write_nn_nb(
    nb: dict[str, str],
    nn: dict[str, str],
    nb_rules: dict[str, list],
    nn_rules: dict[str, list],
    frequency: dict[str, float],
) -> None:
    pairs: dict[str, str] = {}
    for word in nn:
        if len(word) < 3:
            continue
        steps = _candidates(word)
        options = [c for c in steps if c in nb]
        if word in nb:
            # a nynorsk form bokmål also allows ("vatn", "skule"): only one of the regular
            # correspondences away and when the bokmål spelling is far more common (a bokmål
            # word of its own, such as "brøyte" beside "bryte", keeps its sense)
            floor = frequency.get(word, 0.0) + 1.3
            options = [
                c
                for c in options
                if steps[c] == 1 and frequency.get(c, 0.0) >= floor and _strong(word, c)
            ]
        if not options:
            continue
        nn_noun = _is_noun(_signature(nn[word], nn_rules))
        same_class = [c for c in options if _is_noun(_signature(nb[c], nb_rules)) == nn_noun]
        options = same_class or options
        # the commonest spellings (within one Zipf step), then the fewest changes
        top = max(frequency.get(c, 0.0) for c in options)
        options = [c for c in options if frequency.get(c, 0.0) >= top - 0.5]

        endings = _signature(nn[word], nn_rules)

        def rank(
            candidate: str, endings: frozenset[str] = endings, steps: dict[str, int] = steps
        ) -> tuple[int, float, float, str]:
            # the fewest changes, then the same inflection (endings in common)
            theirs = _signature(nb[candidate], nb_rules)
            shared = len(endings & theirs) / max(1, len(endings | theirs))
            used = frequency.get(candidate, 0.0)
            return (steps[candidate], -round(shared, 1), -used, candidate)

        pairs[word] = min(options, key=rank)
    lines = [
        "# Nynorsk oppslagsord -> bokmål (avledet fra hunspell-no nb_NO og nn_NO, GPL-2;",
        "# regelmessige skrivemåteforskjeller, se scripts/build_lexicon.py).",
    ]
    lines.extend(f"{k}\t{v}" for k, v in sorted(pairs.items()))
    (OUT / "nn_nb.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"nynorsk -> bokmål: {len(pairs)} par", file=sys.stderr)


def _is_noun(signature: frozenset[str]) -> bool:
    return bool(signature & {"en", "a", "et", "ar", "er", "ane", "ene", "ne", "n"})


def _frequencies() -> dict[str, float]:
    import wordfreq

    return {
        word: math.log10(value) + 9
        for word, value in wordfreq.get_frequency_dict("nb", "large").items()
    }


def write_frequencies(frequency: dict[str, float]) -> None:
    lines = [
        "# wordfreq 3.1.1 large_nb (Robyn Speer et al.), data CC-BY-SA 4.0: Zipf-frekvens x 10.",
        "# Bare ord med Zipf >= 2,0. Se ../README.md.",
    ]
    for word, zipf in sorted(frequency.items()):
        if zipf >= _MIN_FREQ and word.isalpha() and word == word.lower():
            lines.append(f"{word}\t{round(zipf * 10)}")
    with gzip.open(OUT / "frequency_nb.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as h:
        h.write("\n".join(lines) + "\n")
    print(f"frekvenser: {len(lines) - 2} ord", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell"))
    args = parser.parse_args(argv)
    if not (args.hunspell / "nb_NO.dic").exists():
        parser.error(f"fant ikke {args.hunspell}/nb_NO.dic (apt-get install hunspell-no)")
    nb, nb_rules = write_language("nb", args.hunspell)
    nn, nn_rules = write_language("nn", args.hunspell)
    frequency = _frequencies()
    write_nn_nb(nb, nn, nb_rules, nn_rules, frequency)
    write_frequencies(frequency)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
