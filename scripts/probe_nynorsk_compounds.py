"""Whether a nynorsk compound, and its split form, reads as the bokmål compound of the same
need, and meets a bokmål line of that need without a CPV code.

    .venv/bin/python scripts/probe_nynorsk_compounds.py              # word and pair rates
    .venv/bin/python scripts/probe_nynorsk_compounds.py --show 15    # and examples of each fault

Drawn from text the engine was not tuned on (test data, read where it lies: see
data-scout/SOURCES.md; nothing of it is written into the repository):

- *bokmål compounds*: the words of the CPV catalogue's Norwegian labels
  (``cpv_2008_en_no.csv``) and of Doffin 2020 notice titles (``doffin_notices_2020_F02.csv``;
  not the words the titles only write capitalised, names such as "Eigersund")
  that the engine reads as two parts, one of them at least with a nynorsk headword spelt
  otherwise (``nn_nb.tsv``: "vann" <- "vatn", "skole" <- "skule") or joined otherwise in
  nynorsk.
- *nynorsk compounds*: the same two parts as a nynorsk writer joins them. The first part's
  joint is the one the nynorsk dictionary's own compounds use most (``nn.txt.gz``: its
  compounds ending in the same last parts as the bokmål dictionary's compounds of the bokmål
  first part: "vass-" for "vatn", "heime-" for "heim"); the last part is the nynorsk headword
  in its singular, plural or definite form, as the nynorsk dictionary's rules inflect it
  ("-leidningar", "-tenestene").
- *split forms*: the last part, "av", and the first part ("vask av vindauge"), in bokmål and
  in nynorsk.

Measured: (a) *words*: the nynorsk compound read with the bokmål compound's parts, or how
not (``unknown``, ``whole``: one word where bokmål has two parts, ``scraps``: more parts,
``lemma``: other parts); (b) *pairs*, no CPV code, scored in runs of about 200 lines (so word
weights are those of a plan set): nynorsk compound / bokmål compound, nynorsk compound /
bokmål split form, nynorsk split form / bokmål compound (should pass); and a nynorsk compound
against a bokmål compound of an unrelated CPV division sharing one part (should not).
"""

from __future__ import annotations

import argparse
import bisect
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY, SHARED
from parallel_spellings import parallel_spellings
from probe_nynorsk import nynorsk_forms, print_faults
from probe_precision import Probe, _related, passing, rates
from probe_real_recall import doffin_notices

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.norwegian import Analyzer

NOTICES = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORD = 7
_MIN_TAIL = 4
_UNRELATED = 300
_WORKS = "45"
FAULTS = ("unknown", "whole", "scraps", "lemma")
KINDS = (
    # the control: the bokmål compound against its own split form (what nynorsk can lose)
    ("nb_compound/nb_split", "Innkjøp av {nb}", "Rammeavtale {nb_split}"),
    ("nn_compound/nb_compound", "Rammeavtale {nn}", "Kjøp av {nb}"),
    ("nn_compound/nb_split", "Innkjøp av {nn}", "Rammeavtale {nb_split}"),
    ("nn_split/nb_compound", "Rammeavtale {nn_split}", "{Nb} – levering 2026"),
)


@dataclass(frozen=True, slots=True)
class Compound:
    bokmal: str  # as the source writes it
    parts: tuple[str, ...]  # the engine's reading of it (two parts)
    nynorsk: str
    nynorsk_split: str
    bokmal_split: str
    divisions: frozenset[str]


def sources(catalogue: dict[str, tuple[str, str]]) -> dict[str, set[str]]:
    """Word -> the CPV divisions of the labels and notice titles it stands in."""
    found: dict[str, set[str]] = defaultdict(set)
    for code, (label_no, _en) in catalogue.items():
        if code.startswith(_WORKS):
            continue
        for word in _WORD.findall(label_no.lower()):
            if len(word) >= _MIN_WORD:
                found[word].add(code[:2])
    if NOTICES.exists():
        titles: dict[str, set[str]] = defaultdict(set)
        lower: set[str] = set()
        for notice in doffin_notices(NOTICES):
            if notice.codes[0].startswith(_WORKS):
                continue
            for word in _WORD.findall(notice.title):
                if len(word) >= _MIN_WORD:
                    titles[word.lower()].add(notice.codes[0][:2])
                    if word[0].islower():
                        lower.add(word.lower())
        # a word the titles never write in lower case is a name ("Eigersund", "Notodden")
        for word, divisions in titles.items():
            if word in lower or word in found:
                found[word] |= divisions
    return found


