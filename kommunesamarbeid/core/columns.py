"""Recognising a plan's columns from their header words.

Plans name their columns freely ("Hva skal kjøpes", "Skildring", "Est. verdi pr år eks mva").
Each field has synonyms in bokmål, nynorsk and English; a header is scored against them by
whole-word phrase matching with fuzzy tolerance for typos, and columns are assigned to fields
greedily by confidence so that each field gets at most one column (the description may get a
second text column, ``details``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from rapidfuzz import fuzz


class Field(StrEnum):
    REFERENCE = "reference"
    DESCRIPTION = "description"
    DETAILS = "details"
    CATEGORY = "category"
    CPV = "cpv"
    VALUE = "value"
    ANNUAL_VALUE = "annual_value"
    TOTAL_VALUE = "total_value"
    CONTRACT_YEARS = "contract_years"
    OPTION_YEARS = "option_years"
    ANNOUNCEMENT = "announcement"
    CONTRACT_START = "contract_start"
    CURRENT_EXPIRY = "current_expiry"
    UNIT = "unit"
    CONTACT = "contact"
    PROCEDURE = "procedure"
    COMMENTS = "comments"


#: Norwegian names of the fields, as shown in the mapping step and in messages.
FIELD_LABELS: dict[Field, str] = {
    Field.REFERENCE: "Referanse",
    Field.DESCRIPTION: "Beskrivelse",
    Field.DETAILS: "Utfyllende beskrivelse",
    Field.CATEGORY: "Kategori",
    Field.CPV: "CPV-kode",
    Field.VALUE: "Estimert verdi",
    Field.ANNUAL_VALUE: "Verdi pr. år",
    Field.TOTAL_VALUE: "Totalverdi",
    Field.CONTRACT_YEARS: "Avtaleperiode (år)",
    Field.OPTION_YEARS: "Opsjoner",
    Field.ANNOUNCEMENT: "Planlagt kunngjøring",
    Field.CONTRACT_START: "Oppstart ny avtale",
    Field.CURRENT_EXPIRY: "Dagens avtale utløper",
    Field.UNIT: "Enhet",
    Field.CONTACT: "Kontaktperson",
    Field.PROCEDURE: "Prosedyre",
    Field.COMMENTS: "Kommentar",
}

#: Fields holding a date or period, in the order a line's timing is taken from them.
DATE_FIELDS = (Field.ANNOUNCEMENT, Field.CONTRACT_START, Field.CURRENT_EXPIRY)
VALUE_FIELDS = (Field.VALUE, Field.ANNUAL_VALUE, Field.TOTAL_VALUE)

# Synonyms, normalised (lower case, no punctuation). A synonym matches when all its words occur
# as whole words (or word prefixes for words ending in "*") in the header. Longer, more specific
# synonyms win over short ones through their weight.
_SYNONYMS: dict[Field, tuple[tuple[str, float], ...]] = {
    Field.REFERENCE: (
        ("nr", 0.9),
        ("løpenr", 1.0),
        ("løpenummer", 1.0),
        ("lnr", 0.95),
        ("ref", 0.95),
        ("referanse", 1.0),
        ("referansenr", 1.0),
        ("saksnr", 0.95),
        ("saksnummer", 0.95),
        ("id", 0.8),
        ("nummer", 0.85),
        ("reference", 1.0),
        ("no", 0.6),
        ("arkivsak", 0.7),
        ("internt nr", 0.7),
        ("anskaffelsesnr", 1.0),
        ("prosjektnr", 0.85),
        ("sak", 0.7),
        ("linje", 0.6),
        ("pos", 0.6),
        ("avtalenr", 1.0),
        ("avtalenummer", 1.0),
        ("avtale nr", 1.0),
        ("avtale id", 1.0),
        ("kontraktsnr", 1.0),
        ("kontraktnr", 1.0),
        ("kontraktsnummer", 1.0),
        ("kontrakt nr", 1.0),
        ("rammeavtalenr", 1.0),
        ("konkurransenr", 1.0),
        ("anskaffelses id", 1.0),
        ("doffin ref", 0.95),
        ("contract no", 1.0),
        ("contract number", 1.0),
        ("contract id", 1.0),
        ("contract reference", 1.0),
        ("tender reference", 1.0),
        ("procurement id", 1.0),
        ("reference number", 1.0),
        ("ref no", 1.0),
    ),
    Field.DESCRIPTION: (
        ("beskrivelse", 0.95),
        ("anskaffelse", 0.95),
        ("anskaffelsesnavn", 1.0),
        ("hva skal kjøpes", 1.0),
        ("kva skal kjøpast", 1.0),
        ("kva skal kjøpes", 1.0),
        ("navn og beskrivelse", 1.0),
        ("avtaleområde", 0.9),
        ("skildring", 0.95),
        ("tittel", 0.9),
        ("navn", 0.7),
        ("namn", 0.7),
        ("behov", 0.85),
        ("innhold", 0.8),
        ("produkt", 0.8),
        ("tjeneste vare", 0.8),
        ("vare tjeneste", 0.8),
        ("gjenstand", 0.8),
        ("description", 0.95),
        ("title", 0.9),
        ("name", 0.7),
        ("item", 0.8),
        ("procurement", 0.85),
        ("kontraktsnavn", 0.95),
        ("avtalenavn", 0.95),
        ("kort beskrivelse", 0.9),
        ("anskaffelsens navn", 1.0),
        ("prosjekt", 0.6),
        ("kontrakt", 0.6),
        ("avtale", 0.55),
        ("emne", 0.75),
        ("innkjøp", 0.9),
        ("innkjøpets navn", 1.0),
        ("varer og tjenester", 0.85),
        ("leveranse", 0.7),
        ("tiltak", 0.6),
        ("subject", 0.8),
        ("purchase", 0.85),
        ("scope", 0.7),
        ("anskaffing", 0.95),
        ("anskaffinga", 0.95),
        ("omfang", 0.7),
        ("behovet", 0.8),
        ("what is being bought", 1.0),
        ("bought", 0.8),
        ("goods services", 0.9),
        ("goods and services", 0.9),
    ),
    Field.CATEGORY: (
        ("kategori", 1.0),
        ("kategorier", 1.0),
        ("varegruppe", 0.95),
        ("varegrupper", 0.95),
        ("anskaffelsestype", 0.9),
        ("type anskaffelse", 0.9),
        ("type", 0.6),
        ("category", 1.0),
        ("område", 0.5),
        ("fagområde", 0.7),
        ("innkjøpskategori", 1.0),
        ("type vare tjeneste", 0.95),
        ("kontraktstype", 0.9),
        ("avtaletype", 0.9),
        ("contract type", 0.9),
        ("type of contract", 0.9),
    ),
    Field.CPV: (
        ("cpv", 1.0),
        ("cpv kode", 1.0),
        ("cpvkode", 1.0),
        ("cpv nr", 1.0),
        ("hovedcpv", 1.0),
        ("cpv code", 1.0),
        ("hoved cpv", 1.0),
    ),
    Field.VALUE: (
        ("verdi", 0.9),
        ("estimert verdi", 0.95),
        ("est verdi", 0.95),
        ("anslått verdi", 0.95),
        ("beløp", 0.85),
        ("kostnad", 0.8),
        ("budsjett", 0.75),
        ("kontraktsverdi", 0.9),
        ("value", 0.9),
        ("estimated value", 0.95),
        ("anslag", 0.8),
        ("sum", 0.5),
        ("estimat", 0.85),
        ("avtaleverdi", 0.9),
        ("totalverdi", 0.95),
        ("årsverdi", 0.95),
        ("verdi eks mva", 0.95),
        ("verdi ekskl mva", 0.95),
        ("forbruk", 0.85),
        ("omsetning", 0.8),
        ("spend", 0.85),
        ("kr", 0.7),
        ("total", 0.7),
        ("totalt", 0.7),
        ("totalsum", 0.9),
        ("contract value", 0.95),
    ),
    Field.CONTRACT_YEARS: (
        ("varighet", 0.95),
        ("avtaletid", 0.95),
        ("kontraktsperiode", 0.9),
        ("avtaleperiode", 0.9),
        ("periode", 0.7),
        ("år", 0.6),
        ("antall år", 0.95),
        ("kontraktslengde", 0.95),
        ("lengde", 0.7),
        ("løpetid", 0.9),
        ("duration", 0.95),
        ("contract period", 0.9),
        ("kontraktstid", 0.95),
        ("avtalelengde", 0.95),
        ("varigheit", 0.95),
        ("term", 0.8),
        ("contract term", 1.0),
        ("initial term", 1.0),
        ("years", 0.7),
        ("number of years", 0.95),
        ("no of years", 0.95),
        ("contract length", 0.95),
        ("length of contract", 0.95),
        ("contract duration", 1.0),
    ),
    Field.OPTION_YEARS: (
        ("opsjon", 1.0),
        ("opsjoner", 1.0),
        ("opsjonar", 1.0),
        ("forlengelse", 0.9),
        ("forlengelsesopsjon", 1.0),
        ("options", 1.0),
        ("option", 1.0),
        ("opsjonsår", 1.0),
        ("opsjonsperiode", 1.0),
        ("forlenging", 0.9),
        ("extension", 0.9),
        ("extension options", 1.0),
        ("option to extend", 1.0),
    ),
    Field.ANNOUNCEMENT: (
        ("kunngjøring", 0.95),
        ("planlagt kunngjøring", 1.0),
        ("planlagt kunngjort", 1.0),
        ("planlagd kunngjering", 1.0),
        ("kunngjering", 0.95),
        ("utlysing", 0.95),
        ("planlagd utlysing", 1.0),
        ("utlysning", 0.95),
        ("planlagt utlysning", 1.0),
        ("annonsering", 0.9),
        ("konkurranse", 0.6),
        ("oppstart konkurranse", 0.95),
        ("planlagt oppstart konkurranse", 1.0),
        ("tidspunkt", 0.6),
        ("når", 0.6),
        ("planlagt gjennomføring", 0.9),
        ("gjennomføring", 0.7),
        ("oppstart anskaffelse", 0.95),
        ("publication", 0.9),
        ("announcement", 0.95),
        ("tender date", 0.9),
        ("planlagt tidspunkt", 0.85),
        ("tidsplan", 0.7),
        ("dato", 0.5),
        ("start prosess", 0.85),
        ("konkurransestart", 0.95),
        ("utlyses", 0.9),
        ("kunngjøres", 0.9),
        ("planned tender", 1.0),
        ("tender", 0.85),
        ("tender start", 0.95),
        ("planned announcement", 1.0),
        ("procurement start", 0.9),
        ("planlagt konkurranse", 0.95),
        ("kunngj", 0.9),
        ("planned publication", 1.0),
    ),
    Field.CONTRACT_START: (
        ("oppstart ny avtale", 1.0),
        ("ny avtale fra", 1.0),
        ("kontraktsstart", 1.0),
        ("avtalestart", 1.0),
        ("avtaleoppstart", 1.0),
        ("oppstart", 0.75),
        ("ønsket oppstart", 0.9),
        ("kontraktsoppstart", 1.0),
        ("start ny avtale", 1.0),
        ("behov fra", 0.85),
        ("contract start", 1.0),
        ("start date", 0.85),
        ("ny avtale", 0.7),
        ("oppstart kontrakt", 1.0),
        ("oppstart avtale", 1.0),
        ("ny kontrakt fra", 1.0),
        ("ny kontrakt", 0.7),
        ("new contract from", 1.0),
        ("new contract", 0.8),
        ("contract start date", 1.0),
        ("iverksettelse", 0.8),
        ("leveringsstart", 0.85),
    ),
    Field.CURRENT_EXPIRY: (
        ("dagens avtale utløper", 1.0),
        ("utløp dagens avtale", 1.0),
        ("avtale utløper", 1.0),
        ("utløpsdato", 0.95),
        ("utløper", 0.9),
        ("utløp", 0.85),
        ("avtalen går ut", 0.95),
        ("eksisterende avtale utløper", 1.0),
        ("utløp avtale", 1.0),
        ("avtaleutløp", 1.0),
        ("kontrakt utløper", 1.0),
        ("expiry", 0.95),
        ("expires", 0.95),
        ("end date", 0.8),
        ("dagens avtale", 0.8),
        ("noverande avtale", 0.8),
        ("gjeldende avtale", 0.8),
        ("avtalen går ut", 0.95),
        ("utgår", 0.85),
        ("contract end", 0.95),
        ("contract end date", 1.0),
        ("contract expiry", 1.0),
    ),
    Field.UNIT: (
        ("enhet", 0.95),
        ("eining", 0.95),
        ("sektor", 0.95),
        ("etat", 0.95),
        ("etat enhet", 1.0),
        ("tjenesteområde", 0.95),
        ("tenesteområde", 0.95),
        ("virksomhet", 0.9),
        ("verksemd", 0.9),
        ("avdeling", 0.9),
        ("ansvarlig enhet", 1.0),
        ("ansvarleg eining", 1.0),
        ("avtaleeier", 0.9),
        ("kommunalområde", 0.95),
        ("seksjon", 0.85),
        ("department", 0.95),
        ("bestiller", 0.75),
        ("område", 0.6),
        ("kostnadssted", 0.8),
        ("unit", 0.9),
        ("fagavdeling", 0.9),
        ("tjeneste", 0.55),
        ("brukerenhet", 0.9),
        ("directorate", 0.9),
        ("service area", 0.95),
        ("business unit", 1.0),
    ),
    Field.CONTACT: (
        ("kontaktperson", 1.0),
        ("kontakt", 0.9),
        ("ansvarlig", 0.85),
        ("ansvarleg", 0.85),
        ("innkjøpsrådgiver", 0.95),
        ("innkjøpsrådgjevar", 0.95),
        ("kontraktsansvarlig", 0.95),
        ("saksbehandler", 0.9),
        ("saksbehandlar", 0.9),
        ("kontaktperson", 1.0),
        ("contact", 1.0),
        ("prosjektleder", 0.8),
        ("rådgiver", 0.8),
        ("ressursperson", 0.8),
        ("fagansvarlig", 0.85),
        ("ansvarlig person", 1.0),
        ("owner", 0.7),
        ("innkjøper", 0.95),
        ("ansvarlig innkjøper", 1.0),
        ("responsible", 0.85),
        ("responsible officer", 1.0),
        ("officer", 0.85),
        ("lead officer", 1.0),
        ("procurement officer", 1.0),
        ("contact person", 1.0),
        ("contract manager", 1.0),
    ),
    Field.PROCEDURE: (
        ("prosedyre", 1.0),
        ("konkurranseform", 1.0),
        ("anskaffelsesprosedyre", 1.0),
        ("konkurranseform prosedyre", 1.0),
        ("anskaffelsesform", 0.95),
        ("type konkurranse", 0.95),
        ("procedure", 1.0),
        ("framgangsmåte", 0.9),
        ("fremgangsmåte", 0.9),
        ("anskaffelsesmetode", 0.95),
        ("regelverk", 0.75),
        ("route to market", 1.0),
        ("procurement procedure", 1.0),
    ),
    Field.COMMENTS: (
        ("kommentar", 1.0),
        ("kommentarer", 1.0),
        ("merknad", 1.0),
        ("merknader", 1.0),
        ("merknadar", 1.0),
        ("notat", 0.9),
        ("notater", 0.9),
        ("anmerkning", 0.95),
        ("comments", 1.0),
        ("comment", 1.0),
        ("notes", 0.9),
        ("note", 0.85),
        ("status", 0.6),
        ("tilleggsinformasjon", 0.9),
        ("info", 0.7),
        ("mer info", 0.85),
        ("bemerkning", 0.95),
        ("opplysninger", 0.7),
        ("remarks", 1.0),
        ("remark", 1.0),
        ("additional information", 1.0),
        ("information", 0.7),
    ),
}

# Header words that say a value column is per year, or for the whole period.
_ANNUAL_WORDS = (
    "pr år",
    "per år",
    "årlig",
    "årleg",
    "årsverdi",
    "år verdi",
    "pr året",
    "i året",
    "per year",
    "annual",
    "yearly",
    "pa",
    "pr år eks",
    "årlege",
    "p a",
    "kr år",
    "nok år",
    "kroner år",
    "year",
    "a year",
    "per annum",
    "annually",
)
_TOTAL_WORDS = (
    "total",
    "totalt",
    "totalverdi",
    "samlet",
    "samla",
    "inkl opsjon",
    "inkl opsjoner",
    "inkludert opsjoner",
    "hele perioden",
    "heile perioden",
    "hele avtaleperioden",
    "kontraktsperioden",
    "avtaleperioden",
    "over perioden",
    "total value",
    "whole period",
    "including options",
    "samlet verdi",
    "totalsum",
    "kontraktsverdi",
    "whole contract period",
    "contract period",
    "contract value",
    "totalt",
    "total nok",
)

_WORD_RE = re.compile(r"[0-9a-zæøåäöéèüáà]+")
_LINE_BREAK_HYPHEN_RE = re.compile(r"(?<=\w)[-\u00ad]\s*[\r\n]+\s*(?=\w)")

#: A header cell longer than this is text, not a column name (and is not scored).
MAX_HEADER_CHARS = 200


def normalise_header(text: str) -> str:
    """Lower case, Unicode-normalised, punctuation to spaces, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("\u00a0", " ")
    # A word hyphenated at a line break in the cell is one word: "Kontrakts-\nperiode".
    text = _LINE_BREAK_HYPHEN_RE.sub("", text)
    return " ".join(_WORD_RE.findall(text))


