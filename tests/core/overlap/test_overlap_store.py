"""An analysis kept as JSON reads back exactly (so a run on kept analyses finds the same
groups with the same reasons), and the word similarity found block by block is the exact
cosine of every pair that reaches the minimum, and no other."""

from __future__ import annotations

import numpy as np
import pytest
from overlap_helpers import DEV_CORPUS, REPO, evaluator, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps
from kommunesamarbeid.core.overlap import detect as core_detect
from kommunesamarbeid.core.overlap.analysis_store import decode, encode
from kommunesamarbeid.core.overlap.detect import build_model, place_names
from kommunesamarbeid.core.overlap.features import _FIELDS, _NO_LINE
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.textsim import TextVectors


def _corpus():  # type: ignore[no-untyped-def]
    if not (DEV_CORPUS / "labels.csv").exists():
        pytest.skip(f"Korpuset mangler: {DEV_CORPUS}")
    lines, _ = evaluator().lines_from_labels(DEV_CORPUS)
    return lines


def test_an_analysis_reads_back_exactly() -> None:
    lines = _corpus()
    model = build_model(vocabulary(), full_catalogue())
    places = place_names(lines)
    for line in lines:
        features = model.line(line, places)
        back = decode(encode(features), _NO_LINE)
        assert back is not None
        for name in _FIELDS[1:]:
            if name != "mid_month":
                assert getattr(back, name) == getattr(features, name), name


def test_a_run_on_kept_analyses_finds_the_same_groups_and_reasons() -> None:
    lines = _corpus()
    core_detect._MODELS.clear()
    model = build_model(vocabulary(), full_catalogue())
    assert model.fingerprint
    model.take_fresh()
    first = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    kept = model.take_fresh()
    assert len(kept) >= len({line.description for line in lines}) * 0.9

    core_detect._MODELS.clear()  # a new session
    again = build_model(vocabulary(), full_catalogue())
    again.use_stored(kept)
    second = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    assert again.take_fresh() == {}  # nothing had to be analysed again
    assert second == first


def test_discarded_analyses_are_never_kept_and_the_next_ones_are() -> None:
    lines = _corpus()
    core_detect._MODELS.clear()
    model = build_model(vocabulary(), full_catalogue())
    places = place_names(lines)
    half = len(lines) // 2
    for line in lines[:half]:
        model.line(line, places)
    model.discard_fresh()  # a cancelled run
    for line in lines[half:]:
        model.line(line, places)
    kept = model.take_fresh()
    names = {model.storage_key(model.key(line, places)) for line in lines[half:]}
    assert kept.keys() == names - {
        model.storage_key(model.key(line, places)) for line in lines[:half]
    }


def test_a_line_s_key_is_kept_for_its_own_fields_and_the_run_s_place_names() -> None:
    # (a place name no register knows: only the run's municipalities make it one)
    model = build_model(vocabulary(), full_catalogue())
    line = MatchLine(1, 1, "Brekkevik", "Brøyting  av gangveier i Brekkevik", "", "90620000")
    run = model.key(line, frozenset({"brekkevik"}))
    assert "brekkevik" in run[3] and run[0] == "Brøyting av gangveier i Brekkevik"
    assert "brekkevik" not in model.key(line, frozenset())[3]  # another run's municipalities
    assert model.key(line, frozenset({"brekkevik"})) == run  # (an equal set, made anew)
    uncoded = MatchLine(2, 1, "Brekkevik", line.description, "", None)
    assert model.key(uncoded, frozenset({"brekkevik"}))[2] is None
    assert model.key(line, frozenset({"brekkevik"}))[2] == "90620000"
    model.discard_fresh()  # (the run's keys let go: made again alike)
    assert model.key(line, frozenset({"brekkevik"})) == run


def test_a_damaged_kept_analysis_is_made_again() -> None:
    lines = _corpus()[:20]
    core_detect._MODELS.clear()
    model = build_model(vocabulary(), full_catalogue())
    places = place_names(lines)
    first = [model.line(line, places) for line in lines]
    kept = model.take_fresh()
    assert decode('[1, "uferdig', _NO_LINE) is None

    core_detect._MODELS.clear()  # a new session, every kept row cut short
    again = build_model(vocabulary(), full_catalogue())
    again.use_stored({name: text[: len(text) // 2] for name, text in kept.items()})
    second = [again.line(line, places) for line in lines]
    assert second == first
    assert again.take_fresh().keys() == kept.keys()  # analysed again, to be kept again


def test_block_candidates_are_exactly_the_pairs_reaching_the_minimum() -> None:
    lines = _corpus()
    model = build_model(vocabulary(), full_catalogue())
    places = place_names(lines)
    features = [model.line(line, places) for line in lines]
    vectors = TextVectors(features, df_cap=60)
    n = len(features)
    i, j = np.triu_indices(n, 1)
    a, b = i.astype(np.int64), j.astype(np.int64)
    exact = vectors.similarity(a, b)
    # brute force: dense word vectors and compound-against-split-form products
    dense = {}
    for name, sparse in (
        ("w", vectors.words),
        ("c", vectors.compounds),
        ("s", vectors.split_forms),
    ):
        width = int(sparse.cols.max(initial=0)) + 1
        matrix = np.zeros((n, width), dtype=np.float64)
        matrix[sparse.rows, sparse.cols] = sparse.vals
        dense[name] = matrix
    width = max(dense["c"].shape[1], dense["s"].shape[1])
    c = np.pad(dense["c"], ((0, 0), (0, width - dense["c"].shape[1])))
    s = np.pad(dense["s"], ((0, 0), (0, width - dense["s"].shape[1])))
    brute = (
        (dense["w"][a] * dense["w"][b]).sum(axis=1)
        + (c[a] * s[b]).sum(axis=1)
        + (s[a] * c[b]).sum(axis=1)
    )
    assert np.allclose(exact, brute, atol=1e-5)
    minimum = 0.2
    by_key = {int(x) * n + int(y): float(v) for x, y, v in zip(a, b, brute, strict=True)}
    found: dict[int, float] = {}
    for _, keys, values in vectors.candidates(minimum):
        found.update(zip(keys.tolist(), values.tolist(), strict=True))
    assert {k for k, v in by_key.items() if v >= minimum + 1e-5} <= set(found)
    assert all(by_key[k] >= minimum - 1e-5 and abs(by_key[k] - v) < 1e-5 for k, v in found.items())


def test_the_same_lines_give_the_same_groups_and_reasons_in_every_process() -> None:
    """Nothing depends on the order of sets (Python varies it between processes)."""
    import json
    import os
    import subprocess
    import sys

    if not (DEV_CORPUS / "labels.csv").exists():
        pytest.skip(f"Korpuset mangler: {DEV_CORPUS}")
    script = (
        "import json, sys\n"
        "sys.path.insert(0, 'tests/core/overlap')\n"
        "from overlap_helpers import DEV_CORPUS, SMALL_CATALOGUE, evaluator, vocabulary\n"
        "from kommunesamarbeid.core.overlap import detect_overlaps\n"
        "lines, _ = evaluator().lines_from_labels(DEV_CORPUS)\n"
        "groups = detect_overlaps(lines, SMALL_CATALOGUE, vocabulary())\n"
        "print(json.dumps([[g.line_ids, g.title, g.reasons, [m.reasons for m in g.members]]"
        " for g in groups], ensure_ascii=False))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env=env,
            cwd=str(REPO),
            check=True,
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
    assert outputs[0]
