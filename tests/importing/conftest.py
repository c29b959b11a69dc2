"""Fixtures for the import and export tests: a store with companies to refer to, a folder for files."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_helpers import CVR_A, CVR_B

from db import companies


@pytest.fixture
def with_companies(store):
    """Two companies with CVR numbers and a contact person, as the needs and contact tests refer to them."""
    a = companies.add(store, who="test", cvr=CVR_A, name="Vejle Transport ApS", postcode="7100").id
    b = companies.add(store, who="test", cvr=CVR_B, name="Plejecenter Solbakken", postcode="7100").id
    companies.add_person(store, a, who="test", name="Mette Holm", role="HR", phone="75821100")
    return store, a, b


@pytest.fixture
def files(tmp_path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder
