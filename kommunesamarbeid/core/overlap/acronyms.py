"""Acronyms read as the words a run's other lines spell them out with.

A plan writes "BPA-lev." or "VK-utstyr møterom" where another plan writes "Brukerstyrt
personlig assistanse (BPA)" or "Videokonferanseutstyr": the acronym's letters are the first
letters of those words, or of the parts of that compound. No list of acronyms is kept: an
acronym written in capitals is read as the words of the run that spell it out, when exactly
one way of spelling it out is found (with many lines, a short acronym fits many compounds, and
is then left as it is). The line gains the need those words name, and the acronym written
alone is read as the compound it stands for (a reason still quotes the acronym as written).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from kommunesamarbeid.core.overlap.line_features import LineFeatures, replaced
from kommunesamarbeid.core.overlap.spelling import renamed_keys

__all__ = ["merge_acronyms"]

#: An acronym as written: two to five capitals, not the start of a capitalised word.
_ACRONYM: Final = re.compile(r"(?<![\w])([A-ZÆØÅ]{2,5})(?![A-Za-zÆØÅæøå])")
#: A part or word spelling out a letter has at least this many letters ("av" spells nothing).
_MIN_PART: Final = 3
#: Words in a row an acronym spells out, at most.
_MAX_WORDS: Final = 5

Expansion = tuple[str, ...]
PartsOf = Callable[[str], tuple[str, ...]]


def _spellings(word: str, parts: tuple[str, ...]) -> set[str]:
    """The letters a word may give an acronym: its first, or the first of each of its
    leading compound parts ("videokonferanseutstyr": "v", "vk", "vku")."""
    found = {word[:1]}
    if len(parts) >= 2 and all(len(p) >= _MIN_PART for p in parts):
        found.update("".join(p[0] for p in parts[:end]) for end in range(2, len(parts) + 1))
    return found


def _expansions(
    feature: LineFeatures, wanted: frozenset[str], own: set[str], parts_of: PartsOf
) -> dict[str, Expansion]:
    """The acronyms of ``wanted`` the line's main words spell out (acronym -> the keys): one
    compound by the parts of its key ("videokonferanseutstyr", key "video+konferanse": "vk";
    a generic last part spells nothing), or, for an acronym the line itself writes (``own``:
    "Brukerstyrt personlig assistanse (BPA)", "Personlig verneutstyr (PVU)"), words in a row
    by their first letters or those of their parts. ``parts_of(word)``: the parts of a word
    as written."""
    found: dict[str, Expansion] = {}
    keys = feature.main_keys
    for key in keys:
        if "+" not in key:
            continue  # (one part spells no acronym)
        parts = key.split("+")
        if all(len(p) >= _MIN_PART for p in parts):
            spelt = "".join(p[0] for p in parts)
            if spelt in wanted:
                found.setdefault(spelt, (key,))
    if not own:
        return found
    written = [feature.surfaces.get(k, "") for k in keys]
    letters = [
        _spellings(w, parts_of(w)) if len(w) >= _MIN_PART and w.isalpha() else set()
        for w in written
    ]
    for start in range(len(keys)):
        spelt_so_far = {""}
        for end in range(start, min(len(keys), start + _MAX_WORDS)):
            if not letters[end]:
                break
            spelt_so_far = {a + b for a in spelt_so_far for b in letters[end]}
            if end > start:
                for spelt in sorted(spelt_so_far & own):
                    found.setdefault(spelt, tuple(keys[start : end + 1]))
    return found


def _written_acronyms(feature: LineFeatures) -> set[str]:
    return {a.lower() for a in _ACRONYM.findall(feature.line.description)}


def _acronym_key(feature: LineFeatures, acronym: str) -> str | None:
    """The main key the acronym is written as: alone ("vk") or first in a word joined by a
    hyphen ("bpa+lev"); None when the line has it elsewhere (in brackets, say)."""
    for key in feature.main_keys:
        if key == acronym or key.startswith(acronym + "+"):
            return key
    return None


def merge_acronyms(features: Sequence[LineFeatures], parts_of: PartsOf) -> list[LineFeatures]:
    """The lines with an acronym another line of the run spells out (``__doc__``) read as
    those words: the need they name (unless the line names one already), and the acronym
    written alone read as the one compound it stands for. The lines asked are those sharing
    a word with the line's other main words ("VK-utstyr møterom": "videokonferanse i
    møterom", not "varslingskanal"), else those that write the acronym beside the words; the
    need is gained only when all of them name the same, and the compound only when all write
    the same one."""
    written: dict[int, set[str]] = {}
    # (each text looked at once: many lines share one; the sets are only read)
    in_text: dict[str, set[str]] = {}
    for n, feature in enumerate(features):
        description = feature.line.description
        found = in_text.get(description)
        if found is None:
            found = in_text[description] = _written_acronyms(feature)
        if found:
            written[n] = found
    if not written:
        return list(features)
    wanted = frozenset(a for found in written.values() for a in found)
    spelt: dict[str, list[tuple[int, Expansion]]] = {}
    # (a line that writes no acronym spells out what the words of its text do: lines read
    # from one text share its words' objects, and so their expansions)
    of_words: dict[tuple[int, int], dict[str, Expansion]] = {}
    for n, feature in enumerate(features):
        own = written.get(n)
        if own is None:
            words = (id(feature.main_keys), id(feature.surfaces))
            expansions = of_words.get(words)
            if expansions is None:
                expansions = of_words[words] = _expansions(feature, wanted, set(), parts_of)
        else:
            expansions = _expansions(feature, wanted, own, parts_of)
        for acronym, expansion in expansions.items():
            spelt.setdefault(acronym, []).append((n, expansion))
    if not spelt:
        return list(features)
    result = list(features)
    for n, acronyms in written.items():
        feature = result[n]
        if feature.families and not feature.family_from_code:
            continue  # its words name a need: the acronym is read by them ("HR- og lønnssystem")
        for acronym in sorted(acronyms & spelt.keys()):
            key = _acronym_key(feature, acronym)
            if key is None:
                continue
            options = [(s, e) for s, e in spelt[acronym] if s != n]
            others = set(feature.main_keys) - {key}
            near = [(s, e) for s, e in options if not others.isdisjoint(features[s].terms)]
            # without a word in common, only a line that spells the acronym out beside it
            # ("Brukerstyrt personlig assistanse (BPA)"): a compound's initials alone fit too
            # many acronyms of a large run ("KVP-målere" is no "kjølevannspumpe")
            chosen = near or [(s, e) for s, e in options if acronym in written.get(s, ())]
            feature = _gain(feature, key, [(features[s], e) for s, e in chosen])
        result[n] = feature
    return result


def _gain(
    feature: LineFeatures, key: str, options: Sequence[tuple[LineFeatures, Expansion]]
) -> LineFeatures:
    """``feature`` with the acronym ``key`` read as the words that spell it out in
    ``options`` (source line, keys): the compound, when all write one and the same, and the
    needs all of them name by those words alone."""
    if not options:
        return feature
    compounds = {e for _, e in options}
    surface = feature.surfaces.get(key, key)
    expansion = next(iter(compounds))
    if (
        len(compounds) == 1
        and len(expansion) == 1
        and "+" not in key
        and key in feature.terms
        and expansion[0] not in feature.main_keys
    ):
        feature = renamed_keys(feature, {key: expansion[0]})
        key = expansion[0]
    if feature.families and not feature.family_from_code:
        return feature
    named: set[tuple[int, ...]] = set()
    for source, expansion in options:
        spelt = {source.surfaces.get(k, "") for k in expansion}
        families = tuple(
            sorted(
                family
                for family in source.families
                if (words := source.matched_terms.get(family, "").split(" + ")) != [""]
                and set(words) <= spelt
            )
        )
        named.add(families)
    if len(named) != 1 or not (families := named.pop()):
        return feature
    total = sum(feature.terms.get(k, 0.0) for k in feature.main_keys)
    share = min(1.0, feature.terms.get(key, 0.0) / total) if total > 0 else 1.0
    return replaced(
        feature,
        {
            "families": families,
            "coverage": tuple(share for _ in families),
            "matched_terms": dict.fromkeys(families, surface),
            "family_from_code": False,
            "specific_keys": frozenset(),
            "specifics": (),
        },
    )
