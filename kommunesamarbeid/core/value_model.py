"""The value model of a proposal: every figure a document prints, computed once.

Every output (GUI summary, proposal PDF, fullmakt, overview PDF, Excel, OCDS, ``proposal show
--json``) reads its figures from one :class:`ValueModel`; none sums on its own. Each figure
carries its basis in words so a document can say how it was found.

Per line (FOA § 5-4: the whole period, all options and renewals included)
    *Plan value*: what the municipality's plan says the line is worth over its own period: the
    total it states, else annual value × (contract years + option years), else, when the
    duration is unknown, monthly value × 48 (annual value × 4).
    *Value in the proposal*: annual value × the proposal's period (contract + option years).
    Without any period (no line states one and the coordinator has set none) the plan value.
    A line with only a total is converted through its own period (total ÷ own years, or ÷ 4).
    A withdrawn line is shown with its figures but is not counted.

The proposal's period
    The coordinator's period when set; else the longest period among the counted lines,
    options included, so that a proposal never starts below what the plans say. When the
    proposal is still below the sum of the plan values (a shorter period set by the coordinator,
    or lines of unknown duration valued over less than 48 months) a warning says by how much and
    why (``value_warnings``).

Per participant and in total
    Estimated value (the counted lines' values in the proposal), annual value, the sum of the
    plan values, and for a framework agreement the maximum value: the coordinator's maximum, or
    the estimate when none is set, split over the participants in proportion to their estimated
    values (largest remainder, so the shares add up to the maximum). A framework agreement must
    state both and is spent when the maximum is reached (EU Court C-216/17 and C-23/20); the
    thresholds are then measured against the maximum.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Final, Literal

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    Evaluation,
    ParticipantValue,
    ProposalData,
    ProposalLineData,
    RuleWarning,
)
from kommunesamarbeid.core.texts import Text

__all__ = [
    "UNKNOWN_DURATION_YEARS",
    "LineValue",
    "ProposalPeriod",
    "ValueModel",
    "build_value_model",
    "framework_from_lines",
    "model_of",
    "value_warnings",
    "years_text",
]

#: A contract of unknown length is valued as monthly value x 48 (FOA § 5-4).
UNKNOWN_DURATION_YEARS: Final = Decimal(4)

PlanBasis = Literal["total", "annual_x_years", "annual_x48", "missing"]
LineBasis = Literal["proposal_period", "plan", "missing"]

_FRAMEWORK_RE: Final = re.compile(
    r"\b(?:\w*rammeavtal\w*|rammekontrakt\w*|avrop\w*|\w*innkjøpsordning\w*)\b"
)


# --- small helpers ----------------------------------------------------------------------


def _nok(amount: Decimal) -> int:
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _dec(value: float | None) -> Decimal | None:
    if value is None or value <= 0:
        return None
    return Decimal(str(value))


def number_text(value: Decimal | float) -> str:
    """4 -> "4", 4.5 -> "4,5" (Norwegian decimal comma)."""
    rounded = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    return f"{rounded:f}".replace(".", ",")


def years_text(contract: Decimal | float | None, options: Decimal | float | None) -> str:
    """(1, 2) -> "1 år + 2 års opsjon (3 år)", (2, 0) -> "2 år"."""
    if contract is None:
        return Text("rules.years.unknown")
    c = Decimal(str(contract))
    o = Decimal(str(options or 0))
    if o <= 0:
        return Text("rules.years.plain", years=number_text(c))
    return Text(
        "rules.years.with_options",
        years=number_text(c),
        options=number_text(o),
        total=number_text(c + o),
    )


# --- the period -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProposalPeriod:
    """The joint agreement's period, and where it comes from."""

    contract_years: Decimal | None
    option_years: Decimal
    #: "proposal" (set by the coordinator), "lines" (the longest line) or "none" (unknown).
    source: Literal["proposal", "lines", "none"]
    #: The line with the longest period (source "lines").
    line_id: int | None = None

    @property
    def years(self) -> Decimal | None:
        if self.contract_years is None:
            return None
        return self.contract_years + self.option_years

    def text(self) -> str:
        if self.contract_years is None:
            return Text("rules.period.none")
        return Text(
            f"rules.period.{self.source}",
            years=years_text(self.contract_years, self.option_years),
        )


def _own_period(line: ProposalLineData) -> tuple[Decimal, Decimal] | None:
    contract = _dec(line.contract_years)
    if contract is None:
        return None
    return contract, _dec(line.option_years) or Decimal(0)


