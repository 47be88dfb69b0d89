"""The proposal document's first sections (cover to lots) and the helpers all its sections
share; :mod:`.pdf_proposal` adds the rest and builds the document."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
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
    fmt_date,
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

__all__ = ["CONTRACT_KIND_LABELS", "PROCEDURE_LABELS", "SUMMARY_WARNING_LIMIT"]

CONTRACT_KIND_LABELS: dict[str, str] = {
    "supplies": "Varer",
    "services": "Tjenester",
    "works": "Bygg- og anleggsarbeid",
    "special_services": "Særlige tjenester (helse, sosial m.m.)",
}

#: Used only when the evaluation has no label of its own.
PROCEDURE_LABELS: dict[str, str] = {
    "utenfor": "Utenfor anskaffelsesforskriften (under 100 000 kr)",
    "del_i": "Del I – grunnleggende prinsipper",
    "del_ii": "Del II – nasjonal kunngjøring",
    "del_iii": "Del III – kunngjøring i EØS",
}

#: How many warnings the summary lists before it refers to the warnings section.
SUMMARY_WARNING_LIMIT = 10

_SECTION_WARNINGS = "12 Advarsler"


# ---------------------------------------------------------------------------------------------
# small helpers


def _procedure(evaluation: Evaluation) -> str:
    return evaluation.procedure_label or PROCEDURE_LABELS.get(
        evaluation.procedure_part, evaluation.procedure_part
    )


def _names(proposal: ProposalData) -> dict[int, str]:
    return {p.municipality_id: p.name for p in proposal.participants}


def _values(proposal: ProposalData, evaluation: Evaluation) -> dict[int, ParticipantValue]:
    """The value model's figures per participant (the writers never sum on their own)."""
    model = value_model(evaluation)
    return {pv.municipality_id: pv for pv in model.participants}


def _ordered_warnings(evaluation: Evaluation) -> list[RuleWarning]:
    """Warnings about the whole proposal first, then those about one municipality."""
    return sorted(evaluation.warnings, key=lambda w: w.municipality_id is not None)


def _warning_pairs(
    warnings: Sequence[RuleWarning], names: Mapping[int, str]
) -> list[tuple[str, str]]:
    pairs = []
    for w in warnings:
        if w.municipality_id is None:
            concerns = "Hele forslaget"
        else:
            concerns = names.get(w.municipality_id, f"Kommune {w.municipality_id}")
        pairs.append((concerns, w.message))
    return pairs


def _cpv_text(line: ProposalLineData, cpv_labels: Mapping[str, str] | None) -> str:
    code = clean(line.cpv).strip()
    if not code:
        return "–"
    label = line.cpv_label
    if not label and cpv_labels:
        digits = "".join(ch for ch in code if ch.isdigit())
        label = cpv_labels.get(code) or cpv_labels.get(digits[:8])
    return f"{code}\n{clean(label)}" if label else code


def _period_text(line: ProposalLineData) -> str:
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


def _contract_period(evaluation: Evaluation) -> str:
    return value_model(evaluation).period.text()


def _kind_text(evaluation: Evaluation) -> str:
    label = CONTRACT_KIND_LABELS.get(evaluation.contract_kind, "Ukjent")
    how = "valgt av koordinatoren" if evaluation.contract_kind_source == "set" else "fra linjene"
    return f"{label} ({how})"


def value_facts(evaluation: Evaluation, *, with_plan: bool = True) -> list[tuple[str, str]]:
    """The value figures every summary prints, in one order (estimate, maximum, plans, annual)."""
    model = value_model(evaluation)
    facts = [("Estimert samlet verdi", format_nok(model.estimated_nok))]
    if model.maximum_nok is not None:
        how = "satt av koordinatoren" if model.maximum_set else "lik estimert verdi, ikke satt"
        facts.append(("Maksimal verdi (rammeavtale)", f"{format_nok(model.maximum_nok)} ({how})"))
    if with_plan:
        facts.append(("Sum av planverdiene", format_nok(model.plan_nok)))
    facts.append(("Estimert årlig verdi", format_nok(model.annual_nok)))
    return facts


def _amount_width(amounts: Sequence[str], *, minimum: float = 18 * mm) -> float:
    widest = max((stringWidth(a, FONT_BOLD, 8) for a in amounts), default=0.0)
    return max(minimum, widest + 10)


def _cell(text: object, style: Any) -> Paragraph:
    return cell(text, style)


