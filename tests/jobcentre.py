"""A small job centre in a real store file: places, vocabulary, one company, and helpers to add to it.

The vocabulary is our own (keys prefixed "test_") so the cases do not move when the seeded reference
data is edited; the seeded vocabulary stays in the store beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from db import candidates, companies, needs, records

WHO = "test"
TODAY = dt.date(2026, 11, 23)

# Approximate postcode centroids (from ../shared/data/dk_postnumre.csv).
PLACES = {
    "8000": ("Aarhus C", 56.14843, 10.20451), "8200": ("Aarhus N", 56.2027, 10.1666),
    "8210": ("Aarhus V", 56.17228, 10.1566), "8600": ("Silkeborg", 56.17485, 9.56604),
    "8900": ("Randers C", 56.46417, 10.03414), "7100": ("Vejle", 55.70293, 9.50015),
    "9000": ("Aalborg", 57.03987, 9.86323), "2100": ("København Ø", 55.70699, 12.57222),
    "3790": ("Hasle", None, None),  # a postcode without coordinates
}

SKILLS = {  # key: (name, kind)
    "truck_b": ("truckcertifikat B", "certificate"), "forklift": ("kørsel med gaffeltruck", "skill"),
    "warehouse": ("lagerstyring", "skill"), "picking": ("plukning af ordrer", "skill"),
    "scanner": ("håndscanner", "skill"), "cooking": ("madlavning", "skill"),
    "hygiene": ("hygiejnebevis", "certificate"), "menu": ("menuplanlægning", "skill"),
    "licence_c": ("kørekort C", "licence"), "cleaning": ("rengøring", "skill"),
    "customer": ("kundeservice", "skill"), "excel": ("regneark", "skill"),
    "welding": ("svejsning", "skill"), "first_aid": ("førstehjælp", "certificate"),
}

OCCUPATIONS = {  # key: (title, isco, essential skill keys, optional skill keys)
    "forklift_driver": ("Truckfører", "8344", ["truck_b", "forklift", "warehouse"], ["scanner"]),
    "warehouse_worker": ("Lagerarbejder", "9333", ["picking", "warehouse"], ["scanner", "forklift"]),
    "crane_operator": ("Kranfører", "8343", ["licence_c"], ["first_aid"]),
    "cook": ("Kok", "5120", ["cooking", "hygiene", "menu"], ["first_aid"]),
    "kitchen_helper": ("Køkkenmedhjælper", "9412", ["cleaning", "hygiene"], ["cooking"]),
    "cleaner": ("Rengøringsassistent", "9112", ["cleaning"], ["customer"]),
    "welder": ("Svejser", "7212", ["welding"], ["first_aid"]),
}


class JobCentre:
    """The store plus ids of the vocabulary, and add_need()/add_candidate() with sensible defaults."""

    def __init__(self, db):
        self.db = db
        stamp = records.now()
        db["postcodes"].insert_all(
            [{"postcode": p, "town": t, "lat": lat, "lon": lon, "created_at": stamp, "updated_at": stamp}
             for p, (t, lat, lon) in PLACES.items()], replace=True)
        self.skill = {}
        for key, (name, kind) in SKILLS.items():
            db["skills"].insert({"key": f"test_{key}", "name": name, "kind": kind, "source": "jobbro",
                                 "created_at": stamp, "updated_at": stamp})
            self.skill[key] = db.execute("SELECT id FROM skills WHERE key = ?", [f"test_{key}"]).fetchone()[0]
        self.occupation = {}
        for key, (title, isco, essential, optional) in OCCUPATIONS.items():
            db["occupations"].insert({"key": f"test_{key}", "title": title, "isco": isco, "source": "jobbro",
                                      "created_at": stamp, "updated_at": stamp})
            occ = self.occupation[key] = db.execute("SELECT id FROM occupations WHERE key = ?",
                                                    [f"test_{key}"]).fetchone()[0]
            db["occupation_skills"].insert_all(
                [{"occupation_id": occ, "skill_id": self.skill[s], "relation": "essential"} for s in essential]
                + [{"occupation_id": occ, "skill_id": self.skill[s], "relation": "optional"} for s in optional])
        self.company = companies.add(db, who=WHO, name="Lager & Logistik A/S", postcode="8000").id
        self._n = 0

    def skills(self, *keys):
        return [self.skill[k] for k in keys]

    def add_need(self, **values) -> int:
        for relation in ("essential", "desired", "required"):
            if relation in values:
                values[relation] = [self.skill.get(k, k) for k in values[relation]]
        if "occupation" in values:
            values["occupation_id"] = self.occupation[values.pop("occupation")]
        values.setdefault("title", "Stilling")
        values.setdefault("workplace_postcode", "8000")
        return needs.add(self.db, who=WHO, company_id=self.company, **values).id

    def add_candidate(self, **values) -> int:
        self._n += 1
        values.setdefault("name", f"Kandidat {self._n}")
        values["skills"] = [self.skill.get(k, k) for k in values.get("skills", ())]
        values["occupations"] = [self.occupation[k] for k in values.get("occupations", ())]
        values.setdefault("postcode", "8000")
        return candidates.add(self.db, who=WHO, **values).id


@pytest.fixture
def jobcentre(store) -> JobCentre:
    return JobCentre(store)


@pytest.fixture
def today() -> dt.date:
    return TODAY
