"""Words cut short read by the run: a cut the vocabulary cannot read is often clear among the
words the run's other lines write whole.

A municipality that writes its plan short ("Drikkev. t/ storkjøkk.", "Serv. nødstr.aggr.") is
pooled with plans that write the same needs in full. A cut that the word lists find ambiguous
("vedl." is "vedlegg" or "vedlikehold", "serv." "service" or "servere") or do not know is read
as the one word the run writes whole that starts with it and goes on with a vowel after it
(writers cut after a consonant: "vannv|erket", "serv|ice"), and a compound cut in both parts
("nødstr.aggr.") as the one word of the run that starts with the first and has the second
later. A cut that reaches only the first part of a compound means that part ("gravf." in a run
with "gravferdsbyrå" and "gravferdstjenester" is "gravferd"). Where the run has more than one
such word, the one it writes in three times as many lines as any other is taken, or else the
one written in lines of the CPV division of the cut's line, when only one is.

Only words that are cuts are read so: written before a full stop and either no word at all,
or a word read only as the start of another (``truncated``) that the run does not write, or a
word followed by a full stop in the middle of the text ("Kjem. f/ svømmeanl.": a full stop
before a small letter ends no sentence). The line is read again with the cut written as the
run writes it, and every word the reading quotes is put back as the line writes it: a reason
quotes the cut, never the word it was read as. Nothing here is stored with a line's
analysis: it depends on the run's other lines (what is kept is the analysis of the text as
read again, under that text: a text's analysis never depends on the run).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

from kommunesamarbeid.core.overlap.features import LineFeatures, TextModel
from kommunesamarbeid.core.overlap.line_features import replaced

__all__ = ["RunWords", "read_cuts"]

#: A word cut short before a full stop ("vannv.", "pH-just."): its letters (the last part of a
#: hyphenated word), not after a letter, digit or full stop, and no letter after the stop.
_CUT: Final = re.compile(r"(?<![\w.])((?:[^\W\d_]+-)*)([^\W\d_]{3,})\.(?![^\W\d_]|\d)")
#: A compound cut in its first part and written or cut in its last ("nødstr.aggr.").
_PIECES: Final = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.([^\W\d_]{2,})(\.?)(?![\w.])")
#: After a full stop in the middle of a text: a small letter or a sign that goes on.
_GOES_ON: Final = re.compile(r"\s*[a-zæøå(/,&+]")
#: The letters a cut and the words it may stand for are first sorted by.
_START: Final = 3
_VOWELS: Final = frozenset("aeiouyæøå")
#: A word the run writes in this many times as many lines as any other a cut may stand for
#: is the one it stands for ("komm." in a run of "kommunale" and one "kommunikasjon").
_DOMINATES: Final = 3


class RunWords:
    """The words the run's lines write whole (not before a full stop), by how they start."""

    def __init__(
        self,
        lines: Iterable[tuple[int, Iterable[str], str | None]],
        word: Callable[[str], tuple[str, tuple[str, ...]]],
    ) -> None:
        """``lines``: per line its id, its words and its CPV code (or None)."""
        self._word = word
        lines_of: dict[str, set[int]] = {}
        codes: dict[str, set[str]] = {}
        for line_id, words, cpv in lines:
            for written in words:
                lines_of.setdefault(written, set()).add(line_id)
                if cpv:
                    codes.setdefault(written, set()).add(cpv[:2])
        self._lines = lines_of
        self._codes = codes
        self._sorted = sorted(lines_of)
        self._keys: dict[str, str] = {}

    def key(self, written: str) -> str:
        if written not in self._keys:
            self._keys[written] = self._word(written)[0]
        return self._keys[written]

    def has_key(self, key: str) -> set[str]:
        """The words of the run whose key is ``key`` (looked for among words that start as
        the key does)."""
        start = key.split("+", 1)[0][:4]
        return {w for w in self._starting(start) if self.key(w) == key}

    def _starting(self, start: str) -> list[str]:
        at = bisect.bisect_left(self._sorted, start)
        end = bisect.bisect_left(self._sorted, start + "\uffff")
        return self._sorted[at:end]

    def meaning(self, cut: str, later: str = "", division: str | None = None) -> str | None:
        """The word of the run ``cut`` stands for (as written), or None when there is none or
        more than one; ``later``: the start of a last part written after the cut."""
        found: dict[str, tuple[Counter[str], set[int], set[str]]] = {}
        for written in self._starting(cut):
            if len(written) <= len(cut) + 1 or written[len(cut)] not in _VOWELS:
                continue
            if later and later not in written[len(cut) + 1 :]:
                continue
            meant = written if later else self._reached(cut, written)
            if meant is None:
                continue
            key = self.key(meant)
            words, lines, codes = found.setdefault(key, (Counter(), set(), set()))
            words[meant] += len(self._lines[written])
            lines.update(self._lines[written])
            codes.update(self._codes.get(written, ()))
        if not found:
            return None
        if len(found) > 1:
            ranked = sorted(len(lines) for _, lines, _ in found.values())
            if ranked[-1] >= _DOMINATES * ranked[-2]:
                top = max(found, key=lambda k: len(found[k][1]))
                found = {top: found[top]}
        if len(found) > 1 and division is not None:
            same = [key for key, (_, _, codes) in found.items() if division in codes]
            if len(same) == 1:
                found = {same[0]: found[same[0]]}
        if len(found) != 1:
            return None
        words = next(iter(found.values()))[0]
        return min(words, key=lambda w: (-words[w], len(w), w))

    def _reached(self, cut: str, written: str) -> str | None:
        """The part of ``written`` a cut reaches into, with the parts before it: the whole
        word, or the first parts of a compound the cut ends in ("gravf" of "gravferdsbyrå"
        is "gravferd"); None when the parts cannot be found in the word as written."""
        parts = self._word(written)[1]
        if len(parts) < 2:
            return written
        joined = ""
        for part in parts[:-1]:
            joined += part
            if len(joined) >= len(cut):
                return joined if written.startswith(joined) else None
        return written


