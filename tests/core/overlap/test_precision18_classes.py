"""Precision by class (precision18): false pairs found in the newly read check sets (the tenth
and eleventh), each class checked here on words no corpus line uses.

- spare parts or accessories *for* a machine are bought with the machine's need: the object
  after «til» says what is bought, also when it is a compound the catalogue knows only by its
  last part («motorsag»: «sag»), so two lines of spare parts for different machines share only
  the word «reservedeler», which says nothing alone.
"""

from __future__ import annotations

import pytest
from overlap_helpers import full_catalogue, line, month, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair


def _explain(text_a: str, code_a: str | None, text_b: str, code_b: str | None) -> PairExplanation:
    lines = [
        line(1, 1, text_a, cpv=code_a, period=month(2026, 9)),
        line(2, 2, text_b, cpv=code_b, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


# --- spare parts for different machines ----------------------------------------------------


def test_spare_parts_for_different_machines_are_apart() -> None:
    a, b = "Reservedeler og tilbehør til motorsager", "Reservedelar til feiemaskiner"
    why = _explain(a, None, b, None)
    assert not why.passes
    against = " ".join(why.evidence_against)
    assert "sier ikke hva som kjøpes" in against
    assert "«motorsager»" in against and "«feiemaskiner»" in against
    quoted_words_are_written(why, a, b)


def test_spare_parts_for_different_machines_apart_under_one_written_code() -> None:
    why = _explain(
        "Tilbehør og reservedeler til motorsager",
        "34913000",
        "Tilbehør og reservedelar til feiemaskinar",
        "34913000",
    )
    assert not why.passes


def test_spare_parts_for_the_same_machine_still_group() -> None:
    why = _explain(
        "Reservedeler og tilbehør til motorsager", None, "Reservedelar til motorsagar", None
    )
    assert why.passes


# --- a need family that held two needs bought apart -----------------------------------------


def test_an_employee_survey_is_not_a_survey_of_users() -> None:
    a, b = (
        "Medarbeidarundersøking for tilsette i helse",
        "Spørreundersøkelse blant brukere av kulturskolen",
    )
    why = _explain(a, None, b, None)
    assert not why.passes
    assert any("Ulike behov: medarbeiderundersøkelser" in e for e in why.evidence_against)
    quoted_words_are_written(why, a, b)
    assert _explain(a, None, "Employee survey for all staff", None).passes


def test_interactive_boards_and_voice_amplification_are_two_parts_of_av_equipment() -> None:
    a, b = "Smartboards til møterom", "Taleforsterkende utstyr til auditoriet"
    why = _explain(a, None, b, None)
    assert not why.passes
    assert any("begge en del av AV-utstyr" in e for e in why.evidence_against)
    assert _explain(
        "Interaktive panel til klasseromma", None, "Digitale tavler til skolene", None
    ).passes


def test_an_accounting_system_is_not_a_payroll_system() -> None:
    a, b = "Regnskapssystem med fakturabehandling", "Lønnssystem med reiseregning"
    why = _explain(a, None, b, None)
    assert not why.passes
    assert any("Ulike behov: økonomi- og regnskapssystem" in e for e in why.evidence_against)
    assert _explain("HR-system", None, "Personalsystem med lønnsmodul", None).passes


# --- the plan's own code chooses the other reading -------------------------------------------


def test_the_written_code_chooses_the_other_reading_of_a_word() -> None:
    a, b = "Revisjon av ROS-analysen for kommunen", "Regnskapsrevisjon for kommunen og foretakene"
    why = _explain(a, "75222000", b, "79212000")
    assert not why.passes
    against = " ".join(why.evidence_against)
    assert "CPV-koden 75222000 i planen hører til det behovet" in against
    assert "«ros-analysen»" in against
    quoted_words_are_written(why, a, b)
    # the same line without a code of its own is still read as audit
    assert not any(
        "hører til det behovet" in e for e in _explain(a, None, b, "79212000").evidence_against
    )


def test_an_english_look_alike_under_a_code_of_its_other_reading() -> None:
    a, b = "Cleaning tablets for coffee machines", "Nettbrett til lærerne i ungdomsskolen"
    why = _explain(a, "39831000", b, "30213200")
    assert not why.passes
    assert any("CPV-koden 39831000" in e for e in why.evidence_against)
    assert _explain("Tablets for teachers", "30213200", b, "30213200").passes


def test_two_lists_of_goods_are_not_two_readings() -> None:
    # gloves under a code of gloves beside medical goods: one list of goods, not two readings
    why = _explain(
        "Medisinske forbruksartikler og engangshansker",
        "18424300",
        "Bandasjer og sykepleieartikler",
        "33141000",
    )
    assert why.passes
    assert not any("hører til det behovet" in e for e in why.evidence_against)


def test_an_archive_depot_is_not_archive_scanning() -> None:
    a, b = "Depottjenester for eldre papirarkiv", "Arkivdigitalisering av gamle protokoller"
    why = _explain(a, "79995100", b, "79999100")
    assert not why.passes
    assert any("Ulike behov: arkivdepot og arkivtjenester" in e for e in why.evidence_against)
    quoted_words_are_written(why, a, b)
    # a line known only by the code of archiving services is no scanning either
    assert not _explain("Medlemskap i IKA", "79995100", b, "79999100").passes
    assert _explain("Arkivdepot for kommunene i regionen", None, a, "79995100").passes


# --- lines that meet only in a broad need ------------------------------------------------------


def test_lines_that_meet_only_in_a_broad_need_are_apart() -> None:
    a, b = "Analyseverktøy og beredskapsplanlegging", "Analyseverktøy for spendanalyse"
    why = _explain(a, None, b, None)
    assert not why.passes
    against = " ".join(why.evidence_against)
    assert "møtes bare i et vidt behov (fagsystemer og programvare)" in against
    assert not any(e.startswith("Beslektede behov") for e in why.evidence_for)
    quoted_words_are_written(why, a, b)
    assert _explain(b, None, "Spendanalyse med analyseverktøy", None).passes


# --- a platform says nothing alone ---------------------------------------------------------------


def test_two_platforms_for_different_things_share_nothing() -> None:
    a, b = (
        "Plattform for timebestilling i helsestasjonen",
        "Digital plattform for påmelding til kulturskolen",
    )
    why = _explain(a, None, b, None)
    assert not why.passes
    assert any("«plattform» teller ikke" in e for e in why.evidence_against)
    quoted_words_are_written(why, a, b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Læringsplattform for grunnskolane", "Digital læringsplattform for ungdomsskolen"),
        ("Løfteplattform til vaktmestertjenesten", "Leie av løfteplattformer"),
    ],
)
def test_a_platform_compound_still_carries_its_need(text_a: str, text_b: str) -> None:
    assert _explain(text_a, None, text_b, None).passes


# --- an actuary is a role beside the pension scheme ----------------------------------------------


@pytest.mark.parametrize(
    ("text_a", "code_a", "text_b", "code_b"),
    [
        ("Aktuarbistand pensjonskasse", None, "Pensjonskasse for tilsette i kommunen", None),
        (
            "Aktuartj. tjenestepensjon",
            "66520000",
            "Tjenestepensjon for kommunens ansatte",
            "66520000",
        ),
    ],
)
def test_actuarial_work_is_a_need_beside_the_pension_scheme(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None
) -> None:
    why = _explain(text_a, code_a, text_b, code_b)
    assert not why.passes
    assert any("er et eget behov: linje 1 gjelder «aktuar" in e for e in why.evidence_against)
    quoted_words_are_written(why, text_a, text_b)


def test_two_actuarial_lines_still_group() -> None:
    assert _explain("Aktuartjenester", None, "Aktuarberegninger for pensjonsordningen", None).passes


# --- installing something at one named place ---------------------------------------------------


def test_installing_at_one_named_place_is_a_one_off_job() -> None:
    a, b = (
        "Montering av markiser ved Bjørkelund sykehjem",
        "Montering av markiser på kommunale bygg",
    )
    why = _explain(a, None, b, None)
    assert not why.passes
    assert any("Linje 1 ser ut som et enkeltstående" in e for e in why.evidence_against)
    quoted_words_are_written(why, a, b)


def test_goods_for_one_named_place_are_no_one_off_job() -> None:
    why = _explain(
        "Markiser til Bjørkelund sykehjem",
        None,
        "Markiser og solskjerming til kommunale bygg",
        None,
    )
    assert why.passes
    assert not any("enkeltstående" in e for e in why.evidence_against)


def test_a_works_word_under_a_works_code_at_one_named_place_is_a_one_off_job() -> None:
    a, b = "Graving av fiber til Bjørkelund skole", "Graving for fiberkabel langs kommunale veier"
    why = _explain(a, "45231600", b, "45231600")
    assert not why.passes
    assert any("Linje 1 ser ut som et enkeltstående" in e for e in why.evidence_against)
