"""The overlap page's decisions: confirm, reject, merge, split and edit an overlap's lines."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
)

from kommunesamarbeid.core.errors import ConflictError, UserError
from kommunesamarbeid.gui.pages.overlap_dialogs import AddLineDialog
from kommunesamarbeid.services import overlap as overlap_service
from kommunesamarbeid.services.lines import ROW_ID, line_table
from kommunesamarbeid.services.overlap import GroupInfo

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


class OverlapDecisionsMixin:
    """Decision methods of ``OverlapPage``."""

    # ------------------------------------------------------------------ decisions
    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, Yes | No, No)
        return answer == Yes

    def _apply(self, title: str, change: Callable[[], object], done: str = "") -> object | None:
        """Run one use case (one transaction, with the versions of the groups shown); refused
        input is shown as a warning, and every page refreshes. When someone else changed a
        group first, the message says who, what and when, and the groups are fetched anew."""
        try:
            result = change()
        except ConflictError as exc:
            QMessageBox.warning(
                self,
                title,
                exc.message
                + "\n\n"
                + self.tr(
                    "Overlappene er hentet inn på nytt. Se over dem og gjør endringen igjen."
                ),
            )
            self.ctx.data_changed.emit()
            return None
        except UserError as exc:
            QMessageBox.warning(self, title, exc.describe())
            self.ctx.data_changed.emit()
            return None
        self.message.setText(done)
        self.ctx.data_changed.emit()
        return result

    def _set_status(self, status: str, done: str) -> None:
        groups = [g for g in self.selected_groups() if g.status != status]
        if not groups:
            return
        db, actor = self.ctx.db, self.ctx.actor
        seen = {g.id: g.version for g in groups}

        def change() -> None:
            overlap_service.set_statuses(db, actor, seen, status)

        names = ", ".join(self.tr("nr. {id}").format(id=g.id) for g in groups)
        self._apply(self.tr("Endre status"), change, done.format(names=names))

    def confirm_selected(self) -> None:
        self._set_status("confirmed", self.tr("Bekreftet overlapp {names}."))

    def reopen_selected(self) -> None:
        self._set_status("candidate", self.tr("Overlapp {names} er forslag igjen."))

    def reject_selected(self) -> None:
        groups = [g for g in self.selected_groups() if g.status != "rejected"]
        if not groups:
            return
        if len(groups) == 1:
            text = self.tr("Avvise overlappet «{title}»?").format(title=groups[0].title)
        else:
            text = self.tr("Avvise {n} overlapp?").format(n=len(groups))
        text += "\n\n" + self.tr(
            "Det samme settet med linjer blir ikke foreslått igjen når du "
            "finner overlapp på nytt. Du kan gjenåpne det senere."
        )
        if self._ask(self.tr("Avvis overlapp"), text):
            self._set_status("rejected", self.tr("Avviste overlapp {names}."))

    def merge_selected(self) -> None:
        groups = self.selected_groups()
        if len(groups) < 2:
            return
        listing = "\n".join(
            self.tr("• nr. {id}: {title}").format(id=g.id, title=g.title) for g in groups
        )
        text = self.tr(
            "Slå sammen {n} overlapp til ett?\n\n{listing}\n\nLinjene samles i nr. {target}; "
            "de andre overlappene forsvinner."
        ).format(n=len(groups), listing=listing, target=groups[0].id)
        if not self._ask(self.tr("Slå sammen overlapp"), text):
            return
        ids = [g.id for g in groups]
        seen = {g.id: g.version for g in groups}
        db, actor = self.ctx.db, self.ctx.actor
        result = self._apply(
            self.tr("Slå sammen overlapp"),
            lambda: overlap_service.merge_groups(db, actor, ids, seen=seen),
            self.tr("Slo sammen {n} overlapp til nr. {id}.").format(n=len(ids), id=ids[0]),
        )
        if isinstance(result, GroupInfo):
            self.select_group(result.id)

    def split_selected(self) -> None:
        group = self.current_group()
        line_ids = self.selected_members()
        if group is None or not line_ids:
            return
        members = {m.line_id: m for m in group.members}
        listing = "\n".join(
            f"• {members[i].municipality}: {members[i].description}" for i in line_ids
        )
        text = self.tr(
            "Flytte {n} linjer fra «{title}» til et nytt overlapp?\n\n{listing}\n\n"
            "Begge overlappene må ha linjer fra minst to kommuner."
        ).format(n=len(line_ids), title=group.title, listing=listing)
        if not self._ask(self.tr("Del opp overlapp"), text):
            return
        db, actor = self.ctx.db, self.ctx.actor
        result = self._apply(
            self.tr("Del opp overlapp"),
            lambda: overlap_service.split_group(
                db, actor, group.id, line_ids, expected_version=group.version
            ),
            "",
        )
        if isinstance(result, GroupInfo):
            self.message.setText(
                self.tr("Delte opp nr. {old}: de valgte linjene er nå nr. {new}.").format(
                    old=group.id, new=result.id
                )
            )
            self.select_group(result.id)

    def remove_selected_lines(self) -> None:
        group = self.current_group()
        line_ids = self.selected_members()
        if group is None or not line_ids:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def change() -> None:
            overlap_service.remove_lines(
                db, actor, group.id, line_ids, expected_version=group.version
            )

        self._apply(
            self.tr("Ta ut linje"),
            change,
            self.tr("Tok ut {n} linje(r) fra nr. {id}.").format(n=len(line_ids), id=group.id),
        )

    def addable_lines(self) -> list[tuple[object, ...]]:
        """Active lines that are in no open (not rejected) group."""
        taken = {
            line_id for g in self.model.groups() if g.status != "rejected" for line_id in g.line_ids
        }
        group = self.current_group()
        if group is not None:
            taken.update(group.line_ids)
        return [row for row in line_table(self.ctx.db) if row[ROW_ID] not in taken]

    def explain_lines(self) -> None:
        """ "Hvorfor er disse ikke sammen?": two lines (the selected members preselected)."""
        from kommunesamarbeid.gui.pages.overlap_explain import ExplainDialog

        group = self.current_group()
        preselect = tuple(group.line_ids[:2]) if group is not None else ()
        dialog = ExplainDialog(self.ctx.db, line_table(self.ctx.db), self, preselect=preselect)
        self.explain_dialog = dialog  # lets tests and screenshots reach the open dialog
        dialog.exec()

    def add_lines(self) -> None:
        group = self.current_group()
        if group is None:
            return
        dialog = AddLineDialog(self.addable_lines(), group, self)
        self.add_line_dialog = dialog  # lets tests and screenshots reach the open dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        line_ids = dialog.selected_line_ids()
        if not line_ids:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def change() -> None:
            overlap_service.add_lines(db, actor, group.id, line_ids, expected_version=group.version)

        self._apply(
            self.tr("Legg til linje"),
            change,
            self.tr("La til {n} linje(r) i nr. {id}.").format(n=len(line_ids), id=group.id),
        )
