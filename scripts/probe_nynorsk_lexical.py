"""Whether nynorsk words whose bokmål counterpart is *another word* (not a respelling) are read
as the bokmål word, and whether a nynorsk line meets the bokmål line of the same need.

    .venv/bin/python scripts/probe_nynorsk_lexical.py            # rates
    .venv/bin/python scripts/probe_nynorsk_lexical.py --show     # and every word not read

The word pairs below are written from knowledge of nynorsk (as Nynorsk ordbok and Språkrådet
write it) and of municipal purchasing, not drawn from any plan or corpus: words a nynorsk
procurement officer writes about goods, services and works, who they are for and how they are
bought, whose bokmål form no regular spelling difference gives («bustad» / «bolig»,
«tilskot» / «tilskudd», «reiskap» / «redskap»), and beside them words of the same lines that
differ by regular spellings («køyretøy», «skuleskyss»), to see the whole of such a line read.
Some are compounds, to check that a pair holds as a compound part. A word counts as *read*
when the engine gives it the bokmål word's key (``Analyzer.word``); of the words not read, those
the bokmål dictionary lists too are counted apart: a side form of the same word («turveg»), or
another word («boss» is a chief in bokmål, «måling» measuring), which must stay as it is.

Pairs: a nynorsk line and a bokmål line of the same need («Rammeavtale tilskot» / «Rammeavtale
tilskudd»), scored with no CPV code in runs of plan-set size (should pass); and the nynorsk line
against the bokmål line of a pair half the list away, another need (should not).
"""

from __future__ import annotations

import argparse
import sys

from evaluate_detection import DEFAULT_CATALOGUE, DEFAULT_VOCABULARY
from probe_precision import Probe, passing, print_rates

from kommunesamarbeid.core.overlap import build_model, catalogue_from_csv, load_vocabulary

