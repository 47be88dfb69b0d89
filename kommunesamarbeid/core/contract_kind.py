"""Which kind of contract a proposal is: goods, services, works or special services.

The kind decides the EEA threshold (FOA § 5-3), so it is shown with its reason and can be set by
the coordinator. Each line is read in this order:

1. its CPV code as written in the plan: division 45 is building and construction works, the
   codes of Annex XIV to Directive 2014/24/EU are special services, divisions 03–44 and 48 goods,
   the rest services (``core.thresholds.contract_kind_of``);
2. without CPV, its own words: "totalentreprise", "entreprise", "rehabilitering", "nybygg",
   "ombygging", "anleggsarbeid" … name building and construction work; "helse", "omsorg",
   "barnevern", "opplæring", "kantine" … name special services;
3. else the CPV code the overlap engine suggests from the text (``ProposalLineData.suggested_cpv``).

A mixed proposal counts as the kind with the largest value (its main subject); on a tie the kind
with the lower EEA threshold wins (the cautious reading). Design and site supervision
("prosjektering", "byggeledelse") are services (CPV 71), not works, and are not matched here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import ProposalLineData
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.core.thresholds import (
    CONTRACT_KIND_LABELS,
    ContractKind,
    contract_kind_of,
    line_code8,
)

__all__ = [
    "CONTRACT_KINDS",
    "KindSource",
    "LineKind",
    "ProposalKind",
    "kind_of_line",
    "kind_of_text",
    "proposal_kind",
]

KindSource = Literal["cpv", "text", "suggested_cpv", "none"]

#: The kinds in the order a user chooses among them.
CONTRACT_KINDS: Final[tuple[ContractKind, ...]] = (
    "supplies",
    "services",
    "works",
    "special_services",
)

#: On a tie the kind with the lower EEA threshold wins (the cautious reading).
_PREFERENCE: Final[tuple[ContractKind, ...]] = ("services", "supplies", "special_services", "works")

_WORKS_RE: Final = re.compile(
    r"\b(?:\w*entreprise\w*|nybygg\w*|tilbygg\w*|påbygg\w*|ombygging\w*|\w*rehabilitering\w*"
    r"|anlegg|anleggsarbeid\w*|anleggsentrepren\w*|bygge-? og anlegg\w*|byggearbeid\w*"
    r"|riving\w*|rivearbeid\w*|grunnarbeid\w*|\w*asfaltering\w*|asfaltarbeid\w*"
    r"|oppføring\w*|utbygging\w*|bygging)\b"
)
#: Health and care words that make "rehabilitering" a service, not building work.
_CARE_RE: Final = re.compile(r"\b(?:rus\w*|pasient\w*|bruker\w*|helse\w*|opphold\w*|plass\w*)\b")
_SPECIAL_RE: Final = re.compile(
    r"\b(?:\w*helsetjenest\w*|\w*helsetenest\w*|omsorgstjenest\w*|omsorgstenest\w*|barnevern\w*"
    r"|avlastning\w*|avlasting\w*|brukerstyrt personlig assistanse|bpa|hjemmetjenest\w*"
    r"|heimeteneste\w*|legetjenest\w*|legevakt\w*|fysioterapi\w*|psykolog\w*|rusbehandling\w*"
    r"|\w*institusjonsplass\w*|sykehjemsplass\w*|opplæring\w*|undervisning\w*|kantine\w*"
    r"|catering\w*|matombringing\w*|middagsombringing\w*|advokat\w*|juridisk\w*"
    r"|\w*rehabiliteringstjenest\w*)\b"
)


def kind_of_text(text: str) -> tuple[ContractKind, str] | None:
    """The kind a line's own words name, with the word; None when they name none."""
    lowered = text.casefold()
    special = _SPECIAL_RE.search(lowered)
    works = _WORKS_RE.search(lowered)
    if works and not ("rehabilitering" in works.group(0) and (special or _CARE_RE.search(lowered))):
        return "works", works.group(0)
    if special:
        return "special_services", special.group(0)
    return None


@dataclass(frozen=True, slots=True)
class LineKind:
    kind: ContractKind | None
    source: KindSource
    #: The code or the word that decided it.
    evidence: str = ""


