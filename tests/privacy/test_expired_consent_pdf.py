"""The company PDF treats an expired consent as none: the candidate is anonymous, the valid one named."""

from __future__ import annotations

import datetime as dt

from db import candidates, companies, matching_data, needs, shortlists
from ui import i18n
from ui.services.shortlist_doc import build_doc

WHO = "Mette"
TODAY = dt.date.today()


def test_company_pdf_hides_a_candidate_whose_consent_expired(store, qapp):
    i18n.install(qapp, "da")
    company = companies.add(store, who=WHO, name="Firma").id
    need = needs.add(store, who=WHO, company_id=company, title="Lager").id
    valid = candidates.add(store, who=WHO, name="Gyldig Samtykke", consent_scope="named_profile", consent_by=WHO,
                           consent_date=(TODAY - dt.timedelta(days=5)).isoformat()).id
    expired = candidates.add(store, who=WHO, name="Udløbet Samtykke", consent_date="2023-01-02",
                             consent_scope="named_profile", consent_by=WHO,
                             consent_until=(TODAY - dt.timedelta(days=1)).isoformat()).id
    for pid in (valid, expired):
        shortlists.add(store, need, pid, who=WHO)
    doc = build_doc(store, matching_data.build_matcher(store), need, variant="company")
    shown = {e.number: (e.name, e.consent) for e in doc.entries}
    assert shown == {1: ("Gyldig Samtykke", True), 2: ("", False)}
    internal = build_doc(store, matching_data.build_matcher(store), need, variant="internal")
    assert "udløb" in internal.entries[1].consent_text
    # on a date before the end, the same consent still counts
    earlier = build_doc(store, matching_data.build_matcher(store), need, variant="company",
                        today=TODAY - dt.timedelta(days=2))
    assert earlier.entries[1].name == "Udløbet Samtykke"
