"""The set of proposals the document tests read besides the samples in ``pdf_samples``: small,
short, special services, works, a nynorsk host and mixed written standards."""

from __future__ import annotations

from dataclasses import replace

from pdf_samples import _line, sample_proposal

from kommunesamarbeid.core.proposal import MilestoneKind, ProposalData

# ---------------------------------------------------------------------------------------------
# the set of proposals the document tests read (small, large, special services, works,
# nynorsk host, mixed written standards)

#: Plan lines as the nynorsk municipalities of Nordhordland write them.
NYNORSK_LINES = {
    101: "Reinhald av kommunale bygg i Knarvik (rådhus, helsehus, bibliotek)",
    102: "Periodisk reinhald og boning av golv i skular og barnehagar i Alver",
    201: "Reinhald av skular, barnehagar og rådhus – kjøp av tenester",
    301: "Reinhaldstenester – skule, barnehage og sjukeheim",
    401: "Reinhald i kommunale bygg (skule, barnehage, omsorgssenter)",
    402: "Vindaugsvask, årleg",
    501: "Reinhaldstenester – skular og barnehagar",
    601: "Kjøp av vaktmeister- og reinhaldstenester (skule, barnehage, rådhus)",
    701: "Renhald av skular, barnehagar og Osterøy rådhus",
    801: "Reinhaldstenester til kommunale føremålsbygg i Dale og Vaksdal",
}

#: Overlap reasons exactly as the overlap engine writes them (stored in bokmål).
ENGINE_REASONS = (
    "8 kommuner: Alver kommune, Austrheim kommune, Fedje kommune, Gulen kommune, "
    "Masfjorden kommune, Modalen kommune, Osterøy kommune, Vaksdal kommune",
    "Samme behov: Reinhald",
    "Samme CPV-gruppe 909 (Reinhald) for 9 av 10 linjer",
    "Felles ord: «reinhald» / «renhald», «skular»",
    "Tidsrom overlapper: januar 2027 (2 linjer uten tidspunkt)",
    "Samlet verdi: 41 230 000 kr for hele avtaleperioden (oppgitt for 9 av 10 linjer)",
    "Gjennomsnittlig likhet mellom linjene: 0,81",
)
ENGINE_LINE_REASONS = (
    "Passer med 6 av 9 andre linjer i gruppen (snitt 0,78)",
    "Behov: Reinhald (kjent på «reinhald»)",
    "CPV 90911200 står i planen",
    "Felles ord med gruppen: «reinhald», «skular»",
    "Tidspunkt: januar 2027",
    "Verdi: 9 600 000 kr for hele perioden",
)


def _with_language(proposal: ProposalData, languages: dict[int, str]) -> ProposalData:
    return replace(
        proposal,
        participants=tuple(
            replace(p, language=languages.get(p.municipality_id, p.language))
            for p in proposal.participants
        ),
    )


def nynorsk_proposal() -> ProposalData:
    """The Nordhordland sample as the nynorsk municipalities write it: every participant is
    nynorsk, the plans and the coordinator's texts are nynorsk, the reasons are the engine's."""
    base = sample_proposal()
    participants = tuple(
        replace(
            p,
            language="nn",
            lines=tuple(
                replace(
                    line,
                    description=NYNORSK_LINES.get(line.line_id, line.description),
                    reasons=ENGINE_LINE_REASONS,
                    cpv_label=None,
                )
                for line in p.lines
            ),
        )
        for p in base.participants
    )
    return replace(
        base,
        title="Reinhaldstenester til kommunale bygg i Nordhordland 2027–2030",
        participants=participants,
        need_description=(
            "Åtte kommunar i Nordhordland kjøper reinhald av skular, barnehagar, sjukeheimar og "
            "administrasjonsbygg. Dagens avtalar går ut mellom hausten 2026 og sommaren 2027."
        ),
        climate_text="Krav til miljømerkte reinhaldsmiddel og utsleppsfrie køyretøy.",
        innovation_text="Funksjonskrav til reinhaldskvalitet i staden for detaljerte frekvensar.",
        dialogue_text="Marknadsdialog med leverandørar i regionen før konkurransegrunnlaget er ferdig.",
        local_market_text="Fire delkontraktar etter område, så lokale firma kan gje tilbod.",
        roles_text="Alver kommune leier arbeidet; kvar kommune har ein kontaktperson.",
        risks_text="For få tilbod i dei minste kommunane; tiltak: delkontraktar per område.",
        group_reasons=ENGINE_REASONS,
        milestones=tuple(
            replace(m, title="Kunngjering på Doffin og TED")
            if m.kind is MilestoneKind.ANNOUNCEMENT
            else m
            for m in base.milestones
        ),
    )


