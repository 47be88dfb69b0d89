"""The word-sense lexicon: which words are real Norwegian words, their lemmas, how common.

Built by ``scripts/build_lexicon.py`` from the Hunspell dictionaries and wordfreq. Only
*inflection* links a form to its lemma ("tjenestene", nynorsk "tenester" -> "tjeneste"); a
derived word is its own sense ("servering" is not "servere"): a shared stem never links.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from . import respelling as _respelling
from .lexicon_files import columns as _columns
from .lexicon_files import data_text as _data_text
from .lexicon_forms import (
    function_head,
    ing_plural,
    nynorsk_listed_compound,
    nynorsk_noun_form,
    nynorsk_verbal_noun,
    own_headword,
    participle,
    running_bokmal,
)
from .lexicon_language import (
    COMPOUND_FLAG,
    IRREGULAR_ADJECTIVES,
    IRREGULAR_COMPARISON,
    Language,
    read_language,
)
from .lexicon_language import MIN_PART as _MIN_PART
from .respelling import laus_to_los, respelt, running_respelling, side_spellings, vowel_respelt

__all__ = ["COMPOUND_FLAG", "Lexicon", "load_lexicon"]

#: A known word at least this common (Zipf) is read whole: its meaning is its own
#: ("veiledning" is not vei + ledning, "sykehjem" not syke + hjem).
_LEXICALISED: Final = 2.5
#: Zipf of a dictionary word too rare to be in the frequency list.
_RARE: Final = 1.5
_LINKS: Final = ("s", "e")
#: The least letters of a word known only from the frequency list read as a compound's first
#: part, and of the known word after it (``Lexicon._seen_modifier``).
_SEEN_MODIFIER: Final = 5
_SEEN_HEAD: Final = 5
#: A nynorsk compound is read as the bokmål word its parts make when its last part has at
#: least this many letters and ends the word, or ends it but for an inflection this long.
_BOKMAL_HEAD: Final = 4
_BOKMAL_ENDING: Final = 4
#: Letters that may be written once where two parts meet ("respons|senter", "natt|tog"):
#: after the same letter (the double consonant of "natt", "glass") or an "s".
_CONSONANTS: Final = frozenset("bdfgjklmnprstv")
#: A linking letter makes a reading a little less likely ("strøsand" is strø + sand, not
#: strøs + and).
_LINK_COST: Final = 1.0
#: Compounds a word must start in the dictionaries before its own way of joining is trusted.
_MIN_LINK_EVIDENCE: Final = 5
#: Above this Zipf a word is mostly a function word ("alt", "for"): no likelier a compound part.
_ZIPF_CAP: Final = 5.0
#: Compounds a word must start in the dictionaries before a listed word is read as it + a head.
_TRANSPARENT_MODIFIER: Final = 10
#: How much being the last part of many compounds counts when choosing between two lemmas.
_HEAD_WEIGHT: Final = 1.5
#: How common (Zipf) a word of three letters must be to end a compound.
_SHORT_HEAD_ZIPF: Final = 3.0
#: Endings of a bokmål noun's definite and plural forms ("skole-n", "flyrute-ne",
#: "blomst-er"): such a form is read as the noun even where nynorsk lists the form as a word.
#: The fewest letters of the infinitive that ends a verb compound (``_verb_compound``).
_MIN_VERB: Final = 5
_NOUN_FORM_ENDINGS: Final = ("n", "en", "et", "ne", "ene", "r", "er")
#: Endings of the noun forms the bokmål dictionary lists whole (``Lexicon._listed_noun``),
#: longest first: "-ene" before "-ne" ("helsehus-ene", "rute-ne"), "-a" of neuter plurals and
#: feminine definites ("skytefelt-a", "sykeplei-a").
_LISTED_FORM_ENDINGS: Final = ("ene", "ane", "er", "ar", "en", "et", "ne", "a", "r", "n")
#: Nynorsk endings of nouns, read on a bokmål noun neither dictionary lists with them
#: (``Lexicon._nynorsk_ending``), and what bokmål writes for them before its own ending: the
#: plurals of agent nouns ("printarar" is "printer"), then "-ane", "-ar", "-a" ("serverar").
_NYNORSK_NOUN_ENDINGS: Final = (("arane", "er"), ("arar", "er"), ("ane", ""), ("ar", ""), ("a", ""))
_NYNORSK_LAST_LETTERS: Final = frozenset(ending[-1] for ending, _ in _NYNORSK_NOUN_ENDINGS)

#: What the lemma cache gives for a word not looked up yet (a lemma may be None; no word is).
_UNKNOWN: Final = "\x00"
#: What joins the parts of a key ("renhold+tjeneste"): no word of the dictionaries, the
#: frequency list or the spelling variants has it (a test checks), so a key is never split.
_JOINED: Final = "+"


@dataclass(slots=True)
class Lexicon:
    """Lemmas, compound parts and word frequencies of bokmål and nynorsk."""

    nb: Language
    nn: Language
    nn_nb: dict[str, str]
    frequency: dict[str, float]
    #: word -> compounds of the dictionaries it starts joined directly, with "s", with "e",
    #: and compounds it ends
    links: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    #: the first three letters of every word of the dictionaries (a part can only start so)
    starts: frozenset[str] = frozenset()
    #: Words that start verbs and nouns made of them ("for", "til", "inn"): no modifier of a
    #: word the dictionaries list whole.
    particles: frozenset[str] = frozenset()
    #: The vocabulary's spelling variants of bokmål headwords (spelling_variants.tsv): a
    #: listed form is read as its standard word wherever it stands, also as the last part of
    #: a compound ("pleiesenger": «senger» is «seng», which the dictionaries read as «sang»).
    variants: dict[str, str] = field(default_factory=dict)
    _lemma_cache: dict[str, str | None] = field(default_factory=dict)
    _split_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _compound_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _others_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _modifier_cache: dict[str, tuple[str, float] | None] = field(default_factory=dict)
    _best_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: variants' identity and size, the ends of respelt tails (``_respelt_modifier``)
    _respelt_ends: tuple[tuple[int, int], frozenset[str]] | None = None

    def zipf(self, word: str) -> float:
        """How common a word is (Zipf scale: 3 about once per million words, 5 very common)."""
        found = self.frequency.get(word)
        if found is not None:
            return found
        lemma = self.lemma(word)
        if lemma is None:
            return 0.0
        return self.frequency.get(lemma, _RARE)

    def lemma(self, word: str) -> str | None:
        """The bokmål lemma of a word form (bokmål or nynorsk), None when not a known word."""
        result = self._lemma_cache.get(word, _UNKNOWN)
        if result is not _UNKNOWN:
            return result
        result = self._lemma(word)
        self._lemma_cache[word] = result
        return result

    def _lemma(self, word: str) -> str | None:
        standard = self.variants.get(word)
        if standard is not None and standard != word:
            return self._plain_lemma(standard) or standard
        return (
            nynorsk_noun_form(self, word, laus_to_los(self._plain_lemma(word), self.nb.entries))
            or self._nynorsk_ending(word)
            or participle(self, word)
            or ing_plural(self, word)
        )

    def _nynorsk_ending(self, word: str) -> str | None:
        """A bokmål noun with a nynorsk ending neither dictionary lists ("serverar",
        "uniformane", "printarar"), read as the noun; None when the word is none."""
        if word[-1:] not in _NYNORSK_LAST_LETTERS:
            return None
        for ending, bokmal in _NYNORSK_NOUN_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < _MIN_PART:
                continue
            stem = word[: -len(ending)] + bokmal
            for base in (stem, stem + "e"):
                if self.nb.is_base(base):
                    return self._plain_lemma(base, forms=False)
        return None

    def _plain_lemma(self, word: str, *, forms: bool = True) -> str | None:
        if word in IRREGULAR_COMPARISON:
            return IRREGULAR_COMPARISON[word]  # "større" is "stor", not a plural of "stører"
        if (
            word not in self.nb.entries
            and self.nn.is_base(word)
            and not self._bokmal_noun_form(word)
        ):
            # a nynorsk noun headword is its own lemma, in bokmål spelling ("handverkar" is
            # "handverker", not the plural of "handverk")
            return self._bokmal(word)
        options = self.nb.lemmas(word)
        if forms and self.nb.listed_form(word):
            noun = self._listed_noun(word)
            if noun is not None and noun != word:
                return self._plain_lemma(noun, forms=False)
        if not options or word in self.nn_nb:
            for base in self.nn.lemmas(word):
                mapped = self._bokmal(base)
                if mapped in self.nb.entries or not options:
                    options.append(mapped)
        if not options:
            return None
        # a noun headword is its own lemma ("vikar"), a listed form its headword's ("møbler")
        if word in options and (self.nb.is_base(word) or self.nn.is_base(word)):
            singular = self._listed_plural(word, options)
            return self._bokmal(singular or word)
        inflected = [w for w in options if w != word] or options
        if word in options and (
            self._own_adjective(word, inflected) or own_headword(self, word, inflected)
        ):
            return word  # "stor", not the plural of "sto"; "rens", not "ren" + "-s"
        if (
            self.nb.entries.get(word) == COMPOUND_FLAG
            and word[-1] != "s"
            and all(self.frequency.get(word, 0.0) > self.frequency.get(w, 0.0) for w in inflected)
        ):
            return word  # a loan listed bare ("data", "kamera"); not "dat", "kameer"
        if self._own_verb(word, inflected):
            return word  # "svømme", not "svøm"
        # between nouns, the one more compounds end in; else the commonest
        nouns = all(self.nb.is_base(w) or self.nn.is_base(w) for w in inflected)
        return min(inflected, key=lambda w: (-self._lexeme_weight(w, nouns), len(w), w))

    def _own_adjective(self, word: str, inflected: list[str]) -> bool:
        """An adjective headword that starts compounds (bokmål; nynorsk when bokmål has no such
        headword: "liten"), commoner than each word it could be a form of ("stor" beside
        "sto", whose plural it also is; "liten" beside "lite")."""
        language = self.nb if word in self.nb.entries else self.nn
        # (an irregular one need not start compounds: nynorsk lists "liten" without the flag)
        starts = word in IRREGULAR_ADJECTIVES or COMPOUND_FLAG in language.entries.get(word, "")
        if not starts or not language.adjective(word) or word.endswith("isk"):
            return False  # (an adjective in "-isk" stays with its noun: "kirurgisk", "kirurgi")
        if word in IRREGULAR_ADJECTIVES:
            return True  # the headword itself ("liten", rarer than its own neuter "lite")
        own = self.frequency.get(word, 0.0)
        return all(self.frequency.get(w, 0.0) < own for w in inflected)

    def _own_verb(self, word: str, inflected: list[str]) -> bool:
        """A bokmål infinitive that is no noun but starts compounds, commoner than each stem
        it could be a form of ("svømme" beside "svøm", "rydde" beside "ry"; not "sikre", rarer
        than "sikker"). A plural or an adjective form listed whole ("legemidler", "voksne",
        "strender") stays a form of its word."""
        if not word.endswith("e") or not all(word.startswith(w) for w in inflected):
            return False  # an infinitive beside its stem, not a plural or an adjective form
        flags = self.nb.entries.get(word)
        if flags is None or self.nb.is_base(word):
            return False
        # nor a noun's plural listed whole ("grønnsaker" beside "grønnsak")
        noun_form = any(
            self.nb.is_base(w) and word.startswith(w) and word[len(w) :] in _NOUN_FORM_ENDINGS
            for w in inflected
        )
        if COMPOUND_FLAG not in flags:
            # (a word that starts no compound is mostly a function word, "ene", unless it
            # ends in an infinitive of its own: "fjernavlese" is "fjern" + "avlese")
            stem_only = inflected == [word[:-1]]  # beside its stem only ("fjernavles")
            return not noun_form and stem_only and self._verb_compound(word)
        own = self.frequency.get(word, 0.0)
        return not noun_form and all(self.frequency.get(w, 0.0) < own for w in inflected)

    def _verb_compound(self, word: str) -> bool:
        """A bokmål infinitive made of a word and an infinitive that is its own lemma
        ("fjern" + "avlese", "fjern" + "styre"), so it is one too (not "fjernavl" + "-es")."""
        return any(
            self.lemma(tail) == tail
            and not self.nb.is_base(tail[:-1])  # (a noun's plural: "mutter-e")
            and self._own_word(word[:cut])
            for cut in range(_MIN_PART, len(word) - _MIN_VERB + 1)
            for tail in (word[cut:],)
        )

    def _bokmal(self, word: str) -> str:
        """The bokmål spelling of a nynorsk headword ("teneste" -> "tjeneste"); a bokmål
        headword keeps its own unless the respelling is a bokmål noun too ("veg" -> "vei") or
        it is a side form of it ("støype" of "støpe"): "kum" is no "kom", "sjø" no "se". A word
        bokmål text writes far more than the respelling is bokmål too, though the bokmål
        dictionary lacks it ("ute" is no "uti", "snart" no "snert")."""
        target = self.nn_nb.get(word)
        if target is not None and running_bokmal(self, word, target):
            return word
        if target is None:
            if word in self.nb.entries:
                return word
            found = nynorsk_verbal_noun(self, word) or respelt(
                word, self.nb.entries, self.frequency
            )
            if found == word:  # "opning" is "åpning", "vaskar" "vasker"
                found = vowel_respelt(word, self.nb.entries, self.frequency) or word
            return found
        own = self.nb.entries.get(word)
        if own is not None and not own.startswith("=") and not self.nb.is_base(target):
            # unless it is a bokmål side form, inflected by every rule the target is
            theirs = set(self.nb.entries.get(target, ""))
            if target not in side_spellings(word) or not set(own.replace("z", "")) <= theirs:
                return word
        return target

    def _bokmal_noun_form(self, word: str) -> bool:
        """The word is a definite or plural form of a bokmål noun ("skolen", "flyrutene",
        "snittblomster"), whatever the nynorsk dictionary also lists it as: a bokmål text
        means the noun."""
        return any(
            word.endswith(ending) and word[: -len(ending)] in self.nb.entries
            for ending in _NOUN_FORM_ENDINGS
        ) and bool(self.nb.lemmas(word))

    def _listed_noun(self, word: str) -> str | None:
        """The noun a form bokmål lists whole (``Language.listed_form``) is a definite or
        plural form of: the noun and an ending make the word, and the word has no flag at all
        ("helsehusene" -> "helsehus", "sykepleia" -> "sykepleie") or nynorsk reads it as a
        form of that noun ("skytefelta" -> "skytefelt", "rekneskapen" -> "regnskap"), a bokmål
        noun first ("gata" is "gate", no nynorsk "gat"); None when there is no such noun."""
        bare = not self.nb.entries.get(word)
        nynorsk: list[str] | None = None
        for ending in _LISTED_FORM_ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < _MIN_PART:
                continue
            stem = word[: -len(ending)]
            for base in sorted((stem, stem + "e"), key=lambda b: not self.nb.is_base(b)):
                if bare and self.nb.is_base(base):
                    return base
                if self.nn.is_base(base):
                    nynorsk = self.nn.lemmas(word) if nynorsk is None else nynorsk
                    if base in nynorsk:
                        return self._bokmal(base)
        return None

    def _listed_plural(self, word: str, options: list[str]) -> str | None:
        """The singular of a plural the dictionary lists as a headword of its own: the word
        lacks the compound flag, and one of its lemmas with it plus a plural ending ("-e",
        "-er", "-r") is the word ("elektrikere" -> "elektriker"); None otherwise."""
        if "z" in self.nb.entries.get(word, ""):
            return None
        plural = (w for w in options if word in (w + "e", w + "er", w + "r"))
        return next((w for w in plural if "z" in self.nb.entries.get(w, "")), None)

    def _lexeme_weight(self, lemma: str, noun: bool) -> float:
        """How likely a lemma is the one meant by an ambiguous form: how common it is, and for
        nouns (capped: the commonest word forms are mostly function words, "var" is mostly
        "was") how many of the dictionaries' compounds end in it ("varer" is "vare", the head
        of "matvare")."""
        if not noun:
            return self.frequency.get(lemma, 0.0)
        counts = self.links.get(lemma)
        ends = counts[3] if counts is not None else 0
        return min(self.frequency.get(lemma, 0.0), _ZIPF_CAP) + _HEAD_WEIGHT * math.log10(1 + ends)

    def other_lemmas(self, lemma: str) -> tuple[str, ...]:
        """The other words a lemma's own form is an inflection of ("arbeider" is also the
        plural of "arbeid"; "kontroller" the plural of "kontroll"): readings the lemma
        choice set aside. A genitive is none ("boks" is no "bok", "kurs" no "kur")."""
        cached = self._others_cache.get(lemma)
        if cached is None:
            found = [*self.nb.lemmas(lemma), *self.nn.lemmas(lemma)]
            cached = tuple(
                dict.fromkeys(
                    self._bokmal(w)
                    for w in found
                    if w != lemma and len(w) >= _MIN_PART and lemma != f"{w}s"
                )
            )
            self._others_cache[lemma] = cached
        return cached

    def known(self, word: str) -> bool:
        return self.lemma(word) is not None

    def adjective(self, lemma: str) -> bool:
        """A bokmål lemma that is an adjective and no noun ("bærbar", "geoteknisk")."""
        return self.nb.adjective(lemma)

    def seen_whole(self, word: str) -> bool:
        """A word the dictionaries do not list that Norwegian text uses whole (in the frequency
        list), of some length: a loan or technical word ("legionella")."""
        return len(word) >= _SEEN_MODIFIER and word in self.frequency and self.lemma(word) is None

    def plausible_modifier(self, piece: str) -> bool:
        """A first part compounds are made with: a word running text uses or that starts the
        dictionaries' compounds, or a loan used whole; not a rare form ("anskaff|elsykkel")."""
        if self.seen_whole(piece):
            return True
        lemma = (self._modifier(piece) or ("",))[0]
        return lemma in self.frequency or sum((self.links.get(lemma) or (0, 0, 0))[:3]) > 0

    def split(self, word: str) -> tuple[str, ...]:
        """Lemmas of the parts of a compound; one lemma when the word is better read whole.

        A common known word stays whole ("veiledning"); otherwise the reading with the fewest
        parts, then the commonest parts, wins ("renholdstjenester" -> (renhold, tjeneste));
        an unknown word that cannot be split gives ().
        """
        cached = self._split_cache.get(word)
        if cached is None:
            # a respelling or lemma that leads back to the word ("avlåst" is read as "avlast",
            # which respelt is "avlåst") reads as no compound, not as itself again for ever
            self._split_cache[word] = ()
            # a key of parts ("renhold+tjeneste"): no part can read across its "+", so it is
            # no word and no compound (every reading of it was looked for and none found)
            cached = self._split(word) if _JOINED not in word else ()
            self._split_cache[word] = cached
        return cached

    def compound_parts(self, word: str) -> tuple[str, ...]:
        """The parts a word could be written as, even a common word read whole ("gatelys" ->
        (gate, lys)); () when it is no compound. Only for matching the parts written as
        separate words ("lys i gater"), never a part alone."""
        cached = self._compound_cache.get(word)
        if cached is not None:
            return cached
        if _JOINED in word:
            return ()  # a key of parts (``split``)
        whole = self.lemma(word)
        base = whole if whole is not None else word
        if base != word:
            found = self.compound_parts(base)
        else:
            parts = self.split(base)
            derived = self._verbal_noun(base) if len(parts) < 2 else None
            if len(parts) >= 2:
                found = parts
            elif derived is not None:
                found = derived if len(derived) >= 2 else ()
            else:
                found = self._best_split(base)
                if found and whole is None and self._seen_whole(base, found[0]):
                    found = ()
        self._compound_cache[word] = found
        return found

    def _split(self, word: str) -> tuple[str, ...]:
        whole = self.lemma(word)
        if whole is not None and whole != word:
            # every spelling and form of one lemma splits the same way
            parts = self.split(whole)
            if len(parts) >= 2 and not whole.endswith(parts[-1]) and word not in self.nb.entries:
                # unless the bokmål spelling of a nynorsk compound reads its last part as
                # another word ("vassmålar" is "vassmåler", whose "måler" bokmål reads as the
                # plural of "mål"): its own parts, when they end as the bokmål word does
                own = self._best_split(word)
                if len(own) == len(parts) and whole.endswith(own[-1]):
                    return tuple(q for part in own for q in (self.split(part) or (part,)))
            return parts
        if whole is not None and self.zipf(word) >= _LEXICALISED:
            return (whole,)
        derived = self._verbal_noun(word)
        if derived is not None:
            return derived
        found = self._best_split(word)
        found = _respelling.respelt_inside(found, self.lemma, self.frequency, self.split)
        respelt = running_respelling(word, found, self.lemma, self.frequency)
        if respelt is not None and self.lemma(respelt) != word:  # (no way back: "avlåst")
            return self.split(respelt)  # "handkle" is "håndkle", "breiband" "bredbånd"
        if found:
            bokmal = self._bokmal_compound(word, found)
            if bokmal is not None:
                # a nynorsk compound whose bokmål parts make a bokmål word ("symjehall" is
                # "svømmehall", "vasskvalitet" "vannkvalitet"): read as that word, whole or
                # split as it is, so both written standards read alike
                return self.split(bokmal)
        if whole is None and found and self._seen_whole(word, found[0]):
            return (word,)
        if whole is None and not found:
            found = self._seen_modifier(word)
        if found and (whole is None or self._transparent(found, word)):
            # a part that is a compound itself splits as it does alone ("skorsteinsfeier" in
            # "skorsteinsfeiertjenester"), so a compound reads the same inside a longer one
            return tuple(q for part in found for q in (self.split(part) or (part,)))
        if whole is not None and (nynorsk := nynorsk_listed_compound(self, word, found)):
            return nynorsk  # "breibandsnett" is "bredbåndsnett"
        return (whole,) if whole is not None else ()

    def _bokmal_compound(self, word: str, parts: tuple[str, ...]) -> str | None:
        """Another bokmål headword the two parts of ``word`` make, joined directly or with a
        linking letter ("svømme" + "hall" for "symjehall", "vann" + "forsyning" for
        "vassforsyning", "prosjekt" + "leder" for "prosjektleiar"), when only one part is
        spelt otherwise: the word starts with the first part as bokmål writes it (not a
        particle) or ends in the last part as written, not both; None when they make none."""
        if len(parts) != 2:
            return None
        first, last = parts
        if len(last) < _BOKMAL_HEAD:
            return None
        own_first = word.startswith(first)
        if own_first == (last in word[-(len(last) + _BOKMAL_ENDING) :]):
            return None
        if own_first and first in self.particles:
            return None  # "inn" + "leige" reads as bokmål "innleie" does, particle and word
        for link in ("", *_LINKS):
            joined = first + link + last
            if joined != word and joined in self.nb.entries:
                return joined
        return None

    def _seen_whole(self, word: str, first: str) -> bool:
        """A word the dictionaries do not list but Norwegian text uses whole (it is in the
        frequency list), whose first part would be a word that starts none of the
        dictionaries' compounds: a word of its own, a loan or technical word ("legionella" is
        no "legion" + "elle"), not a compound."""
        if word not in self.frequency:
            return False
        counts = self.links.get(first)
        return counts is None or sum(counts[:3]) == 0

    def _seen_modifier(self, word: str) -> tuple[str, ...]:
        """An unknown word made of a word Norwegian text uses whole (in the frequency list,
        not in the dictionaries: a loan or technical word) and a known word of some length
        after it, with or without a linking letter ("legionella" + "førebygging"); the
        longest such last part wins; () when there is none."""
        for start in range(_SEEN_MODIFIER, len(word) - _SEEN_HEAD + 1):
            modifier = word[:start]
            candidates = (modifier, modifier[:-1] if modifier[-1] in _LINKS else "")
            if all(c not in self.frequency for c in candidates):
                continue  # no word of running text: its last part is not looked up
            head = self.lemma(word[start:])
            if head is None:
                continue
            for candidate in candidates:
                if self.seen_whole(candidate):
                    return (candidate, head)
        return ()

    def _verbal_noun(self, word: str) -> tuple[str, ...] | None:
        """A noun made from a verb with "-ing" splits as its verb does, the "-ing" staying on
        the last part ("snørydding" as "snørydde"); a verb that is no compound keeps the noun
        whole ("arkivering" is not "arkiv" + "ring"). None when the word is no such noun."""
        if not word.endswith("ing") or len(word) < 7:
            return None
        verb = word[:-3] + "e"
        if verb not in self.nb.entries and verb not in self.nn.entries:
            return None
        parts = self.split(verb)
        if len(parts) < 2:
            whole = self.lemma(word)
            return (whole if whole is not None else word,)
        head = parts[-1][:-1] + "ing" if parts[-1].endswith("e") else parts[-1] + "ing"
        found = self.lemma(head) if word.endswith(head) else None
        if found is None:
            # (or its last part read as a shorter verb: "fjernavlese" as "fjern" + "avle", a
            # "fjernavlesing" is no "avling")
            # the verb's last part read as another word ("sikre" as "sikker", "kopiere" as
            # "kopi"): the noun in "-ing" the word ends in ("sikring", not "sikkering")
            found = self._ending_noun(word)
        return (*parts[:-1], found or head)

    def _ending_noun(self, word: str) -> str | None:
        """The lemma of the longest known word in "-ing" that ``word`` ends in, leaving a
        first part of some length; None when there is none."""
        for start in range(_MIN_PART, len(word) - _MIN_PART - 2):
            found = self.lemma(word[start:])
            if found is not None and found.endswith("ing"):
                return found
        return None

    def split_before(self, word: str, heads: frozenset[str]) -> tuple[str, ...]:
        """The two parts of a listed word whose last part is one of ``heads`` ("sprinkler" +
        "anlegg"); () when it is not such a word. A nynorsk compound read as a bokmål word
        ("avfettingsmedel" as "avfettingsmiddel") is split as that word is."""
        lemma = self.lemma(word)
        if lemma is None:
            whole = self.split(word)
            if len(whole) == 1 and whole[0] != word and self.lemma(whole[0]) is not None:
                return self.split_before(whole[0], heads)
            return ()
        if max(self.zipf(word), self.zipf(lemma)) >= _LEXICALISED + 1.0:
            return ()  # every form as its lemma: "programvarer" as "programvare", kept whole
        found = self._best_split(word)
        return found if len(found) == 2 and found[1] in heads else ()

    def _transparent(self, parts: tuple[str, ...], word: str) -> bool:
        """A word the dictionaries list whole is read as its parts only when it is plainly
        two words: the first one starts many of the dictionaries' compounds ("brann|slange"),
        or both are words of some length and the first a common one ("parkering|automat");
        not "disp|one|ring" for "disponering" or "hos|ting" for "hosting"."""
        if len(parts) != 2:
            return False
        modifier, head = parts
        if modifier in self.particles or function_head(self, word, parts):
            return False
        counts = self.links.get(modifier)
        if counts is not None and sum(counts[:3]) >= _TRANSPARENT_MODIFIER:
            return True
        return (
            len(modifier) > _MIN_PART
            and len(head) > _MIN_PART
            and self.frequency.get(modifier, 0.0) >= _LEXICALISED
        )

    def _best_split(self, word: str) -> tuple[str, ...]:
        """The reading with the fewest parts (two or more), then the commonest parts."""
        cached = self._best_cache.get(word)
        if cached is None:
            cached = self._best_split_uncached(word)
            self._best_cache[word] = cached
        return cached

    def _best_split_uncached(self, word: str) -> tuple[str, ...]:
        # best[i]: the fewest parts (then the commonest) for word[i:], the last one a head;
        # worked out only for the places a known first part reaches from the start of the word
        # (most places are never reached, and looking up the rest of the word there costs most)
        best: dict[int, tuple[int, float, tuple[str, ...]] | None] = {len(word): None}
        # a letter written once where two parts meet only in a word the dictionaries do not
        # list (a listed word is spelt as listed: "stasjon" is no "stas" + "sjon")
        found = self._reading(word, 0, best, self.lemma(word) is None)
        if found is not None and found[0] >= 2:
            return found[2]
        return ()

    def _reading(
        self,
        word: str,
        start: int,
        best: dict[int, tuple[int, float, tuple[str, ...]] | None],
        shared_ok: bool = False,
    ) -> tuple[int, float, tuple[str, ...]] | None:
        """The best reading of ``word[start:]`` (``best`` keeps those worked out; a method,
        not a closure: a closure calling itself is a reference cycle only the garbage
        collector frees, one per word split)."""
        if start in best:
            return best[start]
        n = len(word)
        starts = self.starts
        found = None
        if start <= n - _MIN_PART and not (
            starts and word[start : start + _MIN_PART] not in starts
        ):
            options: list[tuple[int, float, tuple[str, ...]]] = []
            if start > 0:
                head = self.lemma(word[start:])
                if (
                    head is not None
                    and len(head) >= _MIN_PART
                    and (n - start > _MIN_PART or self.frequency.get(head, 0.0) >= _SHORT_HEAD_ZIPF)
                ):
                    # a head of three letters only when it is a common word ("bil", "tak";
                    # not "rid" or "yle", which made "klorider" "klo" + "rid" and "kanyler"
                    # "kan" + "yle"), and never one of two ("lia" is "li": "borrelia" is no
                    # "borr" + "li")
                    options.append((1, self._head_value(word[start:], head), (head,)))
            for end in range(start + _MIN_PART, n - _MIN_PART + 1):
                modifier = self._modifier(word[start:end])
                if modifier is None:
                    continue
                tail = self._reading(word, end, best, shared_ok)
                if tail is not None:
                    options.append((tail[0] + 1, tail[1] + modifier[1], (modifier[0], *tail[2])))
                if (
                    shared_ok
                    and (tail is None or len(tail[2][0]) <= _MIN_PART)
                    and (word[end - 1] == word[end - 2] or word[end - 1] == "s")
                    and word[end - 1] in _CONSONANTS
                    and self._own_word(word[start:end])
                ):
                    # the letter where the parts meet written once ("respons|senter" as
                    # "responsenter", "natt|taxi" as "nattaxi"): it ends the one part and
                    # starts the next, a little less likely than a reading without it; tried
                    # only where the rest reads as no word or a short one ("enter" as "et")
                    shared = self._reading(word, end - 1, best, shared_ok)
                    if shared is not None:
                        options.append(
                            (
                                shared[0] + 1,
                                shared[1] + modifier[1] - _LINK_COST,
                                (modifier[0], *shared[2]),
                            )
                        )
            if options:
                found = min(options, key=lambda o: (o[0], -o[1] / o[0]))
        best[start] = found
        return found

    def _own_word(self, piece: str) -> bool:
        """A dictionary word in its own right (not only a linking form)."""
        own = self.nb.entries.get(piece)
        return (own is not None and not own.startswith("=")) or piece in self.nn.entries

    def _head_value(self, surface: str, lemma: str) -> float:
        """How likely a word is the last part of a compound: how common it is (Zipf, capped:
        the commonest words are function words, "alt" in "veisalt") and how many of the
        dictionaries' compounds end in it."""
        counts = self.links.get(lemma) or self.links.get(surface)
        ends = counts[3] if counts is not None else 0
        value = min(self.zipf(surface), _ZIPF_CAP) + math.log10(1 + ends)
        if surface != lemma and self.nb.adjective(lemma):
            # an inflected adjective rarely ends a compound: "parkerings|vakt", not
            # "parkering|svakt"
            value -= _LINK_COST
        return value

    def _modifier_value(self, lemma: str, cost: float) -> float:
        counts = self.links.get(lemma)
        starts = sum(counts[:3]) if counts is not None else 0
        zipf = min(self.frequency.get(lemma, _RARE), _ZIPF_CAP)
        return zipf + math.log10(1 + starts) - cost

    def _modifier(self, piece: str) -> tuple[str, float] | None:
        if piece in self._modifier_cache:
            return self._modifier_cache[piece]
        found = self._modifier_uncached(piece)
        self._modifier_cache[piece] = found
        return found

    def _modifier_uncached(self, piece: str) -> tuple[str, float] | None:
        """A compound's first part, with or without a linking letter ("renholds", "brøyte"),
        as (lemma, how likely). A word of its own is read as itself ("saks", "kjøle"); a
        linking form listed without inflection of its own ("bygnings") is its base word. How
        likely counts how common the word is, how many of the dictionaries' compounds it
        starts, and how it joins the next part there ("brann" directly, "bygning" with "s")."""
        own = self.nb.entries.get(piece)
        nn_own = self.nn.entries.get(piece)
        if (own is not None and not own.startswith("=")) or nn_own is not None:
            base = piece[:-1]
            if not (
                piece[-1] in _LINKS and len(piece) > _MIN_PART and self._linking_form(piece, base)
            ):
                dropped = self._dropped_e(piece) if piece[-1] == "s" else None
                if dropped is not None and self._linking_form(piece, base + "e"):
                    return dropped  # "vindaugs" beside "vindauge"
                respelt = self._respelt_modifier(piece) if not own and not nn_own else None
                if respelt is not None:
                    return respelt  # "varmtvass", listed bare beside no headword
                mapped = self._bokmal(piece)
                return mapped, self._modifier_value(mapped, self._junction(piece, ""))
        for link in _LINKS:
            if piece.endswith(link) and len(piece) > _MIN_PART:
                base = piece[:-1]
                if base in self.nb.entries or base in self.nn.entries:
                    mapped = self._bokmal(base)
                    return mapped, self._modifier_value(mapped, self._junction(base, link))
        return self._dropped_e(piece) or self._respelt_modifier(piece)

    def _respelt_modifier(self, piece: str) -> tuple[str, float] | None:
        """A first part whose last word is written in its nynorsk joint form, read as the
        bokmål word it then makes ("varmtvass" is "varmtvann", "drikkevass" "drikkevann"): a
        bokmål word read whole as a first part is read whole in nynorsk too; None when the
        respelling makes no bokmål word."""
        key = (id(self.variants), len(self.variants))
        if self._respelt_ends is None or self._respelt_ends[0] != key:
            self._respelt_ends = key, frozenset(t[-5:] for t in (*self.variants, *self.nn_nb))
        ends = self._respelt_ends[1]
        if piece[-3:] not in ends and piece[-4:] not in ends and piece[-5:] not in ends:
            return None  # no tail of the piece is respelt (most pieces)
        for cut in range(_MIN_PART, len(piece) - _MIN_PART + 1):
            tail = piece[cut:]
            target = self.variants.get(tail) or self.nn_nb.get(tail)
            if target is None or target == tail:
                continue
            joined = piece[:cut] + target
            own = self.nb.entries.get(joined)
            if own is not None and not own.startswith("="):
                return joined, self._modifier_value(joined, _LINK_COST)
        return None

    def _dropped_e(self, piece: str) -> tuple[str, float] | None:
        """A nynorsk noun in "-e" that drops it before the linking "s" ("vindaugs-" for
        "vindauge", as "vindaugskarm"): the noun; None when the piece is no such form."""
        base = piece[:-1] + "e"
        if not piece.endswith("s") or len(base) <= _MIN_PART + 1 or not self.nn.is_base(base):
            return None
        mapped = self._bokmal(base)
        return mapped, self._modifier_value(mapped, _LINK_COST)

    def _linking_form(self, piece: str, base: str) -> bool:
        """A headword that is only another headword with its linking letter: listed without
        any inflection of its own ("bygnings" beside "bygning")."""
        flags = self.nb.entries.get(piece)
        if flags is None:
            flags = self.nn.entries.get(piece, "z")
        return flags.replace("z", "") == "" and (base in self.nb.entries or base in self.nn.entries)

    def _junction(self, modifier: str, link: str) -> float:
        """The cost (in Zipf units) of ``modifier`` joining the next part directly ("") or
        with ``link``: -log10 of the share of the dictionaries' compounds that join it so.
        A word the dictionaries never use first in a compound: no cost directly, the fixed
        cost with a linking letter."""
        counts = self.links.get(modifier)
        if counts is not None and link and sum(counts[:3]) == 0:
            # a word the dictionaries know in compounds only as a last part, never first:
            # with a linking letter it is a likely misreading ("rustes|ting" for
            # "rus|testing", "flytes|ting" for "fly|testing")
            return 2 * _LINK_COST
        if counts is None or sum(counts[:3]) < _MIN_LINK_EVIDENCE:
            return _LINK_COST if link else 0.0
        index = {"": 0, "s": 1, "e": 2}[link]
        return -math.log10((counts[index] + 0.5) / (sum(counts[:3]) + 1.5))


def load_lexicon(directory: Path) -> Lexicon | None:
    """The lexicon in ``directory`` (resources/vocabulary/lexicon), None when it is absent."""
    if not (directory / "nb.txt.gz").exists():
        return None
    nn_nb: dict[str, str] = {}
    for line in (directory / "nn_nb.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            nn, _, nb = line.partition("\t")
            nn_nb[nn] = nb
    words, values = _columns(_data_text(directory / "frequency_nb.tsv.gz"), 2)
    frequency = {word: int(value) / 10 for word, value in zip(words, values, strict=True)}
    links: dict[str, tuple[int, int, int, int]] = {}
    links_path = directory / "links.tsv.gz"
    if links_path.exists():
        words, *counts = _columns(_data_text(links_path), 5)
        numbers = zip(*(map(int, column) for column in counts), strict=True)
        links = dict(zip(words, numbers, strict=True))
    bokmal = read_language(directory / "nb.txt.gz")
    nynorsk = read_language(directory / "nn.txt.gz")
    starts = bokmal.starts | nynorsk.starts
    return Lexicon(bokmal, nynorsk, nn_nb, frequency, links, starts)
