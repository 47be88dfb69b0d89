"""Reasons are true by construction: every word a reason quotes is in the text of the lines it
speaks of, and a suggested CPV code names the words it came from. Checked on every group of
every labelled corpus (development, demo, the four check sets and the trap set)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from overlap_helpers import CATALOGUE_CSV, DEV_CORPUS, REPO, evaluator, full_catalogue, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, detect_overlaps

QUOTED = re.compile(r"«([^»]+)»")
CORPORA = {
    "dev": DEV_CORPUS,
    "demo": REPO / "resources" / "demo",
    "unseen": REPO / "tests" / "fixtures" / "unseen_corpus",
    "traps": REPO / "tests" / "fixtures" / "trap_corpus",
    "holdout": REPO / "tests" / "fixtures" / "holdout_corpus",
    "blind3": REPO / "tests" / "fixtures" / "blind3_corpus",
    "blind4": REPO / "tests" / "fixtures" / "blind4_corpus",
    "blind5": REPO / "tests" / "fixtures" / "blind5_corpus",
    "blind6": REPO / "tests" / "fixtures" / "blind6_corpus",
    "blind7": REPO / "tests" / "fixtures" / "blind7_corpus",
    "blind8": REPO / "tests" / "fixtures" / "blind8_corpus",
    "blind9": REPO / "tests" / "fixtures" / "blind9_corpus",
    "blind10": REPO / "tests" / "fixtures" / "blind10_corpus",
    "blind11": REPO / "tests" / "fixtures" / "blind11_corpus",
    "blind12": REPO / "tests" / "fixtures" / "blind12_corpus",
    "blind13": REPO / "tests" / "fixtures" / "blind13_corpus",
    "blind14": REPO / "tests" / "fixtures" / "blind14_corpus",
    "blind15": REPO / "tests" / "fixtures" / "blind15_corpus",
    "blind16": REPO / "tests" / "fixtures" / "blind16_corpus",
    "blind17": REPO / "tests" / "fixtures" / "blind17_corpus",
    "blind18": REPO / "tests" / "fixtures" / "blind18_corpus",
    "blind19": REPO / "tests" / "fixtures" / "blind19_corpus",
    "blind20": REPO / "tests" / "fixtures" / "blind20_corpus",
    "blind21": REPO / "tests" / "fixtures" / "blind21_corpus",
}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+(?:-[^\W_]+)*", text.lower()))


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_every_quoted_word_is_in_the_lines_it_speaks_of(name: str) -> None:
    corpus: Path = CORPORA[name]
    if not (corpus / "labels.csv").exists():
        pytest.skip(f"Korpuset mangler: {corpus}")
    if not CATALOGUE_CSV.exists():
        pytest.skip(f"CPV-katalogen mangler: {CATALOGUE_CSV}")
    lines, _ = evaluator().lines_from_labels(corpus)
    by_id = {line.id: line for line in lines}
    groups = detect_overlaps(lines, full_catalogue(), vocabulary(), DetectionSettings())
    assert groups
    checked = 0
    for group in groups:
        texts = [_words(f"{by_id[i].description} {by_id[i].details}") for i in group.line_ids]
        for reason in group.reasons:
            for quoted in QUOTED.findall(reason):
                assert any(_words(quoted) in t for t in texts), (quoted, reason, texts)
                checked += 1
        for member in group.members:
            own = _words(f"{by_id[member.line_id].description} {by_id[member.line_id].details}")
            for reason in member.reasons:
                for quoted in QUOTED.findall(reason):
                    assert _words(quoted) in own, (quoted, reason, own)
                    checked += 1
                if "foreslått" in reason and "CPV" in reason:
                    # a suggested code names the words it came from
                    assert QUOTED.search(reason), reason
    assert checked > 0
