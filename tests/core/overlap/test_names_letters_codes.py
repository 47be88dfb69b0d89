"""Readings that linked or parted lines for the wrong reason (issue 14, readings15): a
capitalised compound of a name and the thing bought is a compound with a head, not a name; a
stray letter or a two-letter unit is no word; a goods code on a line whose words name a
service does not make it a thing against a service on it.

Checked on words no corpus line uses.
"""

from __future__ import annotations

from overlap_helpers import (
    DetectionSettings,
    explain_two,
    full_catalogue,
    line,
    month,
    quoted_words_are_written,
    token_parts,
    vocabulary,
)

from kommunesamarbeid.core.overlap import build_model, detect_overlaps
from kommunesamarbeid.core.overlap.goods_service import BY_CODE, GOODS, NEITHER, SERVICE
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.pair import explain_pair


def test_a_name_at_the_start_of_a_compound_still_has_its_head() -> None:
    # mid-title and capitalised: read with its head, as at the start of the title
    assert token_parts("Garanti på Lenovomaskiner")[-1][-1] == "maskin"
    assert token_parts("Lenovomaskiner")[0][-1] == "maskin"
    why = explain_two("Lisenser til Microsoftprodukter", "Microsoftlisenser")
    assert why.passes, why.evidence_against
    quoted_words_are_written(why, "Lisenser til Microsoftprodukter", "Microsoftlisenser")


def test_a_building_or_a_place_stays_a_name() -> None:
    # a definite head names one building; a name running text uses whole is a place
    assert token_parts("Tak på Lindeskolen")[-1] == ("lindeskolen",)
    assert token_parts("Asfaltering i Sandefjord")[-1:] in ([("sandefjord",)], [("asfaltering",)])
    why = explain_two("Rehabilitering av Lindeskolen", "Rehabilitering av Granskolen")
    assert not why.passes


def test_stray_letters_and_units_link_nothing() -> None:
    assert token_parts("Kjøp av x stoler") == [("stol",)]
    assert token_parts("Maling ca 5 l") == [("maling",)]
    # a capitalised abbreviation may name a place («St. Olav»): kept
    assert ("st",) in token_parts("Levering til St. Olav")
    for first, second in (
        ("Kjøp av x stoler", "Kjøp av x skrivere"),
        ("Levering av kl 7", "Kl 7 levering av aviser"),
        ("Uniformer str. L", "Sko str. L"),
    ):
        why = explain_two(first, second)
        assert not why.passes, why.evidence_for
    # a noun of two letters and an acronym are words
    assert token_parts("Is og øl") == [("is",), ("øl",)]
    assert token_parts("IT og PC") == [("it",), ("pc",)]


def _pair(first: tuple[str, str], second: tuple[str, str]) -> tuple[float, bool, list[str]]:
    lines = [
        line(1, 1, first[0], cpv=first[1], period=month(2026, 9)),
        line(2, 2, second[0], cpv=second[1], period=month(2026, 9)),
    ]
    why = explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())
    return why.score, why.passes, why.evidence_against


def test_a_goods_code_on_a_service_line_does_not_part_the_same_service() -> None:
    # «Sandstrøing» under a code for vehicles: the words say the service
    score, passes, against = _pair(("Sandstrøing", "34144000"), ("Vinterdrift", "90620000"))
    assert passes, (score, against)
    assert not any(r.startswith("Vare mot tjeneste") for r in against)
    assert any("34144000" in r and "ser feil ut" in r for r in against), against


def test_detection_groups_the_same_service_despite_a_goods_code() -> None:
    # the bound that drops pairs before full scoring must not veto by the code alone
    lines = [
        line(1, 1, "Sandstrøing", cpv="34144000", period=month(2026, 9)),
        line(2, 2, "Vinterdrift", cpv="90620000", period=month(2026, 9)),
    ]
    groups = detect_overlaps(lines, full_catalogue(), vocabulary())
    assert [sorted(g.line_ids) for g in groups] == [[1, 2]]


def test_a_goods_line_with_its_goods_code_stays_apart_from_the_service() -> None:
    # the line's words name no service: the lifts themselves
    _, passes, _ = _pair(("Heiser", "42416000"), ("Heisvedlikehold", "50750000"))
    assert not passes
    model = build_model(vocabulary(), full_catalogue())
    # the goods side its code gives is kept beside the side its words give
    sanding = MatchLine(1, 1, "", "Sandstrøing", cpv="34144000")
    assert model.line(sanding, frozenset()).service_side in (NEITHER | BY_CODE, SERVICE | BY_CODE)
    lifts = MatchLine(2, 2, "", "Heiser", cpv="42416000")
    assert model.line(lifts, frozenset()).service_side == GOODS


def test_a_goods_code_still_parts_lines_whose_words_name_different_needs() -> None:
    # the same code on both, one line's words a service: only shared generic words
    _, passes, against = _pair(
        ("Faglig bistand ved konferanser", "33694000"),
        ("Drift og support av teknisk infrastruktur", "33694000"),
    )
    assert not passes, against
    # and the reason says only the code makes the first line goods
    assert any("slik CPV-koden 33694000 sier" in r for r in against), against


def test_an_adjective_first_part_is_the_adjective_not_a_rarer_noun() -> None:
    # «hard» is no form of «hare», «våt» none of «våe», «super» none of «sup»
    assert token_parts("Hardgummihjul") == [("hard", "gummi", "hjul")]
    assert token_parts("Våtdrakter")[0] == ("våt", "drakt")
    assert token_parts("Superdatamaskiner")[0][0] == "super"
    # an adjective in «-isk» stays with its noun, as before
    assert token_parts("Kirurgiske instrumenter")[0] == ("kirurgi",)


def test_a_code_naming_the_lines_own_word_is_not_called_wrong() -> None:
    # «Heiser» is read into a family of lift maintenance (services), but its code is the code
    # for lifts: the reason must not say the text says services, nor that the code is wrong
    _score, _passes, against = _pair(("Heiser", "42416100"), ("Heisvedlikehold", "50750000"))
    codes = [r for r in against if "42416100" in r]
    assert codes, against
    assert not any("«Heiser» tyder på" in r or "42416100 ser feil ut" in r for r in codes), codes
    assert any("har ord fra linjen" in r for r in codes), codes
