"""Fullmakt PDFs: one short, signable document per participating municipality."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_samples import (
    GENERATED,
    INJECTIONS,
    evaluate_sample,
    flat,
    injection_evaluation,
    injection_proposal,
    large_proposal,
    page_texts,
    pdffonts_rows,
    qpdf_check,
    sample_proposal,
)
from pypdf import PdfReader

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import ProposalData
from kommunesamarbeid.fileio.pdf_fullmakt import (
    fullmakt_deadline,
    fullmakt_file_name,
    write_fullmakt_pdfs,
)


@pytest.fixture(scope="module")
def sample_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProposalData, list[Path]]:
    proposal = sample_proposal()
    outdir = tmp_path_factory.mktemp("fullmakt")
    paths = write_fullmakt_pdfs(proposal, evaluate_sample(proposal), outdir, generated=GENERATED)
    return proposal, paths


@pytest.fixture(scope="module")
def large_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[ProposalData, list[Path]]:
    proposal = large_proposal()
    outdir = tmp_path_factory.mktemp("fullmakt_large")
    paths = write_fullmakt_pdfs(proposal, evaluate_sample(proposal), outdir, generated=GENERATED)
    return proposal, paths


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Alver kommune", "fullmakt_alver_kommune.pdf"),
        ("Osterøy kommune", "fullmakt_osteroy_kommune.pdf"),
        ("Årdal kommune", "fullmakt_ardal_kommune.pdf"),
        ("Lærdal kommune", "fullmakt_laerdal_kommune.pdf"),
        ("Porsáŋgu – Porsanger – Porsanki", "fullmakt_porsangu_porsanger_porsanki.pdf"),
        ("Snåase – Snåasen tjïelte", "fullmakt_snaase_snaasen_tjielte.pdf"),
        ("Gáivuotna – Kåfjord – Kaivuono", "fullmakt_gaivuotna_kafjord_kaivuono.pdf"),
        ("../../etc/passwd", "fullmakt_etc_passwd.pdf"),
        ("<>&", "fullmakt_kommune.pdf"),
    ],
)
def test_file_names_are_ascii_and_safe(name: str, expected: str) -> None:
    assert fullmakt_file_name(name) == expected
    assert fullmakt_file_name(name).isascii()


def test_one_file_per_participant(sample_files: tuple[ProposalData, list[Path]]) -> None:
    proposal, paths = sample_files
    assert len(paths) == len(proposal.participants)
    assert len({p.name for p in paths}) == len(paths)
    assert paths[0].name == "fullmakt_alver_kommune.pdf"
    assert all(p.is_file() and p.name.isascii() for p in paths)


def test_each_is_valid_short_and_embedded(sample_files: tuple[ProposalData, list[Path]]) -> None:
    _, paths = sample_files
    for path in paths:
        done = qpdf_check(path)
        assert done.returncode == 0, done.stdout + done.stderr
        assert 1 <= len(PdfReader(path).pages) <= 2
        rows = pdffonts_rows(path)
        assert rows and all(r["emb"] == "yes" and "DejaVuSans" in r["name"] for r in rows)


def test_content_of_a_participants_fullmakt(sample_files: tuple[ProposalData, list[Path]]) -> None:
    proposal, paths = sample_files
    evaluation = evaluate_sample(proposal)
    participant = proposal.participants[3]  # Masfjorden, not the host
    pages = page_texts(paths[3])
    text = flat(" ".join(pages))
    assert "Fullmakt til vertskommunen" in text
    for expected in (
        proposal.title,
        proposal.reference,
        "Alver kommune («vertskommunen») fullmakt",
        "kommuneloven § 20-2",
        "inngå og signere rammeavtalen(e)",
        "ikke juridisk rådgivning",
        "innen 15.04.2026",
        format_nok(evaluation.total_value_nok),
        "minst; noen linjer mangler verdi",
    ):
        assert expected in text, expected
    for line in participant.lines:
        assert line.description in text
    assert fullmakt_deadline(proposal) is not None
    after = text[text.rfind(f"Underskrift for {participant.name}") :]
    for label in ("Navn", "Tittel", "Sted", "Dato", "Signatur"):
        assert label in after
    assert f"Side {len(pages)} av {len(pages)}" in pages[-1]


def test_host_gets_a_confirmation(sample_files: tuple[ProposalData, list[Path]]) -> None:
    _, paths = sample_files
    text = flat(" ".join(page_texts(paths[0])))
    assert "Bekreftelse fra vertskommunen" in text
    assert "påtar seg å gjennomføre konkurransen" in text
    assert "Kari Nordmann" in text and "Kommunedirektør" in text


def test_metadata(sample_files: tuple[ProposalData, list[Path]]) -> None:
    _, paths = sample_files
    meta = PdfReader(paths[1]).metadata
    assert meta is not None
    assert (meta.title or "").startswith("Fullmakt – Austrheim kommune")
    assert meta.author == "kommunesamarbeid – Alver kommune"
    assert "FA-2026-003" in (meta.subject or "")


def test_forty_participants_with_fifty_lines_stay_within_two_pages(
    large_files: tuple[ProposalData, list[Path]],
) -> None:
    proposal, paths = large_files
    assert len(paths) == 40
    assert len({p.name for p in paths}) == 40
    for participant, path in zip(proposal.participants, paths, strict=True):
        pages = page_texts(path)
        assert len(pages) <= 2, path.name
        text = flat(" ".join(pages))
        assert participant.name in text
        assert "andre linjer" in text  # 50 lines are condensed to the largest ones


def test_injection_prints_literally(tmp_path: Path) -> None:
    proposal = injection_proposal()
    paths = write_fullmakt_pdfs(
        proposal, injection_evaluation(proposal), tmp_path, generated=GENERATED
    )
    first = flat(" ".join(page_texts(paths[0])))
    assert INJECTIONS[0] in first and INJECTIONS[2] in first
    assert "Renhold & <b>vask</b>" in first
    second = flat(" ".join(page_texts(paths[1])))
    assert "Test & <Prøve> kommune" in second
    assert paths[1].name == "fullmakt_test_prove_kommune.pdf"
