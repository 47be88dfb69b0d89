"""Every table of the models is classified in db/security.py: a new table fails here (and
``server init`` refuses) until someone has decided who owns its rows."""

from __future__ import annotations

import pytest
from sqlalchemy import Column, Integer, MetaData, Table

from kommunesamarbeid.db import security
from kommunesamarbeid.db.models import Base


def test_every_table_in_the_models_is_classified() -> None:
    missing = security.unclassified_tables()
    assert missing == [], (
        f"Tabellene {missing} mangler i db/security.py TABLES: bestem hvem som eier radene "
        "(MUNICIPALITY_DATA med owner_column/via, COORDINATED, LOG, ADMIN …)."
    )


def test_the_registry_names_no_table_that_is_gone() -> None:
    assert set(security.TABLES) <= set(Base.metadata.tables)


def test_a_new_table_is_caught_and_server_init_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table("a_table_nobody_classified", metadata, Column("id", Integer, primary_key=True))
    assert security.unclassified_tables(metadata) == ["a_table_nobody_classified"]
    reduced = dict(security.TABLES)
    del reduced["planned_purchase"]
    monkeypatch.setattr(security, "TABLES", reduced)
    with pytest.raises(security.UnclassifiedTablesError) as caught:
        security.security_plan("db", "public", [])
    assert caught.value.tables == ["planned_purchase"]


def test_every_classification_names_real_columns() -> None:
    for name, policy in security.TABLES.items():
        columns = set(Base.metadata.tables[name].columns.keys())
        if policy.kind is security.Kind.MUNICIPALITY_DATA:
            assert (policy.owner_column in columns) != (policy.via is not None), name
            if policy.via is not None:
                assert policy.via.column in columns, name
                parent = Base.metadata.tables[policy.via.parent].columns.keys()
                assert policy.via.parent_column in parent, name
        assert set(policy.officer_columns) <= columns, name
        if policy.kind is security.Kind.LOG:
            assert columns & set(security.LOGIN_COLUMNS), name


def test_the_plan_secures_every_table() -> None:
    sql = "\n".join(security.security_plan("ks", "public", [("lot", "ks_read")]).statements)
    for name in security.TABLES:
        assert f'ALTER TABLE "{name}" ENABLE ROW LEVEL SECURITY' in sql
        assert f'CREATE POLICY ks_read ON "{name}"' in sql
    assert 'DROP POLICY IF EXISTS "ks_read" ON "lot"' in sql  # idempotent: old ones go first
    assert "REVOKE CONNECT, TEMPORARY ON DATABASE" in sql
    # who changed a row is written by the database from the login
    assert "ks_stamp_login('created_by,updated_by'" in sql
    assert 'CREATE TRIGGER ks_stamp_decision BEFORE INSERT OR UPDATE ON "overlap_group"' in sql
