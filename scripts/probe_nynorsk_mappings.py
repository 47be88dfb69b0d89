"""Which pairs of ``lexicon/nn_nb.tsv`` may land on a bokmål word that means something else
(«leiar» → «leier», a tenant, where the word is «leder»; «buande» → «buende», arched, where it
is «boende»).

    .venv/bin/python scripts/probe_nynorsk_mappings.py                      # counts per risk
    .venv/bin/python scripts/probe_nynorsk_mappings.py --show 60            # the 60 most written
    .venv/bin/python scripts/probe_nynorsk_mappings.py --show 200 --kind ordbøkene

The pairs are made by regular spelling differences (``build_lexicon.write_nn_nb``, corrected
by ``scripts/false_friends.py``) and are checked here against what the two dictionaries say
themselves, not against any plan:

* *ordbøkene* (the dictionaries read another word): the nynorsk dictionary's compounds of the
  word (first and last parts, in bokmål spelling) are clearly more often the bokmål
  dictionary's compounds of another word than of the pair's (``false_friends.Evidence``);
  many are noise (a few shared compounds with an unrelated word), the corrections take only
  those spelt like the word;
* *samme mål* (shared target): another nynorsk headword, not a form beginning as this one,
  has the same bokmål word (often a side form, «rådgjevar» and «rådgivar»; sometimes two
  words, «leiar» and «leigar»);
* *avledning* (derived from another word): an agent noun «-ar», «-arar», participle
  «-ande», noun «-ing», «-ning» whose nynorsk base is paired with another bokmål word than
  the target's base;
* *nærmere* (a nearer word): the nynorsk ending alone («-ar» -> «-er», «-ande» -> «-ende»)
  gives another bokmål headword of the same kind than the pair's, one the pair's commoner
  word was chosen over («dampar» -> «demper», where «damper» is meant); most are side forms
  of the pair's word or rare words, so each is read by hand (``false_friends.REVIEWED``);
* the kind of word (agent noun, participle, «-ing» noun, verb) is counted for all pairs.

A pair is weighed by how often the nynorsk word is written: how many Doffin notices from 2020
use it (``../shared/data-scout/doffin_notices_2020_F02.csv``, title and description), its
wordfreq frequency (``frequency_nb.tsv.gz``, which has some nynorsk text too), and how many
CPV labels use the bokmål word it lands on (a word of procurement text).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from false_friends import Evidence  # noqa: E402
from parallel_spellings import _HEADER  # noqa: E402

from kommunesamarbeid.core.overlap.lexicon import Lexicon, load_lexicon  # noqa: E402

LEXICON = ROOT / "resources" / "vocabulary" / "lexicon"
DATA = ROOT.parent / "shared" / "data-scout"
DOFFIN = DATA / "doffin_notices_2020_F02.csv"
CPV = DATA / "cpv_2008_en_no.csv"
_KINDS: tuple[tuple[str, str], ...] = (
    ("arar", "personord -arar"),
    ("ar", "personord -ar"),
    ("ande", "presens partisipp -ande"),
    ("ning", "substantiv -ning"),
    ("ing", "substantiv -ing"),
    ("a", "verb/substantiv -a"),
    ("e", "verb/substantiv -e"),
)
_SUFFIXES = (("ande", "ende"), ("arar", "erer"), ("ar", "er"), ("ing", "ing"), ("ning", "ning"))
_WORD = re.compile(r"[a-zæøå]+")
_WRITTEN_ZIPF = 2.5


def derived_pairs(path: Path = LEXICON / "nn_nb.tsv") -> dict[str, str]:
    """The pairs the spelling correspondences made (not those of parallel_spellings.py)."""
    text = path.read_text(encoding="utf-8").split(_HEADER, 1)[0]
    rows = (line.split("\t") for line in text.splitlines() if line and line[0] != "#")
    return {row[0]: row[1] for row in rows}


def word_counts(path: Path, columns: tuple[str, ...], words: set[str]) -> Counter[str]:
    """In how many rows of a CSV file each of ``words`` occurs (in the columns named)."""
    counts: Counter[str] = Counter()
    if not path.exists():
        return counts
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            text = " ".join(row[c] or "" for c in columns).lower()
            counts.update(set(_WORD.findall(text)) & words)
    return counts


def family_mismatch(lexicon: Lexicon, pairs: Mapping[str, str], word: str, target: str) -> bool:
    """A derived nynorsk word whose base is paired with another bokmål word than the
    target's base ("brøytar" of "brøyte"; "bryter" of "bryte")."""
    for nn_end, nb_end in _SUFFIXES:
        if not (word.endswith(nn_end) and target.endswith(nb_end)):
            continue
        stem, their_stem = word[: -len(nn_end)], target[: -len(nb_end)]
        bases = [b for b in (stem, stem + "e", stem + "a") if b in lexicon.nn.entries]
        theirs = {b for b in (their_stem, their_stem + "e") if b in lexicon.nb.entries}
        if not bases or not theirs:
            return False
        return not {pairs.get(b, b) for b in bases} & theirs
    return False


