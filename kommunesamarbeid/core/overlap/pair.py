"""Why two lines are, or are not, one need: every signal of one pair, in Norwegian bokmål.

``explain_pair`` scores the pair the way detection does (the word weights come from all the
lines given, as in a detection run) and turns each signal into evidence for or against, quoting
only words that are in the two lines' own text, and says what would make them a group.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from kommunesamarbeid.core.overlap import goods_service
from kommunesamarbeid.core.overlap.catalogue import kind_bits_of
from kommunesamarbeid.core.overlap.code_spread import shared_code
from kommunesamarbeid.core.overlap.detect import (
    CatalogueInput,
    _df_cap,
    build_model,
    place_names,
    read_together,
)
from kommunesamarbeid.core.overlap.evidence import (
    SYSTEM_TAIL,
    HeadsApart,
    compound_heads,
    heads_apart,
    specific_word,
    tails_apart,
)
from kommunesamarbeid.core.overlap.explain import format_period, suggested_from
from kommunesamarbeid.core.overlap.family_kinds import by_head_only, joining, not_by_head
from kommunesamarbeid.core.overlap.features import LineFeatures, TextModel
from kommunesamarbeid.core.overlap.group_fit import group_fit_evidence
from kommunesamarbeid.core.overlap.model import DetectionSettings, MatchLine
from kommunesamarbeid.core.overlap.objects import objects_apart, objects_meet
from kommunesamarbeid.core.overlap.precision import (
    other_reading,
    own_words,
    site_bound_only,
    sub_needs,
    system_word,
)
from kommunesamarbeid.core.overlap.scoring import FeatureTable
from kommunesamarbeid.core.overlap.spelling import is_variant
from kommunesamarbeid.core.overlap.split_forms import split_evidence
from kommunesamarbeid.core.overlap.vocabulary import Vocabulary

__all__ = ["PairExplanation", "explain_pair"]

_KIND_NAMES = {1: "varer", 2: "bygge- og anleggsarbeid", 4: "tjenester"}
_TAIL_NAMES = {1: "varer", 4: "tjenester eller arbeid", SYSTEM_TAIL: "et system"}


@dataclass(slots=True)
class PairExplanation:
    """The answer to "why are these two (not) together?"."""

    first_id: int
    second_id: int
    score: float
    threshold: float
    #: Does the pair's own score reach the threshold (the groups may say otherwise: a line
    #: joins a group when it fits the group as a whole, ``group_fit``).
    passes: bool
    grouped: bool = False
    evidence_for: list[str] = field(default_factory=list)
    evidence_against: list[str] = field(default_factory=list)
    would_group: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "first_line_id": self.first_id,
            "second_line_id": self.second_id,
            "score": round(self.score, 3),
            "threshold": round(self.threshold, 3),
            "grouped": self.grouped,
            "evidence_for": self.evidence_for,
            "evidence_against": self.evidence_against,
            "what_would_group": self.would_group,
        }


def _quote(words: Sequence[str]) -> str:
    return ", ".join(f"«{w}»" for w in words)


def _known_by(line: LineFeatures, family: int) -> str:
    """What a line's need was known by: its own words, or the CPV code its plan wrote."""
    words = [w for w in line.matched_terms.get(family, "").split(" + ") if w]
    if words:
        return _quote(words)
    return f"CPV-koden {line.cpv}"


def _tails(line: LineFeatures, other: LineFeatures) -> str:
    """What the generic last parts after the heads a line shares with another buy."""
    bits = 0
    for head, tail in zip(line.heads, line.head_tails, strict=False):
        if head in other.heads:
            bits |= tail
    names = [name for bit, name in _TAIL_NAMES.items() if bits & bit]
    return " og ".join(names)


