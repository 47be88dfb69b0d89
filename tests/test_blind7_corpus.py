"""Blind corpus 7 (tests/fixtures/blind7_corpus) keeps the checks every generated blind corpus
keeps (tests/fixtures/corpus_checks.BlindCorpusTests): its plan files say what labels.csv and
expected_values.csv say, broken copies are caught (tables changed programmatically, so no test
names a line text), the labels keep the corpus rules, the generator writes the committed bytes,
its municipalities are new, and the project's plan import reads every file, without any column
given by hand, to exactly the expected values. Nothing here runs overlap detection."""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind7_corpus"
sys.path.insert(0, str(CORPUS / "source"))
sys.path.insert(0, str(CORPUS.parent))

import blind7_check  # noqa: E402
import corpus_checks as cc  # noqa: E402
import make_blind7_corpus  # noqa: E402


class TestBlind7Corpus(cc.BlindCorpusTests):
    blind = cc.Blind(
        CORPUS, blind7_check.check, make_blind7_corpus.build,
        blind7_check.LINES_PER_PLAN, blind7_check.GROUPED_SHARE, csv_plans=2,
    )  # fmt: skip
