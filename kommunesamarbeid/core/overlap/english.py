"""English words read as Norwegian, learnt from the CPV catalogue the user loaded.

Every CPV code has an English and a Norwegian label ("Car hire" / "Bilutleie"). Over the ~9,000
label pairs an English word and the Norwegian word (compound part) it translates occur in the
same codes far more often than by chance: the pair with the highest Dice coefficient
``2·both / (english + norwegian)`` is taken, when they share enough codes and no other
Norwegian word comes close. Nothing is written by hand and nothing is shipped: the table is
made from the catalogue at the start of a run (the catalogue's licence stays the user's).

An English word is read so everywhere only when it is no Norwegian word ("hire", "guarding").
A word that is a Norwegian word too ("service", "support", "water", "street") is read through
the catalogue only in a text written in English (``english_text``): there "Occupational Health
Service" means "tjeneste", not the Norwegian "service" (maintenance of a thing). Those entries
are kept in the same table under ``IN_TEXT`` + the stem, and only when the catalogue reads the
word as another Norwegian word ("system" stays "system"). The token keeps the word as written,
so a reason quotes the English word the line has.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
    from kommunesamarbeid.core.overlap.lexicon import Lexicon
    from kommunesamarbeid.core.overlap.norwegian import Analyzer
    from kommunesamarbeid.core.overlap.vocabulary import Vocabulary

__all__ = [
    "IN_TEXT",
    "english_cognate",
    "english_marked",
    "english_reading",
    "english_singular",
    "english_stem",
    "english_text",
    "english_words",
    "joined_english",
    "learn_english",
    "norwegian_marked",
    "split_in_text",
]

_WORD: Final = re.compile(r"[a-z]+")
#: A word of a label in either language (a code named by one word in each: ``_one_word_entries``)
_ANY_WORD: Final = re.compile(r"[^\W\d_]+")
#: A dictionary word at least this common (Zipf) is read as Norwegian, never as English.
_NORWEGIAN_ZIPF: Final = 2.7
#: Codes an English word and its Norwegian word must share (two only with a Dice this high:
#: "golf course" in two labels is no reason to read "course" as "golfbane").
_MIN_SHARED: Final = 3
_MIN_SHARED_STRONG: Final = 2
_STRONG_DICE: Final = 0.8
#: The least Dice coefficient of a pair taken.
_MIN_DICE: Final = 0.3
#: The best Norwegian word must beat the second by this factor (else the word is ambiguous).
_MARGIN: Final = 1.5
_MIN_LENGTH: Final = 3
#: A word Norwegian has too is read through the catalogue (in an English text) only on more
#: evidence: "post" beside "obduksjon" in nine labels ("post-mortem") is not enough.
_MIN_SHARED_IN_TEXT: Final = 5
_MIN_DICE_IN_TEXT: Final = 0.45
#: English adjective endings: such a word is not read through the catalogue in an English text
#: ("portable" is "bærbar", which a Norwegian plan writes for a laptop); it says what kind,
#: not what is bought.
_ADJECTIVE: Final = re.compile(r"(?:able|ible|ive|ous|ical)$")
#: An English plural of a dictionary word at least this long is read as that word
#: (``english_singular``); shorter words are often false friends ("mats", "skips", "posts").
_SHARED_LENGTH: Final = 5
#: English endings of nouns and adjectives and how Norwegian writes them (``english_cognate``;
#: the longest first)
_ENDINGS: Final = (
    ("isation", "isering"),
    ("ization", "isering"),
    ("graphy", "grafi"),
    ("ation", "asjon"),
    ("ction", "ksjon"),
    ("tion", "sjon"),
    ("sion", "sjon"),
    ("ical", "isk"),
    ("ance", "anse"),
    ("ence", "ense"),
    ("logy", "logi"),
    ("ity", "itet"),
    ("ics", "ikk"),
    ("ery", "eri"),
    ("tre", "ter"),
    ("ogy", "ogi"),
    ("gy", "gi"),
    ("cy", "si"),
)
#: Letters English writes where Norwegian writes others (then "c": ``_SOFT_C``, else "k")
_LETTERS: Final = (
    ("th", "t"),
    ("ph", "f"),
    ("ck", "kk"),
    ("qu", "kv"),
    ("x", "ks"),
    ("ch", "k"),
    ("ou", "u"),
)
_SOFT_C: Final = re.compile(r"c(?=[eiy])")
#: The mark before the stem of an entry read only in a text written in English.
IN_TEXT: Final = "="
#: Words only an English text has: such a text reads its words as English ("lift" is "heis").
_ENGLISH_MARKERS: Final = frozenset({"and", "the", "of", "with", "from", "including"})
#: Words only a Norwegian text has (bokmål and nynorsk): ``norwegian_marked``.
_NORWEGIAN_MARKERS: Final = frozenset(
    {"og", "av", "til", "på", "med", "ved", "innen", "innan", "frå", "fra", "samt", "eller", "mot"}
)


def english_stem(word: str) -> str:
    """A light English stem: plurals and "-ing"/"-ed" left as they are except the plural
    "-s"/"-ies" ("courses" -> "course", "supplies" -> "supply")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def english_singular(word: str, lexicon: Lexicon | None) -> str | None:
    """The singular an English plural stands for, when the dictionaries list it as it is: a
    word both languages write alike ("seminars": "seminar", "radiators": "radiator"; never cut
    into junk parts, "servers" is no "se" + "vers"), long enough to be no false friend ("mats"
    are no food, "skips" no ships). None for a word the dictionaries list as it stands ("kurs")
    and for a Norwegian form (a genitive, "skolens", is read as Norwegian)."""
    if lexicon is None or word[-1:] != "s" or lexicon.lemma(word) is not None:
        return None
    singular = english_stem(word)
    if len(singular) < _SHARED_LENGTH or singular == word or lexicon.lemma(singular) != singular:
        return None
    return singular


