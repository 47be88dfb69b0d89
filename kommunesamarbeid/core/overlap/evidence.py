"""Evidence that looks shared but is not: one last part under two different first parts.

Two compounds that end alike are often two different things: "tekstilavfall" and
"sykehusavfall", "miljørevisjon" (an environmental audit) and "regnskapsrevisjon", "gatemøbler"
and "operasjonsstuemøbler". Their head is the same word, so the head signal, the half-weight
part in the word vector and a need family known only by that head ("revisjon", "avfall") all
say "the same"; the first parts, which say *what kind*, disagree. ``heads_apart`` finds such
pairs: every head the two lines share is, in both lines, the end of a compound whose specific
first parts the other line does not have anywhere in its words, and no need family of both is
known by more than that head (a family term "strøsalt" names "strøsalt" itself; the term
"salt" alone would not).

A head one line writes by itself ("Møbler til barnehage" / "skolemøbler") or with the same
first part ("Renhold av skoler" / "skolerenhold") is no conflict: one is a kind of the other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple, TypeVar, cast

from kommunesamarbeid.core.overlap.line_features import LineFeatures
from kommunesamarbeid.core.overlap.spelling import is_variant

if TYPE_CHECKING:
    from kommunesamarbeid.core.cpv import CpvKind
    from kommunesamarbeid.core.overlap.norwegian import Token

__all__ = [
    "SYSTEM_TAIL",
    "UNTAILED",
    "HeadsApart",
    "compound_heads",
    "head_marks",
    "heads_apart",
    "shared_marks",
    "shared_specific",
    "specific_keys",
    "specific_word",
    "tail_bits",
    "tails_apart",
]

Parts = tuple[str, ...]
#: Tail bits (``head_marks``, ``tail_bits``): goods 1, work done 4 (services and works), a
#: system 8 ("lønnssystem"), and 16 for a head also written without a generic last part
#: ("lønn").
SYSTEM_TAIL: Final = 8
UNTAILED: Final = 16


class HeadsApart(NamedTuple):
    """The shared last part of two lines and the compounds each line writes it in."""

    head: str
    first: str
    second: str


def tail_bits(
    word_kinds: Mapping[str, tuple[CpvKind | None, bool]], systems: frozenset[str]
) -> dict[str, int]:
    """Generic word (key) -> what it buys as a last part: goods (1), work done (4: services and
    works alike, "malertjenester" is "malerarbeid"), a system (``SYSTEM_TAIL``), or nothing said
    (0: "anlegg", "avtale")."""
    bits = {"supplies": 1, "services": 4, "works": 4}
    return {
        key: (bits[kind] if kind else 0) | (SYSTEM_TAIL if key in systems else 0)
        for key, (kind, generic) in word_kinds.items()
        if generic
    }


def head_marks(
    tokens: Sequence[Token], heads: Sequence[str], tail_bits: Mapping[str, int]
) -> tuple[tuple[bool, ...], tuple[int, ...]]:
    """Per head of a line's main words: whether it only ends compounds of specific first parts
    (never stands alone), and the tail bits of the generic last parts written after it
    (``tail_bits``: generic part -> its bits)."""
    in_compounds: list[bool] = []
    tails: list[int] = []
    for head in heads:
        alone = compound = False
        bits = 0
        for token in tokens:
            if not token.main or token.generic or token.acronym or token.proper:
                continue
            parts = token.parts
            tail = 0
            while len(parts) > 1 and parts[-1] in tail_bits:
                tail |= tail_bits[parts[-1]]
                parts = parts[:-1]
            if parts[-1] != head:
                continue
            compound |= len(parts) > 1
            alone |= len(parts) == 1
            bits |= tail if tail else UNTAILED
        in_compounds.append(compound and not alone)
        tails.append(bits)
    return shared_marks(tuple(in_compounds)), shared_marks(tuple(tails))


#: One object for each tuple of marks (there are few: lines share them, memory stays small),
#: by the type of its items and the items.
_MARKS: dict[tuple[type | None, tuple[Any, ...]], tuple[Any, ...]] = {}
_T = TypeVar("_T", bound=tuple[Any, ...])


def shared_marks(marks: _T) -> _T:
    """The one shared object equal to ``marks`` with items of the same type: a head's flags
    (``(True,)``) are equal to its tail bits (``(1,)``) but stay flags."""
    found = _MARKS.setdefault((type(marks[0]) if marks else None, marks), marks)
    return cast(_T, found)


def tails_apart(first: LineFeatures, second: LineFeatures) -> tuple[str, str] | None:
    """Two lines whose every shared head stands before generic last parts that buy different
    things in the two ("lønnssystem" / "lønnstjenester", "renholdsutstyr" /
    "renholdstjenester"), as each line writes such a word; None when a shared head is written
    without one, or with one that buys the same, or the lines share no head."""
    found: tuple[str, str] | None = None
    tails_b = dict(zip(second.heads, second.head_tails, strict=False))
    for head, mine in zip(first.heads, first.head_tails, strict=False):
        theirs = tails_b.get(head)
        if theirs is None:
            continue
        if (mine | theirs) & UNTAILED or mine & theirs or not (mine and theirs):
            return None
        if found is None:
            words = (_written_with(first, head), _written_with(second, head))
            if words[0] is None or words[1] is None:
                return None  # no word of the text to quote
            found = (words[0], words[1])
    return found


def _written_with(features: LineFeatures, head: str) -> str | None:
    """The main word of a line whose key ends in ``head``, as written (None: none)."""
    for key in features.main_keys:
        if key == head or key.endswith(f"+{head}"):
            return features.surfaces.get(key)
    return None


def compound_heads(features: LineFeatures) -> dict[str, tuple[frozenset[str], str]]:
    """Each main head of a line that ends a compound of the line's main words, with the first
    parts before it and the compound as written (the first one)."""
    found: dict[str, tuple[frozenset[str], str]] = {}
    heads = features.heads
    for key in features.main_keys:
        if "+" not in key or features.terms.get(key, 0.0) <= 0.0:
            continue
        parts = key.split("+")
        head = parts[-1]
        if head not in heads:
            continue
        before = frozenset(parts[:-1])
        surface = features.surfaces.get(key)
        if surface is None:
            continue  # no word of the text to quote
        if head in found:
            before |= found[head][0]
            surface = found[head][1]
        found[head] = (before, surface)
    return found


def heads_apart(
    first: LineFeatures,
    second: LineFeatures,
    first_heads: dict[str, tuple[frozenset[str], str]],
    second_heads: dict[str, tuple[frozenset[str], str]],
) -> HeadsApart | None:
    """The shared head of two lines whose first parts disagree (see the module docstring), or
    None when they share no head or a shared head is no conflict. ``first_heads`` and
    ``second_heads`` are the lines' ``compound_heads``."""
    found: HeadsApart | None = None
    heads = second.heads
    for head in first.heads:
        if head not in heads:
            continue
        mine, theirs = first_heads.get(head), second_heads.get(head)
        if mine is None or theirs is None:
            return None
        before_a, before_b = mine[0], theirs[0]
        if not before_a.isdisjoint(before_b):
            return None
        # (asked of the words' keys, the smaller side looked up in the other)
        if not second.terms.keys().isdisjoint(before_a):
            return None
        if not first.terms.keys().isdisjoint(before_b):
            return None
        found = found or HeadsApart(head, mine[1], theirs[1])
    return found


