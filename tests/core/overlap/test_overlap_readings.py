"""Readings that let one need be found however a plan writes it: a spelling of a word another
line names a need by, an acronym beside other words, a compound written as two words, an English
plural of a generic word, and a plan's own class-level CPV code beside words that name its need.
Each is checked as a class (the examples are not in the vocabulary as such), and against what
must stay apart."""

from __future__ import annotations

from overlap_helpers import explain_two, full_catalogue, line, month, token_parts, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps
from kommunesamarbeid.core.overlap.detect import build_model, read_together


def _grouped(*texts: str, cpv: tuple[str | None, ...] = ()) -> list[set[int]]:
    lines = [
        line(n, n, text, period=month(2026, 9), cpv=cpv[n - 1] if cpv else None)
        for n, text in enumerate(texts, start=1)
    ]
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    return [set(g.line_ids) for g in groups]


def test_a_spelling_of_a_word_that_names_a_need_names_it_too() -> None:
    # a misspelt word no dictionary knows: only the line that spells it right names the need,
    # and the English line meets the misspelt one through it
    groups = _grouped(
        "Sykesignalanlegg – kjøp og service",
        "Sykesignalannlegg – kjøp og service",
        "Nurse call system",
    )
    assert {1, 2, 3} in groups, groups


def test_a_misspelt_word_names_the_need_of_the_word_meant_by_itself() -> None:
    # no dictionary knows "sykesignalannlegg" and it is one edit from a word of the vocabulary
    # (typos.py): the need is found without another line spelling it right
    assert {1, 2} in _grouped("Sykesignalannlegg – kjøp og service", "Nurse call system")


def test_nynorsk_compound_parts_are_read_as_their_bokmal_words() -> None:
    # the parts the dictionary-derived table misses ("vass", "leike", "sjuke") or reads as
    # another word ("kjøt" is no "kat")
    assert _parts("Vassprøvar") == _parts("Vannprøver")
    assert _parts("Leikeapparat") == _parts("Lekeapparat")
    assert _parts("Sjukesignalanlegg") == _parts("Sykesignalanlegg")
    assert _parts("Kjøt og kjøtprodukt") == _parts("Kjøtt og kjøttprodukter")
    groups = _grouped("Sjukesignalanlegg – kjøp og service", "Nurse call system")
    assert {1, 2} in groups, groups


def test_an_acronym_a_need_is_known_by_carries_the_line_beside_other_words() -> None:
    why = explain_two("CCTV – lisens og drift", "Kameraovervåking ved skolene")
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    assert not any(e.startswith("Ulike behov") for e in why.evidence_against)


def test_a_compound_written_as_two_words_names_the_need_of_the_compound() -> None:
    for split, compound in (
        ("Vask av vinduer i skolene", "Vinduspuss"),
        ("Kurs i førstehjelp for tilsette", "Førstehjelpskurs"),
    ):
        why = explain_two(split, compound)
        assert why.passes, (split, why.score, why.evidence_for, why.evidence_against)


def test_two_words_side_by_side_are_no_compound_of_another_need() -> None:
    # "Leie av brakker" is not "brakkeleie" of a known need; "Drift av kantine" keeps its
    # generic word out
    assert _grouped("Leie av brakker", "Leiebil") == []
    assert _grouped("Drift av kantine", "Kantinedrift og catering") != []


def test_an_english_plural_of_a_generic_word_is_generic_and_a_specific_one_stays_english() -> None:
    model = build_model(vocabulary(), full_catalogue())
    assert model.analyzer.word("services")[1] == model.analyzer.word("service")[1]
    assert model.analyzer.word("systems")[1] == model.analyzer.word("system")[1]
    # "lifts" (elevators) is not the Norwegian "lift" (a lifting platform)
    assert model.analyzer.word("lifts")[1] != model.analyzer.word("lift")[1]


def test_a_class_level_code_beside_words_that_name_its_need_counts_but_codes_alone_do_not() -> None:
    # a word the vocabulary does not know, with the plan's own code of a class (4 digits)
    known = _grouped("Oversettelse av brosjyrer", "Språktenester", cpv=("79530000", "79530000"))
    assert {1, 2} in known, known
    assert _grouped("Språktenester", "Tekstarbeid", cpv=("79530000", "79530000")) == []


def test_a_short_word_before_a_hyphen_is_an_acronym_not_a_stopword() -> None:
    # "AV" is the preposition "av" only as a word of its own
    why = explain_two("AV-utstyr til klasserom", "Audiovisuelt utstyr og projektorer")
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    assert not any("«av-utstyr»" in e for e in why.evidence_against if "Generelle" in e)


def test_a_hyphenated_word_cut_short_is_read_as_the_word_it_was_cut_from() -> None:
    model = build_model(vocabulary(), full_catalogue())
    cut = model.analyzer.analyse("AV-utst. til kantina").tokens[0]
    whole = model.analyzer.analyse("AV-utstyr til kantina").tokens[0]
    assert cut.parts == whole.parts


_parts = token_parts


