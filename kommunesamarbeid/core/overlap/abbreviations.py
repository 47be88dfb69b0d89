"""Truncated words ("Vektertj.", "anl.", "undervisn."): a word cut short and ended with a full
stop is the start of a longer word.

It is read as the word it starts when that word is clear: among the words of the vocabulary
(its need families, the CPV catalogue's Norwegian labels, the word lists), the commonest word
that starts so (by its Norwegian word frequency) must be clearly commoner than any other word
starting so ("anl" -> "anlegg"), and no form of a verb in "-ere" whose noun in "-ing" starts
so too ("mont": "montert" or "montering"). A compound cut in its last part is read the same
way: a known first part and the start of the last ("vektertj" -> "vekter" + "tjeneste"), and
so is a compound cut in both parts ("forbr.mat." -> "forbruksmateriell"). A truncated word is
never matched as it is written, and a cut that could be many words is left alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Final, Protocol

from kommunesamarbeid.core.overlap.lexicon import Lexicon

__all__ = ["Truncations", "capital_cut", "cut_without_stop", "read_dotted", "unread_cut"]

#: The least letters a truncated word keeps (whole word) or its last part keeps (compound).
_MIN_WHOLE: Final = 3
_MIN_TAIL: Final = 2
#: How much commoner (Zipf) the word meant must be than the next word starting the same way.
_MARGIN: Final = 0.5
#: A cut that more words start with than this says too little.
_MAX_CANDIDATES: Final = 400
#: Last parts of compounds cut short whose reading is kept (then they are read again).
_TAILS_KEPT: Final = 20_000
#: The shortest first part of a compound cut in its last part.
_MIN_MODIFIER: Final = 3
#: The fewest letters of a word cut with no full stop after it ("husholdn").
_MIN_DROPPED: Final = 5
#: ... and the fewest letters of the last part of a compound so cut ("tjen" of "hotelltjen").
_MIN_DROPPED_PART: Final = 3
#: A word is a cut of a word it starts this much commoner (Zipf): "tjen" of "tjeneste".
CUT_DOMINATES: Final = 1.2
#: A last part this common in running text (Zipf) is a word, unless the word it starts is
#: ``CUT_DOMINATES`` commoner ("app" is a word; "tjen" a cut of "tjeneste").
_OWN_WORD: Final = 3.0
_VOWELS: Final = frozenset("aeiouyæøå")
#: Endings of the forms of a verb in "-ere" after its stem in "-er" ("monter|t").
_VERB_ENDINGS: Final = ("", "e", "t", "te", "es")


class Truncations:
    """Resolves truncated words against a list of words and their frequencies."""

    def __init__(
        self,
        words: Iterable[str],
        zipf: Callable[[str], float],
        lemma: Callable[[str], str],
        is_word: Callable[[str], bool],
    ) -> None:
        self._words = sorted({w for w in words if len(w) >= 4 and w.isalpha()})
        self._zipf = zipf
        self._lemma = lemma
        self._is_word = is_word
        self._cache: dict[str, str | None] = {}
        #: ``_whole`` of the last parts ``_compound`` tries (they repeat from word to word)
        self._tails: dict[str, str | None] = {}

    @property
    def words(self) -> list[str]:
        """The words cuts are read against, sorted."""
        return self._words

    def expand(self, cut: str) -> str | None:
        """The word ``cut`` (lower case, without its full stop) is the start of, or None."""
        if cut in self._cache:
            return self._cache[cut]
        found = self._whole(cut) if len(cut) >= _MIN_WHOLE else None
        if found is None:
            found = self._compound(cut)
            if found is not None and not self._agrees(cut, found):
                # a cut that starts listed words is one of them, never a first part and the
                # start of another word ("flaskek." is no "flask" + "ekstra")
                found = None
        self._cache[cut] = found
        return found

    def expand_pieces(self, first: str, second: str, lemma: str | None = None) -> str | None:
        """The word a compound cut in both parts stands for ("forbr.mat." is
        "forbruksmateriell", "hj.tj." "hjemmetjeneste"): a word that starts with ``first`` and
        has ``second`` later on, clearly the commonest such word; None otherwise. A last part
        written whole may be inflected: ``lemma``, its base form, is looked for too
        ("hj.midler" is "hjelpemiddel")."""
        key = f"{first}.{second}.{lemma or ''}"
        if key not in self._cache:
            found = self._whole(first, later=second)
            if found is None and lemma and lemma != second:
                found = self._whole(first, later=lemma)
            self._cache[key] = found
        return self._cache[key]

    def _agrees(self, cut: str, joined: str) -> bool:
        """No listed word starts with ``cut``, or one is a form of ``joined`` (one starts
        with the other: "designtjenester" for "design" + "tjeneste")."""
        start = bisect.bisect_right(self._words, cut)
        end = bisect.bisect_left(self._words, cut + "\uffff")
        listed = self._words[start : min(end, start + _MAX_CANDIDATES)]
        return not listed or any(w.startswith(joined) or joined.startswith(w) for w in listed)

    def _whole(self, cut: str, later: str = "") -> str | None:
        start = bisect.bisect_left(self._words, cut)
        end = bisect.bisect_left(self._words, cut + "\uffff")
        candidates = self._words[start:end]
        if later:
            candidates = [w for w in candidates if later in w[len(cut) :]]
        if not candidates or len(candidates) > _MAX_CANDIDATES:
            return None
        best: dict[str, tuple[float, str]] = {}
        for word in candidates:
            if word == cut:
                continue
            lemma = self._lemma(word)
            value = self._zipf(word)
            if lemma not in best or value > best[lemma][0]:
                best[lemma] = (value, word)
        if not best:
            return None
        ranked = sorted(best.values(), key=lambda o: (-o[0], o[1]))
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < _MARGIN:
            return None  # "lev": "levering" or "leverandør"
        if _verb_beside_noun(ranked[0][1], {word for _, word in ranked}):
            return None  # "mont": "montert" or "montering"
        return ranked[0][1]

    def _compound(self, cut: str) -> str | None:
        """A known first part and the start of the last ("vektertj": "vekter" + "tj...")."""
        tails = self._tails
        if len(tails) > _TAILS_KEPT:
            tails.clear()
        for split in range(len(cut) - _MIN_TAIL, _MIN_MODIFIER - 1, -1):
            modifier, tail = cut[:split], cut[split:]
            # (the last part first: most give no word, and the first part, mostly no word
            # either, costs more to look up)
            head = tails[tail] if tail in tails else tails.setdefault(tail, self._whole(tail))
            if head is not None and self._is_word(modifier) and not self._own_word(tail, head):
                return modifier + head
        return None

    def _own_word(self, tail: str, head: str) -> bool:
        """``tail`` is a word running text uses as it is, and ``head`` not far commoner: a
        word of its own, not a cut ("app" in "foreldreapp" is no "apparat", though no
        dictionary lists it; "tjen" in "vektertjen" is "tjeneste"). Two letters are no such
        word (the common ones are function words: "tj" is a cut)."""
        if len(tail) < _MIN_DROPPED_PART:
            return False
        own = self._zipf(tail)
        return own >= _OWN_WORD and self._zipf(head) - own < CUT_DOMINATES


def _verb_beside_noun(word: str, words: set[str]) -> bool:
    """Whether ``word`` is a form of a verb in "-ere" whose noun in "-ing" is among ``words``
    (a plan writes the work short as often as the verb: the cut could be either)."""
    for ending in _VERB_ENDINGS:
        stem = word[: len(word) - len(ending)]
        if word.endswith(ending) and stem.endswith("er") and stem + "ing" in words:
            return True
    return False


def read_dotted(
    raw: list[str],
    table: Truncations | None,
    lemma: Callable[[str], str | None] | None,
    truncated: Callable[[str], str | None],
) -> tuple[list[str], dict[int, str]]:
    """The items of a text with a compound cut short kept as one item when it is clear what
    it stands for (its position -> that word), else as its pieces and the full stop between:
    cut in both parts ("forbr.mat." is "forbruksmateriell"), or in its first part before a
    last part written whole ("hj.midler" is "hjelpemiddel", "gymn.utstyr" "gymnastikkutstyr":
    the first part read as the word it starts, when that is clear and no word by itself:
    "levering.Rammeavtale" is two words run together)."""
    items: list[str] = []
    wholes: dict[int, str] = {}
    for position, item in enumerate(raw):
        if "." not in item or len(item) == 1:
            items.append(item)
            continue
        first, _, second = item.partition(".")
        whole = None
        if table is not None:
            cut, rest = first.lower(), second.lower()
            written_whole = lemma is not None and not (
                position + 1 < len(raw) and raw[position + 1] == "."
            )
            base = lemma(rest) if written_whole and lemma is not None else None
            whole = table.expand_pieces(cut, rest, base)
            if whole is None and base is not None:
                start = truncated(cut)
                whole = start + rest if start is not None else None
        if whole is not None:
            wholes[len(items)] = whole
            items.append(item)
        else:
            items.extend((first, ".", second))
    return items, wholes


class _Corrector(Protocol):
    def corrected(self, word: str) -> str: ...


class _Reader(Protocol):
    """What ``cut_without_stop`` needs of the analyzer."""

    @property
    def lexicon(self) -> Lexicon | None: ...
    @property
    def typos(self) -> _Corrector | None: ...
    def known_anyhow(self, word: str) -> bool: ...
    def split(self, word: str) -> tuple[str, ...]: ...
    def truncated(self, word: str) -> str | None: ...
    def truncation_words(self) -> list[str]: ...
    def word(self, word: str) -> tuple[str, tuple[str, ...]]: ...


def cut_without_stop(reader: _Reader, item: str, lower: str) -> str | None:
    """The word a word cut short with no full stop after it stands for ("husholdn" is
    "husholdning", "hotelltjen" "hotelltjeneste"), or None.

    With no full stop to say it is cut, only a word cut where writers cut words is: no word
    of the dictionaries nor of running text (no name, loan or misspelling), cut on a consonant
    before a vowel of the word meant ("husholdn|ing"; "micro", "fluent|reprise" are no cuts).
    It is the clear word it starts when no dictionary knows it as a compound; a compound of
    known parts only when its last part, three letters or more, is no word or one a far
    commoner word starts ("tjen" of "tjeneste", "løsn" of "løsning"; "brunkull" is coal). A
    word the dictionary knows only as a verb's stem is its clear word too ("Rengjør")."""
    lexicon = reader.lexicon
    if len(lower) < _MIN_DROPPED or lower[-1] in _VOWELS or not lower.isalpha():
        return None
    if lexicon is None or item.isupper():
        return None
    if _verb_stem(lexicon, lower):
        found = reader.truncated(lower)  # "Rengjør" is "rengjøring", "Deponer" "deponering"
        return found if found is not None and found[len(lower)] in _VOWELS else None
    if lexicon.lemma(lower) is not None:
        return None
    if lexicon.seen_whole(lower):
        return None  # written so in running text: a name or a loan ("Karasjok", "dynamic")
    if reader.typos is not None and reader.typos.corrected(lower) != lower:
        return None
    if not reader.known_anyhow(lower):
        found = reader.truncated(lower)
    else:
        found = _compound_cut(reader, lexicon, lower)
    if found is None or len(found) <= len(lower) or found[len(lower)] not in _VOWELS:
        return None
    return found


def capital_cut(reader: _Reader, lower: str) -> bool:
    """Whether a capitalised word before a full stop, no known word, is a word cut short
    ("t/Programv.", "Kabel t/Dat.") rather than a name ending a sentence ("Visma.",
    "Telenor."): cut where writers cut, on a consonant before a vowel of the word it clearly
    starts (a listed word, no join), and no word running text uses whole."""
    if not lower.isalpha() or lower[-1] in _VOWELS or reader.lexicon is None:
        return False
    if reader.lexicon.seen_whole(lower):
        return False
    found = reader.truncated(lower)
    if found is None or found[len(lower)] not in _VOWELS:
        return False
    # a listed word, not a first part joined to one ("Hustadv." is a place, no "advokat")
    words = reader.truncation_words()
    at = bisect.bisect_left(words, found)
    return at < len(words) and words[at] == found


def _verb_stem(lexicon: Lexicon, word: str) -> bool:
    """A word the dictionary lists only as the stem of a verb (its imperative: "rengjør",
    "deponer", "ansvarsforsikr"), no noun nor other word of its own: a plan line names a
    need, never bids it done, so the word is the verb's noun cut short."""
    return (
        lexicon.lemma(word) == word
        and word in lexicon.nb.entries
        and not lexicon.nb.is_base(word)
        and word + "e" in lexicon.nb.entries
    )


