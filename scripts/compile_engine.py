"""Compile the engine's reading modules to C with mypyc (``core.overlap.compiled``).

    .venv/bin/python scripts/compile_engine.py [--force | --check | --remove]

Builds ``compiled.MODULES`` into ``build/engine/`` with a manifest of the hashes of their
sources and of the sources they import; the package uses the build only while every one of them
is unchanged (otherwise it runs the sources, as without a build). Does nothing when the build is
current (``--force`` builds anyway); ``--check`` only tells (exit 0 when current, 1 when not);
``--remove`` deletes the build. Needs a C compiler and Python's headers; exits 1 if the build
fails (the engine then runs as Python, with the same results, only slower). Takes two to three
minutes on two busy cores.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ["KOMMUNESAMARBEID_PURE_PYTHON"] = "1"  # (this process never loads the build)

from kommunesamarbeid.core.overlap import compiled  # noqa: E402

PACKAGE = Path("kommunesamarbeid", "core", "overlap")


def build(target: Path) -> None:
    """Compile the modules into ``target`` (a new folder), manifest last."""
    from mypyc.build import mypycify
    from setuptools import setup

    # (before compiling: an edit meanwhile makes the build stale, not wrong)
    hashes = compiled.source_hashes(compiled.dependencies())
    with tempfile.TemporaryDirectory(prefix="compile_engine.") as temp:
        work = Path(temp)
        here = Path.cwd()
        os.chdir(work)  # (not the project's folder: setuptools would read its pyproject.toml)
        try:
            extensions = mypycify(
                [str(ROOT / PACKAGE / f"{name}.py") for name in compiled.MODULES],
                opt_level="3",
                group_name=compiled.GROUP,
                target_dir=str(work / "c"),
            )
            setup(
                name="kommunesamarbeid-engine",
                ext_modules=extensions,
                script_args=[
                    "--quiet",
                    "build_ext",
                    "--build-lib",
                    str(work / "lib"),
                    "--build-temp",
                    str(work / "temp"),
                ],
            )
        finally:
            os.chdir(here)
        suffix = compiled.abi_tag()
        files = {name: str(PACKAGE / f"{name}{suffix}") for name in compiled.MODULES}
        files[compiled.GROUP] = f"{compiled.GROUP}__mypyc{suffix}"
        for relative in files.values():
            (target / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(work / "lib" / relative, target / relative)
    manifest = {"abi": suffix, "sources": hashes, "files": files}
    (target / compiled.MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="build even when current")
    parser.add_argument("--check", action="store_true", help="exit 0 when current, else 1")
    parser.add_argument("--remove", action="store_true", help="delete the build")
    args = parser.parse_args(argv)
    if args.check:
        return 0 if compiled.current_build() is not None else 1
    final = compiled.BUILD_DIR
    if args.remove:
        shutil.rmtree(final, ignore_errors=True)
        print(f"compile_engine: removed {final}")
        return 0
    if not args.force and compiled.current_build() is not None:
        print("compile_engine: the build is current")
        return 0
    fresh = final.with_name(final.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    fresh.mkdir(parents=True)
    try:
        build(fresh)
    except (Exception, SystemExit) as error:  # (setuptools exits on a compiler error)
        shutil.rmtree(fresh, ignore_errors=True)
        print(f"compile_engine: the build failed ({error}); the engine runs as Python")
        return 1
    shutil.rmtree(final, ignore_errors=True)
    fresh.rename(final)
    current = compiled.current_build() is not None
    print(f"compile_engine: built {len(compiled.MODULES)} modules in {final}")
    return 0 if current else 1


if __name__ == "__main__":
    raise SystemExit(main())