def _tails_evidence(
    model: TextModel, a: LineFeatures, b: LineFeatures, found: tuple[str, str]
) -> str:
    """Why one word before generic last parts that buy different things is two needs; a line
    that buys a system for the need ("Driftssystem for renovasjon": ``precision.system_for``)
    is said to."""
    systems = [
        system_word(model.analyzer.analyse(f.line.description).tokens, model.tail_bits)
        for f in (a, b)
    ]
    if any(systems):
        described = [
            f"linje {f.line.id} gjelder et system («{found_system.surface}») for «{word}»"
            if found_system is not None
            else f"linje {f.line.id} «{word}» ({_tails(f, b if f is a else a)})"
            for f, found_system, word in zip((a, b), systems, found, strict=True)
        ]
        text = ", ".join(described)
        return (
            text[:1].upper()
            + text[1:]
            + ": et system for noe er et annet kjøp enn det systemet er for (senker likheten)"
        )
    return (
        f"«{found[0]}» i linje {a.line.id} og «{found[1]}» i linje {b.line.id} har samme "
        "forledd, men de generelle etterleddene kjøper ulike ting ("
        + ", ".join(f"linje {f.line.id}: {_tails(f, b if f is a else a)}" for f in (a, b))
        + "): ulike behov (senker likheten)"
    )


def _kinds(bits: int) -> str:
    return " og ".join(name for bit, name in _KIND_NAMES.items() if bits & bit)


def _shared_words(a: LineFeatures, b: LineFeatures) -> list[str]:
    """The words both lines have (by meaning), weighted words only, quoted as the group reasons
    quote them: «vask» when both lines write it so, «vask», «vinduer» / «vindusvask» when the
    first line's words are one compound in the second (or «reinhald» / «renhold»: spellings)."""
    keys = [k for k in a.terms if k in b.terms and a.terms[k] > 0 and b.terms[k] > 0]
    keys.sort(key=lambda k: -(a.terms[k] + b.terms[k]))
    pairs: dict[str, dict[str, None]] = {}  # the second line's word -> the first line's words
    for key in keys:
        first, second = a.surfaces.get(key), b.surfaces.get(key)
        if first is not None and second is not None:
            pairs.setdefault(second, {})[first] = None
    merged: dict[str, dict[str, None]] = {}  # the first line's words -> the second line's
    for second, firsts in pairs.items():
        merged.setdefault(", ".join(f"«{w}»" for w in firsts), {})[f"«{second}»"] = None
    return [
        first if list(seconds) == [first] else f"{first} / {', '.join(seconds)}"
        for first, seconds in merged.items()
    ]


def _spelling_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> list[str]:
    """The shared words the two lines spell differently: near spellings of one long word, or a
    misspelt word read as the word meant (``typos``)."""
    typos = model.analyzer.typos

    def misspelt(surface: str) -> bool:
        return typos is not None and any(typos.corrected(p) != p for p in surface.split("-"))

    found: dict[str, None] = {}  # one reason per two spellings (a compound's parts share them)
    for key in a.terms:
        if key not in b.terms or a.surfaces.get(key) == b.surfaces.get(key):
            continue
        first, second = a.surfaces.get(key), b.surfaces.get(key)
        if first and second and (is_variant(key) or misspelt(first) or misspelt(second)):
            found[
                f"«{first}» i linje {a.line.id} og «{second}» i linje {b.line.id} er "
                "skrivemåter av samme ord (nynorsk og bokmål, bøyning eller skrivefeil)"
            ] = None
    return list(found)


def _generic_words(model: TextModel, line: LineFeatures) -> list[str]:
    analysed = model.analyzer.analyse(line.line.description)
    return [t.surface for t in analysed.tokens if t.generic]


def _cpv_text(model: TextModel, line: LineFeatures) -> str:
    assert line.cpv is not None
    return _code_text(model, line.cpv)


def _code_text(model: TextModel, code: str) -> str:
    label = model.catalogue.label(code)
    return f"{code} ({label})" if label else code


def _spread_evidence(model: TextModel, code: str, parts: dict[str, np.generic]) -> str:
    """The code the lines share is on other lines of the run whose words are other needs
    (``code_spread``)."""
    return (
        f"CPV-koden {_code_text(model, code)} brukes i planene om ulike behov: "
        f"{int(parts['code_apart'])} av {int(parts['code_asked'])} andre par av linjer med "
        "koden har ord som ikke peker på samme behov, så koden teller mindre her"
    )


