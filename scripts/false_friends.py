"""Pairs of ``nn_nb.tsv`` that land on a bokmål word meaning something else, corrected by the
two dictionaries' own compounds and a reviewed table (run at dev time by build_lexicon.py,
before parallel_spellings.py).

    .venv/bin/python scripts/false_friends.py           # corrects nn_nb.tsv
    .venv/bin/python scripts/false_friends.py --list    # prints the corrections, writes nothing

The spelling correspondences of ``build_lexicon.write_nn_nb`` make a bokmål headword of a
nynorsk one, but the headword they reach is sometimes another word: «leiar» (leder) becomes
«leier» (a tenant), «målar» (maler, a painter) «måler», «kjøt» (kjøtt) «kat», «buk» «bok».
The dictionaries know better: the nynorsk dictionary's compounds of «leiar» («leiarskap»,
«leiarmøte», «avdelingsleiar») are the bokmål dictionary's compounds of «leder», not of
«leier». A pair is corrected (``compound_corrections``) when

* another bokmål word's compounds share at least ``_MIN_EVIDENCE`` first or last parts with
  the nynorsk word's compounds, more than ``_MARGIN`` times as many as the pair's own word
  (common last parts such as «-arbeid» are not counted);
* that word is spelt like the nynorsk word (``_MIN_LIKENESS``; a word the evidence reaches
  through unrelated compounds, «fiske» for «vere», is no spelling of it); a nynorsk word
  ending in «-e» takes the bokmål word with «-e» when the evidence is its stem («leige»:
  «leieavtale» is «lei» + «e» + «avtale», so «leie»);
* it is of the same kind (noun or not) as the nynorsk word («vaskar» is no «vaske»).

``REVIEWED`` then decides for the pairs read by hand (agent nouns, participles and verbs of
municipal text whose nynorsk base is another verb than the bokmål word's: «brøytar» is no
«bryter», «seiande» no «seende»; and words the «mn» -> «vn» and «-jing» -> «-ning» rules
respell into another word: «læreemne» is no «læreevne»), over the rule.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Mapping
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from parallel_spellings import _HEADER, _compounds, _headwords  # noqa: E402

from kommunesamarbeid.core.overlap.lexicon import Lexicon, load_lexicon  # noqa: E402

OUT = ROOT / "resources" / "vocabulary" / "lexicon"
#: Last parts of more compounds than this say nothing about the first part.
_COMMON = 400
#: The other bokmål word needs this many compounds in common with the nynorsk word ...
_MIN_EVIDENCE = 3
#: ... and more than this many times the pair's own word has ...
_MARGIN = 4
#: ... and must be spelt like the nynorsk word (difflib ratio).
_MIN_LIKENESS = 0.6
#: A compound's first and last part have at least this many letters.
_MIN_FIRST = 3
_MIN_LAST = 4

#: Pairs read by hand (nynorsk word -> its bokmål word; "" drops the pair): a nynorsk word the
#: compounds cannot decide (too few of them) whose derived bokmål word means something else.
#: Found with ``scripts/probe_nynorsk_mappings.py`` (derived words of another base, shared
#: targets) and by reading the words of municipal plans; each names what the wrong word is.
REVIEWED: dict[str, str] = {
    "brøytar": "brøyter",  # not «bryter» (a switch)
    "leigar": "leietaker",  # not «leger» (doctors)
    "leige": "leie",  # not «lage» (make)
    "buande": "boende",  # not «buende» (arched); «bu» is «bo»
    "sambuar": "samboer",  # not «sambuer»
    "busetar": "",  # not «busetter»; bokmål «bosetter» is no word of its own
    "seiande": "",  # saying, not «seende» (seeing)
    "lagande": "",  # making, not «legende» (healing)
    "greiande": "",  # not «greende»
    "høyrar": "",  # a listener, not «hyrer» (hires)
    "stelar": "",  # a thief, not «stjeler» (steals)
    "halding": "",  # keeping, not «holdning» (an attitude)
    "sponsar": "sponsor",  # not «sponser» (sponsors, the verb)
    "vaskar": "",  # a washer (person, machine), not «vasker» (washes)
    "ten": "",  # not «tan»
    "telje": "telle",  # counting, not «talje» (a block and tackle)
    "telj": "tell",
    "tel": "",  # not «til» (to)
    "skuld": "skyld",  # debt, guilt: not «skjold» (a shield)
    "brur": "brud",  # a bride, not «bror» (a brother)
    "bere": "bære",  # to carry, not «bare» (only)
    "nev": "neve",  # a fist, not «nav» (a hub)
    "bøygning": "bøyning",  # bending, not «bygning» (a building)
    "døyp": "døpe",  # to baptise, not «dyp» (deep)
    "stu": "stue",  # a living room, not «sto» (stood)
    "kontur": "",  # a contour in both written standards, not «kontor» (an office)
    # a meter and a painter in nynorsk: the compounds say painter, plans buy meters too
    # («vassmålar», «straummålar»); «målararbeid» is read as «maler» either way
    "målar": "måler",
    # «mn» -> «vn» and «-jing» -> «-ning» where the word is another: a subject is no ability
    "læreemne": "",  # teaching material, not «læreevne» (ability to learn)
    "stridsemne": "",  # a matter of dispute, not «stridsevne» (fighting power)
    "nemning": "",  # a term, not «nevning» (a lay judge)
    "nemningsbruk": "",
    "nemn": "",  # a term, not «navn»
    "nemna": "",
    "nemneform": "",
    "utnamn": "",  # not «utnevn» (appoint)
    "namngje": "navngi",  # not «navnga» (the past tense)
    "namngjev": "",  # present tense, not «navngav» (past)
    "homn": "",  # not «hovn»
    "vemjing": "",  # disgust, not «vevning» (weaving)
    "vitjingsordning": "",  # a visiting scheme, not «vinningsordning» (gain)
    # «-ar» -> «-er» alone gives a bokmål noun of the same kind, but a commoner word more
    # changes away was taken (``probe_nynorsk_mappings.py --kind nærmere`` lists them): the
    # nearer word is the one meant
    "dampar": "damper",  # a steamer («kombidampar»), not «demper» (a damper)
    "fresar": "freser",  # a milling cutter, a snow blower, not «fraser» (phrases)
    "gjetar": "gjeter",  # a shepherd, not «gitar»
    "drepar": "dreper",  # a killer, not «draper»
    "tyrkar": "tyrker",  # a Turk, not «tørker» (a dryer)
    "rumenar": "rumener",  # a Romanian, not «romaner» (novels)
    "tankar": "tanker",  # tanks (as bokmål «tanker» is read), not «tenker» (a thinker)
    "maurar": "maur",  # ants, not «myrer» (bogs)
    "summar": "",  # sums, not «sommer» (summer)
    "sopar": "",  # a sweeper, not «super»
    "varande": "",  # lasting, not «veranda»
    # a compound of «lege» (a doctor) read with another last part: its plural is «-leger»
    "reservelegar": "reserveleger",  # not «reservelager» (a reserve stock)
    "avdelingslegar": "avdelingsleger",  # not «avdelingsleier»
    "sjauar": "sjauer",  # a docker, not «seer» (a viewer)
}


def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


class Evidence:
    """The compounds of the two dictionaries, to compare a nynorsk word's with a bokmål one's."""

    def __init__(self, lexicon: Lexicon, spelling: Mapping[str, str]) -> None:
        self.lexicon = lexicon
        self.spelling = spelling
        self.nn_first, self.nn_last = _compounds(
            _headwords(lexicon.nn.entries), _headwords(lexicon.nn.entries), spelling
        )
        nb = _headwords(lexicon.nb.entries)
        self.nb_first, self.nb_last = _compounds(nb, nb, {})

    def _parts(self, word: str) -> tuple[set[str], set[str]]:
        lasts = self.nn_first.get(word, set())
        firsts = {self.spelling.get(f, f) for f in self.nn_last.get(word, set())}
        return lasts, firsts

    def support(self, word: str, target: str) -> int:
        """Compounds of the nynorsk word the bokmål word makes too (first or last part)."""
        lasts, firsts = self._parts(word)
        return len(lasts & self.nb_first.get(target, set())) + len(
            firsts & self.nb_last.get(target, set())
        )

    def best(self, word: str) -> tuple[str, int] | None:
        """The bokmål word whose compounds are most like the nynorsk word's, and how many."""
        lasts, firsts = self._parts(word)
        votes: Counter[str] = Counter()
        for last in lasts:
            starters = self.nb_last.get(last, set())
            if len(starters) <= _COMMON:
                votes.update(starters)
        for first in firsts:
            enders = self.nb_first.get(first, set())
            if len(enders) <= _COMMON:
                votes.update(enders)
        # the most votes, then the first in alphabetical order (not the order of a set)
        return min(votes.items(), key=lambda item: (-item[1], item[0])) if votes else None

    def contradicted(self, word: str, target: str) -> str | None:
        """Another bokmål word the compounds clearly read the nynorsk word as (any spelling)."""
        best = self.best(word)
        if best is None or best[0].rstrip("e") == target.rstrip("e"):
            return None  # "lei" + "e" + "avtale" is "leie"
        other, count = best
        if count < _MIN_EVIDENCE or count <= _MARGIN * self.support(word, target):
            return None
        return other

    def correction(self, word: str, target: str) -> str | None:
        """The bokmål word that replaces ``target`` (see the module's documentation)."""
        other = self.contradicted(word, target)
        if other is None:
            return None
        nb = self.lexicon.nb
        if word.endswith("e") and not other.endswith("e") and other + "e" in nb.entries:
            other += "e"
        if other not in nb.entries or _likeness(word, other) < _MIN_LIKENESS:
            return None
        if nb.is_base(other) != self.lexicon.nn.is_base(word):
            return None
        return other


