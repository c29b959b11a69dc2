"""Importing each kind into a real store: what is created or updated, matching keys, links and audit rows."""

from __future__ import annotations

import pytest
from tests.helpers import BAD_CVR, CVR_A, CVR_B, CVR_C, count, snapshot, write_csv, write_xlsx

from db import candidates, companies, contacts, importing, needs
from db.importing import Cancelled, writing


def run(db, path, kind, **kw):
    return importing.run(db, path, kind, who="importer", **kw)


def test_companies_from_a_cvr_search_export(store, files):
    path = write_csv(files / "cvr.csv", [
        ["CVR-nummer", "Navn", "Adresse", "Postnummer", "By", "Telefon", "Branchekode", "Antal ansatte", "Ordninger"],
        [f"DK-{CVR_A}", "Vejle Transport ApS", "Industrivej 4", "7100", "Vejle", "75 82 11 00", "494100", "10-19",
         "Virksomhedspraktik, Løntilskud"],
        [CVR_B, "Plejecenter Solbakken", "Solbakken 1", "7100", "", "+45 12 34 56 78", "87", "50-99", ""]])
    plan = run(store, path, "companies")
    assert plan.ok and plan.counts()["create"] == 2
    company = companies.get(store, companies.find_by_cvr(store, CVR_A))
    assert (company["name"], company["phone"], company["industry_code"], company["size_band"]) == \
        ("Vejle Transport ApS", "75821100", "49", "10-49")
    assert company["municipality_code"] == "0630" and company["status"] == "prospect"
    assert company["measures"] == ["internship", "wage_subsidy"]
    solbakken = companies.get(store, companies.find_by_cvr(store, CVR_B))
    assert solbakken["town"] == "Vejle" and solbakken["phone"] == "+4512345678"
    audit = store.execute("SELECT who, action, table_name, fields FROM audit ORDER BY id").fetchall()
    assert [a[:3] for a in audit] == [("importer", "create", "companies")] * 2
    assert "cvr" in audit[0][3].split(",") and "name_key" in audit[0][3].split(",")


def test_importing_again_updates_by_cvr_and_keeps_what_the_file_leaves_empty(store, files):
    company_id = companies.add(store, who="t", cvr=CVR_A, name="Vejle Transport", email="info@vt.dk", notes="VIP").id
    path = write_csv(files / "again.csv", [["CVR", "Navn", "E-mail", "Noter"],
                                           [CVR_A, "Vejle Transport ApS", "", ""]])
    plan = run(store, path, "companies")
    assert plan.counts() == {"create": 0, "update": 1, "skip": 0, "error": 0}
    assert plan.rows[0].changed == ("name", "name_key")
    company = companies.get(store, company_id)
    assert (company["name"], company["email"], company["notes"]) == ("Vejle Transport ApS", "info@vt.dk", "VIP")
    assert count(store, "companies") == 1
    audit = store.execute("SELECT action, fields FROM audit WHERE record_id = ? ORDER BY id", [company_id]).fetchall()
    assert audit[-1] == ("update", "name,name_key")


def test_contact_persons_refer_to_their_company_by_cvr(with_companies, files):
    store, a, b = with_companies
    path = write_csv(files / "persons.csv", [
        ["CVR-nr.", "Fornavn", "Efternavn", "Stilling", "Mobil", "E-mail"],
        [CVR_A, "Mette", "Holm", "HR-chef", "75821100", ""],  # the stored person: updated
        [CVR_B, "Jonas", "Bech", "Leder", "", "jb@solbakken.dk"],
        [CVR_C, "Ukendt", "Firma", "", "", ""]])
    plan = run(store, path, "contacts", dry_run=True)
    assert [r.action for r in plan.rows] == ["update", "create", "error"]
    assert plan.rows[2].errors[0].column == "CVR-nr." and plan.rows[2].errors[0].params == {"value": CVR_C}
    write_csv(path, [["CVR-nr.", "Navn", "Stilling"], [CVR_A, "Mette Holm", "HR-chef"], [CVR_B, "Jonas Bech", ""]])
    assert run(store, path, "contacts").ok
    assert [(p["name"], p["role"]) for p in companies.persons(store, a)] == [("Mette Holm", "HR-chef")]
    assert [p["name"] for p in companies.persons(store, b)] == ["Jonas Bech"]


