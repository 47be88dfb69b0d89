"""From a plan line to what detection compares: words, need families, heads, kind, CPV, time.

``TextModel`` is built once per run from the vocabulary and the catalogue; ``TextModel.line``
turns one ``MatchLine`` into ``LineFeatures``. Need families are found by ``families.py``.

When the main text names no family, in turn: what stands in parentheses ("VVS-arbeider
(rørlegger)"), another inflection reading of a word ("arbeider" as the plural of "arbeid"), the
details column, and last the CPV code the plan wrote, when only one or two families list it
(``family_from_code``: half strength, and it counts only beside a line whose words name the
same need).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Final, NamedTuple

from kommunesamarbeid.core.cpv import CpvKind, significant_digits
from kommunesamarbeid.core.cpv import kind as cpv_kind
from kommunesamarbeid.core.municipality_register import MunicipalityRegister, parse_register
from kommunesamarbeid.core.overlap.activities import same_activities, with_activities
from kommunesamarbeid.core.overlap.analysis_store import (
    AnalysisKey,
    decode,
    decode_labels,
    encode,
    encode_labels,
    engine_fingerprint,
    labels_key,
    storage_key,
)
from kommunesamarbeid.core.overlap.catalogue import (
    CpvCatalogue,
    CpvSuggester,
    HeadKinds,
    Suggestion,
    head_kinds,
    kind_bits_of,
)
from kommunesamarbeid.core.overlap.english import english_stem, english_words
from kommunesamarbeid.core.overlap.evidence import head_marks, tail_bits
from kommunesamarbeid.core.overlap.families import FamilyMatcher
from kommunesamarbeid.core.overlap.goods_service import Marks, coded_side, marks
from kommunesamarbeid.core.overlap.line_features import (
    _FIELDS,
    _MID,
    KIND_BITS,
    LineFeatures,
    RoleWords,
    kind_bits,
    with_role_forms,
)
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token, WordRules
from kommunesamarbeid.core.overlap.objects import ObjectReader
from kommunesamarbeid.core.overlap.precision import PlaceWords, national_places, system_for
from kommunesamarbeid.core.overlap.projects import OneOffReader, area_names, works_word
from kommunesamarbeid.core.overlap.split_forms import (
    abbreviation_keys,
    noun_first_part,
    split_form_keys,
)
from kommunesamarbeid.core.overlap.typos import TypoReader
from kommunesamarbeid.core.overlap.vocabulary import Family, Vocabulary
from kommunesamarbeid.paths import resource_path

__all__ = ["KIND_BITS", "LineFeatures", "TextModel", "kind_bits"]

_EPOCH: Final = dt.date(2000, 1, 1).toordinal()
_DAYS_PER_MONTH: Final = 365.2425 / 12
_MAX_HEADS: Final = 3
#: Analysed texts kept between runs (then the cache starts over: memory stays flat).
_ANALYSIS_CACHE: Final = 150_000
#: Readings whose words alone are kept (``TextModel._words``; then the cache starts over, so
#: memory stays small).
_WORDS_CACHE: Final = 20_000
#: Analyses encoded at a time to be kept (``fresh_batches``).
_FRESH_BATCH: Final = 5_000
_NO_LINE: Final = MatchLine(0, 0, "", "")
#: The empty set of words, shared (most lines have no place names, roles or specifics: one
#: object for all of them, not one each)
_NO_WORDS: Final[frozenset[str]] = frozenset()
#: Separate words of a line paired up as a possible compound (the first ones only).
_MAX_SPLIT_WORDS: Final = 6
#: Most specific parts of a compound matched against its split form ("sand+fang+tømming").
_MAX_COMPOUND_PARTS: Final = 3
#: The shortest word that can be a compound of two parts (three letters each and a link).
_MIN_COMPOUND: Final = 7
_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
#: A written CPV code names a need family only when it is this specific (significant digits)
#: and lists at most this many families; the family then counts as explaining a quarter of
#: the line (strength 0.5): the plan's own classification, weaker than its words.
_CODE_FAMILY_DIGITS: Final = 4
_CODE_FAMILY_MAX: Final = 2
_CODE_FAMILY_COVERAGE: Final = 0.25

Parts = tuple[str, ...]
#: The reading of a text: the arguments of ``TextModel._derive`` (``TextModel._read``).
_Reading = tuple[Any, ...]


class _Words(NamedTuple):
    """What a reading's words alone give (``TextModel._words``)."""

    families: tuple[int, ...]
    coverage: tuple[float, ...]
    matched: dict[int, str]
    terms: dict[str, float]
    surfaces: dict[str, str]
    main_keys: tuple[str, ...]
    compounds: dict[str, float]
    split_forms: dict[str, float]
    roles: frozenset[str]
    role_words: tuple[str, ...]
    heads: tuple[str, ...]
    marks: tuple[tuple[bool, ...], tuple[int, ...]]


