"""Everything the store holds about one candidate, as plain data (access art. 15, portability art. 20).

`collect` writes a read entry (kind 'export') and returns a JSON-ready dict: the profile with every
stored field, the vocabulary links by name, the consent and its history (when and by whom the consent
fields changed; the store keeps no earlier values), every shortlist entry with its steps and dates,
the hire follow-ups, and who changed and who viewed the record and when. reports/person_report.py
turns it into a PDF for the person; the CLI and the app also write it as JSON.
"""

from __future__ import annotations

from sqlite_utils import Database

from db import candidates, read_audit, records
from matching import rules

FORMAT = "jobbro-person-export/1"
CONSENT_FIELDS = {"consent_date", "consent_scope", "consent_by", "consent_until"}
HIDDEN = {"name_key"}  # a sort key derived from the name, not data about the person


def _rows(db: Database, sql: str, args) -> list[dict]:
    cur = db.execute(sql, list(args))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _names(db: Database, sql: str, candidate_id: int) -> list[str]:
    return [r[0] for r in db.execute(sql, [candidate_id]).fetchall() if r[0]]


def collect(db: Database, candidate_id: int, *, who: str) -> dict:
    """The person's data (NotFound when there is no such candidate); records the export as a read."""
    records.get(db, "candidates", candidate_id)
    read_audit.record(db, who=who, kind="export", table="candidates", ids=[candidate_id])
    person = candidates.get(db, candidate_id)
    profile = {k: v for k, v in person.items() if k not in HIDDEN | {"occupations", "skills", "restrictions"}}
    history = [{**h, "fields": [f for f in h["fields"] if f not in HIDDEN]}
               for h in read_audit.history(db, "candidates", candidate_id)]
    return {
        "format": FORMAT,
        "generated_at": records.now(),
        "generated_by": who or "?",
        "candidate_id": candidate_id,
        "profile": profile,
        "town": _one(db, "SELECT town FROM postcodes WHERE postcode = ?", person.get("postcode")),
        "target_group": _one(db, "SELECT name FROM target_groups WHERE code = ?", person.get("target_group_code")),
        "occupations": _names(db, "SELECT coalesce(o.title, co.free_text) FROM candidate_occupations co "
                                  "LEFT JOIN occupations o ON o.id = co.occupation_id WHERE co.candidate_id = ? "
                                  "ORDER BY co.id", candidate_id),
        "skills": _names(db, "SELECT coalesce(s.name, cs.free_text) FROM candidate_skills cs "
                             "LEFT JOIN skills s ON s.id = cs.skill_id WHERE cs.candidate_id = ? ORDER BY cs.id",
                         candidate_id),
        "restrictions": _names(db, "SELECT coalesce(s.name, r.strain_code) FROM candidate_restrictions r "
                                   "LEFT JOIN strains s ON s.code = r.strain_code WHERE r.candidate_id = ? "
                                   "ORDER BY r.strain_code", candidate_id),
        "consent": {
            "date": person.get("consent_date"), "scope": person.get("consent_scope"),
            "recorded_by": person.get("consent_by"), "valid_until": person.get("consent_until"),
            "valid_today": rules.has_valid_consent(person.get("consent_date"), person.get("consent_scope"),
                                                   person.get("consent_until")),
            "history": [{"at": h["at"], "who": h["who"], "action": h["action"],
                         "fields": sorted(CONSENT_FIELDS & set(h["fields"]))}
                        for h in history if h["source"] == "change" and CONSENT_FIELDS & set(h["fields"])],
        },
        "shortlists": _shortlists(db, candidate_id),
        "follow_ups": _rows(db, "SELECT f.due_date, f.task, f.consultant, f.done, n.title AS need_title, "
                                "co.name AS company_name FROM shortlist_follow_ups f "
                                "JOIN shortlist_entries e ON e.id = f.entry_id JOIN needs n ON n.id = e.need_id "
                                "JOIN companies co ON co.id = n.company_id WHERE e.candidate_id = ? "
                                "ORDER BY f.due_date, f.id", [candidate_id]),
        "changes": [{k: h[k] for k in ("at", "who", "action", "fields")} for h in history if h["source"] == "change"],
        "reads": [{k: h[k] for k in ("at", "who", "action")} for h in history if h["source"] == "read"],
    }


def _one(db: Database, sql: str, key) -> str | None:
    if key is None:
        return None
    row = db.execute(sql, [key]).fetchone()
    return row[0] if row else None


def _shortlists(db: Database, candidate_id: int) -> list[dict]:
    entries = _rows(db, "SELECT e.id, n.title AS need_title, co.name AS company_name, e.status, e.status_date, "
                        "e.created_at AS added_at, e.added_by, e.note, r.name AS rejection_reason "
                        "FROM shortlist_entries e JOIN needs n ON n.id = e.need_id "
                        "JOIN companies co ON co.id = n.company_id "
                        "LEFT JOIN rejection_reasons r ON r.code = e.rejection_code "
                        "WHERE e.candidate_id = ? ORDER BY e.created_at, e.id", [candidate_id])
    steps: dict[int, list[dict]] = {}
    for row in _rows(db, "SELECT v.entry_id, v.status, v.at, v.who, r.name AS reason, v.note FROM shortlist_events v "
                         "JOIN shortlist_entries e ON e.id = v.entry_id "
                         "LEFT JOIN rejection_reasons r ON r.code = v.reason_code "
                         "WHERE e.candidate_id = ? ORDER BY v.at, v.id", [candidate_id]):
        steps.setdefault(row.pop("entry_id"), []).append(row)
    for entry in entries:
        entry["steps"] = steps.get(entry.pop("id"), [])
    return entries
