"""Marking English source texts for pyside6-lupdate without importing Qt (or db) into matching/."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return `text` unchanged; lupdate records it under `context` for the UI to translate later."""
    return text
