"""Retention: which personal data the rules select for erasure, keeping a record with a note, and erasing the rest.

Rules (defaults below; the app's settings may change the numbers, docs/PRIVACY.md explains them):
- inactive: a candidate whose record and shortlist entries have not changed for `candidate_inactive_months`;
- consent_expired: a candidate whose recorded consent passed its end date (renew it, or erase);
- contact_person: a company's contact person when neither the person, nor a logged contact with the
  company, nor one of its needs has changed for `contact_person_years` (the relation has ended).
A record the consultant keeps (with a note) is not selected again by the same rule until the rule fires
anew: `inactive` and `contact_person` count the keep as activity, `consent_expired` waits for another end date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from db import erasure, records
from db.errors import QT_TRANSLATE_NOOP
from db.shortlists import add_months

CANDIDATE_INACTIVE_MONTHS = 12
CONTACT_PERSON_YEARS = 5
RULES = ("inactive", "consent_expired", "contact_person")
REASONS = {  # English source texts the UI translates; {date} is the date the rule looked at
    "inactive": QT_TRANSLATE_NOOP("Retention", "No activity since {date}"),
    "consent_expired": QT_TRANSLATE_NOOP("Retention", "Consent expired on {date}"),
    "contact_person": QT_TRANSLATE_NOOP("Retention", "No relation with the company since {date}"),
}


@dataclass(frozen=True)
class Rules:
    candidate_inactive_months: int = CANDIDATE_INACTIVE_MONTHS
    contact_person_years: int = CONTACT_PERSON_YEARS


@dataclass(frozen=True)
class Proposal:
    """One record a rule selects: table 'candidates' or 'contact_persons', and the date the rule looked at."""

    table: str
    record_id: int
    name: str
    rule: str
    basis: str  # ISO date (or date and time) of the last activity or the consent's end
    company: str = ""  # for a contact person

    @property
    def key(self) -> tuple[str, int]:
        return (self.table, self.record_id)


_LAST_CANDIDATE = """SELECT c.id, c.name, max(c.updated_at,
        coalesce((SELECT max(e.updated_at) FROM shortlist_entries e WHERE e.candidate_id = c.id), ''),
        coalesce((SELECT k.created_at FROM retention_keeps k WHERE k.table_name = 'candidates'
                  AND k.record_id = c.id AND k.rule = 'inactive'), '')) AS last
    FROM candidates c WHERE c.updated_at < :cut"""

_LAST_PERSON = """SELECT p.id, p.name, co.name, max(p.updated_at,
        coalesce((SELECT max(x.updated_at) FROM contacts x WHERE x.company_id = p.company_id), ''),
        coalesce((SELECT max(n.updated_at) FROM needs n WHERE n.company_id = p.company_id), ''),
        coalesce((SELECT k.created_at FROM retention_keeps k WHERE k.table_name = 'contact_persons'
                  AND k.record_id = p.id AND k.rule = 'contact_person'), '')) AS last
    FROM contact_persons p JOIN companies co ON co.id = p.company_id WHERE p.updated_at < :cut"""

_EXPIRED = """SELECT c.id, c.name, c.consent_until FROM candidates c
    WHERE c.consent_date IS NOT NULL AND c.consent_until IS NOT NULL AND c.consent_until < ?
      AND NOT EXISTS (SELECT 1 FROM retention_keeps k WHERE k.table_name = 'candidates' AND k.record_id = c.id
                      AND k.rule = 'consent_expired' AND k.basis = c.consent_until)"""


def proposals(db: Database, rules: Rules = Rules(), today: dt.date | None = None) -> list[Proposal]:
    """What the rules select today, oldest basis first within each rule."""
    today = today or dt.date.today()
    inactive_cut = add_months(today, -max(rules.candidate_inactive_months, 1)).isoformat()
    person_cut = add_months(today, -12 * max(rules.contact_person_years, 1)).isoformat()
    out = [Proposal("candidates", cid, name, "inactive", last)
           for cid, name, last in db.execute(f"SELECT * FROM ({_LAST_CANDIDATE}) WHERE last < :cut ORDER BY last, id",
                                             {"cut": inactive_cut})]
    out += [Proposal("candidates", cid, name, "consent_expired", until)
            for cid, name, until in db.execute(_EXPIRED + " ORDER BY c.consent_until, c.id", [today.isoformat()])]
    out += [Proposal("contact_persons", pid, name, "contact_person", last, company)
            for pid, name, company, last in db.execute(
                f"SELECT * FROM ({_LAST_PERSON}) WHERE last < :cut ORDER BY last, id", {"cut": person_cut})]
    return out


def keep(db: Database, proposal: Proposal, *, who: str, note: str | None = None) -> None:
    """Keep a selected record: the rule leaves it alone until it fires anew (see the module doc)."""
    with records.transaction(db):
        records.get(db, proposal.table, proposal.record_id)
        stamp = records.now()
        db.execute("DELETE FROM retention_keeps WHERE table_name = ? AND record_id = ? AND rule = ?",
                   [proposal.table, proposal.record_id, proposal.rule])
        db.execute("INSERT INTO retention_keeps(table_name, record_id, rule, basis, note, who, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [proposal.table, proposal.record_id, proposal.rule, proposal.basis, (note or "").strip() or None,
                    who or "?", stamp, stamp])
        records.audit(db, who=who, action="update", table=proposal.table, record_id=proposal.record_id,
                      fields=["retention_kept"])


BATCH = 200  # erasures per transaction: a kill loses at most one batch, and never half a person


def erase(db: Database, chosen: list[Proposal], *, who: str, rules: Rules = Rules(), today: dt.date | None = None,
          progress: Callable[[int, int], None] | None = None) -> list[erasure.Erasure]:
    """Erase the chosen records that the rules still select now (a record changed or kept meanwhile is
    skipped), BATCH to a transaction; then merge the index and empty the WAL once. `progress(done, total)`
    is called after each batch."""
    still = {p.key for p in proposals(db, rules, today)}
    keys = [key for key in dict.fromkeys(p.key for p in chosen) if key in still]
    done: list[erasure.Erasure] = []
    try:
        for start in range(0, len(keys), BATCH):
            with records.transaction(db):
                for table, record_id in keys[start:start + BATCH]:
                    eraser = erasure.erase_candidate if table == "candidates" else erasure.erase_contact_person
                    done.append(eraser(db, record_id, who=who, clear_files=False))
            if progress is not None:
                progress(len(done), len(keys))  # may raise to cancel: the batches so far stay erased
    finally:
        if done:
            erasure.clear_traces(db)
    return done
