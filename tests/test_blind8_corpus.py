"""Blind corpus 8 (tests/fixtures/blind8_corpus) keeps the checks every generated blind corpus
keeps (tests/fixtures/corpus_checks.BlindCorpusTests): its plan files say what labels.csv and
expected_values.csv say, broken copies are caught, the labels keep the corpus rules, the
generator writes the committed bytes, its municipalities are new, and the project's plan import
reads every file, with no column given by hand, to exactly the expected values. Nothing here
runs overlap detection or names a line text of the corpus."""

from __future__ import annotations

import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "blind8_corpus"
sys.path[:0] = [str(CORPUS / "source"), str(CORPUS.parent)]

import blind8_specs  # noqa: E402
import corpus_checks as cc  # noqa: E402
import make_blind8_corpus  # noqa: E402


class TestBlind8Corpus(cc.BlindCorpusTests):
    blind = cc.Blind(
        CORPUS, blind8_specs.check, make_blind8_corpus.build,
        blind8_specs.LINES_PER_PLAN, blind8_specs.GROUPED_SHARE, csv_plans=3,
    )  # fmt: skip
