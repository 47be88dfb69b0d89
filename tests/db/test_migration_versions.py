"""Migration 0016 on a database with data: every existing row gets version 1, and who changed
it last and when from what is known (a group's decision, a part's proposal)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine, text

from kommunesamarbeid.db import migrate


def test_existing_rows_get_a_version_and_who_changed_them(db_url: str) -> None:
    engine = create_engine(db_url)
    migrate.upgrade(engine, "0014")
    when = dt.datetime(2026, 11, 2, 9, 30)
    with engine.begin() as conn:
        for sql in (
            "INSERT INTO municipality (id, name, created_at, created_by, updated_at, updated_by) "
            "VALUES (1, 'Alver kommune', :t, 'a', :t, 'a'), (2, 'Fedje kommune', :t, 'a', :t, 'a')",
            "INSERT INTO overlap_group (id, status, score, reasons, edited, title_by_user, "
            "created_at, created_by, decided_at, decided_by) "
            "VALUES (1, 'confirmed', 0.9, '[]', false, false, :t, 'detect', :t, 'kari')",
            "INSERT INTO joint_proposal (id, reference, title, need_description, status, "
            "is_framework, climate_text, innovation_text, dialogue_text, local_market_text, "
            "roles_text, risks_text, no_lots_reason, version, created_at, created_by, "
            "updated_at, updated_by) VALUES (1, 'FA-2026-001', 'Brøyting', '', 'utkast', true, "
            "'', '', '', '', '', '', '', 4, :t, 'per', :t, 'per')",
            "INSERT INTO proposal_participant (id, proposal_id, municipality_id, contact_name, "
            "contact_email, signatory_name, signatory_title) VALUES (1, 1, 1, '', '', '', '')",
            "INSERT INTO lot (id, proposal_id, number, title, description, basis) "
            "VALUES (1, 1, 1, 'Nord', '', 'area')",
            "INSERT INTO milestone (id, proposal_id, kind, title, done) "
            "VALUES (1, 1, 'announcement', 'Kunngjøring', false)",
        ):
            conn.execute(text(sql), {"t": when})
    migrate.upgrade(engine, "head")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version FROM municipality")).scalars().all() == [1, 1]
        group = conn.execute(text("SELECT version, updated_by FROM overlap_group")).one()
        assert tuple(group) == (1, "kari")
        for table in ("proposal_participant", "lot", "milestone"):
            version, by, at = conn.execute(
                text(f"SELECT version, updated_by, updated_at FROM {table}")
            ).one()
            assert (version, by) == (1, "per"), table
            assert str(at).startswith("2026-11-02 09:30"), (table, at)
    migrate.downgrade(engine, "0014")
    migrate.upgrade(engine, "head")
    engine.dispose()