def _codes_evidence(
    model: TextModel, a: LineFeatures, b: LineFeatures, overruled: bool = False
) -> str:
    """Which written code of two of different kinds seems wrong: the one its own text
    contradicts. ``overruled``: the words of both lines name one need (the codes lower the
    score a little and no more)."""
    assert a.cpv is not None and b.cpv is not None
    text = (
        f"CPV-kodene i planene er av ulik art: {_cpv_text(model, a)} er "
        f"{_kinds(kind_bits_of(a.cpv))}, {_cpv_text(model, b)} er {_kinds(kind_bits_of(b.cpv))}"
    )
    wrong = [f for f in (a, b) if _words_contradict_code(f)]
    if len(wrong) == 1:
        line = wrong[0]
        text += f"; {_kind_reading(model, line)}{_verdict(model, line)}"
    elif len(wrong) == 2 and a.text_kinds & b.text_kinds:
        said = "teksten i begge linjene tyder på"
        if a.families or b.families:
            said = "behovene som ordene i linjene peker på, er"
        text += f"; {said} {_kinds(a.text_kinds & b.text_kinds)}, så begge kodene ser feil ut"
    elif overruled:
        text += "; ordene i begge linjene peker på samme behov, så en av kodene ser feil ut"
    else:
        text += "; teksten avgjør"
    return text + (" (senker likheten litt)" if overruled else "")


def _kind_reading(model: TextModel, line: LineFeatures) -> str:
    """Where a line's kind was read, as true words: its text, or the need families its words
    point to (a family's kind is not something the words themselves say: «Heiser» in a
    family of lift maintenance does not say "services")."""
    if line.families:
        labels = ", ".join(model.families[f].label for f in line.families)
        return (
            f"behovet som ordene i «{line.line.description}» peker på ({labels}), er "
            f"{_kinds(line.text_kinds)}"
        )
    return f"teksten «{line.line.description}» tyder på {_kinds(line.text_kinds)}"


def _verdict(model: TextModel, line: LineFeatures) -> str:
    """What a code contradicted by its line's reading says: wrong, unless only the need family
    the words point to gives the kind and the code's own label names a word of the line
    («Heiser» under the code for lifts)."""
    if line.families and line.cpv:
        label = model.catalogue.label(line.cpv)
        if label and _keys(model, label) & _keys(model, line.line.description):
            return f", men koden {line.cpv} har ord fra linjen og kan være riktig"
    return f", så koden {line.cpv} ser feil ut"


def _keys(model: TextModel, text: str) -> set[str]:
    return {t.key for t in model.analyzer.analyse(text).tokens if not t.generic}


def _words_contradict_code(line: LineFeatures) -> bool:
    """The line's own words name another kind than its CPV code."""
    return bool(line.text_kinds and line.cpv and not line.text_kinds & kind_bits_of(line.cpv))


def _doubtful_code_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """A written code of another kind than its own line's words, beside a line of the kind
    those words name."""
    texts = [
        f"linje {f.line.id} har CPV-koden {_cpv_text(model, f)}, som er "
        f"{_kinds(kind_bits_of(f.cpv or ''))}, mens {_kind_reading(model, f)}{_verdict(model, f)}"
        for f in (a, b)
        if f.cpv_source == "written" and _words_contradict_code(f)
    ]
    return "Ulik art etter CPV-koden: " + "; ".join(texts) + " (senker likheten litt)"


def _code_only_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """A kind only a written code gives (the line's words name none), against words of both
    lines that name one need: the code seems wrong."""
    texts = [
        f"linje {f.line.id} har CPV-koden {_cpv_text(model, f)}, som er "
        f"{_kinds(kind_bits_of(f.cpv or ''))}, mens ordene «{f.line.description}» ikke sier "
        "hva slags kjøp det er"
        for f in (a, b)
        if f.cpv_source == "written" and not f.text_kinds
    ]
    return (
        "Ulik art bare etter CPV-koden: "
        + "; ".join(texts)
        + ". Ordene i begge linjene peker på samme behov, så koden ser feil ut (senker "
        "likheten litt)"
    )


