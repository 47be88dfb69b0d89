"""Misspelt words read as the word meant ("brøyitng", "advokattjenster", "trygghetsalamer").

Plans are typed in a hurry: a letter dropped, doubled, swapped with its neighbour or replaced,
"ae" for "æ", "oe" for "ø", "aa" for "å". Such a word names its need as the word meant does,
but only when it is no word itself: two real words that look alike ("oppmåling" /
"oppmaling", "kuldetjenester" / "kundetjenester") stay two words. A word is read as a typo when

* it is **no word**: the dictionaries list neither it nor a form of it, Norwegian text does not
  use it (the frequency list), it is no word of the vocabulary or the catalogue's labels (the
  *domain words*, which name the needs plans buy) and no English word the engine reads;
* it is **one edit** from a domain word (``MIN_DOMAIN`` letters or more), or it is a compound of
  a word as written and a part one edit from a domain word ("trygghets|alamer" -> "alarmer",
  "advokat|tjenster" -> "tjenester"); and
* the typo **broke** the word: the lexicon reads it as nothing, or as parts one of which is a
  scrap (a short rare part no word is made of: "advokat+tjen+ste"), and the analyzer cannot
  split it into words either; or the lexicon reads it as more parts than the word meant
  ("vintervedlikhold": vinter + ved + lik + hold); or as parts one of which no running text
  uses or a function word ("sanstrøing": sans + trøing; "veialt": vei + alt).

A word that is no word and is a domain word with «æ», «ø», «å» written without their marks
("snoberedskap", "snoeberedskap", "varfeiing": a keyboard or an export without them; five
letters or more) is read as that word whatever the lexicon makes of it as written ("sno" +
"beredskap"): dropping the marks is no edit, and a real word is never read so.

Among several readings at one edit the commonest word wins. Only the reading changes: the line
keeps the word as written, so every reason quotes its own text. The domain words are found by
their deletions (each word and the word with one letter left out, looked up once: a word one
edit from another shares one of them), so a word no domain word is near costs a few lookups.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Final, Protocol

from rapidfuzz.distance import OSA

from kommunesamarbeid.core.overlap.english import english_stem
from kommunesamarbeid.core.overlap.lexicon import Lexicon

__all__ = ["MIN_DOMAIN", "TypoReader"]

#: Letters written for a Norwegian letter on a keyboard without it.
_SPELT_OUT: Final = (("ae", "æ"), ("oe", "ø"), ("aa", "å"))
#: «æ», «ø», «å» written without their marks (a keyboard or an export without them).
_UNMARKED: Final = str.maketrans("æøå", "aoa")
#: The shortest word read as a typo of a domain word.
MIN_DOMAIN: Final = 6
#: The shortest word read as a domain word written without «æ», «ø», «å» ("laaser", "making").
_MIN_UNMARKED: Final = 5
#: The shortest domain word looked for.
_MIN_INDEXED: Final = 4
#: The shortest part of a compound mended, and the shortest part kept as written beside it.
_MIN_MENDED: Final = 5
_MIN_KEPT: Final = 3
#: A part of a reading this short and this rare (Zipf) is a scrap of a misspelt word.
_SCRAP_LENGTH: Final = 3
_SCRAP_ZIPF: Final = 3.5
#: A part of a reading this rare (Zipf; a dictionary word no running text in the frequency
#: list uses is 1.5) is no word a writer meant beside a domain word one edit away.
_RARE_PART: Final = 2.0
#: A part of a reading this rare that is no domain word (``TypoReader._odd_part``).
_ODD_PART: Final = 3.0
#: ... and this common: a function word ("vi", "alt", "med", "ikke"), no part of a compound.
_FUNCTION_WORD: Final = 6.0
#: Compound readings checked with the lexicon (the likeliest first).
_MOST_COMPOUNDS: Final = 4
#: Words whose reading is kept (then the cache starts over: memory stays flat).
_CACHE: Final = 50_000
#: Strings whose ``_listed`` answer is kept (then the cache starts over: memory stays flat).
_LISTED_CACHE: Final = 20_000
_LINKS: Final = ("s", "e")


def _plain_letters(word: str) -> str:
    """The word with "ae", "oe" and "aa" written as the letters they stand for."""
    for spelt, letter in _SPELT_OUT:
        word = word.replace(spelt, letter)
    return word


def _unmarked(word: str) -> str:
    """The word as a keyboard without «æ», «ø», «å» writes it: "ae", "oe", "aa" or "a", "o",
    "a" ("snøbrøyting", "snoebroeyting", "snobroyting" -> "snobroyting")."""
    return _plain_letters(word).translate(_UNMARKED)


class Reader(Protocol):
    """What the reader asks of the analyzer (``norwegian.Analyzer``): the English words it
    reads, as they are now, and its own split of a word the lexicon cannot read."""

    @property
    def english(self) -> Mapping[str, object]: ...

    @property
    def english_phrases(self) -> Mapping[str, object]: ...

    @property
    def english_in_text(self) -> Mapping[str, object]: ...

    def split(self, word: str) -> tuple[str, ...]:
        """The word's parts as the analyzer splits a word the lexicon cannot read."""
        ...


