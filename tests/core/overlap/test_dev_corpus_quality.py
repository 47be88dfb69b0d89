"""Quality on the labelled development corpus (../shared/corpus/dev), at default settings."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest
from overlap_helpers import DEV_CORPUS, REPO, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps


def _evaluator() -> ModuleType:
    path = REPO / "scripts" / "evaluate_detection.py"
    spec = importlib.util.spec_from_file_location("evaluate_detection", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("evaluate_detection", module)
    spec.loader.exec_module(module)
    return module


def test_precision_and_recall_on_the_dev_corpus() -> None:
    if not (DEV_CORPUS / "labels.csv").exists():
        pytest.skip(f"Utviklingskorpuset mangler: {DEV_CORPUS} (../shared er ikke lagt ved)")
    evaluate = _evaluator()
    lines, gold = evaluate.lines_from_labels(DEV_CORPUS)
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    scores = evaluate.score(lines, gold, groups)
    assert scores.precision >= 0.95, scores.false_positives
    assert scores.recall >= 0.95, scores.false_negatives


def test_precision_and_recall_on_the_unseen_set() -> None:
    """The ten plans written by someone who never saw the engine (tests/fixtures/unseen_corpus).
    A guard against going back, below the issue's goal of 0.95 / 0.95 (see the report)."""
    corpus = REPO / "tests" / "fixtures" / "unseen_corpus"
    if not (corpus / "labels.csv").exists():
        pytest.skip(f"Det usette korpuset mangler: {corpus}")
    evaluate = _evaluator()
    lines, gold = evaluate.lines_from_labels(corpus)
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    scores = evaluate.score(lines, gold, groups)
    assert scores.precision >= 0.90, scores.false_positives
    assert scores.recall >= 0.80, scores.false_negatives
