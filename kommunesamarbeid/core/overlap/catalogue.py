"""The CPV catalogue as detection uses it: labels for explanations and CPV suggested from text.

The catalogue is data passed in (``code8 -> (label_no, label_en)``), loaded by the caller from
the file the user gave (``catalogue_from_csv`` reads the columns ``code8,label_en,label_no``).
A suggestion compares the words of a plan line with the words of every label (both languages),
weighting rare words up, the way a search engine ranks documents.
"""

from __future__ import annotations

import csv
import itertools
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.cpv import is_code8, significant_digits
from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token

__all__ = [
    "CpvCatalogue",
    "CpvSuggester",
    "HeadKinds",
    "LabelReading",
    "Suggestion",
    "catalogue_from_csv",
    "kind_bits_of",
    "read_labels",
]

#: Below this cosine a suggestion is not trusted.
MIN_CONFIDENCE: Final = 0.3
#: How much a compound's parts before its last specific part count in a code's words.
_MODIFIER_SHARE: Final = 0.5
#: Words whose label terms are kept (then the cache starts over: memory stays flat).
_TERMS_CACHE: Final = 100_000
#: Heads whose kind read from their last part is kept (``HeadKinds``; then it starts over).
_HEADS_CACHE: Final = 100_000
#: A head this long or shorter is no compound a kind could be read from ("drift" in "bedrift").
_MIN_LISTED_HEAD: Final = 6


