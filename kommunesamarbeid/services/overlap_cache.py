"""Overlap detection's reading of each line, kept in the database between runs.

Analysing a line's words is most of a first detection run; the analysis depends only on the
line's normalised words, its written CPV code and the place names among its words, and on the
engine (code version, vocabulary files, CPV catalogue: ``TextModel.fingerprint``). A run reads
the analyses of its lines' texts from ``overlap_line_analysis`` (``attach``) and writes those it
had to make (``keep``), so the next run, in this process or another, on this machine or another
on the same server, starts from them. Rows of another engine are removed; rows of texts no
longer in any active line are removed once they outnumber the used ones. Keeping is best
effort: when it fails (a read-only login, a busy database) detection's result still stands.

The catalogue's labels as the engine read them (the English words learnt from the label pairs
and each label's words for CPV suggestions) are kept the same way, in one row of the same
engine (``labels_key``): a new session builds its text model from them (``model``) instead of
reading the ~9,000 labels again. The same reading is also kept in a file in the user's cache
folder (``cache_dir``, named by ``labels_key``: engine version, vocabulary files, catalogue), so a
new database, or a run that may not write to the database, starts from it too: the reading is
most of a first run's model. A file that cannot be read or is not such a reading is ignored
(and made again); one that cannot be written is left out.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Final

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kommunesamarbeid.core.errors import UserError
from kommunesamarbeid.core.overlap.analysis_store import labels_key
from kommunesamarbeid.core.overlap.detect import build_model, place_names
from kommunesamarbeid.core.overlap.features import TextModel
from kommunesamarbeid.core.overlap.model import MatchLine
from kommunesamarbeid.core.overlap.vocabulary import Vocabulary
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import OverlapLineAnalysis
from kommunesamarbeid.paths import cache_dir
from kommunesamarbeid.services.overlap_run import among, pg_insert

__all__ = ["attach", "keep", "model"]

_LOG = logging.getLogger(__name__)
#: Rows per insert (SQLite).
_CHUNK: Final = 1000
#: Stored rows of the engine may be this many times the texts in use before the unused go.
_SLACK: Final = 2
#: Readings of the labels kept in the cache folder (the newest).
_KEPT_FILES: Final = 3


def model(db: Database, vocabulary: Vocabulary, labels: Mapping[str, tuple[str, str]]) -> TextModel:
    """The text model of a run (``build_model``), made from the reading of the catalogue's
    labels an earlier run of the same engine kept, when there is one (``keep`` keeps it):
    reading the ~9,000 labels again is most of building a model in a new session."""

    def stored(fingerprint: str) -> str | None:
        key = labels_key(fingerprint)
        with db.sessions() as session:
            text = session.scalar(
                select(OverlapLineAnalysis.analysis).where(
                    OverlapLineAnalysis.key == key, OverlapLineAnalysis.engine == fingerprint
                )
            )
        if text is None:
            return _read_labels(key)
        file = _labels_file(key)
        if file is not None and not file.exists():
            _write_labels(key, text)  # (the model checks the text, as it does the file's)
        return text

    return build_model(vocabulary, labels, stored_labels=stored)


def _labels_file(key: str) -> Path | None:
    """Where the reading of the labels is kept on disk (None: no cache folder to be had)."""
    try:
        return cache_dir() / f"katalog-{key}.json"
    except OSError:
        return None


def _read_labels(key: str) -> str | None:
    """The text kept on disk under ``key`` (the model checks it is a reading of its catalogue,
    as it does the database's, and reads the labels again when it is not)."""
    file = _labels_file(key)
    if file is None:
        return None
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        return None


def _write_labels(key: str, text: str) -> None:
    """Keep the reading of the labels on disk, whole or not at all (a file written to a side
    name and then renamed: a reader never sees half of it). Best effort."""
    target = _labels_file(key)
    if target is None:
        return
    side: Path | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=target.parent, prefix=".katalog-", delete=False
        ) as file:
            side = Path(file.name)
            file.write(text)
        os.replace(side, target)
        # the readings of other engines (catalogues, vocabularies, versions) are let go, all
        # but the newest few (a coordinator may use databases of different catalogues)
        others = sorted(
            (p for p in target.parent.glob("katalog-*.json") if p != target),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in others[_KEPT_FILES - 1 :]:
            old.unlink(missing_ok=True)
    except OSError as exc:
        _LOG.info("Kunne ikke lagre katalogens lesning i hurtiglageret: %s", exc)
        if side is not None:
            side.unlink(missing_ok=True)


def attach(db: Database, model: TextModel, lines: Sequence[MatchLine]) -> list[str]:
    """Give ``model`` the stored analyses of ``lines``' texts; the names of all their texts
    (for ``keep``). Nothing when the engine has no fingerprint."""
    if not model.fingerprint:
        return []
    places = place_names(lines)
    names = list(dict.fromkeys(model.storage_key(model.key(line, places)) for line in lines))
    stored: dict[str, str] = {}
    with db.sessions() as session:
        for condition in among(session, OverlapLineAnalysis.key, names):
            rows = session.execute(
                select(OverlapLineAnalysis.key, OverlapLineAnalysis.analysis).where(
                    OverlapLineAnalysis.engine == model.fingerprint, condition
                )
            )
            stored.update((key, analysis) for key, analysis in rows)
    model.use_stored(stored)
    return names


def keep(db: Database, model: TextModel, used: Sequence[str]) -> int:
    """Store the analyses ``model`` made since ``attach`` and tidy the table; the number of
    rows written. Best effort: a failure is logged, never raised."""
    # encoded and written a batch at a time: a national-scale run's analyses are tens of
    # thousands of texts, and all of them at once were the run's highest memory
    batches = model.fresh_batches()
    if not model.fingerprint:
        return 0
    labels = model.take_labels()
    if labels is not None:
        _write_labels(*labels)
    written = 0
    try:
        with db.session() as session:
            if labels is not None:
                _write(session, model.fingerprint, {labels[0]: labels[1]})
                written += 1
            for batch in batches:
                _write(session, model.fingerprint, batch)
                written += len(batch)
            _tidy(session, model.fingerprint, {*used, labels_key(model.fingerprint)})
    except (SQLAlchemyError, UserError) as exc:
        _LOG.warning("Kunne ikke lagre linjeanalysene for neste søk: %s", exc)
        return 0
    return written


def _write(session: Session, engine: str, fresh: dict[str, str]) -> None:
    if not fresh:
        return
    # a row another coordinator's run stored meanwhile is the same analysis: left as it is
    if session.get_bind().dialect.name == "postgresql":
        pg_insert(
            session,
            "overlap_line_analysis",
            (("key", "text"), ("engine", "text"), ("analysis", "text")),
            [(key, engine, text) for key, text in fresh.items()],
            suffix="ON CONFLICT (key) DO NOTHING",
        )
        return
    from sqlalchemy.dialects import sqlite

    statement = sqlite.insert(OverlapLineAnalysis).on_conflict_do_nothing(index_elements=["key"])
    rows = [{"key": key, "engine": engine, "analysis": text} for key, text in fresh.items()]
    for start in range(0, len(rows), _CHUNK):
        session.execute(statement, rows[start : start + _CHUNK])


def _tidy(session: Session, engine: str, used: set[str]) -> None:
    """Rows of other engines go; rows of unused texts go when they outnumber the used ones."""
    session.execute(delete(OverlapLineAnalysis).where(OverlapLineAnalysis.engine != engine))
    count = session.scalar(
        select(func.count())
        .select_from(OverlapLineAnalysis)
        .where(OverlapLineAnalysis.engine == engine)
    )
    if not used or (count or 0) <= _SLACK * len(used):
        return
    unused = [
        key
        for key in session.scalars(
            select(OverlapLineAnalysis.key).where(OverlapLineAnalysis.engine == engine)
        )
        if key not in used
    ]
    for condition in among(session, OverlapLineAnalysis.key, unused):
        session.execute(delete(OverlapLineAnalysis).where(condition))
