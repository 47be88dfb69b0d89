"""Input widgets that read what a person types the Norwegian way, as the command line does.

``DateInput`` takes ``01.03.2027``, ``1.3.27``, ``1/3-2027`` and ISO dates (shown as
dd.mm.åååå); ``YearsInput`` takes ``2``, ``2,5``, ``to`` or ``18 mnd``; ``OptionYearsInput``
also ``1+1``; ``PercentInput`` takes ``30``, ``30 %`` or ``27,5``. Each reads the text with the
parsers of ``core.typed_values``; while the text cannot be read yet it is left as typed, and a
text that never becomes readable falls back to the last value when the field is left.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QDoubleSpinBox, QWidget

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.core.typed_values import (
    parse_typed_amount,
    parse_typed_date,
    parse_typed_option_years,
    parse_typed_percent,
    parse_typed_years,
)

__all__ = ["DateInput", "NumberInput", "OptionYearsInput", "PercentInput", "YearsInput"]

State = QValidator.State


def _read(parse: Callable[[str], object], text: str) -> object | None:
    try:
        return parse(text)
    except UserError:
        return None


class DateInput(QDateEdit):
    """A date field that also understands 1.3.27 and 2027-03-01 (shown as 01.03.2027)."""

    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(date or QDate.currentDate(), parent)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setToolTip(self.tr("Skriv f.eks. 01.03.2027, 1.3.27 eller 2027-03-01"))

    def _date(self, text: str) -> dt.date | None:
        found = _read(parse_typed_date, text)
        return found if isinstance(found, dt.date) else None

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        state = State.Acceptable if self._date(text) is not None else State.Intermediate
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        day = self._date(text)
        if day is None:
            return self.dateTime()
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))


class NumberInput(QDoubleSpinBox):
    """A number field whose text is read by a Norwegian parser; the special text (shown at the
    minimum, e.g. «Fra linjene») is understood too."""

    #: Reads the typed text (suffix included) to a number, or raises ``UserError``.
    parse: Callable[[str], float | None] = staticmethod(parse_typed_years)  # type: ignore[assignment]

    def _number(self, text: str) -> float | None:
        if self.specialValueText() and text.strip() == self.specialValueText().strip():
            return self.minimum()
        found = _read(type(self).parse, text)
        if not isinstance(found, int | float) or not self.minimum() <= found <= self.maximum():
            return None
        return float(found)

    def validate(self, text: str, pos: int) -> object:  # type: ignore[override]
        state = State.Acceptable if self._number(text) is not None else State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        found = self._number(text)
        return self.value() if found is None else found


class YearsInput(NumberInput):
    """Years: 2, 2,5, to, tre år, 18 mnd."""

    parse = staticmethod(parse_typed_years)


class OptionYearsInput(NumberInput):
    """Option years: 2, 1+1, to år, ingen."""

    parse = staticmethod(parse_typed_option_years)


class PercentInput(NumberInput):
    """A percentage: 30, 30 %, 27,5."""

    parse = staticmethod(parse_typed_percent)


class AmountInput(NumberInput):
    """Whole kroner: 1 250 000, 1,25 mill, kr 450 000,-."""

    parse = staticmethod(parse_typed_amount)