class TextModel:
    """The analysis of one run: analyzer, compiled families, CPV suggester."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        catalogue: CpvCatalogue,
        stored_labels: Callable[[str], str | None] | None = None,
    ) -> None:
        """``stored_labels(fingerprint)``: the catalogue's labels as this engine read them in
        an earlier run (``encode_labels``), or None; used instead of reading them again."""
        self.vocabulary = vocabulary
        #: names the analyses of this engine are stored under ("" : not stored)
        self.fingerprint = engine_fingerprint(vocabulary.fingerprint, catalogue.labels)
        stored = stored_labels(self.fingerprint) if stored_labels and self.fingerprint else None
        kept = decode_labels(stored) if stored else None
        if kept and {len(kept[1][0]), len(kept[1][1])} != {len(catalogue.labels)}:
            kept = None  # not a reading of this catalogue: read it again, all of it
        self.catalogue = catalogue
        self.families: tuple[Family, ...] = vocabulary.families
        index = {f.id: i for i, f in enumerate(self.families)}
        self.parent: list[int] = [
            index[f.parent] if f.parent is not None else -1 for f in self.families
        ]
        self.ancestors: list[frozenset[int]] = [
            self._ancestors(i) for i in range(len(self.families))
        ]
        has_children = {p for p in self.parent if p >= 0}
        #: Families too wide to be one need by themselves.
        self.broad: list[bool] = [f.broad or i in has_children for i, f in enumerate(self.families)]
        words: set[str] = set()
        for family in self.families:
            for term in family.terms:
                words.update(_WORD_RE.findall(term))
        #: family terms of one word ("mapping", "guarding"): they keep their own meaning
        family_words = {
            english_stem(t.lower()) for f in self.families for t in f.terms if t.isalpha()
        }
        for label_no, _label_en in catalogue.labels.values():
            words.update(_WORD_RE.findall(label_no.lower()))
        words.update(vocabulary.word_kinds)
        rules = WordRules(
            stopwords=vocabulary.stopwords,
            variants=vocabulary.variants,
            lexicon=vocabulary.lexicon,
            no_split=vocabulary.no_split,
            particles=vocabulary.particles,
            short_prefixes=vocabulary.short_prefixes,
            linking_letters=vocabulary.linking_letters,
            inflection_fragments=vocabulary.inflection_fragments,
            beneficiary_prepositions=vocabulary.beneficiary_prepositions,
            generic=frozenset(w for w, (_, generic) in vocabulary.word_kinds.items() if generic),
            no_stem=vocabulary.no_stem,
        )
        self.analyzer = Analyzer(rules, (w.lower() for w in words), vocabulary.senses)
        english = (
            kept[0] if kept else english_words(self.analyzer, vocabulary, catalogue, family_words)
        )
        self.analyzer.read_english(english)
        if vocabulary.senses is not None:
            # misspelt words read as the words meant (from now on: the catalogue's English
            # words are read; the words read so far are read again)
            self.analyzer.typos = TypoReader(
                vocabulary.senses,
                {*vocabulary.lexicon, *(w.lower() for w in words)},
                self.analyzer,
            )
        self.analyzer.read_english_list(vocabulary.english)
        self.word_kinds: dict[str, tuple[CpvKind | None, bool]] = {}
        for word, value in vocabulary.word_kinds.items():
            key = self.analyzer.word(word)[0]
            if key:
                self.word_kinds[key] = value
        self.generic: frozenset[str] = frozenset(k for k, (_, g) in self.word_kinds.items() if g)
        self.tail_bits = tail_bits(self.word_kinds, self._keys(vocabulary.system_heads))
        read = {w: parts for w in vocabulary.role_heads if (parts := self.analyzer.word(w)[1])}
        self.role_heads: frozenset[Parts] = frozenset(read.values())
        self.roles = RoleWords(self.role_heads, self.generic)
        # a need known by the doing is known by the person too («energirådgiver»)
        keys = {w: self.roles.keys["+".join(parts)] for w, parts in read.items()}
        self.families = with_role_forms(self.families, keys)
        self.matcher = FamilyMatcher(self.families, self.ancestors, self.analyzer, self.word_kinds)
        by_code: dict[str, list[int]] = {}
        for number, family in enumerate(self.families):
            if self.broad[number]:
                continue
            for code in family.cpv:
                if significant_digits(code) >= _CODE_FAMILY_DIGITS:
                    by_code.setdefault(code, []).append(number)
        #: Specific CPV codes and the (one or two) need families that list them.
        self.code_families: dict[str, tuple[int, ...]] = {
            code: tuple(found) for code, found in by_code.items() if len(found) <= _CODE_FAMILY_MAX
        }
        self._specific_cache: dict[str, tuple[Parts, Parts, float, str]] = {}
        #: a compound's parts -> the abbreviation of their initials ("abbr:bht")
        self._initials: dict[Parts, str] = {}
        self._terms_cache: dict[tuple[Parts, str, float, bool, bool], list[tuple[str, float]]] = {}
        #: the analysis of each text, as the field values of its ``LineFeatures``
        self._analysis_cache: dict[AnalysisKey, tuple[Any, ...]] = {}
        #: the same, by the reading of the text (``_analyse_line``)
        self._reading_cache: dict[_Reading, tuple[Any, ...]] = {}
        #: the readings of the texts ``prepare`` read, until ``line`` analyses them
        self._readings: dict[AnalysisKey, _Reading] = {}
        #: what a reading's words alone give (``_words``), by its tokens
        self._words_cache: dict[tuple[Any, ...], _Words] = {}
        self._stored: dict[str, str] = {}
        #: the analyses made since ``take_fresh``, by text (named only when taken)
        self._fresh: dict[AnalysisKey, tuple[Any, ...]] = {}
        #: one-off projects; the last parts of words for one building ("skole", "rådhus")
        heads = (self.analyzer.word(w)[1] for w in vocabulary.building_heads)
        self.one_off = OneOffReader(
            self.analyzer,
            self._keys(vocabulary.project_activities),
            frozenset(parts[-1] for parts in heads if parts),
            area_names(_municipalities()),
        )
        #: Per need family, the roles its own terms name ("juridisk rådgivning",
        #: "VVS-prosjektering"): there the advice is the need, not a role beside it.
        self.family_roles: tuple[frozenset[str], ...] = tuple(
            frozenset(
                role
                for term in family.terms
                for word in _WORD_RE.findall(term.lower())
                for role in self.roles.of(self.analyzer.word(word)[1])
            )
            for family in self.families
        )
        #: Need families whose name is the advice ("kommunikasjonsrådgivning"): every line
        #: in one is that advice, whether its words name the role or not.
        self.advice_families = frozenset(
            f for f, fam in enumerate(self.families) if self._text_roles(fam.label)
        )
        self.kinds_by_key = HeadKinds(
            {k: KIND_BITS[v[0]] for k, v in self.word_kinds.items() if v[0] is not None},
            self.generic,
            self.analyzer.compound_parts,
        )
        self.suggester = CpvSuggester(
            catalogue, self.analyzer, self.generic, self.kinds_by_key, kept[1] if kept else None
        )
        self.object_reader = ObjectReader(vocabulary, self.analyzer, self.matcher, self.suggester)
        self.activities = same_activities(vocabulary, lambda w: self.analyzer.word(w)[1])
        self.matcher.activities = self.activities
        #: Norway's place names that are no dictionary word (``precision``): read as names
        self.national_places = national_places(_municipalities(), vocabulary.senses)
        #: a text's words and the national place names among them (``key``)
        self.place_words = PlaceWords(self.national_places, _WORDS_CACHE, _ANALYSIS_CACHE)
        #: the labels' reading to keep (``take_labels``): None when it came from the store
        self._fresh_labels = (
            (english, self.suggester.reading) if self.fingerprint and kept is None else None
        )
        self._suggestions: dict[tuple[str, ...], Suggestion | None] = {}

    def _ancestors(self, number: int) -> frozenset[int]:
        result: set[int] = set()
        parent = self.parent[number]
        while parent >= 0 and parent not in result:
            result.add(parent)
            parent = self.parent[parent]
        return frozenset(result)

    def _keys(self, words: Iterable[str]) -> frozenset[str]:
        return frozenset(k for k in (self.analyzer.word(w)[0] for w in words) if k)

    # --- lines ----------------------------------------------------------------------------

    def key(self, line: MatchLine, place_names: frozenset[str]) -> AnalysisKey:
        """What the analysis of a line depends on: its normalised words, the CPV code its plan
        wrote, and the place names among its words (kept by the line's written fields)."""
        return self.place_words.key(line, place_names)

    def storage_key(self, key: AnalysisKey) -> str:
        """The name of an analysis in the store ("" when the engine has no fingerprint)."""
        return storage_key(key, self.fingerprint) if self.fingerprint else ""

    def use_stored(self, stored: Mapping[str, str]) -> None:
        """Analyses kept from earlier runs (``storage_key`` -> ``encode``d), used before
        analysing a text again."""
        self._stored = dict(stored)

    def take_fresh(self) -> dict[str, str]:
        """The analyses made since the last call, to be kept (``storage_key`` -> JSON); the
        stored ones given by ``use_stored`` are let go."""
        return {k: text for batch in self.fresh_batches() for k, text in batch.items()}

    def discard_fresh(self) -> None:
        """Let go of the analyses made since the last take, unencoded (a cancelled run keeps
        none), and of the stored ones given by ``use_stored``, and of the lines' keys."""
        self._fresh.clear()
        self._stored.clear()
        self.place_words.forget_keys()

    def fresh_batches(self, size: int = _FRESH_BATCH) -> Iterator[dict[str, str]]:
        """``take_fresh`` a batch of about ``size`` at a time, each encoded when its turn
        comes (a national-scale run has tens of thousands: memory stays small); taken (and
        the stored ones let go) now, whether the batches are read or not."""
        # texts that read alike share one analysis (``_reading_cache``): encoded once, in one
        # batch
        alike: dict[int, tuple[tuple[Any, ...], list[AnalysisKey]]] = {}
        for key, values in self._fresh.items():
            alike.setdefault(id(values), (values, []))[1].append(key)
        self.discard_fresh()
        return self._encoded(alike, size)

    def _encoded(
        self, alike: dict[int, tuple[tuple[Any, ...], list[AnalysisKey]]], size: int
    ) -> Iterator[dict[str, str]]:
        batch: dict[str, str] = {}
        for values, keys in alike.values():  # in the lines' order, as every run writes them
            text = encode(LineFeatures(*values))
            batch.update((self.storage_key(key), text) for key in keys)
            if len(batch) >= size:
                yield batch
                batch = {}
        if batch:
            yield batch

    def take_labels(self) -> tuple[str, str] | None:
        """The reading of the catalogue's labels made by this model, to be kept (its
        ``labels_key`` and JSON), once; None when it came from the store or was taken."""
        fresh, self._fresh_labels = self._fresh_labels, None
        if fresh is None:
            return None
        return labels_key(self.fingerprint), encode_labels(*fresh)

    def prepare(self, lines: Sequence[MatchLine], place_names: frozenset[str]) -> list[AnalysisKey]:
        """The keys of ``lines``, the texts not analysed yet read (for ``line``), and the CPV
        codes of those whose plan and need family give none looked up in one pass."""
        keys = [self.key(line, place_names) for line in lines]
        self._readings.clear()  # (those of a run stopped between the two)
        if len(self._words_cache) + len(keys) > _WORDS_CACHE:
            self._words_cache.clear()  # now, not between a text read here and its ``line``
        wanted: dict[tuple[str, ...], tuple[Token, ...]] = {}
        for key in keys:
            if key in self._analysis_cache or key in self._readings:
                continue
            if self._stored and self.storage_key(key) in self._stored:
                continue
            reading = self._readings[key] = self._read(*key)
            if reading in self._reading_cache:
                continue
            families = self._words(*reading[:3]).families
            if key[2] is not None or any(self.families[f].cpv for f in families):
                continue  # its code is written, or its need family's (``_cpv``)
            tokens = reading[0]
            main = tuple(t for t in tokens if t.main) or tokens
            words = tuple(sorted(t.key for t in main))
            if words not in self._suggestions:
                wanted.setdefault(words, main)
        if wanted:
            found = self.suggester.suggest_many(list(wanted.values()))
            if len(self._suggestions) > _ANALYSIS_CACHE:
                self._suggestions.clear()
            self._suggestions.update(zip(wanted, found, strict=True))
        return keys

    def line(
        self, line: MatchLine, place_names: frozenset[str], key: AnalysisKey | None = None
    ) -> LineFeatures:
        """The features of one line (``key``: its ``key``, when known). The analysis of its
        text is kept by the text (plans repeat their lines' wording, and a new run on the same
        lines is quick), and taken from the analyses kept from earlier runs (``use_stored``);
        only the line's own id, period and values are added each time."""
        key = key or self.key(line, place_names)
        cached = self._analysis_cache.get(key)
        if cached is None:
            stored = self._stored.pop(self.storage_key(key), None) if self._stored else None
            decoded = decode(stored, _NO_LINE) if stored is not None else None
            if decoded is not None:
                cached = tuple(getattr(decoded, field) for field in _FIELDS)
            else:
                cached = self._analyse_line(key)
                if self.fingerprint:
                    self._fresh[key] = cached
            if len(self._analysis_cache) > _ANALYSIS_CACHE:
                self._analysis_cache.clear()
            self._analysis_cache[key] = cached
        mid = None
        if line.period is not None:
            mid = (line.period.start.toordinal() + line.period.end.toordinal()) / 2
            mid = (mid - _EPOCH) / _DAYS_PER_MONTH
        values = list(cached)
        values[0] = line
        values[_MID] = mid
        return LineFeatures(*values)

    def _analyse_line(self, key: AnalysisKey) -> tuple[Any, ...]:
        """The analysis of one text (``key``): the field values of its ``LineFeatures`` (no
        line). What follows from the text's reading (``_read``; made by ``prepare`` when it
        read the text) is kept by the reading (``_reading_cache``): texts that differ only in
        numbers ("rode 2", "2027-2030"), case or stopwords read alike and share it."""
        reading = self._readings.pop(key, None) or self._read(*key)
        cached = self._reading_cache.get(reading)
        if cached is None:
            cached = self._derive(*reading)
            if len(self._reading_cache) > _ANALYSIS_CACHE:
                self._reading_cache.clear()
            self._reading_cache[reading] = cached
        return cached

    def _read(
        self, text: str, more: str, written: str | None, place_names: frozenset[str]
    ) -> _Reading:
        """The reading of a text (the arguments of ``_derive``)."""
        analyzer = self.analyzer
        description = analyzer.analyse(text, extra_stopwords=place_names)
        details = (
            analyzer.analyse(more, weight=0.5, extra_stopwords=place_names).tokens
            if more.strip()
            else ()
        )
        inner = None
        if "(" in text and not self.matcher.match(description.tokens)[0]:
            # what stands in parentheses, read as main text: used when the main text names none
            inner = analyzer.analyse(text, extra_stopwords=place_names, inner_main=True).tokens
        words, vocabulary = description.words, self.vocabulary
        return (
            description.tokens,
            inner,
            details,
            written,
            not words.isdisjoint(vocabulary.framework_markers),
            not words.isdisjoint(vocabulary.project_markers),
            self.one_off.names_place(text, place_names, description.tokens),
            marks(text, words, description.tokens, analyzer),
            self.object_reader.phrases(text, description.tokens),
        )

    def _derive(
        self,
        tokens: tuple[Token, ...],
        inner: tuple[Token, ...] | None,
        details: tuple[Token, ...],
        written: str | None,
        framework: bool,
        marked: bool,
        placed: bool,
        text_marks: Marks = (False, frozenset()),
        phrases: tuple[str, ...] | None = None,
    ) -> tuple[Any, ...]:
        """The field values of a ``LineFeatures`` (no line) from the reading of a text: its
        main text's tokens, those with what stands in parentheses read as main text (None when
        not needed), the details' tokens, the CPV code written, and whether the main text has a
        framework marker, a project marker, a place name, its ``goods_service.marks``, and the
        phrases of its words (``objects``)."""
        words = self._words(tokens, inner, details)
        families, coverage, matched = words.families, words.coverage, words.matched
        from_code = False
        if not families and written is not None and written in self.code_families:
            # the plan's own CPV code names a need the words do not ("Kontroll og service av
            # slokkeutstyr", 50413200): that need, at half strength
            families = self.code_families[written]
            coverage = (_CODE_FAMILY_COVERAGE,) * len(families)
            matched = {}
            from_code = True
        head_bits = head_kinds(tokens, self.kinds_by_key)  # (asked three times below)
        text_kinds = self._text_kinds(families, tokens, head_bits)
        written_kind = KIND_BITS[cpv_kind(written)] if written is not None else 0
        cpv, source, cpv_words = self._cpv(written, families, tokens, matched, head_bits)
        weak_kind = False
        if not text_kinds and cpv is not None and source == "text":
            text_kinds = KIND_BITS[cpv_kind(cpv)]
            weak_kind = True
        kinds = (text_kinds or written_kind) | works_word(tokens, self.word_kinds, written_kind)
        kinds |= written_kind & head_bits  # (a kind the words' heads and the written code name)
        project = not framework and self.one_off(tokens, marked, placed, kinds, weak_kind)
        specific_keys = _NO_WORDS
        specifics: tuple[str, ...] = ()
        if families and not from_code and all(self.families[f].broad for f in families):
            named = {w for words in matched.values() for w in words.split(" + ")}
            own = self.object_reader.own_words(tokens, named)
            specific_keys = frozenset(t.key for t in own)
            specifics = tuple(dict.fromkeys(t.surface for t in own))
        return (
            _NO_LINE,
            words.terms,
            words.surfaces,
            families,
            coverage,
            matched,
            text_kinds,
            written_kind,
            cpv,
            source,
            project,
            None,
            words.main_keys,
            words.heads,
            weak_kind,
            cpv_words,
            words.compounds,
            words.split_forms,
            words.roles,
            words.role_words,
            from_code,
            specific_keys,
            specifics,
            *words.marks,
            coded_side(tokens, text_marks, text_kinds, written_kind, head_bits),
            *self.object_reader.objects(tokens, phrases, families),
        )

    def _words(
        self,
        tokens: tuple[Token, ...],
        inner: tuple[Token, ...] | None,
        details: tuple[Token, ...],
    ) -> _Words:
        """What ``_derive`` reads from the words alone, whatever CPV code the plan wrote and
        whatever markers the text has (kept by the words: the same words with another code,
        or none, read alike): need families, coverage and the words they were known by, word
        weights and surfaces, main keys, compounds and split forms, roles, role words, heads."""
        reading = (tokens, inner, details)
        cached = self._words_cache.get(reading)
        if cached is not None:
            return cached
        families, coverage, matched = self.matcher.match(tokens)
        apart = self.matcher.joined_readings(tokens, in_order=True)
        if apart is not None:
            # a compound a family names, written as two words in a hurry ("snø skjerm",
            # "data maskin"): its need, whatever need its last word alone names ("skjerm")
            whole = self.matcher.match(apart)
            if whole[0] and not all(self.broad[f] for f in whole[0]):
                families, coverage, matched = whole
        if not families and inner is not None:
            # what stands in parentheses names the same need another way ("VVS-arbeider
            # (rørlegger)", "bygningsautomasjon (sentral driftskontroll)"): used when the
            # main text names no known need
            families, coverage, matched = self.matcher.match(inner)
        if not families:
            # a word read one way may be another word's inflection ("VVS-arbeider": workers,
            # or the plural of "arbeid"): the reading the vocabulary knows
            other = self.matcher.known_readings(tokens, self.vocabulary.senses)
            if other is not None:
                families, coverage, matched = self.matcher.match(other)
        if all(self.broad[f] for f in families):
            # a compound written as two words ("puss av vinduer" / "vinduspuss"; "kurs i
            # førstehjelp" / "førstehjelpskurs", more than a broad need)
            joined = self.matcher.joined_readings(tokens)
            found = self.matcher.match(joined) if joined is not None else None
            if found is not None and found[0] and not all(self.broad[f] for f in found[0]):
                families, coverage, matched = found
        if not families and details:
            families, coverage, matched = self.matcher.match(details)
        terms: dict[str, float] = {}
        surfaces: dict[str, str] = {}
        for token in (*tokens, *details):
            for term, weight in self._token_terms(token):
                if weight > terms.get(term, 0.0):
                    terms[term] = weight
                surfaces.setdefault(term, token.surface)
        # the words of the main text as the word vector has them ("renhold" for
        # "renholdstjenester")
        main_keys = tuple(dict.fromkeys(self._token_terms(t)[0][0] for t in tokens if t.main))
        compounds, split_forms = self._compound_keys(tokens)
        found_roles = [(t, self.roles.of(t.parts)) for t in tokens if t.main]
        if families and any(found for _, found in found_roles):
            # a role a need family of the line names itself is that need, not a role beside
            # it, when the line is known by another of the family's words ("advokattjenester
            # og juridisk rådgivning" is legal services); a line known only by the advice
            # ("kommunikasjonsrådgivning") keeps its role
            own = frozenset().union(
                *(
                    self.family_roles[f]
                    for f in families
                    if self.family_roles[f] and not self._text_roles(matched.get(f, ""), tokens)
                )
            )
            if own:
                found_roles = [
                    (t, tuple(r for r in found if r not in own)) for t, found in found_roles
                ]
        role_tokens = [t for t, found in found_roles if found]
        roles = (
            frozenset(r for _, found in found_roles for r in found) if role_tokens else _NO_WORDS
        )
        role_words = tuple(dict.fromkeys(t.surface for t in role_tokens))
        heads = self._heads(tokens)
        cached = _Words(
            families=families,
            coverage=coverage,
            matched=matched,
            terms=terms,
            surfaces=surfaces,
            main_keys=main_keys,
            compounds=compounds,
            split_forms=split_forms,
            roles=roles,
            role_words=role_words,
            heads=heads,
            marks=system_for(
                tokens, heads, head_marks(tokens, heads, self.tail_bits), self.tail_bits
            ),
        )
        if len(self._words_cache) > _WORDS_CACHE:
            self._words_cache.clear()
        self._words_cache[reading] = cached
        return cached

    def _text_roles(self, text: str, tokens: Sequence[Token] = ()) -> bool:
        """The words a family was known by name a role (read as the line's ``tokens`` read
        them: «aktuartj.» is «aktuar» + «tjeneste» only beside its dot)."""
        read = {t.surface: t.parts for t in tokens}
        words = _WORD_RE.findall(text.lower())
        return any(self.roles.of(read.get(w) or self.analyzer.word(w)[1]) for w in words)

    def _compound_keys(
        self, tokens: tuple[Token, ...]
    ) -> tuple[dict[str, float], dict[str, float]]:
        compounds: dict[str, float] = {}
        singles: list[tuple[str, float, int]] = []
        for token in tokens:
            if token.generic or token.acronym or token.proper:
                continue
            specific, factor, joined = self._specific_parts(token.surface, token.parts)
            weight = token.weight * factor
            if 2 <= len(specific) <= _MAX_COMPOUND_PARTS and weight > 0:
                compounds[joined] = max(compounds.get(joined, 0.0), weight)
                noun = noun_first_part(specific, self.analyzer.lexicon)
                if noun is not None:  # "hekke|klipping" is "hekk" + "klipping" too
                    key = sys.intern("+".join(noun))
                    compounds[key] = max(compounds.get(key, 0.0), weight)
            if len(specific) == 1:
                singles.append((specific[0], token.weight, token.segment))
            elif len(specific) == 2 and weight > 0:
                # a compound written beside a word is a split form too ("tømming av
                # sandfang" / "sandfangtømming")
                singles.append((joined, weight, token.segment))
        for key, weight in abbreviation_keys(tokens).items():
            compounds[key] = max(compounds.get(key, 0.0), weight)
        split_forms = split_form_keys(tokens, singles[:_MAX_SPLIT_WORDS], self._initials)
        # one head per activity ("kurs" / "opplæring"): either meets the other
        return with_activities(compounds, self.activities), with_activities(
            split_forms, self.activities
        )

    def _specific_parts(self, surface: str, parts: Parts) -> tuple[Parts, float, str]:
        """The specific (not generic) parts of a word, a part that is a compound itself by its
        own parts ("brannalarm"), how much a word read whole still means them, and the parts
        joined as a key ("brann+alarm") (cached)."""
        cached = self._specific_cache.get(surface)
        if cached is not None and cached[0] == parts:
            return cached[1], cached[2], cached[3]
        factor = 1.0
        whole = parts
        if len(parts) < 2:
            whole = self.analyzer.compound_parts(surface) or parts
            # a common word read whole means more than its parts ("veiledning" is not a
            # "ledning" by a "vei"): the more common, the less its parts count
            factor = self.analyzer.compositional(surface)
        deep = [
            q
            for p in whole
            for q in (
                (self.analyzer.compound_parts(p) or (p,)) if len(p) >= _MIN_COMPOUND else (p,)
            )
        ]
        specific = tuple(dict.fromkeys(p for p in deep if p not in self.generic))
        joined = sys.intern("+".join(specific))
        self._specific_cache[surface] = (parts, specific, factor, joined)
        return specific, factor, joined

    def _heads(self, tokens: tuple[Token, ...]) -> tuple[str, ...]:
        """Effective heads of the main words, from the first segment that has any."""
        for segment in (0, 1):
            heads: list[str] = []
            for token in tokens:
                if not token.main or token.generic or token.acronym or token.proper:
                    continue
                if token.segment != segment:
                    continue
                parts = token.parts
                while len(parts) > 1 and parts[-1] in self.generic:
                    parts = parts[:-1]
                if parts[-1] not in self.generic and parts[-1] not in heads:
                    heads.append(parts[-1])
            if heads:
                return tuple(heads[:_MAX_HEADS])
        return ()

    def _token_terms(self, token: Token) -> list[tuple[str, float]]:
        """The words a token adds to the text vector: its key, and its parts at half weight.

        A compound whose head is a generic word counts as the part that says what is bought:
        "renholdstjenester" is the word "renhold" ("tjenester" says how, not what), so it meets
        "renhold av skoler" as the same word."""
        # a name or an acronym is read whole: its head never counts (the key says so)
        # (all the terms are made of: by the parts alone, the first token read set them)
        cache_key = (
            token.parts,
            token.key,
            token.weight,
            token.proper or token.acronym,
            token.generic,
        )
        cached = self._terms_cache.get(cache_key)
        if cached is None:
            generic = self.generic
            parts = token.parts
            while len(parts) > 1 and parts[-1] in generic:
                parts = parts[:-1]
            stripped = not token.generic and len(parts) < len(token.parts)
            key = "+".join(parts) if stripped else token.key
            # generic words ("drift", "fagsystem", "lab") weigh nothing by themselves
            cached = [(key, 0.0 if token.generic else token.weight)]
            if len(parts) > 1:
                for part in parts:
                    if part not in generic:
                        cached.append((part, token.weight * 0.5))
            elif not (token.generic or token.proper or token.acronym):
                # a compound read whole ("leiebil") is still a kind of its head ("bil"): the
                # head counts as a part does, less the more common the whole word is
                factor = self.analyzer.compositional(parts[0])
                inner = self.analyzer.compound_parts(parts[0]) if factor > 0.0 else ()
                if len(inner) >= 2 and inner[-1] not in generic:
                    cached.append((inner[-1], token.weight * 0.5 * factor))
            self._terms_cache[cache_key] = cached
        return cached

    def _text_kinds(self, families: tuple[int, ...], tokens: tuple[Token, ...], named: int) -> int:
        """Kind bits of a text: its families' (those its main words' heads name, ``named``,
        when they name any of them), else those of its main words."""
        if families:
            bits = kind_bits(k for f in families for k in self.families[f].kinds)
            return bits & named or bits
        bits = 0
        for token in tokens:
            if not token.main:
                continue
            found = self.word_kinds.get(token.parts[-1]) or self.word_kinds.get(token.key)
            if found is not None and found[0] is not None:
                bits |= KIND_BITS[found[0]]
        return bits

    def _cpv(
        self,
        written: str | None,
        families: tuple[int, ...],
        tokens: tuple[Token, ...],
        matched: dict[int, str],
        named: int,
    ) -> tuple[str | None, str, tuple[str, ...]]:
        """The CPV code of a text: the one written, else its family's (of the kinds its main
        words' heads name, ``named``, when one is), else one suggested from its words."""
        if written is not None:
            return written, "written", ()
        for family in families:
            codes = self.families[family].cpv
            if codes:
                fitting = [c for c in codes if kind_bits_of(c) & named]
                words = tuple(matched.get(family, "").split(" + "))
                return (fitting or codes)[0], "family", tuple(w for w in words if w)
        main = tuple(t for t in tokens if t.main) or tokens
        key = tuple(sorted(t.key for t in main))
        if key not in self._suggestions:
            self._suggestions[key] = self.suggester.suggest(main)
        suggestion = self._suggestions[key]
        if suggestion is None:
            return None, "", ()
        words = tuple(dict.fromkeys(t.surface for t in main if t.key in suggestion.keys))
        return suggestion.code8, "text", words


def _municipalities() -> MunicipalityRegister:
    """The shipped national list of municipalities (empty when it is missing)."""
    path = resource_path("municipalities", "kommuner_2025.csv")
    if not path.exists():
        return MunicipalityRegister(())
    return parse_register(path.read_text(encoding="utf-8"))
