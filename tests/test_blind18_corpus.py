"""Blind corpus 18 kept by the checks every generated blind corpus keeps (no detection run)."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind18Corpus(corpus_checks.HardCaseBlindCorpusTests):
    name = "blind18"
    blind = corpus_checks.generated(FIXTURES / "blind18_corpus", csv_plans=3)
    line_count = (140, 180)  # a shorter set than blind17 (built in a shorter window)
    group_count = (20, 28)
