"""One whole word with two meanings: "skjermer" for PCs and "skjermer" for windows.

A word the CPV catalogue uses in areas of need that have nothing to do with each other
(``RELATED_DIVISIONS``) has more than one meaning in procurement: "skjerm" is a monitor (30)
and a screen or shade (39, 44), "medier" news media (79, 92) and filter media (42), "sprøyter"
syringes (33) and sprayers (16, 43). Two lines that share only such a word are one need only
when the rest of their words agree on the area. ``WordSenses`` learns, once per catalogue,
which areas (CPV divisions) each word's labels belong to:

* an *ambiguous* word (a whole word, no compound) has labels outside its main area (the
  divisions related to the one with most of its labels): at least two, or a fifth of them;
* a *telling* word has most of its labels (``_TELLING``) in one area: it says which area a
  line is about ("datamaskiner", "vinduer"). Words for a place or building ("skole", "bygg")
  say where, not what, and never tell.

A line's context is the areas its telling words, the code its plan wrote, and the need
families its words name (not by an ambiguous word) point to (``contexts``: bit masks, made
once per reading of a line). ``apart`` marks pairs whose only shared specific word is one
ambiguous word, whose need families in common are known in both only by it, and whose
contexts without it, where the word is used, point to unrelated areas, at least one of them
by words: the shared word then says nothing (scoring drops the head signal and a family known
by the word, and discounts the word similarity). Two shared words, agreeing contexts, or a
line with no context beside the word: judged as before.
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

#: Words for a place, beside the vocabulary's building heads: "Metall til kommunale bygg".
_PLACES: Final = ("bygg", "bygning", "lokale", "kommune")
#: A word tells a line's area when this share of the labels using it are in one area.
_TELLING: Final = 0.6
#: Labels outside a word's main area that make it a word with another meaning (or a fifth).
_OTHER_SENSE: Final = 2

#: Pairs x slots x slots compared at once (``apart``): memory stays flat.
_CELLS: Final = 4_000_000
#: Pairs are compared on as many slots as the line with more words needs, in these steps.
_WIDTHS: Final = (2, 3, 4, 6, 8)

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
        self._closures: dict[int, int] = {}
        #: last parts of words for a place or building ("skole", "bygg"): where a thing is
        #: used, not what it is (never a line's context; set by ``senses_of``)
        self.places: frozenset[str] = frozenset()
        #: per ambiguous word, the bits of every area related to one where it is used
        self.near_word: dict[str, int] = {
            k: self.closure(self.mask(self.divisions[k])) for k in self.ambiguous
        }

    def mask(self, divisions: Iterable[str]) -> int:
        return sum(self.bit.get(d, 0) for d in frozenset(divisions))

    def closure(self, mask: int) -> int:
        """The bits of every division related to one of ``mask`` (kept per mask)."""
        found = self._closures.get(mask)
        if found is None:
            found = 0
            for bit, near in self.related_bits.items():
                if mask & bit:
                    found |= near
            self._closures[mask] = found
        return found


_SENSES: weakref.WeakKeyDictionary[TextModel, WordSenses] = weakref.WeakKeyDictionary()


def senses_of(model: TextModel) -> WordSenses:
    """The ``WordSenses`` of a model's catalogue (read once per model)."""
    found = _SENSES.get(model)
    if found is None:
        found = WordSenses(sorted(model.catalogue.labels), model.suggester.reading[1])
        words = (model.analyzer.word(w)[1] for w in _PLACES)
        found.places = model.building_heads | {parts[-1] for parts in words if parts}
        _SENSES[model] = found
    return found


@dataclass(frozen=True, slots=True)
class LineContexts:
    """Every line's context as arrays. Words have numbers (ids) for the run; a line without
    an ambiguous word has none of its words in slots (no pair of it is judged)."""

    #: per line, the area bits its written code and need families give
    other: Int
    #: per line and slot, a specific word (id, -1: none) and the area bits it tells (0: none)
    words: Int
    tells: Int
    #: per line and slot, a need family (-1: none) and the word (id) it was known by (-2: no
    #: single word)
    families: Int
    family_words: Int
    #: per word id: ambiguous, and the bits of the areas near where it is used
    ambiguous: Bool
    near: Int
    #: per line, one bit per ambiguous word (its id modulo 63): two lines without a bit in
    #: common share no ambiguous word (a quick first look)
    sketch: Int
    any_context: Bool
    #: per line, how many specific words it has in slots
    count: Int


def _family_mask(model: TextModel, senses: WordSenses, family: int) -> int:
    divisions = frozenset(code[:2] for code in model.families[family].cpv)
    first = min(divisions, default="")
    return senses.mask(divisions) if all(related((d,), (first,)) for d in divisions) else 0


