"""One-off projects: lines that are a single work or consultancy for one building, road or
place ("Ombygging av Stabekk skole", "Ny heis i Sauda rådhus", "asfaltering av skolegården").
Separate works projects are never one tender; ``features`` marks such lines, and the caller
has already left out lines with a framework marker ("rammeavtale")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from kommunesamarbeid.core.overlap.line_features import KIND_BITS
from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token

__all__ = ["is_new_installation", "is_project", "is_works_at_one_place"]


def is_project(
    analyzer: Analyzer,
    activities: frozenset[str],
    tokens: Sequence[Token],
    marked: bool,
    placed: bool,
) -> bool:
    """A one-off work or consultancy (a word of ``activities``) for one building, road or
    project: named ("Stabekk skole", the municipality's own "Klepp rådhus"), or one particular
    one ("ombygging av ungdomshuset": the definite form). ``marked``, ``placed``: the main text
    has a project marker, a place name."""
    parts = {p for t in tokens for p in t.parts}
    keys = {t.key for t in tokens}
    if not (keys | parts) & activities:
        return False
    named = any(t.proper for t in tokens) or placed
    particular = any(analyzer.is_definite(t.surface) for t in tokens)
    return named or particular or marked


def is_works_at_one_place(
    analyzer: Analyzer,
    building_heads: frozenset[str],
    tokens: Sequence[Token],
    text_kinds: int,
    weak_kind: bool,
) -> bool:
    """Works on one particular object ("asfaltering av skolegården", "reasfaltering av
    parkeringsplassen ved rådhuset", "taktekking Bjørndal skole", "Gang- og sykkelvei langs
    Elvebakken"): the words say works (or, when they name no kind, the code the plan wrote:
    ``text_kinds``), and a word names the object in its definite form, one place or object
    is named (two works at two named places are two projects, not one tender; works over
    several named places are an area), or a name stands before a word for a building (a last
    part of ``building_heads``; after a dash any word: ``_named_after_dash``)."""
    if weak_kind or not text_kinds & KIND_BITS["works"]:
        return False
    if any(analyzer.is_definite(t.surface) for t in tokens if not t.generic):
        return True
    if len({t.key for t in tokens if t.proper and not t.acronym}) == 1:
        return True  # (two or more names: an area, "Nordsida og Sørsida", may be one tender)
    return any(
        (first.proper and second.parts[-1] in building_heads)
        or _named_after_dash(analyzer, building_heads, first, second)
        for first, second in itertools.pairwise(tokens)
    )


def _named_after_dash(
    analyzer: Analyzer, building_heads: frozenset[str], first: Token, second: Token
) -> bool:
    """A word and one building after a dash ("– Egge barneskole"): a name the analysis cannot
    tell from a word at the start of a segment, before one building (not "– alle skoler")."""
    if not first.segment == second.segment > 0 or first.generic or second.generic:
        return False
    if (analyzer.compound_parts(second.surface) or second.parts)[-1] not in building_heads:
        return False
    lexicon = analyzer.lexicon
    singular = lexicon is None or lexicon.lemma(second.surface) in (None, second.surface)
    return singular or analyzer.is_definite(second.surface)


def is_new_installation(tokens: Sequence[Token], marked: bool, placed: bool) -> bool:
    """ "Ny heis i Sauda rådhus": something new for one named place is a one-off."""
    named = any(t.proper for t in tokens) or placed
    return named and marked