def nearer_word(lexicon: Lexicon, word: str, target: str) -> str | None:
    """The bokmål noun the nynorsk ending alone makes of the word ("dampar" -> "damper"), when
    it is another headword than the target, of the same kind (noun or not), and no spelling of
    the target ("mekler" beside "megler" is one: bokmål allows both); None otherwise."""
    for nn_end, nb_end in _SUFFIXES:
        if not word.endswith(nn_end):
            continue
        near = word[: -len(nn_end)] + nb_end
        flags = lexicon.nb.entries.get(near)
        if near == target or flags is None or flags.startswith("="):
            return None
        if lexicon.nb.is_base(near) != lexicon.nn.is_base(word):
            return None
        return None if lexicon.lemma(near) == lexicon.lemma(target) else near
    return None


def kind(word: str) -> str:
    return next((label for end, label in _KINDS if word.endswith(end)), "annet")


def risks(lexicon: Lexicon, pairs: Mapping[str, str]) -> dict[str, list[str]]:
    """Nynorsk word -> the risks found for its pair (see the module's documentation)."""
    evidence = Evidence(lexicon, lexicon.nn_nb)
    by_target: dict[str, list[str]] = {}
    for word, target in pairs.items():
        by_target.setdefault(target, []).append(word)
    found: dict[str, list[str]] = {}
    for word, target in pairs.items():
        own = []
        other = evidence.contradicted(word, target)
        if other is not None:
            own.append(f"ordbøkene: {other}")
        sharers = [w for w in by_target[target] if w != word and not w.startswith(word[:-2])]
        if sharers:
            own.append("samme mål som " + ", ".join(sorted(sharers)[:3]))
        if family_mismatch(lexicon, pairs, word, target):
            own.append("avledning av annet ord")
        near = nearer_word(lexicon, word, target)
        if near is not None:
            own.append(f"nærmere: {near}")
        if own:
            found[word] = own
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="vis de N mest brukte parene i fare")
    parser.add_argument("--doffin", action="store_true", help="bare ord Doffin-titlene bruker")
    parser.add_argument(
        "--kind", choices=("ordbøkene", "samme", "avledning", "nærmere"), help="bare denne faren"
    )
    args = parser.parse_args(argv)
    lexicon = load_lexicon(LEXICON)
    if lexicon is None:
        print(f"fant ikke ordboken i {LEXICON}", file=sys.stderr)
        return 1
    pairs = derived_pairs()
    found = risks(lexicon, pairs)
    doffin = word_counts(DOFFIN, ("tittel", "beskrivelse"), set(pairs))
    labels = word_counts(CPV, ("label_no",), set(pairs.values()))

    def weight(word: str) -> tuple[int, float, int]:
        return doffin[word], lexicon.frequency.get(word, 0.0), labels[pairs[word]]

    kinds = Counter(kind(word) for word in pairs)
    print(f"par avledet av skrivemåteregler: {len(pairs)}")
    print("ordslag: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    per_risk = Counter(r.split(":")[0].split(" som ")[0] for own in found.values() for r in own)
    print(f"par i fare: {len(found)} (" + ", ".join(f"{k} {n}" for k, n in per_risk.items()) + ")")
    written = [w for w in found if doffin[w] or lexicon.frequency.get(w, 0.0) >= _WRITTEN_ZIPF]
    print(f"  av dem skrevet (i Doffin eller Zipf >= 2,5): {len(written)}")
    print(f"  mål i CPV-etiketter: {sum(1 for w in found if labels[pairs[w]])}")
    for label in sorted(kinds):
        risky = sum(1 for w in found if kind(w) == label)
        print(f"    {label:26} {risky:5} av {kinds[label]:5}")
    shown = sorted(found, key=weight, reverse=True)
    if args.kind:
        shown = [w for w in shown if any(r.startswith(args.kind) for r in found[w])]
    if args.doffin:
        shown = [w for w in shown if doffin[w]]
    for word in shown[: args.show]:
        notices, zipf, used = weight(word)
        risk = "; ".join(found[word])
        print(f"{word:22} -> {pairs[word]:20} {notices:4} {zipf:4.1f} {used:4}  {risk}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
