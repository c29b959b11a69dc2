"""The Danish catalogue covers every visible string in the sources, and it builds."""

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n as catalogue


def test_danish_catalogue_is_complete_for_the_current_sources(tmp_path):
    copy = tmp_path / "jobbro_da.ts"
    shutil.copy(catalogue.ts_path("da"), copy)
    catalogue.update(copy, "da")
    missing = catalogue.todo(copy)
    assert not missing, f"untranslated (run tools/i18n.py update and translate): {missing}"


def test_catalogues_compile(tmp_path):
    for lang in ("da", "en"):
        out = tmp_path / f"{lang}.qm"
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), str(catalogue.ts_path(lang)),
                        "-qm", str(out)], check=True, capture_output=True)
        assert out.stat().st_size > 100


def test_placeholders_survive_translation():
    import re
    import xml.etree.ElementTree as ET

    tree = ET.parse(catalogue.ts_path("da"))
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            continue  # the completeness test reports these
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        wanted = set(re.findall(r"\{\w+\}|%\d|%n", source))
        for text in texts:
            assert wanted <= set(re.findall(r"\{\w+\}|%\d|%n", text)), (source, text)


def test_every_count_message_has_plural_forms():
    """A "%n" message lupdate did not see as plural would show "5 række"; such calls need one message per form."""
    import xml.etree.ElementTree as ET

    flat = []
    for context in ET.parse(catalogue.ts_path("da")).getroot():
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            if "%n" in source and message.get("numerus") != "yes":
                flat.append(f"{context.findtext('name')}: {source}")
    assert not flat, flat
