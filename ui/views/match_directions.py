"""The Match view's two directions: candidates for a need, and open needs for a candidate.

Each direction knows its subject (how to find it by typing, name it and load it), how to rank for it,
what its rows show, which other-side records are already on a shortlist with it, and how to put the
selection forward. The view holds one of them and asks it instead of branching on the direction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db import candidates as db_candidates
from db import listing
from db import matching_data
from db import needs as db_needs
from db import shortlists
from matching import rules
from matching.model import RankFilter, Ranking
from ui import labels
from ui.context import AppContext
from ui.models.match_model import MatchRow

SUGGESTIONS = 12


class Direction:
    """What differs between the two directions; subclasses fill in the blanks."""

    key = ""
    listing = None

    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.by_id: dict[int, str] = {}

    # ---- the subject, found by typing (TypeAhead's source) -------------------------------------------
    def prepare(self) -> None:
        """Nothing to get ready: the store's full-text search answers at once (TypeAhead calls this on focus)."""

    def suggest(self, text: str) -> list[tuple[int, str]]:
        """Open needs or active candidates in search order; a number typed alone also finds that id."""
        text = text.strip()
        if not text:
            return []
        found = self._found(text)
        if text.isdigit():
            found = [int(text)] + [i for i in found if i != int(text)]
        out: list[tuple[int, str]] = []
        for start in range(0, min(len(found), 400), 40):
            chunk = found[start:start + 40]
            got = listing.rows(self.ctx.db, self.listing, chunk)
            for record_id in chunk:
                row = got.get(record_id)
                if row is None or not self._selectable(row):
                    continue
                label, shown = self.describe(record_id, row)
                self.by_id[record_id] = label
                out.append((record_id, shown))
                if len(out) == SUGGESTIONS:
                    return out
        return out

    def label(self, ref) -> str:
        return self.by_id.get(ref, str(ref))

    def subject_label(self, record_id: int) -> str:
        row = listing.rows(self.ctx.db, self.listing, [record_id]).get(record_id)
        return self.describe(record_id, row)[0] if row else f"#{record_id}"

    # ---- to fill in ---------------------------------------------------------------------------------
    def _found(self, text: str) -> list[int]:
        raise TypeError("a direction finds its subjects")

    def _selectable(self, row: dict) -> bool:
        raise TypeError("a direction says which subjects may be chosen")

    def describe(self, record_id: int, row: dict) -> tuple[str, str]:
        raise TypeError("a direction names its subjects")

    def texts(self) -> dict[str, str]:
        raise TypeError("a direction has its texts")

    def ranked(self, matcher, subject_id: int, top: int, filters: RankFilter) -> tuple[Ranking, list[MatchRow], str]:
        raise TypeError("a direction ranks")

    def listed(self, subject_id: int) -> set[int]:
        raise TypeError("a direction knows what is listed")

    def shortlist_need(self, subject_id: int | None, selected_other: int | None) -> int | None:
        raise TypeError("a direction knows which shortlist the panel shows")

    def put_forward(self, panel, subject_id: int, chosen: list[MatchRow]) -> None:
        raise TypeError("a direction puts the selection forward")


