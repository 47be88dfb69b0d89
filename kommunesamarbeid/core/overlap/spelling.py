"""Near spellings of one long word across the lines of a run: the same word, written apart.

Plans write one need as nynorsk and bokmål ("sjukeheimsseng" / "sykehjemsseng" where the
dictionaries link no spelling), with -ar and -er plurals, or with a plain typo in a long
compound. Two main words of different lines are read as one word when

* both are long (``MIN_LENGTH`` letters or more, as written or as the engine's key of them),
* they start with the same letter and differ by at most ``max_edits`` letters (Levenshtein:
  one below ten letters, else two),
* they are not two different words of one dictionary ("oppmåling" / "oppmaling",
  "sykepleier" / "sykepleie": the bokmål dictionary knows both, as two lemmas), nor compounds
  that differ in a long part that is two such words ("evakueringsplan" / "evalueringsplan").

Their keys are then replaced by one key, ``VARIANT_MARK`` + the smallest of them, in every line
of the run (before the word vectors are built, so the candidate search sees them as one word);
each line keeps its own spelling in ``surfaces``, so a reason quotes each line's word as it is
written. Nothing here is stored with a line's analysis: it depends on the run's other lines.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Final, Protocol

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

from kommunesamarbeid.core.overlap.features import LineFeatures

__all__ = ["MIN_LENGTH", "VARIANT_MARK", "is_variant", "max_edits", "merge_spellings"]

#: The shortest word (letters) read as a spelling of another.
MIN_LENGTH: Final = 9
#: The shortest word that may differ by two letters.
_TWO_EDITS: Final = 10
#: A compound's part this long is a word of its own: two different ones are two words.
_LONG_PART: Final = 6
#: Keys made of spelling variants start with this (``explain`` says so in its reasons).
VARIANT_MARK: Final = "≈"
#: Most words compared with each other at once (a block of words with the same first letter
#: is compared in slices of this many against the whole block: memory stays small).
_SLICE: Final = 2_000


class _Dictionary(Protocol):
    def lemmas(self, word: str) -> list[str]: ...


class Senses(Protocol):
    """What the check needs of the lexicon (``lexicon.Lexicon``)."""

    @property
    def nb(self) -> _Dictionary: ...

    @property
    def nn(self) -> _Dictionary: ...

    def lemma(self, word: str) -> str | None: ...


def max_edits(length: int) -> int:
    """Letters two spellings of a word of this length may differ by: one below ten letters,
    two from ten ("snøfresere" / "snøfreserar": a nynorsk agent noun's plural)."""
    return 2 if length >= _TWO_EDITS else 1


def is_variant(key: str) -> bool:
    return key.startswith(VARIANT_MARK)


def _different_words(first: str, second: str, senses: Senses | None) -> bool:
    """Both are words of one dictionary, read as two lemmas ("sykepleier" / "sykepleie");
    a bokmål and a nynorsk word are not ("kaffemaskiner" / "kaffimaskinar")."""
    if senses is None:
        return False
    one_dictionary = any(
        language.lemmas(first) and language.lemmas(second) for language in (senses.nb, senses.nn)
    )
    return one_dictionary and senses.lemma(first) != senses.lemma(second)


def _different_parts(one: str, other: str, senses: Senses | None) -> bool:
    """Two compounds of as many parts where a long part differs and the two are different
    words of one dictionary ("evakuering+plan" / "evaluering+plan"); short parts are where
    nynorsk and bokmål differ ("syk" / "sjuke", "kaffe" / "kaffi") and are not judged."""
    first, second = one.split("+"), other.split("+")
    if len(first) != len(second):
        return False
    return any(
        p != q and min(len(p), len(q)) >= _LONG_PART and _different_words(p, q, senses)
        for p, q in zip(first, second, strict=True)
    )


def _written(key: str) -> str:
    return key.replace("+", "")


def merge_spellings(
    features: Sequence[LineFeatures], senses: Senses | None
) -> tuple[list[LineFeatures], dict[str, str]]:
    """The lines with the keys of near-spelled main words replaced by one key, and that
    replacement (old key -> new key; empty when no two words are near)."""
    # every spelling (as written, and the key's letters) of every long main word -> its keys
    keys_of: dict[str, set[str]] = {}
    for feature in features:
        for key in feature.main_keys:
            if is_variant(key) or feature.terms.get(key, 0.0) <= 0.0:
                continue
            surface = feature.surfaces.get(key, "")
            for spelling in (surface, _written(key)):
                if len(spelling) >= MIN_LENGTH and spelling.isalpha():
                    keys_of.setdefault(spelling, set()).add(key)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    spellings = sorted(keys_of)
    by_start: dict[str, list[str]] = {}
    for spelling in spellings:
        by_start.setdefault(spelling[0], []).append(spelling)
    for block in by_start.values():
        if len(block) < 2:
            continue
        for low in range(0, len(block), _SLICE):
            rows = block[low : low + _SLICE]
            distances = cdist(
                rows, block, scorer=Levenshtein.distance, score_cutoff=2, dtype="int8"
            )
            for i, j in zip(*(distances <= 2).nonzero(), strict=True):
                first, second = rows[int(i)], block[int(j)]
                if first >= second or keys_of[first] == keys_of[second]:
                    continue
                if int(distances[i, j]) > max_edits(min(len(first), len(second))):
                    continue
                if _different_words(first, second, senses):
                    continue
                for one in keys_of[first]:
                    for other in keys_of[second]:
                        if _different_parts(one, other, senses):
                            continue
                        a, b = root(one), root(other)
                        if a != b:
                            parent[max(a, b)] = min(a, b)
    if not parent:
        return list(features), {}
    mapping = {k: VARIANT_MARK + root(k) for k in sorted({*parent, *parent.values()})}
    return [_renamed(f, mapping) for f in features], mapping


def _renamed(feature: LineFeatures, mapping: dict[str, str]) -> LineFeatures:
    """One line's features with the keys of ``mapping`` replaced (the line itself when it has
    none of them)."""
    if all(k not in mapping for k in feature.main_keys):
        return feature

    def weights(values: dict[str, float]) -> dict[str, float]:
        result: dict[str, float] = {}
        for key, weight in values.items():
            new = mapping.get(key, key)
            result[new] = max(result.get(new, 0.0), weight)
        return result

    surfaces: dict[str, str] = {}
    for key, surface in feature.surfaces.items():
        surfaces.setdefault(mapping.get(key, key), surface)
    # a merged word's head is the merged word (its last part may be misread in one spelling:
    # "snøfreserar" as "snø+fres+ra")
    heads = {k.split("+")[-1]: mapping[k] for k in feature.main_keys if k in mapping}
    heads.update((k, v) for k, v in mapping.items() if k in feature.heads)
    return dataclasses.replace(
        feature,
        terms=weights(feature.terms),
        surfaces=surfaces,
        main_keys=tuple(dict.fromkeys(mapping.get(k, k) for k in feature.main_keys)),
        heads=tuple(dict.fromkeys(heads.get(k, k) for k in feature.heads)),
        compounds=weights(feature.compounds),
        split_forms=weights(feature.split_forms),
    )
