"""Readings of short and common words the dictionaries' form rules get wrong (``lexicon``).

* A headword of its own is not read as the genitive of another word, nor as a form of a word
  of two letters: «rens» (the cleaning) is no «ren» + «-s», «ren» no «re» + «-n»; «ris», «kurs»
  are no «ri», «kur».
* A word the dictionaries list whole is not read as a compound whose last part is a function
  word, a numeral or a pronoun («parkett» is no «park» + «ett»; «-alt», «-man» end no need).
* A noun in «-ing» the dictionary lists without plural forms («framskriving») has them
  all the same: «framskrivinger» is its plural, not «fram» + «skrivinger».
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .lexicon_language import MIN_PART

if TYPE_CHECKING:
    from .lexicon import Lexicon

__all__ = ["function_head", "ing_plural", "own_headword"]

#: A head this common (Zipf) that is no noun, or this common even as a noun, is a function
#: word, a numeral or a pronoun: «ett», «fire», «alt», «man». Common nouns stay heads
#: («tre» 5.8, «bil» 5.3, «tak» 5.0).
_FUNCTION_ZIPF: Final = 5.5
_FUNCTION_NOUN_ZIPF: Final = 6.0
#: ... and only a short one (a long common word is a word: «arbeid»).
_FUNCTION_LENGTH: Final = 4
#: Endings of the definite and the plural of a noun in «-ing».
_ING_ENDINGS: Final = ("ene", "er", "en", "a")


def own_headword(lexicon: Lexicon, word: str, inflected: list[str]) -> bool:
    """``word`` is a headword of its own (not only a listed form) and each other word it could
    be a form of is its genitive («ren» for «rens») or shorter than a part can be («re»)."""
    flags = lexicon.nb.entries.get(word)
    if not flags or flags.startswith("="):
        return False
    return all(len(w) < MIN_PART or w + "s" == word for w in inflected)


def function_head(lexicon: Lexicon, head: str) -> bool:
    """``head`` is a short function word, numeral or pronoun, no last part of a compound."""
    if len(head) > _FUNCTION_LENGTH:
        return False
    zipf = lexicon.frequency.get(head, 0.0)
    noun = lexicon.nb.is_base(head)
    return zipf >= (_FUNCTION_NOUN_ZIPF if noun else _FUNCTION_ZIPF)


def ing_plural(lexicon: Lexicon, word: str) -> str | None:
    """The noun in «-ing» a form with a noun's ending is of, when the dictionary lists the noun
    as a headword of its own («framskrivinger» -> «framskriving»); None otherwise."""
    entries = lexicon.nb.entries
    for ending in _ING_ENDINGS:
        noun = word[: -len(ending)]
        if word.endswith(ending) and noun.endswith("ing") and len(noun) > MIN_PART + 3:
            flags = entries.get(noun)
            if flags is not None and not flags.startswith("="):
                return noun
    return None
