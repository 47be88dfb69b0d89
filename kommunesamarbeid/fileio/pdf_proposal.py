"""The joint-tender proposal (forslag til felles anskaffelse) as a printed A4 decision document.

Two lengths, chosen by the value model: below the national threshold a **short form** (no cover
page or contents, compact sections, the fullmakt as one signature table; at most six pages), from
it the **full document**: cover, contents, summary with the recommendation, goals and expected
effects, need and volume per municipality, value, thresholds and the procedure chosen, lots,
qualification and award criteria with climate and environment, timeline (Gantt chart),
organisation and decisions, cost sharing, innovation and the local market, contract management,
political anchoring, risks, the points to consider (warnings), the fullmakt with a signature block
per municipality, and two appendices (why the lines were grouped, where they came from).

It is written in the host municipality's written standard (bokmål or nynorsk); every word comes
from the text catalogue. The figures are the value model's; this module only prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from kommunesamarbeid.core.local_market import ProposalMarket
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    MILESTONE_LABELS,
    STATUS_LABELS,
    Evaluation,
    MilestoneKind,
    ProposalData,
    ProposalLineData,
    milestone_title,
)
from kommunesamarbeid.core.reason_texts import reason_in
from kommunesamarbeid.core.texts import Lang, render
from kommunesamarbeid.fileio.pdf_charts import GanttMember, GanttMilestone, gantt_charts
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    DocumentTemplate,
    bullet_list,
    cell,
    clean,
    data_table,
    esc,
    heading,
    plain_cell,
    signature_block,
    styles,
    table_heading,
    write_atomically,
)
from kommunesamarbeid.fileio.pdf_decision import DecisionSections
from kommunesamarbeid.fileio.pdf_fullmakt import fullmakt_deadline, mandate_flowables
from kommunesamarbeid.fileio.pdf_sections import (
    CONTRACT_KIND_LABELS,
    PROCEDURE_LABELS,
    SUMMARY_WARNING_LIMIT,
)
from kommunesamarbeid.fileio.pdf_style import Tx

__all__ = [
    "CONTRACT_KIND_LABELS",
    "PROCEDURE_LABELS",
    "SUMMARY_WARNING_LIMIT",
    "build_story",
    "fullmakt_deadline",
    "write_proposal_pdf",
]


class ProposalDocument(DecisionSections):
    """The sections after the decision sections, and the order of the whole document."""

    # -- timeline ---------------------------------------------------------------------------

    def timeline(self) -> list[Flowable]:
        st, tx, p = styles(), self.tx, self.proposal
        story: list[Flowable] = [self.keep(90 * mm), self.section("timeline")]
        members = [
            GanttMember(
                label=part.name,
                expiries=tuple(
                    sorted({line.current_expiry for line in part.lines if line.current_expiry})
                ),
                emphasis=part.municipality_id == p.host_municipality_id,
            )
            for part in p.participants
        ]
        if not self.short:
            story.append(self.body("timeline.intro"))
            story += self._gantt(members)
        story += table_heading(tx("timeline.milestones"), outline=False, small=True)
        if p.milestones:
            ordered = sorted(
                p.milestones, key=lambda m: (m.due_date is None, m.due_date or dt.date.min)
            )
            rows: list[list[Any]] = [
                self.head("col.milestone", "col.type", "col.date", "col.status")
            ]
            for m in ordered:
                rows.append(
                    [
                        cell(milestone_title(m.kind, m.title, tx.lang), st.cell),
                        cell(tx.r(MILESTONE_LABELS[m.kind]), st.cell),
                        tx.date(m.due_date),
                        tx("timeline.done" if m.done else "timeline.planned"),
                    ]
                )
            widths = [CONTENT_WIDTH - 38 * mm - 26 * mm - 22 * mm, 38 * mm, 26 * mm, 22 * mm]
            story.append(data_table(rows, widths))
        else:
            story.append(self.note("timeline.no_milestones"))
        if self.short and not any(member.expiries for member in members):
            story.append(self.note("timeline.no_expiries"))
            return story
        story += table_heading(tx("timeline.expiries"), outline=False, small=True)
        rows = [self.head("col.municipality", "col.expiry")]
        for part, member in zip(p.participants, members, strict=True):
            dates = ", ".join(tx.date(d) for d in member.expiries) or tx("common.not_given")
            rows.append([cell(part.name, st.cell), cell(dates, st.cell)])
        story.append(data_table(rows, [70 * mm, CONTENT_WIDTH - 70 * mm]))
        return story

    def _gantt(self, members: list[GanttMember]) -> list[Flowable]:
        p, tx = self.proposal, self.tx
        milestones = [
            GanttMilestone(
                label=milestone_title(m.kind, m.title, tx.lang), date=m.due_date, done=m.done
            )
            for m in p.milestones
            if m.due_date is not None
        ]
        contract_start = p.planned_contract_start
        if contract_start is None:
            starts = [
                m.due_date
                for m in p.milestones
                if m.kind is MilestoneKind.CONTRACT_START and m.due_date
            ]
            contract_start = min(starts) if starts else None
        drawings = gantt_charts(
            milestones,
            members,
            contract_start=contract_start,
            width=CONTENT_WIDTH,
            max_height=CONTENT_HEIGHT - 40 * mm,
            tx=tx,
        )
        if not drawings:
            return [self.note("timeline.no_dates")]
        story: list[Flowable] = []
        for drawing in drawings:
            story += [Spacer(1, 4), drawing, Spacer(1, 6)]
        return story

    # -- warnings ---------------------------------------------------------------------------

    def warnings_section(self) -> list[Flowable]:
        story: list[Flowable] = [self.keep(50 * mm), self.section("warnings")]
        warnings = self.ordered_warnings()
        if not warnings:
            story.append(self.body("warnings.none"))
            return story
        story.append(self.body("warnings.intro", n=len(warnings)))
        story.append(self.warning_box(warnings))
        return story

    # -- fullmakt and signatures ------------------------------------------------------------

    def fullmakt_and_signatures(self) -> list[Flowable]:
        st, tx, p = styles(), self.tx, self.proposal
        story: list[Flowable] = []
        if not self.short:
            story.append(PageBreak())
        else:
            story.append(self.keep(110 * mm))
        story.append(self.section("fullmakt"))
        story += mandate_flowables(p, tx=tx, style=st.body_tight if self.short else st.body)
        story.append(Paragraph(esc(tx("signatures.heading")), st.h2))
        if self.short:
            story.append(self.signature_table())
            return story
        for part in p.participants:
            subtitle = []
            if part.organisasjonsnummer:
                subtitle.append(tx("signatures.orgnr", orgnr=clean(part.organisasjonsnummer)))
            if part.municipality_id == p.host_municipality_id:
                subtitle.append(tx("common.host"))
            story.append(
                signature_block(
                    part.name,
                    subtitle=" · ".join(subtitle),
                    fields=(
                        (tx("signatures.name"), part.signatory_name),
                        (tx("signatures.title"), part.signatory_title),
                        (tx("signatures.place"), ""),
                        (tx("signatures.date"), ""),
                    ),
                    signature_label=tx("signatures.signature"),
                )
            )
        return story

    def signature_table(self) -> Flowable:
        """The short form's signatures: one row per municipality with room to sign."""
        st, p = styles(), self.proposal
        rows: list[list[Any]] = [
            self.head(
                "col.municipality",
                "signatures.name_title",
                "signatures.date",
                "signatures.signature",
            )
        ]
        for part in p.participants:
            who = "\n".join(x for x in (part.signatory_name, part.signatory_title) if x)
            rows.append([cell(part.name, st.cell), cell(who, st.cell), "", ""])
        widths = [48 * mm, 46 * mm, 24 * mm, CONTENT_WIDTH - 118 * mm]
        table = data_table(rows, widths)
        # room to sign by hand
        table.setStyle(
            [("TOPPADDING", (0, 1), (-1, -1), 14), ("BOTTOMPADDING", (0, 1), (-1, -1), 14)]
        )
        return table

    # -- appendices -------------------------------------------------------------------------

    def _source_text(self, line: ProposalLineData) -> str:
        tx = self.tx
        parts = [clean(line.source_file) or tx("appendix.unknown_file")]
        if line.source_sheet:
            parts.append(tx("appendix.sheet", sheet=clean(line.source_sheet)))
        if line.source_row is not None:
            parts.append(tx("appendix.row", row=line.source_row))
        return ", ".join(parts)

    def appendices(self) -> list[Flowable]:
        tx, p = self.tx, self.proposal
        lang = tx.lang
        story: list[Flowable] = [
            PageBreak(),
            heading(tx("appendix.a")),
            self.body("appendix.a_intro"),
        ]
        if p.group_reasons:
            story += bullet_list([reason_in(r, lang) for r in p.group_reasons])
        else:
            story.append(self.note("appendix.no_reasons"))
        story += [Spacer(1, 6), heading(tx("appendix.b")), self.body("appendix.b_intro")]
        ref_w, desc_w, reason_w = 19 * mm, 50 * mm, 50 * mm
        source_w = CONTENT_WIDTH - ref_w - desc_w - reason_w
        for part in p.participants:
            if not part.lines:
                continue
            story += table_heading(part.name, outline=False, small=True, min_space=35 * mm)
            rows: list[list[Any]] = [
                self.head("col.ref", "col.description", "col.why", "col.source")
            ]
            for line in part.lines:
                reasons = "\n".join(f"• {clean(reason_in(r, lang))}" for r in line.reasons) or tx(
                    "appendix.no_line_reason"
                )
                rows.append(
                    [
                        plain_cell(line.reference or "–", ref_w),
                        plain_cell(line.description, desc_w),
                        plain_cell(reasons, reason_w, small=True),
                        plain_cell(self._source_text(line), source_w, small=True),
                    ]
                )
            story.append(data_table(rows, [ref_w, desc_w, reason_w, source_w], small_cols=(2, 3)))
        return story

    def short_sources(self) -> list[Flowable]:
        """The short form's appendix: every line with its source, in one table."""
        st, tx, p = styles(), self.tx, self.proposal
        rows: list[list[Any]] = [self.head("col.municipality", "col.description", "col.source")]
        name_w, source_w = 38 * mm, 60 * mm
        desc_w = CONTENT_WIDTH - name_w - source_w
        for part in p.participants:
            for line in part.lines:
                rows.append(
                    [
                        plain_cell(part.name, name_w),
                        plain_cell(line.description, desc_w),
                        plain_cell(self._source_text(line), source_w, small=True),
                    ]
                )
        if len(rows) == 1:
            return []
        return [
            KeepTogether(
                [
                    Paragraph(esc(tx("appendix.short")), st.h2),
                    data_table(rows, [name_w, desc_w, source_w], small_cols=(2,)),
                ]
            )
        ]

    # -- the whole --------------------------------------------------------------------------

    def story(self, local_market: ProposalMarket | None) -> list[Flowable]:
        if self.short:
            return [
                *self.short_heading(),
                *self.summary(),
                *self.goals(),
                *self.need_and_volume_short(),
                *self.value_and_procedure(),
                *(self.lots() if self.proposal.lots else []),
                *self.criteria(),
                *self.governance(),
                *self.cost_sharing(),
                *self.contract_management(),
                *self.anchoring(),
                *self.timeline(),
                *self.warnings_section(),
                *self.fullmakt_and_signatures(),
                *self.short_sources(),
            ]
        return [
            *self.cover(),
            *self.contents(),
            *self.summary(),
            *self.goals(),
            *self.need_and_volume(),
            *self.value_and_procedure(),
            *self.lots(),
            *self.criteria(),
            *self.timeline(),
            *self.governance(),
            *self.cost_sharing(),
            *self.market(local_market),
            *self.contract_management(),
            *self.anchoring(),
            *self.risks(),
            *self.warnings_section(),
            *self.fullmakt_and_signatures(),
            *self.appendices(),
        ]

    def need_and_volume_short(self) -> list[Flowable]:
        """The short form's need and volume: one table of all lines, then the sum."""
        st, tx, p, model = styles(), self.tx, self.proposal, self.model
        story: list[Flowable] = [self.section("need")]
        rows: list[list[Any]] = [
            self.head("col.municipality", "col.description", "col.plan", "col.in_proposal")
        ]
        amount_w = 26 * mm
        name_w = 38 * mm
        desc_w = CONTENT_WIDTH - name_w - 2 * amount_w
        for part in p.participants:
            for line in part.lines:
                description, plan, value, _ = self.line_texts(line)
                rows.append(
                    [plain_cell(part.name, name_w), plain_cell(description, desc_w), plan, value]
                )
        rows.append(
            [
                cell(tx("need.sum_all"), st.cell_bold),
                "",
                format_nok(model.plan_nok),
                format_nok(model.estimated_nok),
            ]
        )
        story.append(
            data_table(
                rows,
                [name_w, desc_w, amount_w, amount_w],
                right_cols=(2, 3),
                total_rows=(len(rows) - 1,),
            )
        )
        story.append(self.note("need.short_note", period=self.period_text().lower()))
        return story


