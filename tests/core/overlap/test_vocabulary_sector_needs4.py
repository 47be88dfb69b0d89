"""Needs municipalities buy again and again, a fourth sector pass: the sectors that serve people (families16).

The needs were chosen by going once more through the sectors that serve people (oppvekst: mat i
barnehagen, spesialpedagogisk hjelp; helse og omsorg: tanntekniker, medisinsk oksygen, sengetøy,
KAD-plasser, bemannede botilbud; NAV og flyktning: enslige mindreårige, boveiledning; kultur og
bibliotek: bokbuss, bibliotekrekvisita, konservering, kinodrift, bygdebok, turkart;
administrasjon, IKT, HR og økonomi: låneopptak, finansforvaltning, budsjettverktøy, aktuar,
rekrutteringssystem, varslingskanal, gransking, e-læring, skjermbriller, MDM, IAM,
IKT-tilbehør). Their wordings in ``scripts/sector_wordings.tsv`` were written before the
families were added. The lines here are other wordings, written for these tests: no corpus or
notice uses them. Each new family is tested with a pair that now meets, and a neighbouring need
that must still part."""

from __future__ import annotations

import pytest
from overlap_helpers import assert_apart, assert_one_family


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # new families
        ("Barnehagemåltider", "Lunsj til barnehagene i sentrum"),
        ("Spesialpedagogisk bistand til førskolebarn", "Spesialpedagoger"),
        ("Tannteknikere til den offentlige tannhelsetjenesten", "Tannteknisk laboratorium"),
        ("Oksygenkonsentratorer til hjemmeboende pasienter", "Medisinsk gass"),
        ("Sengetekstiler", "Dyner og puter til omsorgsboligene"),
        ("KAD-senger", "Øyeblikkelig hjelp døgnplasser"),
        ("Bemannede botilbud for personer med utviklingshemming", "Bemannet bofellesskap"),
        ("Bofellesskap for mindreårige flyktninger", "Enslige mindreårige – botilbud"),
        ("Boveiledere", "Botrening for unge"),
        ("Biblioteksbil", "Bokbusser"),
        ("Biblioteksmateriell", "Plasting av bøker"),
        ("Konservatortjenester", "Konservering av museets samlinger"),
        ("Kinooperatør", "Filmfremvisning"),
        ("Bygdebøker", "Bygdebokforfattar"),
        ("Friluftslivskart", "Turkart"),
        ("Innlån", "Låneavtale for investeringer"),
        ("Likviditetsforvaltning", "Finansrådgiver"),
        ("Budsjettløysing", "Økonomiplanverktøy"),
        ("Aktuarer", "Pensjonsberegning"),
        ("Rekrutteringsportal", "Rekrutteringsløsning"),
        ("Varslingsordning for ansatte", "Varslingskanal"),
        ("Granskingsoppdrag", "Faktaundersøking"),
        ("E-læringsløsning", "Kompetansesystem"),
        ("Terminalbriller", "Synstester for ansatte"),
        ("Enhetsadministrasjon", "MDM"),
        ("Identitetsstyring", "Tilgangsforvaltning"),
        ("Headsett", "PC-tilbehør"),
        # terms added to existing families
        ("Interactive whiteboards", "Interaktive tavler"),
        ("Nurse staffing", "Sykepleiervikarer"),
        ("Jobbstøtte", "Arbeidsmarkedstiltak"),
        ("Samfunnskunnskap", "Norskopplæring"),
        ("Turné i Den kulturelle skolesekken", "Konserter"),
        ("Kunstgrasdekke", "Kunstgressbane"),
        ("Smartphones", "Mobiltelefoner"),
        ("Blekkpatron", "Tonerkassett"),
        ("Konkurranseverktøy", "Kontraktsregister"),
        ("Lærervikar til ungdomsskolen", "Barnehagevikarer"),
        ("Elevstoler", "Møbler til klasserommet"),
        ("Out-of-hours medical service", "Legevaktordning"),
        ("Plasser for rusavhengige", "Rusinstitusjon"),
        ("Skjermede arbeidsplasser", "VTA-plasser"),
        ("Arbeidsplanverktøy", "Turnusprogram"),
        ("Rusmiddelprøver", "Rustesting"),
        ("Tekstilutleie til sykehjemmet", "Vask av arbeidstøy og sengetøy"),
    ],
)
def test_the_same_need_in_other_words_meets(text_a: str, text_b: str) -> None:
    assert_one_family(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Barnehagemåltider", "Skolemåltider"),
        ("Spesialpedagogisk bistand", "Sakkyndige vurderinger"),
        ("Tannteknikere", "Dentalutstyr"),
        ("Sengetekstiler", "Vask av sengetøy"),
        ("KAD-senger", "Sykehjemsplasser"),
        ("Boveiledere", "Støttekontakter"),
        ("Biblioteksbil", "Bussleie"),
        ("Plasting av bøker", "Biblioteksbøker"),
        ("Bygdebøker", "Biblioteksbøker"),
        ("Friluftslivskart", "Turskilt"),
        ("Innlån", "Banktjenester"),
        ("Gjeldsforvaltning", "Gjeldsrådgivning"),
        ("Aktuarer", "Tjenestepensjon"),
        ("Rekrutteringsportal", "Headhunting"),
        ("Granskingsoppdrag", "Advokattjenester"),
        ("E-læringsløsning", "Digital læringsplattform"),
        ("Terminalbriller", "Bedriftshelsetjeneste"),
        ("Identitetsstyring", "Penetrasjonstest"),
        ("Headsett", "Nettbrett"),
        ("Oksygenkonsentratorer", "Oksygen til biologisk rensing"),
        ("Leie av sengetøy", "Sengetekstiler"),
        ("Skjermede arbeidsplasser", "Dagaktivitetstilbud"),
        ("Rusmiddelprøver", "Rusbehandling"),
    ],
)
def test_a_neighbouring_need_stays_apart(text_a: str, text_b: str) -> None:
    assert_apart(text_a, text_b)
