"""Shared helpers for the overlap tests: vocabulary, a small catalogue, lines."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kommunesamarbeid.core.overlap import (
    DetectionSettings,
    Vocabulary,
    catalogue_from_csv,
    load_vocabulary,
)
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.core.overlap.lexicon import Lexicon
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair
from kommunesamarbeid.core.periods import Period
from tests.conftest import SHARED

REPO = Path(__file__).resolve().parents[3]
VOCABULARY_DIR = REPO / "resources" / "vocabulary"
CATALOGUE_CSV = SHARED / "data-scout" / "cpv_2008_en_no.csv"
DEV_CORPUS = SHARED / "corpus" / "dev"

#: A few CPV codes with labels written for the tests (the full catalogue is in ../shared).
SMALL_CATALOGUE: dict[str, tuple[str, str]] = {
    "90620000": ("Snørydding og brøyting", "Snow-clearing services"),
    "90910000": ("Rengjøring", "Cleaning services"),
    "39830000": ("Rengjøringsmidler", "Cleaning products"),
    "30192000": ("Kontorrekvisita", "Office supplies"),
    "34927100": ("Veisalt", "Road salt"),
    "34928000": ("Tilbehør til veier", "Road furniture"),
    "79540000": ("Tolketjenester", "Interpretation services"),
    "45000000": ("Bygge- og anleggsarbeid", "Construction work"),
    "09310000": ("Elektrisitet", "Electricity"),
    "71314000": ("Energi og tilhørende tjenester", "Energy and related services"),
}


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return load_vocabulary(VOCABULARY_DIR)


def lexicon() -> Lexicon:
    """The vocabulary's lexicon of word senses (the test is skipped without it)."""
    senses = vocabulary().senses
    if senses is None:
        pytest.skip("Ordboken (resources/vocabulary/lexicon) mangler")
    return senses


@lru_cache(maxsize=1)
def full_catalogue() -> dict[str, tuple[str, str]]:
    if not CATALOGUE_CSV.exists():
        pytest.skip(f"CPV-katalogen mangler: {CATALOGUE_CSV} (../shared er ikke lagt ved)")
    return catalogue_from_csv(CATALOGUE_CSV)


def month(year: int, number: int) -> Period:
    last = (dt.date(year + number // 12, number % 12 + 1, 1) - dt.timedelta(days=1)).day
    return Period(dt.date(year, number, 1), dt.date(year, number, last))


def line(
    line_id: int,
    municipality_id: int,
    description: str,
    *,
    cpv: str | None = None,
    period: Period | None = None,
    details: str = "",
    annual: int | None = None,
    total: int | None = None,
) -> MatchLine:
    return MatchLine(
        id=line_id,
        municipality_id=municipality_id,
        municipality=f"Kommune {municipality_id}",
        description=description,
        details=details,
        cpv=cpv,
        period=period,
        annual_value_nok=annual,
        total_value_nok=total,
    )


def script(name: str) -> ModuleType:
    """scripts/<name>.py as a module."""
    path = REPO / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


def evaluator() -> ModuleType:
    """scripts/evaluate_detection.py as a module (its corpus reader and scoring)."""
    return script("evaluate_detection")


def label_parts(label: str) -> list[str]:
    """The parts of a label's words as the analyzer reads them with no catalogue (what
    ``learn_english`` is given for a Norwegian label)."""
    analyzer = build_model(vocabulary(), {}).analyzer
    return [p for t in analyzer.analyse(label).tokens for p in t.parts]


def token_parts(text: str) -> list[tuple[str, ...]]:
    """The parts of each content word of a text, as the analyzer reads them."""
    model = build_model(vocabulary(), full_catalogue())
    return [t.parts for t in model.analyzer.analyse(text).tokens]


def explain_two(text_a: str, text_b: str, cpv: str | None = None) -> PairExplanation:
    """``explain`` of two lines of two municipalities in the same month (``cpv``: one code
    both plans wrote)."""
    lines = [
        line(1, 1, text_a, cpv=cpv, period=month(2026, 9)),
        line(2, 2, text_b, cpv=cpv, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


def explain_coded(
    text_a: str, code_a: str | None, text_b: str, code_b: str | None
) -> PairExplanation:
    """``explain`` of two lines of two municipalities in the same month, each with the code
    its plan wrote (None: none)."""
    lines = [
        line(1, 1, text_a, cpv=code_a, period=month(2026, 9)),
        line(2, 2, text_b, cpv=code_b, period=month(2026, 9)),
    ]
    return explain_pair(lines, full_catalogue(), vocabulary(), 1, 2, DetectionSettings())


def quoted_words_are_written(why: PairExplanation, *texts: str) -> None:
    """Every word an explanation quotes is in the texts."""

    def words(text: str) -> str:  # as test_reason_truth reads them ("hj.tj." is "hj tj")
        return " ".join(re.findall(r"[^\W_]+(?:-[^\W_]+)*", text.lower()))

    written = " ".join(words(t) for t in texts)
    for reason in (*why.evidence_for, *why.evidence_against):
        for quoted in re.findall(r"«([^»]+)»", reason):
            if not quoted[:1].isdigit():
                assert words(quoted) in written, (quoted, reason)


def assert_one_need(text_a: str, text_b: str) -> None:
    """The two lines pass as one need, and the explanation quotes only their own words."""
    why = explain_two(text_a, text_b)
    assert why.passes, (why.evidence_for, why.evidence_against)
    quoted_words_are_written(why, text_a, text_b)


def assert_one_family(text_a: str, text_b: str) -> None:
    """The two lines pass as one need because one need family knows both wordings."""
    assert_one_need(text_a, text_b)
    why = explain_two(text_a, text_b)
    assert any(e.startswith("Samme behov") for e in why.evidence_for), why.evidence_for


def assert_apart(text_a: str, text_b: str) -> None:
    """The two lines do not pass, and nothing calls them the same need."""
    why = explain_two(text_a, text_b)
    assert not why.passes, (text_a, text_b, why.score, why.evidence_for)
    assert not any(e.startswith("Samme behov") for e in why.evidence_for), why.evidence_for


def skip_when_compiled() -> None:
    """Skip a test that patches a function of the engine's reading modules when they run
    compiled (``core.overlap.compiled``; the suite runs the sources unless
    KOMMUNESAMARBEID_PURE_PYTHON=0): compiled, they call each other directly, past the patch."""
    from kommunesamarbeid.core.overlap import compiled

    if compiled.active():
        pytest.skip("Patcher en funksjon som de kompilerte modulene kaller direkte")


def count_label_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """One entry for every catalogue whose labels are read (analysed) from now on."""
    from kommunesamarbeid.core.overlap import catalogue as core_catalogue

    skip_when_compiled()
    reads: list[int] = []
    original = core_catalogue.read_labels

    def counting(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(core_catalogue, "read_labels", counting)
    return reads
