"""The proposal PDF: valid, fonts embedded, every figure and name printed, literal user text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pdf_samples import (
    CPV_LABELS,
    GENERATED,
    INJECTIONS,
    KNOWN_AMOUNT,
    SAMI_TEXT,
    evaluate_sample,
    flat,
    injection_evaluation,
    injection_proposal,
    large_proposal,
    page_texts,
    pdffonts_rows,
    qpdf_check,
    require_tool,
    sample_proposal,
    small_proposal,
)
from pypdf import PdfReader

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import Evaluation, ProposalData
from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


class Built:
    """A written proposal PDF with its inputs and extracted text (built once per module)."""

    def __init__(self, path: Path, proposal: ProposalData, evaluation: Evaluation) -> None:
        self.path = path
        self.proposal = proposal
        self.evaluation = evaluation
        self.pages = page_texts(path)
        self.text = "\n".join(self.pages)
        self.flat = flat(self.text)


def _build(folder: Path, name: str, proposal: ProposalData, evaluation: Evaluation) -> Built:
    out = folder / f"{name}.pdf"
    write_proposal_pdf(proposal, evaluation, out, generated=GENERATED, cpv_labels=CPV_LABELS)
    return Built(out, proposal, evaluation)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("proposal_pdf")


@pytest.fixture(scope="module")
def sample(folder: Path) -> Built:
    proposal = sample_proposal()
    return _build(folder, "sample", proposal, evaluate_sample(proposal))


@pytest.fixture(scope="module")
def large(folder: Path) -> Built:
    proposal = large_proposal()
    return _build(folder, "large", proposal, evaluate_sample(proposal))


@pytest.fixture(scope="module")
def small(folder: Path) -> Built:
    proposal = small_proposal()
    return _build(folder, "small", proposal, evaluate_sample(proposal))


@pytest.fixture(scope="module")
def injected(folder: Path) -> Built:
    proposal = injection_proposal()
    return _build(folder, "injected", proposal, injection_evaluation(proposal))


@pytest.fixture(params=["sample", "large", "small", "injected"])
def any_pdf(request: pytest.FixtureRequest) -> Built:
    built: Built = request.getfixturevalue(request.param)
    return built


# --- the file ---------------------------------------------------------------------------------


def test_qpdf_check_passes(any_pdf: Built) -> None:
    done = qpdf_check(any_pdf.path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No syntax or stream encoding errors" in done.stdout


def test_only_embedded_fonts(any_pdf: Built) -> None:
    rows = pdffonts_rows(any_pdf.path)
    assert rows, "pdffonts found no fonts at all"
    for row in rows:
        assert row["emb"] == "yes", row
        assert not any(std in row["name"] for std in STANDARD_14), row
        assert "DejaVuSans" in row["name"], row


def test_metadata(sample: Built) -> None:
    meta = PdfReader(sample.path).metadata
    assert meta is not None
    assert sample.proposal.title in (meta.title or "")
    assert sample.proposal.reference in (meta.title or "")
    assert meta.author == "kommunesamarbeid – Alver kommune"
    assert meta.subject == "Forslag til felles anskaffelse FA-2026-003"


def test_a4_pages(sample: Built) -> None:
    for page in PdfReader(sample.path).pages:
        assert round(float(page.mediabox.width)) == 595
        assert round(float(page.mediabox.height)) == 842


# --- page numbers, header, contents ------------------------------------------------------------


def test_side_x_av_y_on_every_page(any_pdf: Built) -> None:
    total = len(any_pdf.pages)
    assert f"Side 1 av {total}" in any_pdf.pages[0]
    for number, text in enumerate(any_pdf.pages, start=1):
        assert f"Side {number} av {total}" in text


def test_cover_has_no_running_header(sample: Built) -> None:
    header = f"{sample.proposal.reference} · "
    assert header not in sample.pages[0]
    assert all(header in text for text in sample.pages[1:])
    assert "16.02.2026" in sample.pages[1]


def test_cover_content(sample: Built) -> None:
    cover = flat(sample.pages[0])
    for expected in ("FORSLAG TIL FELLES ANSKAFFELSE", sample.proposal.title, "FA-2026-003"):
        assert expected in cover
    assert "Sendt på høring" in cover
    assert "Alver kommune (vertskommune)" in cover
    for p in sample.proposal.participants:
        assert p.name in cover


SECTIONS = [
    "1 Sammendrag og tilråding",
    "2 Mål og forventede virkninger",
    "3 Behov og volum per kommune",
    "4 Verdi, terskelverdier og valg av prosedyre",
    "5 Delkontrakter",
    "6 Kvalifikasjonskrav og tildelingskriterier",
    "7 Framdriftsplan",
    "8 Organisering og beslutninger",
    "9 Kostnadsfordeling mellom kommunene",
    "10 Innovasjon, markedsdialog og lokalt næringsliv",
    "11 Kontraktsoppfølging etter tildeling",
    "12 Politisk og administrativ forankring",
    "13 Risiko",
    "14 Forhold som bør avklares",
    "15 Fullmakt og underskrifter",
    "Vedlegg A Hvorfor linjene er gruppert",
    "Vedlegg B Linjene: begrunnelse og kilde",
]


def _first_page_with(built: Built, heading: str, start: int = 2) -> int:
    """The index of the first page (after the cover and contents) with ``heading`` as a line;
    a heading without its number matches whatever number the document gives it."""
    numbered = heading[0].isdigit() or heading.startswith("Vedlegg")
    pattern = re.compile(re.escape(heading) if numbered else rf"(\d+ )?{re.escape(heading)}")
    for index in range(start, len(built.pages)):
        if any(pattern.fullmatch(line.strip()) for line in built.pages[index].splitlines()):
            return index
    raise AssertionError(f"{heading!r} not found after page {start}")


def test_table_of_contents_lists_sections_with_their_pages(sample: Built) -> None:
    toc = flat(sample.pages[1])
    assert toc.startswith(f"{sample.proposal.reference} ·") and "Innhold" in toc
    for title in SECTIONS:
        page = _first_page_with(sample, title)
        # the TOC draws the dot leader and page number before the entry's text
        assert re.search(rf"\. {page + 1} {re.escape(title)}", toc), title


def test_sections_in_order(large: Built) -> None:
    pages = [_first_page_with(large, title) for title in SECTIONS]
    assert pages == sorted(pages)


# --- content ----------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["sample", "large"])
def test_every_participant_line_and_total_printed(
    which: str, request: pytest.FixtureRequest
) -> None:
    built: Built = request.getfixturevalue(which)
    for p in built.proposal.participants:
        assert p.name in built.flat, p.name
        for line in p.lines:
            assert line.description in built.flat, line.description
    for pv in built.evaluation.participant_values:
        assert format_nok(pv.total_value_nok) in built.text
    assert format_nok(built.evaluation.total_value_nok) in built.text
    assert built.evaluation.procedure_label in built.flat


def test_amounts_use_plain_spaces(sample: Built) -> None:
    assert format_nok(KNOWN_AMOUNT) == "1 250 000 kr"
    assert "1 250 000 kr" in sample.text  # not flattened: the exact characters
    assert "\u00a0" not in sample.text


def test_every_warning_printed_and_marked(any_pdf: Built) -> None:
    warnings_page = _first_page_with(any_pdf, "Forhold som bør avklares", 0)
    rest = flat("\n".join(any_pdf.pages[warnings_page:]))
    for warning in any_pdf.evaluation.warnings:
        assert flat(warning.message) in rest, warning.message
    if any_pdf.evaluation.warnings:
        assert "⚠ BØR AVKLARES" in rest


def test_summary_shows_key_warnings(sample: Built) -> None:
    start = _first_page_with(sample, "1 Sammendrag og tilråding")
    end = _first_page_with(sample, "3 Behov og volum per kommune")
    page = flat(" ".join(sample.pages[start:end]))
    assert "Viktigste forhold som bør avklares" in page
    assert "Tilråding" in page and "innen 15.04.2026" in page
    assert sample.evaluation.warnings[0].message in page


def test_summary_refers_to_the_rest_when_there_are_many_warnings(large: Built) -> None:
    assert len(large.evaluation.warnings) > 10
    start = _first_page_with(large, "1 Sammendrag og tilråding")
    end = _first_page_with(large, "3 Behov og volum per kommune")
    summary = flat(" ".join(large.pages[start:end]))
    assert f"… og {len(large.evaluation.warnings) - 10} forhold til" in summary


def test_threshold_section(sample: Built) -> None:
    start = _first_page_with(sample, "4 Verdi, terskelverdier og valg av prosedyre")
    end = _first_page_with(sample, "5 Delkontrakter")
    text = flat(" ".join(sample.pages[start : end + 1]))
    assert "fra 14.03.2024" in text
    # the row that decides the part is marked, and only that one
    assert (
        "EØS-terskelverdi, varer og tjenester (del III) 2 300 000 kr Nådd: del III gjelder" in text
    )
    assert text.count("Nådd:") == 1
    assert "FOR-2016-08-12-974" in text and "DOMAIN.md" not in text
    assert "ikke juridisk rådgivning" in text
    assert "Valgt prosedyre og begrunnelse" in text and "§ 13-1" in text
    for sentence in sample.evaluation.explanation[:-1]:
        assert flat(sentence)[:60] in text  # a long sentence may run over a page break


def test_lots_and_no_lots(sample: Built, small: Built) -> None:
    page = flat(sample.pages[_first_page_with(sample, "5 Delkontrakter")])
    for lot in sample.proposal.lots:
        assert lot.title in page
    assert "Masfjorden kommune, Gulen kommune, Modalen kommune" in page
    assert format_nok(sample.evaluation.lot_values[1]) in page
    # the short form (below the national threshold) has no lots section; the summary says so
    assert "Ingen delkontrakter" in small.flat


def test_timeline_milestones_and_expiries(sample: Built) -> None:
    page = flat(sample.pages[_first_page_with(sample, "7 Framdriftsplan")])
    for m in sample.proposal.milestones:
        assert m.title in page
        assert m.due_date is not None and m.due_date.strftime("%d.%m.%Y") in page
    assert "Dagens avtale løper til utløpsdato" in page  # the chart's legend
    assert "31.12.2026 og 31.03.2027" in page  # Alver's two expiries beside its markers


def test_bar_chart_labels_values_directly(sample: Built) -> None:
    start = _first_page_with(sample, "9 Kostnadsfordeling mellom kommunene")
    page = flat(" ".join(sample.pages[start : start + 2]))
    for pv in sample.evaluation.participant_values:
        label = format_nok(pv.total_value_nok)
        assert (f"minst {label}" if pv.incomplete else label) in page


def test_text_sections(sample: Built) -> None:
    p = sample.proposal
    for text in (p.climate_text, p.innovation_text, p.dialogue_text, p.local_market_text):
        assert flat(text) in sample.flat
    assert "Tildelingskriterium med vekt" in sample.flat and "30 %" in sample.flat
    for participant in p.participants:
        assert f"{participant.contact_name} {participant.contact_email}" in sample.flat


def test_cpv_labels_from_mapping(sample: Built) -> None:
    assert "90919200 Kontorrengjøring" in sample.flat


def test_sami_and_norwegian_letters_survive(large: Built) -> None:
    assert SAMI_TEXT in large.flat
    assert "Porsáŋgu – Porsanger – Porsanki" in large.flat
    assert "Snåase – Snåasen tjïelte" in large.flat


def test_appendix_sources_and_reasons(sample: Built) -> None:
    start = _first_page_with(sample, "Vedlegg A Hvorfor linjene er gruppert")
    appendix = flat(" ".join(sample.pages[start:]))
    for reason in sample.proposal.group_reasons:
        assert reason in appendix
    assert "Nynorsk «reinhald» = renhold" in appendix
    assert "ark «Innkjøpsplan», rad 9" in appendix
    # a long file name may wrap at "_" or "-" in its narrow column
    assert "austrheim_anskaffelsesplan_2026-2027.csv,rad3" in appendix.replace(" ", "")


# --- tables across pages, signature blocks ------------------------------------------------------


def test_table_header_repeats_on_every_page_it_spans(large: Built) -> None:
    start = _first_page_with(large, "3 Behov og volum per kommune")
    end = _first_page_with(large, "Samlet volum", start)
    assert end - start > 10
    for index in range(start, end):  # from "Samlet volum" on: the summary table
        assert "Årlig verdi" in large.pages[index], f"page {index + 1} has no table header"


@pytest.mark.parametrize("which", ["sample", "large"])
def test_signature_blocks_never_split(which: str, request: pytest.FixtureRequest) -> None:
    built: Built = request.getfixturevalue(which)
    start = _first_page_with(built, "15 Fullmakt og underskrifter")
    end = _first_page_with(built, "Vedlegg A Hvorfor linjene er gruppert")
    signature_pages = [flat(text) for text in built.pages[start:end]]
    for p in built.proposal.participants:
        holding = [text for text in signature_pages if p.name in text]
        assert holding, p.name
        for text in holding:
            after = text[text.rfind(p.name) :]
            # the block's last line comes after its heading on the same page
            assert "Navn" in after and "Tittel" in after and "Dato" in after, p.name
            assert "Signatur" in after, p.name


def test_signature_blocks_prefill_known_signatory(sample: Built) -> None:
    start = _first_page_with(sample, "15 Fullmakt og underskrifter")
    text = flat(" ".join(sample.pages[start:]))
    assert "Alver kommune org.nr. 920 290 922 · Vertskommune Kari Nordmann Kommunedirektør" in text


def test_fullmakt_text_in_proposal(sample: Built) -> None:
    start = _first_page_with(sample, "15 Fullmakt og underskrifter")
    text = flat(sample.pages[start])
    assert "kommuneloven § 20-2" in text
    assert "Alver kommune («vertskommunen») fullmakt" in text
    assert "innen 15.04.2026" in text


# --- hostile text -------------------------------------------------------------------------------


def test_user_markup_and_formulas_print_literally(injected: Built) -> None:
    for text in INJECTIONS:
        assert text in injected.flat, text
    for text in (
        "Renhold & <b>vask</b>",
        "Test & <Prøve> kommune",
        "<u>Alle</u>",
        "& <br/> ingen",
        "plan & <budsjett>.xlsx",
        "Advarsel med <b>markup</b> & =SUM(A1)",
    ):
        assert text in injected.flat, text
    meta = PdfReader(injected.path).metadata
    assert meta is not None and "Renhold & <b>vask</b>" in (meta.title or "")


def test_injected_font_tag_is_not_applied(injected: Built) -> None:
    # a 60 pt "STOR" would need a page of its own; the literal tag is ordinary 8 pt text
    pages = [text for text in injected.pages if "<font size=60>STOR</font>" in flat(text)]
    assert any("Ref." in page for page in pages)


# --- charts in black and white ------------------------------------------------------------------


def test_chart_pages_render_in_grey(sample: Built, tmp_path: Path) -> None:
    pdftoppm = require_tool("pdftoppm")
    first = _first_page_with(sample, "7 Framdriftsplan") + 1
    done = subprocess.run(
        [
            pdftoppm,
            "-gray",
            "-r",
            "40",
            "-f",
            str(first),
            "-l",
            str(first + 1),
            "-png",
            str(sample.path),
            str(tmp_path / "chart"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert len(list(tmp_path.glob("chart-*.png"))) == 2