def clean_header_text(text: str) -> str | None:
    """A header cell as shown: a word hyphenated at a line break joined, spaces collapsed."""
    joined = _LINE_BREAK_HYPHEN_RE.sub("", text)
    return " ".join(joined.split()) or None


def _word_score(header_word: str, word: str) -> float:
    """How well one header word matches one synonym word: 1 exact, less for forms and typos."""
    if header_word == word:
        return 1.0
    if (
        len(word) >= 6
        and header_word.startswith(word)
        and len(header_word) - len(word) <= _MAX_INFLECTION
    ):
        # An inflected form: "opsjoner", "merknader", "beskrivelsen". A longer tail makes a
        # compound whose head is the tail: "innkjøpsansvarlig" is no kind of "innkjøp".
        return 0.95
    if len(word) >= 5 and len(header_word) > len(word) + 2 and header_word.endswith(word):
        # The head of a Norwegian compound: "totalverdi" is a kind of "verdi".
        return 0.9
    if len(word) >= 5 and len(header_word) >= 5:
        if header_word in _VOCABULARY:
            # A word the vocabulary knows means itself, not a typo of another ("contract" is
            # no misspelt "contact").
            return 0.0
        if word.startswith(header_word) and len(word) - len(header_word) >= 3:
            # "anskaffelse" is not a misspelt "anskaffelsesnr": the missing end carries meaning.
            return 0.0
        ratio = fuzz.ratio(header_word, word) / 100.0
        if ratio >= 0.85:
            return ratio * 0.95
    return 0.0