def read_cuts(
    model: TextModel, features: Sequence[LineFeatures], places: frozenset[str]
) -> list[LineFeatures]:
    """The lines with words cut short read as the run writes them (see the module)."""
    cuts = {
        n: found
        for n, feature in enumerate(features)
        if "." in feature.line.description and (found := _matches(feature.line.description))
    }
    if not cuts:
        return list(features)
    starts = {_cut_of(match)[:_START] for found in cuts.values() for match in found}
    run = RunWords(_written_whole(features, starts), model.analyzer.word)
    result = list(features)
    for n, found in cuts.items():
        feature = features[n]
        rewritten, quoted = _rewritten(model, run, feature, found)
        if quoted:
            line = dataclasses.replace(feature.line, description=rewritten)
            result[n] = _as_written(model.line(line, places), feature, quoted)
    return result


def _cut_of(match: re.Match[str]) -> str:
    """The cut a match of ``_matches`` finds (the first part of a compound cut in both)."""
    return match.group(1 if match.re is _PIECES else 2).lower()


def _written_whole(
    features: Sequence[LineFeatures], starts: set[str]
) -> Iterator[tuple[int, list[str], str | None]]:
    """Per line its id, the words its text writes whole (not before a full stop) that start
    as a cut does, in small letters, and its CPV code (texts that repeat are read once)."""
    alternatives = "|".join(sorted(map(re.escape, starts)))
    # (a possessive run of letters: a word before a full stop is not taken in part)
    whole = re.compile(rf"(?<![^\W\d_])(?:{alternatives})[^\W\d_]++(?!\.)")
    seen: dict[str, list[str]] = {}
    for feature in features:
        line = feature.line
        text = f"{line.description} {line.details}" if line.details else line.description
        words = seen.get(text)
        if words is None:
            words = seen[text] = whole.findall(text.lower())
        yield line.id, words, line.cpv or feature.cpv


