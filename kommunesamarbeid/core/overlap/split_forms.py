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

from collections.abc import Callable, Sequence

from kommunesamarbeid.core.overlap.line_features import LineFeatures

__all__ = ["compound_meets_split", "joined_words", "linked_reading"]

Parts = tuple[str, ...]
#: The mark of an abbreviation's key among compounds and split forms (``features``).
_ABBREVIATION = "abbr:"


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
    for one, other in ((first, second), (second, first)):
        for key in one.compounds:
            if (
                "+" in key
                and not key.startswith(_ABBREVIATION)
                and (key in other.split_forms or key in other.compounds)
            ):
                return True
    return False
