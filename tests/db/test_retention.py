"""Retention rules on real store files: what they select and why, keeping with a note, and erasing the rest."""

from __future__ import annotations

import datetime as dt

import pytest

from db import candidates, companies, contacts, needs, retention, shortlists

WHO = "Mette"
TODAY = dt.date.today()


def ago(days: int) -> str:
    return (TODAY - dt.timedelta(days=days)).isoformat()


def age(db, table, record_id, days):
    db.execute(f"UPDATE {table} SET updated_at = ?, created_at = ? WHERE id = ?", [ago(days), ago(days), record_id])


def selected(db, rules=retention.Rules()):
    return [(p.table, p.record_id, p.rule) for p in retention.proposals(db, rules)]


def test_inactive_candidates_by_their_last_change_or_shortlist_step(store):
    quiet = candidates.add(store, who=WHO, name="Stille").id
    busy = candidates.add(store, who=WHO, name="Travl").id
    recent = candidates.add(store, who=WHO, name="Ny").id
    age(store, "candidates", quiet, 400)
    age(store, "candidates", busy, 400)
    age(store, "candidates", recent, 300)
    company = companies.add(store, who=WHO, name="Firma").id
    need = needs.add(store, who=WHO, company_id=company, title="Lager").id
    shortlists.add(store, need, busy, who=WHO)  # a shortlist step is activity
    assert selected(store) == [("candidates", quiet, "inactive")]
    assert selected(store, retention.Rules(candidate_inactive_months=9)) == [
        ("candidates", quiet, "inactive"), ("candidates", recent, "inactive")]


def test_expired_consent_is_listed_until_kept_and_again_after_a_new_end_date(store):
    pid = candidates.add(store, who=WHO, name="Udløbet", consent_date=ago(800), consent_scope="named_profile",
                         consent_by=WHO, consent_until=ago(10)).id
    (proposal,) = retention.proposals(store)
    assert (proposal.rule, proposal.basis) == ("consent_expired", ago(10))
    retention.keep(store, proposal, who=WHO, note="Ringer i næste uge")
    assert selected(store) == []
    candidates.update(store, pid, who=WHO, consent_until=ago(1))  # renewed, and expired again
    assert selected(store) == [("candidates", pid, "consent_expired")]
    audit = store.execute("SELECT fields FROM audit WHERE table_name = 'candidates' AND record_id = ? AND "
                          "fields = 'retention_kept'", [pid]).fetchall()
    assert audit == [("retention_kept",)]


def test_contact_persons_of_a_company_without_relation_for_five_years(store):
    old_company = companies.add(store, who=WHO, name="Gammel").id
    live_company = companies.add(store, who=WHO, name="Levende").id
    gone = companies.add_person(store, old_company, who=WHO, name="Glemt").id
    kept = companies.add_person(store, live_company, who=WHO, name="Aktiv").id
    for pid in (gone, kept):
        age(store, "contact_persons", pid, 6 * 366)
    contacts.add(store, who=WHO, company_id=live_company, at=ago(30) + "T10:00", kind="phone")
    assert selected(store) == [("contact_persons", gone, "contact_person")]
    (proposal,) = retention.proposals(store)
    assert proposal.company == "Gammel"


def test_erase_only_what_the_rules_still_select(store):
    a = candidates.add(store, who=WHO, name="A").id
    b = candidates.add(store, who=WHO, name="B").id
    for pid in (a, b):
        age(store, "candidates", pid, 500)
    chosen = retention.proposals(store)
    candidates.update(store, b, who=WHO, notes="Ringede i dag")  # activity after the list was made
    done = retention.erase(store, chosen, who=WHO)
    assert [(d.table, d.record_id) for d in done] == [("candidates", a)]
    assert [r[0] for r in store.execute("SELECT id FROM candidates")] == [b]


def test_stopping_between_batches_keeps_what_was_erased_and_clears_the_traces(store, monkeypatch):
    ids = [candidates.add(store, who=WHO, name=f"Gammel {i}").id for i in range(3)]
    for pid in ids:
        age(store, "candidates", pid, 500)
    monkeypatch.setattr(retention, "BATCH", 1)

    class Stop(Exception):
        pass

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):
        retention.erase(store, retention.proposals(store), who=WHO, progress=stop)
    assert [r[0] for r in store.execute("SELECT id FROM candidates ORDER BY id")] == ids[1:]
    assert store.execute("PRAGMA wal_checkpoint").fetchone()[1] == 0  # the WAL was emptied after the stop