def _compound_cut(reader: _Reader, lexicon: Lexicon, lower: str) -> str | None:
    """The word a word read as a compound of known parts stands for when its last part is
    cut: a listed word that starts so with the same parts but the last ("glidevent" is
    "glideventiler"; "skolebuss" is no cut of "skolebusskort", nor "bergskjæring" of a word
    of other parts), or the compound with its last part read as the word it starts
    ("hotelltjen"). A last part written as a word must be one a far commoner word starts
    ("tjen" of "tjeneste"; "kull" in "brunkull" is meant)."""
    parts = reader.word(lower)[1]
    if len(parts) < 2:
        return None  # read as one word ("omkobling")
    tail = parts[-1]
    found = reader.truncated(lower)
    if found is not None:
        meant = reader.word(found)[1]
        if meant[:-1] != parts[:-1] or meant[-1] == tail:
            return None
        head = meant[-1]
    elif len(tail) >= _MIN_DROPPED_PART and lower.endswith(tail):
        whole = reader.truncated(tail)
        if whole is None:
            return None
        found, head = lower[: -len(tail)] + whole, whole
    else:
        return None
    # the last part written as a form of the word ("maskiner" in "vavemaskiner")
    start = max(0, len(lower) - len(tail) - 4)
    written = any(
        lower[k:] == tail or lexicon.lemma(lower[k:]) == tail for k in range(start, len(lower) - 1)
    )
    if written and _verb_stem(lexicon, tail):
        return found  # "brannimpregner": a verb's stem is its noun cut short
    if written and lexicon.zipf(head) - lexicon.zipf(tail) < CUT_DOMINATES:
        return None
    return found


def unread_cut(reader: _Reader, surface: str, key: str) -> bool:
    """Whether a main word of a line (as written, and its key) may be a word cut short that
    was left as it is written: no word of the dictionaries nor of running text, ending on a
    consonant, its key its own letters ("kons", "besl"; the run's other lines may say what it
    is). Whether it is read as itself, and not as a name, is asked only of a cut the run can
    read (``merge_cuts``: ``read_as``)."""
    lexicon = reader.lexicon
    if lexicon is None or len(surface) < _MIN_WHOLE or surface[-1] in _VOWELS or "+" in key:
        return False
    if not surface.startswith(key):
        return False  # read as another word (a cut read by itself, a variant)
    if lexicon.lemma(surface) is not None or lexicon.seen_whole(surface):
        return False
    return not reader.known_anyhow(surface)
