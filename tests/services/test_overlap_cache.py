"""Each line's analysis is kept in the database between detection runs (SQLite and
PostgreSQL): a new session starts from it, gives the same groups, and never uses an analysis
made under another engine (code, vocabulary, catalogue)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, insert, select, update

from kommunesamarbeid.core.overlap import analysis_store
from kommunesamarbeid.core.overlap import detect as core_detect
from kommunesamarbeid.core.overlap.analysis_store import ENGINE_VERSION, decode_labels, labels_key
from kommunesamarbeid.core.overlap.detect import build_model
from kommunesamarbeid.db.engine import Database
from kommunesamarbeid.db.models import CpvCode, OverlapLineAnalysis, PlannedPurchase
from kommunesamarbeid.paths import DATA_DIR_ENV, cache_dir, resource_path
from kommunesamarbeid.services import overlap, overlap_cache, overlap_run
from kommunesamarbeid.services.catalogue import catalogue_labels
from kommunesamarbeid.services.context import Actor
from kommunesamarbeid.services.demo import load_demo
from tests.core.overlap.overlap_helpers import SMALL_CATALOGUE, count_label_reads


def _new_session(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the program started again: no analyses kept in memory."""
    monkeypatch.setattr(overlap, "_vocabulary_cache", {})
    core_detect._MODELS.clear()


def _rows(db: Database) -> dict[str, str]:
    with db.sessions() as session:
        return dict(
            session.execute(select(OverlapLineAnalysis.key, OverlapLineAnalysis.engine)).all()
        )


def _groups(db: Database) -> list[tuple[tuple[int, ...], float, str, list[str]]]:
    return sorted(
        (tuple(sorted(g.line_ids)), g.score, g.title, g.reasons)
        for g in overlap.list_groups(db)
        if g.status == "candidate"
    )


