"""The nynorsk user interface: complete by Qt Linguist's own count, in step with the sources,
free of bokmål forms, chosen by the setting, the environment or the system locale."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialogButtonBox

from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.gui.context import AppContext
from kommunesamarbeid.gui.i18n import (
    LANG_ENV,
    install_language,
    install_translators,
    language_from_locale,
    qt_translation_file,
    translation_file,
    ui_language,
)
from kommunesamarbeid.gui.settings import LANGUAGE, Settings

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "kommunesamarbeid_nn.ts"

pytestmark = pytest.mark.gui


def _load_script() -> ModuleType:
    path = ROOT / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


tools = _load_script()


def _messages() -> list[tuple[str, str, str]]:
    """(context, source, translation) for every message in the nynorsk .ts file."""
    root = ET.parse(TS).getroot()
    return [
        (c.findtext("name", ""), m.findtext("source", ""), m.findtext("translation", "") or "")
        for c in root.iter("context")
        for m in c.iter("message")
    ]


# ------------------------------------------------------------------ Qt Linguist's own counts


def test_every_nynorsk_text_is_translated(tmp_path: Path) -> None:
    counts = tools.run_lrelease(TS, tmp_path / "nn.qm")
    assert counts.unfinished == 0, f"{counts.unfinished} uferdige oversettelser"
    assert counts.untranslated == 0, f"{counts.untranslated} uoversatte tekster"
    assert counts.generated == counts.finished == len(_messages())
    assert counts.generated > 600


def test_ts_file_is_in_step_with_the_sources() -> None:
    report = tools.sync_report("nn")
    assert not (report.new or report.vanished), "\n" + report.describe()


@pytest.mark.parametrize("name", ["nn", "qtbase_nb"])
def test_committed_qm_is_compiled_from_the_ts(name: str) -> None:
    same, counts = tools.compiled_matches(name)
    assert same, "Kjør: .venv/bin/python scripts/update_translations.py"
    assert counts.unfinished == counts.untranslated == 0


def test_lrelease_output_is_parsed() -> None:
    counts = tools.parse_lrelease(
        "Updating 'x.qm'...\n    Generated 3 translation(s) (2 finished and 1 unfinished)\n"
        "    Ignored 4 untranslated source text(s)\n"
    )
    assert (counts.generated, counts.finished, counts.unfinished, counts.untranslated) == (
        3,
        2,
        1,
        4,
    )


def test_no_english_translation_is_shipped() -> None:
    assert sorted(p.name for p in I18N.glob("*.ts")) == ["kommunesamarbeid_nn.ts", "qtbase_nb.ts"]
    assert not list(I18N.glob("*_en.*"))


# ------------------------------------------------------------------ the texts themselves

#: What a translator must keep: {placeholders}, Qt's %n/%1, HTML tags, file filters, line breaks.
KEEP = re.compile(r"\{[a-z_]*\}|%n|%\d|<[^>]+>|\*\.[a-z]+|\n")


def test_placeholders_markup_and_shortcuts_are_kept() -> None:
    wrong = [
        (context, source, translation)
        for context, source, translation in _messages()
        if sorted(KEEP.findall(source)) != sorted(KEEP.findall(translation))
        or source.count("&") != translation.count("&")
        or source.startswith(" ") != translation.startswith(" ")
        or source.endswith((" ", "…", ".", ":", "?"))
        != translation.endswith((" ", "…", ".", ":", "?"))
    ]
    assert not wrong, "\n".join(map(repr, wrong))


#: Bokmål-only forms; nynorsk has its own word (ikkje, kva, kven, kvar, korleis, kvifor, mykje,
#: berre, frå, nokon/nokre, lagra, sletta, endra, funne, vald/valt, eit/ein, vart, fleire …).
#: Left out on purpose: words correct in both (blir, gir, også, nå as a verb, lager, mellom, vis).
BOKMAAL_ONLY = frozenset(
    re.findall(
        r"\S+",
        """
