"""A text model made from a kept reading of the catalogue's labels (``TextModel`` with
``stored_labels``) is the model that reads them: the same English words, the same label words,
the same analysis of every line of the demo plans (in the repository, so the test runs without
../shared); an unreadable or foreign reading is not used. (Small catalogue and models made here,
not ``build_model``'s: the models other tests share are left as they are.)"""

from __future__ import annotations

import pytest

from kommunesamarbeid.core.overlap.analysis_store import decode_labels, labels_key
from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
from kommunesamarbeid.core.overlap.detect import place_names
from kommunesamarbeid.core.overlap.features import TextModel
from tests.core.overlap.overlap_helpers import (
    SMALL_CATALOGUE,
    count_label_reads,
    evaluator,
    vocabulary,
)


def test_a_model_from_the_kept_reading_reads_every_line_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words, catalogue = vocabulary(), CpvCatalogue(SMALL_CATALOGUE)
    reads = count_label_reads(monkeypatch)
    fresh = TextModel(words, catalogue)
    taken = fresh.take_labels()
    assert taken is not None and taken[0] == labels_key(fresh.fingerprint)
    assert fresh.take_labels() is None  # taken once
    asked: list[str] = []

    def stored(fingerprint: str) -> str:
        asked.append(fingerprint)
        return taken[1]

    kept = TextModel(words, catalogue, stored)
    assert asked == [fresh.fingerprint] and reads == [1]
    assert kept.take_labels() is None  # nothing new to keep
    assert kept.analyzer.english == fresh.analyzer.english
    assert kept.suggester.reading == fresh.suggester.reading
    assert decode_labels(taken[1]) == (fresh.analyzer.english, fresh.suggester.reading)
    lines, _ = evaluator().lines_from_labels(evaluator().DEFAULT_CORPORA["demo"])
    places = place_names(lines)
    assert [kept.line(line, places) for line in lines] == [
        fresh.line(line, places) for line in lines
    ]


def test_an_unreadable_or_foreign_kept_reading_is_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words, catalogue = vocabulary(), CpvCatalogue(SMALL_CATALOGUE)
    reads = count_label_reads(monkeypatch)
    unusable = [
        "[99]",
        "not json",
        '[1, [], [], "x"]',
        "[1, 2, 3, 4]",
        '[1, [["hire", "leie"]], [], []]',  # of another catalogue: not even its English words
    ]
    for text in unusable:
        model = TextModel(words, catalogue, lambda fingerprint, text=text: text)
        assert model.take_labels() is not None  # the new reading is there to keep
        assert len(model.suggester.reading[0]) == len(catalogue.labels)
        assert model.analyzer.english.get("hire") != "leie"
    assert reads == [1] * len(unusable)
