"""Needs municipalities buy again and again, sector by sector (vocabulary round 12).

The needs were chosen by going through the municipal sectors (oppvekst, helse og omsorg, NAV,
teknisk, kultur, administrasjon) and writing, for each need bought again and again, the words
officers use for it; a family (or a term in an existing one) was added where the wordings did
not meet. Each is tested with a pair of wordings that now meet and a neighbouring need that must
still part. The lines are written for these tests: no corpus or notice uses them."""

from __future__ import annotations

import pytest
from overlap_helpers import assert_apart, assert_one_family


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # new families
        ("Leirskoleopphold for 6. trinn", "Leirskule for sjuande klasse"),
        ("Logoped for førskolebarn", "Logopedisk oppfølging etter hjerneslag"),
        ("Sondeernæring til beboere", "Næringsdrikker og kosttilskudd"),
        ("Heimesjukepleie i brukarval", "Helsetjenester i hjemmet"),
        ("Tilsynslege til bo- og omsorgssenter", "Sykehjemslegetjeneste"),
        ("Behandlingsplasser for rusavhengige", "Rusomsorg i institusjon"),
        ("Kjøp av VTA-plasser", "Varig tilrettelagt arbeid i vekstbedrift"),
        ("Båretransport etter dødsfall", "Begravelsesbyrå"),
        ("Nytt biblioteksystem", "Library management system"),
        ("Fysioterapeut til korttidsavdelingen", "Fysioterapitjenester"),
        ("Influensavaksine til risikogrupper", "Vaksiner"),
        ("Frisør for beboere på sjukeheimen", "Frisørtjenester"),
        ("Servicedesk for skolene", "IT-brukerstøtte"),
        ("Dagaktivitetstilbud for heimebuande med demens", "Dagsenterplasser"),
        ("Rusmiddeltesting", "Analyse av urinprøver"),
        ("Tilsyn med kloakkpumpestasjoner", "Service på avløpspumper"),
        # terms added to existing families
        ("Fotterapeut i hjemmetjenesten", "Fotpleie"),
        ("Multidosepakking av legemidler", "Apotektjenester til sykehjem"),
        ("Stomiutstyr", "Sykepleieartikler"),
        ("Ledertrening for mellomledere", "Lederutviklingsprogram"),
        ("Dokumentkamera til klasserom", "Interaktive tavler"),
        ("Beredskapsøvelse for kriseledelsen", "Beredskapsplanlegging"),
        ("E-bøker til folkebiblioteket", "Bibliotekmedier"),
        ("Lekkasjekartlegging på vannledningsnettet", "Lekkasjesøk"),
        ("Kantklipping langs kommunale veier", "Kantslått"),
        ("Lapping av hull i kommunale veier", "Asfaltlapping"),
        ("Entrematter med utskifting", "Matteservice"),
        ("Bedriftslege", "Bedriftshelsetjeneste"),
        ("Kontorpulter", "Kontorstoler"),
        ("Strømpeforing av spillvannsledninger", "Relining av avløpsrør"),
        ("Tømming av fettutskillere", "Slamtømming"),
        ("Sykehjemssenger", "Pleiesenger"),
        ("Reiseregningssystem", "Økonomisystem"),
        # round 13: needs round 12 left without a family, and words that did not meet
        ("Ergoterapeut til korttidsavdelingen", "Ergoterapitjenester"),
        ("Sakkunnig vurdering av elevar", "PPT-tjenester"),
        ("Pedagogisk-psykologisk tjeneste", "Sakkyndige vurderinger"),
        ("Sommarleir for ungdom", "Ferietilbud for barn og unge"),
        ("Konsertar i kulturhuset", "Artistbooking"),
        ("Pianostemming", "Stemming av flygel"),
        ("Arkivesker", "Arkivmateriell"),
        ("Utskifting av vannledninger", "Fornyelse av vannledningsnett"),
        ("Rehabilitering av vannledninger", "Sanering av vannledninger"),
        ("Låssmedtjenester", "Låsesmed"),
        ("Mediemonitorering", "Medieovervåking"),
        ("Kriseledelsesverktøy", "Krisestøtteverktøy"),
        ("Parkeringshåndhevelse", "Parkeringskontroll"),
    ],
)
def test_the_same_sector_need_in_other_words_meets(text_a: str, text_b: str) -> None:
    assert_one_family(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # a school camp is not school transport
        ("Leirskoleopphold for 6. trinn", "Skoleskyss"),
        # speech therapy is not a psychologist, nor physiotherapy
        ("Logoped for førskolebarn", "Psykologtjenester"),
        ("Logoped for førskolebarn", "Fysioterapitjenester"),
        # clinical nutrition is not food for the kitchen
        ("Sondeernæring til beboere", "Matvarer til institusjonskjøkken"),
        # home nursing is not practical help at home, nor nursing-home places
        ("Heimesjukepleie i brukarval", "Hjemmehjelp"),
        ("Heimesjukepleie i brukarval", "Sykehjemsplasser"),
        # a nursing-home doctor is not the out-of-hours service, nor occupational health
        ("Tilsynslege til bo- og omsorgssenter", "Legevakt"),
        ("Tilsynslege til bo- og omsorgssenter", "Bedriftslege"),
        # addiction treatment is not child-welfare institutions
        ("Behandlingsplasser for rusavhengige", "Barnevernsinstitusjon"),
        # sheltered work is not the transport to it, nor introduction programmes
        ("Kjøp av VTA-plasser", "Transport til arbeidssenter"),
        ("Kjøp av VTA-plasser", "Introduksjonsprogram"),
        # funeral services are not running the cemetery
        ("Båretransport etter dødsfall", "Drift av gravplasser"),
        # the library system is not the library's books nor its self-service machines
        ("Nytt biblioteksystem", "Bibliotekmedier"),
        ("Nytt biblioteksystem", "Utlånsautomater"),
        # vaccines are not vaccination services, nor medicines in general
        ("Influensavaksine til risikogrupper", "Koronatesting"),
        ("Influensavaksine til risikogrupper", "Legemidler"),
        # a hairdresser is not foot care
        ("Frisør for beboere på sjukeheimen", "Fotpleie"),
        # a service desk is not running the servers or the cloud, nor a case system
        ("Servicedesk for skolene", "Sikkerhetskopiering og skytjenester"),
        ("Servicedesk for skolene", "Sak- og arkivsystem"),
        # a day centre is not the transport to it, nor respite care
        ("Dagaktivitetstilbud for heimebuande med demens", "Transport til dagsenter"),
        ("Dagaktivitetstilbud for heimebuande med demens", "Avlastning"),
        # drug tests are not covid tests nor water samples
        ("Rusmiddeltesting", "Koronatesting"),
        ("Rusmiddeltesting", "Drikkevannsanalyser"),
        # sewage pumps are not heat pumps, nor the water works
        ("Service på avløpspumper", "Service på varmepumper"),
        ("Service på avløpspumper", "Drift av vannverk"),
        # a document camera is not a PC
        ("Dokumentkamera til klasserom", "Bærbare PC-er"),
        # emptying grease traps is not refuse collection; travel expenses are not travel
        ("Tømming av fettutskillere", "Innsamling av husholdningsavfall"),
        ("Reiseregningssystem", "Reisebyråtjenester"),
        # mats are not work clothes
        ("Entrematter med utskifting", "Arbeidsklær"),
        # occupational therapy is not physiotherapy; PPT is not a psychologist
        ("Ergoterapeut til korttidsavdelingen", "Fysioterapeut"),
        ("PPT-tjenester", "Psykologtjenester"),
        # a summer camp is not a school camp
        ("Sommerleir", "Leirskoleopphold"),
        # artists are not the sound and light for them; tuning is not buying instruments
        ("Kulturarrangementer", "Lyd og lys til konserter"),
        ("Pianostemming", "Musikkinstrumenter"),
        # archive boxes are not the archive system nor its digitisation
        ("Arkivmateriell", "Sak- og arkivsystem"),
        ("Arkivmateriell", "Arkivdigitalisering"),
        # renewing water mains is not asbestos removal nor resurfacing
        ("Sanering av vannledninger", "Asbestsanering"),
        ("Fornyelse av slitelag", "Fornyelse av vannledningsnett"),
        # a crisis management tool is not hand tools
        ("Kriseledelsesverktøy", "Håndverktøy"),
        # parking wardens are not parking meters, nor security guards
        ("Parkeringshåndhevelse", "Parkeringsautomater"),
        ("Parkeringsvakter", "Vektertjenester"),
    ],
)
def test_a_sector_need_stays_apart_from_its_neighbours(text_a: str, text_b: str) -> None:
    assert_apart(text_a, text_b)
