"""`jobbro shortlist` on a real store file: writes the PDF, says where and how long, warns about a bad logo,
and refuses bad input with a clear message, a non-zero exit code and no file written."""

from __future__ import annotations

import datetime as dt

import pytest

import main
from db import candidates, companies, needs, shortlists
from tests.helpers import pdf_text, squash
from ui.i18n import translate

# The command runs in whatever Qt application exists; make it a full QApplication, as the GUI tests
# need one and Qt cannot replace a bare QCoreApplication once it exists.
pytestmark = pytest.mark.usefixtures("qapp")

WHO = "test"
TODAY = dt.date.today()


class StoreFile:
    """The store's path (str() and os.fspath() give it) and the ids of what the fixture put in it."""

    def __init__(self, path, ids: dict):
        self.path, self.ids = path, ids

    def __str__(self) -> str:
        return str(self.path)

    def __fspath__(self) -> str:
        return str(self.path)


@pytest.fixture
def store_file(store, store_path):
    db = store
    skill = {key: sid for key, sid in db.execute("SELECT key, id FROM skills")}
    company = companies.add(db, who=WHO, name="Randers Rengøring ApS", address="Havnevej 3", postcode="8900").id
    ids = {"company": company}
    ids["need"] = needs.add(db, who=WHO, company_id=company, title="Rengøringsassistent", hours_min=25, hours_max=30,
                            essential=[skill["pluk_pak"]], required=[skill["korekort_b"]]).id
    ids["named"] = candidates.add(db, who=WHO, name="Karen Blixen", phone="22334455", email="karen@example.dk",
                                  birth_year=1985, postcode="8900", skills=[skill["pluk_pak"], skill["korekort_b"]],
                                  consent_date=(TODAY - dt.timedelta(days=2)).isoformat(),
                                  consent_scope="named_profile_and_contact", consent_by=WHO, hours_per_week=30).id
    ids["anonymous"] = candidates.add(db, who=WHO, name="Hemmelig Hansen", phone="99887766", birth_year=1990,
                                      postcode="8900", skills=[skill["korekort_b"]], hours_per_week=25).id
    ids["empty_need"] = needs.add(db, who=WHO, company_id=company, title="Kranfører",
                                  required=[skill["kran_basis"]]).id
    db.close()
    return StoreFile(store_path, ids)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main.main(["shortlist", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_company_pdf_is_written_and_reported(store_file, tmp_path, capsys):
    out = tmp_path / "liste.pdf"
    code, stdout, stderr = run(capsys, "--db", str(store_file), "--need", str(store_file.ids["need"]),
                               "--out", str(out), "--job-centre", "Jobcenter Randers", "--consultant", "Kim Ravn")
    text, pages = pdf_text(out)
    assert code == 0 and stderr == ""
    assert stdout.strip() == translate("cli", "Wrote {path}. Pages: {pages}. Candidates on the list: {count}.").format(
        path=out, pages=pages, count=2)
    for expected in ("Rengøringsassistent", "Randers Rengøring ApS", "Havnevej 3, 8900 Randers C", "Pluk og pak",
                     "Kørekort B (bil)", f"Side 1 af {pages}", "Jobcenter Randers", "Udarbejdet af Kim Ravn",
                     "Karen Blixen", "22334455", "karen@example.dk", "Kandidat 2"):
        assert squash(expected) in text, expected
    for secret in ("Hemmelig", "Hansen", "99887766", "1990", "1985"):
        assert secret not in text, secret
    assert not list(tmp_path.glob(".jobbro-*"))  # no temporary file left behind


def test_internal_variant_top_and_settings(store_file, tmp_path, capsys, consultant):
    from ui import settings

    settings.put("job_centre_name", "Jobcenter Norddjurs")
    out = tmp_path / "intern.pdf"
    code, stdout, _ = run(capsys, "--db", str(store_file), "--need", str(store_file.ids["need"]), "--out", str(out),
                          "--variant", "internal", "--top", "1")
    text, pages = pdf_text(out)
    assert code == 0 and str(out) in stdout
    for expected in ("Intern version", "Karen Blixen", "1985", "Jobcenter Norddjurs", "Udarbejdet af Testkonsulent",
                     "Scoreforklaring", "Samtykke registreret"):
        assert squash(expected) in text, expected
    assert "Hemmelig" not in text  # --top 1: only the best of the ranking


def test_saved_shortlist_is_printed_in_its_order(store_file, tmp_path, capsys):
    from db.store import open_store

    db = open_store(store_file)
    ids = store_file.ids
    shortlists.add(db, ids["need"], ids["anonymous"], who=WHO, note="Ringer i morgen")
    shortlists.add(db, ids["need"], ids["named"], who=WHO)
    db.close()
    out = tmp_path / "gemt.pdf"
    code, _, _ = run(capsys, "--db", str(store_file), "--need", str(ids["need"]), "--out", str(out),
                     "--variant", "internal", "--date", TODAY.isoformat())
    text, _ = pdf_text(out)
    assert code == 0 and text.index("1.HemmeligHansen") < text.index("2.KarenBlixen") and "Ringerimorgen" in text


def test_empty_ranking_gives_a_clear_pdf(store_file, tmp_path, capsys):
    out = tmp_path / "tom.pdf"
    code, stdout, _ = run(capsys, "--db", str(store_file), "--need", str(store_file.ids["empty_need"]), "--out", str(out))
    text, pages = pdf_text(out)
    assert code == 0 and pages == 1 and squash("Ingen kandidater på listen") in text
    assert stdout.strip().endswith(translate("cli", "Wrote {path}. Pages: {pages}. Candidates on the list: {count}.")
                                   .format(path=out, pages=1, count=0).split(". ", 1)[1])


@pytest.mark.parametrize("kind, code", [("missing", "logo_not_found"), ("text", "logo_unreadable")])
def test_bad_logo_warns_on_stderr_and_still_writes(store_file, tmp_path, capsys, kind, code):
    logo = tmp_path / "logo.png"
    if kind == "text":
        logo.write_text("not a picture")
    out = tmp_path / "logo.pdf"
    exit_code, stdout, stderr = run(capsys, "--db", str(store_file), "--need", str(store_file.ids["need"]),
                                    "--out", str(out), "--logo", str(logo))
    assert exit_code == 0 and out.exists() and str(out) in stdout
    prefix = translate("cli", "Warning: {message}").split("{")[0]
    assert stderr.startswith(prefix) and str(logo) in stderr and len(stderr.strip().splitlines()) == 1
    text, _ = pdf_text(out)
    assert "Rengøringsassistent" in text


def test_unknown_need_exits_2_and_leaves_the_old_file(store_file, tmp_path, capsys):
    out = tmp_path / "liste.pdf"
    out.write_bytes(b"old")
    code, stdout, stderr = run(capsys, "--db", str(store_file), "--need", "4711", "--out", str(out))
    assert code == 2 and not stdout
    assert stderr.strip() == translate("cli", "There is no need with id {id}.").format(id=4711)
    assert out.read_bytes() == b"old"


@pytest.mark.parametrize("where", ["no_folder", "is_folder"])
def test_unwritable_out_exits_2_before_any_work(store_file, tmp_path, capsys, where):
    out = tmp_path / "mangler" / "liste.pdf" if where == "no_folder" else tmp_path
    code, stdout, stderr = run(capsys, "--db", str(store_file), "--need", str(store_file.ids["need"]), "--out", str(out))
    assert code == 2 and not stdout and str(out) in stderr
    if where == "no_folder":
        expected = translate("cli", "Cannot write the PDF to {path}: the folder {folder} does not exist.").format(
            path=out, folder=out.parent)
    else:
        expected = translate("cli", "Cannot write the PDF to {path}: it is a folder.").format(path=out)
    assert stderr.strip() == expected
    assert not (tmp_path / "mangler").exists()


def test_store_that_cannot_be_opened(tmp_path, capsys):
    out = tmp_path / "liste.pdf"
    missing = tmp_path / "ingen.sqlite"
    code, stdout, stderr = run(capsys, "--db", str(missing), "--need", "1", "--out", str(out))
    assert code == 2 and not stdout and str(missing) in stderr and not missing.exists() and not out.exists()
    foreign = tmp_path / "fremmed.sqlite"
    foreign.write_text("not a store")
    code, _, stderr = run(capsys, "--db", str(foreign), "--need", "1", "--out", str(out))
    assert code == 2 and "fremmed.sqlite" in stderr and not out.exists()
    assert foreign.read_text() == "not a store"


def test_usage_errors(store_file, tmp_path, capsys):
    out = tmp_path / "liste.pdf"
    code, _, stderr = run(capsys, "--need", "1", "--out", str(out))
    assert code == 2 and stderr.strip() == translate("cli", "Name the store file with --db FILE.")
    for top in ("0", "-3"):  # argparse refuses it, naming the smallest allowed
        with pytest.raises(SystemExit) as exc:
            run(capsys, "--db", str(store_file), "--need", "1", "--out", str(out), "--top", top)
        assert exc.value.code == 2 and "--top" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:  # argparse: an unknown variant
        run(capsys, "--db", str(store_file), "--need", "1", "--out", str(out), "--variant", "public")
    assert exc.value.code == 2 and "public" in capsys.readouterr().err
    assert not out.exists()


def test_db_before_the_command_also_works(store_file, tmp_path, capsys):
    out = tmp_path / "liste.pdf"
    code = main.main(["--db", str(store_file), "shortlist", "--need", str(store_file.ids["need"]), "--out", str(out)])
    assert code == 0 and out.exists()


def test_scores_use_the_weights_chosen_in_the_settings(store_file, tmp_path, capsys, consultant):
    from matching import texts
    from ui import settings

    texts_by_setting = {}
    for enabled in (False, True):
        settings.put("policy_enabled", enabled)
        out = tmp_path / f"policy-{enabled}.pdf"
        code, _, _ = run(capsys, "--db", str(store_file), "--need", str(store_file.ids["need"]), "--out", str(out),
                         "--variant", "internal")
        assert code == 0
        texts_by_setting[enabled] = pdf_text(out)[0]
    # the priority part is listed among the score parts only when the consultant switched it on
    priority = squash(translate("Reasons", texts.PART_LABELS["policy"]))  # after a run: its translator is in
    assert priority not in texts_by_setting[False] and priority in texts_by_setting[True]


def test_default_file_names_say_intern_and_the_pdf_says_how_to_call_back(store_file, tmp_path, capsys, consultant,
                                                                        monkeypatch):
    """Without --out the PDF is written here under a name without personal data; the internal one says
    "intern". The consultant's phone and e-mail from the settings are printed, and the score scale explained."""
    from ui import settings

    settings.put("consultant_phone", "72 10 20 30")
    settings.put("consultant_email", "anne@jobcenter.dk")
    monkeypatch.chdir(tmp_path)
    need = store_file.ids["need"]
    for variant, name in (("company", f"kandidatliste-behov-{need}.pdf"),
                          ("internal", f"kandidatliste-behov-{need}-intern.pdf")):
        code, stdout, _ = run(capsys, "--db", str(store_file), "--need", str(need), "--variant", variant)
        assert code == 0 and name in stdout
        text, _ = pdf_text(tmp_path / name)
        for expected in ("72 10 20 30", "anne@jobcenter.dk", "Score: 0 til 100 point", "af 100",
                         "Ansøgningsfrist", "Startdato"):
            assert squash(expected) in text, expected
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == [f"kandidatliste-behov-{need}-intern.pdf",
                                                             f"kandidatliste-behov-{need}.pdf"]