def choose_short(evaluation: Evaluation) -> bool:
    """The short form below the national threshold (``Evaluation.short_form``)."""
    return bool(evaluation.short_form)


def build_story(
    proposal: ProposalData,
    evaluation: Evaluation,
    *,
    generated: dt.date,
    cpv_labels: Mapping[str, str] | None = None,
    local_market: ProposalMarket | None = None,
    lang: Lang | None = None,
    short: bool | None = None,
) -> list[Flowable]:
    document = ProposalDocument(
        proposal,
        evaluation,
        Tx(lang or proposal.language),
        generated=generated,
        short=choose_short(evaluation) if short is None else short,
        cpv_labels=cpv_labels,
    )
    return document.story(local_market)


def write_proposal_pdf(
    proposal: ProposalData,
    evaluation: Evaluation,
    out: Path,
    *,
    generated: dt.date,
    cpv_labels: Mapping[str, str] | None = None,
    local_market: ProposalMarket | None = None,
    lang: Lang | None = None,
    short: bool | None = None,
) -> None:
    """Write the proposal document to ``out`` (A4, fonts embedded, "Side X av Y" footers).

    ``lang`` defaults to the host municipality's written standard, ``short`` to the short form
    below the national threshold.
    """
    tx = Tx(lang or proposal.language)
    short = choose_short(evaluation) if short is None else short
    title = clean(proposal.title)
    reference = clean(proposal.reference)
    host = proposal.host
    status = render(STATUS_LABELS.get(proposal.status, str(proposal.status)), tx.lang)

    def _build(target: Path) -> None:
        doc = DocumentTemplate(
            target,
            title=f"{title} ({reference})" if reference else title,
            author="kommunesamarbeid" + (f" – {clean(host.name)}" if host else ""),
            subject=f"{tx('cover.kicker_title')} {reference}".strip(),
            header_left=f"{reference} · {title}" if reference else title,
            header_right=tx.date(generated),
            footer_left=f"{tx('cover.kicker_title')} · {status}",
            keywords=[tx("keywords.joint"), tx("keywords.host"), tx("keywords.fullmakt")],
            with_cover=not short,
            lang=tx.lang,
        )
        story = build_story(
            proposal,
            evaluation,
            generated=generated,
            cpv_labels=cpv_labels,
            local_market=local_market,
            lang=tx.lang,
            short=short,
        )
        doc.build_story(story, with_toc=not short)

    write_atomically(Path(out), _build)