def _phrase_score(header_words: Sequence[str], phrase: str) -> float:
    """How well a synonym phrase occurs in the header: 1 exact words, less when fuzzy."""
    words = phrase.split()
    total = 0.0
    for word in words:
        best = 0.0
        for hw in header_words:
            best = max(best, _word_score(hw, word))
            if best == 1.0:
                break
        if best == 0.0:
            return 0.0
        total += best
    return total / len(words)


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """The best field for one header, with a confidence in [0, 1]."""

    field: Field
    confidence: float


def value_basis(header: str) -> str | None:
    """'annual' or 'total' when the value header says which, else None."""
    return _basis_of(normalise_header(header))


def _basis_of(norm: str) -> str | None:
    padded = f" {norm} "
    annual = any(f" {w} " in padded for w in _ANNUAL_WORDS) or _per_year(norm.split())
    total = any(f" {w} " in padded for w in _TOTAL_WORDS)
    if annual and not total:
        return "annual"
    if total and not annual:
        return "total"
    return None


#: Every word of every synonym.
_VOCABULARY: frozenset[str] = frozenset(
    word
    for synonyms in _SYNONYMS.values()
    for phrase, _weight in synonyms
    for word in phrase.split()
)
#: Short words that are column names on their own; other words need four letters, so that
#: "og", "av", "år" and "no" in ordinary text do not look like column names.
_SHORT_HEADER_WORDS = frozenset({"nr", "lnr", "id", "ref", "cpv"})
#: The words of the synonyms: a cheap first test of whether a cell can be a column name.
HEADER_WORDS: frozenset[str] = frozenset(
    word
    for synonyms in _SYNONYMS.values()
    for phrase, _weight in synonyms
    for word in phrase.split()
    if len(word) >= 4 or word in _SHORT_HEADER_WORDS
)
#: Column names are short; a cell with more words is text, not a header.
MAX_HEADER_WORDS = 8