def english_reading(
    word: str,
    lexicon: Lexicon | None,
    parts: Callable[[str], tuple[str, ...]],
    generic: Callable[[tuple[str, ...]], bool],
) -> tuple[str, ...]:
    """The parts of a word as the dictionaries read it (``parts``), or of the Norwegian word
    an English plural is read as: the singular of a generic word Norwegian shares ("fees": it
    says as little in English; a specific one may mean another thing, "lifts") or of a longer
    word both languages write alike ("seminars", ``english_singular``); () for none."""
    found = parts(word)
    if not found and word[-1:] == "s":
        singular = english_stem(word)
        shared = parts(singular) if singular != word else ()
        if shared and (generic(shared) or english_singular(word, lexicon)):
            return shared
    return found


def english_cognate(word: str, lexicon: Lexicon | None) -> str | None:
    """The Norwegian word an English word is spelt as: its ending as Norwegian writes it
    ("-tion" "-sjon", "-ity" "-itet", "-ery" "-eri", "-ics" "-ikk", "-tre" "-ter") and the letters
    English writes otherwise ("th", "ph", "qu", "x", "c"): "recreation" is "rekreasjon",
    "quality" "kvalitet", "theatres" "teater". Only a word no dictionary lists, of an ending
    (no word is respelt whole: "ceiling" is no "seiling", "craft" no "kraft"), and only as a
    word the dictionaries list as it is; None otherwise."""
    if lexicon is None or len(word) < _SHARED_LENGTH + 1 or not word.isascii():
        return None
    stem = english_stem(word)
    if lexicon.lemma(word) is not None or lexicon.lemma(stem) is not None:
        return None
    for ending, norwegian in _ENDINGS:
        whole = word if word.endswith(ending) else stem  # ("acoustics", "galleries")
        if whole.endswith(ending) and len(whole) > len(ending) + 2:
            base = whole[: -len(ending)]
            for old, new in _LETTERS:
                base = base.replace(old, new)
            base = _SOFT_C.sub("s", base).replace("c", "k")
            found = base[0] + base[1:].replace("y", "i") + norwegian
            return found if lexicon.lemma(found) is not None else None
    return None


