"""Needs municipalities buy again and again, a fourth sector pass: the technical sectors (families17).

The needs were chosen by going through the technical sectors once more (teknisk drift, VA,
eiendom, samferdsel, landbruk, miljø og avfall, beredskap og brann, mat og kantine) for the
small recurring purchases the first three passes did not reach (lekkasjesøk, gravminner,
kjørebok, ugras, lynvern, fuktkartlegging, bestillingstransport, plantejord, Miljøfyrtårn,
skogsdrift, gjødsel, hundeposer, røykvarslere, redningsvester, tilfluktsrom, brannvernkurs,
hygienekurs, frysevarer, kjøkkenservice, servise, oppvaskmidler) and for the wordings officers
use that existing families did not know. Their wordings in ``scripts/sector_wordings.tsv`` (fifth
batch) were written before the families were added. The lines here are other wordings, written
for these tests: no corpus or notice uses them. Each new family is tested with a pair that now
meets, and a neighbouring need that must still part."""

from __future__ import annotations

import pytest
from overlap_helpers import assert_apart, assert_one_family


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # new families
        ("Lekkasjelytting på hovedledninger", "Lekkasjesporing"),
        ("Gravminnesikring", "Oppretting av gravminner på gravplassene"),
        ("Kjørebøker til tjenestebilene", "Elektronisk kjørebok"),
        ("Ugrasbrenning på fortau", "Ugressbekjempelse"),
        ("Lynavledere på kirkene", "Lynvernanlegg"),
        ("Fuktmålinger i barnehager", "Muggsoppkartlegging"),
        ("Servicebuss for eldre", "Bestillingstransport"),
        ("Blomsterjord", "Jordblandinger til bed"),
        ("Resertifisering av Miljøfyrtårn", "Miljøsertifisering"),
        ("Tømmerhogst i kommuneskogen", "Skogsdrift"),
        ("Kunstgjødsel til fotballbanene", "Gjødsling"),
        ("Hundeposedispensere", "Hundeposer"),
        ("Røykdetektorer til omsorgsboliger", "Røykvarslere"),
        ("Flytedresser til brannvesenet", "Redningsvester"),
        ("Kontroll av tilfluktsrommene", "Tilfluktsrom"),
        ("Slukkeøvelser for ansatte", "Brannvernopplæring"),
        ("Kurs i næringsmiddelhygiene", "Matsikkerhetskurs"),
        ("Dypfrysevarer", "Frosne matvarer"),
        ("Storkjøkkenservice", "Reparasjon av oppvaskmaskiner"),
        ("Porselen til kantina", "Servise og bestikk"),
        ("Oppvaskkjemikalier", "Maskinoppvaskmiddel"),
        # terms added to existing families
        ("Snøstikker", "Brøytestikker"),
        ("Skiftematter", "Entrématter"),
        ("Boning av gulv", "Periodisk renhold"),
        ("Istappfjerning", "Takmåking"),
        ("Elbilladere", "Ladestasjoner"),
        ("Solkraftverk", "Solcellepaneler"),
        ("Bergvarmepumper", "Varmepumper"),
        ("Kortlesere", "Adgangskontroll"),
        ("Hovedplan for vannforsyning", "VA-plan"),
        ("Kvist og greiner", "Hageavfall"),
        ("Bakeriprodukter", "Brødleveranse"),
        ("Seafood", "Sjømat"),
        ("Vaktsentral", "Alarmmottak"),
        ("Bilpleie", "Bilvask"),
        ("Kosting av fortau", "Gaterenhold"),
        ("Hekkeklipping", "Beskjæring av hekker"),
        ("Graving av graver", "Gravearbeid på gravplassen"),
        ("Bossinnsamling", "Avfallsinnsamling"),
        ("Pusteluftapparater", "Røykdykkerutstyr"),
    ],
)
def test_the_same_need_in_other_words_meets(text_a: str, text_b: str) -> None:
    assert_one_family(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Lekkasjesporing", "TV-inspeksjon av avløpsledninger"),
        ("Gravminnesikring", "Gravpleie"),
        ("Kjørebøker", "Leasing av tjenestebiler"),
        ("Ugressbekjempelse", "Bekjempelse av fremmede arter"),
        ("Lynavledere", "Brannalarmanlegg"),
        ("Fuktmålinger", "Inneklimamåling"),
        ("Blomsterjord", "Sommerblomster"),
        ("Kunstgjødsel", "Plantejord"),
        ("Tømmerhogst", "Skogplanter"),
        ("Hundeposer", "Bioposer"),
        ("Røykdetektorer", "Brannalarmanlegg"),
        ("Flytedresser", "Arbeidsklær"),
        ("Slukkeøvelser", "Brannslukkere"),
        ("Kurs i næringsmiddelhygiene", "Førstehjelpskurs"),
        ("Dypfrysevarer", "Fisk og sjømat"),
        ("Storkjøkkenservice", "Storkjøkkenutstyr"),
        ("Porselen", "Engangsservise"),
        ("Oppvaskkjemikalier", "Renholdsprodukter"),
        ("Istappfjerning", "Brøyting"),
        ("Solkraftverk", "Kraftleveranse"),
        ("Hekkeklipping", "Trefelling"),
        ("Beskjæring av hekker", "Beskjæring av trær"),
    ],
)
def test_a_neighbouring_need_stays_apart(text_a: str, text_b: str) -> None:
    assert_apart(text_a, text_b)