@lru_cache(maxsize=16384)
def has_header_word(text: str) -> bool:
    """True when a cell reads like a column name: short, with a word of some synonym in it.

    Exact words only (no typos): this is the gate for headers found further down a sheet,
    where every data row would otherwise be scored.
    """
    if len(text) > MAX_HEADER_CHARS:
        return False
    words = normalise_header(text).split()
    return 0 < len(words) <= MAX_HEADER_WORDS and any(w in HEADER_WORDS for w in words)


def _per_year(words: Sequence[str]) -> bool:
    """Whether a header says "per year" with the bare word "år" ("Verdi/år", "Verdi (år)").

    Not a number of years ("4 år"), nor all of them ("alle år", "antall år").
    """
    for i, word in enumerate(words):
        if word in ("år", "year") and i > 0:
            before = words[i - 1]
            if not before.isdigit() and before not in _NOT_PER_YEAR:
                return True
    return False


def score_header(header: str) -> list[HeaderMatch]:
    """All fields this header could mean, best first."""
    if len(header) > MAX_HEADER_CHARS:
        return []
    if header.strip() in _REFERENCE_SIGNS:
        return [HeaderMatch(Field.REFERENCE, 0.8)]
    return list(_score_normalised(normalise_header(header)))


#: Header cells that are a sign for "number" rather than a word.
_REFERENCE_SIGNS = frozenset({"#", "№", "Nr.", "No."})
#: Words before "år" that make it a count of years, not "per year".
_NOT_PER_YEAR = frozenset({"alle", "antall", "hele", "heile", "flere", "fleire", "over", "i"})
#: "uten opsjoner", "excl. options": a header that leaves the options out.
_NEGATED_OPTION_RE = re.compile(
    r"\b(uten|utan|ekskl|eksl|eks|ex|excl|excluding|without) (opsjon|option|forleng)\w*"
)
#: The longest ending that still makes a word a form of a synonym ("opsjon" -> "opsjonene").
_MAX_INFLECTION = 3


