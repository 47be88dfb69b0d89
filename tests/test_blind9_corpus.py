"""Blind corpus 9 (tests/fixtures/blind9_corpus) keeps the checks every generated blind corpus
keeps (tests/fixtures/corpus_checks.BlindCorpusTests): its plan files say what labels.csv and
expected_values.csv say, broken copies are caught, the labels keep the corpus rules, the
generator writes the committed bytes, its municipalities are new, and the project's plan import
reads every file, with no column given by hand, to exactly the expected values. It also carries
every hard-case class of issue 14. Nothing here runs overlap detection or names a line text of
the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind9Corpus(corpus_checks.BlindCorpusTests):
    blind = corpus_checks.generated(FIXTURES / "blind9_corpus", csv_plans=3)

    def test_every_hard_case_class_is_carried(self) -> None:
        """Every class of the issue is on some line; at least 15 homonym and 15 generic lines,
        several of the generic ones nynorsk and several English."""
        assert corpus_checks.hard_case_problems("blind9") == []
