"""Kinds of evidence that look shared on real plan text but are not.

Found by reading the unrelated pairs that grouped in ``scripts/probe_real_precision.py`` (titles
real buyers wrote, Doffin 2020):

* **A system for a need is not the need** ("Driftssystem for renovasjon" / "Renovasjonstjenester",
  "Fagsystem for barnevern" / "Barnevernstjenester"). A line whose main words begin with a word
  that only says "a system" ("fagsystem", "driftssystem", "system": generic words whose last
  part is one of the vocabulary's ``system_heads``) buys software; the need words after it say
  what the software is for. Written as one compound ("barnevernssystem") the engine already
  knows this (``evidence.tails_apart``: "lønnssystem" / "lønnstjenester"); ``system_for`` gives
  the split form the same marks, so "system for X" meets "X-tjenester" as "X-system" does, and
  still meets "X-system" and "fagsystem X" as one need.

* **A place name is no need word**: Norway's place names that are no dictionary word are read as
  names (``national_places``), not as compounds of the words they look like.

* **One reading of a line read as two needs** ("Ryggsprøyter og utstyr til ugrasbekjempelse":
  medical consumables by "sprøyter", weed control; "Trykking av bygdebok": printing, a local
  history book). Against a line of only one of them, with no word in common, the shared need
  is one reading among two, often of a look-alike word: ``two_needs`` marks such lines, and
  scoring lowers those pairs as it does a known need against an unknown one. Two needs of one
  CPV division (gloves and bandages) are one list of goods, not two readings; goods beside a
  shared service or works need are what it is done on ("Vask av arbeidstøy", "Relining av
  avløpsrør": ``one_reading``).

* **The plan's own code chooses a reading** ("Revisjon av beredskapsplanen" under a code of
  civil defence; "Dishwasher tablets" under a code of cleaning agents): of a line read as two
  needs, the one its written code belongs to is what the plan meant, and a need it shares with
  another line only by its other reading is lowered (``other_reading``; per pair, for the few
  pairs of lines read as more than one need).

All others are worked out per line (cheap look-ups), never per pair.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import is_code8
from kommunesamarbeid.core.overlap.analysis_store import AnalysisKey, normalised
from kommunesamarbeid.core.overlap.evidence import SYSTEM_TAIL, UNTAILED, shared_marks

Bool = npt.NDArray[np.bool_]
Float = npt.NDArray[np.float32]
Int = npt.NDArray[np.int64]

if TYPE_CHECKING:
    from kommunesamarbeid.core.municipality_register import MunicipalityFact
    from kommunesamarbeid.core.overlap.lexicon import Lexicon
    from kommunesamarbeid.core.overlap.line_features import LineFeatures
    from kommunesamarbeid.core.overlap.model import MatchLine
    from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token
    from kommunesamarbeid.core.overlap.vocabulary import Family

__all__ = [
    "PlaceWords",
    "code_only_need",
    "disjoint_specifics",
    "meet_only_broadly",
    "national_places",
    "one_reading",
    "other_reading",
    "own_words",
    "site_bound_only",
    "sub_needs",
    "system_for",
    "system_word",
    "two_needs",
    "words_of_their_own",
]

Marks = tuple[tuple[bool, ...], tuple[int, ...]]
_NAME_WORDS: Final = re.compile(r"[^\W\d_]+")
#: A word cut short with a full stop ("serv.", "Med. forbr.matr.").
_CUT: Final = re.compile(r"[^\W\d_]\.")
_NO_PLACES: Final[frozenset[str]] = frozenset()
_GOODS: Final = frozenset({"supplies"})


def _system_bits(token: Token, tail_bits: Mapping[str, int]) -> int:
    """Whether a main word says only "a system" (a generic word whose last part is a system
    word: "fagsystem", "driftssystem"), as its tail bits; 0 for any other word."""
    if not token.main or not token.generic or token.proper or token.acronym:
        return 0
    bits = tail_bits.get(token.parts[-1], 0)
    return bits if bits & SYSTEM_TAIL else 0


def system_word(tokens: Sequence[Token], tail_bits: Mapping[str, int]) -> Token | None:
    """The first main word that only says "a system" ("Fagsystem", "Driftssystem"), when the
    need words of its segment follow it; None when there is none."""
    for number, token in enumerate(tokens):
        if _system_bits(token, tail_bits) and any(
            t.main and not t.generic and t.segment == token.segment for t in tokens[number + 1 :]
        ):
            return token
    return None


def system_for(
    tokens: Sequence[Token], heads: Sequence[str], marks: Marks, tail_bits: Mapping[str, int]
) -> Marks:
    """``marks`` (``evidence.head_marks``) with the heads written after a system word of their
    segment marked as a system's ("Driftssystem for renovasjon": «renovasjon» as in
    "renovasjonssystem"); the same marks when the line has no such word."""
    first = system_word(tokens, tail_bits)
    if first is None:
        return marks
    in_compounds, tails = marks
    start = tokens.index(first)
    after = {
        part
        for token in tokens[start + 1 :]
        if token.main and not token.generic and token.segment == first.segment
        for part in token.parts
    }
    changed = tuple(
        (tail & ~UNTAILED) | SYSTEM_TAIL if head in after else tail
        for head, tail in zip(heads, tails, strict=True)
    )
    if changed == tails:
        return marks
    return in_compounds, shared_marks(changed)


def national_places(register: Iterable[MunicipalityFact], senses: Lexicon | None) -> frozenset[str]:
    """The words of Norway's municipality, administrative centre and county names (the
    national list, ``municipality_register``) that are no word of the dictionaries: read as
    words they are compounds of other words ("Stavanger" ends in "anger", "Lillestrøm" in
    "strøm", "Romsdal" starts with "rom"), so detection reads them as place names, as it reads
    the names of the run's own municipalities. A name that is a word too ("Gran", "Time",
    "Moss") is left to be read as the word. Empty when the dictionaries are missing."""
    if senses is None:
        return frozenset()
    words = {
        word
        for fact in register
        for name in (fact.name, fact.name_no, fact.admin_centre, fact.county)
        for word in _NAME_WORDS.findall(name.lower())
    }
    return frozenset(w for w in words if len(w) >= 3 and senses.lemma(w) is None)


class PlaceWords:
    """A text's words and the ``national`` place names among them, kept by the text (at most
    ``bound`` texts: the cache starts over when it is full); and each line's analysis key
    (``key``), kept by the line's written fields (at most ``keys_bound``)."""

    def __init__(self, national: frozenset[str], bound: int, keys_bound: int) -> None:
        self._national = national
        self._bound = bound
        self._cache: dict[tuple[str, str], tuple[tuple[str, ...], frozenset[str]]] = {}
        self._keys_bound = keys_bound
        #: ``key`` by a line's written fields (description, details, code), for the place
        #: names ``_key_places``: a run on stored analyses asks twice for each line (the names
        #: of its analyses in the store, then the reading), and plans repeat their wording
        self._keys: dict[tuple[str, str, str | None], AnalysisKey] = {}
        self._key_places: frozenset[str] = _NO_PLACES

    def key(self, line: MatchLine, place_names: frozenset[str]) -> AnalysisKey:
        """What the analysis of a line depends on: its normalised words, the CPV code its plan
        wrote, and the place names among its words (``place_names``: the run's municipalities'
        names)."""
        if place_names is not self._key_places:  # (one set for all the lines of a run)
            if place_names != self._key_places:
                self._keys.clear()
            self._key_places = place_names
        fields = (line.description, line.details, line.cpv)
        found = self._keys.get(fields)
        if found is not None:
            return found
        written = line.cpv if line.cpv is not None and is_code8(line.cpv) else None
        description, details = normalised(line.description), normalised(line.details)
        words, places = self(description, details)
        if not place_names.isdisjoint(words):  # (most lines name no municipality of the run)
            places = places | {w for w in words if w in place_names}
        key = (description, details, written, places)
        if len(self._keys) > self._keys_bound:
            self._keys.clear()
        self._keys[fields] = key
        return key

    def forget_keys(self) -> None:
        """Let go of the lines' keys (a run's are many: kept only until its end)."""
        self._keys.clear()

    def __call__(self, description: str, details: str) -> tuple[tuple[str, ...], frozenset[str]]:
        """The words of a normalised text (description and details) and its national place
        names (an empty set shared by all texts without one)."""
        text = (description, details)
        found = self._cache.get(text)
        if found is None:
            words = tuple(_NAME_WORDS.findall(f"{description} {details}".lower()))
            national = self._national
            found = (words, frozenset(w for w in words if w in national) or _NO_PLACES)
            if len(self._cache) > self._bound:
                self._cache.clear()
            self._cache[text] = found
        return found


