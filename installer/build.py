"""Build the kommunesamarbeid bundle (PyInstaller) and, on Windows, the installer (Inno Setup).

    python installer/build.py            # dist/kommunesamarbeid/ + build/installer/kommunesamarbeid.iss
    python installer/build.py --selftest # … then run the bundled self-test

On Windows with Inno Setup 6 installed (ISCC.exe on PATH or in the default folder) it also
compiles dist/kommunesamarbeid-<version>-oppsett.exe. Version and names come from the package.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "kommunesamarbeid.spec"
ISS_TEMPLATE = ROOT / "installer" / "kommunesamarbeid.iss.in"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ISS_OUT = ROOT / "build" / "installer" / "kommunesamarbeid.iss"


def package_info() -> dict[str, str]:
    text = (ROOT / "kommunesamarbeid" / "__init__.py").read_text(encoding="utf-8")

    def grab(name: str) -> str:
        match = re.search(rf'^{name} = "([^"]+)"', text, re.MULTILINE)
        if match is None:
            raise SystemExit(f"Fant ikke {name} i kommunesamarbeid/__init__.py")
        return match.group(1)

    version = grab("__version__")
    numeric = ".".join([*re.findall(r"\d+", version), "0", "0", "0"][:4])
    return {
        "VERSION": version,
        "VERSION_NUMERIC": numeric,
        "APP_NAME": grab("APP_NAME"),
        "APP_DISPLAY_NAME": grab("APP_DISPLAY_NAME"),
        "DIST_DIR": str(DIST / "kommunesamarbeid"),
        "ICON": str(ROOT / "resources" / "icons" / "kommunesamarbeid.ico"),
        "OUTPUT_DIR": str(DIST),
        "LICENSE_FILE": str(ROOT / "installer" / "LISENS.txt"),
    }


def run_pyinstaller() -> Path:
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    print("==>", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    bundle = DIST / "kommunesamarbeid"
    exe = bundle / ("kommunesamarbeid.exe" if os.name == "nt" else "kommunesamarbeid")
    if not exe.exists():
        raise SystemExit(f"PyInstaller laget ikke {exe}")
    return bundle


def write_iss(info: dict[str, str]) -> Path:
    text = ISS_TEMPLATE.read_text(encoding="utf-8")
    for key, value in info.items():
        text = text.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        raise SystemExit(f"Uutfylte felt i Inno Setup-malen: {sorted(set(leftover))}")
    ISS_OUT.parent.mkdir(parents=True, exist_ok=True)
    # Inno Setup reads a UTF-8 script when it starts with a byte-order mark.
    ISS_OUT.write_text("\ufeff" + text, encoding="utf-8")
    return ISS_OUT


def find_iscc() -> str | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    candidates = [
        Path(os.environ.get("PROGRAMFILES(X86)", r"C:\Program Files (x86)")) / "Inno Setup 6",
        Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "Inno Setup 6",
        Path(os.environ.get("LOCALAPPDATA", "")) / "Programs" / "Inno Setup 6",
    ]
    for folder in candidates:
        if (folder / "ISCC.exe").exists():
            return str(folder / "ISCC.exe")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(
        description="Bygg kommunesamarbeid-pakken og installasjonsprogrammet."
    )
    parser.add_argument(
        "--selftest", action="store_true", help="kjør den pakkede selvtesten etterpå"
    )
    args = parser.parse_args()
    info = package_info()
    bundle = run_pyinstaller()
    iss = write_iss(info)
    print(f"==> Pakke: {bundle}")
    print(f"==> Inno Setup-skript: {iss}")
    if platform.system() == "Windows":
        iscc = find_iscc()
        if iscc:
            subprocess.run([iscc, str(iss)], check=True)
            print(
                f"==> Installasjonsprogram: {DIST / ('kommunesamarbeid-' + info['VERSION'] + '-oppsett.exe')}"
            )
        else:
            print(
                "Inno Setup 6 (ISCC.exe) ble ikke funnet; installer det fra jrsoftware.org og kjør igjen."
            )
    if args.selftest:
        exe = bundle / ("kommunesamarbeid-cli.exe" if os.name == "nt" else "kommunesamarbeid")
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        done = subprocess.run([str(exe), "--selftest"], env=env)
        return done.returncode
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