def test_a_new_session_starts_from_the_kept_analyses_and_finds_the_same(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(db, actor)
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    kept = _rows(db)
    with db.sessions() as session:
        texts = session.scalar(
            select(func.count(func.distinct(PlannedPurchase.description))).where(
                PlannedPurchase.status == "active"
            )
        )
    assert texts and len(kept) >= texts * 0.9  # one per text (a few share wording)
    first = _groups(db)

    _new_session(monkeypatch)
    made: list[int] = []
    original = overlap_cache.keep

    def counting(db_: Database, model: object, used: list[str], **kwargs: Any) -> int:
        made.append(len(model._fresh))  # type: ignore[attr-defined]
        return original(db_, model, used, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(overlap_cache, "keep", counting)
    overlap.detect(db, actor)
    assert made == [0]  # every line's analysis came from the database
    assert _groups(db) == first
    assert _rows(db) == kept


def test_a_run_whose_groups_were_not_stored_keeps_no_analyses(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analyses are kept only when the groups were stored: a failed store leaves the
    table as it was, and the error is the store's."""
    load_demo(db, actor)
    _new_session(monkeypatch)

    def failing(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("lagringen feilet")

    monkeypatch.setattr(overlap_run, "store_candidates", failing)
    with pytest.raises(RuntimeError, match="lagringen feilet"):
        overlap.detect(db, actor)
    assert _rows(db) == {}
    assert _groups(db) == []
    monkeypatch.undo()
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert _rows(db) and _groups(db)


def test_an_analysis_of_another_engine_is_never_used_and_goes(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(db, actor)
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    first = _groups(db)
    with db.session() as session:
        # every kept analysis now belongs to another engine (another code or vocabulary)
        session.execute(update(OverlapLineAnalysis).values(engine="0000000000000000"))
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert _groups(db) == first
    assert "0000000000000000" not in set(_rows(db).values())


def test_a_changed_catalogue_is_another_engine(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_demo(db, actor)
    _new_session(monkeypatch)
    from kommunesamarbeid.core.overlap.detect import build_model

    labels = catalogue_labels(db)
    before = build_model(overlap.vocabulary(), labels).fingerprint
    changed = dict(labels)
    changed["90620000"] = ("Snørydding (ny tekst)", "Snow-clearing services")
    assert build_model(overlap.vocabulary(), changed).fingerprint != before


def test_lines_of_a_municipality_name_key_their_place_names(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same words with a place name of this run in them are another analysis."""
    from kommunesamarbeid.core.overlap.detect import build_model
    from kommunesamarbeid.services.overlap_run import active_lines

    load_demo(db, actor)
    with db.sessions() as session:
        lines = active_lines(session)
    model = build_model(overlap.vocabulary(), catalogue_labels(db))
    line = lines[0]
    plain = model.key(replace(line, description="Brøyting av veier"), frozenset({"alver"}))
    named = model.key(replace(line, description="Brøyting av veier i Alver"), frozenset({"alver"}))
    assert plain[3] == frozenset() and named[3] == frozenset({"alver"})
    assert model.storage_key(plain) != model.storage_key(named)


def test_listing_describes_each_group_as_reading_it_alone(db: Database, actor: Actor) -> None:
    """``list_groups`` (plain rows, for tens of thousands of members) and ``get_group`` (one
    group) give the same description, decisions and edits included."""
    load_demo(db, actor)
    overlap.detect(db, actor)
    first, second, *_ = [g for g in overlap.list_groups(db) if g.status == "candidate"]
    overlap.set_status(db, actor, first.id, "confirmed")
    if len(second.municipalities) > 2:
        overlap.remove_line(db, actor, second.id, second.active_members[-1].line_id)
    listed = overlap.list_groups(db)
    assert listed
    for group in listed:
        assert group == overlap.get_group(db, group.id)
    confirmed = next(g for g in listed if g.id == first.id)
    assert confirmed.decided_by == actor.user and confirmed.decided_at is not None


# ------------------------------------------------ the catalogue's labels as the engine read them


def _with_catalogue(db: Database, actor: Actor) -> None:
    load_demo(db, actor)
    with db.session() as session:
        session.execute(
            insert(CpvCode),
            [
                {"code": c, "label_no": no, "label_en": en}
                for c, (no, en) in SMALL_CATALOGUE.items()
            ],
        )


def _label_rows(db: Database) -> dict[str, str]:
    """engine -> the kept reading of the labels under it."""
    with db.sessions() as session:
        rows = session.execute(
            select(
                OverlapLineAnalysis.engine, OverlapLineAnalysis.key, OverlapLineAnalysis.analysis
            )
        ).all()
    return {engine: text for engine, key, text in rows if key == labels_key(engine)}


def test_a_new_session_builds_its_model_from_the_kept_reading_of_the_labels(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_catalogue(db, actor)
    _new_session(monkeypatch)
    reads = count_label_reads(monkeypatch)
    overlap.detect(db, actor)
    assert reads == [1]
    first = _groups(db)
    fresh = build_model(overlap.vocabulary(), catalogue_labels(db))
    kept = _label_rows(db)
    assert list(kept) == [fresh.fingerprint]
    assert decode_labels(kept[fresh.fingerprint]) == (
        fresh.analyzer.english,
        fresh.suggester.reading,
    )

    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert reads == [1]  # the labels were not read again
    stored = build_model(overlap.vocabulary(), catalogue_labels(db))
    assert stored is not fresh
    assert stored.suggester.reading == fresh.suggester.reading
    assert stored.analyzer.english == fresh.analyzer.english
    assert _groups(db) == first
    assert _label_rows(db) == kept


def test_the_kept_reading_of_the_labels_is_used_by_its_own_engine_only(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A changed catalogue, vocabulary or engine version reads the labels again (and the
    reading of the old engine goes); an unreadable row is read again, not trusted."""
    _with_catalogue(db, actor)
    _new_session(monkeypatch)
    reads = count_label_reads(monkeypatch)
    overlap.detect(db, actor)
    first = _groups(db)
    engines = [*_label_rows(db)]

    with db.session() as session:
        session.execute(
            update(CpvCode).where(CpvCode.code == "79540000").values(label_no="Tolking")
        )
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    engines.append(*_label_rows(db))

    vocabulary = replace(overlap.vocabulary(), fingerprint="another vocabulary")
    _new_session(monkeypatch)
    monkeypatch.setattr(
        overlap, "_vocabulary_cache", {str(resource_path("vocabulary")): vocabulary}
    )
    overlap.detect(db, actor)
    engines.append(*_label_rows(db))

    monkeypatch.setattr(analysis_store, "ENGINE_VERSION", "another version")
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    engines.append(*_label_rows(db))
    assert reads == [1, 1, 1, 1]
    assert len(set(engines)) == 4  # and each time only the new engine's row is left

    with db.session() as session:
        session.execute(update(OverlapLineAnalysis).values(analysis="[99]"))
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert reads == [1, 1, 1, 1, 1]
    monkeypatch.setattr(analysis_store, "ENGINE_VERSION", ENGINE_VERSION)
    with db.session() as session:
        session.execute(
            update(CpvCode)
            .where(CpvCode.code == "79540000")
            .values(label_no=SMALL_CATALOGUE["79540000"][0])
        )
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert _groups(db) == first


def _labels_files() -> dict[str, str]:
    """The readings of the labels kept in the user's cache folder: file name -> text."""
    return {p.name: p.read_text(encoding="utf-8") for p in cache_dir().glob("katalog-*.json")}


def test_a_new_database_builds_its_model_from_the_reading_kept_on_disk(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading of the labels is kept in the cache folder too, named by its engine (engine
    version, vocabulary, catalogue): a run on a database without it (a new one, or one that
    was never written to) starts from the file, and finds the same groups."""
    _with_catalogue(db, actor)
    _new_session(monkeypatch)
    reads = count_label_reads(monkeypatch)
    overlap.detect(db, actor)
    first = _groups(db)
    (engine, text), *others = _label_rows(db).items()
    assert not others
    assert _labels_files() == {f"katalog-{labels_key(engine)}.json": text}

    with db.session() as session:
        session.execute(delete(OverlapLineAnalysis))  # as in a new database
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert reads == [1]  # the labels were not read again: the file was used
    assert _groups(db) == first

    # a reading kept in the database and not on disk is put on disk
    _new_session(monkeypatch)
    with db.session() as session:
        session.execute(
            insert(OverlapLineAnalysis),
            [{"key": labels_key(engine), "engine": engine, "analysis": text}],
        )
    for path in cache_dir().glob("katalog-*.json"):
        path.unlink()
    overlap.detect(db, actor)
    assert reads == [1]
    assert _labels_files() == {f"katalog-{labels_key(engine)}.json": text}


@pytest.mark.parametrize("damage", ["", "[1, 2", "[99]", "[1, [], [], []]", "\udcff"])
def test_a_damaged_file_is_read_again_and_written_anew_never_an_error(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    _with_catalogue(db, actor)
    _new_session(monkeypatch)
    reads = count_label_reads(monkeypatch)
    overlap.detect(db, actor)
    first = _groups(db)
    (text,) = _label_rows(db).values()
    with db.session() as session:
        session.execute(delete(OverlapLineAnalysis))
    (path,) = cache_dir().glob("katalog-*.json")
    path.write_bytes(damage.encode("utf-8", "surrogateescape"))

    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert reads == [1, 1]  # read again, not trusted
    assert _groups(db) == first
    assert _labels_files() == {path.name: text}  # and kept whole again
    assert not [p for p in cache_dir().iterdir() if p.name.startswith(".katalog-")]


def test_without_a_cache_folder_detection_reads_the_labels_and_goes_on(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path))
    _with_catalogue(db, actor)
    _new_session(monkeypatch)
    reads = count_label_reads(monkeypatch)
    overlap.detect(db, actor)
    first = _groups(db)
    assert reads == [1]
    assert _label_rows(db)  # the database still keeps it

    with db.session() as session:
        session.execute(delete(OverlapLineAnalysis))
    _new_session(monkeypatch)
    overlap.detect(db, actor)
    assert reads == [1, 1]
    assert _groups(db) == first


def test_the_cache_folder_keeps_the_readings_of_the_newest_engines_only(
    db: Database, actor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each new engine (here: a new vocabulary) writes its own file; the oldest go, so the
    folder does not grow with every version."""
    _with_catalogue(db, actor)
    names = []
    for number in range(5):
        vocabulary = replace(overlap.vocabulary(), fingerprint=f"vocabulary {number}")
        _new_session(monkeypatch)
        monkeypatch.setattr(
            overlap, "_vocabulary_cache", {str(resource_path("vocabulary")): vocabulary}
        )
        overlap.detect(db, actor)
        (engine,) = _label_rows(db)
        names.append(f"katalog-{labels_key(engine)}.json")
        assert names[-1] in _labels_files()
    assert sorted(_labels_files()) == sorted(names[-overlap_cache._KEPT_FILES :])
