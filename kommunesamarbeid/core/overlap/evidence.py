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

from typing import NamedTuple

from kommunesamarbeid.core.overlap.line_features import LineFeatures

__all__ = ["HeadsApart", "compound_heads", "ends_a_compound", "heads_apart"]

Parts = tuple[str, ...]


class HeadsApart(NamedTuple):
    """The shared last part of two lines and the compounds each line writes it in."""

    head: str
    first: str
    second: str


def ends_a_compound(features: LineFeatures, head: str) -> bool:
    """The head ends a compound of the line's main words, and the line does not write it as a
    word of its own."""
    keys = features.main_keys
    return head not in keys and any(k.endswith(f"+{head}") for k in keys)


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
        surface = features.surfaces.get(key, key)
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
    shared = [h for h in first.heads if h in second.heads]
    if not shared:
        return None
    found: HeadsApart | None = None
    for head in shared:
        mine, theirs = first_heads.get(head), second_heads.get(head)
        if mine is None or theirs is None:
            return None
        before_a, before_b = mine[0], theirs[0]
        if before_a & before_b:
            return None
        if any(p in second.terms for p in before_a) or any(p in first.terms for p in before_b):
            return None
        found = found or HeadsApart(head, mine[1], theirs[1])
    return found
