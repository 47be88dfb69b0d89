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
  ("teneste" -> "tjeneste", "reinhald" -> "renhold", "hamn" -> "havn", "dekking" ->
  "dekning"), found by the regular nynorsk/bokmål
  spelling correspondences in ``CORRESPONDENCES`` and kept only when the result is a bokmål
  headword of the same part of speech class and not itself a nynorsk word (the word with only
  its nynorsk ending respelt, "lavar" -> "laver", before a commoner word more changes away,
  "lever"; an inflected bokmål form of a word both standards write alike, "heisen" of "heis",
  never paired with another word, "hesen"); then corrected
  where the dictionaries' compounds read the word as another bokmål word, and by a reviewed
  table (``scripts/false_friends.py``: «leiar» is «leder», not «leier»); then the pairs
  ``scripts/parallel_spellings.py`` finds in the two dictionaries' compounds ("namn" -> "navn",
  "marknad" -> "marked"), under a heading of their own.
* ``links.tsv.gz``: how the dictionaries' own compounds are built: how often each word starts
  one joined directly to the next part ("brann|slange"), with a linking "s"
  ("bygning|s|automasjon") or "e" ("vask|e|middel"), and how often it ends one. Counted over
  every headword that is a known word followed by a known word; splitting weighs a reading by
  it (a linking "s" after "brann" is nearly unheard of, after "bygning" the rule; "salt" ends
  many compounds, "alt" hardly any).
* ``frequency_nb.tsv.gz``: wordfreq ``large_nb`` Zipf frequencies (x10, rounded) of words at or
  above 2.0, an honest measure of how general a word is.

The gzip files are written without a time stamp, so a rebuild from the same sources is byte for
byte the same.
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
    ("kj", "k"),
    ("eg", "ei"),
    ("gj", "g"),
    # "namn", "hamn", "omn", "stemne", "utjamning": bokmål "navn", "havn", "ovn", "stevne",
    # "utjevning"
    ("mn", "vn"),
    # verbal nouns bokmål writes in "-ning" where nynorsk keeps the verb's stem: "dekking",
    # "utrykking", "utsmykking"; "tilsetjing", "opprydjing" (bokmål "dekning", "utrykning",
    # "utsmykning"; "tilsetning", "opprydning")
    ("kking", "kning"),
    ("jing", "ning"),
)
#: Correspondences of word endings only (loanwords: nynorsk "kjemikali", bokmål "kjemikalie";
#: nynorsk "-ar" for bokmål "-er" in agent nouns is in ``CORRESPONDENCES``).
END_CORRESPONDENCES: tuple[tuple[str, str], ...] = (
    ("i", "ie"),
    ("jing", "telse"),
)
_MIN_FREQ = 2.0
#: Correspondences that never apply at the start of a word or after "s": bokmål keeps "kj"
#: there ("kjempe", "skjære"), and drops the "j" nynorsk writes after a "k" elsewhere
#: ("søkjar", "trykkjeri", "ikkje": bokmål "søker", "trykkeri", "ikke").
_INNER_ONLY = frozenset({"kj"})
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


def _gzip_text(path: Path, lines: list[str]) -> None:
    """Write lines gzip-compressed without a time stamp (reproducible builds)."""
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with (
        path.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as h,
    ):
        h.write(data)


def write_language(name: str, hunspell: Path) -> tuple[dict[str, str], dict[str, list], set[str]]:
    """Write ``<name>.txt.gz``; return the headwords with their inflection flags, the kept
    rules, and every word of the language (headwords and derived words)."""
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
    _gzip_text(OUT / f"{name}.txt.gz", lines)
    return cleaned, kept_rules, set(entries) | set(derived_forms)


_VOWELS = frozenset("aeiouyæøå")
_DOUBLING = frozenset("kmnpst")
#: Short words have too many neighbours to double a consonant in ("ute" is no "otte").
_MIN_DOUBLING = 6


def _strong_reach(word: str, pairs: tuple[tuple[str, str], ...] | None = None) -> set[str]:
    """Spellings reachable by one or two of the ``_STRONG`` correspondences (or ``pairs``)."""
    found: set[str] = set()
    frontier = {word}
    for _ in range(2):
        frontier = _respell(frontier, pairs or _STRONG)
        found |= frontier
    return found


def _respell(texts: set[str], pairs: tuple[tuple[str, str], ...]) -> set[str]:
    """Every spelling one of ``pairs`` makes of one of ``texts`` (at any one place)."""
    new: set[str] = set()
    for text in texts:
        for old, replacement in pairs:
            start = text.find(old)
            while start >= 0:
                if old not in _INNER_ONLY or text[start - 1 : start] not in ("", "s"):
                    new.add(text[:start] + replacement + text[start + len(old) :])
                start = text.find(old, start + 1)
    return new


