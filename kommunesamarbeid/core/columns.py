"""Recognising a plan's columns from their header words.

Plans name their columns freely ("Hva skal kjøpes", "Skildring", "Est. verdi pr år eks mva").
Each field has synonyms in bokmål, nynorsk and English; a header is scored against them by
whole-word phrase matching with fuzzy tolerance for typos and for words cut short with a full
stop ("Beskr.", "Avt.per.": ``header_cuts``), and columns are assigned to fields
greedily by confidence so that each field gets at most one column (the description may get a
second text column, ``details``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from kommunesamarbeid.core.header_cuts import cut_matches, cut_reading, header_tokens, is_cut
from kommunesamarbeid.core.header_words import ANNUAL_WORDS, SYNONYMS, TOTAL_WORDS, VOCABULARY
from kommunesamarbeid.core.header_words import Field as Field

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

_WORD_RE = re.compile(r"[0-9a-zæøåäöéèüáà]+")
_LINE_BREAK_HYPHEN_RE = re.compile(r"(?<=\w)[-\u00ad]\s*[\r\n]+\s*(?=\w)")

#: A header cell longer than this is text, not a column name (and is not scored).
MAX_HEADER_CHARS = 200


def normalise_header(text: str) -> str:
    """Lower case, Unicode-normalised, punctuation to spaces, single spaces."""
    return " ".join(_WORD_RE.findall(_lowered(text)))


def _lowered(text: str) -> str:
    """Lower case and Unicode-normalised, a word hyphenated at a line break in the cell joined
    ("Kontrakts-\nperiode"), punctuation kept."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u00a0", " ")
    return _LINE_BREAK_HYPHEN_RE.sub("", text)


def _reading(words: Sequence[str]) -> str:
    """Header words with each clear cut as the one word it is read as ("årl." -> "årleg")."""
    return " ".join(cut_reading(w) if is_cut(w) else w for w in words)


def _scoring_form(text: str) -> str:
    """The header's words as ``normalise_header`` gives them, but a clear cut ("Beskr.",
    "Avt.per.") kept with its full stop, so that it is matched as the start of a word."""
    return " ".join(header_tokens(_lowered(text)))


def clean_header_text(text: str) -> str | None:
    """A header cell as shown: a word hyphenated at a line break joined, spaces collapsed."""
    joined = _LINE_BREAK_HYPHEN_RE.sub("", text)
    return " ".join(joined.split()) or None


def _word_score(header_word: str, word: str) -> float:
    """How well one header word matches one synonym word: 1 exact, less for forms and typos."""
    if header_word == word:
        return 1.0
    if is_cut(header_word):
        # "Beskr." for "beskrivelse": less sure than the word written out, never a typo.
        return _CUT_SCORE if cut_matches(header_word, word) else 0.0
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
        if header_word in VOCABULARY:
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
    return _basis_of(_reading(_scoring_form(header).split()))


def _basis_of(norm: str) -> str | None:
    padded = f" {norm} "
    annual = any(f" {w} " in padded for w in ANNUAL_WORDS) or _per_year(norm.split())
    total = any(f" {w} " in padded for w in TOTAL_WORDS)
    if annual and not total:
        return "annual"
    if total and not annual:
        return "total"
    return None


#: "og", "av", "år" and "no" in ordinary text do not look like column names.
_SHORT_HEADER_WORDS = frozenset({"nr", "lnr", "id", "ref", "cpv"})
#: The words of the synonyms: a cheap first test of whether a cell can be a column name.
HEADER_WORDS: frozenset[str] = frozenset(
    word
    for synonyms in SYNONYMS.values()
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
    words = _scoring_form(text).split()
    return 0 < len(words) <= MAX_HEADER_WORDS and any(w in HEADER_WORDS or is_cut(w) for w in words)


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
    return list(_score_normalised(_scoring_form(header)))


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
#: How well a clear cut matches a word it stands for ("beskr." and "beskrivelse").
_CUT_SCORE = 0.9


@lru_cache(maxsize=8192)
def _score_normalised(form: str) -> tuple[HeaderMatch, ...]:
    """The fields of a header in its scoring form (see ``_scoring_form``)."""
    if not form:
        return ()
    header_words = form.split()
    # Each cut as the word it stands for, for the tests of whole words below.
    norm = _reading(header_words)
    scores: dict[Field, float] = {}
    for fld, synonyms in SYNONYMS.items():
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
    words = set(norm.split())
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
