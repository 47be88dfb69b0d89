"""Quality on the labelled development corpus (../shared/corpus/dev), at default settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from overlap_helpers import DEV_CORPUS, REPO, evaluator, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps


def _scores(corpus: Path) -> Any:
    evaluate = evaluator()
    lines, gold = evaluate.lines_from_labels(corpus)
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    return evaluate.score(lines, gold, groups)


def test_precision_and_recall_on_the_dev_corpus() -> None:
    if not (DEV_CORPUS / "labels.csv").exists():
        pytest.skip(f"Utviklingskorpuset mangler: {DEV_CORPUS} (../shared er ikke lagt ved)")
    scores = _scores(DEV_CORPUS)
    assert scores.precision >= 0.95, scores.false_positives
    assert scores.recall >= 0.95, scores.false_negatives


def test_precision_and_recall_on_the_unseen_set() -> None:
    """The ten plans written by someone who never saw the engine (tests/fixtures/unseen_corpus).
    A guard against going back, below the issue's goal of 0.95 / 0.95 (see the report)."""
    corpus = REPO / "tests" / "fixtures" / "unseen_corpus"
    if not (corpus / "labels.csv").exists():
        pytest.skip(f"Det usette korpuset mangler: {corpus}")
    scores = _scores(corpus)
    assert scores.precision >= 0.90, scores.false_positives
    assert scores.recall >= 0.80, scores.false_negatives
