"""A person's export ("Udtræk alt om personen"): the store's data as JSON, or as display text for the PDF.

No widgets: the app and `jobbro person-export` both use it. db/person_export.py collects the data (and
records the export as a read); this module words it in the user's language for reports/person_report.py
and writes either file through a temporary file beside the target, so a failure leaves no half file.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


from db.store import Store
from db import person_export
from reports.person_report import PersonReport, ReportTable, Section, render_person
from ui import labels
from ui.i18n import translate

FORMATS = ("json", "pdf")


def format_of(path: str | os.PathLike) -> str | None:
    """'json' or 'pdf' by the file's extension, None for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def export_person(
    db: Store, candidate_id: int, out: str | os.PathLike, *, who: str, job_centre_name: str = "Jobcenter"
) -> int:
    """Write everything about the candidate to `out` (.json or .pdf); returns the PDF's pages (0 for JSON).

    NotFound for an unknown candidate, ValueError for another extension, OSError when it cannot be written.
    """
    kind = format_of(out)
    if kind is None:
        raise ValueError(f"unknown export format: {out}")
    data = person_export.collect(db, candidate_id, who=who)
    if kind == "json":
        text = json.dumps(data, ensure_ascii=False, indent=2)
        _write_atomically(Path(out), lambda path: Path(path).write_text(text, encoding="utf-8"))
        return 0
    report = build_report(data, job_centre_name)
    pages = []
    _write_atomically(Path(out), lambda path: pages.append(render_person(report, path)))
    return pages[0]


def _write_atomically(out: Path, write) -> None:
    handle, temp = tempfile.mkstemp(prefix=".jobbro-", suffix=out.suffix, dir=out.parent)
    os.close(handle)
    try:
        write(temp)  # owner-only (mkstemp's mode): the file holds personal data
        os.replace(temp, out)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def field_labels() -> dict[str, str]:
    return {
        "name": translate("PersonDoc", "Name"),
        "phone": translate("PersonDoc", "Phone"),
        "email": translate("PersonDoc", "E-mail"),
        "postcode": translate("PersonDoc", "Postcode"),
        "birth_year": translate("PersonDoc", "Birth year"),
        "external_id": translate("PersonDoc", "Case system id"),
        "status": translate("PersonDoc", "Status"),
        "target_group_code": translate("PersonDoc", "Target group"),
        "unemployed_since": translate("PersonDoc", "Unemployed since"),
        "caseworker": translate("PersonDoc", "Caseworker"),
        "consultant": translate("PersonDoc", "Consultant"),
        "education_level": translate("PersonDoc", "Education"),
        "danish_level": translate("PersonDoc", "Danish"),
        "hours_per_week": translate("PersonDoc", "Hours available per week"),
        "available_from": translate("PersonDoc", "Available from"),
        "own_car": translate("PersonDoc", "Own car"),
        "max_commute_min": translate("PersonDoc", "Max. daily commute (minutes)"),
        "notes": translate("PersonDoc", "Notes"),
        "consent_date": translate("PersonDoc", "Consent given"),
        "consent_scope": translate("PersonDoc", "Consent scope"),
        "consent_by": translate("PersonDoc", "Consent recorded by"),
        "consent_until": translate("PersonDoc", "Consent valid until"),
        "occupations": translate("PersonDoc", "Desired occupations"),
        "skills": translate("PersonDoc", "Skills, certificates and licences"),
        "restrictions": translate("PersonDoc", "Health restrictions"),
        "created_at": translate("PersonDoc", "Created"),
        "updated_at": translate("PersonDoc", "Last changed"),
        "retention_kept": translate("PersonDoc", "Kept at a retention review"),
        "company_id": translate("PersonDoc", "Company"),  # a contact person's own fields
        "role": translate("PersonDoc", "Role"),
    }


