"""Stores for the encryption and backup tests: a small plain store and an encrypted one with real data."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_helpers import PASS, fill


@pytest.fixture
def plain_store(tmp_path) -> tuple[Path, dict]:
    path = tmp_path / "plain.sqlite"
    return path, fill(path)


@pytest.fixture
def encrypted_store(tmp_path) -> tuple[Path, dict]:
    path = tmp_path / "secret.sqlite"
    return path, fill(path, PASS)
