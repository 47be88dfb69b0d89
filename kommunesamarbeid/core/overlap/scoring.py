"""Pair scores for lists of pairs (numpy), and the candidate pairs worth scoring.

score = 1 - (1 - 0.7*F) * (1 - 0.85*T) * (1 - 0.45*C) * (1 - 0.3*H), then multiplied down:

* F: need family: 1 for the same family, 0.55 when one family is the other's parent or both are
  only in a broad family ("kurs", "programvare", a family with sub-families), else 0, times how
  much of each line's main text the family explains (2 x share, at most 1);
* T: cosine of the weighted words (rare words weigh more, generic words and words after
  "til"/"for" less; compound parts count half, a compound with a generic head counts as its
  specific part) plus compound against split form, with either head of one activity
  ("kurs" / "opplæring": ``activities``). Words in more than ``df_cap`` lines are stopwords;
* C: CPV agreement by the deepest shared level (division 0.2, group 0.45, class 0.7, category
  0.85, deeper 1.0), at 60 % when a code is suggested rather than written in the plan, and
  nothing when both codes are suggested for need families the lines do not share; lines not
  in one need family by their words: less as the run's other lines with the code are other
  needs by their words (``code_spread``);
* H: the heads of the main words in common ("renhold" in "Renhold av skoler" and in
  "renholdstjenester"), as a share of the line with fewer heads;
* kind: when both plans wrote codes of different kinds (supplies, works, services) the score is
  lowered (x0.8 when the text names the same kind or the text evidence is strong, else x0.24),
  never vetoed: plans are full of wrong codes; a kind only a written code gives (the words name
  none) against strong text evidence (one need family read from both lines' words, or the same
  head and a word cosine of 0.5) lowers the score x0.8 and no more; a kind read from the words
  or a suggested code is a guess: supplies against services x0.85, and nothing when the two
  share a specific main word (a compound, whole or by its parts, or one word in two spellings:
  ``specific_word``); works against services x0.6, works against supplies x0.3, and nothing when
  both kinds come only from suggested codes and one line writes as a compound what the other
  writes as its parts (``split_forms``); lines in a family that spans kinds (power with
  portfolio management) are not judged on kind;
* families that differ (both lines have one, neither is the other's parent): x0.25 and never in
  one group, unless the words themselves agree (cosine >= 0.75) and the families are not two
  parts of one wider need (whose words they share: ``precision.sub_needs``); the same for two
  lines only in one family marked broad that are each about something the other does not name
  ("Kurs i førstehjelp" / "Kurs i konflikthåndtering"); only one line in a family and no head
  in common: x0.7. A family read from the plan's CPV code (the words name none) counts only
  beside a line whose words name it (as a related one if its whole words share none with the
  other's, unless both plans wrote one code: ``precision.code_only_need``), never against another;
* heads apart: every head the lines share ends a compound in both whose specific first parts the
  other line does not have ("tekstilavfall" / "sykehusavfall", "miljørevisjon" /
  "datamaskinrevisjon"), and any need family of the lines is known only by such a head: the head
  and the family count nothing, and what is left x0.75 (``evidence``); a need family one line
  is in only by a compound's last part ("røykdykkere" in diving), the kinds of the lines
  differing: the family counts nothing (``family_kinds``);
* tails apart: every head the lines share stands, in both, only before generic last parts that
  buy different things (goods, work done, a system: "lønnssystem" / "lønnstjenester",
  "renholdsutstyr" / "renholdstjenester"): x0.5, and the same words no longer outweigh two need
  families;
* objects apart: every head the lines share is a word its object completes ("kurs i X",
  "lisenser til Y") and the objects differ ("førstehjelp" / "Excel"): head, family and words
  count nothing (``objects``); who a thing is for is no object; the same whole object after
  two words for one activity ("Kurs i brannvern" / "Brannvernopplæring"): the head is shared
  and the needs are at least related (never apart);
* roles: one line is advice, consulting or project management about something and the other is
  not (or another role; the person and the doing are one: "megler" / "megling"): x0.5, unless
  both are in a need whose name is the advice ("kommunikasjonsrådgivning" / "-bistand");
* time: full score up to 12 months apart (middle to middle), x0.85 at ``max_months``, nothing at
  1.5 x ``max_months``; lines without a period are not judged on time;
* one-off projects (a named building or project) never pair;
* broad link only: the lines meet only in a broad need, each read as a specific need apart
  from the other's: a family conflict, and shared words do not override it
  (``precision.meet_only_broadly``);
* other reading: a line read as two needs wrote a code of the one the other line does not share,
  and the words they share are few (cosine < 0.5): x0.5 (``precision.other_reading``);
* a thing and a service on it ("Kjøp av heiser" / "Vedlikehold av heiser"): x0.3 and never in
  one group (``goods_service``).

``veto`` marks pairs that may never share a group (kind, family conflict, time, project).
Candidates (no all-pairs): pairs that share a need family or its parent, and pairs whose word
similarity could reach the threshold (found block by block through the lines each word occurs
in: ``textsim``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.code_spread import CodeSpread, words_agree
from kommunesamarbeid.core.overlap.evidence import (
    UNTAILED,
    compound_heads,
    heads_apart,
    shared_specific,
)
from kommunesamarbeid.core.overlap.family_kinds import head_only_pairs, not_by_head
from kommunesamarbeid.core.overlap.features import KIND_BITS, LineFeatures, TextModel
from kommunesamarbeid.core.overlap.goods_service import SERVICE_ON_GOODS, apart
from kommunesamarbeid.core.overlap.line_features import (
    LISTED_PAIRS,
    any_per_pair,
    pairs_where,
    same_advice,
)
from kommunesamarbeid.core.overlap.objects import objects_apart, objects_meet, zeroed
from kommunesamarbeid.core.overlap.precision import (
    code_only_need,
    disjoint_specifics,
    meet_only_broadly,
    one_reading,
    other_reading,
    site_bound_only,
    sub_needs,
    two_needs,
    words_of_their_own,
)
from kommunesamarbeid.core.overlap.score_factors import (
    RELATED_FAMILY,
    base_score,
    cpv_depth_value,
    id_slots,
    line_columns,
    min_text_for,
    months_factor,
)
from kommunesamarbeid.core.overlap.score_matrices import PairScores, matrices, upper_pairs
from kommunesamarbeid.core.overlap.split_forms import compound_meets_split
from kommunesamarbeid.core.overlap.textsim import TextVectors

__all__ = [
    "FeatureTable",
    "PairParts",
    "PairScores",
    "base_score",
    "matrices",
    "min_text_for",
    "upper_pairs",
]

_FAMILY_CONFLICT: Final = 0.25
#: One line in a need family, the other in none and without a head in common.
_ONE_SIDED: Final = 0.7
#: A broad family (one with sub-families, or marked broad) counts like a related one.
_BROAD: Final = 0.55
#: Written codes of different kinds (supplies, services, works): the score is lowered.
_CODES_DISAGREE: Final = 0.8
#: One line is advice, consulting or project management (a role), the other not or another.
_ROLES_DIFFER: Final = 0.5
#: Supplies against services read from the words or a suggested code (a guess): x0.85.
_GUESSED_KIND: Final = 0.85
#: The lowest threshold a run can have (``DetectionSettings`` at sensitivity 1).
_LOWEST_THRESHOLD: Final = 0.3
#: Text evidence a written code of another kind never sinks: one need family read from both
#: lines' words at least this strongly, or the same head and a word cosine this high.
_STRONG_FAMILY: Final = 0.3
_STRONG_TEXT: Final = 0.5
#: A word cosine at which the text outweighs two different need families.
_TEXT_OVERRIDES: Final = 0.75
#: The lines share only a last part under first parts that disagree (``evidence``): what is
#: left of the score is lowered.
_HEADS_APART: Final = 0.75
#: The lines share a word only before generic last parts that buy different things: x0.5.
_TAILS_APART: Final = 0.5
#: A line read as two needs whose plan wrote a code of the reading the other line does not
#: share (``precision.other_reading``): x0.5.
_OTHER_READING: Final = 0.5
#: The bit that marks a head that only ends compounds, beside its tail bits (``FeatureTable``).
_HEAD_IN_COMPOUND: Final = 32

Float = npt.NDArray[np.float32]
Bool = npt.NDArray[np.bool_]
Int = npt.NDArray[np.int64]
#: ``family_parts``, ``head_share`` and ``cpv_agreement`` of some pairs.
PairParts = tuple[tuple[Float, Float, Bool, Bool], Float, Float]


class FeatureTable:
    """All lines' features as arrays."""

    def __init__(
        self, features: list[LineFeatures], model: TextModel, max_months: float, df_cap: int
    ) -> None:
        n = len(features)
        self.n = n
        self.max_months = max_months
        # --- words: tf-idf vectors, compared block by block (textsim) ---
        self.text = TextVectors(features, df_cap)
        vocab = self.text.vocab
        # --- families as slots: leaf families, and leaves with their ancestors ---
        leaf_rows: list[list[tuple[int, float]]] = []
        closed_rows: list[list[tuple[int, float]]] = []
        ancestors = model.ancestors
        # (worked out once per families and coverage: many lines share them)
        rows_of: dict[tuple[Any, Any], tuple[list[tuple[int, float]], ...]] = {}
        for f in features:
            rows = rows_of.get((f.families, f.coverage))
            if rows is None:
                leaves = [
                    (fam, min(1.0, 2.0 * c)) for fam, c in zip(f.families, f.coverage, strict=True)
                ]
                closed: dict[int, float] = {}
                for fam, strength in leaves:
                    for member in (fam, *ancestors[fam]):
                        closed[member] = max(closed.get(member, 0.0), strength)
                rows = rows_of[f.families, f.coverage] = (leaves, sorted(closed.items()))
            leaf_rows.append(rows[0])
            closed_rows.append(rows[1])
        self.fam_ids, self.fam_str = id_slots(leaf_rows, n)
        self.clo_ids, self.clo_str = id_slots(closed_rows, n)
        self.has_family: Bool = np.asarray((self.fam_ids >= 0).any(axis=1), dtype=bool)
        columns = line_columns(features)
        #: The family was read from the plan's CPV code, not from the words: it counts only
        #: beside a line whose words name the same need (never two codes alone, never against)
        self.fam_code = columns.family_from_code
        self.has_text_family: Bool = self.has_family & ~self.fam_code
        self.own_words = np.array([words_of_their_own(f, model.analyzer) for f in features])
        #: read as two needs that are not one another's ("Ryggsprøyter til ugrasbekjempelse")
        self.two_needs = np.zeros(n, dtype=bool)
        for k, f in enumerate(features):
            if len(f.families) > 1:  # (few lines)
                self.two_needs[k] = two_needs(f, model.matcher.related, model.families)
        # lines only in broad needs ("kurs", "programvare") and what else they are about
        self.has_spec = columns.has_specifics
        self.has_objects = columns.has_objects
        self._objects_apart = partial(objects_apart, related=model.matcher.related)
        self._objects_meet = partial(objects_meet, activities=model.activities)
        self._one_reading = partial(one_reading, families=model.families)
        self._other_reading = partial(
            other_reading, related=model.matcher.related, families=model.families
        )
        self.many_needs = np.asarray((self.fam_ids >= 0).sum(axis=1) > 1, dtype=bool)
        self._broadly = partial(meet_only_broadly, broad=model.broad, related=model.matcher.related)
        self._sub_needs = partial(sub_needs, ancestors=model.ancestors)
        self._advice = partial(
            same_advice, advice=model.advice_families, family_roles=model.family_roles
        )
        self.fam_multi = np.array(
            [len(fam.kinds) > 1 for fam in model.families] + [False], dtype=bool
        )
        self.fam_same_value = np.array(
            [_BROAD if broad else 1.0 for broad in model.broad] + [0.0], dtype=np.float32
        )
        self.n_families = len(model.families)
        # --- kinds, CPV, time, project, municipality ---
        self.kind_written = columns.written_kind
        self.kind_text = columns.text_kinds
        self.weak_kind = columns.weak_kind
        self._features = features
        #: line -> its ``specific_keys`` (made when a pair asks: ``_shared_specific``)
        self._specific_keys: dict[int, tuple[tuple[str, tuple[str, ...]], ...]] = {}
        # each head with its marks packed in one number: the tail bits of the generic last
        # parts after it, and whether it only ends compounds (``_HEAD_IN_COMPOUND``)
        # (lines read from one text share their heads and marks: one row for them all)
        head_rows_of: dict[tuple[int, int, int], list[tuple[int, float]]] = {}
        head_rows: list[list[tuple[int, float]]] = []
        for f in features:
            made_from = (id(f.heads), id(f.heads_in_compounds), id(f.head_tails))
            row = head_rows_of.get(made_from)
            if row is None:
                row = head_rows_of[made_from] = [
                    (vocab[h], float(t + (_HEAD_IN_COMPOUND if c else 0)))
                    for h, c, t in zip(f.heads, f.heads_in_compounds, f.head_tails, strict=True)
                    if h in vocab
                ]
            head_rows.append(row)
        del head_rows_of
        self.head_ids, marks = id_slots(head_rows, n)
        self.head_count = (self.head_ids >= 0).sum(axis=1)
        packed = marks.astype(np.int64)
        #: the head in that slot only ends compounds of the line's main words ("avfall" in
        #: "Sykehusavfall"), and what the generic last parts after it buy (``evidence``)
        self.head_compound: Bool = (packed & _HEAD_IN_COMPOUND) > 0
        self.head_tail: Int = packed & (_HEAD_IN_COMPOUND - 1)
        #: lines with a head of each kind (the pairs ``_heads_apart`` and ``_tails_apart``
        #: look at further)
        self.any_compound: Bool = np.asarray(self.head_compound.any(axis=1), dtype=bool)
        #: the word (its column) a head only ends, per slot: two lines with the same such word
        #: share its first parts, and are never heads apart (-1: none)
        self.head_word = np.full(self.head_ids.shape, -1, dtype=np.int64)
        for line in np.flatnonzero(self.any_compound).tolist():
            f = features[line]
            slots = [h for h in f.heads if h in vocab]
            for slot, head in enumerate(slots):
                if self.head_compound[line, slot]:
                    end = f"+{head}"
                    word = next((k for k in f.main_keys if k.endswith(end)), "")
                    self.head_word[line, slot] = vocab.get(word, -1)
        tailed = (self.head_tail > 0) & ((self.head_tail & UNTAILED) == 0)
        self.tailed: Bool = np.asarray(tailed.any(axis=1), dtype=bool)
        self._model = model
        #: a line's words (its ``terms`` object) -> its ``compound_heads`` (made when a pair
        #: asks: ``_heads_apart``). Lines read from one text share their words' objects (the
        #: terms, main keys, heads and surfaces ``compound_heads`` reads come and are renamed
        #: together), and so share one entry: tens of thousands of lines at national scale
        self._compound_heads: dict[int, dict[str, tuple[frozenset[str], str]]] = {}
        #: per line: its families not known only by a head not worked out yet (0), none (1),
        #: some (2: in ``_not_by_head_found``) (``_not_by_head``)
        self._by_head = bytearray(n)
        self._not_by_head_found: dict[int, tuple[int, ...]] = {}
        self.cpv, self.cpv_sig = columns.cpv, columns.cpv_significant
        self.cpv_written, self.cpv_of_family = columns.cpv_written, columns.cpv_of_family
        self.mid = columns.mid
        # (a line only in needs bound to one place, "Leie av lokaler", is one as a project is)
        self.project = columns.project
        site = frozenset(i for i, fam in enumerate(model.families) if fam.site_bound)
        for k, f in enumerate(features):
            if f.families and f.families[0] in site:  # (few lines)
                self.project[k] |= site_bound_only(f, model.families)
        self.service_side = columns.service_side
        self.role = columns.role
        self.municipality = columns.municipality
        self._join: tuple[Int, Float] | None = None
        #: how much each code prefix says in this run (``code_spread``)
        self.code_spread = CodeSpread(
            self.cpv, self.cpv_sig, self.municipality, self.cpv_written, partial(words_agree, self)
        )

    # --- candidates ------------------------------------------------------------------------

    def similarity(self, a: Int, b: Int) -> Float:
        """Word similarity of the pairs (a[k], b[k]) (see ``textsim``)."""
        return self.text.similarity(a, b)

    def family_pairs(self, neighbours: int = 8) -> Int:
        """Keys of pairs that share a need family or its parent: enough of them to connect
        each family's lines (each line with its ``neighbours`` nearest in time), not all."""
        return self._neighbour_pairs(self.clo_ids, self.n_families, neighbours)

    def head_pairs(self, neighbours: int = 8) -> Int:
        """Keys of pairs that share a head word, connected the same way."""
        return self._neighbour_pairs(self.head_ids, len(self.text.vocab), neighbours)

    def _neighbour_pairs(self, ids: Int, count: int, neighbours: int) -> Int:
        n = self.n
        lines = np.repeat(np.arange(n, dtype=np.int64), ids.shape[1])
        keys = ids.reshape(-1)
        valid = keys >= 0
        lines, keys = lines[valid], keys[valid]
        when = np.nan_to_num(self.mid[lines], nan=np.inf)
        order = np.lexsort((lines, when, keys))
        lines, keys = lines[order], keys[order]
        bounds = np.searchsorted(keys, np.arange(count + 1))
        sizes = np.diff(bounds)
        parts: list[Int] = []
        for key in np.flatnonzero(sizes >= 2):
            members = lines[bounds[key] : bounds[key + 1]]
            m = len(members)
            if m <= neighbours + 1:
                i, j = upper_pairs(m)
            else:
                i = np.repeat(np.arange(m), neighbours)
                j = i + np.tile(np.arange(1, neighbours + 1), m)
                inside = j < m
                i, j = i[inside], j[inside]
            a, b = members[i], members[j]
            parts.append(np.minimum(a, b) * n + np.maximum(a, b))
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(parts)

    # --- scores ----------------------------------------------------------------------------

    def pair_scores(
        self, a: Int, b: Int, text: Float, known: PairParts | None = None
    ) -> PairScores:
        """Scores of the pairs (a[k], b[k]) given their word cosine (``known``: see
        ``components``)."""
        parts = self.components(a, b, text, known)
        return PairScores(parts["score"], parts["veto"])

    def components(
        self, a: Int, b: Int, text: Float, known: PairParts | None = None
    ) -> dict[str, npt.NDArray[Any]]:
        """Every signal of the pairs (a[k], b[k]) and the score they make (see the module
        docstring); ``explain`` reads them to say why two lines are or are not one need.
        ``known``: the pairs' ``family_parts``, ``head_share`` and ``cpv_agreement`` when
        already worked out (the bound before scoring does)."""
        if known is None:
            known = self.parts(a, b)
        (same, related, spanning, touching), head, cpv = known
        # (the per-line values asked more than once, gathered once for the pairs)
        fc_a, fc_b = self.fam_code[a], self.fam_code[b]
        tf_a, tf_b = self.has_text_family[a], self.has_text_family[b]
        codes_only = (fc_a | fc_b) & ~(tf_a | tf_b)
        same = np.where(codes_only, 0.0, same)
        related = np.where(codes_only, 0.0, related)
        codes = (self.cpv, self.cpv_written)
        code_alone = code_only_need(self.own_words, codes, a, b, (tf_a, tf_b), same, head, text)
        same = np.where(code_alone, 0.0, same)
        family = np.where(same > 0, same, RELATED_FAMILY * related)
        text = np.minimum(text, 1.0)
        fam_conflict = tf_a & tf_b
        fam_conflict &= (related <= 0) & (same <= 0)
        # a need both lines are read as, however weakly, is no sign that they differ
        fam_conflict &= ~touching
        # both only in one broad need ("Kurs i førstehjelp", "Kurs i konflikthåndtering"), each
        # about something the other does not name: two needs that share a wide word
        broad_apart = self._apart(a, b)
        fam_conflict |= broad_apart
        # they meet only in a broad need, and each is read as a specific need apart from the
        # other's ("Verktøy for ROS-analyse" / "Verktøy for innkjøpsanalyse")
        broadly = (
            ((same > 0) | (related > 0)) & tf_a & tf_b & (self.many_needs[a] | self.many_needs[b])
        )
        broadly = pairs_where(self._features, a, b, broadly, self._broadly)
        fam_conflict |= broadly
        # codes suggested for need families the lines are not both in are no evidence of
        # their own: the families already say how near the needs are (docstring)
        cpv = np.where(self.cpv_of_family[a] & self.cpv_of_family[b] & (same <= 0), 0.0, cpv)
        # a code the run's other lines carry for other needs says less, where the lines are
        # not one need family by their words (``code_spread``)
        spread = self.code_spread.spread(a, b, (cpv > 0) & (same <= 0))
        cpv = (cpv * spread.factor).astype(np.float32)
        base = base_score(family, text, cpv, head)
        # the lines share only a word its object completes, about different objects ("Kurs i
        # førstehjelp" / "Kurs i Excel"): the word, its share of the words and its family
        # count nothing (``objects``)
        ask = self.has_objects[a] & self.has_objects[b]
        ask_meet = ask & (head <= 0) & (text > 0)  # (the same object: a word in common)
        ask &= (head > 0) & (base >= _LOWEST_THRESHOLD)
        objects = pairs_where(self._features, a, b, ask, self._objects_apart)
        family, head, text, same, related = zeroed(objects, family, head, text, same, related)
        # the same object after two words for one activity ("Kurs i brannvern" / "Opplæring i
        # brannvern", "Brannvernopplæring"): the head is shared, the needs are at least related
        meet = pairs_where(self._features, a, b, ask_meet, self._objects_meet)
        head = np.where(meet, 1.0, head).astype(np.float32)
        family = np.where(meet, np.maximum(family, _BROAD), family).astype(np.float32)
        fam_conflict &= ~meet
        base = np.where(objects | meet, base_score(family, text, cpv, head), base)
        # one word before generic last parts that buy different things ("lønnssystem" /
        # "lønnstjenester"): the word is the same, the need is not
        tails_apart = self._tails_apart(a, b, (head > 0) & (base >= _LOWEST_THRESHOLD))
        # the same words say more than two need families read from them, but not more than
        # the one wider need both families are parts of (``precision.sub_needs``)
        overrides = (text >= _TEXT_OVERRIDES) & ~tails_apart
        overrides &= ~pairs_where(self._features, a, b, overrides & fam_conflict, self._sub_needs)
        overrides &= ~broadly  # (the words they share are the broad need's)
        fam_conflict &= ~overrides
        # the lines share only a last part under first parts that disagree ("tekstilavfall" /
        # "sykehusavfall"): the head, and a need family known only by it, say nothing, and
        # what is left (the shared part in the words, a code) is lowered
        heads_apart = self._heads_apart(a, b, (head > 0) & (base >= _LOWEST_THRESHOLD))
        family = np.where(heads_apart, 0.0, family)
        head = np.where(heads_apart, 0.0, head)
        base = np.where(heads_apart, _HEADS_APART * base_score(family, text, cpv, head), base)

        kw_a, kw_b = self.kind_written[a], self.kind_written[b]
        # both plans wrote codes of different kinds: plans are full of wrong codes, so this
        # lowers the score (the text must carry the pair) but never vetoes it
        codes_disagree = (kw_a > 0) & (kw_b > 0) & ((kw_a & kw_b) == 0) & ~spanning
        kt_a, kt_b = self.kind_text[a], self.kind_text[b]
        ek_a = np.where(kw_a > 0, kw_a, kt_a)
        ek_b = np.where(kw_b > 0, kw_b, kt_b)
        soft_kind = (ek_a > 0) & (ek_b > 0) & ((ek_a & ek_b) == 0) & ~spanning & ~codes_disagree
        works_services = ((ek_a | ek_b) == (KIND_BITS["works"] | KIND_BITS["services"])) & soft_kind
        # a kind read from the words ("kjøp", "service") or from a suggested code is a guess,
        # and many lines are a supply and its service: supplies against services lower the
        # score a little, and not at all when both name the same specific word; works keep
        # their weight (separate works projects are never one tender)
        works = ((ek_a | ek_b) & KIND_BITS["works"]) > 0
        # both kinds only from codes suggested for the words (no word names a kind): a compound
        # and its split form ("Brønnboring" / "Boring av brønner") may be suggested codes of
        # two kinds, works too, and are the same evidence
        weak_works = soft_kind & works & self.weak_kind[a] & self.weak_kind[b]
        guessed = soft_kind & (~works | weak_works)
        # (looked for only where it can matter: no factor raises a score above ``base``)
        asked = base >= _LOWEST_THRESHOLD
        shared = self._shared_specific(a, b, soft_kind & ~works & asked)
        # (a compound and its split form)
        shared |= pairs_where(self._features, a, b, weak_works & asked, compound_meets_split)
        kind_factor = np.where(
            soft_kind,
            np.where(
                shared,
                1.0,
                np.where(works_services, 0.6, np.where(works, 0.3, _GUESSED_KIND)),
            ),
            1.0,
        )
        text_kind_a = np.where(kt_a > 0, kt_a, kw_a)
        text_kind_b = np.where(kt_b > 0, kt_b, kw_b)
        text_agrees = (text_kind_a & text_kind_b) > 0
        # one plan wrote a code its own words contradict ("VA-materiell" under a works code)
        # and the words of both lines name one kind: the code seems wrong, and it lowers the
        # score as two disagreeing codes do, never as works against supplies
        doubtful = self._code_doubtful(a) | self._code_doubtful(b)
        code_doubtful = soft_kind & doubtful & text_agrees & ~codes_disagree
        kind_factor = np.where(code_doubtful, _CODES_DISAGREE, kind_factor)
        kind_factor = np.where(
            codes_disagree,
            np.where(text_agrees, _CODES_DISAGREE, 0.3 * _CODES_DISAGREE),
            kind_factor,
        )
        # a kind only a written code gives (its words name none) against clear text evidence
        # (one need family read from both lines' words, or the same head and much the same
        # words): plans are full of wrong codes, so the code lowers the score as two
        # disagreeing codes do and never sinks the pair
        code_only = ((kw_a > 0) & (kt_a == 0)) | ((kw_b > 0) & (kt_b == 0))
        from_words = ~(fc_a | fc_b)
        strong = ((same >= _STRONG_FAMILY) & from_words) | ((head > 0) & (text >= _STRONG_TEXT))
        code_overruled = strong & (codes_disagree | (soft_kind & code_only & ~code_doubtful))
        code_overruled &= kind_factor < _CODES_DISAGREE
        kind_factor = np.where(code_overruled, _CODES_DISAGREE, kind_factor)
        # a need shared only through one line's compound's last part, by lines of different
        # kinds, is a guess: it counts nothing (``family_kinds``)
        by_head = soft_kind & ~shared & ~heads_apart & (same > 0) & asked
        related_fn, features = self._model.matcher.related, self._features
        by_head = head_only_pairs(a, b, by_head, features, self._not_by_head, related_fn)
        family = np.where(by_head, 0.0, family)
        base = np.where(by_head, base_score(family, text, cpv, head), base)
        # advice or project management about a need is a need of its own
        roles_differ = self.role[a] != self.role[b]
        advice = roles_differ & asked & (same > 0)
        roles_differ &= ~pairs_where(self._features, a, b, advice, self._advice)
        kind_factor = kind_factor * np.where(roles_differ, _ROLES_DIFFER, 1.0)
        time_factor = self.time_factor(a, b)
        project = self.project[a] | self.project[b]
        blocked = project | (a == b)
        # one line is a known need and the other shares none of its main words' heads
        one_sided = (tf_a != tf_b) & (head <= 0) & (same <= 0) & (related <= 0)
        # one line read as two needs, the other as one of them, and no word in common: the
        # shared need is only one reading of the first line (a look-alike word, "ryggsprøyter"
        # as syringes; printing a local history book)
        # (both read as two needs: two lists of goods, "Sykepleieartikler og engangshansker")
        one_of_two = (self.two_needs[a] != self.two_needs[b]) & (same > 0) & (text <= 0)
        one_of_two &= (head <= 0) & tf_a & tf_b
        one_of_two = pairs_where(self._features, a, b, one_of_two, self._one_reading)
        # a line read as two needs whose plan wrote a code of the reading the other line does
        # not share: the shared need is the one the plan did not mean, unless the lines share
        # many words ("Revisjon av kriseplanen" under a civil-defence code is no audit)
        other = (self.many_needs[a] | self.many_needs[b]) & (same > 0) & tf_a & tf_b & asked
        other &= text < _STRONG_TEXT
        other = pairs_where(self._features, a, b, other, self._other_reading)
        score = (
            base
            * kind_factor
            * time_factor
            * np.where(fam_conflict, _FAMILY_CONFLICT, 1.0)
            * np.where(one_sided | one_of_two, _ONE_SIDED, 1.0)
            * np.where(tails_apart, _TAILS_APART, 1.0)
            * np.where(other, _OTHER_READING, 1.0)
        )
        # a thing against a service another trade performs on it: never one tender
        # (not by a written code of goods where both lines' words name one need: ``apart``)
        goods_service = apart(self.service_side[a], self.service_side[b], strong)
        score = score * np.where(goods_service, SERVICE_ON_GOODS, 1.0)
        score = np.where(blocked, 0.0, score).astype(np.float32)
        veto = blocked | fam_conflict | (time_factor <= 0.0) | goods_service
        return {
            "score": score,
            "veto": veto,
            "family": family,
            "same_family": same,
            "code_alone": code_alone,
            "related_family": related,
            "family_conflict": fam_conflict,
            "text": text,
            "cpv": cpv,
            "code_weight": spread.factor,
            "code_asked": spread.asked,
            "code_apart": spread.apart,
            "head": head,
            "kind_factor": kind_factor,
            "codes_disagree": codes_disagree,
            "kinds_differ": soft_kind,
            "code_doubtful": code_doubtful,
            "code_overruled": code_overruled,
            "kind_guessed": guessed,
            "kind_overruled": shared,
            "time_factor": time_factor,
            "project": project,
            "one_sided": one_sided,
            "one_of_two": one_of_two,
            "other_reading": other,
            "roles_differ": roles_differ,
            "broad_apart": broad_apart & (text < _TEXT_OVERRIDES),
            "broad_link": broadly & fam_conflict,
            "heads_apart": heads_apart,
            "family_by_head": by_head,
            "tails_apart": tails_apart,
            "goods_service": goods_service,
            "objects_apart": objects,
            "objects_meet": meet,
        }

    def parts(self, a: Int, b: Int) -> PairParts:
        """The pairs' ``family_parts``, ``head_share`` and ``cpv_agreement``."""
        return self.family_parts(a, b), self.head_share(a, b), self.cpv_agreement(a, b)

    def matrix(self, lines: Int) -> PairScores:
        """Scores of every pair of ``lines`` as symmetric matrices (the diagonal is vetoed)."""
        return matrices([lines], self)[0]

    def family_parts(self, a: Int, b: Int) -> tuple[Float, Float, Bool, Bool]:
        """Same-family and related-family strength, whether the shared family spans kinds,
        and whether the lines share a family or a related one at all (however weakly read);
        only pairs where both lines have a family can have any (worked out for those)."""
        same = np.zeros(len(a), dtype=np.float32)
        related = np.zeros(len(a), dtype=np.float32)
        spanning = np.zeros(len(a), dtype=bool)
        touching = np.zeros(len(a), dtype=bool)
        both = np.flatnonzero(self.has_family[a] & self.has_family[b])
        if len(both):
            s, r, sp, t = self._families_of(a[both], b[both])
            same[both], related[both], spanning[both], touching[both] = s, r, sp, t
        return same, related, spanning, touching

    def _families_of(self, a: Int, b: Int) -> tuple[Float, Float, Bool, Bool]:
        # slot by slot, only over the pairs whose line has a family in that slot (most lines
        # have one or two: the later slots are short); each slot's column is taken from the
        # table for those pairs alone, and the first slot (every pair has it) unindexed
        same = np.zeros(len(a), dtype=np.float32)
        related = np.zeros(len(a), dtype=np.float32)
        spanning = np.zeros(len(a), dtype=bool)
        touching = np.zeros(len(a), dtype=bool)
        fam_ids, fam_str = self.fam_ids, self.fam_str
        clo_ids, clo_str = self.clo_ids, self.clo_str
        for i in range(fam_ids.shape[1]):
            own, ra, rb, where = self._slot_rows(a, b, fam_ids, i)
            if own is None:
                continue
            sa_i = fam_str[ra, i]
            for j in range(fam_ids.shape[1]):
                hit = own == fam_ids[rb, j]
                if hit.any():
                    k, family = where(hit), own[hit]
                    same[k] += sa_i[hit] * fam_str[b[k], j] * self.fam_same_value[family]
                    spanning[k] |= self.fam_multi[family]
                    touching[k] = True
            for j in range(clo_ids.shape[1]):
                hit = own == clo_ids[rb, j]
                if hit.any():
                    k = where(hit)
                    touching[k] = True
                    related[k] = np.maximum(related[k], sa_i[hit] * clo_str[b[k], j])
        for j in range(fam_ids.shape[1]):
            own, rb, ra, where = self._slot_rows(b, a, fam_ids, j)
            if own is None:
                continue
            sb_j = fam_str[rb, j]
            for i in range(clo_ids.shape[1]):
                hit = own == clo_ids[ra, i]
                if hit.any():
                    k = where(hit)
                    touching[k] = True
                    related[k] = np.maximum(related[k], sb_j[hit] * clo_str[a[k], i])
        return np.minimum(same, 1.0), np.minimum(related, 1.0), spanning, touching

    @staticmethod
    def _slot_rows(
        a: Int, b: Int, ids: Int, slot: int
    ) -> tuple[Int | None, Int, Int, Callable[[Bool], Int]]:
        """The ids in ``slot`` of the lines ``a`` that have one there, those lines and their
        partners ``b``, and how a mask over them becomes pair positions (None: no line has)."""
        column = ids[a, slot]
        present = column >= 0
        if present.all():
            return column, a, b, np.flatnonzero
        rows = np.flatnonzero(present)
        if not len(rows):
            return None, a, b, np.flatnonzero
        return column[rows], a[rows], b[rows], rows.__getitem__

    def _code_doubtful(self, a: Int) -> Bool:
        """Lines whose plan wrote a CPV code of a kind their own words do not name."""
        written, text = self.kind_written[a], self.kind_text[a]
        return np.asarray((written > 0) & (text > 0) & ((written & text) == 0), dtype=bool)

    def _apart(self, a: Int, b: Int) -> Bool:
        """Pairs of lines only in broad needs, each about something the other does not name
        (few pairs: the sets are compared one by one)."""
        which = self.has_spec[a] & self.has_spec[b]
        return pairs_where(self._features, a, b, which, disjoint_specifics)

    def _shared_specific(self, a: Int, b: Int, which: Bool) -> Bool:
        """Pairs (of those marked ``which``; few) where one line's main compound, or a word two
        spellings make one, is in the other line whole or by its parts ("sandfang" /
        "Tømming av sandfang", "sandfangtømming")."""
        result = np.zeros(len(a), dtype=bool)
        asked = np.flatnonzero(which)
        for low in range(0, len(asked), LISTED_PAIRS):
            part = asked[low : low + LISTED_PAIRS]
            pairs = zip(part.tolist(), a[part].tolist(), b[part].tolist(), strict=True)
            result[shared_specific(self._features, self._specific_keys, pairs)] = True
        return result

    def _head_hits(self, a: Int, b: Int) -> Bool:
        """Per pair, slot by slot: head slot i of a[k] is head slot j of b[k]."""
        ha, hb = self.head_ids[a], self.head_ids[b]
        hits: Bool = (ha[:, :, None] == hb[:, None, :]) & (ha >= 0)[:, :, None]
        return hits

    def _heads_apart(self, a: Int, b: Int, which: Bool) -> Bool:
        """Pairs (of those marked ``which``) whose every shared head ends a compound in both
        lines with first parts that disagree, and whose need families are known only by such a
        head (``evidence.heads_apart``, ``_families_by_head``)."""
        result = np.zeros(len(a), dtype=bool)
        rows = np.flatnonzero(which & self.any_compound[a] & self.any_compound[b])
        if not len(rows):
            return result
        hit = self._head_hits(a[rows], b[rows])
        compound = self.head_compound[a[rows]][:, :, None] & self.head_compound[b[rows]][:, None, :]
        wa, wb = self.head_word[a[rows]][:, :, None], self.head_word[b[rows]][:, None, :]
        same_word = hit & (wa == wb) & (wa >= 0)
        # every shared head is a compound's in both lines, none the same word (the few left
        # are checked by word)
        maybe = any_per_pair(hit) & ~any_per_pair(hit & ~compound)
        maybe &= ~any_per_pair(same_word)
        features, cache = self._features, self._compound_heads
        asked = rows[maybe]
        for low in range(0, len(asked), LISTED_PAIRS):
            part = asked[low : low + LISTED_PAIRS]
            hits: list[int] = []
            for k, one, other in zip(
                part.tolist(), a[part].tolist(), b[part].tolist(), strict=True
            ):
                line, other_line = features[one], features[other]
                first = cache.get(id(line.terms))
                if first is None:
                    first = cache[id(line.terms)] = compound_heads(line)
                second = cache.get(id(other_line.terms))
                if second is None:
                    second = cache[id(other_line.terms)] = compound_heads(other_line)
                found = heads_apart(line, other_line, first, second)
                if found is not None and self._families_by_head(one, other):
                    hits.append(k)
            result[hits] = True
        return result

    def _tails_apart(self, a: Int, b: Int, which: Bool) -> Bool:
        """Pairs (of those marked ``which``) whose every shared head stands, in both lines,
        only before generic last parts, and those buy different things in the two
        (``evidence.tails_apart``; worked out on the packed slots, no word is looked at)."""
        result = np.zeros(len(a), dtype=bool)
        rows = np.flatnonzero(which & self.tailed[a] & self.tailed[b])
        if not len(rows):
            return result
        hit = self._head_hits(a[rows], b[rows])
        ta = self.head_tail[a[rows]][:, :, None]
        tb = self.head_tail[b[rows]][:, None, :]
        apart = (ta > 0) & (tb > 0) & (((ta | tb) & UNTAILED) == 0) & ((ta & tb) == 0)
        result[rows] = any_per_pair(hit) & ~any_per_pair(hit & ~apart)
        return result

    def _families_by_head(self, first: int, second: int) -> bool:
        """Every need family that joins the two lines (the same family, or one the other's
        parent) is known in both lines only by the last part of a compound: a family shared so
        says no more than the head. Families only one line has do not join them."""
        related = self._model.matcher.related
        features = self._features
        for line, other in ((first, second), (second, first)):
            if features[line].family_from_code:
                continue
            others = features[other].families
            for family in self._not_by_head(line):
                if any(f == family or related(f, family) for f in others):
                    return False
        return True

    def _not_by_head(self, line: int) -> tuple[int, ...]:
        """The need families of a line it is known in by more than the last part of one
        compound (worked out once per line: many pairs ask; kept in a byte per line, and
        the families only for the few lines that have such)."""
        state = self._by_head[line]
        if state == 1:
            return ()
        if state == 2:
            return self._not_by_head_found[line]
        found = not_by_head(self._features[line], self._model.matcher, self._model.analyzer)
        if found:
            self._not_by_head_found[line] = found
        self._by_head[line] = 2 if found else 1
        return found

    def head_share(self, a: Int, b: Int) -> Float:
        """Share of heads in common (of the line with fewer heads)."""
        result = np.zeros(len(a), dtype=np.float32)
        both = np.flatnonzero((self.head_count[a] > 0) & (self.head_count[b] > 0))
        if len(both):
            result[both] = self._heads_of(a[both], b[both])
        return result

    def _heads_of(self, a: Int, b: Int) -> Float:
        ha, hb = self.head_ids[a], self.head_ids[b]
        # slot against slot (a few of them): no pairs x slots x slots array to reduce
        hit = ha == hb[:, :1]
        for j in range(1, hb.shape[1]):
            hit |= ha == hb[:, j : j + 1]
        hit &= ha >= 0
        # (added column by column: numpy's reduction over a few slots per pair costs more)
        shared = hit[:, 0].astype(np.int64)
        for j in range(1, hit.shape[1]):
            shared += hit[:, j]
        fewer = np.maximum(np.minimum(self.head_count[a], self.head_count[b]), 1)
        result: Float = np.minimum(shared / fewer, 1.0).astype(np.float32)
        return result

    def cpv_agreement(self, a: Int, b: Int) -> Float:
        significant = np.minimum(self.cpv_sig[a], self.cpv_sig[b])
        written = self.cpv_written[a] & self.cpv_written[b]
        return cpv_depth_value(self.cpv[a], self.cpv[b], significant, written)

    def time_factor(self, a: Int, b: Int) -> Float:
        return months_factor(np.abs(self.mid[a] - self.mid[b]), self.max_months)
