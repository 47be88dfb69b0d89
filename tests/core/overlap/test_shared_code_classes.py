"""A CPV code of many needs two lines share does not make them one need (issue 14, precision12).

Plans give one broad or catch-all code ("Diverse medisinske redskap", "Petroleum og
destillater", a code on most lines) to different needs. Found with
``scripts/probe_shared_code.py`` (Doffin titles of different needs given their common parent
code) and the ``shared`` variant of ``scripts/probe_real_precision.py``; checked here on
examples written for the test (no notice title is used):

- a code that covers many needs (more than a few narrower codes in the catalogue), shared by
  two lines whose words share nothing about the need (no head, no specific word, no need
  family read from both lines' words), counts nothing, and neither does a need family read from
  that code for one line; the reason says so;
- the same code beside words the lines share still counts, and so does a code of one need;
- a code on more lines than a word may be in and still weigh counts nothing beside words that
  share nothing, and beside shared words only as far as they go.
"""

from __future__ import annotations

import overlap_helpers as helpers
import pytest
from overlap_helpers import explain_two, quoted_words_are_written

from kommunesamarbeid.core.overlap import detect_overlaps
from kommunesamarbeid.core.overlap.model import DetectionSettings
from kommunesamarbeid.core.overlap.pair import PairExplanation, explain_pair


def _two(text_a: str, text_b: str, cpv: str) -> PairExplanation:
    why = explain_two(text_a, text_b, cpv)
    quoted_words_are_written(why, text_a, text_b)
    return why


@pytest.mark.parametrize(
    ("first", "second", "code", "level"),
    [
        # one line's words name a need the code lists, the other's only the code does
        (
            "Hørselshjelpemidler til eldresentre",
            "Dampautoklaver til tannlegekontoret",
            "33190000",
            "klassenivå",
        ),
        (
            "Røntgenapparat til legevakta",
            "Ultralydskanner til jordmortjenesten",
            "33110000",
            "klassenivå",
        ),
        ("Fyringsparafin til hytta", "Smøreolje til gressklippere", "09130000", "klassenivå"),
    ],
)
def test_a_broad_code_alone_does_not_join_different_needs(
    first: str, second: str, code: str, level: str
) -> None:
    why = _two(first, second, code)
    assert not why.passes, (why.score, why.evidence_for)
    said = " ".join(why.evidence_against)
    assert f"er like bare på {level}" in said, why.evidence_against
    assert "teller ikke alene" in said
    # the code is not offered as evidence, nor a need only the code gives
    assert not any("CPV-kodene ligner" in text for text in why.evidence_for)
    assert not any(text.startswith("Samme behov") for text in why.evidence_for)


def test_the_code_family_is_named_as_coming_from_the_code() -> None:
    why = _two(
        "Hørselshjelpemidler til eldresentre", "Dampautoklaver til tannlegekontoret", "33190000"
    )
    assert "; koden gir behovet tekniske hjelpemidler," in " ".join(why.evidence_against)


@pytest.mark.parametrize(
    ("first", "second", "code"),
    [
        (
            "Hørselshjelpemidler til eldresentre",
            "Hørselshjelpemidler i hjemmetjenesten",
            "33190000",
        ),
        ("Fyringsparafin til hytta", "Fyringsparafin i fat", "09100000"),
    ],
)
def test_a_broad_code_beside_shared_words_still_counts(first: str, second: str, code: str) -> None:
    why = _two(first, second, code)
    assert why.passes, (why.score, why.evidence_against)
    assert any("CPV-kodene ligner" in text for text in why.evidence_for)
    assert "teller ikke alene" not in " ".join(why.evidence_against)


def test_a_specific_code_is_not_judged_broad() -> None:
    why = _two(
        "Hørselshjelpemidler til eldresentre", "Dampautoklaver til tannlegekontoret", "33196200"
    )
    assert any("CPV-kodene ligner" in text for text in why.evidence_for)
    assert "teller ikke alene" not in " ".join(why.evidence_against)


def test_detection_keeps_needs_apart_under_one_broad_code() -> None:
    when = helpers.month(2026, 9)
    texts = [
        (1, "Hørselshjelpemidler til eldresentre"),
        (2, "Hørselshjelpemidler i hjemmetjenesten"),
        (3, "Dampautoklaver til tannlegekontoret"),
        (4, "Dampautoklaver til tannklinikken"),
    ]
    lines = [helpers.line(n, n, text, cpv="33190000", period=when) for n, text in texts]
    groups = detect_overlaps(lines, helpers.full_catalogue(), helpers.vocabulary())
    found = sorted(sorted(g.line_ids) for g in groups)
    assert [1, 2] in found, found
    assert not any({1, 2} & set(g) and {3, 4} & set(g) for g in found), found


# --- a code on many lines ---------------------------------------------------------------------

_OTHERS = (
    "Snekkerarbeid i kulturhuset",
    "Frukt og grønt til barnehagene",
    "Vaktmestertjenester i rådhuset",
    "Lydanlegg til konsertsalen",
    "Kopipapir til skolene",
    "Glassmesterarbeid i svømmehallen",
)


def _score(first: str, second: str, code: str | None, many: bool) -> PairExplanation:
    when = helpers.month(2026, 9)
    lines = [
        helpers.line(1, 1, first, cpv=code, period=when),
        helpers.line(2, 2, second, cpv=code, period=when),
    ]
    if many:  # the same code on more lines than a word may be in and still weigh
        lines += [
            helpers.line(
                10 + n, 3 + n % 9, f"{_OTHERS[n % len(_OTHERS)]} {n}", cpv=code, period=when
            )
            for n in range(120)
        ]
    why = explain_pair(
        lines, helpers.full_catalogue(), helpers.vocabulary(), 1, 2, DetectionSettings()
    )
    quoted_words_are_written(why, first, second)
    return why


def test_a_code_on_many_lines_adds_nothing_where_the_words_share_nothing() -> None:
    first, second = "Inspeksjon av ventilasjonsanlegg", "Dørautomatikk til sykehjemmet"
    code = "71315410"
    alone = _score(first, second, None, many=True)
    coded = _score(first, second, code, many=True)
    assert coded.score == pytest.approx(alone.score, abs=1e-6)
    assert "står på 122 av linjene" in " ".join(coded.evidence_against), coded.evidence_against
    # the same specific code on two lines only still counts
    assert _score(first, second, code, many=False).score > _score(first, second, None, False).score


def test_a_code_on_many_lines_counts_as_far_as_the_shared_words() -> None:
    first, second = "Inspeksjon av ventilasjonsanlegg", "Ventilasjonsanlegg i idrettshallen"
    why = _score(first, second, "71315410", many=True)
    said = " ".join(why.evidence_for)
    assert "står på 122 av linjene og brukes for mange behov" in said, why.evidence_for
    assert why.passes