def _candidates(word: str) -> dict[str, int]:
    """Spellings reachable by one to three correspondences, with the number used."""
    found = {word: 0}
    frontier = {word}
    for depth in range(1, 4):
        frontier = _respell(frontier, CORRESPONDENCES) - found.keys()
        for text in frontier:
            found[text] = depth
    for text, depth in list(found.items()):
        if depth <= 1 and len(word) >= _MIN_DOUBLING:
            # a consonant written double in bokmål after a short vowel ("kjøken" / "kjøkken",
            # "samanheng" / "sammenheng")
            for i in range(1, len(text) - 1):
                if (
                    text[i] in _DOUBLING
                    and text[i - 1] in _VOWELS
                    and text[i + 1] != text[i]
                    and text[i + 1] in _VOWELS
                    # agent nouns: "-ikar" / "-iker" is never "-ikker"
                    and not (text[i] == "k" and text[i + 1 : i + 3] in ("ar", "er"))
                ):
                    found.setdefault(text[: i + 1] + text[i:], depth + 1)
    for old, replacement in END_CORRESPONDENCES:
        # alone: an ending changed together with other letters links too much ("fjøri")
        if word.endswith(old):
            found.setdefault(word[: -len(old)] + replacement, 1)
    del found[word]
    return found


#: Correspondences safe enough to re-spell a word bokmål also has ("vatn" -> "vann").
_STRONG = (
    ("tn", "nn"),
    ("u", "o"),
    ("eg", "ei"),
    ("heim", "hjem"),
    ("jø", "e"),
    ("kv", "hv"),
    ("sju", "sy"),
    ("mn", "vn"),
    ("kking", "kning"),
    ("jing", "ning"),
)


#: Correspondences between a bokmål side form and the main form of the same word ("raud",
#: "rød"; "heil", "hel"; "laus", "løs"; "sjuk", "syk").
_SAME_WORD = (*_STRONG, ("ei", "e"), ("au", "ø"), ("øy", "ø"))


#: Correspondences that make a bokmål side form of a nynorsk spelling ("støype" beside "støpe").
_SIDE_FORMS = (("øy", "ø"),)


def _side_form_of(word: str, nb: dict[str, str]) -> set[str]:
    """The bokmål headwords a word bokmål lists too is a side form of: one of ``_SIDE_FORMS``
    away and inflected by every rule the word is ("støype" of "støpe", "løyse" of "løse",
    "røyr" of "rør"); not a word of its own ("løype" is no "løpe", "køy" no "kø")."""
    own = nb.get(word)
    if own is None:
        return set()
    flags = set(own) - {"z"}
    return {c for c in _respell({word}, _SIDE_FORMS) if c in nb and flags <= set(nb[c])}


def _signature(flags: str, rules: dict[str, list]) -> frozenset[str]:
    """The endings a word's inflection adds (roughly its part of speech and class)."""
    return frozenset(add for f in flags if f in rules for _, add, _ in rules[f])


