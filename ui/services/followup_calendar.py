"""Follow-ups to the consultant's calendar: an .ics file of every open follow-up, in the user's language.

No widgets: the follow-ups view (*Export to calendar…*) and `jobbro followups --ics` both use it.
db/followups.py reads the follow-ups, reports/followup_events.py makes them events without citizens'
personal data, reports/calendar_ics.py writes RFC 5545; the file is written whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import os

from db.store import Store

from db import followups
from reports.calendar_ics import calendar
from reports.files import write_bytes_atomically
from reports.followup_events import FollowUpTexts, events
from ui.i18n import translate


def texts() -> FollowUpTexts:
    return FollowUpTexts(
        summary=translate("FollowUpCalendar", "Follow-up: {company} – {task}"),
        summary_without_task=translate("FollowUpCalendar", "Follow-up: {company}"),
        hire=translate("FollowUpCalendar", "Hired as {need}"),
        placement=translate("FollowUpCalendar", "Measure: {measure}"),
        footer=translate("FollowUpCalendar", "From Jobbro (My follow-ups)."),
        calendar_name=translate("FollowUpCalendar", "Jobbro – follow-ups"),
        category="Jobbro",
    )


def task_text(row: dict) -> str:
    # A hire's and a placement's tasks are Jobbro's own (English source) texts; a contact's is the user's.
    if row["source"] in ("shortlist", "placement"):
        return translate("FollowUps", row["follow_up_task"] or "")
    return row["follow_up_task"] or ""


def ics_text(db: Store, *, consultant: str | None, now: dt.datetime | None = None) -> tuple[str, int]:
    """The calendar file's text of every open follow-up (overdue ones on their due day) and how many."""
    rows = followups.due(db, consultant=consultant, until=followups.ALL_OPEN)
    shown = texts()
    found = events(rows, shown, task_text)
    stamp = now or dt.datetime.now(dt.UTC)
    return calendar(found, stamp=stamp, name=shown.calendar_name), len(found)


def export(db: Store, path: str | os.PathLike, *, consultant: str | None) -> int:
    """Write the .ics file (whole or not at all); returns the number of events."""
    text, count = ics_text(db, consultant=consultant)
    write_bytes_atomically(path, text.encode("utf-8"))
    return count
