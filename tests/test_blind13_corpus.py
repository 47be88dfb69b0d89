"""Blind corpus 13 (tests/fixtures/blind13_corpus) under the checks every generated blind
corpus keeps (corpus_checks.HardCaseBlindCorpusTests): tables, files and generator agree, a
broken copy is caught, the shape and group rules hold, no municipality is reused, the plan
import reads each file without --map to the expected values, and issue 14's hard cases are all
carried. Nothing here runs overlap detection or names a line text."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind13Corpus(corpus_checks.HardCaseBlindCorpusTests):
    name = "blind13"
    blind = corpus_checks.generated(FIXTURES / "blind13_corpus", csv_plans=3)
