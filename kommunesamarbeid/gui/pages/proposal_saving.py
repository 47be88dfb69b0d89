"""Saving the proposal editor's edits: one transaction, with the versions the editor loaded.

``save`` hands every pending edit (fields, participants' contact and fullmakt, lots, timeline)
to ``services.proposals.save_proposal`` at once, with the versions of the parts it changes.
When a colleague saved one of them in between, nothing is saved; the user reads who changed
what and when and may fetch what is saved now — the unsaved edits stay readable and copyable
(``gui.conflicts``). Actions that change the proposal at once (lines, lot suggestions, a
proposed timeline) pass the version too.

What the role may not change is greyed out: an officer (innkjøpsrådgiver) may change only the
contact and fullmakt of its own municipality's participation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QScrollArea, QWidget

from kommunesamarbeid.core.edit_fields import PARTICIPANT_FIELDS, PROPOSAL_FIELDS
from kommunesamarbeid.core.errors import ConflictError, UserError
from kommunesamarbeid.core.proposal import STATUS_LABELS, ProposalStatus
from kommunesamarbeid.gui.conflicts import UnsavedEditsDialog, format_edits, offer_reload
from kommunesamarbeid.services import proposals as service
from kommunesamarbeid.services.proposals import Seen, seen_of

if TYPE_CHECKING:
    from kommunesamarbeid.gui.pages.proposals import ProposalsPage

Btn = QMessageBox.StandardButton


def _shown(value: object) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, dt.date):
        return f"{value:%d.%m.%Y}"
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, ProposalStatus):
        return STATUS_LABELS[value]
    return str(value)


class ProposalSavingMixin:
    """For ``ProposalsPage``: saving, conflicts with a reload offer, and the role's limits."""

    unsaved_dialog: UnsavedEditsDialog | None = None

    # ------------------------------------------------------------------ saving
    def save(self: ProposalsPage) -> bool:
        """Write every pending edit in one transaction; refused, nothing is reloaded unless the
        user asks, so no input is lost."""
        if self.current_id is None or self.data is None:
            return True
        problem = self.editor.problem()
        if problem:
            QMessageBox.warning(self, self.tr("Kan ikke lagre"), problem)
            return False
        fields = self.editor.proposal_changes()
        participants = self.editor.participant_changes()
        lots = self.editor.lot_changes()
        milestones = self.editor.milestone_changes()
        read = seen_of(self.data)
        # Only the parts this save changes are compared (a moved announcement milestone moves
        # the proposal's date too, and the editor shows that date as a field of its own).
        seen = Seen(
            proposal=read.proposal if fields else None,
            participants={m: v for m, v in read.participants.items() if m in participants},
            lots=read.lots if lots is not None else None,
            milestones=read.milestones if milestones is not None else None,
        )
        db, actor, pid = self.ctx.db, self.ctx.actor, self.current_id
        try:
            service.save_proposal(
                db,
                actor,
                pid,
                fields=fields or None,
                participants=participants or None,
                lots=lots,
                milestones=milestones,
                seen=seen,
            )
        except ConflictError as exc:
            self.lost_race(self.tr("Kan ikke lagre"), exc)
            return False
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Kan ikke lagre"), exc.describe())
            return False
        self._changed_in_db()
        return True

    def _apply(self: ProposalsPage, title: str, change: Callable[[int], object]) -> bool:
        """Run a change that is saved at once, with the version of the proposal shown now."""
        if self.data is None:
            return False
        try:
            change(self.data.version)
        except ConflictError as exc:
            self.lost_race(title, exc)
            return False
        except UserError as exc:
            QMessageBox.warning(self, title, exc.describe())
            return False
        self._changed_in_db()
        return True

    def lost_race(self: ProposalsPage, title: str, error: ConflictError) -> None:
        """Someone else saved first: say who, what and when, and offer to fetch what is saved
        now; the edits that were not saved stay readable (and copyable) either way."""
        unsaved = self.unsaved_edits_text()
        if not offer_reload(self, title, error, unsaved):
            return
        self._set_dirty(False)
        self.refresh()
        if unsaved:
            self.unsaved_dialog = UnsavedEditsDialog(unsaved, self)
            self.unsaved_dialog.show()

    def unsaved_edits_text(self: ProposalsPage) -> str:
        """The editor's pending edits as text (field: value), for the user to copy back."""
        if self.data is None:
            return ""
        names = {p.municipality_id: p.name for p in self.data.participants}
        labels = {f.stored_as: f.label for f in PROPOSAL_FIELDS.values()}
        items: list[tuple[str, object]] = []
        for name, value in self.editor.proposal_changes().items():
            if name == "host_municipality_id" and isinstance(value, int):
                value = names.get(value, value)
            items.append((labels.get(name, name), _shown(value)))
        for mid, changes in self.editor.participant_changes().items():
            for name, value in changes.items():
                field = PARTICIPANT_FIELDS.get(name)
                label = field.label if field is not None else name
                items.append((f"{names.get(mid, mid)}: {label}", _shown(value)))
        lots = self.editor.lot_changes()
        if lots is not None:
            listing = "\n".join(f"{lot.number}: {lot.title}" for lot in lots[0])
            items.append((self.tr("Delkontrakter"), listing or "–"))
        milestones = self.editor.milestone_changes()
        if milestones is not None:
            listing = "\n".join(f"{_shown(m.due_date)}  {m.title}" for m in milestones)
            items.append((self.tr("Tidsplan"), listing or "–"))
        return format_edits(items)

    def _changed_in_db(self: ProposalsPage) -> None:
        """Reload the open proposal and let the other pages know."""
        self._revision += 1
        if self.current_id is not None:
            self._load(self.current_id)
        self._own_change = True
        try:
            self.ctx.data_changed.emit()
        finally:
            self._own_change = False

    def revert(self: ProposalsPage) -> None:
        if self.current_id is not None:
            self._load(self.current_id)

    def maybe_save(self: ProposalsPage) -> bool:
        """Before leaving the proposal: save, discard or stay. False means stay."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Lagre endringene?"),
            self.tr("Forslaget {ref} har endringer som ikke er lagret. Lagre endringene?").format(
                ref=self.data.reference if self.data else ""
            ),
            Btn.Save | Btn.Discard | Btn.Cancel,
            Btn.Save,
        )
        if answer == Btn.Save:
            return self.save()
        if answer == Btn.Discard:
            self.revert()
            return True
        return False

    def _save_before(self: ProposalsPage, what: str) -> bool:
        """Documents are made from what is saved: offer to save first. False: stop."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Lagre endringene?"),
            self.tr("{what} lages fra det som er lagret. Lagre endringene først?").format(
                what=what
            ),
            Btn.Save | Btn.Cancel,
            Btn.Save,
        )
        return answer == Btn.Save and self.save()

    def _confirm(self: ProposalsPage, title: str, text: str) -> bool:
        if self._dirty:
            text += "\n\n" + self.tr("Endringene som ikke er lagret, lagres først.")
        answer = QMessageBox.question(self, title, text, Btn.Yes | Btn.No, Btn.No)
        return answer == Btn.Yes and (not self._dirty or self.save())

    # ------------------------------------------------------------------ what the role may do
    def apply_role(self: ProposalsPage) -> None:
        """Grey out what the logged-in role may not change: a coordinator changes everything;
        an officer only its own municipality's contact, fullmakt and lines."""
        actor = self.ctx.actor
        editor = self.editor
        coordinating = actor.may_coordinate
        note = (
            ""
            if coordinating
            else self.tr(
                "Bare en koordinator kan endre dette. Du kan endre kontaktperson, fullmakt og "
                "linjene til {municipality}."
            ).format(municipality=actor.municipality or self.tr("din kommune"))
        )
        for index in range(editor.count()):
            if index == editor.TAB_PARTICIPANTS:
                continue
            page = editor.widget(index)
            inner = page.widget() if isinstance(page, QScrollArea) else page
            if isinstance(inner, QWidget):
                inner.setEnabled(coordinating)
                inner.setToolTip(note)
        if coordinating:
            return
        current = editor.current_participant()
        own = current is not None and actor.may_change(current)
        for widget in (
            editor.contact_name,
            editor.contact_email,
            editor.fullmakt_date,
            editor.signatory_name,
            editor.signatory_title,
            editor.add_line_button,
        ):
            widget.setEnabled(own)
            widget.setToolTip("" if own else note)
        editor.remove_line_button.setEnabled(own and editor.selected_line_id() is not None)
