"""Needs municipalities buy again and again, a third sector pass (vocabulary round 15).

The needs were chosen by going through municipal activity once more, sector by sector, for what
the first two passes did not reach (beredskap: flomvern, nødvann, satellittelefoner,
utrykningsbekledning; landbruk og miljø: fremmede arter, skogplanter, støy, luftkvalitet,
vassdragsovervåking; VA: driftskontroll, UV-anlegg; samferdsel: trafikktelling, kantstein, brygger, leskur, turstier; helse:
overfallsalarmer, kjeveortopedi; oppvekst: barnehagevogner, elevskap; IKT:
avhending av brukt utstyr, droner …). Their wordings in ``scripts/sector_wordings.tsv`` were
written before the families were added. The lines here are other wordings, written for these
tests: no corpus or notice uses them. Each new family is tested with a pair that now meets, and
a neighbouring need that must still part."""

from __future__ import annotations

import pytest
from overlap_helpers import assert_apart, assert_one_family


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # new families
        ("Flomsperrer til sentrum", "Mobilt flomvern for kommunen"),
        ("Nødvassforsyning ved svikt i vannverket", "Nødvanntanker"),
        ("Satellittsamband for kriseledelsen", "Satellittelefoner"),
        ("Brannbekledning til deltidsmannskaper", "Utrykningsbekledning"),
        ("Fjerning av kjempespringfrø", "Bekjempelse av fremmede arter"),
        ("Granplanter til skogeiere", "Skogplanter"),
        ("Støykartlegging langs kommunale veger", "Støymålinger"),
        ("Målinger av svevestøv i sentrum", "Luftkvalitetsmåling"),
        ("Resipientundersøkelser i fjorden", "Overvåking av vassdrag"),
        ("Trafikkregistreringer", "Trafikktelling på kommunale veier"),
        ("Granittkantstein", "Kantsteinsarbeider i sentrum"),
        ("Flytebryggar", "Båtbrygger"),
        ("Busskur", "Leskur til holdeplasser"),
        ("Stibygging", "Opparbeiding av turstier"),
        ("Gravpleie", "Gravstell"),
        ("Alenearbeidsalarmer til hjemmetjenesten", "Overfallsalarmer"),
        ("Tannregulering av barn og unge", "Kjeveortopedi"),
        ("Sittevogner", "Barnehagevogner"),
        ("Elevskap til ungdomsskolen", "Garderobeskap"),
        ("UV-aggregater", "UV-anlegg for drikkevann"),
        ("Sikker sletting av brukte datamaskiner", "Datasletting"),
        ("Dronefotografering", "Droneinspeksjon av bruer"),
        ("SCADA for vann og avløp", "Driftskontrollsystem for VA"),
        # terms added to existing families
        ("Sykkelhotell ved stasjonen", "Sykkelstativer"),
        ("Renovasjonsbeholdere", "Avfallsdunker"),
        ("Kombidampere til storkjøkkenet", "Storhusholdningsutstyr"),
        ("Styrkeapparater til treningsrommet", "Treningsapparater"),
        ("Kjøp av psykologtimer", "Psykologbistand"),
        ("Skraping av grusveier", "Veghøvling"),
        ("Skrivetolking", "Tolketjenester"),
        ("Læringsstøttesystem", "Læringsplattform"),
        ("Energiovervåking", "Energioppfølgingssystem"),
    ],
)
def test_the_same_need_in_other_words_meets(text_a: str, text_b: str) -> None:
    assert_one_family(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Flomsperrer", "Nødvanntanker"),
        ("Utrykningsbekledning", "Arbeidstøy"),
        ("Støymålinger", "Måling av svevestøv"),
        ("Luftkvalitetsmåling", "Inneklimamåling"),
        ("Overvåking av vassdrag", "Drikkevannsanalyser"),
        ("Busskur", "Sykkelstativer"),
        ("Stibygging", "Turskilt"),
        ("Overfallsalarmer", "Trygghetsalarmer"),
        ("Tannregulering", "Tannhelsetjenester"),
        ("Datasletting", "Dokumentmakulering"),
        ("Skogplanter", "Sommerblomster"),
        ("Sykkelhotell", "Hotellovernatting"),
        ("Driftskontrollsystem for vann og avløp", "SD-anlegg for skoler og sykehjem"),
    ],
)
def test_a_neighbouring_need_stays_apart(text_a: str, text_b: str) -> None:
    assert_apart(text_a, text_b)