@lru_cache(maxsize=8192)
def _score_normalised(norm: str) -> tuple[HeaderMatch, ...]:
    if not norm:
        return ()
    header_words = norm.split()
    scores: dict[Field, float] = {}
    for fld, synonyms in _SYNONYMS.items():
        best = 0.0
        for phrase, weight in synonyms:
            s = _phrase_score(header_words, phrase)
            if s <= 0:
                continue
            # A phrase covering more of the header is a better explanation of it.
            coverage = min(1.0, len(phrase.split()) / max(1, len(header_words)))
            best = max(best, weight * s * (0.8 + 0.2 * coverage))
        if best > 0:
            scores[fld] = best
    words = set(header_words)
    if {"ja", "nei"} <= words or {"yes", "no"} <= words:
        # "Felles anskaffelse aktuelt? (Ja/Nei)" is a question, not what is bought.
        scores.pop(Field.DESCRIPTION, None)
    if Field.OPTION_YEARS in scores and _NEGATED_OPTION_RE.search(norm):
        # "Varighet uten opsjoner" is the contract period without its options.
        scores.pop(Field.OPTION_YEARS)
    if scores.get(Field.VALUE, 0.0) >= 0.7:
        # "Totalverdi inkl. opsjoner" is a value column that mentions options, not the reverse.
        for other in (Field.OPTION_YEARS, Field.CONTRACT_YEARS, *DATE_FIELDS):
            scores.pop(other, None)
    if Field.VALUE in scores:
        basis = _basis_of(norm)
        if basis == "annual":
            scores[Field.ANNUAL_VALUE] = scores.pop(Field.VALUE)
        elif basis == "total":
            scores[Field.TOTAL_VALUE] = scores.pop(Field.VALUE)
    return tuple(
        sorted(
            (HeaderMatch(f, round(min(1.0, s), 3)) for f, s in scores.items()),
            key=lambda m: -m.confidence,
        )
    )


