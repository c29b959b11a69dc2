"""Postcode import (PostNord/DAWA layouts) and what an unknown postcode means for matching."""

from __future__ import annotations

import pytest

from db import reference
from db.importing.files import ImportProblem
from db.matching_data import load_vocabulary
from db.importing.postcodes import import_postcodes
from matching.geo import commute


def test_full_postcode_file(store, shared_data):
    built_in = len(reference.known_postcodes(store))
    counts = import_postcodes(store, [shared_data / "dk_postnumre.csv"])
    assert counts.added + counts.updated == 1121 and counts.updated == built_in
    assert counts.without_coordinates == 25 and counts.skipped == 0
    aarhus = reference.postcode_info(store, "8000")
    assert aarhus["town"] == "Aarhus C" and aarhus["municipality_code"] == "0751"
    assert abs(aarhus["lat"] - 56.15) < 0.05 and abs(aarhus["lon"] - 10.2) < 0.05
    again = import_postcodes(store, [shared_data / "dk_postnumre.csv"])
    assert again.added == 0 and len(reference.known_postcodes(store)) == 1121


def test_dawa_layout_with_visual_centre(store, tmp_path):
    path = tmp_path / "postnumre.csv"
    path.write_text(
        "nr,navn,stormodtager,visueltcenter_x,visueltcenter_y,kommunekode\n"
        "7500,Holstebro,false,8.61,56.36,0661\n"
        "9999,Prøveby,false,,,\n"
        "123,Kort kode,false,12.5,55.7,101\n"
        "abc,Forkert,false,1,1,0101\n", encoding="utf-8")
    counts = import_postcodes(store, [path])
    assert counts.skipped == 1
    holstebro = reference.postcode_info(store, "7500")
    assert (holstebro["municipality_code"], holstebro["lat"], holstebro["lon"]) == ("0661", 56.36, 8.61)
    assert reference.postcode_info(store, "9999")["lat"] is None
    assert reference.postcode_info(store, "0123")["municipality_code"] == "0101"


def test_a_row_without_coordinate_keeps_the_stored_one(store, tmp_path):
    before = reference.postcode_info(store, "8000")
    path = tmp_path / "uden.csv"
    path.write_text("postnr,bynavn\n8000,Aarhus C\n", encoding="utf-8")
    import_postcodes(store, [path])
    assert reference.postcode_info(store, "8000")["lat"] == before["lat"]


def test_a_file_without_postcode_columns_is_refused(store, tmp_path):
    path = tmp_path / "noget.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportProblem):
        import_postcodes(store, [path])


def test_unknown_postcode_gives_unknown_distance_not_an_error(store, tmp_path):
    path = tmp_path / "postnumre.csv"
    path.write_text("postnr,bynavn\n9998,Uden koordinat\n", encoding="utf-8")
    import_postcodes(store, [path])
    places = load_vocabulary(store).places
    assert commute(places.get("8000"), places.get("9998")) is None  # no coordinate: "afstand ukendt"
    assert commute(places.get("8000"), places.get("0001")) is None  # not a postcode at all
    assert commute(places.get("8000"), places.get("7500")).km > 0
