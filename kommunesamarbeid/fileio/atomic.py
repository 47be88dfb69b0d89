"""Writing an export safely: a temporary file beside the target, moved into place when complete.

A failed or cancelled export never leaves a half-written file where the user expects one, and
what a killed export leaves behind (the temporary file or folder) is removed the next time the
program starts: each temporary is noted in a small journal in the user's data folder while it
exists (``pending-exports/``), and ``clean_interrupted()`` removes the temporaries of entries
whose program is no longer running.

File-system trouble (no such folder, a folder as target, no permission, a full disk) is
refused with the error model's kinds (``from_os_error``), never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Final

from kommunesamarbeid.core.errors import BadValueError, MissingFileError, from_os_error

__all__ = ["TEMP_PREFIX", "atomic_file", "atomic_folder", "clean_interrupted", "journal_dir"]

log = logging.getLogger(__name__)

#: Every temporary an export makes starts with this (and nothing else does).
TEMP_PREFIX: Final = ".kommunesamarbeid-tmp-"
#: A journal entry this old is stale even when its process id is in use again.
STALE_AFTER_S: Final = 24 * 3600


def journal_dir() -> Path:
    """Where the temporaries in use are noted (not created until an export runs)."""
    from kommunesamarbeid.paths import DATA_DIR_ENV, data_dir

    override = os.environ.get(DATA_DIR_ENV)
    base = Path(override) if override else data_dir()
    return base / "pending-exports"


def _note(path: Path) -> Path | None:
    """Write a journal entry for a temporary; None when the journal cannot be written (the
    export still runs: only the clean-up after a crash is lost)."""
    entry = journal_dir() / f"{os.getpid()}-{uuid.uuid4().hex}.json"
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        entry.write_text(
            json.dumps({"pid": os.getpid(), "path": str(path), "created": time.time()}),
            encoding="utf-8",
        )
    except OSError:
        log.info("Kunne ikke notere midlertidig fil %s", path, exc_info=True)
        return None
    return entry


def _forget(entry: Path | None) -> None:
    if entry is not None:
        with contextlib.suppress(OSError):
            entry.unlink()


def _remove(path: Path) -> None:
    if not path.name.startswith(TEMP_PREFIX):
        return  # never anything but our own temporaries
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def clean_interrupted() -> list[Path]:
    """Remove the temporaries of exports whose program stopped; returns what was removed."""
    folder = journal_dir()
    if not folder.is_dir():
        return []
    removed: list[Path] = []
    now = time.time()
    for entry in folder.glob("*.json"):
        try:
            info = json.loads(entry.read_text(encoding="utf-8"))
            pid, path, created = int(info["pid"]), Path(info["path"]), float(info["created"])
        except (OSError, ValueError, KeyError, TypeError):
            _forget(entry)  # unreadable: nothing to act on
            continue
        if _running(pid) and now - created < STALE_AFTER_S:
            continue
        if path.exists():
            _remove(path)
            removed.append(path)
        _forget(entry)
    if removed:
        log.info("Fjernet %d midlertidige filer fra avbrutte eksporter", len(removed))
    return removed


def _check_folder(folder: Path) -> None:
    if not folder.exists():
        raise MissingFileError(
            f"Mappen «{folder}» finnes ikke.", hint="Lag mappen først, eller velg en annen mappe."
        )
    if not folder.is_dir():
        raise BadValueError(
            f"«{folder}» er en fil, ikke en mappe.", hint="Velg en mappe å lagre i."
        )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_file(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out``, moved to ``out`` when the block ends without error."""
    out = out.expanduser().absolute()
    _check_folder(out.parent)
    if out.is_dir():
        raise BadValueError(
            f"«{out}» er en mappe, ikke en fil.",
            hint=f"Oppgi et filnavn i mappen, f.eks. «{out / ('eksport' + out.suffix)}».",
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{out.stem[:40]}-", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise from_os_error(exc, out, writing=True) from exc
    tmp = Path(name)
    entry = _note(tmp)
    try:
        yield tmp
        # mkstemp makes the file private (0600); give it the mode a normal new file gets.
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except OSError as exc:
        raise from_os_error(exc, out, writing=True) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        _forget(entry)


@contextlib.contextmanager
def atomic_folder(outdir: Path) -> Iterator[Path]:
    """A temporary folder inside ``outdir`` (made if missing); the caller moves the finished
    files out of it. The folder and anything left in it are removed when the block ends."""
    outdir = outdir.expanduser().absolute()
    if outdir.exists() and not outdir.is_dir():
        raise BadValueError(f"«{outdir}» er en fil, ikke en mappe.", hint="Velg en mappe.")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=outdir))
    except OSError as exc:
        raise from_os_error(exc, outdir, writing=True) from exc
    entry = _note(tmp)
    try:
        yield tmp
    except OSError as exc:
        raise from_os_error(exc, outdir, writing=True) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        _forget(entry)
