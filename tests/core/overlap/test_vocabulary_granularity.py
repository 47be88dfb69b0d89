"""Need families at the level of one framework agreement or lot: lines written for these tests
(not taken from any plan) that must stay apart where municipalities buy two things in separate
agreements, and that must still meet when they are the same need written another way."""

from __future__ import annotations

import pytest
from overlap_helpers import explain_two


def _apart(text_a: str, text_b: str) -> None:
    why = explain_two(text_a, text_b)
    assert not why.passes, (text_a, text_b, why.score, why.evidence_for)
    assert any(e.startswith("Ulike behov") for e in why.evidence_against), (
        text_a,
        text_b,
        why.evidence_against,
    )


def _meet(text_a: str, text_b: str) -> None:
    why = explain_two(text_a, text_b)
    assert why.passes, (text_a, text_b, why.score, why.evidence_against)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # building lifts / ceiling hoists (care aids) / ski lifts
        ("Service og kontroll av heiser", "Service på takheiser og pasientløftere"),
        ("Skiheis – drift og service", "Heiskontroll i kommunale bygg"),
        # traffic signs / signs in buildings
        ("Trafikkskilt og skiltmateriell", "Dørskilt og navneskilt til rådhuset"),
        # security guards / baby scales («vekter» is also the plural of «vekt»)
        ("Babyvekter til helsestasjonen", "Vektertjenester og alarmoverføring"),
        # nappies for kindergartens / adult incontinence products
        ("Bleier til barnehagene", "Inkontinensprodukter til sykehjem og hjemmetjeneste"),
        # renting offices / renting modular buildings
        ("Leie av kontorlokaler", "Leie av modulbygg til skole"),
        # pool chemicals / water works chemicals
        ("Bassengkjemikalier til svømmehallen", "Fellingskjemikalier til renseanlegget"),
        # pellets / wood chips / district heating
        ("Pellets til pelletskjeler", "Flis til flisfyringsanlegget"),
        ("Fjernvarme til kommunale bygg", "Levering av pellets"),
        # fitted furniture from a joinery / carpentry on buildings
        ("Spesialinnredning og fast inventar", "Tømrer- og snekkertjenester"),
        # tyres / bridges
        ("Bildekk og dekkhotell", "Rehabilitering av brudekk og bruinspeksjon"),
        # computer screens / sun screens; work gloves / disposable gloves
        ("PC-skjermer og dokkingstasjoner", "Solskjerming og persienner"),
        ("Arbeidshansker og vernesko", "Engangshansker (nitrilhansker)"),
        # taxi / bus hire with driver
        ("Drosjetjenester", "Bussleie med sjåfør til turer"),
        # respite care / places in nursing homes
        ("Avlastning for barn og unge", "Kjøp av sykehjemsplasser"),
        # property insurance / personal insurance / pensions
        ("Tjenestepensjon", "Skadeforsikring"),
        # landscape architects are a lot of their own
        ("Landskapsarkitekt", "Arkitekttjenester"),
        # paint (goods) / painters; repairs of the fleet / leasing cars
        ("Maling og malerutstyr", "Malertjenester"),
        ("Verkstedtjenester for kommunens biler", "Leasing av tjenestebiler"),
        # IT security / guards; outdoor furniture / office furniture; plants / park upkeep
        ("IT-sikkerhetstjenester", "Vektertjenester"),
        ("Utemøbler og parkbenker", "Kontormøbler"),
        ("Sommerblomster og stauder", "Gressklipping og parkdrift"),
        # two trades under «håndverkertjenester»; burglar alarms / fire alarms
        ("Tømrertjenester", "Elektrikertjenester"),
        ("Innbruddsalarmer", "Brannalarmanlegg"),
        # a system for a service / the service itself; scanning archives / the archive system
        ("Fagsystem for barnevern", "Barneverntiltak"),
        ("Skanning av byggesaksarkiv", "Sak- og arkivsystem"),
        # SMS services / digital post; grooming ski trails / buying a groomer
        ("SMS-tjenester", "Digital post og utsending"),
        ("Løypekjøring", "Løypemaskin"),
        ("Snøscooter", "Traktor"),
        # running a canteen / catering for meetings; map data / property surveying
        ("Kantinedrift på rådhuset", "Catering og møtemat"),
        ("Oppmålingstjenester", "Geovekst kartdata"),
    ],
)
def test_needs_bought_in_separate_agreements_stay_apart(text_a: str, text_b: str) -> None:
    _apart(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        ("Heisservice i kommunale bygg", "Vedlikehold av personheiser"),
        ("Service på takheiser", "Kontroll av takheiser og løftere til sykehjem"),
        ("Trafikkskilt", "Vegskilt og sperremateriell"),
        ("Navneskilt og dørskilt", "Skilt i bygg"),
        ("Vektertjenester", "Vektere og vakthold"),
        ("Barnebleier", "Bleier til barnehager"),
        ("Inkontinensprodukter", "Inkontinensbleier til voksne"),
        ("Leie av modulbygg", "Paviljonger og brakkerigg"),
        ("Bassengkjemikalier", "Klor til bassengvann"),
        ("Pellets", "Trepellets"),
        ("Brenselflis", "Flis til flisfyringsanlegg"),
        ("Spesialinnredning", "Møbelsnekker – fast inventar"),
        ("Bruinspeksjon", "Inspeksjon og vedlikehold av bruer"),
        ("Rutere og svitsjer", "Nettverksutstyr"),
        ("Drosje", "Taxitjenester"),
        ("Turkjøring med buss", "Bussleie"),
        ("Tjenestepensjon", "Pensjonsordning for ansatte"),
        ("Sandfangtømming", "Tømming av sandfang og sluk"),
        ("Vindusvask", "Vindusrenhold"),
        ("Maler- og gulvleggerarbeid", "Malertjenester"),
        ("Stillasleie", "Stillas"),
        ("Service og reparasjon av kjøretøy", "Verkstedtjenester"),
        ("Nettsider", "Publiseringsløsning for kommunens nettsted"),
        ("Drosjetransport", "Taxitjenester"),
        ("Aviser og tidsskrifter", "Tidsskriftabonnement til biblioteket"),
        ("Innleie av gravemaskin med fører", "Maskinentreprenørtjenester"),
    ],
)
def test_the_same_need_written_another_way_still_meets(text_a: str, text_b: str) -> None:
    _meet(text_a, text_b)