def test_a_compound_cut_in_both_parts_is_read_as_the_word_it_stands_for() -> None:
    assert _parts("Inkont.prod. til hj.tj.") == _parts("Inkontinensprodukter til hjemmetjeneste")
    assert _parts("forbr.mat.") == _parts("forbruksmateriell")
    # a cut nothing clear starts so stays two pieces (and no piece is lost)
    assert _parts("Brøyting, ca.xq.") == _parts("Brøyting, ca. xq.")


def test_a_preposition_written_as_a_letter_and_a_slash_is_the_preposition() -> None:
    assert _parts("Buss m/ sjåfør f/ skoler") == _parts("Buss med sjåfør for skoler")
    model = build_model(vocabulary(), full_catalogue())
    short = model.analyzer.analyse("Kurs f/ ansatte").tokens
    assert [t.main for t in short] == [
        t.main for t in model.analyzer.analyse("Kurs for ansatte").tokens
    ]
    # a slash between words is not a preposition ("PLO/hj.tj.", "skole/bhg")
    assert _parts("skole/bhg") == _parts("skole / bhg")


def test_an_uppercase_acronym_before_a_hyphen_is_kept_as_written() -> None:
    assert _parts("VA-materiell")[0][0] == "va"  # not read as a form of another word
    assert _parts("VA-mat.: rør")[0][0] == "va"


def test_works_on_one_particular_object_is_a_project_of_its_own() -> None:
    # the definite form names one object; a framework for the same works may still be pooled
    for one_off in (
        "Asfaltering av skolegården ved Stuenes skole",
        "Reasfaltering av parkeringsplassen ved rådhuset",
    ):
        why = explain_two(one_off, "Rammeavtale asfalt og asfaltarbeider")
        assert not why.passes, (one_off, why.score)
        assert any("enkeltstående" in e for e in why.evidence_against), why.evidence_against
    assert explain_two(
        "Asfaltering av kommunale veier", "Asfalt og asfaltarbeider – rammeavtale"
    ).passes


def test_a_broad_line_that_gains_a_specific_need_is_no_longer_broad_only() -> None:
    # "Opplæring og kurs" is a broad need; the word spelt two letters off (too far to be read
    # as the word meant by itself) names nurse call systems through the other line, and then
    # the line is about that need, not about courses alone
    model = build_model(vocabulary(), full_catalogue())
    lines = [
        line(1, 1, "Sykesignalanlegg – service"),
        line(2, 2, "Opplæring og kurs, sykesignalannleg"),
    ]
    before = [model.line(each, frozenset()) for each in lines]
    assert before[1].specific_keys  # broad needs only, and what else it names
    after = read_together(model, before)
    assert set(before[0].families) < set(after[1].families)
    assert not after[1].specific_keys and not after[1].specifics


def test_a_need_both_lines_are_read_as_is_no_sign_that_they_differ() -> None:
    # the first line is read as two needs, the one they share only weakly (by words after
    # "med"): that is a weak reason to pool them, never a reason («Ulike behov») to keep apart
    why = explain_two("Leie av hjullastere med maskinfører", "Innleie maskin m/ fører (timepris)")
    assert not any(e.startswith("Ulike behov") for e in why.evidence_against), why


def test_a_bokmal_noun_form_is_read_as_the_noun_though_nynorsk_lists_the_form() -> None:
    # "skolen" and "flyrutene" are headwords of the nynorsk dictionary too; in a plan they are
    # the definite forms of "skole" and "flyrute", and a compound ends in the noun
    assert _parts("skolen") == _parts("skole")
    assert _parts("Flyrutene") == _parts("flyrute")
    assert _parts("Kulturskolen") == _parts("kulturskulen")
    # a nynorsk headword that is no bokmål noun form keeps its own reading
    assert _parts("handverkar") == _parts("handverker")


def test_common_nynorsk_parts_are_read_as_their_bokmal_words() -> None:
    assert _parts("Vaktteneste") == _parts("Vakttjeneste")
    assert _parts("Hovudettersyn") == _parts("Hovedettersyn")
    assert _parts("Innbrotsalarm") == _parts("Innbruddsalarm")
    assert _parts("Førebygging") == _parts("Forebygging")
    assert _parts("Snikkar") == _parts("Snekker")
    assert _parts("Blomster") == _parts("blomst")
    assert _parts("Senger og madrassar") == _parts("Seng og madrass")
    assert _parts("Sakshandsaming") == _parts("Saksbehandling")
    assert _parts("Rekneskapstenester") == _parts("Regnskapstjenester")


def test_fuel_at_the_pump_and_oil_delivered_to_a_tank_are_two_needs() -> None:
    # one family with two children: a card for the pump and bulk deliveries to tanks are
    # separate agreements, while a line that only says "drivstoff" may belong to either
    apart = explain_two("Drivstoffkort til tjenestebilene", "Fyringsolje levert til tank i skolene")
    assert not apart.passes, (apart.score, apart.evidence_for)
    assert any(e.startswith("Ulike behov") for e in apart.evidence_against), apart
    for text in ("Drivstoff på stasjon med kort", "Fuel cards for the car fleet"):
        same = explain_two("Drivstoffkort til tjenestebilene", text)
        assert same.passes, (text, same.score, same.evidence_against)
    assert explain_two("Fyringsolje levert til tank i skolene", "Anleggsdiesel i bulk").passes