def kind_of_line(line: ProposalLineData) -> LineKind:
    """One line's kind from its CPV, its words, or the suggested CPV (module docstring)."""
    code8 = line_code8(line)
    if code8 is not None:
        return LineKind(contract_kind_of(code8), "cpv", code8)
    found = kind_of_text(" ".join(t for t in (line.description, line.details) if t))
    if found is not None:
        return LineKind(found[0], "text", found[1])
    if line.suggested_cpv and len(line.suggested_cpv) == 8 and line.suggested_cpv.isdigit():
        try:
            return LineKind(
                contract_kind_of(line.suggested_cpv), "suggested_cpv", line.suggested_cpv
            )
        except ValueError:
            pass
    return LineKind(None, "none")


@dataclass(frozen=True, slots=True)
class ProposalKind:
    """The proposal's kind of contract and why, in Norwegian."""

    kind: ContractKind
    #: "set" (chosen by the coordinator), "lines" (from the lines) or "default" (nothing known).
    source: Literal["set", "lines", "default"]
    reason: str
    #: What the lines alone say (also when the coordinator chose another kind).
    from_lines: ContractKind
    #: Lines whose kind was read from their words or a suggested code (no CPV written).
    guessed_lines: int = 0


def _label(kind: ContractKind) -> str:
    return CONTRACT_KIND_LABELS[kind]


def _lines_kind(
    lines: Sequence[ProposalLineData], values: Mapping[int, int]
) -> tuple[ContractKind, str, int, bool]:
    kinds = {line.line_id: kind_of_line(line) for line in lines}
    weight: dict[ContractKind, int] = {}
    counts: dict[ContractKind, int] = {}
    for line in lines:
        lk = kinds[line.line_id]
        if lk.kind is None:
            continue
        weight[lk.kind] = weight.get(lk.kind, 0) + values.get(line.line_id, 0)
        counts[lk.kind] = counts.get(lk.kind, 0) + 1
    guessed = sum(1 for lk in kinds.values() if lk.source in ("text", "suggested_cpv"))
    if not counts:
        return "services", Text("rules.kind_reason.nothing"), guessed, False
    by_value = sum(weight.values()) > 0
    basis = weight if by_value else counts
    kind = max(basis, key=lambda k: (basis[k], -_PREFERENCE.index(k)))
    evidence = _evidence(lines, kinds, kind)
    reason: str
    if len(counts) == 1:
        reason = Text("rules.kind_reason.one", kind=_label(kind), evidence=evidence)
    else:
        parts = [
            Text("rules.kind_reason.part_value", kind=_label(k), value=format_nok(weight[k]))
            if by_value
            else Text("rules.kind_reason.part_lines", kind=_label(k), n=counts[k])
            for k in _PREFERENCE
            if k in counts
        ]
        reason = Text(
            "rules.kind_reason.mixed",
            parts=parts,
            kind=_label(kind),
            how=Text("rules.kind_reason.by_value" if by_value else "rules.kind_reason.by_lines"),
            evidence=evidence,
        )
    return kind, reason, guessed, True


def _evidence(
    lines: Sequence[ProposalLineData], kinds: Mapping[int, LineKind], kind: ContractKind
) -> str:
    sources = [kinds[line.line_id] for line in lines if kinds[line.line_id].kind == kind]
    parts: list[str] = []
    cpv = [lk.evidence for lk in sources if lk.source == "cpv"]
    if cpv:
        parts.append(Text("rules.kind_reason.cpv", codes=", ".join(sorted(set(cpv))[:3])))
    words = [lk.evidence for lk in sources if lk.source == "text"]
    if words:
        quoted = ", ".join(f"«{w}»" for w in sorted(set(words))[:3])
        parts.append(Text("rules.kind_reason.words", words=quoted))
    suggested = [lk.evidence for lk in sources if lk.source == "suggested_cpv"]
    if suggested:
        codes = ", ".join(sorted(set(suggested))[:3])
        key = "suggested_others" if parts else "suggested"
        parts.append(Text(f"rules.kind_reason.{key}", codes=codes))
    return (
        Text("rules.kind_reason.evidence", parts=parts)
        if parts
        else Text("rules.kind_reason.lines")
    )


def proposal_kind(
    lines: Sequence[ProposalLineData],
    values: Mapping[int, int],
    *,
    chosen: ContractKind | None = None,
) -> ProposalKind:
    """The proposal's kind: the coordinator's choice, else what the lines say (by value)."""
    kind, reason, guessed, known = _lines_kind(lines, values)
    if chosen is not None:
        key = "chosen_same" if chosen == kind else "chosen_other"
        text = Text(
            f"rules.kind_reason.{key}", kind=_label(chosen), lines=_label(kind), reason=reason
        )
        return ProposalKind(chosen, "set", text, kind, guessed)
    return ProposalKind(kind, "lines" if known else "default", reason, kind, guessed)
