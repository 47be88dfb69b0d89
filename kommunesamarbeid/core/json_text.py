"""Compact JSON text of plain data (lists, dicts with text keys, text, numbers, booleans),
written and read with orjson: a national-scale detection run stores and reads tens of
thousands of small analyses, and the standard ``json`` module was a second of such a run.

``dumps`` writes what ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` writes
(letters as they are, no spaces), but for the spelling of some floats ("1e-5" for "1e-05"):
the same values either way; what is no plain data raises ``TypeError`` (as there).
``loads`` reads any JSON text, as ``json.loads`` does (a text that is no JSON raises
``ValueError``).
"""

from __future__ import annotations

from typing import Any

import orjson

__all__ = ["dumps", "loads"]


def dumps(data: Any) -> str:
    """``data`` as compact JSON text."""
    return orjson.dumps(data, default=_number).decode()


def loads(text: str | bytes) -> Any:
    """The value of a JSON text."""
    return orjson.loads(text)


def _number(value: Any) -> float | int:
    """A float or int of a subclass (numpy's double) as its own number, as ``json`` writes it;
    anything else is no plain data."""
    if isinstance(value, float):
        return float(value)
    if isinstance(value, int):
        return int(value)
    raise TypeError(f"{type(value).__name__} kan ikke skrives som JSON")
