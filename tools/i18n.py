"""Maintain the translation catalogues: update from the sources, fill from JSON, list what is missing.

    python tools/i18n.py update          # run pyside6-lupdate over the sources into resources/i18n/*.ts
    python tools/i18n.py fill FILE.json  # {"Context": {"English source": "Danish" | ["one", "many"]}}
    python tools/i18n.py todo [--json]   # Danish messages without a translation
    python tools/i18n.py merge OTHER.ts  # take finished translations from another copy of the catalogue
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ["main.py", "ui", "db", "matching", "reports"]
LANGS = {"da": "da_DK", "en": "en_GB"}


def ts_path(lang: str) -> Path:
    return I18N / f"jobbro_{lang}.ts"


def source_files() -> list[str]:
    files = []
    for entry in SOURCES:
        path = ROOT / entry
        files += [str(path)] if path.is_file() else sorted(str(p) for p in path.rglob("*.py"))
    return files


def lupdate_tool() -> str:
    return shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))


def update(target: Path | None = None, lang: str = "da") -> Path:
    target = target or ts_path(lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([lupdate_tool(), "-silent", "-locations", "none", "-no-obsolete", "-target-language",
                    LANGS[lang], *source_files(), "-ts", str(target)], check=True)
    if lang == "en":
        _english_plurals(target)
    return target


def _english_plurals(path: Path) -> None:
    """English needs only plural forms: '%n row(s)' -> '%n row' / '%n rows'."""
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") == "yes":
            source = message.findtext("source")
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            for form in (re.sub(r"\((e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)):
                ET.SubElement(translation, "numerusform").text = form
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    tree.write(path, encoding="utf-8", xml_declaration=True)
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text, encoding="utf-8")


def messages(path: Path):
    tree = ET.parse(path)
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield tree, name, message


def _is_finished(message) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        return all((f.text or "").strip() for f in translation.iter("numerusform"))
    return bool((translation.text or "").strip())


def _set(message, value) -> None:
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = value if isinstance(value, list) else [value, value]
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = value if isinstance(value, str) else value[0]


def fill(files: list[str], lang: str = "da") -> int:
    wanted: dict[tuple[str, str], object] = {}
    for file in files:
        for context, entries in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for source, value in entries.items():
                wanted[(context, source)] = value
    path = ts_path(lang)
    tree, count = None, 0
    for tree, context, message in messages(path):  # noqa: B007 - the last tree is written below  # noqa: B007 - the last tree is written below
        key = (context, message.findtext("source"))
        if key in wanted:
            _set(message, wanted[key])
            count += 1
    if tree is not None:
        _write(tree, path)
    return count


def merge(other: Path, lang: str = "da") -> int:
    theirs = {}
    for _, context, message in messages(other):
        if _is_finished(message):
            translation = message.find("translation")
            forms = [f.text for f in translation.iter("numerusform")]
            theirs[(context, message.findtext("source"))] = forms if forms else translation.text
    path = ts_path(lang)
    tree, count = None, 0
    for tree, context, message in messages(path):  # noqa: B007 - the last tree is written below
        key = (context, message.findtext("source"))
        if not _is_finished(message) and key in theirs:
            _set(message, theirs[key])
            count += 1
    if tree is not None:
        _write(tree, path)
    return count


def todo(path: Path | None = None) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for _, context, message in messages(path or ts_path("da")):
        if not _is_finished(message):
            out.setdefault(context, {})[message.findtext("source")] = ""
    return out


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "todo"
    if command == "update":
        for lang in LANGS:
            update(lang=lang)
        missing = sum(len(v) for v in todo().values())
        print(f"updated; {missing} Danish message(s) without translation")
    elif command == "fill":
        print(f"filled {fill(argv[1:])} message(s)")
    elif command == "merge":
        print(f"merged {merge(Path(argv[1]))} message(s)")
    elif command == "todo":
        missing = todo()
        if "--json" in argv:
            print(json.dumps(missing, ensure_ascii=False, indent=1))
        else:
            for context, entries in missing.items():
                for source in entries:
                    print(f"{context}\t{source}")
        return 1 if missing else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
