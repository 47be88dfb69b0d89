"""An overview PDF of candidate joint tenders, for a coordinators' meeting.

A summary table first (one row per group), then one section per group with its members, value,
procedure part, status, the lines it holds and why they were grouped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_WIDTH,
    FONT_BOLD,
    DocumentTemplate,
    bullet_list,
    data_table,
    esc,
    fmt_date,
    heading,
    key_value_table,
    styles,
    table_heading,
    write_atomically,
)

__all__ = ["GroupSummary", "write_overview_pdf"]


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One candidate joint tender as the overview prints it (all text in Norwegian)."""

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


def _score(score: float) -> str:
    return f"{score:.2f}".replace(".", ",")


def _summary_table(groups: Sequence[GroupSummary]) -> Flowable:
    st = styles()
    amounts = [format_nok(g.total_value_nok) for g in groups]
    amount_w = max(
        24 * mm, max(stringWidth(a, FONT_BOLD, 8) for a in [*amounts, "Estimert verdi"]) + 10
    )
    nr_w, status_w, score_w, count_w, proc_w = 10 * mm, 21 * mm, 13 * mm, 21 * mm, 31 * mm
    title_w = CONTENT_WIDTH - nr_w - status_w - score_w - count_w - amount_w - proc_w
    head = ["Nr.", "Tittel", "Status", "Poeng", "Kommuner", "Estimert verdi", "Prosedyre"]
    rows: list[list[Any]] = [head]
    for g, amount in zip(groups, amounts, strict=True):
        rows.append(
            [
                str(g.id),
                Paragraph(esc(g.title), st.cell),
                Paragraph(esc(g.status), st.cell),
                _score(g.score),
                str(len(g.municipalities)),
                amount,
                Paragraph(esc(g.procedure_label or "–"), st.cell_small),
            ]
        )
    return data_table(
        rows,
        [nr_w, title_w, status_w, score_w, count_w, amount_w, proc_w],
        right_cols=(3, 4, 5),
    )


def _group_section(group: GroupSummary) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        heading(f"Gruppe {group.id}: {group.title}", 1, toc=False),
        key_value_table(
            [
                ("Status", group.status),
                ("Poeng", _score(group.score)),
                ("Estimert verdi", format_nok(group.total_value_nok)),
                *(
                    [("Maksimal verdi (rammeavtale)", format_nok(group.maximum_value_nok))]
                    if group.maximum_value_nok is not None
                    else []
                ),
                ("Sum av planverdiene", format_nok(group.plan_value_nok)),
                ("Avtaleperiode", group.period_text or "–"),
                ("Prosedyre", group.procedure_label or "–"),
                (
                    f"Kommuner ({len(group.municipalities)})",
                    ", ".join(group.municipalities) or "–",
                ),
            ],
            key_width=42 * mm,
        ),
    ]
    if group.participant_values:
        story.append(Paragraph("Verdi per kommune", st.h3))
        value_rows: list[list[Any]] = [["Kommune", "Estimert verdi"]]
        for municipality, value in group.participant_values:
            value_rows.append([Paragraph(esc(municipality), st.cell), format_nok(value)])
        value_rows.append(
            [Paragraph("Sum alle kommuner", st.cell_bold), format_nok(group.total_value_nok)]
        )
        story.append(
            data_table(
                value_rows,
                [CONTENT_WIDTH - 34 * mm, 34 * mm],
                right_cols=(1,),
                total_rows=(len(value_rows) - 1,),
            )
        )
    if group.lines:
        story.append(Paragraph("Linjer", st.h3))
        rows: list[list[Any]] = [["Kommune", "Beskrivelse", "I forslaget"]]
        for municipality, description, value in group.lines:
            rows.append(
                [
                    Paragraph(esc(municipality), st.cell),
                    Paragraph(esc(description), st.cell),
                    format_nok(value),
                ]
            )
        story.append(
            data_table(rows, [44 * mm, CONTENT_WIDTH - 44 * mm - 30 * mm, 30 * mm], right_cols=(2,))
        )
    story.append(Paragraph("Hvorfor linjene er gruppert", st.h3))
    if group.reasons:
        story += bullet_list(group.reasons, st.body_small)
    else:
        story.append(Paragraph("Ingen begrunnelse er registrert.", st.note))
    story.append(Spacer(1, 8))
    return story


def write_overview_pdf(groups: Sequence[GroupSummary], out: Path, *, generated: dt.date) -> None:
    """Write the meeting overview of ``groups`` to ``out``."""
    st = styles()
    title = "Oversikt over mulige felles anskaffelser"

    def _build(target: Path) -> None:
        doc = DocumentTemplate(
            target,
            title=title,
            author="kommunesamarbeid",
            subject=f"Møte i innkjøpssamarbeidet {fmt_date(generated)}",
            header_left=title,
            header_right=fmt_date(generated),
            footer_left="Til behandling i møte for innkjøpskoordinatorene",
            with_cover=False,
        )
        story: list[Flowable] = [
            Paragraph("OVERSIKT TIL KOORDINATORMØTE", st.cover_kicker),
            heading(title, 0, toc=False),
            Paragraph(
                esc(
                    f"{len(groups)} mulige felles anskaffelser per {fmt_date(generated)}. Beløp "
                    "er estimert verdi i norske kroner ekskl. mva. for hele avtaleperioden "
                    "inkludert opsjoner, slik et forslag laget fra gruppen regner den (lengste "
                    "periode i linjene). Poeng viser hvor sterkt linjene i gruppen ligner "
                    "hverandre."
                ),
                st.body,
            ),
        ]
        if groups:
            # not keep-with-next: a long table starts right under its heading
            story += table_heading("Sammendrag", outline=False)
            story.append(_summary_table(groups))
            story.append(Spacer(1, 10))
            for group in groups:
                story += _group_section(group)
        else:
            story.append(Paragraph("Ingen grupper å vise.", st.note))
        doc.build_story(story, with_toc=False)

    write_atomically(Path(out), _build)