ikke hva hvem hvor hvordan hvorfor hvilken hvilke hvilket hver hvert hvis mye bare fra
noen noe lagret slettet endret funnet valgt et en ble flere jeg dere deres dem selv uten
være gjøre gjør ennå allerede fortsatt forrige finnes mangler kommer skriver leser
finner leter laster lagres lages vises leses importeres endres brukes hoppes legges tas
beskrivelse begrunnelse advarsel advarsler anskaffelse anskaffelser anskaffelsen
anskaffelsesplan anskaffelsesplaner kunngjøring tilbud tilbudsfrist leverandører
kommuner kommunene delkontrakter opsjoner linjen filen listen siden navn velg hele
høyere lavere samlet sammen samme kilde regneark løsning løsninger marked markedsdialog
hensyn stedet påkrevd innstillinger endringer innkjøpsrådgiver
""",
    )
)
WORD = re.compile(r"(?<![\w-])[\wæøåÆØÅ]+(?![\w-])")


def test_nynorsk_texts_have_no_bokmaal_forms() -> None:
    forbidden = BOKMAAL_ONLY
    found = [
        (word, translation)
        for _context, _source, translation in _messages()
        for word in WORD.findall(re.sub(r"<[^>]+>|\{[a-z_]*\}", " ", translation))
        if word.lower() in forbidden
    ]
    assert not found, "\n".join(f"{w!r} i {t!r}" for w, t in found)


def test_the_word_list_catches_bokmaal() -> None:
    text = "Velg en fil fra listen; den er ikke lagret."
    assert {w.lower() for w in WORD.findall(text)} & BOKMAAL_ONLY == {
        "velg",
        "en",
        "fra",
        "listen",
        "ikke",
        "lagret",
    }
    assert (
        not {w.lower() for w in WORD.findall("Vel ei fil frå lista; PDF-en er ikkje lagra.")}
        & BOKMAAL_ONLY
    )


def test_glossary_terms_are_used() -> None:
    text = " ".join(t for _c, _s, t in _messages())
    for term in ("anskaffingsplan", "planlagde anskaffingar", "framlegg til felles anskaffing"):
        assert term in text.lower(), term
    assert "forslag" not in text.lower()  # the glossary chose «framlegg»
    glossary = (I18N / "GLOSSARY.md").read_text(encoding="utf-8")
    for term in ("anskaffingsplan", "framlegg", "delkontrakt", "vertskommune", "fullmakt"):
        assert term in glossary, term


# ------------------------------------------------------------------ choosing the language


def test_language_from_the_system_locale() -> None:
    assert language_from_locale(["nn-NO"]) == "nn"
    assert language_from_locale(["nn_NO", "nb_NO"]) == "nn"
    assert language_from_locale(["en-US", "nn-NO"]) == "nn"  # the first Norwegian one decides
    assert language_from_locale(["nb-NO", "nn-NO"]) == "nb"
    assert language_from_locale(["no"]) == "nb"
    assert language_from_locale(["en-US", "de-DE"]) == "nb"
    assert language_from_locale([]) == "nb"


def test_environment_then_setting_then_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LANG_ENV, raising=False)
    assert ui_language("system", ["nn-NO"]) == "nn"
    assert ui_language("system", ["en-GB"]) == "nb"
    assert ui_language("nn", ["nb-NO"]) == "nn"
    assert ui_language("nb", ["nn-NO"]) == "nb"
    monkeypatch.setenv(LANG_ENV, "nn")
    assert ui_language("nb", ["nb-NO"]) == "nn"
    monkeypatch.setenv(LANG_ENV, "nb_NO")
    assert ui_language("nn", ["nn-NO"]) == "nb"
    monkeypatch.setenv(LANG_ENV, "en")  # not offered: ignored
    assert ui_language("nn", ["nb-NO"]) == "nn"


def test_setting_is_stored_and_checked(tmp_path: Path) -> None:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.language() == "system"
    settings.set(LANGUAGE, "nn")
    assert (
        Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).language() == "nn"
    )
    settings.set(LANGUAGE, "en")
    assert settings.language() == "system"


def test_bokmaal_needs_no_translation_file() -> None:
    assert translation_file("nb") is None
    path = translation_file("nn")
    assert path is not None and path.is_file()


@pytest.fixture(autouse=True)
def _language_restored() -> Any:
    """Installing a language sets the program's current one: later tests get bokmål back."""
    from kommunesamarbeid.gui import i18n

    before = i18n.current_language()
    yield
    i18n._current = before


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path: Path) -> AppContext:
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return AppContext(sqlite_db, settings)


