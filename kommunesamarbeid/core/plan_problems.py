"""One warning per column and kind of problem, instead of one per row.

A plan with 22 lines and no contract-period column used to give 22 identical warnings; a column
of amounts written as «ca. ?» gave one per cell. ``aggregate_warnings`` groups the warnings of
an import by place (sheet and column) and kind (the ``code``, else the message with its quoted
values left out), and says each once: the rows it concerns, and the values when they differ.
Each line keeps its own warnings; only the report a person reads is shortened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from kommunesamarbeid.core.problems import Problem, quote_value

__all__ = ["aggregate_warnings"]

_QUOTED_RE: Final = re.compile(r"«[^»]*»")
_DIGITS_RE: Final = re.compile(r"\d+")
#: Distinct values quoted in one aggregated warning before "… og N andre".
MAX_VALUES: Final = 4

Key = tuple[str, str | None, str | None, str | None, str]


def _kind(p: Problem) -> str:
    if p.code:
        return p.code
    return _DIGITS_RE.sub("#", _QUOTED_RE.sub("«»", p.message))


def _key(p: Problem) -> Key:
    return (p.severity, p.file, p.sheet, p.column, _kind(p))


def _merge_quotes(messages: Sequence[str]) -> str:
    """The first message, each quoted value replaced by the distinct values at that place."""
    first = messages[0]
    quoted = [_QUOTED_RE.findall(m) for m in messages]
    if any(len(q) != len(quoted[0]) for q in quoted):
        return _QUOTED_RE.sub("«…»", first)
    pieces = _QUOTED_RE.split(first)
    out = [pieces[0]]
    for i, rest in enumerate(pieces[1:]):
        values = list(dict.fromkeys(q[i] for q in quoted))
        shown = ", ".join(values[:MAX_VALUES])
        if len(values) > MAX_VALUES:
            shown += f" og {len(values) - MAX_VALUES} andre"
        out.append(shown + rest)
    return "".join(out)


def _combined(group: Sequence[Problem]) -> Problem:
    first = group[0]
    rows = tuple(sorted({p.row for p in group if p.row is not None}))
    messages = [p.message for p in group]
    message = first.message if len(set(messages)) == 1 else _merge_quotes(messages)
    values = {p.value for p in group}
    value = first.value if len(values) == 1 else None
    if value is None and len(values) > 1:
        distinct = [v for v in dict.fromkeys(p.value for p in group) if v]
        if distinct and not _QUOTED_RE.search(first.message):
            shown = ", ".join(f"«{quote_value(v)}»" for v in distinct[:MAX_VALUES])
            more = f" og {len(distinct) - MAX_VALUES} andre" if len(distinct) > MAX_VALUES else ""
            message = f"{message.rstrip()} Verdiene: {shown}{more}."
    return replace(
        first, message=message, value=value, row=rows[0] if rows else first.row, rows=rows
    )


def aggregate_warnings(problems: Sequence[Problem]) -> list[Problem]:
    """The problems with those of the same place and kind said once, in first-seen order.

    A group of one is left as it is; a larger group becomes one ``Problem`` whose ``rows``
    lists every row (its ``row`` is the first).
    """
    groups: dict[Key, list[Problem]] = {}
    for p in problems:
        groups.setdefault(_key(p), []).append(p)
    return [group[0] if len(group) == 1 else _combined(group) for group in groups.values()]
