"""Fullmakt (authorisation) PDFs: one 1–2 page document per participating municipality.

Each participant authorises the host municipality (vertskommunen) to run the joint competition
on its behalf and to sign the framework agreement(s) for it. The host municipality gets a
confirmation of its role instead, so every participant has exactly one file to sign.

The mandate text is a template for the coordinator to adapt, not legal advice; it says so.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import (
    Evaluation,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.value_model import model_of
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_WIDTH,
    DocumentTemplate,
    bullet_list,
    clean,
    data_table,
    esc,
    fmt_date,
    key_value_table,
    plain_cell,
    signature_block,
    styles,
    write_atomically,
)

__all__ = [
    "fullmakt_deadline",
    "fullmakt_file_name",
    "mandate_flowables",
    "write_fullmakt_pdfs",
]

_TRANSLITERATE = str.maketrans(
    {
        "æ": "ae",
        "Æ": "ae",
        "ø": "o",
        "Ø": "o",
        "å": "a",
        "Å": "a",
        "đ": "d",
        "Đ": "d",
        "ŋ": "n",
        "Ŋ": "n",
        "ŧ": "t",
        "Ŧ": "t",
        "ß": "ss",
    }
)
_NOT_SLUG = re.compile(r"[^a-z0-9]+")

#: How many of a participant's own lines are listed when the full list would make the
#: document longer than two pages (tried in this order; the rest are summed in one row).
_LINE_LIMITS: tuple[int, ...] = (24, 16, 10, 5, 0)


def _line_limits(count: int) -> list[int | None]:
    """The list sizes to try: all lines first when that can plausibly fit on two pages."""
    limits: list[int | None] = [None] if count <= _LINE_LIMITS[0] else []
    limits += [limit for limit in _LINE_LIMITS if limit < count]
    return limits


def fullmakt_file_name(name: str, *, fallback: str = "kommune") -> str:
    """ "Osterøy kommune" -> "fullmakt_osteroy_kommune.pdf" (ASCII only)."""
    text = clean(name).translate(_TRANSLITERATE)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("_", text).strip("_")[:80].strip("_") or fallback
    return f"fullmakt_{slug}.pdf"


def fullmakt_deadline(proposal: ProposalData) -> dt.date | None:
    dates = [
        m.due_date
        for m in proposal.milestones
        if m.kind is MilestoneKind.FULLMAKT_DEADLINE and m.due_date is not None
    ]
    return min(dates) if dates else None


def _agreement_word(proposal: ProposalData) -> str:
    return "rammeavtalen(e)" if proposal.is_framework else "kontrakten(e)"


def _host_name(proposal: ProposalData) -> str:
    host = proposal.host
    return host.name if host else "[vertskommune er ikke valgt]"


def _deadline_sentence(proposal: ProposalData) -> str:
    deadline = fullmakt_deadline(proposal)
    if deadline is None:
        return (
            "Frist for å sende signert fullmakt til vertskommunen er ikke fastsatt ennå; "
            "den må komme fram før konkurransen kunngjøres."
        )
    return f"Signert fullmakt sendes vertskommunen innen {fmt_date(deadline)}."


def _closing_paragraphs(proposal: ProposalData, body: ParagraphStyle) -> list[Flowable]:
    """The deadline (in bold) and the "this is a template" note that end both mandate texts."""
    return [
        Paragraph(f"<b>{esc(_deadline_sentence(proposal))}</b>", body),
        Paragraph(
            esc(
                "Teksten er en mal og ikke juridisk rådgivning. Tilpass den til "
                "samarbeidsavtalen og kommunens delegasjonsreglement før den signeres."
            ),
            styles().note,
        ),
    ]


def mandate_flowables(
    proposal: ProposalData,
    participant: ParticipantData | None = None,
    *,
    style: ParagraphStyle | None = None,
) -> list[Flowable]:
    """The fullmakt text. Without ``participant`` it is worded for all signing municipalities."""
    st = styles()
    body = style or st.body
    host = _host_name(proposal)
    agreement = _agreement_word(proposal)
    title = clean(proposal.title)
    reference = clean(proposal.reference)
    if participant is None:
        who = "Kommunene som signerer nedenfor"
        behalf = "på vegne av hver av dem"
        own = "Hver kommune"
        own_needs = "sine egne behov"
        own_rules = "kommunens eget delegasjonsreglement"
    else:
        who = clean(participant.name)
        behalf = f"på vegne av {who}"
        own = who
        own_needs = "kommunens egne behov"
        own_rules = "kommunens eget delegasjonsreglement"
    intro = (
        f"{who} gir {host} («vertskommunen») fullmakt til å gjennomføre konkurransen "
        f"«{title}» (ref. {reference}) {behalf}. Fullmakten omfatter å"
    )
    items = [
        "utarbeide konkurransegrunnlaget i samråd med de deltakende kommunene,",
        "kunngjøre konkurransen og ha kontakten med leverandørene,",
        "ta imot og evaluere tilbud og treffe beslutning om tildeling,",
        f"inngå og signere {agreement} som følger av konkurransen, også {behalf}.",
    ]
    parts: list[Flowable] = [Paragraph(esc(intro), body), *bullet_list(items, body)]
    parts += [
        Spacer(1, 3),
        Paragraph(
            esc(
                "Fullmakten gis innenfor samarbeidsavtalen mellom kommunene om "
                "vertskommunesamarbeid etter kommuneloven § 20-2, eller en tilsvarende avtale "
                f"om felles anskaffelse. Den gjelder bare denne konkurransen og {agreement} som "
                "inngås etter den."
            ),
            body,
        ),
        Paragraph(
            esc(
                f"{own} er selv ansvarlig for å bruke og følge opp avtalen for {own_needs}, og "
                f"for at deltakelsen er besluttet etter {own_rules}."
            ),
            body,
        ),
        Paragraph(
            esc(
                "En kommune som ikke har gitt fullmakt før konkurransen kunngjøres, blir ikke "
                "oppført som oppdragsgiver i kunngjøringen og kan ikke slutte seg til avtalen "
                "senere."
            ),
            body,
        ),
        *_closing_paragraphs(proposal, body),
    ]
    return parts


def _host_confirmation(
    proposal: ProposalData, host: ParticipantData, *, style: ParagraphStyle
) -> list[Flowable]:
    body = style
    agreement = _agreement_word(proposal)
    others = [p.name for p in proposal.participants if p.municipality_id != host.municipality_id]
    text = (
        f"{clean(host.name)} påtar seg å gjennomføre konkurransen «{clean(proposal.title)}» "
        f"(ref. {clean(proposal.reference)}) som vertskommune for de deltakende kommunene, og å "
        f"inngå og signere {agreement} for seg selv og for hver kommune som har gitt "
        "vertskommunen fullmakt før kunngjøring."
    )
    parts: list[Flowable] = [Paragraph(esc(text), body)]
    if others:
        parts.append(
            Paragraph(
                esc("Kommuner som er bedt om å gi fullmakt: " + ", ".join(others) + "."), body
            )
        )
    parts += [
        Paragraph(
            esc(
                "Oppdraget utføres innenfor samarbeidsavtalen mellom kommunene om "
                "vertskommunesamarbeid etter kommuneloven § 20-2, eller en tilsvarende avtale "
                "om felles anskaffelse."
            ),
            body,
        ),
        *_closing_paragraphs(proposal, body),
    ]
    return parts


def _lines_table(
    lines: Sequence[ProposalLineData], evaluation: Evaluation, limit: int | None
) -> list[Flowable]:
    """The participant's lines with their value in the proposal (and the plan value where it
    differs); every amount is the value model's."""
    st = styles()
    model = model_of(evaluation)
    if not lines:
        return [Paragraph(esc("Kommunen har ingen linjer i forslaget."), st.note)]
    chosen = list(lines)
    rest: list[ProposalLineData] = []
    if limit is not None and len(chosen) > limit:
        ranked = sorted(chosen, key=lambda line: -model.lines[line.line_id].counted_value)
        keep = {id(line) for line in ranked[:limit]}
        rest = [line for line in chosen if id(line) not in keep]
        chosen = [line for line in chosen if id(line) in keep]
    amount_w = 30 * mm
    ref_w = 22 * mm
    desc_w = CONTENT_WIDTH - ref_w - 2 * amount_w
    rows: list[list[Any]] = [["Ref.", "Beskrivelse", "Planverdi", "I forslaget"]]
    for line in chosen:
        lv = model.lines[line.line_id]
        description = line.description
        if lv.withdrawn:
            description += " (trukket fra planen – ikke regnet med)"
        rows.append(
            [
                plain_cell(line.reference or "–", ref_w),
                plain_cell(description, desc_w),
                format_nok(lv.plan_value),
                "–" if lv.withdrawn else format_nok(lv.value),
            ]
        )
    if rest:
        rows.append(
            [
                "",
                plain_cell(
                    f"{len(rest)} andre linjer (alle står i forslaget, kapittel 2 «Behov og "
                    "volum per kommune»)",
                    desc_w,
                ),
                "",
                format_nok(model.counted_sum([line.line_id for line in rest])),
            ]
        )
    return [data_table(rows, [ref_w, desc_w, amount_w, amount_w], right_cols=(2, 3))]


