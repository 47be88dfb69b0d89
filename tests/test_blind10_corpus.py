"""The tenth generated blind corpus (tests/fixtures/blind10_corpus) under the checks all of them
keep (corpus_checks.HardCaseBlindCorpusTests): files and tables agree and a broken copy is
caught, the group rules and shape hold, the generator gives the committed bytes, no municipality
is reused, and the plan import reads every file without a hand-given column to the expected
values; and the hard cases of issue 14 are all carried. No overlap detection is run here, and no
line text of the corpus is named."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind10Corpus(corpus_checks.HardCaseBlindCorpusTests):
    name = "blind10"
    blind = corpus_checks.generated(FIXTURES / "blind10_corpus", csv_plans=3)
