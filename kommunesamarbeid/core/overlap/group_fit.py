"""When the group decides: how two lines fit the overlaps they are (or are not) in.

Detection does not group two lines because their pair reaches the threshold: a line joins a
group when it fits the group as a whole (its mean score to the others reaches the threshold,
and it reaches the threshold with at least half of them; where its own municipality has another
line in the group, measured against the lines of the other municipalities: ``grouping``). So a
pair over the threshold can stay apart (one line fits one member, not the rest), and a pair
under it can be together (both fit the rest). ``group_fit_evidence`` says so for the stored
overlaps that hold either line, with the figures measured now: each line's fit to each such
overlap, by the test detection uses (``grouping.fits_between``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from kommunesamarbeid.core.overlap.grouping import fits_between
from kommunesamarbeid.core.overlap.scoring import FeatureTable

__all__ = ["RULE", "GroupFit", "fit_sentence", "group_fit", "group_fit_evidence"]


@dataclass(frozen=True, slots=True)
class GroupFit:
    """One line measured against an overlap: its mean score to the others, how many of them
    it reaches the threshold with, and how many they are (``between``: the lines of the other
    municipalities only)."""

    line_id: int
    group: int
    mean: float
    fits: int
    others: int
    between: bool
    #: the line is one of the overlap's members
    member: bool

    def fits_group(self, threshold: float) -> bool:
        """Whether it passes detection's test for a member (``grouping.coherent_fit``)."""
        return self.others > 0 and self.mean >= threshold and self.fits / self.others >= 0.5


def group_fit(
    table: FeatureTable,
    index: Mapping[int, int],
    line_id: int,
    group: tuple[int, Sequence[int]],
    threshold: float,
) -> GroupFit | None:
    """``line_id`` against an overlap (its number and members, line ids; the line itself may
    be one of them): None when no other member is among the lines (``index``: line id -> row
    of ``table``)."""
    number, members = group
    others = [m for m in members if m != line_id and m in index]
    if not others:
        return None
    lines = np.array([index[line_id], *(index[m] for m in others)], dtype=np.int64)
    pair = table.matrix(lines)
    score = np.where(pair.veto, 0.0, pair.score).astype(np.float32)
    municipality = table.municipality[lines]
    means, fits, counts = fits_between(score, threshold, municipality)
    between = counts[0] < len(others)
    mean, fit, count = float(means[0]), int(fits[0]), int(counts[0])
    return GroupFit(line_id, number, mean, fit, count, between, line_id in members)


def _decimal(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def fit_sentence(fit: GroupFit) -> str:
    """The figures of one line's fit to one overlap."""
    mean = _decimal(fit.mean)
    if fit.between:
        return (
            f"Linje {fit.line_id} passer med {fit.fits} av {fit.others} linjer fra andre "
            f"kommuner i overlapp nr. {fit.group} (snitt {mean})"
        )
    if fit.member:
        return (
            f"Linje {fit.line_id} passer med {fit.fits} av {fit.others} andre linjer i "
            f"overlapp nr. {fit.group} (snitt {mean})"
        )
    return (
        f"Linje {fit.line_id} passer med {fit.fits} av {fit.others} linjer i overlapp nr. "
        f"{fit.group} (snitt {mean})"
    )


#: How detection takes a line into a group, said where it decides the answer.
RULE = (
    "En linje blir med i et overlapp når den passer med gruppen som helhet: snittet med de andre "
    "når terskelen, og den når terskelen med minst halvparten av dem"
)


def group_fit_evidence(
    table: FeatureTable,
    index: Mapping[int, int],
    pair: tuple[int, int],
    passes: bool,
    groups: Mapping[int, Sequence[int]],
    threshold: float,
) -> tuple[list[str], list[str]]:
    """Evidence for and against from the stored overlaps ``groups`` (number -> member line
    ids) that hold either line of ``pair``: where the pair's own score and the overlaps say
    different things (together under the threshold, apart over it), each line's fit to the
    other's overlap (or to their shared one) and the rule that decided."""
    first, second = pair
    together = [g for g, members in groups.items() if first in members and second in members]
    pro: list[str] = []
    con: list[str] = []
    if together and not passes:
        group = together[0]
        for line_id in pair:
            fit = group_fit(table, index, line_id, (group, groups[group]), threshold)
            if fit is not None:
                pro.append(fit_sentence(fit))
        if pro:
            pro.append(RULE)
        return pro, con
    if together or not passes:
        return pro, con
    for line_id, other in ((first, second), (second, first)):
        for group, members in sorted(groups.items()):
            if other in members and line_id not in members:
                fit = group_fit(table, index, line_id, (group, members), threshold)
                if fit is not None and not fit.fits_group(threshold):
                    con.append(fit_sentence(fit))
    if con:
        con.append(RULE)
    return pro, con