def two_needs(
    line: LineFeatures, related: Callable[[int, int], bool], families: Sequence[Family]
) -> bool:
    """The line's words read it as two needs neither of which is the other's, nor of one CPV
    division (gloves and bandages are both medical goods: one list of goods)."""
    own = line.families
    if line.family_from_code or len(own) < 2:
        return False
    divisions = [{code[:2] for code in families[f].cpv} for f in own]
    return any(
        not related(x, y) and divisions[i].isdisjoint(divisions[j])
        for i, x in enumerate(own)
        for j, y in enumerate(own[i + 1 :], start=i + 1)
    )


def one_reading(first: LineFeatures, second: LineFeatures, families: Sequence[Family]) -> bool:
    """Of two lines one of which ``two_needs`` marks: the need they share is only one reading
    of it, not a service or works need whose other needs are only goods it is done on ("Vask
    av arbeidstøy og sengetøy": laundry, and work clothes washed)."""
    shared = set(first.families) & set(second.families)
    extra = set(first.families) ^ set(second.families)
    if not shared or not extra:
        return False
    goods = {"supplies"}
    if all(families[f].kinds == goods for f in extra):
        return all(families[f].kinds == goods for f in shared)
    return True


def other_reading(
    first: LineFeatures,
    second: LineFeatures,
    related: Callable[[int, int], bool],
    families: Sequence[Family],
) -> LineFeatures | None:
    """Of two lines that share a need, the one read as another need too, apart from it and
    from the other line's needs, whose plan wrote a code of that other reading, not of the
    shared need ("Revisjon av beredskapsplanen" under a code of civil defence: revising a
    plan, not an audit), while the other plan wrote no code of that reading; None when there
    is none. The shared need is then the reading the plan did not mean."""
    if _code_of_other(first, second, related, families):
        return first
    return second if _code_of_other(second, first, related, families) else None