def compound_corrections(lexicon: Lexicon, pairs: Mapping[str, str]) -> dict[str, str]:
    """Nynorsk word -> the bokmål word its compounds read it as, where that is not its pair's."""
    evidence = Evidence(lexicon, lexicon.nn_nb)
    found: dict[str, str] = {}
    for word, target in pairs.items():
        better = evidence.correction(word, target)
        if better is not None and better != target:
            found[word] = better
    return found


def _last_part(word: str, pairs: Mapping[str, str]) -> str | None:
    """The longest paired word ``word`` ends in after a first part ("leiar" in
    "byggjeleiar"; "pleiar", not "leiar", in "sjukepleiar")."""
    for cut in range(_MIN_FIRST, len(word) - _MIN_LAST + 1):
        if word[cut:] in pairs:
            return word[cut:]
    return None


def corrected(lexicon: Lexicon, pairs: Mapping[str, str]) -> dict[str, str]:
    """The pairs with the compound corrections and ``REVIEWED`` applied (an empty word drops
    the pair), and the same for the dictionaries' compounds ending in a corrected word: their
    bokmål word with the corrected last part when bokmål has it («byggjeleiar» ->
    «byggeleder», «halvleiar» -> «halvleder»), else no pair, so the parts are read one by one."""
    fixes = compound_corrections(lexicon, pairs)
    fixes.update(REVIEWED)
    for word, target in pairs.items():
        last = None if word in fixes else _last_part(word, pairs)
        if last is None or last not in fixes or not target.endswith(pairs[last]):
            continue
        better = target[: len(target) - len(pairs[last])] + fixes[last]
        fixes[word] = better if fixes[last] and better in lexicon.nb.entries else ""
    result = {**pairs, **fixes}
    return {word: target for word, target in result.items() if target}


