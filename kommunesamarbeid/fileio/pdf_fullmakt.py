"""Fullmakt (authorisation) PDFs: one 1–2 page document per participating municipality.

Each participant authorises the host municipality (vertskommunen) to run the joint competition
on its behalf and to sign the framework agreement(s) for it, and commits itself to use the
agreement. The document says what is bought, the period and options, the lots the municipality
joins, its estimated and maximum value (from the value model), the deadline and who signs. The
host municipality gets a confirmation of its role instead, so every participant has exactly one
file to sign. Each is written in the municipality's own written standard (bokmål or nynorsk).

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
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kommunesamarbeid.core.lots import assign_lines
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
    key_value_table,
    plain_cell,
    signature_block,
    styles,
    write_atomically,
)
from kommunesamarbeid.fileio.pdf_style import Tx

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


def _agreement(proposal: ProposalData, tx: Tx) -> str:
    return tx("mandate.agreement_framework" if proposal.is_framework else "mandate.agreement")


def _host_name(proposal: ProposalData, tx: Tx) -> str:
    host = proposal.host
    return host.name if host else tx("common.host_not_chosen")


def _closing_paragraphs(proposal: ProposalData, body: ParagraphStyle, tx: Tx) -> list[Flowable]:
    """The deadline (in bold) and the "this is a template" note that end both mandate texts."""
    deadline = fullmakt_deadline(proposal)
    sentence = (
        tx("mandate.deadline", date=tx.date(deadline))
        if deadline is not None
        else tx("mandate.no_deadline")
    )
    return [
        Paragraph(f"<b>{esc(sentence)}</b>", body),
        Paragraph(esc(tx("mandate.template_note")), styles().note),
    ]


def mandate_flowables(
    proposal: ProposalData,
    participant: ParticipantData | None = None,
    *,
    style: ParagraphStyle | None = None,
    tx: Tx | None = None,
) -> list[Flowable]:
    """The fullmakt text. Without ``participant`` it is worded for all signing municipalities."""
    tx = tx or Tx(participant.language if participant is not None else proposal.language)
    body = style or styles().body
    params = {
        "host": _host_name(proposal, tx),
        "agreement": _agreement(proposal, tx),
        "title": clean(proposal.title),
        "reference": clean(proposal.reference),
        "name": clean(participant.name) if participant is not None else "",
    }
    who = "one" if participant is not None else "all"
    items = [tx(f"mandate.item{i}", **params) for i in (1, 2, 3, 4)]
    items[-1] = tx(f"mandate.item4_{who}", **params)
    return [
        # the opening sentence ends in "Fullmakten omfatter å": never apart from its list
        KeepTogether(
            [Paragraph(esc(tx(f"mandate.intro_{who}", **params)), body), *bullet_list(items, body)]
        ),
        Spacer(1, 3),
        Paragraph(esc(tx("mandate.scope", **params)), body),
        Paragraph(esc(tx(f"mandate.commitment_{who}", **params)), body),
        Paragraph(esc(tx("mandate.late", **params)), body),
        *_closing_paragraphs(proposal, body, tx),
    ]


def _host_confirmation(
    proposal: ProposalData, host: ParticipantData, *, style: ParagraphStyle, tx: Tx
) -> list[Flowable]:
    others = [p.name for p in proposal.participants if p.municipality_id != host.municipality_id]
    params = {
        "name": clean(host.name),
        "title": clean(proposal.title),
        "reference": clean(proposal.reference),
        "agreement": _agreement(proposal, tx),
    }
    parts: list[Flowable] = [Paragraph(esc(tx("mandate.host_text", **params)), style)]
    if others:
        parts.append(Paragraph(esc(tx("mandate.host_others", names=", ".join(others))), style))
    parts += [
        Paragraph(esc(tx("mandate.host_scope")), style),
        Paragraph(esc(tx("mandate.host_commitment", **params)), style),
        *_closing_paragraphs(proposal, style, tx),
    ]
    return parts


def _lines_table(
    lines: Sequence[ProposalLineData], evaluation: Evaluation, limit: int | None, tx: Tx
) -> list[Flowable]:
    """The participant's lines with their value in the proposal (and the plan value where it
    differs); every amount is the value model's."""
    st = styles()
    model = model_of(evaluation)
    if not lines:
        return [Paragraph(esc(tx("need.no_lines")), st.note)]
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
    rows: list[list[Any]] = [
        [tx("col.ref"), tx("col.description"), tx("col.plan"), tx("col.in_proposal")]
    ]
    for line in chosen:
        lv = model.lines[line.line_id]
        description = line.description
        if lv.withdrawn:
            description += f" ({tx('lines.withdrawn')})"
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
                plain_cell(tx("fullmakt.other_lines", n=len(rest)), desc_w),
                "",
                format_nok(model.counted_sum([line.line_id for line in rest])),
            ]
        )
    return [data_table(rows, [ref_w, desc_w, amount_w, amount_w], right_cols=(2, 3))]