def learn_english(
    labels: Mapping[str, tuple[str, str]],
    norwegian_parts: Callable[[str], Iterable[str]],
    is_norwegian: Callable[[str], bool],
    stopwords: frozenset[str],
    kept: frozenset[str] = frozenset(),
    cognate: Callable[[str], str | None] = lambda word: None,
) -> dict[str, str]:
    """English stem -> Norwegian lemma, from the label pairs of a catalogue.

    ``norwegian_parts(label)`` gives the lemmas of the Norwegian label's words and compound
    parts; ``is_norwegian(word)`` tells Norwegian words (never translated), and so is a word
    the Norwegian labels use. A word of ``kept`` (a need family's term by itself, "painting")
    is never read otherwise, not even in an English text.
    """
    english_count: Counter[str] = Counter()
    norwegian_count: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    in_labels: set[str] = set()
    #: English stem -> the Norwegian words (parts joined with "+") of the codes named by that
    #: one word in English and one word in Norwegian ("Coffins" / "Kister")
    one_word: dict[str, set[str]] = {}
    #: the two English words written joined -> (first, second stem, Norwegian word) of the codes
    #: named by two words in English and one in Norwegian ("Heat pumps" / "Varmepumper")
    two_words: dict[str, set[tuple[str, str, str]]] = {}
    codes: list[tuple[list[str], set[str]]] = []  # each code's English words, Norwegian parts
    for code in sorted(labels):
        label_no, label_en = labels[code]
        if not label_no or not label_en:
            continue
        english = {
            english_stem(w)
            for w in _WORD.findall(label_en.lower())
            if len(w) >= _MIN_LENGTH and w not in stopwords
        }
        in_order = [p for p in norwegian_parts(label_no) if len(p) >= _MIN_LENGTH]
        norwegian = set(in_order)
        in_labels.update(_WORD.findall(label_no.lower()))
        if not english or not norwegian:
            continue
        words_en, words_no = _ANY_WORD.findall(label_en.lower()), _ANY_WORD.findall(label_no)
        if len(words_en) == 1 and len(words_no) == 1:
            one_word.setdefault(next(iter(english)), set()).add("+".join(in_order))
        elif len(words_en) == 2 and len(words_no) == 1 and len(english) == 2:
            # "Heat pumps" / "Varmepumper": the words together, as one written joined
            two_words.setdefault(english_stem("".join(words_en)), set()).add(
                (words_en[0], english_stem(words_en[1]), "+".join(in_order))
            )
        codes.append((words_en, norwegian))
        english_count.update(english)
        norwegian_count.update(norwegian)
        both.update((e, n) for e in english for n in norwegian)
    best: dict[str, list[tuple[float, str, int, float]]] = {}
    for (e, n), shared in both.items():
        if shared < _MIN_SHARED_STRONG:
            continue
        dice = 2 * shared / (english_count[e] + norwegian_count[n])
        if shared < _MIN_SHARED and dice < _STRONG_DICE:
            continue
        if dice >= _MIN_DICE:
            # the evidence: how strongly, and in how many codes ("hire" is "utleie" in 21
            # codes and beside "sjåfør" in 9: "hire of cars with driver")
            best.setdefault(e, []).append((dice * shared, n, shared, dice))
    result: dict[str, str] = {}
    for e, options in sorted(best.items()):
        options.sort(key=lambda o: (-o[0], o[1]))
        evidence, n, shared, dice = options[0]
        second = options[1][0] if len(options) > 1 else 0.0
        if evidence < _MARGIN * second:
            continue
        if e not in in_labels and not is_norwegian(e):
            result[e] = n
        elif (
            e not in kept
            and shared >= _MIN_SHARED_IN_TEXT
            and dice >= _MIN_DICE_IN_TEXT
            and n not in stopwords
            and not _ADJECTIVE.search(e)
            and n not in norwegian_parts(e)
        ):
            # a word the Norwegian labels use too ("service"), or a Norwegian word: read so
            # only in an English text, and only when that changes its reading
            result[IN_TEXT + e] = n
    result.update(_one_word_entries(one_word, both, result, in_labels, is_norwegian, kept))
    # the Norwegian spelling of an English word (``cognate``), where the labels say so: a
    # word the labels name otherwise is read as itself ("renovation" is no "renovasjon",
    # refuse collection; "erection" of a building)
    spelt = {e: c for e in sorted(english_count.keys() - result.keys() - kept) if (c := cognate(e))}
    said = {  # (a compound says so too: "gallery" in "Kunstgallerier")
        e
        for words, norwegian in codes
        for e in map(english_stem, words)
        if e in spelt and any(n.startswith(spelt[e]) or n.endswith(spelt[e]) for n in norwegian)
    }
    result.update({e: c if e in said else e for e, c in spelt.items()})
    result.update(_two_word_entries(two_words, result, kept, codes, both))
    return result


