"""The value (0..1) of each score part, vectorised: every argument may be a scalar or an array."""

from __future__ import annotations

import datetime as dt

import numpy as np

from matching import weights as W

DAYS_PER_MONTH = 365.25 / 12


def coverage(hit, total):
    """Share of the need's skills (weighted by rarity) the candidate has; UNKNOWN when none are listed."""
    total = np.asarray(total, dtype=np.float64)
    if np.ndim(total) == 0:  # one need: a scalar total, one division
        return np.asarray(hit) / total if total > 0 else np.full(np.shape(hit), W.UNKNOWN)
    safe = np.where(total > 0, total, 1.0)
    return np.where(total > 0, np.asarray(hit) / safe, W.UNKNOWN)


def skill_profile(hit_weighted, total_weighted, hit_idf, candidate_total):
    """Geometric mean of how much of the job the candidate covers and how much of the candidate the job uses.

    The second factor is why a candidate who lists every skill under the sun does not top every list.
    """
    total_weighted = np.asarray(total_weighted, dtype=np.float64)
    candidate_total = np.asarray(candidate_total, dtype=np.float64)
    # both shares are at most 1 by construction; no clipping needed
    value = np.sqrt(np.asarray(hit_weighted) * np.asarray(hit_idf)
                    / (np.where(total_weighted > 0, total_weighted, 1.0) * np.where(candidate_total > 0, candidate_total, 1.0)))
    return np.where(total_weighted > 0, value, W.UNKNOWN) if np.ndim(total_weighted) else \
        (value if total_weighted > 0 else np.full(np.shape(value), W.UNKNOWN))


def hours(low, high, available):
    """(value, excluded): below the minimum by more than the allowance excludes; more hours than offered costs."""
    low, high, available = (np.asarray(x, dtype=np.float64) for x in (low, high, available))
    known = ~np.isnan(low) & ~np.isnan(available)
    short = np.where(known, low - available, 0.0)
    over = np.where(known & (available > high), available - high, 0.0)
    value = np.where(short > 0, W.HOURS_SHORTFALL_VALUE,
                     np.where(over > 0, high / np.where(available > 0, available, 1.0), 1.0))
    value = np.where(known, value, W.UNKNOWN)
    return value, short > W.HOURS_SHORTFALL_ALLOWED


def danish(required, level):
    required, level = np.asarray(required, np.float64), np.asarray(level, np.float64)
    gap = np.maximum(required - level, 0)
    value = np.clip(1.0 - W.DANISH_STEP_PENALTY * gap, 0.0, 1.0)
    value = np.where(np.isnan(level), W.UNKNOWN, value)
    return np.where(np.isnan(required) | (required <= 0), 1.0, value)


def availability(start, available_from):
    """Ordinal days; a candidate without a date is available now (start NaN means the job starts now)."""
    late = np.asarray(available_from, np.float64) - np.asarray(start, np.float64)
    late = np.where(np.isnan(late), 0.0, late)
    return np.clip(1.0 - np.maximum(late, 0) / W.AVAILABILITY_GRACE_DAYS, 0.0, 1.0)


def commute(daily_min, max_daily, within_rule):
    """Linear from 1 at the door through 0.5 at the candidate's own daily limit to 0 at twice that.

    A dagpenge candidate within the 3/4-hour rule keeps at least the rule floor; unknown distance
    counts UNKNOWN. Never an exclusion: the consultant sees the time and decides.
    """
    daily_min = np.asarray(daily_min, np.float64)
    limit = np.where(np.isnan(max_daily), W.DEFAULT_MAX_DAILY_COMMUTE_MIN, max_daily)
    limit = np.maximum(limit, 1.0)
    value = np.clip(1.0 - 0.5 * daily_min / limit, 0.0, 1.0)
    value = np.where(within_rule, np.maximum(value, W.COMMUTE_RULE_FLOOR), value)
    return np.where(np.isnan(daily_min), W.UNKNOWN, value)


def measures(need_mask, measures_only, candidate_mask, candidate_known):
    """(value, excluded): 1 when the need is open to a measure the candidate's target group can use;
    excluded when it is not and the need cannot be filled as an ordinary hire."""
    fits = (np.asarray(need_mask, np.uint64) & np.asarray(candidate_mask, np.uint64)) != 0
    excluded = np.asarray(candidate_known) & np.asarray(measures_only) & ~fits
    return np.where(candidate_known, fits.astype(np.float64), W.UNKNOWN), excluded


def health(demands, restrictions, ruling_out):
    """(value, excluded) from bit masks of strain codes."""
    conflicts = np.asarray(demands, np.uint64) & np.asarray(restrictions, np.uint64)
    excluded = (conflicts & np.uint64(ruling_out)) != 0
    count = np.bitwise_count(conflicts).astype(np.float64)
    return np.clip(1.0 - W.HEALTH_CONFLICT_PENALTY * count, 0.0, 1.0), excluded


def policy(long_term, young, weights: W.Weights):
    """1 when the candidate belongs to a group the job centre has chosen to prioritise."""
    hit = np.zeros(np.broadcast(long_term, young).shape, dtype=bool)
    if weights.policy_long_term:
        hit = hit | long_term
    if weights.policy_young:
        hit = hit | young
    return hit.astype(np.float64)


def rule_minutes(dagpenge, unemployed, today: dt.date):
    """The dagpenge commuting rule's daily limit by public transport (-inf when it does not apply).

    3 hours in the first 3 months of unemployment, then about 4; an unknown start counts as early.
    """
    months = (today.toordinal() - np.asarray(unemployed, np.float64)) / DAYS_PER_MONTH
    early = ~(months >= W.DAGPENGE_RULE_EARLY_MONTHS)
    limit = np.where(early, W.DAGPENGE_RULE_EARLY_MIN, W.DAGPENGE_RULE_LATE_MIN)
    return np.where(dagpenge, limit, -np.inf)