def mixed_proposal() -> ProposalData:
    """A nynorsk host (Alver) with two bokmål participants: the proposal is nynorsk, each
    fullmakt follows its municipality."""
    return _with_language(nynorsk_proposal(), {2: "nb", 3: "nb"})


def short_proposal() -> ProposalData:
    """Below the national threshold: three municipalities, office supplies, the short form."""
    base = nynorsk_proposal()
    lines = {
        1: (
            _line(
                901,
                "ALV-26-40",
                "Kontorrekvisita og kopipapir",
                annual=150_000,
                years=2,
                options=1,
                cpv="30192000",
            ),
        ),
        3: (
            _line(
                902, "F-09", "Kontorrekvisita", annual=40_000, years=2, options=1, cpv="30192000"
            ),
        ),
        5: (
            _line(
                903,
                "2026-11",
                "Kopipapir og kontorrekvisita",
                annual=60_000,
                years=2,
                options=1,
                cpv="30192000",
            ),
        ),
    }
    participants = tuple(
        replace(p, lines=lines[p.municipality_id], language="nb")
        for p in base.participants
        if p.municipality_id in lines
    )
    return replace(
        base,
        id=5,
        reference="FA-2026-011",
        title="Kontorrekvisita til Alver, Fedje og Gulen",
        participants=participants,
        lots=(),
        need_description="Tre kommuner kjøper kontorrekvisita og kopipapir hver for seg.",
        no_lots_reason="Verdien er lav, og én leverandør kan levere til alle tre.",
        climate_text="Krav om miljømerkede produkter.",
        innovation_text="",
        dialogue_text="",
        local_market_text="",
        roles_text="",
        risks_text="",
        group_reasons=(),
        is_framework=True,
        milestones=sample_proposal().milestones,
    )


def special_services_proposal() -> ProposalData:
    """Special services (avlastning, CPV 85311000): no national step, below their EEA threshold."""
    base = sample_proposal()
    participants = tuple(
        replace(
            p,
            lines=tuple(
                replace(
                    line,
                    description=f"Avlastningstjenester for barn og unge – {p.name}",
                    cpv="85311000",
                    cpv_label=None,
                )
                for line in p.lines[:1]
            ),
        )
        for p in base.participants[:4]
    )
    return replace(
        base,
        id=6,
        reference="FA-2026-012",
        title="Avlastningstjenester for barn og unge",
        participants=participants,
        lots=(),
        no_lots_reason="Tjenesten skal gis likt i alle kommunene.",
        contract_years=2,
        option_years=1,
    )


def works_proposal() -> ProposalData:
    """Building and construction works (CPV 45): part II, far below the works EEA threshold."""
    base = sample_proposal()
    participants = tuple(
        replace(
            p,
            lines=(
                replace(
                    p.lines[0],
                    description=f"Rehabilitering av tak og fasade på skolebygg i {p.name}",
                    cpv="45261000",
                    cpv_label=None,
                    annual_value_nok=3_000_000,
                    total_value_nok=3_000_000,
                    contract_years=1,
                    option_years=0,
                ),
            ),
        )
        for p in base.participants[:3]
    )
    return replace(
        base,
        id=7,
        reference="FA-2026-013",
        title="Rehabilitering av tak og fasader på skolebygg",
        participants=participants,
        lots=(),
        is_framework=False,
        contract_kind="works",
        contract_years=1,
        option_years=0,
        no_lots_reason="",
    )
