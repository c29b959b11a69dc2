"""The app refuses a store it cannot use with one message box and returns: no traceback, no hang."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QMessageBox

from db import companies
from db.store import open_store
from ui.app import run_gui


def _damage(path):
    db = open_store(path)
    for i in range(20):
        companies.add(db, who="t", name=f"Firma {i}", notes="x" * 400)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), 5):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("problem", ["damaged", "truncated"])
def test_an_unusable_store_gets_one_message_pointing_to_backups(qapp, store_path, monkeypatch, problem):
    if problem == "damaged":
        _damage(store_path)
    else:
        open_store(store_path).close()
        store_path.write_bytes(store_path.read_bytes()[:3000])
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text)))
    args = argparse.Namespace(db=str(store_path), screenshot=None, demo_if_new=False)
    assert run_gui(qapp, args) == 2
    assert len(shown) == 1
    assert "backup" in shown[0].lower() or "sikkerhedskopi" in shown[0].lower()