def _derived(text: str) -> dict[str, str]:
    rows = (line.split("\t") for line in text.splitlines())
    return {row[0]: row[1] for row in rows if row[0] and not row[0].startswith("#")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="skriv rettelsene, endre ingenting")
    args = parser.parse_args(argv)
    path = OUT / "nn_nb.tsv"
    text = path.read_text(encoding="utf-8")
    own, _, parallel = text.partition(_HEADER)
    lexicon = load_lexicon(OUT)
    if lexicon is None:
        print(f"fant ikke ordboken i {OUT}", file=sys.stderr)
        return 1
    pairs = _derived(own)
    new = corrected(lexicon, pairs)
    changed = sorted(set(pairs) | set(new))
    if args.list:
        for word in changed:
            if pairs.get(word) != new.get(word):
                print(f"{word}\t{pairs.get(word, '-')}\t{new.get(word, '-')}")
        return 0
    header = [line for line in own.splitlines() if line.startswith("#")]
    lines = [*header, *(f"{k}\t{v}" for k, v in sorted(new.items()))]
    if parallel:
        lines.append(_HEADER + parallel.rstrip("\n"))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    moved = sum(1 for w in changed if pairs.get(w) != new.get(w))
    print(
        f"nynorsk -> bokmål rettet etter sammensatte ord og gjennomgått liste: {moved}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
