"""Shared fixtures for the file-reader tests: the bad-file generator and the dev corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
CORPUS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"


# tests/fixtures is not a package: make the generator importable as ``make_bad_files``.
sys.path.insert(0, str(TESTS / "fixtures"))
import make_bad_files  # noqa: E402


@pytest.fixture(scope="session")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every generated bad file, written once per test session to a temporary directory."""
    paths: dict[str, Path] = make_bad_files.make_all(tmp_path_factory.mktemp("bad_files"))
    return paths


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS_DIR.is_dir():
        pytest.skip(f"the dev corpus is not available at {CORPUS_DIR}")
    return CORPUS_DIR
