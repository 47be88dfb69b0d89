"""Readings of short and common words the dictionaries' form rules get wrong (``lexicon``).

* A headword of its own is not read as a form of a word of two letters, nor as «-s» on a
  word that is no noun: «rens» (the cleaning) is no «ren» + «-s».
* A word the dictionaries list whole is not read as a compound whose last part is a function
  word, a numeral or a pronoun («parkett» is no «park» + «ett», «taktil» no «tak» + «til»).
* A noun in «-ing» the dictionary lists without plural forms («framskriving») has them
  all the same: «framskrivinger» is its plural, not «fram» + «skrivinger».
* A nynorsk plural or definite form of a common noun is that noun where bokmål lists the
  same letters as a rare word of its own: «skolar» is the plural of «skole», not a scholar.
* A compound only the nynorsk dictionary lists, with no bokmål pair, is read as the bokmål
  word its parts make: «breibandsnett» is «bredbåndsnett».
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .lexicon_language import MIN_PART

if TYPE_CHECKING:
    from .lexicon import Lexicon

__all__ = [
    "function_head",
    "ing_plural",
    "nynorsk_listed_compound",
    "nynorsk_noun_form",
    "own_headword",
    "participle",
]

#: A head this common (Zipf) that is no noun is a function word, a numeral or a pronoun:
#: «ett», «til». A noun stays a head however common, also one that is a preposition too
#: («bjørke|ved», «post|gang», «jule|tre»).
_FUNCTION_ZIPF: Final = 5.5
#: ... and only a short one (a long common word is a word: «arbeid»).
_FUNCTION_LENGTH: Final = 4
#: A headword read whole so is a word of running text at least this common (Zipf).
_RUNNING_TEXT: Final = 2.5
#: How common (Zipf) the bokmål noun of a nynorsk form must be to be read over a rare bokmål
#: headword spelt as the form (``nynorsk_noun_form``).
_COMMON_NOUN: Final = 3.0
#: Endings of nouns only nynorsk writes (plurals «-ar», «-ane»; neuter plurals and feminine
#: definites «-a»): a bokmål headword ending so may be such a form (``nynorsk_noun_form``).
_NYNORSK_ENDINGS: Final = ("ar", "ane", "a")
#: Derivational suffixes of both written standards that the dictionaries also list as words:
#: no last part of a compound only nynorsk lists (``nynorsk_listed_compound``: «personlegdom»
#: is no «personleg» + «dom»).
_SUFFIX_WORDS: Final = frozenset({"dom", "het", "heit", "skap", "nad", "leik", "else"})
#: How many parts such a compound has.
_MIN_PARTS: Final = 2
_MAX_PARTS: Final = 3
#: Linking letters tried between the bokmål parts of such a compound.
_LINKS: Final = ("", "s", "e")
#: Endings of the definite and the plural of a noun in «-ing».
_ING_ENDINGS: Final = ("ene", "er", "en", "a")


def own_headword(lexicon: Lexicon, word: str, inflected: list[str]) -> bool:
    """``word`` is a headword of four letters or more (no listed form only; a word of three
    read whole would end junk splits: «-ter», «-den») and each other word it could
    be a form of is shorter than a part can be («re») or no noun, so that «-s» makes no
    genitive of it («ren» for «rens»; «barns» stays the genitive of the noun «barn»)."""
    flags = lexicon.nb.entries.get(word)
    if not flags or flags.startswith("=") or len(word) <= MIN_PART:
        return False
    if lexicon.frequency.get(word, 0.0) < _RUNNING_TEXT:
        return False  # a rare headword ("orer") is likelier a form of the common word
    nb = lexicon.nb
    return all(len(w) < MIN_PART or (w + "s" == word and not nb.is_base(w)) for w in inflected)


def function_head(lexicon: Lexicon, word: str, parts: tuple[str, ...]) -> bool:
    """The last of a listed ``word``'s ``parts`` is a short function word, numeral or pronoun,
    no last part of a compound; unless the word is a form of its first part, which the split
    reads right («kummer» is the plural of «kum», no «kum» + «mer»)."""
    head = parts[-1]
    if len(head) > _FUNCTION_LENGTH or lexicon.nb.is_base(head):
        return False
    common = lexicon.frequency.get(head, 0.0) >= _FUNCTION_ZIPF
    return common and parts[0] not in lexicon.nb.lemmas(word)


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


def nynorsk_noun_form(lexicon: Lexicon, word: str, found: str | None) -> str | None:
    """``found``, the lemma read for ``word``; but when that is the word itself, a bokmål
    headword running text never uses (not in the frequency list) and no nynorsk headword,
    which nynorsk reads as a plural or definite form of a noun whose bokmål word is a common
    noun, that noun: «skolar» is the plural of «skole», not «skolar» (a scholar); «våpna»,
    «dokumenta» are «våpen», «dokument». Only for endings bokmål nouns do not have, and not
    for a noun so common it is mostly a function word («skal»: «skalar» is a scalar). A
    bokmål word of running text keeps its sense."""
    if found != word or word in lexicon.frequency or word in lexicon.nn.entries:
        return found
    if not word.endswith(_NYNORSK_ENDINGS):
        return found
    nb, nn = lexicon.nb, lexicon.nn
    for base in nn.lemmas(word):
        noun = lexicon.nn_nb.get(base, base)
        if base == word or noun == word or not nn.is_base(base) or not nb.is_base(noun):
            continue
        if _COMMON_NOUN <= lexicon.frequency.get(noun, 0.0) < _FUNCTION_ZIPF:
            return lexicon.lemma(noun) or noun
    return found


def participle(lexicon: Lexicon, word: str) -> str | None:
    """A present participle neither dictionary lists ("boende", "kontrollerende"): a word
    of its own (a person or thing that does it), read whole; None when the word is none."""
    if not word.endswith("ende") or len(word) < MIN_PART + 3:
        return None
    stem = word[:-4]
    for verb in (stem, stem + "e"):
        flags = lexicon.nb.entries.get(verb)
        if flags is not None and not flags.startswith("="):
            return word
    return None


def nynorsk_listed_compound(
    lexicon: Lexicon, word: str, parts: tuple[str, ...]
) -> tuple[str, ...] | None:
    """The reading of a compound only the nynorsk dictionary lists, spelt as nynorsk and
    paired with no bokmål word (its lemma is itself), given its parts in bokmål (``parts``):
    the bokmål word the parts make, joined directly or with a linking letter, as that word is
    read («breibandsnett»: «bredbåndsnett»), so that the two written standards read alike;
    None when they make no bokmål word of running text (their parts alone read too many
    nynorsk words wrong), or a shorter one than the nynorsk spelling gives (a doer is no
    thing: «oppslagar» is no «opplag»), for any other word (a nynorsk noun headword only), or
    when the last part is a suffix («personleg» + «dom»)."""
    nb = lexicon.nb.entries
    if not _MIN_PARTS <= len(parts) <= _MAX_PARTS or word in nb or not lexicon.nn.is_base(word):
        return None
    if lexicon.lemma(word) != word or parts[-1] in _SUFFIX_WORDS:
        return None
    joined = [parts[0]]
    for part in parts[1:]:
        joined = [w + link + part for w in joined for link in _LINKS]
    for bokmal in joined:
        if bokmal == word or nb.get(bokmal, "=").startswith("="):
            continue
        if bokmal in lexicon.frequency and len(bokmal) >= len(word) - 1:
            return lexicon.split(bokmal) or (bokmal,)
    return None


def nynorsk_verbal_noun(lexicon: Lexicon, word: str) -> str | None:
    """The bokmål noun of a nynorsk verbal noun with no bokmål word of its own
    ("strøyming": the bokmål verb of "strøyme" is "strømme", its noun "strømming"), when
    bokmål writes that noun (a dictionary word or one of running text); None otherwise."""
    if not word.endswith("ing") or len(word) < MIN_PART + 3:
        return None
    mapped = lexicon.nn_nb.get(word[:-3] + "e")
    if mapped is None or not mapped.endswith("e"):
        return None
    noun = mapped[:-1] + "ing"
    known = noun in lexicon.nb.entries or noun in lexicon.frequency
    return noun if noun != word and known else None


#: A word at least this common (Zipf) in bokmål running text, and one unit commoner than the
#: bokmål word the nynorsk table gives for it, is bokmål itself (``running_bokmal``).
_RUNNING_BOKMAL: Final = 3.0


def running_bokmal(lexicon: Lexicon, word: str, target: str) -> bool:
    """``word`` is common in bokmål running text and far commoner there than ``target``,
    the bokmål word the nynorsk table gives for it ("ute" is no "uti", "snart" no "snert")."""
    own = lexicon.frequency.get(word, 0.0)
    return own >= _RUNNING_BOKMAL and own - lexicon.frequency.get(target, 0.0) >= 1.0
