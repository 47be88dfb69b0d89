"""The proposal document's first sections (cover, summary, need and volume, value and procedure,
lots) and the helpers all its sections share; :mod:`.pdf_proposal` adds the rest and builds the
document. Every word comes from the text catalogue (``doc.*`` keys) in the document's written
standard, through a :class:`~.pdf_style.Tx`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kommunesamarbeid.core.lots import assign_lines
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    STATUS_LABELS,
    Evaluation,
    ParticipantValue,
    ProposalData,
    ProposalLineData,
    RuleWarning,
)
from kommunesamarbeid.core.value_model import model_of as value_model
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    TEXT,
    bullet_list,
    cell,
    clean,
    data_table,
    esc,
    fmt_number,
    fmt_percent,
    heading,
    key_value_table,
    paragraphs,
    plain_cell,
    styles,
    table_heading,
    table_of_contents,
    warning_box,
)
from kommunesamarbeid.fileio.pdf_fullmakt import fullmakt_deadline
from kommunesamarbeid.fileio.pdf_style import Tx

__all__ = ["CONTRACT_KIND_LABELS", "PROCEDURE_LABELS", "SUMMARY_WARNING_LIMIT", "Sections"]

#: The kinds of contract as table labels (bokmål; documents use ``doc.kind.*``).
CONTRACT_KIND_LABELS: dict[str, str] = {
    "supplies": "Varer",
    "services": "Tjenester",
    "works": "Bygg- og anleggsarbeid",
    "special_services": "Særlige tjenester (helse, sosial m.m.)",
}

#: Used only when the evaluation has no label of its own (bokmål; documents use ``doc.part.*``).
PROCEDURE_LABELS: dict[str, str] = {
    "utenfor": "Utenfor anskaffelsesforskriften (under 100 000 kr)",
    "del_i": "Del I – grunnleggende prinsipper",
    "del_ii": "Del II – nasjonal kunngjøring",
    "del_iii": "Del III – kunngjøring i EØS",
}

#: How many warnings the summary lists before it refers to the warnings section.
SUMMARY_WARNING_LIMIT = 10


def amount_width(amounts: Sequence[str], *, minimum: float = 18 * mm) -> float:
    widest = max((stringWidth(a, FONT_BOLD, 8) for a in amounts), default=0.0)
    return max(minimum, widest + 10)


def framed_note(title: str, text: str) -> Table:
    st = styles()
    table = Table(
        [[Paragraph(f"<b>{esc(title)}</b><br/>{esc(text)}", st.body_small)]],
        colWidths=[CONTENT_WIDTH],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 0), (-1, -1), 0.6, TEXT),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def share_text(part: int, whole: int) -> str:
    return fmt_percent(100 * part / whole) if whole else "–"


class Sections:
    """What every section of one proposal document needs: the data, the evaluation, the texts
    of the document's written standard and the section numbers in use."""

    def __init__(
        self,
        proposal: ProposalData,
        evaluation: Evaluation,
        tx: Tx,
        *,
        generated: dt.date,
        short: bool,
        cpv_labels: Mapping[str, str] | None = None,
    ) -> None:
        self.proposal = proposal
        self.evaluation = evaluation
        self.tx = tx
        self.generated = generated
        self.short = short
        self.cpv_labels = cpv_labels
        self.model = value_model(evaluation)
        self.names = {p.municipality_id: p.name for p in proposal.participants}
        self.values: dict[int, ParticipantValue] = {
            pv.municipality_id: pv for pv in self.model.participants
        }
        self._number = 0

    # -- small helpers ----------------------------------------------------------------------

    def section(self, key: str) -> Flowable:
        """The next numbered section heading (``doc.section.<key>``)."""
        self._number += 1
        return heading(f"{self._number} {self.tx(f'section.{key}')}")

    def keep(self, space: float) -> Flowable:
        """A new page unless ``space`` is left (a smaller need in the short form, which must
        stay within six pages)."""
        return CondPageBreak(min(space, 25 * mm) if self.short else space)

    def note(self, key: str, **params: object) -> Paragraph:
        return Paragraph(esc(self.tx(key, **params)), styles().note)

    def body(self, key: str, **params: object) -> Paragraph:
        return Paragraph(esc(self.tx(key, **params)), styles().body)

    def head(self, *keys: str) -> list[Any]:
        """A header row from catalogue keys (``data_table`` wraps and aligns them)."""
        return [self.tx(k) if k else "" for k in keys]

    def procedure(self) -> str:
        ev = self.evaluation
        if ev.procedure_label:
            return self.tx.r(ev.procedure_label)
        return self.tx(f"part.{ev.procedure_part}")

    def kind_text(self) -> str:
        ev = self.evaluation
        how = "kind_how.set" if ev.contract_kind_source == "set" else "kind_how.lines"
        return self.tx("kind_with_how", kind=self.tx(f"kind.{ev.contract_kind}"), how=self.tx(how))

    def period_text(self) -> str:
        return self.tx.r(self.model.period.text())

    def value_facts(self, *, with_plan: bool = True) -> list[tuple[str, str]]:
        """The value figures every summary prints, in one order (estimate, maximum, plans,
        annual)."""
        tx, model = self.tx, self.model
        facts = [(tx("fact.estimate"), format_nok(model.estimated_nok))]
        if model.maximum_nok is not None:
            how = tx("fact.maximum_set" if model.maximum_set else "fact.maximum_not_set")
            facts.append((tx("fact.maximum"), f"{format_nok(model.maximum_nok)} ({how})"))
        if with_plan:
            facts.append((tx("fact.plan_sum"), format_nok(model.plan_nok)))
        facts.append((tx("fact.annual"), format_nok(model.annual_nok)))
        return facts

    def ordered_warnings(self) -> list[RuleWarning]:
        """Warnings about the whole proposal first, then those about one municipality."""
        return sorted(self.evaluation.warnings, key=lambda w: w.municipality_id is not None)

    def warning_pairs(self, warnings: Sequence[RuleWarning]) -> list[tuple[str, str]]:
        pairs = []
        for w in warnings:
            if w.municipality_id is None:
                concerns = self.tx("warnings.whole")
            else:
                concerns = self.names.get(w.municipality_id) or self.tx(
                    "warnings.municipality", id=w.municipality_id
                )
            pairs.append((concerns, w.text(self.tx.lang)))
        return pairs

    def warning_box(self, warnings: Sequence[RuleWarning]) -> Flowable:
        return warning_box(self.warning_pairs(warnings), title=self.tx("warnings.box_title"))

    def status(self) -> str:
        return self.tx.r(STATUS_LABELS.get(self.proposal.status, str(self.proposal.status)))

    def host_name(self) -> str:
        host = self.proposal.host
        return host.name if host else self.tx("common.host_not_chosen")

    # -- cover ------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        """The full document's cover page (title, key facts, participants)."""
        st, tx, proposal = styles(), self.tx, self.proposal
        story: list[Flowable] = [
            Spacer(1, 22 * mm),
            Paragraph(esc(tx("cover.kicker")), st.cover_kicker),
            Paragraph(esc(proposal.title), st.cover_title),
            Paragraph(esc(tx("cover.host", host=self.host_name())), st.cover_sub),
            Spacer(1, 8 * mm),
            key_value_table(self.cover_facts(), key_width=55 * mm),
            Spacer(1, 9 * mm),
            Paragraph(esc(tx("cover.participants")), st.h3),
            self.participant_columns(),
            Spacer(1, 10 * mm),
            self.note("cover.disclaimer"),
            NextPageTemplate("normal"),
            PageBreak(),
        ]
        return story

    def cover_facts(self) -> list[tuple[str, str]]:
        tx = self.tx
        return [
            (tx("fact.reference"), self.proposal.reference),
            (tx("fact.status"), self.status()),
            (tx("fact.date"), tx.date(self.generated)),
            (tx("fact.host"), self.host_name()),
            (tx("fact.participants"), str(len(self.proposal.participants))),
            *self.value_facts(with_plan=False)[:-1],
            (tx("fact.procedure"), self.procedure()),
        ]

    def participant_columns(self) -> Flowable:
        st, proposal = styles(), self.proposal
        names = [
            p.name
            + (
                f" ({self.tx('common.host_lower')})"
                if p.municipality_id == proposal.host_municipality_id
                else ""
            )
            for p in proposal.participants
        ]
        if not names:
            return self.note("common.no_participants")
        columns = 3 if len(names) > 8 else 2
        per_col = -(-len(names) // columns)
        rows: list[list[Any]] = []
        for r in range(per_col):
            row: list[Any] = []
            for c in range(columns):
                i = c * per_col + r
                row.append(cell(names[i], st.cell) if i < len(names) else "")
            rows.append(row)
        table = Table(rows, colWidths=[CONTENT_WIDTH / columns] * columns, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        return table

    def short_heading(self) -> list[Flowable]:
        """The short form's first page head: kicker, title and the key facts (no cover page)."""
        st, tx = styles(), self.tx
        return [
            Paragraph(esc(tx("cover.kicker_short")), st.cover_kicker),
            Paragraph(esc(self.proposal.title), st.cover_title),
            key_value_table(
                [
                    *self.cover_facts(),
                    (tx("fact.participant_names"), self.participant_list()),
                ],
                key_width=55 * mm,
            ),
            self.note("cover.short_note"),
        ]

    def participant_list(self) -> str:
        host = self.proposal.host_municipality_id
        return ", ".join(
            p.name + (f" ({self.tx('common.host_lower')})" if p.municipality_id == host else "")
            for p in self.proposal.participants
        )

    def contents(self) -> list[Flowable]:
        st = styles()
        return [
            Paragraph(esc(self.tx("contents")), st.h1),
            Spacer(1, 4),
            table_of_contents(),
            PageBreak(),
        ]

    # -- 1 summary --------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        st, tx, proposal, ev = styles(), self.tx, self.proposal, self.evaluation
        period = ev.threshold_period
        lots = len(proposal.lots)
        facts: list[tuple[str, Any]] = [
            *self.value_facts(),
            (tx("fact.kind"), self.kind_text()),
            (tx("fact.procedure"), self.procedure()),
            (
                tx("fact.thresholds_used"),
                tx("fact.thresholds_from", date=tx.date(period.valid_from))
                if period
                else tx("fact.no_thresholds"),
            ),
            (tx("fact.participants"), str(len(proposal.participants))),
            (tx("fact.host"), self.host_name()),
            (
                tx("fact.framework"),
                tx(
                    "fact.framework_value",
                    answer=tx("common.yes" if ev.is_framework else "common.no"),
                    reason=tx.r(ev.framework_reason),
                ),
            ),
            (tx("fact.period"), self.period_text()),
            (tx("fact.lots"), tx("fact.lots_value", n=lots)),
            (tx("fact.announcement"), tx.date(proposal.planned_announcement)),
            (tx("fact.contract_start"), tx.date(proposal.planned_contract_start)),
            (tx("fact.fullmakt_deadline"), tx.date(fullmakt_deadline(proposal))),
        ]
        if self.short:
            # the head of the first page has shown these already
            shown = {label for label, _ in self.cover_facts()}
            shown.add(tx("fact.annual"))
            facts = [(label, value) for label, value in facts if label not in shown]
        story: list[Flowable] = [self.section("summary")]
        story += [
            Paragraph(esc(tx("summary.need")), st.h2),
            *paragraphs(proposal.need_description, empty=tx("common.empty")),
            Paragraph(esc(tx("summary.recommendation")), st.h2),
            self.body(
                "summary.recommendation_text",
                host=self.host_name(),
                deadline=tx.date(fullmakt_deadline(proposal)),
                n=len(proposal.participants),
            ),
            Paragraph(esc(tx("summary.key_figures")), st.h2),
            key_value_table(facts),
            self.note("summary.amounts_note"),
        ]
        if not self.short:
            story.append(Paragraph(esc(tx("summary.important_warnings")), st.h2))
            warnings = self.ordered_warnings()
            if not warnings:
                story.append(self.body("warnings.none"))
            else:
                shown = warnings[:SUMMARY_WARNING_LIMIT]
                story.append(self.warning_box(shown))
                if len(warnings) > len(shown):
                    story += [
                        Spacer(1, 3),
                        self.note("summary.more_warnings", n=len(warnings) - len(shown)),
                    ]
            story.append(PageBreak())
        return story

    # -- need and volume --------------------------------------------------------------------

    def _cpv_text(self, line: ProposalLineData) -> str:
        code = clean(line.cpv).strip()
        if not code:
            return "–"
        label = line.cpv_label
        if not label and self.cpv_labels:
            digits = "".join(ch for ch in code if ch.isdigit())
            label = self.cpv_labels.get(code) or self.cpv_labels.get(digits[:8])
        return f"{code}\n{clean(label)}" if label else code

    def _period_cell(self, line: ProposalLineData) -> str:
        parts: list[str] = []
        if line.period_text:
            parts.append(clean(line.period_text))
        elif line.period_start or line.period_end:
            start = line.period_start.strftime("%m.%Y") if line.period_start else "?"
            end = line.period_end.strftime("%m.%Y") if line.period_end else "?"
            parts.append(f"{start} – {end}")
        if line.contract_years:
            years = fmt_number(line.contract_years)
            if line.option_years:
                years += f" + {fmt_number(line.option_years)}"
            parts.append(f"{years} år")
        return "\n".join(parts) or "–"

    def line_texts(self, line: ProposalLineData) -> tuple[str, str, str, bool]:
        """(description, plan value, value in the proposal, marked) for one line of a table."""
        lv = self.model.lines[line.line_id]
        description = line.description
        if lv.withdrawn:
            description += f" ({self.tx('lines.withdrawn')})"
            return description, format_nok(lv.plan_value), "–", False
        marked = lv.differs
        return (
            description,
            format_nok(lv.plan_value),
            format_nok(lv.value) + (" *" if marked else ""),
            marked,
        )

    def need_and_volume(self) -> list[Flowable]:
        tx, model, proposal = self.tx, self.model, self.proposal
        story: list[Flowable] = [
            self.section("need"),
            self.body("need.intro", period=self.period_text().lower()),
        ]
        lines_shown = [self.line_texts(line) for line in proposal.all_lines()]
        amounts = [a for _, plan, value, _ in lines_shown for a in (plan, value)]
        amounts += [format_nok(pv.total_value_nok) for pv in self.values.values()]
        amounts += [format_nok(pv.plan_value_nok) for pv in self.values.values()]
        annual_w = amount_width(
            [*(format_nok(pv.annual_value_nok) for pv in self.values.values()), tx("col.annual")]
        )
        plan_w = amount_width([*amounts, tx("col.plan")])
        value_w = amount_width([*amounts, tx("col.in_proposal")])
        ref_w, cpv_w, period_w = 15 * mm, 24 * mm, 17 * mm
        desc_w = CONTENT_WIDTH - ref_w - cpv_w - period_w - annual_w - plan_w - value_w
        widths = [ref_w, desc_w, cpv_w, period_w, annual_w, plan_w, value_w]
        any_marked = False
        for p in proposal.participants:
            story += table_heading(p.name)
            pv = self.values[p.municipality_id]
            if not p.lines:
                story.append(self.note("need.no_lines"))
                continue
            rows: list[list[Any]] = [
                self.head(
                    "col.ref",
                    "col.description",
                    "col.cpv",
                    "col.period",
                    "col.annual",
                    "col.plan",
                    "col.in_proposal",
                )
            ]
            for line in p.lines:
                description, plan, value, marked = self.line_texts(line)
                any_marked = any_marked or marked
                rows.append(
                    [
                        plain_cell(line.reference or "–", ref_w),
                        plain_cell(description, desc_w),
                        plain_cell(self._cpv_text(line), cpv_w, small=True),
                        plain_cell(self._period_cell(line), period_w, small=True),
                        format_nok(model.lines[line.line_id].annual_nok),
                        plan,
                        value,
                    ]
                )
            label = tx("need.sum", name=clean(p.name))
            if pv.incomplete:
                label += f" ({tx('need.at_least')})"
            rows.append(
                [
                    "",
                    plain_cell(label, desc_w, bold=True),
                    "",
                    "",
                    format_nok(pv.annual_value_nok),
                    format_nok(pv.plan_value_nok),
                    format_nok(pv.total_value_nok),
                ]
            )
            story.append(
                data_table(
                    rows,
                    widths,
                    right_cols=(4, 5, 6),
                    total_rows=(len(rows) - 1,),
                    small_cols=(2, 3),
                )
            )
        if any_marked:
            story.append(self.note("need.marked"))
        story += table_heading(tx("need.total_heading"))
        story.append(self.volume_table(amounts))
        story.append(PageBreak())
        return story

    def volume_table(self, amounts: Sequence[str] = ()) -> Flowable:
        """Per municipality: lines, plan value, estimate, maximum share, share; and the sum."""
        tx, model, proposal = self.tx, self.model, self.proposal
        framework = model.maximum_nok is not None
        count_w, share_w = 13 * mm, 15 * mm
        amount_w = amount_width(
            [
                *amounts,
                format_nok(model.estimated_nok),
                format_nok(model.maximum_nok),
                tx("col.maximum"),
            ],
            minimum=22 * mm,
        )
        n_amounts = 3 if framework else 2
        name_w = CONTENT_WIDTH - count_w - share_w - n_amounts * amount_w
        head = ["col.municipality", "col.lines", "col.plan", "col.estimate"]
        if framework:
            head.append("col.maximum")
        head.append("col.share")
        rows: list[list[Any]] = [self.head(*head)]
        st = styles()
        for p in proposal.participants:
            pv = self.values[p.municipality_id]
            name = clean(p.name) + (f" ({tx('need.at_least')})" if pv.incomplete else "")
            row: list[Any] = [
                cell(name, st.cell),
                str(len(p.lines)),
                format_nok(pv.plan_value_nok),
                format_nok(pv.total_value_nok),
            ]
            if framework:
                row.append(format_nok(pv.maximum_value_nok))
            row.append(share_text(pv.total_value_nok, model.estimated_nok))
            rows.append(row)
        total: list[Any] = [
            cell(tx("need.sum_all"), st.cell_bold),
            str(len(proposal.all_lines())),
            format_nok(model.plan_nok),
            format_nok(model.estimated_nok),
        ]
        if framework:
            total.append(format_nok(model.maximum_nok))
        total.append("100 %" if model.estimated_nok else "–")
        rows.append(total)
        return data_table(
            rows,
            [name_w, count_w, *[amount_w] * n_amounts, share_w],
            right_cols=tuple(range(1, 3 + n_amounts)),
            total_rows=(len(rows) - 1,),
        )

    # -- value, thresholds and procedure ----------------------------------------------------

    def threshold_rows(self) -> tuple[list[list[Any]], list[int]]:
        """The threshold table and the row that decides the part (marked "reached")."""
        tx, ev = self.tx, self.evaluation
        period = ev.threshold_period
        assert period is not None
        kind = ev.contract_kind
        limits = [
            ("limit.minimum", period.regulation_min, "minimum"),
            ("limit.national", period.national, "national"),
            ("limit.eea_goods", period.eea_goods_services, "supplies services"),
            ("limit.eea_works", period.eea_works, "works"),
            ("limit.eea_special", period.eea_special_services, "special_services"),
        ]
        part = ev.procedure_part
        if part == "del_iii":
            decisive = {"works": 3, "special_services": 4}.get(kind, 2)
        elif part == "del_ii":
            decisive = 1
        elif part == "del_i":
            decisive = 0
        else:
            decisive = -1
        st = styles()
        rows: list[list[Any]] = [self.head("col.limit", "col.amount", "col.this")]
        marked: list[int] = []
        for index, (key, amount, applies_to) in enumerate(limits):
            if index == decisive:
                mark = tx("limit.reached", part=tx(f"part_short.{part}"))
                marked.append(len(rows))
            elif index == 0 and decisive < 0:
                mark = tx("limit.not_reached")
            elif index >= 2 and kind not in applies_to.split():
                mark = tx("limit.other_kind")
            elif index == 1 and kind == "special_services":
                mark = tx("limit.not_for_special")
            else:
                mark = ""
            rows.append([cell(tx(key), st.cell), format_nok(amount), cell(mark, st.cell)])
        return rows, marked

    def value_and_procedure(self) -> list[Flowable]:
        st, tx, ev, proposal = styles(), self.tx, self.evaluation, self.proposal
        period = ev.threshold_period
        if period and period.valid_to is None:
            valid = tx("thresholds.valid_from", date=tx.date(period.valid_from))
        elif period:
            valid = tx(
                "thresholds.valid_between",
                start=tx.date(period.valid_from),
                end=tx.date(period.valid_to),
            )
        else:
            valid = tx("thresholds.none")
        threshold_date = tx.date(ev.threshold_date)
        if ev.threshold_date and ev.threshold_date_basis:
            threshold_date += f" ({tx.r(ev.threshold_date_basis)})"
        story: list[Flowable] = [self.section("value"), self.body("value.intro")]
        facts = [
            *self.value_facts(),
            (tx("fact.period"), self.period_text()),
            (tx("fact.threshold_value"), format_nok(ev.threshold_value_nok)),
            (tx("fact.kind"), self.kind_text()),
            (tx("fact.threshold_date"), threshold_date),
            (tx("fact.threshold_period"), valid),
            (tx("fact.procedure"), self.procedure()),
        ]
        if self.short:
            facts = facts[-3:]
        story.append(key_value_table(facts))
        if period:
            rows, marked = self.threshold_rows()
            amount_w, mark_w = 30 * mm, 46 * mm
            story.append(
                KeepTogether(
                    [
                        Paragraph(esc(tx("thresholds.table_heading", valid=valid)), st.h2),
                        data_table(
                            rows,
                            [CONTENT_WIDTH - amount_w - mark_w, amount_w, mark_w],
                            right_cols=(1,),
                            extra=[("FONTNAME", (0, r), (-1, r), FONT_BOLD) for r in marked],
                        ),
                        self.note("thresholds.source"),
                    ]
                )
            )
        story.append(Paragraph(esc(tx("value.procedure_heading")), st.h2))
        story += self.own_or_default(
            proposal.procedure_text, f"default.procedure.{ev.procedure_part}", "field.procedure"
        )
        if not self.short:
            story.append(Paragraph(esc(tx("value.how_heading")), st.h2))
            explanation = [
                tx.r(s) for s in ev.explanation if getattr(s, "key", "") != "rules.disclaimer"
            ]
            story += (
                bullet_list(explanation) if explanation else [self.note("value.no_explanation")]
            )
        if not self.short:
            story += [
                Spacer(1, 8),
                KeepTogether([framed_note(tx("value.disclaimer_title"), tx("value.disclaimer"))]),
            ]
        return story

    def own_or_default(
        self, text: str, default_key: str, field_key: str, **params: object
    ) -> list[Flowable]:
        """The coordinator's text; when empty, the standard text marked as such."""
        if text.strip():
            return paragraphs(text)
        st = styles()
        defaults = {
            "host": self.host_name(),
            "n": len(self.proposal.participants),
            "deadline": self.tx.date(fullmakt_deadline(self.proposal)),
            "period": self.period_text().lower(),
            **params,
        }
        story = paragraphs(self.tx(default_key, **defaults), st.body)
        story.append(self.note("default_note", field=self.tx(field_key)))
        return story

    # -- lots -------------------------------------------------------------------------------

    def lots(self) -> list[Flowable]:
        st, tx, proposal, ev = styles(), self.tx, self.proposal, self.evaluation
        story: list[Flowable] = [self.keep(60 * mm), self.section("lots")]
        if not proposal.lots:
            story.append(self.body("lots.none"))
            story.append(Paragraph(esc(tx("lots.reason")), st.h3))
            story += paragraphs(proposal.no_lots_reason, empty=tx("lots.no_reason"))
            if ev.procedure_part == "del_iii":
                story.append(self.note("lots.rule"))
            return story
        story.append(self.body("lots.count", n=len(proposal.lots)))
        line_counts: dict[int, int] = {}
        for number in assign_lines(proposal, proposal.lots).values():
            line_counts[number] = line_counts.get(number, 0) + 1
        amounts = [format_nok(ev.lot_values.get(lot.number)) for lot in proposal.lots]
        amount_w = amount_width([*amounts, tx("col.estimate")], minimum=24 * mm)
        nr_w, basis_w, lines_w = 12 * mm, 21 * mm, 13 * mm
        rest = CONTENT_WIDTH - nr_w - basis_w - lines_w - amount_w
        title_w = rest * 0.5
        muni_w = rest - title_w
        rows: list[list[Any]] = [
            self.head(
                "col.nr",
                "col.title",
                "col.basis",
                "col.municipalities",
                "col.lines",
                "col.estimate",
            )
        ]
        for lot, amount in zip(proposal.lots, amounts, strict=True):
            basis = (
                tx(f"lots.basis_{lot.basis}")
                if lot.basis in ("area", "product")
                else clean(lot.basis)
            )
            if lot.municipality_ids:
                munis = ", ".join(self.names.get(m, str(m)) for m in lot.municipality_ids)
            else:
                munis = tx("lots.all")
            title = Paragraph(
                f"<b>{esc(lot.title)}</b>"
                + (f"<br/><font size=7>{esc(lot.description)}</font>" if lot.description else ""),
                st.cell,
            )
            rows.append(
                [
                    str(lot.number),
                    title,
                    cell(basis, st.cell),
                    cell(munis, st.cell),
                    str(line_counts.get(lot.number, 0)),
                    amount,
                ]
            )
        rows.append(
            ["", cell(tx("lots.sum"), st.cell_bold), "", "", "", format_nok(ev.lot_total_nok)]
        )
        story.append(
            data_table(
                rows,
                [nr_w, title_w, basis_w, muni_w, lines_w, amount_w],
                right_cols=(4, 5),
                total_rows=(len(rows) - 1,),
            )
        )
        return story
