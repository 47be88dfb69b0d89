"""The words of every document, for a set of proposals (issue 11).

For small, short, large, special-services, works, nynorsk-host and mixed-målform proposals the
proposal PDF, every fullmakt and the overview are written and their text extracted, and the
tests assert: no file names or code words, no amount broken across lines, page counts within
the limits, every section present, and nynorsk documents free of bokmål forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from document_samples import (
    mixed_proposal,
    nynorsk_proposal,
    short_proposal,
    special_services_proposal,
    works_proposal,
)
from market_samples import sample_market
from pdf_samples import (
    GENERATED,
    evaluate_sample,
    flat,
    large_proposal,
    page_texts,
    qpdf_check,
    sample_groups,
    sample_proposal,
    small_proposal,
)

from kommunesamarbeid.core.money import format_nok
from kommunesamarbeid.core.proposal import Evaluation, ProposalData
from kommunesamarbeid.core.reason_texts import reason_in
from kommunesamarbeid.core.texts import catalogue, tr
from kommunesamarbeid.core.value_model import model_of
from kommunesamarbeid.fileio.pdf_fullmakt import write_fullmakt_pdfs
from kommunesamarbeid.fileio.pdf_overview import write_overview_pdf
from kommunesamarbeid.fileio.pdf_proposal import write_proposal_pdf
from kommunesamarbeid.services.exports import group_summary

PROPOSALS: dict[str, Callable[[], ProposalData]] = {
    "small": small_proposal,
    "short": short_proposal,
    "sample": sample_proposal,
    "large": lambda: large_proposal(12, 12),
    "special": special_services_proposal,
    "works": works_proposal,
    "nynorsk": nynorsk_proposal,
    "mixed": mixed_proposal,
}

#: Words that are bokmål and never nynorsk (the nynorsk word in the comment).
BOKMAAL_WORDS = (
    "ikke",  # ikkje
    "ble",  # vart
    "blir",  # vert
    "bli",  # verte
    "fra",  # frå
    "hva",  # kva
    "hvem",  # kven
    "hvor",  # kvar
    "hvordan",  # korleis
    "hvorfor",  # kvifor
    "hvilken",  # kva for
    "noen",  # nokon, nokre
    "noe",  # noko
    "mye",  # mykje
    "gir",  # gjev
    "sier",  # seier
    "selv",  # sjølv
    "uten",  # utan
    "innen",  # innan
    "kommuner",  # kommunar
    "kommunene",  # kommunane
    "deltakere",  # deltakarar
    "deltakerne",  # deltakarane
    "anskaffelse",  # anskaffing
    "anskaffelsen",  # anskaffinga
    "anskaffelsesforskriften",  # anskaffingsforskrifta
    "forslaget",  # framlegget
    "kunngjøring",  # kunngjering
    "tilbud",  # tilbod
    "leverandører",  # leverandørar
    "begrunnelse",  # grunngjeving
    "beskrivelse",  # skildring
    "kilde",  # kjelde
    "advarsel",  # åtvaring
    "advarsler",  # åtvaringar
    "tjenester",  # tenester
    "utløper",  # går ut
    "hele",  # heile
    "samlet",  # samla
    "gjennomføres",  # vert gjennomført
    "dager",  # dagar
    "måneder",  # månader
    "forslagets",  # framlegget sitt, i framlegget
    "ansatte",  # tilsette
    "virksomheter",  # verksemder
    "enheter",  # einingar
    "enhetene",  # einingane
    "markedet",  # marknaden
    "tilbydere",  # tilbydarar
    "næringene",  # næringane
    "mangler",  # manglar
    "trukket",  # trekt
    "regnet",  # rekna
    "varighet",  # varigheit
    "oppgitt",  # oppgjeve
)
_BOKMAAL_RE = re.compile(r"\b(" + "|".join(BOKMAAL_WORDS) + r")\b", re.IGNORECASE)

#: What must never be printed: developer file names, code words, raw keys or placeholders.
CODE_WORDS = re.compile(
    r"DOMAIN\.md|\.py\b|\.toml\b|thresholds\.json|\bNone\b|\bTrue\b|\bFalse\b|regelmotor"
    r"|\bdel_i+\b|special_services|\bsupplies\b|\bservices\b"
    r"|\b[A-Z]{3,}_[A-Z_]{3,}\b|\b(?:doc|rules|overlap|market|lots|annex)\.[a-z]|[{}]|Text\("
)
#: A unit, a percentage or a section number on another line than its number. (Table cells are
#: extracted one per line, so a number at the end of one cell and an amount at the start of
#: the next look alike: amounts are checked one by one, see ``_broken_amounts``.)
BROKEN = re.compile(r"\d\n(?:kr|%)(?!\w)|§\n\d|\bnr\.\n\d")


def _known_amounts(evaluation: Evaluation) -> set[str]:
    """Every amount the value model and the thresholds give the documents to print."""
    model = model_of(evaluation)
    figures: list[int | None] = [
        model.estimated_nok, model.plan_nok, model.annual_nok, model.maximum_nok,
        evaluation.lot_total_nok, *evaluation.lot_values.values(),
    ]  # fmt: skip
    for pv in model.participants:
        figures += [
            pv.total_value_nok,
            pv.plan_value_nok,
            pv.annual_value_nok,
            pv.maximum_value_nok,
        ]
    for lv in model.lines.values():
        figures += [lv.value, lv.plan_value, lv.annual_nok]
    period = evaluation.threshold_period
    if period is not None:
        figures += [period.regulation_min, period.national, period.eea_goods_services]
        figures += [period.eea_works, period.eea_special_services]
    return {format_nok(x) for x in figures if x is not None and x >= 1000}


def _broken_amounts(pages: list[str], amounts: set[str]) -> list[str]:
    text = "\n".join(line.strip() for page in pages for line in page.splitlines())
    broken = []
    for amount in amounts:
        # (a description ending in "nr. 2" before an amount cell is not a broken amount)
        pattern = r"(?<!nr\. )(?<!\d)" + re.escape(amount).replace(r"\ ", r"[ \n]")
        broken += [m.group(0) for m in re.finditer(pattern, text) if "\n" in m.group(0)]
    return broken


@dataclass
class Written:
    name: str
    proposal: ProposalData
    evaluation: Evaluation
    short: bool
    pages: list[str]
    fullmakt: dict[int, list[str]]

    @property
    def flat(self) -> str:
        return flat(" ".join(self.pages))


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Written]:
    folder = tmp_path_factory.mktemp("documents")
    out: dict[str, Written] = {}
    for name, make in PROPOSALS.items():
        proposal = make()
        evaluation = evaluate_sample(proposal)
        pdf = folder / f"{name}.pdf"
        # every proposal with a local supplier market (the short form leaves the section out)
        market = sample_market(proposal)
        write_proposal_pdf(proposal, evaluation, pdf, generated=GENERATED, local_market=market)
        assert qpdf_check(pdf).returncode == 0
        paths = write_fullmakt_pdfs(proposal, evaluation, folder / name, generated=GENERATED)
        fullmakt = {
            p.municipality_id: page_texts(path)
            for p, path in zip(proposal.participants, paths, strict=True)
        }
        out[name] = Written(
            name, proposal, evaluation, evaluation.short_form, page_texts(pdf), fullmakt
        )
    return out


@pytest.fixture(scope="module")
def overviews(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """The overview in bokmål (the sample groups) and in nynorsk (the nynorsk municipalities'
    overlap, made the way the service makes it)."""
    folder = tmp_path_factory.mktemp("overview")
    out = {}
    proposal = nynorsk_proposal()
    nynorsk = group_summary(
        1, proposal.title, "", 0.81, proposal, evaluate_sample(proposal),
        list(proposal.group_reasons), status_code="confirmed",
    )  # fmt: skip
    for lang, groups in (("nb", sample_groups()), ("nn", [nynorsk])):
        path = folder / f"oversikt_{lang}.pdf"
        write_overview_pdf(groups, path, generated=GENERATED, lang=lang)
        out[lang] = page_texts(path)
    return out


def _all_documents(written: dict[str, Written]) -> list[tuple[str, list[str]]]:
    docs = []
    for w in written.values():
        docs.append((f"{w.name}: forslag", w.pages))
        docs += [(f"{w.name}: fullmakt {mid}", pages) for mid, pages in w.fullmakt.items()]
    return docs


# --- no code words, no broken amounts ---------------------------------------------------------


def test_no_file_names_or_code_words(
    written: dict[str, Written], overviews: dict[str, list[str]]
) -> None:
    docs = _all_documents(written) + [(f"oversikt {k}", v) for k, v in overviews.items()]
    for name, pages in docs:
        for number, text in enumerate(pages, start=1):
            found = CODE_WORDS.search(text)
            assert found is None, (
                name,
                number,
                found.group(0),
                text[max(0, found.start() - 60) :][:140],
            )


def test_no_amount_is_broken_across_lines(
    written: dict[str, Written], overviews: dict[str, list[str]]
) -> None:
    docs = _all_documents(written) + [(f"oversikt {k}", v) for k, v in overviews.items()]
    for name, pages in docs:
        for number, text in enumerate(pages, start=1):
            lines = "\n".join(line.strip() for line in text.splitlines())
            found = BROKEN.search(lines)
            assert found is None, (name, number, lines[max(0, found.start() - 60) :][:120])
    for w in written.values():
        amounts = _known_amounts(w.evaluation)
        assert len(amounts) > 3
        assert _broken_amounts(w.pages, amounts) == [], w.name
        for mid, pages in w.fullmakt.items():
            assert _broken_amounts(pages, amounts) == [], (w.name, mid)
    groups = {format_nok(g.total_value_nok) for g in sample_groups() if g.total_value_nok}
    assert _broken_amounts(overviews["nb"], groups) == []


def test_plural_and_jargon(written: dict[str, Written]) -> None:
    for w in written.values():
        text = w.flat
        assert not re.search(r"\balle (1|2) ", text), w.name
        assert "alle 2 deltakerne" not in text and "regelmotoren" not in text


# --- lengths and sections -----------------------------------------------------------------------


def test_page_counts(written: dict[str, Written], overviews: dict[str, list[str]]) -> None:
    for w in written.values():
        if w.short:
            assert len(w.pages) <= 6, (w.name, len(w.pages))
        else:
            assert len(w.pages) >= 10, (w.name, len(w.pages))
        for mid, pages in w.fullmakt.items():
            assert len(pages) <= 2, (w.name, mid, len(pages))
    assert written["small"].short and written["short"].short
    assert not written["sample"].short and not written["works"].short
    for pages in overviews.values():
        assert len(pages) >= 2


FULL_SECTIONS = (
    "summary", "goals", "need", "value", "lots", "criteria", "timeline", "governance", "costs",
    "market", "management", "anchoring", "risks", "warnings", "fullmakt",
)  # fmt: skip
SHORT_SECTIONS = (
    "summary", "goals", "need", "value", "criteria", "governance", "costs", "management",
    "anchoring", "timeline", "warnings", "fullmakt",
)  # fmt: skip


def test_every_section_present_in_order(written: dict[str, Written]) -> None:
    for w in written.values():
        lang = w.proposal.language
        keys = SHORT_SECTIONS if w.short else FULL_SECTIONS
        titles = [f"{n} {tr(f'doc.section.{key}', lang)}" for n, key in enumerate(keys, start=1)]
        body = w.pages if w.short else w.pages[2:]  # after the cover and the contents
        lines = [line.strip() for page in body for line in page.splitlines()]
        positions = []
        for title in titles:
            assert title in lines, (w.name, title)
            positions.append(lines.index(title))
        assert positions == sorted(positions), w.name
        if not w.short:
            assert tr("doc.appendix.a", lang) in lines and tr("doc.appendix.b", lang) in lines


def test_default_texts_say_they_are_defaults(written: dict[str, Written]) -> None:
    w = written["sample"]  # the coordinator wrote none of the new sections
    marker = "Standardtekst: koordinatoren har ikke skrevet egen tekst her."
    assert w.flat.count(marker) == 7
    assert "Mål og konkurranse → Mål og forventede virkninger" in w.flat
    n = written["nynorsk"]
    assert n.flat.count("Standardtekst: koordinatoren har ikkje skrive eigen tekst her.") == 7


def test_fullmakt_says_what_a_municipality_signs(written: dict[str, Written]) -> None:
    w = written["sample"]
    text = flat(" ".join(w.fullmakt[2]))  # Austrheim, a participant (not the host)
    for expected in (
        "Renholdstjenester til kommunale bygg i Nordhordland 2027–2030",
        "Avtaleperiode 2 år + 2 års opsjon (4 år)",
        "Delkontrakter kommunen er med i nr. 2, Øyane vest",
        "Kommunens estimerte verdi",
        "Kommunens andel av maksimal verdi",
        "forplikter seg til å bruke avtalen",
        "Frist for signert fullmakt 15.04.2026",
        "Navn Tittel",
        "Signatur",
    ):
        assert expected in text, expected


# --- målform --------------------------------------------------------------------------------------


def _bokmaal_words(pages: list[str]) -> list[str]:
    return sorted({m.group(0).lower() for m in _BOKMAAL_RE.finditer(" ".join(pages))})


def test_nynorsk_documents_have_no_bokmaal_forms(
    written: dict[str, Written], overviews: dict[str, list[str]]
) -> None:
    n = written["nynorsk"]
    assert n.proposal.language == "nn"
    assert _bokmaal_words(n.pages) == []
    for mid, pages in n.fullmakt.items():
        assert _bokmaal_words(pages) == [], mid
    assert _bokmaal_words(overviews["nn"]) == []
    assert "FRAMLEGG TIL FELLES ANSKAFFING" in n.flat
    # the local market is read in nynorsk too (and in bokmål in the bokmål sample)
    assert "29 verksemder med tilsette i Alver, 48 i regionen" in n.flat
    assert "Ingen verksemder med tilsette i Masfjorden og Modalen, 3 i området" in n.flat
    assert "29 bedrifter med ansatte i Alver, 48 i regionen" in written["sample"].flat
    assert "gjev Alver kommune («vertskommunen») fullmakt" in flat(" ".join(n.fullmakt[2]))


def test_mixed_maalform_each_fullmakt_in_its_own(written: dict[str, Written]) -> None:
    m = written["mixed"]
    assert m.proposal.language == "nn"  # the host (Alver) writes nynorsk
    assert "Samandrag og tilråding" in m.flat
    for p in m.proposal.participants:
        text = flat(" ".join(m.fullmakt[p.municipality_id]))
        if p.language == "nb":
            assert "Fullmakt til vertskommunen" in text and "gir Alver kommune" in text
            assert "ikkje" not in text
        elif p.municipality_id == m.proposal.host_municipality_id:
            assert "Stadfesting frå vertskommunen" in text
            assert _bokmaal_words(m.fullmakt[p.municipality_id]) == []
        else:
            assert (
                "gjev Alver kommune" in text and _bokmaal_words(m.fullmakt[p.municipality_id]) == []
            )


def test_overlap_reasons_in_nynorsk(written: dict[str, Written]) -> None:
    n = written["nynorsk"]
    assert "8 kommunar: Alver kommune" in n.flat
    assert (
        "Samla verdi: 41 230 000 kr for heile avtaleperioden (oppgjeve for 9 av 10 linjer)"
        in n.flat
    )
    assert "Tidsrommet overlappar: januar 2027 (2 linjer utan tidspunkt)" in n.flat
    assert reason_in("Skrevet av en person", "nn") == "Skrevet av en person"
    # two spellings of one word, as detection says it, in nynorsk
    assert (
        reason_in("Felles ord: «kaffemaskiner» / «kaffimaskinar» (skrivemåter av samme ord)", "nn")
        == "Felles ord: «kaffemaskiner» / «kaffimaskinar» (skrivemåtar av same ord)"
    )


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    import string

    nb, nn = catalogue("nb"), catalogue("nn")
    assert set(nb.entries) == set(nn.entries)
    fmt = string.Formatter()

    def names(entry: object) -> set[str]:
        forms = entry.values() if isinstance(entry, dict) else [entry]
        return {name for text in forms for _, name, _, _ in fmt.parse(str(text)) if name}

    for key in nb.entries:
        assert names(nb.entries[key]) == names(nn.entries[key]), key
    # every nynorsk text is free of bokmål forms too (not only those the samples print)
    for key, entry in nn.entries.items():
        forms = entry.values() if isinstance(entry, dict) else [entry]
        for text in forms:
            found = _BOKMAAL_RE.search(re.sub(r"\{[^}]*\}", "", str(text)))
            assert found is None, (key, found.group(0))


# --- a nynorsk proposal with the local supplier market and its Excel annex ----------------------

#: What the nynorsk market section must say (the register read in nynorsk, not only its labels).
NYNORSK_MARKET = (
    "Lokal leverandørmarknad",
    "verksemder med tilsette i Fedje",
    "Vestland (heile fylket)",
    "Ingen registrerte verksemder i Masfjorden innan desse næringane",
    "ingen lokale leverandørar i det heile i Masfjorden",
    "CPV 39000000 finst ikkje i tabellen CPV → næringskode",
    "Vestøy kommune manglar kommunenummer, så den lokale marknaden der er ukjend.",
    "Den lokale marknaden er ukjend for Vestøy",
    "Reinhald: berre verksemder som er godkjende i reinhaldsregisteret",
    "Kjelde: Einingsregisteret per 27.11.2026",
    "Inneheld data under Norsk lisens for offentlege data (NLOD)",
    "Næringskodane er valde frå ein kuratert tabell",
    "tryggleik høg",
    "Lokal marknad (81.21, 81.22): 2 verksemder med tilsette i Austrheim.",
    "Den lokale marknaden er ukjend: kommunen manglar kommunenummer.",
    "CPV 9091 (Rengjøring av bygninger): Vanleg reingjering (81.21)",
    "Framlegget har 4 delkontraktar",
)


@dataclass
class MarketDocuments:
    proposal: ProposalData
    pdf: Path
    pages: list[str]
    annex: Path


@pytest.fixture(scope="module")
def market_documents(tmp_path_factory: pytest.TempPathFactory) -> MarketDocuments:
    """A proposal of nynorsk municipalities made the way a coordinator makes it: Enhetsregisteret
    loaded (the test files with their exact counts), lines in four municipalities (one without a
    kommunenummer, one line with a CPV code the curated table lacks), lots suggested by area; then
    the proposal PDF and the Excel annex exported by the services."""
    from kommunesamarbeid.db.engine import open_database
    from kommunesamarbeid.db.models import PlannedPurchase
    from kommunesamarbeid.services.context import Actor
    from kommunesamarbeid.services.exports import export_proposal_pdf, export_proposal_xlsx
    from kommunesamarbeid.services.municipalities import ensure_municipality
    from kommunesamarbeid.services.proposals import create_proposal, proposal_data, suggest_lots_for
    from kommunesamarbeid.services.suppliers import load_register
    from tests.fixtures.make_brreg_files import make_all

    folder = tmp_path_factory.mktemp("market")
    db = open_database(folder / "test.db")
    actor = Actor(user="testbruker")
    files = make_all(folder / "brreg")
    load_register(db, actor, [files["units_csv_gz"], files["parents_csv_gz"]])
    lines = [
        ("Fedje", "Reinhald av kommunale bygg", "90911200"),
        ("Fedje", "Reinhaldsutstyr til kommunale bygg", "39000000"),
        ("Austrheim", "Reinhald av skular og barnehagar", "90911200"),
        ("Masfjorden", "Reinhald av rådhus og helsesenter", "90911200"),
        ("Vestøy", "Reinhald av kommunale bygg", "90911200"),
    ]
    ids = []
    with db.session() as session:
        for name, description, cpv in lines:
            m, _ = ensure_municipality(session, actor, f"{name} kommune")
            if name == "Vestøy":  # not in the national list, no kommunenummer: counts unknown
                m.maalform = "nynorsk"
            line = PlannedPurchase(
                municipality_id=m.id,
                description=description,
                cpv=cpv,
                total_value_nok=2_000_000,
                annual_value_nok=500_000,
                contract_years=4,
            )
            session.add(line)
            session.flush()
            ids.append(line.id)
    pid = create_proposal(
        db, actor, line_ids=ids, title="Reinhald av kommunale bygg", lead="Fedje", today=GENERATED
    ).id
    suggest_lots_for(db, actor, pid, "area")
    pdf = export_proposal_pdf(db, pid, folder / "framlegg.pdf", today=GENERATED)
    annex = export_proposal_xlsx(db, pid, folder / "vedlegg.xlsx", today=GENERATED)
    proposal = proposal_data(db, pid)
    db.dispose()
    assert qpdf_check(pdf).returncode == 0
    return MarketDocuments(proposal, pdf, page_texts(pdf), annex)


def test_nynorsk_proposal_with_the_local_market(market_documents: MarketDocuments) -> None:
    docs = market_documents
    assert docs.proposal.language == "nn" and len(docs.proposal.lots) >= 3
    for number, text in enumerate(docs.pages, start=1):
        assert _bokmaal_words([text]) == [], (number, text)
        found = CODE_WORDS.search(text)
        assert found is None, (number, text[max(0, found.start() - 60) :][:140])
    text = flat(" ".join(docs.pages))
    for expected in NYNORSK_MARKET:
        assert expected in text, expected
    # hints for the coordinator at the screen are not printed for the reader of the proposal
    assert "NNNN" not in text and "municipality set" not in text and ".csv" not in text
    # what the services wrote as the coordinator's own text is the host's nynorsk: the need,
    # the lots' titles and descriptions
    assert docs.proposal.need_description.startswith("Austrheim kommune, Fedje kommune,")
    assert "kan dekkjast av éi felles anskaffing (5 planlagde anskaffingar)" in text
    for lot in docs.proposal.lots:
        assert lot.description.startswith("Område: "), lot.description
        assert _bokmaal_words([lot.description]) == [], lot.description


def _annex_texts(path: Path) -> list[tuple[str, str, str]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    return [
        (ws.title, cell.coordinate, str(cell.value))
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]


def test_nynorsk_excel_annex(market_documents: MarketDocuments) -> None:
    from openpyxl import load_workbook

    texts = _annex_texts(market_documents.annex)
    assert len(texts) > 80
    for sheet, coordinate, value in texts:
        assert _bokmaal_words([value]) == [], (sheet, coordinate, value)
        found = CODE_WORDS.search(value)
        assert found is None, (sheet, coordinate, value)
    wb = load_workbook(market_documents.annex)
    assert wb.sheetnames[0] == "Samandrag"
    values = {value for _, _, value in texts}
    for expected in (
        "Vedlegg til framlegg til felles anskaffing",
        "Deltakande kommunar",
        "Estimert samla verdi (kr)",
        "Type anskaffing",
        "Åtvaringar",
        "Skildring",
        "Verdi i framlegget (kr)",
        "Dagens avtale går ut",
        "Kjelde (fil, ark, rad)",
        "Sum, 2 linjer",
    ):
        assert expected in values, expected
    facts = {row[0]: row[1] for row in wb["Samandrag"].iter_rows(values_only=True) if row[0]}
    assert facts["Vertskommune"] == "Fedje kommune"
    assert facts["Type anskaffing"] == "Tenester"
