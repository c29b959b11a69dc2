"""ISCO-08 groups as answers in the need and candidate forms: offered by the type-ahead, shown as a
group, saved as a group and shown again as one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import candidates, needs
from matching.isco_groups import group_ref
from ui.views.candidates import CandidatesView
from tests.helpers import focus, new_need_form, offered


def take_first(qtbot, field, text: str) -> None:
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, text)
    popup = field.type_ahead.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


@pytest.fixture
def need_view(qtbot, store, ctx, danish):
    view = new_need_form(qtbot, ctx, store, "Maskinstationen ApS")
    yield view
    view.hide()


def test_a_need_takes_a_group_from_the_type_ahead_and_shows_it_again(qtbot, need_view, store):
    field = need_view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "Førere af mobile maskiner")
    qtbot.waitUntil(field.type_ahead.completer.popup().isVisible)
    items = offered(field)
    # the field is named better by the group than by any occupation: the group leads, its members follow
    assert items[0] == "Gruppe 834 · Førere af mobile maskiner", items
    assert "Truckfører – Førere af mobile maskiner" in items
    qtbot.keyClick(field.type_ahead.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(field.type_ahead.completer.popup(), Qt.Key.Key_Return)
    assert field.value() == group_ref("834") and not field.edit.font().italic()
    assert need_view.form.fields["essential"].value() == []  # a group has no one skill profile
    need_view.form.fields["title"].editor().setText("Maskinfører")
    assert need_view.save()
    saved = needs.get(store, need_view.current_id)
    assert saved["isco_group"] == "834" and saved["occupation_id"] is None
    assert saved["occupation_text"] == "ISCO-08 834 Førere af mobile maskiner"
    need_view.select(need_view.current_id)
    assert field.edit.text() == "Gruppe 834 · Førere af mobile maskiner" and field.value() == group_ref("834")


def test_a_group_name_typed_in_full_is_the_group(qtbot, need_view):
    field = need_view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "Leder, daginstitution")
    field.type_ahead.completer.popup().hide()
    assert field.value() == group_ref("1341") and not field.edit.font().italic()


def test_an_occupation_replaces_a_group(qtbot, need_view, store):
    take_first(qtbot, need_view.form.fields["occupation"], "Førere af mobile maskiner")
    need_view.form.fields["title"].editor().setText("Maskinfører")
    assert need_view.save()
    field = need_view.form.fields["occupation"]
    field.edit.clear()
    take_first(qtbot, field, "truckfører")
    assert need_view.save()
    saved = needs.get(store, need_view.current_id)
    assert saved["isco_group"] is None and saved["occupation_id"] and saved["occupation_text"] is None


def test_a_candidate_wishes_a_group_beside_an_occupation(qtbot, store, ctx, danish):
    view = CandidatesView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.new_record(ask=False)
    view.form.fields["name"].editor().setText("Ane Andersen")
    wishes = view.form.fields["occupations"]
    take_first(qtbot, wishes, "2341")  # the code names the unit group
    take_first(qtbot, wishes, "pædagog")
    assert wishes.value()[0] == group_ref("2341")
    assert wishes.list.item(0).text().startswith("Gruppe 2341 · ") and not wishes.list.item(0).font().italic()
    assert view.save()
    saved = candidates.get(store, view.current_id)
    assert [e["id"] for e in saved["occupations"]] == wishes.value()
    assert saved["occupations"][0]["group"] == "2341"
    view.select(view.current_id)
    assert wishes.list.item(0).text().startswith("Gruppe 2341 · ")
    view.hide()
