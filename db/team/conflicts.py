"""The open conflicts of a joined store and the take-over of one value ("Brug denne værdi").

A conflict is one field two laptops set differently: `kept` stands on the server, `lost` was refused.
Taking one over writes it into the local record as a normal edit (audited, noted in the outbox) and
marks the conflict resolved, in one transaction; the next sync sends the value and the resolution.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

from db import records
from db.changes import TEAM, Changes
from db.errors import QT_TRANSLATE_NOOP, FieldError, ValidationError
from db.team import payload

LABEL = {"companies": "name", "contact_persons": "name", "needs": "title", "candidates": "name"}


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    record_id: int | None
    field: str
    kept: object
    lost: object
    kept_by: str
    lost_by: str
    at: str
    gid: str = ""  # the record's id in the team register


def open_conflicts(db: Database) -> list[Conflict]:
    try:
        rows = db.execute("SELECT c.id, c.tbl, i.record_id, c.field, c.kept, c.lost, c.kept_by, c.lost_by, c.at, c.gid "
                          "FROM team_conflicts c LEFT JOIN team_ids i ON i.tbl = c.tbl AND i.gid = c.gid "
                          "WHERE NOT c.resolved ORDER BY c.id").fetchall()
    except Exception:  # noqa: BLE001 - a store before the team tables: no conflicts
        return []
    return [Conflict(r[0], r[1], r[2], r[3], json.loads(r[4]) if r[4] else None,
                     json.loads(r[5]) if r[5] else None, r[6] or "", r[7] or "", r[8], r[9]) for r in rows]


def record_label(db: Database, conflict: Conflict) -> str | None:
    """The name or title of the record a conflict is about (a candidate's name as stored); None when
    the table has no such column or the record is gone."""
    column = LABEL.get(conflict.table)
    if column is None or conflict.record_id is None:
        return None
    row = db.execute(f"SELECT {column} FROM {conflict.table} WHERE id = ?", [conflict.record_id]).fetchone()
    return row[0] if row else None


def count(db: Database) -> int:
    try:
        return db.execute("SELECT count(*) FROM team_conflicts WHERE NOT resolved").fetchone()[0]
    except Exception:  # noqa: BLE001 - a store before the team tables
        return 0


def take_over(db: Database, conflict_id: int, which: str, *, who: str) -> Changes:
    """Make the conflict's `which` ("kept" or "lost") value the record's value and close the conflict."""
    if which not in ("kept", "lost"):
        raise ValueError(which)
    with records.transaction(db) as log:
        row = db.execute("SELECT c.tbl, i.record_id, c.field, c.kept, c.lost FROM team_conflicts c "
                         "LEFT JOIN team_ids i ON i.tbl = c.tbl AND i.gid = c.gid "
                         "WHERE c.id = ? AND NOT c.resolved", [conflict_id]).fetchone()
        if row is None:
            raise ValidationError([FieldError("conflict", QT_TRANSLATE_NOOP(
                "Validation", "The conflict is already resolved."))])
        tbl, record_id, field, kept, lost = row
        if field == "*" or record_id is None or db.execute(f"SELECT 1 FROM {tbl} WHERE id = ?",
                                                           [record_id]).fetchone() is None:
            raise ValidationError([FieldError("conflict", QT_TRANSLATE_NOOP(
                "Validation", "This record is not on this computer; the value cannot be taken over."))])
        value = json.loads(kept if which == "kept" else lost)
        if field.startswith("@"):
            links = payload.local_links(db, tbl, {field: value})
            owner = dict(payload.LINKS.get(tbl, ()))[field[1:]]
            records.replace_links(db, field[1:], owner, record_id, links.get(field[1:], []))
            changed = [field[1:]]
            records.update(db, tbl, record_id, {}, who=who, extra_changed=(field[1:],))
        else:
            local = payload.local(db, tbl, {field: value})
            if field not in local:
                raise ValidationError([FieldError("conflict", QT_TRANSLATE_NOOP(
                "Validation", "This field is not known to this Jobbro; the value cannot be taken over."))])
            # extra_changed: the value travels on the next sync even when it already stands here
            records.update(db, tbl, record_id, {field: local[field]}, who=who, extra_changed=(field,))
            changed = [field]
        db.execute("UPDATE team_conflicts SET resolved = 1 WHERE id = ?", [conflict_id])
        log.flag(TEAM)
    return log.changes(id=record_id, fields=changed)