def _lots_joined(proposal: ProposalData, participant: ParticipantData, tx: Tx) -> str:
    """The lots the participant's lines are in ("1 Nord, 3 Sør"), or that there are none."""
    if not proposal.lots:
        return tx("fullmakt.no_lots")
    assigned = assign_lines(proposal, proposal.lots)
    numbers = sorted(
        {assigned[line.line_id] for line in participant.lines if line.line_id in assigned}
    )
    titles = {lot.number: lot.title for lot in proposal.lots}
    if not numbers:
        return tx("fullmakt.in_no_lot")
    return ", ".join(tx("fullmakt.lot", number=n, title=clean(titles[n])) for n in numbers)


def _story(
    proposal: ProposalData,
    evaluation: Evaluation,
    participant: ParticipantData,
    *,
    generated: dt.date,
    line_limit: int | None,
    tx: Tx,
) -> list[Flowable]:
    st = styles()
    is_host = participant.municipality_id == proposal.host_municipality_id
    title_style = ParagraphStyle("FullmaktTitle", parent=st.h1, spaceBefore=0, spaceAfter=8)
    story: list[Flowable] = [
        Paragraph(esc(tx("fullmakt.title_host" if is_host else "fullmakt.title")), title_style),
    ]
    model = model_of(evaluation)
    pv = model.participant(participant.municipality_id)
    own_value = pv.total_value_nok if pv is not None else 0
    incomplete = pv.incomplete if pv is not None else False
    org = (
        f" ({tx('signatures.orgnr', orgnr=clean(participant.organisasjonsnummer))})"
        if participant.organisasjonsnummer
        else ""
    )
    own_text = format_nok(own_value) + (f" ({tx('fullmakt.incomplete')})" if incomplete else "")
    facts = [
        (tx("fullmakt.what"), proposal.title),
        (tx("fact.reference"), proposal.reference),
        (tx("fact.host"), _host_name(proposal, tx)),
        (tx("fullmakt.municipality"), f"{clean(participant.name)}{org}"),
        (tx("fact.period"), tx.r(model.period.text())),
        (tx("fullmakt.lots"), _lots_joined(proposal, participant, tx)),
        (tx("fullmakt.own_estimate"), own_text),
    ]
    if pv is not None and pv.plan_value_nok != own_value:
        facts.append((tx("fullmakt.own_plan"), format_nok(pv.plan_value_nok)))
    if pv is not None and pv.maximum_value_nok is not None:
        facts.append((tx("fullmakt.own_maximum"), format_nok(pv.maximum_value_nok)))
    facts.append((tx("fullmakt.total_estimate"), format_nok(model.estimated_nok)))
    if model.maximum_nok is not None:
        facts.append((tx("fullmakt.total_maximum"), format_nok(model.maximum_nok)))
    facts.append((tx("fullmakt.deadline"), tx.date(fullmakt_deadline(proposal))))
    story.append(key_value_table(facts, key_width=64 * mm))
    story.append(Paragraph(esc(tx("fullmakt.amounts_note", date=tx.date(generated))), st.note))
    story.append(Paragraph(esc(tx("fullmakt.need_heading")), st.h2))
    story += _lines_table(participant.lines, evaluation, line_limit, tx)
    story.append(
        Paragraph(esc(tx("fullmakt.host_heading" if is_host else "fullmakt.heading")), st.h2)
    )
    host = proposal.host
    if is_host and host is not None:
        story += _host_confirmation(proposal, host, style=st.body_tight, tx=tx)
    else:
        story += mandate_flowables(proposal, participant, style=st.body_tight, tx=tx)
    story.append(Spacer(1, 10))
    story.append(
        signature_block(
            tx("fullmakt.signature_heading", name=clean(participant.name)),
            fields=(
                (tx("signatures.name"), participant.signatory_name),
                (tx("signatures.title"), participant.signatory_title),
                (tx("signatures.place"), ""),
                (tx("signatures.date"), ""),
            ),
            signature_label=tx("signatures.signature"),
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
    """Build one fullmakt into ``target`` in the municipality's written standard; returns its
    number of pages."""
    host = proposal.host
    tx = Tx(participant.language)
    doc = DocumentTemplate(
        target,
        title=f"{tx('fullmakt.word')} – {clean(participant.name)} – {clean(proposal.title)}",
        author="kommunesamarbeid" + (f" – {clean(host.name)}" if host else ""),
        subject=tx("fullmakt.subject", reference=clean(proposal.reference)),
        header_left=(
            f"{clean(proposal.reference)} · {tx('fullmakt.word')} · {clean(participant.name)}"
        ),
        header_right=tx.date(generated),
        footer_left=clean(proposal.title),
        with_cover=False,
        lang=tx.lang,
    )
    doc.build_story(
        _story(
            proposal, evaluation, participant, generated=generated, line_limit=line_limit, tx=tx
        ),
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
