"""Problems found in input, with where they are, in Norwegian for the user."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from kommunesamarbeid.core.errors import UserError

Severity = Literal["error", "warning"]

#: Longest cell value quoted back in a message; longer values are cut with an ellipsis.
MAX_QUOTED_VALUE = 80


def quote_value(value: object) -> str:
    """A cell value as it is quoted in a message: text, cut to a readable length."""
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    if len(text) > MAX_QUOTED_VALUE:
        text = text[: MAX_QUOTED_VALUE - 1] + "…"
    return text


def row_ranges(rows: Sequence[int], limit: int = 12) -> str:
    """Row numbers as a person reads them: «5–9, 12, 15–16» (cut after ``limit`` ranges)."""
    ranges: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if ranges and row == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], row)
        else:
            ranges.append((row, row))
    parts = [f"{a}" if a == b else f"{a}–{b}" for a, b in ranges[:limit]]
    if len(ranges) > limit:
        parts.append("…")
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in one place. An error drops the line; a warning keeps it."""

    severity: Severity
    message: str
    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    #: A stable name of the kind of problem (for grouping, ``--json`` and tests), if any.
    code: str | None = None
    #: Every row the problem concerns, when one warning stands for several rows.
    rows: tuple[int, ...] = ()

    def location(self) -> str:
        """Where, as a user reads it: «plan.xlsx», ark «Plan», rad 7, kolonne D."""
        parts = []
        if self.file:
            parts.append(f"«{self.file}»")
        if self.sheet:
            parts.append(f"ark «{self.sheet}»")
        if len(self.rows) > 1:
            parts.append(f"{len(self.rows)} rader ({row_ranges(self.rows)})")
        elif self.row is not None:
            parts.append(f"rad {self.row}")
        if self.column:
            parts.append(f"kolonne {self.column}")
        return ", ".join(parts)

    def describe(self) -> str:
        """The whole message on one line, place and value included."""
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        if self.value:
            text += f" (verdi: «{self.value}»)"
        return text


class RefusedInputError(UserError):
    """The whole input is refused: nothing was changed. The message is Norwegian.

    It names the place (file, sheet, row, column) and the value where one is known.
    """

    kind = "refused_input"

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        sheet: str | None = None,
        row: int | None = None,
        column: str | None = None,
        value: object = None,
        hint: str = "",
    ) -> None:
        self.problem = Problem(
            "error",
            message,
            file=file,
            sheet=sheet,
            row=row,
            column=column,
            value=quote_value(value) if value is not None else None,
        )
        super().__init__(message, hint=hint)

    def describe(self) -> str:
        text = self.problem.describe()
        return f"{text.rstrip()} {self.hint}" if self.hint else text
