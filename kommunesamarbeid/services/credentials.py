"""Database passwords: kept in the operating system's keyring, never in a file the app writes.

The settings file holds the database URL *without* its password; the password lives in the
OS keyring (Windows Credential Manager, macOS Keychain, the Secret Service on a Linux desktop)
under the service ``kommunesamarbeid`` and the key ``user@host:port/database``. Where no
keyring exists (a headless Linux), nothing is stored: libpq's own password file
(``~/.pgpass``, on Windows ``%APPDATA%\\postgresql\\pgpass.conf``) or service file does the
job, or the GUI asks for the password each time it starts. With the organisation's single
sign-on (GSSAPI/SSPI) there is no password at all.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

log = logging.getLogger(__name__)

SERVICE = "kommunesamarbeid"

NO_KEYRING = (
    "Passordet kan ikke huskes på denne maskinen, fordi den ikke har noen nøkkelring "
    "(f.eks. en Linux-maskin uten skrivebord). Programmet spør etter passordet ved hver start; "
    "vil du slippe, legg det i PostgreSQL sin passordfil (~/.pgpass, på Windows "
    "%APPDATA%\\postgresql\\pgpass.conf) eller bruk organisasjonens pålogging (GSSAPI/SSPI)."
)


@dataclass(frozen=True, slots=True)
class SplitUrl:
    """A database target with the password taken out."""

    target: str
    password: str | None


def split_password(target: str) -> SplitUrl:
    """The URL without its password (as stored in the settings), and the password."""
    if "://" not in target:
        return SplitUrl(target, None)
    try:
        url = make_url(target)
    except ArgumentError:
        return SplitUrl(target, None)
    if url.password is None:
        return SplitUrl(target, None)
    # (URL.set(password=None) keeps the password: None there means "unchanged")
    without = url._replace(password=None)
    return SplitUrl(without.render_as_string(hide_password=False), str(url.password))


def keyring_key(url: URL) -> str:
    """The keyring entry's name for a server login: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _backend() -> Any:
    """The OS keyring, or None where there is none (headless Linux, a service account)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except Exception:  # pragma: no cover - keyring is a dependency
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return backend


def has_keyring() -> bool:
    return _backend() is not None


def stored_password(url: URL) -> str | None:
    """The password remembered for this login and server, if any."""
    backend = _backend()
    if backend is None or not url.username:
        return None
    try:
        return backend.get_password(SERVICE, keyring_key(url))
    except Exception as exc:  # a locked or broken keyring is not a reason to crash
        log.warning("Kunne ikke lese nøkkelringen: %s", exc.__class__.__name__)
        return None


def store_password(url: URL, password: str) -> str | None:
    """Remember the password in the keyring; returns None, or why it could not be kept."""
    backend = _backend()
    if backend is None:
        return NO_KEYRING
    try:
        backend.set_password(SERVICE, keyring_key(url), password)
    except Exception as exc:
        log.warning("Kunne ikke lagre i nøkkelringen: %s", exc.__class__.__name__)
        return (
            f"Passordet kunne ikke lagres i nøkkelringen ({exc.__class__.__name__}). " + NO_KEYRING
        )
    return None


def forget_password(url: URL) -> None:
    backend = _backend()
    if backend is None or not url.username:
        return
    try:
        backend.delete_password(SERVICE, keyring_key(url))
    except Exception:  # nothing stored: nothing to forget
        return
