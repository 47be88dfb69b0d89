"""Sample proposals, evaluations and overview groups for the PDF writers' tests and samples.

``evaluate_sample`` runs the real rules engine (core/proposal_rules.py) on a fixed date, so the
documents print what the program prints.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import subprocess
from dataclasses import replace
from pathlib import Path

from kommunesamarbeid.core.proposal import (
    ClimateMode,
    Evaluation,
    LotData,
    MilestoneData,
    MilestoneKind,
    ParticipantData,
    ProposalData,
    ProposalLineData,
    ProposalStatus,
    RuleWarning,
    ThresholdPeriod,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.thresholds import default_thresholds
from kommunesamarbeid.fileio.pdf_overview import GroupSummary
from kommunesamarbeid.paths import resource_path

GENERATED = dt.date(2026, 2, 16)
#: The day the samples are evaluated on (the rules engine's "today").
SAMPLE_TODAY = GENERATED
SHIPPED_THRESHOLDS = default_thresholds(
    json.loads(resource_path("thresholds.json").read_text(encoding="utf-8"))
)

THRESHOLDS_2024 = ThresholdPeriod(
    valid_from=dt.date(2024, 3, 14),
    valid_to=None,
    regulation_min=100_000,
    national=1_300_000,
    eea_goods_services=2_300_000,
    eea_works=57_800_000,
    eea_special_services=7_800_000,
    source="Anskaffelsesforskriften, terskelverdier for kommuner fra 14.03.2024",
)

CPV_LABELS = {
    "90910000": "Rengjøring",
    "90911200": "Rengjøring av bygninger",
    "90919200": "Kontorrengjøring",
    "39830000": "Rengjøringsprodukter",
    "33760000": "Toalettpapir, lommetørklær, håndklær og servietter",
    "90620000": "Snørydding",
    "90630000": "Fjerning av is",
    "39160000": "Skolemøbler",
    "30192000": "Kontorrekvisita",
    "09310000": "Elektrisitet",
    "60130000": "Spesialisert veitransport av passasjerer",
    "71356300": "Teknisk støtte",
    "79952000": "Arrangementer",
}

#: The sentence the tests search for: "1 250 000 kr" printed exactly like this.
KNOWN_AMOUNT = 1_250_000

SAMI_TEXT = "Sámi: áčđŋšŧž ÁČĐŊŠŦŽ – åarjelsaemien: ïäö"


def _line(
    line_id: int,
    reference: str,
    description: str,
    *,
    annual: int | None,
    years: float = 2,
    options: float = 2,
    cpv: str | None = "90911200-8",
    expiry: dt.date | None = None,
    source: tuple[str, str, int] | None = None,
    reasons: tuple[str, ...] = (),
    lot: int | None = None,
    total: int | bool | None = True,
) -> ProposalLineData:
    total_value: int | None
    if total is True:
        total_value = None if annual is None else int(annual * (years + options))
    elif total is False:
        total_value = None
    else:
        total_value = total
    return ProposalLineData(
        line_id=line_id,
        description=description,
        reference=reference,
        cpv=cpv,
        annual_value_nok=annual,
        total_value_nok=total_value,
        contract_years=years,
        option_years=options,
        period_start=dt.date(2027, 1, 1),
        period_end=dt.date(2027, 1, 1) + dt.timedelta(days=int(365.25 * (years + options)) - 1),
        current_expiry=expiry,
        source_file=source[0] if source else None,
        source_sheet=source[1] if source else None,
        source_row=source[2] if source else None,
        lot_number=lot,
        reasons=reasons,
    )


def sample_proposal() -> ProposalData:
    """A realistic proposal: cleaning services for eight municipalities in Nordhordland."""
    reasons_text = (
        "Samme tjeneste: renhold av kommunale bygg",
        "CPV i samme gruppe (9091 Rengjøring)",
        "Dagens avtale utløper innen 12 måneder",
    )
    participants = (
        ParticipantData(
            municipality_id=1,
            name="Alver kommune",
            kommunenummer="4631",
            organisasjonsnummer="920 290 922",
            contact_name="Ingrid Haugland",
            contact_email="ingrid.haugland@alver.kommune.no",
            signatory_name="Kari Nordmann",
            signatory_title="Kommunedirektør",
            fullmakt_signed_date=dt.date(2026, 2, 2),
            lines=(
                _line(
                    101,
                    "ALV-26-21",
                    "Renhold av kommunale bygg i Knarvik (rådhus, helsehus, bibliotek)",
                    annual=2_400_000,
                    expiry=dt.date(2026, 12, 31),
                    source=(
                        "alver_anskaffelsesplan_2026-2027.xlsx",
                        "Anskaffelsesplan 2026-2027",
                        31,
                    ),
                    reasons=reasons_text,
                    lot=1,
                ),
                _line(
                    102,
                    "ALV-26-22",
                    "Periodisk renhold og boning av gulv i skoler og barnehager i Alver",
                    annual=650_000,
                    cpv="90919200",
                    expiry=dt.date(2027, 3, 31),
                    source=(
                        "alver_anskaffelsesplan_2026-2027.xlsx",
                        "Anskaffelsesplan 2026-2027",
                        32,
                    ),
                    reasons=reasons_text[:2],
                    lot=1,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=2,
            name="Austrheim kommune",
            kommunenummer="4632",
            organisasjonsnummer="944 233 199",
            contact_name="Ola Mongstad",
            contact_email="post@austrheim.kommune.no",
            lines=(
                _line(
                    201,
                    "2",
                    "Renhold av skoler, barnehager og rådhus – kjøp av tjenester",
                    annual=780_000,
                    expiry=dt.date(2026, 8, 31),
                    source=("austrheim_anskaffelsesplan_2026-2027.csv", "", 3),
                    reasons=reasons_text,
                    lot=2,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=3,
            name="Fedje kommune",
            kommunenummer="4633",
            organisasjonsnummer="944 233 350",
            contact_name="Siri Fedje",
            contact_email="siri.fedje@fedje.kommune.no",
            lines=(
                _line(
                    301,
                    "F-04",
                    "Renholdstjenester – skole, barnehage og sykehjem",
                    annual=312_500,
                    total=KNOWN_AMOUNT,
                    expiry=dt.date(2027, 1, 31),
                    source=("fedje_anskaffelsesplan_2026-2027.xlsx", "Anskaffelser", 7),
                    reasons=reasons_text[:1],
                    lot=2,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=4,
            name="Masfjorden kommune",
            kommunenummer="4634",
            organisasjonsnummer="945 627 913",
            contact_name="Per Matre",
            contact_email="per.matre@masfjorden.kommune.no",
            lines=(
                _line(
                    401,
                    "MAS-07",
                    "Reinhald i kommunale bygg (skule, barnehage, omsorgssenter)",
                    annual=540_000,
                    expiry=dt.date(2026, 6, 30),
                    source=("masfjorden_innkjopsplan_2026-2027.xlsx", "Plan", 12),
                    reasons=("Nynorsk «reinhald» = renhold", *reasons_text[1:]),
                    lot=3,
                ),
                _line(
                    402,
                    "MAS-08",
                    "Vindaugsvask, årleg",
                    annual=None,
                    cpv="90911300",
                    source=("masfjorden_innkjopsplan_2026-2027.xlsx", "Plan", 13),
                    reasons=("Vindusvask er en del av renhold",),
                    lot=3,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=5,
            name="Gulen kommune",
            kommunenummer="4635",
            organisasjonsnummer="964 967 636",
            contact_name="Hilde Eivindvik",
            contact_email="hilde.eivindvik@gulen.kommune.no",
            lines=(
                _line(
                    501,
                    "2026-04",
                    "Renholdstjenester – skoler og barnehager",
                    annual=600_000,
                    expiry=dt.date(2027, 6, 30),
                    source=("gulen_plan_2026-2027.xlsx", "Ark1", 5),
                    reasons=reasons_text,
                    lot=3,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=6,
            name="Modalen kommune",
            kommunenummer="4629",
            organisasjonsnummer="945 627 840",
            contact_name="Jon Mo",
            contact_email="jon.mo@modalen.kommune.no",
            lines=(
                _line(
                    601,
                    "M11",
                    "Kjøp av vaktmester- og reinhaldstenester (skule, barnehage, rådhus)",
                    annual=240_000,
                    expiry=None,
                    source=("modalen_innkjopsplan_2026-2027.xlsx", "Innkjøp 2026-2027", 15),
                    reasons=reasons_text[:1],
                    lot=3,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=7,
            name="Osterøy kommune",
            kommunenummer="4630",
            organisasjonsnummer="959 182 396",
            contact_name="Åse Lonevåg",
            contact_email="ase.lonevag@osteroy.kommune.no",
            lines=(
                _line(
                    701,
                    "OK-26-05",
                    "Renhald av skular, barnehagar og Osterøy rådhus",
                    annual=1_150_000,
                    expiry=dt.date(2026, 12, 31),
                    source=("osteroy_innkjopsplan_2026-2027.xlsx", "Innkjøpsplan", 9),
                    reasons=reasons_text,
                    lot=4,
                ),
            ),
        ),
        ParticipantData(
            municipality_id=8,
            name="Vaksdal kommune",
            kommunenummer="4628",
            organisasjonsnummer="951 549 533",
            contact_name="Trond Dale",
            contact_email="trond.dale@vaksdal.kommune.no",
            lines=(
                _line(
                    801,
                    "14",
                    "Renholdstjenester til kommunale formålsbygg i Dale og Vaksdal",
                    annual=980_000,
                    expiry=dt.date(2027, 2, 28),
                    source=("vaksdal_anskaffelsesplan_2026-2027.xlsx", "Plan", 21),
                    reasons=reasons_text,
                    lot=4,
                ),
            ),
        ),
    )
    return ProposalData(
        id=1,
        reference="FA-2026-003",
        title="Renholdstjenester til kommunale bygg i Nordhordland 2027–2030",
        status=ProposalStatus.CONSULTATION,
        need_description=(
            "Åtte kommuner i Nordhordland kjøper renhold av skoler, barnehager, sykehjem og "
            "administrasjonsbygg hver for seg. Flere av avtalene utløper i 2026 og 2027. En "
            "felles konkurranse gir ett kunngjøringsløp, felles kravspesifikasjon med "
            "miljøkrav og bedre vilkår, samtidig som delkontrakter per område gjør det mulig "
            "for lokale renholdsbedrifter å gi tilbud.\n\nBehovet gjelder ordinært renhold, "
            "periodisk renhold og vindusvask."
        ),
        host_municipality_id=1,
        participants=participants,
        lots=(
            LotData(1, "Alver", "Knarvik, Manger og Lindås", "area", (1,)),
            LotData(2, "Øyane vest", "Austrheim og Fedje", "area", (2, 3)),
            LotData(3, "Nord", "Masfjorden, Gulen og Modalen", "area", (4, 5, 6)),
            LotData(4, "Sør", "Osterøy og Vaksdal", "area", (7, 8)),
        ),
        milestones=(
            MilestoneData(
                MilestoneKind.MARKET_DIALOGUE,
                "Dialogkonferanse i Knarvik",
                dt.date(2026, 3, 12),
                True,
            ),
            MilestoneData(
                MilestoneKind.FULLMAKT_DEADLINE, "Frist for fullmakt", dt.date(2026, 4, 15)
            ),
            MilestoneData(
                MilestoneKind.ANNOUNCEMENT, "Kunngjøring på Doffin og TED", dt.date(2026, 5, 4)
            ),
            MilestoneData(MilestoneKind.TENDER_DEADLINE, "Tilbudsfrist", dt.date(2026, 6, 15)),
            MilestoneData(MilestoneKind.AWARD, "Tildeling", dt.date(2026, 8, 20)),
            MilestoneData(MilestoneKind.CONTRACT_START, "Kontraktsstart", dt.date(2027, 1, 1)),
        ),
        is_framework=True,
        contract_years=2,
        option_years=2,
        planned_announcement=dt.date(2026, 5, 4),
        planned_contract_start=dt.date(2027, 1, 1),
        climate_mode=ClimateMode.CRITERIA,
        climate_weight_percent=30,
        climate_text=(
            "Miljø vektes 30 % med underkriteriene utslippsfri transport til og fra byggene, "
            "svanemerkede renholdsprodukter og redusert bruk av engangsartikler. "
            "Leverandøren rapporterer forbruk av kjemikalier årlig."
        ),
        innovation_text=(
            "Vi ønsker forslag til behovsstyrt renhold med sensorer i møterom og klasserom, "
            "prøvd ut i ett bygg per kommune i første avtaleår."
        ),
        dialogue_text=(
            "Dialogkonferanse i Knarvik 12. mars 2026 med en-til-en-møter for lokale bedrifter. "
            "Utkast til kravspesifikasjon legges ut på Doffin tre uker før."
        ),
        local_market_text=(
            "Det finnes minst seks små renholdsbedrifter i regionen. Delkontrakter per område "
            "og krav til omsetning tilpasset delkontraktens størrelse skal gjøre det mulig for "
            "dem å gi tilbud."
        ),
        roles_text=(
            "Alver kommune er vertskommune og gjennomfører konkurransen. Hver kommune stiller "
            "med én person i brukergruppen, som deltar i kravspesifikasjon og evaluering."
        ),
        risks_text=(
            "Masfjorden og Austrheim har avtaler som utløper før kontraktsstart og trenger en "
            "kort forlengelse. Usikker verdi for vindusvask i Masfjorden.\n\n"
            "Få tilbydere i nord kan gi høye priser for delkontrakt 3."
        ),
        group_reasons=(
            "Åtte linjer fra åtte kommuner beskriver renhold av kommunale bygg.",
            "Alle linjene har CPV i gruppe 909 (rengjøring) eller ingen CPV.",
            "Dagens avtaler utløper mellom juni 2026 og juni 2027.",
        ),
        created_at=dt.date(2026, 1, 20),
        updated_by="koordinator",
    )


def evaluate_sample(
    proposal: ProposalData,
    *,
    extra_warnings: tuple[RuleWarning, ...] = (),
) -> Evaluation:
    """The rules engine's evaluation (core.proposal_rules.evaluate) on a fixed date, with any
    extra warnings appended (to test how long warnings print)."""
    ev = evaluate(proposal, SHIPPED_THRESHOLDS, today=SAMPLE_TODAY)
    ev.warnings.extend(extra_warnings)
    return ev


# ---------------------------------------------------------------------------------------------
# 40 participants x 50 lines

LARGE_NAMES = (
    "Alver kommune",
    "Austrheim kommune",
    "Fedje kommune",
    "Masfjorden kommune",
    "Gulen kommune",
    "Modalen kommune",
    "Osterøy kommune",
    "Vaksdal kommune",
    "Guovdageaidnu – Kautokeino",
    "Kárášjohka – Karasjok",
    "Unjárga – Nesseby",
    "Porsáŋgu – Porsanger – Porsanki",
    "Deatnu – Tana",
    "Gáivuotna – Kåfjord – Kaivuono",
    "Loabák – Lavangen",
    "Hábmer – Hamarøy",
    "Snåase – Snåasen tjïelte",
    "Raarvihke – Røyrvik",
    "Aurland kommune",
    "Lærdal kommune",
    "Årdal kommune",
    "Luster kommune",
    "Sogndal kommune",
    "Vik kommune",
    "Høyanger kommune",
    "Hyllestad kommune",
    "Solund kommune",
    "Askvoll kommune",
    "Fjaler kommune",
    "Sunnfjord kommune",
    "Bremanger kommune",
    "Kinn kommune",
    "Stad kommune",
    "Stryn kommune",
    "Gloppen kommune",
    "Ullensvang kommune",
    "Ulvik kommune",
    "Eidfjord kommune",
    "Kvam herad",
    "Samnanger kommune",
)

THINGS = (
    ("Renhold av skoler og barnehager", "90911200-8"),
    ("Periodisk renhold og boning av gulv", "90919200-4"),
    ("Vindusvask i kommunale bygg", "90911300-9"),
    ("Renholdsprodukter, tørkepapir og såpe", "39830000-9"),
    ("Brøyting og strøing av kommunale veier", "90620000-9"),
    ("Kontorrekvisita og kopipapir", "30192000-1"),
    ("Skolemøbler og inventar", "39160000-1"),
    ("Elektrisk kraft og porteføljeforvaltning", "09310000-5"),
    ("Skoleskyss for elever med tilretteleggingsbehov", "60130000-8"),
    ("IT-brukerstøtte for skoler", "71356300-1"),
    ("Arrangementer og kulturtilbud for eldre", None),
)

AREAS = ("sentrum", "nord", "sør", "øst", "vest", "øyane", "fjellbygdene", "kystsonen")

LONG_TAIL = (
    " – inkludert oppfølging av avvik, rapportering av forbruk, opplæring av brukere i "
    "hver virksomhet og dokumentasjon av miljøkrav gjennom hele avtaleperioden"
)


def large_proposal(participants: int = 40, lines_each: int = 50, *, seed: int = 7) -> ProposalData:
    """A stress proposal: ``participants`` municipalities with ``lines_each`` lines each."""
    rng = random.Random(seed)
    people: list[ParticipantData] = []
    line_id = 1
    for i in range(participants):
        name = LARGE_NAMES[i % len(LARGE_NAMES)]
        if i >= len(LARGE_NAMES):
            name = f"{name} {i // len(LARGE_NAMES) + 1}"
        short = name.split()[0][:3].upper()
        lines: list[ProposalLineData] = []
        for n in range(lines_each):
            thing, cpv = THINGS[(i + n) % len(THINGS)]
            area = AREAS[(i * 3 + n) % len(AREAS)]
            description = f"{thing} {area}, {name} nr. {n + 1}"
            if n % 9 == 4:
                description += LONG_TAIL
            annual = None if (i % 7 == 3 and n == 10) else rng.randrange(20, 900) * 1000
            lines.append(
                _line(
                    line_id,
                    f"{short}-{26 + n // 30}-{n + 1:02d}",
                    description,
                    annual=annual,
                    years=rng.choice((1, 2, 3)),
                    options=rng.choice((0, 1, 1)),
                    cpv=cpv,
                    expiry=dt.date(2026, 1 + (i + n) % 12, 1) + dt.timedelta(days=27)
                    if n % 10 == 0
                    else None,
                    source=(f"{short.lower()}_anskaffelsesplan_2026-2027.xlsx", "Plan", 6 + n),
                    reasons=(f"Samme type behov: {thing.lower()}", "Tidspunkt passer"),
                    lot=1 + i % 4,
                )
            )
            line_id += 1
        people.append(
            ParticipantData(
                municipality_id=i + 1,
                name=name,
                kommunenummer=f"{4600 + i}",
                contact_name=f"Kontaktperson {i + 1}" if i != 9 else "Máret Ŋuolga Čuđe",
                contact_email=f"innkjop{i + 1}@example.kommune.no",
                signatory_name="Ánde Ŧávŋa" if i == 10 else "",
                signatory_title="Kommunedirektør" if i % 3 == 0 else "",
                fullmakt_signed_date=dt.date(2026, 2, 1) if i % 5 == 0 else None,
                lines=tuple(lines),
            )
        )
    base = sample_proposal()
    ids = tuple(p.municipality_id for p in people)
    return ProposalData(
        id=2,
        reference="FA-2026-040",
        title="Felles rammeavtaler for drift av kommunale bygg – stor test med 40 kommuner",
        status=ProposalStatus.DRAFT,
        need_description=base.need_description + "\n\n" + SAMI_TEXT,
        host_municipality_id=1,
        participants=tuple(people),
        lots=tuple(
            LotData(
                k,
                f"Område {k}",
                "Kommunene i området",
                "area",
                tuple(m for m in ids if (m - 1) % 4 == k - 1),
            )
            for k in range(1, 5)
        ),
        milestones=base.milestones,
        is_framework=True,
        contract_years=3,
        option_years=2,
        planned_announcement=base.planned_announcement,
        planned_contract_start=base.planned_contract_start,
        climate_mode=ClimateMode.REQUIREMENTS,
        climate_weight_percent=None,
        climate_text="Klimakrav stilles i kravspesifikasjonen fordi det gir klart bedre effekt.",
        innovation_text=base.innovation_text,
        dialogue_text=base.dialogue_text,
        local_market_text=base.local_market_text,
        roles_text=base.roles_text,
        risks_text=base.risks_text,
        group_reasons=base.group_reasons,
        created_at=base.created_at,
    )


def small_proposal() -> ProposalData:
    """The smallest case: one participant, one line, no lots, no milestones."""
    base = sample_proposal()
    only = base.participants[2]
    return ProposalData(
        id=3,
        reference="FA-2026-001",
        title="Kontorrekvisita til Fedje kommune",
        participants=(only,),
        host_municipality_id=only.municipality_id,
        no_lots_reason="Verdien er under EØS-terskelverdien, og det er bare én kommune.",
        is_framework=False,
    )


# ---------------------------------------------------------------------------------------------
# hostile text

INJECTIONS = (
    "<font size=60>STOR</font>",
    "& <b>fet</b>",
    '=HYPERLINK("http://evil.example","klikk")',
    "@SUM(A1:A9)",
)


def injection_proposal() -> ProposalData:
    """Markup and spreadsheet formulas in every kind of user text."""
    base = sample_proposal()
    first, second, *rest = base.participants
    first_lines = (
        ProposalLineData(
            line_id=9001,
            description=INJECTIONS[0],
            reference="<ref>",
            cpv="90911200 <i>",
            annual_value_nok=100_000,
            total_value_nok=400_000,
            source_file="plan & <budsjett>.xlsx",
            source_sheet="<Ark1>",
            source_row=3,
            reasons=(INJECTIONS[1],),
        ),
        ProposalLineData(
            line_id=9002,
            description=INJECTIONS[2],
            reference="=1+1",
            annual_value_nok=200_000,
            total_value_nok=800_000,
        ),
        *first.lines,
    )
    first = replace(first, lines=first_lines, contact_name=INJECTIONS[3])
    second = replace(second, name="Test & <Prøve> kommune")
    return replace(
        base,
        title="Renhold & <b>vask</b>",
        need_description=f"{INJECTIONS[1]} {INJECTIONS[2]}",
        participants=(first, second, *rest),
        lots=(LotData(1, "<u>Alle</u>", "& <br/> ingen", "product", ()),),
        risks_text=INJECTIONS[3],
        group_reasons=(INJECTIONS[0],),
    )


def injection_evaluation(proposal: ProposalData) -> Evaluation:
    return evaluate_sample(
        proposal,
        extra_warnings=(RuleWarning("X", "Advarsel med <b>markup</b> & =SUM(A1)"),),
    )


# ---------------------------------------------------------------------------------------------
# overview groups


def sample_groups() -> list[GroupSummary]:
    proposal = sample_proposal()
    return [
        GroupSummary(
            id=1,
            title="Renholdstjenester til kommunale bygg",
            status="Forslag sendt på høring",
            status_code="confirmed",
            procedure_part="del_iii",
            score=0.91,
            municipalities=[p.name for p in proposal.participants],
            total_value_nok=evaluate_sample(proposal).total_value_nok,
            procedure_label="Del III – kunngjøring i EØS",
            lines=[
                (p.name, line.description, evaluate_sample(proposal).line_values.get(line.line_id))
                for p in proposal.participants
                for line in p.lines
            ],
            reasons=list(proposal.group_reasons),
        ),
        GroupSummary(
            id=2,
            title="Brøyting og strøing av kommunale veier",
            status="Ny",
            status_code="candidate",
            procedure_part="del_iii",
            score=0.78,
            municipalities=["Alver kommune", "Osterøy kommune", "Vaksdal kommune"],
            total_value_nok=5_400_000,
            procedure_label="Del III – kunngjøring i EØS",
            lines=[
                ("Alver kommune", "Brøyting og strøing, rode 1–6", 2_400_000),
                ("Osterøy kommune", "Vintervedlikehald av kommunale vegar", 1_800_000),
                (
                    "Vaksdal kommune",
                    "Snørydding og strøing av kommunale veier og plasser",
                    1_200_000,
                ),
            ],
            reasons=["Samme tjeneste (CPV 90620000 Snørydding)", "Avtalene utløper høsten 2026"],
        ),
        GroupSummary(
            id=3,
            title="Skole- og barnehagemøbler",
            status="Under vurdering",
            status_code="candidate",
            procedure_part="del_i",
            score=0.66,
            municipalities=["Alver kommune", "Fedje kommune"],
            total_value_nok=KNOWN_AMOUNT,
            procedure_label="Del I – grunnleggende prinsipper",
            lines=[
                ("Alver kommune", "Skole- og barnehagemøbler – rammeavtale", None),
                ("Fedje kommune", "Møbler til ny barnehageavdeling", None),
            ],
            reasons=["Samme produktgruppe (CPV 39160000 Skolemøbler)"],
        ),
        GroupSummary(
            id=4,
            title="Kurs for ansatte i Snåase – Snåasen tjïelte & Kárášjohka",
            status="Avvist",
            status_code="rejected",
            score=0.41,
            municipalities=["Snåase – Snåasen tjïelte", "Kárášjohka – Karasjok"],
            total_value_nok=None,
            procedure_label="",
            lines=[("Kárášjohka – Karasjok", "<b>Kurs</b> i samisk språk", None)],
            reasons=[],
        ),
    ]


# ---------------------------------------------------------------------------------------------
# checking helpers for the PDF tests


def require_tool(name: str) -> str:
    """The path of a command-line tool; the test is skipped (with the reason) when it is absent."""
    import shutil

    import pytest

    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} er ikke installert (poppler-utils/qpdf), så denne sjekken hoppes over")
    return path


def qpdf_check(pdf: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [require_tool("qpdf"), "--check", str(pdf)], capture_output=True, text=True, timeout=120
    )


def pdffonts_rows(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table as dicts with the keys name, type, emb, sub, uni."""
    done = subprocess.run(
        [require_tool("pdffonts"), str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = done.stdout.splitlines()
    header, rule = lines[0], lines[1]
    # columns are fixed-width: find them from the dashes of the rule line
    spans = [(m.start(), m.end()) for m in re.finditer(r"-+", rule)]
    names = [header[a:b].strip().lower() for a, b in spans]
    rows = []
    for line in lines[2:]:
        values = {n: line[a:b].strip() for n, (a, b) in zip(names, spans, strict=True)}
        # "name" can be wider than its column; the type starts after the last space run
        values["name"] = line[: spans[1][0]].strip()
        rows.append(values)
    return rows


def page_texts(pdf: Path) -> list[str]:
    """The text of each page as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(pdf).pages]


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces (line wrapping in cells becomes a space)."""
    return " ".join(text.split())