def catalogue_from_csv(path: Path) -> dict[str, tuple[str, str]]:
    """``code8 -> (label_no, label_en)`` from a CSV with columns code8 (or code), label_no,
    label_en. Rows without an 8-digit code are skipped."""
    result: dict[str, tuple[str, str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            code = (row.get("code8") or row.get("code") or "").strip()[:8]
            if is_code8(code):
                result[code] = (
                    (row.get("label_no") or "").strip(),
                    (row.get("label_en") or "").strip(),
                )
    return result


class CpvCatalogue:
    """Labels by code, with Norwegian preferred."""

    def __init__(self, labels: Mapping[str, tuple[str, str]]) -> None:
        self.labels: dict[str, tuple[str, str]] = {
            code: (no, en) for code, (no, en) in labels.items() if is_code8(code)
        }

    def __len__(self) -> int:
        return len(self.labels)

    def label(self, code8: str) -> str | None:
        """The Norwegian label, else the English one, else None."""
        pair = self.labels.get(code8)
        if pair is None:
            return None
        return pair[0] or pair[1] or None

    def prefix_label(self, prefix: str) -> str | None:
        """Label of the code that stands for a prefix ("9062" -> label of 90620000)."""
        return self.label(prefix.ljust(8, "0")[:8])


@dataclass(frozen=True, slots=True)
class Suggestion:
    code8: str
    confidence: float
    #: Keys of the text's tokens whose words are in the code's label (what it came from).
    keys: frozenset[str] = frozenset()


#: A catalogue's labels as the suggester reads them (``read_labels``): for each code in code
#: order, the first word of its Norwegian label (its key) and its weighted words in the order
#: they were found.
LabelReading = tuple[list[str], list[dict[str, float]]]


def read_labels(
    catalogue: CpvCatalogue, analyzer: Analyzer, generic: frozenset[str]
) -> LabelReading:
    """Every label of ``catalogue`` read by ``analyzer`` (``LabelReading``): most of the time
    building a suggester takes, and the same for the same catalogue, vocabulary and engine
    (so it can be kept between runs: ``TextModel``)."""
    heads: list[str] = []
    words: list[dict[str, float]] = []
    english = analyzer.english
    for code in sorted(catalogue.labels):
        label_no, label_en = catalogue.labels[code]
        weights: dict[str, float] = {}
        label_tokens = analyzer.analyse(label_no).tokens if label_no else ()
        heads.append(label_tokens[0].key if label_tokens else "")
        for text, factor in ((label_no, 1.0), (label_en, 0.5)):
            if text:
                for token in analyzer.analyse(text).tokens:
                    if factor < 1.0 and token.key != token.surface and english:
                        continue  # an English word read as Norwegian: the label has it
                    for term, weight in _token_terms(token, generic):
                        weights[term] = max(weights.get(term, 0.0), weight * factor)
        words.append(weights)
    return heads, words


class CpvSuggester:
    """Suggests a CPV code for a text from the catalogue labels."""

    def __init__(
        self,
        catalogue: CpvCatalogue,
        analyzer: Analyzer,
        generic: frozenset[str],
        word_kinds: HeadKinds | Mapping[str, int],
        reading: LabelReading | None = None,
    ) -> None:
        """``reading``: the labels of this catalogue as ``read_labels`` read them (kept from an
        earlier run of the same engine), else they are read here; ``self.reading`` is what
        was used."""
        self._codes: list[str] = sorted(catalogue.labels)
        self._generic = generic
        self._word_kinds = word_kinds
        self._terms_cache: dict[tuple[str, tuple[str, ...]], list[tuple[int, float]]] = {}
        if reading is None:
            reading = read_labels(catalogue, analyzer, generic)
        self.reading: LabelReading = reading
        heads, label_words = reading
        term_ids: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for index, weights in enumerate(label_words):
            for term, weight in weights.items():
                rows.append(index)
                cols.append(term_ids.setdefault(term, len(term_ids)))
                vals.append(weight)
        self._term_ids = term_ids
        n_codes = len(self._codes)
        df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=len(term_ids))
        self._idf = np.log1p(n_codes / np.maximum(df, 1)).astype(np.float64)
        row_arr = np.asarray(rows, dtype=np.int64)
        col_arr = np.asarray(cols, dtype=np.int64)
        val_arr = np.asarray(vals, dtype=np.float64) * self._idf[col_arr]
        norms = np.sqrt(np.bincount(row_arr, weights=val_arr**2, minlength=n_codes))
        val_arr = val_arr / np.maximum(norms[row_arr], 1e-9)
        # postings by term
        order = np.argsort(col_arr, kind="stable")
        self._post_codes = row_arr[order]
        self._post_vals = val_arr[order]
        self._post_start = np.searchsorted(col_arr[order], np.arange(len(term_ids) + 1))
        #: words in more labels than this say too little to look up
        self._too_common = frozenset(np.flatnonzero(df > 400).tolist())
        depth = np.asarray([significant_digits(c) for c in self._codes], dtype=np.float64)
        self._depth_factor = 1.0 - 0.015 * (depth - 2.0)
        self._head_ids = np.asarray([term_ids.get(h, -1) for h in heads], dtype=np.int64)
        self._code_kind = np.asarray([kind_bits_of(c) for c in self._codes], dtype=np.int64)

    def knows(self, key: str) -> bool:
        """The word (a key as the analyzer reads it) is a word of the catalogue's labels:
        something bought (every word counts as one when the catalogue has no labels)."""
        return key in self._term_ids or not self._term_ids

    def suggest(self, tokens: Iterable[Token]) -> Suggestion | None:
        """The best code for the tokens, or None when nothing fits well enough.

        Codes of the kind the text names ("vedlikehold" -> services, "biler" -> supplies) and
        codes whose label starts with a word of the text rank higher.
        """
        return self.suggest_many([tuple(tokens)])[0]

    def _query(self, tokens: tuple[Token, ...]) -> tuple[dict[int, float], dict[int, set[str]]]:
        """Weighted label words of a text (term id -> weight) and the tokens that gave them."""
        weights: dict[int, float] = {}
        owners: dict[int, set[str]] = {}
        for token in tokens:
            for term_id, weight in self._label_terms(token):
                w = weight * token.weight
                weights[term_id] = max(weights.get(term_id, 0.0), w)
                owners.setdefault(term_id, set()).add(token.key)
        return weights, owners

    def _label_terms(self, token: Token) -> list[tuple[int, float]]:
        """The label words a token's terms are (term id, weight), in the terms' order; words
        that say how, not what, or are in too many labels, left out (kept by key and parts)."""
        cache_key = (token.key, token.parts)
        found = self._terms_cache.get(cache_key)
        if found is None:
            found = []
            for term, weight in _token_terms(token, self._generic):
                if term in self._generic:
                    continue  # says how, not what; its kind is used below
                term_id = self._term_ids.get(term)
                if term_id is not None and term_id not in self._too_common:
                    found.append((term_id, weight))
            if len(self._terms_cache) > _TERMS_CACHE:
                self._terms_cache.clear()
            self._terms_cache[cache_key] = found
        return found

    def suggest_many(self, texts: Sequence[tuple[Token, ...]]) -> list[Suggestion | None]:
        """``suggest`` for many texts in one numpy pass (the same answers)."""
        result: list[Suggestion | None] = [None] * len(texts)
        if not self._codes:
            return result
        queries = [self._query(tokens) for tokens in texts]
        counts = np.fromiter((len(w) for w, _ in queries), dtype=np.int64, count=len(queries))
        if not counts.any():
            return result
        ids = np.fromiter((t for w, _ in queries for t in w), dtype=np.int64, count=counts.sum())
        weights = np.fromiter(
            (x for w, _ in queries for x in w.values()), dtype=np.float64, count=counts.sum()
        )
        query = weights * self._idf[ids]
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), counts)
        # each text's norm as suggest() always computed it
        bounds = np.concatenate(([0], np.cumsum(counts)))
        norms = np.array(
            [
                math.sqrt(float(np.dot(query[a:b], query[a:b]))) or 1.0
                for a, b in itertools.pairwise(bounds.tolist())
            ]
        )
        starts = self._post_start[ids]
        lengths = self._post_start[ids + 1] - starts
        index = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        codes = self._post_codes[index]
        contrib = self._post_vals[index] * np.repeat(query, lengths)
        text_of = np.repeat(owner, lengths)
        n_codes = len(self._codes)
        pair = text_of * n_codes + codes
        order = np.argsort(pair, kind="stable")
        pair = pair[order]
        first = np.flatnonzero(np.concatenate(([True], pair[1:] != pair[:-1])))
        if not len(first):
            return result
        cand_text = pair[first] // n_codes
        candidates = pair[first] % n_codes
        scores: npt.NDArray[np.float64] = np.add.reduceat(contrib[order], first) / norms[cand_text]
        scores *= self._depth_factor[candidates]
        kinds = np.array([head_kinds(t, self._word_kinds) for t in texts], dtype=np.int64)
        text_kind = kinds[cand_text]
        # a code of another kind than the text names is not offered
        scores *= np.where(text_kind > 0, (self._code_kind[candidates] & text_kind) > 0, True)
        # a code whose label starts with a word of the text ranks higher
        named_pairs = np.array(
            [
                number * len(self._term_ids) + self._term_ids[t.key]
                for number, tokens in enumerate(texts)
                for t in tokens
                if t.key in self._term_ids
            ],
            dtype=np.int64,
        )
        heads = self._head_ids[candidates]
        wanted = cand_text * len(self._term_ids) + heads
        named_pairs.sort()
        position = np.minimum(np.searchsorted(named_pairs, wanted), max(len(named_pairs) - 1, 0))
        named = (heads >= 0) & (named_pairs[position] == wanted if len(named_pairs) else False)
        scores *= np.where(named, 1.15, 1.0)
        # the best code of each text: highest score, then the first code (the candidates of a
        # text come together, in code order)
        segment = np.flatnonzero(np.concatenate(([True], cand_text[1:] != cand_text[:-1])))
        top = np.maximum.reduceat(scores, segment)
        at_top = np.flatnonzero(scores == np.repeat(top, np.diff(np.append(segment, len(scores)))))
        leaders = at_top[np.searchsorted(at_top, segment)]
        term_of = np.repeat(ids, lengths)[order]
        code_of = codes[order]
        text_sorted = text_of[order]
        # each leader's text's contributions, found for all leaders at once
        leader_text = cand_text[leaders]
        lows = np.searchsorted(text_sorted, leader_text).tolist()
        highs = np.searchsorted(text_sorted, leader_text, side="right").tolist()
        for number, confidence, best, low, high in zip(
            leader_text.tolist(),
            scores[leaders].tolist(),
            candidates[leaders].tolist(),
            lows,
            highs,
            strict=True,
        ):
            if confidence < MIN_CONFIDENCE:
                continue
            mine = slice(low, high)
            used = {int(t) for t in term_of[mine][code_of[mine] == best]}
            owners = queries[number][1]
            keys = frozenset(k for term_id in used for k in owners.get(term_id, ()))
            result[number] = Suggestion(self._codes[best], round(confidence, 3), keys)
        return result