@pytest.mark.parametrize(
    ("broad", "narrow"),
    [
        ("Håndverkertjenester", "Tømrertjenester"),
        ("Skilt", "Trafikkskilt"),
        ("Bleier", "Inkontinensprodukter"),
        ("Biobrensel", "Pellets"),
        ("Persontransport", "Drosjetjenester"),
        ("Kantine og catering", "Møtemat"),
        ("Kart og oppmåling", "Ortofoto og laserskanning"),
    ],
)
def test_a_line_that_names_only_the_wide_need_is_related_to_each_part(
    broad: str, narrow: str
) -> None:
    why = explain_two(broad, narrow)
    assert not any(e.startswith("Ulike behov") for e in why.evidence_against), (
        broad,
        narrow,
        why.evidence_against,
    )


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # nynorsk forms the dictionaries do not read as the bokmål word
        ("Vassmålarar", "Vannmålere"),
        ("Brannsløkkjarar", "Brannslukkere"),
        ("Byggjeleiing", "Byggeledelse"),
        ("Prosjektleiing", "Prosjektledelse"),
        ("Omsetjingstenester", "Oversettelse"),
        ("Tømming av slamavskiljarar", "Slamtømming"),
        ("Gatesopping", "Gatefeiing"),
        ("Avlasting for born og unge", "Avlastning for barn"),
        ("Informasjonstryggleik", "IT-sikkerhet"),
        ("Spesialinnreiing", "Spesialinnredning"),
        # English lines
        ("Payroll system", "Lønnssystem"),
        ("Cloud services", "Skytjenester"),
        ("Hearing aids", "Høreapparater"),
    ],
)
def test_common_ways_of_writing_a_need_are_known(text_a: str, text_b: str) -> None:
    _meet(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # «office 365» was read as «kontor» (the catalogue's word for «office»)
        ("Office chairs", "Microsoft 365-lisenser"),
        # «ved + fyring» lost «ved» (a small word) and became «fyring»
        ("Oljefyring i skolene", "Fyringsved"),
        # «senger» is read as «sang» by the dictionary
        ("Korsang", "Pleiesenger"),
        # «vekter» and «vektere» are both read as the guard: only compounds name guarding
        ("Kroppsvekter og personvekter", "Vektertjenester"),
    ],
)
def test_terms_that_were_read_as_another_word_no_longer_pool(text_a: str, text_b: str) -> None:
    why = explain_two(text_a, text_b)
    assert not why.passes, (text_a, text_b, why.score, why.evidence_for)
    assert not any(e.startswith("Samme behov") for e in why.evidence_for), why.evidence_for


def test_property_and_personal_insurance_are_one_need_to_pool() -> None:
    # bought as two lots of one competition: a coordinator pools them
    _meet("Skadeforsikring for bygg og kjøretøy", "Personforsikringer for ansatte")
    _meet("Forsikringer – skade og person", "Skadeforsikringer – eiendom og ansvar")
