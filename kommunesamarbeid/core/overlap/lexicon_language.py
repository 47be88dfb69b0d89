"""The inflection data of one written standard (bokmål or nynorsk) in the word-sense lexicon:
headwords with their inflection flags and the rules that make word forms of them, read from
``scripts/build_lexicon.py``'s files; which headwords a word form is a form of."""

from __future__ import annotations

import operator
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from .lexicon_files import columns as _columns
from .lexicon_files import data_text as _data_text

__all__ = [
    "COMPOUND_FLAG",
    "IRREGULAR_ADJECTIVES",
    "IRREGULAR_COMPARISON",
    "MIN_PART",
    "Language",
    "read_language",
]

#: The fewest letters of a compound's part, and of a stem a rule leaves.
MIN_PART: Final = 3
#: Words whose headwords are kept per written standard (cleared when full: memory stays flat).
_LEMMAS_CACHE: Final = 200_000
#: Endings only a flag of adjectives ("-e", "-t") or verbs makes (``Language.listed_form``).
_WORD_CLASS_ENDINGS: Final = ("e", "t")
#: The ending of an adjective's comparative ("bærbar-ere"): only adjectives are flagged so.
_COMPARATIVE_ENDING: Final = "ere"
#: The flag of a headword that may start a compound.
COMPOUND_FLAG: Final = "z"
#: Adjectives whose comparison is irregular or suppletive, in bokmål and nynorsk (a closed
#: class of the grammar): the dictionaries list their comparatives as words of their own
#: ("større", "mindre") or not at all, so no flag makes a comparative of them.
IRREGULAR_ADJECTIVES: Final = frozenset(
    {"stor", "liten", "god", "vond", "ille", "gammel", "gamal", "lang", "ung", "tung", "låg", "få"}
)
#: Their comparatives and superlatives, read as the adjective ("større" is no plural of
#: "stører"). Not "eldre" (also the elderly, "eldreomsorg"), "best" or "flere".
IRREGULAR_COMPARISON: Final = {
    **dict.fromkeys(("større", "størst"), "stor"),
    **dict.fromkeys(("mindre", "minst"), "liten"),
    **dict.fromkeys(("bedre", "betre"), "god"),
    **dict.fromkeys(("verre", "verst"), "vond"),
    **dict.fromkeys(("lengre", "lengst"), "lang"),
    **dict.fromkeys(("yngre", "yngst"), "ung"),
    **dict.fromkeys(("tyngre", "tyngst"), "tung"),
    **dict.fromkeys(("lægre", "lægst"), "låg"),
    **dict.fromkeys(("færre", "færrest"), "få"),
}
_Condition = re.Pattern[str] | None