def test_a_rare_three_letter_word_does_not_end_a_compound() -> None:
    # read whole, not as nonsense compounds ("klo" + "rid", "kan" + "yle", "meg" + "fon")
    assert _parts("Klorider") == [("klorid",)]
    assert _parts("Kanyler") == [("kanyle",)]
    assert _parts("Megafoner") == [("megafon",)]
    # common three-letter words still end compounds
    assert _parts("Tjenestebiler")[0][-1] == "bil"
    assert _parts("Taklys")[0][-1] == "lys"


def test_a_code_its_own_words_contradict_lowers_a_pair_only_as_a_wrong_code() -> None:
    # the first plan put a supply under a works code; the words of both lines name supplies
    from kommunesamarbeid.core.overlap.pair import explain_pair

    lines = [
        line(
            1, 1, "Kummer og kumlokk – innkjøp av materiell", period=month(2026, 9), cpv="45232410"
        ),
        line(2, 2, "Kumlokk og kummar, materiell til VA", period=month(2026, 9)),
    ]
    why = explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    wrong = [e for e in why.evidence_against if "ser feil ut" in e]
    assert wrong and "45232410" in wrong[0], why.evidence_against


def test_prepositions_of_place_are_no_need_words() -> None:
    # "mellom" and nynorsk "hjå" say where, like "til" and "hos": what follows is no main word
    model = build_model(vocabulary(), full_catalogue())
    for text in ("Fibersamband mellom skolane og rådhuset", "Reinhald hjå legekontoret"):
        tokens = model.analyzer.analyse(text).tokens
        main = [t.surface for t in tokens if t.main]
        assert len(main) == 1, (text, main)
        assert all(t.surface not in ("mellom", "hjå") for t in tokens), text


def test_a_listed_word_is_not_read_as_a_particle_and_a_word() -> None:
    # "forsegling" is no "for" + "segling", "tilberedning" no "til" + "beredning"
    assert _parts("Forsegling") == [("forsegling",)]
    assert _parts("Tilberedning") == [("tilberedning",)]
    assert _parts("Konfigurering") == [("konfigurering",)]
    # a compound with a real first word still splits
    assert _parts("Veioppmerking")[0][0] == "vei"


def test_english_words_of_the_vocabulary_list_read_as_norwegian() -> None:
    # words the CPV catalogue does not teach ("mowing", "verge"), and a Norwegian word that
    # means another thing in English ("lift") read as English only in an English text
    why = explain_two("Mowing of road verges", "Kantslått på kommunale vegar")
    assert why.passes, (why.score, why.evidence_for, why.evidence_against)
    assert explain_two("Lift maintenance and inspection", "Service og kontroll av heiser").passes
    assert not explain_two("Leie av lift og stillas", "Service og kontroll av heiser").passes
    model = build_model(vocabulary(), full_catalogue())
    assert model.analyzer.word("mowing")[1] == model.analyzer.word("slått")[1]
    norwegian = [t.parts for t in model.analyzer.analyse("Leie av lift").tokens]
    assert ("heis",) not in norwegian, norwegian


def test_a_compound_read_whole_still_counts_its_head() -> None:
    # "leiebil" is read whole (a common word), yet it is a "bil": the head counts a little,
    # less the more common the whole word is
    model = build_model(vocabulary(), full_catalogue())
    features = model.line(line(1, 1, "Leiebiler korttid"), frozenset())
    whole = max(w for k, w in features.terms.items() if k.startswith("leie"))
    assert 0.0 < features.terms.get("bil", 0.0) < whole, features.terms


def test_works_on_a_named_building_is_a_project_of_its_own() -> None:
    # a name before a word for a building names one building: two such works are never one
    # tender, while works over an area or a framework for many buildings may be
    apart = explain_two("Taktekking Bjørndal skole", "Taktekking, Tveit barnehage")
    assert not apart.passes, (apart.score, apart.evidence_for)
    assert any("enkeltstående" in e for e in apart.evidence_against), apart.evidence_against
    model = build_model(vocabulary(), full_catalogue())
    area = model.line(
        line(1, 1, "Asfaltering av kommunale veier, Nordsida og Sørsida"), frozenset()
    )
    assert not area.project


def test_a_name_or_an_acronym_never_counts_a_head_whatever_was_read_first() -> None:
    # the head of a whole word counts for a word, never for a name or an acronym with the
    # same letters: the kept terms must not depend on which of them was read first
    from kommunesamarbeid.core.overlap.norwegian import Token

    word = Token("leiebil", "leiebil", ("leiebil",), True, 0.3, False)
    name = Token("Leiebil", "leiebil", ("leiebil",), True, 0.3, True)
    for first, second in ((word, name), (name, word)):
        model = build_model(vocabulary(), full_catalogue())
        model._terms_cache.clear()
        model._token_terms(first)
        assert "bil" in dict(model._token_terms(word))
        assert "bil" not in dict(model._token_terms(name))
        model._token_terms(second)
