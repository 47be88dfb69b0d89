"""``bench/bench_phases.py``: the steps of a first run timed, the pairs of distinct readings."""

from __future__ import annotations

import re

import pytest

from bench import bench_phases
from kommunesamarbeid.core.overlap import detect, grouping


def test_steps_add_up_and_the_engine_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    before = {name: getattr(detect, name) for name in ("read_together", "FeatureTable", "_group")}
    matrices = grouping.matrices
    assert bench_phases.main(["--size", "400", "--pairs"]) == 0
    out = capsys.readouterr().out
    total = float(re.search(r"første kjøring ([\d.]+) s CPU", out).group(1))  # type: ignore[union-attr]
    steps = re.findall(r"^  (.+?)\s+(-?[\d.]+) s\s+(-?[\d.]+) %$", out, re.MULTILINE)
    names = [name for name, _, _ in steps]
    assert names[0] == "lesing av linjene" and names[-1] == "resten (kandidater, komponenter)"
    assert "skårmatrisene (matrices)" in names and "gruppene med begrunnelser (_group)" in names
    # (each step rounded to 0.01 s)
    assert sum(float(seconds) for _, seconds, _ in steps) == pytest.approx(total, abs=0.05)
    assert all(float(seconds) >= 0 for _, seconds, _ in steps[:-1])
    counts = dict(re.findall(r"^  (par[^:]*|linjer|ulike lesinger): (\d+)$", out, re.MULTILINE))
    pairs, distinct = int(counts["par"]), int(counts["par av ulike lesinger"])
    dated = int(counts["par av ulike lesinger og tidsrom"])
    assert 0 < distinct <= dated <= pairs
    assert 0 < int(counts["ulike lesinger"]) <= int(counts["linjer"])
    # the wrapped functions are the engine's own again
    assert {name: getattr(detect, name) for name in before} == before
    assert grouping.matrices is matrices
