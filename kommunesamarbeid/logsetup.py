"""Logging to a rotating file in the user's log folder (and stderr when asked)."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from kommunesamarbeid.paths import log_dir


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return
    handler = RotatingFileHandler(
        log_dir() / "kommunesamarbeid.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