def action_labels() -> dict[str, str]:
    return {
        "create": translate("PersonDoc", "Created"),
        "update": translate("PersonDoc", "Changed"),
        "delete": translate("PersonDoc", "Deleted"),
        "erase": translate("PersonDoc", "Erased"),
        "view": translate("PersonDoc", "Viewed"),
        "export": translate("PersonDoc", "Exported"),
        "pdf": translate("PersonDoc", "Put in a shortlist PDF"),
    }


def fields_text(fields: list[str]) -> str:
    names = field_labels()
    return ", ".join(names.get(f, f) for f in fields)


def build_report(data: dict, job_centre_name: str) -> PersonReport:
    p = data["profile"]
    return PersonReport(
        title=translate("PersonDoc", "Everything the job centre holds about you"),
        person=p.get("name") or "",
        job_centre_name=job_centre_name,
        generated=translate("PersonDoc", "Extracted {date} by {who}").format(
            date=labels.datetime(data["generated_at"]), who=data["generated_by"]
        ),
        intro=translate(
            "PersonDoc",
            "This is a copy of all data Jobbro, the business consultants' system, holds about you: your "
            "profile, your consent, the job openings you were put forward for, follow-ups, and who has "
            "changed or looked at your record and when. You have the right to have wrong data corrected "
            "and, where the law allows, erased. Ask the job centre.",
        ),
        footer=translate("PersonDoc", "Personal data – keep it safe. Made with Jobbro."),
        page_of=translate("PersonDoc", "Page {page} of {pages}"),
        sections=[_profile(data), _consent(data), _shortlists(data), _follow_ups(data), _changes(data), _reads(data)],
    )


def _text(value) -> str:
    return "" if value is None else str(value)


def _profile(data: dict) -> Section:
    p, names = data["profile"], field_labels()
    shown = [
        ("name", p.get("name")),
        ("phone", p.get("phone")),
        ("email", p.get("email")),
        ("postcode", " ".join(x for x in (p.get("postcode"), data.get("town")) if x)),
        ("birth_year", p.get("birth_year")),
        ("external_id", p.get("external_id")),
        ("status", labels.candidate_status().get(p.get("status"), p.get("status"))),
        ("target_group_code", data.get("target_group")),
        ("unemployed_since", labels.date(p.get("unemployed_since"))),
        ("caseworker", p.get("caseworker")),
        ("consultant", p.get("consultant")),
        ("occupations", ", ".join(data["occupations"])),
        ("skills", ", ".join(data["skills"])),
        ("education_level", labels.education_level().get(p.get("education_level"), p.get("education_level"))),
        ("danish_level", labels.danish_level().get(p.get("danish_level"), p.get("danish_level"))),
        ("hours_per_week", labels.hours(p.get("hours_per_week"))),
        ("available_from", labels.date(p.get("available_from"))),
        ("own_car", labels.yes_no(p.get("own_car"))),
        ("max_commute_min", p.get("max_commute_min")),
        ("restrictions", ", ".join(data["restrictions"])),
        ("notes", p.get("notes")),
        ("created_at", labels.datetime(p.get("created_at"))),
        ("updated_at", labels.datetime(p.get("updated_at"))),
    ]
    return Section(translate("PersonDoc", "Your profile"), [(names[k], _text(v)) for k, v in shown if _text(v).strip()])


