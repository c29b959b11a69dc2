"""Follow-ups (rows of db.followups.due) as calendar events, with no citizen's personal data.

An event says which company and what to do. It never names a candidate (a citizen): a hire's or a
placement's follow-up says the job or the measure instead. The logged contact's summary is left out
too, as free text may name people; the follow-up's own task is what the consultant wrote to do.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reports.calendar_ics import Event

EPOCH = dt.datetime(2020, 1, 1)


@dataclass(frozen=True)
class FollowUpTexts:
    """Fixed texts, Danish by default; `{placeholders}` are filled with str.format."""

    summary: str = "Opfølgning: {company} – {task}"
    summary_without_task: str = "Opfølgning: {company}"
    hire: str = "Ansættelse som {need}"
    placement: str = "Forløb: {measure}"
    footer: str = "Fra Jobbro (Mine opfølgninger)."
    calendar_name: str = "Jobbro – opfølgninger"
    category: str = "Jobbro"


def uid(row: dict, domain: str = "jobbro") -> str:
    """The same follow-up has the same UID in every export from the same store."""
    return f"followup-{row['source']}-{row['id']}@{domain}"


def sequence(updated_at: str | None) -> int:
    """Seconds from 2020 to the follow-up's last change: grows with every change, as SEQUENCE must
    (and fits RFC 5545's 32-bit INTEGER until 2088)."""
    try:
        moment = dt.datetime.fromisoformat(str(updated_at))
    except ValueError:
        return 0
    return max(int((moment.replace(tzinfo=None) - EPOCH).total_seconds()), 0)


def _background(row: dict, texts: FollowUpTexts) -> str:
    if row["source"] == "shortlist":
        return texts.hire.format(need=row.get("need_title") or "")
    if row["source"] == "placement":
        return texts.placement.format(measure=row.get("measure") or "")
    return ""


def event(row: dict, texts: FollowUpTexts = FollowUpTexts(), task: Callable[[dict], str] | None = None,
          domain: str = "jobbro") -> Event:
    """One follow-up as an all-day event on its due day. `task` gives the task as shown (a hire's and a
    placement's tasks are stored in English and translated by the caller)."""
    text = (task(row) if task else row.get("follow_up_task")) or ""
    text = " ".join(text.split())
    company = row.get("company") or ""
    summary = (texts.summary.format(company=company, task=text) if text
               else texts.summary_without_task.format(company=company))
    details = [part for part in (text, _background(row, texts), texts.footer) if part]
    return Event(uid=uid(row, domain), day=dt.date.fromisoformat(row["follow_up_date"][:10]), summary=summary,
                 description="\n".join(details), sequence=sequence(row.get("updated_at")),
                 categories=(texts.category,) if texts.category else ())


def events(rows: Iterable[dict], texts: FollowUpTexts = FollowUpTexts(),
           task: Callable[[dict], str] | None = None, domain: str = "jobbro") -> list[Event]:
    return [event(row, texts, task, domain) for row in rows]
