"""An iCalendar file (RFC 5545) of all-day events: the writer behind the follow-ups' calendar export.

Pure text: no Qt, no SQL. A calendar that imports the file a second time updates the events whose UID
it knows (a higher SEQUENCE wins) instead of adding them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

PRODID = "-//Jobbro//Follow-ups//DA"
LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than 75 octets are folded


@dataclass(frozen=True)
class Event:
    """One all-day event. `uid` must stay the same for the same thing from export to export;
    `sequence` must grow when the event changes (e.g. minutes since an epoch of its last change)."""

    uid: str
    day: dt.date
    summary: str
    description: str = ""
    sequence: int = 0
    categories: tuple[str, ...] = ()


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    # Other control characters have no place in a content line (3.1): drop them.
    return "".join(c for c in text if c == "\t" or ord(c) >= 0x20 and ord(c) != 0x7F)


def fold(line: str) -> str:
    """Fold a content line into pieces of at most 75 octets (UTF-8), never inside a character,
    each continuation starting with one space (3.1)."""
    pieces, current, size = [], [], 0
    limit = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _event_lines(event: Event, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape(event.uid)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.day + dt.timedelta(days=1):%Y%m%d}",
        f"SEQUENCE:{max(int(event.sequence), 0)}",
        f"SUMMARY:{escape(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape(event.description)}")
    if event.categories:
        lines.append("CATEGORIES:" + ",".join(escape(c) for c in event.categories))
    lines += ["TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "END:VEVENT"]
    return lines


def calendar(events: Iterable[Event], *, stamp: dt.datetime, name: str = "") -> str:
    """The whole file as text with CRLF line ends; write it as UTF-8 bytes (newline="")."""
    when = _utc(stamp)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape(name)}")
    for event in events:
        lines += _event_lines(event, when)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