def _consent(data: dict) -> Section:
    c = data["consent"]
    if not c["date"]:
        fields = [
            (
                translate("PersonDoc", "Consent"),
                translate("PersonDoc", "No consent recorded: companies only see you anonymously."),
            )
        ]
    else:
        state = (
            translate("PersonDoc", "Valid")
            if c["valid_today"]
            else translate("PersonDoc", "Expired: companies only see you anonymously")
        )
        fields = [
            (field_labels()["consent_date"], labels.date(c["date"])),
            (field_labels()["consent_scope"], labels.consent_scope().get(c["scope"], _text(c["scope"]))),
            (field_labels()["consent_by"], _text(c["recorded_by"])),
            (field_labels()["consent_until"], labels.date(c["valid_until"])),
            (translate("PersonDoc", "Today"), state),
        ]
    rows = [
        [labels.datetime(h["at"]), h["who"], action_labels().get(h["action"], h["action"]), fields_text(h["fields"])]
        for h in c["history"]
    ]
    return Section(
        translate("PersonDoc", "Consent to share your profile with companies"),
        fields,
        ReportTable(
            [
                translate("PersonDoc", "When"),
                translate("PersonDoc", "Who"),
                translate("PersonDoc", "What"),
                translate("PersonDoc", "Fields"),
            ],
            rows,
            [0.2, 0.2, 0.15, 0.45],
        ),
        intro=translate("PersonDoc", "History of the consent: when and by whom it was recorded or changed.") if rows else "",
    )


def _shortlists(data: dict) -> Section:
    status = labels.shortlist_status()
    rows = []
    for e in data["shortlists"]:
        steps = "; ".join(f"{status.get(s['status'], s['status'])} {labels.date(s['at'])}" for s in e["steps"])
        rows.append(
            [
                e["company_name"] or "",
                e["need_title"] or "",
                labels.date(e["added_at"]),
                status.get(e["status"], e["status"]) + (f": {e['rejection_reason']}" if e["rejection_reason"] else ""),
                steps,
            ]
        )
    return Section(
        translate("PersonDoc", "Job openings you were put forward for"),
        table=ReportTable(
            [
                translate("PersonDoc", "Company"),
                translate("PersonDoc", "Job"),
                translate("PersonDoc", "Added"),
                translate("PersonDoc", "Status"),
                translate("PersonDoc", "Steps"),
            ],
            rows,
            [0.2, 0.2, 0.12, 0.18, 0.3],
        ),
        empty=translate("PersonDoc", "You have not been put forward for any job opening."),
    )


def _follow_ups(data: dict) -> Section:
    rows = []
    for f in data["follow_ups"]:
        task = f["task"]  # an English source text marked in db/shortlists.py (FOLLOW_UP_TASK)
        rows.append([labels.date(f["due_date"]), translate("FollowUps", task), f["company_name"] or "", labels.yes_no(f["done"])])
    return Section(
        translate("PersonDoc", "Follow-ups"),
        table=ReportTable(
            [
                translate("PersonDoc", "Due"),
                translate("PersonDoc", "Task"),
                translate("PersonDoc", "Company"),
                translate("PersonDoc", "Done"),
            ],
            rows,
            [0.15, 0.45, 0.28, 0.12],
        ),
        empty=translate("PersonDoc", "No follow-ups."),
    )


def _changes(data: dict) -> Section:
    rows = [
        [labels.datetime(h["at"]), h["who"], action_labels().get(h["action"], h["action"]), fields_text(h["fields"])]
        for h in data["changes"]
    ]
    return Section(
        translate("PersonDoc", "Who changed your record"),
        table=ReportTable(
            [
                translate("PersonDoc", "When"),
                translate("PersonDoc", "Who"),
                translate("PersonDoc", "What"),
                translate("PersonDoc", "Fields"),
            ],
            rows,
            [0.2, 0.2, 0.15, 0.45],
        ),
        intro=translate("PersonDoc", "Which fields were changed, not their values."),
        empty=translate("PersonDoc", "No changes recorded."),
    )


def _reads(data: dict) -> Section:
    rows = [[labels.datetime(h["at"]), h["who"], action_labels().get(h["action"], h["action"])] for h in data["reads"]]
    return Section(
        translate("PersonDoc", "Who looked at your record"),
        table=ReportTable(
            [translate("PersonDoc", "When"), translate("PersonDoc", "Who"), translate("PersonDoc", "What")],
            rows,
            [0.3, 0.35, 0.35],
        ),
        empty=translate("PersonDoc", "Nobody has opened your record yet."),
    )
