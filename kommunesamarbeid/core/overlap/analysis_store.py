"""A line's analysis as text, so it can be kept between runs (in the database).

The analysis of a line depends only on its words (description and details, whitespace and
Unicode form normalised), the CPV code its plan wrote, the place names among its words, and on
the engine: this code's version, the vocabulary files and the CPV catalogue. ``text_key`` names
the first, ``engine_fingerprint`` the second; a stored analysis is used only under the same
fingerprint, so a new vocabulary or catalogue never meets an old analysis.

``encode``/``decode`` turn the analysis into JSON and back exactly (floats round-trip), so a
run on stored analyses gives the same groups and reasons as a run that analyses every line.
JSON, not pickle: the rows are shared on a server, and reading them must never run code.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

from kommunesamarbeid.core import json_text

if TYPE_CHECKING:
    from kommunesamarbeid.core.overlap.catalogue import LabelReading
    from kommunesamarbeid.core.overlap.features import LineFeatures

__all__ = [
    "ENGINE_VERSION",
    "AnalysisKey",
    "decode",
    "decode_labels",
    "encode",
    "encode_labels",
    "engine_fingerprint",
    "labels_key",
    "normalised",
    "storage_key",
]

#: Raised whenever the analysis of a text changes (new rules, new fields): stored analyses of
#: another version are not used.
ENGINE_VERSION: Final = "15.08"
_FORMAT: Final = 1
#: The objects of a line without any (``objects``), shared by all such lines read back (most
#: lines: one empty mapping, not one each; never changed).
_NO_OBJECTS: Final[dict[str, frozenset[str]]] = {}

#: (description, details, written CPV code or None, place names among the words)
AnalysisKey = tuple[str, str, str | None, frozenset[str]]


def normalised(text: str) -> str:
    """The text as analysis sees it for the key: one Unicode form, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def engine_fingerprint(
    vocabulary_fingerprint: str, catalogue: Mapping[str, tuple[str, str]]
) -> str:
    """16 hex digits naming the engine version, the vocabulary files and the catalogue; ""
    when the vocabulary has no fingerprint (built in code, not read from files)."""
    if not vocabulary_fingerprint:
        return ""
    digest = hashlib.sha256(f"{ENGINE_VERSION}\x1f{vocabulary_fingerprint}".encode())
    for code in sorted(catalogue):
        no, en = catalogue[code]
        digest.update(f"\x1e{code}\x1f{no}\x1f{en}".encode())
    return digest.hexdigest()[:16]


def storage_key(key: AnalysisKey, fingerprint: str) -> str:
    """40 hex digits naming one analysis under one engine."""
    description, details, written, places = key
    text = "\x1f".join((fingerprint, description, details, written or "", ",".join(sorted(places))))
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()


def labels_key(fingerprint: str) -> str:
    """40 hex digits naming the reading of the catalogue's labels under one engine (no line's
    text gives it: ``storage_key`` joins the fingerprint with a line's fields)."""
    return hashlib.sha1(f"{fingerprint}\x1ecatalogue".encode(), usedforsecurity=False).hexdigest()


def encode_labels(english: Mapping[str, str], reading: LabelReading) -> str:
    """The catalogue as the engine read it: the English words learnt from its label pairs and
    each label's words (``catalogue.read_labels``), as JSON (floats round-trip)."""
    heads, words = reading
    data = [_FORMAT, list(english.items()), heads, [list(ws.items()) for ws in words]]
    return json_text.dumps(data)


def decode_labels(text: str) -> tuple[dict[str, str], LabelReading] | None:
    """What ``encode_labels`` stored, or None when it is of another format or not readable."""
    try:
        data = json_text.loads(text)
        if not isinstance(data, list) or len(data) != 4 or data[0] != _FORMAT:
            return None
        _, english, heads, words = data
        return (
            {str(e): str(n) for e, n in english},
            (
                [str(h) for h in heads],
                [{str(term): float(weight) for term, weight in ws} for ws in words],
            ),
        )
    except (ValueError, TypeError):
        return None


def encode(features: LineFeatures) -> str:
    """The analysis part of ``features`` (not the line's own id, period and values) as JSON."""
    f = features
    data: list[Any] = [
        _FORMAT,
        f.terms,
        f.surfaces,
        list(f.families),
        list(f.coverage),
        [[k, v] for k, v in f.matched_terms.items()],
        f.text_kinds,
        f.written_kind,
        f.cpv,
        f.cpv_source,
        f.project,
        list(f.main_keys),
        list(f.heads),
        f.weak_kind,
        list(f.cpv_words),
        f.compounds,
        f.split_forms,
        sorted(f.roles),
        list(f.role_words),
        f.family_from_code,
        sorted(f.specific_keys),
        list(f.specifics),
        list(f.heads_in_compounds),
        list(f.head_tails),
        f.service_side,
        {head: sorted(keys) for head, keys in f.objects.items()},
        list(f.object_words),
        list(f.object_families),
    ]
    return json_text.dumps(data)


def decode(text: str, line: Any) -> LineFeatures | None:
    """The analysis stored by ``encode`` (with ``line`` as its line), or None when it is of
    another format or no JSON (a damaged row: the text is analysed again)."""
    from kommunesamarbeid.core.overlap.evidence import shared_marks
    from kommunesamarbeid.core.overlap.features import LineFeatures

    try:
        data = json_text.loads(text)
    except ValueError:
        return None
    if not isinstance(data, list) or not data or data[0] != _FORMAT:
        return None
    (
        _,
        terms,
        surfaces,
        families,
        coverage,
        matched,
        text_kinds,
        written_kind,
        cpv,
        cpv_source,
        project,
        main_keys,
        heads,
        weak_kind,
        cpv_words,
        compounds,
        split_forms,
        roles,
        role_words,
        from_code,
        specific_keys,
        specifics,
        heads_in_compounds,
        head_tails,
        service_side,
        objects,
        object_words,
        object_families,
    ) = data
    return LineFeatures(
        line,
        terms,
        surfaces,
        tuple(families),
        tuple(coverage),
        {int(k): v for k, v in matched},
        text_kinds,
        written_kind,
        cpv,
        cpv_source,
        project,
        None,
        tuple(main_keys),
        tuple(heads),
        weak_kind,
        tuple(cpv_words),
        compounds,
        split_forms,
        frozenset(roles),
        tuple(role_words),
        from_code,
        frozenset(specific_keys),
        tuple(specifics),
        shared_marks(tuple(bool(m) for m in heads_in_compounds)),  # (flags; rows written as 1 too)
        shared_marks(tuple(head_tails)),
        service_side,
        {str(head): frozenset(keys) for head, keys in objects.items()} if objects else _NO_OBJECTS,
        tuple(object_words),
        tuple(object_families),
    )
