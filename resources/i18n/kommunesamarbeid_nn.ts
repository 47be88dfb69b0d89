<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name>AddLineDialog</name>
    <message>
        <source>Legg til linje i overlapp nr. {id}</source>
        <translation>Legg til linje i overlapp nr. {id}</translation>
    </message>
    <message>
        <source>Velg én eller flere linjer å legge til i «{title}». Listen viser aktive linjer som ikke er med i et åpent overlapp.</source>
        <translation>Vel éi eller fleire linjer du vil leggje til i «{title}». Lista viser aktive linjer som ikkje er med i eit ope overlapp.</translation>
    </message>
    <message>
        <source>Søk etter linje</source>
        <translation>Søk etter linje</translation>
    </message>
    <message>
        <source>Linjer som kan legges til</source>
        <translation>Linjer som kan leggjast til</translation>
    </message>
    <message>
        <source>Legg til</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Viser {shown} av {total} linjer</source>
        <translation>Viser {shown} av {total} linjer</translation>
    </message>
    <message>
        <source> – ingen ledige linjer passer søket. En linje som er med i et annet åpent overlapp, må tas ut der først.</source>
        <translation> – ingen ledige linjer passar til søket. Ei linje som er med i eit anna ope overlapp, må takast ut der først.</translation>
    </message>
    <message>
        <source>Legg til linjer i forslaget</source>
        <translation>Legg til linjer i framlegget</translation>
    </message>
    <message>
        <source>Velg én eller flere planlagte anskaffelser. En linje fra en kommune som ikke er med ennå, gjør kommunen til deltaker.</source>
        <translation>Vel éi eller fleire planlagde anskaffingar. Ei linje frå ein kommune som ikkje er med enno, gjer kommunen til deltakar.</translation>
    </message>
    <message>
        <source>Søk i beskrivelse, CPV, kilde …</source>
        <translation>Søk i skildring, CPV, kjelde …</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Alle kommuner</source>
        <translation>Alle kommunar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Finner overlapp …</source>
        <translation>Leitar etter overlapp …</translation>
    </message>
    <message>
        <source>Laster inn demodata …</source>
        <translation>Lastar inn demodata …</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>Avbryt</source>
        <extracomment>Emitted after anything changed data (import, detection, edits): pages refresh. Emitted when another database was opened.</extracomment>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BasicsTabMixin</name>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Hva skal kjøpes, og hvorfor sammen?</source>
        <translation>Kva skal kjøpast inn, og kvifor saman?</translation>
    </message>
    <message>
        <source>Vertskommune</source>
        <translation>Vertskommune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bare statusendringene som er lov herfra, vises.</source>
        <translation>Berre dei statusendringane som er lov herifrå, vert viste.</translation>
    </message>
    <message>
        <source>Rammeavtale</source>
        <translation>Rammeavtale</translation>
    </message>
    <message>
        <source>Avtaleperiode i år</source>
        <translation>Avtaleperiode i år</translation>
    </message>
    <message>
        <source> år</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Fra linjene</source>
        <translation>Frå linjene</translation>
    </message>
    <message>
        <source>Opsjoner i år</source>
        <translation>Opsjonar i år</translation>
    </message>
    <message>
        <source>Kontraktstype</source>
        <translation>Kontraktstype</translation>
    </message>
    <message>
        <source>Maksimal verdi for rammeavtalen</source>
        <translation>Maksimal verdi for rammeavtalen</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Lik anslått verdi</source>
        <translation>Lik anslått verdi</translation>
    </message>
    <message>
        <source>En rammeavtale må oppgi både anslått og maksimal verdi, og er brukt opp når maksimal verdi er nådd.</source>
        <translation>Ein rammeavtale må oppgje både anslått og maksimal verdi, og er brukt opp når den maksimale verdien er nådd.</translation>
    </message>
    <message>
        <source>Satt</source>
        <translation>Sett</translation>
    </message>
    <message>
        <source>Planlagt kunngjøring</source>
        <translation>Planlagd kunngjering</translation>
    </message>
    <message>
        <source>Planlagt kontraktsstart</source>
        <translation>Planlagd kontraktsstart</translation>
    </message>
    <message>
        <source>&amp;Tittel</source>
        <translation>&amp;Tittel</translation>
    </message>
    <message>
        <source>&amp;Behov</source>
        <translation>&amp;Behov</translation>
    </message>
    <message>
        <source>&amp;Vertskommune</source>
        <translation>&amp;Vertskommune</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Kontraktstype</source>
        <translation>&amp;Kontraktstype</translation>
    </message>
    <message>
        <source>&amp;Maksimal verdi</source>
        <translation>&amp;Maksimal verdi</translation>
    </message>
    <message>
        <source>Avtale&amp;periode</source>
        <translation>Avtale&amp;periode</translation>
    </message>
    <message>
        <source>&amp;Opsjoner</source>
        <translation>&amp;Opsjonar</translation>
    </message>
    <message>
        <source>Planlagt &amp;kunngjøring</source>
        <translation>Planlagd &amp;kunngjering</translation>
    </message>
    <message>
        <source>Planlagt kontrakts&amp;start</source>
        <translation>Planlagd kontrakts&amp;start</translation>
    </message>
    <message>
        <source>Verdien regnes for hele perioden inkludert opsjoner. «Fra linjene» betyr den lengste perioden i linjene, så forslaget ikke blir lavere enn planene. Kunngjøring og kontraktsstart følger milepælene i tidsplanen.</source>
        <translation>Verdien vert rekna for heile perioden medrekna opsjonar. «Frå linjene» tyder den lengste perioden i linjene, slik at framlegget ikkje vert lågare enn planane. Kunngjering og kontraktsstart følgjer milepælane i tidsplanen.</translation>
    </message>
    <message>
        <source>«Fra linjene»: den lengste perioden i linjene, med opsjoner. Nå: {period}</source>
        <translation>«Frå linjene»: den lengste perioden i linjene, med opsjonar. No: {period}</translation>
    </message>
    <message>
        <source>(ikke valgt)</source>
        <translation>(ikkje vald)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Kontroll</source>
        <extracomment>Columns offered in the column step (a plan of 200 columns can have its fields anywhere).</extracomment>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>En prøvekjøring viser hva importen vil gjøre. Ingenting er lagret ennå: trykk «Importer» for å lagre.</source>
        <translation>Ei prøvekøyring viser kva importen vil gjere. Ingenting er lagra enno: trykk «Importer» for å lagre.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Resultat av prøvekjøringen</source>
        <translation>Resultat av prøvekøyringa</translation>
    </message>
    <message>
        <source>Kjør kontrollen på nytt</source>
        <translation>Køyr kontrollen på nytt</translation>
    </message>
    <message>
        <source>Problemer i filen</source>
        <translation>Problem i fila</translation>
    </message>
    <message>
        <source>Rader som hoppes over</source>
        <translation>Rader som vert hoppa over</translation>
    </message>
    <message>
        <source>Problemer og rader som hoppes over</source>
        <translation>Problem og rader som vert hoppa over</translation>
    </message>
    <message>
        <source>Importere likevel?</source>
        <translation>Importere likevel?</translation>
    </message>
    <message>
        <source>{summary}

Det skjer oftest når kolonnene er tilordnet feil eller filen er en annen plan. Linjer som trekkes tilbake, slettes ikke, og kommer tilbake om de finnes i en senere import.

Vil du importere likevel?</source>
        <translation>{summary}

Det skjer oftast når kolonnane er kopla til feil felt, eller når fila er ein annan plan. Linjer som vert trekte tilbake, vert ikkje sletta, og kjem tilbake om dei finst i ein seinare import.

Vil du importere likevel?</translation>
    </message>
    <message>
        <source>Importer likevel</source>
        <translation>Importer likevel</translation>
    </message>
    <message>
        <source>Ikke importer</source>
        <translation>Ikkje importer</translation>
    </message>
    <message>
        <source>Prøvekjører importen …</source>
        <translation>Prøvekøyrer importen …</translation>
    </message>
    <message>
        <source>Kommune: &lt;b&gt;{name}&lt;/b&gt;{new}.</source>
        <translation>Kommune: &lt;b&gt;{name}&lt;/b&gt;{new}.</translation>
    </message>
    <message>
        <source> (ny, legges til)</source>
        <translation> (ny, vert lagt til)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n} med feil blir ikke importert&lt;/b&gt; (markert med rødt). Rett feilene i regnearket og importer på nytt, eller importer resten nå.</source>
        <translation>&lt;b&gt;{n} med feil kjem ikkje med i importen&lt;/b&gt; (merka med raudt). Rett feila i reknearket og importer på nytt, eller importer resten no.</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>{n}: linjene importeres, men sjekk verdiene.</source>
        <translation>{n}: linjene vert importerte, men sjekk verdiane.</translation>
    </message>
    <message>
        <source>advarsel</source>
        <translation>åtvaring</translation>
    </message>
    <message>
        <source>advarsler</source>
        <translation>åtvaringar</translation>
    </message>
    <message>
        <source>Ingen feil eller advarsler.</source>
        <translation>Ingen feil eller åtvaringar.</translation>
    </message>
    <message>
        <source>{n} linjer som kommunen har fra før, finnes ikke i filen og blir merket som trukket tilbake (ikke slettet).</source>
        <translation>{n} linjer som kommunen har frå før, finst ikkje i fila og vert merka som trekte tilbake (ikkje sletta).</translation>
    </message>
    <message>
        <source>Kontroller kolonnene. Du blir spurt før noe importeres.</source>
        <translation>Kontroller kolonnane. Du vert spurd før noko vert importert.</translation>
    </message>
    <message>
        <source>Kontrollen ble avbrutt. Ingenting er endret.</source>
        <translation>Kontrollen vart avbroten. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Planen kan ikke importeres slik den er valgt nå.</source>
        <translation>Planen kan ikkje importerast slik den er vald no.</translation>
    </message>
    <message>
        <source>Feil og advarsler ({n})</source>
        <translation>Feil og åtvaringar ({n})</translation>
    </message>
    <message>
        <source>Rader som hoppes over ({n})</source>
        <translation>Rader som vert hoppa over ({n})</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Kolonner</source>
        <translation>Kolonnar</translation>
    </message>
    <message>
        <source>Sjekk hvilken kolonne som hører til hvert felt. Lav sikkerhet er markert med oransje. Feltene du endrer, huskes for kommunen til neste import; de andre følger det som gjenkjennes i overskriften.</source>
        <translation>Sjekk kva kolonne som høyrer til kvart felt. Låg tryggleik er merkt med oransje. Felta du endrar, vert hugsa for kommunen til neste import; dei andre følgjer det som vert kjent att i overskrifta.</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Kolonne i arket</source>
        <translation>Kolonne i arket</translation>
    </message>
    <message>
        <source>Sikkerhet</source>
        <translation>Sikkerheit</translation>
    </message>
    <message>
        <source>Kolonne for {field}</source>
        <translation>Kolonne for {field}</translation>
    </message>
    <message>
        <source>Kolonnetilordning</source>
        <translation>Kolonnar og felt</translation>
    </message>
    <message>
        <source>Forhåndsvisning av de første linjene</source>
        <translation>Førehandsvising av dei første linjene</translation>
    </message>
    <message>
        <source>&lt;b&gt;Slik leses de første linjene:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Slik vert dei første linjene lesne:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Glem kolonnevalgene som er husket</source>
        <translation>Gløym kolonnevala som er hugsa</translation>
    </message>
    <message>
        <source>Glem kolonnevalgene som er husket for kommunen og disse overskriftene</source>
        <translation>Gløym kolonnevala som er hugsa for kommunen og desse overskriftene</translation>
    </message>
    <message>
        <source>Leser arket …</source>
        <translation>Les arket …</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Kolonnene er gjenkjent ut fra overskriften på rad {rows}, og det du rettet ved forrige import for {name}, er brukt igjen (merket «husket»).</source>
        <translation>Kolonnane er kjende att ut frå overskrifta på rad {rows}, og det du retta ved førre import for {name}, er brukt att (merkt «hugsa»).</translation>
    </message>
    <message>
        <source>Kolonnene er gjenkjent ut fra overskriften på rad {rows}.</source>
        <translation>Kolonnane er kjende att ut frå overskrifta på rad {rows}.</translation>
    </message>
    <message>
        <source>endret av deg</source>
        <translation>endra av deg</translation>
    </message>
    <message>
        <source>husket</source>
        <translation>hugsa</translation>
    </message>
    <message>
        <source> – sjekk</source>
        <translation> – sjekk</translation>
    </message>
    <message>
        <source>Velg kolonnen for «{field}»: uten den kan ingen linjer leses.</source>
        <translation>Vel kolonnen for «{field}»: utan den kan ingen linjer lesast.</translation>
    </message>
    <message>
        <source>Kolonne {col} er valgt både for «{a}» og «{b}».</source>
        <translation>Kolonne {col} er vald både for «{a}» og «{b}».</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Vil du hente inn det som er lagret nå? Endringene dine som ikke ble lagret, står under «Vis detaljer» og i et eget vindu etterpå, så du kan kopiere dem.</source>
        <translation>Vil du hente inn det som er lagra no? Endringane dine som ikkje vart lagra, står under «Vis detaljar» og i eit eige vindauge etterpå, så du kan kopiere dei.</translation>
    </message>
    <message>
        <source>Vil du hente inn det som er lagret nå?</source>
        <translation>Vil du hente inn det som er lagra no?</translation>
    </message>
    <message>
        <source>Hent inn på nytt</source>
        <translation>Hent inn på nytt</translation>
    </message>
    <message>
        <source>Fortsett å redigere</source>
        <translation>Hald fram med å redigere</translation>
    </message>
    <message>
        <source>Endringene dine som ikke ble lagret</source>
        <translation>Endringane dine som ikkje vart lagra</translation>
    </message>
    <message>
        <source>Det som er lagret nå, er hentet inn. Dette er endringene du hadde gjort; kopier det du vil beholde, og lagre på nytt.</source>
        <translation>Det som er lagra no, er henta inn. Dette er endringane du hadde gjort; kopier det du vil behalde, og lagre på nytt.</translation>
    </message>
    <message>
        <source>Endringer som ikke ble lagret</source>
        <translation>Endringar som ikkje vart lagra</translation>
    </message>
    <message>
        <source>Kopier alt</source>
        <translation>Kopier alt</translation>
    </message>
    <message>
        <source>Kan ikke lagre</source>
        <translation>Kan ikkje lagre</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Skriv f.eks. 01.03.2027, 1.3.27 eller 2027-03-01</source>
        <translation>Skriv t.d. 01.03.2027, 1.3.27 eller 2027-03-01</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Avbrutt</source>
        <translation>Avbrote</translation>
    </message>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil i programmet. Arbeidet ditt er lagret til og med forrige fullførte handling.