class TypoReader:
    """Reads a misspelt word as the word meant (``corrected``)."""

    def __init__(
        self,
        lexicon: Lexicon,
        domain_words: Iterable[str],
        english: Reader,
    ) -> None:
        """``domain_words``: the words of the vocabulary and the catalogue's labels;
        ``english``: the English words the engine reads (no typos: asked as they are when a
        word is)."""
        self.lexicon = lexicon
        self.domain: frozenset[str] = frozenset(
            w for w in domain_words if len(w) >= _MIN_KEPT and w.isalpha()
        )
        self.english = english
        self._cache: dict[str, str] = {}
        #: ``_listed`` per string asked (the cuts of unknown words repeat from word to word)
        self._listed_cache: dict[str, bool] = {}
        #: domain words by their deletions (``near``; made by ``prepare``, with the model)
        self._near_index: dict[str, str] | None = None

    def corrected(self, word: str) -> str:
        """The word meant by ``word`` (``word`` itself when it is a word, or no typo of one
        is clear)."""
        found = self._cache.get(word)
        if found is None:
            found = self._corrected(word) if self._maybe_typo(word) else word
            if len(self._cache) > _CACHE:
                self._cache.clear()
            self._cache[word] = found
        return found

    def _maybe_typo(self, word: str) -> bool:
        if len(word) < _MIN_UNMARKED or not word.isalpha() or word in self.domain:
            return False
        lexicon = self.lexicon
        if word in lexicon.frequency or self._listed_uncached(word, keep=True):
            return False
        return not self._english(word)

    def _english(self, word: str) -> bool:
        """An English word the engine reads (in its tables)."""
        stem = english_stem(word)
        tables = (self.english.english, self.english.english_phrases, self.english.english_in_text)
        return any(word in table or stem in table for table in tables)

    def _listed(self, word: str) -> bool:
        """A form of a word the dictionaries list (asked without filling the lexicon's
        caches: most strings asked here are no words; kept here, in a cache that starts over)."""
        found = self._listed_cache.get(word)
        if found is None:
            if len(self._listed_cache) > _LISTED_CACHE:
                self._listed_cache.clear()
            found = self._listed_cache[word] = self._listed_uncached(word)
        return found

    def _listed_uncached(self, word: str, *, keep: bool = False) -> bool:
        """``keep``: the lexicon keeps what it found (a whole word, which it reads next)."""
        lexicon = self.lexicon
        standard = lexicon.variants.get(word, word)
        if lexicon.starts and standard[:3] not in lexicon.starts:
            return False
        nb, nn = lexicon.nb, lexicon.nn
        if keep:
            return bool(nb.lemmas(standard) or nn.lemmas(standard))
        return bool(nb.lemmas_uncached(standard) or nn.lemmas_uncached(standard))

    def prepare(self) -> dict[str, str]:
        """The domain words by their deletions, indexed now if not yet (``build_model`` asks
        with the model, so a run does not)."""
        if self._near_index is None:
            self._near_index = self._index()
        return self._near_index

    def near(self, word: str) -> list[str]:
        """The domain words one edit from ``word``; «æ», «ø», «å» written without their marks
        are no edit ("kantslaat" and "kantslat" are one edit from "kantslått")."""
        index = self.prepare()
        plain = _plain_letters(word)
        unmarked = plain.translate(_UNMARKED)  # (``_unmarked``, the letters spelt out once)
        forms = (word,) if plain == word else (word, plain)
        # the word, its deletions and its unmarked form, looked up at once: most words have
        # no domain word near them
        keys = {unmarked}
        for form in forms:
            keys.add(form)
            keys.update([form[:i] + form[i + 1 :] for i in range(len(form))])
        hits = index.keys() & keys
        if not hits:
            return []
        found: set[str] = set()
        for key in hits:
            found.update(index[key].split(" "))
        return sorted(
            w
            for w in found
            if w != word
            and (any(OSA.distance(w, f) <= 1 for f in forms) or _unmarked(w) == unmarked)
        )

    def _index(self) -> dict[str, str]:
        """Each domain word, and each word with one letter left out -> the words it comes
        from, joined by spaces (one string per key: the index stays small); a word with «æ»,
        «ø», «å» is indexed without their marks too."""
        index: dict[str, str] = {}
        for word in sorted(self.domain):
            if len(word) >= _MIN_INDEXED:
                deletions = (word[:i] + word[i + 1 :] for i in range(len(word)))
                for key in dict.fromkeys((word, word.translate(_UNMARKED), *deletions)):
                    known = index.get(key)
                    index[key] = word if known is None else f"{known} {word}"
        return index

    def _corrected(self, word: str) -> str:
        zipf = self.lexicon.zipf
        # (an English word the engine reads is meant only with the same first letter, where
        # typos are rare: "colection" is "collection", but "blowers" is no "flowers")
        whole = [w for w in self.near(word) if w[0] == word[0] or not self._english_only(w)]
        unmarked = [w for w in whole if _unmarked(w) == _unmarked(word)]
        if unmarked:
            # the domain word with its marks dropped ("snoberedskap", "snoeberedskap"): no
            # edit, and no other word ("sno" + "beredskap" is no need)
            return max(unmarked, key=lambda w: (zipf(w), w))
        if len(word) < MIN_DOMAIN:
            return word
        if whole:
            best = max(whole, key=lambda w: (zipf(w), w))
            if (
                self._falls_apart(word, best)
                or self._rare_part(word)
                or self._odd_part(word)
                or self._unreadable(word)
            ):
                return best
            return word  # a compound of words as written ("kuldetjenester") is a word
        if self._read_by_lexicon(word):
            # most unknown words are compounds the lexicon reads ("konsertanlegg"): asked
            # before every cut of the word is tried (the reading is kept for the word)
            return word
        mended = self._mended_compound(word)
        return mended if mended is not None and self._unreadable(word) else word

    def _english_only(self, word: str) -> bool:
        """A word the engine reads as English (its tables) that is no Norwegian word."""
        return self._english(word) and self.lexicon.lemma(word) is None

    def _falls_apart(self, word: str, meant: str) -> bool:
        """The lexicon reads ``word`` as more parts than the domain word one edit from it
        ("vintervedlikhold": vinter + ved + lik + hold; "vintervedlikehold": vinter +
        vedlikehold): the typo broke the word, it made no other one."""
        parts = self.lexicon.split(meant)
        return 0 < len(parts) < len(self.lexicon.split(word))

    def _rare_part(self, word: str) -> bool:
        """The lexicon reads the word as parts one of which no running text uses (below
        ``_RARE_PART`` Zipf: "sans" + "trøing" of "sandstrøing", "tak" + "åking") or one of
        the commonest words, which are function words (``_FUNCTION_WORD``: "vei" + "alt" of
        "veisalt", "vi" + "salt"): the typo made a word no one writes beside a domain word
        one edit from it ("kulde" + "tjenester" is common, and stays)."""
        zipf = self.lexicon.zipf
        return any(not _RARE_PART <= zipf(p) < _FUNCTION_WORD for p in self.lexicon.split(word))

    def _odd_part(self, word: str) -> bool:
        """The lexicon reads the word as parts one of which is no domain word and seldom
        written (below ``_ODD_PART`` Zipf: "hjerte" + "tater" of "hjertestatere", one edit from
        "hjertestartere"): no need a plan buys is named so beside a domain word one edit away
        ("kulde" + "tjenester" stays: both parts are common)."""
        zipf = self.lexicon.zipf
        return any(p not in self.domain and zipf(p) < _ODD_PART for p in self.lexicon.split(word))

    def _unreadable(self, word: str) -> bool:
        """The lexicon reads the word as nothing, or as parts one of which is a scrap, and the
        analyzer cannot split it into words either ("års|kontroll", "java|utvikler")."""
        if self._read_by_lexicon(word):
            return False
        own = self.english.split(word)
        if len(own) >= 2 and not any(self._scrap(p) for p in own):
            return False
        return not self._two_words(word)

    def _read_by_lexicon(self, word: str) -> bool:
        """The lexicon reads the word as parts none of which is a scrap."""
        parts = self.lexicon.split(word)
        return bool(parts) and not any(self._scrap(p) for p in parts)

    def _two_words(self, word: str) -> bool:
        """Two words as written, the first with a linking letter or without ("års|kontroll";
        a last part of three letters only when common)."""
        for cut in range(2, len(word) - _MIN_KEPT + 1):
            first, second = word[:cut], word[cut:]
            if self._scrap(second) or not self._listed(second):
                continue
            if self._listed(first) or (
                first[-1] in _LINKS and len(first) > 2 and self._listed(first[:-1])
            ):
                return True
        return False

    def _scrap(self, part: str) -> bool:
        return len(part) <= _SCRAP_LENGTH and self.lexicon.zipf(part) < _SCRAP_ZIPF

    def _modifier(self, piece: str) -> bool:
        """A word as the first part of a compound, with its linking letter or without."""
        if len(piece) < _MIN_KEPT:
            return False
        if self._listed(piece) or piece in self.domain:
            return True
        return piece[-1] in _LINKS and len(piece) > _MIN_KEPT and self._listed(piece[:-1])

    def _mended_compound(self, word: str) -> str | None:
        """A compound of two parts, one a word as written and the other no word but one edit
        from a domain word (the commonest first); None when none reads as a compound."""
        mended_parts: dict[str, str] = {}
        for cut in range(_MIN_KEPT, len(word) - _MIN_KEPT + 1):
            first, second = word[:cut], word[cut:]
            mend_second = len(second) >= _MIN_MENDED
            long_enough = len(first) >= _MIN_MENDED and len(second) >= _MIN_MENDED - 1
            if not mend_second and not long_enough:
                continue  # neither part is long enough to be mended here (the last cuts)
            # (the part as written is looked up first: most cuts of a word are no words)
            first_word = self._modifier(first)
            if first_word and mend_second and not self._listed(second):
                for mended in self.near(second):
                    mended_parts.setdefault(first + mended, mended)
            if not first_word and long_enough and self._listed(second):
                for mended in self.near(first):
                    mended_parts.setdefault(mended + second, mended)
        zipf = self.lexicon.zipf
        ranked = sorted(mended_parts, key=lambda w: (zipf(mended_parts[w]), w), reverse=True)
        for candidate in ranked[:_MOST_COMPOUNDS]:
            parts = self.lexicon.split(candidate)
            if len(parts) >= 2 and not any(self._scrap(p) for p in parts):
                return candidate
        return None