def _story(
    proposal: ProposalData,
    evaluation: Evaluation,
    participant: ParticipantData,
    *,
    generated: dt.date,
    line_limit: int | None,
) -> list[Flowable]:
    st = styles()
    is_host = participant.municipality_id == proposal.host_municipality_id
    host = proposal.host
    title_style = ParagraphStyle("FullmaktTitle", parent=st.h1, spaceBefore=0, spaceAfter=8)
    story: list[Flowable] = [
        Paragraph(
            "Bekreftelse fra vertskommunen" if is_host else "Fullmakt til vertskommunen",
            title_style,
        ),
    ]
    model = model_of(evaluation)
    pv = model.participant(participant.municipality_id)
    own_value = pv.total_value_nok if pv is not None else 0
    incomplete = pv.incomplete if pv is not None else False
    org = (
        f" (org.nr. {clean(participant.organisasjonsnummer)})"
        if participant.organisasjonsnummer
        else ""
    )
    own_text = format_nok(own_value) + (" (minst; noen linjer mangler verdi)" if incomplete else "")
    facts = [
        ("Anskaffelse", proposal.title),
        ("Referanse", proposal.reference),
        ("Vertskommune", host.name if host else "Ikke valgt"),
        ("Kommune", f"{clean(participant.name)}{org}"),
        ("Kommunens estimerte verdi", own_text),
    ]
    if pv is not None and pv.plan_value_nok != own_value:
        facts.append(("Kommunens planverdi (egne perioder)", format_nok(pv.plan_value_nok)))
    if pv is not None and pv.maximum_value_nok is not None:
        facts.append(("Kommunens andel av maksimal verdi", format_nok(pv.maximum_value_nok)))
    facts.append(("Samlet estimert verdi, alle kommuner", format_nok(model.estimated_nok)))
    if model.maximum_nok is not None:
        facts.append(("Maksimal verdi for rammeavtalen", format_nok(model.maximum_nok)))
    facts += [
        ("Avtaleperiode", model.period.text()),
        ("Frist for signert fullmakt", fmt_date(fullmakt_deadline(proposal))),
    ]
    story.append(key_value_table(facts, key_width=64 * mm))
    story.append(
        Paragraph(
            esc(
                "Beløp i norske kroner ekskl. mva. for hele avtaleperioden inkludert opsjoner. "
                "«I forslaget» er linjens verdi over forslagets periode; «Planverdi» er kommunens "
                f"eget tall. Beregnet {fmt_date(generated)}; tallene er estimater til "
                "planleggingsbruk."
            ),
            st.note,
        )
    )
    story.append(Paragraph("Kommunens behov i konkurransen", st.h2))
    story += _lines_table(participant.lines, evaluation, line_limit)
    story.append(Paragraph("Vertskommunens oppdrag" if is_host else "Fullmakt", st.h2))
    if is_host and host is not None:
        story += _host_confirmation(proposal, host, style=st.body_tight)
    else:
        story += mandate_flowables(proposal, participant, style=st.body_tight)
    story.append(Spacer(1, 10))
    story.append(
        signature_block(
            f"Underskrift for {clean(participant.name)}",
            fields=(
                ("Navn", participant.signatory_name),
                ("Tittel", participant.signatory_title),
                ("Sted", ""),
                ("Dato", ""),
            ),
        )
    )
    return story


