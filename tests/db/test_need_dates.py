"""A need's Ansøgningsfrist (deadline) is the application deadline: it comes before the Startdato. What is
really wrong is refused with the dates as consultants write them (dd-mm-yyyy); existing needs keep theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from db import companies, needs
from db.errors import ValidationError

TODAY = dt.date(2030, 3, 10)


def day(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).isoformat()


def dmy(offset: int) -> str:
    return (TODAY + dt.timedelta(days=offset)).strftime("%d-%m-%Y")


@pytest.fixture
def company(store) -> int:
    return companies.add(store, who="t", name="Bager Ib").id


def refused(action) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        action()
    return info.value


def test_the_deadline_before_the_start_is_the_normal_case(store, company):
    need_id = needs.add(store, who="t", company_id=company, title="Bager", deadline=day(7), start_date=day(30),
                        today=TODAY).id
    assert (needs.get(store, need_id)["deadline"], needs.get(store, need_id)["start_date"]) == (day(7), day(30))


def test_a_deadline_after_the_start_is_refused_with_both_dates(store, company):
    error = refused(lambda: needs.add(store, who="t", company_id=company, title="Bager", deadline=day(30),
                                      start_date=day(7), today=TODAY))
    assert [e.field for e in error.errors] == ["deadline"]
    assert dmy(30) in str(error) and dmy(7) in str(error)


def test_a_new_need_may_not_have_a_passed_deadline_or_start(store, company):
    error = refused(lambda: needs.add(store, who="t", company_id=company, title="Bager", deadline=day(-1),
                                      today=TODAY))
    assert error.errors[0].field == "deadline" and dmy(-1) in str(error)
    error = refused(lambda: needs.add(store, who="t", company_id=company, title="Bager", start_date=day(-3),
                                      today=TODAY))
    assert error.errors[0].field == "start_date" and dmy(-3) in str(error)
    assert needs.add(store, who="t", company_id=company, title="Bager", deadline=day(0), start_date=day(0),
                     today=TODAY).id  # today is not the past


def test_an_existing_need_keeps_its_dates_when_other_fields_change(store, company):
    need_id = needs.add(store, who="t", company_id=company, title="Bager", deadline=day(7), start_date=day(30),
                        today=TODAY).id
    later = TODAY + dt.timedelta(days=60)  # both dates have passed by then
    assert needs.update(store, need_id, who="t", title="Bager og konditor", today=later).fields
    error = refused(lambda: needs.update(store, need_id, who="t", deadline=day(40), today=later))
    assert error.errors[0].field == "deadline"  # a date changed now may not lie in the past
