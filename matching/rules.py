"""The domain's rules, defined once: statuses, the steps a shortlist entry may take, when a need is open
or filled, and what a valid consent is. Qt-free and SQL-free: db/ enforces these answers, ui/ asks them
what to offer, matching/ and reports/ read them. See docs/SHORTLISTS.md.
"""

from __future__ import annotations

import calendar
import datetime as dt

from matching.i18n_marker import QT_TRANSLATE_NOOP

# ---- needs (job orders) ---------------------------------------------------------------------------
NEED_STATUSES = ("open", "shortlisted", "filled", "cancelled")
OPEN_NEED_STATUSES = ("open", "shortlisted")  # still looking for candidates: ranked, shown as open
CLOSED_NEED_STATUSES = ("filled", "cancelled")


def need_is_open(status: str | None) -> bool:
    """An open need is one the job centre still works on: open or with a shortlist under way."""
    return status in OPEN_NEED_STATUSES


def need_takes_candidates(status: str | None) -> bool:
    """New candidates may be put on the list of a need that is neither filled nor cancelled."""
    return status not in CLOSED_NEED_STATUSES


def hire_fills_need(hired_after: int, positions: int | None) -> bool:
    """This hire (the `hired_after`-th) fills the need when its positions are all taken."""
    return hired_after >= max(positions or 1, 1)


def need_status_after_list_change(status: str, entries_left: int) -> str:
    """An open need with a first entry is 'shortlisted'; a shortlisted need whose list is empty is open again."""
    if status == "open" and entries_left:
        return "shortlisted"
    if status == "shortlisted" and not entries_left:
        return "open"
    return status


# ---- shortlist entries ---------------------------------------------------------------------------
SHORTLIST_STATUSES = ("proposed", "sent", "interview", "hired", "rejected", "withdrawn")
FINAL_STATUSES = frozenset({"hired", "rejected", "withdrawn"})
# The forward path; 'rejected' and 'withdrawn' leave it from any non-final status.
FORWARD = ("proposed", "sent", "interview", "hired")
LEAVING = ("rejected", "withdrawn")

_FINAL_MESSAGES = {
    "hired": QT_TRANSLATE_NOOP("Validation", "Cannot move a hired candidate to another step: hired is final."),
    "rejected": QT_TRANSLATE_NOOP("Validation", "Cannot move a rejected candidate to another step: a rejection is final."),
    "withdrawn": QT_TRANSLATE_NOOP("Validation", "Cannot move a withdrawn candidate to another step: withdrawn is final."),
}
_BACKWARD_MESSAGES = {
    ("sent", "proposed"): QT_TRANSLATE_NOOP("Validation", "Cannot move from sent to the company back to proposed."),
    ("interview", "proposed"): QT_TRANSLATE_NOOP("Validation", "Cannot move from interview back to proposed."),
    ("interview", "sent"): QT_TRANSLATE_NOOP("Validation", "Cannot move from interview back to sent to the company."),
}
UNKNOWN_STATUS = QT_TRANSLATE_NOOP("Validation", "\"{value}\" is not a known value.")
SAME_STATUS = QT_TRANSLATE_NOOP("Validation", "The candidate already has this status.")


def next_steps(status: str) -> tuple[str, ...]:
    """The steps an entry with this status may take next (none once it is final)."""
    if status in FINAL_STATUSES or status not in SHORTLIST_STATUSES:
        return ()
    later = FORWARD[FORWARD.index(status) + 1:] if status in FORWARD else ()
    return (*later, *LEAVING)


def step_problem(old: str, new: str) -> str | None:
    """Why the step old -> new is not allowed (an English source text), or None when it is."""
    if new not in SHORTLIST_STATUSES:
        return UNKNOWN_STATUS
    if old in FINAL_STATUSES:
        return _FINAL_MESSAGES[old]
    if old == new:
        return SAME_STATUS
    return _BACKWARD_MESSAGES.get((old, new))


def can_remove_entry(status: str) -> bool:
    """Only a proposed entry leaves the list without a trace; later ones are withdrawn instead."""
    return status == "proposed"


# ---- candidates and consent ------------------------------------------------------------------------
CANDIDATE_STATUSES = ("active", "in_job", "inactive")
CONSENT_SCOPES = ("named_profile", "named_profile_and_contact")
CONTACT_SCOPE = "named_profile_and_contact"  # name and contact details may go to the company


# How long a consent lasts when the consultant records no end date: two years, the usual period the
# job centres' consent forms name; a consultant can type a shorter or longer end date (docs/PRIVACY.md).
CONSENT_DEFAULT_MONTHS = 24


def has_valid_consent(consent_date: str | None, consent_scope: str | None, consent_until: str | None, *,
                      today: dt.date | None = None) -> bool:
    """A named profile may leave the job centre on `today`: a consent with its date (not in the future),
    a known scope and an end date that has not passed. An expired consent counts as none everywhere.
    db.consent.sql_valid is the same rule in SQL (a test keeps the two equal)."""
    if not consent_date or consent_scope not in CONSENT_SCOPES or not consent_until:
        return False
    day = (today or dt.date.today()).isoformat()
    return str(consent_date)[:10] <= day <= str(consent_until)[:10]


def may_share_contact(consent_date: str | None, consent_scope: str | None, consent_until: str | None, *,
                      today: dt.date | None = None) -> bool:
    """The company may also see phone and e-mail."""
    return (has_valid_consent(consent_date, consent_scope, consent_until, today=today)
            and consent_scope == CONTACT_SCOPE)


def consent_expired(consent_date: str | None, consent_until: str | None, *, today: dt.date | None = None) -> bool:
    """A consent was recorded but its end date has passed: it must be renewed."""
    return bool(consent_date and consent_until) and str(consent_until)[:10] < (today or dt.date.today()).isoformat()


def default_consent_until(consent_date: str) -> str:
    """The end date of a consent given on `consent_date` (ISO) when none is recorded."""
    return add_months(dt.date.fromisoformat(consent_date[:10]), CONSENT_DEFAULT_MONTHS).isoformat()


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month `months` later, clamped to the month's end (31 Jan + 3 = 30 Apr)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