def proposal_period(proposal: ProposalData) -> ProposalPeriod:
    """The coordinator's period, else the longest counted line's (contract + options)."""
    contract = _dec(proposal.contract_years)
    if contract is not None:
        return ProposalPeriod(contract, _dec(proposal.option_years) or Decimal(0), "proposal")
    best: tuple[Decimal, Decimal, Decimal, int] | None = None
    for line in proposal.all_lines():
        own = _own_period(line)
        if own is None or line.status == "withdrawn":
            continue
        key = (own[0] + own[1], own[0], own[1], line.line_id)
        if best is None or key[:3] > best[:3]:
            best = key
    if best is None:
        return ProposalPeriod(None, Decimal(0), "none")
    return ProposalPeriod(best[1], best[2], "lines", best[3])


# --- one line ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineValue:
    """One line's figures: its own plan value and its value in the proposal."""

    line_id: int
    municipality_id: int
    withdrawn: bool
    plan_value: int | None
    plan_basis: PlanBasis
    #: The line's own years incl. options (4 for unknown duration), None without a value.
    plan_years: Decimal | None
    #: The annual value (written or derived), None when it cannot be known.
    annual: Decimal | None
    #: The value in the proposal (also for a withdrawn line: what it would count).
    value: int | None
    basis: LineBasis
    #: The years multiplied by in the proposal.
    years: Decimal | None
    plan_text: str
    basis_text: str

    @property
    def counted(self) -> bool:
        return not self.withdrawn and self.value is not None

    @property
    def annual_nok(self) -> int | None:
        """The annual value in whole kroner, as every table prints it."""
        return _nok(self.annual) if self.annual is not None else None

    @property
    def counted_value(self) -> int:
        return self.value if self.counted and self.value is not None else 0

    @property
    def differs(self) -> bool:
        """The value in the proposal is not the plan value (both known)."""
        return (
            self.value is not None and self.plan_value is not None and self.value != self.plan_value
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "line_id": self.line_id,
            "status": "withdrawn" if self.withdrawn else "active",
            "counted": self.counted,
            "plan_value_nok": self.plan_value,
            "plan_basis": self.plan_basis,
            "plan_years": float(self.plan_years) if self.plan_years is not None else None,
            "plan_basis_text": self.plan_text,
            "annual_value_nok": self.annual_nok,
            "value_nok": self.value,
            "counted_value_nok": self.counted_value,
            "basis": self.basis,
            "years": float(self.years) if self.years is not None else None,
            "basis_text": self.basis_text,
        }


def _plan(line: ProposalLineData) -> tuple[int | None, PlanBasis, Decimal | None, Decimal | None]:
    """(plan value, basis, years, annual) of a line as its plan states it."""
    own = _own_period(line)
    years = own[0] + own[1] if own is not None else None
    stated_total = line.total_value_nok is not None and (
        line.value_basis in (None, "total", "both") or line.annual_value_nok is None
    )
    if stated_total and line.total_value_nok is not None:
        # the total is what the plan says for its whole period: over the same period the
        # proposal counts exactly that (a stated annual value is used only without years)
        if years is None and line.annual_value_nok is not None:
            annual: Decimal | None = Decimal(line.annual_value_nok)
        else:
            annual = Decimal(line.total_value_nok) / (years or UNKNOWN_DURATION_YEARS)
        return line.total_value_nok, "total", years or UNKNOWN_DURATION_YEARS, annual
    if line.annual_value_nok is not None:
        annual = Decimal(line.annual_value_nok)
        if years is not None:
            return _nok(annual * years), "annual_x_years", years, annual
        return (
            _nok(annual * UNKNOWN_DURATION_YEARS),
            "annual_x48",
            UNKNOWN_DURATION_YEARS,
            annual,
        )
    return None, "missing", None, None


def _plan_text(line: ProposalLineData, value: int | None, basis: PlanBasis) -> str:
    own = _own_period(line)
    period = years_text(*own) if own is not None else Text("rules.years.unknown")
    if basis == "total":
        return Text("value.plan_total", value=format_nok(value), period=period)
    if basis == "annual_x_years":
        return Text("value.plan_annual", annual=format_nok(line.annual_value_nok), period=period)
    if basis == "annual_x48":
        return Text("value.plan_annual_x48", annual=format_nok(line.annual_value_nok))
    return Text("value.plan_missing")


