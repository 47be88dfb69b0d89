"""A word whose meaning its object completes: «Kurs i førstehjelp» is not «Kurs i Excel».

Some words say what is bought only together with what they are about: a course *in* something,
licences *for* something, spare parts *for* something (the vocabulary's ``object_heads``:
"kurs", "opplæring", "lisens", "reservedel"). The words after such a word and one of the
``object_prepositions`` ("i", "om", "innen", "til", "på") are its *object*; written as one
compound ("førstehjelpskurs", "Excel-kurs") the first parts are. Read as text after "til" or
"i", the object weighs half (a name, "Visma", less), so two lines that share the word and
name different objects would be carried by the shared word alone.

Who a thing is for is no object: words for people and institutions (``beneficiary_heads``:
"tilsette", "elever", "barnehage", "sjukeheim") and what follows a preposition of
another kind ("Kurs for fosterheimar": the audience) leave the shared word as the need, as
before ("Lisenser til skolene" / "Lisenser til barnehagene").

Two lines are *objects apart* when every head they share is such a word, both name its object,
and the objects have nothing in common: no word or compound part, no word of one in the other
line, no need family the object gives one line related to one it gives the other. Then the
shared word carries nothing (``scoring``): neither its need family nor its share of the words
counts, and what is left (a code both plans wrote) must carry the pair.

The objects are read per line (``objects_of``; cheap, cached with the line's reading), the
pairs looked at one by one (few: those that share such a head).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.norwegian import normalise

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.catalogue import CpvSuggester
    from kommunesamarbeid.core.overlap.families import FamilyMatcher
    from kommunesamarbeid.core.overlap.line_features import LineFeatures
    from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token
    from kommunesamarbeid.core.overlap.vocabulary import Vocabulary

__all__ = [
    "ObjectReader",
    "objects_apart",
    "objects_meet",
    "objects_of",
    "prepositions",
    "zeroed",
]

Parts = tuple[str, ...]
#: What ``ObjectReader.objects`` gives for a line without objects.
NO_OBJECTS: Final[tuple[dict[str, frozenset[str]], tuple[str, ...], tuple[int, ...]]] = (
    {},
    (),
    (),
)

_ITEMS: Final = re.compile(r"[^\W_]+(?:-[^\W_]*)*|[()\[\]:;–]")
_BOUNDARIES: Final = frozenset("()[]:;–")
_AND: Final = frozenset({"og", "eller", "samt"})
#: The phrase mark of a word after "og" outside a preposition's phrase ("Kurs og konferanser").
_AFTER_AND: Final = "og"
#: The mark of the key of a whole object by its parts: all the words after the preposition,
#: or all the first parts of a compound ("=brann+vern" in "Kurs i brannvern" and in
#: "Brannvernopplæring").
WHOLE: Final = "="


def prepositions(text: str, tokens: Sequence[Token], known: Collection[str]) -> tuple[str, ...]:
    """Per token of ``text`` (its words as ``Analyzer.analyse`` read them), the preposition of
    ``known`` its phrase starts with ("i" for «førstehjelp» in "Kurs i førstehjelp", "for" for
    «tilsette» in "Excel-kurs for tilsette"), "og" for a word after "og" outside such a phrase,
    and "" for the others; "" from a word on that could not be found in the text."""
    found: list[str] = []
    phrase = ""
    count = len(tokens)
    for item in _ITEMS.findall(normalise(text)):
        if len(found) == count:
            break
        lower = item.lower()
        if lower in _BOUNDARIES:
            phrase = ""
        elif lower == tokens[len(found)].surface:
            found.append(phrase)
        elif lower in known:
            phrase = lower
        elif lower in _AND and not phrase:
            phrase = _AFTER_AND
    return (*found, *([""] * (count - len(found))))


def objects_of(
    tokens: Sequence[Token],
    phrases: Sequence[str],
    heads: Mapping[str, tuple[Parts, frozenset[str], bool]],
    beneficiary: Callable[[Token], bool],
    thing: Callable[[Token], bool],
    generic: frozenset[str],
) -> tuple[dict[str, frozenset[str]], tuple[str, ...]]:
    """The objects of a line's main words that end in ``heads`` (by their last part: the parts
    of the word, the prepositions before its object, and whether the object must be a
    ``thing``; head -> the object's keys, parts and words as written), and the words that name
    them, as written (for the reasons).

    ``phrases`` is ``prepositions`` of the tokens; ``beneficiary`` tells a word for who a thing
    is for; ``generic`` are the generic words' keys."""
    objects: dict[str, frozenset[str]] = {}
    words: list[str] = []
    for number, token in enumerate(tokens):
        if not token.main or token.generic or token.proper or token.acronym:
            continue
        parts = token.parts
        while len(parts) > 1 and parts[-1] in generic:
            parts = parts[:-1]
        whole, object_prepositions, things = heads.get(parts[-1], ((), frozenset(), False))
        if not whole or parts[-len(whole) :] != whole:
            continue
        keys: set[str] = set()
        first = [p for p in parts[: -len(whole)] if p not in generic]
        if first:
            # a compound ("førstehjelpskurs", "Excel-kurs"): its first parts, and the word
            # before a hyphen as written
            keys.update((*first, "+".join(first), WHOLE + "+".join(first)))
            if "-" in token.surface:
                keys.add(token.surface.rsplit("-", 1)[0])
            words.append(token.surface)
        whole_object: list[str] = []
        for offset, (later, phrase) in enumerate(
            zip(tokens[number + 1 :], phrases[number + 1 :], strict=True)
        ):
            if later.segment != token.segment:
                break
            named = phrase in object_prepositions or (not phrase and offset == 0)
            if not named or beneficiary(later) or (things and not thing(later)):
                continue
            keys.update((later.key, later.surface, *later.parts))
            whole_object.extend(later.parts)
            words.append(later.surface)
        if whole_object:
            keys.add(WHOLE + "+".join(whole_object))
        if keys:
            objects[parts[-1]] = frozenset(keys)
    return objects, tuple(dict.fromkeys(words))


