"""Keeping the index in step one save at a time gives the same rankings as building it again."""

from __future__ import annotations

import pytest

from db import candidates, matching_data, needs
from tests.helpers import rankings

WHO = "test"


@pytest.fixture
def centre(jobcentre):
    jc = jobcentre
    jc.ids = {
        "truck": jc.add_need(title="Truckfører", occupation="forklift_driver", essential=["forklift", "warehouse"],
                             required=["truck_b"], hours_min=30, hours_max=37),
        "cook": jc.add_need(title="Kok", occupation="cook", essential=["cooking", "hygiene"], desired=["menu"]),
        "clean": jc.add_need(title="Rengøring", essential=["cleaning"], workplace_postcode="8600"),
        "a": jc.add_candidate(skills=["truck_b", "forklift"], occupations=["forklift_driver"], hours_per_week=37),
        "b": jc.add_candidate(skills=["cooking", "hygiene", "menu"], postcode="9000"),
        "c": jc.add_candidate(skills=["cleaning", "customer"], target_group_code="dagpenge", postcode="8600"),
        "d": jc.add_candidate(skills=["picking", "warehouse", "scanner"]),
    }
    return jc


def apply(matcher, db, kind: str, record_id: int) -> None:
    """What the GUI does after a save: reload the one record and put it into the index."""
    if kind == "need":
        matcher.put_need(matching_data.load_need(db, record_id, matcher.index.vocab))
    else:
        matcher.put_candidate(matching_data.load_candidate(db, record_id))


def test_every_kind_of_change_kept_in_step_equals_a_rebuild(centre, today):
    db, ids = centre.db, centre.ids
    matcher = matching_data.build_matcher(db)
    steps = [
        ("candidate", lambda: centre.add_candidate(skills=["forklift", "warehouse", "truck_b"], postcode="8210")),
        ("candidate", lambda: candidates.update(db, ids["d"], who=WHO, skills=[centre.skill["cleaning"]]).fields and ids["d"]),
        ("candidate", lambda: candidates.update(db, ids["b"], who=WHO, status="in_job").fields and ids["b"]),
        ("need", lambda: centre.add_need(title="Lager", occupation="warehouse_worker", essential=["picking"])),
        ("need", lambda: needs.update(db, ids["cook"], who=WHO, status="filled").fields and ids["cook"]),
        # free text not in the vocabulary ("Vinduespudsning") becomes a skill of its own
        ("need", lambda: needs.update(db, ids["clean"], who=WHO, essential=["Vinduespudsning"]).fields and ids["clean"]),
        ("candidate", lambda: candidates.update(db, ids["a"], who=WHO, skills=["vinduespudsning"],
                                                occupations=[]).fields and ids["a"]),
    ]
    for kind, change in steps:
        record_id = change()
        apply(matcher, db, kind, record_id)
        assert rankings(matcher, today) == rankings(matching_data.build_matcher(db), today), (kind, record_id)


def test_deleting_records_leaves_the_index(centre, today):
    db, ids = centre.db, centre.ids
    matcher = matching_data.build_matcher(db)
    candidates.delete(db, ids["c"], who=WHO)
    matcher.remove_candidate(ids["c"])
    needs.delete(db, ids["truck"], who=WHO)
    matcher.remove_need(ids["truck"])
    assert ids["c"] not in matcher.index.cand_row and ids["truck"] not in matcher.index.need_row
    assert rankings(matcher, today) == rankings(matching_data.build_matcher(db), today)


def test_rows_freed_by_removals_are_reused(centre, today):
    db = centre.db
    matcher = matching_data.build_matcher(db)
    rows = matcher.index.cands.size
    for _ in range(3):
        new = centre.add_candidate(skills=["cleaning"])
        apply(matcher, db, "candidate", new)
        candidates.delete(db, new, who=WHO)
        matcher.remove_candidate(new)
    assert matcher.index.cands.size == rows + 1
    assert rankings(matcher, today) == rankings(matching_data.build_matcher(db), today)
