"""A CPV code says as much as the run's own lines show it says (``code_spread``).

A code the run's other lines write on needs their words do not share counts less; one whose
other lines agree in words keeps its weight; a pair is never evidence about itself; pairs of
one plan, and pairs whose codes both came from a need family (not from a plan), say nothing
about how plans use a code. Lines one need family by their words keep the code's weight. The
lines and the code (79822000, typesetting) are invented: no check set writes that code.
"""

from __future__ import annotations

import numpy as np
import pytest
from overlap_helpers import full_catalogue, line, month, vocabulary

from kommunesamarbeid.core.explain_texts import explain_in, explained
from kommunesamarbeid.core.overlap import DetectionSettings
from kommunesamarbeid.core.overlap.code_spread import CodeSpread, shared_code
from kommunesamarbeid.core.overlap.detect import _df_cap, build_model, place_names, read_together
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.pair import explain_pair
from kommunesamarbeid.core.overlap.scoring import FeatureTable

CODE = "79822000"


def _spread(
    codes: list[int],
    agree: set[tuple[int, int]] | None = None,
    municipalities: list[int] | None = None,
    written: list[bool] | None = None,
) -> CodeSpread:
    """A spread over lines with ``codes``, whose words agree for the pairs in ``agree``
    (every pair when None), each line of its own plan and its code written unless told."""
    n = len(codes)
    cpv = np.array(codes, dtype=np.int64)
    significant = np.array([len(str(c).rstrip("0")) for c in codes], dtype=np.int64)

    def agreeing(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        pairs = zip(a.tolist(), b.tolist(), strict=True)
        return np.array([agree is None or p in agree for p in pairs], dtype=bool)

    return CodeSpread(
        cpv,
        significant,
        np.array(municipalities or range(n), dtype=np.int64),
        np.array(written or [True] * n, dtype=bool),
        agreeing,
    )


def _ask(spread: CodeSpread, a: int, b: int) -> tuple[float, int, int]:
    found = spread.spread(
        np.array([a], dtype=np.int64), np.array([b], dtype=np.int64), np.array([True])
    )
    return float(found.factor[0]), int(found.asked[0]), int(found.apart[0])


def test_a_code_the_other_lines_use_for_other_needs_weighs_less() -> None:
    spread = _spread([79822000] * 6, agree=set())
    factor, asked, apart = _ask(spread, 0, 1)
    # 15 pairs of six lines, the one asked about left out; none agree
    assert (asked, apart) == (14, 14)
    assert factor == pytest.approx(2 * 1 / 16)


def test_a_code_the_other_lines_agree_on_keeps_its_weight() -> None:
    assert _ask(_spread([79822000] * 6), 0, 1) == (1.0, 14, 0)


def test_the_pair_asked_about_is_no_evidence_about_itself() -> None:
    # only the pair itself agrees: the two other pairs say the code is spread
    factor, asked, apart = _ask(_spread([79822000] * 3, agree={(0, 1)}), 0, 1)
    assert (asked, apart) == (2, 2)
    assert factor == pytest.approx(0.5)
    # the pair itself disagreeing does not lower it either
    assert _ask(_spread([79822000] * 3, agree={(0, 2), (1, 2)}), 0, 1) == (1.0, 2, 0)


def test_a_code_on_two_lines_keeps_its_weight() -> None:
    assert _ask(_spread([79822000] * 2, agree=set()), 0, 1) == (1.0, 0, 0)


def test_pairs_of_one_plan_and_pairs_of_suggested_codes_say_nothing() -> None:
    # lines 2 and 3 are of one plan; lines 4 and 5 have codes a need family gave
    spread = _spread(
        [79822000] * 6,
        agree=set(),
        municipalities=[0, 1, 2, 2, 4, 5],
        written=[True, True, True, True, False, False],
    )
    factor, asked, apart = _ask(spread, 0, 1)
    assert (asked, apart) == (14 - 1 - 1, 12)
    assert factor < 1.0


def test_the_code_weighed_is_the_one_both_have() -> None:
    # two codes under one class: the lines that wrote the class's own code are asked
    spread = _spread([79822100, 79822200, 79822000, 79822000, 79822000], agree=set())
    factor, asked, apart = _ask(spread, 0, 1)
    assert (asked, apart) == (3, 3)
    assert factor < 1.0
    # codes that only share a division weigh as their division's lines say: none wrote it
    assert _ask(_spread([79822100, 79110000, *[79822000] * 3], agree=set()), 0, 1)[0] == 1.0


def test_shared_code() -> None:
    assert shared_code("79822000", "79822000") == "79822000"
    assert shared_code("79822100", "79822200") == "79822000"
    assert shared_code("79822100", "79820000") == "79820000"
    assert shared_code("79822100", "45000000") == "00000000"


def _lines(pair: tuple[str, str], others: list[str]) -> list[MatchLine]:
    when = month(2026, 9)
    found = [line(1, 1, pair[0], cpv=CODE, period=when), line(2, 2, pair[1], cpv=CODE, period=when)]
    found += [line(10 + k, 3 + k, t, cpv=CODE, period=when) for k, t in enumerate(others)]
    return found


def _parts(lines: list[MatchLine]) -> dict[str, float]:
    model = build_model(vocabulary(), full_catalogue())
    features = read_together(model, [model.line(x, place_names(lines)) for x in lines])
    table = FeatureTable(features, model, 18.0, df_cap=_df_cap(len(lines)))
    a, b = np.array([0], dtype=np.int64), np.array([1], dtype=np.int64)
    return {k: float(v[0]) for k, v in table.components(a, b, table.similarity(a, b)).items()}


PAIR = ("Trykte plakater til sommerfestivalen", "Trykte kart over turløyper")


def test_in_a_run_a_spread_code_counts_less_and_the_answer_says_why() -> None:
    spread = _lines(
        PAIR,
        [
            "Brosjyrer om avfallssortering",
            "Skilting av sykkelveier",
            "Navneskilt til ansatte",
            "Julekort til eldre",
        ],
    )
    agreeing = _lines(
        PAIR,
        [
            "Trykte plakater til sommerkonserter",
            "Trykte plakater til kinoen",
            "Trykte kart til skolene",
            "Trykte kart over fiskevann",
        ],
    )
    lowered, kept = _parts(spread), _parts(agreeing)
    assert lowered["code_weight"] < 0.5
    assert kept["code_weight"] == 1.0
    assert lowered["cpv"] < kept["cpv"]
    why = explain_pair(spread, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())
    said = [s for s in why.evidence_against if s.startswith(f"CPV-koden {CODE}")]
    assert len(said) == 1
    apart, asked = int(lowered["code_apart"]), int(lowered["code_asked"])
    assert f"{apart} av {asked} andre par" in said[0]
    assert explained(said[0])
    assert "tel mindre" in explain_in(said[0], "nn")
    quiet = explain_pair(agreeing, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())
    assert not any("brukes i planene om ulike behov" in s for s in quiet.evidence_against)


def test_lines_of_one_need_family_keep_the_code_weight() -> None:
    lines = _lines(
        ("Brøyting av kommunale veier", "Snørydding ved skolene"),
        ["Brosjyrer om avfallssortering", "Julekort til eldre", "Kart over turløyper"],
    )
    parts = _parts(lines)
    assert parts["same_family"] > 0
    assert parts["code_weight"] == 1.0
