"""Table model for overlap groups, with its own filter and sort (fast for thousands of groups).

Like ``LinesModel``, every row's display text and sort keys are computed once when the groups
arrive, so filtering and sorting are passes over plain Python values rather than ``data()``
calls through a proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.reason_texts import reason_in
from kommunesamarbeid.core.texts import lang_of
from kommunesamarbeid.gui.i18n import current_language
from kommunesamarbeid.services.overlap import GroupInfo, MemberInfo

Index = QModelIndex | QPersistentModelIndex
GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 3
# Spelled out as a literal in every QT_TRANSLATE_NOOP/translate call: lupdate does not follow it.
CONTEXT = "GroupsModel"

#: Status → (marker, label). The marker carries the status without colour.
STATUS_TEXT: dict[str, tuple[str, str]] = {
    "candidate": ("○", QT_TRANSLATE_NOOP("GroupsModel", "Kandidat")),
    "confirmed": ("✓", QT_TRANSLATE_NOOP("GroupsModel", "Bekreftet")),
    "rejected": ("✗", QT_TRANSLATE_NOOP("GroupsModel", "Avvist")),
}
STATUS_COLOURS = {"confirmed": QColor(0, 110, 40), "rejected": QColor(110, 110, 110)}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    """ "✓ Bekreftet" – marker and word, so the status never depends on colour alone."""
    marker, label = STATUS_TEXT.get(status, ("?", status))
    return f"{marker} {tr(label)}"


def format_score(score: float) -> str:
    """0.856 -> "0,86" (Norwegian decimal comma)."""
    return f"{score:.2f}".replace(".", ",")


def short_municipality(name: str) -> str:
    """ "Alver kommune" -> "Alver" for narrow columns (the full name is in the tooltip)."""
    for suffix in (" kommune", " herad"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def display_title(title: str) -> str:
    return title[:1].upper() + title[1:] if title else ""


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group as the list shows it, with precomputed text and sort keys."""

    info: GroupInfo
    status_text: str
    title: str
    municipalities_text: str
    municipality_count: int
    line_count: int
    value: int
    value_text: str
    score_text: str
    haystack: str

    @classmethod
    def of(cls, g: GroupInfo) -> GroupRow:
        munis = g.municipalities
        title = display_title(g.title) or QCoreApplication.translate(
            "GroupsModel", "Overlapp nr. {id}"
        ).format(id=g.id)
        active = g.active_members
        # the reasons as stored (bokmål); as shown, in nynorsk, only when a search needs them
        # (``GroupsModel._shown_reasons``: translating every reason of every group on loading
        # would hold up the page)
        hay = " ".join(
            [g.title, *munis, *(m.description for m in active), *g.reasons, str(g.id)]
        ).casefold()
        return cls(
            info=g,
            status_text=status_label(g.status),
            title=title,
            municipalities_text=f"{len(munis)}: " + ", ".join(short_municipality(m) for m in munis),
            municipality_count=len(munis),
            line_count=len(active),
            value=g.total_value_nok,
            value_text=format_nok(g.total_value_nok),
            score_text=format_score(g.score),
            haystack=hay,
        )