class NynorskParts:
    """Nynorsk headwords of bokmål words, and the joint a nynorsk first part takes."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.to_nynorsk: dict[str, list[str]] = defaultdict(list)
        # the pairs of the spelling correspondences and of the dictionaries' compounds, the
        # same whether the lexicon has the latter yet or not (so before and after compare)
        pairs = {**parallel_spellings(lexicon), **lexicon.nn_nb}
        for nn, nb in pairs.items():
            if nn != nb:
                self.to_nynorsk[nb].append(nn)
        self.nn_words = sorted(w for w, f in lexicon.nn.entries.items() if not f.startswith("="))
        self.nb_words = sorted(w for w, f in lexicon.nb.entries.items() if not f.startswith("="))
        self.nn_backwards = sorted(w[::-1] for w in self.nn_words)
        self._joints: dict[str, tuple[str, int] | None] = {}

    def headwords(self, bokmal: str) -> list[str]:
        """The nynorsk headwords of a bokmål headword, and itself when nynorsk has it too."""
        found = sorted(self.to_nynorsk.get(bokmal, ()))
        if bokmal in self.lexicon.nn.entries and not self.lexicon.nn.entries[bokmal].startswith(
            "="
        ):
            found.append(bokmal)
        return found

    def ending_in(self, word: str) -> int:
        """How many of the nynorsk dictionary's words end in ``word`` (as the last part)."""
        backwards = word[::-1]
        return len(self._starting(self.nn_backwards, backwards)) - 1

    def head(self, bokmal: str) -> str | None:
        """The nynorsk noun a writer uses for a bokmål noun as a compound's last part: the
        one most of the nynorsk dictionary's words end in."""
        nouns = [w for w in self.headwords(bokmal) if self.lexicon.nn.is_base(w)]
        return max(nouns, key=lambda w: (self.ending_in(w), w), default=None)

    def modifier(self, bokmal: str) -> tuple[str, str] | None:
        """The nynorsk headword a writer uses for a bokmål compound's first part, and its
        joint: the headword with the most compounds in the nynorsk dictionary."""
        found = [(self.joint(bokmal, w), w) for w in self.headwords(bokmal)]
        best = max(((j[1], w, j[0]) for j, w in found if j is not None), default=None)
        return (best[1], best[2]) if best is not None else None

    @staticmethod
    def _starting(words: list[str], prefix: str) -> list[str]:
        start = bisect.bisect_left(words, prefix)
        end = bisect.bisect_left(words, prefix + "\uffff")
        return words[start:end]

    def joint(self, bokmal: str, nynorsk: str) -> tuple[str, int] | None:
        """The first-part form the nynorsk dictionary's compounds give ``nynorsk`` (the
        nynorsk headword of ``bokmal``): among its compounds that end in a last part the
        bokmål dictionary's compounds of ``bokmal`` end in, the commonest start ("vass" for
        "vatn", "skule" for "skule"); None when it has too few such compounds."""
        key = f"{bokmal}|{nynorsk}"
        if key in self._joints:
            return self._joints[key]
        if len(nynorsk) < 3:
            return None
        tails: set[str] = set()
        for word in self._starting(self.nb_words, bokmal):
            for link in ("", "s", "e"):
                tail = word[len(bokmal) + len(link) :]
                if (
                    word.startswith(bokmal + link)
                    and len(tail) >= _MIN_TAIL
                    and tail in self.lexicon.nb.entries
                ):
                    tails.add(tail)
                    tails.update(self.to_nynorsk.get(tail, ()))
        counts: Counter[str] = Counter()
        # a joint is the headword, with or without its last letter and a linking letter, or
        # a form of its own that starts as it does ("vass" for "vatn")
        common = nynorsk[: max(2, len(nynorsk) - 2)]
        for word in self._starting(self.nn_words, common):
            for cut in range(max(len(common), len(nynorsk) - 1), len(nynorsk) + 3):
                if len(word) - cut >= _MIN_TAIL and word[cut:] in tails:
                    counts[word[:cut].rstrip("-")] += 1
        # "-e" only where bokmål joins so too ("like" is no joint of "lik")
        linked_e = any(w.startswith(bokmal + "e") for w in self._starting(self.nb_words, bokmal))
        if not linked_e:
            counts.pop(nynorsk + "e", None)
        best = counts.most_common(1)
        found = best[0] if best and best[0][1] >= 2 else None
        self._joints[key] = found
        return found

    def form(self, headword: str, which: int) -> str:
        """A nynorsk form of a noun headword: 0 the headword, 1 a plural, 2 a definite form
        (as the dictionary's rules make them; the headword when they make none)."""
        forms = nynorsk_forms(self.lexicon, headword)
        stem = headword[:-1] if headword.endswith("e") else headword
        # a noun's forms go in pairs (a verb's "-ar" has no "-ane" beside it): masculine
        # "-ar"/"-ane", feminine "-er"/"-ene", neuter "-et"/"-a"
        pairs = [
            (stem + "ar", stem + "ane"),
            (stem + "er", stem + "ene"),
            (headword + "r", headword + "ne"),
        ]
        for plural, definite in pairs:
            if plural in forms and definite in forms:
                return (headword, plural, definite)[which]
        neuter = (headword + "et" if stem == headword else headword + "t", stem + "a")
        if which and all(f in forms for f in neuter):
            return (headword, headword, neuter[1])[which]
        return headword


