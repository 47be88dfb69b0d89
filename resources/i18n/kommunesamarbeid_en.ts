<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>AddLineDialog</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="32"/>
        <source>Legg til linje i overlapp nr. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="36"/>
        <source>Velg én eller flere linjer å legge til i «{title}». Listen viser aktive linjer som ikke er med i et åpent overlapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="43"/>
        <source>Søk i beskrivelse, kommune, CPV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="264"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="45"/>
        <source>Søk etter linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="276"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="49"/>
        <source>Linjer som kan legges til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="282"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="68"/>
        <source>Legg til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="284"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="70"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="87"/>
        <source>Viser {shown} av {total} linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_dialogs.py" line="90"/>
        <source> – ingen ledige linjer passer søket. En linje som er med i et annet åpent overlapp, må tas ut der først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="250"/>
        <source>Legg til linjer i forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="254"/>
        <source>Velg én eller flere planlagte anskaffelser. En linje fra en kommune som ikke er med ennå, gjør kommunen til deltaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="262"/>
        <source>Søk i beskrivelse, CPV, kilde …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="266"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="267"/>
        <source>Alle kommuner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/app.py" line="151"/>
        <source>Finner overlapp …</source>
        <extracomment>Environment variable choosing the user-interface language, e.g. ``en``. Norwegian is the source language: it needs no translation file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/app.py" line="160"/>
        <source>Laster inn demodata …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/context.py" line="64"/>
        <source>Avbryt</source>
        <extracomment>Exceptions that mean &quot;the user stopped it; nothing changed&quot; (shown as information). Emitted after anything changed data (import, detection, edits): pages refresh. Emitted when another database was opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/context.py" line="94"/>
        <source>Avbrutt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasicsTabMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="58"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="61"/>
        <source>Behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="61"/>
        <source>Hva skal kjøpes, og hvorfor sammen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="65"/>
        <source>Vertskommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="67"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="68"/>
        <source>Bare statusendringene som er lov herfra, vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="69"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="70"/>
        <source>Rammeavtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="72"/>
        <source>Avtaleperiode i år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="76"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="86"/>
        <source> år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="77"/>
        <source>Fra linjene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="79"/>
        <source>«Fra linjene»: hver linje verdsettes med sin egen periode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="82"/>
        <source>Opsjoner i år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="87"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="88"/>
        <source>Satt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="87"/>
        <source>Planlagt kunngjøring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="88"/>
        <source>Planlagt kontraktsstart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="89"/>
        <source>&amp;Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="90"/>
        <source>&amp;Behov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="91"/>
        <source>&amp;Vertskommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="92"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="94"/>
        <source>Avtale&amp;periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="95"/>
        <source>&amp;Opsjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="96"/>
        <source>Planlagt &amp;kunngjøring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="97"/>
        <source>Planlagt kontrakts&amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="101"/>
        <source>Verdien regnes for hele perioden inkludert opsjoner. Kunngjøring og kontraktsstart følger milepælene i tidsplanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="126"/>
        <source>(ikke valgt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="296"/>
        <source>Kontroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="298"/>
        <source>En prøvekjøring viser hva importen vil gjøre. Ingenting er lagret ennå: trykk «Importer» for å lagre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="303"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="306"/>
        <source>Resultat av prøvekjøringen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="308"/>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="309"/>
        <source>Kjør kontrollen på nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="313"/>
        <source>Problemer i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="318"/>
        <source>Rader som hoppes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="323"/>
        <source>Problemer og rader som hoppes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="339"/>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="367"/>
        <source>Prøvekjører importen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="377"/>
        <source>Kommune: &lt;b&gt;{name}&lt;/b&gt;{new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="379"/>
        <source> (ny, legges til)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="385"/>
        <source>&lt;b&gt;{n} med feil blir ikke importert&lt;/b&gt; (markert med rødt). Rett feilene i regnearket og importer på nytt, eller importer resten nå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="387"/>
        <source>rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="387"/>
        <source>rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="391"/>
        <source>{n}: linjene importeres, men sjekk verdiene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="392"/>
        <source>advarsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="392"/>
        <source>advarsler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="396"/>
        <source>Ingen feil eller advarsler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="400"/>
        <source>{n} linjer som kommunen har fra før, finnes ikke i filen og blir merket som trukket tilbake (ikke slettet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="418"/>
        <source>Kontrollen ble avbrutt. Ingenting er endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="420"/>
        <source>Planen kan ikke importeres slik den er valgt nå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="429"/>
        <source>Feil og advarsler ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="430"/>
        <source>Rader som hoppes over ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="68"/>
        <source>Kolonner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="70"/>
        <source>Sjekk hvilken kolonne som hører til hvert felt. Lav sikkerhet er markert med oransje. Endringer huskes for kommunen til neste import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="83"/>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="83"/>
        <source>Kolonne i arket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="83"/>
        <source>Sikkerhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="90"/>
        <source>Kolonne for {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="114"/>
        <source>Kolonnetilordning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="116"/>
        <source>Forhåndsvisning av de første linjene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="125"/>
        <source>&lt;b&gt;Slik leses de første linjene:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="141"/>
        <source>Leser arket …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="167"/>
        <source>(ingen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="178"/>
        <source>Kolonnene er valgt slik du rettet dem ved forrige import for {name} (overskrift på rad {rows}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="184"/>
        <source>Kolonnene er gjenkjent ut fra overskriften på rad {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="211"/>
        <source>endret av deg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="215"/>
        <source>husket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="219"/>
        <source> – sjekk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="232"/>
        <source>Velg kolonnen for «{field}»: uten den kan ingen linjer leses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="238"/>
        <source>Kolonne {col} er valgt både for «{a}» og «{b}».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/errors.py" line="23"/>
        <source>Uventet feil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/errors.py" line="25"/>
        <source>Det oppstod en uventet feil i programmet. Arbeidet ditt er lagret til og med forrige fullførte handling.

Feilen er skrevet til loggfilen i {log_dir}. Kopier detaljene nedenfor hvis du melder fra om feilen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="73"/>
        <source>Velg fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="74"/>
        <source>Anskaffelsesplanen som skal importeres: Excel (.xlsx, .xlsm) eller CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="79"/>
        <source>Filen som skal importeres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="80"/>
        <source>Velg en fil med «Bla …» eller lim inn stien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="84"/>
        <source>Bla …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="85"/>
        <source>Bla etter filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="91"/>
        <source>Resultat av lesingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="93"/>
        <source>Fil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="107"/>
        <source>Importer anskaffelsesplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="109"/>
        <source>Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="126"/>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="152"/>
        <source>Leser «{name}» …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="128"/>
        <source>Lesingen ble avbrutt. Velg filen på nytt for å prøve igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="129"/>
        <source>Leser filen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="129"/>
        <source>Ser etter planen i arkene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="180"/>
        <source>Filen kan ikke importeres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="192"/>
        <source>CSV-fil (tegnsett {enc}, skilletegn «{sep}»).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="197"/>
        <source>Excel-fil med {n} ark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="202"/>
        <source> i arket «{sheet}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="207"/>
        <source>Fant {n} planlinjer{where}, med overskrift på rad {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="211"/>
        <source>Trykk «Neste» for å kontrollere og importere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="219"/>
        <source>Du kan likevel gå videre og peke ut overskriftsraden og kolonnene selv.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/groups_model.py" line="86"/>
        <source>Overlapp nr. {id}</source>
        <extracomment>Status → (marker, label). The marker carries the status without colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="463"/>
        <source>Overskriftsrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="465"/>
        <source>Raden med kolonnenavnene er markert med blått. Grå rader (tittel, seksjon, sum, merknad) blir ikke importert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="471"/>
        <source>Forhåndsvisning av arket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="476"/>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="477"/>
        <source>Bruk valgt rad som overskriftsrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="479"/>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="480"/>
        <source>Finn overskriften automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="497"/>
        <source>Leser arket …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="509"/>
        <source>valgt av deg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="511"/>
        <source>funnet automatisk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="515"/>
        <source>Overskrift på rad {rows} ({how}): {lines}, {skipped} hoppes over. Er det feil rad, merk riktig rad og trykk «Bruk valgt rad som overskriftsrad».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="521"/>
        <source>planlinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="521"/>
        <source>planlinjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="523"/>
        <source>rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="523"/>
        <source>rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="534"/>
        <source>Velg raden med kolonnenavnene og trykk «Bruk valgt rad som overskriftsrad».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="463"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="464"/>
        <source>Planen lagres i databasen. Du kan avbryte underveis; da endres ingenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="468"/>
        <source>Neste &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="470"/>
        <source>Status for importen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="471"/>
        <source>Prøv igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="472"/>
        <source>Prøv importen igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="487"/>
        <source>Importerer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="520"/>
        <source>Importerer «{name}» …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="531"/>
        <source>Importen er fullført.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="541"/>
        <source>Importen ble avbrutt. Ingenting er endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="544"/>
        <source>Importen mislyktes. Ingenting er endret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="72"/>
        <source>Importer anskaffelsesplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="77"/>
        <source>&lt; Tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="78"/>
        <source>Neste &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="79"/>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="80"/>
        <source>Fullfør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="81"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="167"/>
        <source>Lesingen ble avbrutt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard.py" line="188"/>
        <source>Leser planen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="439"/>
        <source>nye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="440"/>
        <source>endret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="441"/>
        <source>uendret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="442"/>
        <source>trukket tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="450"/>
        <source>Importen vil gi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="452"/>
        <source>Importert:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditDialog</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="61"/>
        <source>Rediger linje – {municipality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="67"/>
        <source>8 siffer, f.eks. 90620000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="78"/>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="96"/>
        <source>Tidspunkt kjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="86"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="87"/>
        <source>CPV-kode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="88"/>
        <source>Verdi pr. år (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="89"/>
        <source>Totalverdi (kr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="90"/>
        <source>Avtaleperiode (år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="91"/>
        <source>Opsjoner (år)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="93"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="94"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="114"/>
        <source>Ugyldig beløp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinePreviewModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="328"/>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="329"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="330"/>
        <source>CPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="331"/>
        <source>Verdi pr. år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="332"/>
        <source>Totalverdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="333"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="334"/>
        <source>Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="344"/>
        <source>(leses ikke)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="96"/>
        <source>Kommune</source>
        <extracomment>Marked for translation; translated in ``headerData`` at display time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="97"/>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="98"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="99"/>
        <source>CPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="100"/>
        <source>Verdi pr. år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="101"/>
        <source>Totalverdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="102"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="103"/>
        <source>Kilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="251"/>
        <source>Linjen har advarsler fra importen – se detaljene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/lines_model.py" line="272"/>
        <source>{file}{sheet}, rad {row}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotsTabMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="51"/>
        <source>Foreslå etter område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="52"/>
        <source>Foreslå delkontrakter etter område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="55"/>
        <source>Én delkontrakt per kommune (små slås sammen), så lokale leverandører kan gi tilbud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="58"/>
        <source>Foreslå etter produktgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="60"/>
        <source>Foreslå delkontrakter etter produktgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="62"/>
        <source>Én delkontrakt per CPV-klasse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="69"/>
        <source>Nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="70"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="71"/>
        <source>Grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="72"/>
        <source>Linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="73"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="94"/>
        <source>Anslått verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="75"/>
        <source>Delkontrakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="80"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="81"/>
        <source>Ny delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="82"/>
        <source>Fjern delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="83"/>
        <source>Fjern valgt delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="89"/>
        <source>Hvilken delkontrakt hver linje hører til:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="92"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="93"/>
        <source>Linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="95"/>
        <source>Delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="97"/>
        <source>Linjenes delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="110"/>
        <source>&amp;Begrunnelse for ikke å dele opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="112"/>
        <source>Begrunnelse for ikke å dele opp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="114"/>
        <source>Påkrevd over EØS-terskelen når anskaffelsen ikke deles i delkontrakter (FOA § 19-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="153"/>
        <source>Delkontrakt for {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="175"/>
        <source>Grunnlag for delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="230"/>
        <source>Ingen delkontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="253"/>
        <source>Ikke delt i delkontrakter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="256"/>
        <source>{n} linjer er ikke i en delkontrakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="259"/>
        <source>Alle linjer er i en delkontrakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="274"/>
        <source>Delkontrakt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="293"/>
        <source>Hver delkontrakt må ha et nummer fra 1 og oppover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="295"/>
        <source>To delkontrakter kan ikke ha samme nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="297"/>
        <source>Hver delkontrakt må ha en tittel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="33"/>
        <source>Regneark (*.xlsx *.xlsm *.csv);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="53"/>
        <source>{app} – felles anskaffelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="69"/>
        <source>Navigasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="108"/>
        <source>&amp;Fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="109"/>
        <source>&amp;Importer plan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="110"/>
        <source>&amp;Eksporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="112"/>
        <source>Samlet plan (Excel) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="115"/>
        <source>Oversikt over overlapp (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="119"/>
        <source>Å&amp;pne database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="121"/>
        <source>&amp;Ny database …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="124"/>
        <source>&amp;Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="126"/>
        <source>&amp;Verktøy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="127"/>
        <source>Finn &amp;overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="128"/>
        <source>Last inn &amp;CPV-katalog …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="130"/>
        <source>&amp;Innstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="131"/>
        <source>&amp;Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="140"/>
        <source>&amp;Hjelp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="141"/>
        <source>&amp;Om</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="144"/>
        <source>Database: {db}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="151"/>
        <source>Importer anskaffelsesplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="174"/>
        <source>Last inn CPV-katalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="176"/>
        <source>CPV-katalog (*.csv *.xlsx);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="185"/>
        <source>CPV-katalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="187"/>
        <source>Lest inn {loaded} CPV-koder ({with_norwegian} med norsk tekst) fra {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="196"/>
        <source>Leser CPV-katalogen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="215"/>
        <source>Eksporter samlet plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="215"/>
        <source>samlet_plan.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="215"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="224"/>
        <source>Skriver samlet plan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="227"/>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="249"/>
        <source>Skrev {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="235"/>
        <source>Oversikt over overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="236"/>
        <source>overlapp_oversikt.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="237"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="246"/>
        <source>Skriver oversikten …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="258"/>
        <source>Kan ikke åpne databasen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="267"/>
        <source>Åpne database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="269"/>
        <source>SQLite-database (*.db *.sqlite);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="276"/>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="283"/>
        <source>Ny database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="276"/>
        <source>SQLite-database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="284"/>
        <source>Filen finnes fra før. Velg «Åpne database» for å bruke den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="306"/>
        <source>Om {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="308"/>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Samle kommunenes anskaffelsesplaner, finn overlappende behov og lag forslag til felles anskaffelser.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;CPV-katalog: {codes} koder&lt;/p&gt;&lt;p&gt;Et planleggingsverktøy: det gir ikke juridiske råd.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/main_window.py" line="340"/>
        <source>Et arbeid pågår fortsatt. Vil du avbryte det og avslutte?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalitiesPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="26"/>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="41"/>
        <source>Kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="31"/>
        <source>&lt;h2&gt;Kommuner&lt;/h2&gt;Kommunene i samarbeidet og planene deres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="35"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="35"/>
        <source>Kommunenr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="35"/>
        <source>Fylke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="35"/>
        <source>Aktive linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="44"/>
        <source>Legg til kommune …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="67"/>
        <source>{n} kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="71"/>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="76"/>
        <source>Legg til kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="71"/>
        <source>Navn (f.eks. «Nome kommune»):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="76"/>
        <source>Kommunenummer (valgfritt):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/municipalities.py" line="83"/>
        <source>Kan ikke legge til</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="238"/>
        <source>Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="238"/>
        <source>Hvilken kommunes anskaffelsesplan er dette?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="241"/>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="316"/>
        <source>En kommune som finnes fra før</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="242"/>
        <source>Velg en kommune som finnes fra før</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="243"/>
        <source>Ny kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="244"/>
        <source>Legg til en ny kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="251"/>
        <source>Kommune (skriv for å søke)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="252"/>
        <source>Skriv for å søke …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="259"/>
        <source>Navn på ny kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="260"/>
        <source>f.eks. Fedje kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="262"/>
        <source>Kommunenummer (valgfritt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="263"/>
        <source>valgfritt, fire siffer, f.eks. 4633</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="276"/>
        <source>Kommune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="277"/>
        <source>Navn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="278"/>
        <source>Kommunenummer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="318"/>
        <source>En kommune som finnes fra før (ingen er lagt inn ennå)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="334"/>
        <source>Valgt ut fra filnavnet «{file}».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="344"/>
        <source>Navnet er foreslått ut fra filnavnet «{file}». Rett stavemåten om nødvendig (for eksempel æ, ø og å).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="364"/>
        <source>Velg en kommune fra lista.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="370"/>
        <source>{name} finnes fra før. Velg kommunen i lista over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="375"/>
        <source>Kommunenummeret skal være fire siffer, f.eks. 4633.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="378"/>
        <source>Kommunenummer {number} er allerede registrert for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapDecisionsMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="52"/>
        <source>nr. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="53"/>
        <source>Endre status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="56"/>
        <source>Bekreftet overlapp {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="59"/>
        <source>Overlapp {names} er forslag igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="66"/>
        <source>Avvise overlappet «{title}»?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="68"/>
        <source>Avvise {n} overlapp?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="70"/>
        <source>Det samme settet med linjer blir ikke foreslått igjen når du finner overlapp på nytt. Du kan gjenåpne det senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="73"/>
        <source>Avvis overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="74"/>
        <source>Avviste overlapp {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="81"/>
        <source>• nr. {id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="84"/>
        <source>Slå sammen {n} overlapp til ett?

{listing}

Linjene samles i nr. {target}; de andre overlappene forsvinner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="87"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="92"/>
        <source>Slå sammen overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="94"/>
        <source>Slo sammen {n} overlapp til nr. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="109"/>
        <source>Flytte {n} linjer fra «{title}» til et nytt overlapp?

{listing}

Begge overlappene må ha linjer fra minst to kommuner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="112"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="116"/>
        <source>Del opp overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="122"/>
        <source>Delte opp nr. {old}: de valgte linjene er nå nr. {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="140"/>
        <source>Ta ut linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="142"/>
        <source>Tok ut {n} linje(r) fra nr. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="173"/>
        <source>Legg til linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_decisions.py" line="175"/>
        <source>La til {n} linje(r) i nr. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapDetailMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="27"/>
        <source>&lt;b&gt;Velg et overlapp i listen&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="29"/>
        <source>Linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="35"/>
        <source>Linjer ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="37"/>
        <source> – {n} tatt ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="55"/>
        <source>nr. {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="56"/>
        <source>{n} kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="57"/>
        <source>{n} linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="59"/>
        <source>score {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="62"/>
        <source>endret av bruker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="74"/>
        <source>{n} av linjene er trukket fra planen etter at overlappet ble funnet. Ta dem ut før du lager forslag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="83"/>
        <source>Overlappet har nå linjer fra bare én kommune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="86"/>
        <source>Hvorfor disse linjene hører sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap_detail.py" line="90"/>
        <source>Ingen begrunnelse er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="68"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="281"/>
        <source>Overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="94"/>
        <source>Alle</source>
        <extracomment>Column widths (the title and the description get at least this, and what is left).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="95"/>
        <source>Kandidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="96"/>
        <source>Bekreftet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="97"/>
        <source>Avvist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="100"/>
        <source>Verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="101"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="102"/>
        <source>Antall kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="120"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="159"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="218"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="262"/>
        <source>Finn overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="161"/>
        <source>Sammenlign alle aktive linjer og finn overlapp (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="165"/>
        <source>Bekreft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="168"/>
        <source>Bekreft at linjene hører sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="171"/>
        <source>Avvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="174"/>
        <source>Avvis overlappet; det samme forslaget kommer ikke igjen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="177"/>
        <source>Gjenåpne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="180"/>
        <source>Sett overlappet tilbake til forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="183"/>
        <source>Slå sammen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="186"/>
        <source>Slå sammen de valgte overlappene til ett</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="189"/>
        <source>Lag forslag …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="192"/>
        <source>Lag et utkast til forslag til felles anskaffelse fra overlappet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="195"/>
        <source>Legg til linje …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="198"/>
        <source>Legg en linje fra en annen kommune til i overlappet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="201"/>
        <source>Del opp …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="204"/>
        <source>Flytt de valgte linjene til et nytt overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="207"/>
        <source>Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="210"/>
        <source>Gå til søkefeltet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="225"/>
        <source>Vis status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="229"/>
        <source>&amp;Vis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="234"/>
        <source>Sorter etter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="237"/>
        <source>S&amp;orter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="242"/>
        <source>Søk i overlapp, kommuner, linjer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="244"/>
        <source>Søk i overlappene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="257"/>
        <source>Ingen overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="308"/>
        <source>Antall overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="319"/>
        <source>Valgt overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="328"/>
        <source>Hvorfor linjene hører sammen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="335"/>
        <source>Linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="337"/>
        <source>Vis begrunnelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="338"/>
        <source>Vis begrunnelse for hver linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="339"/>
        <source>Vis hvorfor hver linje passer i overlappet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="346"/>
        <source>Linjer i overlappet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="363"/>
        <source>Ta ut linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="366"/>
        <source>Ta de valgte linjene ut av overlappet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="465"/>
        <source>&lt;h3&gt;Ingen overlapp ennå&lt;/h3&gt;&lt;p&gt;Finn overlapp sammenligner de aktive linjene i alle kommunenes anskaffelsesplaner og foreslår grupper av like behov.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="472"/>
        <source>&lt;h3&gt;Ingen planer å sammenligne&lt;/h3&gt;&lt;p&gt;Importer anskaffelsesplanene først (Fil → Importer plan …), så kan du finne overlapp mellom kommunene.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="490"/>
        <source>{n} overlapp · {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="492"/>
        <source>Viser {shown} av {total} · {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="502"/>
        <source>{n} overlapp ({c} bekreftet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="630"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="633"/>
        <source>Leter etter overlapp …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="649"/>
        <source>Fant {groups} overlapp blant {lines} linjer: {new} nye, {kept} beholdt fra før (følsomhet {s}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="664"/>
        <source>Søket etter overlapp ble avbrutt – ingenting er endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="684"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="692"/>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="700"/>
        <source>Lag forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="685"/>
        <source>Forslag kan ikke lages i denne versjonen ennå ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="694"/>
        <source>Overlappet har allerede forslaget {refs}. Lage et nytt forslag likevel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/overlap.py" line="707"/>
        <source>Laget forslag {ref} fra overlapp nr. {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTabMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="207"/>
        <source>Deltakende kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="208"/>
        <source>&amp;Kommune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="213"/>
        <source>Kontakt og fullmakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="220"/>
        <source>Signert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="220"/>
        <source>Fullmakt signert dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="222"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="232"/>
        <source>Kontaktperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="223"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="233"/>
        <source>E-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="224"/>
        <source>Fullmakt signert av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="225"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="236"/>
        <source>Stilling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="230"/>
        <source>navn@kommune.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="231"/>
        <source>f.eks. kommunedirektør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="234"/>
        <source>Fullmakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="235"/>
        <source>Signert av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="239"/>
        <source>Behov fra kommunens anskaffelsesplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="242"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="242"/>
        <source>Anslått verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="242"/>
        <source>Utløper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="243"/>
        <source>Kommunens linjer i forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="246"/>
        <source>Dagens avtale utløper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="250"/>
        <source>Legg til linje …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="251"/>
        <source>Legg til linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="252"/>
        <source>Fjern linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="253"/>
        <source>Fjern linje fra forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="272"/>
        <source> (vertskommune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="274"/>
        <source>{name} – fullmakt signert {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="277"/>
        <source>{name} – fullmakt mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="369"/>
        <source>rad {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="378"/>
        <source>Ref.: {ref}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="379"/>
        <source>CPV: {cpv} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="383"/>
        <source>CPV mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="384"/>
        <source>Kilde: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="391"/>
        <source>Anslått verdi for hele perioden inkludert opsjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="393"/>
        <source>ukjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="395"/>
        <source>Sum: {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="66"/>
        <source>Skriver ut …</source>
        <extracomment>Pages are rendered for printing at the printer&apos;s resolution, but never above this: a full A4 page at 1200 dpi would be a 550 MB image, and 300 dpi is sharper than the eye needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="67"/>
        <source>Avbryt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="117"/>
        <source>Skriv ut {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="141"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="142"/>
        <source>Verktøylinje for forhåndsvisningen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="146"/>
        <source>◀ Forrige side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="152"/>
        <source>Sidenummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="157"/>
        <source> Side </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="161"/>
        <source>Neste side ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="166"/>
        <source>Forminsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="169"/>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="170"/>
        <source>Tilpass bredde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="171"/>
        <source>Hele siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="177"/>
        <source>Forstørr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="182"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="185"/>
        <source>Lagre PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="188"/>
        <source>Forhåndsvisning av PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="256"/>
        <source> av {n} </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="312"/>
        <source>Forhåndsvisning – {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pdf_preview.py" line="319"/>
        <source>PDF-en kunne ikke vises.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="40"/>
        <source>planlagt kunngjøring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="41"/>
        <source>oppstart ny avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="42"/>
        <source>dagens avtale utløper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="135"/>
        <source>Anskaffelsesplaner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="142"/>
        <source>Søk i beskrivelse, referanse, kommune …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="144"/>
        <source>Søk i anskaffelsesplanene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="146"/>
        <source>Filtrer på kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="148"/>
        <source>CPV begynner med …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="150"/>
        <source>Filtrer på CPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="151"/>
        <source>Tidsrom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="158"/>
        <source>Tidsrom fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="159"/>
        <source>Tidsrom til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="179"/>
        <source>Planlagte anskaffelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="191"/>
        <source>Detaljer om valgt linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="192"/>
        <source>Velg en linje for å se hvor den kom fra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="202"/>
        <source>Rediger linje …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="228"/>
        <source>Alle kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="254"/>
        <source>Viser {shown} av {total} linjer · samlet verdi {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="258"/>
        <source>{total} linjer · samlet verdi {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="267"/>
        <source>{n} planlagte anskaffelser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="285"/>
        <source>, ark «{sheet}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="294"/>
        <source>Kilde: «{file}»{sheet}, rad {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="300"/>
        <source>Tidspunkt: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="307"/>
        <source>Dagens avtale utløper: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="313"/>
        <source>Advarsler fra importen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="323"/>
        <source>Originale celler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/plans.py" line="345"/>
        <source>Kan ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="369"/>
        <source>Alvorlighet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="370"/>
        <source>Ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="371"/>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="372"/>
        <source>Kolonne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="373"/>
        <source>Verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="374"/>
        <source>Melding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="376"/>
        <source>Feil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="376"/>
        <source>Advarsel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="63"/>
        <source>Forslaget</source>
        <extracomment>Something was edited (the page asks ``has_changes()``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="75"/>
        <source>Grunnlag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="76"/>
        <source>Deltakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="77"/>
        <source>Delkontrakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="78"/>
        <source>Tidsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="79"/>
        <source>Klima og miljø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="80"/>
        <source>Dialog og marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="81"/>
        <source>Roller og risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="85"/>
        <source>Innovasjon og dialog; lokalt leverandørmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="87"/>
        <source>Roller og kontakter; risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="130"/>
        <source>Forslaget må ha en tittel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_editor.py" line="134"/>
        <source>E-postadressen «{email}» ser ikke riktig ut.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="78"/>
        <source>{ref} · {status} · {n} kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="86"/>
        <source>Vertskommune: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="87"/>
        <source>{n} linjer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="84"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="204"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="306"/>
        <source>Forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="127"/>
        <source>Lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="129"/>
        <source>Lagre endringene (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="133"/>
        <source>Angre endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="135"/>
        <source>Forkast endringene som ikke er lagret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="138"/>
        <source>Forhåndsvis PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="140"/>
        <source>Vis forslaget som PDF her i programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="143"/>
        <source>Skriv ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="145"/>
        <source>Skriv ut forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="148"/>
        <source>PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="150"/>
        <source>Fullmakter (én per kommune) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="152"/>
        <source>Excel-vedlegg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="153"/>
        <source>OCDS (JSON) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="167"/>
        <source>&lt;b&gt;Forslag&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="171"/>
        <source>Forslag til felles anskaffelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="178"/>
        <source>Ingen forslag ennå. Lag et fra et overlapp på siden «Overlapp».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="200"/>
        <source>Åpent forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="205"/>
        <source>Handlinger for forslaget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="212"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="221"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="222"/>
        <source>Eksporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="230"/>
        <source>Velg et forslag i listen til venstre.

Nye forslag lages fra et overlapp på siden «Overlapp».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="270"/>
        <source>{n} forslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="329"/>
        <source>Ingen forslag åpent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="332"/>
        <source>  ● ulagrede endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="378"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="395"/>
        <source>Kan ikke lagre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="421"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="441"/>
        <source>Lagre endringene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="422"/>
        <source>Forslaget {ref} har endringer som ikke er lagret. Lagre endringene?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="442"/>
        <source>{what} lages fra det som er lagret. Lagre endringene først?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="452"/>
        <source>Endringene som ikke er lagret, lagres først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="511"/>
        <source>område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="511"/>
        <source>produktgruppe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="513"/>
        <source>Foreslå delkontrakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="517"/>
        <source>Foreslå delkontrakter etter {how}? Dette erstatter de {n} delkontraktene og hvilken delkontrakt hver linje hører til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="531"/>
        <source>Foreslå tidsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="536"/>
        <source>Foreslå en ny tidsplan? Den erstatter de {n} milepælene i tidsplanen, og kunngjøring og kontraktsstart flyttes etter den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="567"/>
        <source>Legg til linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="576"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="584"/>
        <source>Fjern linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="577"/>
        <source>Fjerne «{line}» fra forslaget? Linjen blir stående i kommunens plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="600"/>
        <source>PDF-en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="625"/>
        <source>Lager PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="661"/>
        <source>{name} finnes fra før. Vil du erstatte den?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="688"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="695"/>
        <source>Eksport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="690"/>
        <source>Denne eksporten er ikke tilgjengelig i denne versjonen av programmet (modulen {module} mangler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="706"/>
        <source>Eksporter {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="715"/>
        <source>Skriver {what} …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="719"/>
        <source>Lagret {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="726"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="726"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="731"/>
        <source>Excel-vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="733"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="739"/>
        <source>OCDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="739"/>
        <source>OCDS JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="743"/>
        <source>Fullmaktene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="746"/>
        <source>Eksporter fullmakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="747"/>
        <source>Velg mappe for fullmaktene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="757"/>
        <source>Mappen har allerede {n} fullmakt-filer ({names}). Filer med samme navn blir erstattet. Fortsette?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="778"/>
        <source>Skrev {n} fullmakter til {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals.py" line="783"/>
        <source>Skriver fullmaktene …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowPreviewModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="243"/>
        <source>Overskrift</source>
        <extracomment>Rows that are not imported; shown greyed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="244"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="245"/>
        <source>Seksjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="246"/>
        <source>Sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="247"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="248"/>
        <source>Tom linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="249"/>
        <source>Planlinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="281"/>
        <source>Rolle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="28"/>
        <source>Database (SQLite-fil eller PostgreSQL-URL)</source>
        <extracomment>The option labels live in gui/settings.py (outside Qt); marked here so lupdate extracts them. They must match those labels exactly; the dialog shows ``self.tr(option.label)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="29"/>
        <source>Ditt navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="30"/>
        <source>Din kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="31"/>
        <source>Følsomhet for overlapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="48"/>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="130"/>
        <source>Innstillinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="54"/>
        <source>Fil (kommunesamarbeid.db) eller postgresql+psycopg://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="57"/>
        <source>Bla …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="59"/>
        <source>Test tilkobling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="82"/>
        <source>Høyere gir flere og løsere forslag til overlapp; lavere bare de sikreste. Standard 0,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="97"/>
        <source>Velg databasefil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="99"/>
        <source>SQLite-database (*.db);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="108"/>
        <source>Skriv inn en fil eller en adresse først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="113"/>
        <source>✗ {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="116"/>
        <source>✓ Tilkoblingen virker: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/settings_dialog.py" line="131"/>
        <source>Databasen kunne ikke åpnes; de andre innstillingene er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="412"/>
        <source>Ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="412"/>
        <source>Velg arket som inneholder anskaffelsesplanen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="414"/>
        <source>Arkene i filen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_pages.py" line="436"/>
        <source>Arket «{sheet}» har flest planlinjer og er valgt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetsModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="196"/>
        <source>Ark</source>
        <extracomment>Light backgrounds with dark text, readable in light and dark themes alike. Longest cell text shown in a preview cell (the tooltip has all of it). Words in file names that are not a municipality&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="197"/>
        <source>Planlinjer funnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="198"/>
        <source>Overskriftsrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="199"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="212"/>
        <source>foreslått</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="214"/>
        <source>skjult ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="216"/>
        <source>fant ingen plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="407"/>
        <source>Rad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="407"/>
        <source>Årsak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_models.py" line="407"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="559"/>
        <source>Oppsummering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="559"/>
        <source>Planen er importert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="562"/>
        <source>Oppsummering av importen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="573"/>
        <source>&lt;b&gt;{file}&lt;/b&gt; er importert for &lt;b&gt;{name}&lt;/b&gt;{sheet}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="576"/>
        <source> (ark «{s}»)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="582"/>
        <source>Advarsler: {w} · rader med feil (ikke importert): {e} · rader hoppet over (overskrifter, summer, merknader): {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="588"/>
        <source>Kolonnevalget ditt er husket for {name} til neste import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/import_wizard_review_pages.py" line="594"/>
        <source>Linjene finner du under «Anskaffelsesplaner». Trykk «Fullfør».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="104"/>
        <source>Sammendrag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="107"/>
        <source>● Ulagrede endringer: sammendraget gjelder sist lagrede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="115"/>
        <source>Samlet anslått verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="117"/>
        <source>anslått verdi, hele perioden inkl. opsjoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="121"/>
        <source>Prosedyre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="124"/>
        <source>Terskelverdier brukt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="127"/>
        <source>Advarsler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="132"/>
        <source>Valgt advarsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="137"/>
        <source>&lt;b&gt;Verdi per kommune&lt;/b&gt; (vertskommunen i fet skrift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="164"/>
        <source>&lt;b&gt;Advarsler&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="165"/>
        <source>Velg et forslag i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="170"/>
        <source>&lt;b&gt;Prosedyre:&lt;/b&gt; {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="174"/>
        <source>&lt;b&gt;Terskelverdier:&lt;/b&gt; ingen gjelder for datoen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="177"/>
        <source>{start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="181"/>
        <source>fra {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="183"/>
        <source>&lt;b&gt;Terskelverdier:&lt;/b&gt; gyldige {valid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="185"/>
        <source>, EØS-terskel {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="189"/>
        <source>; brukt for {date} ({basis})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="196"/>
        <source>&lt;b&gt;Advarsler ({n})&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="198"/>
        <source>&lt;b&gt;Advarsler:&lt;/b&gt; ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposals_widgets.py" line="218"/>
        <source> (vertskommune)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTabsMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="443"/>
        <source>Hvordan skal klima og miljø ivaretas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="446"/>
        <source>Ikke bestemt ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="447"/>
        <source>Tildelingskriterium med vekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="448"/>
        <source>Krav i kravspesifikasjonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="455"/>
        <source>&amp;Vekt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="457"/>
        <source>Vekt for klima og miljø i prosent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="461"/>
        <source>Ikke oppgitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="465"/>
        <source>(normalt minst 30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="469"/>
        <source>Klima og miljø</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="476"/>
        <source>FOA § 7-9: klima- og miljøhensyn vektes normalt med minst 30 % i tildelingskriteriene. Krav i kravspesifikasjonen i stedet kan brukes når det klart gir bedre klima- og miljøeffekt, og det må begrunnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="506"/>
        <source>&amp;Klimakravene og begrunnelsen for krav i stedet for vekt (påkrevd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="509"/>
        <source>&amp;Hva som vektes, og hvordan det måles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="511"/>
        <source>&amp;Merknader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="533"/>
        <source>Innovasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="535"/>
        <source>Er det rom for nye løsninger? Funksjonskrav i stedet for detaljkrav?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="539"/>
        <source>Tidlig dialog med leverandørene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="541"/>
        <source>Markedsdialog: når, hvordan (møter, RFI, konferanse), hvem inviteres?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="545"/>
        <source>Lokalt leverandørmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="547"/>
        <source>Hvilke lokale leverandører finnes, og hvordan kan de delta?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="549"/>
        <source>Delkontrakter per område gjør det lettere for lokale bedrifter å gi tilbud på sitt eget område.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="561"/>
        <source>Vertskommune og kontaktpersoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="565"/>
        <source>Roller og kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="567"/>
        <source>Vertskommunens rolle, prosjektgruppe, brukergruppe, hvem signerer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="571"/>
        <source>Risiko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="574"/>
        <source>Hva kan gå galt (for få tilbud, forsinkelser, kommuner som trekker seg), og hva gjøres med det?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="583"/>
        <source>&lt;b&gt;Vertskommune:&lt;/b&gt; {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="584"/>
        <source>ikke valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="588"/>
        <source>&lt;i&gt;ingen kontaktperson&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_tabs.py" line="595"/>
        <source>Kontaktpersoner endres under «Deltakere».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="213"/>
        <source>Tidslinje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="226"/>
        <source> (utført)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="230"/>
        <source>ukjent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="232"/>
        <source>{name}: dagens avtale utløper {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="253"/>
        <source>milepæl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="254"/>
        <source>utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="255"/>
        <source>dagens avtale utløper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="256"/>
        <source>uten avtale før ny starter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="257"/>
        <source>i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="335"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="343"/>
        <source>uten dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="353"/>
        <source>Dagens avtaler utløper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="361"/>
        <source>ukjent utløpsdato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTabMixin</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="330"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="331"/>
        <source>Foreslå tidsplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="334"/>
        <source>Planlegg bakover fra første behov: markedsdialog, fullmakt, kunngjøring, tilbudsfrist, tildeling og kontraktsstart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="338"/>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="339"/>
        <source>Ny milepæl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="340"/>
        <source>Fjern milepæl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="341"/>
        <source>Fjern valgt milepæl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="348"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="348"/>
        <source>Tittel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="348"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="348"/>
        <source>Utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="349"/>
        <source>Milepæler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="374"/>
        <source>Type milepæl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="384"/>
        <source>Dato for milepæl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/pages/proposal_schedule_tabs.py" line="463"/>
        <source>Hver milepæl må ha en tittel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueBarChart</name>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="58"/>
        <source>Verdi per kommune</source>
        <extracomment>Some of the underlying values are missing: the bar is a lower bound. Shown in the tooltip and the accessible description. Drawn in bold (the host municipality): visible without colour.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="69"/>
        <source>Ingen verdier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="107"/>
        <source>Ingen verdier ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="152"/>
        <source>≥ skravert: verdien mangler for noen linjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../kommunesamarbeid/gui/charts.py" line="159"/>
        <source> (minst – noen verdier mangler)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
