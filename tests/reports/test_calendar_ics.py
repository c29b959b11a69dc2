"""The .ics writer (RFC 5545) and follow-ups as events: escaping, folding, stable UIDs, no citizen's name."""

import datetime as dt

from reports.calendar_ics import Event, calendar, escape, fold
from reports.followup_events import FollowUpTexts, event, sequence

STAMP = dt.datetime(2026, 12, 6, 10, 30, tzinfo=dt.UTC)


def _unfold(text: str) -> list[str]:
    return text.replace("\r\n ", "").split("\r\n")


def test_text_values_are_escaped():
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert escape("x\r\ny\rz") == "x\\ny\\nz"
    assert escape("bell\x07") == "bell"


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    line = "SUMMARY:" + "æøå" * 40
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line
    assert fold("short") == "short"


def test_a_calendar_has_one_all_day_vevent_per_event_with_crlf_lines():
    text = calendar([Event("a@jobbro", dt.date(2026, 12, 31), "Ring, til; Bo"),
                     Event("b@jobbro", dt.date(2027, 1, 2), "Besøg", "linje 1\nlinje 2", sequence=7)],
                    stamp=STAMP, name="Jobbro")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = _unfold(text)
    assert lines.count("BEGIN:VEVENT") == 2 == lines.count("END:VEVENT")
    assert "DTSTART;VALUE=DATE:20261231" in lines and "DTEND;VALUE=DATE:20270101" in lines
    assert "DTSTAMP:20261206T103000Z" in lines
    assert "SUMMARY:Ring\\, til\\; Bo" in lines
    assert "DESCRIPTION:linje 1\\nlinje 2" in lines
    assert "SEQUENCE:7" in lines


def _row(**values) -> dict:
    return {"source": "contact", "id": 12, "follow_up_date": "2026-12-08", "follow_up_task": "Ring om lærlinge",
            "company": "Smedien ApS", "summary": "Talte med Bo Hansen", "consultant": "Kim",
            "updated_at": "2026-12-01T09:00:00", **values}


def test_a_follow_up_event_has_a_uid_that_stays_and_a_sequence_that_grows():
    first = event(_row())
    again = event(_row(updated_at="2026-12-02T09:00:00", follow_up_date="2026-12-10"))
    assert first.uid == again.uid == "followup-contact-12@jobbro"
    assert event(_row(source="shortlist")).uid != first.uid
    assert again.sequence > first.sequence > 0
    assert sequence(None) == 0
    assert first.day == dt.date(2026, 12, 8)
    assert first.summary == "Opfølgning: Smedien ApS – Ring om lærlinge"


def test_no_candidates_name_and_no_contact_summary_in_the_events():
    hire = _row(source="shortlist", candidate="Anna Berg", need_title="Lagermedarbejder",
                summary="Anna Berg – Lagermedarbejder", follow_up_task="Check in after the first month")
    placement = _row(source="placement", candidate="Anna Berg", measure="Løntilskud",
                     summary="Anna Berg – Løntilskud", follow_up_task="Midway follow-up")
    contact = _row()
    text = "\n".join(_unfold(calendar([event(hire), event(placement), event(contact)], stamp=STAMP)))
    assert "Anna" not in text and "Berg" not in text
    assert "Bo Hansen" not in text
    assert "Lagermedarbejder" in text and "Løntilskud" in text


def test_texts_can_be_given_in_another_language():
    english = FollowUpTexts(summary="Follow-up: {company} – {task}")
    assert event(_row(), english).summary == "Follow-up: Smedien ApS – Ring om lærlinge"
    assert event(_row(follow_up_task=None)).summary == "Opfølgning: Smedien ApS"
