"""scripts/pair_evidence.py and scripts/fit_pair_weights.py: the exported evidence is what the
score is made of, and the fitting tools do what they say."""

from __future__ import annotations

import shutil
import subprocess
from itertools import combinations
from pathlib import Path

import numpy as np
import pytest

from kommunesamarbeid.core.overlap import load_vocabulary
from tests.core.overlap.overlap_helpers import full_catalogue, line, month, script, vocabulary

LINES = [
    line(1, 1, "Brøyting av kommunale veier", cpv="90620000", period=month(2026, 9)),
    line(2, 2, "Snøbrøyting og strøing", cpv="90620000", period=month(2026, 10)),
    line(3, 3, "Kjøp av veisalt til vinterdrift", cpv="34927100", period=month(2026, 9)),
    line(4, 1, "Renhold av skoler og barnehager", cpv="90910000"),
    line(5, 2, "Rengjøringsmidler til skolene", cpv="39830000"),
    line(6, 3, "Rådgivning om renhold", period=month(2026, 3)),
    line(7, 2, "Kontorrekvisita"),
    line(8, 3, "Kontorartikler og papir"),
    line(9, 1, "Nybygg av Nordbyen skole, totalentreprise", cpv="45000000"),
    line(10, 2, "Rehabilitering av Sørbyen skole", cpv="45000000"),
    line(11, 3, "Kjøp av elektrisk kraft", cpv="09310000", period=month(2029, 1)),
    line(12, 1, "Strøm til kommunale bygg", cpv="09310000", period=month(2026, 1)),
    line(13, 2, "Vedlikehold av heiser"),
    line(14, 3, "Kjøp av nye heiser"),
]
GOLD = {1: "brøyting", 2: "brøyting", 4: "renhold", 6: "renhold", 7: "kontor", 8: "kontor"}


@pytest.fixture(scope="module")
def exported() -> dict[str, np.ndarray]:
    export = script("pair_evidence")
    fit = script("fit_pair_weights")
    rows = export.set_rows("test", LINES, GOLD, full_catalogue(), vocabulary())
    return fit.columns(export.HEADER, rows)  # type: ignore[no-any-return]


def test_every_pair_of_two_municipalities_once_with_its_label(
    exported: dict[str, np.ndarray],
) -> None:
    municipality = {x.id: x.municipality_id for x in LINES}
    expected = {
        (a.id, b.id) for a, b in combinations(LINES, 2) if a.municipality_id != b.municipality_id
    }
    first, second = exported["a"].astype(int).tolist(), exported["b"].astype(int).tolist()
    pairs = list(zip(first, second, strict=True))
    assert sorted(pairs) == sorted(expected)
    assert all(municipality[a] != municipality[b] for a, b in pairs)
    for (a, b), label in zip(pairs, exported["label"].tolist(), strict=True):
        assert label == (a in GOLD and GOLD.get(a) == GOLD.get(b))


def test_the_score_is_made_of_the_exported_values(exported: dict[str, np.ndarray]) -> None:
    """The engine's constants applied to the exported values give the engine's score: no
    factor the score is multiplied by is left out of the export (a new one must be added)."""
    fit = script("fit_pair_weights")
    marks = fit.marks(exported)
    made = fit.engine_form(exported, fit.WEIGHTS, fit.FACTORS, marks)
    for name, factor in fit.VETO_FACTORS.items():
        made = np.where(exported[name] > 0, made * factor, made)
    np.testing.assert_allclose(made, exported["score"], atol=2e-6)
    # (the lines make the factors work: the comparison is not only of plain sums)
    assert (exported["kind_value"] < 1).any()
    assert (exported["time_factor"] < 1).any()
    assert exported["veto"].any()
    # an edge is a scored pair that reaches the threshold and is not vetoed
    edge = exported["edge"] > 0
    veto = exported["veto"] > 0
    assert np.all(exported["score"][edge] >= fit.THRESHOLD)
    assert not veto[edge].any()
    assert np.all(exported["candidate"][edge] > 0)
    # the bound before scoring drops no pair that would be an edge
    dropped = (exported["candidate"] > 0) & (exported["reachable"] <= 0) & ~veto
    assert not np.any(exported["score"][dropped] >= fit.THRESHOLD)


def test_only_read_sets_are_exported() -> None:
    export = script("pair_evidence")
    assert not any(name.startswith("blind") and int(name[5:]) >= 14 for name in export.READ_SETS)
    with pytest.raises(SystemExit):
        export.main(["blind14"])


def test_logistic_regression_separates_what_one_value_separates() -> None:
    fit = script("fit_pair_weights")
    rng = np.random.default_rng(7)
    x = rng.random((400, 3))
    y = x[:, 1] > 0.6
    w = fit.fit_logistic(x, y.astype(np.float64))
    assert w[2] > abs(w[1]) and w[2] > abs(w[3])
    probability = fit.predict(w, x)
    decided = probability >= fit.best_cut(probability, y)
    assert fit.prf(decided, y)[2] > 0.95


def test_refit_keeping_precision_never_lowers_it() -> None:
    """The precision-kept refit of the engine's constants may only gain true pairs at a
    precision no lower than the hand-set constants give on the same pairs."""
    fit = script("fit_pair_weights")
    rng = np.random.default_rng(11)
    n = 600
    data = {name: rng.random(n) for name in ("family", "text", "cpv", "head")}
    data["time_factor"] = np.ones(n)
    data["project"] = np.zeros(n)
    data["kind_value"] = rng.choice([1.0, 0.85, 0.3], n)
    for name in ("roles_differ", "one_sided", "one_of_two"):
        data[name] = np.zeros(n)
    for name in ("tails_apart", "other_reading", "heads_apart"):
        data[name] = (rng.random(n) < 0.1).astype(float)
    label = 0.5 * data["text"] + 0.3 * data["cpv"] + 0.2 * rng.random(n) > 0.55
    marks = fit.marks(data)
    allowed = np.ones(n, dtype=bool)
    start = fit.engine_form(data, fit.WEIGHTS, fit.FACTORS, marks) >= fit.THRESHOLD
    weights, factors = fit.refit(data, marks, label, allowed, keep_precision=True)
    after = fit.engine_form(data, weights, factors, marks) >= fit.THRESHOLD
    p0, r0 = fit.prf(start, label)[:2]
    p1, r1 = fit.prf(after, label)[:2]
    assert p1 >= p0
    assert r1 >= r0


def test_a_read_set_is_read_with_the_vocabulary_from_before_it_was_read() -> None:
    """``--blind-era``: the vocabulary of the commit that added a set still loads with today's
    reader, and is that commit's (the families written after it are not in it)."""
    evaluate = script("evaluate_detection")
    folder = evaluate.DEFAULT_CORPORA["traps"]
    if shutil.which("git") is None or not (evaluate.ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    try:
        before = evaluate.vocabulary_before(folder)
    except (subprocess.CalledProcessError, ValueError):
        pytest.skip("the set's history is not in this checkout")
    old = load_vocabulary(before)
    assert 0 < len(old.families) < len(vocabulary().families)
    with pytest.raises(ValueError):
        evaluate.vocabulary_before(Path("/"))