class NeedDirection(Direction):
    """The best candidates for one need."""

    key = "need"
    listing = db_needs.LISTING
    filters_apply = True  # target group and consent filter candidates
    panel_follows_selection = False  # the shortlist panel shows the subject's list

    def _found(self, text: str) -> list[int]:
        return listing.ids(self.ctx.db, db_needs.LISTING, text=text)

    def _selectable(self, row: dict) -> bool:
        return rules.need_is_open(row["status"])

    def describe(self, record_id: int, row: dict) -> tuple[str, str]:
        label = f"{row['title']} – {row['company']}"
        return label, f"{label} ({row['town'] or '?'}) · #{record_id}"

    def texts(self) -> dict[str, str]:
        return {
            "placeholder": QCoreApplication.translate("MatchView", "Type a job title, company or need number"),
            "other": QCoreApplication.translate("MatchView", "Candidate"),
            "open": QCoreApplication.translate("MatchView", "Open candidate"),
            "add": QCoreApplication.translate("MatchView", "Add to shortlist"),
            "add_tip": QCoreApplication.translate("MatchView", "Put the selected candidates on the need's shortlist (Ctrl+K)"),
            "empty": QCoreApplication.translate("MatchView", "Choose a need above, or use \"Find candidates\" on a need."),
        }

    def ranked(self, matcher, subject_id, top, filters):
        index = matcher.index
        vocab = index.vocab
        need = matching_data.load_need(self.ctx.db, subject_id, vocab)
        ranking = matcher.rank_candidates(need, top=top, filters=filters)
        rows = []
        for m in ranking.matches + ranking.excluded:
            c = index.candidate(m.candidate_id)
            place = vocab.places.get(c.postcode or "")
            where = place.town if place else (c.postcode or "?")
            group = vocab.target_group_names.get(c.target_group or "", "")
            rows.append(MatchRow(m, c.id, c.name, f"{where}, {group}" if group else where))
        heading = f"{need.title} – {need.company_name}"
        if not need.is_open:
            heading += " (" + labels.need_status().get(need.status, need.status) + ")"
        return ranking, rows, heading

    def listed(self, subject_id: int) -> set[int]:
        return {e["candidate_id"] for e in shortlists.entries(self.ctx.db, subject_id)}

    def shortlist_need(self, subject_id, selected_other):
        return subject_id

    def put_forward(self, panel, subject_id, chosen):
        panel.set_need(subject_id)
        panel.add_candidates([r.other_id for r in chosen], {r.other_id: round(r.match.score, 1) for r in chosen})


class CandidateDirection(Direction):
    """The best open needs for one candidate."""

    key = "candidate"
    listing = db_candidates.LISTING
    filters_apply = False
    panel_follows_selection = True  # the shortlist panel shows the selected job's list

    def _found(self, text: str) -> list[int]:
        return listing.ids(self.ctx.db, db_candidates.LISTING, text=text, filters={"status": "active"})

    def _selectable(self, row: dict) -> bool:
        return row["status"] == "active"

    def describe(self, record_id: int, row: dict) -> tuple[str, str]:
        label = row["name"]
        return label, f"{label} ({row['town'] or row['postcode'] or '?'}) · {row['occupations'] or ''} · #{record_id}"

    def texts(self) -> dict[str, str]:
        return {
            "placeholder": QCoreApplication.translate("MatchView", "Type a candidate's name or number"),
            "other": QCoreApplication.translate("MatchView", "Job"),
            "open": QCoreApplication.translate("MatchView", "Open need"),
            "add": QCoreApplication.translate("MatchView", "Put forward for this job"),
            "add_tip": QCoreApplication.translate("MatchView", "Put the candidate on the selected job's shortlist (Ctrl+K)"),
            "empty": QCoreApplication.translate("MatchView", "Choose a candidate above, or use \"Find jobs\" on a candidate."),
        }

    def ranked(self, matcher, subject_id, top, filters):
        index = matcher.index
        vocab = index.vocab
        candidate = matching_data.load_candidate(self.ctx.db, subject_id)
        ranking = matcher.rank_needs(candidate, top=top, filters=filters)
        rows = []
        for m in ranking.matches + ranking.excluded:
            n = index.need(m.need_id)
            place = vocab.places.get(n.postcode or "")
            rows.append(MatchRow(m, n.id, n.title, f"{n.company_name}, {place.town if place else n.postcode or '?'}"))
        heading = candidate.name
        if not candidate.is_active:
            heading += " (" + labels.candidate_status().get(candidate.status, candidate.status) + ")"
        return ranking, rows, heading

    def listed(self, subject_id: int) -> set[int]:
        return {h["need_id"] for h in shortlists.history_for_candidate(self.ctx.db, subject_id)}

    def shortlist_need(self, subject_id, selected_other):
        return selected_other

    def put_forward(self, panel, subject_id, chosen):
        panel.set_need(chosen[0].other_id)
        panel.add_candidates([subject_id], {subject_id: round(chosen[0].match.score, 1)})
