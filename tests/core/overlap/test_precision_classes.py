"""Precision by class (issue 14, precision7): look-alike compounds and generic last parts.

Two kinds of check, both on words no corpus line uses:

- the class probes of ``scripts/probe_precision.py``, made from the Norwegian labels of the CPV
  catalogue in ``../shared`` (skipped without it): unrelated needs that share a last part, a
  first part, a look-alike word or a generic word, written as plan lines in bokmål and nynorsk,
  with no CPV code, each its own and one shared code, must rarely pass; the same need written
  two ways must still pass;
- single pairs, each with the reason ``explain`` gives, quoting only the lines' own words.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from types import ModuleType

import pytest
from overlap_helpers import REPO, explain_two, full_catalogue, quoted_words_are_written, vocabulary

from kommunesamarbeid.core.overlap.detect import build_model, read_together
from kommunesamarbeid.core.overlap.evidence import SYSTEM_TAIL, UNTAILED
from kommunesamarbeid.core.overlap.model import MatchLine

# --- the class probes -------------------------------------------------------------------------

#: Highest share of unrelated pairs that may pass, per class (before this work: head 0.34,
#: generic_head 0.79; the others were already low and must stay so).
MOST_FALSE = {
    "head": 0.03,
    "modifier": 0.02,
    "lookalike": 0.03,
    "generic_head": 0.02,
    "generic": 0.02,
}
#: Lowest share of same-need pairs that must pass (what they were before this work, rounded
#: down: the precision work must not cost recall). Pairs of a thing and a service on it are
#: not drawn (two needs since goods_service); the family-term share is 0.940 on the pairs
#: drawn now (0.943 on the earlier draw), the rest of its misses broad families alone.
LEAST_SAME = {"same_code": 0.93, "generic_same": 0.92, "family_terms": 0.93}


def _probe_module() -> ModuleType:
    scripts = str(REPO / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    spec = importlib.util.spec_from_file_location(
        "probe_precision", REPO / "scripts" / "probe_precision.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # its data classes look their module up by name
    module = sys.modules.setdefault("probe_precision", module)
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=1)
def _rates() -> dict[tuple[str, str], tuple[int, int]]:
    probe = _probe_module()
    catalogue = full_catalogue()  # skips without ../shared
    model = build_model(vocabulary(), catalogue)
    words = probe.catalogue_words(model, catalogue)
    probes = [
        *probe.unrelated_probes(model, words),
        *probe.same_need_probes(model, catalogue, words),
    ]
    passed = probe.passing(probes, vocabulary(), catalogue)
    result: dict[tuple[str, str], tuple[int, int]] = probe.rates(probes, passed)
    return result


@pytest.mark.parametrize("cls", sorted(MOST_FALSE))
def test_unrelated_needs_of_a_class_rarely_pass(cls: str) -> None:
    passing, total = _rates()[(cls, "all")]
    assert total >= 300, f"too few {cls} probes: {total}"
    assert passing / total <= MOST_FALSE[cls], (cls, passing, total)


@pytest.mark.parametrize("cls", sorted(LEAST_SAME))
def test_one_need_written_two_ways_still_passes(cls: str) -> None:
    passing, total = _rates()[(cls, "all")]
    assert total >= 50, f"too few {cls} probes: {total}"
    assert passing / total >= LEAST_SAME[cls], (cls, passing, total)


def test_a_shared_wrong_code_does_not_carry_a_shared_last_part() -> None:
    # the variant that failed most before: one code copied onto an unrelated line
    for variant in ("bokmål/shared", "nynorsk/shared"):
        passing, total = _rates()[("head", variant)]
        assert passing / total <= 0.1, (variant, passing, total)


# --- a shared last part under first parts that disagree --------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        ("Datamaskinrevisjon", "Miljørevisjon", None),
        ("Sykehusavfall", "Tekstilavfall", "90524000"),
        ("Nettverkskomponenter", "Videokomponenter", "32422000"),
        ("Strandrydding", "Gaterydding", None),
    ],
)
def test_compounds_that_only_end_alike_are_two_needs(
    first: str, second: str, code: str | None
) -> None:
    why = explain_two(first, second, code)
    assert not why.passes, (why.evidence_for, why.evidence_against)
    said = " ".join(why.evidence_against)
    assert f"«{first.lower()}»" in said and f"«{second.lower()}»" in said
    assert "ender på samme ord" in said
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Renhold av skoler", "Skolerenhold"),  # the same first part, split and whole
        ("Sandfangtømming", "Tømming av sandfang"),
        ("Strøsalt", "Veisalt"),  # one need family names both words whole
        ("Kopimaskiner", "Leie av fargekopimaskiner"),  # the head alone is no conflict
    ],
)
def test_a_head_alone_or_with_the_same_first_part_still_groups(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert why.passes, (why.evidence_for, why.evidence_against)
    assert not any("ender på samme ord" in r for r in why.evidence_against)


# --- one word before generic last parts that buy different things ----------------------------


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        ("Lønnssystem", "Lønnstjenester", None),
        ("Arkivsystem", "Arkivtjenester", "48311000"),
        ("Renholdsutstyr", "Renholdstenester i kommunale bygg", None),
    ],
)
def test_a_system_a_service_and_goods_of_one_word_are_different_needs(
    first: str, second: str, code: str | None
) -> None:
    why = explain_two(first, second, code)
    assert not why.passes, (why.evidence_for, why.evidence_against)
    said = " ".join(why.evidence_against)
    assert "de generelle etterleddene kjøper ulike ting" in said
    quoted_words_are_written(why, first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Malertjenester", "Malerarbeid"),  # services and works are both work done
        ("Vaktmestertjenester", "Vaktmesterbistand"),
        ("Renholdstjenester", "Renhold av skoler"),  # one line without a generic last part
    ],
)
def test_generic_last_parts_that_buy_the_same_still_group(first: str, second: str) -> None:
    why = explain_two(first, second)
    assert why.passes, (why.evidence_for, why.evidence_against)


def test_a_heads_marks_say_what_its_generic_last_parts_buy() -> None:
    model = build_model(vocabulary(), full_catalogue())
    system = model.line(MatchLine(1, 1, "K", "Lønnssystem"), frozenset())
    both = model.line(MatchLine(2, 1, "K", "Lønn og lønnstjenester"), frozenset())
    compound = model.line(MatchLine(3, 1, "K", "Sykehusavfall"), frozenset())
    assert system.head_tails == (SYSTEM_TAIL,)
    assert both.head_tails[0] & UNTAILED  # "lønn" also stands alone
    assert compound.heads_in_compounds == (True,)
    assert system.heads_in_compounds == (False,)


def test_heads_made_one_by_two_spellings_keep_their_marks() -> None:
    # "gardinskinner" and "gardiner" in one line are read as near spellings of one word: the
    # line's two heads become one, and each head keeps marks of its own (this crashed once)
    model = build_model(vocabulary(), full_catalogue())
    lines = [
        MatchLine(1, 1, "K1", "Gardinskinner og gardiner til lyd"),
        MatchLine(2, 2, "K2", "Gardiner"),
    ]
    features = read_together(model, [model.line(x, frozenset()) for x in lines])
    for f in features:
        assert len(f.heads) == len(f.heads_in_compounds) == len(f.head_tails), f
    assert explain_two("Gardinskinner og gardiner til lyd", "Gardiner").score >= 0.0


# --- codes suggested for need families ------------------------------------------------------


def test_codes_suggested_for_two_different_needs_are_no_evidence() -> None:
    """Neither plan writes a code, and the two codes come from two related but different need
    families (door locks and medicine dispensers, both welfare technology): the families say
    how near the needs are, and the codes picked for them must not count once more."""
    text_a, text_b = "Elektroniske dørlåser for hjemmetjenesten", "Elektroniske medisindispensere"
    why = explain_two(text_a, text_b)
    assert not [e for e in why.evidence_for if e.startswith("CPV-kodene ligner")]
    assert not [e for e in why.evidence_for if "er foreslått ut fra" in e]
    quoted_words_are_written(why, text_a, text_b)


def test_codes_suggested_for_one_need_still_count() -> None:
    """Two lines of one need family with no code written: the code suggested for the family
    is still named as agreeing evidence, with the words it came from."""
    text_a, text_b = "Vintervedlikehold av kommunale veger", "Brøyting og strøing 2026-2029"
    why = explain_two(text_a, text_b)
    assert why.passes
    assert [e for e in why.evidence_for if e.startswith("CPV-kodene ligner")]
    quoted_words_are_written(why, text_a, text_b)
