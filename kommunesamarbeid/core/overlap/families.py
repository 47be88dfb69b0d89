"""Need families found in a line's words, with the compound head in mind.

A one-word term matches a word whose *ending* is that term ("vintervedlikehold" ends in
"vedlikehold"; "brøytestikker" does not end in "brøyting"). When the head is a generic word
("renholds*tjenester*") the word before it counts as the head. One-word terms only match the
main text; terms of several words ("vikar + barnehage") match anywhere, one of them in the
main text, but never a piece of a word another family names as a whole. When one family's
matching term is contained in another's ("feiing" in "feiing + gate"), only the more specific
family is kept; a family is dropped when one of its sub-families is also found; families found
only after a dash must refine those before it. Each family carries how much of the main text it
explains (its coverage) and the words of the text it was known by.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from kommunesamarbeid.core.cpv import CpvKind
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token
from kommunesamarbeid.core.overlap.split_forms import linked_reading
from kommunesamarbeid.core.overlap.vocabulary import Family

__all__ = ["FamilyMatch", "FamilyMatcher"]

Parts = tuple[str, ...]
#: Leaf families, their coverage, and the words each was known by (as written).
FamilyMatch = tuple[tuple[int, ...], tuple[float, ...], dict[int, str]]
#: Token sequences whose matches are kept (then the cache starts over: memory stays flat).
_CACHE: Final = 50_000
#: The lengths of a first piece before a hyphen that plans write as an acronym ("VA-", "IKT-").
_ACRONYM_PIECE: Final = (2, 4)
#: The kinds of a family of goods only (``FamilyMatcher._attributive``).
_GOODS: Final[frozenset[CpvKind]] = frozenset({"supplies"})
#: Upkeep done to a thing, as the analyzer's keys (nynorsk and English forms read as these):
#: beside such a word a family's thing with a generic last part ("lekeplassutstyr") is the
#: thing the service is done to (``FamilyMatcher._service_on_goods``). Not running ("drift"),
#: renting, cleaning or advice ("Drift av kinoutstyr", "Renholdsmidler" buy other things), and
#: not "service", which English terms read for "services" ("cleaning services").
_UPKEEP: Final = frozenset(
    {"kontroll", "ettersyn", "inspeksjon", "tilsyn", "vedlikehold", "reparasjon"}
)


@dataclass(frozen=True, slots=True)
class _Pattern:
    family: int
    terms: tuple[Parts, ...]
    parts: frozenset[str]
    text: str
    #: ``terms`` as a set (a text has the pattern's words when it has all of them)
    term_set: frozenset[Parts]
    #: an English word read as a Norwegian one ("monitors" as "skjerm"): it names that word,
    #: not every compound ending in it ("støyskjermer" are no monitors)
    whole: bool = False


@dataclass(frozen=True, slots=True)
class _TokenKeys:
    subs: tuple[Parts, ...]
    suffixes: tuple[Parts, ...]
    stripped: tuple[tuple[Parts, CpvKind | None], ...]


def _written_forms(term: str) -> tuple[str, ...]:
    """A term as the vocabulary writes it, and with a short first piece before a hyphen in
    capitals too ("va-materiell" as "VA-materiell"): plans write that piece as an acronym,
    which is read as written, so the term must be read so as well (lower case, "va" would be
    read as a word)."""
    found = [term]
    for piece in term.replace("+", " ").split():
        short, dash, _ = piece.partition("-")
        if dash and _ACRONYM_PIECE[0] <= len(short) <= _ACRONYM_PIECE[1] and short.islower():
            found.append(term.replace(piece, short.upper() + piece[len(short) :], 1))
            break
    return tuple(found)


class FamilyMatcher:
    """The compiled terms of all need families, matched against analysed text."""

    def __init__(
        self,
        families: Sequence[Family],
        ancestors: Sequence[frozenset[int]],
        analyzer: Analyzer,
        word_kinds: dict[str, tuple[CpvKind | None, bool]],
    ) -> None:
        self.families = families
        self.ancestors = ancestors
        self.analyzer = analyzer
        self.word_kinds = word_kinds
        self.generic: frozenset[str] = frozenset(k for k, (_, g) in word_kinds.items() if g)
        self._single: dict[Parts, list[_Pattern]] = {}
        self._multi: dict[Parts, list[_Pattern]] = {}
        for number, family in enumerate(families):
            for term in family.terms:
                for written in _written_forms(term):
                    self._compile(number, written)
        #: per family, every part of its terms
        self._family_parts: dict[int, set[str]] = {}
        for found in (*self._single.values(), *self._multi.values()):
            for pattern in found:
                self._family_parts.setdefault(pattern.family, set()).update(pattern.parts)
        # a pattern of several words is looked up by the one of its words that fewest
        # patterns share (it needs all of them, so one is enough to find it)
        shared: dict[Parts, int] = {key: len(found) for key, found in self._multi.items()}
        triggers: dict[Parts, list[_Pattern]] = {}
        for found in self._multi.values():
            for pattern in found:
                trigger = min(pattern.terms, key=lambda k: (shared[k], -len(k), k))
                if all(pattern is not p for p in triggers.get(trigger, ())):
                    triggers.setdefault(trigger, []).append(pattern)
        self._pattern_keys: frozenset[Parts] = frozenset(self._single) | frozenset(self._multi)
        lexicon = analyzer.lexicon
        #: one-word terms that are adjectives ("bærbare", "geotekniske"): ``_attributive``
        self._adjective_keys: frozenset[Parts] = frozenset(
            key for key in self._single if lexicon is not None and lexicon.adjective(key[-1])
        )
        #: one-word terms as one word ("gatelys"): the words a split form may join into
        self._joined_words = frozenset("".join(key) for key in self._single)
        #: ... and the one-word terms as the vocabulary writes them (``_written_apart``)
        self._apart_words = self._joined_words | frozenset(
            t.lower() for f in families for t in f.terms if t.isalpha()
        )
        #: heads that name the same activity (``activities``; set by the text model)
        self.activities: Mapping[str, frozenset[str]] = {}
        self._multi = triggers
        self._token_key_cache: dict[Parts, _TokenKeys] = {}
        self._cache: dict[tuple[Token, ...], FamilyMatch] = {}

    def _compile(self, family: int, term: str) -> None:
        pieces = [piece for piece in term.replace("+", " ").split() if piece]
        analysed = self.analyzer.analyse(" ".join(pieces))
        keys: list[Parts] = []
        for token in analysed.tokens:
            if token.parts not in keys:
                keys.append(token.parts)
        if not keys or all(self.analyzer.is_generic(k) for k in keys):
            return
        parts = frozenset(p for k in keys for p in k)
        whole = len(keys) == 1 and len(pieces) == 1 and self.analyzer.translated(pieces[0])
        pattern = _Pattern(family, tuple(keys), parts, term, frozenset(keys), whole)
        if len(keys) == 1:
            self._single.setdefault(keys[0], []).append(pattern)
            own = self._norwegian_too(pieces[0]) if whole else None
            if own is not None and own != keys[0]:
                # an English word of the lists that is a Norwegian word too ("printer", "taxi",
                # "backup"): a one-word term reads as English, but Norwegian text inflects it
                # ("printerar", "taxiane"), so the Norwegian word names the family as well
                self._single.setdefault(own, []).append(
                    _Pattern(family, (own,), frozenset(own), term, frozenset({own}), True)
                )
        else:
            for key in keys:
                self._multi.setdefault(key, []).append(pattern)

    def _norwegian_too(self, word: str) -> Parts | None:
        """The word's own key when it is a headword of the bokmål dictionary (one part)."""
        lexicon = self.analyzer.lexicon
        own = self.analyzer.word(word)[1]
        if lexicon is None or len(own) != 1 or self.analyzer.is_generic(own):
            return None
        flags = lexicon.nb.entries.get(own[0])
        return own if flags is not None and not flags.startswith("=") else None

    def _token_keys(self, parts: Parts) -> _TokenKeys:
        """The keys of one word that some pattern uses (cached per word)."""
        cached = self._token_key_cache.get(parts)
        if cached is not None:
            return cached
        n = len(parts)
        subs = tuple(
            key
            for key in (parts[i:j] for i in range(n) for j in range(i + 1, n + 1))
            if key in self._pattern_keys
        )
        suffixes = tuple(parts[i:] for i in range(n) if parts[i:] in self._single)
        if n >= 2 and all(len(key) == 1 for key in suffixes):
            suffixes += self._hidden_suffixes(parts)
        stripped: tuple[tuple[Parts, CpvKind | None], ...] = ()
        if n >= 2 and parts[-1] in self.generic:
            head_kind = self.word_kinds[parts[-1]][0]
            stripped = tuple(
                (parts[i : n - 1], head_kind)
                for i in range(n - 1)
                if parts[i : n - 1] in self._single
            )
        result = _TokenKeys(subs, suffixes, stripped)
        self._token_key_cache[parts] = result
        return result

    def _hidden_suffixes(self, parts: Parts) -> tuple[Parts, ...]:
        """Terms a word ends in that a first part the dictionaries list whole hides
        ("drikkevannsprøver" ends in "vannprøver": "drikkevann" is "drikke" + "vann"), of a
        family that names that first part too ("analyse + drikkevann")."""
        inner = self.analyzer.compound_parts(parts[0])
        if len(inner) < 2:
            return ()
        whole = (*inner, *parts[1:])
        return tuple(
            whole[i:]
            for i in range(1, len(inner))
            if any(
                parts[0] in self._family_parts[p.family] for p in self._single.get(whole[i:], ())
            )
        )

    def _heads_word(self, term: Parts, parts: Parts, pattern_parts: frozenset[str]) -> bool:
        """A piece of a term of several words is the head of a word it is found in: what
        follows it there is generic or another piece of the term ("barnehage" in
        "barnehagevikar" for "vikar" + "barnehage"). A term none of whose pieces heads a word
        ("vakt" + "sikring" in "vakt- og sikringsbåttjeneste": a boat) names no need."""
        size = len(term)
        return any(
            parts[start : start + size] == term
            and all(p in self.generic or p in pattern_parts for p in parts[start + size :])
            for start in range(len(parts) - size + 1)
        )

    def _attributive(self, tokens: tuple[Token, ...], number: int, pattern: _Pattern) -> bool:
        """The adjective a term of goods is ("bærbare") stands before a noun of its segment
        that says what is bought and that no term of its family names ("Bærbare containere"):
        the noun is the need, the adjective only says of what kind. Standing alone ("Innkjøp
        av bærbare"), before a generic word ("bærbart utstyr") or before a noun of its family
        ("bærbare PC-er") the adjective names the need. Adjectives in a row ("bærbare,
        robuste containere") are read through to the noun. An adjective of a service names
        the field whatever follows ("Geotekniske boringer", "Antikvarisk restaurering")."""
        if self.families[pattern.family].kinds != _GOODS:
            return False
        lexicon = self.analyzer.lexicon
        family_parts = self._family_parts.get(pattern.family, set())
        for token in tokens[number + 1 :]:
            if token.segment != tokens[number].segment or not token.main:
                return False
            if lexicon is not None and lexicon.adjective(token.parts[-1]):
                continue
            return not (
                token.generic
                or token.proper
                or token.parts[-1] in self.generic
                or not family_parts.isdisjoint(token.parts)
            )
        return False

    def match(self, tokens: tuple[Token, ...]) -> FamilyMatch:
        """The leaf families the tokens name, their coverage and the words they were known by
        (kept by the tokens: texts that differ only in numbers, case or stopwords, "rode 1" /
        "rode 2", share them)."""
        cached = self._cache.get(tokens)
        if cached is None:
            cached = self._match_uncached(tokens)
            if len(self._cache) > _CACHE:
                self._cache.clear()
            self._cache[tokens] = cached
        return cached

    def _match_uncached(self, tokens: tuple[Token, ...]) -> FamilyMatch:
        # per key: the tokens that end in it, and the kind a stripped generic head gives
        suffixes: dict[Parts, set[int]] = {}
        stripped: dict[Parts, tuple[set[int], CpvKind | None]] = {}
        exact: set[Parts] = set()
        subs_of: dict[Parts, set[int]] = {}
        main_sub: set[Parts] = set()
        for number, token in enumerate(tokens):
            keys = self._token_keys(token.parts)
            for key in keys.subs:
                subs_of.setdefault(key, set()).add(number)
                if token.main:
                    main_sub.add(key)
            if not token.main:
                continue
            exact.add(token.parts)
            for key in keys.suffixes:
                suffixes.setdefault(key, set()).add(number)
            for key, head_kind in keys.stripped:
                stripped.setdefault(key, (set(), head_kind))[0].add(number)
        matches: list[tuple[_Pattern, set[int]]] = []
        for key in dict.fromkeys([*suffixes, *stripped]):
            for pattern in self._single.get(key, ()):
                if len(key) == 1 and len(key[0]) <= 3 and key not in exact:
                    continue
                covered = set(suffixes.get(key, ()))
                if key in stripped:
                    numbers, head_kind = stripped[key]
                    family_kinds = self.families[pattern.family].kinds
                    if head_kind is None or not family_kinds or head_kind in family_kinds:
                        covered |= numbers
                if pattern.whole:
                    covered = {n for n in covered if self._names_whole(tokens[n].parts, key)}
                if covered and key in self._adjective_keys:
                    covered = {n for n in covered if not self._attributive(tokens, n, pattern)}
                if covered:
                    matches.append((pattern, covered))
        # a word that a one-word term names as a whole ("vintervedlikehold") is claimed by that
        # family: terms of several words may not use a piece of it ("vedlikehold" + "vei")
        claimed: dict[int, set[int]] = {}
        for pattern, covered in matches:
            for number in covered:
                parts = tokens[number].parts
                whole = pattern.terms[0] == parts or (
                    parts[-1] in self.generic and pattern.terms[0] == parts[:-1]
                )
                if whole:
                    claimed.setdefault(number, set()).add(pattern.family)

        # words a term of several words took from the family that claimed them, by their
        # specific part ("kontroll + lekeplass" in "Kontroll av lekeplassutstyr"): the thing
        # and what is done to it are the need, not the thing alone
        released: dict[int, int] = {}

        def usable(term: Parts, pattern: _Pattern, took: set[int]) -> set[int]:
            family = pattern.family
            allowed = self.ancestors[family] | {family}
            found = set()
            for number in subs_of.get(term, ()):
                if (
                    number not in claimed
                    or claimed[number] <= allowed
                    or term == tokens[number].parts
                ):
                    found.add(number)
                elif self._service_on_goods(tokens[number].parts, term, pattern, claimed[number]):
                    found.add(number)
                    took.add(number)
            return found

        for key in subs_of:
            for pattern in self._multi.get(key, ()):
                if not subs_of.keys() >= pattern.term_set:
                    continue
                took: set[int] = set()
                found = [usable(term, pattern, took) for term in pattern.terms]
                if (
                    all(found)
                    and any(
                        term in main_sub and any(tokens[t].main for t in numbers)
                        for term, numbers in zip(pattern.terms, found, strict=True)
                    )
                    and any(
                        self._heads_word(term, tokens[t].parts, pattern.parts)
                        for term, numbers in zip(pattern.terms, found, strict=True)
                        for t in numbers
                    )
                ):
                    matches.append((pattern, set().union(*found)))
                    released.update(dict.fromkeys(took, pattern.family))
        if released:
            matches = [
                (m, covered)
                for m, covered in matches
                if not all(
                    t in released and m.family in claimed[t] and m.family != released[t]
                    for t in covered
                )
            ]
        if not matches:
            return (), (), {}  # no need named (most of what follows is then skipped)
        kept = [
            (m, covered)
            for m, covered in matches
            if not any(o.family != m.family and m.parts < o.parts for o, _ in matches)
        ]
        # families of later segments (after a dash) only when they refine the first ones
        first = {m.family for m, covered in kept if any(tokens[t].segment == 0 for t in covered)}
        if first:
            kept = [
                (m, covered)
                for m, covered in kept
                if m.family in first or any(self.related(m.family, f) for f in first)
            ]
        families = {m.family for m, _ in kept}
        leaves = sorted(f for f in families if not any(f in self.ancestors[g] for g in families))
        # an acronym counts where a family knows it by name ("EPJ"): it is the need then
        named_acronyms = {
            t
            for _, covered in kept
            for t in covered
            if tokens[t].acronym and tokens[t].main and not tokens[t].generic
        }
        content = [
            t.weight
            for number, t in enumerate(tokens)
            if t.main
            and not t.generic
            and not t.proper
            and (not t.acronym or number in named_acronyms)
        ]
        total = sum(content)
        coverage: list[float] = []
        matched: dict[int, str] = {}
        for family in leaves:
            covered_tokens: set[int] = set()
            for m, covered in kept:
                if m.family == family or m.family in self.ancestors[family]:
                    covered_tokens |= covered
            # the words a term of several words was found by count where they stand ("Leie av
            # anleggsmaskiner med maskinfører": "maskinfører" after "med"), at their weight
            weight = sum(tokens[t].weight for t in covered_tokens if not tokens[t].generic)
            coverage.append(min(1.0, weight / total) if total > 0 else 1.0)
        for m, covered in sorted(kept, key=lambda pair: -len(pair[0].parts)):
            if m.family in leaves and m.family not in matched:
                # the words of this text that matched, as written (never the term itself)
                words = dict.fromkeys(tokens[t].surface for t in sorted(covered))
                matched[m.family] = " + ".join(words)
        return tuple(leaves), tuple(coverage), matched

    def known_readings(
        self, tokens: tuple[Token, ...], lexicon: Lexicon | None
    ) -> tuple[Token, ...] | None:
        """The tokens with a word no need family uses read another way the lexicon allows
        (its head as another lemma of the same form), when a family uses that reading; None
        when no word has such a reading."""
        if lexicon is None:
            return None
        changed = False
        result: list[Token] = []
        for token in tokens:
            keys = self._token_keys(token.parts)
            if not (keys.suffixes or keys.stripped):
                for other in lexicon.other_lemmas(token.parts[-1]):
                    parts = (*token.parts[:-1], other)
                    found = self._token_keys(parts)
                    if found.suffixes or found.stripped:
                        token = token._replace(parts=parts, key="+".join(parts))
                        changed = True
                        break
            result.append(token)
        return tuple(result) if changed else None

    def joined_readings(
        self, tokens: tuple[Token, ...], *, in_order: bool = False
    ) -> tuple[Token, ...] | None:
        """The tokens with two neighbouring words read as the compound a family names, the
        second word first ("puss av vinduer" as "vinduspuss", "kurs i førstehjelp" as
        "førstehjelpskurs"; the first word in the main text), or with ``in_order`` the first
        word first (a compound written apart in a hurry: "snø skjerm", "data maskin"); None
        when no such pair is found. The joined word keeps both words as written (quoted one by
        one)."""
        result = list(tokens)
        changed = False
        n = 0
        while n + 1 < len(result):
            first, second = result[n], result[n + 1]
            if (
                first.main
                and first.segment == second.segment
                and not any(t.acronym or t.proper for t in (first, second))
                and (in_order or not (first.generic or second.generic))
            ):
                if in_order:
                    parts = self._written_apart(first, second)
                else:
                    parts = self._joined(second.parts, first.parts)
                if not parts and not in_order and len(first.parts) == 1:
                    # another head of the same activity ("opplæring i førstehjelp" as
                    # "førstehjelpskurs")
                    for other in sorted(self.activities.get(first.parts[0], ())):
                        parts = self._joined(second.parts, (other,))
                        if parts:
                            break
                if parts:
                    result[n : n + 2] = [
                        first._replace(
                            surface=f"{first.surface} + {second.surface}",
                            key="+".join(parts),
                            parts=parts,
                            weight=first.weight + second.weight,
                        )
                    ]
                    changed = True
            n += 1
        return tuple(result) if changed else None

    def _written_apart(self, first: Token, second: Token) -> Parts:
        """The parts of the compound the two words make written together ("data maskin":
        "datamaskin"; "renholds artikler": "renholdsartikler") when it is a one-word term
        itself, or () (a generic last part is not taken off: "rengjøring, inspeksjon" is no
        "rengjøringsinspeksjon")."""
        heads = ("".join(second.parts), second.surface)
        modifiers = (first.surface, first.surface[:-1], "".join(first.parts))
        if all(m + h not in self._apart_words for m in modifiers for h in heads):
            return ()  # no term is written so (asked first: most neighbours make none)
        words = [first.surface + second.surface]
        english = second.key != second.surface and self.analyzer.translated(second.surface)
        if english and second.parts in self._single:
            # an English compound noun whose head alone names a need is its words' Norwegian
            # compound ("ski lift": "skiheis", not a lift in a building)
            words.append("".join((*first.parts, *second.parts)))
        for word in words:
            parts = self.analyzer.word(word)[1] if word.isalpha() else ()
            if parts in self._single:
                return parts
        return ()

    def _joined(self, modifier: Parts, head: Parts) -> Parts:
        """The parts of the compound of ``modifier`` and ``head`` a family names, or ()."""
        parts = (*modifier, *head)
        if self._names_joined(parts, len(modifier)):
            return parts
        # the compound the dictionaries list whole ("lys i gater": "gatelys")
        return self._linked(modifier, head) or ()

    def _linked(self, modifier: Parts, head: Parts) -> Parts | None:
        return linked_reading(
            modifier,
            head,
            self.analyzer.rules.linking_letters,
            lambda word: self.analyzer.word(word)[1] if word in self._joined_words else (),
            lambda parts: self._names_joined(parts, 1),
        )

    def _names_joined(self, parts: Parts, first_length: int) -> bool:
        """A one-word term is the end of ``parts`` from within its first word on (with a
        generic last part taken off, too): the joined word names something its words alone
        do not."""
        stripped = parts[:-1] if len(parts) > 1 and parts[-1] in self.generic else None
        for start in range(first_length):
            if parts[start:] in self._single:
                return True
            if stripped is not None and start < len(stripped) and stripped[start:] in self._single:
                return True
        return False

    def known_by_head(self, family: int, parts: Parts) -> bool:
        """A word of several parts names the family only by its last part (with a generic last
        part taken off, the one before it): "miljørevisjon" is in "revisjon" only because it
        ends so; a term that names more of the word ("strøsalt" in "veistrøsalt") is more."""
        keys = self._token_keys(parts)
        lengths = [
            len(key)
            for key in (*keys.suffixes, *(k for k, _ in keys.stripped))
            if any(p.family == family for p in self._single.get(key, ()))
        ]
        specific = len(parts) - (1 if parts[-1] in self.generic else 0)
        return bool(lengths) and max(lengths) == 1 and specific >= 2

    def _service_on_goods(
        self, parts: Parts, term: Parts, pattern: _Pattern, claimed: set[int]
    ) -> bool:
        """A word of goods families only ("lekeplassutstyr") is ``term`` with a generic last
        part that is a thing ("utstyr", "apparat"), and the other words of ``pattern`` are
        upkeep done to a thing (``_UPKEEP``): the service's term ("kontroll + lekeplass") may
        read the thing in the word."""
        return (
            len(parts) == len(term) + 1
            and parts[:-1] == term
            and parts[-1] in self.generic
            and self.word_kinds[parts[-1]][0] == "supplies"
            and "services" in self.families[pattern.family].kinds
            and all(self.families[f].kinds == _GOODS for f in claimed)
            and all(
                len(other) == 1 and other[0] in _UPKEEP for other in pattern.terms if other != term
            )
        )

    def _names_whole(self, parts: Parts, key: Parts) -> bool:
        """The word is ``key`` itself, or ``key`` with a generic last part ("monitors" names
        "skjermer" and "skjermtjenester", not "støyskjermer")."""
        return parts == key or (parts[:-1] == key and parts[-1] in self.generic)

    def related(self, a: int, b: int) -> bool:
        return a in self.ancestors[b] or b in self.ancestors[a]
