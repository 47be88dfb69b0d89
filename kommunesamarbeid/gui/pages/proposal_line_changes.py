"""Accepting the changes in the municipalities' plans for the lines of a proposal.

A re-import can change a line after it was put in a proposal; the proposal then counts the new
figures and warns («Linje endret i planen») until the coordinator has seen them. Activating that
warning (double-click or Enter) asks to accept the changes; ``services.proposals.
accept_line_changes`` then remembers the lines as they are now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kommunesamarbeid.services import proposals as service

if TYPE_CHECKING:
    from kommunesamarbeid.gui.pages.proposals import ProposalsPage


class LineChangesMixin:
    """For ``ProposalsPage``: accept the plan changes of the open proposal's lines."""

    def accept_line_changes(self: ProposalsPage) -> None:
        if self.current_id is None:
            return
        if not self._confirm(
            self.tr("Godta endringer i planene"),
            self.tr(
                "Linjer i forslaget er endret i kommunenes planer, og forslaget regner allerede "
                "med de nye tallene. Godta endringene? Advarslene om endrede linjer forsvinner."
            ),
        ):
            return
        db, actor, pid = self.ctx.db, self.ctx.actor, self.current_id
        self._apply(
            self.tr("Godta endringer i planene"),
            lambda version: service.accept_line_changes(db, actor, pid, expected_version=version),
        )