Feilen er skrevet til loggfilen i {log_dir}. Kopier detaljene nedenfor hvis du melder fra om feilen.</source>
        <translation>Det oppstod ein uventa feil i programmet. Arbeidet ditt er lagra til og med den førre fullførte handlinga.

Feilen er skriven til loggfila i {log_dir}. Kopier detaljane nedanfor dersom du melder frå om feilen.</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Hvorfor er disse ikke sammen?</source>
        <translation>Kvifor er ikkje desse saman?</translation>
    </message>
    <message>
        <source>Velg to linjer (hold Ctrl nede for den andre). Du ser hva som taler for og mot at de er samme behov, og hva som ville gjort dem til ett overlapp.</source>
        <translation>Vel to linjer (hald Ctrl nede for den andre). Du ser kva som talar for og mot at dei er same behov, og kva som ville gjort dei til eitt overlapp.</translation>
    </message>
    <message>
        <source>Linjer å sammenligne</source>
        <translation>Linjer å samanlikne</translation>
    </message>
    <message>
        <source>Forklaring</source>
        <translation>Forklaring</translation>
    </message>
    <message>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Velg nøyaktig to linjer ({n} valgt).</source>
        <translation>Vel nøyaktig to linjer ({n} valde).</translation>
    </message>
    <message>
        <source>Linjene {a} og {b} er i samme overlapp.</source>
        <translation>Linjene {a} og {b} er i same overlapp.</translation>
    </message>
    <message>
        <source>Linjene {a} og {b} er ikke i samme overlapp.</source>
        <translation>Linjene {a} og {b} er ikkje i same overlapp.</translation>
    </message>
    <message>
        <source>Likhet {score} (terskel {threshold}).</source>
        <translation>Likskap {score} (terskel {threshold}).</translation>
    </message>
    <message>
        <source>Taler for</source>
        <translation>Talar for</translation>
    </message>
    <message>
        <source>Taler mot</source>
        <translation>Talar mot</translation>
    </message>
    <message>
        <source>Dette ville gjort dem til et overlapp</source>
        <translation>Dette ville gjort dei til eit overlapp</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Velg fil</source>
        <translation>Vel fil</translation>
    </message>
    <message>
        <source>Anskaffelsesplanen som skal importeres: Excel (.xlsx, .xlsm) eller CSV.</source>
        <translation>Anskaffingsplanen som skal importerast: Excel (.xlsx, .xlsm) eller CSV.</translation>
    </message>
    <message>
        <source>Filen som skal importeres</source>
        <translation>Fila som skal importerast</translation>
    </message>
    <message>
        <source>Velg en fil med «Bla …» eller lim inn stien</source>
        <translation>Vel ei fil med «Bla …» eller lim inn stien</translation>
    </message>
    <message>
        <source>Bla …</source>
        <translation>Bla …</translation>
    </message>
    <message>
        <source>Bla etter filen</source>
        <translation>Bla etter fila</translation>
    </message>
    <message>
        <source>Resultat av lesingen</source>
        <translation>Resultat av lesinga</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Importer anskaffelsesplan</source>
        <translation>Importer anskaffingsplan</translation>
    </message>
    <message>
        <source>Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</source>
        <translation>Rekneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Leser «{name}» …</source>
        <translation>Les «{name}» …</translation>
    </message>
    <message>
        <source>Lesingen ble avbrutt. Velg filen på nytt for å prøve igjen.</source>
        <translation>Lesinga vart avbroten. Vel fila på nytt for å prøve igjen.</translation>
    </message>
    <message>
        <source>Leser filen …</source>
        <translation>Les fila …</translation>
    </message>
    <message>
        <source>Ser etter planen i arkene …</source>
        <translation>Ser etter planen i arka …</translation>
    </message>
    <message>
        <source>Filen kan ikke importeres.</source>
        <translation>Fila kan ikkje importerast.</translation>
    </message>
    <message>
        <source>CSV-fil (tegnsett {enc}, skilletegn «{sep}»).</source>
        <translation>CSV-fil (teiknsett {enc}, skiljeteikn «{sep}»).</translation>
    </message>
    <message>
        <source>Excel-fil med {n} ark.</source>
        <translation>Excel-fil med {n} ark.</translation>
    </message>
    <message>
        <source> i arket «{sheet}»</source>
        <translation> i arket «{sheet}»</translation>
    </message>
    <message>
        <source>Fant {n} planlinjer{where}, med overskrift på rad {rows}.</source>
        <translation>Fann {n} planlinjer{where}, med overskrift på rad {rows}.</translation>
    </message>
    <message>
        <source>Trykk «Neste» for å kontrollere og importere.</source>
        <translation>Trykk «Neste» for å kontrollere og importere.</translation>
    </message>
    <message>
        <source>Du kan likevel gå videre og peke ut overskriftsraden og kolonnene selv.</source>
        <translation>Du kan likevel gå vidare og peike ut overskriftsrada og kolonnane sjølv.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Kandidat</source>
        <extracomment>Status → (marker, label). The marker carries the status without colour.</extracomment>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Bekreftet</source>
        <translation>Stadfesta</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Overlapp nr. {id}</source>
        <translation>Overlapp nr. {id}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overlapp</source>
        <translation>Overlapp</translation>
    </message>
    <message>
        <source>Kommuner</source>
        <translation>Kommunar</translation>
    </message>
    <message>
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Samlet verdi</source>
        <translation>Samla verdi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>{status} – endret av bruker</source>
        <translation>{status} – endra av brukar</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source> – trukket fra planen</source>
        <translation> – trekt ut av planen</translation>
    </message>
    <message>
        <source> (tatt ut)</source>
        <translation> (teken ut)</translation>
    </message>
    <message>
        <source> (lagt til)</source>
        <translation> (lagt til)</translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Overskriftsrad</source>
        <translation>Overskriftsrad</translation>
    </message>
    <message>
        <source>Raden med kolonnenavnene er markert med blått. Grå rader (tittel, seksjon, sum, merknad) blir ikke importert.</source>
        <translation>Rada med kolonnenamna er merka med blått. Grå rader (tittel, seksjon, sum, merknad) vert ikkje importerte.</translation>
    </message>
    <message>
        <source>Forhåndsvisning av arket</source>
        <translation>Førehandsvising av arket</translation>
    </message>
    <message>
        <source>Bruk valgt rad som overskriftsrad</source>
        <translation>Bruk vald rad som overskriftsrad</translation>
    </message>
    <message>
        <source>Finn overskriften automatisk</source>
        <translation>Finn overskrifta automatisk</translation>
    </message>
    <message>
        <source>Leser arket …</source>
        <translation>Les arket …</translation>
    </message>
    <message>
        <source>valgt av deg</source>
        <translation>vald av deg</translation>
    </message>
    <message>
        <source>funnet automatisk</source>
        <translation>funnen automatisk</translation>
    </message>
    <message>
        <source>Overskrift på rad {rows} ({how}): {lines}, {skipped} hoppes over. Er det feil rad, merk riktig rad og trykk «Bruk valgt rad som overskriftsrad».</source>
        <translation>Overskrift på rad {rows} ({how}): {lines}, {skipped} vert hoppa over. Er det feil rad, merk rett rad og trykk «Bruk vald rad som overskriftsrad».</translation>
    </message>
    <message>
        <source>planlinje</source>
        <translation>planlinje</translation>
    </message>
    <message>
        <source>planlinjer</source>
        <translation>planlinjer</translation>
    </message>
    <message>
        <source>rad</source>
        <translation>rad</translation>
    </message>
    <message>
        <source>rader</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>Velg raden med kolonnenavnene og trykk «Bruk valgt rad som overskriftsrad».</source>
        <translation>Vel rada med kolonnenamna og trykk «Bruk vald rad som overskriftsrad».</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Planen lagres i databasen. Du kan avbryte underveis; da endres ingenting.</source>
        <translation>Planen vert lagra i databasen. Du kan avbryte undervegs; då vert ingenting endra.</translation>
    </message>
    <message>
        <source>Neste &gt;</source>
        <translation>Neste &gt;</translation>
    </message>
    <message>
        <source>Status for importen</source>
        <translation>Status for importen</translation>
    </message>
    <message>
        <source>Prøv igjen</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Prøv importen igjen</source>
        <translation>Prøv importen igjen</translation>
    </message>
    <message>
        <source>Importerer …</source>
        <translation>Importerer …</translation>
    </message>
    <message>
        <source>Importerer «{name}» …</source>
        <translation>Importerer «{name}» …</translation>
    </message>
    <message>
        <source>Importen er fullført.</source>
        <translation>Importen er fullført.</translation>
    </message>
    <message>
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation>Importen vart avbroten. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Importen mislyktes. Ingenting er endret.</source>
        <translation>Importen gjekk ikkje. Ingenting er endra.</translation>
    </message>
    <message>
        <source>Lukk veiviseren og importer filen på nytt for å se hva importen endrer nå.</source>
        <translation>Lukk vegvisaren og importer fila på nytt for å sjå kva importen endrar no.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Importer anskaffelsesplan</source>
        <translation>Importer anskaffingsplan</translation>
    </message>
    <message>
        <source>&lt; Tilbake</source>
        <translation>&lt; Tilbake</translation>
    </message>
    <message>
        <source>Neste &gt;</source>
        <translation>Neste &gt;</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Fullfør</source>
        <translation>Fullfør</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Lesingen ble avbrutt.</source>
        <translation>Lesinga vart avbroten.</translation>
    </message>
    <message>
        <source>Leser planen …</source>
        <translation>Les planen …</translation>
    </message>
    <message>
        <source>nye</source>
        <translation>nye</translation>
    </message>
    <message>
        <source>endret</source>
        <translation>endra</translation>
    </message>
    <message>
        <source>uendret</source>
        <translation>uendra</translation>
    </message>
    <message>
        <source>trukket tilbake</source>
        <translation>trekte tilbake</translation>
    </message>
    <message>
        <source>Importen vil gi:</source>
        <translation>Importen vil gje:</translation>
    </message>
    <message>
        <source>Importert:</source>
        <translation>Importert:</translation>
    </message>
</context>
<context>
    <name>LineChangesMixin</name>
    <message>
        <source>Godta endringer i planene</source>
        <translation>Godta endringane i planane</translation>
    </message>
    <message>
        <source>Linjer i forslaget er endret i kommunenes planer, og forslaget regner allerede med de nye tallene. Godta endringene? Advarslene om endrede linjer forsvinner.</source>
        <translation>Linjer i framlegget er endra i planane til kommunane, og framlegget reknar alt med dei nye tala. Vil du godta endringane? Åtvaringane om endra linjer forsvinn då.</translation>
    </message>
