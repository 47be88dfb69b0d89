"""English words read as Norwegian, learnt from the CPV catalogue the user loaded.

Every CPV code has an English and a Norwegian label ("Car hire" / "Bilutleie"). Over the ~9,000
label pairs an English word and the Norwegian word (compound part) it translates occur in the
same codes far more often than by chance: the pair with the highest Dice coefficient
``2·both / (english + norwegian)`` is taken, when they share enough codes and no other
Norwegian word comes close. Nothing is written by hand and nothing is shipped: the table is
made from the catalogue at the start of a run (the catalogue's licence stays the user's).

An English word is only read so when it is no Norwegian word ("hire", "guarding"; not
"service", "system", which the Norwegian reading already covers). The token keeps the word as
written, so a reason quotes the English word the line has.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Final

__all__ = ["english_stem", "learn_english"]

_WORD: Final = re.compile(r"[a-z]+")
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


def english_stem(word: str) -> str:
    """A light English stem: plurals and "-ing"/"-ed" left as they are except the plural
    "-s"/"-ies" ("courses" -> "course", "supplies" -> "supply")."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def learn_english(
    labels: Mapping[str, tuple[str, str]],
    norwegian_parts: Callable[[str], Iterable[str]],
    is_norwegian: Callable[[str], bool],
    stopwords: frozenset[str],
) -> dict[str, str]:
    """English stem -> Norwegian lemma, from the label pairs of a catalogue.

    ``norwegian_parts(label)`` gives the lemmas of the Norwegian label's words and compound
    parts; ``is_norwegian(word)`` tells Norwegian words (never translated), and so is a word
    the Norwegian labels use.
    """
    english_count: Counter[str] = Counter()
    norwegian_count: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    in_labels: set[str] = set()
    for code in sorted(labels):
        label_no, label_en = labels[code]
        if not label_no or not label_en:
            continue
        english = {
            english_stem(w)
            for w in _WORD.findall(label_en.lower())
            if len(w) >= _MIN_LENGTH and w not in stopwords
        }
        norwegian = {p for p in norwegian_parts(label_no) if len(p) >= _MIN_LENGTH}
        in_labels.update(_WORD.findall(label_no.lower()))
        if not english or not norwegian:
            continue
        english_count.update(english)
        norwegian_count.update(norwegian)
        both.update((e, n) for e in english for n in norwegian)
    best: dict[str, list[tuple[float, str]]] = {}
    for (e, n), shared in both.items():
        if shared < _MIN_SHARED_STRONG:
            continue
        dice = 2 * shared / (english_count[e] + norwegian_count[n])
        if shared < _MIN_SHARED and dice < _STRONG_DICE:
            continue
        if dice >= _MIN_DICE:
            # the evidence: how strongly, and in how many codes ("hire" is "utleie" in 21
            # codes and beside "sjåfør" in 9: "hire of cars with driver")
            best.setdefault(e, []).append((dice * shared, n))
    result: dict[str, str] = {}
    for e, options in sorted(best.items()):
        if e in in_labels or is_norwegian(e):
            continue  # a word the Norwegian labels use too ("catering"), or a Norwegian word
        options.sort(key=lambda o: (-o[0], o[1]))
        evidence, n = options[0]
        second = options[1][0] if len(options) > 1 else 0.0
        if evidence >= _MARGIN * second:
            result[e] = n
    return result