def _one_word_entries(
    one_word: Mapping[str, set[str]],
    both: Counter[tuple[str, str]],
    learnt: Mapping[str, str],
    in_labels: set[str],
    is_norwegian: Callable[[str], bool],
    kept: frozenset[str],
) -> dict[str, str]:
    """The English words a code names by one word in each language ("Coffins" / "Kister"):
    a dictionary entry, even in one code, for a word the counts left unread. Only a word that
    is no Norwegian word, named so with one Norwegian word only, and seen beside no Norwegian
    word more often than beside that word's parts elsewhere in the labels."""
    best: Counter[str] = Counter()  # (an English word's commonest Norwegian company)
    best_no: Counter[str] = Counter()  # (and a Norwegian word's commonest English company)
    for (e, n), count in both.items():
        best[e] = max(best[e], count)
        best_no[n] = max(best_no[n], count)
    found: dict[str, str] = {}
    for e, words in sorted(one_word.items()):
        if len(words) != 1 or e in learnt or e in kept or e in in_labels or is_norwegian(e):
            continue
        (word,) = words
        count, part = max((both[e, p], p) for p in word.split("+"))
        # each the other's commonest company: "Conduit" / "Leder" is no entry ("leder" is
        # "conductor" in more labels)
        if count >= best[e] and count >= best_no[part]:
            found[e] = word
    # a Norwegian word two English words are named by is no entry ("barrel", "saucer": "fat")
    named = Counter(found.values())
    return {e: word for e, word in found.items() if named[word] == 1}


def _two_word_entries(
    two_words: Mapping[str, set[tuple[str, str, str]]],
    learnt: dict[str, str],
    kept: frozenset[str],
    codes: Sequence[tuple[list[str], set[str]]],
    both: Counter[tuple[str, str]],
) -> dict[str, str]:
    """English terms of two words a code names by one Norwegian word ("Heat pumps" /
    "Varmepumper", "Vacuum cleaners" / "Støvsugere"): the two written joined, an entry
    ``joined_english`` reads the pair by. Only a term named so with one Norwegian word, and
    only when its words read alone do not give that word's parts already ("Air filters" /
    "Luftfiltre" is read word by word). A word read alone as the whole compound got that
    reading from the term alone, in every code it was learnt from ("cleaner" is no
    "støvsuger", "hearing" no "høreapparat"), is no entry of its own then."""
    found: dict[str, str] = {}
    for joined, named in sorted(two_words.items()):
        if len({n for _, _, n in named}) != 1 or joined in learnt or joined in kept:
            continue
        first, second, word = next(iter(named))
        parts = set(word.split("+"))
        readings = {first, second} | {
            p for w in (first, second) for p in learnt.get(w, "").split("+") if p
        }
        if parts <= readings and word not in (learnt.get(first), learnt.get(second)):
            continue
        found[joined] = word
    # the codes each single word's reading is seen in with the term beside it
    in_term: Counter[tuple[str, str]] = Counter()
    for words, norwegian in codes:
        for first, second in pairwise(words):
            term = found.get(english_stem(first + second))
            if term is not None and term in norwegian:
                in_term[english_stem(first), term] += 1
                in_term[english_stem(second), term] += 1
    for single, word in list(learnt.items()):
        if in_term[single, word] and in_term[single, word] >= both[single, word]:
            del learnt[single]
    return found