def _head(*labels: str) -> list[Any]:
    """A header row of plain labels; ``data_table`` wraps them to their columns in bold and
    aligns them like their columns."""
    return list(labels)


def _framed_note(title: str, text: str) -> Table:
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


# ---------------------------------------------------------------------------------------------
# sections


def _cover(proposal: ProposalData, evaluation: Evaluation, generated: dt.date) -> list[Flowable]:
    st = styles()
    host = proposal.host
    status = STATUS_LABELS.get(proposal.status, str(proposal.status))
    story: list[Flowable] = [
        Spacer(1, 22 * mm),
        Paragraph("FORSLAG TIL FELLES ANSKAFFELSE", st.cover_kicker),
        Paragraph(esc(proposal.title), st.cover_title),
        Paragraph(
            esc(f"Vertskommune: {host.name}" if host else "Vertskommune: ikke valgt"),
            st.cover_sub,
        ),
        Spacer(1, 8 * mm),
        key_value_table(
            [
                ("Referanse", proposal.reference),
                ("Status", status),
                ("Dato", fmt_date(generated)),
                ("Vertskommune", host.name if host else "Ikke valgt"),
                ("Antall deltakende kommuner", str(len(proposal.participants))),
                *value_facts(evaluation, with_plan=False)[:-1],
                ("Prosedyre", _procedure(evaluation)),
            ],
            key_width=55 * mm,
        ),
        Spacer(1, 9 * mm),
        Paragraph("Deltakende kommuner", st.h3),
    ]
    names = [
        p.name + (" (vertskommune)" if p.municipality_id == proposal.host_municipality_id else "")
        for p in proposal.participants
    ]
    columns = 3 if len(names) > 8 else 2
    per_col = -(-len(names) // columns) if names else 0
    rows: list[list[Any]] = []
    for r in range(per_col):
        row: list[Any] = []
        for c in range(columns):
            i = c * per_col + r
            row.append(_cell(names[i], st.cell) if i < len(names) else "")
        rows.append(row)
    if rows:
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
        story.append(table)
    else:
        story.append(Paragraph("Ingen kommuner er lagt til ennå.", st.note))
    story += [
        Spacer(1, 10 * mm),
        Paragraph(
            esc(
                "Beløp er i norske kroner ekskl. mva. for hele avtaleperioden inkludert opsjoner. "
                "Dokumentet er laget med kommunesamarbeid, et planleggingsverktøy; det er ikke "
                "juridisk rådgivning."
            ),
            st.note,
        ),
        NextPageTemplate("normal"),
        PageBreak(),
    ]
    return story


def _contents() -> list[Flowable]:
    st = styles()
    return [Paragraph("Innhold", st.h1), Spacer(1, 4), table_of_contents(), PageBreak()]


def _summary(
    proposal: ProposalData, evaluation: Evaluation, names: Mapping[int, str]
) -> list[Flowable]:
    st = styles()
    host = proposal.host
    period = evaluation.threshold_period
    lots = f"{len(proposal.lots)} delkontrakter" if proposal.lots else "Ingen delkontrakter"
    if len(proposal.lots) == 1:
        lots = "1 delkontrakt"
    facts: list[tuple[str, Any]] = [
        *value_facts(evaluation),
        ("Type anskaffelse", _kind_text(evaluation)),
        ("Prosedyre", _procedure(evaluation)),
        (
            "Terskelverdier brukt",
            f"Gyldige fra {fmt_date(period.valid_from)}" if period else "Ingen gyldig periode",
        ),
        ("Antall deltakende kommuner", str(len(proposal.participants))),
        ("Vertskommune", host.name if host else "Ikke valgt"),
        (
            "Rammeavtale",
            f"{'Ja' if evaluation.is_framework else 'Nei'}. {evaluation.framework_reason}",
        ),
        ("Avtaletid", _contract_period(evaluation)),
        ("Delkontrakter", lots),
        ("Planlagt kunngjøring", fmt_date(proposal.planned_announcement)),
        ("Planlagt kontraktsstart", fmt_date(proposal.planned_contract_start)),
        ("Frist for fullmakt", fmt_date(fullmakt_deadline(proposal))),
    ]
    story: list[Flowable] = [
        heading("1 Sammendrag"),
        Paragraph("Behov", st.h2),
        *paragraphs(proposal.need_description),
        Paragraph("Nøkkeltall", st.h2),
        key_value_table(facts),
        Paragraph(
            esc(
                "Beløp i norske kroner ekskl. mva. for hele avtaleperioden inkludert opsjoner. "
                "Planverdiene er kommunenes egne tall, hver med sin periode; kapittel 3 sier "
                "hvordan verdien er beregnet."
            ),
            st.note,
        ),
        Paragraph("Viktige advarsler", st.h2),
    ]
    warnings = _ordered_warnings(evaluation)
    if not warnings:
        story.append(Paragraph("Regelsjekken fant ingen advarsler.", st.body))
    else:
        shown = warnings[:SUMMARY_WARNING_LIMIT]
        story.append(warning_box(_warning_pairs(shown, names)))
        if len(warnings) > len(shown):
            story.append(Spacer(1, 3))
            story.append(
                Paragraph(
                    esc(
                        f"… og {len(warnings) - len(shown)} advarsler til. Alle står i kapittel "
                        f"«{_SECTION_WARNINGS}»."
                    ),
                    st.note,
                )
            )
    story.append(PageBreak())
    return story


def _line_texts(line: ProposalLineData, evaluation: Evaluation) -> tuple[str, str, str, bool]:
    """(description, plan value, value in the proposal, marked) for one line of a table."""
    lv = value_model(evaluation).lines[line.line_id]
    description = line.description
    if lv.withdrawn:
        description += " (trukket fra planen – ikke regnet med)"
        return description, format_nok(lv.plan_value), "–", False
    marked = lv.differs
    value = format_nok(lv.value) + (" *" if marked else "")
    return description, format_nok(lv.plan_value), value, marked


def _need_and_volume(
    proposal: ProposalData,
    evaluation: Evaluation,
    values: Mapping[int, ParticipantValue],
    cpv_labels: Mapping[str, str] | None,
) -> list[Flowable]:
    st = styles()
    model = value_model(evaluation)
    story: list[Flowable] = [
        heading("2 Behov og volum per kommune"),
        Paragraph(
            esc(
                "Tabellene viser linjene fra hver kommunes anskaffelsesplan som inngår i "
                "forslaget. Beløp er i norske kroner ekskl. mva. «Planverdi» er kommunens eget "
                "tall for hele linjens periode med opsjoner; «I forslaget» er verdien over "
                f"forslagets periode ({model.period.text().lower()}). «–» betyr at verdien "
                "mangler. «Periode» viser planlagt tidspunkt og avtaletid (grunnperiode + "
                "opsjoner)."
            ),
            st.body,
        ),
    ]
    lines_shown = [_line_texts(line, evaluation) for line in proposal.all_lines()]
    annual_amounts = [format_nok(pv.annual_value_nok) for pv in values.values()]
    amounts = [a for _, plan, value, _ in lines_shown for a in (plan, value)]
    amounts += [format_nok(pv.total_value_nok) for pv in values.values()]
    amounts += [format_nok(pv.plan_value_nok) for pv in values.values()]
    annual_w = _amount_width([*annual_amounts, "Årlig verdi"])
    plan_w = _amount_width([*amounts, "Planverdi"])
    value_w = _amount_width([*amounts, "I forslaget"])
    ref_w, cpv_w, period_w = 15 * mm, 24 * mm, 17 * mm
    desc_w = CONTENT_WIDTH - ref_w - cpv_w - period_w - annual_w - plan_w - value_w
    widths = [ref_w, desc_w, cpv_w, period_w, annual_w, plan_w, value_w]
    any_marked = False
    for p in proposal.participants:
        story += table_heading(p.name)
        pv = values[p.municipality_id]
        if not p.lines:
            story.append(Paragraph("Kommunen har ingen linjer i forslaget.", st.note))
            continue
        rows: list[list[Any]] = [
            _head(
                "Ref.", "Beskrivelse", "CPV", "Periode", "Årlig verdi", "Planverdi", "I forslaget"
            )
        ]
        for line in p.lines:
            description, plan, value, marked = _line_texts(line, evaluation)
            any_marked = any_marked or marked
            lv = model.lines[line.line_id]
            annual = format_nok(lv.annual_nok)
            rows.append(
                [
                    plain_cell(line.reference or "–", ref_w),
                    plain_cell(description, desc_w),
                    plain_cell(_cpv_text(line, cpv_labels), cpv_w, small=True),
                    plain_cell(_period_text(line), period_w, small=True),
                    annual,
                    plan,
                    value,
                ]
            )
        label = f"Sum {clean(p.name)}"
        if pv.incomplete:
            label += " (minst; linjer mangler verdi)"
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
                rows, widths, right_cols=(4, 5, 6), total_rows=(len(rows) - 1,), small_cols=(2, 3)
            )
        )
    if any_marked:
        story.append(
            Paragraph(
                esc(
                    "* Linjens egen periode er en annen enn forslagets: verdien i forslaget er "
                    "årsverdien × forslagets periode, planverdien er kommunens eget tall."
                ),
                st.note,
            )
        )
    # the overall summary
    story += table_heading("Samlet volum")
    framework = model.maximum_nok is not None
    count_w = 13 * mm
    share_w = 15 * mm
    amount_w = _amount_width(
        [*amounts, format_nok(model.estimated_nok), format_nok(model.maximum_nok), "Maks. verdi"],
        minimum=22 * mm,
    )
    n_amounts = 3 if framework else 2
    name_w = CONTENT_WIDTH - count_w - share_w - n_amounts * amount_w
    head = ["Kommune", "Linjer", "Planverdi", "Estimert verdi"]
    if framework:
        head.append("Maks. verdi")
    head.append("Andel")
    rows = [_head(*head)]
    for p in proposal.participants:
        pv = values[p.municipality_id]
        name = clean(p.name) + (" (minst)" if pv.incomplete else "")
        row: list[Any] = [
            _cell(name, st.cell),
            str(len(p.lines)),
            format_nok(pv.plan_value_nok),
            format_nok(pv.total_value_nok),
        ]
        if framework:
            row.append(format_nok(pv.maximum_value_nok))
        row.append(_share(pv.total_value_nok, model.estimated_nok))
        rows.append(row)
    total_row: list[Any] = [
        _cell("Sum alle kommuner", st.cell_bold),
        str(len(proposal.all_lines())),
        format_nok(model.plan_nok),
        format_nok(model.estimated_nok),
    ]
    if framework:
        total_row.append(format_nok(model.maximum_nok))
    total_row.append("100 %" if model.estimated_nok else "–")
    rows.append(total_row)
    story.append(
        data_table(
            rows,
            [name_w, count_w, *[amount_w] * n_amounts, share_w],
            right_cols=tuple(range(1, 3 + n_amounts)),
            total_rows=(len(rows) - 1,),
        )
    )
    story.append(PageBreak())
    return story


