"""The outbox: a joined store notes every write in the write's own transaction; a store that never
joined writes nothing extra."""

from __future__ import annotations

import pytest

from db import companies, records
from db.errors import ValidationError
from db.team import outbox

ME = "konsulent"


def _outbox(db):
    return [tuple(r) for r in db.execute("SELECT tbl, op, fields FROM team_outbox ORDER BY id")]


def _join(db):
    with records.transaction(db):
        return outbox.join(db, server="host=localhost", client="11111111-1111-1111-1111-111111111111",
                           at=records.now())


def test_a_store_that_never_joined_writes_no_outbox_rows_and_no_global_ids(store):
    company = companies.add(store, who=ME, name="Smedien ApS").id
    companies.update(store, company, who=ME, name="Smedien A/S")
    companies.delete(store, company, who=ME)
    assert _outbox(store) == []
    assert store.execute("SELECT count(*) FROM team_ids").fetchone()[0] == 0
    assert outbox.waiting(store) == 0


def test_joining_queues_every_shared_record_the_store_holds(store):
    companies.add(store, who=ME, name="Smedien ApS")
    assert _join(store) == 1
    assert _outbox(store) == [("companies", "insert", "*")]


def test_a_joined_store_notes_create_edit_and_delete_with_one_global_id(store):
    _join(store)
    company = companies.add(store, who=ME, name="Smedien ApS").id
    companies.update(store, company, who=ME, name="Smedien A/S")
    companies.delete(store, company, who=ME)
    assert [row[:2] for row in _outbox(store)] == [("companies", "insert"), ("companies", "update"),
                                                   ("companies", "delete")]
    assert _outbox(store)[1][2] == "name,name_key"
    assert len({r[0] for r in store.execute("SELECT gid FROM team_outbox")}) == 1
    assert outbox.waiting(store) == 3


def test_a_refused_write_leaves_no_outbox_row(store):
    _join(store)
    with pytest.raises(ValidationError):
        companies.add(store, who=ME, name="")
    assert _outbox(store) == []


def test_a_new_record_that_gets_a_deleted_records_local_id_gets_its_own_global_id(store):
    _join(store)
    companies.add(store, who=ME, name="Smedien ApS")
    deleted = companies.add(store, who=ME, name="Bageriet I/S").id
    companies.delete(store, deleted, who=ME)
    new = companies.add(store, who=ME, name="Kantinen ApS").id
    assert new == deleted  # SQLite reuses the highest id
    gids = [r[0] for r in store.execute("SELECT gid FROM team_outbox ORDER BY id")]
    assert gids[1] == gids[2] != gids[3]
    assert outbox.gid(store, "companies", new) == gids[3]
