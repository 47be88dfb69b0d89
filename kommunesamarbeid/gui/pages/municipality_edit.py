"""Editing a municipality's facts (number, organisation number, county, målform).

Like every edit in the program, the dialog saves with the version it shows: when a colleague
saved the municipality in between, nothing is saved, the user reads who changed what and when,
and may fetch what is saved now (the typed values stay readable). The dialog closes only when
the change is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from kommunesamarbeid.gui.conflicts import SavingDialog, format_edits
from kommunesamarbeid.services.municipalities import MunicipalityInfo

#: (fields, the version shown) -> the saved municipality.
SaveMunicipality = Callable[[dict[str, str], int], MunicipalityInfo]


class MunicipalityEditDialog(SavingDialog):
    """Kommunenummer, organisasjonsnummer, fylke and målform of one municipality."""

    def __init__(
        self,
        info: MunicipalityInfo,
        parent: QWidget | None = None,
        *,
        save: SaveMunicipality,
        reload: Callable[[], MunicipalityInfo],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Endre {name}").format(name=info.name))
        self._save = save
        self._reload = reload
        form = QFormLayout(self)
        self.heading = QLabel()
        form.addRow(self.heading)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("fire siffer, f.eks. 4631"))
        self.orgnr = QLineEdit()
        self.orgnr.setPlaceholderText(self.tr("ni siffer"))
        self.county = QLineEdit()
        self.maalform = QComboBox()
        for code, label in (
            ("bokmaal", self.tr("Bokmål")),
            ("nynorsk", self.tr("Nynorsk")),
            ("neutral", self.tr("Nøytral (dokumenter på bokmål)")),
        ):
            self.maalform.addItem(label, code)
        self._labels: dict[str, str] = {}
        for key, label, widget in (
            ("number", self.tr("Kommunenummer"), self.number),
            ("orgnr", self.tr("Organisasjonsnummer"), self.orgnr),
            ("county", self.tr("Fylke"), self.county),
            ("maalform", self.tr("Målform"), self.maalform),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
            self._labels[key] = label
        self.add_save_buttons(form)
        self.show_info(info)

    def show_info(self, info: MunicipalityInfo) -> None:
        """Fill the fields from the municipality as saved (its version is what a save names)."""
        self.info = info
        self.heading.setText(f"<b>{info.name}</b>")
        self.number.setText(info.kommunenummer or "")
        self.orgnr.setText(info.organisasjonsnummer or "")
        self.county.setText(info.county or "")
        self.maalform.setCurrentIndex(max(self.maalform.findData(info.maalform), 0))

    def values(self) -> dict[str, str]:
        """The fields as typed (an empty text clears the fact)."""
        return {
            "number": self.number.text().strip(),
            "orgnr": self.orgnr.text().strip(),
            "county": self.county.text().strip(),
            "maalform": str(self.maalform.currentData()),
        }

    def changes(self) -> dict[str, str]:
        """Only what differs from the municipality shown."""
        shown = {
            "number": self.info.kommunenummer or "",
            "orgnr": self.info.organisasjonsnummer or "",
            "county": self.info.county or "",
            "maalform": self.info.maalform,
        }
        return {k: v for k, v in self.values().items() if v != shown[k]}

    def accept(self) -> None:
        changes = self.changes()
        if not changes:
            QDialog.accept(self)
            return
        self.save_or_stay(
            lambda: self._save(changes, self.info.version),
            lambda: self.show_info(self._reload()),
            lambda: format_edits([(self._labels[k], v or "–") for k, v in changes.items()]),
        )
