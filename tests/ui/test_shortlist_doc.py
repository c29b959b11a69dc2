"""The shortlist PDF assembled from a real store: saved lists and rankings, both variants, privacy,
hostile input, empty and long lists, bad logos, needs without an occupation, filled needs."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db import candidates, companies, matching_data, needs, shortlists
from db.errors import NotFound
from matching import texts
from matching.model import RankFilter
from tests.helpers import pdf_text, squash
from ui import labels as ui_labels
from ui.i18n import translate
from ui.services.shortlist_doc import ReportSettings, build_doc, report_labels, write_pdf

WHO = "Anne Holm"
TODAY = dt.date.today()
REPORT = ReportSettings(job_centre_name="Jobcenter Aarhus", consultant_name="Anne Holm")

pytestmark = pytest.mark.usefixtures("danish")  # the document in the app's language


def hours(value) -> str:
    return translate("ShortlistDoc", "{hours} h/week").format(hours=value)


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def dmy(value: dt.date) -> str:
    return value.strftime("%d-%m-%Y")


class Centre:
    """A company with one warehouse need and four candidates, built through the validated store API."""

    def __init__(self, db):
        self.db = db
        self.skill = {key: sid for key, sid in db.execute("SELECT key, id FROM skills")}
        self.occupation = {key: oid for key, oid in db.execute("SELECT key, id FROM occupations")}
        self.company = companies.add(db, who=WHO, name="Ølstykke Lager & Logistik A/S", address="Industrivej 12",
                                     postcode="8200").id
        self.need = self.add_need()
        # consent to share the named profile and contact details
        self.mette = self.add_candidate(
            name="Mette Ærø Sørensen", phone="41526374", email="mette.soerensen@example.dk", birth_year=1961,
            consent=("named_profile_and_contact", -20), skills=["truck_b", "pluk_pak", "lagerstyring", "korekort_b"],
            hours_per_week=30, available_from=day(40), education_level="vocational", target_group_code="dagpenge")
        # no consent
        self.jens = self.add_candidate(
            name="Jens Østergaard Åby", phone="51627384", email="jens.aaby@example.dk", birth_year=1977,
            skills=["truck_b", "pluk_pak"], hours_per_week=37, target_group_code="kontanthjaelp_jobparat")
        # consent to the named profile only: no contact details to the company
        self.fatima = self.add_candidate(
            name="Fatima El-Sayed", phone="61728394", email="fatima.elsayed@example.dk", birth_year=1989,
            consent=("named_profile", -3), skills=["truck_b", "varemodtagelse", "korekort_c"], hours_per_week=30,
            available_from=day(-10))
        # lacks the required truck certificate: excluded from the ranking
        self.bo = self.add_candidate(name="Bo Uden Truck", skills=["pluk_pak", "lagerstyring"], hours_per_week=37)

    def add_need(self, **values) -> int:
        values = {"title": "Lagermedarbejdere til nyt distributionscenter", "occupation_id": self.occupation["lagermedarbejder"],
                  "essential": ["pluk_pak", "varemodtagelse", "lagerstyring"], "required": ["truck_b"],
                  "desired": ["scanner"], "hours_min": 30, "hours_max": 37, "start_date": day(20).isoformat(),
                  "deadline": day(10).isoformat(), "measures": ["internship", "wage_subsidy"],
                  "workplace_postcode": "8200", "positions": 2} | values
        for relation in ("essential", "required", "desired"):
            values[relation] = [self.skill.get(k, k) for k in values[relation]]
        return needs.add(self.db, who=WHO, company_id=self.company, **values).id

    def add_candidate(self, consent=None, skills=(), occupations=("lagermedarbejder",), **values) -> int:
        if consent:
            scope, offset = consent
            values |= {"consent_date": day(offset).isoformat(), "consent_scope": scope, "consent_by": "Jonas Bech"}
        values.setdefault("postcode", "8210")
        return candidates.add(self.db, who=WHO, skills=[self.skill.get(k, k) for k in skills],
                              occupations=[self.occupation[k] for k in occupations], **values).id

    def matcher(self):
        return matching_data.build_matcher(self.db)

    def doc(self, variant="company", need=None, **kw):
        kw.setdefault("report", REPORT)
        return build_doc(self.db, self.matcher(), need or self.need, variant=variant, today=TODAY, **kw)


@pytest.fixture
def centre(store) -> Centre:
    return Centre(store)


def render(doc, tmp_path, name="out.pdf"):
    path = tmp_path / name
    result = write_pdf(doc, path, report_labels("da"))
    text, pages = pdf_text(path)
    assert result.pages == pages
    return result, text, pages


def by_name(doc) -> dict:
    return {e.name or f"#{e.number}": e for e in doc.entries}


# ---- the ranking path ---------------------------------------------------------------------------

def test_ranking_path_fills_what_the_company_needs_to_decide(centre, tmp_path):
    doc = centre.doc("internal")
    entries = {e.candidate_id: e for e in doc.entries}
    assert set(entries) == {str(c) for c in (centre.mette, centre.fatima, centre.jens)}
    assert [e.score for e in doc.entries] == sorted((e.score for e in doc.entries), reverse=True)
    assert [e.number for e in doc.entries] == [1, 2, 3]
    assert str(centre.bo) not in entries  # excluded by the required certificate
    mette = entries[str(centre.mette)]
    assert mette.matching_skills == ["Pluk og pak", "Lagerstyring"]
    assert mette.missing_skills == ["Varemodtagelse"]
    assert mette.certificates == ["Truckcertifikat B (gaffeltruck)", "Kørekort B (bil)"]
    assert mette.missing_certificates == []
    assert mette.experience == ["Lagermedarbejder"]
    assert mette.education_level == ui_labels.education_level()["vocational"]
    assert mette.hours == hours(30) and mette.earliest_start == dmy(day(40))
    match = centre.matcher().match(centre.need, centre.mette, TODAY)
    commute = next(r for r in match.reasons if r.template == texts.BY_PUBLIC)  # no car: public transport
    assert mette.commute == commute.render(lambda t: translate("Reasons", t)) and "km" in mette.commute
    assert mette.measures == ["Ordinært job", "Virksomhedspraktik", "Løntilskud"]  # dagpenge: all, in list order
    fatima = entries[str(centre.fatima)]
    assert fatima.earliest_start == translate("ShortlistDoc", "Immediately")
    assert fatima.certificates == ["Truckcertifikat B (gaffeltruck)", "Kørekort C (lastbil)"]
    assert fatima.measures == [translate("ShortlistDoc", "To be clarified with the job centre")]  # no target group
    # The parts add up to the score (each given as points and most points).
    assert sum(points for _, points, _ in mette.score_parts) == pytest.approx(mette.score)
    assert translate("Reasons", texts.PART_LABELS["essential_skills"]) in [name for name, _, _ in mette.score_parts]
    # The need's header.
    assert (doc.company_name, doc.company_address) == ("Ølstykke Lager & Logistik A/S", "Industrivej 12, 8200 Aarhus N")
    assert doc.need_occupation == "Lagermedarbejder" and doc.need_positions == 2
    assert doc.need_hours == translate("ShortlistDoc", "{low}–{high} h/week").format(low=30, high=37)
    assert (doc.need_start, doc.need_deadline) == (dmy(day(20)), dmy(day(10)))
    assert doc.need_measures == ["Ordinært job", "Virksomhedspraktik", "Løntilskud"]
    assert (doc.job_centre_name, doc.consultant_name, doc.date) == ("Jobcenter Aarhus", "Anne Holm", TODAY)


def test_ranking_keeps_the_matcher_order_and_top(centre):
    matcher = centre.matcher()
    need = matching_data.load_need(centre.db, centre.need, matcher.index.vocab)
    ranked = [m.candidate_id for m in matcher.rank_candidates(need, top=2, filters=RankFilter(), today=TODAY).matches]
    doc = build_doc(centre.db, matcher, centre.need, top=2, today=TODAY, report=REPORT)
    assert [int(e.candidate_id) for e in doc.entries] == ranked and len(ranked) == 2
    assert [e.score for e in doc.entries] == sorted((e.score for e in doc.entries), reverse=True)


def test_company_pdf_contains_need_company_skills_and_page_numbers(centre, tmp_path):
    _, text, pages = render(centre.doc("company"), tmp_path)
    for expected in ("Ølstykke Lager & Logistik A/S", "Industrivej 12, 8200 Aarhus N",
                     "Lagermedarbejdere til nyt distributionscenter", "Lagermedarbejder", "Pluk og pak", "Varemodtagelse",
                     "Truckcertifikat B (gaffeltruck)", "Kørekort C (lastbil)", hours(30), dmy(day(40)), "Løntilskud",
                     "Jobcenter Aarhus", "Udarbejdet af Anne Holm", f"Side 1 af {pages}", f"Side {pages} af {pages}",
                     "Kandidatliste", translate("ShortlistDoc", "Desired occupations")):
        assert squash(expected) in text, expected
    assert "None" not in text and "Ikke oplyst" not in text.split("Overblik")[0]


def test_company_pdf_names_only_consenting_candidates(centre, tmp_path):
    doc = centre.doc("company")
    _, text, _ = render(doc, tmp_path)
    # No consent: nothing that identifies Jens, not even in the data handed to the writer.
    jens = next(e for e in doc.entries if e.candidate_id == str(centre.jens))
    assert (jens.name, jens.phone, jens.email, jens.birth_year, jens.postcode, jens.note) == ("", None, None, None, None, None)
    for secret in ("Jens", "Østergaard", "Åby", "51627384", "jens.aaby@example.dk", "1977"):
        assert squash(secret) not in text, secret
    assert f"Kandidat{jens.number}" in text
    # Consent to the named profile and contact details: named, with phone and e-mail.
    for expected in ("Mette Ærø Sørensen", "41526374", "mette.soerensen@example.dk", "8210 Aarhus V"):
        assert squash(expected) in text, expected
    # Consent to the named profile only: named, but no contact details.
    assert "FatimaEl-Sayed" in text
    assert "61728394" not in text and "fatima.elsayed@example.dk" not in text
    # Birth years and internal bookkeeping never go to the company.
    for secret in ("1961", "1989", "Samtykke registreret", "Intet samtykke", "Scoreforklaring", "Jonas Bech"):
        assert squash(secret) not in text, secret


def test_internal_pdf_has_everything_with_the_explanation_and_consent(centre, tmp_path):
    doc = centre.doc("internal")
    _, text, pages = render(doc, tmp_path)
    for expected in ("Mette Ærø Sørensen", "Jens Østergaard Åby", "Fatima El-Sayed", "51627384", "61728394",
                     "jens.aaby@example.dk", "1977", "1961", "Intern version", "Scoreforklaring", "Scoreelementer",
                     "Samtykke registreret", "Intet samtykke registreret", f"Side {pages} af {pages}"):
        assert squash(expected) in text, expected
    mette = next(e for e in doc.entries if e.candidate_id == str(centre.mette))
    scope = ui_labels.consent_scope()["named_profile_and_contact"]
    consent = translate("ShortlistDoc", "Consent {date} ({scope}), recorded by {who}").format(
        date=dmy(day(-20)), scope=scope, who="Jonas Bech")
    assert mette.consent and mette.consent_text == consent and squash(consent) in text
    jens = next(e for e in doc.entries if e.candidate_id == str(centre.jens))
    assert not jens.consent and jens.consent_text is None
    # The full explanation, translated, exactly as the matcher gives it.
    match = centre.matcher().match(matching_data.load_need(centre.db, centre.need), centre.mette, TODAY)
    expected = [r.render(lambda t: translate("Reasons", t)) for r in match.reasons]
    assert mette.reasons == expected and len(expected) >= 5
    for reason in expected:
        assert squash(reason) in text, reason


def test_consent_without_a_known_scope_does_not_count(centre):
    centre.db.execute("UPDATE candidates SET consent_scope = 'something_else' WHERE id = ?", [centre.mette])
    mette = next(e for e in centre.doc("company").entries if e.candidate_id == str(centre.mette))
    assert not mette.consent and mette.name == "" and mette.phone is None


# ---- the saved shortlist --------------------------------------------------------------------------

def test_saved_shortlist_in_position_order_with_notes_and_status(centre, tmp_path):
    db = centre.db
    shortlists.add(db, centre.need, centre.jens, who=WHO, note="Stærk på pluk")
    second = shortlists.add(db, centre.need, centre.mette, who=WHO, note="Kan starte efter jul").id
    shortlists.add(db, centre.need, centre.bo, who=WHO)  # excluded by the ranking, yet on the list
    gone = shortlists.add(db, centre.need, centre.fatima, who=WHO).id
    shortlists.move(db, second, 1, who=WHO)
    shortlists.set_status(db, second, "sent", who=WHO)
    shortlists.set_status(db, gone, "withdrawn", who=WHO)

    internal = centre.doc("internal", top=1)  # top is for rankings only
    assert [e.candidate_id for e in internal.entries] == [str(c) for c in (centre.mette, centre.jens, centre.bo,
                                                                          centre.fatima)]
    assert [e.number for e in internal.entries] == [1, 2, 3, 4]
    mette, jens, bo, fatima = internal.entries
    assert mette.note == "Kan starte efter jul" and jens.note == "Stærk på pluk"
    assert mette.status == f"{ui_labels.shortlist_status()['sent']} ({dmy(TODAY)})"
    assert fatima.status.startswith(ui_labels.shortlist_status()["withdrawn"])
    # Explained although the ranking leaves Bo out: he lacks the required certificate.
    assert bo.missing_certificates == ["Truckcertifikat B (gaffeltruck)"]
    assert any("Truckcertifikat B" in r for r in bo.reasons)
    # under the requirement's own label (it excludes), not among the essential skills (they give points)
    assert [r for r in bo.reasons if "Truckcertifikat B" in r] == [
        "Krævede certifikater og kørekort (udelukker): mangler Truckcertifikat B (gaffeltruck)"]

    company = centre.doc("company")
    assert [e.number for e in company.entries] == [1, 2, 3]  # the withdrawn one is left out, aliases kept
    _, text, _ = render(company, tmp_path)
    assert "Kanstarteefterjul" in text and "Stærkpåpluk" not in text  # a note follows the consent rule
    assert "Kandidat2" in text and "Kandidat4" not in text


def test_filled_need_and_hired_candidate_are_still_explained(centre, tmp_path):
    db = centre.db
    needs.update(db, centre.need, who=WHO, positions=1)
    entry = shortlists.add(db, centre.need, centre.mette, who=WHO).id
    shortlists.add(db, centre.need, centre.jens, who=WHO)
    shortlists.set_status(db, entry, "hired", who=WHO)
    assert needs.get(db, centre.need)["status"] == "filled"
    assert candidates.get(db, centre.mette)["status"] == "in_job"
    matcher = centre.matcher()
    assert matcher.index.need(centre.need) is None and matcher.index.candidate(centre.mette) is None
    filters = RankFilter(include_excluded=True)
    before = {n: [(m.candidate_id, m.score) for m in matcher.rank_candidates(n, filters=filters, today=TODAY).matches]
              for n in matcher.index.need_row}
    doc = build_doc(db, matcher, centre.need, variant="internal", today=TODAY, report=REPORT)
    mette = doc.entries[0]
    assert mette.score > 40 and mette.reasons and mette.status.startswith(ui_labels.shortlist_status()["hired"])
    assert mette.matching_skills == ["Pluk og pak", "Lagerstyring"]
    after = {n: [(m.candidate_id, m.score) for m in matcher.rank_candidates(n, filters=filters, today=TODAY).matches]
             for n in matcher.index.need_row}
    assert after == before and matcher.index.need(centre.need) is None
    _, text, _ = render(doc, tmp_path)
    assert "MetteÆrøSørensen" in text and squash(mette.reasons[0]) in text


# ---- hostile input, sizes, logos, needs without an occupation --------------------------------------

def test_markup_emoji_and_long_words_survive_escaped(centre, tmp_path):
    db = centre.db
    word = "Ø" + "q" * 148 + "Å"  # names and titles hold up to 200 characters
    hostile_name = 'Ærlig <b>"O\'Brien"</b> & <Søn> 😀🇩🇰'
    hostile_note = f"Note med <script>alert('x')</script> & \"citat\" 🎉 {word}"
    nobody = centre.add_candidate(name=f"Skjult <i>Navn</i> & {word}", skills=["truck_b"])
    named = centre.add_candidate(name=hostile_name, skills=["truck_b", "pluk_pak"],
                                 consent=("named_profile_and_contact", -1))
    companies.update(db, centre.company, who=WHO, name='A&B <"Firma"> ' + word)
    needs.update(db, centre.need, who=WHO, title=f"Lager & <Logistik> {word} 🚚")
    shortlists.add(db, centre.need, named, who=WHO, note=hostile_note)
    shortlists.add(db, centre.need, nobody, who=WHO, note="hemmelig note")
    for variant in ("company", "internal"):
        result, text, pages = render(centre.doc(variant), tmp_path, f"{variant}.pdf")
        assert pages >= 1 and not result.warnings
        for expected in ("Ærlig <b>\"O'Brien\"</b> & <Søn>", "<script>alert('x')</script> & \"citat\"", word,
                         'A&B <"Firma">', "Lager & <Logistik>"):
            assert squash(expected) in text, (variant, expected)
        assert ("Skjult" in text) == (variant == "internal")
        assert ("hemmelignote" in text) == (variant == "internal")


def test_empty_list_gives_a_clear_one_page_pdf(centre, tmp_path):
    need = centre.add_need(title="Svejser", occupation_id=None, essential=["svejsning"], required=["adr_basis"],
                           desired=[], measures=[])
    doc = centre.doc("company", need=need)
    assert doc.entries == []
    _, text, pages = render(doc, tmp_path)
    assert pages == 1 and squash("Ingen kandidater på listen") in text and "Side1af1" in text


def test_two_hundred_candidates_on_a_saved_list(centre, tmp_path):
    db = centre.db
    for i in range(200):
        cid = centre.add_candidate(name=f"Person Nummer{i:03d}", skills=["truck_b", "pluk_pak"], hours_per_week=37,
                                   consent=("named_profile", -1) if i % 2 else None)
        shortlists.add(db, centre.need, cid, who=WHO)
    for variant in ("company", "internal"):
        doc = centre.doc(variant)
        assert len(doc.entries) == 200 and doc.entries[-1].number == 200
        _, text, pages = render(doc, tmp_path, f"{variant}.pdf")
        assert pages > 10 and f"Side{pages}af{pages}" in text
        assert "PersonNummer199" in text and ("PersonNummer198" in text) == (variant == "internal")
        # number 199 has not consented, number 200 has
        assert ("Kandidat199" in text) == (variant == "company") and "Kandidat200" not in text


@pytest.mark.parametrize("kind, code", [("missing", "logo_not_found"), ("text", "logo_unreadable")])
def test_bad_logo_still_gives_a_pdf_and_a_warning(centre, tmp_path, kind, code):
    logo = tmp_path / "logo.png"
    if kind == "text":
        logo.write_text("this is not an image")
    doc = centre.doc("company", report=dataclasses.replace(REPORT, logo_path=str(logo)))
    result, text, pages = render(doc, tmp_path)
    assert [w.code for w in result.warnings] == [code] and str(logo) in result.warnings[0].message
    assert pages >= 1 and "Lagermedarbejdere" in text


def test_need_without_an_occupation(centre, tmp_path):
    need = centre.add_need(title="Hjælp på lageret", occupation_id=None)
    doc = centre.doc("internal", need=need)
    assert doc.need_occupation is None and doc.entries
    no_occupation = translate("Reasons", texts.NEED_NO_OCCUPATION)
    assert all(no_occupation in e.reasons for e in doc.entries)
    _, text, _ = render(doc, tmp_path)
    assert "Stillingsbetegnelse" not in text and squash("Hjælp på lageret") in text and squash(no_occupation) in text


def test_need_hours_one_sided_and_unknown(centre):
    cases = {(None, None): "", (20, 20): hours(20),
             (30, None): translate("ShortlistDoc", "at least {hours} h/week").format(hours=30),
             (None, 22.5): translate("ShortlistDoc", "up to {hours} h/week").format(hours=ui_labels.hours(22.5))}
    for (low, high), expected in cases.items():
        need = centre.add_need(hours_min=low, hours_max=high, title=f"Timer {low} {high}")
        assert centre.doc("company", need=need).need_hours == expected


def test_unknown_need_variant_and_top(centre):
    with pytest.raises(NotFound):
        centre.doc("company", need=99999)
    with pytest.raises(ValueError):
        centre.doc("public")
    with pytest.raises(ValueError):
        centre.doc("company", top=-1)


def test_report_settings_from_settings_with_overrides(qapp, tmp_path):
    from ui import settings

    settings.put("job_centre_name", "Jobcenter Randers")
    settings.put("logo_path", str(tmp_path / "logo.png"))
    settings.put("consultant_name", "Kim Ravn")
    assert ReportSettings.from_settings() == ReportSettings("Jobcenter Randers", str(tmp_path / "logo.png"), "Kim Ravn")
    assert ReportSettings.from_settings(job_centre_name="Jobcenter Viborg", logo_path="", consultant_name="Ib") == \
        ReportSettings("Jobcenter Viborg", None, "Ib")


def test_english_labels_follow_the_language(centre, tmp_path):
    path = tmp_path / "en.pdf"
    labels = report_labels("en")
    result = write_pdf(build_doc(centre.db, centre.matcher(), centre.need, today=TODAY, report=REPORT, labels=labels),
                       path, labels)
    text, _ = pdf_text(path)
    assert f"Page1of{result.pages}" in text and "Candidateshortlist" in text and "Side1af" not in text
