"""Each test gets its own settings: what one test chooses never reaches the next."""

from ui import settings


def test_a_setting_made_here(qapp):
    settings.put("logo_path", "/tmp/a-logo-from-another-test.png")
    assert settings.get("logo_path") == "/tmp/a-logo-from-another-test.png"


def test_is_not_seen_here(qapp):
    assert settings.get("logo_path") == ""
