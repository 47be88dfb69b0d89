"""Editing one planned-purchase line: the dialog saves with the version it shows.

«Lagre» saves at once (``save(changes, version)``); the dialog closes only when the line is
saved. A refusal keeps it open with what the user typed. When a colleague (or an import) saved
the line in between, the user reads who changed what and when and may fetch the line as it is
now (``reload()``); the values that were not saved stay readable and copyable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLineEdit, QWidget

from kommunesamarbeid.core.problems import RefusedInputError
from kommunesamarbeid.gui.conflicts import SavingDialog, format_edits
from kommunesamarbeid.gui.typed_inputs import DateInput, OptionYearsInput, YearsInput
from kommunesamarbeid.services.lines import LineInfo

#: (changes, the version shown) -> the saved line.
SaveLine = Callable[[dict[str, object], int], LineInfo]


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate.currentDate()


def _amount_text(value: int | None) -> str:
    return "" if value is None else str(value)


class LineEditDialog(SavingDialog):
    """Edit a line's CPV, values and timing; the change goes to the audit log."""

    def __init__(
        self,
        line: LineInfo,
        parent: QWidget | None = None,
        *,
        save: SaveLine | None = None,
        reload: Callable[[], LineInfo] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Rediger linje – {municipality}").format(municipality=line.municipality)
        )
        self._save = save
        self._reload = reload
        form = QFormLayout(self)
        self.description = QLineEdit()
        self.cpv = QLineEdit()
        self.cpv.setPlaceholderText(self.tr("8 siffer, f.eks. 90620000"))
        self.annual = QLineEdit()
        self.total = QLineEdit()
        self.years = YearsInput()
        self.years.setRange(0, 50)
        self.years.setDecimals(1)
        self.options = OptionYearsInput()
        self.options.setRange(0, 50)
        self.options.setDecimals(1)
        self.has_period = QCheckBox(self.tr("Tidspunkt kjent"))
        self.start = DateInput(_qdate(None))
        self.end = DateInput(_qdate(None))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self._labels: dict[str, str] = {}
        for key, label, widget in (
            ("description", self.tr("Beskrivelse"), self.description),
            ("cpv", self.tr("CPV-kode"), self.cpv),
            ("annual_value_nok", self.tr("Verdi pr. år (kr)"), self.annual),
            ("total_value_nok", self.tr("Totalverdi (kr)"), self.total),
            ("contract_years", self.tr("Avtaleperiode (år)"), self.years),
            ("option_years", self.tr("Opsjoner (år)"), self.options),
            ("", "", self.has_period),
            ("period_start", self.tr("Fra"), self.start),
            ("period_end", self.tr("Til"), self.end),
        ):
            widget.setAccessibleName(label or self.tr("Tidspunkt kjent"))
            form.addRow(label, widget)
            if key:
                self._labels[key] = label
        self.add_save_buttons(form)
        self.show_line(line)

    def show_line(self, line: LineInfo) -> None:
        """Fill the fields from the line as saved (its version is the one a save names)."""
        self.line = line
        self.description.setText(line.description)
        self.cpv.setText(line.cpv or "")
        self.annual.setText(_amount_text(line.annual_value_nok))
        self.total.setText(_amount_text(line.total_value_nok))
        self.years.setValue(line.contract_years or 0)
        self.options.setValue(line.option_years or 0)
        self.has_period.setChecked(line.period_start is not None)
        self.start.setDate(_qdate(line.period_start))
        self.end.setDate(_qdate(line.period_end))

    @staticmethod
    def _amount(text: str) -> int | None:
        from kommunesamarbeid.core.amounts import parse_amount

        if not text.strip():
            return None
        parsed = parse_amount(text)
        if parsed.value is None or parsed.severity == "error":
            raise RefusedInputError(
                parsed.problem or QCoreApplication.translate("LineEditDialog", "Ugyldig beløp."),
                value=text,
            )
        return parsed.value

    def changes(self) -> dict[str, object]:
        start = self.start.date().toPython() if self.has_period.isChecked() else None
        end = self.end.date().toPython() if self.has_period.isChecked() else None
        return {
            "description": self.description.text(),
            "cpv": self.cpv.text().strip() or None,
            "annual_value_nok": self._amount(self.annual.text()),
            "total_value_nok": self._amount(self.total.text()),
            "contract_years": self.years.value() or None,
            "option_years": self.options.value(),
            "period_start": start,
            "period_end": end,
        }

    def typed_text(self) -> str:
        """What the user typed in the fields that differ from the line shown, as text."""
        shown = {
            "description": self.line.description,
            "cpv": self.line.cpv or "",
            "annual_value_nok": _amount_text(self.line.annual_value_nok),
            "total_value_nok": _amount_text(self.line.total_value_nok),
            "contract_years": self.line.contract_years or 0,
            "option_years": self.line.option_years or 0,
            "period_start": self.line.period_start,
            "period_end": self.line.period_end,
        }
        has_period = self.has_period.isChecked()
        typed = {
            "description": self.description.text(),
            "cpv": self.cpv.text().strip(),
            "annual_value_nok": self.annual.text().strip(),
            "total_value_nok": self.total.text().strip(),
            "contract_years": self.years.value(),
            "option_years": self.options.value(),
            "period_start": self.start.date().toPython() if has_period else None,
            "period_end": self.end.date().toPython() if has_period else None,
        }
        items: list[tuple[str, object]] = []
        for key, value in typed.items():
            if value != shown[key]:
                if isinstance(value, dt.date):
                    value = f"{value:%d.%m.%Y}"
                items.append((self._labels[key], "–" if value in (None, "") else value))
        return format_edits(items)

    def accept(self) -> None:
        save, reload = self._save, self._reload
        if save is None:
            QDialog.accept(self)
            return
        self.save_or_stay(
            lambda: save(self.changes(), self.line.version),
            (lambda: self.show_line(reload())) if reload is not None else None,
            self.typed_text,
        )