def explain_pair(
    lines: Sequence[MatchLine],
    catalogue: CatalogueInput,
    vocabulary: Vocabulary,
    first_id: int,
    second_id: int,
    settings: DetectionSettings | None = None,
    groups: Mapping[int, Sequence[int]] | None = None,
) -> PairExplanation:
    """Evidence for and against putting two of ``lines`` in one group. ``groups``: the
    stored overlaps that hold either line (number -> member line ids): whether the two are in
    one, and, where the overlaps and the pair's own score say different things, how each line
    fits them (``group_fit``)."""
    settings = settings or DetectionSettings()
    by_id = {line.id: n for n, line in enumerate(lines)}
    for line_id in (first_id, second_id):
        if line_id not in by_id:
            raise KeyError(line_id)
    model = build_model(vocabulary, catalogue)
    places = place_names(lines)
    features = read_together(model, [model.line(line, places) for line in lines], places)
    table = FeatureTable(features, model, settings.max_months_apart, df_cap=_df_cap(len(lines)))
    a_index, b_index = by_id[first_id], by_id[second_id]
    a_arr = np.array([a_index], dtype=np.int64)
    b_arr = np.array([b_index], dtype=np.int64)
    parts = {
        k: v[0] for k, v in table.components(a_arr, b_arr, table.similarity(a_arr, b_arr)).items()
    }
    a, b = features[a_index], features[b_index]
    threshold = settings.threshold
    score = float(parts["score"])
    same_municipality = a.line.municipality_id == b.line.municipality_id
    passes = score >= threshold and not bool(parts["veto"]) and not same_municipality
    result = PairExplanation(first_id, second_id, score, threshold, passes)
    _evidence(model, a, b, parts, result)
    if same_municipality:
        result.evidence_against.insert(
            0, f"Begge linjene er fra {a.line.municipality}: et overlapp er mellom kommuner"
        )
    _what_would_group(parts, result, same_municipality, a.project or b.project)
    if groups:
        _by_groups(table, by_id, result, groups)
    return result


def _by_groups(
    table: FeatureTable,
    by_id: Mapping[int, int],
    out: PairExplanation,
    groups: Mapping[int, Sequence[int]],
) -> None:
    """What the stored overlaps say about the pair (``explain_pair``)."""
    pair = (out.first_id, out.second_id)
    together = sorted(g for g, ids in groups.items() if pair[0] in ids and pair[1] in ids)
    pro, con = group_fit_evidence(table, by_id, pair, out.passes, groups, out.threshold)
    if together:
        out.grouped = True
        out.evidence_for[:0] = [f"Begge er med i overlapp nr. {together[0]}", *pro]
        out.would_group = []  # they are one already: nothing is missing
    elif con:
        out.evidence_against[:0] = con
        # the pair reaches the threshold, but a line does not fit the other's overlap
        out.would_group = [
            "Legg linjen til overlappet selv («Legg til linje» eller «group add-line») hvis det "
            "er samme behov"
        ]


