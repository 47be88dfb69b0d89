"""The proposal PDF's local supplier market: per lot, the county, the reading, the § 19-4
advice, the source with its NLOD attribution, and no personal names."""

from __future__ import annotations

from pathlib import Path

from market_samples import REGISTER
from pdf_samples import GENERATED, evaluate_sample, flat, page_texts, qpdf_check, sample_proposal

from kommunesamarbeid.core.local_market import (
    CURATED_NOTE,
    RENHOLD_NOTE,
    IndustrySelection,
    LotMarket,
    MarketCounts,
    PlaceMarket,
    ProposalMarket,
    RegisterInfo,
    SplitAdvice,
)
from kommunesamarbeid.core.supplier_mapping import IndustryCode, MappingRow
from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf

CLEANING = IndustrySelection(
    ("90911200",),
    (MappingRow("9091", "Rengjøring av bygninger", (IndustryCode("81.21"),), "SSB-tekst", "høy"),),
)


def market() -> ProposalMarket:
    fedje = PlaceMarket("Fedje kommune", "4633", MarketCounts(4, 2, 1, 1))
    alver = PlaceMarket("Alver kommune", "4631", MarketCounts(40, 29, 12, 9))
    county = (PlaceMarket("Vestland", "46", MarketCounts(2300, 1100, 480, 700)),)
    region = MarketCounts(44, 31, 13, 10)
    lots = (
        LotMarket(
            1,
            "Fedje",
            CLEANING,
            (fedje,),
            region,
            county,
            "area",
            "2 bedrifter med ansatte i Fedje, 31 i regionen: en egen delkontrakt gir lokale "
            "tilbydere en reell mulighet.",
            (),
            (RENHOLD_NOTE,),
        ),
        LotMarket(
            2,
            "Alver",
            CLEANING,
            (alver,),
            region,
            county,
            "area",
            "29 bedrifter med ansatte i Alver, 31 i regionen: en egen delkontrakt gir lokale "
            "tilbydere en reell mulighet.",
            ("Delkontrakt 2 (Alver): et eksempel på en advarsel.",),
            (RENHOLD_NOTE,),
        ),
    )
    advice = SplitAdvice("area", ("Alle de 2 kommunene har lokale bedrifter med ansatte.",))
    return ProposalMarket(register=REGISTER, lots=lots, advice=advice)


def test_section_in_the_proposal_pdf(tmp_path: Path) -> None:
    proposal = sample_proposal()
    out = tmp_path / "forslag.pdf"
    write_proposal_pdf(
        proposal, evaluate_sample(proposal), out, generated=GENERATED, local_market=market()
    )
    assert qpdf_check(out).returncode == 0
    text = flat(" ".join(page_texts(out)))
    start = text.rindex("Lokalt leverandørmarked")  # the last one: after the contents page
    section = text[start : text.rindex("11 Kontraktsoppfølging etter tildeling")]
    assert "Delkontrakt 1: Fedje" in section and "Delkontrakt 2: Alver" in section
    assert "Vestland (hele fylket)" in section
    assert "2 bedrifter med ansatte i Fedje, 31 i regionen" in section
    assert "Vurdering etter anskaffelsesforskriften § 19-4" in section
    assert "CPV 9091 Rengjøring av bygninger → 81.21" in section
    assert "Enhetsregisteret per 27.11.2026" in section
    assert "Norsk lisens for offentlige data (NLOD)" in section
    assert flat(CURATED_NOTE)[:60] in section
    assert section.count(flat(RENHOLD_NOTE)[:50]) == 1  # shared by both lots: printed once
    assert "et eksempel på en advarsel" in section


def test_without_register_the_section_says_so(tmp_path: Path) -> None:
    proposal = sample_proposal()
    out = tmp_path / "forslag.pdf"
    write_proposal_pdf(
        proposal,
        evaluate_sample(proposal),
        out,
        generated=GENERATED,
        local_market=ProposalMarket(register=RegisterInfo()),
    )
    text = flat(" ".join(page_texts(out)))
    assert "Enhetsregisteret er ikke lastet inn" in text