def line_value(line: ProposalLineData, municipality_id: int, period: ProposalPeriod) -> LineValue:
    plan_value, plan_basis, plan_years, annual = _plan(line)
    withdrawn = line.status == "withdrawn"
    plan_text = _plan_text(line, plan_value, plan_basis)
    years = period.years
    basis: LineBasis
    value: int | None
    used: Decimal | None
    if plan_value is None:
        value, basis, text, used = None, "missing", Text("value.missing"), None
    elif years is None:
        value, basis, used = plan_value, "plan", plan_years
        text = Text("value.plan", plan=plan_text)
    else:
        assert annual is not None
        value, basis, used = _nok(annual * years), "proposal_period", years
        annual_text = format_nok(_nok(annual))
        text = Text("value.proposal_period", annual=annual_text, years=number_text(years))
    if withdrawn:
        text = Text("value.withdrawn", text=text)
    return LineValue(
        line_id=line.line_id,
        municipality_id=municipality_id,
        withdrawn=withdrawn,
        plan_value=plan_value,
        plan_basis=plan_basis,
        plan_years=plan_years,
        annual=annual,
        value=value,
        basis=basis,
        years=used,
        plan_text=plan_text,
        basis_text=text,
    )


# --- framework --------------------------------------------------------------------------


def framework_from_lines(proposal: ProposalData) -> tuple[bool, str]:
    """Whether the plan lines' own words call it a framework agreement, and the reason."""
    found: dict[str, list[str]] = {}
    for p in proposal.participants:
        for line in p.lines:
            text = " ".join(t for t in (line.description, line.details, line.notes) if t)
            match = _FRAMEWORK_RE.search(text.casefold())
            if match:
                found.setdefault(match.group(0), [])
                if p.name not in found[match.group(0)]:
                    found[match.group(0)].append(p.name)
    if not found:
        return False, Text("rules.framework.no_words")
    parts = [f"«{word}» ({', '.join(names)})" for word, names in sorted(found.items())]
    return True, Text("rules.framework.words", words=", ".join(parts))


def framework_reason(proposal: ProposalData) -> str:
    derived, reason = framework_from_lines(proposal)
    if proposal.is_framework == derived:
        return reason
    key = "chosen_framework" if proposal.is_framework else "chosen_not_framework"
    return Text(f"rules.framework.{key}", reason=reason)


def _split(total: int, weights: Sequence[int]) -> list[int]:
    """``total`` split in proportion to ``weights`` (largest remainder; equal when all 0)."""
    if not weights:
        return []
    base = sum(weights)
    shares = [Decimal(w) / base if base else Decimal(1) / len(weights) for w in weights]
    raw = [Decimal(total) * s for s in shares]
    out = [int(r) for r in raw]  # floor for non-negative amounts
    left = total - sum(out)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - out[i]), i))
    for i in order[:left]:
        out[i] += 1
    return out


# --- the model --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ValueModel:
    """Every figure of a proposal (see the module docstring)."""

    period: ProposalPeriod
    lines: Mapping[int, LineValue]
    participants: tuple[ParticipantValue, ...]
    estimated_nok: int
    annual_nok: int
    plan_nok: int
    framework: bool
    framework_reason: str
    maximum_nok: int | None
    maximum_set: bool
    maximum_text: str
    #: The value the thresholds are measured against (the maximum for a framework agreement).
    threshold_value_nok: int
    incomplete: bool
    #: Sentences saying how the figures were found, for the documents.
    basis: tuple[str, ...]

    @property
    def below_plans_nok(self) -> int:
        return max(0, self.plan_nok - self.estimated_nok)

    @property
    def withdrawn_line_ids(self) -> list[int]:
        return [i for i, lv in self.lines.items() if lv.withdrawn]

    def counted_sum(self, line_ids: Sequence[int]) -> int:
        """The counted value of some lines together (e.g. the lines a table leaves out)."""
        return sum(self.lines[i].counted_value for i in line_ids if i in self.lines)

    def participant(self, municipality_id: int) -> ParticipantValue | None:
        for pv in self.participants:
            if pv.municipality_id == municipality_id:
                return pv
        return None

    def to_json(self) -> dict[str, Any]:
        years = self.period.years
        return {
            "estimated_value_nok": self.estimated_nok,
            "annual_value_nok": self.annual_nok,
            "plan_value_nok": self.plan_nok,
            "below_plans_nok": self.below_plans_nok,
            "maximum_value_nok": self.maximum_nok,
            "maximum_set_by_coordinator": self.maximum_set,
            "maximum_basis": self.maximum_text,
            "threshold_value_nok": self.threshold_value_nok,
            "framework": self.framework,
            "framework_reason": self.framework_reason,
            "incomplete": self.incomplete,
            "period": {
                "source": self.period.source,
                "contract_years": float(self.period.contract_years)
                if self.period.contract_years is not None
                else None,
                "option_years": float(self.period.option_years),
                "years": float(years) if years is not None else None,
                "line_id": self.period.line_id,
                "text": self.period.text(),
            },
            "basis": list(self.basis),
            "lines": [lv.to_json() for lv in self.lines.values()],
        }


