"""Reading the official ESCO CSV download (any language, zipped or not) into concepts merged by URI."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from db.importing.files import NO_FILES, NO_USABLE_ROWS, Cancelled, CsvSource, ImportProblem, Progress, check, csv_sources

# File kinds by the start of their name, as the EU publishes them ("occupations_da.csv", ...).
KINDS = {
    "occupations": "occupations_",
    "skills": "skills_",
    "isco": "iscogroups_",
    "relations": "occupationskillrelations",
    "broader": "broaderrelationsoccpillar",
    "languages": "languageskillscollection",
}
_LANG = re.compile(r"_([a-z]{2,3}(?:-[a-z]+)?)\.csv$", re.IGNORECASE)
DEFAULT_LANG = "en"


@dataclass
class Names:
    """A concept's names in one language."""
    preferred: str
    alternative: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)


@dataclass
class Concept:
    uri: str
    names: dict[str, Names] = field(default_factory=dict)  # by language
    isco: str = ""  # occupations: ISCO-08 unit group; ISCO groups: their own code
    skill_type: str = ""
    description: dict[str, str] = field(default_factory=dict)


@dataclass
class EscoData:
    occupations: dict[str, Concept] = field(default_factory=dict)
    skills: dict[str, Concept] = field(default_factory=dict)
    isco: dict[str, Concept] = field(default_factory=dict)  # by code
    relations: list[tuple[str, str, str]] = field(default_factory=list)  # occupation uri, skill uri, relation
    broader: dict[str, str] = field(default_factory=dict)  # occupation uri -> broader concept uri
    language_skills: set[str] = field(default_factory=set)
    files: list[str] = field(default_factory=list)


def kind_of(name: str) -> str | None:
    lower = name.lower()
    return next((kind for kind, start in KINDS.items() if lower.startswith(start)), None)


def lang_of(name: str) -> str:
    found = _LANG.search(name)
    return found.group(1).lower() if found else DEFAULT_LANG


def split_labels(text: str | None) -> list[str]:
    # one label per line in the official files; the collections separate them with " | "
    parts = re.split(r"\r?\n| \| ", text or "")
    return list(dict.fromkeys(p.strip() for p in parts if p.strip()))


def read(paths, progress: Progress | None = None, cancelled: Cancelled | None = None) -> EscoData:
    """Read every ESCO file found in `paths`; labels of several languages merge by concept URI."""
    sources = [s for s in csv_sources(paths) if kind_of(s.name)]
    if not sources:
        raise ImportProblem(NO_FILES, {"path": ", ".join(map(str, paths))})
    data = EscoData()
    # concepts before the files that refer to them, so relation counts are known when they are read
    order = list(KINDS)
    sources.sort(key=lambda s: order.index(kind_of(s.name)))
    for i, source in enumerate(sources):
        check(cancelled)
        if progress:
            progress(i, len(sources), "read")
        if not READERS[kind_of(source.name)](data, source, lang_of(source.name), cancelled):
            raise ImportProblem(NO_USABLE_ROWS, {"name": source.name})
        data.files.append(source.name)
    return data


def _names(row: dict) -> Names:
    return Names(row["preferredLabel"].strip(), split_labels(row.get("altLabels")),
                 split_labels(row.get("hiddenLabels")))


def _concepts(source: CsvSource, cancelled: Cancelled | None):
    for n, row in enumerate(source.rows(("conceptUri", "preferredLabel"))):
        if n % 2000 == 0:
            check(cancelled)
        uri = (row["conceptUri"] or "").strip()
        if uri and (row["preferredLabel"] or "").strip():
            yield uri, row


# Each reader returns how many usable rows it found: a file of a known kind without any is refused
# (importing it would report success and change nothing).


def _read_occupations(data: EscoData, source: CsvSource, lang: str, cancelled) -> int:
    n = 0
    for uri, row in _concepts(source, cancelled):
        n += 1
        concept = data.occupations.setdefault(uri, Concept(uri))
        concept.names[lang] = _names(row)
        concept.isco = concept.isco or (row.get("iscoGroup") or "").strip()
        if row.get("description"):
            concept.description[lang] = row["description"].strip()
    return n


def _read_skills(data: EscoData, source: CsvSource, lang: str, cancelled) -> int:
    n = 0
    for uri, row in _concepts(source, cancelled):
        n += 1
        concept = data.skills.setdefault(uri, Concept(uri))
        concept.names[lang] = _names(row)
        concept.skill_type = concept.skill_type or (row.get("skillType") or "").strip()
        if row.get("description"):
            concept.description[lang] = row["description"].strip()
    return n


def _read_isco(data: EscoData, source: CsvSource, lang: str, cancelled) -> int:
    n = 0
    for uri, row in _concepts(source, cancelled):
        n += 1
        code = (row.get("code") or uri.rsplit("/C", 1)[-1]).strip()
        concept = data.isco.setdefault(code, Concept(uri, isco=code))
        concept.names[lang] = _names(row)
    return n


def _read_relations(data: EscoData, source: CsvSource, lang: str, cancelled) -> int:
    before = len(data.relations)
    for n, row in enumerate(source.rows(("occupationUri", "relationType", "skillUri"))):
        if n % 20000 == 0:
            check(cancelled)
        relation = (row["relationType"] or "").strip()
        if relation in ("essential", "optional") and row["occupationUri"] and row["skillUri"]:
            data.relations.append((row["occupationUri"].strip(), row["skillUri"].strip(), relation))
    return len(data.relations) - before


def _read_broader(data: EscoData, source: CsvSource, lang: str, cancelled) -> int:
    n = 0
    for row in source.rows(("conceptUri", "broaderUri")):
        if row["conceptUri"] and row["broaderUri"]:
            n += 1
            if (row.get("conceptType") or "Occupation") == "Occupation":
                data.broader[row["conceptUri"].strip()] = row["broaderUri"].strip()
    return n


def _read_languages(data: EscoData, source: CsvSource, lang: str, cancelled) -> int:
    found = {uri for uri, _ in _concepts(source, cancelled)}
    data.language_skills.update(found)
    return len(found)


READERS = {"occupations": _read_occupations, "skills": _read_skills, "isco": _read_isco,
           "relations": _read_relations, "broader": _read_broader, "languages": _read_languages}


def isco_of(data: EscoData, uri: str) -> str:
    """An occupation's ISCO-08 unit group, from its own row or up its broader relations."""
    seen = set()
    while uri and uri not in seen:
        seen.add(uri)
        concept = data.occupations.get(uri)
        if concept is not None and concept.isco:
            return concept.isco
        if "/isco/C" in uri:
            return uri.rsplit("/C", 1)[-1]
        uri = data.broader.get(uri, "")
    return ""