def _evidence(
    model: TextModel,
    a: LineFeatures,
    b: LineFeatures,
    parts: dict[str, np.generic],
    out: PairExplanation,
) -> None:
    pro, con = out.evidence_for, out.evidence_against
    common = set(a.families) & set(b.families)
    if a.family_from_code and b.family_from_code and common:
        labels = ", ".join(model.families[family].label for family in sorted(common))
        con.append(
            f"Begge linjene er kjent som {labels} bare gjennom CPV-koden, ikke gjennom ordene: "
            "det teller ikke"
        )
        common = set()
    apart = (
        heads_apart(a, b, compound_heads(a), compound_heads(b)) if parts["heads_apart"] else None
    )
    if apart is not None:
        con.append(_heads_apart_evidence(model, a, b, apart, common))
    elif bool(parts["heads_apart"]):
        con.append(
            "Linjene har bare det siste leddet i sammensatte ord felles, med forledd som sier "
            "ulike ting: det gjør dem ikke til samme behov (senker likheten)"
        )
    elif bool(parts["family_by_head"]):
        con.append(_by_head_evidence(model, a, b))
    elif not bool(parts["code_alone"]):  # (else the need is only related: said below)
        for family in sorted(common):
            label = model.families[family].label
            known = " og ".join(f"{_known_by(f, family)} i linje {f.line.id}" for f in (a, b))
            pro.append(f"Samme behov: {label} (kjent på {known})")
        if not common and float(parts["related_family"]) > 0 and not bool(parts["broad_link"]):
            pro.append("Beslektede behov: det ene er en del av det andre")
    if bool(parts["code_alone"]):
        con.append(_code_alone_evidence(model, a, b, common))
    shared = _shared_words(a, b)
    split = None
    if not shared:
        con.append("Linjene har ingen ord med innhold felles")
    elif not bool(parts["objects_apart"]):  # (else it counts nothing: _objects_evidence)
        text = "Felles ord: " + ", ".join(shared)
        # the decimal comma in the number only: a quoted word may have a full stop ("hj.tj.")
        similarity = f"{float(parts['text']):.2f}".replace(".", ",")
        pro.append(f"{text} (likhet i ordene {similarity})")
        pro.extend(_spelling_evidence(model, a, b))
        split = split_evidence(a, b, model.activities)
        if split is not None:
            pro.append(split)
    if bool(parts["objects_meet"]) and split is None:  # (else the split form says it)
        pro.append(_meet_evidence(model, a, b))
    generic = sorted(set(_generic_words(model, a)) | set(_generic_words(model, b)))
    if generic:
        con.append(
            f"Generelle ord som {_quote(generic)} teller ikke: de sier hvordan noe kjøpes, ikke hva"
        )
    if float(parts["cpv"]) > 0 and a.cpv and b.cpv:
        pro.append(f"CPV-kodene ligner: {_cpv_text(model, a)} og {_cpv_text(model, b)}")
        if float(parts["code_weight"]) < 1.0:
            con.append(_spread_evidence(model, shared_code(a.cpv, b.cpv), parts))
    if float(parts["cpv"]) > 0:
        for line in (a, b):
            if line.cpv and line.cpv_source != "written":
                pro.append(
                    f"Linje {line.line.id} har ingen CPV i planen; {line.cpv} er "
                    + suggested_from(line)
                )
    if bool(parts["codes_disagree"]):
        con.append(_codes_evidence(model, a, b, bool(parts["code_overruled"])))
    elif bool(parts["code_doubtful"]):
        con.append(_doubtful_code_evidence(model, a, b))
    elif bool(parts["goods_service"]):
        con.append(goods_service.evidence(model.analyzer, a, b))
    elif bool(parts["code_overruled"]):
        con.append(_code_only_evidence(model, a, b))
    elif bool(parts["kinds_differ"]):
        _kind_evidence(a, b, parts, out)
    if bool(parts["objects_apart"]):
        con.append(_objects_evidence(model, a, b))
    if bool(parts["broad_apart"]):
        labels = ", ".join(
            model.families[f].label for f in sorted(set(a.families) | set(b.families))
        )
        con.append(
            f"Begge er bare et vidt behov ({labels}), men om ulike ting: "
            f"{_quote(a.specifics)} i linje {a.line.id}, {_quote(b.specifics)} i linje {b.line.id}"
        )
    elif bool(parts["broad_link"]):
        con.append(_broad_link_evidence(model, a, b))
    elif bool(parts["family_conflict"]):
        labels_a = ", ".join(model.families[f].label for f in a.families)
        labels_b = ", ".join(model.families[f].label for f in b.families)
        con.append(
            f"Ulike behov: {labels_a} (linje {a.line.id}) og {labels_b} (linje {b.line.id})"
            + _wider_need(model, a, b, bool(shared))
        )
    if bool(parts["tails_apart"]):
        found = tails_apart(a, b)
        if found is None:
            con.append(
                "Linjene har samme ord foran generelle etterledd som kjøper ulike ting (varer, "
                "tjenester eller et system): ulike behov (senker likheten)"
            )
        else:
            con.append(_tails_evidence(model, a, b, found))
    if bool(parts["roles_differ"]):
        described = [
            f"linje {f.line.id} gjelder {_quote(f.role_words)}"
            if f.role_words
            else f"linje {f.line.id} ikke"
            for f in (a, b)
        ]
        con.append(
            "Rådgivning, konsulentarbeid eller prosjektledelse er et eget behov: "
            + ", ".join(described)
        )
    if bool(parts["one_sided"]):
        con.append("Bare den ene linjen er et kjent behov, og hovedordene er ulike")
    if bool(parts["one_of_two"]):
        con.append(_one_of_two_evidence(model, a, b))
    if bool(parts["other_reading"]):
        con.append(_other_reading_evidence(model, a, b))
    if bool(parts["project"]):
        which = [f.line.id for f in (a, b) if f.project]
        if which:
            con.append(
                "Linje "
                + " og ".join(str(i) for i in which)
                + " ser ut som et enkeltstående bygg- eller anleggsprosjekt (ett bestemt bygg, "
                "anlegg eller sted); to slike prosjekter blir ikke én felles anskaffelse, men en "
                "rammeavtale kan bli det"
            )
        con.extend(_site_bound_evidence(model, a, b))
    time_factor = float(parts["time_factor"])
    if a.line.period is not None and b.line.period is not None:
        when = f"{format_period(a.line.period)} og {format_period(b.line.period)}"
        if time_factor >= 1.0:
            pro.append(f"Tidspunktene passer: {when}")
        else:
            con.append(f"Langt fra hverandre i tid: {when}")


