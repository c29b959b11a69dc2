"""Every user preference declared once, typed, with its default; window state is kept apart."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from db import retention
from matching import weights


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


def _default_store() -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return str(Path(base) / "jobbro.sqlite")


def _default_backup_folder() -> str:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return str(Path(base) / "backups")


def _default_consultant() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems; an empty name is fine
        return ""


OPTIONS = {
    "consultant_name": Option("user/consultant_name", str, None),
    # Printed on the company's shortlist so the company can call or write back.
    "consultant_phone": Option("user/consultant_phone", str, ""),
    "consultant_email": Option("user/consultant_email", str, ""),
    "language": Option("user/language", str, "da"),
    "store_path": Option("store/path", str, None),
    "job_centre_name": Option("reports/job_centre_name", str, "Jobcenter"),
    "logo_path": Option("reports/logo_path", str, ""),
    # The policy term of the match score (matching/weights.py holds the defaults and the cap).
    "policy_enabled": Option("matching/policy_enabled", bool, weights.POLICY_ENABLED),
    "policy_weight": Option("matching/policy_weight", float, weights.POLICY),
    "policy_long_term": Option("matching/policy_long_term", bool, weights.POLICY_LONG_TERM),
    "policy_young": Option("matching/policy_young", bool, weights.POLICY_YOUNG),
    # Retention rules (db/retention.py holds the defaults; docs/PRIVACY.md explains them).
    "retention_candidate_months": Option("privacy/candidate_inactive_months", int, retention.CANDIDATE_INACTIVE_MONTHS),
    "retention_contact_person_years": Option("privacy/contact_person_years", int, retention.CONTACT_PERSON_YEARS),
    # Encryption, lock and backups (docs/ENCRYPTION.md); 0 minutes = never lock by itself.
    # Overblik: the municipality's number of companies with employees (jobindsats); 0 = not entered.
    "kpi_municipality_total": Option("overview/municipality_total", int, 0),
    "lock_minutes": Option("security/lock_minutes", int, 10),
    "backup_folder": Option("backup/folder", str, None),
    "backup_daily": Option("backup/daily", int, 7),
    "backup_weekly": Option("backup/weekly", int, 4),
}

DYNAMIC_DEFAULTS = {"consultant_name": _default_consultant, "store_path": _default_store,
                    "backup_folder": _default_backup_folder}


def retention_rules() -> retention.Rules:
    """The retention rules with the periods chosen in Settings (defaults in db/retention.py)."""
    return retention.Rules(candidate_inactive_months=get("retention_candidate_months"),
                           contact_person_years=get("retention_contact_person_years"))


def _settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Jobbro", "Jobbro")


def get(name: str):
    option = OPTIONS[name]
    default = option.default if option.default is not None else DYNAMIC_DEFAULTS[name]()
    value = _settings().value(option.key, default)
    if option.type is bool:
        return value in (True, "true", "1", 1)
    try:
        return option.type(value)
    except (TypeError, ValueError):
        return default


def put(name: str, value) -> None:
    settings = _settings()
    settings.setValue(OPTIONS[name].key, value)
    settings.sync()


def restore_geometry(widget: QWidget, name: str) -> None:
    """Restore a window's geometry and state saved by save_geometry()."""
    value = _settings().value(f"window/{name}/geometry")
    if isinstance(value, QByteArray):
        widget.restoreGeometry(value)


def save_geometry(widget: QWidget, name: str) -> None:
    settings = _settings()
    settings.setValue(f"window/{name}/geometry", widget.saveGeometry())
    settings.sync()