def objects_apart(
    a: LineFeatures, b: LineFeatures, related: Callable[[int, int], bool]
) -> str | None:
    """The head two lines share (as the lines' ``heads``) whose objects have nothing in
    common, when every head they share is such a head; None when they are not apart so."""
    if not a.objects or not b.objects:
        return None
    shared = a.objects.keys() & b.objects.keys()
    if not shared or not set(a.heads) & set(b.heads) <= shared:
        return None
    for head in shared:
        first, second = a.objects[head], b.objects[head]
        if not first.isdisjoint(second):
            return None
        # a word of one object anywhere in the other line ("Lisenser Visma lønn")
        if any(b.terms.get(k, 0.0) > 0.0 for k in first):
            return None
        if any(a.terms.get(k, 0.0) > 0.0 for k in second):
            return None
    for family in a.object_families:
        if any(family == other or related(family, other) for other in b.object_families):
            return None
    return min(shared)


def objects_meet(
    a: LineFeatures, b: LineFeatures, activities: Mapping[str, frozenset[str]]
) -> str | None:
    """The head of ``a`` whose object ``b`` names whole after another word for the same
    activity (``activities``: "Opplæring i brannvern" / "Kurs i brannvern", "Brannvernkurs" /
    "Opplæring i brannvern"); None when the lines have no such head. The same object word, or
    the same first parts, not a word of it: "Kurs i digital kompetanse" does not meet
    "Opplæring i digitale verktøy"."""
    if not a.objects or not b.objects:
        return None
    for head, keys in a.objects.items():
        for other in activities.get(head, ()):
            found = b.objects.get(other)
            if found is not None and any(k.startswith(WHOLE) and k in found for k in keys):
                return head
    return None


def zeroed(
    where: npt.NDArray[np.bool_], *values: npt.NDArray[np.float32]
) -> tuple[npt.NDArray[np.float32], ...]:
    """Each of ``values`` with 0 where ``where`` is true (the signals of pairs objects apart)."""
    return tuple(np.where(where, 0.0, v).astype(np.float32) for v in values)


