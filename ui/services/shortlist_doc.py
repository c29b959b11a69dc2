"""Assembles the shortlist PDF's data for one need: its saved shortlist, or else the best of the ranking.

Everything here is final display text (translated, dates dd-mm-yyyy, hours "25 t/uge") so the writer
in reports/ stays free of Qt, SQL and locale guesses. No widgets: the app, a worker thread and the
`jobbro shortlist` command all use it.

Privacy is decided twice on purpose: the writer hides what a variant may not show, and the company
variant is built without the personal data of a candidate who has not consented in the first place,
so a mistake in one place cannot put it on paper.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from functools import partial
from typing import BinaryIO
from collections.abc import Iterable, Sequence


from db.store import Store
from db import matching_data, shortlist_sources, shortlists
from matching import rules
from matching import texts
from matching.engine import Matcher
from matching.isco_groups import is_group
from matching.model import CandidateData, Match, NeedData, RankFilter
from matching.tables import open_measures
from reports.files import write_atomically
from reports.shortlist_data import VARIANTS, ShortlistDoc, ShortlistEntry
from reports.shortlist_labels import ShortlistLabels, english_labels
from reports.shortlist_pdf import RenderResult, render_shortlist
from ui import labels as ui_labels
from ui.i18n import translate
from ui.services.vocab_index import group_label

CERTIFICATE_KINDS = frozenset({"certificate", "licence"})
# What the company no longer needs to see: candidates it turned down, and ones the job centre took back.
NOT_FOR_COMPANY = frozenset({"rejected", "withdrawn"})
# Consent that lets contact details (not only the named profile) go to a company.
_COMMUTE_TEMPLATES = (texts.BY_CAR, texts.BY_PUBLIC, texts.DISTANCE_UNKNOWN)


@dataclass(frozen=True)
class ReportSettings:
    """Who the shortlist comes from: printed in its header and footer."""

    job_centre_name: str = "Jobcenter"
    logo_path: str | None = None
    consultant_name: str = ""
    consultant_phone: str = ""
    consultant_email: str = ""

    @classmethod
    def from_settings(cls, *, job_centre_name: str | None = None, logo_path: str | None = None,
                      consultant_name: str | None = None, consultant_phone: str | None = None,
                      consultant_email: str | None = None) -> ReportSettings:
        """The user's settings, with any value given here taking their place (e.g. from the command line)."""
        from ui import settings

        def pick(given, name):
            value = given if given is not None else settings.get(name)
            return (value or "").strip()

        return cls(job_centre_name=pick(job_centre_name, "job_centre_name") or cls.job_centre_name,
                   logo_path=pick(logo_path, "logo_path") or None,
                   consultant_name=pick(consultant_name, "consultant_name"),
                   consultant_phone=pick(consultant_phone, "consultant_phone"),
                   consultant_email=pick(consultant_email, "consultant_email"))


def report_labels(lang: str | None = None) -> ShortlistLabels:
    """The writer's fixed texts in the user's language (Danish unless English is chosen)."""
    if lang is None:
        from ui import settings

        lang = settings.get("language")
    base = english_labels() if lang == "en" else ShortlistLabels()
    return base.with_overrides(
        # The store records desired occupations, not work history: say so rather than call it experience.
        experience=translate("ShortlistDoc", "Desired occupations"),
        # build_doc gives each score part as (name, points, most points), so the column adds up to the score.
        part_value=translate("ShortlistDoc", "Points"),
        part_weight=translate("ShortlistDoc", "Max."),
    )


def write_pdf(doc: ShortlistDoc, out: str | os.PathLike | BinaryIO, labels: ShortlistLabels | None = None) -> RenderResult:
    """Render `doc` with the labels build_doc assumed (report_labels() unless given).

    A path is written through a temporary file beside it and moved into place, so a failure never
    leaves a half-written PDF (nor replaces a good one). OSError when it cannot be written.
    """
    labels = labels or report_labels()
    if not isinstance(out, (str, os.PathLike)):
        return render_shortlist(doc, out, labels)
    return write_atomically(out, lambda temp: render_shortlist(doc, temp, labels))


