"""Overlap detection: which planned purchases of different municipalities are the same need.

Public API: ``detect_overlaps`` / ``iter_detection`` with ``MatchLine``, ``DetectionSettings``,
``FixedGroup`` in and ``GroupResult`` out; ``load_vocabulary`` reads resources/vocabulary/;
``catalogue_from_csv`` reads a CPV catalogue file.
"""

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
from kommunesamarbeid.core.overlap.vocabulary import Vocabulary, VocabularyError, load_vocabulary

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
