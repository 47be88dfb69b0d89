"""GUI fields read Norwegian typing as the command line does: 1.3.27, «to», «1+1», «30 %»."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kommunesamarbeid.gui.typed_inputs import DateInput, OptionYearsInput, PercentInput, YearsInput

pytestmark = pytest.mark.gui


def _type(qtbot: Any, widget: Any, text: str) -> None:
    widget.lineEdit().selectAll()
    qtbot.keyClicks(widget.lineEdit(), text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    widget.interpretText()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1.3.27", dt.date(2027, 3, 1)), ("01.03.2027", dt.date(2027, 3, 1)),
     ("2027-03-01", dt.date(2027, 3, 1)), ("15/6-2028", dt.date(2028, 6, 15))],
)  # fmt: skip
def test_dates(qtbot: Any, typed: str, expected: dt.date) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    field.show()
    _type(qtbot, field, typed)
    assert field.date().toPython() == expected
    assert field.text() == expected.strftime("%d.%m.%Y")


def test_an_unreadable_date_keeps_the_last_one(qtbot: Any) -> None:
    field = DateInput()
    qtbot.addWidget(field)
    field.show()
    _type(qtbot, field, "1.3.27")
    _type(qtbot, field, "snart")
    field.clearFocus()
    assert field.date().toPython() == dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    ("cls", "typed", "expected"),
    [(YearsInput, "to", 2.0), (YearsInput, "2,5", 2.5), (YearsInput, "18 mnd", 1.5),
     (OptionYearsInput, "1+1", 2.0), (OptionYearsInput, "ingen", 0.0),
     (PercentInput, "30 %", 30.0), (PercentInput, "27,5", 27.5)],
)  # fmt: skip
def test_numbers(qtbot: Any, cls: type, typed: str, expected: float) -> None:
    field = cls()
    qtbot.addWidget(field)
    field.setRange(0, 100)
    field.setDecimals(1)
    field.show()
    _type(qtbot, field, typed)
    assert field.value() == expected


def test_the_special_text_means_the_minimum(qtbot: Any) -> None:
    field = YearsInput()
    qtbot.addWidget(field)
    field.setRange(0, 30)
    field.setSpecialValueText("Fra linjene")
    field.setValue(3)
    field.show()
    _type(qtbot, field, "Fra linjene")
    assert field.value() == 0
