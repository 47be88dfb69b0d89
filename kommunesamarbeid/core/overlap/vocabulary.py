"""The domain vocabulary as data: need families, stopwords, spelling variants, word kinds.

The files live in resources/vocabulary/ (see its README.md); ``load_vocabulary`` reads them with
the standard library only. Nothing here is tuned to one set of plans: the families describe what
municipalities buy, in the words procurement officers use for it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from kommunesamarbeid.core.cpv import CpvKind, is_code8
from kommunesamarbeid.core.overlap.lexicon import Lexicon, load_lexicon

__all__ = ["Family", "Vocabulary", "VocabularyError", "load_vocabulary"]

_KIND_NAMES: Final[dict[str, CpvKind]] = {
    "goods": "supplies",
    "supplies": "supplies",
    "services": "services",
    "works": "works",
}


class VocabularyError(ValueError):
    """The vocabulary files are not usable (the message says which file and what)."""


@dataclass(frozen=True, slots=True)
class Family:
    """One need, as typically bought in one framework agreement or lot."""

    id: str
    label: str
    kinds: frozenset[CpvKind]
    cpv: tuple[str, ...]
    terms: tuple[str, ...]
    parent: str | None = None
    #: Too wide to be one need by itself ("kurs", "programvare"): lines that share only this
    #: family count as related, not as the same need. Families with sub-families are broad too.
    broad: bool = False
    #: Bound to one place ("leie av lokaler": one municipality's premises): two lines of it are
    #: never one tender, whatever their words share (``scoring``: as a one-off project).
    site_bound: bool = False


@dataclass(frozen=True, slots=True)
class Vocabulary:
    families: tuple[Family, ...]
    stopwords: frozenset[str] = frozenset()
    variants: dict[str, str] = field(default_factory=dict)
    lexicon: frozenset[str] = frozenset()
    no_split: frozenset[str] = frozenset()
    no_stem: frozenset[str] = frozenset()
    #: word -> (kind or None, generic)
    word_kinds: dict[str, tuple[CpvKind | None, bool]] = field(default_factory=dict)
    beneficiary_prepositions: frozenset[str] = frozenset()
    linking_letters: tuple[str, ...] = ("s", "e")
    short_prefixes: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    inflection_fragments: frozenset[str] = frozenset()
    project_activities: frozenset[str] = frozenset()
    project_markers: frozenset[str] = frozenset()
    framework_markers: frozenset[str] = frozenset()
    #: Words for one building ("skole", "rådhus"): after a name, the name of one building.
    building_heads: frozenset[str] = frozenset()
    #: Words that make a need of their own out of what they are about: advice, consulting or
    #: project management *about* insurance is not insurance ("forsikringsrådgivning").
    role_heads: frozenset[str] = frozenset()
    #: Generic last parts that name a system (software) rather than a service or goods
    #: ("lønnssystem" is not "lønnstjenester").
    system_heads: frozenset[str] = frozenset()
    #: Words whose meaning their object completes, with the prepositions before such an
    #: object: a topic ("kurs i førstehjelp") and a product ("lisenser til Visma"); and the
    #: words for who a thing is for ("tilsette", "barnehage"): never an object (``objects``).
    object_heads: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    product_heads: frozenset[str] = frozenset()
    product_prepositions: frozenset[str] = frozenset()
    beneficiary_heads: frozenset[str] = frozenset()
    #: Lemmas, compound parts and frequencies (resources/vocabulary/lexicon); None without it.
    senses: Lexicon | None = field(default=None, compare=False, repr=False)
    #: English word -> the Norwegian word a plan would write (english.tsv): the words the
    #: CPV catalogue does not teach.
    english: dict[str, str] = field(default_factory=dict)
    #: A digest of the files it was read from ("" when built in code): analyses stored under
    #: another vocabulary are never used.
    fingerprint: str = field(default="", compare=False)

    def family(self, family_id: str) -> Family:
        for candidate in self.families:
            if candidate.id == family_id:
                return candidate
        raise KeyError(family_id)


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    result = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.lstrip().startswith("#"):
            result.append(raw.rstrip())
    return result


def _words(path: Path) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines(path))


def _family(raw: dict[str, object], source: Path) -> Family:
    try:
        family_id = str(raw["id"])
        label = str(raw["label"])
        kinds_raw = raw.get("kinds", [])
        cpv_raw = raw.get("cpv", [])
        terms_raw = raw["terms"]
    except KeyError as missing:
        raise VocabularyError(f"{source.name}: en familie mangler feltet {missing}") from None
    if not isinstance(kinds_raw, list) or not isinstance(cpv_raw, list):
        raise VocabularyError(f"{source.name}: «kinds» og «cpv» i {family_id} må være lister")
    if not isinstance(terms_raw, list) or not terms_raw:
        raise VocabularyError(f"{source.name}: familien {family_id} har ingen ord («terms»)")
    kinds: set[CpvKind] = set()
    for name in kinds_raw:
        if str(name) not in _KIND_NAMES:
            raise VocabularyError(
                f"{source.name}: ukjent art «{name}» i {family_id} (bruk goods, services, works)"
            )
        kinds.add(_KIND_NAMES[str(name)])
    codes = tuple(str(c) for c in cpv_raw)
    for code in codes:
        if not is_code8(code):
            raise VocabularyError(f"{source.name}: «{code}» i {family_id} er ikke en 8-sifret CPV")
    parent = raw.get("parent")
    return Family(
        id=family_id,
        label=label,
        kinds=frozenset(kinds),
        cpv=codes,
        terms=tuple(str(t).lower() for t in terms_raw),
        parent=str(parent) if parent else None,
        broad=bool(raw.get("broad", False)),
        site_bound=bool(raw.get("site_bound", False)),
    )


def _word_kinds(path: Path) -> dict[str, tuple[CpvKind | None, bool]]:
    result: dict[str, tuple[CpvKind | None, bool]] = {}
    for line in _lines(path):
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2:
            raise VocabularyError(f"{path.name}: linjen «{line}» har ikke to kolonner")
        kind = _KIND_NAMES.get(cells[1])
        generic = len(cells) > 2 and cells[2] == "generic"
        result[cells[0].lower()] = (kind, generic)
    return result


def _pairs(path: Path) -> dict[str, str]:
    """A file of two tab-separated columns as a mapping (a row whose columns agree is left
    out); an empty mapping when the file is missing."""
    result: dict[str, str] = {}
    for line in _lines(path):
        cells = [c.strip().lower() for c in line.split("\t")]
        if len(cells) != 2 or not all(cells):
            raise VocabularyError(f"{path.name}: linjen «{line}» må ha to kolonner")
        if cells[0] != cells[1]:
            result[cells[0]] = cells[1]
    return result


def load_vocabulary(directory: Path) -> Vocabulary:
    """Read the vocabulary files of ``directory`` (resources/vocabulary/)."""
    families_path = directory / "families.json"
    if not families_path.exists():
        raise VocabularyError(f"Fant ikke {families_path}")
    try:
        data = json.loads(families_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise VocabularyError(f"{families_path.name}: ugyldig JSON ({error})") from None
    families = tuple(_family(raw, families_path) for raw in data.get("families", []))
    ids = [f.id for f in families]
    if len(ids) != len(set(ids)):
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        raise VocabularyError(f"{families_path.name}: familie-id brukt flere ganger: {duplicates}")
    for family in families:
        if family.parent is not None and family.parent not in ids:
            raise VocabularyError(
                f"{families_path.name}: {family.id} har ukjent overordnet familie {family.parent}"
            )
    rules_path = directory / "rules.json"
    rules: dict[str, list[str]] = (
        json.loads(rules_path.read_text(encoding="utf-8")) if rules_path.exists() else {}
    )

    def rule(name: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in rules.get(name, []))

    variants = _pairs(directory / "spelling_variants.tsv")
    senses = load_lexicon(directory / "lexicon")
    if senses is not None:
        # a spelling variant of a bokmål headword also reads the word inside compounds
        # ("vass" in "vassmålar"), and goes before the table derived from the dictionaries
        listed = {v: std for v, std in variants.items() if std in senses.nb.entries}
        senses.nn_nb.update(listed)
        # ... and is that word also where the dictionaries read the form as another one
        # (a compound's last part «senger» is «seng», not «sang»)
        senses.variants = listed
        # a word the dictionaries list whole is not read as a particle and a word ("for" +
        # "damping", "til" + "beredning")
        senses.particles = rule("particles")
    return Vocabulary(
        families=families,
        stopwords=_words(directory / "stopwords.txt"),
        variants=variants,
        lexicon=_words(directory / "lexicon.txt"),
        no_split=_words(directory / "no_split.txt"),
        no_stem=_words(directory / "no_stem.txt"),
        word_kinds=_word_kinds(directory / "word_kinds.tsv"),
        beneficiary_prepositions=rule("beneficiary_prepositions"),
        linking_letters=tuple(rules.get("linking_letters", ["s", "e"])),
        short_prefixes=rule("short_prefixes"),
        particles=rule("particles"),
        inflection_fragments=rule("inflection_fragments"),
        project_activities=rule("project_activities"),
        project_markers=rule("project_markers"),
        framework_markers=rule("framework_markers"),
        building_heads=rule("building_heads"),
        role_heads=rule("role_heads"),
        system_heads=rule("system_heads"),
        object_heads=rule("object_heads"),
        object_prepositions=rule("object_prepositions"),
        product_heads=rule("product_heads"),
        product_prepositions=rule("product_prepositions"),
        beneficiary_heads=rule("beneficiary_heads"),
        senses=senses,
        english=_pairs(directory / "english.tsv"),
        fingerprint=_fingerprint(directory),
    )


def _fingerprint(directory: Path) -> str:
    """A digest of every file of the vocabulary (names and contents)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        if path.suffix in (".md", ".pyc"):
            continue  # documentation says nothing about the analysis
        digest.update(str(path.relative_to(directory)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
