"""Norwegian text for matching: normalising, tokens, light stemming and compound splitting.

Bokmål and nynorsk are read alike: spelling variants from the vocabulary map nynorsk and older
forms to one standard ("tenester" -> "tjenester", "veg" -> "vei"), and the stemmer removes the
inflection endings of both ("-ar"/"-er", "-ane"/"-ene"). A compound is split into known parts
("renholdstjenester" -> renhold + tjeneste); its last part, the *head*, says what is bought.

A word becomes a *key*: the stems of its parts joined with "+" ("renhold+tjenest"). Text from
the plans and the terms in the vocabulary go through the same analysis, so the keys compare.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

__all__ = [
    "AnalysedText",
    "Analyzer",
    "Token",
    "WordRules",
    "normalise",
    "stem",
]

#: Inflection endings, longest first. Bokmål and nynorsk.
_SUFFIXES: Final = (
    "hetene",
    "ingane",
    "ingene",
    "heten",
    "heter",
    "ingar",
    "ingen",
    "inger",
    "elsen",
    "elser",
    "endes",
    "ende",
    "ande",
    "else",
    "ing",
    "ene",
    "ane",
    "er",
    "en",
    "et",
    "ar",
    "a",
    "e",
)
_MIN_STEM: Final = 3
_VOWELS: Final = frozenset("aeiouyæøå")

_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212"), "-")
_BIG_DASHES: Final = dict.fromkeys(map(ord, "\u2013\u2014\u2015"), " – ")
_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:-[^\W_]*)*|[()\[\]:;–/,.]", re.UNICODE)
_BOUNDARIES: Final = frozenset("()[]:;–")


def normalise(text: str) -> str:
    """NFKC, one kind of hyphen and dash, single spaces; case is kept."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).translate(_BIG_DASHES)
    text = re.sub(r"\s-\s", " – ", text)
    return " ".join(text.split())


def stem(word: str) -> str:
    """Light stem of one lower-case word (no compound splitting)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    # contracted "-el" plurals: sykkel/sykler, møbel/møbler, middel/midler
    if len(word) > 4 and word.endswith("el") and word[-3] not in _VOWELS:
        word = word[:-2] + "l"
        if word[-2] == word[-3] and word[-2] not in _VOWELS:
            word = word[:-2] + "l"
    return word


@dataclass(frozen=True, slots=True)
class WordRules:
    """The word lists the analysis needs (see resources/vocabulary/README.md)."""

    stopwords: frozenset[str]
    variants: dict[str, str]
    lexicon: frozenset[str]
    no_split: frozenset[str]
    particles: frozenset[str]
    short_prefixes: frozenset[str]
    linking_letters: tuple[str, ...]
    inflection_fragments: frozenset[str]
    beneficiary_prepositions: frozenset[str]


@dataclass(frozen=True, slots=True)
class Token:
    """One content word of a text."""

    surface: str
    key: str
    parts: tuple[str, ...]
    main: bool
    weight: float
    proper: bool


@dataclass(frozen=True, slots=True)
class AnalysedText:
    tokens: tuple[Token, ...]
    #: Lower-case words before stopwords were removed (for markers such as "ny", "rammeavtale").
    words: frozenset[str]


class Analyzer:
    """Turns text into tokens; caches what it has seen (plans repeat their words)."""

    def __init__(self, rules: WordRules, extra_lexicon: Iterable[str] = ()) -> None:
        self.rules = rules
        words = set(rules.lexicon)
        words.update(w for w in extra_lexicon if len(w) >= 2)
        self._surface_lexicon: frozenset[str] = frozenset(words)
        self._stem_lexicon: frozenset[str] = frozenset(self._stem(w) for w in words)
        self._word_cache: dict[str, tuple[str, tuple[str, ...]]] = {}

    # --- words --------------------------------------------------------------------------

    def _variant(self, word: str) -> str:
        return self.rules.variants.get(word, word)

    def _stem(self, word: str) -> str:
        base = stem(self._variant(word))
        return self.rules.variants.get(base, base)

    def known(self, word: str) -> bool:
        """True when the word (or its stem) is in the lexicon."""
        return word in self._surface_lexicon or self._stem(word) in self._stem_lexicon

    def _modifier_ok(self, part: str) -> bool:
        if part in self.rules.particles or part in self.rules.stopwords:
            return False
        if len(part) < _MIN_STEM and part not in self.rules.short_prefixes:
            return False
        if self.known(part):
            return True
        return any(
            part.endswith(link) and len(part) - len(link) >= _MIN_STEM and self.known(part[:-1])
            for link in self.rules.linking_letters
        )

    def _head_ok(self, part: str) -> bool:
        return len(part) >= _MIN_STEM and part not in self.rules.particles and self.known(part)

    def split(self, word: str) -> tuple[str, ...]:
        """Surface parts of a compound ("renholdstjenester" -> ("renholds", "tjenester"))."""
        return _split(self, word)

    def word(self, word: str) -> tuple[str, tuple[str, ...]]:
        """Key and part stems of one lower-case word."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        surface = self._variant(word)
        pieces = [p for p in surface.split("-") if p]
        parts: list[str] = []
        for index, piece in enumerate(pieces):
            if index > 0 and piece in self.rules.inflection_fragments:
                continue  # "PC-er", "IKT-en"
            piece = self._variant(piece)
            pieces_parts = self.split(piece)
            for number, part in enumerate(pieces_parts):
                if number < len(pieces_parts) - 1:
                    part = _strip_link(part, self)
                stemmed = self._stem(part)
                if stemmed and stemmed not in self.rules.stopwords:
                    parts.append(stemmed)
        result = ("+".join(parts), tuple(parts))
        self._word_cache[word] = result
        return result

    # --- texts --------------------------------------------------------------------------

    def analyse(
        self,
        text: str,
        *,
        weight: float = 1.0,
        extra_stopwords: frozenset[str] = frozenset(),
        allow_main: bool = True,
    ) -> AnalysedText:
        """Content tokens of a text, each marked main (what is bought) or not.

        Not main: text in parentheses, and text after a preposition such as "til", "for" or
        "ved" that follows the first content word (who or where it is for, "Møbler til
        barnehage"), up to the next dash, colon or parenthesis.
        """
        raw = _TOKEN_RE.findall(normalise(text))
        title_case = _is_title_case(raw)
        tokens: list[Token] = []
        words: set[str] = set()
        depth = 0
        beneficiary = False
        content_seen = False
        segment_start = True
        for item in raw:
            if item in _BOUNDARIES or item == "/":
                if item in "([":
                    depth += 1
                elif item in ")]":
                    depth = max(0, depth - 1)
                if item != "/":
                    beneficiary = False
                    content_seen = False
                segment_start = True
                continue
            if item in ",.":
                segment_start = item == "."
                continue
            lower = item.lower()
            words.add(lower)
            starts = segment_start
            segment_start = False
            if lower in self.rules.beneficiary_prepositions and content_seen:
                beneficiary = True
                continue
            if lower in self.rules.stopwords or lower in extra_stopwords or not lower[0].isalpha():
                continue
            key, parts = self.word(lower)
            if not key:
                continue
            content_seen = True
            proper = (
                not starts
                and not title_case
                and item[0].isupper()
                and not item.isupper()
                and lower not in self._surface_lexicon
                and self._stem(lower) not in self._stem_lexicon
            )
            main = allow_main and depth == 0 and not beneficiary
            token_weight = weight * (1.0 if main else 0.5)
            tokens.append(Token(lower, key, parts, main, token_weight, proper))
        return AnalysedText(tuple(tokens), frozenset(words))


