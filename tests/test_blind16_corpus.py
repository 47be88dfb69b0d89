"""Blind corpus 16 kept by the checks every generated blind corpus keeps (no detection run)."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind16Corpus(corpus_checks.HardCaseBlindCorpusTests):
    name = "blind16"
    blind = corpus_checks.generated(FIXTURES / "blind16_corpus", csv_plans=3)
