"""The surface parts of a compound ("renholdstjenester" -> "renholds" + "tjenester"): the
fewest known parts that make up the word, each a first part or a head the analyzer knows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.norwegian import Analyzer

__all__ = [
    "MIN_STEM",
    "fragment",
    "is_title_case",
    "named_compound",
    "split_surface",
    "street_name",
    "strip_link",
]

#: The fewest letters of a part.
MIN_STEM: Final = 3
#: The fewest letters of the head of a name's compound ("Microsoft|produkter") read as one.
_NAMED_HEAD: Final = 5
#: Endings of a noun's definite forms: a name ending in one is a building or a place
#: ("Fjellhaug|skolen", "Nordby|hallen", "Sandvika|senteret"), not a thing bought.
_DEFINITE: Final = ("en", "et", "ene", "ne", "n", "a", "i")
#: The definite forms of words for a street or an open place: a compound ending in one is the
#: name of one ("Storgata", "Kirkeveien", "Torvplassen"), not the need its parts name.
_STREET_ENDINGS: Final = (
    *("gata", "gaten", "veien", "vegen", "plassen", "torget", "torvet", "bakken", "alléen"),
    *("stien", "brygga", "bryggen", "kaia", "kaien", "stranda", "stranden", "svingen"),
)


def street_name(lower: str) -> bool:
    """A compound ending in a street's or open place's word in its definite form ("storgata",
    "strandvegen", "torvplassen"): the name of one, capitalised, wherever it stands (also at
    the start of a line, where a capitalised word is mostly no name)."""
    return any(lower.endswith(end) and len(lower) - len(end) >= MIN_STEM for end in _STREET_ENDINGS)


def fragment(analyzer: Analyzer, item: str, lower: str) -> bool:
    """A letter or two that say nothing of the need: a single letter (a list marker «a)», a
    size «str. L», a stray letter «x stoler»), or two lower-case letters that are no noun of
    the dictionaries and no word the vocabulary knows (a unit or an abbreviation: «kl», «ca»,
    «mm»). A noun of two letters («is», «øl», «ur»), an acronym («IT», «SD») and a capitalised
    abbreviation («St. Olav») are words."""
    if len(lower) == 1:
        return True
    if len(lower) != 2 or not item.isalpha() or not item.islower() or analyzer.known(lower):
        return False
    lexicon = analyzer.lexicon
    return lexicon is not None and not lexicon.nb.is_base(lower)


def named_compound(analyzer: Analyzer, lower: str) -> bool:
    """A capitalised word inside a title that is a compound of a name and the thing bought
    ("Lisenser til Microsoftprodukter", "Lenovomaskiner"): a compound with a head, not a name.
    Its first part is no word of the dictionaries (a name), its head a known word of some
    length in no definite form, and the word is not one running text uses whole (a place or a
    company: "Sandefjord", "Lillestrøm")."""
    lexicon = analyzer.lexicon
    if lexicon is None or "-" in lower or lower in lexicon.frequency:
        return False
    parts = analyzer.word(lower)[1]
    if len(parts) < 2 or len(parts[-1]) < _NAMED_HEAD or lexicon.lemma(parts[-1]) is None:
        return False
    if lexicon.lemma(parts[0]) is not None:
        return False  # a word, not a name, starts it: a capitalised word ("Utviklingstenester")
    return not any(lower.endswith(parts[-1] + ending) for ending in _DEFINITE)


def strip_link(part: str, analyzer: Analyzer) -> str:
    """A modifier without its linking "s": "renholds" -> "renhold" ("brøyte" keeps its -e,
    which the stemmer takes)."""
    if part.endswith("s") and not part.endswith("ss") and len(part) > 4:
        base = part[:-1]
        if analyzer.known(base):
            return base
    return part


def split_surface(analyzer: Analyzer, word: str) -> tuple[str, ...]:
    """Fewest known parts that make up ``word``; the word itself when it cannot be split."""
    if len(word) < 2 * MIN_STEM or analyzer.unsplittable(word):
        return (word,)
    last = len(word) - MIN_STEM  # where a part before the head ends, at the latest
    # ends[i]: where a modifier starting at i can end, for every i a part can start at (the
    # start of the word, and the end of such a modifier): no other place starts a part
    ends: dict[int, list[int]] = {0: []}
    for start in range(last + 1):
        found = ends.get(start)
        if found is None:
            continue
        for end in range(start + 2, last + 1):
            if analyzer.modifier_ok(word[start:end]):
                found.append(end)
                ends.setdefault(end, [])
    best: dict[int, tuple[str, ...] | None] = {}
    # best[i]: fewest parts for word[i:], the last of them a valid head
    for start in sorted(ends, reverse=True):
        if start == 0:
            continue
        options: list[tuple[str, ...]] = []
        rest_head = word[start:]
        if analyzer.head_ok(rest_head):
            options.append((rest_head,))
        for end in ends[start]:
            tail = best[end]
            if tail:
                options.append((word[start:end], *tail))
        best[start] = min(options, key=lambda o: (len(o), -len(o[-1]))) if options else None
    # the whole word: split only into two or more parts
    whole: list[tuple[str, ...]] = []
    for end in ends[0]:
        tail = best[end]
        if tail:
            whole.append((word[:end], *tail))
    if not whole:
        return (word,)
    chosen = min(whole, key=lambda o: (len(o), -len(o[-1])))
    # split the parts further, so a compound splits the same inside a longer one
    result: list[str] = []
    for number, part in enumerate(chosen):
        base = strip_link(part, analyzer) if number < len(chosen) - 1 else part
        inner = analyzer.split(base)
        result.extend(inner if len(inner) > 1 else (part,))
    return tuple(result)


def is_title_case(raw: list[str]) -> bool:
    """Most words after the first capitalised ("Rammeavtale Generelle Elektrikertjenester")."""
    words = [w for w in raw[1:] if w[0].isalpha() and len(w) > 3 and not w.isupper()]
    if len(words) < 2:
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)
