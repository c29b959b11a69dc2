"""Type-ahead in the real need form, Suggest skills, and the ESCO import dialog with its worker thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db import needs
from db.importing.esco import import_esco
from ui.dialogs.esco_dialog import EscoDialog
from tests.helpers import focus, new_need_form, offered
from ui.views.needs import NeedsView


@pytest.fixture
def need_view(qtbot, store, ctx):
    view = new_need_form(qtbot, ctx, store, "Vestjysk Lager ApS")
    yield view
    view.hide()  # the focused field finishes editing now, while the store is still open


def test_typing_a_title_offers_ranked_occupations_and_down_return_takes_one(qtbot, need_view):
    field = need_view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "truckchauffør")
    popup = field.type_ahead.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert offered(field)[0] == "Truckfører – truckchauffør"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.edit.text() == "Truckfører"
    assert isinstance(field.value(), int) and not field.edit.font().italic()


def test_free_text_stays_as_typed_and_is_marked(qtbot, need_view):
    field = need_view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "Dronepilot til vindmøller")
    assert field.value() == "Dronepilot til vindmøller"
    assert field.edit.font().italic() and field.edit.toolTip()


def test_a_synonym_typed_in_full_resolves_to_its_entry(qtbot, need_view):
    field = need_view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "lagermand")
    assert field.vocabulary.label(field.value()) == "Lagermedarbejder"


def test_skill_list_keeps_free_text_and_takes_suggestions(qtbot, need_view, store):
    skills = need_view.form.fields["essential"]
    focus(qtbot, skills.edit)
    qtbot.keyClicks(skills.edit, "Helt ny kompetence")
    qtbot.keyClick(skills.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(skills.edit, "truckcert")
    popup = skills.type_ahead.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    value = skills.value()
    assert value[0] == "Helt ny kompetence" and isinstance(value[1], int)
    assert skills.vocabulary.label(value[1]).startswith("Truckcertifikat")
    assert skills.list.item(0).font().italic() and not skills.list.item(1).font().italic()


def test_choosing_an_occupation_suggests_its_skills_and_they_are_saved(qtbot, need_view, store):
    field = need_view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "lagermedarb")
    qtbot.waitUntil(field.type_ahead.completer.popup().isVisible)
    qtbot.keyClick(field.type_ahead.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(field.type_ahead.completer.popup(), Qt.Key.Key_Return)
    essential = need_view.form.fields["essential"].value()
    desired = need_view.form.fields["desired"].value()
    assert len(essential) >= 4 and desired and all(isinstance(s, int) for s in essential + desired)
    need_view.form.fields["title"].editor().setText("Lagermedarbejder til nathold")
    assert need_view.save()
    saved = needs.get(store, need_view.current_id)
    assert [e["id"] for e in saved["essential"]] == essential


def test_suggest_skills_button_adds_to_what_is_there(qtbot, need_view):
    lists = need_view.form.fields
    lists["essential"].add("Egen kompetence")
    lists["occupation"].set_value(lists["occupation"].vocabulary.resolve("Truckfører"))
    lists["occupation"].chosen.emit(lists["occupation"].value())
    assert lists["essential"].value() == ["Egen kompetence"]  # not by itself once a list has entries
    need_view.suggest_skills(always=True)
    assert len(lists["essential"].value()) > 1


def test_esco_dialog_imports_in_a_thread_and_refreshes_the_vocabulary(qtbot, ctx, esco_subset, esco_subset_counts):
    before = len(ctx.occupations().entries)
    dialog = EscoDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_path(str(esco_subset))
    with qtbot.waitSignal(ctx.changes, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running())
    assert dialog.bar.value() == 100
    linked = ctx.db.execute("SELECT count(*) FROM occupations WHERE key IS NOT NULL AND description IS NOT NULL"
                            ).fetchone()[0]  # ours that are concepts of the subset: no second entry
    assert linked > 0
    assert len(ctx.occupations().entries) == before + esco_subset_counts["occupations_en.csv"] - linked
    assert "ISCO-08" in dialog.status.text()


def test_esco_dialog_cancel_changes_nothing(qtbot, store, ctx, esco_subset):
    dialog = EscoDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_path(str(esco_subset))
    dialog.start()
    dialog.cancel()  # at once: the worker is still opening its connection, long before its first write
    assert dialog.status.text() == dialog.tr("Cancelling…")
    qtbot.waitUntil(lambda: not dialog.running(), timeout=60000)
    assert dialog.status.text() == dialog.tr("Import cancelled; nothing was changed.")
    assert store.execute("SELECT count(*) FROM occupations WHERE source = 'esco'").fetchone()[0] == 0
    assert dialog.import_button.isEnabled()  # ready to try again


def test_vocabulary_after_import_finds_esco_titles(qtbot, store, ctx, esco_subset):
    import_esco(store, [esco_subset])
    view = NeedsView(ctx)
    qtbot.addWidget(view)
    suggestions = view.form.fields["occupation"].vocabulary.suggest("teknisk leder")
    assert suggestions and suggestions[0][1].startswith("teknisk leder")


def test_a_form_built_before_the_import_suggests_the_new_entries(qtbot, store, ctx, esco_subset):
    view = NeedsView(ctx)
    qtbot.addWidget(view)
    field = view.form.fields["occupation"]
    assert not field.vocabulary.suggest("teknisk leder")[0][1].startswith("teknisk leder")
    ctx.apply(import_esco(store, [esco_subset]).changes)
    assert field.vocabulary.suggest("teknisk leder")[0][1].startswith("teknisk leder")


def test_two_entries_of_one_name_are_told_apart_by_their_esco_name(qtbot, store, ctx):
    """ESCO's "glarmester" is a glass beveller, ours a glazier (migration 0013): both are offered, ours
    first, ESCO's with its own name for it, and the word typed in full is ours."""
    from db import records

    stamp = records.now()
    store.execute("INSERT INTO occupations(title, title_en, isco, uri, source, created_at, updated_at) VALUES "
                  "('glarmester', 'glass beveller', '7315', 'http://data.europa.eu/esco/occupation/c9f6c245', "
                  "'esco', ?, ?)", [stamp, stamp])
    view = new_need_form(qtbot, ctx, store, "Vestjysk Lager ApS")
    field = view.form.fields["occupation"]
    focus(qtbot, field.edit)
    qtbot.keyClicks(field.edit, "glarmester")
    qtbot.waitUntil(field.type_ahead.completer.popup().isVisible)
    assert offered(field)[:2] == ["Glarmester", "glarmester (ESCO: glass beveller)"]
    ours = store.execute("SELECT id FROM occupations WHERE key = 'glarmester'").fetchone()[0]
    assert field.value() == ours
    view.hide()
