"""A text model made from a kept reading of the catalogue's labels (``TextModel`` with
``stored_labels``) is the model that reads them: the same English words, the same label words,
the same groups on the development corpus; an unreadable or foreign reading is not used."""

from __future__ import annotations

from typing import Any

import pytest

from kommunesamarbeid.core.overlap import catalogue as core_catalogue
from kommunesamarbeid.core.overlap import detect as core_detect
from kommunesamarbeid.core.overlap.analysis_store import decode_labels, labels_key
from kommunesamarbeid.core.overlap.detect import build_model, detect_overlaps
from tests.core.overlap.overlap_helpers import evaluator, full_catalogue, vocabulary


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    original = core_catalogue.read_labels

    def counting(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(core_catalogue, "read_labels", counting)
    return reads


def test_a_model_from_the_kept_reading_finds_the_same_groups(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    catalogue, words = full_catalogue(), vocabulary()
    lines, _ = evaluator().lines_from_labels(evaluator().DEFAULT_CORPORA["dev"])
    reads = _reads(monkeypatch)
    core_detect._MODELS.clear()
    fresh = build_model(words, catalogue)
    expected = detect_overlaps(lines, catalogue, words)
    taken = fresh.take_labels()
    assert taken is not None and taken[0] == labels_key(fresh.fingerprint)
    assert fresh.take_labels() is None  # taken once
    asked: list[str] = []

    def stored(fingerprint: str) -> str:
        asked.append(fingerprint)
        return taken[1]

    core_detect._MODELS.clear()
    kept = build_model(words, catalogue, stored_labels=stored)
    assert asked == [fresh.fingerprint] and reads == [1]
    assert kept is not fresh and kept.take_labels() is None  # nothing new to keep
    assert kept.analyzer.english == fresh.analyzer.english
    assert kept.suggester.reading == fresh.suggester.reading
    assert decode_labels(taken[1]) == (fresh.analyzer.english, fresh.suggester.reading)
    assert detect_overlaps(lines, catalogue, words) == expected
    core_detect._MODELS.clear()


@pytest.mark.parametrize(
    "text",
    ["[99]", "not json", '[1, [], [], "x"]', "[1, 2, 3, 4]", '[1, [["hire", "leie"]], [], []]'],
)
def test_an_unreadable_kept_reading_is_read_again(
    monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    catalogue, words = full_catalogue(), vocabulary()
    reads = _reads(monkeypatch)
    core_detect._MODELS.clear()
    model = build_model(words, catalogue, stored_labels=lambda fingerprint: text)
    assert reads == [1]
    assert model.take_labels() is not None  # the new reading is there to keep
    assert len(model.suggester.reading[0]) == len(model.catalogue.labels)
    assert "hire" not in model.analyzer.english or model.analyzer.english["hire"] != "leie"
    core_detect._MODELS.clear()