def build_value_model(proposal: ProposalData) -> ValueModel:
    """Compute every figure of ``proposal`` (see the module docstring)."""
    period = proposal_period(proposal)
    lines: dict[int, LineValue] = {}
    participants: list[ParticipantValue] = []
    annual_total = Decimal(0)
    for p in proposal.participants:
        own = [line_value(line, p.municipality_id, period) for line in p.lines]
        for lv in own:
            lines[lv.line_id] = lv
        counted = [lv for lv in own if not lv.withdrawn]
        annual = sum((lv.annual for lv in counted if lv.annual is not None), Decimal(0))
        annual_total += annual
        participants.append(
            ParticipantValue(
                municipality_id=p.municipality_id,
                name=p.name,
                annual_value_nok=_nok(annual),
                total_value_nok=sum(lv.counted_value for lv in counted),
                incomplete=any(lv.value is None for lv in counted),
                plan_value_nok=sum(lv.plan_value or 0 for lv in counted),
                withdrawn_lines=len(own) - len(counted),
            )
        )
    estimated = sum(pv.total_value_nok for pv in participants)
    plan = sum(pv.plan_value_nok for pv in participants)
    framework = proposal.is_framework
    maximum: int | None = None
    maximum_set = framework and proposal.maximum_value_nok is not None
    if framework:
        maximum = proposal.maximum_value_nok if maximum_set else estimated
        assert maximum is not None
        for pv, share in zip(
            participants, _split(maximum, [pv.total_value_nok for pv in participants]), strict=True
        ):
            pv.maximum_value_nok = share
    maximum_text: str
    if not framework:
        maximum_text = Text("rules.maximum.none")
    elif maximum_set:
        maximum_text = Text("rules.maximum.set", maximum=format_nok(maximum))
    else:
        maximum_text = Text("rules.maximum.not_set", maximum=format_nok(maximum))
    incomplete = any(pv.incomplete for pv in participants)
    model = ValueModel(
        period=period,
        lines=lines,
        participants=tuple(participants),
        estimated_nok=estimated,
        annual_nok=_nok(annual_total),
        plan_nok=plan,
        framework=framework,
        framework_reason=framework_reason(proposal),
        maximum_nok=maximum,
        maximum_set=maximum_set,
        maximum_text=maximum_text,
        threshold_value_nok=max(maximum, estimated) if maximum is not None else estimated,
        incomplete=incomplete,
        basis=(),
    )
    return _with_basis(proposal, model)


def _with_basis(proposal: ProposalData, vm: ValueModel) -> ValueModel:
    sentences: list[str] = [
        Text(
            "rules.basis.estimate",
            n=len(proposal.participants),
            value=format_nok(vm.estimated_nok),
            annual=format_nok(vm.annual_nok),
        )
    ]
    period = vm.period
    years = period.years
    if period.source == "lines" and years is not None:
        line = next((x for x in proposal.all_lines() if x.line_id == period.line_id), None)
        owner = next(
            (p.name for p in proposal.participants if line is not None and line in p.lines), ""
        )
        sentences.append(
            Text(
                "rules.basis.period_lines",
                period=years_text(period.contract_years, period.option_years),
                source=Text("rules.basis.period_line_source", line=line.description, name=owner)
                if line is not None
                else "",
                years=number_text(years),
            )
        )
    elif period.source == "proposal" and years is not None:
        sentences.append(
            Text(
                "rules.basis.period_set",
                period=years_text(period.contract_years, period.option_years),
                years=number_text(years),
            )
        )
    else:
        sentences.append(Text("rules.basis.period_none"))
    counted = [lv for lv in vm.lines.values() if not lv.withdrawn]
    sentences.append(Text("rules.basis.plan_sum", value=format_nok(vm.plan_nok)))
    differing = [lv for lv in counted if lv.differs]
    if vm.estimated_nok > vm.plan_nok and differing:
        sentences.append(
            Text(
                "rules.basis.above_plans",
                difference=format_nok(vm.estimated_nok - vm.plan_nok),
                n=len(differing),
            )
        )
    elif vm.below_plans_nok > 0:
        sentences.append(Text("rules.basis.below_plans", difference=format_nok(vm.below_plans_nok)))
    x48 = [lv for lv in counted if lv.plan_basis == "annual_x48"]
    if x48:
        sentences.append(Text("rules.basis.unknown_duration", n=len(x48)))
    withdrawn = [lv for lv in vm.lines.values() if lv.withdrawn]
    if withdrawn:
        sentences.append(Text("rules.basis.withdrawn", n=len(withdrawn)))
    missing = [lv for lv in counted if lv.value is None]
    if missing:
        sentences.append(Text("rules.basis.missing", n=len(missing)))
    if vm.framework:
        sentences.append(Text("rules.basis.framework", maximum=vm.maximum_text))
    return replace(vm, basis=tuple(sentences))