def _rewritten(
    model: TextModel, run: RunWords, feature: LineFeatures, found: list[re.Match[str]]
) -> tuple[str, dict[str, str]]:
    """The text with its cuts the run reads written as the run writes them, and what was put
    in for what (the word put in -> the cut as written, in small letters)."""
    quoted: dict[str, str] = {}
    keys_of: dict[str, str] = {}
    for key, surface in feature.surfaces.items():
        keys_of.setdefault(surface, key)  # (a compound's key comes before its parts')
    division = (feature.line.cpv or "")[:2] or None
    pieces: list[str] = []
    end = 0
    text = feature.line.description
    for match in found:
        meant = _meant(model, run, match, keys_of, text, division)
        if meant is None:
            continue
        start, stop, written, prefix = meant
        pieces.append(text[end:start])
        cut = text[start:stop]
        put = written.capitalize() if cut[:1].isupper() else written
        pieces.append(put)
        # (the reading writes a hyphenated word whole: "ph-justering" for "pH-just.")
        quoted[(prefix + written).lower()] = (prefix + cut.rstrip(".")).lower()
        end = stop
    if not quoted:
        return text, {}
    pieces.append(text[end:])
    return "".join(pieces), quoted


def _matches(text: str) -> list[re.Match[str]]:
    """The cuts of a text in their order: compounds cut in both parts, and single words."""
    found = list(_PIECES.finditer(text))
    taken = [(m.start(), m.end()) for m in found]
    for match in _CUT.finditer(text):
        if not any(a <= match.start() < b for a, b in taken):
            found.append(match)
    return sorted(found, key=lambda m: m.start())


def _meant(
    model: TextModel,
    run: RunWords,
    match: re.Match[str],
    keys_of: dict[str, str],
    text: str,
    division: str | None,
) -> tuple[int, int, str, str] | None:
    """Where a cut is and the word it is read as, or None when it is left as it is read."""
    analyzer = model.analyzer
    lexicon = analyzer.lexicon
    if lexicon is None:
        return None
    if match.re is _PIECES:
        first, second = match.group(1).lower(), match.group(2).lower()
        meant = run.meaning(first, later=second[:3], division=division)
        if meant is None or run.key(meant) in keys_of.values():
            return None  # none, or read so already
        current = keys_of.get(f"{first}.{second}")
        if current is not None and run.has_key(current):
            return None  # read whole as a word the run writes too ("forbr.mat.")
        return match.start(), match.end(), meant, ""
    prefix, cut = match.group(1), match.group(2).lower()
    surface = (prefix + cut).lower()
    if surface not in keys_of or cut[-1] in _VOWELS:
        return None  # no content word (a stop word, a name), or no cut ("kafe.")
    meant = run.meaning(cut, division=division)
    if meant is None:
        return None
    key = run.key(meant)
    current = keys_of[surface]
    if key in current.split("+") or current.endswith(key):
        return None  # read so already
    own = current == cut or current.endswith("+" + cut) or lexicon.lemma(cut) is not None
    goes_on = _GOES_ON.match(text, match.end()) is not None
    if own and lexicon.lemma(cut) is not None and not goes_on:
        return None  # a word of its own before a full stop that may end a sentence
    if not own and (run.has_key(current) or meant.startswith(_written(current))):
        return None  # read as a word the run writes too, or as the start of the run's word
        # ("kirkeg." is "kirkegård", not the "kirkegårdsmuren" of another line)
    return match.start() + len(prefix), match.end(), meant, prefix


def _written(key: str) -> str:
    return key.replace("+", "")


def _as_written(read: LineFeatures, feature: LineFeatures, quoted: dict[str, str]) -> LineFeatures:
    """The features of a text read again, with the line as it is and every word quoted as
    the line writes it (``quoted``: the word put in -> the cut)."""

    def back(word: str) -> str:
        return quoted.get(word, word)

    def joined(words: str) -> str:
        return " + ".join(back(w) for w in words.split(" + "))

    return replaced(
        read,
        {
            "line": feature.line,
            "surfaces": {k: back(s) for k, s in read.surfaces.items()},
            "matched_terms": {f: joined(w) for f, w in read.matched_terms.items()},
            "cpv_words": tuple(back(w) for w in read.cpv_words),
            "role_words": tuple(back(w) for w in read.role_words),
            "specifics": tuple(back(w) for w in read.specifics),
            "object_words": tuple(back(w) for w in read.object_words),
        },
    )
