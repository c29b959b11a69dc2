"""Shortlists on real store files: status steps, dates, reasons, side effects of a hire, audit, history."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from db import candidates, companies, needs, shortlists
from db.errors import NotFound, ValidationError
from db.schema import MIGRATIONS, APPLICATION_ID
from db.store import open_store, schema_version

WHO = "Mette"
TODAY = dt.date.today()
D0 = TODAY - dt.timedelta(days=60)


def day(n: int) -> dt.date:
    return D0 + dt.timedelta(days=n)


@pytest.fixture
def setup(store):
    company = companies.add(store, who=WHO, name="Vejle Lager A/S")
    need = needs.add(store, who=WHO, company_id=company, title="Lagermedarbejder", positions=2)
    people = [candidates.add(store, who=WHO, name=name) for name in ("Anna Holm", "Bo Berg", "Cem Kaya", "Dorte Ry")]
    return store, company, need, people


def audit_rows(db, table, record_id=None):
    sql = "SELECT action, fields, who FROM audit WHERE table_name = ?"
    args = [table]
    if record_id is not None:
        sql += " AND record_id = ?"
        args.append(record_id)
    return db.execute(sql + " ORDER BY id", args).fetchall()


def fields_of(error: ValidationError) -> list[str]:
    return [e.field for e in error.errors]


def messages_of(error: ValidationError) -> list[str]:
    return [e.message for e in error.errors]


def snapshot(db):
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("shortlist_entries", "shortlist_events", "shortlist_follow_ups", "needs", "candidates", "audit")}


# --- adding -------------------------------------------------------------------------------------------------


def test_add_puts_candidates_at_the_end_and_marks_the_need_shortlisted(setup):
    db, _, need, people = setup
    first = shortlists.add(db, need, people[0], who=WHO, on=day(0), note="  Stærk på truck ", score=0.82)
    second = shortlists.add(db, need, people[1], who=WHO, on=day(1))
    rows = shortlists.entries(db, need)
    assert [r["id"] for r in rows] == [first, second]
    assert [r["position"] for r in rows] == [1, 2]
    assert rows[0]["status"] == "proposed" and rows[0]["status_date"] == day(0).isoformat()
    assert rows[0]["note"] == "Stærk på truck" and rows[0]["score"] == 0.82
    assert rows[0]["candidate_name"] == "Anna Holm" and rows[0]["added_by"] == WHO
    assert set(rows[0]) == {"id", "need_id", "candidate_id", "candidate_name", "position", "note", "status",
                            "status_date", "rejection_code", "rejection_name", "score", "consent_date",
                            "consent_scope", "added_at", "added_by"}
    assert needs.get(db, need)["status"] == "shortlisted"
    assert [e["status"] for e in shortlists.events(db, first)] == ["proposed"]
    assert shortlists.entry(db, second) == rows[1]
    # The need's status moved once, audited by field name.
    assert audit_rows(db, "needs", need)[-1] == ("update", "status", WHO)


def test_add_defaults_to_today_and_shows_consent(setup):
    db, _, need, people = setup
    candidates.update(db, people[0], who=WHO, consent_date=day(0).isoformat(), consent_scope="named_profile",
                      consent_by=WHO)
    entry_id = shortlists.add(db, need, people[0], who=WHO)
    row = shortlists.entry(db, entry_id)
    assert row["status_date"] == TODAY.isoformat()
    assert (row["consent_date"], row["consent_scope"]) == (day(0).isoformat(), "named_profile")


def test_add_refuses_a_candidate_already_on_the_list(setup):
    db, _, need, people = setup
    shortlists.add(db, need, people[0], who=WHO)
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.add(db, need, people[0], who=WHO)
    assert fields_of(info.value) == ["candidate_id"]
    assert messages_of(info.value) == ["The candidate is already on this shortlist."]
    assert snapshot(db) == before


@pytest.mark.parametrize("status", ["filled", "cancelled"])
def test_add_refuses_a_closed_need(setup, status):
    db, _, need, people = setup
    needs.update(db, need, who=WHO, status=status)
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.add(db, need, people[0], who=WHO)
    assert fields_of(info.value) == ["need_id"]
    assert snapshot(db) == before


def test_add_refuses_an_inactive_candidate_a_future_date_and_a_bad_score_all_at_once(setup):
    db, _, need, people = setup
    candidates.update(db, people[0], who=WHO, status="inactive")
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.add(db, need, people[0], who=WHO, on=TODAY + dt.timedelta(days=1), score="høj")
    assert sorted(fields_of(info.value)) == ["candidate_id", "on", "score"]
    assert "The date cannot be in the future." in messages_of(info.value)
    assert snapshot(db) == before


def test_add_accepts_a_candidate_already_in_a_job(setup):
    db, _, need, people = setup
    candidates.update(db, people[0], who=WHO, status="in_job")
    assert shortlists.add(db, need, people[0], who=WHO)


def test_unknown_ids_raise_not_found(setup):
    db, _, need, people = setup
    with pytest.raises(NotFound):
        shortlists.add(db, 999, people[0], who=WHO)
    with pytest.raises(NotFound):
        shortlists.add(db, need, 999, who=WHO)
    for call in (lambda: shortlists.remove(db, 999, who=WHO), lambda: shortlists.move(db, 999, 1, who=WHO),
                 lambda: shortlists.set_note(db, 999, "x", who=WHO),
                 lambda: shortlists.set_status(db, 999, "sent", who=WHO), lambda: shortlists.entry(db, 999)):
        with pytest.raises(NotFound):
            call()


# --- status steps -------------------------------------------------------------------------------------------

PATH_TO = {"proposed": [], "sent": ["sent"], "interview": ["sent", "interview"], "hired": ["interview", "hired"],
           "rejected": ["rejected"], "withdrawn": ["sent", "withdrawn"]}


def allowed(old: str, new: str) -> bool:
    if old in shortlists.FINAL or old == new:
        return False
    if new in ("rejected", "withdrawn"):
        return True
    return shortlists.FORWARD.index(new) > shortlists.FORWARD.index(old)


@pytest.mark.parametrize("old", shortlists.STATUSES)
@pytest.mark.parametrize("new", shortlists.STATUSES)
def test_every_status_step_is_allowed_or_refused(setup, old, new):
    db, _, need, people = setup
    needs.update(db, need, who=WHO, positions=5)
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    for i, step in enumerate(PATH_TO[old], start=1):
        shortlists.set_status(db, entry_id, step, who=WHO, on=day(i), reason_code="skills")
    assert shortlists.entry(db, entry_id)["status"] == old
    before = snapshot(db)
    if allowed(old, new):
        shortlists.set_status(db, entry_id, new, who=WHO, on=day(10), reason_code="skills")
        row = shortlists.entry(db, entry_id)
        assert (row["status"], row["status_date"]) == (new, day(10).isoformat())
        assert row["rejection_code"] == ("skills" if new == "rejected" else None)
        steps = shortlists.events(db, entry_id)
        assert [e["status"] for e in steps] == ["proposed", *PATH_TO[old], new]
        assert [e["at"] for e in steps] == sorted(e["at"] for e in steps)
    else:
        with pytest.raises(ValidationError) as info:
            shortlists.set_status(db, entry_id, new, who=WHO, on=day(10), reason_code="skills")
        assert fields_of(info.value) == ["status"]
        assert snapshot(db) == before


def test_refusal_messages_say_what_is_wrong(setup):
    db, _, need, people = setup
    hired = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    shortlists.set_status(db, hired, "hired", who=WHO, on=day(1))
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, hired, "interview", who=WHO, on=day(2))
    assert messages_of(info.value) == ["Cannot move a hired candidate to another step: hired is final."]
    other = shortlists.add(db, need, people[1], who=WHO, on=day(0))
    shortlists.set_status(db, other, "interview", who=WHO, on=day(1))
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, other, "sent", who=WHO, on=day(2))
    assert messages_of(info.value) == ["Cannot move from interview back to sent to the company."]
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, other, "promoted", who=WHO)
    assert info.value.errors[0].params == {"value": "promoted"}


def test_a_step_cannot_be_dated_before_the_previous_one_or_in_the_future(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(5))
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, entry_id, "sent", who=WHO, on=day(4))
    error = info.value.errors[0]
    assert (error.field, error.message) == ("on", "The date cannot be before the previous step ({date}).")
    assert error.params == {"date": day(5).strftime("%d-%m-%Y")}
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, entry_id, "sent", who=WHO, on=TODAY + dt.timedelta(days=1))
    assert messages_of(info.value) == ["The date cannot be in the future."]
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, entry_id, "sent", who=WHO, on="31-02-2026")
    assert fields_of(info.value) == ["on"]
    assert snapshot(db) == before
    shortlists.set_status(db, entry_id, "sent", who=WHO, on=day(5).strftime("%d-%m-%Y"))  # same day, Danish form
    shortlists.set_status(db, entry_id, "interview", who=WHO)  # default: today
    assert shortlists.entry(db, entry_id)["status_date"] == TODAY.isoformat()


def test_a_rejection_needs_a_known_active_reason(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, entry_id, "rejected", who=WHO, on=day(1))
    assert (fields_of(info.value), messages_of(info.value)) == (["reason_code"], ["A rejection needs a reason."])
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, entry_id, "rejected", who=WHO, on=day(1), reason_code="weather")
    assert fields_of(info.value) == ["reason_code"]
    db.execute("UPDATE rejection_reasons SET active = 0 WHERE code = 'hours'")
    before = snapshot(db)
    with pytest.raises(ValidationError):
        shortlists.set_status(db, entry_id, "rejected", who=WHO, on=day(1), reason_code="hours")
    assert snapshot(db) == before
    shortlists.set_status(db, entry_id, "rejected", who=WHO, on=day(1), reason_code="language",
                          note="Virksomheden kræver flydende dansk")
    row = shortlists.entry(db, entry_id)
    assert (row["rejection_code"], row["rejection_name"]) == ("language", "Sprogkundskaber ikke tilstrækkelige")
    last = shortlists.events(db, entry_id)[-1]
    assert (last["reason_code"], last["note"], last["who"]) == ("language", "Virksomheden kræver flydende dansk", WHO)


def test_a_reason_is_not_stored_for_other_steps(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    shortlists.set_status(db, entry_id, "withdrawn", who=WHO, on=day(1), reason_code="skills")
    assert shortlists.entry(db, entry_id)["rejection_code"] is None
    assert shortlists.events(db, entry_id)[-1]["reason_code"] is None


def test_status_writes_are_audited_by_field_name_only(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0), note="Fortroligt: ryg")
    shortlists.set_status(db, entry_id, "rejected", who=WHO, on=day(1), reason_code="skills", note="Hemmeligt")
    assert audit_rows(db, "shortlist_entries", entry_id) == [
        ("create", "added_by,candidate_id,need_id,note,position,status,status_date", WHO),
        ("update", "rejection_code,status,status_date", WHO)]
    assert [r[0] for r in audit_rows(db, "shortlist_events")] == ["create", "create"]
    assert db.execute("SELECT count(*) FROM audit WHERE fields LIKE '%Hemmeligt%' OR fields LIKE '%ryg%'"
                      ).fetchone()[0] == 0


# --- hire ---------------------------------------------------------------------------------------------------


def test_add_months_clamps_to_the_end_of_the_month():
    assert shortlists.add_months(dt.date(2026, 1, 31), 3) == dt.date(2026, 4, 30)
    assert shortlists.add_months(dt.date(2023, 11, 30), 3) == dt.date(2024, 2, 29)
    assert shortlists.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert shortlists.add_months(dt.date(2026, 12, 15), 3) == dt.date(2027, 3, 15)
    assert shortlists.add_months(dt.date(2026, 3, 16), 3) == dt.date(2026, 6, 16)


def test_a_hire_puts_the_candidate_in_a_job_adds_a_follow_up_and_fills_the_need(setup):
    db, _, need, people = setup  # two positions
    first = shortlists.add(db, need, people[0], who=WHO, on=dt.date(2025, 1, 6))
    second = shortlists.add(db, need, people[1], who=WHO, on=dt.date(2025, 1, 6))
    shortlists.set_status(db, first, "hired", who="Jonas", on=dt.date(2025, 1, 31))
    assert candidates.get(db, people[0])["status"] == "in_job"
    assert audit_rows(db, "candidates", people[0])[-1] == ("update", "status", "Jonas")
    follow_up = db.execute("SELECT entry_id, due_date, task, consultant, done FROM shortlist_follow_ups").fetchall()
    assert follow_up == [(first, "2025-04-30", shortlists.FOLLOW_UP_TASK, "Jonas", 0)]
    assert audit_rows(db, "shortlist_follow_ups")[0][0] == "create"
    assert needs.get(db, need)["status"] == "shortlisted" and shortlists.hired_count(db, need) == 1
    shortlists.set_status(db, second, "hired", who=WHO, on=dt.date(2025, 2, 3))
    assert needs.get(db, need)["status"] == "filled" and shortlists.hired_count(db, need) == 2
    assert candidates.get(db, people[1])["status"] == "in_job"


def test_no_hire_beyond_the_positions_or_on_a_cancelled_need(setup):
    db, _, need, people = setup
    needs.update(db, need, who=WHO, positions=1)
    first = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    second = shortlists.add(db, need, people[1], who=WHO, on=day(0))
    shortlists.set_status(db, first, "hired", who=WHO, on=day(1))
    assert needs.get(db, need)["status"] == "filled"
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.set_status(db, second, "hired", who=WHO, on=day(2))
    assert fields_of(info.value) == ["status"]
    assert snapshot(db) == before
    # The others can still be told no.
    shortlists.set_status(db, second, "rejected", who=WHO, on=day(2), reason_code="filled")
    other = needs.add(db, who=WHO, company_id=needs.get(db, need)["company_id"], title="Truckfører")
    entry_id = shortlists.add(db, other, people[2], who=WHO, on=day(0))
    needs.update(db, other, who=WHO, status="cancelled")
    with pytest.raises(ValidationError):
        shortlists.set_status(db, entry_id, "hired", who=WHO, on=day(1))
    shortlists.set_status(db, entry_id, "withdrawn", who=WHO, on=day(1))


def test_a_hire_whose_follow_up_cannot_be_written_changes_nothing(setup, monkeypatch):
    db, _, need, people = setup
    needs.update(db, need, who=WHO, positions=1)
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    before = snapshot(db)
    monkeypatch.setattr(shortlists, "FOLLOW_UP_TASK", None)  # task is NOT NULL: the last insert fails
    with pytest.raises(sqlite3.IntegrityError):
        shortlists.set_status(db, entry_id, "hired", who=WHO, on=day(1))
    assert snapshot(db) == before
    assert shortlists.entry(db, entry_id)["status"] == "proposed"
    assert candidates.get(db, people[0])["status"] == "active"
    assert not db.conn.in_transaction


# --- remove, move, note -------------------------------------------------------------------------------------


def test_remove_closes_up_positions_and_reopens_an_empty_need(setup):
    db, _, need, people = setup
    ids = [shortlists.add(db, need, p, who=WHO, on=day(0)) for p in people[:3]]
    shortlists.remove(db, ids[0], who=WHO)
    rows = shortlists.entries(db, need)
    assert [(r["id"], r["position"]) for r in rows] == [(ids[1], 1), (ids[2], 2)]
    assert ("delete", "", WHO) in audit_rows(db, "shortlist_entries", ids[0])
    assert db.execute("SELECT count(*) FROM shortlist_events WHERE entry_id = ?", [ids[0]]).fetchone()[0] == 0
    assert needs.get(db, need)["status"] == "shortlisted"
    shortlists.remove(db, ids[2], who=WHO)
    shortlists.remove(db, ids[1], who=WHO)
    assert shortlists.entries(db, need) == []
    assert needs.get(db, need)["status"] == "open"


def test_only_a_proposed_entry_can_be_removed(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    shortlists.set_status(db, entry_id, "sent", who=WHO, on=day(1))
    before = snapshot(db)
    with pytest.raises(ValidationError) as info:
        shortlists.remove(db, entry_id, who=WHO)
    assert messages_of(info.value) == [
        "Only a proposed candidate can be removed; mark the candidate as withdrawn instead."]
    assert snapshot(db) == before


def test_remove_leaves_a_cancelled_need_cancelled(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    needs.update(db, need, who=WHO, status="cancelled")
    shortlists.remove(db, entry_id, who=WHO)
    assert needs.get(db, need)["status"] == "cancelled"


def test_move_renumbers_and_clamps(setup):
    db, _, need, people = setup
    a, b, c, d = (shortlists.add(db, need, p, who=WHO, on=day(0)) for p in people)

    def order():
        rows = shortlists.entries(db, need)
        assert [r["position"] for r in rows] == list(range(1, len(rows) + 1))
        return [r["id"] for r in rows]

    shortlists.move(db, d, 1, who=WHO)
    assert order() == [d, a, b, c]
    shortlists.move(db, d, 99, who=WHO)
    assert order() == [a, b, c, d]
    shortlists.move(db, a, 0, who=WHO)
    assert order() == [a, b, c, d]
    audited = len(audit_rows(db, "shortlist_entries"))
    shortlists.move(db, b, "3", who=WHO)
    assert order() == [a, c, b, d]
    # Only the two entries whose position changed are audited.
    assert audit_rows(db, "shortlist_entries")[audited:] == [("update", "position", WHO)] * 2
    with pytest.raises(ValidationError) as info:
        shortlists.move(db, b, "top", who=WHO)
    assert fields_of(info.value) == ["position"]


def test_set_note(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    shortlists.set_note(db, entry_id, "  Kan starte 1. maj ", who=WHO)
    assert shortlists.entry(db, entry_id)["note"] == "Kan starte 1. maj"
    assert audit_rows(db, "shortlist_entries", entry_id)[-1] == ("update", "note", WHO)
    shortlists.set_note(db, entry_id, "   ", who=WHO)
    assert shortlists.entry(db, entry_id)["note"] is None


# --- history ------------------------------------------------------------------------------------------------


def test_history_for_need_company_and_candidate(setup):
    db, company, need, people = setup
    other_company = companies.add(db, who=WHO, name="Horsens Rengøring ApS")
    other_need = needs.add(db, who=WHO, company_id=other_company, title="Rengøringsassistent")
    old = shortlists.add(db, need, people[0], who=WHO, on=day(0), note="Første forslag")
    shortlists.set_status(db, old, "rejected", who=WHO, on=day(2), reason_code="experience")
    new = shortlists.add(db, other_need, people[0], who=WHO, on=day(5))
    shortlists.set_status(db, new, "interview", who=WHO, on=day(9))
    third = shortlists.add(db, need, people[1], who=WHO, on=day(7))

    rows = shortlists.history_for_candidate(db, people[0])
    assert [r["entry_id"] for r in rows] == [new, old]
    assert set(rows[0]) == {"entry_id", "need_id", "need_title", "company_id", "company_name", "candidate_id",
                            "candidate_name", "status", "status_date", "rejection_name", "added_at", "note"}
    assert (rows[0]["company_name"], rows[0]["need_title"], rows[0]["status"]) == (
        "Horsens Rengøring ApS", "Rengøringsassistent", "interview")
    assert (rows[1]["rejection_name"], rows[1]["note"]) == ("For lidt erfaring", "Første forslag")
    assert [r["entry_id"] for r in shortlists.history_for_company(db, company)] == [third, old]
    assert [r["entry_id"] for r in shortlists.history_for_company(db, other_company)] == [new]
    assert [r["entry_id"] for r in shortlists.history_for_need(db, need)] == [third, old]
    assert shortlists.history_for_candidate(db, people[3]) == []


# --- schema -------------------------------------------------------------------------------------------------


def test_schema_guards_statuses_pairs_and_reasons(setup):
    db, _, need, people = setup
    entry_id = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    stamp = "2026-01-01T00:00:00"
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO shortlist_entries(need_id, candidate_id, position, status, status_date, added_by, "
                   "created_at, updated_at) VALUES (?, ?, 2, 'proposed', '2026-01-01', 'x', ?, ?)",
                   [need, people[0], stamp, stamp])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE shortlist_entries SET status = 'lost' WHERE id = ?", [entry_id])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE shortlist_entries SET status = 'rejected' WHERE id = ?", [entry_id])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE shortlist_entries SET rejection_code = 'skills' WHERE id = ?", [entry_id])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE shortlist_entries SET status = 'rejected', rejection_code = 'nope' WHERE id = ?",
                   [entry_id])


def test_renaming_a_reason_code_follows_and_deleting_a_need_or_candidate_cascades(setup):
    db, _, need, people = setup
    needs.update(db, need, who=WHO, positions=3)
    rejected = shortlists.add(db, need, people[0], who=WHO, on=day(0))
    shortlists.set_status(db, rejected, "rejected", who=WHO, on=day(1), reason_code="commute")
    hired = shortlists.add(db, need, people[1], who=WHO, on=day(0))
    shortlists.set_status(db, hired, "hired", who=WHO, on=day(1))
    db.execute("UPDATE rejection_reasons SET code = 'transport' WHERE code = 'commute'")
    assert shortlists.entry(db, rejected)["rejection_code"] == "transport"
    assert shortlists.events(db, rejected)[-1]["reason_code"] == "transport"
    candidates.delete(db, people[0], who=WHO)
    assert [r["id"] for r in shortlists.entries(db, need)] == [hired]
    needs.delete(db, need, who=WHO)
    for table in ("shortlist_entries", "shortlist_events", "shortlist_follow_ups"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_an_existing_store_migrates_and_keeps_its_data(store_path):
    from sqlite_utils import Database

    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA foreign_keys = ON")
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0003_shortlists")
    assert "shortlist_entries" not in old.table_names()
    company = companies.add(old, who=WHO, name="Gammel Smedie ApS")
    need = needs.add(old, who=WHO, company_id=company, title="Smed")
    person = candidates.add(old, who=WHO, name="Ole Smed")
    conn.close()

    db = open_store(store_path)
    assert "0003_shortlists" in schema_version(db)  # later migrations may follow
    assert needs.get(db, need)["title"] == "Smed" and candidates.get(db, person)["name"] == "Ole Smed"
    entry_id = shortlists.add(db, need, person, who=WHO, on=day(0))
    shortlists.set_status(db, entry_id, "hired", who=WHO, on=day(1))
    assert needs.get(db, need)["status"] == "filled"
    targets = {r[2] for r in db.execute("PRAGMA foreign_key_list(shortlist_entries)")}
    assert targets == {"needs", "candidates", "rejection_reasons"}
    db.close()
    db = open_store(store_path)  # reopening applies nothing twice
    assert schema_version(db).count("0003_shortlists") == 1
    assert shortlists.hired_count(db, need) == 1
    db.close()
