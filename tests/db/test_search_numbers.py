"""Search finds what consultants search by: numbers, addresses, contact persons, case ids, company names."""

import sqlite3

from sqlite_utils import Database

from db import candidates, companies, erasure, listing, needs, search
from db.schema import APPLICATION_ID, MIGRATIONS
from db.store import open_store, schema_version


def _company(store, **values) -> int:
    return companies.add(store, who="t", **values).id


def _found(store, table: str, text: str) -> list[int]:
    return search.matching_ids(store, table, text)


def test_a_company_is_found_by_cvr_and_its_first_digits_and_by_p_number(store):
    smedie = _company(store, name="Smedien ApS", cvr="DK 20 00 00 07", p_number="1012345678")
    _company(store, name="Bageriet", cvr="20000015")
    assert _found(store, "companies", "20000007") == [smedie]
    assert sorted(_found(store, "companies", "2000")) == [smedie, smedie + 1]
    assert _found(store, "companies", "1012345678") == [smedie]
    assert _found(store, "companies", "101234") == [smedie]


def test_a_company_is_found_by_address_postcode_and_town(store):
    shop = _company(store, name="Cykelhandleren", address="Nørregade 12", postcode="8000", town="Aarhus C")
    assert _found(store, "companies", "nørregade") == [shop]
    assert _found(store, "companies", "nørregade 12") == [shop]
    assert _found(store, "companies", "8000") == [shop]
    assert _found(store, "companies", "aarhus") == [shop]


def test_a_company_is_found_by_its_contact_persons_name_and_phone_as_they_change(store):
    shop = _company(store, name="Cykelhandleren", phone="+45 70 10 20 30")
    person = companies.add_person(store, shop, who="t", name="Birgitte Holm", phone="20 12 34 56").id
    assert _found(store, "companies", "birgitte") == [shop]
    assert _found(store, "companies", "holm birg") == [shop]
    assert _found(store, "companies", "20123456") == [shop]
    assert _found(store, "companies", "20 12 34 56") == [shop]
    assert _found(store, "companies", "2012") == [shop]
    assert _found(store, "companies", "70102030") == [shop], "the company's own phone, without +45"
    companies.update_person(store, person, who="t", name="Birgitte Nørgaard")
    assert _found(store, "companies", "holm") == []
    assert _found(store, "companies", "nørgaard") == [shop]
    companies.delete_person(store, person, who="t")
    assert _found(store, "companies", "birgitte") == []


def test_erasing_a_contact_person_leaves_no_trace_of_the_name_in_the_company_index(store):
    shop = _company(store, name="Cykelhandleren")
    person = companies.add_person(store, shop, who="t", name="Zebulon Quist").id
    erasure.erase_contact_person(store, person, who="t")
    assert _found(store, "companies", "zebulon") == []
    rows = store.execute("SELECT block FROM companies_fts_data").fetchall()
    assert not any(b"zebulon" in (r[0] or b"") for r in rows)


def test_a_candidate_is_found_by_case_id_and_phone(store):
    found = candidates.add(store, who="t", name="Anna Berg", external_id="SAG-2026-00417", phone="+4531415926").id
    assert _found(store, "candidates", "SAG-2026-00417") == [found]
    assert _found(store, "candidates", "00417") == [found]
    assert _found(store, "candidates", "31415926") == [found]
    assert _found(store, "candidates", "31 41 59 26") == [found]


def test_a_need_is_found_by_its_company_name_also_after_a_rename(store):
    shop = _company(store, name="Cykelhandleren")
    need = needs.add(store, who="t", company_id=shop, title="Mekaniker").id
    assert _found(store, "needs", "cykelhandl") == [need]
    companies.update(store, shop, who="t", name="Velo Værkstedet")
    assert _found(store, "needs", "velo mekan") == [need]
    assert listing.ids(store, needs.LISTING, text="værksted") == [need]


def test_digit_groups_match_separately_or_joined():
    assert search.match_expression("20 12") == '(("20"* AND "12"*) OR "2012"*)'
    assert search.match_expression("Vej 12") == '"Vej"* AND "12"*'
    assert search.match_expression("  ") is None


def test_an_index_from_before_0010_is_rebuilt_with_the_new_columns(store_path):
    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    old = Database(conn)
    MIGRATIONS.apply(old, stop_before="0010_search_by_numbers")
    # the index as it was before 0010: no ids, address or people columns
    for name in search.trigger_names(old):
        old.execute(f"DROP TRIGGER {name}")
    old.execute("DROP TABLE companies_fts")
    old.execute("CREATE VIRTUAL TABLE companies_fts USING fts5(name, notes)")
    now = "2026-01-01T00:00:00"
    old.execute("INSERT INTO companies(id, name, name_key, cvr, status, created_at, updated_at) "
                "VALUES (1, 'Gammel Smedie ApS', 'gammel smedie aps', '20000007', 'active', ?, ?)", [now, now])
    old.execute("INSERT INTO contact_persons(company_id, name, created_at, updated_at) "
                "VALUES (1, 'Ole Hammer', ?, ?)", [now, now])
    conn.close()
    db = open_store(store_path)
    try:
        assert "0010_search_by_numbers" in schema_version(db)
        assert search.matching_ids(db, "companies", "20000007") == [1]
        assert search.matching_ids(db, "companies", "hammer") == [1]
        companies.add_person(db, 1, who="t", name="Lise Ambolt")
        assert search.matching_ids(db, "companies", "ambolt") == [1]
    finally:
        db.close()


def test_a_one_letter_search_lists_the_same_rows_in_the_same_order_as_a_longer_one(store):
    """One letter reads the name index in order (db/listing.py order_indexes) instead of sorting."""
    for name in ("Åse Kirk", "Karl Berg", "anna Kold", "Bo Krog", "Kim Ager", "Lis Holm"):
        candidates.add(store, who="t", name=name)
    broad = listing.ids(store, candidates.LISTING, text="k")
    names = [candidates.get(store, i)["name"] for i in broad]
    assert names == ["anna Kold", "Bo Krog", "Karl Berg", "Kim Ager", "Åse Kirk"]
    assert listing.ids(store, candidates.LISTING, text="k", order="name", descending=True) == broad[::-1]
    assert listing.ids(store, candidates.LISTING, text="k", filters={"status": "active"}) == broad
