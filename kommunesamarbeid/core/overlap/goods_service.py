"""A thing against the service performed on it: "Kjøp av heiser" / "Vedlikehold av heiser".

A coordinator never pools buying a thing with a service another trade performs on it (tyres
and tyre change, fire extinguishers and their yearly inspection, PCs and PC repair, cleaning
products and cleaning): the suppliers differ. Two lines that both buy the thing, or both buy
the service ("Service og reparasjon av heiser" / "Årleg kontroll av heisar"), are one need.

A line's side is read from its main words (what stands after "inkl."/"med", "til"/"for" is
not the line's own need):

* SERVICE: a main word, or the head of a main compound ("heisservice", "dekkskift",
  "vedlikeholdstjenester" without its generic ending), is a service on a thing: service,
  vedlikehold, reparasjon, kontroll, ettersyn, inspeksjon, tilsyn, montering, installasjon,
  lagring, vask, drift, renhold, transport, frakt, flytting (a carrier is no supplier of the
  thing) … (bokmål, nynorsk and English read alike by the analyzer);
* GOODS: no such word, and the line is read as goods (its words, its need or its CPV code).

Two exceptions, by decision:

* installation beside a purchase ("Kjøp og montering av X", "Levering og installasjon av X")
  is the goods: installation included is part of buying the thing;
* renting or leasing a thing ("Leasing av biler", "Leie av lift") is a way of buying it, not
  a service on it: the procurement rules count purchase, rent and leasing of goods alike as a
  goods contract, and a coordinator can tender both in one competition. Rent is therefore
  neither side: a leasing line may group with a purchase line of the same thing.

An English "service" after a word Norwegian writes as a "…tjeneste" the dictionaries list
("Occupational Health Service", "Passenger Transport Service") names the need, not servicing a
thing ("Lift service" stays servicing: there is no "heistjeneste"; nor does a line of goods).

``apart`` marks pairs of a SERVICE line and a GOODS line; scoring lowers them and keeps them
out of one group, and ``explain`` says why with the service words as the line writes them.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Final

import numpy as np
import numpy.typing as npt

from kommunesamarbeid.core.overlap.line_features import KIND_BITS, LineFeatures
from kommunesamarbeid.core.overlap.norwegian import Analyzer, Token
from kommunesamarbeid.core.overlap.split_forms import joined_words

__all__ = [
    "BY_CODE",
    "GOODS",
    "NEITHER",
    "SERVICE",
    "SERVICE_ON_GOODS",
    "apart",
    "coded_side",
    "evidence",
    "marks",
    "service_words",
    "side",
    "sides",
    "words_apart",
]

NEITHER: Final = 0
GOODS: Final = 1
SERVICE: Final = 2
#: Added to a line's side: GOODS only by its written code, the side its words give beside it.
BY_CODE: Final = 4
#: A goods side and a service side together: a pair of them is kept apart.
_BOTH: Final = GOODS | SERVICE

#: A goods line against a service line on goods: the score is multiplied by this (and the two
#: are never in one group).
SERVICE_ON_GOODS: Final = 0.3

#: Services performed on a thing, as the analyzer's keys (it reads nynorsk and English forms
#: as these: "vedlikehald", "maintenance" -> vedlikehold; "reparasjonar", "repair" ->
#: reparasjon), whole words or the head of a compound ("heis+service", "dekk+skift").
_SERVICE_HEADS: Final = frozenset(
    {
        "service",
        "servicing",
        "support",
        "vedlikehold",
        "reparasjon",
        "overhaling",
        "kontroll",
        "ettersyn",
        "inspeksjon",
        "tilsyn",
        "kalibrering",
        "sertifisering",
        "testing",
        "montering",
        "installasjon",
        "installering",
        "lagring",
        "oppbevaring",
        "skift",
        "skifte",
        "skifting",
        "omlegging",
        "vasking",
        "vaskeri",
        "drift",
        "renhold",
        "rengjøring",
        "reingjering",
        "verksted",
        "skjøtsel",
        "avlesning",
        "transport",
        "frakt",
        "flytting",
    }
)
#: Compounds whose head is a service word but which name a thing ("adgangskontroll" is an
#: access-control system, "fjernkontroll" a remote control, "sykkelhotell" a bicycle shelter).
_THINGS: Final = frozenset({"adgang+kontroll", "fjern+kontroll", "sykkel+hotell"})
#: Service words only as the head of a compound: alone they name something else ("dekkhotell"
#: is tyre storage, a "hotel" is not a service on a thing).
_SERVICE_ENDINGS: Final = frozenset({"hotell"})
#: Service words only as a whole word: as a compound's head they name a thing ("håndvask" is a
#: wash basin).
_SERVICE_WORDS: Final = frozenset({"vask"})
#: Installing what is bought with it is part of the purchase ("Kjøp og montering av X").
_INSTALLATION: Final = frozenset({"montering", "installasjon", "installering"})
#: Installations that, as a compound's head, name the installed thing ("kjeleinstallasjoner"
#: is boilers, a goods code of its own), not the work of installing it.
_INSTALLED: Final = frozenset({"installasjon", "installering"})
#: Renting, leasing or licensing the thing: a way of buying it (see the module docstring), as
#: the analyzer's keys, whole or as a compound's part ("tjenestebilleasing").
_RENT: Final = frozenset({"leie", "utleie", "leasing", "lisens"})
#: Words saying the thing itself is bought (the analyzer drops them as stopwords; the text's
#: words are looked at).
PURCHASE_WORDS: Final = frozenset(
    {
        "kjøp",
        "kjøpe",
        "innkjøp",
        "levering",
        "leveranse",
        "leveransar",
        "leveranser",
        "supply",
        "purchase",
        "delivery",
    }
)
#: Endings that say how a service is bought, not which ("vedlikehold+tjeneste",
#: "service+avtale"): the part before them is the head.
_PACKAGING: Final = frozenset(
    {"tjeneste", "avtale", "rammeavtale", "oppdrag", "arbeid", "bistand", "kontrakt", "ordning"}
)

_NOT_GOODS: Final = KIND_BITS["services"] | KIND_BITS["works"]

Bool = npt.NDArray[np.bool_]
Int = npt.NDArray[np.int64]


#: English service words, which stand before the noun they describe ("cleaning materials",
#: "service cars"): followed by another noun they are not the line's need.
_ENGLISH_SERVICES: Final = frozenset(
    {
        "cleaning",
        "maintenance",
        "repair",
        "inspection",
        "installation",
        "laundry",
        "storage",
        "servicing",
        "testing",
        "operation",
        "washing",
    }
)
#: Words after an English service word that leave it the need ("repair of", "cleaning
#: services", "maintenance contract").
_AFTER_ENGLISH: Final = (
    frozenset(
        {
            "and",
            "or",
            "of",
            "for",
            "on",
            "to",
            "at",
            "in",
            "with",
            "service",
            "services",
            "contract",
            "contracts",
            "agreement",
            "framework",
            "work",
            "works",
        }
    )
    | _ENGLISH_SERVICES
)
#: The English plural "services" is how a thing is bought ("Security Services", "Tyres and
#: associated services": tjenester), never servicing (Norwegian writes no such plural).
_ENGLISH_PACKAGING: Final = frozenset({"services"})
#: Generic goods before "til"/"for" (bokmål, nynorsk and English, as written): what follows
#: is what the goods are for ("utstyr til brøyting" is goods, not snow clearing).
_GOODS_FOR: Final = frozenset(
    {
        "utstyr",
        "utstyret",
        "materiell",
        "materiellet",
        "materiale",
        "materialer",
        "materialar",
        "produkt",
        "produkter",
        "produkta",
        "artikler",
        "artiklar",
        "rekvisita",
        "midler",
        "midlar",
        "middel",
        "deler",
        "delar",
        "reservedeler",
        "reservedelar",
        "tilbehør",
        "varer",
        "varar",
        "equipment",
        "materials",
        "supplies",
        "products",
        "parts",
    }
)
_FOR: Final = frozenset({"til", "for", "te"})
_AND: Final = frozenset({"og", "and"})
#: In a text's marks: a word and a service word side by side (``_thing_and_service``; no word).
_PAIRED_MARK: Final = frozenset({" og "})
_WORD_RE: Final = re.compile(r"[^\W\d_]+")

#: The words a text needs for ``marks`` other than "bought" (a text with none has none).
_MARKING: Final = _ENGLISH_SERVICES | _GOODS_FOR | _ENGLISH_PACKAGING
_NO_MARKS: Final[frozenset[str]] = frozenset()
#: The English singular "service" (``_named_service``), and the Norwegian word it may mean.
_SERVICE: Final = "service"
_SERVICE_MARK: Final = frozenset({_SERVICE})
_TJENESTE: Final = "tjeneste"
#: The fewest letters "service" cut short keeps ("serv.").
_MIN_CUT: Final = 4

#: What ``side`` needs of a text beyond its tokens: whether it says the thing is bought, and
#: the English service words that describe a noun after them.
Marks = tuple[bool, frozenset[str]]


def marks(
    text: str,
    words: Iterable[str],
    tokens: Sequence[Token] = (),
    analyzer: Analyzer | None = None,
) -> Marks:
    """``Marks`` of a text, its lower-case words and (for an English "service", a thing and
    its service side by side) its tokens."""
    bought = not PURCHASE_WORDS.isdisjoint(words)
    order = _WORD_RE.findall(text.lower())
    if tokens and not _AND.isdisjoint(order) and _thing_and_service(order, tokens):
        found = marks(text, words)
        return found[0], found[1] | _PAIRED_MARK
    if _MARKING.isdisjoint(order):
        if _SERVICE in order and analyzer is not None:
            return bought, _named_service(order, tokens, analyzer)
        return bought, _NO_MARKS  # (most texts: no pair or triple to look at)
    describing = frozenset(
        word
        for word, after in itertools.pairwise(order)
        if word in _ENGLISH_SERVICES and after not in _AFTER_ENGLISH
    )
    # goods for a service ("Utstyr til brøyting", "Materiell til renhold"): the service says
    # what the goods are for
    purpose = frozenset(
        after
        for goods, word, after in zip(order, order[1:], order[2:], strict=False)
        if goods in _GOODS_FOR and word in _FOR
    )
    named = _named_service(order, tokens, analyzer) if analyzer is not None else _NO_MARKS
    return bought, describing | purpose | named | _ENGLISH_PACKAGING.intersection(order)


def _thing_and_service(order: Sequence[str], tokens: Sequence[Token]) -> bool:
    """The line's first word and a service word side by side ("Vannmålere og fjernavlesing",
    "Dekk og dekkskift"): when the line is goods, it buys the thing too, as "Kjøp og service"
    does (``side``; "Website hosting and operation" is a service and stays one)."""
    by_surface = {t.surface: t for t in tokens}
    first = tokens[0].surface  # (the thing opens the line: "Tyre fitting and storage" does not)
    for before, word, after in zip(order, order[1:], order[2:], strict=False):
        if word not in _AND or before != first:
            continue
        thing, service = by_surface.get(before), by_surface.get(after)
        if thing is None or service is None or not (thing.main and service.main):
            continue
        if thing.generic or thing.proper or _service_head(thing) or not _service_head(service):
            continue
        return True
    return False


def _named_service(
    order: Sequence[str], tokens: Sequence[Token], analyzer: Analyzer
) -> frozenset[str]:
    """{"service"} when the word before an English "service" is one Norwegian writes as a
    compound with "tjeneste" that the dictionaries list ("Occupational Health Service":
    helsetjeneste, "Client Transport Service": transporttjeneste): the service is the need,
    named the way it is bought. After a thing ("Lift service", "Boiler service": there is no
    "heistjeneste") it stays servicing the thing."""
    lexicon = analyzer.lexicon
    by_surface = {t.surface: t for t in tokens}
    for word, after in itertools.pairwise(order):
        token = by_surface.get(word)
        if after != _SERVICE or token is None or not token.parts or lexicon is None:
            continue
        joined = joined_words(token.parts[-1], _TJENESTE, analyzer.rules.linking_letters)
        if any(lexicon.lemma(w) is not None for w in joined):
            return _SERVICE_MARK
    return _NO_MARKS


def _of_kinds(text_marks: Marks, kinds: int) -> Marks:
    """``text_marks`` for a line of ``kinds``: a service of goods stays servicing them ("Tyre
    service", though Norwegian has "dekkstjeneste")."""
    if kinds & KIND_BITS["supplies"] and _SERVICE in text_marks[1]:
        return text_marks[0], text_marks[1] - _SERVICE_MARK
    return text_marks


def _head(parts: Sequence[str]) -> str:
    for part in reversed(parts):
        if part not in _PACKAGING:
            return part
    return parts[-1] if parts else ""


def _service_head(token: Token) -> str:
    """The service a word names ("kontroll" for "heiskontroll", "årskontroll" and
    "kontrolltjenester"), or ""."""
    head = _head(token.parts)
    if token.key in _THINGS:
        return ""
    if head in _INSTALLED and len(token.parts) > 1:
        # "kjeleinstallasjoner", "sprinklerinstallasjon": the installation is the thing
        return ""
    if head in _SERVICE_HEADS:
        # "drift" alone after a dash names a department ("Arbeidstøy – teknisk drift")
        return "" if head == "drift" and token.segment > 0 and len(token.parts) == 1 else head
    if head in _SERVICE_ENDINGS and len(token.parts) > 1:
        return head
    if token.key in _SERVICE_WORDS:
        return token.key
    if len(token.parts) == 1:
        # a compound the analyzer keeps whole ("årskontroll"), or "service" cut short
        # ("Serv. nødstr.aggr.": the cut no reader resolves, servering or server being words)
        return _ending_service(head) or (_SERVICE if _cut_service(token.key) else "")
    return ""


def _cut_service(key: str) -> bool:
    """The word is "service" cut short ("serv", "servic"), as plans abbreviate it."""
    return len(key) >= _MIN_CUT and key != _SERVICE and _SERVICE.startswith(key)


@functools.lru_cache(maxsize=16_384)
def _ending_service(word: str) -> str:
    """The service word a longer word ends in ("kontroll" for "årskontroll"), or ""."""
    for service in _SERVICE_HEADS:
        if len(word) > len(service) + 1 and word.endswith(service):
            return service
    return ""


def service_words(tokens: Sequence[Token], text_marks: Marks) -> tuple[str, ...]:
    """The main words of a text that name a service on a thing, as written (installation
    beside a purchase is part of the purchase: ``marks``)."""
    bought, describing = text_marks
    found = []
    for token in tokens:
        if not token.main or token.surface in describing:
            continue
        head = _service_head(token)
        if head and not (bought and head in _INSTALLATION):
            found.append(token.surface)
    return tuple(dict.fromkeys(found))


def _rented(tokens: Sequence[Token]) -> bool:
    return any(t.main and not _RENT.isdisjoint(t.parts) for t in tokens)


def _thing_first(tokens: Sequence[Token], text_marks: Marks) -> bool:
    """A thing is named before the first service word ("Varesikringsanlegg – kjøp og
    service", "levering av fyringsolje og service på fyrkjeler"), not only after it as the
    service's object ("Kjøp av service på heiser")."""
    for token in tokens:
        if not token.main:
            continue
        if service_words((token,), text_marks):
            return False
        if not token.generic and not token.proper:
            return True
    return False


def side(tokens: Sequence[Token], text_marks: Marks, kinds: int, named: int) -> int:
    """SERVICE, GOODS or NEITHER for a text's main ``tokens`` (``text_marks``: its ``marks``;
    ``kinds``: the kind bits read from its words, its need and the CPV code its plan wrote;
    ``named``: those the main words themselves name, "tjenester" -> services).

    A thing rented or leased with its service ("Kaffemaskiner – leie og service", "EPJ –
    lisens/drift"), or bought with it ("Varesikringsanlegg – kjøp og service"), is both:
    NEITHER. A thing bought and installed ("Kjøp og montering av X"), or bought and named by
    no word of another kind ("Kjøp av heiser", "Supply of X", not "Kjøp av helsetjenester"),
    is GOODS."""
    text_marks = _of_kinds(text_marks, kinds)
    bought = text_marks[0]
    if service_words(tokens, text_marks):
        # a thing and its service side by side in a line of goods: both
        paired = bool(kinds & KIND_BITS["supplies"]) and not _PAIRED_MARK.isdisjoint(text_marks[1])
        both = _rented(tokens) or paired or (bought and _thing_first(tokens, text_marks))
        return NEITHER if both else SERVICE
    if kinds & KIND_BITS["supplies"]:
        return GOODS
    if bought and (service_words(tokens, (False, text_marks[1])) or not named & _NOT_GOODS):
        return GOODS
    return NEITHER


def coded_side(
    tokens: Sequence[Token], text_marks: Marks, text_kinds: int, written_kind: int, named: int
) -> int:
    """``side`` of a line, with ``BY_CODE`` added when only a written code of goods makes it
    GOODS: its main words themselves name a service and no goods (``named``: «Sandstrøing»
    under a code for vehicles) and do not say the thing is bought. Plans are full of wrong
    codes, so the side its words give is kept beside it (``apart``). A need alone does not say
    so («Heiser» under a code for lifts is the lifts, whatever service its family is about)."""
    coded = side(tokens, text_marks, text_kinds | written_kind, named)
    services, supplies = KIND_BITS["services"], KIND_BITS["supplies"]
    if coded != GOODS or written_kind != supplies or not named & services or text_marks[0]:
        return coded
    if (named | text_kinds) & supplies:
        return coded
    own = side(tokens, text_marks, text_kinds, named)
    return coded if own == GOODS else own | BY_CODE


def sides(side_codes: Int) -> tuple[Int, Int]:
    """The sides ``coded_side`` gave, as the line's words give them and as its written code
    does."""
    words = side_codes & _BOTH
    return words, np.where(side_codes & BY_CODE, GOODS, words)


def words_apart(side_a: Int, side_b: Int) -> Bool:
    """Pairs of a goods line and a service-on-goods line by what their words say alone
    (``coded_side``; a written code of goods left out)."""
    result: Bool = ((side_a | side_b) & _BOTH) == _BOTH
    return result


def apart(side_a: Int, side_b: Int, text_agrees: Bool | None = None) -> Bool:
    """Pairs of a goods line and a service-on-goods line (``coded_side``): by what their words
    say (``words_apart``), or by a line's written code of goods unless ``text_agrees`` (the
    words of both lines name the same need: the code seems wrong)."""
    coded: Bool = (sides(side_a)[1] | sides(side_b)[1]) == _BOTH
    if text_agrees is not None:
        coded &= ~text_agrees
    return words_apart(side_a, side_b) | coded


def evidence(analyzer: Analyzer, first: LineFeatures, second: LineFeatures) -> str:
    """Why a goods line and a service-on-goods line are kept apart, in Norwegian, quoting the
    service words as the service line writes them."""
    # kept apart by their words, or else by a written code of goods (``coded_side``)
    by_words = (first.service_side | second.service_side) & _BOTH == _BOTH  # (``words_apart``)
    words_first = first.service_side & _BOTH
    first_side = words_first if by_words or not first.service_side & BY_CODE else GOODS
    service, goods = (first, second) if first_side == SERVICE else (second, first)
    text = service.line.description
    analysed = analyzer.analyse(text)
    text_marks = marks(text, analysed.words, analysed.tokens, analyzer)
    kinds = service.text_kinds | service.written_kind
    words = service_words(analysed.tokens, _of_kinds(text_marks, kinds))
    named = f" ({', '.join(f'«{w}»' for w in words)})" if words else ""
    coded = ""
    if goods.service_side & BY_CODE:
        # only its code says goods: the words of the two lines name different needs
        coded = f" (slik CPV-koden {goods.line.cpv} sier; ordene nevner en tjeneste)"
    return (
        f"Vare mot tjeneste på varen: linje {service.line.id} gjelder en tjeneste{named}, "
        f"linje {goods.line.id} kjøp av selve varen{coded}. Kjøp av en vare og service, kontroll, "
        "avlesing, vedlikehold eller montering av den blir ikke én felles anskaffelse: "
        "leverandørene er ulike"
    )
