"""The right to be forgotten: erase a candidate or a contact person from the store, its search index and its files.

Afterwards no table holds the person: link rows and follow-ups go, shortlist entries stay as an
anonymous row (candidate_id NULL, no note, no score: "slettet kandidat") so a company's counts and a
need's hires stay true, earlier audit and read rows of the person go, and one audit row says that an
erasure happened, by whom and when (action 'erase', no values). Logged contacts' texts and other
contact persons' notes that name the person get the name replaced by "[slettet]" (db/redaction.py).
Everything is one transaction, so a kill at any moment leaves the person either whole or gone. Then the
bytes go too: the store runs with secure_delete (freed space is zeroed), the FTS5 indexes of candidates
and contacts are merged into one new segment each ('optimize') so old segments holding the name or an
earlier note are freed (and zeroed), and the WAL is checkpointed and truncated. See docs/PRIVACY.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db import records, redaction
from db.changes import SHORTLISTS, Changes


@dataclass(frozen=True)
class Erasure:
    """What an erasure did: the record, how many shortlist entries became anonymous, how many follow-ups
    went, and whether the WAL could be emptied at once (False: another connection was reading; the
    next checkpoint, at the latest when the store closes, does it)."""

    table: str
    record_id: int
    anonymised_entries: int = 0
    removed_follow_ups: int = 0
    wal_cleared: bool = False
    redacted_texts: int = 0
    changes: Changes = Changes()


def _forget_records(db: Database, table: str, record_id: int) -> None:
    db.execute("DELETE FROM audit WHERE table_name = ? AND record_id = ?", [table, record_id])
    db.execute("DELETE FROM read_audit WHERE table_name = ? AND record_id = ?", [table, record_id])
    db.execute("DELETE FROM retention_keeps WHERE table_name = ? AND record_id = ?", [table, record_id])


def _erased(db: Database, table: str, record_id: int, who: str) -> None:
    records.audit(db, who=who, action="erase", table=table, record_id=record_id)


def name_of(db: Database, table: str, record_id: int) -> str:
    """The name of a candidate or contact person about to be erased, for the question that asks to
    confirm it (NotFound when there is none)."""
    if table not in ("candidates", "contact_persons"):
        raise ValueError(table)
    return records.get(db, table, record_id)["name"]


def erase_candidate(db: Database, candidate_id: int, *, who: str, clear_files: bool = True) -> Erasure:
    """Erase one candidate (NotFound when there is none). `clear_files=False` leaves the index merge and
    the checkpoint to the caller (clear_traces once after erasing many)."""
    with records.transaction(db) as log:
        name = records.get(db, "candidates", candidate_id)["name"]
        entry_ids = [r[0] for r in db.execute(
            "SELECT id FROM shortlist_entries WHERE candidate_id = ?", [candidate_id]).fetchall()]
        for (need_id,) in db.execute("SELECT DISTINCT need_id FROM shortlist_entries WHERE candidate_id = ?",
                                     [candidate_id]).fetchall():
            log.note(SHORTLISTS, need_id)
        if entry_ids:
            log.note_all("follow_ups")
        removed = 0
        for start in range(0, len(entry_ids), 500):
            chunk = entry_ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            removed += db.execute(f"DELETE FROM shortlist_follow_ups WHERE entry_id IN ({marks})", chunk).rowcount
            # the steps' notes and the entry's note and score are about the person
            db.execute(f"UPDATE shortlist_events SET note = NULL WHERE entry_id IN ({marks})", chunk)
        db.execute("UPDATE shortlist_entries SET candidate_id = NULL, note = NULL, score = NULL, updated_at = ? "
                   "WHERE candidate_id = ?", [records.now(), candidate_id])
        db.execute("DELETE FROM candidates WHERE id = ?", [candidate_id])  # links go by ON DELETE CASCADE
        redacted = redaction.redact_name(db, name, who=who)  # contact notes that name the person
        _forget_records(db, "candidates", candidate_id)
        _erased(db, "candidates", candidate_id, who)
        if clear_files:
            _merge_index(db)
    wal = clear_wal(db) if clear_files else False
    return Erasure("candidates", candidate_id, len(entry_ids), removed, wal, redacted, log.changes(id=candidate_id))


def erase_contact_person(db: Database, person_id: int, *, who: str, clear_files: bool = True) -> Erasure:
    """Erase one contact person of a company (NotFound when there is none); logged contacts that named
    the person keep their entry with no contact person."""
    with records.transaction(db) as log:
        name = records.get(db, "contact_persons", person_id)["name"]
        db.execute("UPDATE contacts SET contact_person_id = NULL WHERE contact_person_id = ?", [person_id])
        db.execute("DELETE FROM contact_persons WHERE id = ?", [person_id])
        redacted = redaction.redact_name(db, name, who=who)  # logged contacts' texts that name the person
        _forget_records(db, "contact_persons", person_id)
        _erased(db, "contact_persons", person_id, who)
        if clear_files:
            _merge_index(db)
    wal = clear_wal(db) if clear_files else False
    return Erasure("contact_persons", person_id, wal_cleared=wal, redacted_texts=redacted,
                   changes=log.changes(id=person_id))


def _merge_index(db: Database) -> None:
    # FTS5 keeps a deleted or overwritten row's words in its older segments until they are merged;
    # 'optimize' writes one new segment and frees the old ones, which secure_delete zeroes.
    # The companies' index holds their contact persons' names and phones (migration 0010); the
    # contacts' index too: a redacted contact text left the name in an older segment.
    for table in ("candidates_fts", "companies_fts", "contacts_fts"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def clear_traces(db: Database) -> bool:
    """After erasing with clear_files=False: merge the index and empty the WAL; True when the WAL is empty."""
    with records.transaction(db):
        _merge_index(db)
    return clear_wal(db)


def clear_wal(db: Database) -> bool:
    """Copy the WAL into the store and truncate it, so no earlier page image survives there."""
    if db.conn.in_transaction:
        return False
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return busy == 0


def candidate_summary(db: Database, candidate_id: int) -> dict:
    """What erasing the candidate removes, for the confirmation: name, shortlist entries (and how many a
    company has seen), follow-ups and history rows. NotFound when there is no such candidate."""
    row = records.get(db, "candidates", candidate_id)
    entries, seen = db.execute(
        "SELECT count(*), coalesce(sum(status != 'proposed'), 0) FROM shortlist_entries WHERE candidate_id = ?",
        [candidate_id]).fetchone()
    follow_ups = db.execute("SELECT count(*) FROM shortlist_follow_ups f JOIN shortlist_entries e ON e.id = f.entry_id "
                            "WHERE e.candidate_id = ?", [candidate_id]).fetchone()[0]
    history = db.execute("SELECT (SELECT count(*) FROM audit WHERE table_name = 'candidates' AND record_id = ?) + "
                         "(SELECT count(*) FROM read_audit WHERE table_name = 'candidates' AND record_id = ?)",
                         [candidate_id, candidate_id]).fetchone()[0]
    return {"name": row["name"], "entries": entries, "sent": seen, "follow_ups": follow_ups, "history": history}


def contact_person_summary(db: Database, person_id: int) -> dict:
    """Name, company and how many logged contacts name the contact person. NotFound when there is none."""
    row = records.get(db, "contact_persons", person_id)
    company = db.execute("SELECT name FROM companies WHERE id = ?", [row["company_id"]]).fetchone()
    contacts = db.execute("SELECT count(*) FROM contacts WHERE contact_person_id = ?", [person_id]).fetchone()[0]
    return {"name": row["name"], "company": company[0] if company else "", "contacts": contacts}
