"""Whether every need family is read when its terms are written in nynorsk: each family term
(bokmål) as a nynorsk writer writes and inflects it, as a line of its own against the bokmål term
as the other line, no CPV code.

    .venv/bin/python scripts/probe_nynorsk_families.py              # rates per kind
    .venv/bin/python scripts/probe_nynorsk_families.py --show 15    # and misses by cause
    .venv/bin/python scripts/probe_nynorsk_families.py --save v.tsv # the lines, to score a
    .venv/bin/python scripts/probe_nynorsk_families.py --load v.tsv # later engine on them

The lines are drawn from the vocabulary and the lexicon, so a change to either changes them
too: compare two engines with ``--save`` and ``--load``.

Where the nynorsk forms come from (data, not the engine): the Hunspell ``nn_NO`` and ``nb_NO``
dictionaries of the Debian package ``hunspell-no``, as ``scripts/build_lexicon.py`` stores them
(``lexicon/nn.txt.gz``, ``nb.txt.gz``: headwords, their inflection classes and the affix rules).

- *spelling*: a term word's nynorsk headword spelt otherwise: the pairs of ``nn_nb.tsv`` (the
  textbook spelling correspondences of ``build_lexicon.CORRESPONDENCES`` run over the nynorsk
  headwords, kept when the bokmål dictionary has the result, and the pairs the dictionaries'
  compounds give, ``parallel_spellings.py``), and the present participle («-ende» -> «-ande»)
  when the nynorsk dictionary has it; never a form the bokmål dictionary has too (no false
  friends). (The correspondences run backwards over the family words gave mostly other words
  the nynorsk dictionary happens to have, «sleim» for «slam», so they are not used.)
- *lexical*: a nynorsk word that is another word, not another spelling («tilskot» /
  «tilskudd»): the hand lists (``spelling_variants.tsv`` and ``probe_nynorsk_lexical.PAIRS``);
  only such words show whether a lexical pair also holds inflected and in compounds.
- *compound part*: a compound the nynorsk dictionary does not have whole: its first part as the
  nynorsk dictionary's own compounds of the nynorsk headword start (``NynorskParts`` of
  ``probe_nynorsk_compounds.py``: "vass-" for "vatn", "reinhalds-" for "reinhald"), and its last
  part as nynorsk spells it.
- *inflection*: the plural or definite form the nynorsk dictionary's affix rules give the
  (last part's) headword («-ar», «-ane», «-ene», «-ingar», «-a»).

The segmentation of a bokmål compound into parts is the engine's (as in the compounds probe);
every nynorsk spelling is the dictionaries'. A variant counts under each kind it has. A miss is
listed by cause: a word the engine reads as another key than the bokmål word's (``unknown``,
``whole``, ``scraps``, ``lemma``, by the kind of the word), the lines not given the same family,
or neither (the score); a miss whose bokmål term does not meet itself in the two lines' frames
(the control, «Rammeavtale X» / «Kjøp av X») is counted apart. False pairs: a nynorsk variant against the bokmål term of a family of
another CPV division and kind.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_nynorsk_compounds import NynorskParts
from probe_nynorsk_lexical import PAIRS
from probe_precision import Probe, _related, passing

from kommunesamarbeid.core.overlap import (
    MatchLine,
    build_model,
    catalogue_from_csv,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.norwegian import Analyzer

KINDS = ("spelling", "lexical", "compound part", "inflection")
FORMS = ("headword", "plural", "definite")
_WORD = re.compile(r"[^\W\d_]+")
_UNRELATED = 400
_MIN_PART = 3


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    kinds: frozenset[str]


@dataclass(frozen=True, slots=True)
class Variant:
    family: int
    bokmal: str  # the term's words, joined by spaces
    bokmal_words: tuple[str, ...]
    nynorsk_words: tuple[Word, ...]
    form: str  # one of FORMS

    @property
    def nynorsk(self) -> str:
        return " ".join(w.text for w in self.nynorsk_words)

    @property
    def kinds(self) -> frozenset[str]:
        found = set().union(*(w.kinds for w in self.nynorsk_words))
        if self.form != "headword":
            found.add("inflection")
        return frozenset(found)


def _participle(lexicon: Lexicon, bokmal: str) -> str | None:
    """The nynorsk present participle of a bokmål one ("-ende" -> "-ande": "kontrollerende" ->
    "kontrollerande"), when the nynorsk dictionary has it and the bokmål one has not."""
    if not bokmal.endswith("ende"):
        return None
    nynorsk = bokmal[:-4] + "ande"
    if nynorsk in lexicon.nn.entries and not lexicon.nb.lemmas(nynorsk):
        return nynorsk
    return None


class Nynorsk:
    """The nynorsk headwords of bokmål headwords, from the dictionaries and the hand lists."""

    def __init__(self, lexicon: Lexicon, variants: dict[str, str]) -> None:
        self.lexicon = lexicon
        self.parts = NynorskParts(lexicon)
        self.lexical: dict[str, set[str]] = defaultdict(set)
        for nn, nb in [*variants.items(), *PAIRS]:
            if nn != nb and not lexicon.nb.lemmas(nn):
                self.lexical[nb].add(nn)
        self._cache: dict[str, dict[str, str]] = {}

    def _headword(self, word: str) -> bool:
        flags = self.lexicon.nn.entries.get(word)
        return flags is not None and not flags.startswith("=")

    def headwords(self, bokmal: str) -> dict[str, str]:
        """Nynorsk headword -> kind ("spelling", "lexical", "" for the word itself)."""
        if bokmal in self._cache:
            return self._cache[bokmal]
        found: dict[str, str] = {}
        for nn in self.lexical.get(bokmal, ()):
            found[nn] = "lexical"
        spelt = set(self.parts.headwords(bokmal))
        participle = _participle(self.lexicon, bokmal)
        if participle is not None:
            spelt.add(participle)
        for nn in spelt:
            if nn != bokmal and self._headword(nn) and not self.lexicon.nb.lemmas(nn):
                found.setdefault(nn, "spelling")
        if self._headword(bokmal) and not found:
            found[bokmal] = ""
        self._cache[bokmal] = found
        return found

    def inflect(self, headword: str, form: str) -> str:
        """A noun headword in ``form``; the headword when the form is also another word
        (a headword of its own, "byggar", or a bokmål word of another headword, "faster")."""
        if form == "headword" or not self.lexicon.nn.is_base(headword):
            return headword
        made = self.parts.form(headword, FORMS.index(form))
        other_nb = [w for w in self.lexicon.nb.lemmas(made) if w != made]
        if made != headword and (self._headword(made) or other_nb):
            return headword
        return made


def _lemma(lexicon: Lexicon, word: str) -> str | None:
    """The bokmål headword of a term's word, as the bokmål reading takes it ("bøker" is
    "bok", not "bøk")."""
    if not lexicon.nb.lemmas(word):
        return None
    found = lexicon.lemma(word)
    return found if found in lexicon.nb.entries else None


def _joint_of(lexicon: Lexicon, headword: str, joint: str) -> bool:
    """The joint starts with the headword, or the nynorsk dictionary reads it (or it without
    a linking letter) as a form of it ("vass" of "vatn"): not another word that merely starts
    as it does ("hus" is no joint of "hol")."""
    if joint.startswith(headword if len(headword) < 5 else headword[:-1]):
        return True
    bare = joint[:-1] if joint[-1:] in ("s", "e") else joint
    return any(headword in lexicon.nn.lemmas(w) for w in {joint, bare})


def nynorsk_word(
    analyzer: Analyzer, nynorsk: Nynorsk, word: str, form: str, rng: random.Random
) -> tuple[Word, bool] | None:
    """A bokmål word of a term as a nynorsk writer writes it in ``form``, and whether the form
    was applied; None when the dictionaries know no nynorsk for it."""
    lexicon = nynorsk.lexicon
    lemma = _lemma(lexicon, word)
    if lemma is not None:
        heads = nynorsk.headwords(lemma)
        if heads:
            head = rng.choice(sorted(heads))
            text = nynorsk.inflect(head, form)
            return Word(text, frozenset({heads[head]} - {""})), text != head
    parts = analyzer.word(word)[1]
    if len(parts) != 2 or not word.endswith(parts[-1]):
        return None
    modifier, last = parts
    prefix = word[: -len(last)]
    if len(modifier) < _MIN_PART or not prefix.startswith(modifier[:_MIN_PART]):
        return None
    kinds: set[str] = set()
    first = nynorsk.parts.modifier(modifier)
    heads_first = nynorsk.headwords(modifier) if _lemma(lexicon, modifier) else {}
    if first is not None and first[1] != prefix and _joint_of(lexicon, *first):
        prefix = first[1]
        kinds.add(heads_first.get(first[0]) or "compound part")
        kinds.add("compound part")
    heads = nynorsk.headwords(last)
    if not heads:
        return None
    head = nynorsk.parts.head(last) or rng.choice(sorted(heads))
    if heads.get(head):
        kinds.add(heads[head])
    text = prefix + nynorsk.inflect(head, form)
    return Word(text, frozenset(kinds)), text != prefix + head


def variants(
    analyzer: Analyzer,
    families: Sequence[tuple[str, ...]],
    english: set[str],
    variants_map: dict[str, str],
    seed: int,
) -> list[Variant]:
    """Each family term's nynorsk headword form and one inflected form (plural or definite),
    the words written otherwise than in bokmål."""
    lexicon = analyzer.lexicon
    assert lexicon is not None
    nynorsk = Nynorsk(lexicon, variants_map)
    rng = random.Random(seed)
    made: list[Variant] = []
    seen: set[str] = set()
    for number, terms in enumerate(families):
        for term in terms:
            words = tuple(_WORD.findall(term.lower()))
            if not words or any(
                w in english or (not lexicon.nb.lemmas(w) and not analyzer.word(w)[1])
                for w in words
            ):
                continue
            for form in ("headword", rng.choice(FORMS[1:])):
                written: list[Word] = []
                inflected = form == "headword"
                for word in words:
                    found = nynorsk_word(
                        analyzer, nynorsk, word, "headword" if inflected else form, rng
                    )
                    if found is None:
                        written.append(Word(word, frozenset()))
                        continue
                    written.append(found[0])
                    inflected = inflected or found[1]
                variant = Variant(number, " ".join(words), words, tuple(written), form)
                if not inflected or variant.nynorsk == variant.bokmal or variant.nynorsk in seen:
                    continue
                seen.add(variant.nynorsk)
                made.append(variant)
    return made


def save(items: Sequence[Variant], path: Path) -> None:
    """The variants, one a line: family number, form, bokmål words, nynorsk words, and each
    nynorsk word's kinds (so a later engine is measured on the same lines)."""
    with path.open("w", encoding="utf-8") as handle:
        for v in items:
            kinds = "|".join(",".join(sorted(w.kinds)) for w in v.nynorsk_words)
            row = (str(v.family), v.form, v.bokmal, v.nynorsk, kinds)
            handle.write("\t".join(row) + "\n")


