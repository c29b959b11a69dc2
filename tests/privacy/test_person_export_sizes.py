"""The person export of someone on 0 and on 500 shortlists: complete JSON, a PDF whose table runs over pages."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from db import candidates, companies, needs, shortlists
from ui import i18n
from ui.services.person_doc import export_person

WHO = "Mette"


@pytest.mark.parametrize("entries", [0, 500])
def test_person_export_with_many_or_no_shortlist_entries(store, tmp_path, qapp, entries):
    i18n.install(qapp, "da")
    company = companies.add(store, who=WHO, name="Storfirma A/S").id
    pid = candidates.add(store, who=WHO, name="Åse Ærø", notes="Linje 1\nLinje <2> & 'tre'").id
    with store.atomic():  # one transaction for speed; the entries are ordinary ones
        for i in range(entries):
            need = needs.add(store, who=WHO, company_id=company, title=f"Job nummer {i}").id
            shortlists.add(store, need, pid, who=WHO)
    pages = export_person(store, pid, tmp_path / "p.pdf", who=WHO)
    export_person(store, pid, tmp_path / "p.json", who=WHO)
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert len(data["shortlists"]) == entries
    assert all(len(e["steps"]) == 1 for e in data["shortlists"])
    reader = PdfReader(str(tmp_path / "p.pdf"))
    assert len(reader.pages) == pages
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Åse Ærø" in text and "Linje <2> & 'tre'" in text
    if entries:
        assert pages > 5 and "Job nummer 499" in text and "Job nummer 0" in text
    else:
        assert pages == 1 and "Du er ikke blevet foreslået til noget job." in text
