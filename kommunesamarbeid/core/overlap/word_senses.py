"""One whole word with two meanings: "skjermer" for PCs and "skjermer" for windows.

A word the CPV catalogue uses in areas of need that have nothing to do with each other
(``RELATED_DIVISIONS``) has more than one meaning in procurement: "skjerm" is a monitor (30)
and a screen or shade (39, 44), "medier" news media (79, 92) and filter media (42), "sprøyter"
syringes (33) and sprayers (16, 43). Two lines that share only such a word are one need only
when the rest of their words agree on the area. ``WordSenses`` learns, once per catalogue,
which areas (CPV divisions) each word's labels belong to:

* an *ambiguous* word is used by labels of two divisions that are not related;
* a *telling* word is used only in one area (every two of its divisions related): it says
  which area a line is about ("PC", "vinduer").

A line's context is the areas its telling words, the code its plan wrote, and the need
families its words name (not by an ambiguous word) point to (``contexts``: bit masks, made per
line). ``apart`` marks pairs whose every shared specific word is one ambiguous whole word and
whose contexts point to unrelated areas, at least one of them by words: the shared word then
says nothing (scoring drops its head signal and discounts the word similarity it carries).
Two lines with agreeing contexts, or with no context beside the word, are judged as before.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.line_features import LineFeatures

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.features import TextModel

__all__ = [
    "RELATED_DIVISIONS",
    "LineContexts",
    "WordSenses",
    "apart",
    "contexts",
    "related",
    "senses_of",
    "shared_ambiguous",
    "telling_words",
]

#: CPV divisions that are one area of need with another: a pair across them is not unrelated.
RELATED_DIVISIONS: Final[tuple[frozenset[str], ...]] = tuple(
    frozenset(group)
    for group in (
        {"30", "48", "72", "32"},
        {"45", "44", "71", "50", "51"},
        {"33", "85"},
        {"15", "55"},
        {"34", "60", "50"},
        {"90", "77", "39"},
        {"79", "75"},
        {"18", "35", "39"},
        {"31", "32", "51", "50"},
        {"03", "14", "44", "45"},
        {"24", "33", "39"},
        {"42", "43", "16"},
        {"37", "39"},
        {"73", "79", "80"},
    )
)

Int = npt.NDArray[np.int64]
Bool = npt.NDArray[np.bool_]


def related(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two sets of divisions share one, or one area (``RELATED_DIVISIONS``)."""
    first, second = frozenset(a), frozenset(b)
    if first & second:
        return True
    return any(first & group and second & group for group in RELATED_DIVISIONS)


def _one_area(divisions: frozenset[str]) -> bool:
    items = sorted(divisions)
    return all(related((x,), (y,)) for i, x in enumerate(items) for y in items[i + 1 :])


class WordSenses:
    """Per word (the analyzer's key), the CPV divisions whose labels use it."""

    def __init__(self, codes: Sequence[str], label_words: Sequence[dict[str, float]]) -> None:
        found: dict[str, set[str]] = {}
        for code, words in zip(codes, label_words, strict=True):
            for key in words:
                found.setdefault(key, set()).add(code[:2])
        divisions = sorted({d for ds in found.values() for d in ds})[:63]
        self.bit: dict[str, int] = {d: 1 << n for n, d in enumerate(divisions)}
        #: per division bit, the bits of the divisions related to it (itself too)
        self.related_bits: dict[int, int] = {
            bit: sum(self.bit[o] for o in divisions if related((d,), (o,)))
            for d, bit in self.bit.items()
        }
        self.divisions: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in found.items()}
        self.ambiguous: frozenset[str] = frozenset(
            k for k, ds in self.divisions.items() if "+" not in k and not _one_area(ds)
        )
        #: word -> the bits of its one area
        self.telling: dict[str, int] = {
            k: self.mask(ds) for k, ds in self.divisions.items() if k not in self.ambiguous
        }

    def mask(self, divisions: Iterable[str]) -> int:
        return sum(self.bit.get(d, 0) for d in frozenset(divisions))

    def closure(self, mask: int) -> int:
        """The bits of every division related to one of ``mask``."""
        result = 0
        for bit, near in self.related_bits.items():
            if mask & bit:
                result |= near
        return result


_SENSES: weakref.WeakKeyDictionary[TextModel, WordSenses] = weakref.WeakKeyDictionary()


def senses_of(model: TextModel) -> WordSenses:
    """The ``WordSenses`` of a model's catalogue (read once per model)."""
    found = _SENSES.get(model)
    if found is None:
        found = WordSenses(sorted(model.catalogue.labels), model.suggester.reading[1])
        _SENSES[model] = found
    return found


@dataclass(frozen=True, slots=True)
class LineContexts:
    """Per line: the areas its context points to (bits), their related areas, whether words
    (not only a written code) gave them, and whether the line has an ambiguous word."""

    mask: Int
    near: Int
    worded: Bool
    ambiguous: Bool


def _family_mask(model: TextModel, senses: WordSenses, family: int) -> int:
    divisions = frozenset(code[:2] for code in model.families[family].cpv)
    return senses.mask(divisions) if divisions and _one_area(divisions) else 0


def telling_words(
    model: TextModel, senses: WordSenses, line: LineFeatures
) -> tuple[int, list[str], bool]:
    """A line's context: the area bits, its telling words as written, and whether any of
    them is ambiguous."""
    generic = model.generic
    mask = 0
    words: list[str] = []
    ambiguous = False
    for key, weight in line.terms.items():
        if weight <= 0.0 or key in generic:
            continue
        if key in senses.ambiguous:
            ambiguous = True
            continue
        bits = senses.telling.get(key, 0)
        if bits:
            mask |= bits
            surface = line.surfaces.get(key) or next(
                (s for k, s in line.surfaces.items() if key in k.split("+")), None
            )
            if surface is not None and surface not in words:
                words.append(surface)
    if not line.family_from_code:
        for family in line.families:
            key = model.analyzer.word(line.matched_terms.get(family, "").lower())[0]
            if key and key not in senses.ambiguous:
                mask |= _family_mask(model, senses, family)
    return mask, words, ambiguous


def contexts(model: TextModel, features: Sequence[LineFeatures]) -> LineContexts:
    """Every line's context (``LineContexts``), one pass over the lines' words."""
    senses = senses_of(model)
    n = len(features)
    mask = np.zeros(n, dtype=np.int64)
    near = np.zeros(n, dtype=np.int64)
    worded = np.zeros(n, dtype=bool)
    ambiguous = np.zeros(n, dtype=bool)
    for number, line in enumerate(features):
        bits, _words, amb = telling_words(model, senses, line)
        ambiguous[number] = amb
        if not amb:
            continue
        worded[number] = bits != 0
        if line.cpv and line.cpv_source == "written":
            bits |= senses.bit.get(line.cpv[:2], 0)
        mask[number] = bits
        near[number] = senses.closure(bits)
    return LineContexts(mask, near, worded, ambiguous)


def shared_ambiguous(model: TextModel, first: LineFeatures, second: LineFeatures) -> list[str]:
    """The words (keys) two lines share when every shared specific word is one ambiguous
    whole word, and every need family of both is known in both only by such a word; else
    an empty list."""
    senses = senses_of(model)
    generic = model.generic
    shared = [
        k
        for k, w in first.terms.items()
        if w > 0.0 and k not in generic and second.terms.get(k, 0.0) > 0.0
    ]
    if not shared or any(k not in senses.ambiguous for k in shared):
        return []
    analyzer = model.analyzer
    for family in set(first.families) & set(second.families):
        for line in (first, second):
            key = analyzer.word(line.matched_terms.get(family, "").lower())[0]
            if key not in shared:
                return []
    return shared


def apart(
    model: TextModel,
    features: Sequence[LineFeatures],
    found: LineContexts,
    a: Int,
    b: Int,
    which: Bool,
) -> Bool:
    """Pairs (of those marked ``which``) that share only an ambiguous whole word, and whose
    contexts point to unrelated areas (see the module docstring)."""
    maybe = which & found.ambiguous[a] & found.ambiguous[b]
    maybe &= (found.mask[a] != 0) & (found.mask[b] != 0) & (found.worded[a] | found.worded[b])
    maybe &= (found.near[a] & found.mask[b]) == 0
    result = np.zeros(len(a), dtype=bool)
    for k in np.flatnonzero(maybe).tolist():
        result[k] = bool(shared_ambiguous(model, features[int(a[k])], features[int(b[k])]))
    return result
