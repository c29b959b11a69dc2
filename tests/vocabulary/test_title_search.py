"""Danish normalisation and ranked title/skill search as consultants type (our own vocabulary, a real store)."""

from __future__ import annotations

import pytest

from db import vocabulary
from db.importing.esco import import_esco
from matching import normalize
from matching.title_search import Entry, Label, TitleIndex


@pytest.mark.parametrize("a, b", [
    ("rengøringsassistent", "rengoeringsassistent"),  # æ/ø/å written as ae/oe/aa
    ("Pædagogmedhjælper", "paedagogmedhjaelper"),
    ("gårdmand", "gaardmand"),
    ("lager-medarbejder", "lagermedarbejder"),  # hyphens and spaces in compounds
    ("lager medarbejder", "Lagermedarbejder"),
    ("social- og sundhedshjælper", "social og sundhedshjælper"),
    ("lagermedarbejdere", "lagermedarbejder"),  # plural and definite forms
    ("lagermedarbejderne", "lagermedarbejder"),
    ("chaufføren", "chauffør"),
    ("pædagogerne", "pædagog"),
    ("rengøringsdame", "rengøringsmedarbejder"),  # gender forms
    ("rengøringskoner", "rengøringsmedarbejder"),
    ("lagermand", "lagermedarbejder"),
    ("lagermedarbejderske", "lagermedarbejder"),
    ("lærerinde", "lærer"),
    ("lager medarb.", "lagermedarbejder"),  # abbreviations
    ("SOSU hjælper", "social- og sundhedshjælper"),
    ("Café-medarbejder", "cafemedarbejder"),  # accents
])
def test_variants_share_one_key(a, b):
    assert normalize.key(a) == normalize.key(b)


def test_distinct_titles_stay_distinct():
    keys = {normalize.key(t) for t in ("lagerleder", "lagermedarbejder", "lærer", "læge", "formand", "kok")}
    assert len(keys) == 6


@pytest.fixture
def occupations(store):
    return vocabulary.occupation_index(store)


@pytest.fixture
def skills(store):
    return vocabulary.skill_index(store)


def first(index, query: str) -> str:
    hits = index.search(query, 5)
    assert hits, query
    return hits[0].entry.title


@pytest.mark.parametrize("query, title", [
    ("truckchauffør", "Truckfører"),
    ("SOSU hjælper", "Social- og sundhedshjælper"),
    ("lager medarb.", "Lagermedarbejder"),
    ("pædagogisk assistent", "Pædagogisk assistent"),
    ("rengøringsdame", "Rengøringsassistent"),
    # the same with the ways people write them
    ("Truck-chaufførerne", "Truckfører"),
    ("sosu-hjælperen", "Social- og sundhedshjælper"),
    ("lagermænd", "Lagermedarbejder"),
    ("paedagogisk assistent", "Pædagogisk assistent"),
    ("rengoeringsdamer", "Rengøringsassistent"),
    ("rengøringskone", "Rengøringsassistent"),
    # typos
    ("truckchaufør", "Truckfører"),
    ("pædagoisk asistent", "Pædagogisk assistent"),
    ("lagermedarbjeder", "Lagermedarbejder"),
    ("tømre", "Tømrer"),
    # typed half-way (type-ahead)
    ("lagermed", "Lagermedarbejder"),
    ("sosu hj", "Social- og sundhedshjælper"),
])
def test_titles_as_people_write_them(occupations, query, title):
    assert first(occupations, query) == title


@pytest.mark.parametrize("query, name", [
    ("truckcertifikat", "Truckcertifikat B (gaffeltruck)"),
    ("kørekort", "Kørekort B (bil)"),
    ("koerekort C", "Kørekort C (lastbil)"),
    ("hygiejnebevis", "Hygiejnebevis (fødevarer)"),
    ("svejsning", "Svejsning"),
    ("kundeservis", "Kundeservice"),
])
def test_skills_as_people_write_them(skills, query, name):
    assert first(skills, query) == name


def test_results_carry_id_title_score_isco_and_uri(occupations):
    hit = occupations.search("truckfører", 3)[0]
    record = vocabulary.hit_record(hit)
    assert {"id", "title", "score", "isco", "uri"} <= set(record)
    assert record["isco"] == "8344" and 0 < record["score"] <= 1
    assert record["uri"] == "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"
    assert vocabulary.hit_record(occupations.search("Kranbilchauffør", 1)[0])["uri"] is None  # no concept


def test_ranking_is_ordered_and_nonsense_finds_little(occupations):
    hits = occupations.search("chauffør", 10)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all("hauff" in h.entry.title.lower() or "hauff" in h.label.lower() for h in hits[:5])
    assert occupations.search("xqzvw", 5) == []


def test_ties_keep_the_entry_order_and_exclusion_hides_a_label():
    entries = [Entry(1, "Kok"), Entry(2, "Kok")]
    index = TitleIndex(entries, [Label("Kok", (0,)), Label("Kok", (1,)), Label("kokkeelev", (1,))])
    assert [h.entry.id for h in index.search("kok", 2)] == [1, 2]
    assert index.exact("KOK") == [1, 2]
    assert index.search("kokkeelev", 1)[0].entry.id == 2
    assert index.search("kokkeelev", 1, exclude=[2], min_score=0)[0].label == "Kok"


def test_an_entry_more_of_whose_names_match_breaks_a_tie():
    entries = [Entry(1, "A"), Entry(2, "B")]
    labels = [Label("lagerarbejder", (0,)), Label("lagerchef", (0,)), Label("bager", (0,)),
              Label("lagerarbejder", (1,)), Label("lagerchef", (1,)), Label("lagerassistent", (1,))]
    hits = TitleIndex(entries, labels).search("lagerarbejder", 2)
    assert [h.entry.id for h in hits] == [2, 1]  # same best and second name; B's third is nearer
    assert hits[0].score - hits[1].score < 0.001 and hits[0].score <= 1