def _code_alone_evidence(
    model: TextModel, a: LineFeatures, b: LineFeatures, common: set[int]
) -> str:
    """A need one line is known by only through its plan's code, while its own words name
    something else and share none with the other line (``precision.code_only_need``)."""
    line, other = (a, b) if a.family_from_code else (b, a)
    label = ", ".join(model.families[f].label for f in sorted(common))
    words = [t.surface for t in own_words(line.line.description, model.analyzer)]
    return (
        f"Linje {line.line.id} er kjent som {label} bare gjennom CPV-koden {line.cpv}, mens "
        f"ordene ({_quote(words)}) ikke peker på det behovet og ikke har noe ord felles med "
        f"linje {other.line.id}: da teller behovet som beslektet, ikke som samme behov "
        "(senker likheten)"
    )


def _wider_need(model: TextModel, a: LineFeatures, b: LineFeatures, shared: bool) -> str:
    """What a family conflict of two parts of one wider need adds: the words the lines share
    are that need's (``precision.sub_needs``), or "" (other conflicts)."""
    if not sub_needs(a, b, model.ancestors):
        return ""
    wider = set().union(*(model.ancestors[f] for f in a.families))
    wider &= set().union(*(model.ancestors[f] for f in b.families))
    labels = ", ".join(model.families[f].label for f in sorted(wider))
    said = ": ordene de har felles, sier ikke mer enn det" if shared else ""
    return f", begge en del av {labels}{said}"


def _one_of_two_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """Which line is read as more needs than the one the pair shares (and by which words)."""
    common = set(a.families) & set(b.families)
    shared = " og ".join(model.families[f].label for f in sorted(common))
    also = []
    for line in (a, b):
        other = [
            f"{model.families[f].label} ({_known_by(line, f)})"
            for f in line.families
            if f not in common
        ]
        if other:
            also.append(f"linje {line.line.id} leses også som {' og '.join(other)}")
    return (
        f"Linjene har bare behovet {shared} felles og ingen ord felles, og det er bare én "
        f"lesning: {'; '.join(also)} (senker likheten)"
    )


