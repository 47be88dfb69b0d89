"""Need families, kinds, one-off projects and CPV suggested from text."""

from __future__ import annotations

import pytest
from overlap_helpers import SMALL_CATALOGUE, full_catalogue, line, vocabulary

from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.features import KIND_BITS, LineFeatures, TextModel

_CATALOGUE = CpvCatalogue(SMALL_CATALOGUE)


def model() -> TextModel:
    return build_model(vocabulary(), _CATALOGUE)


def features(text: str, cpv: str | None = None) -> LineFeatures:
    return model().line(line(1, 1, text, cpv=cpv), frozenset())


def families(text: str) -> set[str]:
    m = model()
    return {m.families[f].id for f in features(text).families}


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("Vintervedlikehold av kommunale veger", "vinterdrift"),
        ("Brøyting og strøing 2026-2029", "vinterdrift"),
        ("Snørydding", "vinterdrift"),
        ("Renholdstjenester til kommunale bygg", "renhold"),
        ("Reinhald av skular", "renhold"),
        ("Rammeavtale for renholdsprodukter", "renholdsprodukter"),
        ("Vaskeritenester", "vaskeri"),
        ("Leie og vask av arbeidsklær", "vaskeri"),
        ("Kjøp av PC, skjermer og nettbrett", "ikt_klienter"),
        ("Brukermaskinvare", "ikt_klienter"),
        ("Vikartjenester sykepleiere", "vikar_helse"),
        ("Møbler til flyktningboliger", "boligmobler"),
        ("Kontorrekvisita og kopipapir", "kontorrekvisita"),
        ("Brøytestikker og snøskjermer", "vinterutstyr"),
    ],
)
def test_need_families_from_many_wordings(text: str, family: str) -> None:
    assert family in families(text)


def test_goods_with_a_service_word_are_not_the_service() -> None:
    # the head says what is bought: stikker, salt and maskiner are goods
    assert "vinterdrift" not in families("Brøytestikker og snøskjermer")
    assert "vinterdrift" not in families("Vegsalt (strøsalt) – levering i bulk")
    assert "renhold" not in families("Renholdsmaskiner og service")
    assert "renhold" not in families("Rammeavtale for renholdsprodukter")


def test_the_more_specific_family_wins() -> None:
    assert families("Feiing av gater og fortau") == {"gatefeiing"}
    assert "feiing_pipe" in families("Feiing og tilsyn av fyringsanlegg")
    assert families("Vikartjenester til barnehage") == {"vikar_oppvekst"}


def test_a_department_after_a_dash_adds_no_unrelated_need() -> None:
    assert families("Rammeavtale verneutstyr og arbeidsklær - Park og ingeniør") == {"arbeidsklaer"}


def test_a_family_word_in_parentheses_does_not_decide() -> None:
    assert "renhold" not in families("Praktisk bistand i hjemmet (rengjøring) – brukervalg")


def test_kind_from_text_and_from_written_cpv() -> None:
    assert features("Brøyting og strøing").text_kinds == KIND_BITS["services"]
    assert features("Brøytestikker").text_kinds == KIND_BITS["supplies"]
    assert features("Noe", cpv="45000000").written_kind == KIND_BITS["works"]


@pytest.mark.parametrize(
    ("text", "project"),
    [
        ("Rehabilitering av Odda symjehall – totalentreprise", True),
        ("Ny brannstasjon Molde – prosjekteringsgruppe", True),
        ("Nye rådhuskvartalet – byggeledelse", True),
        ("Byggeledelse Elvestad bru", True),
        ("Rammeavtale på prosjektledertjenester og byggeledelse", False),
        ("Løst inventar til ny barneskole (Tistedal)", False),
        ("Renholdstjenester", False),
    ],
)
def test_one_off_projects_for_a_named_site(text: str, project: bool) -> None:
    assert features(text).project is project


def test_cpv_from_the_family_when_the_plan_has_none() -> None:
    found = features("Vintervedlikehold")
    assert (found.cpv, found.cpv_source) == ("90620000", "family")
    written = features("Vintervedlikehold", cpv="90630000")
    assert (written.cpv, written.cpv_source) == ("90630000", "written")


def test_family_cpv_follows_the_kind_the_text_names() -> None:
    # elektriker: works (45) or services (50); "tjenester" names services
    assert (features("Elektrikertjenester").cpv or "").startswith("50")


def test_cpv_suggested_from_the_catalogue_labels() -> None:
    catalogue = CpvCatalogue(full_catalogue())
    text_model = build_model(vocabulary(), catalogue)
    found = text_model.line(line(1, 1, "Kjøp av fyrtårn og bøyer"), frozenset())
    assert found.cpv_source in {"text", ""}
    found = text_model.line(line(1, 1, "Levering av hagebenker"), frozenset())
    assert found.cpv is not None
    assert found.cpv_source == "text"


def test_cpv_suggested_from_real_notice_titles_mostly_fits() -> None:
    """Held-out check: real Doffin titles (not the corpus), CPV suggested from the title only."""
    import csv

    from overlap_helpers import SHARED

    notices = SHARED / "data-scout" / "doffin_notices_2020_F02.csv"
    if not notices.exists():
        pytest.skip(f"Doffin-kunngjøringene mangler: {notices}")
    text_model = build_model(vocabulary(), CpvCatalogue(full_catalogue()))
    with notices.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if "kommune" in r["oppdragsgiver"].lower()]
    suggested = same_division = 0
    for number, row in enumerate(rows):
        found = text_model.line(line(number, 1, row["tittel"]), frozenset())
        if found.cpv is not None:
            suggested += 1
            same_division += found.cpv[:2] == row["cpv_hoved"][:2]
    assert suggested >= 0.8 * len(rows)
    assert same_division >= 0.65 * suggested


def test_a_second_text_column_helps_when_the_first_says_little() -> None:
    found = model().line(line(1, 1, "Avtale 2026-12", details="Brøyting og strøing"), frozenset())
    assert {model().families[f].id for f in found.families} == {"vinterdrift"}
    assert found.terms  # its words count too, at half weight
