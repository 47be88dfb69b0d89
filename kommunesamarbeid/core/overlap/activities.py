"""Two words for one kind of activity: «Opplæring i førstehjelp» is a «Førstehjelpskurs».

Plans write one need as a compound in one line and as «head + preposition + object» in the
other, and not always with the same head: a course is «kurs» in one plan and «opplæring» in
the next, school transport «skyss» or «transport». The compound and its split form are the
same evidence (``split_forms``) only when the head is the same word; here the heads that name
the same activity count as one.

Which heads those are is read from the vocabulary, not listed: two service words (the
vocabulary's ``word_kinds``: a kind of service, not a generic word) that end one-word terms
of a need family over the same first part («brannvernkurs» and «brannvernopplæring»), in at
least ``MIN_FAMILIES`` families. One family alone is not enough: within one need many words
alternate that are no synonyms anywhere else («behandling» and «transport» of waste).
Generic words («reparasjon», «service», «leie», «utleie») need nothing of this: they are taken
off a compound anyway, so «Vaskemaskinservice» already meets «Reparasjon av vaskemaskiner».
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Final

from kommunesamarbeid.core.overlap.vocabulary import Vocabulary

__all__ = ["MIN_FAMILIES", "same_activities", "with_activities"]

Parts = tuple[str, ...]
#: The families two heads must alternate in to count as one activity.
MIN_FAMILIES: Final = 2
_ABBREVIATION: Final = "abbr:"


def same_activities(
    vocabulary: Vocabulary, read: Callable[[str], Parts]
) -> dict[str, frozenset[str]]:
    """Per activity head (as ``read`` gives a word's last part), the other heads that name the
    same activity (see the module docstring); ``read`` gives a word's parts."""
    services = set()
    for word, (kind, generic) in vocabulary.word_kinds.items():
        parts = read(word)
        if kind == "services" and not generic and len(parts) == 1:
            services.add(parts[0])
    families: dict[tuple[str, str], set[str]] = defaultdict(set)
    for family in vocabulary.families:
        by_first: dict[Parts, set[str]] = defaultdict(set)
        for term in family.terms:
            if " " in term or "+" in term:
                continue
            parts = read(term)
            if len(parts) >= 2 and parts[-1] in services:
                by_first[parts[:-1]].add(parts[-1])
        for heads in by_first.values():
            for one in heads:
                for other in heads - {one}:
                    families[one, other].add(family.id)
    # two words whose meaning their object completes ("kurs", "undervisning") need one
    # family: they are the same kind of word already
    objects = {parts[-1] for parts in map(read, vocabulary.object_heads) if parts}
    found: dict[str, set[str]] = defaultdict(set)
    for (one, other), where in families.items():
        if len(where) >= MIN_FAMILIES or {one, other} <= objects:
            found[one].add(other)
    # one activity is every head its heads reach ("undervisning" - "opplæring" - "kurs")
    changed = True
    while changed:
        changed = False
        for head, others in found.items():
            reached = set().union(*(found[o] for o in others)) - {head}
            if not reached <= others:
                others |= reached
                changed = True
    return {head: frozenset(others) for head, others in found.items()}


def with_activities(
    keys: dict[str, float], activities: Mapping[str, frozenset[str]]
) -> dict[str, float]:
    """Compound or split-form ``keys`` with a last part that is an activity head written as
    the first of its activity's heads («første+hjelp+opplæring» as «første+hjelp+kurs»), so
    that either head meets the other; the others as they are."""
    if not activities:
        return keys
    found: dict[str, float] = {}
    changed = False
    for key, weight in keys.items():
        if "+" in key and not key.startswith(_ABBREVIATION):
            first, head = key.rsplit("+", 1)
            others = activities.get(head)
            if others:
                key = f"{first}+{min(others | {head})}"
                changed = True
        if weight > found.get(key, 0.0):
            found[key] = weight
    return found if changed else keys
