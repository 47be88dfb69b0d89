"""The overlap page's detail pane: the current overlap's heading, explanation and lines."""

from __future__ import annotations

from html import escape

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.gui.pages.groups_model import (
    format_score,
    reasons_html,
    status_label,
)
from kommunesamarbeid.services.overlap import GroupInfo


class OverlapDetailMixin:
    """Detail-pane methods of ``OverlapPage``."""

    def _show_current(self) -> None:
        group = self.current_group()
        if group is self._shown and group is not None:
            self._update_actions()  # same group (a click sends two signals): only the actions
            return
        self._shown = group
        self.members_model.set_group(group)
        self._expand_reasons(self.show_reasons.isChecked())
        if group is None:
            self.heading.setText(self.tr("<b>Velg et overlapp i listen</b>"))
            self.explanation.setHtml("")
            self.members_label.setText(self.tr("Linjer"))
        else:
            self.heading.setText(self._heading_html(group))
            self.explanation.setHtml(self._explanation_html(group))
            active = len(group.active_members)
            removed = len(group.members) - active
            text = self.tr("Linjer ({n})").format(n=active)
            if removed:
                text += self.tr(" – {n} tatt ut").format(n=removed)
            self.members_label.setText(text)
        self._update_actions()

    def _expand_reasons(self, on: bool) -> None:
        for row in range(self.members_model.rowCount()):
            parent = self.members_model.index(row, 0)
            for child in range(self.members_model.rowCount(parent)):
                self.members_view.setFirstColumnSpanned(child, parent, True)
        if on:
            self.members_view.expandAll()
        else:
            self.members_view.collapseAll()

    def _heading_html(self, g: GroupInfo) -> str:
        munis = len(g.municipalities)
        facts = [
            status_label(g.status),
            self.tr("nr. {id}").format(id=g.id),
            self.tr("{n} kommuner").format(n=munis),
            self.tr("{n} linjer").format(n=len(g.active_members)),
            format_nok(g.total_value_nok),
            self.tr("score {s}").format(s=format_score(g.score)),
        ]
        if g.edited:
            facts.append(self.tr("endret av bruker"))
        title = escape(g.title[:1].upper() + g.title[1:])
        return f"<b style='font-size:large'>{title}</b><br>{escape(' · '.join(facts))}"

    def _explanation_html(self, g: GroupInfo) -> str:
        parts = []
        withdrawn = [m for m in g.active_members if m.line_status != "active"]
        if withdrawn:
            parts.append(
                "<p style='color:#a02800'>⚠ "
                + escape(
                    self.tr(
                        "{n} av linjene er trukket fra planen etter at overlappet ble funnet. "
                        "Ta dem ut før du lager forslag."
                    ).format(n=len(withdrawn))
                )
                + "</p>"
            )
        if len(g.municipalities) < 2:
            parts.append(
                "<p style='color:#a02800'>⚠ "
                + escape(self.tr("Overlappet har nå linjer fra bare én kommune."))
                + "</p>"
            )
        parts.append("<b>" + escape(self.tr("Hvorfor disse linjene hører sammen")) + "</b>")
        if g.reasons:
            parts.append(reasons_html(g.reasons))
        else:
            parts.append("<p>" + escape(self.tr("Ingen begrunnelse er lagret.")) + "</p>")
        return "".join(parts)

    def selected_members(self) -> list[int]:
        """Line ids of the selected lines still in the group."""
        ids: list[int] = []
        for index in self.members_view.selectionModel().selectedRows():
            member = self.members_model.member_at(index)
            if member is not None and member.origin != "removed" and member.line_id not in ids:
                ids.append(member.line_id)
        return ids
