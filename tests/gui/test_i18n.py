"""Translations: the .ts file is up to date enough, and a compiled .qm changes tr() strings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kommunesamarbeid.gui.app import translation_file

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "kommunesamarbeid_en.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_ts_file_has_the_main_contexts() -> None:
    text = TS.read_text(encoding="utf-8")
    assert "<name>MainWindow</name>" in text
    assert "<name>PlansPage</name>" in text
    assert "<source>Anskaffelsesplaner</source>" in text


def test_norwegian_needs_no_translation_file() -> None:
    assert translation_file(["nb_NO", "en"]) is None
    assert translation_file(["xx"]) is None


@pytest.mark.skipif(
    not (LRELEASE.exists() or shutil.which("pyside6-lrelease")), reason="no pyside6-lrelease"
)
def test_compiled_translation_changes_tr(qapp: QCoreApplication, tmp_path: Path) -> None:
    ts = tmp_path / "test_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="en" sourcelanguage="nb_NO">\n'
        "<context><name>PlansPage</name><message>"
        "<source>Anskaffelsesplaner</source><translation>Procurement plans</translation>"
        "</message></context>\n</TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "test_en.qm"
    tool = str(LRELEASE) if LRELEASE.exists() else str(shutil.which("pyside6-lrelease"))
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("PlansPage", "Anskaffelsesplaner") == "Procurement plans"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("PlansPage", "Anskaffelsesplaner") == "Anskaffelsesplaner"
