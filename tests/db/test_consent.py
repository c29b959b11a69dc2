"""The consent rule: one Python function, the same SQL for the listing, and a store migrated to end dates."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from matching import rules
from db import candidates, companies, consent, listing, matching_data, needs, shortlist_sources, shortlists
from db.errors import ValidationError
from db.schema import APPLICATION_ID, MIGRATIONS
from db.store import open_store

WHO = "Mette"
TODAY = dt.date.today()


def iso(days: int) -> str:
    return (TODAY + dt.timedelta(days=days)).isoformat()


CASES = [  # (consent_date, scope, until) -> valid today?
    ((iso(-10), "named_profile", iso(30)), True),
    ((iso(-10), "named_profile_and_contact", iso(0)), True),  # the last day still counts
    ((iso(-800), "named_profile", iso(-1)), False),  # expired yesterday
    ((None, None, None), False),
    ((iso(-10), "named_profile", None), False),  # no end date: none (the store always records one)
]


@pytest.mark.parametrize(("values", "valid"), CASES)
def test_python_rule_and_sql_rule_agree(store, values, valid):
    assert rules.has_valid_consent(*values, today=TODAY) is valid
    given, scope, until = values
    sql = consent.sql_valid("r")
    assert bool(store.execute(f"SELECT {sql} FROM (SELECT ? AS consent_date, ? AS consent_scope, "
                              "? AS consent_until) r", [given, scope, until]).fetchone()[0]) is valid


def test_a_consent_without_end_date_gets_the_default_and_a_renewal_a_new_one(store):
    pid = candidates.add(store, who=WHO, name="Ane", consent_date="2025-01-31", consent_scope="named_profile",
                         consent_by=WHO).id
    assert candidates.get(store, pid)["consent_until"] == "2027-01-31"
    candidates.update(store, pid, who=WHO, consent_date=iso(0))
    assert candidates.get(store, pid)["consent_until"] == rules.default_consent_until(iso(0))
    candidates.update(store, pid, who=WHO, consent_until=iso(40))
    assert candidates.get(store, pid)["consent_until"] == iso(40)
    with pytest.raises(ValidationError) as caught:
        candidates.update(store, pid, who=WHO, consent_until=iso(-400))
    assert [e.field for e in caught.value.errors] == ["consent_until"]
    candidates.update(store, pid, who=WHO, consent_date=None, consent_scope=None, consent_by=None)
    assert candidates.get(store, pid)["consent_until"] is None


def test_an_expired_consent_counts_as_none_in_listing_matching_and_shortlist(store):
    valid = candidates.add(store, who=WHO, name="Gyldig", consent_date=iso(-10), consent_scope="named_profile",
                           consent_by=WHO).id
    expired = candidates.add(store, who=WHO, name="Udløbet", consent_date=iso(-800), consent_scope="named_profile",
                             consent_by=WHO, consent_until=iso(-1)).id
    assert listing.ids(store, candidates.LISTING, filters={"consent": 1}) == [valid]
    assert listing.rows(store, candidates.LISTING, [expired])[expired]["consent"] == 0
    assert matching_data.load_candidate(store, valid).consent is True
    assert matching_data.load_candidate(store, expired).consent is False
    company = companies.add(store, who=WHO, name="Firma").id
    need = needs.add(store, who=WHO, company_id=company, title="Lager").id
    shortlists.add(store, need, expired, who=WHO)
    assert shortlists.entries(store, need)[0]["consent_valid"] == 0
    assert shortlist_sources.people(store, [expired])[expired]["consent_until"] == iso(-1)


def test_a_store_of_the_previous_version_migrates_with_its_shortlists_and_consents(store_path):
    from sqlite_utils import Database

    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0004_privacy")
    conn.execute("INSERT INTO candidates(name, consent_date, consent_scope, consent_by, created_at, updated_at) "
                 "VALUES ('Ole', '2025-03-01', 'named_profile', 'x', 'now', 'now')")
    company = companies.add(old, who=WHO, name="Gammel Smedie ApS").id
    need = needs.add(old, who=WHO, company_id=company, title="Smed").id
    entry = shortlists.add(old, need, 1, who=WHO).id
    shortlists.set_status(old, entry, "hired", who=WHO)
    counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("shortlist_entries", "shortlist_events", "shortlist_follow_ups", "audit")}
    conn.close()

    db = open_store(store_path)
    assert {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert db.execute("SELECT consent_until FROM candidates").fetchone() == ("2027-03-01",)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert {r[2] for r in db.execute("PRAGMA foreign_key_list(shortlist_events)")} == {"shortlist_entries",
                                                                                      "rejection_reasons"}
    notnull = {r[1]: r[3] for r in db.execute("PRAGMA table_info(shortlist_entries)")}
    assert notnull["candidate_id"] == 0 and notnull["need_id"] == 1
    db.close()