def split_in_text(table: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The entries read everywhere, and those read only in an English text (stem -> lemma)."""
    everywhere: dict[str, str] = {}
    in_text: dict[str, str] = {}
    for e, n in table.items():
        if e.startswith(IN_TEXT):
            in_text[e[len(IN_TEXT) :]] = n
        else:
            everywhere[e] = n
    return everywhere, in_text


def english_text(
    words: Sequence[str], is_english: Callable[[str], bool | None], stopwords: frozenset[str]
) -> bool:
    """A text (its lower-case words) is written in English: it has an English function word
    ("and", "of"), or most of its content words are English (``is_english``: True for a word
    read as English everywhere or no Norwegian word, None for a word of both languages the
    catalogue reads in an English text, "service", which says nothing either way: "cleaning
    materials" reads alike as a need family's term and in a line)."""
    if not _ENGLISH_MARKERS.isdisjoint(words):
        return True
    english = content = 0
    for word in words:
        if len(word) >= _MIN_LENGTH and word.isalpha() and word not in stopwords:
            found = is_english(word)
            if found is not None:
                content += 1
                english += found
    return content > 0 and 2 * english > content


def english_marked(words: Sequence[str]) -> bool:
    """The text has an English function word ("and", "of")."""
    return not _ENGLISH_MARKERS.isdisjoint(words)


def norwegian_marked(words: Sequence[str]) -> bool:
    """The text has a Norwegian function word ("og", "av"): a Norwegian line with an English
    loan ("Backup av Microsoft 365") reads the vocabulary's list, never the catalogue's words
    of both languages ("service" stays "service" in "Service og support")."""
    return not _NORWEGIAN_MARKERS.isdisjoint(words) and _ENGLISH_MARKERS.isdisjoint(words)


def english_words(
    analyzer: Analyzer, vocabulary: Vocabulary, catalogue: CpvCatalogue, family_words: set[str]
) -> dict[str, str]:
    """English words read as Norwegian, learnt from the catalogue's label pairs (``learn_english``)
    with the model's ``analyzer``. A word that is a need family's term by itself ("guarding",
    "mapping") stays as it is: the family says what it means there (in a term of several words,
    "car leasing", a word is read like any other)."""
    senses = vocabulary.senses

    def parts(label: str) -> list[str]:
        return [p for token in analyzer.analyse(label).tokens for p in token.parts]

    def norwegian(word: str) -> bool:
        # a word of the Norwegian dictionaries common enough to be meant so ("lift",
        # "legal"; not "hire")
        return word in family_words or (
            senses is not None
            and senses.lemma(word) is not None
            and senses.zipf(word) >= _NORWEGIAN_ZIPF
        )

    def cognate(word: str) -> str | None:
        return english_cognate(word, senses)

    labels, stopwords = catalogue.labels, vocabulary.stopwords
    return learn_english(labels, parts, norwegian, stopwords, frozenset(family_words), cognate)


def joined_english(
    raw: Sequence[str],
    english: Mapping[str, object],
    listed: Mapping[str, object],
    lexicon: Lexicon | None,
) -> dict[int, str]:
    """English compounds written as two words that the catalogue or the vocabulary's list
    knows written as one ("snow blowers" is "snowblowers", "lawn mower" "lawnmower"): the
    position of the second word -> the word the two make, which it is read as (the first is
    read as itself: "snow" is "snø"). Only when the second is no Norwegian word (two
    Norwegian words written apart meet their compound as they are), or a rare one ("pumps"
    in "heat pumps": a text reads it alike wherever it stands)."""
    if not english and not listed:
        return {}
    starts = _starts(english, listed)
    if starts.isdisjoint(raw):
        return {}  # (most texts: no word starts an English compound)
    found: dict[int, str] = {}
    for position in range(1, len(raw)):
        first, second = raw[position - 1], raw[position]
        if len(second) < _MIN_LENGTH or first not in starts:
            continue
        if not (first.isascii() and second.isascii() and first.isalpha() and second.isalpha()):
            continue
        joined = (first + second).lower()
        stem = english_stem(joined)
        if not any(w in english or w in listed for w in (joined, stem)):
            continue
        lower = second.lower()
        if lexicon is None or lexicon.lemma(lower) is None or lexicon.zipf(lower) < _NORWEGIAN_ZIPF:
            found[position] = joined
    return found


#: Words no English compound written apart starts with ("for", "med", "the").
_FUNCTION_WORDS: Final = _ENGLISH_MARKERS | _NORWEGIAN_MARKERS | {"for", "den", "det", "har"}
#: The first parts an English compound of the tables can be cut into (``_starts``), for the
#: tables they were worked out for (kept while those tables are the analyzer's).
_STARTS: dict[str, tuple[Mapping[str, object], Mapping[str, object], int, frozenset[str]]] = {}


def _starts(english: Mapping[str, object], listed: Mapping[str, object]) -> frozenset[str]:
    """Every start of an entry of the tables that leaves a word of some length after it, as
    written in lower case and capitalised; no function word of either language ("for")."""
    kept = _STARTS.get("")
    size = len(english) + len(listed)
    if kept is not None and kept[0] is english and kept[1] is listed and kept[2] == size:
        return kept[3]
    lower = {
        word[:cut]
        for table in (english, listed)
        for word in table
        for cut in range(_MIN_LENGTH, len(word) - _MIN_LENGTH + 1)
    } - _FUNCTION_WORDS
    starts = frozenset(lower | {w.capitalize() for w in lower})
    _STARTS[""] = (english, listed, size, starts)
    return starts
