"""Suggested lots (delkontrakter) and lot values (core.lots)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from kommunesamarbeid.core.lots import assign_lines, join_names, lot_values, suggest_lots
from kommunesamarbeid.core.proposal import (
    LotData,
    ParticipantData,
    ProposalData,
    ProposalLineData,
)
from kommunesamarbeid.core.proposal_rules import evaluate
from kommunesamarbeid.core.thresholds import default_thresholds
from kommunesamarbeid.core.value_model import build_value_model
from kommunesamarbeid.paths import resource_path

_ids = iter(range(1, 1_000_000))


def line(total: int | None, cpv: str | None = "90620000", **kw: Any) -> ProposalLineData:
    return ProposalLineData(
        line_id=next(_ids), description="Linje", cpv=cpv, total_value_nok=total, **kw
    )


def part(mid: int, name: str, *lines: ProposalLineData) -> ParticipantData:
    return ParticipantData(municipality_id=mid, name=name, lines=lines)


def proposal(*participants: ParticipantData, **kw: Any) -> ProposalData:
    return ProposalData(id=1, reference="FA-1", title="Test", participants=participants, **kw)


def members(lots: list[LotData]) -> list[tuple[int, ...]]:
    return [lot.municipality_ids for lot in lots]


def values(p: ProposalData, lots: list[LotData] | tuple[LotData, ...]) -> dict[int, int]:
    """Lot values from the value model's counted line values (what the rules engine uses)."""
    model = build_value_model(p)
    return lot_values(p, lots, {i: lv.counted_value for i, lv in model.lines.items()})


# Alver (1) and Lindås-area municipalities: a small chain of neighbours 1-2-3-4, 5 an island.
NEIGHBOURS = {1: {2}, 2: {1, 3}, 3: {2, 4}, 4: {3}, 5: set()}


def area_proposal(values: list[int]) -> ProposalData:
    names = ["Alver", "Fedje", "Austrheim", "Gulen", "Masfjorden", "Modalen"]
    return proposal(
        *(part(i + 1, names[i], line(v)) for i, v in enumerate(values)),
    )


# --- by area ----------------------------------------------------------------------------


def test_one_lot_per_municipality_when_all_are_large_enough() -> None:
    lots = suggest_lots(area_proposal([1_000_000, 900_000, 800_000]), basis="area")
    assert members(lots) == [(1,), (2,), (3,)]
    assert [lot.number for lot in lots] == [1, 2, 3]
    assert [lot.title for lot in lots] == ["Alver", "Fedje", "Austrheim"]
    assert all(lot.basis == "area" for lot in lots)
    assert "1 000 000 kr" in lots[0].description


def test_small_municipality_merges_with_its_smallest_neighbour() -> None:
    # average 1 020 000, minimum half of it = 510 000: Fedje (100 000) is too small
    p = area_proposal([2_000_000, 100_000, 800_000, 1_200_000])
    lots = suggest_lots(p, basis="area", neighbours=NEIGHBOURS)
    assert members(lots) == [(1,), (2, 3), (4,)]  # Austrheim is Fedje's smaller neighbour
    assert lots[1].title == "Fedje og Austrheim"
    assert "slått sammen" in lots[1].description
    assert values(p, lots) == {1: 2_000_000, 2: 900_000, 3: 1_200_000}


def test_small_municipality_without_neighbours_stays_local() -> None:
    p = area_proposal([2_000_000, 1_000_000, 900_000, 1_100_000, 50_000])
    lots = suggest_lots(p, basis="area", neighbours=NEIGHBOURS)
    assert members(lots) == [(1,), (2,), (3,), (4,), (5,)]


def test_neighbours_are_read_both_ways() -> None:
    p = area_proposal([2_000_000, 100_000, 2_000_000])
    lots = suggest_lots(p, basis="area", neighbours={3: {2}})
    assert members(lots) == [(1,), (2, 3)]


def test_without_geography_nothing_is_merged_and_the_lot_says_what_it_needs() -> None:
    p = area_proposal([3_000_000, 100_000, 200_000, 2_500_000, 150_000])
    lots = suggest_lots(p, basis="area")
    # nothing says the small ones are near each other: they are never merged to reach a size
    assert members(lots) == [(1,), (2,), (3,), (4,), (5,)]
    # minimum = half the average 1 190 000 = 595 000; Fedje needs 495 000 more
    assert "trenger 495 000 kr mer" in lots[1].description
    assert "ikke slått sammen med kommuner langt unna" in lots[1].description
    assert "trenger" not in lots[0].description


