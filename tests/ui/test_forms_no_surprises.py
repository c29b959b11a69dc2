"""Issue 13, no surprises in the forms: the consultant's own details asked and used at once, the need's
requirements that exclude said plainly, the application deadline named so, and the internal PDF named intern."""

from __future__ import annotations

import datetime as dt

from pathlib import Path

from PySide6.QtWidgets import QLabel

from db import candidates, companies, needs
from tests.helpers import type_into
from ui import i18n, settings
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.shortlist_preview import ShortlistPreview


def test_first_start_asks_the_consultants_name_phone_email_and_job_centre(qtbot, qapp, tmp_path):
    i18n.install(qapp, "da")
    dialog = FirstStartDialog(str(tmp_path / "new.sqlite"))
    qtbot.addWidget(dialog)
    dialog.plain.setChecked(True)
    for name, value in (("consultant_name", "Anne Holm"), ("consultant_phone", "72 10 20 30"),
                        ("consultant_email", "anne@jobcenter.dk"), ("job_centre_name", "Jobcenter Vejle")):
        dialog.you[name].setText(value)
    dialog._accept()
    assert dialog.result() == 1
    assert (settings.get("consultant_name"), settings.get("consultant_phone"), settings.get("consultant_email"),
            settings.get("job_centre_name")) == ("Anne Holm", "72 10 20 30", "anne@jobcenter.dk", "Jobcenter Vejle")
    assert "Om dig" in dialog.about.title()


def test_a_form_opened_before_settings_changed_stores_the_current_name(qtbot, main_window, store):
    company_id = companies.add(store, who="t", name="Bager Ib").id
    view = main_window.show_view_key("needs")
    view.refresh_choices()  # the company was written beside the app, not through it
    view.new_record(preset={"company_id": company_id})
    assert view.form.fields["consultant"].value() == "Testkonsulent"
    settings.put("consultant_name", "Bo Jensen")  # changed in Indstillinger while the form is open
    type_into(qtbot, view.form.fields["title"], "Bager")
    assert view.save(), view.form.banner.text()
    need = needs.for_company(store, company_id)[0]
    assert needs.get(store, need["id"])["consultant"] == "Bo Jensen"
    who = store.execute("SELECT who FROM audit WHERE table_name = 'needs' ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert who == "Bo Jensen"
    view.new_record(preset={"company_id": company_id})
    view.form.fields["consultant"].set_value("Kim Ravn")  # a name typed by hand is kept
    type_into(qtbot, view.form.fields["title"], "Konditor")
    assert view.save()
    assert {n["title"]: n["consultant"] for n in (needs.get(store, r["id"]) for r in needs.for_company(store, company_id))
            }["Konditor"] == "Kim Ravn"


def test_the_need_form_says_which_requirements_exclude(main_window):
    view = main_window.show_view_key("needs")
    labels = view.form.labels
    assert labels["deadline"] == "Ansøgningsfrist" and labels["start_date"] == "Startdato"
    assert labels["essential"] == "Vigtige kompetencer"
    assert labels["required"] == "Krævede certifikater og kørekort (udelukker)"
    assert labels["demands"] == "Fysiske krav (udelukker)"
    # "Krævede" only on what excludes: no point-giving field shares the word
    assert [k for k, text in labels.items() if "Krævede" in text] == ["required"]
    hint = view.form.findChild(QLabel, "excludeHint")
    assert hint is not None and "udelukkes" in hint.text() and "kun point" in hint.text()
    keys = list(view.form.fields)
    assert keys.index("deadline") < keys.index("start_date")  # the deadline comes first


def test_the_internal_pdf_is_suggested_under_a_name_that_says_intern(qtbot, qapp, tmp_path):
    i18n.install(qapp, "da")
    dialog = ShortlistPreview(lambda variant: None, "Kandidatliste – Bager – Bager Ib – 06-12-2026")
    qtbot.addWidget(dialog)
    dialog.variant = "company"
    assert "intern" not in Path(dialog.suggested_path()).name
    dialog.variant = "internal"
    assert Path(dialog.suggested_path()).name == "Kandidatliste – Bager – Bager Ib – 06-12-2026 – intern.pdf"


def test_no_personal_data_in_the_suggested_name(store):
    candidates.add(store, who="t", name="Karen Blixen")
    from ui.shortlist_actions import file_stem

    company = companies.add(store, who="t", name="Bager Ib").id
    need = needs.add(store, who="t", company_id=company, title="Bager").id
    assert "Karen" not in file_stem(store, need)


def test_company_and_need_show_their_change_history_without_values(qtbot, main_window, store):
    company_id = companies.add(store, who="Anne Holm", name="Bager Ib").id
    companies.update(store, company_id, who="Bo Jensen", phone="75 12 34 56")
    need_id = needs.add(store, who="Anne Holm", company_id=company_id, title="Bager").id
    for key, record_id in (("companies", company_id), ("needs", need_id)):
        view = main_window.show_view_key(key)
        view.refresh_choices()
        view.changes_history.set_owner(record_id)
        tab = view.tabs.indexOf(view.changes_history)
        assert view.tabs.tabText(tab) == "Historik"
        model = view.changes_history.model
        shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
        assert shown and all(row[0] for row in shown)  # when
        assert "Anne Holm" in [row[1] for row in shown]
        if key == "companies":
            assert shown[0][1] == "Bo Jensen" and "75 12 34 56" not in " ".join(map(str, shown[0]))


def test_contact_and_placement_dialogs_opened_before_settings_changed_store_the_current_name(qtbot, ctx, store):
    from db import contacts, placements, workplaces
    from ui.dialogs.contact_dialog import ContactDialog
    from ui.dialogs.placement_dialog import PlacementDialog

    company_id = companies.add(store, who="t", name="Bager Ib").id
    workplaces.add(store, company_id, who="t", name="Bageriet", ordinary_fte=4, fte_stated_on=dt.date.today().isoformat())
    person = candidates.add(store, who="t", name="Anne Østergaard", target_group_code="kontanthjaelp_aktivitetsparat").id
    contact = ContactDialog(ctx, company_id)
    placement = PlacementDialog(ctx, preset={"candidate_id": person, "company_id": company_id})
    for dialog in (contact, placement):
        qtbot.addWidget(dialog)
        assert dialog.form.fields["consultant"].value() == "Testkonsulent"
    settings.put("consultant_name", "Bo Jensen")  # changed in Indstillinger while they are open
    contact.form.fields["summary"].set_value("Besøg")
    contact.save()
    placement.form.fields["measure_code"].set_value("internship")
    placement.form.fields["start_date"].set_value(dt.date.today().isoformat())
    placement.form.fields["end_date"].set_value((dt.date.today() + dt.timedelta(days=20)).isoformat())
    placement.save()
    assert [c["consultant"] for c in contacts.for_company(store, company_id)] == ["Bo Jensen"]
    assert [p["consultant"] for p in placements.for_company(store, company_id)] == ["Bo Jensen"]
