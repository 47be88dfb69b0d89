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
from collections import Counter
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
    "evidence",
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

#: A word tells a line's area when this share of the labels using it are in one area.
_TELLING: Final = 0.6
#: Labels outside a word's main area that make it a word with another meaning (or a fifth).
_OTHER_SENSE: Final = 2

Int = npt.NDArray[np.int64]
Bool = npt.NDArray[np.bool_]


def related(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two sets of divisions share one, or one area (``RELATED_DIVISIONS``)."""
    first, second = frozenset(a), frozenset(b)
    if first & second:
        return True
    return any(first & group and second & group for group in RELATED_DIVISIONS)


class WordSenses:
    """Per word (the analyzer's key), the CPV divisions whose labels use it."""

    def __init__(self, codes: Sequence[str], label_words: Sequence[dict[str, float]]) -> None:
        found: dict[str, Counter[str]] = {}
        for code, words in zip(codes, label_words, strict=True):
            for key in words:
                found.setdefault(key, Counter())[code[:2]] += 1
        divisions = sorted({d for ds in found.values() for d in ds})[:63]
        self.bit: dict[str, int] = {d: 1 << n for n, d in enumerate(divisions)}
        #: per division bit, the bits of the divisions related to it (itself too)
        self.related_bits: dict[int, int] = {
            bit: sum(self.bit[o] for o in divisions if related((d,), (o,)))
            for d, bit in self.bit.items()
        }
        self.divisions: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in found.items()}
        ambiguous: set[str] = set()
        #: word -> the bits of the area most of its labels are in (``_TELLING`` of them)
        self.telling: dict[str, int] = {}
        for key, counts in found.items():
            top = counts.most_common(1)[0][0]
            area = {d: n for d, n in counts.items() if related((d,), (top,))}
            total, inside = sum(counts.values()), sum(area.values())
            if inside >= _TELLING * total:
                self.telling[key] = self.mask(area)
            outside = total - inside
            if "+" not in key and outside and (outside >= _OTHER_SENSE or outside >= 0.2 * total):
                ambiguous.add(key)
        #: words used in unrelated areas, each area by more than a stray label
        self.ambiguous: frozenset[str] = frozenset(ambiguous)

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
    """Per line: its telling words (key -> area bits), the area bits its written code and
    need families give, and whether it has an ambiguous word (and any context at all)."""

    words: list[dict[str, int]]
    other: list[int]
    ambiguous: Bool
    any_context: Bool


def _family_mask(model: TextModel, senses: WordSenses, family: int) -> int:
    divisions = frozenset(code[:2] for code in model.families[family].cpv)
    first = min(divisions, default="")
    return senses.mask(divisions) if all(related((d,), (first,)) for d in divisions) else 0


def _surface(line: LineFeatures, key: str) -> str | None:
    """The word of a line's text a key (or a part of it) comes from, as written."""
    return line.surfaces.get(key) or next(
        (s for k, s in line.surfaces.items() if key in k.split("+")), None
    )


def _line_context(
    model: TextModel, senses: WordSenses, line: LineFeatures
) -> tuple[dict[str, int], int, bool]:
    """A line's telling words (key -> area bits), the bits of its written code and of the
    need families its words name (not by an ambiguous word), and whether it has an ambiguous
    word."""
    words: dict[str, int] = {}
    ambiguous = False
    for key, weight in line.terms.items():
        if weight <= 0.0 or key in model.generic:
            continue
        ambiguous |= key in senses.ambiguous
        bits = senses.telling.get(key, 0)
        if bits:
            words[key] = bits
    other = senses.bit.get(line.cpv[:2], 0) if line.cpv and line.cpv_source == "written" else 0
    if not line.family_from_code:
        for family in line.families:
            key = model.analyzer.word(line.matched_terms.get(family, "").lower())[0]
            if key and key not in senses.ambiguous:
                other |= _family_mask(model, senses, family)
    return words, other, ambiguous


def contexts(model: TextModel, features: Sequence[LineFeatures]) -> LineContexts:
    """Every line's context (``LineContexts``), one pass over the lines' words."""
    senses = senses_of(model)
    words: list[dict[str, int]] = []
    other: list[int] = []
    ambiguous = np.zeros(len(features), dtype=bool)
    for number, line in enumerate(features):
        found, bits, amb = _line_context(model, senses, line) if line.terms else ({}, 0, False)
        words.append(found)
        other.append(bits)
        ambiguous[number] = amb
    any_context = np.array([bool(w) or bool(o) for w, o in zip(words, other, strict=True)])
    return LineContexts(words, other, ambiguous, any_context.astype(bool))


def shared_ambiguous(model: TextModel, first: LineFeatures, second: LineFeatures) -> list[str]:
    """The word (key) two lines share when their only shared specific word is one ambiguous
    whole word, and every need family of both is known in both only by such a word; else
    an empty list."""
    senses = senses_of(model)
    generic = model.generic
    shared = [
        k
        for k, w in first.terms.items()
        if w > 0.0 and k not in generic and second.terms.get(k, 0.0) > 0.0
    ]
    if len(shared) != 1 or shared[0] not in senses.ambiguous:
        return []  # two shared words are evidence: two meanings seldom meet twice
    analyzer = model.analyzer
    for family in set(first.families) & set(second.families):
        for line in (first, second):
            key = analyzer.word(line.matched_terms.get(family, "").lower())[0]
            if key not in shared:
                return []
    return shared


def _apart_words(
    senses: WordSenses, found: LineContexts, one: int, other: int, shared: Sequence[str]
) -> bool:
    """The two lines' contexts, without the shared words, point to unrelated areas where the
    shared word is used, at least one of them by words."""
    senses_of_word = 0
    for key in shared:
        senses_of_word |= senses.mask(senses.divisions.get(key, ()))
    near_word = senses.closure(senses_of_word)
    masks = []
    worded = False
    for line in (one, other):
        words = [bits for key, bits in found.words[line].items() if key not in shared]
        worded |= bool(words)
        mask = found.other[line]
        for bits in words:
            mask |= bits
        mask &= near_word
        if not mask:
            return False
        masks.append(mask)
    return worded and not senses.closure(masks[0]) & masks[1]


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
    maybe &= found.any_context[a] & found.any_context[b]
    result = np.zeros(len(a), dtype=bool)
    senses = senses_of(model)
    for k in np.flatnonzero(maybe).tolist():
        one, other = int(a[k]), int(b[k])
        shared = shared_ambiguous(model, features[one], features[other])
        result[k] = bool(shared) and _apart_words(senses, found, one, other, shared)
    return result


def telling_words(
    model: TextModel, first: LineFeatures, second: LineFeatures
) -> tuple[list[str], list[str]]:
    """The words of each line (as written) that tell its area, the shared ones left out."""
    senses = senses_of(model)
    shared = set(shared_ambiguous(model, first, second))
    result: list[list[str]] = []
    for line in (first, second):
        words: list[str] = []
        for key in _line_context(model, senses, line)[0]:
            surface = _surface(line, key)
            if key not in shared and surface is not None and surface not in words:
                words.append(surface)
        result.append(words)
    return result[0], result[1]


def _quoted(words: Sequence[str]) -> str:
    return ", ".join(f"«{w}»" for w in words)


def evidence(model: TextModel, first: LineFeatures, second: LineFeatures) -> str:
    """Why the one word two lines share does not make them one need, in Norwegian, quoting
    only words of the lines."""
    shared = [w for w in (_surface(first, k) for k in shared_ambiguous(model, first, second)) if w]
    sides = []
    for line, words in zip((first, second), telling_words(model, first, second), strict=True):
        words = words[:3]
        if words:
            sides.append(f"{_quoted(words)} i linje {line.line.id}")
        elif line.cpv and line.cpv_source == "written":
            sides.append(f"CPV {line.cpv} i linje {line.line.id}")
    what = f"ordet {_quoted(shared[:1])}" if shared else "det felles ordet"
    return (
        f"Linjene har bare {what} felles, og {what} betyr ulike ting her "
        f"({' og '.join(sides)} peker mot ulike områder): det alene gjør dem ikke til samme "
        "behov (senker likheten)"
    )