def test_isco_groups_are_searchable_after_import(store, esco_subset):
    import_esco(store, [esco_subset])
    index = vocabulary.occupation_index(store)
    # "Militært arbejde" names only the ISCO-08 group 0 (armed forces) and its subgroups
    hit = index.search("militært arbejde", 5)[0]
    assert hit.entry.isco.startswith("0") and hit.label.lower().startswith("militært arbejde")
    # the unit group code itself
    assert index.search("8344", 3)[0].entry.isco == "8344"


@pytest.mark.parametrize("query, title", [
    ("murerlærling", "Murer"),  # trainee forms are the occupation being learnt
    ("Tømrerlærling", "Tømrer"),
    ("kokkeelev", "Kok"),
    ("smedelærling", "Smed"),
    ("tømrer under uddannelse", "Tømrer"),
    ("Sygeplejerske, psykiatri", "Sygeplejerske"),  # the qualifier after a comma is context
    ("Sekretær, advokatkontor", "Advokatsekretær"),  # ... that picks among the main term's entries,
    ("Chauffør, renovation", "Renovationschauffør"),  # the compound it stands for first
    ("chef for et køkken", "Køkkenchef"),  # a phrase meets the compound that says the same
    ("medarbejder på et lager", "Lagermedarbejder"),
    ("Senior lagermedarbejder", "Lagermedarbejder"),  # the level is no part of the occupation
    ("Jr. Kok", "Kok"),
])
def test_danish_word_structure(occupations, query, title):
    assert occupations.search(query, 3)[0].entry.title == title


def test_the_qualifier_counts_less_than_the_main_term(occupations):
    top = [h.entry.title for h in occupations.search("Sekretær, advokatkontor", 3)]
    assert top[:2] == ["Advokatsekretær", "Sekretær"]  # a secretary in either case, never a lawyer
    # a name that holds only the qualifier ranks below the main term's own entry
    top = [h.entry.title for h in occupations.search("Sygeplejerske, psykiatri", 5)]
    assert "Sygeplejerske" == top[0]
    assert normalize.compound_form("Chauffør, renovation") == "renovationchauffør"
    assert normalize.compound_form("bestyrer af en tankstation") == "tankstationbestyrer"
    assert normalize.compound_form("Sygeplejerske") is None
    assert normalize.without_level("Sr. Software Engineer") == "Software Engineer"
    assert normalize.without_level("Seniorkonsulent") == "Seniorkonsulent"  # a word of its own stays
    assert normalize.without_level("Junior") == "Junior"


def test_an_unknown_compound_is_found_by_its_head(occupations):
    assert occupations.compound_head("kantinechef") == "chef"
    assert occupations.compound_head("køkkenchef") is None  # a word the vocabulary holds stays whole
    assert normalize.trainee_base("Murerlærling") == "murer" and normalize.trainee_base("murer") is None
    hits = [h.entry.title for h in occupations.search("kantinechef", 5)]
    assert "Køkkenchef" in hits[:2]  # the head "chef" in the kitchen, not any "kantine" job


def _swap_index(shown_by: int) -> TitleIndex:
    """`shown_by` occupations name themselves both "...leder" and "...chef"; a fourth is only a "chef".
    ("leder" and "chef" are words of their own, so they are known as compounds' last parts.)"""
    fields = ["lager", "kantine", "butik", "salg", "hotel"][:shown_by]
    entries = [Entry(i + 1, f"{f}chef") for i, f in enumerate(fields)] + [
        Entry(99, "kundeservicechef"), Entry(100, "kundeservicemedarbejder"), Entry(101, "leder"), Entry(102, "chef")]
    labels = [Label(f"{f}leder", (i,)) for i, f in enumerate(fields)]
    labels.append(Label("kundeserviceassistent", (len(fields) + 1,)))
    return TitleIndex(entries, labels)


def test_a_swap_the_vocabulary_shows_finds_the_other_word():
    index = _swap_index(3)
    assert "kundeservicechef" in index.swapped("Kundeserviceleder")
    assert index.swapped("kundeserviceleder, lager") == ["kundeservicechef, lager"]  # the rest stays as it was
    assert index.swapped("leder, kundeservice") == []  # learnt as a compound's last part, not as a word
    hits = index.search("kundeserviceleder", 2)
    assert hits[0].entry.id == 99 and hits[0].label == "kundeservicechef"
    assert hits[0].score < 0.9  # a guess ranks below a name the query says itself
    # a left-out name's occupation teaches nothing: the two others are too few to learn from
    lager_leder = next(d for d, lab in enumerate(index.labels) if lab.text == "lagerleder")
    assert index.swapped("kundeserviceleder", exclude=[lager_leder]) == []


def test_a_swap_shown_by_too_few_occupations_is_not_used():
    index = _swap_index(2)
    assert index.swapped("kundeserviceleder") == []
    assert index.search("kundeserviceleder", 1)[0].entry.id == 100  # the shared "kundeservice" only


def test_a_swap_is_used_where_in_a_word_it_was_learnt():
    """English names teach "bus" / "truck" as words; a Danish compound's first part is another place."""
    entries = [Entry(i, f"mechanic {i}") for i in range(3)] + [Entry(10, "buschauffør"), Entry(11, "chauffør")]
    labels = [Label(f"{v} {w}", (i,)) for i, w in enumerate(["mechanic", "painter", "electrician"])
              for v in ("bus", "truck")]
    index = TitleIndex(entries, labels)
    assert index.swapped("bus painter") == ["truck painter"]
    assert index.swapped("buschauffør") == []
