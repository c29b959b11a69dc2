"""The demo data generator and the `jobbro demo` command, on real store files."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from db import demo, search, validation
from db.store import open_store

TODAY = dt.date(2026, 3, 16)  # a Monday, so "due today" and weekend handling are both exercised
CONSULTANTS = ["Test Bruger", "Anne Konsulent", "Bo Konsulent"]
SMALL = dict(companies=40, candidates=150, needs=60, contacts=250)

# A few vocabulary entries of our own, so the tests do not depend on how much reference data is seeded.
MUNICIPALITIES = [("630", "Vejle"), ("615", "Horsens"), ("621", "Kolding"), ("751", "Aarhus")]
POSTCODES = [("7100", "Vejle", "630", 55.709, 9.536), ("7120", "Vejle Øst", "630", 55.72, 9.58),
             ("7080", "Børkop", "630", 55.64, 9.65), ("7300", "Jelling", "630", 55.756, 9.42),
             ("8700", "Horsens", "615", 55.86, 9.85), ("6000", "Kolding", "621", 55.49, 9.47),
             ("8000", "Aarhus C", "751", 56.15, 10.2)]
INDUSTRIES = [("H", 1, None, "Transport"), ("49", 2, "H", "Landtransport"), ("52", 2, "H", "Lager"),
              ("N", 1, None, "Administrative tjenester"), ("81", 2, "N", "Rengøring"),
              ("Q", 1, None, "Sundhed"), ("87", 2, "Q", "Plejehjem")]
SKILLS = [("t_truck", "Truckcertifikat B", "certificate"), ("t_licb", "Kørekort kategori B", "licence"),
          ("t_licc", "Kørekort kategori C", "licence"), ("t_pick", "Plukning af varer", "skill"),
          ("t_scan", "Håndscanner", "skill"), ("t_stock", "Lageroptælling", "skill"),
          ("t_pack", "Pakning", "skill"), ("t_clean", "Rengøringsmetoder", "skill"),
          ("t_chem", "Rengøringsmidler", "knowledge"), ("t_floor", "Gulvpleje", "skill"),
          ("t_care", "Personlig pleje", "skill"), ("t_lift", "Forflytning", "skill"),
          ("t_doc", "Dokumentation i omsorgssystem", "skill"), ("t_route", "Ruteplanlægning", "skill"),
          ("t_cargo", "Sikring af last", "skill"), ("t_en", "Engelsk", "language"),
          ("t_ar", "Arabisk", "language"), ("t_first", "Førstehjælp", "certificate")]
OCCUPATIONS = [
    ("t_lager", "Lagermedarbejder", "4321", ["Lagerarbejder", "Pakker"], ["t_pick", "t_scan", "t_stock", "t_pack"],
     ["t_truck", "t_route"]),
    ("t_truck", "Truckfører", "8344", ["Gaffeltruckfører"], ["t_truck", "t_pick", "t_scan"], ["t_stock"]),
    ("t_chauf", "Lastbilchauffør", "8332", ["Chauffør"], ["t_licc", "t_route", "t_cargo"], ["t_licb"]),
    ("t_rengo", "Rengøringsassistent", "9112", ["Rengøringsmedarbejder"],
     ["t_clean", "t_chem", "t_floor"], ["t_first"]),
    ("t_sosu", "Social- og sundhedshjælper", "5322", ["SOSU-hjælper"], ["t_care", "t_lift", "t_doc"],
     ["t_first", "t_licb"]),
]


def add_vocabulary(db) -> None:
    stamp = "2026-01-01T00:00:00"
    for code, name in MUNICIPALITIES:
        db.execute("INSERT OR IGNORE INTO municipalities VALUES (?, ?, NULL, ?, ?)", [code, name, stamp, stamp])
    for row in POSTCODES:
        db.execute("INSERT OR IGNORE INTO postcodes VALUES (?, ?, ?, ?, ?, ?, ?)", [*row, stamp, stamp])
    for row in INDUSTRIES:
        db.execute("INSERT OR IGNORE INTO industries VALUES (?, ?, ?, ?, ?, ?)", [*row, stamp, stamp])
    ids = {}
    for key, name, kind in SKILLS:
        db.execute("INSERT OR IGNORE INTO skills(key, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                   [key, name, kind, stamp, stamp])
        ids[key] = db.execute("SELECT id FROM skills WHERE key = ?", [key]).fetchone()[0]
    for key, title, isco, synonyms, essential, optional in OCCUPATIONS:
        db.execute("INSERT OR IGNORE INTO occupations(key, title, isco, created_at, updated_at) "
                   "VALUES (?, ?, ?, ?, ?)", [key, title, isco, stamp, stamp])
        occ = db.execute("SELECT id FROM occupations WHERE key = ?", [key]).fetchone()[0]
        for label in synonyms:
            db.execute("INSERT OR IGNORE INTO occupation_labels(occupation_id, label, lang, preferred) "
                       "VALUES (?, ?, 'da', 0)", [occ, label])
        for relation, keys in (("essential", essential), ("optional", optional)):
            for skill in keys:
                db.execute("INSERT OR IGNORE INTO occupation_skills VALUES (?, ?, ?)", [occ, ids[skill], relation])


def make_store(path):
    db = open_store(path)
    with db.atomic():
        add_vocabulary(db)
    return db


@pytest.fixture()
def filled(tmp_path):
    db = make_store(tmp_path / "demo.sqlite")
    counts = demo.create(db, seed=7, consultants=CONSULTANTS, today=TODAY, **SMALL)
    yield db, counts
    db.close()


def scalar(db, sql, args=()):
    return db.execute(sql, args).fetchone()[0]


def test_counts_match(filled):
    db, counts = filled
    for table, n in SMALL.items():
        assert scalar(db, f"SELECT count(*) FROM {table}") == n == counts[table]
    persons = scalar(db, "SELECT count(*) FROM contact_persons")
    assert counts["contact_persons"] == persons
    assert scalar(db, "SELECT min(c) FROM (SELECT count(p.id) c FROM companies r "
                      "LEFT JOIN contact_persons p ON p.company_id = r.id GROUP BY r.id)") >= 1
    assert scalar(db, "SELECT max(c) FROM (SELECT count(*) c FROM contact_persons GROUP BY company_id)") <= 3


def test_cvr_numbers_valid_and_unique(filled):
    db, _ = filled
    cvrs = [r[0] for r in db.execute("SELECT cvr FROM companies WHERE cvr IS NOT NULL")]
    assert len(cvrs) > SMALL["companies"] * 0.8
    assert len(set(cvrs)) == len(cvrs)
    assert all(validation.cvr(c) == c for c in cvrs)
    assert all(len(p) == 10 for (p,) in db.execute("SELECT p_number FROM companies WHERE p_number IS NOT NULL"))


def test_deterministic_for_a_seed(tmp_path):
    def dump(name, seed):
        db = make_store(tmp_path / name)
        demo.create(db, seed=seed, consultants=CONSULTANTS, today=TODAY, **SMALL)
        out = {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
               for t in ("companies", "contact_persons", "needs", "need_skills", "candidates",
                         "candidate_skills", "candidate_occupations", "contacts", "audit")}
        db.close()
        return out

    first, again, other = dump("a.sqlite", 3), dump("b.sqlite", 3), dump("c.sqlite", 4)
    assert first == again
    assert first["companies"] != other["companies"]


def test_search_finds_candidates_by_name_and_skill(filled):
    db, _ = filled
    cid, name = db.execute("SELECT id, name FROM candidates ORDER BY id LIMIT 1 OFFSET 5").fetchone()
    assert cid in search.matching_ids(db, "candidates", name)
    cid, skill = db.execute("SELECT cs.candidate_id, s.name FROM candidate_skills cs "
                            "JOIN skills s ON s.id = cs.skill_id WHERE s.key = 't_pick' LIMIT 1").fetchone()
    assert cid in search.matching_ids(db, "candidates", skill)
    company_id, company = db.execute("SELECT id, name FROM companies LIMIT 1").fetchone()
    assert company_id in search.matching_ids(db, "companies", company)
    assert search.trigger_names(db), "the FTS triggers are restored after the bulk write"


def test_foreign_keys_intact(filled):
    db, _ = filled
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert scalar(db, "SELECT count(*) FROM contacts c JOIN contact_persons p ON p.id = c.contact_person_id "
                      "WHERE p.company_id != c.company_id") == 0


def test_needs_follow_the_rules(filled):
    db, _ = filled
    rows = db.execute("SELECT hours_min, hours_max, start_date, deadline, shifts, employment_form, "
                      "positions FROM needs").fetchall()
    for low, high, start, deadline, shifts, form, positions in rows:
        assert 0 <= low <= high <= validation.MAX_HOURS
        assert not (start and deadline) or deadline <= start  # the application deadline comes first
        assert set(filter(None, shifts.split(","))) <= {"day", "evening", "night", "weekend"}
        assert 1 <= positions <= 5
        if form == "fleksjob":
            assert high <= 20
    assert scalar(db, "SELECT count(*) FROM needs WHERE occupation_id IS NOT NULL") > len(rows) * 0.8
    assert scalar(db, "SELECT count(*) FROM need_skills WHERE relation = 'essential'") > 0


def test_candidates_are_plausible(filled):
    db, _ = filled
    for birth, hours, commute, danish, since, consent, scope, by in db.execute(
            "SELECT birth_year, hours_per_week, max_commute_min, danish_level, unemployed_since, "
            "consent_date, consent_scope, consent_by FROM candidates"):
        assert 18 <= TODAY.year - birth <= 66
        assert 0 < hours <= 37 and 30 <= commute <= 120 and danish in range(5)
        assert since <= TODAY.isoformat()
        assert (consent is None) == (scope is None) == (by is None)
        assert consent is None or consent <= TODAY.isoformat()
    assert scalar(db, "SELECT count(*) FROM candidate_occupations") >= SMALL["candidates"]
    ids = [r[0] for r in db.execute("SELECT external_id FROM candidates WHERE external_id IS NOT NULL")]
    assert ids and all(i.startswith("KS-") for i in ids)


def test_follow_ups_overdue_and_due_today_for_the_user(filled):
    db, counts = filled
    from db import contacts

    due = contacts.follow_ups_due(db, consultant=CONSULTANTS[0], today=TODAY)
    assert len([d for d in due if d["follow_up_date"] < TODAY.isoformat()]) >= 3
    assert any(d["follow_up_date"] == TODAY.isoformat() for d in due)
    for name in CONSULTANTS[1:]:
        assert contacts.follow_ups_due(db, consultant=name, today=TODAY)
    assert scalar(db, "SELECT max(at) FROM contacts") < TODAY.isoformat()
    assert scalar(db, "SELECT min(at) FROM contacts") >= (TODAY - dt.timedelta(days=366)).isoformat()
    assert counts["follow_ups"] == scalar(db, "SELECT count(*) FROM contacts WHERE follow_up_date IS NOT NULL")


def test_audit_rows_name_fields_not_values(filled):
    db, counts = filled
    for table in demo.AUDITED:
        assert scalar(db, "SELECT count(*) FROM audit WHERE table_name = ? AND who = 'demo' "
                          "AND action = 'create'", [table]) == counts[table]
    fields = scalar(db, "SELECT fields FROM audit WHERE table_name = 'candidates' LIMIT 1").split(",")
    assert "name" in fields and "created_at" not in fields
    name = scalar(db, "SELECT name FROM candidates LIMIT 1")
    assert scalar(db, "SELECT count(*) FROM audit WHERE fields LIKE ?", [f"%{name}%"]) == 0


def test_empty_vocabulary_still_works(tmp_path):
    db = open_store(tmp_path / "bare.sqlite")
    with db.atomic():
        for table in ("occupation_skills", "occupation_labels", "occupations", "skills", "postcodes",
                      "industries"):
            db.execute(f"DELETE FROM {table}")
    counts = demo.create(db, companies=5, candidates=10, needs=5, contacts=20, today=TODAY)
    assert counts["companies"] == 5 and counts["candidates"] == 10
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_create_default_refuses_a_filled_store(tmp_path):
    path = tmp_path / "gui.sqlite"
    make_store(path).close()
    counts = demo.create_default(path, ["Min Bruger"])
    assert counts["companies"] == 300
    with pytest.raises(ValueError):
        demo.create_default(path, ["Min Bruger"])


def test_cli_demo_end_to_end(tmp_path, capsys):
    import main

    path = tmp_path / "cli.sqlite"
    args = ["demo", "--db", str(path), "--companies", "12", "--candidates", "30", "--needs", "15",
            "--contacts", "40", "--seed", "5"]
    assert main.main(args) == 0
    out = capsys.readouterr()
    assert "12" in out.out and "30" in out.out
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 12
    conn.close()
    assert main.main(args) == 2
    assert str(path) in capsys.readouterr().err
    assert main.main(args + ["--force"]) == 0
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM companies").fetchone()[0] == 24
    conn.close()


# ---- shortlists -------------------------------------------------------------------------------------------

STEPS_ALLOWED = {"proposed": {"sent", "interview", "hired", "rejected", "withdrawn"},
                 "sent": {"interview", "hired", "rejected", "withdrawn"},
                 "interview": {"hired", "rejected", "withdrawn"}}


def check_shortlist_rules(db) -> dict:
    """Every rule db/shortlists.py enforces, checked on bulk-written demo lists; returns a few tallies."""
    from db import shortlists

    today = TODAY.isoformat()
    lists = db.execute("SELECT n.id, n.status, n.positions, count(e.id), sum(e.status = 'hired'), "
                       "min(e.position), max(e.position), count(DISTINCT e.position) "
                       "FROM needs n JOIN shortlist_entries e ON e.need_id = n.id GROUP BY n.id").fetchall()
    assert lists
    for need_id, status, positions, n, hired, low, high, distinct in lists:
        assert 2 <= n <= 8, need_id
        assert (low, high, distinct) == (1, n, n), "positions are 1..n"
        assert (status == "filled") == (hired >= positions), need_id
        assert hired <= positions
        assert status in ("shortlisted", "filled"), need_id
    assert scalar(db, "SELECT count(*) FROM needs WHERE status = 'shortlisted' "
                      "AND id NOT IN (SELECT need_id FROM shortlist_entries)") == 0
    entries = db.execute("SELECT e.id, e.status, e.status_date, e.rejection_code, c.status, e.created_at, "
                         "c.created_at, n.created_at FROM shortlist_entries e JOIN candidates c ON c.id = e.candidate_id "
                         "JOIN needs n ON n.id = e.need_id").fetchall()
    for entry_id, status, status_date, reason, candidate_status, added, registered, need_made in entries:
        steps = db.execute("SELECT status, at, reason_code, who FROM shortlist_events WHERE entry_id = ? "
                           "ORDER BY id", [entry_id]).fetchall()
        assert steps[0][0] == "proposed"
        assert (steps[-1][0], steps[-1][1]) == (status, status_date)
        assert [s[1] for s in steps] == sorted(s[1] for s in steps), "dates ascending"
        assert all(s[1] <= today for s in steps), "nothing in the future"
        for (old, _, _, _), (new, _, _, _) in zip(steps, steps[1:]):
            assert new in STEPS_ALLOWED[old], (entry_id, old, new)
        assert (reason is not None) == (status == "rejected") and steps[-1][2] == reason
        assert all(s[2] is None for s in steps[:-1])
        assert added[:10] >= max(registered[:10], need_made[:10]), "proposed after both were registered"
        if status == "hired":
            assert candidate_status == "in_job"
            assert db.execute("SELECT due_date, task FROM shortlist_follow_ups WHERE entry_id = ?",
                              [entry_id]).fetchall() == [
                (shortlists.add_months(dt.date.fromisoformat(status_date), 3).isoformat(), shortlists.FOLLOW_UP_TASK)]
        else:
            assert scalar(db, "SELECT count(*) FROM shortlist_follow_ups WHERE entry_id = ?", [entry_id]) == 0
        if status not in shortlists.FINAL:
            assert candidate_status == "active", "someone still being put forward is not in a job"
    hired_twice = scalar(db, "SELECT count(*) FROM (SELECT candidate_id FROM shortlist_entries "
                             "WHERE status = 'hired' GROUP BY candidate_id HAVING count(*) > 1)")
    assert hired_twice == 0
    assert scalar(db, "SELECT count(*) FROM shortlist_entries a JOIN shortlist_entries b "
                      "ON a.candidate_id = b.candidate_id AND a.id != b.id "
                      "WHERE a.status = 'hired' AND b.status IN ('proposed', 'sent', 'interview')") == 0
    statuses = {r[0] for r in db.execute("SELECT DISTINCT status FROM shortlist_entries")}
    mixed = scalar(db, "SELECT count(*) FROM (SELECT e.need_id FROM shortlist_entries e "
                       "JOIN candidates c ON c.id = e.candidate_id GROUP BY e.need_id "
                       "HAVING min(c.consent_date IS NULL) = 0 AND max(c.consent_date IS NULL) = 1)")
    same_occupation = scalar(db, "SELECT avg(EXISTS (SELECT 1 FROM candidate_occupations co "
                                 "JOIN occupations o ON o.id = co.occupation_id JOIN occupations w ON w.id = n.occupation_id "
                                 "WHERE co.candidate_id = e.candidate_id AND substr(o.isco, 1, 3) = substr(w.isco, 1, 3))) "
                                 "FROM shortlist_entries e JOIN needs n ON n.id = e.need_id "
                                 "WHERE n.occupation_id IS NOT NULL")
    return {"lists": len(lists), "statuses": statuses, "mixed_consent": mixed, "same_occupation": same_occupation}


def test_shortlists_at_every_stage_follow_the_rules(filled):
    db, counts = filled
    tally = check_shortlist_rules(db)
    assert tally["statuses"] == {"proposed", "sent", "interview", "hired", "rejected", "withdrawn"}
    assert tally["lists"] == counts["shortlists"] >= 4
    assert counts["shortlist_entries"] == scalar(db, "SELECT count(*) FROM shortlist_entries")
    assert counts["hires"] == scalar(db, "SELECT count(*) FROM shortlist_follow_ups")
    assert tally["mixed_consent"] >= 1, "lists with candidates with and without consent"
    # Candidates are chosen for the need: most wish an occupation in the need's ISCO group.
    assert tally["same_occupation"] >= 0.6
    assert scalar(db, "SELECT count(*) FROM shortlist_entries WHERE score IS NOT NULL") > 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_shortlists_on_a_big_store_use_the_occupation_pools(tmp_path, monkeypatch):
    from db.demo import shortlists as demo_shortlists

    monkeypatch.setattr(demo_shortlists, "MATCHER_LIMIT", 10)  # the path taken above 20,000 candidates
    db = make_store(tmp_path / "big.sqlite")
    counts = demo.create(db, seed=11, consultants=CONSULTANTS, today=TODAY, **SMALL)
    tally = check_shortlist_rules(db)
    assert tally["lists"] == counts["shortlists"] >= 4
    assert tally["same_occupation"] >= 0.6
    assert scalar(db, "SELECT count(*) FROM shortlist_entries WHERE score IS NOT NULL") == 0
    db.close()


def test_shortlist_side_effects_are_audited_and_hire_follow_ups_wait_for_the_user(filled):
    db, counts = filled
    from db import followups

    hired = [r[0] for r in db.execute("SELECT candidate_id FROM shortlist_entries WHERE status = 'hired'")]
    assert hired
    for candidate in hired:
        assert scalar(db, "SELECT count(*) FROM audit WHERE table_name = 'candidates' AND record_id = ? "
                          "AND action = 'update' AND fields = 'status'", [candidate]) <= 1
    assert scalar(db, "SELECT count(*) FROM audit WHERE table_name = 'candidates' AND action = 'update'") >= 1
    due = [r for r in followups.due(db, consultant=CONSULTANTS[0], today=TODAY) if r["source"] == "shortlist"]
    assert len(due) >= 2
    assert all(r["follow_up_date"] <= TODAY.isoformat() for r in due)
    assert all(r["candidate_id"] in hired for r in due)
    # The hire's step was the user's, so the follow-up is theirs.
    for r in due:
        assert scalar(db, "SELECT v.who FROM shortlist_follow_ups f JOIN shortlist_events v "
                          "ON v.entry_id = f.entry_id AND v.status = 'hired' WHERE f.id = ?", [r["id"]]) == CONSULTANTS[0]


def test_shortlists_are_deterministic_and_capped(tmp_path, monkeypatch):
    from db.demo import shortlists as demo_shortlists

    def dump(name):
        db = make_store(tmp_path / name)
        demo.create(db, seed=3, consultants=CONSULTANTS, today=TODAY, **SMALL)
        out = [db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
               for t in ("shortlist_entries", "shortlist_events", "shortlist_follow_ups", "needs", "candidates")]
        db.close()
        return out

    assert dump("a.sqlite") == dump("b.sqlite")
    assert demo_shortlists.list_count(20_000) == demo_shortlists.CAP
    assert demo_shortlists.list_count(400) == 64
    assert demo_shortlists.list_count(3) == 3 and demo_shortlists.list_count(0) == 0


def test_placements_pass_the_rules_a_consultant_meets(filled):
    """Demo placements sit at a workplace of their company and pass db.placements' checks (who may use
    the measure, praktik length, ratio, overlap, løntilskud's confirmed extra employment), so an
    export of the demo imports again without errors."""
    from db import placements

    db, counts = filled
    rows = list(db.query("SELECT p.*, w.company_id AS workplace_company FROM placements p "
                         "LEFT JOIN company_workplaces w ON w.id = p.workplace_id"))
    assert len(rows) == counts["placements"] >= 3
    assert {r["measure_code"] for r in rows} - {"internship", "wage_subsidy", "mentor", "fleksjob", "igu"} == set()
    for row in rows:
        assert row["workplace_company"] == row["company_id"]
        values = {k: row[k] for k in placements.FIELDS}
        placements.validate(db, values, row["id"])  # raises ValidationError with the field and rule


def test_some_needs_and_wishes_name_a_field(filled):
    """The demo shows ISCO-08 groups as answers: a few needs ask for a unit group, a few candidates wish
    one as well as their occupations, and matching grades a group need (docs/VOCABULARY.md)."""
    from db.matching_data import build_matcher

    db, _ = filled
    needs = db.execute("SELECT id, occupation_id, occupation_text, isco_group FROM needs "
                       "WHERE isco_group IS NOT NULL").fetchall()
    assert needs
    for _, occupation_id, text, code in needs:
        assert occupation_id is None and len(code) == 4 and text.startswith(f"ISCO-08 {code} ")
    wishes = db.execute("SELECT occupation_id, free_text, isco_group FROM candidate_occupations "
                        "WHERE isco_group IS NOT NULL").fetchall()
    assert wishes and all(o is None and t.startswith(f"ISCO-08 {c} ") for o, t, c in wishes)
    matcher = build_matcher(db)
    need_id, _, _, code = needs[0]
    ranked = matcher.rank_candidates(need_id, top=10).matches
    in_field = {cid for (cid,) in db.execute(
        "SELECT co.candidate_id FROM candidate_occupations co JOIN occupations o ON o.id = co.occupation_id "
        "WHERE o.isco = ?", [code])}
    assert ranked and in_field
    best = max(ranked, key=lambda m: m.parts["occupation"].value)
    assert best.parts["occupation"].value == 1.0 and best.candidate_id in in_field