class ObjectReader:
    """The vocabulary's object words read as the analyzer reads words, for one run."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        analyzer: Analyzer,
        matcher: FamilyMatcher,
        suggester: CpvSuggester,
    ) -> None:
        def read(words: Collection[str]) -> list[Parts]:
            return [p for p in (analyzer.word(w)[1] for w in words) if p]

        #: the object heads by their last part ("del": "reserve" + "del"), with the
        #: prepositions before their objects
        self.heads = {
            parts[-1]: (parts, prepositions, things)
            for words, prepositions, things in (
                (vocabulary.object_heads, vocabulary.object_prepositions, False),
                (vocabulary.product_heads, vocabulary.product_prepositions, True),
            )
            for parts in read(words)
        }
        #: every preposition a phrase can start with (the others end an object's phrase)
        self._phrase_words = vocabulary.beneficiary_prepositions | {
            "av",
            "om",
            *vocabulary.object_prepositions,
            *vocabulary.product_prepositions,
        }
        self._beneficiaries = frozenset(p[-1] for p in read(vocabulary.beneficiary_heads))
        self._generic = frozenset(
            key
            for key in (analyzer.word(w)[0] for w, (_, g) in vocabulary.word_kinds.items() if g)
            if key
        )
        self._suggester = suggester
        self._analyzer, self._matcher = analyzer, matcher
        self._head_families: dict[str, frozenset[int]] = {}

    def phrases(self, text: str, tokens: Sequence[Token]) -> tuple[str, ...] | None:
        """``prepositions`` of a text whose main words have an object head; None for others."""
        heads = self.heads
        if not any(t.main and not heads.keys().isdisjoint(t.parts) for t in tokens):
            return None
        return prepositions(text, tokens, self._phrase_words)

    def objects(
        self, tokens: Sequence[Token], phrases: Sequence[str] | None, families: Sequence[int]
    ) -> tuple[dict[str, frozenset[str]], tuple[str, ...], tuple[int, ...]]:
        """``objects_of`` the tokens, and the need families of the line the objects give (those
        its heads alone do not name: "Kurs i førstehjelp" is first aid training, "kurs" alone
        only training)."""
        if phrases is None:
            return NO_OBJECTS
        found, words = objects_of(
            tokens, phrases, self.heads, self._beneficiary, self._thing, self._generic
        )
        if not found:
            return NO_OBJECTS
        by_heads = frozenset().union(*(self._families_of(head) for head in found))
        return found, words, tuple(f for f in families if f not in by_heads)

    def own_words(self, tokens: Sequence[Token], named: Collection[str]) -> list[Token]:
        """The words of a line in broad needs only that say what it is about: not generic, not
        a name, not a word of its needs (``named``), and not who it is for after a
        preposition ("Kurs i arkiv for leiarar": the course is about archives, not leaders)
        unless the line says nothing else ("Kurs for leiarar")."""
        own = [t for t in tokens if not (t.generic or t.proper or t.surface in named)]
        return [t for t in own if t.main or not self._beneficiary(t)] or own

    def _beneficiary(self, token: Token) -> bool:
        """A word for who a thing is for: a listed one, or a noun in its definite singular
        ("biblioteket", "brannvesenet": one particular unit, where an object is a kind)."""
        found = self._beneficiaries
        if token.parts[-1] in found or token.key in found:
            return True
        return not token.proper and self._analyzer.is_definite(token.surface)

    def _thing(self, token: Token) -> bool:
        """Something bought: a name, an acronym, a word of the CPV catalogue's labels
        ("traktor", "programvare"; not "lærlingar", "assistentar": people), a compound whose
        last part is one ("båtmotorar": «motor»; "gressklipper", one word in the dictionary,
        by its parts «gress» + «klippe»), or a word no dictionary knows (a product's name in a
        text of capitals: "Lisenser til Visma og Adobe")."""
        knows = self._suggester.knows
        if token.proper or token.acronym or knows(token.key):
            return True
        if len(token.parts) > 1 and knows(token.parts[-1]):
            return True
        lexicon = self._analyzer.lexicon
        if lexicon is not None:
            parts = lexicon.compound_parts(token.key)
            if len(parts) > 1 and knows(parts[-1]):
                return True
        return not self._analyzer.known_anyhow(token.surface)

    def _families_of(self, head: str) -> frozenset[int]:
        found = self._head_families.get(head)
        if found is None:
            tokens = self._analyzer.analyse(head).tokens
            found = self._head_families[head] = frozenset(self._matcher.match(tokens)[0])
        return found
