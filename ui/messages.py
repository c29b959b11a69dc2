"""Turning store and validation errors into translated sentences (the one place that does it)."""

from __future__ import annotations

from db.errors import FieldError, StoreError, ValidationError
from ui.i18n import translate


def field_error(error: FieldError) -> str:
    text = translate("Validation", error.message)
    if text == error.message:  # a measure rule's refusal keeps its text in context "Rules"
        text = translate("Rules", error.message)
    return text.format(**error.params)


def validation_error(exc: ValidationError, labels: dict[str, str] | None = None) -> str:
    lines = []
    for error in exc.errors:
        label = (labels or {}).get(error.field)
        text = field_error(error)
        lines.append(f"{label}: {text}" if label else text)
    return "\n".join(lines)


def store_error(exc: StoreError) -> str:
    text = translate("StoreError", StoreError.KINDS[exc.kind])
    if not exc.path:  # met in the middle of work, where the file's name is not at hand
        text = text.replace(" {path}", "")
    text = text.format(path=exc.path)
    hint = getattr(exc, "hint", "")  # already translated (ui/cli/keys.py)
    return f"{text} {hint}" if hint else text


def unexpected() -> str:
    """The last resort: an error no check foresaw (the details go to the log, never to the screen alone)."""
    return translate("errors", "Something went wrong that Jobbro did not expect. Nothing was saved.")
