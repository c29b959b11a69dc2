"""Distances between postcodes and an estimate of daily travel time by car or public transport.

The model is deliberately simple so that a consultant can redo it on paper:

* the straight-line (haversine) distance between the two postcodes' coordinates, times a detour
  factor for the road network, and never less than a minimum for two places in the same postcode;
* by car: a fixed time to get going and park plus the road distance at an average speed;
* by public transport: a fixed time for walking to the stop, waiting and changing, plus the road
  distance at the lower average speed of buses and regional trains including stops.

One way; the daily commute is twice that. The constants are rough Danish averages, not a route
planner: the estimate is for sorting and for saying "about", never for promising.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from matching.model import Place

EARTH_RADIUS_KM = 6371.0
DETOUR_FACTOR = 1.3  # roads are about 30 % longer than the straight line in Denmark
MIN_KM = 2.0  # within one postcode you still travel a little
CAR_FIXED_MIN = 5.0
CAR_KMH = 60.0
PT_FIXED_MIN = 20.0
PT_KMH = 40.0
ROUND_MIN = 5  # travel times are shown to the nearest 5 minutes


@dataclass(frozen=True, slots=True)
class Commute:
    """One way between home and workplace."""

    km: float  # estimated road distance
    car_min: float
    pt_min: float

    def minutes(self, by_car: bool) -> float:
        return self.car_min if by_car else self.pt_min

    def daily(self, by_car: bool) -> float:
        return 2 * self.minutes(by_car)


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km; works on floats and on numpy arrays alike."""
    lat1, lon1, lat2, lon2 = (np.radians(x) for x in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(a, 1.0)))


def road_km(line_km):
    return np.maximum(MIN_KM, np.asarray(line_km) * DETOUR_FACTOR)


def car_minutes(km):
    return CAR_FIXED_MIN + np.asarray(km) / CAR_KMH * 60.0


def pt_minutes(km):
    return PT_FIXED_MIN + np.asarray(km) / PT_KMH * 60.0


def commute(a: Place | None, b: Place | None) -> Commute | None:
    """The estimate between two places, or None when either has no coordinates ("afstand ukendt")."""
    if a is None or b is None or not a.known or not b.known:
        return None
    km = max(MIN_KM, _haversine_scalar(a.lat, a.lon, b.lat, b.lon) * DETOUR_FACTOR)
    return Commute(km=km, car_min=CAR_FIXED_MIN + km / CAR_KMH * 60.0, pt_min=PT_FIXED_MIN + km / PT_KMH * 60.0)


def _haversine_scalar(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    # the same formula as haversine_km, with math for one pair (numpy on scalars is slow)
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(a, 1.0)))


def round_minutes(minutes: float) -> int:
    return int(ROUND_MIN * max(1, math.floor(minutes / ROUND_MIN + 0.5)))


class PlaceTable:
    """Coordinates of all known postcodes as arrays, so one workplace's distances cost one vector op."""

    def __init__(self, places: dict[str, Place]):
        known = sorted(p for p, place in places.items() if place.known)
        self.index = {postcode: i for i, postcode in enumerate(known)}
        self.lat = np.array([places[p].lat for p in known], dtype=np.float64)
        self.lon = np.array([places[p].lon for p in known], dtype=np.float64)

    def of(self, postcode: str | None) -> int:
        """Row of a postcode, -1 when unknown or without coordinates."""
        return self.index.get(postcode, -1) if postcode else -1

    def road_km_from(self, row: int) -> np.ndarray:
        """Estimated road km from one postcode row to every row (plus a NaN for unknown at the end)."""
        out = np.full(len(self.lat) + 1, np.nan)
        if row >= 0:
            out[:-1] = road_km(haversine_km(self.lat[row], self.lon[row], self.lat, self.lon))
        return out