# nynorsk -> bokmål: the same meaning in procurement text
PAIRS: tuple[tuple[str, str], ...] = (
    ("bustad", "bolig"),
    ("omsorgsbustad", "omsorgsbolig"),
    ("tilskot", "tilskudd"),
    ("reiskap", "redskap"),
    ("hagereiskap", "hageredskap"),
    ("kjøkenreiskap", "kjøkkenredskap"),
    ("kvitevarer", "hvitevarer"),
    ("nyttekøyretøy", "nyttekjøretøy"),
    ("køyretøy", "kjøretøy"),
    ("handsaming", "behandling"),
    ("avfallshandsaming", "avfallsbehandling"),
    ("verkstad", "verksted"),
    ("nettstad", "nettsted"),
    ("marknadsføring", "markedsføring"),
    ("marknad", "marked"),
    ("utbetring", "utbedring"),
    ("vegutbetring", "veiutbedring"),
    ("forvalting", "forvaltning"),
    ("eigedomsforvalting", "eiendomsforvaltning"),
    ("eigedom", "eiendom"),
    ("utleige", "utleie"),
    ("omn", "ovn"),
    ("steikeomn", "stekeovn"),
    ("vedomn", "vedovn"),
    ("botn", "bunn"),
    ("høyrsel", "hørsel"),
    ("høyrselvern", "hørselvern"),
    ("høyreapparat", "høreapparat"),
    ("lækjar", "lege"),
    ("tannlækjar", "tannlege"),
    ("lækjemiddel", "legemiddel"),
    ("jarnvarer", "jernvarer"),
    ("hushald", "husholdning"),
    ("hushaldsavfall", "husholdningsavfall"),
    ("anbod", "anbud"),
    ("tilbod", "tilbud"),
    ("ombod", "ombud"),
    ("byggherreombod", "byggherreombud"),
    ("kunngjering", "kunngjøring"),
    ("utlysing", "utlysning"),
    ("avlesing", "avlesning"),
    ("måleravlesing", "måleravlesning"),
    ("kvardagsrehabilitering", "hverdagsrehabilitering"),
    ("frukost", "frokost"),
    ("rådgjevar", "rådgiver"),
    ("rådgjeving", "rådgivning"),
    ("byggjeleiing", "byggeledelse"),
    ("reingjering", "rengjøring"),
    ("vindaugsvask", "vindusvask"),
    ("glas", "glass"),
    ("glasarbeid", "glassarbeid"),
    ("målararbeid", "malerarbeid"),
    ("måleteneste", "maletjeneste"),
    ("straummålar", "strømmåler"),
    ("tilhengar", "tilhenger"),
    ("hjullastar", "hjullaster"),
    ("plenklippar", "plenklipper"),
    ("frysar", "fryser"),
    ("høgtalar", "høyttaler"),
    ("skrivar", "skriver"),
    ("songbøker", "sangbøker"),
    ("sommarvedlikehald", "sommervedlikehold"),
    ("lønsystem", "lønnssystem"),
    ("løn", "lønn"),
    ("lønsslipp", "lønnsslipp"),
    ("fosterheim", "fosterhjem"),
    ("sjukeheim", "sykehjem"),
    ("skuleskyss", "skoleskyss"),
    ("skulemjølk", "skolemelk"),
    ("turveg", "turvei"),
    ("vegljos", "veilys"),
    ("golvbelegg", "gulvbelegg"),
    ("sengebotn", "sengebunn"),
    ("aktivitetstilbod", "aktivitetstilbud"),
    ("personleg", "personlig"),
    ("vaktmeister", "vaktmester"),
    ("tolketeneste", "tolketjeneste"),
    ("innleige", "innleie"),
    ("husleige", "husleie"),
    ("tryggleiksalarm", "trygghetsalarm"),
    ("arbeidsklede", "arbeidsklær"),
    ("reservedelar", "reservedeler"),
    ("mikrobølgjeomn", "mikrobølgeovn"),
    ("straum", "strøm"),
    ("ljosarmatur", "lysarmatur"),
    ("vegsalt", "veisalt"),
    ("brannsløkking", "brannslokking"),
    ("sløkkjeutstyr", "slokkeutstyr"),
    ("teikning", "tegning"),
    ("arkitektteikning", "arkitekttegning"),
    ("teiknar", "tegner"),
    ("dokumenthandtering", "dokumenthåndtering"),
    ("leikeapparat", "lekeapparat"),
    ("kjøtvarer", "kjøttvarer"),
    ("grønsaker", "grønnsaker"),
    ("mjølkeprodukt", "melkeprodukt"),
    ("bakarvarer", "bakervarer"),
    ("førarkort", "førerkort"),
    ("sjåførteneste", "sjåførtjeneste"),
    ("kyrkjegardsdrift", "kirkegårdsdrift"),
    ("gravferdsteneste", "gravferdstjeneste"),
    ("blomebed", "blomsterbed"),
    ("vatning", "vanning"),
    ("røyrinspeksjon", "rørinspeksjon"),
    ("leidningsnett", "ledningsnett"),
    ("vassleidning", "vannledning"),
    ("avløpsreinsing", "avløpsrensing"),
    ("reinseanlegg", "renseanlegg"),
    ("boss", "søppel"),
    ("bosshenting", "avfallshenting"),
    ("bossbil", "søppelbil"),
    ("bossdunk", "søppeldunk"),
    ("pleiar", "pleier"),
    ("helsefagarbeidar", "helsefagarbeider"),
    ("vernepleiar", "vernepleier"),
    ("sjukepleiar", "sykepleier"),
    ("tenestekjøp", "tjenestekjøp"),
    ("innbyggjar", "innbygger"),
    ("elevar", "elever"),
    ("lærar", "lærer"),
    ("kulturskule", "kulturskole"),
    ("symjeopplæring", "svømmeopplæring"),
    ("flyktningar", "flyktninger"),
    ("busetjing", "bosetting"),
    ("busetting", "bosetting"),
    ("heimehjelp", "hjemmehjelp"),
    ("vekterteneste", "vektertjeneste"),
    ("vakthald", "vakthold"),
    ("bedriftshelseteneste", "bedriftshelsetjeneste"),
    ("rekneskapsteneste", "regnskapstjeneste"),
    ("advokatteneste", "advokattjeneste"),
    ("isbrot", "isbrudd"),
    ("vegskilt", "veiskilt"),
    ("brubygging", "brobygging"),
    ("hamn", "havn"),
    ("hamneanlegg", "havneanlegg"),
    ("ferjekai", "fergekai"),
    ("ferje", "ferge"),
    ("kyrkje", "kirke"),
    ("vindauge", "vindu"),
    ("låssmed", "låsesmed"),
    ("nyanskaffing", "nyanskaffelse"),
    ("anskaffing", "anskaffelse"),
    ("vedlikehald", "vedlikehold"),
    ("tenester", "tjenester"),
    ("handklede", "håndkle"),
    ("sengeklede", "sengeklær"),
    ("reinhaldsmiddel", "renholdsmiddel"),
    ("hanskar", "hansker"),
    ("utgreiing", "utredning"),
    ("murar", "murer"),
    ("tømrar", "tømrer"),
    ("elektrikar", "elektriker"),
    ("røyrleggjar", "rørlegger"),
    ("blikkenslagar", "blikkenslager"),
    ("måling", "maling"),
    ("lauk", "løk"),
    ("kjøkeninnreiing", "kjøkkeninnredning"),
    ("innreiing", "innredning"),
    ("rettleiar", "veileder"),
    ("sakkunnig", "sakkyndig"),
    ("lågterskel", "lavterskel"),
    ("lågspent", "lavspent"),
    ("badstove", "badstue"),
    ("daglegstove", "dagligstue"),
    ("tryggingskopi", "sikkerhetskopi"),
    ("reinhaldar", "renholder"),
    ("skadedyrbekjemping", "skadedyrbekjempelse"),
    ("omsetjar", "oversetter"),
    ("tøymjukar", "tøymykner"),
    ("eigedomsmeklar", "eiendomsmegler"),
    ("forsikringsmeklar", "forsikringsmegler"),
    ("førebuing", "forberedelse"),
    ("ugras", "ugress"),
    ("naudstraum", "nødstrøm"),
    ("nykelskap", "nøkkelskap"),
    ("sikkerheit", "sikkerhet"),
    ("brukarstyrt", "brukerstyrt"),
    # another word, not another spelling (utgave 14.91)
    ("moglegheitsvurdering", "mulighetsvurdering"),
    ("eingongsbestikk", "engangsbestikk"),
    ("forureiningstilsyn", "forurensningstilsyn"),
    ("framandarter", "fremmedarter"),
    # compounds only the nynorsk dictionary lists whole; doer nouns spelt otherwise
    ("innspel", "innspill"),
    ("straumteljar", "strømteller"),
    ("flaskeopnar", "flaskeåpner"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list every word not read")
    args = parser.parse_args(argv)
    vocabulary = load_vocabulary(DEFAULT_VOCABULARY)
    catalogue = catalogue_from_csv(DEFAULT_CATALOGUE)
    model = build_model(vocabulary, catalogue)
    analyzer = model.analyzer
    lexicon = analyzer.lexicon
    assert lexicon is not None
    lexical = list(PAIRS)
    read = 0
    friends = []
    for nn, nb in lexical:
        got = analyzer.word(nn)[1]
        want = analyzer.word(nb)[1]
        other = [w for w in lexicon.nb.lemmas(nn) if w != nb]  # bokmål lists the form too
        if got == want:
            read += 1
        elif other:
            friends.append(nn)
        if args.show and got != want:
            tag = f" (also bokmål {', '.join(other)})" if other else ""
            print(f"  {nn} -> {'+'.join(got) or '-'}   {nb} -> {'+'.join(want)}{tag}")
    print(
        f"lexical pairs: {read}/{len(lexical)} read as the bokmål word = {read / len(lexical):.3f}"
    )
    print(f"  not read, nynorsk word also a bokmål word: {len(friends)} {' '.join(friends)}")
    half = len(lexical) // 2  # the list keeps related words together: another need is far off
    probes = [
        Probe("same_need", "none", f"Rammeavtale {nn}", f"Rammeavtale {nb}", None, None, True)
        for nn, nb in lexical
    ]
    probes += [
        Probe("unrelated", "none", f"Rammeavtale {nn}", f"Rammeavtale {other}", None, None, False)
        for (nn, _), (_, other) in zip(lexical, lexical[half:] + lexical[:half], strict=True)
    ]
    print_rates(probes, passing(probes, vocabulary, catalogue), 200 if args.show else 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