def _build(
    target: Any,
    proposal: ProposalData,
    evaluation: Evaluation,
    participant: ParticipantData,
    *,
    generated: dt.date,
    line_limit: int | None,
) -> int:
    """Build one fullmakt into ``target``; returns its number of pages."""
    host = proposal.host
    doc = DocumentTemplate(
        target,
        title=f"Fullmakt – {clean(participant.name)} – {clean(proposal.title)}",
        author="kommunesamarbeid" + (f" – {clean(host.name)}" if host else ""),
        subject=f"Fullmakt til vertskommunen, {clean(proposal.reference)}",
        header_left=f"{clean(proposal.reference)} · Fullmakt · {clean(participant.name)}",
        header_right=fmt_date(generated),
        footer_left=clean(proposal.title),
        with_cover=False,
    )
    doc.build_story(
        _story(proposal, evaluation, participant, generated=generated, line_limit=line_limit),
        with_toc=False,
    )
    return int(doc.page)


def write_fullmakt_pdfs(
    proposal: ProposalData, evaluation: Evaluation, outdir: Path, *, generated: dt.date
) -> list[Path]:
    """Write one fullmakt PDF per participant into ``outdir``; returns the paths in order.

    A participant with many lines gets its largest lines listed and the rest summed, so every
    document stays within two pages.
    """
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    used: set[str] = set()
    for participant in proposal.participants:
        name = fullmakt_file_name(
            participant.name, fallback=f"kommune_{participant.municipality_id}"
        )
        if name in used:
            name = name[: -len(".pdf")] + f"_{participant.municipality_id}.pdf"
        used.add(name)
        data = b""
        for limit in _line_limits(len(participant.lines)):
            buffer = io.BytesIO()
            pages = _build(
                buffer, proposal, evaluation, participant, generated=generated, line_limit=limit
            )
            data = buffer.getvalue()
            if pages <= 2:
                break
        out = outdir / name

        def _write(tmp: Path, payload: bytes = data) -> None:
            tmp.write_bytes(payload)

        write_atomically(out, _write)
        written.append(out)
    return written