def test_min_lot_value_overrides_the_default() -> None:
    p = area_proposal([3_000_000, 100_000, 200_000, 2_500_000, 150_000])
    lots = suggest_lots(p, basis="area", min_lot_value=120_000, neighbours=NEIGHBOURS)
    assert members(lots) == [(1,), (2, 3), (4,), (5,)]
    assert suggest_lots(p, basis="area", min_lot_value=0) == suggest_lots(
        p, basis="area", min_lot_value=0
    )
    assert len(suggest_lots(p, basis="area", min_lot_value=0)) == 5


def test_max_lots_merges_the_smallest_with_a_near_one_only() -> None:
    p = area_proposal([1_000_000, 900_000, 800_000, 700_000])
    # without geography no pair is near: the lots stay, and the last one says why
    lots = suggest_lots(p, basis="area", max_lots=2)
    assert members(lots) == [(1,), (2,), (3,), (4,)]
    assert "ikke nær hverandre" in lots[-1].description
    # with neighbours each joins its neighbour
    lots = suggest_lots(p, basis="area", max_lots=2, neighbours={1: {4}, 2: {3}})
    assert members(lots) == [(1, 4), (2, 3)]
    assert "nabokommuner" in lots[0].description
    # a chain 1-2-3-4: 1 and 4 are not neighbours (and nothing says they are near), so they
    # never end up in one lot, even when one lot is asked for
    chain = suggest_lots(p, basis="area", max_lots=1, neighbours=NEIGHBOURS)
    assert members(chain) == [(1, 2), (3, 4)]
    assert "ikke nær hverandre" in chain[-1].description


def test_area_lots_are_deterministic_and_cover_every_line() -> None:
    p = area_proposal([3_000_000, 100_000, 200_000, 2_500_000, 150_000, 90_000])
    first = suggest_lots(p, basis="area", neighbours=NEIGHBOURS, max_lots=3)
    assert first == suggest_lots(p, basis="area", neighbours=NEIGHBOURS, max_lots=3)
    assert sorted(i for lot in first for i in lot.line_ids) == sorted(
        line.line_id for line in p.all_lines()
    )
    assert sum(values(p, first).values()) == 6_040_000


def test_participants_without_lines_get_no_lot() -> None:
    p = proposal(part(1, "Alver", line(1_000_000)), part(2, "Fedje"))
    assert members(suggest_lots(p, basis="area")) == [(1,)]
    assert suggest_lots(proposal(), basis="area") == []


def test_values_unknown_everywhere_keeps_one_lot_each() -> None:
    p = area_proposal([0, 0, 0])
    assert members(suggest_lots(p, basis="area")) == [(1,), (2,), (3,)]


# --- by product group -------------------------------------------------------------------

LABELS = {"90620000": "Snørydding", "45230000": "Bygging av veier"}


def product_proposal() -> ProposalData:
    return proposal(
        part(
            1, "Alver", line(1_000_000, "90620000"), line(300_000, "45233141"), line(50_000, None)
        ),
        part(2, "Fedje", line(400_000, "90620000-9 Snørydding"), line(20_000, "30192000")),
    )


def test_one_lot_per_cpv_class_with_labels() -> None:
    p = product_proposal()
    lots = suggest_lots(p, basis="product", cpv_label=LABELS.get)
    # the line without a code (and without a suggestion) joins the largest lot: no lot
    # "Øvrig (uten CPV-kode)" because one line lacked a code
    assert [lot.title for lot in lots] == [
        "CPV-klasse 3019",
        "Bygging av veier (CPV-klasse 4523)",
        "Snørydding (CPV-klasse 9062)",
    ]
    assert [lot.cpv_classes for lot in lots] == [("3019",), ("4523",), ("9062", "")]
    assert [lot.municipality_ids for lot in lots] == [(2,), (1,), (1, 2)]
    assert all(lot.basis == "product" for lot in lots)
    assert "1 linje uten CPV-kode" in lots[2].description
    assert values(p, lots) == {1: 20_000, 2: 300_000, 3: 1_450_000}


def test_product_lots_without_labels() -> None:
    lots = suggest_lots(product_proposal(), basis="product")
    assert lots[2].title == "CPV-klasse 9062"


def test_suggested_cpv_places_lines_without_code() -> None:
    p = product_proposal()
    no_cpv = next(line.line_id for line in p.all_lines() if line.cpv is None)
    lots = suggest_lots(p, basis="product", suggested_cpv={no_cpv: "90630000"})
    assert [lot.cpv_classes for lot in lots] == [("3019",), ("4523",), ("9062",), ("9063",)]
    assert assign_lines(p, lots)[no_cpv] == 4


def test_max_lots_keeps_the_largest_product_groups() -> None:
    p = product_proposal()
    lots = suggest_lots(p, basis="product", max_lots=2)
    assert [lot.title for lot in lots] == ["CPV-klasse 9062", "Øvrige produktgrupper"]
    assert lots[1].cpv_classes == ("3019", "4523")
    assert values(p, lots) == {1: 1_450_000, 2: 320_000}
    (whole,) = suggest_lots(p, basis="product", max_lots=1)
    assert whole.title == "Hele anskaffelsen"
    assert values(p, [whole]) == {1: 1_770_000}


