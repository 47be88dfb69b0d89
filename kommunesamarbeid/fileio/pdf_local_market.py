"""The proposal document's "Lokalt leverandørmarked": per lot, the local businesses that could
bid, per participating municipality and for the county, read in plain words.

Counts are printed in bands (units, with staff, 5 or more employees, sole proprietorships);
names are never printed. Every table says where the numbers come from (Enhetsregisteret, its
date, the NLOD attribution) and that the industry codes come from a curated table.

The fixed words are catalogue texts (``doc.market.*``) in the document's written standard, and so
are the readings of the register (``core.local_market`` hands them on as ``Text``, ``market.*``),
rendered here in the same standard; only names and the curated table's own words print as
written.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kommunesamarbeid.core.local_market import (
    CURATED_NOTE,
    LotMarket,
    MarketCounts,
    ProposalMarket,
)
from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.texts import Text
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_WIDTH,
    data_table,
    esc,
    styles,
    table_heading,
    warning_box,
)
from kommunesamarbeid.fileio.pdf_style import Tx

__all__ = ["local_market_flowables"]


#: Sentences a document prints in a shorter form: the command-line or file-name hint, which
#: is for the coordinator at the screen, left out.
_DOCUMENT_FORM = {
    "market.missing_number": "market.document.missing_number",
    "market.warning.unmapped": "market.document.unmapped",
}


def _sentence(value: object, tx: Tx) -> str:
    """A sentence of the register's reading in the document's standard (its document form)."""
    if isinstance(value, Text) and value.key in _DOCUMENT_FORM:
        value = Text(_DOCUMENT_FORM[value.key], **dict(value.params))
    return tx.r(value)


#: The curated table's confidence words -> the catalogue's (``doc.market.level.*``).
_CONFIDENCE = {"høy": "high", "middels": "medium", "lav": "low"}


def _confidence(value: str, tx: Tx) -> str:
    key = _CONFIDENCE.get(value)
    return tx(f"market.level.{key}") if key else value


def _counts_row(name: str, counts: MarketCounts | None, tx: Tx) -> list[Any]:
    if counts is None:
        return [name, tx("market.unknown"), "–", "–", "–"]
    numbers = (counts.units, counts.with_staff, counts.five_plus, counts.sole_proprietors)
    return [name, *(format_nok(n, unit=False) for n in numbers)]


def _table(lot: LotMarket, tx: Tx) -> Any:
    name_w = CONTENT_WIDTH - 4 * 27 * mm
    rows: list[list[Any]] = [
        [
            tx("col.municipality"),
            tx("market.units"),
            tx("market.with_staff"),
            tx("market.five_plus"),
            tx("market.sole"),
        ]
    ]
    for place in lot.municipalities:
        rows.append(_counts_row(place.name, place.counts, tx))
    totals: list[int] = []
    if len(lot.municipalities) > 1:
        rows.append(_counts_row(tx("market.lot_sum"), lot.total, tx))
        totals.append(len(rows) - 1)
    for county in lot.counties:
        rows.append(_counts_row(tx("market.county", county=county.name), county.counts, tx))
    return data_table(
        rows,
        [name_w, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        right_cols=(1, 2, 3, 4),
        total_rows=tuple(totals),
        small_cols=(),
    )


def _lot(lot: LotMarket, shared: frozenset[str], tx: Tx) -> list[Flowable]:
    st = styles()
    title = (
        tx("market.lot_title", number=lot.number, title=tx.r(lot.title))
        if lot.number is not None
        else tx.r(lot.title)
    )
    story: list[Flowable] = [*table_heading(title, outline=False, small=True, min_space=60 * mm)]
    selection = lot.selection
    if selection.rows:
        used = "; ".join(
            f"CPV {row.cpv_prefix} {row.category} → {' '.join(row.code_texts())} "
            f"({row.source}, {tx('market.confidence')} {_confidence(row.confidence, tx)})"
            for row in selection.rows
        )
        story.append(Paragraph(esc(tx("market.codes_used", codes=used)), st.note))
        story.append(_table(lot, tx))
        if lot.reading:
            story.append(Spacer(1, 3))
            story.append(Paragraph(f"<b>{esc(tx.r(lot.reading))}</b>", st.body))
        for note in lot.notes:
            if note not in shared:
                story.append(Paragraph(esc(tx.r(note)), st.note))
    if lot.warnings:
        story.append(Spacer(1, 3))
        story.append(
            warning_box(
                [(tx("market.lot"), _sentence(w, tx)) for w in lot.warnings],
                title=tx("market.note"),
            )
        )
    return story


def local_market_flowables(market: ProposalMarket | None, tx: Tx | None = None) -> list[Flowable]:
    """The section's content (under its heading): intro, one block per lot, the § 19-4 reading."""
    st = styles()
    tx = tx or Tx()
    if market is None:
        return []
    story: list[Flowable] = []
    if not market.register.loaded:
        story.append(Paragraph(esc(tx("market.not_loaded")), st.note))
        return story
    story.append(Paragraph(esc(tx("market.intro")), st.body))
    for warning in market.warnings:
        story.append(Paragraph(esc(_sentence(warning, tx)), st.note))
    # a note every lot has (the same trade, the same data gap) is printed once, after the lots
    shared = (
        frozenset.intersection(*(frozenset(lot.notes) for lot in market.lots))
        if len(market.lots) > 1
        else frozenset()
    )
    for lot in market.lots:
        story += _lot(lot, shared, tx)
    ordered = [note for note in market.lots[0].notes if note in shared] if shared else []
    if ordered:
        story.append(Spacer(1, 3))
        story += [Paragraph(esc(tx.r(note)), st.note) for note in ordered]
    advice = market.advice
    if advice is not None and advice.sentences:
        story += table_heading(tx("market.advice"), outline=False, small=True)
        story += [Paragraph(esc(tx.r(sentence)), st.body) for sentence in advice.sentences]
    story += [
        Spacer(1, 4),
        Paragraph(esc(tx.r(CURATED_NOTE)), st.note),
        Paragraph(esc(tx.r(market.register.source_line())), st.note),
    ]
    return story