def test_candidates_with_an_external_id_update_instead_of_duplicating(store, files):
    rows = [["Sags-id", "Navn", "Postnr", "Fødselsår", "Målgruppe", "Kompetencer", "Kørekort", "Certifikater",
             "Ønskede stillinger", "Skånehensyn", "Egen bil"],
            ["SAG-1", "Anna Jensen", "7100", "1985", "Dagpengemodtager", "Lagerstyring; Kan lidt tysk", "B, CE",
             "Truckcertifikat B", "Lagermedarbejder", "Tunge løft", "Ja"],
            ["SAG-2", "Omar Hassan", "7100", "1990", "jobparat kontanthjælpsmodtager", "", "", "", "Lagerarbejder",
             "", "nej"]]
    path = write_csv(files / "cand.csv", rows)
    plan = run(store, path, "candidates")
    assert plan.counts()["create"] == 2
    anna = candidates.get(store, candidates.find_by_external_id(store, "SAG-1"))
    labels = sorted(s["label"] for s in anna["skills"])
    assert "Kan lidt tysk" in labels and not next(s for s in anna["skills"] if s["label"] == "Kan lidt tysk")["known"]
    assert {"Kørekort B (bil)", "Kørekort CE (lastbil med påhængsvogn)", "Truckcertifikat B (gaffeltruck)"} <= set(labels)
    assert anna["restrictions"] == ["heavy_lifting"] and anna["own_car"] == 1
    assert anna["target_group_code"] == "dagpenge"
    free_note = [n for n in plan.rows[0].notes if n.column == "Kompetencer"]
    assert free_note and free_note[0].params["value"] == "Kan lidt tysk"
    omar = candidates.get(store, candidates.find_by_external_id(store, "SAG-2"))
    assert [o["label"] for o in omar["occupations"]] == ["Lagermedarbejder"]  # found by its synonym
    rows[1][6] = "C"  # the case system now says licence C only: the licences change, the other skills stay
    write_csv(path, rows)
    plan = run(store, path, "candidates")
    assert plan.counts() == {"create": 0, "update": 1, "skip": 1, "error": 0}
    assert plan.rows[0].changed == ("skills",)
    labels = sorted(s["label"] for s in candidates.get(store, anna["id"])["skills"])
    assert "Kørekort C (lastbil)" in labels and "Kørekort B (bil)" not in labels and "Kan lidt tysk" in labels
    assert count(store, "candidates") == 2


def test_needs_refer_to_their_company_by_cvr(with_companies, files):
    store, a, _ = with_companies
    path = write_xlsx(files / "needs.xlsx", [
        ["CVR-nr.", "Stillingsbetegnelse", "Erhverv", "Antal stillinger", "Timer min.", "Timer maks.", "Startdato",
         "Frist", "Ansættelsesform", "Nødvendige kompetencer", "Krævede certifikater og kørekort", "Ordninger",
         "Arbejdstid"],
        [CVR_A, "Lagermedarbejder til nathold", "Lagermedarbejder", 2, 30, 37, "15-02-2027", 46430,
         "Løntilskud", "Pluk og pak", "Truckcertifikat B; C", "Løntilskud", "Nat, Weekend"]])
    plan = run(store, path, "needs")
    assert plan.ok, [(r.row, r.errors) for r in plan.rows]
    need = needs.get(store, plan.rows[0].record_id)
    assert need["company_id"] == a and need["positions"] == 2 and need["shifts"] == "night,weekend"
    assert (need["start_date"], need["deadline"]) == ("2027-02-15", "2027-02-12")  # the deadline first
    assert need["employment_form"] == "wage_subsidy" and need["measures"] == ["wage_subsidy"]
    assert [s["label"] for s in need["required"]] == ["Truckcertifikat B (gaffeltruck)", "Kørekort C (lastbil)"]
    assert need["occupation_id"] is not None and need["occupation_text"] is None


