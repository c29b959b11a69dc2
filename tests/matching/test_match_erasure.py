"""Erasing the candidate selected in the Match view: the index and the view drop the person at once."""

from __future__ import annotations

import pytest

from db import shortlists
from ui.views import person_privacy


@pytest.fixture
def window(main_window):
    """The main window in Danish on the test store (tests/conftest.py)."""
    return main_window


def test_erasing_the_selected_candidate_of_the_match_view(jobcentre, window, qtbot, monkeypatch):
    jc = jobcentre
    need = jc.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift", "warehouse"])
    best = jc.add_candidate(name="Anna Bedst", occupations=["forklift_driver"], skills=["forklift", "warehouse"])
    other = jc.add_candidate(name="Bo Næst", occupations=["forklift_driver"], skills=["forklift"])
    entry = shortlists.add(jc.db, need, best, who="t").id
    shortlists.set_status(jc.db, entry, "sent", who="t")  # already sent to the company
    window.match_service.build_now()
    window.views["needs"].match_need.emit(need)
    view = window.views["match"]
    assert [r.name for r in view.model.rows][0] == "Anna Bedst"
    assert view.selected_match().candidate_id == best
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda *args: True)

    assert person_privacy.erase_candidate(view, window.ctx, best)

    assert window.match_service.matcher.index.candidate(best) is None
    assert [r.name for r in view.model.rows] == ["Bo Næst"]
    assert view.selected_match().candidate_id == other
    rows = view.shortlist.model.rows()
    assert [(r["candidate_id"], r["status"]) for r in rows] == [(None, "sent")]
    assert view.shortlist.model.index(0, 1).data() == "Slettet kandidat"


def test_erasing_someone_already_gone_says_so_and_changes_nothing(jobcentre, window, monkeypatch):
    shown = []
    monkeypatch.setattr(person_privacy, "show_error", lambda parent, exc, *a: shown.append(exc))
    monkeypatch.setattr(person_privacy, "confirm_erase", lambda *args: pytest.fail("must not ask"))
    assert not person_privacy.erase_candidate(window, window.ctx, 424242)
    assert len(shown) == 1