class HeadKinds:
    """Kind bits of heads ("tjenester" -> services), and of a head the dictionaries list
    whole whose own last part is a generic word of a kind ("helsetjeneste",
    "bedriftshelsetjeneste": services, as "tjeneste"): buying it is no purchase of goods.
    Only ``get`` is offered: a head's kind is asked, never listed."""

    def __init__(
        self,
        kinds: Mapping[str, int],
        generic: frozenset[str],
        parts: Callable[[str], tuple[str, ...]],
    ) -> None:
        self._kinds = dict(kinds)
        self._generic = generic
        #: the generic words of a kind a head can end in (looked for before its parts are)
        self._endings = tuple(sorted(w for w in generic if kinds.get(w)))
        self._parts = parts
        #: the kinds read from heads' last parts (``_HEADS_CACHE``: memory stays flat)
        self._ends: dict[str, int] = {}

    def get(self, key: str, default: int = 0) -> int:
        found = self._kinds.get(key)
        if found is not None:
            return found
        ending = self._ends.get(key)
        if ending is None:
            listed = len(key) > _MIN_LISTED_HEAD and key.endswith(self._endings)
            parts = self._parts(key) if listed else ()
            last = parts[-1] if len(parts) >= 2 else ""
            ending = self._kinds.get(last, 0) if last in self._generic else 0
            if len(self._ends) > _HEADS_CACHE:
                self._ends.clear()
            self._ends[key] = ending
        return ending or default


def head_kinds(tokens: Iterable[Token], word_kinds: HeadKinds | Mapping[str, int]) -> int:
    """Kind bits the heads of the main words name ("tjenester" -> services)."""
    bits = 0
    for token in tokens:
        if token.main:
            bits |= word_kinds.get(token.parts[-1], 0) | word_kinds.get(token.key, 0)
    return bits


def kind_bits_of(code8: str) -> int:
    """Kind bits of a code: 1 supplies, 2 works, 4 services."""
    division = int(code8[:2])
    if division == 45:
        return 2
    return 1 if division <= 44 or division == 48 else 4


def _token_terms(token: Token, generic: frozenset[str]) -> list[tuple[str, float]]:
    """The terms of a token: its key, and its parts at half weight; generic words count less."""
    result = [(token.key, 0.3 if token.key in generic else 1.0)]
    if len(token.parts) > 1:
        # the last specific part says what the word is ("barnehagefotografering" is a
        # photography, not a kindergarten): the parts before it count half as much
        last = len(token.parts) - 1
        while last > 0 and token.parts[last] in generic:
            last -= 1
        for number, part in enumerate(token.parts):
            weight = 0.15 if part in generic else 0.5
            result.append((part, weight if number >= last else weight * _MODIFIER_SHARE))
    return result