def load(path: Path) -> list[Variant]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        family, form, bokmal, nynorsk, kinds = line.split("\t")
        words = tuple(
            Word(w, frozenset(k for k in ks.split(",") if k))
            for w, ks in zip(nynorsk.split(" "), kinds.split("|"), strict=True)
        )
        items.append(Variant(int(family), bokmal, tuple(bokmal.split(" ")), words, form))
    return items


def word_cause(analyzer: Analyzer, nynorsk: str, bokmal: str) -> str | None:
    read = analyzer.word(nynorsk)[1]
    wanted = analyzer.word(bokmal)[1]
    if read == wanted:
        return None
    if not read:
        return "unknown"
    if len(read) == 1 and len(wanted) > 1:
        return "whole"
    if len(read) > len(wanted):
        return "scraps"
    return "lemma"


def family_of(model: TextModel, text: str) -> tuple[int, ...]:
    return model.line(MatchLine(0, 1, "Kommune 1", text), frozenset()).families


def english_words(
    lexicon: Lexicon, vocabulary_english: dict[str, str], catalogue: dict[str, tuple[str, str]]
) -> set[str]:
    """Words of the CPV catalogue's English labels and of ``english.tsv`` that neither
    dictionary has: a term with one is English, not bokmål."""
    found = set(vocabulary_english)
    for _no, en in catalogue.values():
        found.update(_WORD.findall(en.lower()))
    return {w for w in found if w not in lexicon.nb.entries and w not in lexicon.nn.entries}


