"""The overview PDF for a coordinators' meeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_samples import (
    GENERATED,
    flat,
    page_texts,
    pdffonts_rows,
    qpdf_check,
    sample_groups,
)
from pypdf import PdfReader

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.fileio.pdf_overview import GroupSummary, write_overview_pdf


@pytest.fixture(scope="module")
def overview(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("overview") / "oversikt.pdf"
    write_overview_pdf(sample_groups(), out, generated=GENERATED)
    return out, page_texts(out)


def test_valid_and_embedded(overview: tuple[Path, list[str]]) -> None:
    path, _ = overview
    done = qpdf_check(path)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = pdffonts_rows(path)
    assert rows and all(r["emb"] == "yes" and "DejaVuSans" in r["name"] for r in rows)


def test_every_group_with_members_value_procedure_status(overview: tuple[Path, list[str]]) -> None:
    _, pages = overview
    text = flat(" ".join(pages))
    for group in sample_groups():
        assert f"Overlapp {group.id}: {group.title}" in text
        assert group.status in text
        for municipality in group.municipalities:
            assert municipality in text
        assert format_nok(group.total_value_nok) in text
        if group.procedure_label:
            assert group.procedure_label in text
        for _, description, value in group.lines:
            assert description in text
            assert value is None or format_nok(value) in text
        for reason in group.reasons:
            assert reason in text


def test_first_page_is_worth_reading(overview: tuple[Path, list[str]]) -> None:
    """Totals, the five biggest candidates and a chart on page 1; the blocks come after."""
    _, pages = overview
    first = flat(pages[0])
    groups = sample_groups()
    live = [g for g in groups if g.status_code != "rejected"]
    assert "4 i alt, 3 aktuelle" in first
    assert format_nok(sum(g.total_value_nok or 0 for g in live)) in first
    assert "De 3 største kandidatene" in first
    for group in live:
        assert group.title in first and format_nok(group.total_value_nok) in first
    assert "Estimert verdi for de 3 største" in first  # the chart's heading
    assert "Over EØS-terskelverdien (del III)" in first
    assert "Overlapp 1:" not in first  # the blocks start on a later page
    rest = flat(" ".join(pages[1:]))
    assert rest.index("Alle overlapp") < rest.index("Overlapp 1:")


def test_page_numbers_and_metadata(overview: tuple[Path, list[str]]) -> None:
    path, pages = overview
    assert f"Side 1 av {len(pages)}" in pages[0]
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == "Oversikt over mulige felles anskaffelser"
    assert meta.author == "kommunesamarbeid"
    assert "16.02.2026" in (meta.subject or "")


def test_markup_in_group_text_prints_literally(overview: tuple[Path, list[str]]) -> None:
    _, pages = overview
    text = flat(" ".join(pages))
    assert "<b>Kurs</b> i samisk språk" in text
    assert "Snåase – Snåasen tjïelte & Kárášjohka" in text


def test_empty_and_many_groups(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    write_overview_pdf([], empty, generated=GENERATED)
    assert "Ingen overlapp å vise." in flat(" ".join(page_texts(empty)))
    many = [
        GroupSummary(
            id=i,
            title=f"Gruppe nummer {i}",
            status="Ny",
            score=0.5,
            municipalities=["Alver kommune", "Fedje kommune"],
            total_value_nok=i * 100_000,
            procedure_label="Del I – grunnleggende prinsipper",
            lines=[("Alver kommune", f"Linje {i}", i * 100_000)],
            reasons=["Samme behov"],
        )
        for i in range(1, 61)
    ]
    out = tmp_path / "many.pdf"
    write_overview_pdf(many, out, generated=GENERATED)
    text = flat(" ".join(page_texts(out)))
    for group in many:
        assert f"Overlapp {group.id}: {group.title}" in text
