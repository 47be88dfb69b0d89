"""scripts/run_distribution.py: contrast and complementary distribution are counted as its
docstring says (invented words in no check set), and the unread check sets are refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kommunesamarbeid.core.overlap.line_features import LineFeatures
from kommunesamarbeid.core.overlap.model import MatchLine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import run_distribution

MILL = frozenset({"kvernstein"})
GRIND = frozenset({"møllestein"})


def _line(number: int, plan: int, *words: str, family: int | None = None) -> LineFeatures:
    text = " og ".join(words)
    return LineFeatures(
        line=MatchLine(number, plan, f"Kommune {plan}", text),
        terms=dict.fromkeys(words, 1.0),
        surfaces={w: w for w in words},
        families=() if family is None else (family,),
        coverage=() if family is None else (1.0,),
        matched_terms={} if family is None else {family: " + ".join(words)},
        text_kinds=0,
        written_kind=0,
        cpv=None,
        cpv_source="",
        project=False,
        mid_month=None,
        main_keys=words,
        heads=words,
    )


def _lines(*written: str, family: int | None = None) -> list[LineFeatures]:
    """A run's lines from "PLAN word word ..." (numbered in order); with ``family``, read in it
    from their words, but for a line whose plan is followed by "-"."""
    lines = []
    for number, text in enumerate(written, start=1):
        plan, *words = text.split()
        outside = plan.endswith("-")
        lines.append(
            _line(number, int(plan.rstrip("-")), *words, family=None if outside else family)
        )
    return lines


def _units(lines: list[LineFeatures]) -> run_distribution.RunUnits:
    return run_distribution.RunUnits(lines, [f.line.municipality_id for f in lines])


def _ask(
    lines: list[LineFeatures], family: int = run_distribution.WORD, least: int = 2
) -> tuple[int, bool, bool]:
    """The statistics of "kvernstein" in a line of plan 1 against "møllestein" in plan 2."""
    return run_distribution._statistics(_units(lines), family, MILL, GRIND, {1, 2}, least)


def test_a_plan_with_the_two_words_on_separate_lines_is_a_contrast() -> None:
    assert _ask(_lines("1 kvernstein", "2 møllestein", "3 kvernstein", "3 møllestein"))[0] == 1


def test_a_line_naming_both_and_the_pairs_own_plans_are_no_contrast() -> None:
    # the first line's own plan writes the other word too (that plan is not asked), and a
    # line of another plan lists both needs, beside a line with one of them
    own = ("1 kvernstein", "2 møllestein", "1 møllestein")
    assert _ask(_lines(*own, "3 kvernstein møllestein", "3 møllestein"))[0] == 0


def test_words_never_in_one_plan_each_in_two_are_in_complementary_distribution() -> None:
    apart = ("1 kvernstein", "2 møllestein", "3 kvernstein", "4 møllestein")
    assert _ask(_lines(*apart)) == (0, True, False)
    # three plans each asked for: too few
    assert _ask(_lines(*apart), least=3)[1] is False
    # one plan with both (on two lines): not complementary
    assert _ask(_lines(*apart, "5 kvernstein", "5 møllestein"))[1] is False


def test_a_word_in_one_plan_only_is_thin() -> None:
    assert _ask(_lines("1 kvernstein", "2 møllestein", "3 møllestein")) == (0, False, True)


def test_a_members_contrast_needs_both_lines_in_the_family() -> None:
    pair = ("1 kvernstein", "2 møllestein", "3 kvernstein")
    # the other word in plan 3, but not read in the family
    assert _ask(_lines(*pair, "3- møllestein", family=7), 7)[0] == 0
    assert _ask(_lines(*pair, "3 møllestein", family=7), 7)[0] == 1


def test_a_family_split_by_another_plan() -> None:
    # the pair's own plan (1) is not asked; two lines sharing a word are one need
    run = (
        "1 kvernstein",
        "1 møllestein",
        "2 møllestein",
        "3 kvernstein",
        "3 kvernstein slipestein",
    )
    assert _units(_lines(*run, family=7)).split(7, {1, 2}) == 0
    assert _units(_lines(*run, "3 slipestein", family=7)).split(7, {1, 2}) == 1


@pytest.mark.parametrize("name", ["blind14", "blind21", "elsewhere"])
def test_only_read_sets_are_measured(name: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_distribution.main([name])
    assert stopped.value.code == 2