</context>
<context>
    <name>LineEditDialog</name>
    <message>
        <source>Rediger linje – {municipality}</source>
        <extracomment>(changes, the version shown) -&gt; the saved line.</extracomment>
        <translation>Rediger linje – {municipality}</translation>
    </message>
    <message>
        <source>8 siffer, f.eks. 90620000</source>
        <translation>8 siffer, t.d. 90620000</translation>
    </message>
    <message>
        <source>Tidspunkt kjent</source>
        <translation>Tidspunktet er kjent</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>CPV-kode</source>
        <translation>CPV-kode</translation>
    </message>
    <message>
        <source>Verdi pr. år (kr)</source>
        <translation>Verdi pr. år (kr)</translation>
    </message>
    <message>
        <source>Totalverdi (kr)</source>
        <translation>Totalverdi (kr)</translation>
    </message>
    <message>
        <source>Avtaleperiode (år)</source>
        <translation>Avtaleperiode (år)</translation>
    </message>
    <message>
        <source>Opsjoner (år)</source>
        <translation>Opsjonar (år)</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Ugyldig beløp.</source>
        <translation>Ugyldig beløp.</translation>
    </message>
</context>
<context>
    <name>LinePicker</name>
    <message>
        <source>Søk i beskrivelse, kommune, CPV …</source>
        <translation>Søk i skildring, kommune, CPV …</translation>
    </message>
    <message>
        <source>Søk etter linje</source>
        <translation>Søk etter linje</translation>
    </message>
</context>
<context>
    <name>LinePreviewModel</name>
    <message>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <source>Verdi pr. år</source>
        <translation>Verdi pr. år</translation>
    </message>
    <message>
        <source>Totalverdi</source>
        <translation>Totalverdi</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Merknader</source>
        <translation>Merknader</translation>
    </message>
    <message>
        <source>(leses ikke)</source>
        <translation>(vert ikkje lesen)</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Kommune</source>
        <extracomment>Marked for translation; translated in ``headerData`` at display time.</extracomment>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>CPV</source>
        <translation>CPV</translation>
    </message>
    <message>
        <source>Verdi pr. år</source>
        <translation>Verdi pr. år</translation>
    </message>
    <message>
        <source>Totalverdi</source>
        <translation>Totalverdi</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Linjen har advarsler fra importen – se detaljene.</source>
        <translation>Linja har åtvaringar frå importen – sjå detaljane.</translation>
    </message>
    <message>
        <source>{file}{sheet}, rad {row}</source>
        <translation>{file}{sheet}, rad {row}</translation>
    </message>
</context>
<context>
    <name>LocalMarketView</name>
    <message>
        <source>Lokalt leverandørmarked</source>
        <extracomment>The user asks for lots chosen by the local market (by area when every municipality has local businesses with staff, else by product group).</extracomment>
        <translation>Lokal leverandørmarknad</translation>
    </message>
    <message>
        <source>Delkontrakt for det lokale markedet</source>
        <translation>Delkontrakt for den lokale marknaden</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Enheter</source>
        <translation>Einingar</translation>
    </message>
    <message>
        <source>Med ansatte</source>
        <translation>Med tilsette</translation>
    </message>
    <message>
        <source>5 eller flere</source>
        <translation>5 eller fleire</translation>
    </message>
    <message>
        <source>Enkeltpersonforetak</source>
        <translation>Enkeltpersonføretak</translation>
    </message>
    <message>
        <source>Lokale leverandører per kommune</source>
        <translation>Lokale leverandørar per kommune</translation>
    </message>
    <message>
        <source>Vurdering av det lokale markedet</source>
        <translation>Vurdering av den lokale marknaden</translation>
    </message>
    <message>
        <source>Foreslå ut fra lokalt marked</source>
        <translation>Gjer framlegg ut frå lokal marknad</translation>
    </message>
    <message>
        <source>Foreslå delkontrakter ut fra det lokale markedet</source>
        <translation>Gjer framlegg om delkontraktar ut frå den lokale marknaden</translation>
    </message>
    <message>
        <source>Etter område når alle kommunene har lokale bedrifter med ansatte, ellers etter produktgruppe.</source>
        <translation>Etter område når alle kommunane har lokale bedrifter med tilsette, elles etter produktgruppe.</translation>
    </message>
    <message>
        <source>Teller lokale leverandører …</source>
        <translation>Tel lokale leverandørar …</translation>
    </message>
    <message>
        <source>Kunne ikke telle lokale leverandører: {error}</source>
        <translation>Kunne ikkje telje lokale leverandørar: {error}</translation>
    </message>
    <message>
        <source>Delkontrakt {n}: {title}</source>
        <translation>Delkontrakt {n}: {title}</translation>
    </message>
    <message>
        <source>Hele anskaffelsen</source>
        <translation>Heile anskaffinga</translation>
    </message>
    <message>
        <source>Enhetsregisteret er ikke lastet inn. Last ned underenheter og enheter fra data.brreg.no og last dem inn på siden Kommuner.</source>
        <translation>Einingsregisteret er ikkje lasta inn. Last ned undereiningar og einingar frå data.brreg.no og last dei inn på sida Kommunar.</translation>
    </message>
    <message>
        <source>Enhetsregisteret per {date}. Kuratert tabell CPV → næringskode.</source>
        <translation>Einingsregisteret per {date}. Kuratert tabell CPV → næringskode.</translation>
    </message>
    <message>
        <source>ukjent dato</source>
        <translation>ukjend dato</translation>
    </message>
    <message>
        <source>Vurdering: {text}</source>
        <translation>Vurdering: {text}</translation>
    </message>
    <message>
        <source>Sum for delkontrakten</source>
        <translation>Sum for delkontrakten</translation>
    </message>
    <message>
        <source>{county} (hele fylket)</source>
        <translation>{county} (heile fylket)</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>CPV {cpv} {category} → {codes} (sikkerhet {confidence})</source>
        <translation>CPV {cpv} {category} → {codes} (tryggleik {confidence})</translation>
    </message>
    <message>
        <source>Næringskoder: {parts}</source>
        <translation>Næringskodar: {parts}</translation>
    </message>