@dataclass(frozen=True, slots=True)
class ColumnAssignment:
    """One mapped column: 0-based index, the header as written, and the confidence."""

    column: int
    header: str
    confidence: float


@dataclass(slots=True)
class ColumnMapping:
    """Which column holds which field."""

    columns: dict[Field, ColumnAssignment] = field(default_factory=dict)
    #: Unmapped headers by 0-based column (kept in the lines' original cells).
    unmapped: dict[int, str] = field(default_factory=dict)

    def column_of(self, fld: Field) -> int | None:
        a = self.columns.get(fld)
        return a.column if a else None

    def recognised_count(self, min_confidence: float = 0.6) -> int:
        return sum(1 for a in self.columns.values() if a.confidence >= min_confidence)

    def score(self) -> float:
        """How plan-like this header is: sum of confidences, with the description required."""
        if Field.DESCRIPTION not in self.columns:
            return 0.0
        return sum(a.confidence for a in self.columns.values())


#: Below this a header is not taken as a column of that field.
MIN_CONFIDENCE = 0.55


def map_columns(headers: Sequence[str | None]) -> ColumnMapping:
    """Assign fields to the header cells of one header row (greedy by confidence)."""
    candidates: list[tuple[float, int, Field]] = []
    for col, header in enumerate(headers):
        if not header:
            continue
        for match in score_header(header):
            if match.confidence >= MIN_CONFIDENCE:
                candidates.append((match.confidence, col, match.field))
    # Highest confidence first; on ties the leftmost column wins.
    candidates.sort(key=lambda c: (-c[0], c[1]))
    mapping = ColumnMapping()
    used_cols: set[int] = set()
    for confidence, col, fld in candidates:
        if col in used_cols:
            continue
        if fld in mapping.columns:
            # A second description-like column becomes the details column.
            if fld is Field.DESCRIPTION and Field.DETAILS not in mapping.columns:
                first = mapping.columns[Field.DESCRIPTION]
                if col < first.column:
                    mapping.columns[Field.DETAILS] = first
                    mapping.columns[Field.DESCRIPTION] = ColumnAssignment(
                        col, str(headers[col]), confidence
                    )
                else:
                    mapping.columns[Field.DETAILS] = ColumnAssignment(
                        col, str(headers[col]), confidence
                    )
                used_cols.add(col)
            continue
        if fld in (Field.ANNUAL_VALUE, Field.TOTAL_VALUE) and Field.VALUE in mapping.columns:
            # A value column that says per year or in total explains the plan better than one
            # that says neither: the plain one is left unmapped.
            used_cols.discard(mapping.columns.pop(Field.VALUE).column)
        elif fld in VALUE_FIELDS and _has_conflicting_value(mapping, fld):
            continue
        mapping.columns[fld] = ColumnAssignment(col, str(headers[col]), confidence)
        used_cols.add(col)
    for col, header in enumerate(headers):
        if header and col not in used_cols:
            mapping.unmapped[col] = str(header)
    return mapping


def _has_conflicting_value(mapping: ColumnMapping, fld: Field) -> bool:
    """A plain 'value' column cannot sit beside an annual or total column, and vice versa."""
    present = set(mapping.columns) & set(VALUE_FIELDS)
    if not present:
        return False
    if fld is Field.VALUE:
        return True
    return Field.VALUE in present


def header_signature(headers: Sequence[str | None]) -> str:
    """A stable key for a header row, to remember a user's corrected mapping."""
    joined = "\x1f".join(normalise_header(h or "") for h in headers).rstrip("\x1f")
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()
