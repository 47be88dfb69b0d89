"""A line reads the same whatever the model read before it: the model keeps what it has read
between runs (plans repeat their words), and nothing kept may depend on which text was read
first. Found when the same 5,000 lines gave other groups after a 20,000-line run in the same
process: a word's terms were kept by its parts alone, so «o» took the terms of the first «o»
read, a generic one («blanketter o.l. trykksaker») or not («arbeidsklær o gverneutstyr»)."""

from __future__ import annotations

from overlap_helpers import VOCABULARY_DIR, full_catalogue, line, month

from kommunesamarbeid.core.overlap import load_vocabulary
from kommunesamarbeid.core.overlap.detect import build_model

FIRST = "Protokoller, regnskapsbøker, blanketter o.l. trykksaker av papir til idrett"
LATER = "Rammeavtale for arbeidsklær o gverneutstyr"


def _terms(*texts: str) -> dict[str, float]:
    """The terms of the last text, read by a model of its own after the texts before it."""
    model = build_model(load_vocabulary(VOCABULARY_DIR), full_catalogue())  # a new model
    places: frozenset[str] = frozenset()
    features = [
        model.line(line(i, i, text, period=month(2026, 9)), places)
        for i, text in enumerate(texts, start=1)
    ]
    return dict(features[-1].terms)


def test_a_line_reads_the_same_after_another_text() -> None:
    assert _terms(FIRST, LATER) == _terms(LATER)


def test_the_other_text_reads_the_same_after_the_line() -> None:
    assert _terms(LATER, FIRST) == _terms(FIRST)