def write_nn_nb(
    nb: dict[str, str],
    nb_words: set[str],
    nn: dict[str, str],
    nb_rules: dict[str, list],
    nn_rules: dict[str, list],
    frequency: dict[str, float],
) -> None:
    pairs: dict[str, str] = {}
    bases = _form_bases(nb, nb_rules)
    inflected = set(bases)
    for word in nn:
        if len(word) < 3:
            continue
        steps = _candidates(word)
        options = [c for c in steps if c in nb]
        plain = word[:-2] + "e"
        common = frequency.get(plain, 0.0) >= _MIN_FREQ and len(word) >= _MIN_DOUBLING
        if word.endswith(("kje", "gje")) and common and word not in nb_words:
            # the nynorsk "-kje", "-gje" of a common bokmål "-ke", "-ge" ("merkje", "fergje":
            # "merke", "ferge"), before any commoner word more changes make ("marki", "farge")
            pairs[word] = plain
            continue
        nearer = [c for c in steps if c in inflected and c not in nb]
        if options and nearer and min(map(steps.get, nearer)) < min(map(steps.get, options)):
            # a nearer bokmål spelling is a form of another word ("sjuke" is "syke", a form of
            # "syk", before it is "søke"): no headword is the word's spelling
            continue
        if word in nb_words:
            # a nynorsk form bokmål also allows ("vatn", "skule", and derived words such as
            # "oppmåling"): only one of the regular correspondences away and when the bokmål
            # spelling is far more common (a bokmål word of its own, such as "brøyte" beside
            # "bryte", keeps its sense)
            floor = frequency.get(word, 0.0) + 1.3
            reach = _strong_reach(word) | _side_form_of(word, nb)
            options = [c for c in options if c in reach and frequency.get(c, 0.0) >= floor]
        if not options:
            continue
        nn_noun = _is_noun(_signature(nn[word], nn_rules))
        same_class = [c for c in options if _is_noun(_signature(nb[c], nb_rules)) == nn_noun]
        options = same_class or options
        near = _ending_respelt(word)
        if near in options and frequency.get(near, 0.0) >= _MIN_FREQ:
            # the nynorsk ending alone respelt gives a bokmål word of running text of the same
            # kind: that is the word, not a commoner one more changes away ("dampar" is
            # "damper", not "demper"; "dalar" "daler", not "deler")
            pairs[word] = near
            continue
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
    for word in [
        w for w in pairs if w not in nb_words and _shared_form(w, bases, nn, pairs, frequency)
    ]:
        # a form of a word both standards write alike ("heisen" is "heis" + "en" in either,
        # not the nynorsk adjective "heisen", bokmål "hesen"): the form, not another word
        del pairs[word]
    lines = [
        "# Nynorsk oppslagsord -> bokmål (avledet fra hunspell-no nb_NO og nn_NO, GPL-2;",
        "# regelmessige skrivemåteforskjeller, se scripts/build_lexicon.py).",
    ]
    lines.extend(f"{k}\t{v}" for k, v in sorted(pairs.items()))
    (OUT / "nn_nb.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"nynorsk -> bokmål: {len(pairs)} par", file=sys.stderr)


#: Nynorsk endings of agent nouns, plurals and participles, and their bokmål spelling.
_NEAR_ENDINGS = (("arar", "erer"), ("ande", "ende"), ("ar", "er"))


def _ending_respelt(word: str) -> str | None:
    """The word with only its nynorsk ending in bokmål spelling ("dampar" -> "damper")."""
    for old, new in _NEAR_ENDINGS:
        if word.endswith(old):
            return word[: -len(old)] + new
    return None


def _form_bases(entries: dict[str, str], rules: dict[str, list]) -> dict[str, set[str]]:
    """Every inflected form the dictionary's rules make of its headwords, with the headwords
    it is a form of."""
    found: dict[str, set[str]] = defaultdict(set)
    for word, flags in entries.items():
        for flag in flags:
            for form in forms(word, flag, rules):
                found[form].add(word)
    return found


def _shared_form(
    word: str,
    bases: dict[str, set[str]],
    nn: dict[str, str],
    pairs: dict[str, str],
    frequency: dict[str, float],
) -> bool:
    """``word`` is an inflected bokmål form of a headword nynorsk writes alike (in the
    nynorsk dictionary and not respelt), and its pair is no form of the same headword:
    "heisen" of "heis", "legen" of "lege" (not "menn", which is paired with "mann")."""
    own = bases.get(word, set())
    target = pairs[word]
    theirs = {target} | bases.get(target, set())
    if theirs & own:
        return False
    if frequency.get(target, 0.0) >= frequency.get(word, 0.0) and any(
        theirs & _strong_reach(w, _SAME_WORD) for w in (word, *own)
    ):
        # the same word in its main bokmål spelling, as common ("raude" of "raud" is "røde"
        # of "rød", "heile" "hele"); not a rare word one of them makes ("heisen": "hesen")
        return False
    return any(b != word and b in nn and b not in pairs for b in own)


def write_links(*languages: dict[str, str]) -> None:
    """How the dictionaries' own compounds are built: for each word, how often it starts a
    compound joined directly to the next word, with "s" or with "e", and how often it ends
    one (counted over the headwords of both dictionaries that are two known words)."""
    words = set().union(*languages)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for word in sorted(words):
        for cut in range(3, len(word) - 2):
            modifier = word[:cut]
            if modifier not in words:
                continue
            rest = word[cut:]
            if rest in words:
                counts[modifier][0] += 1
                counts[rest][3] += 1
            elif len(rest) >= 4 and rest[1:] in words and rest[0] in "se":
                counts[modifier][1 if rest[0] == "s" else 2] += 1
                counts[rest[1:]][3] += 1
    lines = [
        "# Hvordan ordbøkenes egne sammensatte ord er bygd (hunspell-no, GPL-2): ord<TAB>først og",
        "# direkte bundet<TAB>først med s<TAB>først med e<TAB>sist. Se scripts/build_lexicon.py.",
    ]
    lines.extend("\t".join([m, *map(str, c)]) for m, c in sorted(counts.items()))
    _gzip_text(OUT / "links.tsv.gz", lines)
    print(f"sammensetninger: {len(counts)} ledd", file=sys.stderr)


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
    _gzip_text(OUT / "frequency_nb.tsv.gz", lines)
    print(f"frekvenser: {len(lines) - 2} ord", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hunspell", type=Path, default=Path("/usr/share/hunspell"))
    args = parser.parse_args(argv)
    if not (args.hunspell / "nb_NO.dic").exists():
        parser.error(f"fant ikke {args.hunspell}/nb_NO.dic (apt-get install hunspell-no)")
    nb, nb_rules, nb_words = write_language("nb", args.hunspell)
    nn, nn_rules, _ = write_language("nn", args.hunspell)
    write_links(nb, nn)
    frequency = _frequencies()
    write_nn_nb(nb, nb_words, nn, nb_rules, nn_rules, frequency)
    write_frequencies(frequency)
    # pairs whose bokmål word is another word ("leiar" is "leder", not "leier"), corrected by
    # the dictionaries' own compounds and a reviewed table; then the pairs the spelling
    # correspondences miss, from the same compounds
    from false_friends import main as correct_false_friends
    from parallel_spellings import main as add_parallel_spellings

    return correct_false_friends([]) or add_parallel_spellings([])


if __name__ == "__main__":
    raise SystemExit(main())
