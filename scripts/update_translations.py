"""Keep the user-interface translations in step with the GUI sources and compile them.

    .venv/bin/python scripts/update_translations.py           # lupdate + lrelease, print the counts
    .venv/bin/python scripts/update_translations.py --check   # change nothing; exit 1 when a .ts
                                                              # is out of step or not finished

The source language is bokmål (the texts in the code); nynorsk is the one translation. `lupdate`
(Qt Linguist) reads every ``tr()``/``translate()`` in ``kommunesamarbeid/gui`` into
``resources/i18n/kommunesamarbeid_<lang>.ts``, keeping what is translated and marking new texts
unfinished; `lrelease` compiles the ``.ts`` into the ``.qm`` the program loads. Both ship with
PySide6. ``qtbase_nb.ts`` holds Qt's own texts (standard buttons, edit menus) in bokmål, which Qt
does not ship; it is only compiled. The ``.qm`` files are committed, so source, wheel and installer
bundle find them without a build step; ``--check`` (and tests/gui/test_i18n.py) make sure they
match the ``.ts`` files.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
GUI = ROOT / "kommunesamarbeid" / "gui"
SOURCE_LANGUAGE = "nb_NO"
#: Language code → Qt's name for it in the .ts header.
LANGUAGES = {"nn": "nn_NO"}
#: Translations of Qt's own texts that Qt does not ship: compiled, not extracted from our sources.
QT_ONLY = ("qtbase_nb",)


@dataclass(frozen=True, slots=True)
class Counts:
    """What lrelease says it compiled (Qt Linguist's own count)."""

    generated: int
    finished: int
    unfinished: int
    untranslated: int


@dataclass(frozen=True, slots=True)
class SyncReport:
    """How a .ts differs from the texts in the sources: ``(context, source)`` pairs."""

    new: list[tuple[str, str]]
    vanished: list[tuple[str, str]]

    def describe(self) -> str:
        lines = []
        if self.new:
            lines.append(f"{len(self.new)} nye tekster i kildekoden som mangler i .ts-filen:")
            lines += [f"  + [{context}] {source!r}" for context, source in self.new]
        if self.vanished:
            lines.append(f"{len(self.vanished)} tekster i .ts-filen som ikke lenger finnes:")
            lines += [f"  - [{context}] {source!r}" for context, source in self.vanished]
        if lines:
            lines.append("Kjør: .venv/bin/python scripts/update_translations.py")
        return "\n".join(lines)


def stem(lang: str) -> str:
    return f"kommunesamarbeid_{lang}"


def ts_path(lang: str) -> Path:
    """The .ts file for a language code (``nn``) or a Qt-only file's stem (``qtbase_nb``)."""
    return I18N / f"{lang if lang in QT_ONLY else stem(lang)}.ts"


def qm_path(lang: str) -> Path:
    return ts_path(lang).with_suffix(".qm")


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6: next to this Python first, then on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"Fant ikke {name} (følger med PySide6; er .venv installert?)")
    return found


def gui_sources() -> list[Path]:
    return sorted(GUI.rglob("*.py"))


def run_lupdate(ts: Path, lang: str) -> str:
    """Update ``ts`` from the GUI sources (no file locations: stable diffs, easy merges)."""
    cmd = [
        tool("pyside6-lupdate"),
        "-source-language",
        SOURCE_LANGUAGE,
        "-target-language",
        LANGUAGES[lang],
        "-no-obsolete",
        "-locations",
        "none",
        *(str(p) for p in gui_sources()),
        "-ts",
        str(ts),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT)
    return done.stdout + done.stderr


def run_lrelease(ts: Path, qm: Path) -> Counts:
    """Compile ``ts`` into ``qm`` and return lrelease's own counts."""
    done = subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=True,
    )
    return parse_lrelease(done.stdout + done.stderr)


def parse_lrelease(output: str) -> Counts:
    generated = re.search(
        r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)", output
    )
    if generated is None:
        raise ValueError(f"Uventet svar fra lrelease:\n{output}")
    ignored = re.search(r"Ignored (\d+) untranslated source text\(s\)", output)
    return Counts(
        generated=int(generated.group(1)),
        finished=int(generated.group(2)),
        unfinished=int(generated.group(3)),
        untranslated=int(ignored.group(1)) if ignored else 0,
    )


def source_texts(ts: Path) -> set[tuple[str, str]]:
    """Every ``(context, source)`` in a .ts file that is not obsolete or vanished."""
    root = ET.parse(ts).getroot()
    texts = set()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind not in ("obsolete", "vanished"):
                texts.add((name, message.findtext("source", "")))
    return texts


def sync_report(lang: str) -> SyncReport:
    """Run lupdate on a temporary copy of the .ts and compare its texts with the committed one."""
    committed = ts_path(lang)
    with tempfile.TemporaryDirectory(prefix="ks-i18n-") as tmp:
        copy = Path(tmp) / committed.name
        shutil.copyfile(committed, copy)
        run_lupdate(copy, lang)
        fresh = source_texts(copy)
    before = source_texts(committed)
    return SyncReport(new=sorted(fresh - before), vanished=sorted(before - fresh))


def compiled_matches(lang: str) -> tuple[bool, Counts]:
    """Whether the committed .qm is exactly what lrelease makes of the committed .ts."""
    with tempfile.TemporaryDirectory(prefix="ks-i18n-") as tmp:
        fresh = Path(tmp) / "fresh.qm"
        counts = run_lrelease(ts_path(lang), fresh)
        same = qm_path(lang).is_file() and fresh.read_bytes() == qm_path(lang).read_bytes()
    return same, counts


def describe(lang: str, counts: Counts) -> str:
    return (
        f"{ts_path(lang).name}: {counts.generated} oversettelser "
        f"({counts.finished} ferdige, {counts.unfinished} uferdige), "
        f"{counts.untranslated} uoversatte tekster"
    )


def check() -> int:
    failures = []
    for lang in (*LANGUAGES, *QT_ONLY):
        if lang in LANGUAGES:
            report = sync_report(lang)
            if report.new or report.vanished:
                failures.append(report.describe())
        same, counts = compiled_matches(lang)
        print(describe(lang, counts))
        if counts.unfinished or counts.untranslated:
            failures.append(f"{ts_path(lang).name} er ikke ferdig oversatt.")
        if not same:
            failures.append(f"{qm_path(lang).name} er ikke kompilert fra den siste .ts-filen.")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


def update() -> int:
    unfinished = False
    for lang in (*LANGUAGES, *QT_ONLY):
        if lang in LANGUAGES:
            print(run_lupdate(ts_path(lang), lang).strip())
        counts = run_lrelease(ts_path(lang), qm_path(lang))
        print(describe(lang, counts))
        unfinished = unfinished or bool(counts.unfinished or counts.untranslated)
    if unfinished:
        print(
            "Noen tekster mangler oversettelse: åpne .ts-filen i Qt Linguist "
            "(.venv/bin/pyside6-linguist), oversett dem og kjør skriptet igjen.",
            file=sys.stderr,
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="endre ingenting; feil når noe ikke stemmer"
    )
    args = parser.parse_args(argv)
    return check() if args.check else update()


if __name__ == "__main__":
    raise SystemExit(main())
