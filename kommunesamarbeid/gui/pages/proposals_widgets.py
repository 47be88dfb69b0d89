"""Parts of the proposals page: the proposal list model, the summary panel and the add-line dialog."""

from __future__ import annotations

import re
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import STATUS_LABELS, Evaluation, ProposalData, ProposalStatus
from kommunesamarbeid.core.proposal_rules import WARNING_TITLES
from kommunesamarbeid.core.texts import Lang, lang_of, render
from kommunesamarbeid.core.thresholds import CONTRACT_KIND_LABELS
from kommunesamarbeid.gui.charts import BarItem, ValueBarChart, short_name
from kommunesamarbeid.gui.pages.line_picker import addable_lines_view
from kommunesamarbeid.gui.pages.lines_model import LineFilter, LinesModel
from kommunesamarbeid.services import proposals as service

Index = QModelIndex | QPersistentModelIndex
WARNING_ROLE = Qt.ItemDataRole.UserRole + 1


def wrap_list_view(view: QListView) -> None:
    """Long titles wrap to the column's width instead of scrolling sideways."""
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


# ------------------------------------------------------------------------------ list model


class ProposalListModel(QAbstractListModel):
    """One two-line entry per proposal: the title, then reference, status and participants
    (a narrow column stays readable, unlike four table columns)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[service.ProposalSummary] = []

    def set_rows(self, rows: list[service.ProposalSummary]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, proposal_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == proposal_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        status = STATUS_LABELS.get(ProposalStatus(row.status), row.status)
        facts = self.tr("{ref} · {status} · {n} kommuner").format(
            ref=row.reference, status=status, n=row.participants
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.title}\n{facts}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {facts}"
        if role == Qt.ItemDataRole.ToolTipRole:
            host = self.tr("Vertskommune: {host}").format(host=row.host or "–")
            lines = self.tr("{n} linjer").format(n=row.lines)
            return f"{row.reference} – {row.title}\n{facts}\n{host} · {lines}"
        if role == Qt.ItemDataRole.FontRole and row.status == ProposalStatus.CANCELLED.value:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def file_stem(text: str) -> str:
    """A file name from a reference and title: no characters Windows refuses, not too long."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    return re.sub(r"\s+", " ", cleaned).strip(" .")[:80] or "forslag"


# ------------------------------------------------------------------------------ summary


