"""Overlap detection: which planned purchases of different municipalities are the same need.

Public API: ``detect_overlaps`` / ``iter_detection`` with ``MatchLine``, ``DetectionSettings``,
``FixedGroup`` in and ``GroupResult`` out; ``load_vocabulary`` reads resources/vocabulary/;
``catalogue_from_csv`` reads a CPV catalogue file.

The names are loaded on first use (PEP 562): importing ``core.overlap.model`` for its small
data classes must not pull in numpy and the text engine (the desktop app's start-up time).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kommunesamarbeid.core.overlap import compiled as _compiled

# the reading modules compiled to C, when a build of their current sources exists (before
# any of them is imported: ``compiled``)
_compiled.activate()

if TYPE_CHECKING:  # the real imports, for type checkers and readers
    from kommunesamarbeid.core.overlap.catalogue import CpvCatalogue, catalogue_from_csv
    from kommunesamarbeid.core.overlap.detect import build_model, detect_overlaps, iter_detection
    from kommunesamarbeid.core.overlap.model import (
        DEFAULT_SENSITIVITY,
        DetectionCancelled,
        DetectionProgress,
        DetectionSettings,
        FixedGroup,
        GroupResult,
        MatchLine,
        MemberResult,
    )
    from kommunesamarbeid.core.overlap.vocabulary import (
        Vocabulary,
        VocabularyError,
        load_vocabulary,
    )

_WHERE = {
    "CpvCatalogue": "catalogue",
    "catalogue_from_csv": "catalogue",
    "build_model": "detect",
    "detect_overlaps": "detect",
    "iter_detection": "detect",
    "DEFAULT_SENSITIVITY": "model",
    "DetectionCancelled": "model",
    "DetectionProgress": "model",
    "DetectionSettings": "model",
    "FixedGroup": "model",
    "GroupResult": "model",
    "MatchLine": "model",
    "MemberResult": "model",
    "Vocabulary": "vocabulary",
    "VocabularyError": "vocabulary",
    "load_vocabulary": "vocabulary",
}

__all__ = [
    "DEFAULT_SENSITIVITY",
    "CpvCatalogue",
    "DetectionCancelled",
    "DetectionProgress",
    "DetectionSettings",
    "FixedGroup",
    "GroupResult",
    "MatchLine",
    "MemberResult",
    "Vocabulary",
    "VocabularyError",
    "build_model",
    "catalogue_from_csv",
    "detect_overlaps",
    "iter_detection",
    "load_vocabulary",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