def build_doc(db: Store, matcher: Matcher, need_id: int, *, variant: str = "company", top: int = 10,
              today: dt.date | None = None, report: ReportSettings | None = None,
              labels: ShortlistLabels | None = None, entries: Sequence[dict] | None = None) -> ShortlistDoc:
    """The shortlist document of need `need_id`, in any status.

    Entries are `entries` when given (rows shaped like db.shortlists.entries(): candidate_id, and
    optionally position, note, status, status_date, rejection_name), else the need's saved shortlist
    in position order, else the `top` best candidates of the ranking (excluded ones left out).
    The company variant leaves out entries the company rejected or the job centre withdrew.
    Raises NotFound for an unknown need, ValueError for an unknown variant or a negative `top`.
    Render it with the same labels (write_pdf does): some texts are formatted by them.
    """
    if variant not in VARIANTS:
        raise ValueError(f"variant must be one of {VARIANTS}, got {variant!r}")
    if top < 0:
        raise ValueError(f"top must not be negative, got {top}")
    today = today or dt.date.today()
    report = report or ReportSettings()
    labels = labels or report_labels()
    vocab = matcher.index.vocab
    need = matching_data.load_need(db, need_id, vocab)
    assembler = _Assembler(db, matcher, need, variant, today, labels)
    rows = list(entries) if entries is not None else shortlists.entries(db, need_id)
    if rows:
        if variant == "company":
            rows = [r for r in rows if r.get("status") not in NOT_FOR_COMPANY]
        listed = assembler.saved(rows)
    else:
        listed = assembler.ranked(top)
    return assembler.doc(report, listed)


