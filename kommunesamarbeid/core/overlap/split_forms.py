"""A compound written as separate words, read as the compound it stands for.

Plans write one need as a compound in one line and as its parts in another, the last part
first and joined by a preposition ("gatelys" / "lys i gater", "vinduspuss" / "puss av
vinduer", "skuleskyss" / "skyss til skulen"). The parts of a compound the dictionaries list
whole ("gatelys") are not what its split form gives ("gate" + "lys"), so the split form is
also read as the words its parts make when joined the ways Norwegian joins them: directly, or
with a linking letter ("-s-", "-e-": "vindu" + "puss" is "vinduspuss"). A joined word counts
only when the caller accepts it (a need family names it): nothing is read into a pair of words
that no known word makes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from kommunesamarbeid.core.overlap.lexicon import COMPOUND_FLAG
from kommunesamarbeid.core.overlap.line_features import LineFeatures

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.lexicon import Lexicon
    from kommunesamarbeid.core.overlap.norwegian import Token

__all__ = [
    "compound_meets_split",
    "joined_words",
    "linked_reading",
    "noun_first_part",
    "split_evidence",
    "split_form_keys",
    "suspended_heads",
]

Parts = tuple[str, ...]
#: The mark of an abbreviation's key among compounds and split forms (``features``).
_ABBREVIATION = "abbr:"
#: Compounds a noun must start with a linking "-e-" in the dictionaries before a first part
#: that is the noun and the "-e" may be read as the noun (``noun_first_part``).
_MIN_E_LINKED = 5


def noun_first_part(parts: Parts, lexicon: Lexicon | None) -> Parts | None:
    """A compound's parts with its first part read as the noun it may also be: a first part
    in "-e" that is no noun ("hekke", "flise", "låse" are verbs) while the word without the
    "-e" is a noun that starts compounds with a linking "-e-" in the dictionaries ("hekk",
    "flis", "lås"). "hekkeklipping" is then also "hekk" + "klipping", as "klipping av hekker"
    writes it. The noun must be a headword of its own that has a definite plural
    ("hekk-ene") and may start compounds. None when the first part is no such word."""
    if len(parts) < 2 or lexicon is None or not parts[0].endswith("e") or len(parts[0]) <= 3:
        return None
    first = parts[0]
    noun = first[:-1]
    counts = lexicon.links.get(noun)
    if (
        counts is None
        or counts[2] < _MIN_E_LINKED
        or COMPOUND_FLAG not in lexicon.nb.entries.get(noun, "=")
        or noun not in lexicon.nb.lemmas(noun + "ene")
    ):
        return None
    return (noun, *parts[1:])


def joined_words(modifier: str, head: str, links: Sequence[str]) -> tuple[str, ...]:
    """The words a first part and a last part make: directly, and with each linking letter
    the first part does not already end in ("gate" + "lys": "gatelys", "gateslys")."""
    found = [modifier + head]
    found += [modifier + link + head for link in links if not modifier.endswith(link)]
    return tuple(found)


def linked_reading(
    modifier: Parts,
    head: Parts,
    links: Sequence[str],
    read: Callable[[str], Parts],
    accept: Callable[[Parts], bool],
) -> Parts | None:
    """The reading (``read``: a word's parts) of the first compound the two words' lemmas make
    that ``accept`` takes, or None."""
    if not modifier or not head:
        return None
    for word in joined_words("".join(modifier), "".join(head), links):
        parts = read(word)
        if parts and parts != (*modifier, *head) and accept(parts):
            return parts
    return None


def compound_meets_split(first: LineFeatures, second: LineFeatures) -> bool:
    """One line writes a compound of specific parts that the other writes whole or as its
    parts ("brønnboring" / "boring av brønner"): the same words, whatever kind a code
    suggested for either says."""
    return _compound_and_split(first, second) is not None


def _compound_and_split(first: LineFeatures, second: LineFeatures) -> tuple[str, bool] | None:
    """The compound's key and whether ``second`` is the line that writes it whole."""
    for one, other, flipped in ((first, second, False), (second, first, True)):
        for key in one.compounds:
            if "+" in key and not key.startswith(_ABBREVIATION) and key in other.split_forms:
                return key, flipped
    for key in first.compounds:
        if "+" in key and not key.startswith(_ABBREVIATION) and key in second.compounds:
            return key, False
    return None


def split_evidence(
    first: LineFeatures,
    second: LineFeatures,
    activities: Mapping[str, frozenset[str]] | None = None,
) -> str | None:
    """A reason in Norwegian when one line writes as a compound what the other writes as
    separate words ("«gatelys» i linje 1 og «lys», «gater» i linje 2"), quoting the words as
    the lines write them; None when neither does. With the heads of one activity
    (``activities``: "kurs" and "opplæring") the split form's head may be the other one
    ("«førstehjelpskurs» i linje 1 og «opplæring», «førstehjelp» i linje 2"), and the reason
    says so."""
    found = _compound_and_split(first, second)
    if found is None:
        return None
    key, flipped = found
    whole, split = (second, first) if flipped else (first, second)
    parts = key.split("+")
    written = whole.surfaces.get(key) or next(
        (whole.surfaces[p] for p in parts if p in whole.surfaces), None
    )
    apart = list(dict.fromkeys(split.surfaces[p] for p in parts if p in split.surfaces))
    other = ""
    if parts[-1] not in split.surfaces:
        # the split form's head is another word for the same activity
        other = next(
            (
                split.surfaces[h]
                for h in sorted((activities or {}).get(parts[-1], ()))
                if h in split.surfaces
            ),
            "",
        )
        if other:
            apart.append(other)
    if written is None or len(apart) < 2:
        return None  # the same compound in both lines: "Felles ord" says it
    quoted = ", ".join(f"«{w}»" for w in apart)
    # either line may write the activity with the other word ("kurs" / "opplæring")
    differ = bool(other) or (parts[-1] in (activities or {}) and parts[-1] not in whole.surfaces)
    what = (
        "Samme behov skrevet sammensatt og delt, med to ord for samme slags tjeneste"
        if differ
        else "Samme ord skrevet sammensatt og delt"
    )
    return f"{what}: «{written}» i linje {whole.line.id} og {quoted} i linje {split.line.id}"


def suspended_heads(
    raw: Sequence[str],
    parts_of: Callable[[str], Parts],
    is_generic: Callable[[Parts], bool],
) -> dict[int, Parts]:
    """Positions of words written with a hanging hyphen ("skole-" in "skole- og
    barnehagemøbler"), with the head they share with the compound after them (``parts_of``:
    a lower-case word's parts; ``is_generic``: whether parts say nothing of the need)."""
    found: dict[int, Parts] = {}
    for position, item in enumerate(raw):
        if not item.endswith("-") or len(item) < 3:
            continue
        for later in raw[position + 1 : position + 6]:
            lower = later.lower()
            if later.endswith("-") or lower in ("og", "eller", ",", "/"):
                continue
            parts = parts_of(lower)
            if len(parts) >= 2:
                # the head shared, and the part before a generic one ("vakt- og
                # sikringsbåttjeneste": "vaktbåttjeneste", no "vakttjeneste")
                found[position] = parts[-2 if len(parts) > 2 and is_generic(parts[-1:]) else -1 :]
            break
    return found


def split_form_keys(
    tokens: Sequence[Token], singles: Sequence[tuple[str, float, int]], initials: dict[Parts, str]
) -> dict[str, float]:
    """A line's split-form keys and their weights: the initials of its compounds and of runs
    of two to four words («abbr:sd» for «sentral driftskontroll»), and each two ``singles``
    (a word's one specific part or a two-part compound, its weight and segment) of one segment
    joined both ways («vindu+puss», «puss+vindu»). ``initials`` caches a compound's initials."""
    split_forms: dict[str, float] = {}
    words = [t for t in tokens if not t.acronym and not t.proper]
    count = len(words)
    for start, word in enumerate(words):
        if len(word.parts) >= 2:
            of_parts = initials.get(word.parts)
            if of_parts is None:
                of_parts = initials[word.parts] = sys.intern(
                    _ABBREVIATION + "".join(p[0] for p in word.parts)
                )
            split_forms[of_parts] = max(split_forms.get(of_parts, 0.0), word.weight)
        # the initials of this word and the next one to three, and the least weight among
        # them, built up word by word
        run = _ABBREVIATION + word.surface[0]
        weight = word.weight
        for end in range(start + 1, min(start + 4, count)):
            last = words[end]
            run += last.surface[0]
            weight = min(weight, last.weight)
            # segments only rise along the text: one segment when the ends share it
            if word.segment == last.segment:
                key = sys.intern(run)
                split_forms[key] = max(split_forms.get(key, 0.0), weight)
    for i, (first, w1, seg1) in enumerate(singles):
        for second, w2, seg2 in singles[i + 1 :]:
            if first == second or seg1 != seg2 or ("+" in first and "+" in second):
                continue
            weight = (w1 + w2) / 2
            for key in (sys.intern(f"{first}+{second}"), sys.intern(f"{second}+{first}")):
                split_forms[key] = max(split_forms.get(key, 0.0), weight)
    return split_forms


def abbreviation_keys(tokens: Sequence[Token]) -> dict[str, float]:
    """An abbreviation and the words it stands for ("SD" / "sentral driftskontroll", "BHT" /
    "bedriftshelsetjeneste") are the same evidence, like compound and split form: one key per
    short form (an acronym as written, or the one a word's reading stands for), by its weight."""
    keys: dict[str, float] = {}
    for token in tokens:
        short = token.surface if token.acronym else token.abbreviation
        if short and 2 <= len(short) <= 5:
            key = sys.intern("abbr:" + short)
            keys[key] = max(keys.get(key, 0.0), token.weight)
    return keys
