"""Fixtures of the generated-input suites; the profiles and strategies are in generated_helpers."""

from __future__ import annotations

import generated_helpers  # noqa: F401 - loads the hypothesis profile (HYPOTHESIS_PROFILE) before any test
import pytest


@pytest.fixture(scope="module")
def module_store(tmp_path_factory):
    """One store per module: generated examples that are refused must leave it exactly as it was."""
    from db import candidates, companies, contacts, needs
    from db.store import open_store

    path = tmp_path_factory.mktemp("generated") / "store.sqlite"
    db = open_store(path)
    company = companies.add(db, who="t", name="Fast Firma ApS", cvr="13748136", postcode="7100").id
    companies.add_person(db, company, who="t", name="Mette Holm")
    need = needs.add(db, who="t", company_id=company, title="Lagermedarbejder").id
    candidate = candidates.add(db, who="t", name="Ane Andersen", external_id="SAG-1").id
    contacts.add(db, who="t", company_id=company, kind="visit", at="2026-01-05 10:00")
    db.ids = {"company": company, "need": need, "candidate": candidate}  # for the suites' valid references
    yield db
    db.close()