class _Assembler:
    """Turns the store's rows and the matcher's explanations into the writer's plain data."""

    def __init__(self, db: Store, matcher: Matcher, need: NeedData, variant: str, today: dt.date,
                 labels: ShortlistLabels):
        self.db, self.matcher, self.need, self.variant, self.today = db, matcher, need, variant, today
        self.labels, self.vocab = labels, matcher.index.vocab
        self.words = partial(translate, "Reasons")
        self.measure_order = shortlist_sources.measure_order(db)

    # ---- entries ---------------------------------------------------------------------------

    def ranked(self, top: int) -> list[ShortlistEntry]:
        ranking = self.matcher.rank_candidates(self.need, top=top, filters=RankFilter(), today=self.today) \
            if top else None
        matches = ranking.matches if ranking else []
        people = shortlist_sources.people(self.db, [m.candidate_id for m in matches])
        out = []
        for number, match in enumerate(matches, 1):
            person = people.get(match.candidate_id)
            if person is None:  # deleted since the index was built
                continue
            cand = self.matcher.index.candidate(match.candidate_id) or \
                matching_data.load_candidate(self.db, match.candidate_id)
            out.append(self.entry(number, cand, match, person, {}))
        return out

    def saved(self, rows: list[dict]) -> list[ShortlistEntry]:
        people = shortlist_sources.people(self.db, [r["candidate_id"] for r in rows])
        rows = [r for r in rows if r["candidate_id"] in people]  # one deleted since the rows were read is gone
        cands = [matching_data.load_candidate(self.db, r["candidate_id"]) for r in rows]
        matches = self.matcher.explain(self.need, cands, self.today)  # in any status, one pass for all
        return [self.entry(int(row.get("position") or i), cand, match, people[row["candidate_id"]], row)
                for i, (row, cand, match) in enumerate(zip(rows, cands, matches), 1)]

    def entry(self, number: int, cand: CandidateData, match: Match, person: dict, row: dict) -> ShortlistEntry:
        consented = _consents(person, self.today)
        hide = self.variant == "company" and not consented  # nothing personal leaves the job centre
        contact = not hide and (self.variant == "internal" or rules.may_share_contact(
            person["consent_date"], person["consent_scope"], person["consent_until"], today=self.today))
        skills = self._skills(cand)
        internal = self.variant == "internal"
        return ShortlistEntry(
            number=number,
            candidate_id=_candidate_ref(person),
            name="" if hide else person["name"] or "",
            phone=person["phone"] if contact else None,
            email=person["email"] if contact else None,
            birth_year=person["birth_year"] if internal else None,
            postcode=None if hide else person["postcode"],
            town=None if hide else person["town"],
            consent=consented,
            consent_text=self._consent_text(person) if internal else None,
            status=self._status(row) if internal else None,
            note=None if hide else (row.get("note") or None),
            score=float(match.score),
            matching_skills=skills["matching"],
            missing_skills=skills["missing"],
            certificates=skills["certificates"],
            missing_certificates=skills["missing_certificates"],
            experience=list(person["occupations"]),
            education_level=ui_labels.education_level().get(person["education_level"]) or None,
            hours=self._hours_text(cand.hours_per_week, cand.hours_per_week),
            earliest_start=self._start(cand.available_from),
            commute=self._commute(match),
            measures=self._measures(cand),
            reasons=self._reasons(match) if internal else [],
            score_parts=self._parts(match) if internal else [],
        )

    def _skills(self, cand: CandidateData) -> dict[str, list[str]]:
        """Matching and missing skills split from certificates and licences, in the order of the need
        (hard requirements first, then essential, then desired)."""
        key = self.matcher.index.skill_key
        own = {key(ref) for ref in cand.skills}
        needed = _unique([*self.need.required, *self.need.essential], key)
        wanted = _unique([*needed, *self.need.desired], key)
        asked = {key(ref) for ref in wanted}
        cert = self._is_certificate
        name = self.vocab.skill_name
        return {
            "matching": [name(r) for r in wanted if key(r) in own and not cert(r)],
            "missing": [name(r) for r in needed if key(r) not in own and not cert(r)],
            # held certificates the job asks for first, then the others the candidate holds
            "certificates": [name(r) for r in wanted if key(r) in own and cert(r)]
                            + [name(r) for r in _unique(cand.skills, key) if cert(r) and key(r) not in asked],
            "missing_certificates": [name(r) for r in needed if key(r) not in own and cert(r)],
        }

    def _is_certificate(self, ref) -> bool:
        return not isinstance(ref, str) and self.vocab.skill_kinds.get(ref) in CERTIFICATE_KINDS

    def _consent_text(self, person: dict) -> str | None:
        if not person["consent_date"]:
            return None
        if rules.consent_expired(person["consent_date"], person["consent_until"], today=self.today):
            return translate("ShortlistDoc", "Consent {date} expired on {until}: the company sees this candidate "
                                             "anonymously").format(
                date=self._date(person["consent_date"]), until=self._date(person["consent_until"]))
        scope = ui_labels.consent_scope().get(person["consent_scope"] or "", person["consent_scope"] or "")
        return translate("ShortlistDoc", "Consent {date} ({scope}), recorded by {who}").format(
            date=self._date(person["consent_date"]), scope=scope, who=person["consent_by"] or "")

    def _status(self, row: dict) -> str | None:
        code = row.get("status")
        if not code:
            return None
        text = ui_labels.shortlist_status().get(code, code)
        if row.get("status_date"):
            text += f" ({self._date(row['status_date'])})"
        if row.get("rejection_name"):
            text += f": {row['rejection_name']}"
        return text

    def _start(self, available: dt.date | None) -> str | None:
        if available is None:
            return None
        if available <= self.today:
            return translate("ShortlistDoc", "Immediately")
        return available.strftime(self.labels.date_format)

    def _commute(self, match: Match) -> str | None:
        for reason in match.reasons:
            if reason.part == "commute" and reason.template in _COMMUTE_TEMPLATES:
                return reason.render(self.words, self.labels.decimal_separator)
        return None

    def _measures(self, cand: CandidateData) -> list[str]:
        offered = open_measures(self.need)
        if not offered:
            return []
        usable = self.vocab.target_group_measures.get(cand.target_group) if cand.target_group else None
        if usable is None:  # the target group decides; without it the job centre must find out
            return [translate("ShortlistDoc", "To be clarified with the job centre")]
        return self._measure_names(offered & usable)

    def _measure_names(self, codes: Iterable[str]) -> list[str]:
        ordered = sorted(codes, key=lambda c: (self.measure_order.get(c, len(self.measure_order)), c))
        return [self.vocab.measure_names.get(c, c) for c in ordered]

    def _reasons(self, match: Match) -> list[str]:
        sep = self.labels.decimal_separator
        out = [r.render(self.words, sep) for r in match.reasons]
        out += [text for text in (r.render(self.words, sep) for r in match.exclusions) if text not in out]
        return out

    def _parts(self, match: Match) -> list[tuple[str, float, float]]:
        """(name, points, most points) of each part that counts; the points add up to the score."""
        return [(self.words(texts.PART_LABELS[name]), float(part.points), float(part.weight))
                for name, part in match.parts.items() if part.weight]

    # ---- the need ----------------------------------------------------------------------------

    def doc(self, report: ReportSettings, entries: list[ShortlistEntry]) -> ShortlistDoc:
        head = shortlist_sources.need_header(self.db, self.need.id)
        title, occupation_text, positions, start, deadline, company, address, postcode, town = (
            head[k] for k in ("title", "occupation_text", "positions", "start_date", "deadline", "company",
                              "address", "postcode", "town"))
        occupation = self.vocab.occupations.get(self.need.occupation_id) if self.need.occupation_id else None
        place = " ".join(p for p in (postcode, town) if p)
        return ShortlistDoc(
            job_centre_name=report.job_centre_name,
            company_name=company or "",
            need_title=title or "",
            consultant_name=report.consultant_name,
            consultant_phone=report.consultant_phone or None,
            consultant_email=report.consultant_email or None,
            date=self.today,
            company_address=", ".join(p for p in ((address or "").strip(), place) if p),
            logo_path=report.logo_path,
            need_occupation=(self._occupation_name(occupation) if occupation else (occupation_text or "").strip()) or None,
            need_positions=positions or 1,
            need_hours=self._hours_text(self.need.hours_min, self.need.hours_max),
            need_start=self._date(start) or None,
            need_deadline=self._date(deadline) or None,
            need_measures=self._measure_names(open_measures(self.need)),
            variant=self.variant,
            entries=entries,
        )

    # ---- formatting ----------------------------------------------------------------------------

    @staticmethod
    def _occupation_name(occupation) -> str:
        """An occupation's title; an ISCO-08 group as the group ("Gruppe 834 · Førere af mobile maskiner")."""
        return group_label(occupation.isco, occupation.title) if is_group(occupation.id) else occupation.title

    def _date(self, iso: str | None) -> str:
        if not iso:
            return ""
        try:
            return dt.date.fromisoformat(iso[:10]).strftime(self.labels.date_format)
        except ValueError:
            return iso

    def _hours_text(self, low: float | None, high: float | None) -> str:
        """"25 t/uge", "30–37 t/uge", "mindst 30 t/uge", "op til 20 t/uge" or "" when unknown."""
        fmt = ui_labels.hours
        if low is None and high is None:
            return ""
        if low is not None and high is not None and float(low) == float(high):
            return translate("ShortlistDoc", "{hours} h/week").format(hours=fmt(low))
        if low is not None and high is not None:
            return translate("ShortlistDoc", "{low}–{high} h/week").format(low=fmt(low), high=fmt(high))
        if low is not None:
            return translate("ShortlistDoc", "at least {hours} h/week").format(hours=fmt(low))
        return translate("ShortlistDoc", "up to {hours} h/week").format(hours=fmt(high))


def _unique(refs: Iterable, key) -> list:
    seen, out = set(), []
    for ref in refs:
        k = key(ref)
        if k not in seen:
            seen.add(k)
            out.append(ref)
    return out


def _consents(person: dict, today: dt.date) -> bool:
    """A consent that covers sharing with companies on the document's date (an expired one counts as none)."""
    return rules.has_valid_consent(person["consent_date"], person["consent_scope"], person["consent_until"],
                                   today=today)


def candidate_ids(doc: ShortlistDoc) -> list[int]:
    """The store ids of the candidates printed in `doc` (read back from _candidate_ref's "id (external id)"),
    for the read audit: putting a person in a PDF is a read of their record."""
    return [int(e.candidate_id.split(" ", 1)[0]) for e in doc.entries if e.candidate_id.split(" ", 1)[0].isdigit()]


def _candidate_ref(person: dict) -> str:
    external = (person["external_id"] or "").strip()
    return f"{person['id']} ({external})" if external else str(person["id"])
