"""Whether the need families' terms are still read as their family through typing slips, and
whether slips make unrelated needs meet.

    .venv/bin/python scripts/probe_typos.py              # word and pair rates per slip kind
    .venv/bin/python scripts/probe_typos.py --show 10    # and examples of each fault

Plans are typed fast. Every single-word term of a need family (and a sample of the lexicon's
words) is written with one slip of each kind, by rule (seeded: the same slips every run):

- ``deletion``: a letter left out ("brøytng");
- ``doubling``: a letter typed twice ("brøyyting");
- ``swap``: two neighbouring letters swapped ("brøyitng");
- ``neighbour``: a letter replaced by its neighbour on a Norwegian keyboard ("brøytimg");
- ``digraph``: «æ», «ø», «å» written «ae», «oe», «aa» ("broeyting");
- ``plain``: «æ», «ø», «å» written «a», «o», «a» (a keyboard or an export without them);
- ``space`` / ``hyphen``: a compound written apart at its last joint ("snø brøyting",
  "snø-brøyting").

The first letter is never changed (a slip there is rare). A slip that lands on a real word (a
form the bokmål or nynorsk dictionary lists, a word of running text, a domain word) is that
word, not a typo: it is counted apart, and the engine must not read it as the term.

*Words*: the slipped word's key against the term's. ``read``: the same key; ``wrong``: read as
another domain word (a typo "corrected" to a word not meant: the worst fault); ``unread``:
neither.

*Pairs* (scored as detection scores them, runs of about 200 lines, no CPV code):

- ``same``: the slipped term against the same term written clean (should pass);
- ``family``: the slipped term against another term of its family (should pass; counted only
  where the two clean terms pass, so the rate is what the slip costs);
- ``unrelated``: the slipped term against the nearest-spelt term of a family whose CPV codes
  have nothing to do with its own (should not pass), and the same pair written clean
  (``unrelated_clean``): a false pair only when slipped is the slip's fault.

Abbreviations are probed by ``probe_abbreviations.py``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, _related, passing
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary
from kommunesamarbeid.core.overlap.english import english_stem
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.vocabulary import Family, Vocabulary

KINDS = ("deletion", "doubling", "swap", "neighbour", "digraph", "plain", "space", "hyphen")
_ROWS = ("qwertyuiopå", "asdfghjkløæ", "zxcvbnm")
_NEIGHBOURS = {
    letter: row[max(0, i - 1) : i] + row[i + 1 : i + 2]
    for row in _ROWS
    for i, letter in enumerate(row)
}
_DIGRAPHS = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_PLAIN = str.maketrans({"æ": "a", "ø": "o", "å": "a"})
_MIN_TERM = 5
#: The shortest part of a compound written apart (a shorter one is seldom a joint: "dun kar").
_MIN_PART = 4
_PAIRS_PER_KIND = 250
_LEXICON_SAMPLE = 400
_TEMPLATES = (("{W}", "Rammeavtale {w}"), ("Kjøp av {w}", "{W}"), ("{W} 2026", "Innkjøp av {w}"))


@dataclass(frozen=True, slots=True)
class Slip:
    kind: str
    term: str
    slipped: str
    family: str  # the family's id ("" for a lexicon word)


def _letter_slips(word: str, kind: str) -> list[str]:
    """Every slip of one kind (first letter kept), in position order."""
    n = len(word)
    if kind == "deletion":
        return [word[:i] + word[i + 1 :] for i in range(1, n)]
    if kind == "doubling":
        return [word[: i + 1] + word[i:] for i in range(1, n) if word[i] != word[i - 1]]
    if kind == "swap":
        return [
            word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            for i in range(1, n - 1)
            if word[i] != word[i + 1]
        ]
    if kind == "neighbour":
        return [
            word[:i] + c + word[i + 1 :] for i in range(1, n) for c in _NEIGHBOURS.get(word[i], "")
        ]
    return []


def make_slip(
    model: TextModel, word: str, kind: str, rng: random.Random, is_word: Callable[[str], bool]
) -> tuple[str | None, bool]:
    """(slipped word or None when the kind does not apply, whether it is a real word)."""
    if kind in ("digraph", "plain"):
        if not any(c in word for c in "æøå"):
            return None, False
        slipped = word.translate(_DIGRAPHS if kind == "digraph" else _PLAIN)
        return slipped, is_word(slipped)
    if kind in ("space", "hyphen"):
        parts = model.analyzer.split(word)
        if len(parts) < 2 or "".join(parts) != word:
            return None, False
        first = "".join(parts[:-1])
        if min(len(first), len(parts[-1])) < _MIN_PART or not is_word(parts[-1]):
            return None, False
        if not (is_word(first) or is_word(first[:-1])):
            return None, False  # a split of the word that is no joint ("flyfotografe ring")
        joint = " " if kind == "space" else "-"
        return "".join(parts[:-1]) + joint + parts[-1], False
    options = _letter_slips(word, kind)
    if not options:
        return None, False
    rng.shuffle(options)
    for option in options:
        if not is_word(option):
            return option, False
    return options[0], True


def _is_word(model: TextModel) -> Callable[[str], bool]:
    analyzer = model.analyzer
    lexicon = analyzer.lexicon
    typos = analyzer.typos
    domain = typos.domain if typos is not None else frozenset()

    def is_word(word: str) -> bool:
        if lexicon is None:
            return word in domain
        return (
            word in domain
            or word in lexicon.frequency
            or bool(lexicon.nb.lemmas(word) or lexicon.nn.lemmas(word))
        )

    return is_word


def _english(model: TextModel, term: str) -> bool:
    a = model.analyzer
    stem = english_stem(term)
    return any(term in t or stem in t for t in (a.english, a.english_phrases))


def family_terms(model: TextModel) -> list[tuple[Family, str]]:
    found = []
    for family in model.families:
        if family.broad:
            continue
        for term in family.terms:
            if term.isalpha() and len(term) >= _MIN_TERM and not _english(model, term):
                found.append((family, term))
    return found


def make_slips(model: TextModel, seed: int) -> tuple[list[Slip], list[Slip]]:
    """(slips of family terms, slips of a sample of lexicon words)."""
    is_word = _is_word(model)
    slips: list[Slip] = []
    for family, term in family_terms(model):
        for kind in KINDS:
            rng = random.Random(f"{seed}:{term}:{kind}")
            slipped, real = make_slip(model, term, kind, rng, is_word)
            if slipped is not None:
                slips.append(Slip(kind if not real else f"{kind}/real", term, slipped, family.id))
    lexicon_words = (
        sorted(w for w in model.analyzer.typos.domain if w.isalpha() and len(w) >= 6)
        if model.analyzer.typos is not None
        else []
    )
    sample = random.Random(seed).sample(lexicon_words, min(_LEXICON_SAMPLE, len(lexicon_words)))
    words: list[Slip] = []
    for word in sample:
        for kind in KINDS:
            rng = random.Random(f"{seed}:{word}:{kind}")
            slipped, real = make_slip(model, word, kind, rng, is_word)
            if slipped is not None:
                words.append(Slip(kind if not real else f"{kind}/real", word, slipped, ""))
    return slips, words


def _key(model: TextModel, text: str) -> str:
    tokens = model.analyzer.analyse(text).tokens
    return "+".join(t.key for t in tokens)


def word_outcome(model: TextModel, slip: Slip) -> tuple[str, str]:
    """(read / wrong / unread, the key read)."""
    wanted = _key(model, slip.term)
    found = _key(model, slip.slipped)
    if found.replace("+", "") == wanted.replace("+", ""):
        return "read", found  # a compound and its split form are one reading
    typos = model.analyzer.typos
    pieces = slip.slipped.replace("-", " ").split()
    meant = [typos.corrected(p) if typos is not None else p for p in pieces]
    if meant != pieces and "".join(meant) != slip.term:
        return "wrong", found
    return "unread", found


def print_words(model: TextModel, title: str, slips: Sequence[Slip], show: int) -> None:
    print(title)
    outcomes = [(s, *word_outcome(model, s)) for s in slips]
    for kind in dict.fromkeys(s.kind for s in slips):
        mine = [o for o in outcomes if o[0].kind == kind]
        counts = Counter(o[1] for o in mine)
        n = len(mine)
        print(
            f"  {kind:15} n={n:5}  read {counts['read'] / n:.3f}  wrong {counts['wrong'] / n:.3f}"
            f"  unread {counts['unread'] / n:.3f}"
        )
    for outcome in ("wrong", "unread"):
        for kind in KINDS:
            shown = [o for o in outcomes if o[0].kind == kind and o[1] == outcome][:show]
            for slip, _, key in shown:
                print(f"    {outcome}/{kind}: «{slip.slipped}» ({slip.term}) -> {key}")
    real = [o for o in outcomes if o[0].kind.endswith("/real") and o[1] == "read"]
    print(f"  real words read as the term (must be 0 but for inflections): {len(real)}")
    for slip, _, key in real[:show]:
        print(f"    real: «{slip.slipped}» ({slip.term}) -> {key}")


def _written(template: str, word: str) -> str:
    return template.replace("{W}", word[0].upper() + word[1:]).replace("{w}", word)


def _divisions(family: Family) -> frozenset[str]:
    return frozenset(c[:2] for c in family.cpv)


def pair_probes(model: TextModel, slips: Sequence[Slip], seed: int) -> list[Probe]:
    rng = random.Random(seed)
    families = {f.id: f for f in model.families}
    terms = family_terms(model)
    by_family: dict[str, list[str]] = {}
    for family, term in terms:
        by_family.setdefault(family.id, []).append(term)
    all_terms = [t for _, t in terms]
    family_of = {t: f for f, t in terms}
    probes: list[Probe] = []
    for kind in KINDS:
        mine = [s for s in slips if s.kind == kind]
        for number, slip in enumerate(rng.sample(mine, min(_PAIRS_PER_KIND, len(mine)))):
            first, second = _TEMPLATES[number % len(_TEMPLATES)]
            line = _written(first, slip.slipped)
            probes.append(Probe("same", kind, line, _written(second, slip.term), None, None, True))
            others = [
                t for t in by_family[slip.family] if t != slip.term and t[:4] != slip.term[:4]
            ]
            if others:
                other = rng.choice(others)
                for cls, text in (("family", line), ("family_clean", _written(first, slip.term))):
                    probes.append(Probe(cls, kind, text, _written(second, other), None, None, True))
            own = _divisions(families[slip.family])
            near = process.extract(
                slip.slipped.replace(" ", "").replace("-", ""),
                all_terms,
                scorer=Levenshtein.normalized_distance,
                limit=40,
            )
            for candidate, _, _ in sorted(near, key=lambda x: x[1]):
                other_family = family_of[candidate]
                if not _related(own, _divisions(other_family)) and own and _divisions(other_family):
                    for cls, text in (
                        ("unrelated", line),
                        ("unrelated_clean", _written(first, slip.term)),
                    ):
                        probes.append(
                            Probe(cls, kind, text, _written(second, candidate), None, None, False)
                        )
                    break
    return probes


def print_pairs(probes: Sequence[Probe], passed: Sequence[bool], show: int) -> None:
    print("pairs, no CPV code (same-need rate; false-pair rate for unrelated)")
    by = list(zip(probes, passed, strict=True))
    for kind in (*KINDS, "all"):
        row = [kind]
        mine = [(p, ok) for p, ok in by if kind in ("all", p.variant)]
        same = [ok for p, ok in mine if p.cls == "same"]
        fam = [p_ok for p_ok in mine if p_ok[0].cls == "family"]
        clean = [p_ok for p_ok in mine if p_ok[0].cls == "family_clean"]
        kept = [ok for (_, ok), (_, c) in zip(fam, clean, strict=True) if c]
        unrel = [ok for p, ok in mine if p.cls == "unrelated"]
        unrel_clean = [ok for p, ok in mine if p.cls == "unrelated_clean"]
        own = sum(s and not c for s, c in zip(unrel, unrel_clean, strict=True))
        row.append(f"same {sum(same)}/{len(same)} = {sum(same) / max(1, len(same)):.3f}")
        row.append(f"family {sum(kept)}/{len(kept)} = {sum(kept) / max(1, len(kept)):.3f}")
        row.append(f"false {sum(unrel)}/{len(unrel)} (slip's own {own}, clean {sum(unrel_clean)})")
        print("  " + "  ".join(f"{c:22}" if n else f"{c:10}" for n, c in enumerate(row)))
    if show:
        printed: Counter[str] = Counter()
        clean_of = {(p.variant, p.second): ok for p, ok in by if p.cls in ("family_clean",)}
        for probe, ok in by:
            if probe.cls in ("family_clean", "unrelated_clean"):
                continue
            if probe.cls == "family" and not clean_of.get((probe.variant, probe.second), True):
                continue
            if ok != probe.same_need and printed[probe.cls] < show:
                printed[probe.cls] += 1
                verdict = "passes" if ok else "missed"
                print(
                    f"    {probe.cls}/{probe.variant}: «{probe.first}» / «{probe.second}» -> {verdict}"
                )


def _loaded() -> tuple[Vocabulary, dict[str, tuple[str, str]], TextModel] | None:
    """The vocabulary, the catalogue and the model built of them (None without the catalogue)."""
    if not DEFAULT_CATALOGUE.exists():
        return None
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    return vocabulary, catalogue, build_model(vocabulary, catalogue)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="så mange eksempler per feil")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--no-pairs", action="store_true", help="bare ordene")
    args = parser.parse_args(argv)
    loaded = _loaded()
    if loaded is None:
        print("Fant ikke katalogen (../shared er ikke lagt ved)", file=sys.stderr)
        return 1
    vocabulary, catalogue, model = loaded
    slips, words = make_slips(model, args.seed)
    print_words(model, "family terms (read / wrong / unread)", slips, args.show)
    print_words(model, "lexicon words (read / wrong / unread)", words, args.show)
    if args.no_pairs:
        return 0
    probes = pair_probes(model, slips, args.seed)
    order = sorted(range(len(probes)), key=lambda i: (probes[i].cls, probes[i].variant, i))
    passed = passing(probes, vocabulary, catalogue, order=order)
    print_pairs(probes, passed, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
