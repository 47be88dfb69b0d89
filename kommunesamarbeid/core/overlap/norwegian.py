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
from typing import Final, NamedTuple

from kommunesamarbeid.core.overlap import surface_split as surface
from kommunesamarbeid.core.overlap.abbreviations import (
    CUT_DOMINATES,
    Truncations,
    capital_cut,
    cut_without_stop,
    read_dotted,
)
from kommunesamarbeid.core.overlap.english import (
    english_marked,
    english_reading,
    english_stem,
    english_text,
    joined_english,
    norwegian_marked,
    split_in_text,
)
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.split_forms import suspended_heads
from kommunesamarbeid.core.overlap.surface_split import MIN_STEM, split_surface, strip_link
from kommunesamarbeid.core.overlap.typos import TypoReader

__all__ = [
    "AnalysedText",
    "Analyzer",
    "Token",
    "WordRules",
    "normalise",
    "stem",
]

#: Inflection endings (tried longest first). Bokmål and nynorsk. Only for words the lexicon
#: does not know; never derivational endings ("-ing", "-else", "-ende"), which make another word.
_SUFFIXES: Final = frozenset(("ene", "ane", "er", "en", "et", "ar", "a", "e"))
#: Analysed texts kept (then the cache starts over): a line's whole analysis is kept by its
#: text elsewhere, so this only spares the re-reading of texts within one step of a run.
_TEXT_CACHE: Final = 20_000
#: A cut this short that is read as no word says nothing by itself (``_short_cut``).
_SHORT_CUT: Final = 2
_VOWELS: Final = frozenset("aeiouyæøå")
#: Items of texts whose reading by itself is kept (then the cache starts over).
_ITEM_CACHE: Final = 20_000
#: What an item is by itself (``Analyzer._item``).
_CONTENT: Final = 0
_PREPOSITION: Final = 1
_STOPWORD: Final = 2
#: A word before a full stop this common (Zipf) is a word, not a truncation ("lev." is one).
_TRUNCATED_BELOW: Final = 3.0

_DASHES: Final = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2212"), "-")
_ODD_DASHES: Final = re.compile("[\u2010\u2011\u2012\u2212]")
#: A hyphen with a space after it (``_DASH_APART`` finds no other hyphen).
_HYPHEN_APART: Final = re.compile(r"-(?=\s)")
_LETTERS: Final = re.compile(r"[^\W\d_]+")
#: A compound cut in both parts ("forbr.mat.", "hj.tj.") or in its first ("hj.midler").
_DOTTED: Final = re.compile(r"[^\W\d_]{2,}\.[^\W\d_]{2,}")
#: The shortest listed word a short prefix ("el", "tv") stands before in one word.
_MIN_PREFIXED_REST: Final = 5
#: An acronym of capitals with a small plural "s" ("AEDs", "PCs").
_ACRONYM_PLURAL: Final = re.compile(r"[A-ZÆØÅ]{2,5}s")
#: The items of a text with no full stop (``_TOKEN_RE`` without its dotted forms: half as
#: costly, and most texts have none).
_PLAIN_TOKEN_RE: Final = re.compile(r"[^\W_]+(?:-[^\W_]*)*|[()\[\]:;–/,.]")
_TOKEN_RE: Final = re.compile(
    r"[^\W\d_]{2,}\.[^\W\d_]{2,}(?=\.)|[^\W\d_]{2,}\.[^\W\d_]{3,}(?![\w.-])|"
    + _PLAIN_TOKEN_RE.pattern,
)
_BOUNDARIES: Final = frozenset("()[]:;–")
_DASH_IN_WORD: Final = re.compile(r"(?<=\w)[\u2013\u2014\u2015](?=\w)")
_DASH_APART: Final = re.compile(r"[\u2013\u2014\u2015]|(?<=\s)-(?=\s)|(?<=\w)-(?=\s)(?!\s*og\b)")


#: Prepositions written as a letter and a slash ("f/ ansatte", "m/ sjåfør", "u/ mva").
_SLASHED: Final = re.compile(r"(?<![^\W\d_])([fFmMuUtT])/(?=\s|[^\W\d_])")
_SLASHED_WORDS: Final = {"f": "for ", "m": "med ", "u": "uten ", "t": "til "}


