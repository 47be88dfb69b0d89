"""Shared PDF pieces: escaping, wrapping, formatting, the embedded font, the charts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pdf_samples import flat, page_texts, pdffonts_rows
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from kommunesamarbeid.fileio.pdf_charts import (
    BarItem,
    GanttMember,
    GanttMilestone,
    gantt_charts,
    value_bar_charts,
)
from kommunesamarbeid.fileio.pdf_common import (
    FONT,
    FONT_BOLD,
    DocumentTemplate,
    clean,
    esc,
    fmt_date,
    fmt_number,
    fmt_percent,
    register_fonts,
    styles,
    wrap_plain,
)
from kommunesamarbeid.paths import resource_path

LETTERS = "æøåÆØÅáčđŋšŧžÁČĐŊŠŦŽïäöÏÄÖ«»–…§€"


def test_fonts_and_licence_are_shipped() -> None:
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        assert resource_path("fonts", name).is_file()
    licence = resource_path("fonts", "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu changes are in public domain" in licence


@pytest.mark.parametrize("font", [FONT, FONT_BOLD])
def test_font_covers_norwegian_and_sami_letters(font: str) -> None:
    register_fonts()
    face = pdfmetrics.getFont(font).face
    missing = [ch for ch in LETTERS if ord(ch) not in face.charToGlyph]
    assert not missing


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<font size=60>", "&lt;font size=60&gt;"),
        ("& <b>", "&amp; &lt;b&gt;"),
        ('=HYPERLINK("x")', '=HYPERLINK("x")'),
        ("@SUM(A1)", "@SUM(A1)"),
        ("a\nb", "a<br/>b"),
        ("tab\there\x00\x07", "tab\there"),
        (None, ""),
        (1250000, "1250000"),
    ],
)
def test_esc(raw: object, escaped: str) -> None:
    assert esc(raw) == escaped


def test_escaped_text_parses_as_plain_text() -> None:
    text = "<font size=60>STOR</font> & <b>fet</b> <para> &amp; ]]>"
    paragraph = Paragraph(esc(text), styles().body)
    assert "".join(frag.text for frag in paragraph.frags) == text


def test_clean_normalises_newlines() -> None:
    assert clean("a\r\nb\rc") == "a\nb\nc"


def test_formatting() -> None:
    assert fmt_date(dt.date(2026, 3, 1)) == "01.03.2026"
    assert fmt_date(None) == "Ikke fastsatt"
    assert fmt_number(2.0) == "2" and fmt_number(1.5) == "1,5"
    assert fmt_percent(30) == "30 %" and fmt_percent(12.34) == "12,3 %" and fmt_percent(None) == "–"


def test_wrap_plain_fits_the_width() -> None:
    text = "Renhold av skoler, barnehager og rådhus – kjøp av tjenester i hele kommunen"
    wrapped = wrap_plain(text, 120, FONT, 8)
    lines = wrapped.split("\n")
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(pdfmetrics.stringWidth(line, FONT, 8) <= 120 for line in lines)


def test_wrap_plain_splits_long_words_preferably_at_separators() -> None:
    wrapped = wrap_plain("alver_anskaffelsesplan_2026-2027_endelig_versjon.xlsx", 70, FONT, 7)
    lines = wrapped.split("\n")
    assert "".join(lines) == "alver_anskaffelsesplan_2026-2027_endelig_versjon.xlsx"
    assert all(pdfmetrics.stringWidth(line, FONT, 7) <= 70 for line in lines)
    assert lines[0].endswith(("_", "-", "."))


def test_wrap_plain_keeps_explicit_lines_and_strips_control_characters() -> None:
    assert wrap_plain("a\nb\x00", 200) == "a\nb"
    assert wrap_plain("", 100) == ""
    assert wrap_plain(None, 100) == ""


def test_document_template_uses_only_the_embedded_font(tmp_path: Path) -> None:
    out = tmp_path / "plain.pdf"
    doc = DocumentTemplate(
        out,
        title="Tittel",
        author="kommunesamarbeid",
        subject="Emne",
        header_left="Venstre",
        header_right="Høyre",
        with_cover=False,
    )
    doc.build_story([Paragraph(esc(LETTERS), styles().body)], with_toc=False)
    rows = pdffonts_rows(out)
    assert rows and all("DejaVuSans" in r["name"] and r["emb"] == "yes" for r in rows)
    text = flat(page_texts(out)[0])
    assert LETTERS in text and "Side 1 av 1" in text and "Venstre" in text


# --- charts -------------------------------------------------------------------------------------


def _strings(node: Drawing | Group) -> list[String]:
    found: list[String] = []
    for item in node.contents:
        if isinstance(item, String):
            found.append(item)
        elif isinstance(item, Group):
            found.extend(_strings(item))
    return found


def test_gantt_without_dates_draws_nothing() -> None:
    assert (
        gantt_charts(
            [], [GanttMember("Alver kommune")], contract_start=None, width=400, max_height=600
        )
        == []
    )


def test_gantt_labels_every_marker_and_uses_the_embedded_font() -> None:
    drawings = gantt_charts(
        [
            GanttMilestone("Markedsdialog", dt.date(2026, 3, 12), done=True),
            GanttMilestone("Kunngjøring", dt.date(2026, 5, 4)),
        ],
        [
            GanttMember(
                "Alver kommune", (dt.date(2026, 12, 31), dt.date(2027, 3, 31)), emphasis=True
            ),
            GanttMember("Fedje kommune", (dt.date(2027, 1, 31),)),
            GanttMember("Modalen kommune"),
        ],
        contract_start=dt.date(2027, 1, 1),
        width=450,
        max_height=600,
    )
    assert len(drawings) == 1
    strings = _strings(drawings[0])
    texts = [s.text for s in strings]
    for expected in (
        "12.03.2026",
        "04.05.2026",
        "31.12.2026 og 31.03.2027",
        "31.01.2027",
        "ingen dato oppgitt",
        "Planlagt kontraktsstart",
        "2026",
        "2027",
    ):
        assert expected in texts, expected
    assert {s.fontName for s in strings} <= {FONT, FONT_BOLD}
    assert drawings[0].initialFontName == FONT
    # every date label lies inside the drawing
    for s in strings:
        assert s.x + pdfmetrics.stringWidth(s.text, s.fontName, s.fontSize) <= 450 + 0.5


def test_gantt_splits_many_rows_into_drawings_that_fit() -> None:
    members = [GanttMember(f"Kommune {i}", (dt.date(2026, 1 + i % 12, 1),)) for i in range(90)]
    drawings = gantt_charts([], members, contract_start=None, width=450, max_height=500)
    assert len(drawings) > 1
    assert all(d.height <= 500 for d in drawings)
    texts = [s.text for d in drawings for s in _strings(d)]
    assert all(f"Kommune {i}" in texts for i in range(90))
    assert "Dagens avtaler utløper (forts.)" in texts


def test_bar_chart_labels_values_and_marks_lower_bounds() -> None:
    drawings = value_bar_charts(
        [
            BarItem("Alver kommune", 12_200_000, emphasis=True),
            BarItem("Masfjorden kommune", 2_160_000, lower_bound=True),
            BarItem("Fedje kommune", 1_250_000),
            BarItem("Modalen kommune", 0),
        ],
        width=450,
        max_height=600,
    )
    assert len(drawings) == 1
    texts = [s.text for s in _strings(drawings[0])]
    for expected in ("12 200 000 kr", "minst 2 160 000 kr", "1 250 000 kr", "0 kr"):
        assert expected in texts
    assert "Minsteverdi (linjer mangler verdi)" in texts and "Fet: vertskommune" in texts
    assert {s.fontName for s in _strings(drawings[0])} <= {FONT, FONT_BOLD}


def test_bar_chart_with_forty_municipalities_is_split_to_fit() -> None:
    items = [BarItem(f"Kommune {i}", i * 50_000) for i in range(40)]
    drawings = value_bar_charts(items, width=450, max_height=300)
    assert len(drawings) > 1 and all(d.height <= 300 for d in drawings)
    assert value_bar_charts([], width=450, max_height=300) == []