def _code_of_other(
    line: LineFeatures,
    other: LineFeatures,
    related: Callable[[int, int], bool],
    families: Sequence[Family],
) -> bool:
    code = line.cpv
    if line.cpv_source != "written" or not code or line.family_from_code:
        return False
    shared = set(line.families) & set(other.families)
    extra = [
        f
        for f in line.families
        if f not in shared and not any(related(f, g) for g in (*shared, *other.families))
    ]
    if not shared or not extra:
        return False
    # (goods of two needs are one list of goods: "Sykepleieartikler og engangshansker"; goods
    # beside a shared service are what it is done on, whatever code the plan wrote for them:
    # "Flytting av inventar" under a code of furniture is moving, as ``one_reading`` reads it)
    if all(families[f].kinds == _GOODS for f in extra):
        return False
    division = code[:2]

    def of(needs: Iterable[int]) -> bool:
        return any(c[:2] == division for f in needs for c in families[f].cpv)

    if not of(extra) or of(shared):
        return False
    return not (other.cpv_source == "written" and (other.cpv or "")[:2] == division)


def site_bound_only(line: LineFeatures, families: Sequence[Family]) -> bool:
    """The line's words read it only as needs bound to one place ("Leie av lokaler": one
    municipality's premises): two such lines are never one tender, as two one-off projects."""
    own = line.families
    return bool(own) and not line.family_from_code and all(families[f].site_bound for f in own)


