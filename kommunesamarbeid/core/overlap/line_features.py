"""What detection knows about one line (``LineFeatures``), made by ``features.TextModel``."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import CpvKind
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.vocabulary import Family

__all__ = [
    "KIND_BITS",
    "LISTED_PAIRS",
    "LineFeatures",
    "any_per_pair",
    "kind_bits",
    "pairs_where",
    "replaced",
    "role_keys",
    "with_role_forms",
]

KIND_BITS: Final[dict[CpvKind, int]] = {"supplies": 1, "works": 2, "services": 4}


#: Endings of the noun for the person who does a thing ("megler", "revisor") and of the noun for
#: the doing ("megling", "rådgivning", "ledelse", "revisjon"), longest first: what is left is
#: the stem the two share.
_AGENT_ENDINGS: Final = ("er", "ør", "or", "ar")
_ACTION_ENDINGS: Final = ("ning", "else", "sjon", "ing", "jon")
#: The shortest stem two role words are read as one role by.
_MIN_STEM: Final = 4


def _stem(word: str) -> str:
    """``word`` without the first agent or action ending it has (itself when none)."""
    for ending in (*_ACTION_ENDINGS, *_AGENT_ENDINGS):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


def role_keys(roles: Iterable[Sequence[str]], generic: Collection[str]) -> dict[str, str]:
    """Per role word (its parts joined with "+"), one key for the role: the person who does
    it and the doing ("megler" / "megling", "rådgiver" / "rådgivning", "byggeleder" /
    "bygge+ledelse") and either with a generic last part ("megler+tjeneste",
    "konsulent+bistand") are one role; roles of different stems stay apart
    ("prosjektleder" / "byggeleder")."""
    keys: dict[str, str] = {}
    for parts in roles:
        kept = list(parts)
        while len(kept) > 1 and kept[-1] in generic:
            kept.pop()
        keys["+".join(parts)] = _stem("".join(kept))
    return keys


class RoleWords:
    """The vocabulary's role words (``heads``, as parts) and which of them a word names."""

    def __init__(self, heads: frozenset[tuple[str, ...]], generic: Collection[str]) -> None:
        self.heads = heads
        #: role word (parts joined with "+") -> its role's key (``role_keys``)
        self.keys = role_keys(heads, generic)
        self._parts = frozenset(p for role in heads for p in role)
        self._ends = tuple(role[0] for role in heads if len(role) == 1)
        self._cache: dict[tuple[str, ...], tuple[str, ...]] = {}

    def of(self, parts: tuple[str, ...]) -> tuple[str, ...]:
        """The roles a word contains as whole parts ("forsikring+rådgivning"), or a one-part
        role its last part ends in (a whole word of the lexicon: «eiendomsmegler»)."""
        cached = self._cache.get(parts)
        last = parts[-1] if parts else ""
        if cached is None and self._parts.isdisjoint(parts) and not last.endswith(self._ends):
            cached = ()
        if cached is None:
            n = len(parts)
            cached = tuple(
                dict.fromkeys(
                    self.keys["+".join(role)]
                    for role in self.heads
                    if any(parts[i : i + len(role)] == role for i in range(n - len(role) + 1))
                    or (len(role) == 1 and len(last) > len(role[0]) + 2 and last.endswith(role))
                )
            )
            self._cache[parts] = cached
        return cached


def with_role_forms(families: Sequence[Family], keys: Mapping[str, str]) -> tuple[Family, ...]:
    """``families`` with each term that ends in a role word (``keys``: role word as written ->
    its role's key) also written with the other words of that role: «energirådgivning» gives
    «energirådgiver», «prosjektledelse» gives «prosjektleder» (the person and the doing are one
    need). Only the role words of the vocabulary: «måling» does not give «måler»."""
    by_key: dict[str, list[str]] = {}
    for word, key in keys.items():
        by_key.setdefault(key, []).append(word)
    endings = sorted(keys, key=len, reverse=True)
    result = []
    for family in families:
        terms = dict.fromkeys(family.terms)
        for term in family.terms:
            words = term.split(" ")
            for i, word in enumerate(words):
                ending = next((e for e in endings if word.endswith(e)), None)
                if ending is None:
                    continue
                for other in by_key[keys[ending]]:
                    written = word[: len(word) - len(ending)] + other
                    terms.setdefault(" ".join([*words[:i], written, *words[i + 1 :]]))
        added = tuple(terms)
        result.append(family if added == family.terms else replace(family, terms=added))
    return tuple(result)


def kind_bits(kinds: Iterable[CpvKind]) -> int:
    bits = 0
    for kind in kinds:
        bits |= KIND_BITS[kind]
    return bits


