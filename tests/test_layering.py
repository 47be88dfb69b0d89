"""The domain layer imports neither Qt, SQLAlchemy, nor any file-format library."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import kommunesamarbeid

PACKAGE = Path(kommunesamarbeid.__file__).resolve().parent
BLOCKED = ("PySide6", "shiboken6", "sqlalchemy", "alembic", "openpyxl", "reportlab", "psycopg")

_PROBE = """
import importlib, pkgutil, sys
blocked = {blocked!r}

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ImportError(f"core must not import {{name}}")
        return None

sys.meta_path.insert(0, Block())
import kommunesamarbeid.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "kommunesamarbeid.core.")]
for name in names:
    importlib.import_module(name)
leaked = sorted(m for m in sys.modules if m.split(".")[0] in blocked)
assert not leaked, leaked
print(len(names))
"""


def test_core_imports_without_qt_or_sqlalchemy() -> None:
    probe = _PROBE.format(blocked=BLOCKED)
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 8  # every core module was imported


_QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|kommunesamarbeid\.gui)\b", re.MULTILINE)


def test_gui_is_not_imported_by_services_or_cli() -> None:
    paths: list[Path] = []
    for layer in ("cli", "services", "db", "core", "fileio"):
        paths.extend((PACKAGE / layer).rglob("*.py"))
    offenders = [str(p) for p in paths if _QT_IMPORT.search(p.read_text(encoding="utf-8"))]
    assert not offenders


def _imports(path: Path, module: str) -> bool:
    pattern = re.compile(rf"^\s*(from|import)\s+{re.escape(module)}\b", re.MULTILINE)
    return bool(pattern.search(path.read_text(encoding="utf-8")))


def test_file_writers_take_plain_data_not_the_service_layer() -> None:
    offenders = [str(p) for p in (PACKAGE / "fileio").rglob("*.py")
                 if _imports(p, "kommunesamarbeid.services")]  # fmt: skip
    assert not offenders


def test_only_the_import_wizard_imports_its_pages() -> None:
    """The pages share ``import_wizard_common``; none imports the wizard (no circle)."""
    pages = list((PACKAGE / "gui").glob("import_wizard_*.py"))
    assert len(pages) >= 4
    wizard = re.compile(r"^\s*from\s+kommunesamarbeid\.gui\.import_wizard\s+import", re.M)
    offenders = [str(p) for p in pages if wizard.search(p.read_text(encoding="utf-8"))]
    assert not offenders
