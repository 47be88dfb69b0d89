"""Blind corpus 10 (tests/fixtures/blind10_corpus) keeps the checks every generated blind corpus
keeps (tests/fixtures/corpus_checks.BlindCorpusTests): its plan files say what labels.csv and
expected_values.csv say, broken copies are caught, the labels keep the corpus rules, the
generator writes the committed bytes, its municipalities are new, and the project's plan import
reads every file, with no column given by hand, to exactly the expected values. It also carries
every hard-case class of issue 14. Nothing here runs overlap detection or names a line text of
the corpus."""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(FIXTURES))

import corpus_checks  # noqa: E402


class TestBlind10Corpus(corpus_checks.BlindCorpusTests):
    blind = corpus_checks.generated(FIXTURES / "blind10_corpus", csv_plans=3)

    def test_every_hard_case_class_is_carried(self) -> None:
        """Every class of the issue is on some line; at least 15 homonym and 15 generic lines,
        several of the generic ones nynorsk and several English."""
        model = importlib.import_module("blind10_model")
        layouts = importlib.import_module("blind10_layouts")
        tags = [ln.traps.split() for plan in layouts.LINES.values() for ln in plan]
        counts = Counter(t for line_tags in tags for t in line_tags)
        generic_in = Counter(t for line_tags in tags if "generic" in line_tags for t in line_tags)
        holds = {
            **{f"class {c}": counts[c] > 0 for c in model.TRAP_CLASSES},
            "15 homonym lines": counts["homonym"] >= 15,
            "15 generic lines": counts["generic"] >= 15,
            "nynorsk generic lines": generic_in["nynorsk"] >= 3,
            "English generic lines": generic_in["english"] >= 3,
        }
        assert [what for what, ok in holds.items() if not ok] == []