def test_logged_contacts_with_person_and_follow_up(with_companies, files):
    store, a, _ = with_companies
    path = write_csv(files / "log.csv", [
        ["CVR-nr.", "Dato", "Kontaktform", "Kontaktperson", "Resumé", "Opfølgningsdato", "Opfølgningsopgave", "Udført"],
        [CVR_A, "05-01-2026 10:30", "Besøg", "mette holm", "Besøg om lagerjob", "2026-02-01", "Ring igen", "nej"],
        [CVR_A, "06-01-2026", "Telefon", "Ukendt Person", "", "", "", ""],
        [CVR_A, "07-01-2026", "Telefon", "", "", "", "Ring igen", ""]])
    plan = run(store, path, "contact-log", dry_run=True)
    assert [r.action for r in plan.rows] == ["create", "error", "error"]
    assert plan.rows[1].errors[0].column == "Kontaktperson"
    assert plan.rows[2].errors[0].message == "A follow-up task needs a date."  # the module's own rule
    assert plan.rows[2].errors[0].column == "Opfølgningsdato"
    write_csv(path, [["CVR-nr.", "Dato", "Kontaktform", "Kontaktperson", "Resumé"],
                     [CVR_A, "05-01-2026 10:30", "Besøg", "mette holm", "Besøg om lagerjob"]])
    assert run(store, path, "contact-log").ok
    logged = contacts.for_company(store, a)
    assert [(c["at"], c["kind"], c["person"], c["consultant"]) for c in logged] == \
        [("2026-01-05T10:30", "visit", "Mette Holm", "importer")]
    assert run(store, path, "contact-log").counts()["skip"] == 1  # same company, time and kind: the same contact


def test_one_bad_row_means_nothing_is_written(with_companies, files):
    store, _, _ = with_companies
    before = snapshot(store)
    path = write_csv(files / "mixed.csv", [["CVR", "Navn"], [CVR_C, "Ny ApS"], [BAD_CVR, "Forkert ApS"]])
    plan = run(store, path, "companies")
    assert not plan.ok and plan.counts()["create"] == 1 and plan.counts()["error"] == 1
    error = plan.rows[1].errors[0]
    assert (plan.rows[1].row, error.column, error.letter, error.context) == (3, "CVR", "A", "Validation")
    assert error.message == "CVR number {value} is not valid: the check digit is wrong."
    with pytest.raises(writing.Rejected):
        importing.apply(store, plan, who="importer")
    assert snapshot(store) == before


def test_cancel_while_writing_leaves_the_store_unchanged(store, files, monkeypatch):
    monkeypatch.setattr(writing, "CHUNK", 2)
    path = write_csv(files / "c.csv", [["Navn"]] + [[f"Firma {i}"] for i in range(6)])
    table = importing.read_table(path)
    plan = importing.build(store, table, importing.match(table.headers, "companies"), who="t")
    before = snapshot(store)
    calls = []

    def cancel():
        calls.append(1)
        if len(calls) > 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        importing.apply(store, plan, who="t", cancel=cancel)
    assert snapshot(store) == before


def test_a_change_after_the_preview_is_noticed(store, store_path, files):
    from db.store import open_store

    path = write_csv(files / "c.csv", [["CVR", "Navn"], [CVR_A, "Vejle Transport ApS"]])
    table = importing.read_table(path)
    plan = importing.build(store, table, importing.match(table.headers, "companies"), who="t")
    other = open_store(store_path)  # another window creates the company meanwhile
    companies.add(other, who="other", cvr=CVR_A, name="Vejle Transport")
    other.close()
    with pytest.raises(writing.StoreChanged):
        importing.apply(store, plan, who="t")
    assert count(store, "companies") == 1


def test_bulk_path_keeps_search_in_step(store, files, monkeypatch):
    from db import listing, search

    monkeypatch.setattr(writing, "BULK_ROWS", 1)
    path = write_csv(files / "c.csv", [["Sags-id", "Navn", "Kompetencer"], ["1", "Anna Jensen", "Lagerstyring"],
                                       ["2", "Bo Hansen", "Rengøring"]])
    assert run(store, path, "candidates").ok
    assert len(listing.ids(store, candidates.LISTING, text="lagerstyring")) == 1
    assert len(search.trigger_names(store)) > 0  # the triggers are back after the bulk write