@dataclass(slots=True)
class Language:
    entries: dict[str, str]
    #: ending added -> [(flag, strip, condition)]
    rules: dict[str, list[tuple[str, str, re.Pattern[str] | None]]]
    longest: int
    #: Flags of the definite singular ("-en", "-et"): a headword with one is a lemma itself,
    #: not only a listed form of another ("vikar" is a word; "møbler" is the plural of "møbel").
    base_flags: frozenset[str] = frozenset()
    #: the first three letters of every headword (a headword can only start so)
    starts: frozenset[str] = frozenset()
    _lemmas_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: last letter -> the lengths of the endings that end in it, shortest first (a word is
    #: only cut where some ending could be)
    _cuts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: flags that make no adjective or verb forms ("-e", "-t"): the one flag of a listed
    #: form (``listed_form``) is one of these
    _form_flags: frozenset[str] = frozenset()
    #: flags that make an adjective's comparative (``adjective``)
    _comparative_flags: frozenset[str] = frozenset()
    #: ending -> its rules by what they strip: (strip, ((rule's place, flag, condition), ...)),
    #: so each headword a rule could give is looked up once
    _by_strip: dict[str, tuple[tuple[str, tuple[tuple[int, str, _Condition], ...]], ...]] = field(
        default_factory=dict
    )

    def __post_init__(self) -> None:
        made_words = {f for add in _WORD_CLASS_ENDINGS for f, _, _ in self.rules.get(add, ())}
        every = {f for rules in self.rules.values() for f, _, _ in rules}
        self._form_flags = frozenset(every - made_words - {COMPOUND_FLAG})
        self._comparative_flags = frozenset(
            f for f, _, _ in self.rules.get(_COMPARATIVE_ENDING, ())
        )
        cuts: dict[str, set[int]] = {}
        for ending in self.rules:
            cuts.setdefault(ending[-1], set()).add(len(ending))
        self._cuts = {last: tuple(sorted(found)) for last, found in cuts.items()}
        for ending, rules in self.rules.items():
            by_strip: dict[str, list[tuple[int, str, _Condition]]] = {}
            for place, (flag, strip, cond) in enumerate(rules):
                by_strip.setdefault(strip, []).append((place, flag, cond))
            self._by_strip[ending] = tuple((k, tuple(v)) for k, v in by_strip.items())

    def is_base(self, word: str) -> bool:
        flags = self.entries.get(word, "")
        return not flags.startswith("=") and not self.base_flags.isdisjoint(flags)

    def adjective(self, word: str) -> bool:
        """A headword that is an adjective and no noun ("bærbar", "stor"; not "vakt", a noun
        too)."""
        flags = self.entries.get(word, "=")
        comparative = word in IRREGULAR_ADJECTIVES or not self._comparative_flags.isdisjoint(flags)
        return comparative and not flags.startswith("=") and not self.is_base(word)

    def listed_form(self, word: str) -> bool:
        """The word may be an inflected form the dictionary lists whole ("skytefelta",
        "omfanget", "biblioteka"), no headword of its own: it has no flag, or only one that
        makes no adjective or verb forms and is not the compound flag (a headword has its
        inflection flags, and most the compound flag; "drikkevann" has the "-et" of nouns,
        "velkommen" the "-t" of adjectives)."""
        flags = self.entries.get(word)
        return flags is not None and (not flags or flags in self._form_flags)

    def lemmas(self, word: str) -> list[str]:
        """The headwords ``word`` is a form of (a new list: callers may extend it)."""
        cached = self._lemmas_cache.get(word)
        if cached is None:
            cached = tuple(self._lemmas(word))
            if len(self._lemmas_cache) > _LEMMAS_CACHE:
                self._lemmas_cache.clear()
            self._lemmas_cache[word] = cached
        return list(cached)

    def lemmas_uncached(self, word: str) -> list[str]:
        """``lemmas``, a new answer not kept (for strings that are mostly no words)."""
        return list(self._lemmas_cache.get(word, ())) or self._lemmas(word)

    def _lemmas(self, word: str) -> list[str]:
        found: list[str] = []
        entries = self.entries
        own = entries.get(word)
        if own is not None:
            found.append(own[1:] if own.startswith("=") else word)
        most = len(word) - 1
        # a headword a rule gives starts as the word does when the rule leaves three letters
        # or more: when no headword starts so, only the longer endings can give one
        fewest = 0 if word[:MIN_PART] in self.starts else len(word) - MIN_PART + 1
        by_strip = self._by_strip
        for cut in self._cuts.get(word[-1:], ()):
            if cut > most:
                break
            if cut < fewest:
                continue
            ending = by_strip.get(word[-cut:])
            if ending is None:
                continue
            stem = word[:-cut]
            hits: list[tuple[int, str]] = []
            for strip, checks in ending:
                base = stem + strip
                flags = entries.get(base)
                if flags is None:
                    continue
                for place, flag, cond in checks:
                    if flag in flags and (cond is None or cond.search(base)):
                        hits.append((place, base))
            if len(hits) > 1:
                hits.sort()  # in the order of the rules, as they were always tried
            found.extend(base for _, base in hits)
        return found


#: A line of an inflection rule in the lexicon's files.
_RULE_LINE: Final = re.compile(r"^R\t[^\n]*(?:\n|\Z)", re.MULTILINE)
_FIRST_LETTERS: Final = operator.itemgetter(slice(None, MIN_PART))


def read_language(path: Path) -> Language:
    text = _data_text(path)
    rules: dict[str, list[tuple[str, str, re.Pattern[str] | None]]] = {}
    for raw in _RULE_LINE.findall(text):
        _, flag, strip, add, cond = raw.rstrip("\n").split("\t")
        pattern = None if cond == "." else re.compile(f"(?:{cond})$")
        rules.setdefault("" if add == "0" else add, []).append(
            (flag, "" if strip == "0" else strip, pattern)
        )
    heads, flags = _columns(_RULE_LINE.sub("", text), 2)
    # a few thousand distinct flag sets, each kept once
    entries = dict(zip(heads, map(sys.intern, flags), strict=True))
    rules.pop("", None)
    longest = max((len(k) for k in rules), default=0)
    base = frozenset(flag for add in ("en", "n", "et") for flag, _, _ in rules.get(add, ()))
    starts = frozenset(map(_FIRST_LETTERS, entries))
    return Language(entries, rules, longest, base, starts)