def _share(part: int, whole: int) -> str:
    return fmt_percent(100 * part / whole) if whole else "–"


def _value_and_thresholds(evaluation: Evaluation) -> list[Flowable]:
    st = styles()
    period = evaluation.threshold_period
    story: list[Flowable] = [
        heading("3 Verdi og terskelverdier"),
        Paragraph(
            esc(
                "Den estimerte verdien av en felles anskaffelse er summen for alle deltakerne "
                "over hele avtaleperioden, inkludert alle opsjoner og forlengelser. Verdien av "
                "alle delkontraktene samlet avgjør hvilken terskelverdi som gjelder, selv om hver "
                "delkontrakt alene er liten."
            ),
            st.body,
        ),
    ]
    if period:
        valid = f"fra {fmt_date(period.valid_from)}"
        valid += f" til {fmt_date(period.valid_to)}" if period.valid_to else " (gjeldende)"
    else:
        valid = "Ingen terskelverdiperiode gjelder for datoen"
    threshold_date = fmt_date(evaluation.threshold_date, unknown="Ikke fastsatt")
    if evaluation.threshold_date and evaluation.threshold_date_basis:
        threshold_date += f" ({clean(evaluation.threshold_date_basis)})"
    story.append(
        key_value_table(
            [
                *value_facts(evaluation),
                ("Avtaleperiode", _contract_period(evaluation)),
                ("Verdi terskelverdien vurderes mot", format_nok(evaluation.threshold_value_nok)),
                ("Type anskaffelse", _kind_text(evaluation)),
                ("Dato terskelverdiene er valgt etter", threshold_date),
                ("Terskelverdiperiode", valid),
                ("Gjeldende terskelverdi", format_nok(evaluation.applicable_threshold_nok)),
                ("Prosedyre", _procedure(evaluation)),
            ]
        )
    )
    if period:
        story.append(Paragraph(f"Terskelverdier for kommuner, gyldige {esc(valid)}", st.h2))
        limits = [
            ("Anskaffelsesforskriften gjelder fra", period.regulation_min),
            ("Nasjonal terskelverdi (del II)", period.national),
            ("EØS-terskelverdi, varer og tjenester (del III)", period.eea_goods_services),
            ("EØS-terskelverdi, bygg- og anleggsarbeid (del III)", period.eea_works),
            ("EØS-terskelverdi, særlige tjenester (del III)", period.eea_special_services),
        ]
        amount_w = 34 * mm
        mark_w = 34 * mm
        rows: list[list[Any]] = [_head("Grense", "Beløp ekskl. mva.", "")]
        marked: list[int] = []
        for label, amount in limits:
            applies = amount == evaluation.applicable_threshold_nok
            rows.append(
                [_cell(label, st.cell), format_nok(amount), "◀ gjelder her" if applies else ""]
            )
            if applies:
                marked.append(len(rows) - 1)
        extra = [("FONTNAME", (0, r), (-1, r), FONT_BOLD) for r in marked]
        story.append(
            data_table(
                rows,
                [CONTENT_WIDTH - amount_w - mark_w, amount_w, mark_w],
                right_cols=(1,),
                extra=extra,
            )
        )
        if period.source:
            story.append(Paragraph(f"Kilde: {esc(period.source)}", st.note))
    story.append(Paragraph("Slik er verdien beregnet", st.h2))
    if evaluation.explanation:
        story += bullet_list(evaluation.explanation)
    else:
        story.append(Paragraph("Regelmotoren har ingen forklaring til beregningen.", st.note))
    story += [
        Spacer(1, 8),
        _framed_note(
            "Planleggingsverktøy – ikke juridisk rådgivning",
            "Beregningen er et hjelpemiddel i planleggingen og bygger på terskelverdiene og "
            "datoen som er oppgitt over. Den er ikke juridisk rådgivning. Kontroller verdi, "
            "terskelverdi og prosedyre mot anskaffelsesforskriften før konkurransen kunngjøres.",
        ),
        PageBreak(),
    ]
    return story