def miss_cause(model: TextModel, item: Variant, control: bool) -> tuple[str, str]:
    """Why a variant's lines do not meet, and the word that shows it."""
    analyzer = model.analyzer
    if not control:
        return "bokmål too (the term's bokmål lines do not meet)", ""
    for nn, nb in zip(item.nynorsk_words, item.bokmal_words, strict=True):
        fault = word_cause(analyzer, nn.text, nb)
        if fault is not None:
            kind = "+".join(sorted(nn.kinds)) or ("inflection" if item.form != "headword" else "-")
            read = "+".join(analyzer.word(nn.text)[1]) or "-"
            wanted = "+".join(analyzer.word(nb)[1])
            return f"word {fault} ({kind})", f"{nn.text} -> {read} (bokmål {nb}: {wanted})"
    same = set(family_of(model, item.nynorsk)) == set(family_of(model, item.bokmal))
    return ("score (same families)" if same else "family"), ""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange eksempler per årsak")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--save", type=Path, help="skriv variantene til filen")
    parser.add_argument("--load", type=Path, help="les variantene fra filen (samme linjer)")
    args = parser.parse_args(argv)
    if not DEFAULT_CATALOGUE.exists():
        print(f"Fant ikke katalogen {DEFAULT_CATALOGUE}", file=sys.stderr)
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    analyzer = model.analyzer
    assert analyzer.lexicon is not None
    families = [f.terms for f in vocabulary.families]
    english = english_words(analyzer.lexicon, vocabulary.english, catalogue)
    if args.load is not None:
        items = load(args.load)
    else:
        items = variants(analyzer, families, english, vocabulary.variants, args.seed)
    if args.save is not None:
        save(items, args.save)
    probes = [
        Probe(v.form, "none", f"Rammeavtale {v.nynorsk}", f"Kjøp av {v.bokmal}", None, None, True)
        for v in items
    ]
    terms = sorted({v.bokmal for v in items})
    probes += [
        Probe("control", "none", f"Rammeavtale {t}", f"Kjøp av {t}", None, None, True)
        for t in terms
    ]
    rng = random.Random(args.seed)
    division = [
        frozenset(c[:2] for c in f.cpv) | {"k:" + k for k in f.kinds} for f in vocabulary.families
    ]
    unrelated = 0
    while unrelated < _UNRELATED:
        a, b = rng.choice(items), rng.choice(items)
        if _related(division[a.family], division[b.family]):
            continue
        first, second = f"Rammeavtale {a.nynorsk}", f"Kjøp av {b.bokmal}"
        probes.append(Probe("unrelated", "none", first, second, None, None, False))
        unrelated += 1
    passed = passing(probes, vocabulary, catalogue)
    controls = dict(zip(terms, passed[len(items) : len(items) + len(terms)], strict=True))
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    causes: dict[str, list[str]] = defaultdict(list)
    for item, ok in zip(items, passed[: len(items)], strict=True):
        keys = [*item.kinds, f"form: {item.form}", "all"]
        if controls[item.bokmal]:
            keys.append("all, bokmål lines meet")
        for key in keys:
            by_kind[key][0] += ok
            by_kind[key][1] += 1
        if not ok:
            cause, detail = miss_cause(model, item, controls[item.bokmal])
            name = vocabulary.families[item.family].id
            causes[cause].append(f"«{item.nynorsk}» / «{item.bokmal}» [{name}] {detail}")
    print(f"family terms written in nynorsk: {len(items)} variants of {len(terms)} terms")
    print("== same-need rate by kind (a variant counts under each kind it has)")
    for key in (*KINDS, *(f"form: {f}" for f in FORMS), "all", "all, bokmål lines meet"):
        met_kind, total = by_kind.get(key, [0, 0])
        print(f"  {key:24} {met_kind}/{total} = {met_kind / max(total, 1):.3f}")
    met = sum(controls.values())
    print(f"  control: bokmål term / itself {met}/{len(terms)} = {met / max(len(terms), 1):.3f}")
    false = sum(passed[len(items) + len(terms) :])
    print(f"  unrelated false-pair rate: {false}/{_UNRELATED} = {false / _UNRELATED:.3f}")
    print("== misses by cause")
    for cause, examples in sorted(causes.items(), key=lambda c: (-len(c[1]), c[0])):
        print(f"  {cause:48} {len(examples)}")
        for example in examples[: args.show]:
            print(f"      {example}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