def _strip_link(part: str, analyzer: Analyzer) -> str:
    """A modifier without its linking "s": "renholds" -> "renhold" ("brøyte" keeps its -e,
    which the stemmer takes)."""
    if part.endswith("s") and not part.endswith("ss") and len(part) > 4:
        base = part[:-1]
        if analyzer.known(base):
            return base
    return part


def _split(analyzer: Analyzer, word: str) -> tuple[str, ...]:
    """Fewest known parts that make up ``word``; the word itself when it cannot be split."""
    if word in analyzer.rules.no_split or len(word) < 2 * _MIN_STEM:
        return (word,)
    best: dict[int, tuple[str, ...] | None] = {len(word): ()}
    # best[i]: fewest parts for word[i:], the last of them a valid head
    for start in range(len(word) - 1, -1, -1):
        options: list[tuple[str, ...]] = []
        rest_head = word[start:]
        if start > 0 and analyzer._head_ok(rest_head):
            options.append((rest_head,))
        for end in range(start + 2, len(word) - _MIN_STEM + 1):
            tail = best.get(end)
            if not tail:
                continue
            piece = word[start:end]
            if analyzer._modifier_ok(piece):
                options.append((piece, *tail))
        best[start] = min(options, key=lambda o: (len(o), -len(o[-1]))) if options else None
    # the whole word: split only into two or more parts
    whole: list[tuple[str, ...]] = []
    for end in range(2, len(word) - _MIN_STEM + 1):
        tail = best.get(end)
        piece = word[:end]
        if tail and analyzer._modifier_ok(piece):
            whole.append((piece, *tail))
    if not whole:
        return (word,)
    chosen = min(whole, key=lambda o: (len(o), -len(o[-1])))
    # split the parts further, so a compound splits the same inside a longer one
    result: list[str] = []
    for number, part in enumerate(chosen):
        base = _strip_link(part, analyzer) if number < len(chosen) - 1 else part
        inner = _split(analyzer, base)
        result.extend(inner if len(inner) > 1 else (part,))
    return tuple(result)


def _is_title_case(raw: list[str]) -> bool:
    words = [w for w in raw if w[0].isalpha() and len(w) > 3]
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)