def specific_keys(features: LineFeatures) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The main words of a line ``specific_word`` looks for in another (compounds and words two
    spellings make one, with the parts that stand for them), in the order they come."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for key in features.main_keys:
        if features.terms.get(key, 0.0) <= 0.0:
            continue
        if is_variant(key):
            found.append((key, (key,)))
        elif "+" in key:
            found.append((key, tuple(key.split("+"))))
    return tuple(found)


def shared_specific(
    features: Sequence[LineFeatures],
    found: dict[int, tuple[tuple[str, Parts], ...]],
    pairs: Iterable[tuple[int, int, int]],
) -> list[int]:
    """The positions k of the ``pairs`` (k, line, line) where one line's ``specific_keys`` (in
    ``found``, made when first asked) is in the other line whole or by its parts ("sandfang"
    / "Tømming av sandfang", "sandfangtømming")."""
    hits: list[int] = []
    for k, first, second in pairs:
        for one, other in ((first, second), (second, first)):
            keys = found.get(one)
            if keys is None:
                keys = found[one] = specific_keys(features[one])
            if not keys:
                continue
            terms = features[other].terms
            if any(
                terms.get(key, 0.0) > 0.0 or all(terms.get(p, 0.0) > 0.0 for p in parts)
                for key, parts in keys
            ):  # (``_in_terms``, written out: asked for many pairs)
                hits.append(k)
                break
    return hits


def _in_terms(terms: dict[str, float], key: str, parts: tuple[str, ...]) -> bool:
    """A line with these ``terms`` has the word ``key``, whole or by its parts."""
    return terms.get(key, 0.0) > 0.0 or all(terms.get(p, 0.0) > 0.0 for p in parts)


def specific_word(first: LineFeatures, second: LineFeatures) -> tuple[str, str] | None:
    """A specific main word two lines share (a compound, whole or by its parts, or a word two
    spellings make one), as each line writes it; None when they share none."""
    for one, other, flip in ((first, second, False), (second, first, True)):
        for key, parts in specific_keys(one):
            if _in_terms(other.terms, key, parts):
                mine = one.surfaces.get(key, key)
                theirs = other.surfaces.get(key) or other.surfaces.get(parts[0], key)
                return (theirs, mine) if flip else (mine, theirs)
    return None