@dataclass(slots=True)
class LineFeatures:
    """What detection knows about one line (not to be changed once made: ``replaced`` makes
    a changed copy. Not frozen: a frozen class's ``__init__`` sets each of its 26 fields
    through ``object.__setattr__``, five times as slow, and a national-scale run makes one
    for every line, and more when lines are read together)."""

    line: MatchLine
    terms: dict[str, float]
    surfaces: dict[str, str]
    families: tuple[int, ...]
    #: How much of the main text each family explains, 0..1 (same order as ``families``).
    coverage: tuple[float, ...]
    matched_terms: dict[int, str]
    text_kinds: int
    written_kind: int
    cpv: str | None
    cpv_source: str  # "written", "family", "text" or ""
    project: bool
    mid_month: float | None
    #: The main words' keys in the word vector, in the order they come.
    main_keys: tuple[str, ...] = ()
    #: What the main words name, with generic endings taken off ("renholdstjenester" -> renhold);
    #: at most three, in the order they come.
    heads: tuple[str, ...] = ()
    #: The kind was only guessed from a suggested CPV code.
    weak_kind: bool = False
    #: The words of the text a suggested CPV code came from, as written.
    cpv_words: tuple[str, ...] = ()
    #: Compounds of the text by their specific parts ("gate+lys" for "gatelys"), and the same
    #: made from separate words ("lys i gater" gives "gate+lys" and "lys+gate"): a compound
    #: and its split form are the same evidence (matched only with each other).
    compounds: dict[str, float] = field(default_factory=dict)
    split_forms: dict[str, float] = field(default_factory=dict)
    #: Role words of the main text ("rådgivning", "prosjektleder"), as lemmas.
    roles: frozenset[str] = frozenset()
    #: The main words carrying those roles, as written.
    role_words: tuple[str, ...] = ()
    #: The need families were read from the CPV code written in the plan, not from the text
    #: (which names no known need).
    family_from_code: bool = False
    #: A line whose only needs are families marked broad ("kurs", "programvare"): what else
    #: its words say, as keys and as written ("førstehjelp" in "Kurs i førstehjelp"); empty
    #: for other lines.
    specific_keys: frozenset[str] = frozenset()
    specifics: tuple[str, ...] = ()
    #: Per head (as ``heads``): it only ends compounds of specific first parts in the main
    #: text ("avfall" in "sykehusavfall"), never stands alone (``evidence.head_marks``).
    heads_in_compounds: tuple[bool, ...] = ()
    #: Per head: what the generic last parts after it buy, as ``evidence`` tail bits
    #: ("system" in "lønnssystem", "tjenester" in "lønnstjenester"); ``evidence.UNTAILED``
    #: when the head also stands without one.
    head_tails: tuple[int, ...] = ()
    #: A goods line or a service on goods ("Vedlikehold av heiser"): ``goods_service.side``.
    service_side: int = 0
    #: The objects of main words whose meaning their object completes ("førstehjelp" in "Kurs
    #: i førstehjelp"), by head, as keys, parts and words (``objects``); the words naming
    #: them as written, and the need families of the line the objects give.
    objects: dict[str, frozenset[str]] = field(default_factory=dict)
    object_words: tuple[str, ...] = ()
    object_families: tuple[int, ...] = ()


_FIELDS: Final = tuple(f.name for f in fields(LineFeatures))
#: Pairs whose lines are looked at one by one taken as Python numbers at a time (memory
#: stays small however many pairs a block asks about).
LISTED_PAIRS: Final = 8192
_MID: Final = _FIELDS.index("mid_month")
_FIELD_SET: Final = frozenset(_FIELDS)


def replaced(features: LineFeatures, changes: Mapping[str, Any]) -> LineFeatures:
    """``dataclasses.replace(features, **changes)``, without its look at the class's fields
    each time (a run replaces thousands)."""
    if not changes.keys() <= _FIELD_SET:
        raise TypeError(f"LineFeatures har ikke feltene {sorted(changes.keys() - _FIELD_SET)}")
    return LineFeatures(
        *[changes[name] if name in changes else getattr(features, name) for name in _FIELDS]
    )


def pairs_where(
    features: Sequence[LineFeatures],
    a: npt.NDArray[np.int64],
    b: npt.NDArray[np.int64],
    which: npt.NDArray[np.bool_],
    test: Callable[[LineFeatures, LineFeatures], object],
) -> npt.NDArray[np.bool_]:
    """Per pair (a[k], b[k]), of those marked ``which`` (few: each is looked at in Python),
    whether ``test`` of the two lines' features is true; False for the others."""
    result = np.zeros(len(a), dtype=bool)
    asked = np.flatnonzero(which)
    # (the pairs' lines taken as Python numbers a slice at a time: a numpy scalar per look-up
    # cost more than the test of most pairs, and a slice keeps memory small)
    for low in range(0, len(asked), LISTED_PAIRS):
        part = asked[low : low + LISTED_PAIRS]
        pairs = zip(part.tolist(), a[part].tolist(), b[part].tolist(), strict=True)
        result[[k for k, x, y in pairs if test(features[x], features[y])]] = True
    return result


def any_per_pair(hits: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Per pair (first axis), whether any of its slot-against-slot entries is set: the slots
    or-ed column by column (numpy's reduction over a few entries per pair costs more)."""
    flat = hits.reshape(len(hits), int(np.prod(hits.shape[1:])))
    result = flat[:, 0].copy()
    for column in range(1, flat.shape[1]):
        result |= flat[:, column]
    return result


def same_advice(
    first: LineFeatures,
    second: LineFeatures,
    advice: Collection[int],
    family_roles: Sequence[frozenset[str]],
) -> bool:
    """Both lines are known by their words as one need whose name is advice (``advice``:
    "kommunikasjonsrådgivning") and whose words name one role (``family_roles``), and only one
    line names a role, that one: «Medierådgivning» and «PR-tjenester» are one need. Two roles
    («prosjektledelse», «byggeledelse») stay two, and so does a need whose words name two
    («prosjektledelse og byggeledelse»: which one a line without a role is, is not known)."""
    if first.family_from_code or second.family_from_code or (first.roles and second.roles):
        return False
    named = first.roles or second.roles
    return any(
        f in advice and len(family_roles[f]) == 1 and named == family_roles[f]
        for f in set(first.families) & set(second.families)
    )