def _lots(
    proposal: ProposalData, evaluation: Evaluation, names: Mapping[int, str]
) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading("4 Delkontrakter")]
    if not proposal.lots:
        story.append(Paragraph("Anskaffelsen foreslås ikke delt i delkontrakter.", st.body))
        story.append(Paragraph("Begrunnelse", st.h2))
        story += paragraphs(proposal.no_lots_reason, empty="Ingen begrunnelse er oppgitt.")
        story.append(
            Paragraph(
                esc(
                    "Over EØS-terskelverdien skal oppdragsgiver vurdere å dele anskaffelsen i "
                    "delkontrakter og begrunne det hvis den ikke deles (anskaffelsesforskriften "
                    "§ 19-4, «del opp eller begrunn»)."
                ),
                st.note,
            )
        )
        return story
    count = len(proposal.lots)
    story.append(
        Paragraph(
            esc(
                f"Anskaffelsen foreslås delt i {count} delkontrakt{'er' if count > 1 else ''}. "
                "Verdien av alle delkontraktene samlet avgjør terskelverdien (se kapittel 3)."
            ),
            st.body,
        )
    )
    line_counts: dict[int, int] = {}
    for number in assign_lines(proposal, proposal.lots).values():
        line_counts[number] = line_counts.get(number, 0) + 1
    amounts = [format_nok(evaluation.lot_values.get(lot.number)) for lot in proposal.lots]
    amount_w = _amount_width([*amounts, "Estimert verdi"], minimum=24 * mm)
    nr_w, basis_w, lines_w = 12 * mm, 21 * mm, 13 * mm
    rest = CONTENT_WIDTH - nr_w - basis_w - lines_w - amount_w
    title_w = rest * 0.5
    muni_w = rest - title_w
    rows: list[list[Any]] = [
        _head("Nr.", "Tittel", "Grunnlag", "Kommuner", "Linjer", "Estimert verdi")
    ]
    for lot, amount in zip(proposal.lots, amounts, strict=True):
        basis = {"area": "Område", "product": "Produktgruppe"}.get(lot.basis, clean(lot.basis))
        if lot.municipality_ids:
            munis = ", ".join(names.get(m, f"Kommune {m}") for m in lot.municipality_ids)
        else:
            munis = "Alle deltakende kommuner"
        title = Paragraph(
            f"<b>{esc(lot.title)}</b>"
            + (f"<br/><font size=7>{esc(lot.description)}</font>" if lot.description else ""),
            st.cell,
        )
        rows.append(
            [
                str(lot.number),
                title,
                _cell(basis, st.cell),
                _cell(munis, st.cell),
                str(line_counts.get(lot.number, 0)),
                amount,
            ]
        )
    rows.append(
        [
            "",
            _cell("Sum alle delkontrakter", st.cell_bold),
            "",
            "",
            "",
            format_nok(evaluation.lot_total_nok),
        ]
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