def test_suggested_cpv_on_the_line_is_used() -> None:
    p = proposal(
        part(1, "Alver", line(1_000_000, None, suggested_cpv="90620000")),
        part(2, "Fedje", line(400_000, "90620000")),
    )
    (lot,) = suggest_lots(p, basis="product")
    assert lot.cpv_classes == ("9062",)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="minst 1"):
        suggest_lots(product_proposal(), basis="area", max_lots=0)
    with pytest.raises(ValueError, match="Ukjent grunnlag"):
        suggest_lots(product_proposal(), basis="kommune")  # type: ignore[arg-type]


# --- assigning lines and values ---------------------------------------------------------


def test_a_fresh_suggestion_wins_over_old_lot_numbers() -> None:
    old = line(1_000_000, lot_number=1)
    p = proposal(part(1, "Alver", line(900_000)), part(2, "Fedje", old))
    lots = suggest_lots(p, basis="area")
    assert assign_lines(p, lots)[old.line_id] == 2
    # stored lots (no line_ids) follow the line's lot number
    stored = [LotData(1, "A"), LotData(2, "B")]
    assert assign_lines(p, stored) == {old.line_id: 1}


def test_lot_values_follow_the_proposal_period() -> None:
    p = proposal(
        part(1, "Alver", ProposalLineData(1, "x", annual_value_nok=100_000, contract_years=1)),
        contract_years=2,
        option_years=1,
    )
    lots = [LotData(1, "Alver", municipality_ids=(1,))]
    assert values(p, lots) == {1: 300_000}


def test_lot_values_match_the_evaluation() -> None:
    with resource_path("thresholds.json").open(encoding="utf-8") as fh:
        thresholds = default_thresholds(json.load(fh))
    p = area_proposal([3_000_000, 100_000, 200_000, 2_500_000])
    lots = tuple(suggest_lots(p, basis="area", neighbours=NEIGHBOURS))
    p = dataclasses.replace(p, lots=lots)
    ev = evaluate(p, thresholds, today=dt.date(2025, 6, 1))
    assert ev.lot_values == values(p, lots)
    assert sum(ev.lot_values.values()) == ev.total_value_nok


@pytest.mark.parametrize(
    ("names", "text"),
    [([], ""), (["A"], "A"), (["A", "B"], "A og B"), (["A", "B", "C"], "A, B og C")],
)
def test_join_names(names: list[str], text: str) -> None:
    assert join_names(names) == text


# --- written in the proposal's målform ----------------------------------------------------


def test_titles_and_descriptions_render_in_nynorsk() -> None:
    """Every sentence a suggestion writes is a catalogue text: the service stores it in the
    host's målform, so each must render in nynorsk (and stay the same in bokmål)."""
    from kommunesamarbeid.core.texts import render

    texts = []
    merged = suggest_lots(
        area_proposal([2_000_000, 100_000, 800_000, 1_200_000]), basis="area", neighbours=NEIGHBOURS
    )
    small = suggest_lots(area_proposal([3_000_000, 100_000, 200_000, 2_500_000]), basis="area")
    stuck = suggest_lots(area_proposal([1_000_000, 900_000, 800_000]), basis="area", max_lots=2)
    products = suggest_lots(product_proposal(), basis="product", cpv_label=LABELS.get)
    rest = suggest_lots(product_proposal(), basis="product", max_lots=2)
    whole = suggest_lots(product_proposal(), basis="product", max_lots=1)
    for lot in (*merged, *small, *stuck, *products, *rest, *whole):
        texts += [render(lot.title, "nn"), render(lot.description, "nn")]
    nynorsk = " ".join(texts)
    for expected in (
        "Kommunane er slått saman for at delkontrakten skal verte stor nok, fordi dei ligg nær "
        "kvarandre (Fedje og Austrheim: nabokommunar).",
        "Delkontrakten er liten: den treng ",
        "Det vart 3 delkontraktar, ikkje 2: dei som er att, ligg ikkje nær kvarandre.",
        "Snørydding (CPV-klasse 9062)",
        "1 linje utan CPV-kode og utan føreslått kode er lagd her",
        "Andre produktgrupper",
        "Heile anskaffinga",
        "Produktgruppe for Fedje og Alver. Anslått verdi",
    ):
        assert expected in nynorsk, expected
    for word in ("Kommunene", "sammen", "trenger", "ikke", "uten", "Øvrige", "Hele", "ble"):
        assert f" {word} " not in f" {nynorsk} ", word
    # bokmål is the text as it always was (what JSON and the command line show)
    assert "Kommunene er slått sammen" in merged[1].description
    assert whole[0].title == "Hele anskaffelsen"
