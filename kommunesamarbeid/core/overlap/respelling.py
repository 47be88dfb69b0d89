"""Bokmål spellings of nynorsk words no dictionary pair gives: a nynorsk "ê", the "-kje",
"-gje" endings, the prefix "føre-", the present participle's "-ande", the "-laus" of
adjectives bokmål lists as side forms, and the "øy" of bokmål side forms ("støype" beside
"støpe"), and the vowels nynorsk writes where bokmål has «å» ("opning": "åpning") and the
"-ar" of its nouns for doers and tools ("vaskar": "vasker"; "skiljar": "skiller", "opnar":
"åpner")."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

# the shortest stem an ending ("-kje", "-ande") or the prefix "føre-" is read beside
from .surface_split import MIN_STEM as _MIN_STEM

#: The bokmål letters tried for the "ê" nynorsk writes: mostly "æ" ("vêr", "lêr"), else "e".
#: ("fôr" is bokmål too.)
_CIRCUMFLEX_TABLES: Final = (str.maketrans("ê", "æ"), str.maketrans("ê", "e"))


def side_spellings(word: str) -> set[str]:
    """The word with one "øy" as "ø": bokmål lists "støype", "løyse" beside "støpe", "løse"."""
    return {word[:i] + "ø" + word[i + 2 :] for i in range(len(word) - 1) if word[i : i + 2] == "øy"}


def respelt(word: str, bokmal: dict[str, str], frequency: Mapping[str, float]) -> str:
    """A nynorsk word with "ê" in the bokmål spelling of it the bokmål dictionary lists
    ("vêr" -> "vær"), ending in "-kje", "-gje" ("søkje", "merkje", "rekkje": bokmål "søke",
    "merke", "rekke"), starting with "føre-" ("føretak", "føreslag": bokmål "foretak",
    "forslag"; of "fore-" and "for-" the commoner word by ``frequency``), or a present
    participle in "-ande" ("kontrollerande", "krevjande": bokmål "kontrollerende", "krevende",
    which the bokmål dictionary lists as words of their own, so no pair of headwords gives
    them); the word when there is none."""
    if word.endswith(("kje", "gje")) and len(word) >= _MIN_STEM + 2:
        found = word[:-2] + "e"
        return found if found in bokmal else word
    if word.startswith("føre") and len(word) >= _MIN_STEM + 4:
        # the nynorsk prefix "føre-" is bokmål "fore-" or "for-" ("føretak", "føreslag")
        options = [p + word[4:] for p in ("fore", "for") if p + word[4:] in bokmal]
        if options:
            return max(options, key=lambda w: frequency.get(w, 0.0))
    if word.endswith("ande") and len(word) >= _MIN_STEM + 4:
        stems = (word[:-4], word[:-5]) if word[-5] == "j" else (word[:-4],)
        return next((s + "ende" for s in stems if s + "ende" in bokmal), word)
    if "ê" not in word:
        return word
    for table in _CIRCUMFLEX_TABLES:
        found = word.translate(table)
        if found in bokmal:
            return found
    return word


#: Nynorsk spellings of one vowel bokmål writes otherwise ("opning" / "åpning", "band" /
#: "bånd"), tried one place at a time.
_VOWELS: Final = (("o", "å"), ("a", "å"))
#: A respelling of a vowel is taken only to a bokmål word running text uses this often (Zipf):
#: one letter makes many a rare word of another ("dreiestol" is no "dreiestål").
_COMMON: Final = 2.0
#: The ending of nynorsk nouns for doers and tools, and bokmål's ("vaskar", "vasker").
_DOER: Final = ("ar", "er")


def vowel_respelt(
    word: str, bokmal: Mapping[str, str], frequency: Mapping[str, float]
) -> str | None:
    """The bokmål headword of a nynorsk word no dictionary pair gives: one vowel as bokmål
    writes it, when that makes a common bokmål word ("opning" -> "åpning", "snømoking" ->
    "snømåking"), or a noun in "-ar" as the bokmål noun in "-er" ("vaskar",
    "oppvaskar" -> "vasker", "oppvasker"); None when there is none."""
    if word.endswith(_DOER[0]) and len(word) >= _MIN_STEM + 2:
        stem = word[: -len(_DOER[0])]
        doer = stem + _DOER[1]
        if not bokmal.get(doer, "=").startswith("="):
            return doer
        found_doer = _doer_respelt(stem, bokmal, frequency)
        if found_doer is not None:
            return found_doer
    found = [
        w
        for w in _vowel_spellings(word)
        if not bokmal.get(w, "=").startswith("=") and frequency.get(w, 0.0) >= _COMMON
    ]
    return max(found, key=lambda w: (frequency.get(w, 0.0), w)) if found else None


#: The stem of a nynorsk doer noun before «-ar» as bokmål writes it before «-er»: «lj» is
#: «ll» («skiljar»: «skiller»), a «j» after «k» is dropped («treskjar»: «tresker»). (Not
#: «gj»: «lagjar» would be «lager», a store.)
_DOER_STEMS: Final = (("lj", "ll"), ("kj", "k"))


def _doer_respelt(
    stem: str, bokmal: Mapping[str, str], frequency: Mapping[str, float]
) -> str | None:
    """The bokmål noun in «-er» of a nynorsk doer noun's stem spelt otherwise: the stem's end
    as bokmål writes it (``_DOER_STEMS``: «slamavskiljar» is «slamavskiller»), or one vowel
    so, when that makes a common bokmål word («opnar», «døropnar»: «åpner», «døråpner»);
    None when there is none."""
    for nynorsk, written in _DOER_STEMS:
        if stem.endswith(nynorsk):
            doer = stem[: -len(nynorsk)] + written + _DOER[1]
            if not bokmal.get(doer, "=").startswith("="):
                return doer
    found = [
        doer
        for respelt in _vowel_spellings(stem)
        for doer in (respelt + _DOER[1],)
        if not bokmal.get(doer, "=").startswith("=") and frequency.get(doer, 0.0) >= _COMMON
    ]
    return max(found, key=lambda w: (frequency.get(w, 0.0), w)) if found else None


def running_respelling(
    word: str,
    parts: tuple[str, ...],
    lemma: Callable[[str], str | None],
    frequency: Mapping[str, float],
) -> str | None:
    """A word running bokmål text writes where nynorsk writes ``word`` with another vowel
    ("handkle": "håndkle"), or with a nynorsk first part as bokmål spells it and the last
    part's vowel so ("brei" + "band": "bredbånd"; ``parts``: the word's surface parts), when
    it is common and commoner than ``word``; None when there is none."""
    own = frequency.get(word, 0.0)
    candidates = [*_vowel_spellings(word)]
    if len(parts) == 2 and (first := lemma(parts[0])) not in (None, parts[0]):
        candidates += [first + last for last in _vowel_spellings(parts[1])]
    found = [w for w in candidates if frequency.get(w, 0.0) >= max(_COMMON, own + 1.0)]
    return max(found, key=lambda w: (frequency.get(w, 0.0), w)) if found else None


def respelt_inside(
    parts: tuple[str, ...],
    lemma: Callable[[str], str | None],
    frequency: Mapping[str, float],
    split: Callable[[str], tuple[str, ...]],
) -> tuple[str, ...]:
    """The parts of a compound of three or more parts with two neighbours read as running
    bokmål writes their compound (``running_respelling``: "brei" + "band" in
    "breibandsamband" is "bred" + "bånd", as "breiband" alone is read)."""
    if len(parts) < 3:
        return parts
    for i in range(len(parts) - 1):
        found = running_respelling(parts[i] + parts[i + 1], parts[i : i + 2], lemma, frequency)
        if found is not None:
            return (*parts[:i], *(split(found) or (found,)), *parts[i + 2 :])
    return parts


def _vowel_spellings(word: str) -> list[str]:
    """The word with one nynorsk vowel as bokmål may write it (``_VOWELS``)."""
    return [
        word[:i] + written + word[i + len(nynorsk) :]
        for nynorsk, written in _VOWELS
        for i in range(len(word))
        if word.startswith(nynorsk, i)
    ]


def laus_to_los(lemma: str | None, bokmal: dict[str, str]) -> str | None:
    """A lemma in "-laus", a nynorsk adjective bokmål lists as a side form ("trådlaus",
    "kontaktlaus"), as the bokmål "-løs" headword ("trådløs", "kontaktløs") when there is one:
    bokmål text writes "-løs", so the side form would be another word."""
    if lemma is None or not lemma.endswith("laus"):
        return lemma
    found = lemma[:-4] + "løs"
    flags = bokmal.get(found)
    return found if flags is not None and not flags.startswith("=") else lemma