</context>
<context>
    <name>LotsTabMixin</name>
    <message>
        <source>Foreslå etter område</source>
        <translation>Føreslå etter område</translation>
    </message>
    <message>
        <source>Foreslå delkontrakter etter område</source>
        <translation>Føreslå delkontraktar etter område</translation>
    </message>
    <message>
        <source>Én delkontrakt per kommune (små slås sammen), så lokale leverandører kan gi tilbud.</source>
        <translation>Éin delkontrakt per kommune (små vert slått saman), så lokale leverandørar kan gje tilbod.</translation>
    </message>
    <message>
        <source>Foreslå etter produktgruppe</source>
        <translation>Føreslå etter produktgruppe</translation>
    </message>
    <message>
        <source>Foreslå delkontrakter etter produktgruppe</source>
        <translation>Føreslå delkontraktar etter produktgruppe</translation>
    </message>
    <message>
        <source>Én delkontrakt per CPV-klasse.</source>
        <translation>Éin delkontrakt per CPV-klasse.</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Anslått verdi</source>
        <translation>Anslått verdi</translation>
    </message>
    <message>
        <source>Delkontrakter</source>
        <translation>Delkontraktar</translation>
    </message>
    <message>
        <source>Ny delkontrakt</source>
        <translation>Ny delkontrakt</translation>
    </message>
    <message>
        <source>Fjern delkontrakt</source>
        <translation>Fjern delkontrakt</translation>
    </message>
    <message>
        <source>Fjern valgt delkontrakt</source>
        <translation>Fjern vald delkontrakt</translation>
    </message>
    <message>
        <source>Hvilken delkontrakt hver linje hører til:</source>
        <translation>Kva delkontrakt kvar linje høyrer til:</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Linje</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Delkontrakt</source>
        <translation>Delkontrakt</translation>
    </message>
    <message>
        <source>Linjenes delkontrakt</source>
        <translation>Delkontrakten til linjene</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse for ikke å dele opp</source>
        <translation>&amp;Grunngjeving for ikkje å dele opp</translation>
    </message>
    <message>
        <source>Begrunnelse for ikke å dele opp</source>
        <translation>Grunngjeving for ikkje å dele opp</translation>
    </message>
    <message>
        <source>Påkrevd over EØS-terskelen når anskaffelsen ikke deles i delkontrakter (FOA § 19-4).</source>
        <translation>Påkravd over EØS-terskelen når anskaffinga ikkje vert delt i delkontraktar (FOA § 19-4).</translation>
    </message>
    <message>
        <source>Delkontrakt for {line}</source>
        <translation>Delkontrakt for {line}</translation>
    </message>
    <message>
        <source>Grunnlag for delkontrakt</source>
        <translation>Grunnlag for delkontrakt</translation>
    </message>
    <message>
        <source>Ingen delkontrakt</source>
        <translation>Ingen delkontrakt</translation>
    </message>
    <message>
        <source>Ikke delt i delkontrakter.</source>
        <translation>Ikkje delt i delkontraktar.</translation>
    </message>
    <message>
        <source>{n} linjer er ikke i en delkontrakt.</source>
        <translation>{n} linjer er ikkje i nokon delkontrakt.</translation>
    </message>
    <message>
        <source>Alle linjer er i en delkontrakt.</source>
        <translation>Alle linjene er i ein delkontrakt.</translation>
    </message>
    <message>
        <source>Delkontrakt {n}</source>
        <translation>Delkontrakt {n}</translation>
    </message>
    <message>
        <source>Hver delkontrakt må ha et nummer fra 1 og oppover.</source>
        <translation>Kvar delkontrakt må ha eit nummer frå 1 og oppover.</translation>
    </message>
    <message>
        <source>To delkontrakter kan ikke ha samme nummer.</source>
        <translation>To delkontraktar kan ikkje ha same nummer.</translation>
    </message>
    <message>
        <source>Hver delkontrakt må ha en tittel.</source>
        <translation>Kvar delkontrakt må ha ein tittel.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</source>
        <translation>Rekneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{app} – felles anskaffelser</source>
        <translation>{app} – felles anskaffingar</translation>
    </message>
    <message>
        <source>Navigasjon</source>
        <translation>Navigasjon</translation>
    </message>
    <message>
        <source>Innlogget som</source>
        <translation>Innlogga som</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Importer plan …</source>
        <translation>&amp;Importer plan …</translation>
    </message>
    <message>
        <source>&amp;Eksporter</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Samlet plan (Excel) …</source>
        <translation>Samla plan (Excel) …</translation>
    </message>
    <message>
        <source>Oversikt over overlapp (PDF) …</source>
        <translation>Oversikt over overlapp (PDF) …</translation>
    </message>
    <message>
        <source>Å&amp;pne database …</source>
        <translation>O&amp;pne database …</translation>
    </message>
    <message>
        <source>&amp;Ny database …</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Verktøy</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <source>Finn &amp;overlapp</source>
        <translation>Finn &amp;overlapp</translation>
    </message>
    <message>
        <source>Last inn &amp;CPV-katalog …</source>
        <translation>Last inn &amp;CPV-katalog …</translation>
    </message>
    <message>
        <source>&amp;Innstillinger …</source>
        <extracomment>What only a coordinator may do: greyed out for an officer on a shared server.</extracomment>
        <translation>&amp;Innstillingar …</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Om</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>Database: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <source>Innlogget som {who}</source>
        <translation>Innlogga som {who}</translation>
    </message>
    <message>
        <source>Du kan lese alt i samarbeidet. En innkjøpsrådgiver endrer sin egen kommunes planer, linjer, deltakelse og fullmakt; en koordinator kan også finne overlapp og endre overlapp og forslag.</source>
        <translation>Du kan lese alt i samarbeidet. Ein innkjøpsrådgjevar endrar planane, linjene, deltakinga og fullmakta til sin eigen kommune; ein koordinator kan òg finne overlapp og endre overlapp og framlegg.</translation>
    </message>
    <message>
        <source>Bare en koordinator kan gjøre dette.</source>
        <translation>Berre ein koordinator kan gjere dette.</translation>
    </message>
    <message>
        <source>Importer anskaffelsesplan</source>
        <translation>Importer anskaffingsplan</translation>
    </message>
    <message>
        <source>Last inn CPV-katalog</source>
        <translation>Last inn CPV-katalog</translation>
    </message>
    <message>
        <source>CPV-katalog (*.csv *.xlsx);;Alle filer (*)</source>
        <translation>CPV-katalog (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>CPV-katalog</source>
        <translation>CPV-katalog</translation>
    </message>
    <message>
        <source>Lest inn {loaded} CPV-koder ({with_norwegian} med norsk tekst) fra {file}.</source>
        <translation>Las inn {loaded} CPV-kodar ({with_norwegian} med norsk tekst) frå {file}.</translation>
    </message>
    <message>
        <source>Leser CPV-katalogen …</source>
        <translation>Les CPV-katalogen …</translation>
    </message>
    <message>
        <source>Eksporter samlet plan</source>
        <translation>Eksporter samla plan</translation>
    </message>
    <message>
        <source>samlet_plan.xlsx</source>
        <translation>samla_plan.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Skriver samlet plan …</source>
        <translation>Lagar den samla planen …</translation>
    </message>
    <message>
        <source>Skrev {path}</source>
        <translation>Skreiv {path}</translation>
    </message>
    <message>
        <source>Oversikt over overlapp</source>
        <translation>Oversikt over overlapp</translation>
    </message>
    <message>
        <source>overlapp_oversikt.pdf</source>
        <translation>overlapp_oversikt.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Skriver oversikten …</source>
        <translation>Lagar oversikta …</translation>
    </message>
    <message>
        <source>Kan ikke åpne databasen</source>
        <translation>Kan ikkje opne databasen</translation>
    </message>
    <message>
        <source>Åpne database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <source>SQLite-database (*.db *.sqlite);;Alle filer (*)</source>
        <translation>SQLite-database (*.db *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Ny database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>SQLite-database (*.db)</source>
        <translation>SQLite-database (*.db)</translation>
    </message>
    <message>
        <source>Filen finnes fra før. Velg «Åpne database» for å bruke den.</source>
        <translation>Fila finst frå før. Vel «Opne database» for å bruke den.</translation>
    </message>
    <message>
        <source>Om {app}</source>
        <translation>Om {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Samle kommunenes anskaffelsesplaner, finn overlappende behov og lag forslag til felles anskaffelser.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;CPV-katalog: {codes} koder&lt;/p&gt;&lt;p&gt;Et planleggingsverktøy: det gir ikke juridiske råd.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Samle anskaffingsplanane til kommunane, finn overlappande behov og lag framlegg til felles anskaffingar.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;CPV-katalog: {codes} kodar&lt;/p&gt;&lt;p&gt;Eit planleggingsverktøy: det gjev ikkje juridiske råd.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Et arbeid pågår fortsatt. Vil du avbryte det og avslutte?</source>
        <translation>Eit arbeid er framleis i gang. Vil du avbryte det og avslutte?</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <source>Kommuner</source>
        <translation>Kommunar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Kommuner&lt;/h2&gt;Kommunene i samarbeidet og planene deres.</source>
        <translation>&lt;h2&gt;Kommunar&lt;/h2&gt;Kommunane i samarbeidet og planane deira.</translation>
    </message>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Kommunenr.</source>
        <translation>Kommunenr.</translation>
    </message>
    <message>
        <source>Fylke</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Aktive linjer</source>
        <translation>Aktive linjer</translation>
    </message>
    <message>
        <source>Legg til kommune …</source>
        <translation>Legg til kommune …</translation>
    </message>
    <message>
        <source>Endre kommune …</source>
        <translation>Endre kommune …</translation>
    </message>
    <message>
        <source>Kommunenummer, organisasjonsnummer, fylke og målform for dokumentene</source>
        <translation>Kommunenummer, organisasjonsnummer, fylke og målform for dokumenta</translation>
    </message>
    <message>
        <source>Bare en koordinator kan legge til kommuner.</source>
        <translation>Berre ein koordinator kan leggje til kommunar.</translation>
    </message>
    <message>
        <source>Bare {name} og koordinatorene kan endre opplysningene om kommunen.</source>
        <translation>Berre {name} og koordinatorane kan endre opplysningane om kommunen.</translation>
    </message>
    <message>
        <source>{n} kommuner</source>
        <translation>{n} kommunar</translation>
    </message>
    <message>
        <source>Legg til kommune</source>
        <translation>Legg til kommune</translation>
    </message>
    <message>
        <source>Navn (f.eks. «Nome kommune»):</source>
        <translation>Namn (t.d. «Nome kommune»):</translation>
    </message>
    <message>
        <source>Kommunenummer (valgfritt):</source>
        <translation>Kommunenummer (valfritt):</translation>
    </message>
    <message>
        <source>Kan ikke legge til</source>
        <translation>Kan ikkje leggje til</translation>
    </message>
</context>
<context>
    <name>MunicipalityEditDialog</name>
    <message>
        <source>Endre {name}</source>
        <extracomment>(fields, the version shown) -&gt; the saved municipality.</extracomment>
        <translation>Endre {name}</translation>
    </message>
    <message>
        <source>fire siffer, f.eks. 4631</source>
        <translation>fire siffer, t.d. 4631</translation>
    </message>
    <message>
        <source>ni siffer</source>
        <translation>ni siffer</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Nøytral (dokumenter på bokmål)</source>
        <translation>Nøytral (dokument på bokmål)</translation>
    </message>
    <message>
        <source>Kommunenummer</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <source>Organisasjonsnummer</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Fylke</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>Målform</source>
        <translation>Målform</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <source>Hvilken kommunes anskaffelsesplan er dette?</source>
        <translation>Kva kommune høyrer denne anskaffingsplanen til?</translation>
    </message>
    <message>
        <source>En kommune som finnes fra før</source>
        <translation>Ein kommune som finst frå før</translation>
    </message>
    <message>
        <source>Velg en kommune som finnes fra før</source>
        <translation>Vel ein kommune som finst frå før</translation>
    </message>
    <message>
        <source>Ny kommune</source>
        <translation>Ny kommune</translation>
    </message>
    <message>
        <source>Legg til en ny kommune</source>
        <translation>Legg til ein ny kommune</translation>
    </message>
    <message>
        <source>Kommune (skriv for å søke)</source>
        <translation>Kommune (skriv for å søkje)</translation>
    </message>
    <message>
        <source>Skriv for å søke …</source>
        <translation>Skriv for å søkje …</translation>
    </message>
    <message>
        <source>Navn på ny kommune</source>
        <translation>Namn på ny kommune</translation>
    </message>
    <message>
        <source>f.eks. Fedje kommune</source>
        <translation>t.d. Fedje kommune</translation>
    </message>
    <message>
        <source>Kommunenummer (valgfritt)</source>
        <translation>Kommunenummer (valfritt)</translation>
    </message>
    <message>
        <source>valgfritt, fire siffer, f.eks. 4633</source>
        <translation>valfritt, fire siffer, t.d. 4633</translation>
    </message>
    <message>
        <source>Kommune:</source>
        <translation>Kommune:</translation>
    </message>
    <message>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Kommunenummer:</source>
        <translation>Kommunenummer:</translation>
    </message>
    <message>
        <source>En kommune som finnes fra før (ingen er lagt inn ennå)</source>
        <translation>Ein kommune som finst frå før (ingen er registrerte enno)</translation>
    </message>
    <message>
        <source>Valgt ut fra filnavnet «{file}».</source>
        <translation>Vald ut frå filnamnet «{file}».</translation>
    </message>
    <message>
        <source>Navnet er foreslått ut fra filnavnet «{file}». Rett stavemåten om nødvendig (for eksempel æ, ø og å).</source>
        <translation>Namnet er føreslått ut frå filnamnet «{file}». Rett skrivemåten om det trengst (til dømes æ, ø og å).</translation>
    </message>
    <message>
        <source>Velg en kommune fra lista.</source>
        <translation>Vel ein kommune frå lista.</translation>
    </message>
    <message>
        <source>{name} finnes fra før. Velg kommunen i lista over.</source>
        <translation>{name} finst frå før. Vel kommunen i lista over.</translation>
    </message>
    <message>
        <source>Kommunenummeret skal være fire siffer, f.eks. 4633.</source>
        <translation>Kommunenummeret skal vere fire siffer, t.d. 4633.</translation>
    </message>
    <message>
        <source>Kommunenummer {number} er allerede registrert for {name}.</source>
        <translation>Kommunenummer {number} er allereie registrert for {name}.</translation>
    </message>
</context>
<context>
    <name>OverlapDecisionsMixin</name>
    <message>
        <source>Overlappene er hentet inn på nytt. Se over dem og gjør endringen igjen.</source>
        <translation>Overlappa er henta inn på nytt. Sjå over dei og gjer endringa på nytt.</translation>
    </message>
    <message>
        <source>nr. {id}</source>
        <translation>nr. {id}</translation>
    </message>
    <message>
        <source>Endre status</source>
        <translation>Endre status</translation>
    </message>
    <message>
        <source>Bekreftet overlapp {names}.</source>
        <translation>Stadfesta overlapp {names}.</translation>
    </message>
    <message>
        <source>Overlapp {names} er forslag igjen.</source>
        <translation>Overlapp {names} har status kandidat igjen.</translation>
    </message>
    <message>
        <source>Avvise overlappet «{title}»?</source>
        <translation>Avvise overlappet «{title}»?</translation>
    </message>
    <message>
        <source>Avvise {n} overlapp?</source>
        <translation>Avvise {n} overlapp?</translation>
    </message>
    <message>
        <source>Det samme settet med linjer blir ikke foreslått igjen når du finner overlapp på nytt. Du kan gjenåpne det senere.</source>
        <translation>Det same settet med linjer vert ikkje føreslått igjen når du finn overlapp på nytt. Du kan opne det att seinare.</translation>
    </message>
    <message>
        <source>Avvis overlapp</source>
        <translation>Avvis overlapp</translation>
    </message>
    <message>
        <source>Avviste overlapp {names}.</source>
        <translation>Avviste overlapp {names}.</translation>
    </message>
    <message>
        <source>• nr. {id}: {title}</source>
        <translation>• nr. {id}: {title}</translation>
    </message>
    <message>
        <source>Slå sammen {n} overlapp til ett?

{listing}

Linjene samles i nr. {target}; de andre overlappene forsvinner.</source>
        <translation>Slå saman {n} overlapp til eitt?

{listing}

Linjene vert samla i nr. {target}; dei andre overlappa vert fjerna.</translation>
    </message>
    <message>
        <source>Slå sammen overlapp</source>
        <translation>Slå saman overlapp</translation>
    </message>
    <message>
        <source>Slo sammen {n} overlapp til nr. {id}.</source>
        <translation>Slo saman {n} overlapp til nr. {id}.</translation>
    </message>
    <message>
        <source>Flytte {n} linjer fra «{title}» til et nytt overlapp?

{listing}

Begge overlappene må ha linjer fra minst to kommuner.</source>
        <translation>Flytte {n} linjer frå «{title}» til eit nytt overlapp?

{listing}

Begge overlappa må ha linjer frå minst to kommunar.</translation>
    </message>
    <message>
        <source>Del opp overlapp</source>
        <translation>Del opp overlapp</translation>
    </message>
    <message>
        <source>Delte opp nr. {old}: de valgte linjene er nå nr. {new}.</source>
        <translation>Delte opp nr. {old}: dei valde linjene er no nr. {new}.</translation>
    </message>
    <message>
        <source>Ta ut linje</source>
        <translation>Ta ut linje</translation>
    </message>
    <message>
        <source>Tok ut {n} linje(r) fra nr. {id}.</source>
        <translation>Tok ut {n} linje(r) frå nr. {id}.</translation>
    </message>
    <message>
        <source>Legg til linje</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>La til {n} linje(r) i nr. {id}.</source>
        <translation>La til {n} linje(r) i nr. {id}.</translation>
    </message>
</context>
<context>
    <name>OverlapDetailMixin</name>
    <message>
        <source>&lt;b&gt;Velg et overlapp i listen&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vel eit overlapp i lista&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Linjer ({n})</source>
        <translation>Linjer ({n})</translation>
    </message>
    <message>
        <source> – {n} tatt ut</source>
        <translation> – {n} fjerna</translation>
    </message>
    <message>
        <source>nr. {id}</source>
        <translation>nr. {id}</translation>
    </message>
    <message>
        <source>{n} kommuner</source>
        <translation>{n} kommunar</translation>
    </message>
    <message>
        <source>{n} linjer</source>
        <translation>{n} linjer</translation>
    </message>
    <message>
        <source>score {s}</source>
        <translation>score {s}</translation>
    </message>
    <message>
        <source>endret av bruker</source>
        <translation>endra av brukar</translation>
    </message>
    <message>
        <source>{n} av linjene er trukket fra planen etter at overlappet ble funnet. Ta dem ut før du lager forslag.</source>
        <translation>{n} av linjene er trekte ut av planen etter at overlappet vart funne. Ta dei ut før du lagar framlegg.</translation>
    </message>
    <message>
        <source>Overlappet har nå linjer fra bare én kommune.</source>
        <translation>Overlappet har no linjer frå berre éin kommune.</translation>
    </message>
    <message>
        <source>Hvorfor disse linjene hører sammen</source>
        <translation>Kvifor desse linjene høyrer saman</translation>
    </message>
    <message>
        <source>Ingen begrunnelse er lagret.</source>
        <translation>Inga grunngjeving er lagra.</translation>
    </message>
</context>
<context>
    <name>OverlapPage</name>
    <message>
        <source>Overlapp</source>
        <translation>Overlapp</translation>
    </message>
    <message>
        <source>Alle</source>
        <extracomment>Column widths (the title and the description get at least this, and what is left).</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Kandidat</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Bekreftet</source>
        <translation>Stadfesta</translation>
    </message>
    <message>
        <source>Avvist</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Antall kommuner</source>
        <translation>Tal på kommunar</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Finn overlapp</source>
        <translation>Finn overlapp</translation>
    </message>
    <message>
        <source>Sammenlign alle aktive linjer og finn overlapp (Ctrl+D)</source>
        <translation>Samanlikn alle aktive linjer og finn overlapp (Ctrl+D)</translation>
    </message>
    <message>
        <source>Bekreft</source>
        <translation>Stadfest</translation>
    </message>
    <message>
        <source>Bekreft at linjene hører sammen</source>
        <translation>Stadfest at linjene høyrer saman</translation>
    </message>
    <message>
        <source>Avvis</source>
        <translation>Avvis</translation>
    </message>
    <message>
        <source>Avvis overlappet; det samme forslaget kommer ikke igjen</source>
        <translation>Avvis overlappet; dei same linjene vert ikkje føreslått igjen</translation>
    </message>
    <message>
        <source>Gjenåpne</source>
        <translation>Opne att</translation>
    </message>
    <message>
        <source>Sett overlappet tilbake til forslag</source>
        <translation>Set overlappet tilbake til kandidat</translation>
    </message>
    <message>
        <source>Slå sammen …</source>
        <translation>Slå saman …</translation>
    </message>
    <message>
        <source>Slå sammen de valgte overlappene til ett</source>
        <translation>Slå saman dei valde overlappa til eitt</translation>
    </message>
    <message>
        <source>Lag forslag …</source>
        <translation>Lag framlegg …</translation>
    </message>
    <message>
        <source>Lag et utkast til forslag til felles anskaffelse fra overlappet</source>
        <translation>Lag eit utkast til framlegg til felles anskaffing frå overlappet</translation>
    </message>
    <message>
        <source>Legg til linje …</source>
        <translation>Legg til linje …</translation>
    </message>
    <message>
        <source>Legg en linje fra en annen kommune til i overlappet</source>
        <translation>Legg ei linje frå ein annan kommune til i overlappet</translation>
    </message>
    <message>
        <source>Del opp …</source>
        <translation>Del opp …</translation>
    </message>
    <message>
        <source>Flytt de valgte linjene til et nytt overlapp</source>
        <translation>Flytt dei valde linjene til eit nytt overlapp</translation>
    </message>
    <message>
        <source>Hvorfor er disse ikke sammen? …</source>
        <translation>Kvifor er ikkje desse saman? …</translation>
    </message>
    <message>
        <source>Velg to linjer og se hva som taler for og mot at de er samme behov</source>
        <translation>Vel to linjer og sjå kva som talar for og mot at dei er same behov</translation>
    </message>
    <message>
        <source>Søk</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Gå til søkefeltet</source>
        <translation>Gå til søkjefeltet</translation>
    </message>
    <message>
        <source>Hvorfor er disse ikke sammen?</source>
        <translation>Kvifor er ikkje desse saman?</translation>
    </message>
    <message>
        <source>Vis status</source>
        <translation>Vis status</translation>
    </message>
    <message>
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Sorter etter</source>
        <translation>Sorter etter</translation>
    </message>
    <message>
        <source>S&amp;orter:</source>
        <translation>S&amp;orter:</translation>
    </message>
    <message>
        <source>Søk i overlapp, kommuner, linjer …</source>
        <translation>Søk i overlapp, kommunar, linjer …</translation>
    </message>
    <message>
        <source>Søk i overlappene</source>
        <translation>Søk i overlappa</translation>
    </message>
    <message>
        <source>Ingen overlapp</source>
        <translation>Ingen overlapp</translation>
    </message>
    <message>
        <source>Antall overlapp</source>
        <translation>Tal på overlapp</translation>
    </message>
    <message>
        <source>Valgt overlapp</source>
        <translation>Valt overlapp</translation>
    </message>
    <message>
        <source>Hvorfor linjene hører sammen</source>
        <translation>Kvifor linjene høyrer saman</translation>
    </message>
    <message>
        <source>Linjer</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <source>Vis begrunnelser</source>
        <translation>Vis grunngjevingar</translation>
    </message>
    <message>
        <source>Vis begrunnelse for hver linje</source>
        <translation>Vis grunngjeving for kvar linje</translation>
    </message>
    <message>
        <source>Vis hvorfor hver linje passer i overlappet</source>
        <translation>Vis kvifor kvar linje passar i overlappet</translation>
    </message>
    <message>
        <source>Linjer i overlappet</source>
        <translation>Linjer i overlappet</translation>
    </message>
    <message>
        <source>Ta ut linje</source>
        <translation>Ta ut linje</translation>
    </message>
    <message>
        <source>Ta de valgte linjene ut av overlappet</source>
        <translation>Ta dei valde linjene ut av overlappet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ingen overlapp ennå&lt;/h3&gt;&lt;p&gt;Finn overlapp sammenligner de aktive linjene i alle kommunenes anskaffelsesplaner og foreslår grupper av like behov.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen overlapp enno&lt;/h3&gt;&lt;p&gt;«Finn overlapp» samanliknar dei aktive linjene i anskaffingsplanane til alle kommunane og føreslår grupper av like behov.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ingen planer å sammenligne&lt;/h3&gt;&lt;p&gt;Importer anskaffelsesplanene først (Fil → Importer plan …), så kan du finne overlapp mellom kommunene.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ingen planar å samanlikne&lt;/h3&gt;&lt;p&gt;Importer anskaffingsplanane først (Fil → Importer plan …), så kan du finne overlapp mellom kommunane.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{n} overlapp · {value}</source>
        <translation>{n} overlapp · {value}</translation>
    </message>
    <message>
        <source>Viser {shown} av {total} · {value}</source>
        <translation>Viser {shown} av {total} · {value}</translation>
    </message>
    <message>
        <source>{n} overlapp ({c} bekreftet)</source>
        <translation>{n} overlapp ({c} stadfesta)</translation>
    </message>
    <message>
        <source>Leter etter overlapp …</source>
        <translation>Leitar etter overlapp …</translation>
    </message>
    <message>
        <source>Fant {groups} overlapp blant {lines} linjer: {new} nye, {kept} beholdt fra før (følsomhet {s}).</source>
        <translation>Fann {groups} overlapp blant {lines} linjer: {new} nye og {kept} som fanst frå før (følsemd {s}).</translation>
    </message>
    <message>
        <source>Søket etter overlapp ble avbrutt – ingenting er endret.</source>
        <translation>Søket etter overlapp vart avbrote – ingenting er endra.</translation>
    </message>
    <message>
        <source>Lag forslag</source>
        <translation>Lag framlegg</translation>
    </message>
    <message>
        <source>Forslag kan ikke lages i denne versjonen ennå ({error}).</source>
        <translation>Framlegg kan ikkje lagast i denne versjonen enno ({error}).</translation>
    </message>
    <message>
        <source>Overlappet har allerede forslaget {refs}. Lage et nytt forslag likevel?</source>
        <translation>Overlappet har allereie framlegget {refs}. Vil du lage eit nytt framlegg likevel?</translation>
    </message>
    <message>
        <source>Laget forslag {ref} fra overlapp nr. {id}.</source>
        <translation>Laga framlegg {ref} frå overlapp nr. {id}.</translation>
    </message>
</context>
<context>
    <name>ParticipantsTabMixin</name>
    <message>
        <source>Deltakende kommune</source>
        <translation>Deltakande kommune</translation>
    </message>
    <message>
        <source>&amp;Kommune:</source>
        <translation>&amp;Kommune:</translation>
    </message>
    <message>
        <source>Kontakt og fullmakt</source>
        <translation>Kontakt og fullmakt</translation>
    </message>
    <message>
        <source>Signert</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Fullmakt signert dato</source>
        <translation>Dato fullmakta vart signert</translation>
    </message>
    <message>
        <source>Kontaktperson</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Fullmakt signert av</source>
        <translation>Fullmakt signert av</translation>
    </message>
    <message>
        <source>Stilling</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>navn@kommune.no</source>
        <translation>namn@kommune.no</translation>
    </message>
    <message>
        <source>f.eks. kommunedirektør</source>
        <translation>t.d. kommunedirektør</translation>
    </message>
    <message>
        <source>Fullmakt</source>
        <translation>Fullmakt</translation>
    </message>
    <message>
        <source>Signert av</source>
        <translation>Signert av</translation>
    </message>
    <message>
        <source>Behov fra kommunens anskaffelsesplan</source>
        <translation>Behov frå anskaffingsplanen til kommunen</translation>
    </message>
    <message>
        <source>Beskrivelse</source>
        <translation>Skildring</translation>
    </message>
    <message>
        <source>Planverdi</source>
        <translation>Planverdi</translation>
    </message>
    <message>
        <source>I forslaget</source>
        <translation>I framlegget</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Kommunens linjer i forslaget</source>
        <translation>Linjene til kommunen i framlegget</translation>
    </message>
    <message>
        <source>Kommunens eget tall for linjens periode med opsjoner</source>
        <translation>Kommunen sitt eige tal for perioden til linja, med opsjonar</translation>
    </message>
    <message>
        <source>Verdien over forslagets periode (det som regnes med)</source>
        <translation>Verdien over perioden til framlegget (det som vert rekna med)</translation>
    </message>
    <message>
        <source>Dagens avtale utløper</source>
        <translation>Dagens avtale går ut</translation>
    </message>
    <message>
        <source>Legg til linje …</source>
        <translation>Legg til linje …</translation>
    </message>
    <message>
        <source>Legg til linje</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>Fjern linje</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <source>Fjern linje fra forslaget</source>
        <translation>Fjern linja frå framlegget</translation>
    </message>
    <message>
        <source> (vertskommune)</source>
        <translation> (vertskommune)</translation>
    </message>
    <message>
        <source>{name} – fullmakt signert {date}</source>
        <translation>{name} – fullmakt signert {date}</translation>
    </message>
    <message>
        <source>{name} – fullmakt mangler</source>
        <translation>{name} – fullmakt manglar</translation>
    </message>
    <message>
        <source>{description} (trukket fra planen – ikke regnet med)</source>
        <translation>{description} (trekt frå planen – ikkje rekna med)</translation>
    </message>
    <message>
        <source>rad {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>Ref.: {ref}</source>
        <translation>Ref.: {ref}</translation>
    </message>
    <message>
        <source>CPV: {cpv} {label}</source>
        <translation>CPV: {cpv} {label}</translation>
    </message>
    <message>
        <source>CPV mangler</source>
        <translation>CPV manglar</translation>
    </message>
    <message>
        <source>Kilde: {source}</source>
        <translation>Kjelde: {source}</translation>
    </message>
    <message>
        <source>Endret i planen: {changes}</source>
        <translation>Endra i planen: {changes}</translation>
    </message>
    <message>
        <source>Sum i forslaget: {total} (planverdi {plan})</source>
        <translation>Sum i framlegget: {total} (planverdi {plan})</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Passord til databasen</source>
        <translation>Passord til databasen</translation>
    </message>
    <message>
        <source>Passord for {user} på {host} (database {database}):</source>
        <translation>Passord for {user} på {host} (database {database}):</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Skriver ut …</source>
        <extracomment>Pages are rendered for printing at the printer&apos;s resolution, but never above this: a full A4 page at 1200 dpi would be a 550 MB image, and 300 dpi is sharper than the eye needs.</extracomment>
        <translation>Sender til skrivaren …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Skriv ut {title}</source>
        <translation>Skriv ut {title}</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Verktøylinje for forhåndsvisningen</source>
        <translation>Verktøylinje for førehandsvisinga</translation>
    </message>
    <message>
        <source>◀ Forrige side</source>
        <translation>◀ Førre side</translation>
    </message>
    <message>
        <source>Sidenummer</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <source> Side </source>
        <translation> Side </translation>
    </message>
    <message>
        <source>Neste side ▶</source>
        <translation>Neste side ▶</translation>
    </message>
    <message>
        <source>Forminsk</source>
        <translation>Forminsk</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Tilpass bredde</source>
        <translation>Tilpass breidda</translation>
    </message>
    <message>
        <source>Hele siden</source>
        <translation>Heile sida</translation>
    </message>
    <message>
        <source>Forstørr</source>
        <translation>Forstørr</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Lagre PDF …</source>
        <translation>Lagre PDF …</translation>
    </message>
    <message>
        <source>Forhåndsvisning av PDF</source>
        <translation>Førehandsvising av PDF</translation>
    </message>
    <message>
        <source> av {n} </source>
        <translation> av {n} </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Forhåndsvisning – {title}</source>
        <translation>Førehandsvising – {title}</translation>
    </message>
    <message>
        <source>PDF-en kunne ikke vises.</source>
        <translation>PDF-en kunne ikkje visast.</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>planlagt kunngjøring</source>
        <translation>planlagd kunngjering</translation>
    </message>
    <message>
        <source>oppstart ny avtale</source>
        <translation>oppstart ny avtale</translation>
    </message>
    <message>
        <source>dagens avtale utløper</source>
        <translation>dagens avtale går ut</translation>
    </message>
    <message>
        <source>Anskaffelsesplaner</source>
        <translation>Anskaffingsplanar</translation>
    </message>
    <message>
        <source>Søk i beskrivelse, referanse, kommune …</source>
        <translation>Søk i skildring, referanse, kommune …</translation>
    </message>
    <message>
        <source>Søk i anskaffelsesplanene</source>
        <translation>Søk i anskaffingsplanane</translation>
    </message>
    <message>
        <source>Filtrer på kommune</source>
        <translation>Filtrer på kommune</translation>
    </message>
    <message>
        <source>CPV begynner med …</source>
        <translation>CPV byrjar med …</translation>
    </message>
    <message>
        <source>Filtrer på CPV</source>
        <translation>Filtrer på CPV</translation>
    </message>
    <message>
        <source>Tidsrom</source>
        <translation>Tidsrom</translation>
    </message>
    <message>
        <source>Tidsrom fra</source>
        <translation>Tidsrom frå</translation>
    </message>
    <message>
        <source>Tidsrom til</source>
        <translation>Tidsrom til</translation>
    </message>
    <message>
        <source>Planlagte anskaffelser</source>
        <translation>Planlagde anskaffingar</translation>
    </message>
    <message>
        <source>Detaljer om valgt linje</source>
        <translation>Detaljar om vald linje</translation>
    </message>
    <message>
        <source>Velg en linje for å se hvor den kom fra.</source>
        <translation>Vel ei linje for å sjå kvar den kom frå.</translation>
    </message>
    <message>
        <source>Rediger linje …</source>
        <translation>Rediger linje …</translation>
    </message>
    <message>
        <source>Alle kommuner</source>
        <translation>Alle kommunar</translation>
    </message>
    <message>
        <source>Viser {shown} av {total} linjer · samlet verdi {value}</source>
        <translation>Viser {shown} av {total} linjer · samla verdi {value}</translation>
    </message>
    <message>
        <source>{total} linjer · samlet verdi {value}</source>
        <translation>{total} linjer · samla verdi {value}</translation>
    </message>
    <message>
        <source>{n} planlagte anskaffelser</source>
        <translation>{n} planlagde anskaffingar</translation>
    </message>
    <message>
        <source>Bare {municipality} og koordinatorene kan endre denne linjen.</source>
        <translation>Berre {municipality} og koordinatorane kan endre denne linja.</translation>
    </message>
    <message>
        <source>, ark «{sheet}»</source>
        <translation>, ark «{sheet}»</translation>
    </message>
    <message>
        <source>Kilde: «{file}»{sheet}, rad {row}</source>
        <translation>Kjelde: «{file}»{sheet}, rad {row}</translation>
    </message>
    <message>
        <source>Tidspunkt: {text}</source>
        <translation>Tidspunkt: {text}</translation>
    </message>
    <message>
        <source>Dagens avtale utløper: {date}</source>
        <translation>Dagens avtale går ut: {date}</translation>
    </message>
    <message>
        <source>Advarsler fra importen:</source>
        <translation>Åtvaringar frå importen:</translation>
    </message>
    <message>
        <source>Originale celler:</source>
        <translation>Originale celler:</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Alvorlighet</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <source>Ark</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>Forslaget</source>
        <extracomment>Something was edited (the page asks ``has_changes()``).</extracomment>
        <translation>Framlegget</translation>
    </message>
    <message>
        <source>Grunnlag</source>
        <translation>Grunnlag</translation>
    </message>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Delkontrakter</source>
        <translation>Delkontraktar</translation>
    </message>
    <message>
        <source>Tidsplan</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Klima og miljø</source>
        <translation>Klima og miljø</translation>
    </message>
    <message>
        <source>Dialog og marked</source>
        <translation>Dialog og marknad</translation>
    </message>
    <message>
        <source>Roller og risiko</source>
        <translation>Roller og risiko</translation>
    </message>
    <message>
        <source>Mål og konkurranse</source>
        <translation>Mål og konkurranse</translation>
    </message>
    <message>
        <source>Styring</source>
        <translation>Styring</translation>
    </message>
    <message>
        <source>Innovasjon og dialog; lokalt leverandørmarked</source>
        <translation>Innovasjon og dialog; lokal leverandørmarknad</translation>
    </message>
    <message>
        <source>Roller og kontakter; risiko</source>
        <translation>Roller og kontaktpersonar; risiko</translation>
    </message>
    <message>
        <source>Mål og virkninger; prosedyre; kvalifikasjonskrav og tildelingskriterier</source>
        <translation>Mål og verknader; prosedyre; kvalifikasjonskrav og tildelingskriterium</translation>
    </message>
    <message>
        <source>Organisering; kostnadsfordeling; kontraktsoppfølging; politisk forankring</source>
        <translation>Organisering; kostnadsfordeling; kontraktsoppfølging; politisk forankring</translation>
    </message>
    <message>
        <source>Forslaget må ha en tittel.</source>
        <translation>Framlegget må ha ein tittel.</translation>
    </message>
    <message>
        <source>E-postadressen «{email}» ser ikke riktig ut.</source>
        <translation>E-postadressa «{email}» ser ikkje rett ut.</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Område</translation>
    </message>
    <message>
        <source>Produktgruppe</source>
        <translation>Produktgruppe</translation>
    </message>
    <message>
        <source>{name}: dato satt</source>
        <translation>{name}: dato sett</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <source>{ref} · {status} · {n} kommuner</source>
        <translation>{ref} · {status} · {n} kommunar</translation>
    </message>
    <message>
        <source>Vertskommune: {host}</source>
        <translation>Vertskommune: {host}</translation>
    </message>
    <message>
        <source>{n} linjer</source>
        <translation>{n} linjer</translation>
    </message>
</context>
<context>
    <name>ProposalSavingMixin</name>
    <message>
        <source>Kan ikke lagre</source>
        <translation>Kan ikkje lagre</translation>
    </message>
    <message>
        <source>Delkontrakter</source>
        <translation>Delkontraktar</translation>
    </message>
    <message>
        <source>Tidsplan</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <source>Lagre endringene?</source>
        <translation>Lagre endringane?</translation>
    </message>
    <message>
        <source>Forslaget {ref} har endringer som ikke er lagret. Lagre endringene?</source>
        <translation>Framlegget {ref} har endringar som ikkje er lagra. Vil du lagre endringane?</translation>
    </message>
    <message>
        <source>{what} lages fra det som er lagret. Lagre endringene først?</source>
        <translation>{what} vert laga frå det som er lagra. Vil du lagre endringane først?</translation>
    </message>
    <message>
        <source>Endringene som ikke er lagret, lagres først.</source>
        <translation>Endringane som ikkje er lagra, vert lagra først.</translation>
    </message>
    <message>
        <source>Bare en koordinator kan endre dette. Du kan endre kontaktperson, fullmakt og linjene til {municipality}.</source>
        <translation>Berre ein koordinator kan endre dette. Du kan endre kontaktperson, fullmakt og linjene til {municipality}.</translation>
    </message>
    <message>
        <source>din kommune</source>
        <translation>kommunen din</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <source>Forslag</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Lagre endringene (Ctrl+S)</source>
        <translation>Lagre endringane (Ctrl+S)</translation>
    </message>
    <message>
        <source>Angre endringer</source>
        <translation>Angre endringar</translation>
    </message>
    <message>
        <source>Forkast endringene som ikke er lagret</source>
        <translation>Forkast endringane som ikkje er lagra</translation>
    </message>
    <message>
        <source>Forhåndsvis PDF</source>
        <translation>Førehandsvis PDF</translation>
    </message>
    <message>
        <source>Vis forslaget som PDF her i programmet</source>
        <translation>Vis framlegget som PDF her i programmet</translation>
    </message>
    <message>
        <source>Skriv ut …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <source>Skriv ut forslaget</source>
        <translation>Skriv ut framlegget</translation>
    </message>
    <message>
        <source>PDF …</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <source>Fullmakter (én per kommune) …</source>
        <translation>Fullmakter (éi per kommune) …</translation>
    </message>
    <message>
        <source>Excel-vedlegg …</source>
        <translation>Excel-vedlegg …</translation>
    </message>
    <message>
        <source>OCDS (JSON) …</source>
        <translation>OCDS (JSON) …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Forslag&lt;/b&gt;</source>
        <translation>&lt;b&gt;Framlegg&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Forslag til felles anskaffelse</source>
        <translation>Framlegg til felles anskaffing</translation>
    </message>
    <message>
        <source>Ingen forslag ennå. Lag et fra et overlapp på siden «Overlapp».</source>
        <translation>Ingen framlegg enno. Lag eitt frå eit overlapp på sida «Overlapp».</translation>
    </message>
    <message>
        <source>Åpent forslag</source>
        <translation>Ope framlegg</translation>
    </message>
    <message>
        <source>Handlinger for forslaget</source>
        <translation>Handlingar for framlegget</translation>
    </message>
    <message>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Velg et forslag i listen til venstre.

Nye forslag lages fra et overlapp på siden «Overlapp».</source>
        <translation>Vel eit framlegg i lista til venstre.

Nye framlegg lagar du frå eit overlapp på sida «Overlapp».</translation>
    </message>
    <message>
        <source>{n} forslag</source>
        <translation>{n} framlegg</translation>
    </message>
    <message>
        <source>Ingen forslag åpent</source>
        <translation>Ikkje noko framlegg ope</translation>
    </message>
    <message>
        <source>  ● ulagrede endringer</source>
        <translation>  ● ulagra endringar</translation>
    </message>
    <message>
        <source>område</source>
        <translation>område</translation>
    </message>
    <message>
        <source>produktgruppe</source>
        <translation>produktgruppe</translation>
    </message>
    <message>
        <source>lokalt marked</source>
        <translation>lokal marknad</translation>
    </message>
    <message>
        <source>Foreslå delkontrakter</source>
        <translation>Føreslå delkontraktar</translation>
    </message>
    <message>
        <source>Foreslå delkontrakter etter {how}? Dette erstatter de {n} delkontraktene og hvilken delkontrakt hver linje hører til.</source>
        <translation>Føreslå delkontraktar etter {how}? Dette erstattar dei {n} delkontraktane og kva delkontrakt kvar linje høyrer til.</translation>
    </message>
    <message>
        <source>Foreslå tidsplan</source>
        <translation>Føreslå tidsplan</translation>
    </message>
    <message>
        <source>Foreslå en ny tidsplan? Den erstatter de {n} milepælene i tidsplanen, og kunngjøring og kontraktsstart flyttes etter den.</source>
        <translation>Føreslå ein ny tidsplan? Den erstattar dei {n} milepælane i tidsplanen, og kunngjering og kontraktsstart vert flytta etter den.</translation>
    </message>
    <message>
        <source>Legg til linje</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>Fjern linje</source>
        <translation>Fjern linje</translation>
    </message>
    <message>
        <source>Fjerne «{line}» fra forslaget? Linjen blir stående i kommunens plan.</source>
        <translation>Fjerne «{line}» frå framlegget? Linja vert ståande i planen til kommunen.</translation>
    </message>
    <message>
        <source>PDF-en</source>
        <translation>PDF-en</translation>
    </message>
    <message>
        <source>Lager PDF …</source>
        <translation>Lagar PDF …</translation>
    </message>
    <message>
        <source>{name} finnes fra før. Vil du erstatte den?</source>
        <translation>{name} finst frå før. Vil du erstatte den?</translation>
    </message>
    <message>
        <source>Eksport</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Denne eksporten er ikke tilgjengelig i denne versjonen av programmet (modulen {module} mangler).</source>
        <translation>Denne eksporten er ikkje tilgjengeleg i denne versjonen av programmet (modulen {module} manglar).</translation>
    </message>
    <message>
        <source>Eksporter {what}</source>
        <translation>Eksporter {what}</translation>
    </message>
    <message>
        <source>Skriver {what} …</source>
        <translation>Lagar {what} …</translation>
    </message>
    <message>
        <source>Lagret {path}</source>
        <translation>Lagra {path}</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel-vedlegg</source>
        <translation>Excel-vedlegg</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>OCDS</source>
        <translation>OCDS</translation>
    </message>
    <message>
        <source>OCDS JSON (*.json)</source>
        <translation>OCDS JSON (*.json)</translation>
    </message>
    <message>
        <source>Fullmaktene</source>
        <translation>Fullmaktene</translation>
    </message>
    <message>
        <source>Eksporter fullmakter</source>
        <translation>Eksporter fullmakter</translation>
    </message>
    <message>
        <source>Velg mappe for fullmaktene</source>
        <translation>Vel mappe for fullmaktene</translation>
    </message>
    <message>
        <source>Mappen har allerede {n} fullmakt-filer ({names}). Filer med samme navn blir erstattet. Fortsette?</source>
        <translation>Mappa har allereie {n} fullmaktsfiler ({names}). Filer med same namn vert erstatta. Vil du halde fram?</translation>
    </message>
    <message>
        <source>Skrev {n} fullmakter til {folder}.</source>
        <translation>Skreiv {n} fullmakter til {folder}.</translation>
    </message>
    <message>
        <source>Skriver fullmaktene …</source>
        <translation>Lagar fullmaktene …</translation>
    </message>
</context>
<context>
    <name>RowPreviewModel</name>
    <message>
        <source>Overskrift</source>
        <extracomment>Rows that are not imported; shown greyed.</extracomment>
        <translation>Overskrift</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Seksjon</source>
        <translation>Seksjon</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>Tom linje</source>
        <translation>Tom linje</translation>
    </message>
    <message>
        <source>Planlinje</source>
        <translation>Planlinje</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Database (SQLite-fil eller PostgreSQL-URL)</source>
        <extracomment>The option labels live in gui/settings.py (outside Qt); marked here so lupdate extracts them. They must match those labels exactly; the dialog shows ``self.tr(option.label)``.</extracomment>
        <translation>Database (SQLite-fil eller PostgreSQL-URL)</translation>
    </message>
    <message>
        <source>Ditt navn</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <source>Din kommune</source>
        <translation>Kommunen din</translation>
    </message>
    <message>
        <source>Følsomhet for overlapp</source>
        <translation>Følsemd for overlapp</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>Fil (kommunesamarbeid.db) eller postgresql+psycopg://…</source>
        <translation>Fil (kommunesamarbeid.db) eller postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>Bla …</source>
        <translation>Bla …</translation>
    </message>
    <message>
        <source>Test tilkobling</source>
        <translation>Test tilkoplinga</translation>
    </message>
    <message>
        <source>På en felles server er du den du logger inn som ({who}).</source>
        <translation>På ein felles tenar er du den du loggar inn som ({who}).</translation>
    </message>
    <message>
        <source>Høyere gir flere og løsere forslag til overlapp; lavere bare de sikreste. Standard 0,50.</source>
        <translation>Høgare gjev fleire og lausare kandidatar til overlapp; lågare gjev berre dei sikraste. Standard 0,50.</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Som systemet ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Endringen gjelder fra neste oppstart. Nå styres språket av {variable}={value}.</source>
        <translation>Endringa gjeld frå neste oppstart. No er det {variable}={value} som styrer språket.</translation>
    </message>
    <message>
        <source>Endringen gjelder fra neste oppstart.</source>
        <translation>Endringa gjeld frå neste oppstart.</translation>
    </message>
    <message>
        <source>Velg databasefil</source>
        <translation>Vel databasefil</translation>
    </message>
    <message>
        <source>SQLite-database (*.db);;Alle filer (*)</source>
        <translation>SQLite-database (*.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Skriv inn en fil eller en adresse først.</source>
        <translation>Skriv inn ei fil eller ei adresse først.</translation>
    </message>
    <message>
        <source>✗ {problem}</source>
        <translation>✗ {problem}</translation>
    </message>
    <message>
        <source>✓ Tilkoblingen virker: {description}</source>
        <translation>✓ Tilkoplinga verkar: {description}</translation>
    </message>
    <message>
        <source>Databasen kunne ikke åpnes; de andre innstillingene er lagret.</source>
        <translation>Databasen kunne ikkje opnast; dei andre innstillingane er lagra.</translation>
    </message>
    <message>
        <source>Passordet</source>
        <translation>Passordet</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Ark</source>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Velg arket som inneholder anskaffelsesplanen.</source>
        <translation>Vel arket som inneheld anskaffingsplanen.</translation>
    </message>
    <message>
        <source>Arkene i filen</source>
        <translation>Arka i fila</translation>
    </message>
    <message>
        <source>Arket «{sheet}» har flest planlinjer og er valgt.</source>
        <translation>Arket «{sheet}» har flest planlinjer og er valt.</translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <source>Ark</source>
        <extracomment>Light backgrounds with dark text, readable in light and dark themes alike. Longest cell text shown in a preview cell (the tooltip has all of it). Words in file names that are not a municipality&apos;s name.</extracomment>
        <translation>Ark</translation>
    </message>
    <message>
        <source>Planlinjer funnet</source>
        <translation>Planlinjer funne</translation>
    </message>
    <message>
        <source>Overskriftsrad</source>
        <translation>Overskriftsrad</translation>
    </message>
    <message>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <source>foreslått</source>
        <translation>føreslått</translation>
    </message>
    <message>
        <source>skjult ark</source>
        <translation>skjult ark</translation>
    </message>
    <message>
        <source>fant ingen plan</source>
        <translation>fann ingen plan</translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Årsak</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Innhold</source>
        <translation>Innhald</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Oppsummering</source>
        <translation>Oppsummering</translation>
    </message>
    <message>
        <source>Planen er importert.</source>
        <translation>Planen er importert.</translation>
    </message>
    <message>
        <source>Oppsummering av importen</source>
        <translation>Oppsummering av importen</translation>
    </message>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; er importert for &lt;b&gt;{name}&lt;/b&gt;{sheet}.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; er importert for &lt;b&gt;{name}&lt;/b&gt;{sheet}.</translation>
    </message>
    <message>
        <source> (ark «{s}»)</source>
        <translation> (ark «{s}»)</translation>
    </message>
    <message>
        <source>Advarsler: {w} · rader med feil (ikke importert): {e} · rader hoppet over (overskrifter, summer, merknader): {s}</source>
        <translation>Åtvaringar: {w} · rader med feil (ikkje importerte): {e} · rader som er hoppa over (overskrifter, summar, merknader): {s}</translation>
    </message>
    <message>
        <source>Kolonnevalget ditt er husket for {name} til neste import.</source>
        <translation>Kolonnevalet ditt er hugsa for {name} til neste import.</translation>
    </message>
    <message>
        <source>Linjene finner du under «Anskaffelsesplaner». Trykk «Fullfør».</source>
        <translation>Linjene finn du under «Anskaffingsplanar». Trykk «Fullfør».</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Sammendrag</source>
        <translation>Samandrag</translation>
    </message>
    <message>
        <source>● Ulagrede endringer: sammendraget gjelder sist lagrede.</source>
        <translation>● Ulagra endringar: samandraget gjeld det som sist vart lagra.</translation>
    </message>
    <message>
        <source>Samlet anslått verdi</source>
        <translation>Samla anslått verdi</translation>
    </message>
    <message>
        <source>anslått verdi, hele perioden inkl. opsjoner</source>
        <translation>anslått verdi for heile perioden, medrekna opsjonar</translation>
    </message>
    <message>
        <source>Verdigrunnlag</source>
        <translation>Verdigrunnlag</translation>
    </message>
    <message>
        <source>Prosedyre</source>
        <translation>Prosedyre</translation>
    </message>
    <message>
        <source>Terskelverdier brukt</source>
        <translation>Terskelverdiar som er nytta</translation>
    </message>
    <message>
        <source>Advarsler</source>
        <translation>Åtvaringar</translation>
    </message>
    <message>
        <source>Valgt advarsel</source>
        <translation>Vald åtvaring</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verdi per kommune&lt;/b&gt; (vertskommunen i fet skrift)</source>
        <translation>&lt;b&gt;Verdi per kommune&lt;/b&gt; (vertskommunen med feit skrift)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advarsler&lt;/b&gt;</source>
        <translation>&lt;b&gt;Åtvaringar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Velg et forslag i listen.</source>
        <translation>Vel eit framlegg i lista.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prosedyre:&lt;/b&gt; {label}</source>
        <translation>&lt;b&gt;Prosedyre:&lt;/b&gt; {label}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Terskelverdier:&lt;/b&gt; ingen gjelder for datoen</source>
        <translation>&lt;b&gt;Terskelverdiar:&lt;/b&gt; ingen gjeld for datoen</translation>
    </message>
    <message>
        <source>{start}–{end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <source>fra {start}</source>
        <translation>frå {start}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Terskelverdier:&lt;/b&gt; gyldige {valid}</source>
        <translation>&lt;b&gt;Terskelverdiar:&lt;/b&gt; gyldige {valid}</translation>
    </message>
    <message>
        <source>, EØS-terskel {amount}</source>
        <translation>, EØS-terskel {amount}</translation>
    </message>
    <message>
        <source>; brukt for {date} ({basis})</source>
        <translation>; nytta for {date} ({basis})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advarsler ({n})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Åtvaringar ({n})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Advarsler:&lt;/b&gt; ingen</source>
        <translation>&lt;b&gt;Åtvaringar:&lt;/b&gt; ingen</translation>
    </message>
    <message>
        <source> (vertskommune)</source>
        <translation> (vertskommune)</translation>
    </message>
    <message>
        <source>satt</source>
        <translation>sett</translation>
    </message>
    <message>
        <source>lik anslått verdi</source>
        <translation>lik anslått verdi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Maksimal verdi:&lt;/b&gt; {amount} ({how})</source>
        <translation>&lt;b&gt;Maksimal verdi:&lt;/b&gt; {amount} ({how})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Planverdier:&lt;/b&gt; {amount}</source>
        <translation>&lt;b&gt;Planverdiar:&lt;/b&gt; {amount}</translation>
    </message>
    <message>
        <source> – forslaget er {amount} lavere</source>
        <translation> – framlegget er {amount} lågare</translation>
    </message>
    <message>
        <source>&lt;b&gt;Periode:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Periode:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>valgt</source>
        <translation>vald</translation>
    </message>
    <message>
        <source>fra linjene</source>
        <translation>frå linjene</translation>
    </message>
    <message>
        <source>&lt;b&gt;Type:&lt;/b&gt; {kind} ({how})</source>
        <translation>&lt;b&gt;Type:&lt;/b&gt; {kind} ({how})</translation>
    </message>
</context>
<context>
    <name>SupplierRegisterPanel</name>
    <message>
        <source>Leverandørregister (Enhetsregisteret)</source>
        <translation>Leverandørregister (Einingsregisteret)</translation>
    </message>
    <message>
        <source>Last inn fra Enhetsregisteret …</source>
        <translation>Last inn frå Einingsregisteret …</translation>
    </message>
    <message>
        <source>Last inn filer fra Enhetsregisteret</source>
        <translation>Last inn filer frå Einingsregisteret</translation>
    </message>
    <message>
        <source>Velg totalbestanden av underenheter og enheter fra data.brreg.no (CSV, CSV.gz, JSON.gz eller regneark). Brukes til å telle lokale leverandører.</source>
        <translation>Vel totalbestanden av undereiningar og einingar frå data.brreg.no (CSV, CSV.gz, JSON.gz eller rekneark). Vert brukt til å telje lokale leverandørar.</translation>
    </message>
    <message>
        <source>Bare en koordinator kan laste inn Enhetsregisteret.</source>
        <extracomment>Replaced in tests: (parent, title, folder, filter) -&gt; chosen paths.</extracomment>
        <translation>Berre ein koordinator kan laste inn Einingsregisteret.</translation>
    </message>
    <message>
        <source>Ikke lastet inn. Last ned underenheter og enheter fra data.brreg.no for å se hvor mange lokale bedrifter som kan gi tilbud på hver delkontrakt.</source>
        <translation>Ikkje lasta inn. Last ned undereiningar og einingar frå data.brreg.no for å sjå kor mange lokale bedrifter som kan gje tilbod på kvar delkontrakt.</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>{n} enheter</source>
        <translation>{n} einingar</translation>
    </message>
    <message>
        <source>enhetsfilen mangler (konkurs og avvikling er ikke kjent)</source>
        <translation>einingsfila manglar (konkurs og avvikling er ikkje kjent)</translation>
    </message>
    <message>
        <source>Data per {date}: {units} underenheter, {parents}. {attribution}</source>
        <translation>Data per {date}: {units} undereiningar, {parents}. {attribution}</translation>
    </message>
    <message>
        <source>Velg filer fra Enhetsregisteret</source>
        <translation>Vel filer frå Einingsregisteret</translation>
    </message>
    <message>
        <source>Erstatte leverandørregisteret?</source>
        <translation>Erstatte leverandørregisteret?</translation>
    </message>
    <message>
        <source>Filene erstatter det som er lastet inn av samme slag (underenheter og/eller enheter). Fortsette?</source>
        <translation>Filene erstattar det som er lasta inn av same slag (undereiningar og/eller einingar). Vil du halde fram?</translation>
    </message>
    <message>
        <source>{file}: {stored} av {read} rader lastet inn.</source>
        <translation>{file}: {stored} av {read} rader lasta inn.</translation>
    </message>
    <message>
        <source>Enhetsregisteret</source>
        <translation>Einingsregisteret</translation>
    </message>
    <message>
        <source>Laster inn Enhetsregisteret …</source>
        <translation>Lastar inn Einingsregisteret …</translation>
    </message>
</context>
<context>
    <name>TextTabsMixin</name>
    <message>
        <source>Hvordan skal klima og miljø ivaretas?</source>
        <translation>Korleis skal ein ta omsyn til klima og miljø?</translation>
    </message>
    <message>
        <source>Ikke bestemt ennå</source>
        <translation>Ikkje bestemt enno</translation>
    </message>
    <message>
        <source>Tildelingskriterium med vekt</source>
        <translation>Tildelingskriterium med vekt</translation>
    </message>
    <message>
        <source>Krav i kravspesifikasjonen</source>
        <translation>Krav i kravspesifikasjonen</translation>
    </message>
    <message>
        <source>&amp;Vekt:</source>
        <translation>&amp;Vekt:</translation>
    </message>
    <message>
        <source>Vekt for klima og miljø i prosent</source>
        <translation>Vekt for klima og miljø i prosent</translation>
    </message>
    <message>
        <source>Ikke oppgitt</source>
        <translation>Ikkje oppgjeve</translation>
    </message>
    <message>
        <source>(normalt minst 30 %)</source>
        <translation>(normalt minst 30 %)</translation>
    </message>
    <message>
        <source>Klima og miljø</source>
        <translation>Klima og miljø</translation>
    </message>
    <message>
        <source>FOA § 7-9: klima- og miljøhensyn vektes normalt med minst 30 % i tildelingskriteriene. Krav i kravspesifikasjonen i stedet kan brukes når det klart gir bedre klima- og miljøeffekt, og det må begrunnes.</source>
        <translation>FOA § 7-9: klima- og miljøomsyn skal normalt vektast med minst 30 % i tildelingskriteria. Krav i kravspesifikasjonen kan brukast i staden når det klart gjev betre klima- og miljøeffekt, og det må grunngjevast.</translation>
    </message>
    <message>
        <source>&amp;Klimakravene og begrunnelsen for krav i stedet for vekt (påkrevd)</source>
        <translation>&amp;Klimakrava og grunngjevinga for krav i staden for vekt (påkravd)</translation>
    </message>
    <message>
        <source>&amp;Hva som vektes, og hvordan det måles</source>
        <translation>&amp;Kva som vert vekta, og korleis det vert målt</translation>
    </message>
    <message>
        <source>&amp;Merknader</source>
        <translation>&amp;Merknader</translation>
    </message>
    <message>
        <source>Innovasjon</source>
        <translation>Innovasjon</translation>
    </message>
    <message>
        <source>Er det rom for nye løsninger? Funksjonskrav i stedet for detaljkrav?</source>
        <translation>Er det rom for nye løysingar? Funksjonskrav i staden for detaljkrav?</translation>
    </message>
    <message>
        <source>Tidlig dialog med leverandørene</source>
        <translation>Tidleg dialog med leverandørane</translation>
    </message>
    <message>
        <source>Markedsdialog: når, hvordan (møter, RFI, konferanse), hvem inviteres?</source>
        <translation>Marknadsdialog: når, korleis (møte, RFI, konferanse), og kven skal inviterast?</translation>
    </message>
    <message>
        <source>Lokalt leverandørmarked</source>
        <translation>Lokal leverandørmarknad</translation>
    </message>
    <message>
        <source>Hvilke lokale leverandører finnes, og hvordan kan de delta?</source>
        <translation>Kva lokale leverandørar finst, og korleis kan dei delta?</translation>
    </message>
    <message>
        <source>Delkontrakter per område gjør det lettere for lokale bedrifter å gi tilbud på sitt eget område.</source>
        <translation>Delkontraktar per område gjer det lettare for lokale bedrifter å gje tilbod i sitt eige område.</translation>
    </message>
    <message>
        <source>Vertskommune og kontaktpersoner</source>
        <translation>Vertskommune og kontaktpersonar</translation>
    </message>
    <message>
        <source>Roller og kontakter</source>
        <translation>Roller og kontaktpersonar</translation>
    </message>
    <message>
        <source>Vertskommunens rolle, prosjektgruppe, brukergruppe, hvem signerer …</source>
        <translation>Rolla til vertskommunen, prosjektgruppe, brukargruppe, kven som signerer …</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Hva kan gå galt (for få tilbud, forsinkelser, kommuner som trekker seg), og hva gjøres med det?</source>
        <translation>Kva kan gå gale (for få tilbod, forseinkingar, kommunar som trekkjer seg), og kva gjer ein med det?</translation>
    </message>
    <message>
        <source>Tomt felt: dokumentet skriver en standardtekst og sier at det er en standardtekst.</source>
        <translation>Tomt felt: dokumentet skriv ein standardtekst og seier at det er ein standardtekst.</translation>
    </message>
    <message>
        <source>Mål og forventede virkninger</source>
        <translation>Mål og venta verknader</translation>
    </message>
    <message>
        <source>Hva skal oppnås: innsparing, kvalitet, lokalt næringsliv, kompetanse …</source>
        <translation>Kva skal ein oppnå: innsparing, kvalitet, lokalt næringsliv, kompetanse …</translation>
    </message>
    <message>
        <source>Prosedyre og begrunnelse</source>
        <translation>Prosedyre og grunngjeving</translation>
    </message>
    <message>
        <source>Hvilken prosedyre (f.eks. åpen anbudskonkurranse), og hvorfor?</source>
        <translation>Kva prosedyre (t.d. open anbodskonkurranse), og kvifor?</translation>
    </message>
    <message>
        <source>Kvalifikasjonskrav og tildelingskriterier</source>
        <translation>Kvalifikasjonskrav og tildelingskriterium</translation>
    </message>
    <message>
        <source>Utkast til kvalifikasjonskrav og tildelingskriterier med vekter</source>
        <translation>Utkast til kvalifikasjonskrav og tildelingskriterium med vekter</translation>
    </message>
    <message>
        <source>Klimavekten settes under «Klima og miljø». Tomt felt: dokumentet skriver et utkast med pris, kvalitet og klimavekten, og sier at det er en standardtekst.</source>
        <translation>Klimavekta set du under «Klima og miljø». Tomt felt: dokumentet skriv eit utkast med pris, kvalitet og klimavekta, og seier at det er ein standardtekst.</translation>
    </message>
    <message>
        <source>Organisering og beslutninger</source>
        <translation>Organisering og avgjerder</translation>
    </message>
    <message>
        <source>Styringsgruppe, hvem beslutter hva, godkjenningspunkter …</source>
        <translation>Styringsgruppe, kven avgjer kva, godkjenningspunkt …</translation>
    </message>
    <message>
        <source>Kostnadsfordeling</source>
        <translation>Kostnadsfordeling</translation>
    </message>
    <message>
        <source>Hvordan kostnadene ved konkurransen fordeles mellom kommunene</source>
        <translation>Korleis kostnadene ved konkurransen vert fordelte mellom kommunane</translation>
    </message>
    <message>
        <source>Kontraktsoppfølging</source>
        <translation>Kontraktsoppfølging</translation>
    </message>
    <message>
        <source>Hvem følger opp avtalen etter tildeling, og hvordan?</source>
        <translation>Kven følgjer opp avtalen etter tildelinga, og korleis?</translation>
    </message>
    <message>
        <source>Politisk forankring</source>
        <translation>Politisk forankring</translation>
    </message>
    <message>
        <source>Hvor og når saken behandles politisk og administrativt</source>
        <translation>Kvar og når saka vert handsama politisk og administrativt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vertskommune:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;Vertskommune:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <source>ikke valgt</source>
        <translation>ikkje vald</translation>
    </message>
    <message>
        <source>&lt;i&gt;ingen kontaktperson&lt;/i&gt;</source>
        <translation>&lt;i&gt;ingen kontaktperson&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Kontaktpersoner endres under «Deltakere».</source>
        <translation>Kontaktpersonane endrar du under «Deltakarar».</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Tidslinje</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source> (utført)</source>
        <translation> (utført)</translation>
    </message>
    <message>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <source>{name}: dagens avtale utløper {dates}</source>
        <translation>{name}: dagens avtale går ut {dates}</translation>
    </message>
    <message>
        <source>milepæl</source>
        <translation>milepæl</translation>
    </message>
    <message>
        <source>utført</source>
        <translation>utført</translation>
    </message>
    <message>
        <source>dagens avtale utløper</source>
        <translation>dagens avtale går ut</translation>
    </message>
    <message>
        <source>uten avtale før ny starter</source>
        <translation>utan avtale før den nye tek til</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>uten dato</source>
        <translation>utan dato</translation>
    </message>
    <message>
        <source>Dagens avtaler utløper</source>
        <translation>Dagens avtalar går ut</translation>
    </message>
    <message>
        <source>ukjent utløpsdato</source>
        <translation>ukjend utløpsdato</translation>
    </message>
</context>
<context>
    <name>TimelineTabMixin</name>
    <message>
        <source>Foreslå tidsplan</source>
        <translation>Føreslå tidsplan</translation>
    </message>
    <message>
        <source>Planlegg bakover fra første behov: markedsdialog, fullmakt, kunngjøring, tilbudsfrist, tildeling og kontraktsstart.</source>
        <translation>Planlegg bakover frå det første behovet: marknadsdialog, fullmakt, kunngjering, tilbodsfrist, tildeling og kontraktsstart.</translation>
    </message>
    <message>
        <source>Ny milepæl</source>
        <translation>Ny milepæl</translation>
    </message>
    <message>
        <source>Fjern milepæl</source>
        <translation>Fjern milepæl</translation>
    </message>
    <message>
        <source>Fjern valgt milepæl</source>
        <translation>Fjern vald milepæl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tittel</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <source>Milepæler</source>
        <translation>Milepælar</translation>
    </message>
    <message>
        <source>Type milepæl</source>
        <translation>Type milepæl</translation>
    </message>
    <message>
        <source>Dato for milepæl</source>
        <translation>Dato for milepæl</translation>
    </message>
    <message>
        <source>Hver milepæl må ha en tittel.</source>
        <translation>Kvar milepæl må ha ein tittel.</translation>
    </message>
</context>
<context>
    <name>ValueBarChart</name>
    <message>
        <source>Verdi per kommune</source>
        <extracomment>Some of the underlying values are missing: the bar is a lower bound. Shown in the tooltip and the accessible description. Drawn in bold (the host municipality): visible without colour.</extracomment>
        <translation>Verdi per kommune</translation>
    </message>
    <message>
        <source>Ingen verdier</source>
        <translation>Ingen verdiar</translation>
    </message>
    <message>
        <source>Ingen verdier ennå</source>
        <translation>Ingen verdiar enno</translation>
    </message>
    <message>
        <source>≥ skravert: verdien mangler for noen linjer</source>
        <translation>≥ skravert: verdien manglar for nokre linjer</translation>
    </message>
    <message>
        <source> (minst – noen verdier mangler)</source>
        <translation> (minst – nokre verdiar manglar)</translation>
    </message>
</context>
</TS>