def _surface(line: LineFeatures, key: str) -> str | None:
    """The word of a line's text a key (or a part of it) comes from, as written."""
    return line.surfaces.get(key) or next(
        (s for k, s in line.surfaces.items() if key in k.split("+")), None
    )


def _specific(model: TextModel, line: LineFeatures) -> frozenset[str]:
    generic = model.generic
    return frozenset(k for k, w in line.terms.items() if w > 0.0 and k not in generic)


def _line_context(
    model: TextModel, senses: WordSenses, line: LineFeatures, specific: frozenset[str]
) -> tuple[dict[str, int], int]:
    """A line's telling words (key -> area bits, of its ``specific`` words), and the bits of
    its written code and of the need families its words name (not by an ambiguous word)."""
    words: dict[str, int] = {}
    for key in specific:
        if key.rsplit("+", 1)[-1] in senses.places:
            continue
        bits = senses.telling.get(key, 0)
        if bits:
            words[key] = bits
    other = senses.bit.get(line.cpv[:2], 0) if line.cpv and line.cpv_source == "written" else 0
    if not line.family_from_code:
        for family in line.families:
            key = model.analyzer.word(line.matched_terms.get(family, "").lower())[0]
            if key and key not in senses.ambiguous:
                other |= _family_mask(model, senses, family)
    return words, other


def _slots(rows: Sequence[Sequence[int]], n: int, empty: int) -> Int:
    width = max((len(r) for r in rows), default=0) or 1
    result = np.full((n, width), empty, dtype=np.int64)
    for number, row in enumerate(rows):
        result[number, : len(row)] = row
    return result


_Reading = tuple[list[int], list[int], list[int], list[int], list[int], int]


def contexts(model: TextModel, features: Sequence[LineFeatures]) -> LineContexts:
    """Every line's context (``LineContexts``), one pass over the lines' words (lines read
    alike, read once)."""
    senses = senses_of(model)
    n = len(features)
    ids: dict[str, int] = {}
    readings: dict[tuple[object, ...], _Reading | None] = {}
    rows: list[_Reading | None] = []
    for line in features:
        cpv = line.cpv if line.cpv_source == "written" else None
        key = (id(line.terms), id(line.matched_terms), line.families, line.family_from_code, cpv)
        if key not in readings:
            readings[key] = _reading(model, senses, line, ids)
        rows.append(readings[key])
    empty: _Reading = ([], [], [], [], [], 0)
    filled = [r or empty for r in rows]
    names = list(ids)
    ambiguous = np.array([k in senses.ambiguous for k in names] + [False], dtype=bool)
    words = _slots([r[0] for r in filled], n, -1)
    tells = _slots([r[1] for r in filled], n, 0)
    other = np.fromiter((r[5] for r in filled), dtype=np.int64, count=n)
    ambiguous_words = _slots([r[4] for r in filled], n, -1)
    return LineContexts(
        other=other,
        words=words,
        tells=tells,
        families=_slots([r[2] for r in filled], n, -1),
        family_words=_slots([r[3] for r in filled], n, -2),
        ambiguous=ambiguous,
        near=np.array([senses.near_word.get(k, 0) for k in names] + [0], dtype=np.int64),
        sketch=np.bitwise_or.reduce(
            np.where(ambiguous_words >= 0, np.left_shift(1, ambiguous_words % 63), 0), axis=1
        ),
        any_context=(other != 0) | (tells != 0).any(axis=1),
        count=(words >= 0).sum(axis=1),
    )


def _reading(
    model: TextModel, senses: WordSenses, line: LineFeatures, ids: dict[str, int]
) -> _Reading | None:
    """One line's words, telling bits, families, the words its families are known by, its
    ambiguous words (ids) and its other bits; None for a line without an ambiguous word."""
    keys = _specific(model, line)
    if keys.isdisjoint(senses.ambiguous):
        return None
    found, other = _line_context(model, senses, line, keys)
    ordered = sorted(keys)
    word_ids = [ids.setdefault(k, len(ids)) for k in ordered]
    analyzer = model.analyzer
    known = [
        ids.get(analyzer.word(line.matched_terms.get(f, "").lower())[0], -2) for f in line.families
    ]
    return (
        word_ids,
        [found.get(k, 0) for k in ordered],
        list(line.families),
        known,
        [ids[k] for k in ordered if k in senses.ambiguous],
        other,
    )


def shared_ambiguous(
    model: TextModel,
    first: LineFeatures,
    second: LineFeatures,
    shared: frozenset[str] | None = None,
) -> str | None:
    """The word (key) two lines share when their only shared specific word is one ambiguous
    whole word, and every need family of both is known in both only by that word; else None.
    ``shared``: the specific words they share, when known."""
    senses = senses_of(model)
    if shared is None:
        shared = _specific(model, first) & _specific(model, second)
    if len(shared) != 1:
        return None  # two shared words are evidence: two meanings seldom meet twice
    (word,) = shared
    if word not in senses.ambiguous:
        return None
    analyzer = model.analyzer
    for family in set(first.families) & set(second.families):
        for line in (first, second):
            if analyzer.word(line.matched_terms.get(family, "").lower())[0] != word:
                return None
    return word


