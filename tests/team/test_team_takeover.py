"""Taking over a conflict's value: one transaction, it travels on the next sync and closes the conflict
on the server, so no laptop lists it again."""

from __future__ import annotations

import pytest

from db import companies
from db.errors import ValidationError
from db.team import conflicts, sync

ME, YOU = "anne", "bo"


def _conflicted(a, b):
    company = companies.add(a, who=ME, name="Smedien ApS", town="Vejle").id
    sync.sync(a)
    sync.sync(b)
    other = b.execute("SELECT id FROM companies").fetchone()[0]
    companies.update(a, company, who=ME, town="Kolding")
    companies.update(b, other, who=YOU, town="Fredericia")
    sync.sync(a)
    sync.sync(b)
    sync.sync(a)
    return company, other


def test_the_refused_value_taken_over_travels_and_the_conflict_closes_everywhere(team):
    a, b = team
    _company, other = _conflicted(a, b)
    [open_one] = conflicts.open_conflicts(b)
    assert (open_one.field, open_one.kept, open_one.lost, open_one.lost_by) == ("town", "Kolding", "Fredericia", YOU)
    assert conflicts.count(a) == 1  # both consultants see it
    changes = conflicts.take_over(b, open_one.id, "lost", who=YOU)
    assert changes.affects("companies", other) and changes.fields == ("town",)
    assert b.execute("SELECT town FROM companies").fetchone()[0] == "Fredericia"
    assert conflicts.count(b) == 0
    sync.sync(b)
    sync.sync(a)
    assert a.execute("SELECT town FROM companies").fetchone()[0] == "Fredericia"
    assert conflicts.count(b) == 0
    assert conflicts.count(a) == 0  # the colleague's copy closed on a's next sync


def test_keeping_the_standing_value_also_closes_it_and_a_second_take_over_is_refused(team):
    a, b = team
    _conflicted(a, b)
    [open_one] = conflicts.open_conflicts(b)
    conflicts.take_over(b, open_one.id, "kept", who=YOU)
    assert b.execute("SELECT town FROM companies").fetchone()[0] == "Kolding"
    with pytest.raises(ValidationError):
        conflicts.take_over(b, open_one.id, "lost", who=YOU)
    assert b.execute("SELECT town FROM companies").fetchone()[0] == "Kolding"
    sync.sync(b)
    sync.sync(a)
    assert a.execute("SELECT town FROM companies").fetchone()[0] == "Kolding"