def _broad_link_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """The broad need two lines meet in, and the needs each is about
    (``precision.meet_only_broadly``)."""

    def wide(line: LineFeatures) -> set[int]:
        found = set().union(*({f, *model.ancestors[f]} for f in line.families))
        return {f for f in found if model.broad[f]}

    common = ", ".join(model.families[f].label for f in sorted(wide(a) & wide(b)))
    own = [
        ", ".join(
            f"{model.families[f].label} ({_known_by(line, f)})"
            for f in line.families
            if not model.broad[f]
        )
        + f" i linje {line.line.id}"
        for line in (a, b)
    ]
    return (
        f"Linjene møtes bare i et vidt behov ({common}), og hver gjelder et eget behov: "
        f"{own[0]}, {own[1]}"
    )


def _other_reading_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """Which line's own code is of a need it is read as beside the shared one
    (``precision.other_reading``)."""
    line = other_reading(a, b, model.matcher.related, model.families) or a
    other = b if line is a else a
    common = [f for f in line.families if f in other.families]
    shared = " og ".join(model.families[f].label for f in common)
    division = (line.cpv or "")[:2]
    own = [
        f"{model.families[f].label} ({_known_by(line, f)})"
        for f in line.families
        if f not in common and any(c[:2] == division for c in model.families[f].cpv)
    ]
    return (
        f"Linje {line.line.id} leses også som {' og '.join(own)}, og CPV-koden {line.cpv} i "
        f"planen hører til det behovet, ikke til {shared}: behovet linjene har felles, er en "
        "annen lesning av ordene enn den planen mente (senker likheten)"
    )


def _site_bound_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> list[str]:
    """Why lines of a need bound to one place («leie av lokaler») are no joint tender."""
    which, labels = [], []
    for line in (a, b):
        if not line.project and site_bound_only(line, model.families):
            which.append(str(line.line.id))
            labels.append(model.families[line.families[0]].label)
    if not which:
        return []
    return [
        f"Linje {' og '.join(which)} gjelder {' og '.join(dict.fromkeys(labels))}, som er "
        "knyttet til ett bestemt sted: to kommuners avtaler om det blir ikke én felles "
        "anskaffelse"
    ]


def _objects_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """Two lines that share a word its object completes, about different objects."""
    head = objects_apart(a, b, model.matcher.related) or ""
    return (
        f"Det felles ordet («{a.surfaces.get(head, head)}» i linje {a.line.id}, "
        f"«{b.surfaces.get(head, head)}» i linje {b.line.id}) sier ikke hva som kjøpes uten det "
        f"det gjelder, og det er ulike ting: {_quote(a.object_words)} i linje {a.line.id}, "
        f"{_quote(b.object_words)} i linje {b.line.id} (ordet teller ikke)"
    )


def _meet_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """Two lines about the same thing with two words for one activity ("kurs" / "opplæring")."""
    head = objects_meet(a, b, model.activities) or ""
    other = next((h for h in sorted(model.activities.get(head, ())) if h in b.objects), head)

    def written(line: LineFeatures, word: str) -> str:
        found = [line.surfaces[word]] if word in line.surfaces else []
        return _quote(list(dict.fromkeys((*found, *line.object_words))))

    return (
        "Samme tema skrevet med to ord for samme slags tjeneste: "
        f"{written(a, head)} i linje {a.line.id} og {written(b, other)} i linje {b.line.id}"
    )


def _heads_apart_evidence(
    model: TextModel, a: LineFeatures, b: LineFeatures, apart: HeadsApart, common: set[int]
) -> str:
    """Two compounds that end alike, with first parts that say different things."""
    text = (
        f"«{apart.first}» i linje {a.line.id} og «{apart.second}» i linje {b.line.id} ender på "
        "samme ord, men forleddene sier ulike ting"
    )
    if common:
        labels = ", ".join(model.families[f].label for f in sorted(common))
        text += f"; behovet {labels} er bare kjent på det siste leddet"
    return text + ": det felles leddet alene gjør dem ikke til samme behov (senker likheten)"


def _by_head_evidence(model: TextModel, a: LineFeatures, b: LineFeatures) -> str:
    """A need one line is in only by a compound's last part, the lines of different kinds
    (``family_kinds``)."""
    pair = (a, b)
    related = model.matcher.related
    known = by_head_only(
        0, 1, pair, lambda k: not_by_head(pair[k], model.matcher, model.analyzer), related
    )
    line, other = (b, a) if known == 1 else (a, b)
    family = joining(line, other, related)[0]
    kinds = (
        f"linje {a.line.id} ser ut som {_kinds(a.written_kind or a.text_kinds)}, "
        f"linje {b.line.id} som {_kinds(b.written_kind or b.text_kinds)}"
    )
    return (
        f"Linje {line.line.id} er kjent som {model.families[family].label} bare på det siste "
        f"leddet i {_known_by(line, family)}, og "
        f"linjene er ulike slags kjøp ({kinds}): behovet teller ikke (senker likheten)"
    )


def _kind_evidence(
    a: LineFeatures,
    b: LineFeatures,
    parts: dict[str, np.generic],
    out: PairExplanation,
) -> None:
    """Kinds that differ: a guess from the words weighs little, and nothing beside a shared
    specific word; works weigh as they did."""
    kinds = (
        f"linje {a.line.id} ser ut som {_kinds(a.written_kind or a.text_kinds)}, "
        f"linje {b.line.id} som {_kinds(b.written_kind or b.text_kinds)}"
    )
    shared = specific_word(a, b) if bool(parts["kind_overruled"]) else None
    if shared is not None:
        out.evidence_for.append(
            f"Samme spesifikke ord («{shared[0]}» i linje {a.line.id}, «{shared[1]}» i linje "
            f"{b.line.id}) veier tyngre enn ulik art, som bare er gjettet ut fra ordene "
            f"({kinds})"
        )
    elif bool(parts["kind_guessed"]):
        out.evidence_against.append(
            f"Ulik art, men bare gjettet ut fra ordene eller en foreslått CPV-kode: {kinds} "
            "(senker likheten litt; mange linjer er både en vare og service på den)"
        )
    else:
        out.evidence_against.append(f"Ulik art: {kinds}")


def _what_would_group(
    parts: dict[str, np.generic], out: PairExplanation, same_municipality: bool, project: bool
) -> None:
    """``project``: a line is a one-off project (not only bound to one place)."""
    hints = out.would_group
    if out.passes:
        hints.append(
            "Paret når terskelen; de havner i samme overlapp når begge passer med gruppen som "
            "helhet og ingen av dem passer bedre i et annet"
        )
        return
    if same_municipality:
        hints.append("Ingenting: to linjer fra samme kommune blir ikke et overlapp alene")
        return
    if project:
        hints.append(
            "Skriv linjene som en rammeavtale (f.eks. «Rammeavtale tømrerarbeid») hvis det er "
            "ett behov for flere bygg"
        )
    if bool(parts["codes_disagree"]) and not bool(parts["family_conflict"]):
        # (when the texts name two different needs, the codes only agree with them)
        hints.append("Rett CPV-koden i planen hvis den er feil")
    if bool(parts["veto"]) and not bool(parts["project"]):
        hints.append(
            "Legg linjen til overlappet selv («Legg til linje» eller «group add-line») hvis det er samme behov"
        )
    needed = (0.8 - out.score) / 0.5
    if not bool(parts["veto"]) and 0.0 < needed <= 1.0:
        hints.append(
            f"Høyere følsomhet: fra {needed:.2f} havner paret over terskelen".replace(".", ",", 1)
        )
    elif not bool(parts["veto"]):
        hints.append(
            "Legg linjen til overlappet selv («Legg til linje» eller «group add-line») hvis det er samme behov"
        )
