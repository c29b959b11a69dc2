"""Translated labels for stored codes, and Danish-style formatting of dates and numbers."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def company_status() -> dict[str, str]:
    return {"prospect": _t("Prospect"), "active": _t("Active"), "inactive": _t("Inactive")}


def need_status() -> dict[str, str]:
    return {"open": _t("Open"), "shortlisted": _t("Shortlisted"), "filled": _t("Filled"),
            "cancelled": _t("Cancelled")}


def candidate_status() -> dict[str, str]:
    return {"active": _t("Active"), "in_job": _t("In job"), "inactive": _t("Inactive")}


def contact_kind() -> dict[str, str]:
    return {"visit": _t("Visit"), "phone": _t("Phone"), "email": _t("E-mail"), "meeting": _t("Meeting"),
            "online": _t("Online meeting")}


def employment_form() -> dict[str, str]:
    return {"ordinary": _t("Ordinary job"), "fleksjob": _t("Flexi-job"), "wage_subsidy": _t("Wage subsidy"),
            "internship": _t("Work trial"), "igu": _t("IGU"), "apprenticeship": _t("Apprenticeship"),
            "seasonal": _t("Seasonal job")}


def shift() -> dict[str, str]:
    return {"day": _t("Day"), "evening": _t("Evening"), "night": _t("Night"), "weekend": _t("Weekend")}


def danish_level() -> dict[int, str]:
    return {0: _t("No Danish"), 1: _t("Basic Danish"), 2: _t("Good Danish"), 3: _t("Fluent Danish"),
            4: _t("Danish as mother tongue")}


def education_level() -> dict[str, str]:
    return {"none": _t("No completed education"), "primary": _t("Primary school"),
            "upper_secondary": _t("Upper secondary school"), "vocational": _t("Vocational education"),
            "short_higher": _t("Short higher education"), "bachelor": _t("Medium-cycle higher education"),
            "master": _t("Long-cycle higher education")}


def consent_scope() -> dict[str, str]:
    return {"named_profile": _t("Named profile may be shared with companies"),
            "named_profile_and_contact": _t("Named profile and contact details may be shared")}


def size_band() -> dict[str, str]:
    return {"1": _t("1 employee"), "2-9": _t("2–9 employees"), "10-49": _t("10–49 employees"),
            "50-249": _t("50–249 employees"), "250+": _t("250 or more employees")}


def yes_no(value) -> str:
    return _t("Yes") if value else _t("No")


def date(iso: str | None) -> str:
    """An ISO date as the user's locale writes it (dd-mm-yyyy in Danish)."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def datetime(iso: str | None) -> str:
    if not iso:
        return ""
    text = date(iso)
    return f"{text} {iso[11:16]}" if len(iso) >= 16 else text


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
