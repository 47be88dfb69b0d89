"""Near spellings of one long word across the lines of a run: the same word, written apart.

Plans write one need as nynorsk and bokmål ("sjukeheimsseng" / "sykehjemsseng" where the
dictionaries link no spelling), with -ar and -er plurals, or with a plain typo in a long
compound. Two main words of different lines are read as one word when

* both are long (``MIN_LENGTH`` letters or more as written, and the engine's key of them
  six or more: "bruanalyse" is the word "bru" with a generic head, and short),
* they start with the same letter and differ by at most ``max_edits`` letters (Levenshtein:
  one below ten letters, else two),
* they are not two different words of one dictionary ("oppmåling" / "oppmaling",
  "sykepleier" / "sykepleie": the bokmål dictionary knows both, as two lemmas), nor keys of
  as many parts that differ in a part that is two such words, long or common
  ("evakueringsplan" / "evalueringsplan", "bruprosjekt" / "båtprosjekt").

Their keys are then replaced by one key, ``VARIANT_MARK`` + the smallest of them, in every line
of the run (before the word vectors are built, so the candidate search sees them as one word);
each line keeps its own spelling in ``surfaces``, so a reason quotes each line's word as it is
written. Nothing here is stored with a line's analysis: it depends on the run's other lines.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, Protocol

from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

from kommunesamarbeid.core.overlap.line_features import LineFeatures, replaced

__all__ = [
    "MIN_LENGTH",
    "VARIANT_MARK",
    "is_variant",
    "max_edits",
    "merge_cuts",
    "merge_spellings",
    "share_families",
]

#: The shortest word (letters) read as a spelling of another.
MIN_LENGTH: Final = 9
#: The shortest word that may differ by two letters.
_TWO_EDITS: Final = 10
#: A compound's part this long, or this common (Zipf), is a word of its own: two different
#: ones of one dictionary are two words.
_LONG_PART: Final = 6
_COMMON: Final = 3.0
#: The words around a difference looked up (letters each way), and the shortest.
_WINDOW: Final = 14
_MIN_WORD: Final = 3
#: Keys made of spelling variants start with this (``explain`` says so in its reasons).
VARIANT_MARK: Final = "≈"
#: Most words compared with each other at once (a block of words with the same first letter
#: is compared in slices of this many against the whole block: memory stays small).
_SLICE: Final = 2_000


class _Dictionary(Protocol):
    def lemmas(self, word: str) -> list[str]: ...


class Senses(Protocol):
    """What the check needs of the lexicon (``lexicon.Lexicon``)."""

    @property
    def nb(self) -> _Dictionary: ...

    @property
    def nn(self) -> _Dictionary: ...

    def lemma(self, word: str) -> str | None: ...

    def zipf(self, word: str) -> float: ...


def max_edits(length: int) -> int:
    """Letters two spellings of a word of this length may differ by: one below ten letters,
    two from ten ("snøfresere" / "snøfreserar": a nynorsk agent noun's plural)."""
    return 2 if length >= _TWO_EDITS else 1


def is_variant(key: str) -> bool:
    return key.startswith(VARIANT_MARK)


def _different_words(first: str, second: str, senses: Senses | None) -> bool:
    """Both are words of one dictionary, read as two lemmas ("sykepleier" / "sykepleie");
    a bokmål and a nynorsk word are not ("kaffemaskiner" / "kaffimaskinar")."""
    if senses is None:
        return False
    return _one_dictionary(first, second, senses) and senses.lemma(first) != senses.lemma(second)


def _one_dictionary(first: str, second: str, senses: Senses) -> bool:
    return any(
        bool(language.lemmas(first) and language.lemmas(second))
        for language in (senses.nb, senses.nn)
    )


def _different_where_they_differ(first: str, second: str, senses: Senses | None) -> bool:
    """The letters that differ are inside two different words of one dictionary, long or
    common, at the same place of both ("forseglingsutstyr" / "fordelingsutstyr": "forsegling"
    and "fordeling"; "bruprosjekt" / "båtprosjekt": "bru" and "båt"). The smallest words
    around the difference decide: one word in nynorsk and bokmål, or with a linking letter, is
    no difference ("syke" / "sjuke" in "sykesignal" / "sjukesignal")."""
    if senses is None:
        return False
    prefix = 0
    while prefix < min(len(first), len(second)) and first[prefix] == second[prefix]:
        prefix += 1
    suffix = 0
    limit = min(len(first), len(second)) - prefix
    while suffix < limit and first[-1 - suffix] == second[-1 - suffix]:
        suffix += 1
    shift = len(second) - len(first)
    end = len(first) - suffix
    windows = sorted(
        (stop - start, start, stop)
        for start in range(prefix, max(-1, prefix - _WINDOW), -1)
        for stop in range(max(end, start + _MIN_WORD), min(len(first), end + _WINDOW) + 1)
    )
    for _, start, stop in windows:
        one, other = first[start:stop], second[start : stop + shift]
        if len(other) < _MIN_WORD or not (senses.lemma(one) and senses.lemma(other)):
            continue
        if start and not _starts_word(first[:start], senses):
            continue  # a word starts at the start of the text or after a part ("camping|plan")
        if _lemmas(one, senses) & _lemmas(other, senses):
            return False
        if _different_parts(one, other, senses):
            return True
    return False


def _starts_word(before: str, senses: Senses) -> bool:
    """The letters before are a word, with or without a linking "e" or "s"."""
    return bool(
        senses.lemma(before)
        or (len(before) > 3 and before[-1] in "es" and senses.lemma(before[:-1]))
    )


def _lemmas(part: str, senses: Senses) -> set[str]:
    """The lemmas a compound's part may be, with a linking "e" or "s" or without it."""
    forms = {part, part[:-1]} if len(part) > 3 and part[-1] in "es" else {part}
    return {senses.lemma(f) or f for f in forms}


def _different_parts(one: str, other: str, senses: Senses | None) -> bool:
    """Two keys of as many parts where a part differs and the two are different words of one
    dictionary, long ("evakuering+plan" / "evaluering+plan") or both common ("bru+prosjekt" /
    "båt+prosjekt"); a rare form is where nynorsk and bokmål differ ("kaffe" / "kaffi",
    "gulv" / "golv"), and a linking letter is no difference ("syk" / "sjuke")."""
    first, second = one.split("+"), other.split("+")
    if senses is None or len(first) != len(second):
        return False
    for p, q in zip(first, second, strict=True):
        if p == q or _lemmas(p, senses) & _lemmas(q, senses):
            continue
        long_or_common = (
            min(len(p), len(q)) >= _LONG_PART or min(senses.zipf(p), senses.zipf(q)) >= _COMMON
        )
        if long_or_common and _one_dictionary(p, q, senses):
            return True
    return False


def _written(key: str) -> str:
    return key.replace("+", "")


def _each_text(features: Sequence[LineFeatures]) -> Iterator[LineFeatures]:
    """One line of each text: lines read from one text share its words (``TextModel.line``),
    so each text's words are looked at once."""
    texts: set[tuple[int, int, int]] = set()
    for feature in features:
        words = (id(feature.main_keys), id(feature.terms), id(feature.surfaces))
        if words not in texts:
            texts.add(words)
            yield feature


def merge_spellings(
    features: Sequence[LineFeatures], senses: Senses | None
) -> tuple[list[LineFeatures], dict[str, str]]:
    """The lines with the keys of near-spelled main words replaced by one key, and that
    replacement (old key -> new key; empty when no two words are near)."""
    # every spelling (as written, and the key's letters) of every long main word -> its keys
    keys_of: dict[str, set[str]] = {}
    # a key's own letters, when it is long enough to be a spelling of another (per key: most
    # keys are in many lines)
    written: dict[str, str | None] = {}
    seen: set[tuple[str, str]] = set()
    for feature in _each_text(features):
        for key in feature.main_keys:
            letters = written.get(key, "")
            if letters == "":
                letters = _written(key)
                # a short word ("bru" of "bruanalyse": the head is generic) never is
                letters = None if is_variant(key) or len(letters) < _LONG_PART else letters
                written[key] = letters
            if letters is None or feature.terms.get(key, 0.0) <= 0.0:
                continue
            surface = feature.surfaces.get(key, "")
            if (key, surface) in seen:
                continue
            seen.add((key, surface))
            for spelling in (surface, letters):
                if len(spelling) >= MIN_LENGTH and spelling.isalpha():
                    keys_of.setdefault(spelling, set()).add(key)
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    # spellings two edits apart start alike (a typo at the start is rare) and are at most two
    # letters longer or shorter: compared by first letter and length
    by_start: dict[tuple[str, int], list[str]] = {}
    for spelling in sorted(keys_of):
        by_start.setdefault((spelling[0], len(spelling)), []).append(spelling)
    for (start, length), block in by_start.items():
        near = [s for n in range(length - 2, length + 3) for s in by_start.get((start, n), ())]
        if len(near) < 2:
            continue
        for low in range(0, len(block), _SLICE):
            rows = block[low : low + _SLICE]
            distances = cdist(rows, near, scorer=Levenshtein.distance, score_cutoff=2, dtype="int8")
            # (as Python numbers: every spelling is near itself, and most pairs stop here)
            found = (distances <= 2).nonzero()
            for i, j in zip(found[0].tolist(), found[1].tolist(), strict=True):
                first, second = rows[i], near[j]
                if first >= second or keys_of[first] == keys_of[second]:
                    continue
                if int(distances[i, j]) > max_edits(min(len(first), len(second))):
                    continue
                if _different_words(first, second, senses):
                    continue
                if _different_where_they_differ(first, second, senses):
                    continue
                for one in keys_of[first]:
                    for other in keys_of[second]:
                        if _different_parts(one, other, senses):
                            continue
                        a, b = root(one), root(other)
                        if a != b:
                            parent[max(a, b)] = min(a, b)
    if not parent:
        return list(features), {}
    mapping = {k: VARIANT_MARK + root(k) for k in sorted({*parent, *parent.values()})}
    renamed: dict[tuple[int, ...], dict[str, Any]] = {}
    return [_renamed(f, mapping, renamed) for f in features], mapping


def merge_cuts(
    features: Sequence[LineFeatures],
    unread_cut: Callable[[str, str], bool],
    read_as: Callable[[str], str],
) -> tuple[list[LineFeatures], dict[str, str]]:
    """The lines with a word cut short that nothing read ("kons." of "konsulent" or
    "konstruksjon": the word alone cannot say) read as the one word the run's other lines
    write whole that starts so and goes on with a vowel, where there is one, and no compound
    ("geol." may be "geologisk" as well as the "geologi" of "geologitjenester"); and that
    replacement (cut's key -> the word's key). ``unread_cut(surface, key)``: whether a main
    word of a line may be such a cut; ``read_as(surface)``: the key a word has where it is
    read as it is written (a cut keeps it; a name is kept whole). Each line keeps its own
    spelling in ``surfaces``."""
    words: set[tuple[str, str]] = set()
    for feature in _each_text(features):
        surfaces = feature.surfaces
        words.update((surfaces.get(key, ""), key) for key in feature.main_keys)
    cuts: dict[str, set[str]] = {}
    for surface, key in words:
        if surface.isalpha() and unread_cut(surface, key):
            cuts.setdefault(surface, set()).add(key)
    if not cuts:
        return list(features), {}
    read: dict[str, str] = {}

    def is_cut(surface: str, key: str) -> bool:
        # asked only where it matters (a name is no cut, and is a word written whole)
        if surface not in read:
            read[surface] = read_as(surface)
        return key in cuts.get(surface, ()) and read[surface] == key

    # (the words a cut may start: only those that begin with a letter some cut begins with)
    firsts = {cut[0] for cut in cuts}
    ordered = sorted(w for w in words if w[0][:1] in firsts and w[0].isalpha())
    mapping: dict[str, str] = {}
    for cut, keys in cuts.items():
        start = bisect.bisect_left(ordered, (cut, ""))
        end = bisect.bisect_left(ordered, (cut + "\uffff", ""))
        meant = {
            key
            for surface, key in ordered[start:end]
            if len(surface) > len(cut) + 1
            and surface[len(cut)] in "aeiouyæøå"
            and "+" not in key
            and not is_cut(surface, key)
        }
        if len(meant) == 1:
            whole = meant.pop()
            mapping.update((k, whole) for k in keys if is_cut(cut, k))
    if not mapping:
        return list(features), {}
    renamed: dict[tuple[int, ...], dict[str, Any]] = {}
    return [_renamed(f, mapping, renamed) for f in features], mapping


def renamed_keys(feature: LineFeatures, mapping: dict[str, str]) -> LineFeatures:
    """One line's features with the keys of ``mapping`` replaced (``merge_cuts``)."""
    return _renamed(feature, mapping, {})


def _renamed(
    feature: LineFeatures, mapping: dict[str, str], renamed: dict[tuple[int, ...], dict[str, Any]]
) -> LineFeatures:
    """One line's features with the keys of ``mapping`` replaced (the line itself when it has
    none of them). ``renamed``: the replaced words so far, by the objects they were made from
    (lines read from one text share them, and so share the result)."""
    if mapping.keys().isdisjoint(feature.main_keys):
        return feature
    f = feature
    made_from = tuple(
        map(
            id,
            (f.terms, f.surfaces, f.main_keys, f.heads, f.compounds, f.split_forms, f.head_tails),
        )
    )
    changes = renamed.get(made_from)
    if changes is None:
        changes = renamed[made_from] = _renamed_words(feature, mapping)
    return replaced(feature, changes)


def _renamed_words(feature: LineFeatures, mapping: dict[str, str]) -> dict[str, Any]:
    """The words of one line's features with the keys of ``mapping`` replaced, by field."""

    def weights(values: dict[str, float]) -> dict[str, float]:
        result: dict[str, float] = {}
        for key, weight in values.items():
            new = mapping.get(key, key)
            result[new] = max(result.get(new, 0.0), weight)
        return result

    surfaces: dict[str, str] = {}
    for key, surface in feature.surfaces.items():
        surfaces.setdefault(mapping.get(key, key), surface)
    # a merged word's head is the merged word (its last part may be misread in one spelling:
    # "snøfreserar" as "snø+fres+ra")
    heads = {k.split("+")[-1]: mapping[k] for k in feature.main_keys if k in mapping}
    heads.update((h, mapping[h]) for h in feature.heads if h in mapping)
    # each head keeps its marks (a merged word is one word: no compound's last part)
    marks: dict[str, tuple[bool, int]] = {}
    for head, compound, tail in zip(
        feature.heads, feature.heads_in_compounds, feature.head_tails, strict=True
    ):
        new = heads.get(head, head)
        before = marks.get(new, (new == head and compound, 0))
        marks[new] = (before[0], before[1] | tail)
    return {
        "terms": weights(feature.terms),
        "surfaces": surfaces,
        "main_keys": tuple(dict.fromkeys(mapping.get(k, k) for k in feature.main_keys)),
        "heads": tuple(marks),
        "heads_in_compounds": tuple(compound for compound, _ in marks.values()),
        "head_tails": tuple(tail for _, tail in marks.values()),
        "compounds": weights(feature.compounds),
        "split_forms": weights(feature.split_forms),
    }


def share_families(
    features: Sequence[LineFeatures],
    merged: frozenset[str],
    related: Callable[[int, int], bool],
    broad: Sequence[bool],
) -> list[LineFeatures]:
    """The lines with the need a merged word names in one line named in every line that
    writes it another way ("sykesignalanlegg" names nurse call systems, so
    "sjukesignalanlegg" does too, though no dictionary links the nynorsk modifier). ``merged``:
    the keys ``merge_spellings`` made; only lines with one of them are looked at. A line gains
    a family only when it names none related to it; its coverage is the word's share of the
    line's main words, the word it was known by is the line's own, and a line that gains a
    need that is not broad is no longer a line of broad needs only (``broad``: per family)."""
    named: dict[str, dict[int, None]] = {}
    for feature in features:
        if feature.family_from_code or merged.isdisjoint(feature.main_keys):
            continue
        for family in feature.families:
            words = feature.matched_terms.get(family, "").split(" + ")
            if len(words) != 1:
                continue  # a need named by several words is not named by one of them
            for key in feature.main_keys:
                if is_variant(key) and feature.surfaces.get(key) == words[0]:
                    named.setdefault(key, {})[family] = None
    if not named:
        return list(features)
    result: list[LineFeatures] = []
    for feature in features:
        if named.keys().isdisjoint(feature.main_keys):
            result.append(feature)
            continue
        gained: dict[int, tuple[float, str]] = {}
        total = sum(feature.terms.get(k, 0.0) for k in feature.main_keys)
        for key in feature.main_keys:
            for family in named.get(key, ()):
                if family in gained or any(
                    f == family or related(f, family) for f in feature.families
                ):
                    continue
                share = feature.terms.get(key, 0.0) / total if total > 0 else 1.0
                gained[family] = (min(1.0, share), feature.surfaces.get(key, ""))
        if not gained:
            result.append(feature)
            continue
        own = (
            []
            if feature.family_from_code
            else list(zip(feature.families, feature.coverage, strict=True))
        )
        pairs = sorted([*own, *((f, c) for f, (c, _) in gained.items())])
        matched = dict(feature.matched_terms) if not feature.family_from_code else {}
        matched.update((f, word) for f, (_, word) in gained.items())
        specific = any(not broad[f] for f in gained)
        result.append(
            replaced(
                feature,
                {
                    "families": tuple(f for f, _ in pairs),
                    "coverage": tuple(c for _, c in pairs),
                    "matched_terms": matched,
                    "family_from_code": False,
                    "specific_keys": frozenset() if specific else feature.specific_keys,
                    "specifics": () if specific else feature.specifics,
                },
            )
        )
    return result
