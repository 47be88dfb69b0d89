"""The reading of texts compiled to C with mypyc, used only when built from the sources as they
are now.

A first run spends two thirds of its time reading new texts in some forty small pure-Python
steps (words, compounds, lemmas, typos, families); compiled, the same code runs about a third
faster. ``scripts/compile_engine.py`` (run by ``scripts/setup.sh``) compiles ``MODULES`` into
``build/engine/`` beside a manifest of the hashes of their sources and of every source they
import (``dependencies``). ``activate``, called when the package is imported, puts a finder
first on ``sys.meta_path`` that loads those modules from the build instead of their source, but
only when every one of those sources is as it was: an edited module would otherwise be shadowed
by an old build, and compiled modules call each other directly, so it is all of them or none.
Without a current build (a checkout that was never compiled, an edit since, another Python, the
frozen desktop bundle) or with ``KOMMUNESAMARBEID_PURE_PYTHON=1`` the sources run as they are.
The results are the same either way (``tests/core/overlap/test_compiled_engine.py`` compares
them).

The modules are the reading of texts only: the scoring and grouping modules compute in numpy's
float32, which compiled code would carry in C doubles (other roundings), so they stay Python.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Final

__all__ = [
    "BUILD_DIR",
    "GROUP",
    "MANIFEST",
    "MODULES",
    "PURE_ENV",
    "abi_tag",
    "activate",
    "active",
    "current_build",
    "dependencies",
    "module_file",
    "source_hashes",
]

#: The modules compiled (``kommunesamarbeid.core.overlap.<name>``): the reading of texts.
MODULES: Final = (
    "abbreviations",
    "acronyms",
    "activities",
    "catalogue",
    "english",
    "evidence",
    "families",
    "features",
    "goods_service",
    "lexicon",
    "lexicon_forms",
    "lexicon_language",
    "norwegian",
    "objects",
    "precision",
    "projects",
    "respelling",
    "spelling",
    "split_forms",
    "surface_split",
    "typos",
    "vocabulary",
)
#: The name of the shared library the compiled modules live in (``<GROUP>__mypyc``).
GROUP: Final = "kommunesamarbeid_engine"
#: Set to 1 to run the sources even when a current build exists.
PURE_ENV: Final = "KOMMUNESAMARBEID_PURE_PYTHON"
_PACKAGE: Final = __name__.rpartition(".")[0]
#: The folder the package ``kommunesamarbeid`` is in (the checkout).
_ROOT: Final = Path(__file__).resolve().parents[3]
#: Where ``scripts/compile_engine.py`` puts the build (ignored by git).
BUILD_DIR: Final = _ROOT / "build" / "engine"
MANIFEST: Final = "manifest.json"

_active = False


def abi_tag() -> str:
    """The interpreter a build is for (its extension suffix: version, ABI and platform)."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def module_file(root: Path, module: str) -> Path | None:
    """The source of a module under ``root`` (a package's ``__init__.py``), None if none."""
    base = root.joinpath(*module.split("."))
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def dependencies(root: Path = _ROOT, modules: Sequence[str] = MODULES) -> list[str]:
    """The sources a build of ``modules`` depends on, relative to ``root``: the modules and,
    over and over, every module of the project they import and the packages around them.
    Compiled code keeps what it knew of them when it was built (a constant, the fields of a
    named tuple), so any of them changed makes the build stale."""
    project = _PACKAGE.partition(".")[0]
    todo = [f"{_PACKAGE}.{name}" for name in modules]
    seen: set[str] = set()
    found: set[Path] = set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = module_file(root, module)
        if path is None:
            continue
        found.add(path)
        parts = module.split(".")
        todo.extend(".".join(parts[:n]) for n in range(1, len(parts)))  # (run on import)
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.Import):
                todo.extend(a.name for a in node.names if a.name.split(".")[0] == project)
            elif isinstance(node, ast.ImportFrom):
                name = node.module or ""
                if node.level:
                    package = parts if path.name == "__init__.py" else parts[:-1]
                    base = package[: len(package) - node.level + 1]
                    name = ".".join([*base, name] if name else base)
                if name.split(".")[0] == project:
                    todo.append(name)
                    todo.extend(f"{name}.{a.name}" for a in node.names)  # (a submodule?)
    return sorted(path.relative_to(root).as_posix() for path in found)


def source_hashes(files: Sequence[str], root: Path = _ROOT) -> dict[str, str]:
    """sha256 of each source (relative to ``root``); ``{}`` when one is missing."""
    hashes: dict[str, str] = {}
    for relative in files:
        path = root / relative
        if not path.is_file():
            return {}
        hashes[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return hashes


def current_build(
    build: Path = BUILD_DIR, root: Path = _ROOT, modules: Sequence[str] = MODULES
) -> dict[str, Path] | None:
    """The files of a build made from the sources as they are now, for this interpreter (full
    module name -> extension file), or None: no build, another interpreter, a file missing, or
    a compiled module or a source it depends on (``dependencies``) changed since."""
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("abi") != abi_tag():
        return None
    sources, listed = manifest.get("sources"), manifest.get("files")
    if not isinstance(sources, dict) or not isinstance(listed, dict):
        return None
    own = {module_file(root, f"{_PACKAGE}.{name}") for name in modules}
    if None in own or not {p.relative_to(root).as_posix() for p in own if p} <= set(sources):
        return None
    if not sources or source_hashes(list(sources), root) != sources:
        return None
    if set(listed) != {*modules, GROUP}:
        return None
    files: dict[str, Path] = {}
    for name, relative in listed.items():
        path = build / str(relative)
        if not path.is_file():
            return None
        files[f"{GROUP}__mypyc" if name == GROUP else f"{_PACKAGE}.{name}"] = path
    return files


class _Finder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of a current build (and their shared library)."""

    def __init__(self, files: dict[str, Path]) -> None:
        self._files = files

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        file = self._files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def activate() -> bool:
    """Load the compiled modules from now on when a current build exists (once; called when
    the package is imported, before any of them is); True when they are used."""
    global _active
    if _active:
        return True
    if os.environ.get(PURE_ENV) == "1" or getattr(sys, "frozen", False):
        return False
    if any(f"{_PACKAGE}.{name}" in sys.modules for name in MODULES):
        return False  # (one already runs from its source: all or none)
    files = current_build()
    if files is None:
        return False
    sys.meta_path.insert(0, _Finder(files))
    _active = True
    return True


def active() -> bool:
    """The compiled modules are used in this process."""
    return _active