class SummaryPanel(QWidget):
    """Value, threshold, procedure and warnings of the open proposal (last saved version)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sammendrag"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stale = QLabel(self.tr("● Ulagrede endringer: sammendraget gjelder sist lagrede."))
        self.stale.setWordWrap(True)
        self.stale.setVisible(False)
        self.total = QLabel()
        big = self.total.font()
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self.total.setFont(big)
        self.total.setAccessibleName(self.tr("Samlet anslått verdi"))
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_note = QLabel(self.tr("anslått verdi, hele perioden inkl. opsjoner"))
        self.total_note.setWordWrap(True)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setAccessibleName(self.tr("Verdigrunnlag"))
        self.figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._shown: dict[str, str] = {}
        self.procedure = QLabel()
        self.procedure.setWordWrap(True)
        self.procedure.setAccessibleName(self.tr("Prosedyre"))
        self.thresholds = QLabel()
        self.thresholds.setWordWrap(True)
        self.thresholds.setAccessibleName(self.tr("Terskelverdier brukt"))
        self.warnings_heading = QLabel()
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Advarsler"))
        self.warnings.setMinimumHeight(90)
        wrap_list_view(self.warnings)
        self.warning_detail = QLabel()
        self.warning_detail.setWordWrap(True)
        self.warning_detail.setAccessibleName(self.tr("Valgt advarsel"))
        self.warning_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_detail.setFrameShape(QFrame.Shape.StyledPanel)
        self.warning_detail.setMargin(4)
        self.chart_heading = QLabel(
            self.tr("<b>Verdi per kommune</b> (vertskommunen i fet skrift)")
        )
        self.chart_heading.setWordWrap(True)
        self.chart = ValueBarChart()
        for widget in (
            self.stale,
            self.total,
            self.total_note,
            self.figures,
            self.procedure,
            self.thresholds,
            self.chart_heading,
            self.chart,
            self.warnings_heading,
        ):
            layout.addWidget(widget)
        # the warnings come last and take the room that is left; the list scrolls by itself
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.warning_detail)
        self.warnings.currentItemChanged.connect(self._warning_chosen)
        self.show_evaluation(None, None)

    def show_evaluation(self, data: ProposalData | None, ev: Evaluation | None) -> None:
        self.warnings.clear()
        self._shown = {}
        if data is None or ev is None:
            self.total.setText("–")
            self.figures.clear()
            self.procedure.clear()
            self.thresholds.clear()
            self.warnings_heading.setText(self.tr("<b>Advarsler</b>"))
            self.warning_detail.setText(self.tr("Velg et forslag i listen."))
            self.chart.set_items([])
            return
        self._show_figures(ev)
        lang = _lang()
        self.procedure.setText(
            self.tr("<b>Prosedyre:</b> {label}").format(
                label=escape(render(ev.procedure_label, lang) or "–")
            )
        )
        period = ev.threshold_period
        if period is None:
            text = self.tr("<b>Terskelverdier:</b> ingen gjelder for datoen")
        else:
            valid = (
                self.tr("{start}–{end}").format(
                    start=f"{period.valid_from:%d.%m.%Y}", end=f"{period.valid_to:%d.%m.%Y}"
                )
                if period.valid_to
                else self.tr("fra {start}").format(start=f"{period.valid_from:%d.%m.%Y}")
            )
            text = self.tr("<b>Terskelverdier:</b> gyldige {valid}").format(valid=valid)
            if ev.applicable_threshold_nok:
                text += self.tr(", EØS-terskel {amount}").format(
                    amount=format_nok(ev.applicable_threshold_nok)
                )
        if ev.threshold_date:
            text += self.tr("; brukt for {date} ({basis})").format(
                date=f"{ev.threshold_date:%d.%m.%Y}",
                basis=escape(render(ev.threshold_date_basis, lang)),
            )
        self.thresholds.setText(text)
        self.thresholds.setToolTip(period.source if period else "")
        names = {p.municipality_id: p.name for p in data.participants}
        self.warnings_heading.setText(
            self.tr("<b>Advarsler ({n})</b>").format(n=len(ev.warnings))
            if ev.warnings
            else self.tr("<b>Advarsler:</b> ingen")
        )
        for w in ev.warnings:
            title = render(WARNING_TITLES.get(w.code, w.code), lang)
            if w.municipality_id in names:
                title += f" – {short_name(names[w.municipality_id])}"
            item = QListWidgetItem("⚠ " + title)
            message = w.text(lang)
            item.setToolTip(message)
            item.setData(WARNING_ROLE, (w.code, w.municipality_id, message))
            self.warnings.addItem(item)
        self.warning_detail.setVisible(bool(ev.warnings))
        if ev.warnings:
            self.warnings.setCurrentRow(0)
        host = data.host_municipality_id
        self.chart.set_items(
            [
                BarItem(
                    short_name(v.name),
                    v.total_value_nok,
                    v.incomplete,
                    v.name + (self.tr(" (vertskommune)") if v.municipality_id == host else ""),
                    emphasis=v.municipality_id == host,
                )
                for v in ev.participant_values
            ]
        )

    def _show_figures(self, ev: Evaluation) -> None:
        """The value model's figures: estimate, maximum, plans, period, kind (never summed here)."""
        model = ev.value_model
        self.total.setText(format_nok(ev.total_value_nok))
        shown = {"estimated": format_nok(ev.total_value_nok)}
        rows: list[str] = []
        if model is not None:
            if model.maximum_nok is not None:
                shown["maximum"] = format_nok(model.maximum_nok)
                how = self.tr("satt") if model.maximum_set else self.tr("lik anslått verdi")
                rows.append(
                    self.tr("<b>Maksimal verdi:</b> {amount} ({how})").format(
                        amount=shown["maximum"], how=how
                    )
                )
            shown["plan"] = format_nok(model.plan_nok)
            text = self.tr("<b>Planverdier:</b> {amount}").format(amount=shown["plan"])
            if model.below_plans_nok:
                text += self.tr(" – forslaget er {amount} lavere").format(
                    amount=format_nok(model.below_plans_nok)
                )
            rows.append(text)
            shown["period"] = render(model.period.text(), _lang())
            rows.append(self.tr("<b>Periode:</b> {text}").format(text=escape(shown["period"])))
            for pv in model.participants:
                shown[f"participant:{pv.municipality_id}"] = format_nok(pv.total_value_nok)
        kind = render(
            next(
                (label for key, label in CONTRACT_KIND_LABELS.items() if key == ev.contract_kind),
                ev.contract_kind,
            ),
            _lang(),
        )
        how = self.tr("valgt") if ev.contract_kind_source == "set" else self.tr("fra linjene")
        rows.append(self.tr("<b>Type:</b> {kind} ({how})").format(kind=escape(kind), how=how))
        self.figures.setText("<br>".join(rows))
        self.figures.setToolTip(render(ev.contract_kind_reason, _lang()))
        self._shown = shown

    def shown_figures(self) -> dict[str, str]:
        """The amounts the panel shows, by what they are ("estimated", "maximum", "plan",
        "participant:<id>"), as formatted for the user (for tests and checks)."""
        return dict(self._shown)

    def _warning_chosen(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        if item is None:
            self.warning_detail.clear()
            return
        _code, _mid, message = item.data(WARNING_ROLE)
        self.warning_detail.setText(message)

    def warning_codes(self) -> list[str]:
        return [self.warnings.item(i).data(WARNING_ROLE)[0] for i in range(self.warnings.count())]


# ------------------------------------------------------------------------------ add line


class AddLineDialog(QDialog):
    """Choose planned purchases (any municipality) to add to the proposal."""

    def __init__(
        self,
        rows: list[tuple[object, ...]],
        municipalities: list[tuple[int, str]],
        chosen_municipality: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legg til linjer i forslaget"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Velg én eller flere planlagte anskaffelser. En linje fra en kommune som ikke er "
                "med ennå, gjør kommunen til deltaker."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk i beskrivelse, CPV, kilde …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Søk etter linje"))
        self.municipality = QComboBox()
        self.municipality.setAccessibleName(self.tr("Kommune"))
        self.municipality.addItem(self.tr("Alle kommuner"), None)
        for mid, name in municipalities:
            self.municipality.addItem(name, mid)
        self.municipality.setCurrentIndex(max(self.municipality.findData(chosen_municipality), 0))
        filters.addWidget(self.search, 2)
        filters.addWidget(self.municipality, 1)
        layout.addLayout(filters)
        self.model = LinesModel()
        self.model.set_rows(rows)
        self.view = addable_lines_view(self.model, self.tr("Linjer som kan legges til"))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Legg til"))
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.municipality.currentIndexChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
        )
        self.view.doubleClicked.connect(lambda _i: self.accept())
        self._filter()
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(900, int(screen.width() * 0.9)), min(520, int(screen.height() * 0.85)))

    def _filter(self) -> None:
        self.model.set_filter(
            LineFilter(
                text=self.search.text().strip(), municipality_id=self.municipality.currentData()
            )
        )

    def selected_line_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r).id for r in rows]


def _lang() -> Lang:
    """The user interface's language, for the texts the services make."""
    from kommunesamarbeid.gui.i18n import current_language

    return lang_of(current_language())
