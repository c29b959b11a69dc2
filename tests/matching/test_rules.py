"""The domain rules, once: need and shortlist statuses, the steps an entry may take, valid consent."""

import datetime as dt

import pytest

from matching import rules


@pytest.mark.parametrize(("status", "steps"), [
    ("proposed", ("sent", "interview", "hired", "rejected", "withdrawn")),
    ("sent", ("interview", "hired", "rejected", "withdrawn")),
    ("interview", ("hired", "rejected", "withdrawn")),
    ("hired", ()), ("rejected", ()), ("withdrawn", ()),
])
def test_next_steps_go_forward_or_leave_and_stop_at_a_final_status(status, steps):
    assert rules.next_steps(status) == steps


def test_every_step_offered_is_allowed_and_every_other_is_refused_with_a_reason():
    for old in rules.SHORTLIST_STATUSES:
        for new in rules.SHORTLIST_STATUSES:
            allowed = rules.step_problem(old, new) is None
            assert allowed == (new in rules.next_steps(old)), (old, new)
    assert rules.step_problem("proposed", "married") == rules.UNKNOWN_STATUS


def test_open_needs_and_filling():
    assert [s for s in rules.NEED_STATUSES if rules.need_is_open(s)] == ["open", "shortlisted"]
    assert not rules.need_takes_candidates("filled") and rules.need_takes_candidates("shortlisted")
    assert rules.hire_fills_need(2, 2) and not rules.hire_fills_need(1, 2)
    assert rules.hire_fills_need(1, None)  # a need without a number of positions has one
    assert rules.need_status_after_list_change("open", 1) == "shortlisted"
    assert rules.need_status_after_list_change("shortlisted", 0) == "open"
    assert rules.need_status_after_list_change("filled", 0) == "filled"


def test_a_valid_consent_has_a_date_not_in_the_future_a_known_scope_and_an_end_not_passed():
    today = dt.date(2026, 12, 6)
    until = "2027-06-01"
    assert rules.has_valid_consent("2026-11-01", "named_profile", until, today=today)
    assert rules.has_valid_consent("2026-11-01", "named_profile", "2026-12-06", today=today)  # the last day counts
    assert not rules.has_valid_consent("2026-11-01", "named_profile", "2026-12-05", today=today)  # expired
    assert not rules.has_valid_consent("2026-11-01", "named_profile", None, today=today)
    assert not rules.has_valid_consent("2026-11-01", None, until, today=today)
    assert not rules.has_valid_consent(None, "named_profile", until, today=today)
    assert not rules.has_valid_consent("2026-12-07", "named_profile", until, today=today)  # given in the future
    assert rules.may_share_contact("2026-11-01", "named_profile_and_contact", until, today=today)
    assert not rules.may_share_contact("2026-11-01", "named_profile", until, today=today)
    assert rules.consent_expired("2024-01-01", "2026-01-01", today=today)
    assert rules.default_consent_until("2025-01-31") == "2027-01-31"