class GroupsModel(QAbstractTableModel):
    COL_STATUS, COL_TITLE, COL_MUNICIPALITIES, COL_LINES, COL_VALUE, COL_SCORE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("GroupsModel", "Status"),
        QT_TRANSLATE_NOOP("GroupsModel", "Overlapp"),
        QT_TRANSLATE_NOOP("GroupsModel", "Kommuner"),
        QT_TRANSLATE_NOOP("GroupsModel", "Linjer"),
        QT_TRANSLATE_NOOP("GroupsModel", "Samlet verdi"),
        QT_TRANSLATE_NOOP("GroupsModel", "Score"),
    )
    NUMERIC = (COL_LINES, COL_VALUE, COL_SCORE)

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[GroupRow] = []
        self._visible: list[int] = []
        self._status: str | None = None
        self._words: tuple[str, ...] = ()
        #: per row: its reasons as the interface shows them, worked out when a search needs it
        self._shown: dict[int, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (self.COL_VALUE, Qt.SortOrder.DescendingOrder)
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------------ data in
    def set_groups(self, groups: Sequence[GroupInfo]) -> None:
        self.beginResetModel()
        self._rows = [GroupRow.of(g) for g in groups]
        self._shown = {}
        self._visible = self._compute_visible()
        self._apply_sort()
        self.endResetModel()

    def set_filter(self, status: str | None, text: str) -> None:
        words = tuple(text.casefold().split())
        if (status, words) == (self._status, self._words):
            return
        self.beginResetModel()
        self._status, self._words = status, words
        self._visible = self._compute_visible()
        self._apply_sort()
        self.endResetModel()

    def _compute_visible(self) -> list[int]:
        rows, status, words = self._rows, self._status, self._words
        return [
            i
            for i, r in enumerate(rows)
            if (status is None or r.info.status == status) and self._matches(i, r, words)
        ]

    def _matches(self, i: int, row: GroupRow, words: tuple[str, ...]) -> bool:
        """Every word is in the row's text, its reasons as stored or as shown."""
        hay = row.haystack
        if all(w in hay for w in words):
            return True
        shown = self._shown_reasons(i, row)
        return all(w in hay or w in shown for w in words)

    def _shown_reasons(self, i: int, row: GroupRow) -> str:
        shown = self._shown.get(i)
        if shown is None:
            shown = " ".join(map(shown_reason, row.info.reasons)).casefold()
            self._shown[i] = shown
        return shown

    # ------------------------------------------------------------------ sorting
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self.layoutChanged.emit()

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        rows = self._rows
        keys: dict[int, Callable[[int], Any]] = {
            self.COL_STATUS: lambda i: rows[i].status_text,
            self.COL_TITLE: lambda i: rows[i].title.casefold(),
            self.COL_MUNICIPALITIES: lambda i: (rows[i].municipality_count, rows[i].value),
            self.COL_LINES: lambda i: (rows[i].line_count, rows[i].value),
            self.COL_VALUE: lambda i: rows[i].value,
            self.COL_SCORE: lambda i: rows[i].info.score,
        }
        return keys[column]

    def _apply_sort(self) -> None:
        column, order = self._sort
        # Ties in stable order by id, so the list does not jump between refreshes.
        self._visible.sort(key=lambda i: self._rows[i].info.id)
        self._visible.sort(
            key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )

    # ------------------------------------------------------------------ lookups
    def group_at(self, row: int) -> GroupInfo:
        return self._rows[self._visible[row]].info

    def row_of(self, group_id: int) -> int | None:
        for row, i in enumerate(self._visible):
            if self._rows[i].info.id == group_id:
                return row
        return None

    def groups(self) -> list[GroupInfo]:
        """All groups, filtered or not."""
        return [r.info for r in self._rows]

    def total_count(self) -> int:
        return len(self._rows)

    def count_by_status(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self._rows:
            counts[r.info.status] = counts.get(r.info.status, 0) + 1
        return counts

    def visible_total_value(self) -> int:
        return sum(self._rows[i].value for i in self._visible)

    # ------------------------------------------------------------------ Qt API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == GROUP_ID_ROLE:
            return row.info.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.info.status == "rejected":
                return STATUS_COLOURS["rejected"]
            if col == self.COL_STATUS:
                return STATUS_COLOURS.get(row.info.status)
        if role == Qt.ItemDataRole.FontRole and col == self.COL_STATUS:
            return self._bold if row.info.status == "confirmed" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    @staticmethod
    def _display(row: GroupRow, col: int) -> str:
        return (
            row.status_text,
            row.title,
            row.municipalities_text,
            str(row.line_count),
            row.value_text,
            row.score_text,
        )[col]

    def _tooltip(self, row: GroupRow, col: int) -> str | None:
        if col == self.COL_MUNICIPALITIES:
            return "\n".join(row.info.municipalities)
        if col == self.COL_TITLE:
            return row.title
        if col == self.COL_STATUS and row.info.edited:
            return QCoreApplication.translate("GroupsModel", "{status} – endret av bruker").format(
                status=row.status_text
            )
        return None


# ---------------------------------------------------------------------------- members

LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 4
REMOVED_COLOUR = QColor(120, 120, 120)
WITHDRAWN_COLOUR = QColor(160, 40, 0)


def shown_reason(reason: str) -> str:
    """A stored overlap reason (bokmål) as the user interface shows it: in nynorsk when the user
    chose nynorsk (a reason the catalogue does not know is shown as stored)."""
    return reason_in(reason, lang_of(current_language()))


def reasons_html(reasons: Sequence[str]) -> str:
    items = "".join(f"<li>{escape(shown_reason(r))}</li>" for r in reasons)
    return "<ul style='margin:0'>" + items + "</ul>"


class MembersModel(QStandardItemModel):
    """The lines of one group; each line's own reasons are child rows (expand to read them).

    A group has tens of lines, not thousands, so a standard item model is enough here.
    """

    COL_MUNICIPALITY, COL_DESCRIPTION, COL_VALUE, COL_PERIOD, COL_SCORE = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("GroupsModel", "Kommune"),
        QT_TRANSLATE_NOOP("GroupsModel", "Beskrivelse"),
        QT_TRANSLATE_NOOP("GroupsModel", "Verdi"),
        QT_TRANSLATE_NOOP("GroupsModel", "Tidspunkt"),
        QT_TRANSLATE_NOOP("GroupsModel", "Score"),
    )

    def __init__(self) -> None:
        super().__init__()
        self.members: dict[int, MemberInfo] = {}
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHorizontalHeaderLabels([tr(h) for h in self.HEADERS])
        for col in (self.COL_VALUE, self.COL_SCORE):
            item = self.horizontalHeaderItem(col)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_group(self, group: GroupInfo | None) -> None:
        self.removeRows(0, self.rowCount())
        self.members = {}
        if group is None:
            return
        # Lines still in the group first, taken-out lines last; by municipality within each.
        ordered = sorted(
            group.members, key=lambda m: (m.origin == "removed", m.municipality, m.description)
        )
        for m in ordered:
            self.members[m.line_id] = m
            self.appendRow(self._row(m))

    @staticmethod
    def describe(m: MemberInfo) -> str:
        text = m.description
        if m.line_status != "active":
            text = "⚠ " + text + QCoreApplication.translate("GroupsModel", " – trukket fra planen")
        if m.origin == "removed":
            text += QCoreApplication.translate("GroupsModel", " (tatt ut)")
        elif m.origin == "added":
            text += QCoreApplication.translate("GroupsModel", " (lagt til)")
        return text

    def _row(self, m: MemberInfo) -> list[QStandardItem]:
        if m.period_text:
            period = m.period_text
        elif m.period_start:
            period = f"{m.period_start:%d.%m.%Y}"
        else:
            period = "–"
        score = "–" if m.origin == "added" and m.score == 0 else format_score(m.score)
        texts = (
            short_municipality(m.municipality),
            self.describe(m),
            format_nok(m.total_value_nok),
            period,
            score,
        )
        tooltip = f"<b>{escape(m.municipality)}</b>: {escape(m.description)}" + (
            reasons_html(m.reasons) if m.reasons else ""
        )
        removed = m.origin == "removed"
        withdrawn = m.line_status != "active"
        items = []
        for col, text in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(m.line_id, LINE_ID_ROLE)
            item.setToolTip(tooltip)
            if col in (self.COL_VALUE, self.COL_SCORE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if removed:
                font = QFont()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(REMOVED_COLOUR)
            elif withdrawn:
                item.setForeground(WITHDRAWN_COLOUR)
            items.append(item)
        for reason in map(shown_reason, m.reasons):
            child = QStandardItem("– " + reason)
            child.setEditable(False)
            child.setSelectable(False)
            child.setData(m.line_id, LINE_ID_ROLE)
            child.setToolTip(reason)
            if removed:
                child.setForeground(REMOVED_COLOUR)
            items[0].appendRow(child)
        return items

    def member_at(self, index: Index) -> MemberInfo | None:
        line_id = index.data(LINE_ID_ROLE) if index.isValid() else None
        return self.members.get(line_id) if line_id is not None else None
