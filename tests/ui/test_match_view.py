"""The Match view driven through its widgets on a real store: rank, filter, explain, follow edits, both ways."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from db import changes
from db import candidates
from ui import settings
from ui.models.match_model import MatchModel

WHO = "test"


@pytest.fixture
def scene(jobcentre):
    """One forklift job in Aarhus and candidates a consultant would rank in an obvious order."""
    jc = jobcentre
    need = jc.add_need(title="Truckfører til nattevagt", occupation="forklift_driver",
                       essential=["forklift", "warehouse", "picking"], required=["truck_b"],
                       hours_min=30, hours_max=37)
    ids = {
        "best": jc.add_candidate(name="Anna Bedst", occupations=["forklift_driver"],
                                 skills=["truck_b", "forklift", "warehouse", "picking"], hours_per_week=37,
                                 consent_date="2026-11-01", consent_scope="named_profile_and_contact",
                                 consent_by="Testkonsulent", target_group_code="dagpenge"),
        "no_licence": jc.add_candidate(name="Bo Utruck", occupations=["forklift_driver"],
                                       skills=["forklift", "warehouse", "picking"], hours_per_week=37),
        "partial": jc.add_candidate(name="Carl Delvis", skills=["truck_b", "picking"], hours_per_week=37),
        "far": jc.add_candidate(name="Dorte Fjern", occupations=["forklift_driver"], postcode="9000", own_car=True,
                                skills=["truck_b", "forklift", "warehouse", "picking"], hours_per_week=37),
    }
    return jc, need, ids


@pytest.fixture
def window(main_window):
    return main_window


def names(view) -> list[str]:
    return [row.name for row in view.model.rows]


def column(view, key: str, row: int) -> str:
    return view.model.index(row, MatchModel.COLUMNS.index(key)).data()


def test_need_ranks_candidates_with_filters_and_explanation(scene, window, qtbot):
    jc, need, ids = scene
    window.match_service.build_now()
    window.views["needs"].match_need.emit(need)  # what "Find candidates" in the need view sends
    view = window.views["match"]
    assert window.current_view() is view
    assert "Truckfører til nattevagt" in view.heading.text()
    ranked = names(view)
    assert ranked[0] == "Anna Bedst"
    assert "Bo Utruck" not in ranked  # lacks the required truck certificate: excluded, not ranked
    assert set(ranked) == {"Anna Bedst", "Carl Delvis", "Dorte Fjern"}
    assert "1" in view.status.text() and "ms" in view.status.text()

    # The first row is selected and explained in full, in Danish.
    html = view.explanation.toPlainText()
    assert "Anna Bedst" in html and "Dækker 4 af 4 vigtige kompetencer" in html
    assert "Stilling" in html and "20,0" in html  # the occupation part: same occupation, full weight

    # Excluded ones are listed on request, with the reason, after the ranked ones.
    view.show_excluded.setChecked(True)
    assert names(view)[-1] == "Bo Utruck"
    last = len(view.model.rows) - 1
    assert column(view, "rank", last) == "–"
    assert "truckcertifikat B" in column(view, "reasons", last)
    view.show_excluded.setChecked(False)

    # Consent only: the company may see only Anna's name.
    view.consent_only.setChecked(True)
    assert names(view) == ["Anna Bedst"]
    view.consent_only.setChecked(False)

    # Distance: Aalborg is ~120 km from Aarhus.
    view.max_km.setValue(50)
    assert "Dorte Fjern" not in names(view)
    assert view.ranking.filtered_count >= 1
    view.max_km.setValue(0)
    assert "Dorte Fjern" in names(view)

    # Target group.
    view.target_group.setCurrentIndex(view.target_group.findData("dagpenge"))
    assert names(view) == ["Anna Bedst"]
    view.target_group.setCurrentIndex(0)

    # Selecting another row explains that one.
    row = names(view).index("Carl Delvis")
    view.table.selectRow(row)
    assert "Carl Delvis" in view.explanation.toPlainText()
    assert "Mangler" in view.explanation.toPlainText()


def test_ranking_follows_edits_of_candidates_and_needs(scene, window, store, qtbot):
    jc, need, ids = scene
    window.match_service.build_now()
    view = window.show_view_key("match")
    view.show_need(need)
    assert "Bo Utruck" not in names(view)
    view.table.selectRow(names(view).index("Carl Delvis"))

    # Bo gets the certificate: saved through the Candidates view's form, he enters the ranking.
    candidates_view = window.show_view_key("candidates")
    candidates_view.select(ids["no_licence"])
    candidates_view.form.fields["skills"].add(jc.skill["truck_b"])
    assert candidates_view.save()
    window.show_view_key("match")
    assert "Bo Utruck" in names(view)
    assert view.explanation.toPlainText().count("Carl Delvis")  # the selection stays on the same candidate

    # The need now asks for more hours than Carl can work: he is excluded, on the next ranking at once.
    window.ctx.apply(candidates.update(store, ids["partial"], who=WHO, hours_per_week=12))
    assert "Carl Delvis" not in names(view)

    # The need is edited in the need view: a new required licence excludes everyone without it.
    needs_view = window.show_view_key("needs")
    needs_view.select(need)
    needs_view.form.fields["required"].add(jc.skill["licence_c"])
    saved = needs_view.save()
    assert saved, needs_view.form.banner.text()
    window.show_view_key("match")
    assert names(view) == []
    view.show_excluded.setChecked(True)
    assert "kørekort C" in column(view, "reasons", 0)


def test_candidate_ranks_open_needs(scene, window, store):
    jc, need, ids = scene
    other = jc.add_need(title="Kok", occupation="cook", essential=["cooking", "hygiene"])
    window.match_service.build_now()
    window.views["candidates"].match_candidate.emit(ids["best"])
    view = window.views["match"]
    assert view.direction == "candidate"
    assert view.heading.text().startswith("Anna Bedst")
    ranked = names(view)
    assert ranked[0] == "Truckfører til nattevagt"
    assert "Kok" in ranked
    assert view.open_button.text()
    # Double-click opens the need in the need view.
    view._open_other(0)
    assert window.current_view() is window.views["needs"]
    assert window.views["needs"].current_id == need
    assert other in [row.other_id for row in view.model.rows]


def test_subject_is_found_by_typing(scene, window, qtbot):
    jc, need, ids = scene
    window.match_service.build_now()
    view = window.show_view_key("match")
    window.activateWindow()

    def pick_by_typing(text):
        view.picker.clear()
        view.picker.setFocus()
        qtbot.waitUntil(view.picker.hasFocus)
        qtbot.keyClicks(view.picker, text)
        popup = view.type_ahead.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)

    pick_by_typing("truckfø")  # part of the title
    assert view.subject_id == need and names(view)[0] == "Anna Bedst"
    assert view.directions["need"].suggest(str(need))[0][0] == need  # the need's number finds it too
    view.direction_box.setCurrentIndex(view.direction_box.findData("candidate"))
    assert view.subject_id is None and names(view) == []
    pick_by_typing("Anna")
    assert view.subject_id == ids["best"] and names(view)[0] == "Truckfører til nattevagt"


def test_policy_term_from_settings_is_a_visible_part(scene, window, store):
    jc, need, ids = scene
    candidates.update(store, ids["partial"], who=WHO,
                      unemployed_since=(dt.date.today() - dt.timedelta(days=800)).isoformat())
    window.match_service.build_now()
    view = window.show_view_key("match")
    view.show_need(need)
    carl = view.model.rows[names(view).index("Carl Delvis")].match
    assert carl.parts["policy"].weight == 0  # off by default
    before = carl.score
    settings.put("policy_enabled", True)
    settings.put("policy_weight", 8.0)
    window.ctx.apply(changes.flag(changes.SETTINGS))
    carl = view.model.rows[names(view).index("Carl Delvis")].match
    assert carl.parts["policy"].weight == 8.0 and carl.parts["policy"].value > 0
    assert carl.score > before
    view.table.selectRow(names(view).index("Carl Delvis"))
    assert "Prioritering" in view.explanation.toPlainText()
    assert abs(sum(p.points for p in carl.parts.values()) - carl.score) < 1e-6


def test_index_builds_in_the_background(scene, window, qtbot):
    jc, need, ids = scene
    service = window.match_service
    view = window.show_view_key("match")
    with qtbot.waitSignal(service.ready, timeout=30000):
        view.show_need(need)  # starts the build if it is not running yet
        # the result arrives through the event loop, so until waitSignal runs it there is nothing to show
        assert service.matcher is None and service.is_building and names(view) == []
    assert names(view)[0] == "Anna Bedst"
    assert not service.is_building


def test_add_from_the_ranking_to_the_shortlist_and_preview_it(qtbot, scene, window, store, monkeypatch):
    from io import BytesIO

    from pypdf import PdfReader
    from PySide6.QtCore import QItemSelectionModel

    from db import shortlists
    from ui.dialogs.shortlist_preview import ShortlistPreview

    jc, need, ids = scene
    window.match_service.build_now()
    view = window.show_view_key("match")
    view.show_need(need)
    chosen = [view.model.rows[0], view.model.rows[1]]
    flags = QItemSelectionModel.SelectionFlag
    view.table.selectionModel().select(view.model.index(0, 0), flags.ClearAndSelect | flags.Rows)
    view.table.selectionModel().select(view.model.index(1, 0), flags.Select | flags.Rows)
    view.add_button.click()

    listed = shortlists.entries(store, need)
    assert [e["candidate_id"] for e in listed] == [r.other_id for r in chosen]
    assert listed[0]["score"] == pytest.approx(round(chosen[0].match.score, 1))
    assert store.execute("SELECT status FROM needs WHERE id = ?", [need]).fetchone()[0] == "shortlisted"
    assert view.tabs.currentWidget() is view.shortlist and view.shortlist.model.rowCount() == 2
    icon = view.model.index(0, MatchModel.COLUMNS.index("name")).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and view.model.listed_text in view.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.index(2, MatchModel.COLUMNS.index("name")).data(Qt.ItemDataRole.DecorationRole) is None

    # Adding the same again is said, not doubled.
    view.add_button.click()
    assert len(shortlists.entries(store, need)) == 2

    # "Show PDF" on the panel opens the preview of this list, the company variant first.
    shown = {}

    def fake_exec(dialog):
        qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
        shown["variant"], shown["data"] = dialog.variant, dialog.data
        return 0

    monkeypatch.setattr(ShortlistPreview, "exec", fake_exec)
    view.shortlist.pdf_button.click()
    assert shown["variant"] == "company"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(shown["data"])).pages)
    assert "Truckfører til nattevagt" in text
    named = {r.name for r in chosen}
    assert ("Anna Bedst" in text) == ("Anna Bedst" in named)  # she consented: named
    for other in named - {"Anna Bedst"}:
        assert other not in text  # no consent: a number, never the name


def test_view_named_match_is_not_the_match_command():
    from ui.cli import _command_of

    assert _command_of(["--db", "x.sqlite", "--screenshot", "out.png", "--view", "match"]) is None
    assert _command_of(["--view=match"]) is None
    assert _command_of(["match", "--db", "x.sqlite", "--need", "1"]) == "match"
    assert _command_of(["--db", "x.sqlite", "match", "--need", "1"]) == "match"
