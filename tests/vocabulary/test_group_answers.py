"""ISCO-08 groups as answers in the occupation search: shown after exact occupation hits, first when
the query names the field better than any occupation, never twice for one concept."""

from __future__ import annotations

import pytest

from db import vocabulary
from matching.isco_groups import group_code, group_ref


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    from db.store import open_store

    db = open_store(tmp_path_factory.mktemp("groups") / "store.sqlite")
    index = vocabulary.answer_index(db)
    db.close()
    return index


def kinds(hits) -> list[str]:
    return [f"group {h.entry.isco}" if h.entry.source == "isco" else h.entry.title for h in hits]


def test_a_field_name_is_answered_by_its_group_first_and_its_members_after(answers):
    hits = answers.search("Førere af mobile maskiner", 6)
    assert kinds(hits)[0] == "group 834" and hits[0].entry.id == group_ref("834")
    assert {h.entry.isco[:3] for h in hits[1:]} == {"834"}  # the members, found through the group's name
    assert answers.group_answer("Førere af mobile maskiner").entry.isco == "834"


def test_an_exact_occupation_comes_before_its_group(answers):
    hits = answers.search("køkkenchef", 5)
    assert kinds(hits)[:2] == ["Køkkenchef", "group 3434"]
    assert answers.group_answer("køkkenchef") is None


def test_the_code_names_the_group(answers):
    assert kinds(answers.search("2341", 3))[0] == "group 2341"
    assert answers.exact("2341") == [group_ref("2341")]


def test_a_name_typed_in_full_is_the_entry_it_names(answers):
    # the group's name is also a label of its occupations, but it names the group
    assert answers.exact("Førere af mobile maskiner") == [group_ref("834")]
    assert answers.exact("Leder, daginstitution") == [group_ref("1341")]
    titles = {e.id: e.title for e in answers.entries}
    assert [titles[i] for i in answers.exact("køkkenchef")] == ["Køkkenchef"]  # not its group, Køkkenchefarbejde


def test_a_word_in_common_is_no_group_answer(answers):
    assert all(h.entry.source != "isco" for h in answers.search("lagermedarbejder", 10))
    assert all(h.entry.source != "isco" for h in answers.search("rengøringsassistent", 10))
    # "Truckførerarbejde" (8344) is offered, after the occupation the query names exactly
    assert kinds(answers.search("truckfører", 3))[:2] == ["Truckfører", "group 8344"]


def test_only_minor_and_unit_groups_are_answers_and_none_twice(store):
    entries, _ = vocabulary.group_search_data(store)
    codes = [group_code(e.id) for e in entries]
    assert all(len(c) in (3, 4) and c == e.isco for c, e in zip(codes, entries))
    assert len(codes) == len(set(codes)) and len({e.uri for e in entries}) == len(entries)
    # a minor group with a single unit group is the same set of occupations: only the unit group
    assert "0110" in codes and "011" not in codes
    assert "834" in codes and "8344" in codes  # 834 has several unit groups
    assert "522" not in codes and "5223" in codes  # 522 has the Danish name of 5223: it would look the same


@pytest.mark.parametrize("query, code", [
    ("Leder, daginstitution", "1341"),  # no occupation says exactly that: the field is the answer
    ("daginstitutionsleder", "1341"),
    ("Leder, plejehjem", "1343"),
    ("Skoleleder", "1345"),
    ("Leder, IT", "1330"),
])
def test_a_field_as_job_centres_write_it_is_answered_by_its_group(answers, query, code):
    assert kinds(answers.search(query, 5))[0] == f"group {code}"


def test_a_bare_word_names_no_field(answers):
    assert all(h.entry.source != "isco" for h in answers.search("leder", 10))
