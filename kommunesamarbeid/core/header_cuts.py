"""Header words cut short and ended with a full stop: "Beskr.", "Kunngj.", "Est. årl. verdi",
"Ansv. enh." and compounds cut in both parts, "Avt.per.".

A cut is read as the synonym words it starts ("beskr" -> "beskrivelse") when that is clear:
the words it starts belong to one field, or one field is clearly the best reading of the cut
alone ("ansv": "ansvarlig" is the contact person; "ansvarlig enhet" needs a second word). A cut
that fits many fields ("ans": anskaffelse, anskaffelsesnr, ansvarlig …; "avt": avtale,
avtalenr, avtaletid …) says nothing, and neither does one of fewer than three letters. A cut
that stops inside the first part of a compound reads that first part, not the compound: "kontr."
is "kontrakt", not "kontraktsverdi" or "kontraktstid", and "komm." no "kommunalområde".

A word that is itself a synonym word is that word with or without its full stop ("Ref.",
"Løpenr.", "Kunngj."); a cut with no clear reading stays the word it is, as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kommunesamarbeid.core.header_words import SYNONYMS, VOCABULARY, Field

__all__ = ["cut_matches", "cut_reading", "header_tokens", "is_cut"]

_LETTERS = "a-zæøåäöéèüáà"
#: A cut (letters, possibly several pieces joined by full stops, ending in one), pieces joined
#: by full stops whose last piece has none ("Avt.tid"), or a word.
_TOKEN_RE = re.compile(
    rf"[{_LETTERS}]+(?:\.[{_LETTERS}]+)*\.(?![{_LETTERS}])|[{_LETTERS}]+(?:\.[{_LETTERS}]+)+|[0-9{_LETTERS}]+"
)
#: The fewest letters a cut keeps to say anything ("Be." and "Nr." are not cuts).
_MIN_CUT = 3
#: The fewest letters of each piece of a compound cut in both parts ("avt.per.").
_MIN_PIECE = 2
#: How far the best field of a cut must lead the next one for the cut to be clear.
_MARGIN = 0.2
#: The shortest last part of a compound that is a word of its own ("-område", "-verdi").
_MIN_HEAD = 4
#: The shortest first part of a compound.
_MIN_MODIFIER = 3
#: What may follow a word in its own forms (not a compound): "opsjon|er", "innkjøp|ets".
_ENDINGS = frozenset(
    {"a", "e", "n", "r", "s", "t", "ar", "en", "er", "et", "na", "ne", "ns", "ts",
     "ane", "ene", "ens", "ers", "ets", "ars"}
)  # fmt: skip
#: The mark a cut keeps in a header's tokens (the pieces are joined by it as written).
_STOP = "."


def is_cut(token: str) -> bool:
    """Whether a token of ``header_tokens`` is a cut with a clear reading."""
    return token.endswith(_STOP)


def header_tokens(lowered: str) -> list[str]:
    """A lower-cased header as words, each clear cut kept as written with its full stop
    ("est. årl. verdi" -> ["est", "årl.", "verdi"]); other cuts are their plain words."""
    tokens: list[str] = []
    for match in _TOKEN_RE.finditer(lowered):
        token = match.group()
        if _STOP not in token:
            tokens.append(token)
            continue
        written_out = not token.endswith(_STOP)  # "avt.tid": the last piece is written out
        pieces = tuple(token.rstrip(_STOP).split(_STOP))
        if len(pieces) > 1 and _completions(pieces):
            tokens.append(token + _STOP if written_out else token)
        elif written_out:
            tokens.extend(_piece_tokens(pieces[:-1]))
            tokens.append(pieces[-1])
        else:
            tokens.extend(_piece_tokens(pieces))
    return tokens


def _piece_tokens(pieces: tuple[str, ...]) -> list[str]:
    """Each piece of a cut with no clear reading as a whole: a clear cut, or its plain word."""
    return [piece + _STOP if _completions((piece,)) else piece for piece in pieces]


def cut_matches(cut: str, word: str) -> bool:
    """Whether a synonym word is one of the words a clear cut ("beskr.") stands for."""
    return word in _completions(tuple(cut[:-1].split(_STOP)))


def cut_reading(cut: str) -> str:
    """The one word a clear cut is read as where a single word is needed (whether a value
    header says per year: "årl." -> "årleg"): the word of its best field, the shortest."""
    pieces = tuple(cut[:-1].split(_STOP))
    words = _completions(pieces)
    strength = _word_strength(words)
    return min(words, key=lambda w: (-strength[w], len(w), w)) if words else cut[:-1]


@lru_cache(maxsize=4096)
def _completions(pieces: tuple[str, ...]) -> frozenset[str]:
    """The synonym words a cut stands for, or none when the cut is not clear."""
    if len(pieces) == 1:
        cut = pieces[0]
        if len(cut) < _MIN_CUT or cut in VOCABULARY:
            return frozenset()
        words = frozenset(
            w for w in VOCABULARY if w.startswith(cut) and w != cut and not _in_modifier(cut, w)
        )
    else:
        if any(len(p) < _MIN_PIECE for p in pieces):
            return frozenset()
        words = frozenset(w for w in VOCABULARY if _has_pieces(w, pieces))
    return words if _clear(words) else frozenset()


def _has_pieces(word: str, pieces: tuple[str, ...]) -> bool:
    """The word starts with the first piece and holds the others after it, in order."""
    if not word.startswith(pieces[0]):
        return False
    at = len(pieces[0])
    for piece in pieces[1:]:
        found = word.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _in_modifier(cut: str, word: str) -> bool:
    """The cut ends inside the first part of a compound: a synonym word and more than an
    ending ("kontr" in "kontrakt|stid", "avt" in "avtale|nr"), or the part before a synonym
    word of its own ("komm" in "kommunal|område"). It reads that first part, not the compound."""
    for split in range(_MIN_MODIFIER, len(word)):
        modifier, rest = word[:split], word[split:]
        known_modifier = modifier in VOCABULARY and rest not in _ENDINGS
        known_head = len(rest) >= _MIN_HEAD and rest in VOCABULARY
        if (known_modifier or known_head) and len(cut) <= split:
            return True
    return False


def _field_strengths(words: frozenset[str]) -> dict[Field, float]:
    """How well the cut alone reads as each field: a synonym's weight times the share of its
    words the cut stands for ("ansv" is all of "ansvarlig", half of "ansvarlig enhet")."""
    strengths: dict[Field, float] = {}
    for fld, synonyms in SYNONYMS.items():
        for phrase, weight in synonyms:
            phrase_words = phrase.split()
            share = sum(1 for w in phrase_words if w in words) / len(phrase_words)
            if share:
                strengths[fld] = max(strengths.get(fld, 0.0), weight * share)
    return strengths


def _clear(words: frozenset[str]) -> bool:
    """One field, or one clearly ahead of the others."""
    ranked = sorted(_field_strengths(words).values(), reverse=True)
    return bool(ranked) and (len(ranked) == 1 or ranked[0] - ranked[1] >= _MARGIN)


def _word_strength(words: frozenset[str]) -> dict[str, float]:
    """Each word's best single reading: the weight of its strongest synonym share."""
    strength = dict.fromkeys(words, 0.0)
    for synonyms in SYNONYMS.values():
        for phrase, weight in synonyms:
            phrase_words = phrase.split()
            for w in phrase_words:
                if w in strength:
                    strength[w] = max(strength[w], weight / len(phrase_words))
    return strength
