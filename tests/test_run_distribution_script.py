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


def _units(lines: list[LineFeatures]) -> run_distribution.RunUnits:
    return run_distribution.RunUnits(lines, [f.line.municipality_id for f in lines])


def _ask(lines: list[LineFeatures], family: int, least: int = 2) -> tuple[int, bool, bool]:
    return run_distribution._statistics(_units(lines), family, MILL, GRIND, {1, 2}, least)


def test_a_plan_with_the_two_words_on_separate_lines_is_a_contrast() -> None:
    lines = [
        _line(1, 1, "kvernstein"),
        _line(2, 2, "møllestein"),
        _line(3, 3, "kvernstein"),
        _line(4, 3, "møllestein"),
    ]
    assert _ask(lines, run_distribution.WORD)[0] == 1


def test_a_line_naming_both_and_the_pairs_own_plans_are_no_contrast() -> None:
    lines = [
        _line(1, 1, "kvernstein"),
        _line(2, 2, "møllestein"),
        # the first line's own plan writes the other word too: that plan is not asked
        _line(3, 1, "møllestein"),
        # a line that lists both needs, beside a line with one of them
        _line(4, 3, "kvernstein", "møllestein"),
        _line(5, 3, "møllestein"),
    ]
    assert _ask(lines, run_distribution.WORD)[0] == 0


def test_words_never_in_one_plan_each_in_two_are_in_complementary_distribution() -> None:
    lines = [
        _line(1, 1, "kvernstein"),
        _line(2, 2, "møllestein"),
        _line(3, 3, "kvernstein"),
        _line(4, 4, "møllestein"),
    ]
    contrast, complementary, thin = _ask(lines, run_distribution.WORD)
    assert (contrast, complementary, thin) == (0, True, False)
    # three plans each asked for: too few
    assert _ask(lines, run_distribution.WORD, least=3)[1] is False
    # one plan with both (on one line or two): not complementary
    together = [*lines, _line(5, 5, "kvernstein"), _line(6, 5, "møllestein")]
    assert _ask(together, run_distribution.WORD)[1] is False


def test_a_word_in_one_plan_only_is_thin() -> None:
    lines = [_line(1, 1, "kvernstein"), _line(2, 2, "møllestein"), _line(3, 3, "møllestein")]
    assert _ask(lines, run_distribution.WORD) == (0, False, True)


def test_a_members_contrast_needs_both_lines_in_the_family() -> None:
    family = 7
    lines = [
        _line(1, 1, "kvernstein", family=family),
        _line(2, 2, "møllestein", family=family),
        _line(3, 3, "kvernstein", family=family),
        _line(4, 3, "møllestein"),  # the word, but not read in the family
    ]
    assert _ask(lines, family)[0] == 0
    lines[3] = _line(4, 3, "møllestein", family=family)
    assert _ask(lines, family)[0] == 1


def test_a_family_split_by_another_plan() -> None:
    family = 7
    lines = [
        _line(1, 1, "kvernstein", family=family),
        _line(2, 1, "møllestein", family=family),  # the pair's own plan: not asked
        _line(3, 2, "møllestein", family=family),
        _line(4, 3, "kvernstein", family=family),
        _line(5, 3, "kvernstein", "slipestein", family=family),  # one word shared: one need
    ]
    units = _units(lines)
    assert units.split(family, {1, 2}) == 0
    lines.append(_line(6, 3, "slipestein", family=family))
    assert _units(lines).split(family, {1, 2}) == 1


@pytest.mark.parametrize("name", ["blind14", "blind21", "elsewhere"])
def test_only_read_sets_are_measured(name: str) -> None:
    with pytest.raises(SystemExit) as stopped:
        run_distribution.main([name])
    assert stopped.value.code == 2