def test_setting_nynorsk_gives_a_nynorsk_main_window(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    from kommunesamarbeid.gui.main_window import MainWindow
    from kommunesamarbeid.gui.pages.plans import PlansPage

    monkeypatch.delenv(LANG_ENV, raising=False)
    ctx.settings.set(LANGUAGE, "nn")
    installed = install_language(qapp, ctx.settings)
    try:
        assert installed
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert "felles anskaffingar" in window.windowTitle()
        menus = [a.text() for a in window.menuBar().actions()]
        assert "&Verktøy" in menus and "&Hjelp" in menus
        texts = [
            a.text() for m in window.menuBar().actions() if m.menu() for a in m.menu().actions()
        ]
        assert "&Innstillingar …" in texts
        window.show_page(PlansPage)
        page = window.page(PlansPage)
        assert page.text_filter.placeholderText() == "Søk i skildring, referanse, kommune …"  # type: ignore[attr-defined]
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("PlansPage", "Anskaffelsesplaner") == "Anskaffelsesplaner"


def test_environment_gives_nynorsk_settings_dialog(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    from kommunesamarbeid.gui.settings_dialog import SettingsDialog

    monkeypatch.setenv(LANG_ENV, "nn")
    ctx.settings.set(LANGUAGE, "nb")  # the environment wins over the setting
    installed = install_language(qapp, ctx.settings)
    try:
        dialog = SettingsDialog(ctx)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Innstillingar"
        assert dialog.language_note.text().startswith("Endringa gjeld frå neste oppstart.")
        assert LANG_ENV in dialog.language_note.text()
        if qt_translation_file("nn") is not None:  # Qt's own standard buttons, in nynorsk
            save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
            assert save.text() == "Lagra"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)


def test_qt_standard_texts_are_norwegian_in_both_languages(qapp: Any) -> None:
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    expected = {
        "nb": ("Lagre", "Avbryt", "&Ja", "&Nei", "&Angre"),
        "nn": ("Lagra", "Avbryt", "&Ja", "&Nei", "&Angra"),
    }
    for language, (save, cancel, yes, no, undo) in expected.items():
        if qt_translation_file(language) is None:
            assert language == "nn", "qtbase_nb.qm mangler i resources/i18n"
            continue  # a Qt build without its nynorsk file
        installed = install_translators(qapp, language)
        try:
            box = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
            assert box.button(QDialogButtonBox.StandardButton.Save).text() == save
            assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
            question = QMessageBox()
            question.setStandardButtons(
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            )
            assert question.button(QMessageBox.StandardButton.Yes).text() == yes
            assert question.button(QMessageBox.StandardButton.No).text() == no
            edit = QLineEdit()  # the menu is the line edit's child: keep the edit alive
            menu = edit.createStandardContextMenu()
            assert menu.actions()[0].text().split("\t")[0] == undo
        finally:
            for translator in installed:
                QCoreApplication.removeTranslator(translator)


def test_language_is_chosen_in_the_settings_dialog(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kommunesamarbeid.gui.settings_dialog import SettingsDialog

    monkeypatch.delenv(LANG_ENV, raising=False)
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "system",
        "nb",
        "nn",
    ]
    assert dialog.language.currentData() == "system"
    assert dialog.language.itemText(0).startswith("Som systemet (")
    assert dialog.language_note.text() == "Endringen gjelder fra neste oppstart."
    dialog.language.setCurrentIndex(2)
    dialog._save()
    assert ctx.settings.language() == "nn"
    again = SettingsDialog(ctx)
    qtbot.addWidget(again)
    assert again.language.currentData() == "nn"


def _is_text(node: Any) -> bool:
    import ast

    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _wrappers(tree: Any) -> set[str]:
    """Functions that pass a parameter on as the text of ``translate(...)`` (e.g. ``_tr``)."""
    import ast

    names = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = {a.arg for a in fn.args.args}
        for node in ast.walk(fn):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", "") == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[1], ast.Name)
                and node.args[1].id in params
            ):
                names.add(fn.name)
    return names


def _marker_calls() -> list[tuple[Path, int, str]]:
    """Marked texts lupdate cannot read: a non-literal context in QT_TRANSLATE_NOOP/translate,
    or a literal text given to a helper that calls translate() for it (lupdate sees only tr,
    translate and QT_TRANSLATE_NOOP)."""
    import ast

    found = []
    for path in sorted((ROOT / "kommunesamarbeid" / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = _wrappers(tree) - {"tr"}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            hidden = (
                name in ("QT_TRANSLATE_NOOP", "translate")
                and len(node.args) >= 2
                and _is_text(node.args[1])
                and not _is_text(node.args[0])
            ) or (name in wrappers and _is_text(node.args[0]))
            if hidden:
                found.append((path.relative_to(ROOT), node.lineno, ast.unparse(node)[:80]))
    return found


def test_every_marked_text_is_visible_to_lupdate() -> None:
    hidden = _marker_calls()
    assert not hidden, (
        "lupdate ser ikke disse tekstene (konteksten må være en streng, og teksten må stå "
        "direkte i tr, translate eller QT_TRANSLATE_NOOP):\n"
        + "\n".join(f"{path}:{line}: {call}" for path, line, call in hidden)
    )


def test_an_earlier_test_installing_nynorsk_left_bokmaal() -> None:
    # runs after the tests above (file order): the fixture gave the language back
    from kommunesamarbeid.gui import i18n

    assert i18n.current_language() == i18n.BOKMAAL
