"""Blind corpus 21 kept by the checks every generated blind corpus keeps (no detection run)."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind21Corpus(corpus_checks.HardCaseBlindCorpusTests):
    name = "blind21"
    blind = corpus_checks.generated(FIXTURES / "blind21_corpus", csv_plans=3)
    line_count = (180, 200)
    group_count = (26, 30)