def model_of(evaluation: Evaluation) -> ValueModel:
    """The value model an evaluation was computed with (``core.proposal_rules.evaluate``)."""
    if evaluation.value_model is None:
        raise ValueError("Vurderingen mangler verdimodellen; bruk core.proposal_rules.evaluate.")
    return evaluation.value_model


# --- warnings ---------------------------------------------------------------------------


def value_warnings(proposal: ProposalData, vm: ValueModel) -> list[RuleWarning]:
    """Missing values, withdrawn and changed lines, a proposal below the plans, the maximum."""
    out: list[RuleWarning] = []
    for p in proposal.participants:
        for line in p.lines:
            lv = vm.lines[line.line_id]
            where = {"line": line.description, "name": p.name}
            if lv.withdrawn:
                out.append(
                    RuleWarning(
                        "LINE_WITHDRAWN",
                        Text("rules.warning.LINE_WITHDRAWN", value=format_nok(lv.value), **where),
                        p.municipality_id,
                    )
                )
                continue
            if line.changes:
                out.append(
                    RuleWarning(
                        "LINE_CHANGED",
                        Text(
                            "rules.warning.LINE_CHANGED", changes="; ".join(line.changes), **where
                        ),
                        p.municipality_id,
                    )
                )
            if lv.value is None:
                out.append(
                    RuleWarning(
                        "VALUE_MISSING",
                        Text("rules.warning.VALUE_MISSING", **where),
                        p.municipality_id,
                    )
                )
    if vm.below_plans_nok > 0:
        out.append(RuleWarning("BELOW_PLANS", _below_plans_message(proposal, vm)))
    if vm.framework and not vm.maximum_set and proposal.participants:
        out.append(
            RuleWarning(
                "FRAMEWORK_MAXIMUM_NOT_SET",
                Text("rules.warning.FRAMEWORK_MAXIMUM_NOT_SET", maximum=format_nok(vm.maximum_nok)),
            )
        )
    if vm.maximum_set and vm.maximum_nok is not None and vm.maximum_nok < vm.estimated_nok:
        out.append(
            RuleWarning(
                "MAXIMUM_BELOW_ESTIMATE",
                Text(
                    "rules.warning.MAXIMUM_BELOW_ESTIMATE",
                    maximum=format_nok(vm.maximum_nok),
                    estimate=format_nok(vm.estimated_nok),
                ),
            )
        )
    return out


def _below_plans_message(proposal: ProposalData, vm: ValueModel) -> str:
    why: list[str] = []
    years = vm.period.years
    if vm.period.source == "proposal" and years is not None:
        longer = []
        for p in proposal.participants:
            for line in p.lines:
                lv = vm.lines[line.line_id]
                own = _own_period(line)
                if lv.counted and own is not None and own[0] + own[1] > years:
                    longer.append(Text("rules.name_colon", name=p.name, text=years_text(*own)))
        if longer:
            why.append(
                Text(
                    "rules.warning.BELOW_PLANS_set",
                    years=number_text(years),
                    longer=Text("rules.comma_list", items=longer[:5]),
                    more=Text("rules.more") if len(longer) > 5 else "",
                )
            )
    x48 = [lv for lv in vm.lines.values() if lv.counted and lv.plan_basis == "annual_x48"]
    if x48 and years is not None and years < UNKNOWN_DURATION_YEARS:
        why.append(Text("rules.warning.BELOW_PLANS_x48", n=len(x48), years=number_text(years)))
    return Text(
        "rules.warning.BELOW_PLANS",
        estimate=format_nok(vm.estimated_nok),
        difference=format_nok(vm.below_plans_nok),
        plans=format_nok(vm.plan_nok),
        reason=Text("rules.semicolon_list", items=why)
        if why
        else Text("rules.warning.BELOW_PLANS_other"),
    )
