"""The joint-tender proposal (forslag til felles anskaffelse) as a printed A4 document.

Sections follow DOMAIN.md, "What a joint-tender proposal document contains": cover, contents,
summary, need and volume per municipality, value and thresholds, lots, timeline (Gantt chart),
value per municipality (bar chart), climate and environment, innovation and early supplier
dialogue, local supplier market, roles and contacts, risks, warnings, fullmakt with one signature
block per municipality, and two appendices (why the lines were grouped, where they came from).

The numbers come from the rules engine's :class:`Evaluation`; this module only prints them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
)

from kommunesamarbeid.core.local_market import ProposalMarket
from kommunesamarbeid.core.proposal import (
    MILESTONE_LABELS,
    STATUS_LABELS,
    ClimateMode,
    Evaluation,
    MilestoneKind,
    ParticipantValue,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.fileio.pdf_charts import (
    BarItem,
    GanttMember,
    GanttMilestone,
    gantt_charts,
    value_bar_charts,
)
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    DocumentTemplate,
    bullet_list,
    clean,
    data_table,
    esc,
    fmt_date,
    fmt_percent,
    heading,
    key_value_table,
    paragraphs,
    plain_cell,
    signature_block,
    styles,
    table_heading,
    warning_box,
    write_atomically,
)
from kommunesamarbeid.fileio.pdf_fullmakt import mandate_flowables
from kommunesamarbeid.fileio.pdf_local_market import local_market_flowables

# SUMMARY_WARNING_LIMIT is re-exported (it was defined here before the first sections moved).
from kommunesamarbeid.fileio.pdf_sections import (  # noqa: F401
    _SECTION_WARNINGS,
    CONTRACT_KIND_LABELS,
    PROCEDURE_LABELS,
    SUMMARY_WARNING_LIMIT,
    _cell,
    _contents,
    _cover,
    _head,
    _lots,
    _names,
    _need_and_volume,
    _ordered_warnings,
    _summary,
    _value_and_thresholds,
    _values,
    _warning_pairs,
)

__all__ = ["CONTRACT_KIND_LABELS", "PROCEDURE_LABELS", "write_proposal_pdf"]


# ---------------------------------------------------------------------------------------------
# sections (the first ones are in pdf_sections)


def _timeline(proposal: ProposalData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [PageBreak(), heading("5 Framdriftsplan")]
    milestones = [
        GanttMilestone(
            label=m.title or MILESTONE_LABELS.get(m.kind, "Milepæl"), date=m.due_date, done=m.done
        )
        for m in proposal.milestones
        if m.due_date is not None
    ]
    members = [
        GanttMember(
            label=p.name,
            expiries=tuple(
                sorted({line.current_expiry for line in p.lines if line.current_expiry})
            ),
            emphasis=p.municipality_id == proposal.host_municipality_id,
        )
        for p in proposal.participants
    ]
    contract_start = proposal.planned_contract_start
    if contract_start is None:
        starts = [
            m.due_date
            for m in proposal.milestones
            if m.kind is MilestoneKind.CONTRACT_START and m.due_date
        ]
        contract_start = min(starts) if starts else None
    story.append(
        Paragraph(
            esc(
                "Diagrammet viser milepælene i den felles anskaffelsen og når hver kommunes "
                "dagens avtale utløper. En kommune med avtale som utløper før planlagt "
                "kontraktsstart, kan trenge en overgangsløsning."
            ),
            st.body,
        )
    )
    drawings = gantt_charts(
        milestones,
        members,
        contract_start=contract_start,
        width=CONTENT_WIDTH,
        max_height=CONTENT_HEIGHT - 40 * mm,
    )
    if not drawings:
        story.append(Paragraph("Ingen datoer er registrert ennå.", st.note))
    for drawing in drawings:
        story += [Spacer(1, 4), drawing, Spacer(1, 6)]
    story += table_heading("Milepæler")
    if proposal.milestones:
        ordered = sorted(
            proposal.milestones, key=lambda m: (m.due_date is None, m.due_date or dt.date.min)
        )
        rows: list[list[Any]] = [_head("Milepæl", "Type", "Dato", "Status")]
        for m in ordered:
            rows.append(
                [
                    _cell(m.title or MILESTONE_LABELS.get(m.kind, ""), st.cell),
                    _cell(MILESTONE_LABELS.get(m.kind, "Annet"), st.cell),
                    fmt_date(m.due_date),
                    "Fullført" if m.done else "Planlagt",
                ]
            )
        story.append(
            data_table(
                rows, [CONTENT_WIDTH - 38 * mm - 26 * mm - 22 * mm, 38 * mm, 26 * mm, 22 * mm]
            )
        )
    else:
        story.append(Paragraph("Ingen milepæler er lagt inn.", st.note))
    story += table_heading("Dagens avtaler per kommune")
    rows = [_head("Kommune", "Dagens avtale utløper")]
    for p, member in zip(proposal.participants, members, strict=True):
        dates = ", ".join(fmt_date(d) for d in member.expiries) or "Ikke oppgitt"
        rows.append([_cell(p.name, st.cell), _cell(dates, st.cell)])
    story.append(data_table(rows, [70 * mm, CONTENT_WIDTH - 70 * mm]))
    return story


def _value_chart(proposal: ProposalData, values: Mapping[int, ParticipantValue]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [PageBreak(), heading("6 Verdi per kommune")]
    story.append(
        Paragraph(
            esc(
                "Estimert verdi per kommune for hele avtaleperioden inkludert opsjoner, i norske "
                "kroner ekskl. mva. Skravert stolpe betyr at noen av kommunens linjer mangler "
                "verdi, slik at beløpet er en minsteverdi."
            ),
            st.body,
        )
    )
    items = [
        BarItem(
            label=p.name,
            value=values[p.municipality_id].total_value_nok,
            lower_bound=values[p.municipality_id].incomplete,
            emphasis=p.municipality_id == proposal.host_municipality_id,
        )
        for p in proposal.participants
    ]
    drawings = value_bar_charts(items, width=CONTENT_WIDTH, max_height=CONTENT_HEIGHT - 30 * mm)
    if not drawings:
        story.append(Paragraph("Ingen kommuner er lagt til ennå.", st.note))
    for drawing in drawings:
        story += [Spacer(1, 6), drawing]
    return story


def _text_sections(
    proposal: ProposalData, local_market: ProposalMarket | None = None
) -> list[Flowable]:
    st = styles()
    mode = (
        {
            ClimateMode.CRITERIA: "Tildelingskriterium med vekt",
            ClimateMode.REQUIREMENTS: "Krav i kravspesifikasjonen (begrunnet)",
        }.get(proposal.climate_mode, "Ikke avklart")
        if proposal.climate_mode
        else "Ikke avklart"
    )
    weight = (
        fmt_percent(proposal.climate_weight_percent)
        if proposal.climate_weight_percent is not None
        else "–"
    )
    story: list[Flowable] = [
        CondPageBreak(70 * mm),
        heading("7 Klima og miljø"),
        key_value_table([("Hvordan klima og miljø ivaretas", mode), ("Vekt", weight)]),
        Spacer(1, 6),
        *paragraphs(proposal.climate_text),
        Paragraph(
            esc(
                "Anskaffelsesforskriften § 7-9: klima og miljø skal normalt vektes med minst "
                "30 prosent blant tildelingskriteriene, eller stilles som krav i "
                "kravspesifikasjonen der det klart gir bedre effekt (med begrunnelse)."
            ),
            st.note,
        ),
        heading("8 Innovasjon og tidlig markedsdialog"),
        Paragraph("Innovasjon", st.h3),
        *paragraphs(proposal.innovation_text),
        Paragraph("Tidlig markedsdialog", st.h3),
        *paragraphs(proposal.dialogue_text),
    ]
    dialogue = [
        m.due_date
        for m in proposal.milestones
        if m.kind is MilestoneKind.MARKET_DIALOGUE and m.due_date
    ]
    if dialogue:
        story.append(Paragraph(esc(f"Planlagt markedsdialog: {fmt_date(min(dialogue))}."), st.body))
    area_lots = sum(1 for lot in proposal.lots if lot.basis == "area")
    story += [heading("9 Lokalt leverandørmarked"), *paragraphs(proposal.local_market_text)]
    story += local_market_flowables(local_market)
    if proposal.lots:
        story.append(
            Paragraph(
                esc(
                    f"Forslaget har {len(proposal.lots)} delkontrakter, hvorav {area_lots} etter "
                    "område, slik at lokale leverandører kan gi tilbud på sitt eget område."
                ),
                st.body,
            )
        )
    return story


def _roles(proposal: ProposalData) -> list[Flowable]:
    st = styles()
    host = proposal.host
    story: list[Flowable] = [
        heading("10 Roller og kontaktpersoner"),
        key_value_table(
            [
                ("Vertskommune (gjennomfører konkurransen)", host.name if host else "Ikke valgt"),
                (
                    "Kontaktperson i vertskommunen",
                    (
                        ", ".join(x for x in (host.contact_name, host.contact_email) if x)
                        or "Ikke oppgitt"
                    )
                    if host
                    else "Ikke oppgitt",
                ),
            ]
        ),
        Spacer(1, 6),
        *paragraphs(proposal.roles_text, empty="Roller og brukergruppe er ikke beskrevet ennå."),
    ]
    story += table_heading("Kontaktpersoner i kommunene", outline=False, small=True)
    rows: list[list[Any]] = [_head("Kommune", "Rolle", "Kontaktperson og e-post", "Fullmakt")]
    for p in proposal.participants:
        role = "Vertskommune" if p.municipality_id == proposal.host_municipality_id else "Deltaker"
        signed = (
            f"Signert {fmt_date(p.fullmakt_signed_date)}"
            if p.fullmakt_signed_date
            else "Ikke signert"
        )
        contact = "\n".join(x for x in (p.contact_name, p.contact_email) if x) or "–"
        rows.append(
            [
                _cell(p.name, st.cell),
                _cell(role, st.cell),
                _cell(contact, st.cell),
                _cell(signed, st.cell),
            ]
        )
    widths = [44 * mm, 25 * mm, CONTENT_WIDTH - 44 * mm - 25 * mm - 27 * mm, 27 * mm]
    story.append(data_table(rows, widths))
    story += [heading("11 Risiko"), *paragraphs(proposal.risks_text)]
    return story


def _warnings_section(evaluation: Evaluation, names: Mapping[int, str]) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [PageBreak(), heading(_SECTION_WARNINGS)]
    warnings = _ordered_warnings(evaluation)
    if not warnings:
        story.append(Paragraph("Regelsjekken fant ingen advarsler.", st.body))
        return story
    story.append(
        Paragraph(
            esc(
                f"Regelsjekken har funnet {len(warnings)} forhold som bør vurderes før forslaget "
                "vedtas."
            ),
            st.body,
        )
    )
    story.append(warning_box(_warning_pairs(warnings, names)))
    return story


def _fullmakt_and_signatures(proposal: ProposalData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        PageBreak(),
        heading("13 Fullmakt og underskrifter"),
        *mandate_flowables(proposal),
        Paragraph("Underskrifter", st.h2),
    ]
    for p in proposal.participants:
        is_host = p.municipality_id == proposal.host_municipality_id
        subtitle_parts = []
        if p.organisasjonsnummer:
            subtitle_parts.append(f"Org.nr. {clean(p.organisasjonsnummer)}")
        if is_host:
            subtitle_parts.append("Vertskommune")
        story.append(
            signature_block(
                p.name,
                subtitle=" · ".join(subtitle_parts),
                fields=(
                    ("Navn", p.signatory_name),
                    ("Tittel", p.signatory_title),
                    ("Sted", ""),
                    ("Dato", ""),
                ),
            )
        )
    return story


def _source_text(line: ProposalLineData) -> str:
    parts = [clean(line.source_file) or "Ukjent fil"]
    if line.source_sheet:
        parts.append(f"ark «{clean(line.source_sheet)}»")
    if line.source_row is not None:
        parts.append(f"rad {line.source_row}")
    return ", ".join(parts)


def _appendices(proposal: ProposalData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        PageBreak(),
        heading("Vedlegg A Hvorfor linjene er gruppert"),
        Paragraph(
            esc(
                "Forslaget bygger på en gruppe linjer fra kommunenes anskaffelsesplaner som "
                "beskriver det samme behovet. Gruppen ble satt sammen av disse grunnene:"
            ),
            st.body,
        ),
    ]
    if proposal.group_reasons:
        story += bullet_list(proposal.group_reasons)
    else:
        story.append(Paragraph("Ingen begrunnelse er registrert for gruppen.", st.note))
    story += [
        Spacer(1, 6),
        heading("Vedlegg B Linjene: begrunnelse og kilde"),
        Paragraph(
            esc(
                "For hver linje: hvorfor den er med i forslaget, og hvor den står i filen som "
                "ble lest inn (fil, ark og rad i kommunens anskaffelsesplan)."
            ),
            st.body,
        ),
    ]
    ref_w, desc_w, reason_w = 19 * mm, 50 * mm, 50 * mm
    source_w = CONTENT_WIDTH - ref_w - desc_w - reason_w
    for p in proposal.participants:
        if not p.lines:
            continue
        story += table_heading(p.name, outline=False, small=True, min_space=35 * mm)
        rows: list[list[Any]] = [
            _head("Ref.", "Beskrivelse", "Hvorfor linjen er med", "Kilde (fil, ark, rad)")
        ]
        for line in p.lines:
            reasons = "\n".join(f"• {clean(r)}" for r in line.reasons) or "Ingen begrunnelse"
            rows.append(
                [
                    plain_cell(line.reference or "–", ref_w),
                    plain_cell(line.description, desc_w),
                    plain_cell(reasons, reason_w, small=True),
                    plain_cell(_source_text(line), source_w, small=True),
                ]
            )
        story.append(data_table(rows, [ref_w, desc_w, reason_w, source_w], small_cols=(2, 3)))
    return story


# ---------------------------------------------------------------------------------------------
# entry point


def build_story(
    proposal: ProposalData,
    evaluation: Evaluation,
    *,
    generated: dt.date,
    cpv_labels: Mapping[str, str] | None = None,
    local_market: ProposalMarket | None = None,
) -> list[Flowable]:
    names = _names(proposal)
    values = _values(proposal, evaluation)
    story: list[Flowable] = []
    story += _cover(proposal, evaluation, generated)
    story += _contents()
    story += _summary(proposal, evaluation, names)
    story += _need_and_volume(proposal, evaluation, values, cpv_labels)
    story += _value_and_thresholds(evaluation)
    story += _lots(proposal, evaluation, names)
    story += _timeline(proposal)
    story += _value_chart(proposal, values)
    story += _text_sections(proposal, local_market)
    story += _roles(proposal)
    story += _warnings_section(evaluation, names)
    story += _fullmakt_and_signatures(proposal)
    story += _appendices(proposal)
    return story


def write_proposal_pdf(
    proposal: ProposalData,
    evaluation: Evaluation,
    out: Path,
    *,
    generated: dt.date,
    cpv_labels: Mapping[str, str] | None = None,
    local_market: ProposalMarket | None = None,
) -> None:
    """Write the proposal document to ``out`` (A4, fonts embedded, "Side X av Y" footers)."""
    host = proposal.host
    status = STATUS_LABELS.get(proposal.status, str(proposal.status))
    title = clean(proposal.title)
    reference = clean(proposal.reference)

    def _build(target: Path) -> None:
        doc = DocumentTemplate(
            target,
            title=f"{title} ({reference})" if reference else title,
            author="kommunesamarbeid" + (f" – {clean(host.name)}" if host else ""),
            subject=f"Forslag til felles anskaffelse {reference}".strip(),
            header_left=f"{reference} · {title}" if reference else title,
            header_right=fmt_date(generated),
            footer_left=f"Forslag til felles anskaffelse · {status}",
            keywords=["felles anskaffelse", "vertskommune", "fullmakt"],
        )
        story = build_story(
            proposal,
            evaluation,
            generated=generated,
            cpv_labels=cpv_labels,
            local_market=local_market,
        )
        doc.build_story(story, with_toc=True)

    write_atomically(Path(out), _build)
