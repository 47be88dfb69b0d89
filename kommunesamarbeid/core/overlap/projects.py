"""One-off projects: lines that are a single work or consultancy for one building, road or
place ("Ombygging av Stabekk skole", "Ny heis i Sauda rådhus", "asfaltering av skolegården").
Separate works projects are never one tender; ``features`` marks such lines, and the caller
has already left out lines with a framework marker ("rammeavtale").

A municipality's or county's name is its whole area, not one place: "Gatelys Steigen,
utskifting til LED" is the street lights of all of Steigen, the same need as another
municipality's "Utskifting av gatelys til LED"; before a word for a building it names the
building ("Rehabilitering av Steigen skole")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from kommunesamarbeid.core.municipality_register import MunicipalityFact
from kommunesamarbeid.core.overlap.line_features import KIND_BITS
from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token

__all__ = [
    "OneOffReader",
    "area_names",
    "is_new_installation",
    "is_project",
    "is_works_at_one_place",
    "works_word",
]

_NAME_WORDS: Final = re.compile(r"[^\W\d_]+")
#: Words and punctuation marks, in order.
_ITEMS: Final = re.compile(r"[^\W\d_]+|[^\w\s]")
#: Words for the municipality or county itself ("Steigen kommune").
_AREA_WORDS: Final = frozenset(
    {"kommune", "kommunes", "kommunale", "kommunal", "fylkeskommune", "fylke", "herad"}
)
_NO_AREAS: Final[frozenset[str]] = frozenset()


def area_names(register: Iterable[MunicipalityFact]) -> frozenset[str]:
    """The words of Norway's municipality and county names (not the administrative centres':
    a town is one place): a name of an area, not of one place."""
    return frozenset(
        word
        for fact in register
        for name in (fact.name, fact.name_no, fact.county)
        for word in _NAME_WORDS.findall(name.lower())
    )


@dataclass(frozen=True, slots=True)
class OneOffReader:
    """Whether a line is a one-off project (the three checks below), for one run's model:
    ``activities`` the keys of the project activities, ``building_heads`` the last parts of
    words for one building, ``areas`` the words of municipality and county names."""

    analyzer: Analyzer
    activities: frozenset[str]
    building_heads: frozenset[str]
    areas: frozenset[str] = _NO_AREAS

    def names_place(self, text: str, places: frozenset[str], tokens: Sequence[Token]) -> bool:
        """A normalised main text names one place: a word of ``places`` (the place names of
        the line's words) that names no area, or an area's name (of ``places`` or a name
        among the main text's ``tokens``: "Skien" is no "ski") right before a word for a
        thing of its own ("Steigen skole", "Skien fritidspark"; a two-word name read as one:
        "Nord-Fron skule"). Not before a comma, a stopword, a word for the municipality
        itself or a project activity ("Gatelys Steigen, utskifting", "Steigen kommune")."""
        areas = self.areas
        named = [t.surface for t in tokens if t.proper and _area(t, areas)]
        if named:
            places = places.union(w for name in named for w in _NAME_WORDS.findall(name))
        elif places.isdisjoint(_NAME_WORDS.findall(text.lower())):
            return False
        items = _ITEMS.findall(text.lower())
        for position, word in enumerate(items):
            if word not in places:
                continue
            if word not in areas:
                return True
            following = next((w for w in items[position + 1 :] if w not in areas), "")
            if following.isalpha() and self._own_thing(following):
                return True
        return False

    def _own_thing(self, word: str) -> bool:
        """A word after an area's name that names a thing of the area's own, not the area."""
        if word in self.analyzer.rules.stopwords or word in _AREA_WORDS:
            return False
        key, parts = self.analyzer.word(word)
        return bool(key) and key not in self.activities and self.activities.isdisjoint(parts)

    def __call__(
        self,
        tokens: Sequence[Token],
        marked: bool,
        placed: bool,
        text_kinds: int,
        weak_kind: bool,
    ) -> bool:
        """The line is a one-off project (``marked``: a project marker; ``placed``: the
        main text ``names_place``; ``text_kinds``, ``weak_kind``: ``is_works_at_one_place``)."""
        areas = self.areas
        return (
            is_project(self.analyzer, self.activities, tokens, marked, placed, areas)
            or is_new_installation(tokens, marked, placed, areas)
            or is_works_at_one_place(
                self.analyzer, self.building_heads, tokens, text_kinds, weak_kind, areas
            )
        )


def _named(token: Token, areas: frozenset[str]) -> bool:
    """A name of one place: a proper token that names no municipality or county (whose
    name is no definite form either: "Steigen" is no "steig")."""
    return token.proper and not _area(token, areas)


def _area(token: Token, areas: frozenset[str]) -> bool:
    """The token is a municipality's or county's name (or part of one: "Nord-Fron")."""
    return bool(areas) and all(w in areas for w in _NAME_WORDS.findall(token.surface))


def is_project(
    analyzer: Analyzer,
    activities: frozenset[str],
    tokens: Sequence[Token],
    marked: bool,
    placed: bool,
    areas: frozenset[str] = _NO_AREAS,
) -> bool:
    """A one-off work or consultancy (a word of ``activities``) for one building, road or
    project: named ("Stabekk skole", the municipality's own "Klepp rådhus"), or one particular
    one ("ombygging av ungdomshuset": the definite form). ``marked``, ``placed``: the main text
    has a project marker, names one place; ``areas``: names that are no one place."""
    parts = {p for t in tokens for p in t.parts}
    keys = {t.key for t in tokens}
    if not (keys | parts) & activities:
        return False
    named = any(_named(t, areas) for t in tokens) or placed
    particular = any(analyzer.is_definite(t.surface) for t in tokens if not _area(t, areas))
    return named or particular or marked


def is_works_at_one_place(
    analyzer: Analyzer,
    building_heads: frozenset[str],
    tokens: Sequence[Token],
    text_kinds: int,
    weak_kind: bool,
    areas: frozenset[str] = _NO_AREAS,
) -> bool:
    """Works on one particular object ("asfaltering av skolegården", "reasfaltering av
    parkeringsplassen ved rådhuset", "taktekking Bjørndal skole", "Gang- og sykkelvei langs
    Elvebakken"): the words say works (or, when they name no kind, the code the plan wrote:
    ``text_kinds``), and a word names the object in its definite form, one place or object
    is named (two works at two named places are two projects, not one tender; works over
    several named places are an area), or a name stands before a word for a building (a last
    part of ``building_heads``; after a dash any word: ``_named_after_dash``). The name of a
    municipality or county (``areas``) names no one place, but one before a building does."""
    if weak_kind or not text_kinds & KIND_BITS["works"]:
        return False
    if any(
        analyzer.is_definite(t.surface) for t in tokens if not t.generic and not _area(t, areas)
    ):
        return True
    if len({t.key for t in tokens if _named(t, areas) and not t.acronym}) == 1:
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


def is_new_installation(
    tokens: Sequence[Token], marked: bool, placed: bool, areas: frozenset[str] = _NO_AREAS
) -> bool:
    """ "Ny heis i Sauda rådhus": something new for one named place is a one-off (not for a
    municipality or county, ``areas``: "Nytt gatelys Steigen")."""
    named = any(_named(t, areas) for t in tokens) or placed
    return named and marked


def works_word(
    tokens: Sequence[Token], word_kinds: Mapping[str, tuple[str | None, bool]], written_kind: int
) -> int:
    """The works kind bit when a main word is a generic works word (``word_kinds``:
    "montering", "installasjon") and the plan wrote no code of another kind
    (``written_kind``), else 0: "Montering av persienner i Ottestad barnehage" is works at one
    place, whatever the kinds of the need family the blinds are in."""
    works = KIND_BITS["works"]
    if written_kind not in (0, works):
        return 0
    found = any(
        t.main and t.generic and word_kinds.get(t.key, (None, False))[0] == "works" for t in tokens
    )
    return works if found else 0
