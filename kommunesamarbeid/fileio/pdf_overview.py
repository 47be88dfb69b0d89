"""An overview PDF of candidate joint tenders, for a coordinators' meeting.

The first page is worth reading on its own: the totals (how many overlaps, municipalities and
how much value, by part of the regulation), the five biggest candidates and a chart of the
largest. Then one compact block per overlap: its figures, its municipalities with their values,
its lines and why they were grouped. Written in bokmål or nynorsk (``lang``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.reason_texts import reason_in
from kommunesamarbeid.core.texts import BOKMAAL, Lang
from kommunesamarbeid.fileio.pdf_charts import BarItem, value_bar_charts
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_WIDTH,
    DocumentTemplate,
    bullet_list,
    cell,
    data_table,
    esc,
    heading,
    key_value_table,
    styles,
    write_atomically,
)
from kommunesamarbeid.fileio.pdf_sections import amount_width
from kommunesamarbeid.fileio.pdf_style import Tx

__all__ = ["GroupSummary", "write_overview_pdf"]

#: How many candidates the first page lists, and how many the chart shows.
TOP_COUNT = 5
CHART_COUNT = 10


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One candidate joint tender as the overview prints it."""

    id: int
    title: str
    status: str
    score: float
    municipalities: list[str] = field(default_factory=list)
    #: Estimated value as a proposal made from the group with the defaults would print it.
    total_value_nok: int | None = None
    procedure_label: str = ""
    #: (municipality, line description, value in the proposal or None) for each line.
    lines: list[tuple[str, str, int | None]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    #: The sum of the lines' own plan values.
    plan_value_nok: int | None = None
    #: The framework agreement's maximum value (None: not a framework agreement).
    maximum_value_nok: int | None = None
    #: The period the estimate is for, in words.
    period_text: str = ""
    #: (municipality, estimated value) for each participant.
    participant_values: list[tuple[str, int]] = field(default_factory=list)
    #: The part of the regulation the value falls under ("utenfor", "del_i" … "del_iii").
    procedure_part: str = ""
    #: The group's status code ("candidate", "confirmed", "rejected").
    status_code: str = ""


def _score(score: float) -> str:
    return f"{score:.2f}".replace(".", ",")


def _counted(groups: Sequence[GroupSummary]) -> list[GroupSummary]:
    """The groups still in play (a rejected overlap is listed, not counted)."""
    return [g for g in groups if g.status_code != "rejected"]


def _first_page(groups: Sequence[GroupSummary], tx: Tx, generated: dt.date) -> list[Flowable]:
    st = styles()
    live = _counted(groups)
    municipalities = sorted({m for g in live for m in g.municipalities})
    total = sum(g.total_value_nok or 0 for g in live)
    by_part = {
        part: [g for g in live if g.procedure_part == part]
        for part in ("del_iii", "del_ii", "del_i")
    }
    facts: list[tuple[str, Any]] = [
        (tx("overview.count"), tx("overview.count_value", n=len(groups), live=len(live))),
        (tx("overview.municipalities"), str(len(municipalities))),
        (tx("overview.total"), format_nok(total)),
    ]
    for part, members in by_part.items():
        if members:
            value = sum(g.total_value_nok or 0 for g in members)
            facts.append(
                (
                    tx(f"overview.part.{part}"),
                    tx("overview.part_value", n=len(members), value=format_nok(value)),
                )
            )
    story: list[Flowable] = [
        Paragraph(esc(tx("overview.kicker")), st.cover_kicker),
        heading(tx("overview.title"), 0, toc=False),
        Paragraph(esc(tx("overview.intro", date=tx.date(generated))), st.body),
        key_value_table(facts, key_width=70 * mm),
    ]
    ranked = sorted(live, key=lambda g: -(g.total_value_nok or 0))
    if ranked:
        story.append(Paragraph(esc(tx("overview.top", n=min(TOP_COUNT, len(ranked)))), st.h2))
        story.append(_summary_table(ranked[:TOP_COUNT], tx))
        charted = [g for g in ranked[:CHART_COUNT] if g.total_value_nok]
        if len(charted) > 1:
            items = [
                BarItem(label=f"{g.id}: {g.title}", value=g.total_value_nok or 0) for g in charted
            ]
            drawings = value_bar_charts(items, width=CONTENT_WIDTH, max_height=95 * mm, tx=tx)
            story.append(
                KeepTogether(
                    [Paragraph(esc(tx("overview.chart", n=len(charted))), st.h3), *drawings[:1]]
                )
            )
    story.append(Paragraph(esc(tx("overview.amounts_note")), st.note))
    return story


def _summary_table(groups: Sequence[GroupSummary], tx: Tx) -> Flowable:
    st = styles()
    amounts = [format_nok(g.total_value_nok) for g in groups]
    amount_w = amount_width([*amounts, tx("col.estimate")], minimum=24 * mm)
    nr_w, status_w, count_w, proc_w = 10 * mm, 21 * mm, 21 * mm, 34 * mm
    title_w = CONTENT_WIDTH - nr_w - status_w - count_w - amount_w - proc_w
    rows: list[list[Any]] = [
        [
            tx("col.nr"),
            tx("col.title"),
            tx("col.status"),
            tx("col.municipalities"),
            tx("col.estimate"),
            tx("col.procedure"),
        ]
    ]
    for g, amount in zip(groups, amounts, strict=True):
        rows.append(
            [
                str(g.id),
                cell(g.title, st.cell),
                cell(tx.r(g.status), st.cell),
                str(len(g.municipalities)),
                amount,
                cell(tx.r(g.procedure_label) or "–", st.cell_small),
            ]
        )
    return data_table(rows, [nr_w, title_w, status_w, count_w, amount_w, proc_w], right_cols=(3, 4))


def _group_block(group: GroupSummary, tx: Tx) -> list[Flowable]:
    st = styles()
    facts: list[tuple[str, str]] = [
        (tx("col.status"), f"{tx.r(group.status)} · {tx('overview.score')} {_score(group.score)}"),
        (tx("fact.estimate"), format_nok(group.total_value_nok)),
    ]
    if group.maximum_value_nok is not None:
        facts.append((tx("fact.maximum"), format_nok(group.maximum_value_nok)))
    facts += [
        (tx("fact.plan_sum"), format_nok(group.plan_value_nok)),
        (tx("fact.period"), tx.r(group.period_text) or "–"),
        (tx("fact.procedure"), tx.r(group.procedure_label) or "–"),
    ]
    head: list[Flowable] = [
        heading(tx("overview.group", id=group.id, title=group.title), 1, toc=False),
        key_value_table(facts, key_width=48 * mm),
    ]
    story: list[Flowable] = [CondPageBreak(60 * mm), KeepTogether(head)]
    if group.lines or group.participant_values:
        rows: list[list[Any]] = [
            [tx("col.municipality"), tx("col.description"), tx("col.in_proposal")]
        ]
        for municipality, description, value in group.lines:
            rows.append(
                [cell(municipality, st.cell), cell(description, st.cell), format_nok(value)]
            )
        rows.append([cell(tx("need.sum_all"), st.cell_bold), "", format_nok(group.total_value_nok)])
        widths = [42 * mm, CONTENT_WIDTH - 42 * mm - 30 * mm, 30 * mm]
        story.append(Spacer(1, 4))
        story.append(data_table(rows, widths, right_cols=(2,), total_rows=(len(rows) - 1,)))
    if group.participant_values:
        per = "; ".join(f"{name} {format_nok(value)}" for name, value in group.participant_values)
        story.append(Paragraph(esc(tx("overview.per_municipality", values=per)), st.body_small))
    story.append(Paragraph(esc(tx("overview.why")), st.h3))
    if group.reasons:
        story += bullet_list([reason_in(r, tx.lang) for r in group.reasons], st.body_small)
    else:
        story.append(Paragraph(esc(tx("overview.no_reasons")), st.note))
    story.append(Spacer(1, 6))
    return story


def write_overview_pdf(
    groups: Sequence[GroupSummary], out: Path, *, generated: dt.date, lang: Lang = BOKMAAL
) -> None:
    """Write the meeting overview of ``groups`` to ``out``."""
    st = styles()
    tx = Tx(lang)
    title = tx("overview.title")

    def _build(target: Path) -> None:
        doc = DocumentTemplate(
            target,
            title=title,
            author="kommunesamarbeid",
            subject=tx("overview.subject", date=tx.date(generated)),
            header_left=title,
            header_right=tx.date(generated),
            footer_left=tx("overview.footer"),
            with_cover=False,
            lang=lang,
        )
        story = _first_page(groups, tx, generated)
        if groups:
            story += [PageBreak(), heading(tx("overview.all"), 0, toc=False)]
            story.append(_summary_table(groups, tx))
            story.append(Spacer(1, 10))
            for group in groups:
                story += _group_block(group, tx)
        else:
            story.append(Paragraph(esc(tx("overview.none")), st.note))
        doc.build_story(story, with_toc=False)

    write_atomically(Path(out), _build)