def sub_needs(
    first: LineFeatures, second: LineFeatures, ancestors: Sequence[frozenset[int]]
) -> bool:
    """The two lines are in different needs that are both parts of one wider need ("vikarer
    for helsepersonell" / "vikarer til skole og barnehage", both "vikar- og
    bemanningstjenester"): the words they share are the wider need's, and say no more than
    it, however alike the texts are."""
    own, other = set(first.families), set(second.families)
    if not own or not other or not own.isdisjoint(other):
        return False
    above = set().union(*(ancestors[f] for f in own))
    return not above.isdisjoint(set().union(*(ancestors[f] for f in other)))


def meet_only_broadly(
    first: LineFeatures,
    second: LineFeatures,
    broad: Sequence[bool],
    related: Callable[[int, int], bool],
) -> bool:
    """The two lines meet only in a broad need (one they share, or one's broad need is the
    other's parent), and each is also read as a need that is not broad, apart from the
    other's ("Verktøy for ROS-analyse": software, and emergency planning; "Verktøy for
    innkjøpsanalyse": spend analysis software): the broad need is only the wide word they
    share, and the needs they are about differ."""
    own = [f for f in first.families if not broad[f]]
    other = [f for f in second.families if not broad[f]]
    if not own or not other or not set(own).isdisjoint(other):
        return False
    return not any(related(x, y) for x in own for y in other)


def disjoint_specifics(first: LineFeatures, second: LineFeatures) -> bool:
    """Two lines only in broad needs, each about something the other does not name."""
    return first.specific_keys.isdisjoint(second.specific_keys)


def words_of_their_own(line: LineFeatures, analyzer: Analyzer) -> bool:
    """A line whose need family is read only from its plan's code, while its own words are
    whole words of the dictionaries that name something ("Personal safety alarms for home care
    clients" under a code of alarm monitoring): what the words name may be another need than
    the code's. Not a line of names, acronyms, generic words or words cut short ("Avtale
    Securitas", "MFP-leie m/ serv."): there the code is all that says what is bought."""
    lexicon = analyzer.lexicon
    if not line.family_from_code or lexicon is None or _CUT.search(line.line.description):
        return False
    own = own_words(line.line.description, analyzer)
    return bool(own) and all(lexicon.lemma(p) is not None for t in own for p in t.parts)


def own_words(description: str, analyzer: Analyzer) -> list[Token]:
    """The words of a text that name what it is about: its main words, not generic words,
    names or acronyms (what ``words_of_their_own`` weighs and the reason quotes)."""
    return [
        t
        for t in analyzer.analyse(description).tokens
        if t.main and not t.generic and not t.proper and not t.acronym
    ]


def code_only_need(
    own: Bool,
    codes: tuple[Int, Bool],
    a: Int,
    b: Int,
    words: tuple[Bool, Bool],
    same: Float,
    head: Float,
    text: Float,
) -> Bool:
    """Pairs (a[k], b[k]) that share a need (``same``) only because one line's code names it
    (``own``: per line, ``words_of_their_own``) and the other's words do (``words``: per pair,
    a need read from each line's words), with no word in common, and whose plans did not both
    write the same code (``codes``: per line, the code and whether the plan wrote it): the
    code already counts as the codes' agreement, so the need counts as a related one, not as
    the same one. The same code written by both plans ("Avregningsutstyr for abonnenter" /
    "Vannmålere", both under the code of water meters) is the most a code can say, and keeps
    the need."""
    code, written = codes
    found: Bool = (own[a] & words[1]) | (own[b] & words[0])
    found &= (same > 0) & (head <= 0) & (text <= 0)
    found &= ~(written[a] & written[b] & (code[a] == code[b]))
    return found
