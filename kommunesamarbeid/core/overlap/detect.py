"""Overlap detection: ``detect_overlaps`` and its progress-yielding form ``iter_detection``.

See ``model.py`` for the contract, ``scoring.py`` for how a pair is scored and ``grouping.py``
for how pairs become groups.
"""

from __future__ import annotations

import contextlib
import gc
import re
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from typing import Final

import numpy as np

from kommunesamarbeid.core.overlap.abbreviations import unread_cut
from kommunesamarbeid.core.overlap.acronyms import merge_acronyms
from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
from kommunesamarbeid.core.overlap.explain import group_texts, member_reasons, term_counts
from kommunesamarbeid.core.overlap.features import LineFeatures, TextModel
from kommunesamarbeid.core.overlap.grouping import (
    MAX_COMPONENT,
    candidate_edges,
    cluster_component,
    coherent_fit,
    components,
    fits_between,
    scored_components,
    split_large,
)
from kommunesamarbeid.core.overlap.model import (
    DetectionCancelled,
    DetectionProgress,
    DetectionSettings,
    FixedGroup,
    GroupResult,
    MatchLine,
    MemberResult,
    ProgressCallback,
)
from kommunesamarbeid.core.overlap.run_cuts import read_cuts
from kommunesamarbeid.core.overlap.scoring import FeatureTable, upper_pairs
from kommunesamarbeid.core.overlap.spelling import merge_cuts, merge_spellings, share_families
from kommunesamarbeid.core.overlap.vocabulary import Vocabulary
from kommunesamarbeid.core.texts import catalogue as texts_catalogue

__all__ = [
    "build_model",
    "describe_group",
    "detect_overlaps",
    "fewer_collections",
    "iter_detection",
    "place_names",
]

_MODELS: dict[tuple[int, object], tuple[Vocabulary, CpvCatalogue, TextModel]] = {}
_PROGRESS_STEPS: Final = 50
#: Fewest lines read in one step (their CPV look-ups are made together).
_MIN_CHUNK: Final = 500
_NAME_WORDS: Final = re.compile(r"[^\W\d_]+")
_NOT_NAMES: Final = frozenset({"kommune", "kommunes", "fylkeskommune", "herad", "og", "i"})
#: The set ``place_names`` gave last.
_LAST_PLACES: list[frozenset[str]] = [frozenset()]

CatalogueInput = CpvCatalogue | Mapping[str, tuple[str, str]]


def build_model(
    vocabulary: Vocabulary,
    catalogue: CatalogueInput,
    *,
    stored_labels: Callable[[str], str | None] | None = None,
) -> TextModel:
    """The text model for a vocabulary and catalogue, kept for the next run with the same two
    (a catalogue given as a mapping is recognised by its content, so a fresh copy of the same
    labels does not rebuild the model). ``stored_labels``: see ``TextModel``."""
    catalogue_key: object
    if isinstance(catalogue, CpvCatalogue):
        catalogue_key = ("object", id(catalogue))
    else:
        catalogue_key = ("labels", len(catalogue), hash(frozenset(catalogue.items())))
    key = (id(vocabulary), catalogue_key)
    cached = _MODELS.get(key)
    if cached is not None and cached[0] is vocabulary:
        return cached[2]
    wrapped = catalogue if isinstance(catalogue, CpvCatalogue) else CpvCatalogue(catalogue)
    model = TextModel(vocabulary, wrapped, stored_labels)
    texts_catalogue("nb")  # the texts reasons are written in are read with the model, once
    if model.analyzer.typos is not None:
        model.analyzer.typos.prepare()  # the index of domain words for typos, too
    # the items of the catalogue's labels, read with the model, filled the cache of items
    # almost to its limit: a first run started over after its first few hundred words
    model.analyzer.forget_items()
    if len(_MODELS) >= 4:
        _MODELS.clear()
    _MODELS[key] = (vocabulary, wrapped, model)
    return model


#: Allocations between two young-generation collections during a run (Python's default is
#: 700): detection makes millions of small objects that never form cycles, and collecting
#: after every 700 of them cost a sixth of the run. At 100 000 a national-scale run (100k
#: lines) still spent about a second collecting, half of it in middle-generation collections
#: of a million objects each; at 400 000 most objects are gone before a collection looks at
#: them and none reaches the middle generation (peak memory the same).
_GC_YOUNG: Final = 400_000


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector runs less often inside (``_GC_YOUNG``): also for the
    callers that read, store and list a national-scale run's rows beside the text model
    (hundreds of thousands of objects; with the default, each full collection walked the
    whole model again)."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, _GC_YOUNG), middle, old)
    try:
        yield
    finally:
        if gc.isenabled() and gc.get_freeze_count() == 0:
            # What the run keeps (its analyses and groups: a hundred thousand objects at 5 000
            # lines) goes straight to the oldest generation: with the default threshold back,
            # the next allocation would otherwise walk all of it in a young collection (0.05
            # to 0.06 s, some 7 % of a 5 000-line first run). Freezing and thawing moves the
            # objects without looking at them; a later full collection still frees any cycle
            # among them (a run makes almost none: that collection freed 317 objects).
            gc.freeze()
            gc.unfreeze()
        gc.set_threshold(young, middle, old)


