"""Use case: "why are these two lines (not) one overlap?" for the CLI and the GUI."""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from kommunesamarbeid.core.errors import BadValueError, NotFoundError
from kommunesamarbeid.core.explain_texts import explain_in
from kommunesamarbeid.core.overlap.model import DetectionSettings
from kommunesamarbeid.core.overlap.pair import PairExplanation
from kommunesamarbeid.core.texts import BOKMAAL, Lang
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import OverlapMember
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.overlap import vocabulary
from kommunesamarbeid.services.overlap_cache import attach
from kommunesamarbeid.services.overlap_run import active_lines

__all__ = ["explain_lines", "explanation_in", "explanation_language"]


def explain_lines(
    db: Database, first_id: int, second_id: int, *, settings: DetectionSettings | None = None
) -> PairExplanation:
    """Evidence for and against two active lines being one need, scored against all active
    lines (the word weights of a detection run), whether a stored group holds both, and how
    each fits the stored groups where they decide (``group_fit``)."""
    if first_id == second_id:
        raise BadValueError(
            f"Begge linjene er nr. {first_id}.", hint="Oppgi to forskjellige linjer."
        )
    with db.sessions() as session:
        lines = active_lines(session)
        known = {line.id for line in lines}
        for line_id in (first_id, second_id):
            if line_id not in known:
                raise NotFoundError(
                    f"Fant ingen aktiv planlagt anskaffelse med id {line_id}.",
                    hint="Se id-ene med «lines --json».",
                )
        # the overlaps that hold either line, with all their members
        held = {
            member.group_id
            for member in session.scalars(
                select(OverlapMember).where(
                    OverlapMember.line_id.in_((first_id, second_id)),
                    OverlapMember.origin != "removed",
                )
            )
            if member.group.status != "rejected"
        }
        groups: dict[int, list[int]] = {}
        for member in session.scalars(
            select(OverlapMember)
            .where(OverlapMember.group_id.in_(held), OverlapMember.origin != "removed")
            .order_by(OverlapMember.group_id, OverlapMember.line_id)
        ):
            groups.setdefault(member.group_id, []).append(member.line_id)
    from kommunesamarbeid.core.overlap.detect import build_model
    from kommunesamarbeid.core.overlap.pair import explain_pair

    labels = catalogue_labels(db)
    # every line's analysis is needed (the word weights): those kept by detection are used
    model = build_model(vocabulary(), labels)
    attach(db, model, lines)
    result = explain_pair(lines, labels, vocabulary(), first_id, second_id, settings, groups)
    model.discard_fresh()  # analyses made here are not kept
    return result


def explanation_language(maalform: str | None) -> Lang:
    """The written standard a user asked for the answer in ("nynorsk", "bokmaal"; none: bokmål),
    read the way ``export --maalform`` reads it."""
    from kommunesamarbeid.services.exports import maalform_language

    return maalform_language(maalform, BOKMAAL)


def explanation_in(result: PairExplanation, lang: Lang) -> PairExplanation:
    """The answer with its evidence in ``lang`` (the engine writes it in bokmål; a sentence the
    catalogue does not know stays as it was written)."""
    if lang == BOKMAAL:
        return result
    return dataclasses.replace(
        result,
        evidence_for=[explain_in(text, lang) for text in result.evidence_for],
        evidence_against=[explain_in(text, lang) for text in result.evidence_against],
        would_group=[explain_in(text, lang) for text in result.would_group],
    )