def normalise(text: str) -> str:
    """NFKC, one kind of hyphen and dash, single spaces, prepositions written short spelt out
    ("f/" is "for"); case is kept."""
    text = unicodedata.normalize("NFKC", text)
    if _ODD_DASHES.search(text):
        text = text.translate(_DASHES)
    if "/" in text:
        text = _SLASHED.sub(lambda m: _SLASHED_WORDS[m.group(1).lower()], text)
    if "\u2013" in text or "\u2014" in text or "\u2015" in text:
        # a dash between words is a hyphen ("IKT–utstyr"); with a space beside it, a separator
        text = _DASH_IN_WORD.sub("-", text)
        text = _DASH_APART.sub(" – ", text)
    elif "-" in text and _HYPHEN_APART.search(text):
        text = _DASH_APART.sub(" – ", text)  # only a hyphen with a space after it can be one
    return " ".join(text.split())


def stem(word: str) -> str:
    """Light stem of one lower-case word (no compound splitting)."""
    for size in (3, 2, 1):  # (one ending of each length can end the word)
        if word[-size:] in _SUFFIXES and len(word) - size >= MIN_STEM:
            return word[:-size]
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
    #: Words that say how something is bought, not what ("tjeneste", "drift", "utstyr").
    generic: frozenset[str] = frozenset()
    #: Words whose ending is not an inflection ("vikar" is not "vik" + "-ar").
    no_stem: frozenset[str] = frozenset()


class Token(NamedTuple):
    """One content word of a text."""

    surface: str
    key: str
    parts: tuple[str, ...]
    main: bool
    weight: float
    proper: bool
    #: 0 in the first segment that says something (segments are split by dashes and colons).
    segment: int = 0
    acronym: bool = False
    #: Only generic words ("tjenesteavtale", "drift").
    generic: bool = False
    #: An abbreviation written in front of a hyphen ("sd" in "SD-anlegg"), lower case.
    abbreviation: str = ""


@dataclass(frozen=True, slots=True)
class AnalysedText:
    tokens: tuple[Token, ...]
    #: Lower-case words before stopwords were removed (for markers such as "ny", "rammeavtale").
    words: frozenset[str]