def _df_cap(n: int) -> int:
    """Words in more lines than this carry no weight: they say little and cost much."""
    return max(100, int(2 * n**0.5))


def place_names(lines: Sequence[MatchLine]) -> frozenset[str]:
    """The words of the lines' municipality names: place names, not need words (the same set
    as the last call's when they are the same words: ``TextModel.key`` keeps the keys of the
    lines for one set, known by identity, and a service asks twice in a run)."""
    names: set[str] = set()
    seen: set[str] = set()
    for line in lines:
        municipality = line.municipality
        if municipality in seen:
            continue  # many lines, few municipalities
        seen.add(municipality)
        for word in _NAME_WORDS.findall(municipality.lower()):
            if word not in _NOT_NAMES:
                names.add(word)
    if names != _LAST_PLACES[0]:
        _LAST_PLACES[0] = frozenset(names)
    return _LAST_PLACES[0]


def read_together(
    model: TextModel, features: Sequence[LineFeatures], places: frozenset[str] | None = None
) -> list[LineFeatures]:
    """The lines of one run read together: words cut short as the run writes them, near
    spellings of a word as one word, and the need one spelling names named by the others.
    ``places``: the lines' ``place_names`` (found from the lines when not given)."""
    if places is None:
        places = place_names([f.line for f in features])
    features = read_cuts(model, features, places)
    merged, mapping = merge_spellings(features, model.vocabulary.senses)
    analyzer = model.analyzer
    merged, cuts = merge_cuts(
        merged, lambda s, k: unread_cut(analyzer, s, k), lambda s: analyzer.word(s)[0]
    )
    named = frozenset(mapping.values()) | frozenset(cuts.values())
    merged = merge_acronyms(merged, lambda w: analyzer.word(w)[1])
    return share_families(merged, named, model.matcher.related, model.broad)


def iter_detection(
    lines: Sequence[MatchLine],
    catalogue: CatalogueInput,
    vocabulary: Vocabulary,
    settings: DetectionSettings | None = None,
    *,
    fixed_groups: Iterable[FixedGroup] = (),
) -> Generator[DetectionProgress, None, None]:
    """Detection as a generator: progress reports, the last one with ``groups`` set.

    Stop iterating to cancel (nothing is changed anywhere).
    """
    with fewer_collections():
        yield from _detection(lines, catalogue, vocabulary, settings, fixed_groups)


