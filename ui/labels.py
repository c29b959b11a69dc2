"""Translated labels for stored codes, and Danish-style formatting of dates and numbers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale



def company_status() -> dict[str, str]:
    return {"prospect": QCoreApplication.translate("labels", "Prospect"), "active": QCoreApplication.translate("labels", "Active"), "inactive": QCoreApplication.translate("labels", "Inactive")}


def need_status() -> dict[str, str]:
    return {"open": QCoreApplication.translate("labels", "Open"), "shortlisted": QCoreApplication.translate("labels", "Shortlisted"), "filled": QCoreApplication.translate("labels", "Filled"),
            "cancelled": QCoreApplication.translate("labels", "Cancelled")}


def shortlist_status() -> dict[str, str]:
    return {"proposed": QCoreApplication.translate("labels", "Proposed"), "sent": QCoreApplication.translate("labels", "Sent to the company"),
            "interview": QCoreApplication.translate("labels", "Interview"), "hired": QCoreApplication.translate("labels", "Hired"),
            "rejected": QCoreApplication.translate("labels", "Rejected"), "withdrawn": QCoreApplication.translate("labels", "Withdrawn")}


def candidate_status() -> dict[str, str]:
    return {"active": QCoreApplication.translate("labels", "Active"), "in_job": QCoreApplication.translate("labels", "In job"), "inactive": QCoreApplication.translate("labels", "Inactive")}


def contact_kind() -> dict[str, str]:
    return {"visit": QCoreApplication.translate("labels", "Visit"), "phone": QCoreApplication.translate("labels", "Phone"), "email": QCoreApplication.translate("labels", "E-mail"), "meeting": QCoreApplication.translate("labels", "Meeting"),
            "online": QCoreApplication.translate("labels", "Online meeting")}


def employment_form() -> dict[str, str]:
    return {"ordinary": QCoreApplication.translate("labels", "Ordinary job"), "fleksjob": QCoreApplication.translate("labels", "Flexi-job"), "wage_subsidy": QCoreApplication.translate("labels", "Wage subsidy"),
            "internship": QCoreApplication.translate("labels", "Work trial"), "igu": QCoreApplication.translate("labels", "IGU"), "apprenticeship": QCoreApplication.translate("labels", "Apprenticeship"),
            "seasonal": QCoreApplication.translate("labels", "Seasonal job")}


def shift() -> dict[str, str]:
    return {"day": QCoreApplication.translate("labels", "Day"), "evening": QCoreApplication.translate("labels", "Evening"), "night": QCoreApplication.translate("labels", "Night"), "weekend": QCoreApplication.translate("labels", "Weekend")}


def danish_level() -> dict[int, str]:
    return {0: QCoreApplication.translate("labels", "No Danish"), 1: QCoreApplication.translate("labels", "Basic Danish"), 2: QCoreApplication.translate("labels", "Good Danish"), 3: QCoreApplication.translate("labels", "Fluent Danish"),
            4: QCoreApplication.translate("labels", "Danish as mother tongue")}


def education_level() -> dict[str, str]:
    return {"none": QCoreApplication.translate("labels", "No completed education"), "primary": QCoreApplication.translate("labels", "Primary school"),
            "upper_secondary": QCoreApplication.translate("labels", "Upper secondary school"), "vocational": QCoreApplication.translate("labels", "Vocational education"),
            "short_higher": QCoreApplication.translate("labels", "Short higher education"), "bachelor": QCoreApplication.translate("labels", "Medium-cycle higher education"),
            "master": QCoreApplication.translate("labels", "Long-cycle higher education")}


def consent_scope() -> dict[str, str]:
    return {"named_profile": QCoreApplication.translate("labels", "Named profile may be shared with companies"),
            "named_profile_and_contact": QCoreApplication.translate("labels", "Named profile and contact details may be shared")}


def size_band() -> dict[str, str]:
    return {"1": QCoreApplication.translate("labels", "1 employee"), "2-9": QCoreApplication.translate("labels", "2–9 employees"), "10-49": QCoreApplication.translate("labels", "10–49 employees"),
            "50-249": QCoreApplication.translate("labels", "50–249 employees"), "250+": QCoreApplication.translate("labels", "250 or more employees")}


def candidate_name(value) -> str:
    """A candidate's name, or "Slettet kandidat" for the anonymous row an erased person leaves on a shortlist."""
    return value or QCoreApplication.translate("labels", "Erased candidate")


def retention_reason(rule: str, basis: str) -> str:
    """Why a retention rule selects a record, e.g. "Ingen aktivitet siden 03-11-2025"."""
    from db.retention import REASONS

    return QCoreApplication.translate("Retention", REASONS[rule]).format(date=date(basis))


def yes_no(value) -> str:
    return QCoreApplication.translate("labels", "Yes") if value else QCoreApplication.translate("labels", "No")


def _date_separator() -> str:
    """Danish dd-mm-yyyy; the English UI (en_GB) writes dd/mm/yyyy. The store's validation reads both."""
    return "/" if QLocale().language() == QLocale.Language.English else "-"


def date_hint() -> str:
    """How to type a date, e.g. "dd-mm-yyyy" (the Danish UI says "dd-mm-åååå")."""
    if _date_separator() == "/":
        return "dd/mm/yyyy"
    return QCoreApplication.translate("DateLine", "dd-mm-yyyy")


def date(iso: str | None) -> str:
    """An ISO date as the user's locale writes it (dd-mm-yyyy in Danish, dd/mm/yyyy in English)."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    sep = _date_separator()
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def datetime(iso: str | None) -> str:
    if not iso:
        return ""
    text = date(iso)
    return f"{text} {iso[11:16]}" if len(iso) >= 16 else text


def decimal_separator() -> str:
    """"," in Danish, "." in English: the installed language's (ui.i18n.install sets the locale)."""
    return QLocale().decimalPoint()


def number(value, decimals: int = 0) -> str:
    if value is None or value == "":
        return ""
    return QLocale().toString(float(value), "f", decimals)


def hours(value) -> str:
    if value is None or value == "":
        return ""
    value = float(value)
    return number(value, 0 if value.is_integer() else 1)


def qdate(iso: str | None) -> QDate:
    return QDate.fromString(iso[:10], "yyyy-MM-dd") if iso else QDate()
