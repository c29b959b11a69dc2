"""The Danish UI has no English left in the dialogs either: each dialog a consultant opens during the day
(contact, contact person, placement, shortlist step and preview, postpone, settings, import, ESCO
import, reference lists, retention, conflicts, about, first start, passphrase) is built in Danish and
its visible texts checked as the main window's are (tests/ui/test_no_english_left.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QTabWidget
from tests.ui.test_no_english_left import english_in, visible_texts

from db import candidates, companies, needs, shortlists, workplaces

WHO = "Testkonsulent"
TODAY = dt.date.today()


@pytest.fixture
def ctx(ctx, danish):
    """The shared test context (tests/conftest.py), with the Danish translation installed."""
    return ctx


@pytest.fixture
def data(store):
    company = companies.add(store, who=WHO, name="Vestjysk Lager ApS", phone="+4575000000").id
    companies.add_person(store, company, who=WHO, name="Mette Lund", role="Direktør")
    workplaces.add(store, company, who=WHO, name="Lageret", ordinary_fte=4, fte_stated_on=TODAY.isoformat())
    need = needs.add(store, who=WHO, company_id=company, title="Lagermedarbejder", employment_form="internship").id
    person = candidates.add(store, who=WHO, name="Anne Østergaard", target_group_code="kontanthjaelp_aktivitetsparat").id
    entry = shortlists.add(store, need, person, who=WHO).id
    return {"company": company, "need": need, "person": person, "entry": entry}


def _dialogs(ctx, data, store_path):
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.conflicts_dialog import ConflictsDialog
    from ui.dialogs.contact_dialog import ContactDialog, PersonDialog
    from ui.dialogs.esco_dialog import EscoDialog
    from ui.dialogs.first_start import FirstStartDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.dialogs.passphrase import NewPassphraseDialog
    from ui.dialogs.placement_dialog import PlacementDialog
    from ui.dialogs.postpone_dialog import PostponeDialog
    from ui.dialogs.reference_dialog import ReferenceDialog
    from ui.dialogs.retention_dialog import RetentionDialog
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.dialogs.shortlist_preview import ShortlistPreview
    from ui.dialogs.shortlist_step import ShortlistStepDialog

    follow_up = {"id": 1, "source": "contact", "task": "Ring tilbage", "follow_up_date": TODAY.isoformat(),
                 "company_id": data["company"], "company_name": "Vestjysk Lager ApS", "consultant": WHO}
    return {
        "contact": lambda: ContactDialog(ctx, data["company"]),
        "person": lambda: PersonDialog(ctx, data["company"]),
        "placement": lambda: PlacementDialog(ctx, preset={"candidate_id": data["person"], "company_id": data["company"]}),
        "shortlist step": lambda: ShortlistStepDialog(ctx, data["entry"]),
        "postpone": lambda: PostponeDialog(ctx, follow_up),
        "settings": lambda: SettingsDialog(),
        "import": lambda: ImportDialog(ctx),
        "ESCO import": lambda: EscoDialog(ctx),
        "shortlist preview": lambda: ShortlistPreview(lambda variant: None, "Kandidatliste – Lager"),
        "reference lists": lambda: ReferenceDialog(ctx),
        "retention": lambda: RetentionDialog(ctx),
        "conflicts": lambda: ConflictsDialog(ctx),
        "about": lambda: AboutDialog(str(store_path)),
        "first start": lambda: FirstStartDialog(str(store_path)),
        "new passphrase": lambda: NewPassphraseDialog("Kryptér databasen", "Vælg en adgangssætning."),
    }


def _own(texts, path):
    """The texts without what stays as it is on purpose: ESCO's attribution (its terms ask for it word for
    word), the bundled components' names and licences in About, and the store's path."""
    from ui.about_info import COMPONENTS, ESCO_ATTRIBUTION

    fixed = [str(path), ESCO_ATTRIBUTION, *(c.name for c in COMPONENTS), *(c.licence for c in COMPONENTS)]
    out = []
    for where, text in texts:
        for words in fixed:
            text = text.replace(words, "")
        out.append((where, text))
    return out


def test_danish_dialogs(qtbot, ctx, data, store_path):  # no English word in the name: it is in the tmp path
    found = []
    for name, make in _dialogs(ctx, data, store_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        for tab in dialog.findChildren(QTabWidget):  # every tab, not only the first
            for i in range(tab.count()):
                tab.setCurrentIndex(i)
                found += [(name, *hit) for hit in english_in(_own(visible_texts(dialog), store_path))]
        found += [(name, *hit) for hit in english_in(_own(visible_texts(dialog), store_path))]
        dialog.close()
    assert not sorted(set(found)), "\n".join(f"{k}: {w}: {t!r}" for k, w, t in sorted(set(found)))