def _detection(
    lines: Sequence[MatchLine],
    catalogue: CatalogueInput,
    vocabulary: Vocabulary,
    settings: DetectionSettings | None,
    fixed_groups: Iterable[FixedGroup],
) -> Generator[DetectionProgress, None, None]:
    settings = settings or DetectionSettings()
    threshold = settings.threshold
    fixed = list(fixed_groups)
    confirmed = {i for g in fixed if g.status == "confirmed" for i in g.line_ids}
    rejected = {g.line_ids for g in fixed if g.status == "rejected"}
    ids = [line.id for line in lines]
    if len(ids) != len(set(ids)):
        raise ValueError("Linje-id-ene må være unike")
    active = [line for line in lines if line.id not in confirmed]
    model = build_model(vocabulary, catalogue)
    places = place_names(lines)
    n = len(active)
    total = 2 * n + 1
    yield DetectionProgress(0, total, "Leser linjene")
    step = max(_MIN_CHUNK, n // _PROGRESS_STEPS)
    features: list[LineFeatures] = []
    for start in range(0, n, step):
        chunk = active[start : start + step]
        keys = model.prepare(chunk, places)  # the chunk's CPV look-ups in one pass
        features.extend(
            model.line(line, places, key) for line, key in zip(chunk, keys, strict=True)
        )
        yield DetectionProgress(len(features) // 2, total, "Leser linjene")
    model.place_words.forget_keys()  # (read: the lines' keys are memory the scoring can use)
    if n < 2:
        yield DetectionProgress(total, total, "Ferdig", [])
        return
    features = read_together(model, features, places)
    table = FeatureTable(features, model, settings.max_months_apart, df_cap=_df_cap(n))
    found: list[np.ndarray] = []
    for done, pairs, edges in candidate_edges(table, threshold):
        if edges is not None:
            for component in components(n, edges[0], edges[1]):
                if len(component) > MAX_COMPONENT:
                    found.extend(split_large(np.sort(component), edges, threshold))
                else:
                    found.append(component)
        else:
            yield DetectionProgress(
                n // 2 + (n * done) // max(1, pairs), total, "Finner kandidater"
            )
    groups: list[GroupResult] = []
    component_step = max(1, len(found) // _PROGRESS_STEPS)
    for number, (component, pair) in enumerate(scored_components(table, found), start=1):
        whole = list(range(len(component)))
        for cluster in cluster_component(pair, threshold, table.municipality[component]):
            if cluster == whole:  # (every pair fits: the component's own matrix, in order)
                result = _group(model, features, component, pair.score, threshold, rejected)
            else:
                score = pair.score[np.ix_(cluster, cluster)]
                result = _group(model, features, component[cluster], score, threshold, rejected)
            if result is not None:
                groups.append(result)
        if number % component_step == 0:
            yield DetectionProgress(
                n + n // 2 + (n // 2 * number) // max(1, len(found)), total, "Grupperer"
            )
    groups.sort(key=lambda g: (-len(g.municipalities), -g.score, g.line_ids))
    yield DetectionProgress(total, total, "Ferdig", groups)


def _group(
    model: TextModel,
    features: list[LineFeatures],
    cluster: np.ndarray,
    score: np.ndarray,
    threshold: float,
    rejected: set[frozenset[int]],
    *,
    keep_all: bool = False,
) -> GroupResult | None:
    members = [features[i] for i in cluster.tolist()]
    # (two lines of one municipality: each member is measured against the other municipalities)
    ids = [m.line.municipality_id for m in members]
    shared = len(set(ids)) < len(ids)
    if keep_all:
        means, fits, others = fits_between(score, threshold, np.array(ids))
    else:
        # (each kept member's mean and fits come with the coherence test: the same sums)
        positions, means, fits = coherent_fit(score, threshold, np.array(ids) if shared else None)
        if len(positions) < len(score):
            members = [members[p] for p in positions]
            score = score[np.ix_(positions, positions)]
            ids = [ids[p] for p in positions]
        others = [len(members) - 1] * len(members)
    distinct = len(set(ids))
    if distinct < 2:
        return None
    line_ids = frozenset(m.line.id for m in members)
    if line_ids in rejected:
        return None
    k = len(members)
    if not keep_all and distinct < k:  # (the members of the other municipalities)
        own = Counter(ids)
        others = [k - own[i] for i in ids]
    # (``mean`` of the float32 scores as numpy works it out, without its overhead: their
    # float32 sum, divided in float64 and rounded to float32)
    pair_mean = float(np.float32(float(np.add.reduce(score[upper_pairs(k)])) / (k * (k - 1) // 2)))
    counts = term_counts(members)
    member_results = [
        MemberResult(
            member.line.id,
            round(means[position], 3),
            member_reasons(
                model, member, fits[position], others[position], means[position], counts, k - 1
            ),
        )
        for position, member in enumerate(members)
    ]
    order = sorted(range(k), key=lambda p: (members[p].line.municipality, members[p].line.id))
    title, reasons = group_texts(model, members, pair_mean)
    return GroupResult(
        line_ids=tuple(members[p].line.id for p in order),
        score=round(pair_mean, 3),
        title=title,
        reasons=reasons,
        members=[member_results[p] for p in order],
        municipalities=tuple(sorted({m.line.municipality for m in members})),
    )


def describe_group(
    lines: Sequence[MatchLine],
    catalogue: CatalogueInput,
    vocabulary: Vocabulary,
    settings: DetectionSettings | None = None,
) -> GroupResult | None:
    """Score, title and reasons of a group exactly as it now is (after a user's edit): every
    line stays in, however well it fits; None for fewer than two lines."""
    if len(lines) < 2:
        return None
    settings = settings or DetectionSettings()
    model = build_model(vocabulary, catalogue)
    places = place_names(lines)
    features = read_together(model, [model.line(line, places) for line in lines], places)
    table = FeatureTable(features, model, settings.max_months_apart, df_cap=len(lines) + 1)
    everyone = np.arange(len(lines), dtype=np.int64)
    pair = table.matrix(everyone)
    score = np.where(pair.veto, 0.0, pair.score).astype(np.float32)
    return _group(model, features, everyone, score, settings.threshold, set(), keep_all=True)


def detect_overlaps(
    lines: Sequence[MatchLine],
    catalogue: CatalogueInput,
    vocabulary: Vocabulary,
    settings: DetectionSettings | None = None,
    *,
    fixed_groups: Iterable[FixedGroup] = (),
    progress: ProgressCallback | None = None,
) -> list[GroupResult]:
    """Groups of lines from different municipalities that could go into one joint tender.

    ``progress(done, total)`` is called now and then; returning False cancels the run with
    ``DetectionCancelled``.
    """
    runner = iter_detection(lines, catalogue, vocabulary, settings, fixed_groups=fixed_groups)
    try:
        for report in runner:
            if progress is not None and progress(report.done, report.total) is False:
                raise DetectionCancelled("Avbrutt")
            if report.groups is not None:
                return report.groups
    finally:
        runner.close()
    return []
