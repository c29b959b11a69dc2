"""The one write path: a write's Changes reach every view and the match index, the writer reads once."""

from __future__ import annotations

from db import candidates, changes, needs
from ui.dialogs.reference_dialog import CodeTableEditor
from ui.services.shortlist_doc import build_doc


def test_a_measure_added_in_the_reference_editor_is_offered_and_named_at_once(qtbot, jobcentre, main_window):
    need = jobcentre.add_need(title="Lagermedarbejder", occupation="warehouse_worker", essential=["picking"])
    jobcentre.add_candidate(name="Anna Lager", occupations=["warehouse_worker"], skills=["picking"])
    matcher = main_window.match_service.build_now()

    editor = CodeTableEditor(main_window.ctx, "measures")
    qtbot.addWidget(editor)
    editor.form.set_values({"code": "job_rotation", "name": "Jobrotation", "active": True})
    editor.save()

    # The need form offers the new measure without a restart; saving it there reaches the index.
    view = main_window.show_view_key("needs")
    view.select(need)
    assert "job_rotation" in view.form.fields["measures"].boxes
    view.form.fields["measures"].set_value(["job_rotation"])
    view.form.dirty = True
    assert view.save(), view.form.banner.text()
    assert needs.get(main_window.ctx.db, need)["measures"] == ["job_rotation"]

    doc = build_doc(main_window.ctx.db, matcher, need, variant="internal")
    assert "Jobrotation" in doc.need_measures and "job_rotation" not in doc.need_measures  # a label, not a code


def test_one_save_reads_the_record_once_and_other_views_hear_of_it(qtbot, jobcentre, main_window, monkeypatch):
    person = jobcentre.add_candidate(name="Bo Hansen")
    view = main_window.show_view_key("candidates")
    view.select(person)
    reads = []
    original = view.load
    monkeypatch.setattr(view, "load", lambda record_id: reads.append(record_id) or original(record_id))
    heard = []
    main_window.ctx.changes.connect(lambda ch, by: heard.append((ch, by)))

    view.form.fields["phone"].set_value("20304050")
    view.form.dirty = True
    assert view.save()
    assert reads == [person]
    assert len(heard) == 1
    got, initiator = heard[0]
    assert initiator is view and got.affects(changes.CANDIDATES, person) and "phone" in got.fields


def test_a_write_elsewhere_refreshes_a_view_that_shows_the_record(qtbot, jobcentre, main_window):
    person = jobcentre.add_candidate(name="Bo Hansen")
    view = main_window.show_view_key("candidates")
    view.select(person)
    main_window.ctx.apply(candidates.update(main_window.ctx.db, person, who="kollega", name="Bo Holm"))
    assert view.heading.text() == "Bo Holm"
    row = view.model.row_of(person)
    assert view.model.index(row, 0).data() == "Bo Holm"


def test_a_refused_save_broadcasts_nothing(qtbot, jobcentre, main_window):
    person = jobcentre.add_candidate(name="Bo Hansen")
    view = main_window.show_view_key("candidates")
    view.select(person)
    heard = []
    main_window.ctx.changes.connect(lambda ch, by: heard.append(ch))
    view.form.fields["name"].set_value("")
    view.form.dirty = True
    assert not view.save()
    assert heard == []