def compounds(analyzer: Analyzer, words: dict[str, set[str]], rng: random.Random) -> list[Compound]:
    lexicon = analyzer.lexicon
    assert lexicon is not None
    nynorsk = NynorskParts(lexicon)
    made: list[Compound] = []
    seen: set[tuple[str, ...]] = set()
    for word in sorted(words):
        parts = analyzer.word(word)[1]
        if len(parts) != 2 or parts in seen or analyzer.is_generic(parts):
            continue
        if word in lexicon.nn.entries or (not lexicon.nb.lemmas(word) and lexicon.nn.lemmas(word)):
            continue  # a nynorsk word already
        modifier, head = parts
        if len(modifier) < 3 or len(head) < 3:
            continue
        if not lexicon.nb.is_base(head):
            continue  # a compound noun: its last part a noun
        first = nynorsk.modifier(modifier)
        last = nynorsk.head(head)
        if first is None or last is None:
            continue
        first_word, joint = first
        which = rng.randrange(3)
        head_form = nynorsk.form(last, which)
        compound = joint + head_form
        if compound == word or (joint == modifier and last == head):
            continue  # nothing nynorsk about it
        seen.add(parts)
        split = f"{head_form} av {first_word}"
        made.append(
            Compound(word, parts, compound, split, f"{head} av {modifier}", frozenset(words[word]))
        )
    return made


def word_fault(analyzer: Analyzer, item: Compound) -> str | None:
    read = analyzer.word(item.nynorsk)[1]
    if read == item.parts:
        return None
    if not read:
        return "unknown"
    if len(read) == 1:
        return "whole"
    if len(read) > len(item.parts):
        return "scraps"
    return "lemma"


def word_report(analyzer: Analyzer, items: Sequence[Compound], show: int) -> None:
    faults: dict[str, list[str]] = defaultdict(list)
    for item in items:
        fault = word_fault(analyzer, item)
        if fault is not None:
            read = "+".join(analyzer.word(item.nynorsk)[1]) or "-"
            faults[fault].append(
                f"{item.nynorsk} -> {read} (bokmål {item.bokmal}: {'+'.join(item.parts)})"
            )
    wrong = sum(len(v) for v in faults.values())
    total = len(items)
    print(f"nynorsk compounds: {total}, misread {wrong}/{total} = {wrong / max(total, 1):.3f}")
    print_faults(faults, FAULTS, show)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def pair_probes(items: Sequence[Compound], rng: random.Random) -> list[Probe]:
    probes = []
    for item in items:
        values = {
            "nn": item.nynorsk,
            "nb": item.bokmal,
            "Nb": _capital(item.bokmal),
            "nn_split": item.nynorsk_split,
            "nb_split": item.bokmal_split,
        }
        for kind, first, second in KINDS:
            probes.append(
                Probe(
                    kind, "none", first.format(**values), second.format(**values), None, None, True
                )
            )
    by_part: dict[str, list[Compound]] = defaultdict(list)
    for item in items:
        for part in item.parts:
            by_part[part].append(item)
    pool = [(a, b) for group in by_part.values() for a in group for b in group if a is not b]
    rng.shuffle(pool)
    made = 0
    for a, b in pool:
        if made >= _UNRELATED:
            break
        if _related(a.divisions, b.divisions) or a.parts == b.parts:
            continue
        probes.append(
            Probe(
                "unrelated",
                "none",
                f"Rammeavtale {a.nynorsk}",
                f"Kjøp av {b.bokmal}",
                None,
                None,
                False,
            )
        )
        made += 1
    return probes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange eksempler per feil")
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args(argv)
    if not DEFAULT_CATALOGUE.exists():
        print(
            f"Fant ikke katalogen {DEFAULT_CATALOGUE} (../shared er ikke lagt ved)", file=sys.stderr
        )
        return 1
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    rng = random.Random(args.seed)
    items = compounds(model.analyzer, sources(catalogue), rng)
    print("== words")
    word_report(model.analyzer, items, args.show)
    probes = pair_probes(items, rng)
    passed = passing(probes, vocabulary, catalogue)
    table = rates(probes, passed)
    print("== pairs (no CPV code)")
    for cls in (*(k[0] for k in KINDS), "unrelated"):
        ok, total = table.get((cls, "all"), (0, 0))
        name = "false-pair rate" if cls == "unrelated" else "same-need rate"
        print(f"{cls:24} {name}: {ok}/{total} = {ok / max(total, 1):.3f}")
        same = cls != "unrelated"
        wrong = [p for p, ok in zip(probes, passed, strict=True) if p.cls == cls and ok != same]
        for probe in wrong[: args.show]:
            print(f"      «{probe.first}» / «{probe.second}»")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
