"""What overlap detection takes and gives: the input/output contract.

``detect_overlaps(lines, catalogue, vocabulary, settings, *, fixed_groups=(), progress=None)``
(in ``detect.py``) takes ``MatchLine``s and returns ``GroupResult``s:

* each line is in at most one group; every group has lines of at least two municipalities;
* every member fits the group as a whole (its average score to the other members passes the
  threshold, and it matches at least half of them), not only a neighbour in a chain;
* lines of confirmed fixed groups take no part; the exact line set of a rejected group is never
  proposed again (its lines may still join other groups);
* every group and every member carries its own explanation in Norwegian bokmål.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, Literal

from kommunesamarbeid.core.periods import Period

__all__ = [
    "DEFAULT_SENSITIVITY",
    "DetectionCancelled",
    "DetectionProgress",
    "DetectionSettings",
    "FixedGroup",
    "GroupResult",
    "MatchLine",
    "MemberResult",
    "ProgressCallback",
]

#: The sensitivity measured on the development corpus (see scripts/evaluate_detection.py).
DEFAULT_SENSITIVITY: Final = 0.5


@dataclass(frozen=True, slots=True)
class MatchLine:
    """One planned purchase, as detection sees it.

    ``cpv`` is the 8-digit code as written in the plan (None when the plan has none);
    ``details`` is a second text column ("" if none); values are whole NOK excl. VAT.
    """

    id: int
    municipality_id: int
    municipality: str
    description: str
    details: str = ""
    cpv: str | None = None
    period: Period | None = None
    annual_value_nok: int | None = None
    total_value_nok: int | None = None


@dataclass(frozen=True, slots=True)
class DetectionSettings:
    """How eager detection is.

    ``sensitivity`` (0..1, default ``DEFAULT_SENSITIVITY``) sets the score a pair of lines and a
    group must reach: ``threshold = 0.8 - 0.5 * sensitivity`` (0.55 at 0.5). Higher sensitivity
    proposes more and looser groups (more overlaps found, more false ones); lower proposes only
    near-certain ones. Roughly: a shared need family alone scores 0.70; the same words with the
    same CPV class about 0.8-0.9; shared generic words ("drift", "tjenester") alone well below 0.4.

    ``max_months_apart`` (default 18): lines whose periods (middle to middle) are further apart
    lose score from 12 months on, down to nothing at 1.5 times this distance.
    """

    sensitivity: float = DEFAULT_SENSITIVITY
    max_months_apart: float = 18.0

    def __post_init__(self) -> None:
        if not 0.0 <= self.sensitivity <= 1.0:
            raise ValueError(f"Følsomheten må være mellom 0 og 1, ikke {self.sensitivity}")
        if self.max_months_apart <= 0:
            raise ValueError("Største avstand i tid må være positiv")

    @property
    def threshold(self) -> float:
        return 0.8 - 0.5 * self.sensitivity


@dataclass(frozen=True, slots=True)
class FixedGroup:
    """A group the coordinator has already decided on."""

    line_ids: frozenset[int]
    status: Literal["confirmed", "rejected"]


@dataclass(frozen=True, slots=True)
class MemberResult:
    """One line of a group, with how well it fits and why (Norwegian)."""

    line_id: int
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class GroupResult:
    """A proposed overlap: lines of several municipalities that could go into one tender."""

    line_ids: tuple[int, ...]
    score: float
    title: str
    reasons: list[str]
    members: list[MemberResult]
    municipalities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DetectionProgress:
    """Progress of a detection run; the last one carries the groups."""

    done: int
    total: int
    stage: str
    groups: list[GroupResult] | None = None


class DetectionCancelled(Exception):
    """The progress callback asked detection to stop."""


#: ``progress(done, total) -> bool``: return False to cancel.
ProgressCallback = Callable[[int, int], bool]