class Analyzer:
    """Turns text into tokens; caches what it has seen (plans repeat their words)."""

    def __init__(
        self, rules: WordRules, extra_lexicon: Iterable[str] = (), lexicon: Lexicon | None = None
    ) -> None:
        self.rules = rules
        self.lexicon = lexicon
        words = set(rules.lexicon)
        words.update(w for w in extra_lexicon if len(w) >= 2)
        self._surface_lexicon: frozenset[str] = frozenset(words)
        self._stem_lexicon: frozenset[str] = frozenset(self._stem(w) for w in words)
        self._word_cache: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._known_cache: dict[str, bool] = {}
        self._split_cache: dict[str, tuple[str, ...]] = {}
        self._text_cache: dict[tuple[str, float, frozenset[str], bool, bool], AnalysedText] = {}
        self._generic_cache: dict[tuple[str, ...], bool] = {}
        #: per item of a text: ``_item``, and its reading where it stands alone (``_reading``)
        self._items: dict[str, tuple[str, int, bool]] = {}
        self._plain: dict[str, tuple[str, tuple[str, ...], bool, bool, str]] = {}
        #: one object per distinct token: the texts that repeat a word share it
        self._tokens: dict[Token, Token] = {}
        #: words that count for a text being English (``_english_text``), kept by the word
        self._english_word: dict[str, bool | None] = {}
        self._compound_cache: dict[str, tuple[str, ...]] = {}
        self._no_split_stems = frozenset(self._stem(w) for w in rules.no_split)
        self.generic_parts: frozenset[str] = frozenset(self._stem(w) for w in rules.generic)
        self._truncations: Truncations | None = None
        self.typos: TypoReader | None = None  # misspelt words read as the word meant
        #: English stem -> Norwegian lemma (``english.learn_english``), for words that are no
        #: Norwegian words ("hire"); empty until ``read_english`` is given a table.
        self.english: dict[str, str] = {}
        #: English stem -> the parts of the Norwegian word it means, from the vocabulary's
        #: own list (``english.tsv``): for words that are no Norwegian words everywhere, and
        #: for those that are (``_in_text``, "lift") only in a text written in English.
        self.english_phrases: dict[str, tuple[str, ...]] = {}
        self.english_in_text: dict[str, tuple[str, ...]] = {}
        #: the list's own share of ``english_in_text``, and the catalogue's (stem -> lemma)
        self._listed_in_text: dict[str, tuple[str, ...]] = {}
        self._learnt_in_text: dict[str, str] = {}
        #: compound generic words ("forbruksmateriell") as whole keys
        self.generic_keys: frozenset[tuple[str, ...]] = frozenset(
            self.word(w)[1] for w in rules.generic
        )

    # --- words --------------------------------------------------------------------------

    def truncated(self, word: str) -> str | None:
        """The word a word written before a full stop was cut from ("anl" -> "anlegg"), or
        None when the cut is not clear or it is a word of its own: a common one, unless the
        word it starts is far commoner ("tjen." is "tjeneste"; "bil." no "bilde")."""
        lexicon, table = self.lexicon, self._truncation_table()
        if lexicon is None or table is None or word in self._surface_lexicon:
            return None
        found = table.expand(word)
        if found is None or lexicon.lemma(word) is None or lexicon.zipf(word) < _TRUNCATED_BELOW:
            return found
        return found if lexicon.zipf(found) - lexicon.zipf(word) >= CUT_DOMINATES else None

    def truncation_words(self) -> list[str]:
        """The words a cut is read against (``abbreviations.Truncations``), sorted."""
        table = self._truncation_table()
        return table.words if table is not None else []

    def _truncation_table(self) -> Truncations | None:
        lexicon = self.lexicon
        if lexicon is None:
            return None
        if self._truncations is None:

            def is_word(part: str) -> bool:
                # a first part compounds are made with, or one Norwegian text uses whole (a
                # loan or technical word: "legionella" in "legionellakontr."); a rare form
                # no compound starts with makes junk joins ("anskaff" + "elsykkel")
                return lexicon.plausible_modifier(part)

            self._truncations = Truncations(
                self._surface_lexicon, lexicon.zipf, lambda w: lexicon.lemma(w) or w, is_word
            )
        return self._truncations

    def read_english_list(self, words: dict[str, str]) -> None:
        """Read the English words of the vocabulary's list as the Norwegian words they mean:
        everywhere when they are no Norwegian words, else only in texts written in English."""
        phrases: dict[str, tuple[str, ...]] = {}
        in_text: dict[str, tuple[str, ...]] = {}
        for english, norwegian in words.items():
            stem = english_stem(english)
            parts = tuple(p for w in norwegian.split() for p in self.word(w)[1])
            if not parts:
                continue
            norwegian_word = self.lexicon is not None and self.known_anyhow(english)
            for form in dict.fromkeys((english, stem)):
                (in_text if norwegian_word else phrases)[form] = parts
        self.english_phrases = phrases
        self._listed_in_text = in_text
        # the catalogue's words for English texts, unless listed or generic ("service")
        learnt = self._learnt_in_text.items()
        own = {e: (n,) for e, n in learnt if not self.is_generic(self.word(e)[1])}
        self.english_in_text = {e: p for e, p in {**own, **in_text}.items() if e not in phrases}
        self._word_cache.clear()
        self._text_cache.clear()
        self._plain.clear()
        self._english_word.clear()

    def translated(self, word: str) -> bool:
        """A lower-case word read as the Norwegian word an English word means (``english.tsv``
        or the catalogue's label pairs: "hire"; "monitors" in an English text)."""
        stem = english_stem(word)
        tables = (self.english_phrases, self.english, self.english_in_text)
        return any(form in table for table in tables for form in (word, stem))

    def known_anyhow(self, word: str) -> bool:
        """The lexicon knows the word, whole or as a compound of known words."""
        lexicon = self.lexicon
        if lexicon is None:
            return self.known(word)
        return lexicon.lemma(word) is not None or bool(lexicon.split(word))

    def _english_text(self, raw: list[str]) -> tuple[dict[str, tuple[str, ...]], bool, bool]:
        """The English words read so here, whether "to" is "til", and whether the text is
        English with no Norwegian function word (``english_text``)."""
        lowered, in_text = [item.lower() for item in raw], self.english_in_text
        has = not in_text.keys().isdisjoint(lowered) or any(
            english_stem(w) in in_text for w in lowered if w[-1:] == "s"
        )
        stopwords, to = self.rules.stopwords, "to" in lowered
        marker = english_marked(lowered)
        if not (has or to or marker) or not english_text(lowered, self._is_english, stopwords):
            return {}, False, False
        marked = norwegian_marked(lowered)  # "to" is two there
        english = (self._listed_in_text if marked else in_text) if has else {}
        return english, to and not marked, marker and not marked

    def _foreign(self, lower: str, parts: tuple[str, ...]) -> bool:
        """A word of an English text read as a compound of Norwegian words no dictionary lists
        whole ("further" as "furt" + "her"), or as a Norwegian word cut short ("checking" as
        "check" + "ingeniør"): an English word, kept as it is."""
        lexicon = self.lexicon
        return (
            len(parts) >= 2
            and lexicon is not None
            and lexicon.lemma(lower) is None
            and not self.translated(lower)
        )

    def _is_english(self, lower: str) -> bool | None:
        """English evidence (``english.english_text``; None: only the catalogue's)."""
        if lower not in self._english_word:
            stem = english_stem(lower)
            english = stem in self.english or stem in self.english_phrases
            english = english or stem in self._listed_in_text or not self.known_anyhow(lower)
            learnt = stem in self._learnt_in_text or lower in self._learnt_in_text
            self._english_word[lower] = True if english else (None if learnt else False)
        return self._english_word[lower]

    def read_english(self, table: dict[str, str]) -> None:
        """Read ``table``'s English words as Norwegian (``english.IN_TEXT``: see the list's)."""
        self.english, self._learnt_in_text = split_in_text(table)
        self._plain.clear()  # read with the words as they were
        if table:
            for word in [w for w in self._word_cache if english_stem(w) in table]:
                del self._word_cache[word]
            # texts read before (the catalogue's Norwegian labels) are kept unless they have
            # one of the words
            for key in list(self._text_cache):
                if any(english_stem(w) in table for w in _LETTERS.findall(key[0].lower())):
                    del self._text_cache[key]

    def _variant(self, word: str) -> str:
        return self.rules.variants.get(word, word)

    def _stem(self, word: str) -> str:
        word = self._variant(word)
        if self.lexicon is not None:
            lemma = self.lexicon.lemma(word)
            if lemma is not None:
                return self._variant(lemma)
        if word in self.rules.no_stem:
            return word
        base = stem(word)
        if base in self.rules.no_stem:
            return base
        return self.rules.variants.get(base, base)

    def known(self, word: str) -> bool:
        """True when the word (or its stem) is in the lexicon."""
        cached = self._known_cache.get(word)
        if cached is None:
            cached = word in self._surface_lexicon or self._stem(word) in self._stem_lexicon
            self._known_cache[word] = cached
        return cached

    def modifier_ok(self, part: str) -> bool:
        if part in self.rules.particles or part in self.rules.stopwords:
            return False
        if len(part) < MIN_STEM and part not in self.rules.short_prefixes:
            return False
        if self.known(part):
            return True
        return any(
            part.endswith(link) and len(part) - len(link) >= MIN_STEM and self.known(part[:-1])
            for link in self.rules.linking_letters
        )

    def head_ok(self, part: str) -> bool:
        return len(part) >= MIN_STEM and part not in self.rules.particles and self.known(part)

    def unsplittable(self, word: str) -> bool:
        """In no_split.txt, in any inflected form ("kjøretøyer" like "kjøretøy")."""
        return word in self.rules.no_split or self._stem(word) in self._no_split_stems

    def lemma_parts(self, word: str) -> tuple[str, ...]:
        """Lemmas of a word's parts from the lexicon (() when the lexicon does not know it)."""
        if self.lexicon is None or self.unsplittable(word):
            return ()
        prefixed = self._prefixed(word)
        if prefixed:
            return prefixed
        parts = self.lexicon.split(word)
        if len(parts) == 1:
            # a listed word that ends in a generic word ("sprinkleranlegg", "reisebyråtjenester")
            # is its first part bought a certain way: always read as its parts
            return self.lexicon.split_before(word, self.generic_parts) or parts
        if not parts:
            return parts
        # each first part read as it is alone ("idrettsanlegg" is idrett + anlegg in
        # "idrettsanleggvedlikehold" too), so a compound meets its parts written apart; the
        # last part, what is bought, stays as the dictionaries read it ("geo" + "datatjeneste")
        lexicon, generic = self.lexicon, self.generic_parts
        first = (q for p in parts[:-1] for q in (lexicon.split_before(p, generic) or (p,)))
        return (*first, parts[-1])

    def _prefixed(self, word: str) -> tuple[str, ...]:
        """An unlisted word of a short prefix and a listed word ("elvarebil" is "el" +
        "varebil", not "elv" + …); () otherwise."""
        lexicon = self.lexicon
        assert lexicon is not None
        prefixes = [p for p in self.rules.short_prefixes if word.startswith(p)]
        if not prefixes or lexicon.lemma(word) is not None:
            return ()
        for prefix in prefixes:
            rest = word[len(prefix) :]
            lemma = lexicon.lemma(rest) if len(rest) >= _MIN_PREFIXED_REST else None
            if lemma is not None:
                return (prefix, *(lexicon.split(rest) or (lemma,)))
        return ()

    def compound_parts(self, word: str) -> tuple[str, ...]:
        """Lemmas of the parts a word could be written as, for matching a compound with its
        parts written apart ("gatelys" / "lys i gater"); () when it is no compound."""
        if self.lexicon is None:
            return ()
        cached = self._compound_cache.get(word)
        if cached is None:
            cached = self._compound_parts(word)
            self._compound_cache[word] = cached
        return cached

    def _compound_parts(self, word: str) -> tuple[str, ...]:
        assert self.lexicon is not None
        parts: list[str] = []
        for piece in (p for p in word.split("-") if p):
            if piece in self.rules.inflection_fragments:
                continue
            found = self.lexicon.compound_parts(piece)
            if found:
                parts.extend(self._variant(p) for p in found)
            elif piece != word:  # (one piece read as no compound: one part, no compound)
                parts.append(self._stem(piece))
        return tuple(parts) if len(parts) >= 2 else ()

    def _suspended(self, raw: list[str]) -> dict[int, tuple[str, ...]]:
        return (
            suspended_heads(raw, lambda w: self.word(w)[1], self.is_generic)
            if any(i.endswith("-") for i in raw)
            else {}
        )

    def is_definite(self, word: str) -> bool:
        """A noun in its definite singular ("ungdomshuset", "hallen"): one particular thing."""
        if self.lexicon is None or len(word) < 5:
            return False
        lemma = self.lexicon.lemma(word)
        if lemma is None or lemma == word:
            return False
        # "hallen", "strømmen" (a consonant doubled after a short vowel), "bua"
        stems = (lemma, lemma + lemma[-1]) if lemma[-1] not in _VOWELS else (lemma,)
        return any(word == stem + end for stem in stems for end in ("et", "en", "a")) or (
            lemma.endswith("e") and word in (lemma + "t", lemma + "n")
        )

    def compositional(self, word: str) -> float:
        """How much a word read whole still means its parts: 1 for a rare word, falling to 0
        for a common one (Zipf 2.5 -> 1, 4.0 -> 0)."""
        if self.lexicon is None:
            return 1.0
        return min(1.0, max(0.0, (4.0 - self.lexicon.zipf(word)) / 1.5))

    def split(self, word: str) -> tuple[str, ...]:
        """Surface parts of a compound ("renholdstjenester" -> ("renholds", "tjenester"))."""
        cached = self._split_cache.get(word)
        if cached is None:
            cached = split_surface(self, word)
            self._split_cache[word] = cached
        return cached

    def word(self, word: str) -> tuple[str, tuple[str, ...]]:
        """Key and part stems of one lower-case word."""
        cached = self._word_cache.get(word)
        if cached is not None:
            return cached
        surface = self._variant(word)
        pieces = [p for p in surface.split("-") if p]
        whole = self._hyphenated_word(pieces)
        if whole is not None:
            # a word written with a hyphen inside ("laste-biler", "dyrlege-vakt"): the word
            result = self._word_cache[word] = self.word(whole)
            return result
        parts: list[str] = []
        for index, piece in enumerate(pieces):
            if index > 0 and piece in self.rules.inflection_fragments:
                continue  # "PC-er", "IKT-en"
            piece = self._variant(piece)
            piece = self.typos.corrected(piece) if self.typos else piece  # "brøyitng"
            phrase = self.english_phrases.get(piece) or self.english_phrases.get(
                english_stem(piece)
            )
            if phrase is not None:
                parts.extend(phrase)  # an English word of the vocabulary's list ("mowing")
                continue
            translated = self.english.get(english_stem(piece)) if self.english else None
            if translated is not None:
                parts.extend(translated.split("+"))  # an English word ("hire"): its lemma
                continue
            known = english_reading(piece, self.lexicon, self.lemma_parts, self.is_generic)
            if known:
                parts.extend(self._variant(p) for p in known)
                continue
            pieces_parts = self.split(piece)
            for number, part in enumerate(pieces_parts):
                if number < len(pieces_parts) - 1:
                    part = strip_link(part, self)
                stemmed = self._stem(part)
                if stemmed:
                    parts.append(stemmed)
        result = ("+".join(parts), tuple(parts))
        self._word_cache[word] = result
        return result

    def _hyphenated_word(self, pieces: list[str]) -> str | None:
        """The word two pieces joined by a hyphen make, when it is a word the dictionaries
        list or a domain word ("laste-biler": "lastebiler"); None otherwise ("IKT-utstyr",
        "PC-er")."""
        if len(pieces) != 2 or self.lexicon is None or pieces[1] in self.rules.inflection_fragments:
            return None
        joined = pieces[0] + pieces[1]
        if not joined.isalpha() or len(pieces[0]) < 2:
            return None
        domain = self.typos.domain if self.typos is not None else ()
        return joined if joined in domain or self.lexicon.lemma(joined) is not None else None

    # --- texts --------------------------------------------------------------------------

    def is_generic(self, parts: tuple[str, ...]) -> bool:
        """True when every part is a generic word or a stopword ("tjenesteavtale"); a
        stopword in front of a generic word is an acronym there ("AV-utstyr" is no "av")."""
        cached = self._generic_cache.get(parts)
        if cached is None:
            stop = self.rules.stopwords
            cached = parts in self.generic_keys or all(
                p in self.generic_parts or (p in stop and (n > 0 or len(parts) == 1))
                for n, p in enumerate(parts)
            )
            self._generic_cache[parts] = cached
        return cached

    def analyse(
        self,
        text: str,
        *,
        weight: float = 1.0,
        extra_stopwords: frozenset[str] = frozenset(),
        allow_main: bool = True,
        inner_main: bool = False,
    ) -> AnalysedText:
        """Content tokens of a text, each marked main (what is bought) or not.

        Not main: text in parentheses, and text after a preposition such as "til", "for" or
        "ved" that follows the first content word (who or where it is for, "Møbler til
        barnehage"), up to the next dash, colon or parenthesis.
        """
        cache_key = (text, weight, extra_stopwords, allow_main, inner_main)
        cached = self._text_cache.get(cache_key)
        if cached is not None:
            return cached
        result = self._analyse(text, weight, extra_stopwords, allow_main, inner_main)
        if len(self._text_cache) > _TEXT_CACHE:
            self._text_cache.clear()
        self._text_cache[cache_key] = result
        return result

    def _analyse(
        self,
        text: str,
        weight: float,
        extra_stopwords: frozenset[str],
        allow_main: bool,
        inner_main: bool,
    ) -> AnalysedText:
        normal = normalise(text)
        raw = (_TOKEN_RE if "." in normal else _PLAIN_TOKEN_RE).findall(normal)
        dotted: dict[int, str] = {}
        if "." in normal and _DOTTED.search(normal):
            lemma = self.lexicon.lemma if self.lexicon else None  # "forbr.mat.", "hj.midler"
            raw, dotted = read_dotted(raw, self._truncation_table(), lemma, self.truncated)
        dotted.update(joined_english(raw, self.english, self.english_phrases, self.lexicon))
        title_case = surface.is_title_case(raw)
        in_english, english_to, english = self._english_text(raw)
        tokens: list[Token] = []
        words: set[str] = set()
        depth = 0
        beneficiary = False
        content_seen = False
        last_was_content = False
        segment_start = True
        segment = 0
        segment_has_content = False
        suspended = self._suspended(raw) if "-" in normal else {}
        items, plain, shared = self._items, self._plain, self._tokens
        if len(plain) > _ITEM_CACHE or len(items) > _ITEM_CACHE or len(shared) > _ITEM_CACHE:
            self.forget_items()
        for position, item in enumerate(raw):
            if item in _BOUNDARIES or item == "/":
                if item in "([":
                    depth += 1
                elif item in ")]":
                    depth = max(0, depth - 1)
                elif item in "–:;" and segment_has_content:
                    segment = 1
                if item in "–:;":
                    beneficiary = False
                    content_seen = False
                segment_start = True
                continue
            if item in ",.":
                segment_start = item == "."
                continue
            info = items.get(item)
            if info is None:
                info = items[item] = self._item(item)
            lower, kind, capital = info
            words.add(lower)
            starts = segment_start
            segment_start = False
            if kind == _PREPOSITION or (english_to and lower == "to"):
                # "Møbler til barnehage": after a content word, who or where it is for;
                # "Rammeavtale for kjøp av ..." / "Tjenesteavtale for utskrift": not
                if content_seen and last_was_content:
                    beneficiary = True
                last_was_content = False
                continue
            if kind == _STOPWORD or lower in extra_stopwords:
                last_was_content = last_was_content and depth > 0  # (an aside: as before it)
                continue
            # a capitalised word inside a sentence that neither is nor stems from a known word
            # (at the start too when it names a street: "Storgata")
            proper = capital and not title_case and (not starts or surface.street_name(lower))
            whole = dotted.get(position)
            stop = position + 1 < len(raw) and raw[position + 1] == "."
            # "t/Programv.": a capital word cut short is the word it clearly starts, no name
            proper = proper and not (stop and capital_cut(self, lower))
            cut = not proper and stop
            hanging = suspended.get(position) if item.endswith("-") else None
            # (whether the word is read as it is wherever it stands: a flag, not the identity
            # of the tuple, which compiled code does not keep)
            alone = not (proper or whole is not None or cut or hanging is not None)
            if not alone:
                reading = self._reading(item, lower, proper, whole, cut, hanging)
            else:
                # the word read the way it is read wherever it stands (kept by the word)
                found = plain.get(item)
                if found is None:
                    found = plain[item] = self._reading(item, lower, False, None, False, None)
                reading = found
            key, parts, acronym, generic, abbreviation = reading
            if english and alone and lower.isalpha() and self._foreign(lower, parts):
                key = english_stem(lower)
                parts, generic = (key,), False
            if in_english and not proper and whole is None and lower.isalpha():
                # an English word that is a Norwegian word too ("lift"), in an English text
                phrase = in_english.get(lower) or in_english.get(english_stem(lower))
                if phrase is not None:
                    key, parts = "+".join(phrase), phrase
                    generic = self.is_generic(parts)
            if not key:
                continue
            # (an aside in parentheses never undoes a content word: "Hjertestartere (AED) til")
            last_was_content = (not generic and not acronym) or (depth > 0 and last_was_content)
            if last_was_content:
                content_seen = True
            main = allow_main and (depth == 0 or inner_main) and not beneficiary
            token_weight = weight * (1.0 if main else 0.5) * (0.6 if segment else 1.0)
            if proper:
                token_weight *= 0.3
            token = Token(
                lower,
                key,
                parts,
                main,
                token_weight,
                proper,
                segment,
                acronym,
                generic,
                abbreviation,
            )
            tokens.append(shared.setdefault(token, token))
            if depth == 0 and not acronym and not generic:
                segment_has_content = True
        return AnalysedText(tuple(tokens), frozenset(words))

    def forget_items(self) -> None:
        """Let go of the readings kept per item of a text (``_ITEM_CACHE``)."""
        self._items.clear()
        self._plain.clear()
        self._tokens.clear()
        self._english_word.clear()

    def _item(self, item: str) -> tuple[str, int, bool]:
        """What an item of a text is by itself: its lower case, whether it is a content word,
        a preposition that can start a beneficiary or a stopword, and whether it could be a
        name (capitalised, not all capitals, neither a known word nor a form of one, or a simple
        noun in its definite form: "Strømmen")."""
        lower = item.lower()
        rules = self.rules
        kind = _CONTENT
        if lower in rules.beneficiary_prepositions:
            kind = _PREPOSITION
        elif lower in rules.stopwords or not lower[0].isalpha():
            kind = _STOPWORD
        capital = (
            kind == _CONTENT
            and item[0].isupper()
            and not item.isupper()
            # neither the word nor its stem (cached per word), or a simple noun in its definite
            # form: place names are made so ("Strømmen", "Berget", "Vika"; a compound,
            # "Kulturhuset", is a building more often than a place)
            and not _ACRONYM_PLURAL.fullmatch(item)
            and (not self.known(lower) or self._place_like(lower))
            and not surface.named_compound(self, lower)  # "Microsoftlisenser"
        )
        return lower, kind, capital

    def _place_like(self, word: str) -> bool:
        """A simple noun in its definite form ("strømmen"), as place names are made, or a
        street's name ("Storgata")."""
        simple = not self.compound_parts(word)
        return (simple and self.is_definite(word)) or surface.street_name(word)

    def _reading(
        self,
        item: str,
        lower: str,
        proper: bool,
        whole: str | None,
        cut: bool,
        hanging: tuple[str, ...] | None,
    ) -> tuple[str, tuple[str, ...], bool, bool, str]:
        """Key, parts, acronym, generic and abbreviation of one content word of a text
        (``key`` "" : no word): ``proper`` a name, ``whole`` the word a compound cut in both
        parts stands for, ``cut`` a full stop follows, ``hanging`` the head a word written
        with a hanging hyphen shares."""
        if item[-1] == "s" and _ACRONYM_PLURAL.fullmatch(item):
            # "AEDs", "PCs": an acronym with an English plural "s" is the acronym
            item, lower = item[:-1], lower[:-1]
        if surface.fragment(self, item, lower):
            return "", (), False, False, ""  # "a)", "str. L", "kl"
        # a name is not a compound of meanings ("Fjellheim" is no "fjell"): kept whole
        key, parts = (lower, (lower,)) if proper and "-" not in lower else self.word(lower)
        if whole is not None:
            key, parts = self.word(whole)
        unread = False
        if cut and not item.isupper():
            # "Vektertj.", "AV-utst.": a word cut short, read as the word it was cut from
            head, dash, tail = lower.rpartition("-")
            expanded = self.truncated(tail) if tail.isalpha() else None
            if expanded is not None:
                key, parts = self.word(head + dash + expanded)
            unread = expanded is None and self._short_cut(lower)
        elif not proper and whole is None:
            expanded = cut_without_stop(self, item, lower)  # "Støyskj", "hotelltjen"
            if expanded is not None:
                key, parts = self.word(expanded)
        if not key:
            return "", (), False, False, ""
        short = item.split("-", 1)[0]
        spelt = "-" in item and short.isupper() and 2 <= len(short) <= 5
        if spelt:
            # "VA-materiell": the letters before the hyphen are an acronym, not a word to
            # read ("va" is no form of "vete"): its reading at the start is replaced
            read = self.word(short.lower())[1]
            if len(parts) > len(read) and parts[: len(read)] == read:
                parts = (short.lower(), *parts[len(read) :])
                key = "+".join(parts)
        if hanging is not None:
            # "skole- og barnehagemøbler": "skole-" is "skolemøbler"
            parts = (*parts, *hanging)
            key = "+".join(parts)
        acronym = item.isupper() and len(item) <= 5
        generic = unread or self.is_generic(parts)
        return key, parts, acronym, generic, short.lower() if spelt else ""

    def _short_cut(self, lower: str) -> bool:
        """Two letters cut short and read as no word ("tj.", "ko."): it could be any word,
        so it weighs as little as a generic word ("Tj. innen regnskap" / "Tj. innen transport"
        share nothing)."""
        lexicon = self.lexicon
        return (
            len(lower) <= _SHORT_CUT
            and lexicon is not None
            and lexicon.lemma(lower) is None
            and lower not in self.rules.short_prefixes
        )
