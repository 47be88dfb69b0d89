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

from kommunesamarbeid.core.explain_texts import explained
from kommunesamarbeid.core.overlap import DetectionSettings
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair


def _explain(text_a: str, code_a: str | None, text_b: str, code_b: str | None) -> PairExplanation:
    lines = [
        line(1, 1, text_a, cpv=code_a, period=month(2026, 9)),
        line(2, 2, text_b, cpv=code_b, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


#: Pairs kept apart, each class on new words: the texts and written codes, and what the
#: explanation says against them.
_APART = [
    # spare parts for different machines
    (
        "Reservedeler og tilbehør til motorsager",
        None,
        "Reservedelar til feiemaskiner",
        None,
        "sier ikke hva som kjøpes uten det det gjelder, og det er ulike ting: «motorsager»",
    ),
    (
        "Tilbehør og reservedeler til motorsager",
        "34913000",
        "Tilbehør og reservedelar til feiemaskinar",
        "34913000",
        "«feiemaskinar» i linje 2",
    ),
    # a need family that held two needs bought apart
    (
        "Medarbeidarundersøking for tilsette i helse",
        None,
        "Spørreundersøkelse blant brukere av kulturskolen",
        None,
        "Ulike behov: medarbeiderundersøkelser",
    ),
    (
        "Smartboards til møterom",
        None,
        "Taleforsterkende utstyr til auditoriet",
        None,
        "begge en del av AV-utstyr",
    ),
    (
        "Regnskapssystem med fakturabehandling",
        None,
        "Lønnssystem med personalmodul",
        None,
        "Ulike behov: økonomi- og regnskapssystem",
    ),
    (
        "Depottjenester for eldre papirarkiv",
        "79995100",
        "Arkivdigitalisering av gamle protokoller",
        "79999100",
        "Ulike behov: arkivdepot og arkivtjenester",
    ),
    # the plan's own code chooses the other reading
    (
        "Revisjon av ROS-analysen for kommunen",
        "75222000",
        "Regnskapsrevisjon for kommunen og foretakene",
        "79212000",
        "leses også som samfunnssikkerhet og beredskap (rådgivning) («ros-analysen»), og "
        "CPV-koden 75222000 i planen hører til det behovet",
    ),
    (
        "Cleaning tablets for coffee machines",
        "39831000",
        "Nettbrett til lærerne i ungdomsskolen",
        "30213200",
        "CPV-koden 39831000 i planen hører til det behovet",
    ),
    # lines that meet only in a broad need
    (
        "Analyseverktøy og beredskapsplanlegging",
        None,
        "Analyseverktøy for spendanalyse",
        None,
        "møtes bare i et vidt behov (fagsystemer og programvare)",
    ),
    # a platform says nothing alone
    (
        "Plattform for timebestilling i helsestasjonen",
        None,
        "Digital plattform for påmelding til kulturskolen",
        None,
        "«plattform» teller ikke",
    ),
    # an actuary is a role beside the pension scheme
    (
        "Aktuarbistand pensjonskasse",
        None,
        "Pensjonskasse for tilsette i kommunen",
        None,
        "er et eget behov: linje 1 gjelder «aktuarbistand»",
    ),
    (
        "Aktuartj. tjenestepensjon",
        "66520000",
        "Tjenestepensjon for kommunens ansatte",
        "66520000",
        "er et eget behov: linje 1 gjelder «aktuartj»",
    ),
    # installing something at one named place; works under a works code at one place
    (
        "Montering av markiser ved Bjørkelund sykehjem",
        None,
        "Montering av markiser på kommunale bygg",
        None,
        "Linje 1 ser ut som et enkeltstående",
    ),
    (
        "Graving av fiber til Bjørkelund skole",
        "45231600",
        "Graving for fiberkabel langs kommunale veier",
        "45231600",
        "Linje 1 ser ut som et enkeltstående",
    ),
]

#: Pairs of one need the same classes must leave together.
_TOGETHER = [
    ("Reservedeler og tilbehør til motorsager", None, "Reservedelar til motorsagar", None),
    ("Medarbeidarundersøking for tilsette i helse", None, "Employee survey for all staff", None),
    ("Interaktive panel til klasseromma", None, "Digitale tavler til skolene", None),
    ("HR-system", None, "Personalsystem med lønnsmodul", None),
    (
        "Arkivdepot for kommunene i regionen",
        None,
        "Depottjenester for eldre papirarkiv",
        "79995100",
    ),
    ("Tablets for teachers", "30213200", "Nettbrett til lærerne i ungdomsskolen", "30213200"),
    ("Analyseverktøy for spendanalyse", None, "Spendanalyse med analyseverktøy", None),
    ("Læringsplattform for grunnskolane", None, "Digital læringsplattform for ungdomsskolen", None),
    ("Løfteplattform til vaktmestertjenesten", None, "Leie av løfteplattformer", None),
    ("Aktuartjenester", None, "Aktuarberegninger for pensjonsordningen", None),
    ("Markiser til Bjørkelund sykehjem", None, "Markiser og solskjerming til kommunale bygg", None),
    # (gloves under a code of gloves beside medical goods: one list of goods, not two readings)
    (
        "Medisinske forbruksartikler og engangshansker",
        "18424300",
        "Bandasjer og sykepleieartikler",
        "33141000",
    ),
]


@pytest.mark.parametrize(("text_a", "code_a", "text_b", "code_b", "said"), _APART)
def test_the_class_is_kept_apart_and_the_reason_says_why(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None, said: str
) -> None:
    why = _explain(text_a, code_a, text_b, code_b)
    assert not why.passes
    assert said in " ".join(why.evidence_against)
    quoted_words_are_written(why, text_a, text_b)
    # every sentence of the answer can be shown in nynorsk (core/explain_texts.py)
    unknown = [e for e in [*why.evidence_for, *why.evidence_against] if not explained(e)]
    assert not unknown


@pytest.mark.parametrize(("text_a", "code_a", "text_b", "code_b"), _TOGETHER)
def test_one_need_stays_together(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None
) -> None:
    why = _explain(text_a, code_a, text_b, code_b)
    assert why.passes
    against = " ".join(why.evidence_against)
    assert "hører til det behovet" not in against and "enkeltstående" not in against


def test_a_line_without_a_code_of_its_own_keeps_its_shared_reading() -> None:
    why = _explain(
        "Revisjon av ROS-analysen for kommunen",
        None,
        "Regnskapsrevisjon for kommunen og foretakene",
        "79212000",
    )
    assert not any("hører til det behovet" in e for e in why.evidence_against)


def test_a_code_of_archiving_services_alone_is_no_scanning() -> None:
    a, b = "Medlemskap i IKA", "Arkivdigitalisering av gamle protokoller"
    assert not _explain(a, "79995100", b, "79999100").passes


def test_lines_that_meet_only_broadly_are_not_called_related() -> None:
    why = _explain(
        "Analyseverktøy og beredskapsplanlegging", None, "Analyseverktøy for spendanalyse", None
    )
    assert not any(e.startswith("Beslektede behov") for e in why.evidence_for)
