"""The trap classes a coordinator laughs at, each checked on words no vocabulary entry names:
shared stems, generic words, separate works projects, wrong CPV codes, compounds written apart,
nynorsk. Built for the class: the words here are not in families.json."""

from __future__ import annotations

from overlap_helpers import line, month, vocabulary

from kommunesamarbeid.core.overlap import DetectionSettings, GroupResult, MatchLine, detect_overlaps
from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue
from kommunesamarbeid.core.overlap.pair import explain_pair

#: A few real CPV codes with their labels (the full catalogue is test data in ../shared).
CATALOGUE = CpvCatalogue(
    {
        "79540000": ("Tolketjenester", "Interpretation services"),
        "45000000": ("Bygge- og anleggsarbeid", "Construction work"),
        "48820000": ("Tjenere", "Servers"),
        "55520000": ("Catering", "Catering services"),
    }
)
FILLER = [
    "Kontorrekvisita",
    "Arbeidsklær",
    "Legemidler",
    "Matvarer",
    "Skoleskyss",
    "Forsikringer",
    "Revisjon",
    "Juridisk bistand",
]


def _detect(texts: list[tuple[int, str]], **kwargs: str) -> list[set[int]]:
    lines: list[MatchLine] = [
        line(n + 1, municipality, text, period=month(2026, 4), cpv=kwargs.get(str(n + 1)))
        for n, (municipality, text) in enumerate(texts)
    ]
    lines += [line(100 + n, 10 + n % 4, text) for n, text in enumerate(FILLER)]
    groups: list[GroupResult] = detect_overlaps(lines, CATALOGUE, vocabulary(), DetectionSettings())
    return [set(g.line_ids) & set(range(1, len(texts) + 1)) for g in groups]


def _together(groups: list[set[int]], a: int, b: int) -> bool:
    return any({a, b} <= g for g in groups)


def test_a_shared_stem_alone_never_links_lines() -> None:
    groups = _detect([(1, "Servere til datasenteret"), (2, "Servering på sykehjemmet")])
    assert not _together(groups, 1, 2)


def test_generic_words_weigh_nothing_without_a_specific_word() -> None:
    groups = _detect(
        [
            (1, "Fagsystem for legevakt"),
            (2, "Fagsystem for gravferdsforvaltning"),
            (3, "Konsulentbistand kystsoneplan"),
            (4, "Konsulentbistand lønnsoppgjør"),
        ]
    )
    assert not _together(groups, 1, 2)
    assert not _together(groups, 3, 4)


def test_separate_works_projects_are_never_one_group_but_a_works_framework_may_be() -> None:
    groups = _detect(
        [
            (1, "Totalentreprise ny flerbrukshall Sundet"),
            (2, "Totalentreprise nytt helsehus Myra"),
            (3, "Rammeavtale murerarbeid i kommunale bygg"),
            (4, "Murerarbeider – rammeavtale"),
        ]
    )
    assert not _together(groups, 1, 2)
    assert _together(groups, 3, 4)


def test_a_wrong_cpv_code_lowers_but_does_not_veto_and_is_named() -> None:
    texts = [(1, "Tolketjenester, fremmøte og skjerm"), (2, "Tolketjenester")]
    groups = _detect(texts, **{"1": "45000000", "2": "79540000"})
    assert _together(groups, 1, 2)
    lines = [line(1, 1, texts[0][1], cpv="45000000"), line(2, 2, texts[1][1], cpv="79540000")]
    why = explain_pair(lines, CATALOGUE, vocabulary(), 1, 2)
    assert any("45000000 ser feil ut" in e for e in why.evidence_against), why.evidence_against


def test_a_compound_and_its_split_form_are_the_same_evidence() -> None:
    groups = _detect(
        [
            (1, "Kirkegårdsgjerder"),
            (2, "Gjerder til kirkegårder"),
            (3, "Oppmerkingsmaling"),
        ]
    )
    assert _together(groups, 1, 2)


def test_a_common_word_is_not_its_parts_written_apart() -> None:
    lines = [
        line(1, 1, "Veiledning av nyansatte"),
        line(2, 2, "Ledning langs vei"),
        line(3, 1, "Brannalarmanlegg"),
        line(4, 2, "Alarmanlegg for brann"),
    ]
    common = explain_pair(lines, CATALOGUE, vocabulary(), 1, 2)
    rare = explain_pair(lines, CATALOGUE, vocabulary(), 3, 4)
    assert common.score < rare.score
    assert not common.passes


def test_nynorsk_and_bokmal_are_one_need() -> None:
    groups = _detect([(1, "Reinhaldstenester for kyrkjer"), (2, "Renholdstjenester kirker")])
    assert _together(groups, 1, 2)