def _closure(senses: WordSenses, masks: Int) -> Int:
    """``WordSenses.closure`` of each mask."""
    result = np.zeros(len(masks), dtype=np.int64)
    for bit, near in senses.related_bits.items():
        result |= np.where((masks & bit) != 0, near, 0)
    return result


def _context_without(found: LineContexts, lines: Int, word: Int, width: int) -> tuple[Int, Bool]:
    """Area bits of the lines' contexts without the word, and whether words gave any."""
    others = found.words[lines, :width] != word[:, None]
    tells = np.where(others, found.tells[lines, :width], 0)
    mask: Int = found.other[lines] | np.bitwise_or.reduce(tells, axis=1)
    worded: Bool = (tells != 0).any(axis=1)
    return mask, worded


def _decide(senses: WordSenses, found: LineContexts, a: Int, b: Int, width: int) -> Bool:
    """``apart`` for pairs whose lines have an ambiguous word each and at most ``width``
    specific words (see the module docstring)."""
    wa, wb = found.words[a, :width], found.words[b, :width]
    shared = ((wa[:, :, None] == wb[:, None, :]) & (wa >= 0)[:, :, None]).any(axis=2)
    one = shared.sum(axis=1) == 1
    word = np.where(one, wa[np.arange(len(a)), shared.argmax(axis=1)], -1)
    result: Bool = one & found.ambiguous[word]
    left = np.flatnonzero(result)
    a, b, word = a[left], b[left], word[left]
    near = found.near[word]
    mask_a, worded_a = _context_without(found, a, word, width)
    mask_b, worded_b = _context_without(found, b, word, width)
    mask_a &= near
    mask_b &= near
    keep = (mask_a != 0) & (mask_b != 0) & (worded_a | worded_b)
    keep[keep] = (_closure(senses, mask_a[keep]) & mask_b[keep]) == 0
    # a need family of both lines known in either by another word joins them
    fa, fb = found.families[a], found.families[b]
    common = (fa[:, :, None] == fb[:, None, :]) & (fa >= 0)[:, :, None]
    known = (found.family_words[a] == word[:, None])[:, :, None]
    known = known & (found.family_words[b] == word[:, None])[:, None, :]
    keep &= ~(common & ~known).any(axis=(1, 2))
    result[left] = keep
    return result


def apart(model: TextModel, found: LineContexts, a: Int, b: Int, which: Bool) -> Bool:
    """Pairs (of those marked ``which``) that share only an ambiguous whole word, and whose
    contexts point to unrelated areas (see the module docstring)."""
    result = np.zeros(len(a), dtype=bool)
    rows = np.flatnonzero(which)
    rows = rows[(found.sketch[a[rows]] & found.sketch[b[rows]]) != 0]
    rows = rows[found.any_context[a[rows]] & found.any_context[b[rows]]]
    # pairs of lines with few words compared on few slots, in chunks: memory stays flat
    senses = senses_of(model)
    count = np.maximum(found.count[a[rows]], found.count[b[rows]])
    low = 0
    for high in (*_WIDTHS, found.words.shape[1]):
        chosen = rows[(count > low) & (count <= high)]
        step = max(1, _CELLS // (high * high))
        for start in range(0, len(chosen), step):
            part = chosen[start : start + step]
            result[part] = _decide(senses, found, a[part], b[part], high)
        low = high
    return result


def telling_words(
    model: TextModel, first: LineFeatures, second: LineFeatures
) -> tuple[list[str], list[str]]:
    """The words of each line (as written) that tell its area, the shared ones left out."""
    senses = senses_of(model)
    shared = shared_ambiguous(model, first, second)
    result: list[list[str]] = []
    for line in (first, second):
        words: list[str] = []
        for key in _line_context(model, senses, line, _specific(model, line))[0]:
            surface = _surface(line, key)
            if key != shared and surface is not None and surface not in words:
                words.append(surface)
        result.append(words)
    return result[0], result[1]


def _quoted(words: Sequence[str]) -> str:
    return ", ".join(f"«{w}»" for w in words)


def evidence(model: TextModel, first: LineFeatures, second: LineFeatures) -> str:
    """Why the one word two lines share does not make them one need, in Norwegian, quoting
    only words of the lines."""
    word = shared_ambiguous(model, first, second)
    shared = [w for w in (_surface(first, word) if word else None,) if w]
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
