"""Propose the ESCO concept of each authored occupation and skill and write it into resources/reference.

    .venv/bin/python tools/esco_links.py [--data ../shared/data] [--write]

Only clear matches are linked, tried in this order, the first that finds exactly one concept wins:
the Danish title equals an ESCO Danish preferred label (after normalisation: case, æ/ae, inflection),
the English title equals an ESCO English preferred label, the Danish title equals an ESCO Danish
alternative label, the English title equals an ESCO English alternative label. An occupation and
its concept must be in the same ISCO-08 unit group (ESCO's Danish "glarmester" is a glass beveller,
ours a glazier). A concept is linked
to one authored entry only (the one that matched it by a preferred label, else the first). ESCO has
no Danish skill labels in the data we have, so skills link by their English name only.
Without --write the proposals are printed; with it the `uri` column of occupations.csv and
skills.csv is filled (an existing non-empty uri is kept: a hand-made link wins).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.importing.esco import same_unit_group  # noqa: E402 - after the path is set
from db.importing.esco_files import read  # noqa: E402 - after the path is set
from matching import normalize  # noqa: E402 - after the path is set

REFERENCE = ROOT / "resources" / "reference"
# Read and refused: an alternative English label shared by a different concept ("forklift driving" is
# an alternative label of "drive agricultural machines", "assembly" one of a programming language).
REFUSED = {"truckkorsel", "montage", "fodevareproduktion", "regning"}


def _index(concepts, lang: str, preferred: bool) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for uri, concept in concepts.items():
        names = concept.names.get(lang)
        if not names:
            continue
        for label in [names.preferred] if preferred else names.alternative:
            k = normalize.key(label)
            if k:
                out[k].add(uri)
    return out


def _same_field(row: dict, concept) -> bool:
    """An occupation must be in its concept's ISCO-08 unit group; skills have no ISCO code."""
    own = row.get("isco") or ""
    return same_unit_group(own, concept.isco or "")


def propose(rows: list[dict], concepts, title_col: str, en_col: str) -> dict[str, tuple[str, str]]:
    """key -> (uri, how) for the rows that match exactly one concept."""
    tries = [("da-preferred", title_col, _index(concepts, "da", True)),
             ("en-preferred", en_col, _index(concepts, "en", True)),
             ("da-alternative", title_col, _index(concepts, "da", False)),
             ("en-alternative", en_col, _index(concepts, "en", False))]
    found: dict[str, tuple[str, str]] = {}
    taken: dict[str, str] = {}
    for how, col, index in tries:
        for row in rows:
            if row["key"] in found or row["key"] in REFUSED or not row.get(col):
                continue
            uris = index.get(normalize.key(row[col]), set())
            if len(uris) == 1:
                uri = next(iter(uris))
                if uri in taken or not _same_field(row, concepts[uri]):
                    continue  # another occupation, or the concept belongs to an entry that matched it as well or better
                found[row["key"]] = (uri, how)
                taken[uri] = row["key"]
    return found


def _rewrite(path: Path, found: dict[str, tuple[str, str]]) -> int:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames)
        rows = list(reader)
    if "uri" not in fields:
        fields.append("uri")
    filled = 0
    for row in rows:
        if not row.get("uri") and row["key"] in found:
            row["uri"] = found[row["key"]][0]
        filled += bool(row.get("uri"))
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows({f: row.get(f) or "" for f in fields} for row in rows)
    return filled


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    data = read([args.data / "esco_v1.1.1", args.data / "esco_v1.0.8_da"])
    for name, concepts, title_col, en_col in (("occupations.csv", data.occupations, "title", "title_en"),
                                              ("skills.csv", data.skills, "name", "name_en")):
        path = REFERENCE / name
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        found = propose(rows, concepts, title_col, en_col)
        for row in rows:
            if row["key"] in found:
                uri, how = found[row["key"]]
                names = concepts[uri].names
                label = (names.get("da") or names["en"]).preferred
                print(f"{name}\t{row[title_col]}\t{how}\t{label}\t{uri}")
        print(f"{name}: {len(found)} of {len(rows)} linked", file=sys.stderr)
        if args.write:
            print(f"{name}: {_rewrite(path, found)} rows with a uri", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
