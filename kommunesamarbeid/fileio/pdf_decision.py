"""The decision-document sections of a proposal: goals and expected effects, qualification and
award criteria (with climate and environment), organisation and decisions, cost sharing,
innovation and the local market, contract management, political anchoring and risks.

Each prints the coordinator's own text; where that is empty, the standard text from the
catalogue (``doc.default.*``) with a note saying it is the standard text and where to change it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kommunesamarbeid.core.proposal import ClimateMode, MilestoneKind
from kommunesamarbeid.core.proposal_rules import CLIMATE_MIN_WEIGHT_PERCENT
from kommunesamarbeid.fileio.pdf_charts import BarItem, value_bar_charts
from kommunesamarbeid.fileio.pdf_common import (
    CONTENT_HEIGHT,
    CONTENT_WIDTH,
    cell,
    clean,
    data_table,
    esc,
    fmt_number,
    key_value_table,
    paragraphs,
    styles,
    table_heading,
)
from kommunesamarbeid.fileio.pdf_local_market import local_market_flowables
from kommunesamarbeid.fileio.pdf_sections import Sections

__all__ = ["DecisionSections", "criteria_weights"]

#: The standard split of the award criteria besides climate and environment (price, quality).
_PRICE_SHARE = 0.6


def criteria_weights(climate: float | None, mode: ClimateMode | None) -> tuple[int, int, int]:
    """(price, quality, climate) in whole per cent for the standard outline: climate as the
    coordinator set it (at least the usual 30 % when weighted and not set; 0 when climate is
    taken care of by requirements), the rest split 60/40 between price and quality."""
    if mode is ClimateMode.REQUIREMENTS:
        weight = 0
    else:
        weight = round(climate) if climate is not None else round(CLIMATE_MIN_WEIGHT_PERCENT)
    weight = max(0, min(100, weight))
    price = round((100 - weight) * _PRICE_SHARE)
    return price, 100 - weight - price, weight


class DecisionSections(Sections):
    """Adds the decision-document sections to :class:`Sections`."""

    def subheading(self, key: str, **params: object) -> Paragraph:
        return Paragraph(esc(self.tx(key, **params)), styles().h2)

    # -- goals ------------------------------------------------------------------------------

    def goals(self) -> list[Flowable]:
        p = self.proposal
        story: list[Flowable] = [self.section("goals")]
        story += self.own_or_default(
            p.goals_text,
            "default.goals",
            "field.goals",
            lots=self.tx("default.goals_lots" if p.lots else "default.goals_no_lots"),
        )
        return story

    # -- criteria and climate ---------------------------------------------------------------

    def criteria(self) -> list[Flowable]:
        tx, p = self.tx, self.proposal
        price, quality, climate = criteria_weights(p.climate_weight_percent, p.climate_mode)
        story: list[Flowable] = [self.keep(60 * mm), self.section("criteria")]
        story += self.own_or_default(
            p.criteria_text,
            "default.criteria",
            "field.criteria",
            price=price,
            quality=quality,
            climate=climate,
            climate_part=tx(
                "default.criteria_requirements"
                if p.climate_mode is ClimateMode.REQUIREMENTS
                else "default.criteria_weighted",
                climate=climate,
            ),
        )
        story.append(self.subheading("climate.heading"))
        mode = (
            tx(f"climate.mode_{p.climate_mode.value}")
            if p.climate_mode
            else tx("climate.mode_none")
        )
        weight = (
            f"{fmt_number(p.climate_weight_percent)} %"
            if p.climate_weight_percent is not None
            else "–"
        )
        story.append(key_value_table([(tx("climate.how"), mode), (tx("climate.weight"), weight)]))
        story.append(Spacer(1, 4))
        story += paragraphs(p.climate_text, empty=tx("common.empty"))
        story.append(self.note("climate.rule"))
        return story

    # -- organisation and decisions ---------------------------------------------------------

    def governance(self) -> list[Flowable]:
        tx, p = self.tx, self.proposal
        host = p.host
        story: list[Flowable] = [self.keep(60 * mm), self.section("governance")]
        story += self.own_or_default(p.governance_text, "default.governance", "field.governance")
        story.append(self.subheading("roles.heading"))
        contact = ", ".join(x for x in (host.contact_name, host.contact_email) if x) if host else ""
        story.append(
            key_value_table(
                [
                    (tx("roles.host"), self.host_name()),
                    (tx("roles.host_contact"), contact or tx("common.not_given")),
                ]
            )
        )
        story.append(Spacer(1, 4))
        if p.roles_text.strip():
            story += paragraphs(p.roles_text)
        if not self.short:
            story.append(self.contacts_table())
        return story

    def contacts_table(self) -> Flowable:
        st, tx, p = styles(), self.tx, self.proposal
        rows: list[list[Any]] = [
            self.head("col.municipality", "col.role", "col.contact", "col.fullmakt")
        ]
        for part in p.participants:
            role = tx(
                "roles.host_role"
                if part.municipality_id == p.host_municipality_id
                else "roles.participant"
            )
            signed = (
                tx("roles.signed", date=tx.date(part.fullmakt_signed_date))
                if part.fullmakt_signed_date
                else tx("roles.not_signed")
            )
            contact = "\n".join(x for x in (part.contact_name, part.contact_email) if x) or "–"
            rows.append(
                [
                    cell(part.name, st.cell),
                    cell(role, st.cell),
                    cell(contact, st.cell),
                    cell(signed, st.cell),
                ]
            )
        widths = [44 * mm, 25 * mm, CONTENT_WIDTH - 44 * mm - 25 * mm - 27 * mm, 27 * mm]
        return data_table(rows, widths)

    # -- cost sharing -----------------------------------------------------------------------

    def cost_sharing(self) -> list[Flowable]:
        p = self.proposal
        story: list[Flowable] = [self.keep(70 * mm), self.section("costs")]
        story += self.own_or_default(p.cost_sharing_text, "default.costs", "field.costs")
        story += table_heading(
            self.tx("costs.table_heading"),
            outline=False,
            small=True,
            min_space=25 * mm if self.short else 45 * mm,
        )
        story.append(self.volume_table())
        if not self.short and len(p.participants) > 1:
            story.append(self.value_chart())
        return story

    def value_chart(self) -> Flowable:
        p, tx = self.proposal, self.tx
        items = [
            BarItem(
                label=part.name,
                value=self.values[part.municipality_id].total_value_nok,
                lower_bound=self.values[part.municipality_id].incomplete,
                emphasis=part.municipality_id == p.host_municipality_id,
            )
            for part in p.participants
        ]
        drawings = value_bar_charts(
            items, width=CONTENT_WIDTH, max_height=CONTENT_HEIGHT - 40 * mm, tx=tx
        )
        story: list[Flowable] = [Spacer(1, 8), self.note("costs.chart_note")]
        for drawing in drawings:
            story += [Spacer(1, 4), drawing]
        from reportlab.platypus import KeepTogether

        return KeepTogether(story)

    # -- innovation, dialogue and the local market ------------------------------------------

    def market(self, local_market: Any) -> list[Flowable]:
        tx, p = self.tx, self.proposal
        story: list[Flowable] = [self.keep(50 * mm), self.section("market")]
        story.append(self.subheading("market.innovation"))
        story += paragraphs(p.innovation_text, empty=tx("common.empty"))
        story.append(self.subheading("market.dialogue"))
        story += paragraphs(p.dialogue_text, empty=tx("common.empty"))
        dialogue = [
            m.due_date
            for m in p.milestones
            if m.kind is MilestoneKind.MARKET_DIALOGUE and m.due_date
        ]
        if dialogue:
            story.append(self.body("market.dialogue_date", date=tx.date(min(dialogue))))
        story.append(self.subheading("market.local"))
        story += paragraphs(p.local_market_text, empty=tx("common.empty"))
        if p.lots:  # before the counts per lot, which it introduces
            area = sum(1 for lot in p.lots if lot.basis == "area")
            key = "market.lots" if area else "market.lots_no_area"
            story.append(self.body(key, n=len(p.lots), area=area))
        if not self.short:
            story += local_market_flowables(local_market, tx)
        return story

    # -- after award, anchoring, risks ------------------------------------------------------

    def contract_management(self) -> list[Flowable]:
        story: list[Flowable] = [self.keep(40 * mm), self.section("management")]
        story += self.own_or_default(
            self.proposal.contract_management_text, "default.management", "field.management"
        )
        return story

    def anchoring(self) -> list[Flowable]:
        story: list[Flowable] = [self.keep(40 * mm), self.section("anchoring")]
        story += self.own_or_default(
            self.proposal.anchoring_text,
            "default.anchoring",
            "field.anchoring",
            status=self.status().lower(),
        )
        return story

    def risks(self) -> list[Flowable]:
        story: list[Flowable] = [self.keep(30 * mm), self.section("risks")]
        story += paragraphs(clean(self.proposal.risks_text), empty=self.tx("risks.empty"))
        return story
