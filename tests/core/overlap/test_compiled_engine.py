"""The reading modules compiled with mypyc (``core.overlap.compiled``): used only when built from
the sources as they are now, and giving the same groups, scores, titles and reasons as the
sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kommunesamarbeid.core.overlap import compiled
from kommunesamarbeid.core.overlap.evidence import shared_marks

REPO = Path(__file__).resolve().parents[3]

#: Detection on read corpora and synthetic plans in a fresh process: a hash of every group,
#: whether the compiled modules ran, and the analyses made (as the database keeps them). With a
#: file of analyses kept by another process (argument 1), detection once more on a new model
#: that reads its analyses from there (as a second session does): a hash of those groups too.
_RUN = """
import hashlib, json, sys
from pathlib import Path
sys.path.insert(0, "scripts")
import evaluate_detection as ev
from bench.synthetic_plans import generate_lines
from kommunesamarbeid.core.overlap import (
    DetectionSettings, catalogue_from_csv, detect_overlaps, load_vocabulary,
)
from kommunesamarbeid.core.overlap import compiled, detect, norwegian
catalogue = catalogue_from_csv(ev.DEFAULT_CATALOGUE) if ev.DEFAULT_CATALOGUE.exists() else {}
vocabulary = load_vocabulary(Path("resources/vocabulary"))
runs = [ev.lines_from_labels(Path(folder))[0] for folder in sys.argv[2:]]
runs.append(generate_lines(1500, seed=3)[0])

def groups():
    digest = hashlib.sha256()
    for lines in runs:
        for sensitivity in (0.3, 0.7):
            settings = DetectionSettings(sensitivity)
            for group in detect_overlaps(lines, catalogue, vocabulary, settings):
                digest.update(repr(group).encode())
    return digest.hexdigest()

result = {"active": compiled.active(), "file": norwegian.__file__, "groups": groups()}
Path(sys.argv[1]).with_suffix(".mine").write_text(
    json.dumps(detect.build_model(vocabulary, catalogue).take_fresh()), encoding="utf-8"
)
if Path(sys.argv[1]).exists():
    detect._MODELS.clear()
    model = detect.build_model(vocabulary, catalogue)
    model.use_stored(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
    result["stored"] = groups()
print(json.dumps(result))
"""
_CORPORA = ("tests/fixtures/holdout_corpus", "tests/fixtures/unseen_corpus", "resources/demo")


def _write_build(build: Path, root: Path, modules: tuple[str, ...]) -> None:
    suffix = compiled.abi_tag()
    files = {name: f"{name}{suffix}" for name in modules}
    files[compiled.GROUP] = f"{compiled.GROUP}__mypyc{suffix}"
    for relative in files.values():
        (build / relative).write_bytes(b"")
    manifest = {
        "abi": suffix,
        "sources": compiled.source_hashes(compiled.dependencies(root, modules), root),
        "files": files,
    }
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")


def _checkout(root: Path) -> Path:
    """A checkout with two reading modules, one importing a module outside the package."""
    overlap = root / "kommunesamarbeid" / "core" / "overlap"
    overlap.mkdir(parents=True)
    for package in (overlap.parents[1], overlap.parent, overlap):
        (package / "__init__.py").write_text("", encoding="utf-8")
    (overlap.parent / "felles.py").write_text("GRENSE = 3\n", encoding="utf-8")
    (overlap / "ordbok.py").write_text("ORD = 'ordbok'\n", encoding="utf-8")
    (overlap / "lesing.py").write_text(
        "from kommunesamarbeid.core.felles import GRENSE\n", encoding="utf-8"
    )
    (overlap / "poeng.py").write_text("SKÅR = 0.5\n", encoding="utf-8")  # (imported by none)
    return overlap


def test_a_build_is_used_only_while_every_source_it_depends_on_is_unchanged(
    tmp_path: Path,
) -> None:
    root, build = tmp_path / "src", tmp_path / "build"
    overlap = _checkout(root)
    build.mkdir()
    modules = ("ordbok", "lesing")
    assert compiled.dependencies(root, modules) == [
        "kommunesamarbeid/__init__.py",
        "kommunesamarbeid/core/__init__.py",
        "kommunesamarbeid/core/felles.py",
        "kommunesamarbeid/core/overlap/__init__.py",
        "kommunesamarbeid/core/overlap/lesing.py",
        "kommunesamarbeid/core/overlap/ordbok.py",
    ]
    _write_build(build, root, modules)
    files = compiled.current_build(build, root, modules)
    assert files is not None
    assert set(files) == {
        "kommunesamarbeid.core.overlap.ordbok",
        "kommunesamarbeid.core.overlap.lesing",
        f"{compiled.GROUP}__mypyc",
    }
    # a module no compiled one imports may change
    (overlap / "poeng.py").write_text("SKÅR = 0.6\n", encoding="utf-8")
    assert compiled.current_build(build, root, modules) is not None
    # a compiled module, or a module one of them imports, edited since: none of the build
    (overlap.parent / "felles.py").write_text("GRENSE = 4\n", encoding="utf-8")
    assert compiled.current_build(build, root, modules) is None
    _write_build(build, root, modules)
    assert compiled.current_build(build, root, modules) is not None
    (overlap / "ordbok.py").write_text("ORD = 'endret'\n", encoding="utf-8")
    assert compiled.current_build(build, root, modules) is None
    _write_build(build, root, modules)
    # a compiled file missing, or a build for another interpreter
    next(build.glob("ordbok*")).unlink()
    assert compiled.current_build(build, root, modules) is None
    _write_build(build, root, modules)
    manifest = json.loads((build / compiled.MANIFEST).read_text(encoding="utf-8"))
    manifest["abi"] = ".cpython-39-x86_64-linux-gnu.so"
    (build / compiled.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert compiled.current_build(build, root, modules) is None
    assert compiled.current_build(tmp_path / "ingen", root, modules) is None


def _detect(pure: bool, stored: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop(compiled.PURE_ENV, None)
    if pure:
        env[compiled.PURE_ENV] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(stored), *_CORPORA],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_compiled_modules_give_the_same_groups_as_the_sources(tmp_path: Path) -> None:
    if compiled.current_build() is None:
        pytest.skip("Ingen oppdatert kompilering (python scripts/compile_engine.py)")
    kept = tmp_path / "analyser.json"
    pure = _detect(pure=True, stored=kept)
    # the analyses the sources made, read by the build as a second session reads them
    kept.with_suffix(".mine").rename(kept)
    built = _detect(pure=False, stored=kept)
    assert built["active"] is True and str(built["file"]).startswith(str(compiled.BUILD_DIR))
    assert pure["active"] is False and str(pure["file"]).endswith("norwegian.py")
    assert built["groups"] == pure["groups"]
    assert built["stored"] == pure["groups"]
    # and the analyses the build made are the sources' to the letter
    assert kept.with_suffix(".mine").read_text(encoding="utf-8") == kept.read_text(encoding="utf-8")


def test_shared_marks_keep_a_heads_flags_apart_from_equal_tail_bits() -> None:
    """(compiled code checks that a head's marks are flags: ``(1,)`` shared for ``(True,)``
    failed a second session reading its kept analyses)"""
    bits = shared_marks((1, 0))
    flags = shared_marks((True, False))
    assert bits == flags
    assert [type(m) for m in flags] == [bool, bool] and [type(m) for m in bits] == [int, int]
    assert shared_marks((True, False)) is flags and shared_marks((1, 0)) is bits
