"""The store's schema as an ordered set of sqlite-utils migrations, each in one transaction."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

# PRAGMA application_id marks a file as a Jobbro store ("JBRO").
APPLICATION_ID = 0x4A42524F

MIGRATIONS = Migrations("jobbro")

STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

REFERENCE_TABLES = [
    f"""CREATE TABLE municipalities (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT, {STAMPS})""",
    f"""CREATE TABLE postcodes (
        postcode TEXT PRIMARY KEY CHECK (length(postcode) = 4), town TEXT NOT NULL,
        municipality_code TEXT, lat REAL, lon REAL, {STAMPS})""",
    f"""CREATE TABLE isco_groups (
        code TEXT PRIMARY KEY, level INTEGER NOT NULL, parent_code TEXT,
        title_da TEXT, title_en TEXT, uri TEXT, {STAMPS})""",
    f"""CREATE TABLE occupations (
        id INTEGER PRIMARY KEY, key TEXT UNIQUE, title TEXT NOT NULL, title_en TEXT,
        isco TEXT NOT NULL, uri TEXT UNIQUE, source TEXT NOT NULL DEFAULT 'jobbro',
        description TEXT, active INTEGER NOT NULL DEFAULT 1, {STAMPS})""",
    f"""CREATE TABLE skills (
        id INTEGER PRIMARY KEY, key TEXT UNIQUE, name TEXT NOT NULL, name_en TEXT,
        kind TEXT NOT NULL DEFAULT 'skill'
            CHECK (kind IN ('skill', 'knowledge', 'certificate', 'licence', 'language')),
        uri TEXT UNIQUE, source TEXT NOT NULL DEFAULT 'jobbro', description TEXT,
        active INTEGER NOT NULL DEFAULT 1, {STAMPS})""",
    """CREATE TABLE occupation_labels (
        occupation_id INTEGER NOT NULL REFERENCES occupations(id) ON DELETE CASCADE,
        label TEXT NOT NULL, lang TEXT NOT NULL DEFAULT 'da', preferred INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (occupation_id, label, lang))""",
    """CREATE TABLE skill_labels (
        skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        label TEXT NOT NULL, lang TEXT NOT NULL DEFAULT 'da', preferred INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (skill_id, label, lang))""",
    """CREATE TABLE occupation_skills (
        occupation_id INTEGER NOT NULL REFERENCES occupations(id) ON DELETE CASCADE,
        skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE CASCADE,
        relation TEXT NOT NULL CHECK (relation IN ('essential', 'optional')),
        PRIMARY KEY (occupation_id, skill_id))""",
    f"""CREATE TABLE measures (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT,
        sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, {STAMPS})""",
    f"""CREATE TABLE target_groups (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT,
        sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, {STAMPS})""",
    """CREATE TABLE target_group_measures (
        target_group_code TEXT NOT NULL REFERENCES target_groups(code) ON UPDATE CASCADE ON DELETE CASCADE,
        measure_code TEXT NOT NULL REFERENCES measures(code) ON UPDATE CASCADE ON DELETE CASCADE,
        PRIMARY KEY (target_group_code, measure_code))""",
    f"""CREATE TABLE strains (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT,
        sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, {STAMPS})""",
    f"""CREATE TABLE industries (
        code TEXT PRIMARY KEY, level INTEGER NOT NULL, parent_code TEXT, title TEXT NOT NULL, {STAMPS})""",
    f"""CREATE TABLE rejection_reasons (
        code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT,
        sort INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, {STAMPS})""",
]

ENTITY_TABLES = [
    f"""CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        cvr TEXT UNIQUE, p_number TEXT, name TEXT NOT NULL, name_key TEXT NOT NULL DEFAULT '',
        address TEXT, postcode TEXT, town TEXT, municipality_code TEXT,
        industry_code TEXT, size_band TEXT, phone TEXT, email TEXT, web TEXT,
        consultant TEXT,
        status TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'inactive')),
        notes TEXT, {STAMPS})""",
    """CREATE TABLE company_measures (
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        measure_code TEXT NOT NULL REFERENCES measures(code) ON UPDATE CASCADE,
        PRIMARY KEY (company_id, measure_code))""",
    f"""CREATE TABLE contact_persons (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        name TEXT NOT NULL, role TEXT, phone TEXT, email TEXT, notes TEXT, {STAMPS})""",
    f"""CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('visit', 'phone', 'email', 'meeting', 'online')),
        consultant TEXT,
        contact_person_id INTEGER REFERENCES contact_persons(id) ON DELETE SET NULL,
        summary TEXT, outcome TEXT, follow_up_date TEXT, follow_up_task TEXT,
        done INTEGER NOT NULL DEFAULT 0, {STAMPS})""",
    f"""CREATE TABLE needs (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        title TEXT NOT NULL, title_key TEXT NOT NULL DEFAULT '',
        occupation_id INTEGER REFERENCES occupations(id) ON DELETE SET NULL,
        occupation_text TEXT,
        workplace_postcode TEXT,
        positions INTEGER NOT NULL DEFAULT 1 CHECK (positions >= 1),
        danish_level INTEGER,
        hours_min REAL, hours_max REAL,
        shifts TEXT NOT NULL DEFAULT '',
        start_date TEXT, deadline TEXT,
        employment_form TEXT NOT NULL DEFAULT 'ordinary' CHECK (employment_form IN
            ('ordinary', 'fleksjob', 'wage_subsidy', 'internship', 'igu', 'apprenticeship', 'seasonal')),
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'shortlisted', 'filled', 'cancelled')),
        consultant TEXT, notes TEXT, {STAMPS})""",
    """CREATE TABLE need_skills (
        id INTEGER PRIMARY KEY,
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        skill_id INTEGER REFERENCES skills(id) ON DELETE SET NULL,
        free_text TEXT,
        relation TEXT NOT NULL CHECK (relation IN ('essential', 'desired', 'required')),
        CHECK (skill_id IS NOT NULL OR free_text IS NOT NULL))""",
    """CREATE TABLE need_measures (
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        measure_code TEXT NOT NULL REFERENCES measures(code) ON UPDATE CASCADE,
        PRIMARY KEY (need_id, measure_code))""",
    """CREATE TABLE need_demands (
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        strain_code TEXT NOT NULL REFERENCES strains(code) ON UPDATE CASCADE,
        PRIMARY KEY (need_id, strain_code))""",
    f"""CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        external_id TEXT UNIQUE,
        name TEXT NOT NULL, name_key TEXT NOT NULL DEFAULT '',
        phone TEXT, email TEXT, postcode TEXT, birth_year INTEGER,
        target_group_code TEXT REFERENCES target_groups(code) ON UPDATE CASCADE,
        unemployed_since TEXT, caseworker TEXT,
        own_car INTEGER NOT NULL DEFAULT 0, max_commute_min INTEGER,
        hours_per_week REAL, danish_level INTEGER, education_level TEXT,
        available_from TEXT,
        consent_date TEXT, consent_scope TEXT, consent_by TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'in_job', 'inactive')),
        consultant TEXT, notes TEXT, {STAMPS})""",
    """CREATE TABLE candidate_occupations (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        occupation_id INTEGER REFERENCES occupations(id) ON DELETE SET NULL,
        free_text TEXT,
        CHECK (occupation_id IS NOT NULL OR free_text IS NOT NULL))""",
    """CREATE TABLE candidate_skills (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        skill_id INTEGER REFERENCES skills(id) ON DELETE SET NULL,
        free_text TEXT,
        CHECK (skill_id IS NOT NULL OR free_text IS NOT NULL))""",
    """CREATE TABLE candidate_restrictions (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        strain_code TEXT NOT NULL REFERENCES strains(code) ON UPDATE CASCADE,
        PRIMARY KEY (candidate_id, strain_code))""",
    """CREATE TABLE audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        table_name TEXT NOT NULL, record_id INTEGER, fields TEXT NOT NULL DEFAULT '')""",
]

INDEXES = [
    "CREATE INDEX idx_postcodes_municipality ON postcodes(municipality_code)",
    "CREATE INDEX idx_occupations_isco ON occupations(isco)",
    "CREATE INDEX idx_companies_name_key ON companies(name_key)",
    "CREATE INDEX idx_companies_municipality ON companies(municipality_code)",
    "CREATE INDEX idx_companies_consultant ON companies(consultant)",
    "CREATE INDEX idx_contact_persons_company ON contact_persons(company_id)",
    "CREATE INDEX idx_contacts_company ON contacts(company_id, at)",
    "CREATE INDEX idx_contacts_at ON contacts(at)",
    "CREATE INDEX idx_contacts_follow_up ON contacts(done, follow_up_date)",
    "CREATE INDEX idx_needs_company ON needs(company_id)",
    "CREATE INDEX idx_needs_title_key ON needs(title_key)",
    "CREATE INDEX idx_needs_status ON needs(status)",
    "CREATE INDEX idx_need_skills_need ON need_skills(need_id)",
    "CREATE INDEX idx_need_skills_skill ON need_skills(skill_id)",
    "CREATE INDEX idx_candidates_name_key ON candidates(name_key)",
    "CREATE INDEX idx_candidates_status ON candidates(status)",
    "CREATE INDEX idx_candidate_occupations_candidate ON candidate_occupations(candidate_id)",
    "CREATE INDEX idx_candidate_skills_candidate ON candidate_skills(candidate_id)",
    "CREATE INDEX idx_candidate_skills_skill ON candidate_skills(skill_id)",
    "CREATE INDEX idx_audit_record ON audit(table_name, record_id)",
]


def run_all(db: Database, statements: list[str]) -> None:
    # executescript() would commit the migration's transaction, so run statements one by one.
    for statement in statements:
        db.execute(statement)


@MIGRATIONS(name="0001_core")
def m0001_core(db: Database) -> None:
    run_all(db, REFERENCE_TABLES + ENTITY_TABLES + INDEXES)
    from db import reference  # late import: reference imports schema's neighbours

    reference.seed(db)


@MIGRATIONS(name="0002_search")
def m0002_search(db: Database) -> None:
    from db import search

    search.create(db)


SHORTLIST_STATUSES = "('proposed', 'sent', 'interview', 'hired', 'rejected', 'withdrawn')"

SHORTLIST_TABLES = [
    # One candidate on one need's list. status/status_date mirror the newest shortlist_events row;
    # a rejection code is set exactly when the entry is rejected.
    f"""CREATE TABLE shortlist_entries (
        id INTEGER PRIMARY KEY,
        need_id INTEGER NOT NULL REFERENCES needs(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 1),
        note TEXT, score REAL,
        status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN {SHORTLIST_STATUSES}),
        status_date TEXT NOT NULL,
        rejection_code TEXT REFERENCES rejection_reasons(code) ON UPDATE CASCADE,
        added_by TEXT NOT NULL,
        {STAMPS},
        UNIQUE (need_id, candidate_id),
        CHECK ((status = 'rejected') = (rejection_code IS NOT NULL)))""",
    # Every status step of an entry, the first being 'proposed' when it was added.
    f"""CREATE TABLE shortlist_events (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES shortlist_entries(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN {SHORTLIST_STATUSES}),
        at TEXT NOT NULL,
        reason_code TEXT REFERENCES rejection_reasons(code) ON UPDATE CASCADE,
        note TEXT, who TEXT NOT NULL,
        {STAMPS})""",
    # "Is the person still in the job?" some months after a hire; shown in Mine opfølgninger.
    f"""CREATE TABLE shortlist_follow_ups (
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES shortlist_entries(id) ON DELETE CASCADE,
        due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        task TEXT NOT NULL, consultant TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        {STAMPS})""",
    "CREATE INDEX idx_shortlist_entries_need ON shortlist_entries(need_id, position)",
    "CREATE INDEX idx_shortlist_entries_candidate ON shortlist_entries(candidate_id)",
    "CREATE INDEX idx_shortlist_entries_status ON shortlist_entries(status)",
    "CREATE INDEX idx_shortlist_events_entry ON shortlist_events(entry_id, at)",
    "CREATE INDEX idx_shortlist_follow_ups_due ON shortlist_follow_ups(done, due_date)",
    "CREATE INDEX idx_shortlist_follow_ups_entry ON shortlist_follow_ups(entry_id)",
]


@MIGRATIONS(name="0003_shortlists")
def m0003_shortlists(db: Database) -> None:
    run_all(db, SHORTLIST_TABLES)


PRIVACY_TABLES = [
    # Who opened, exported or printed which record, and when; never a value (docs/PRIVACY.md).
    """CREATE TABLE read_audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('view', 'export', 'pdf')),
        table_name TEXT NOT NULL, record_id INTEGER NOT NULL)""",
    "CREATE INDEX idx_read_audit_record ON read_audit(table_name, record_id, at)",
    # A record the consultant chose to keep when a retention rule listed it; `basis` is what the rule
    # looked at then (last activity or consent end date), so the record is listed again only when it
    # fires anew. The note is the consultant's reason and goes with the person when erased.
    """CREATE TABLE retention_keeps (
        id INTEGER PRIMARY KEY, table_name TEXT NOT NULL, record_id INTEGER NOT NULL, rule TEXT NOT NULL,
        basis TEXT, note TEXT, who TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        UNIQUE (table_name, record_id, rule))""",
]


def _rebuild(db: Database, table: str, ddl: str, columns: list[str], indexes: list[str]) -> None:
    """Give `table` a new definition in a transaction with foreign keys on (SQLite's rebuild steps with
    the new table created as <table>_new, filled, the old one dropped and the new one renamed)."""
    db.execute(ddl.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_new (", 1))
    cols = ", ".join(columns)
    db.execute(f"INSERT INTO {table}_new ({cols}) SELECT {cols} FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {table}_new RENAME TO {table}")
    run_all(db, indexes)


def _columns(db: Database, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()]


@MIGRATIONS(name="0004_privacy")
def m0004_privacy(db: Database) -> None:
    """Consent end dates, the read audit, retention keeps, 'erase' in the audit, and shortlist entries
    that outlive an erased candidate as an anonymous row (candidate_id NULL: "slettet kandidat")."""
    from matching import rules

    db.execute("ALTER TABLE candidates ADD COLUMN consent_until TEXT")
    for cid, given in db.execute("SELECT id, consent_date FROM candidates WHERE consent_date IS NOT NULL").fetchall():
        db.execute("UPDATE candidates SET consent_until = ? WHERE id = ?", [rules.default_consent_until(given), cid])
    run_all(db, PRIVACY_TABLES)
    audit_ddl = next(s for s in ENTITY_TABLES if "CREATE TABLE audit" in s)
    _rebuild(db, "audit", audit_ddl.replace("('create', 'update', 'delete')", "('create', 'update', 'delete', 'erase')"),
             _columns(db, "audit"), ["CREATE INDEX idx_audit_record ON audit(table_name, record_id)"])
    # The children go first (dropping them deletes no entry), then the entries; each *_new child refers to
    # shortlist_entries_new, which the rename turns into shortlist_entries.
    entries_ddl, events_ddl, follow_ups_ddl, *indexes = SHORTLIST_TABLES
    nullable = entries_ddl.replace("candidate_id INTEGER NOT NULL REFERENCES", "candidate_id INTEGER REFERENCES")
    children = [(events_ddl, "shortlist_events"), (follow_ups_ddl, "shortlist_follow_ups")]
    saved = {name: _columns(db, name) for _, name in children}
    db.execute(nullable.replace("CREATE TABLE shortlist_entries (", "CREATE TABLE shortlist_entries_new (", 1))
    cols = ", ".join(_columns(db, "shortlist_entries"))
    db.execute(f"INSERT INTO shortlist_entries_new ({cols}) SELECT {cols} FROM shortlist_entries")
    for ddl, name in children:
        ddl = ddl.replace("REFERENCES shortlist_entries(id)", "REFERENCES shortlist_entries_new(id)")
        db.execute(ddl.replace(f"CREATE TABLE {name} (", f"CREATE TABLE {name}_new (", 1))
        cols = ", ".join(saved[name])
        db.execute(f"INSERT INTO {name}_new ({cols}) SELECT {cols} FROM {name}")
        db.execute(f"DROP TABLE {name}")
    db.execute("DROP TABLE shortlist_entries")
    db.execute("ALTER TABLE shortlist_entries_new RENAME TO shortlist_entries")
    for _, name in children:
        db.execute(f"ALTER TABLE {name}_new RENAME TO {name}")
    run_all(db, indexes)
# Rule rows (ratio, eligibility, praktik length, IGU versions): dated reference data with their source.
RULE_STAMPS = f"valid_from TEXT, valid_to TEXT, source TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', {STAMPS}"
PLACEMENT_STATUSES = "('planned', 'active', 'ended', 'interrupted')"
PLACEMENT_OUTCOMES = "('ordinary_job', 'education', 'still_unemployed', 'other_measure', 'other')"

PLACEMENT_TABLES = [
    f"""CREATE TABLE ratio_rules (
        id INTEGER PRIMARY KEY, measures TEXT NOT NULL, first_employees INTEGER NOT NULL CHECK (first_employees > 0),
        per_first INTEGER NOT NULL CHECK (per_first > 0), per_beyond INTEGER NOT NULL CHECK (per_beyond > 0),
        minimum INTEGER NOT NULL CHECK (minimum >= 0), {RULE_STAMPS})""",
    f"""CREATE TABLE eligibility_rules (
        id INTEGER PRIMARY KEY, measure_code TEXT NOT NULL, rule TEXT NOT NULL, value TEXT NOT NULL DEFAULT '',
        {RULE_STAMPS})""",
    f"""CREATE TABLE internship_limits (
        id INTEGER PRIMARY KEY, target_group TEXT NOT NULL, weeks INTEGER NOT NULL CHECK (weeks > 0), {RULE_STAMPS})""",
    f"""CREATE TABLE igu_versions (
        id INTEGER PRIMARY KEY, age_from INTEGER NOT NULL, age_under INTEGER NOT NULL,
        residence_years_under INTEGER NOT NULL, min_hours REAL NOT NULL DEFAULT 25, months INTEGER NOT NULL DEFAULT 24,
        {RULE_STAMPS})""",
    # One workplace (production unit) of a company, with its ordinary employees in full-time equivalents
    # and the day that number was stated: the base of the ratio.
    f"""CREATE TABLE company_workplaces (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        p_number TEXT, name TEXT NOT NULL, postcode TEXT,
        ordinary_fte REAL NOT NULL CHECK (ordinary_fte > 0), fte_stated_on TEXT NOT NULL,
        {STAMPS}, UNIQUE (company_id, p_number))""",
    f"""CREATE TABLE placements (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
        workplace_id INTEGER REFERENCES company_workplaces(id) ON DELETE SET NULL,
        need_id INTEGER REFERENCES needs(id) ON DELETE SET NULL,
        measure_code TEXT NOT NULL REFERENCES measures(code) ON UPDATE CASCADE,
        start_date TEXT NOT NULL, end_date TEXT NOT NULL, hours_per_week REAL,
        mentor_name TEXT, mentor_hours REAL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN {PLACEMENT_STATUSES}),
        interruption_reason TEXT,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN {PLACEMENT_OUTCOMES}),
        exemption INTEGER NOT NULL DEFAULT 0 CHECK (exemption IN (0, 1)), exemption_note TEXT,
        extra_employment_confirmed_on TEXT,
        consultant TEXT, notes TEXT, {STAMPS},
        CHECK (end_date >= start_date))""",
    # The midway talk and the end talk of a placement; shown in Mine opfølgninger.
    f"""CREATE TABLE placement_follow_ups (
        id INTEGER PRIMARY KEY,
        placement_id INTEGER NOT NULL REFERENCES placements(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('midway', 'end')),
        due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        task TEXT NOT NULL, consultant TEXT,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        {STAMPS}, UNIQUE (placement_id, kind))""",
    "ALTER TABLE measures ADD COLUMN valid_from TEXT",
    "ALTER TABLE measures ADD COLUMN valid_to TEXT",
    "ALTER TABLE measures ADD COLUMN source TEXT",
    "ALTER TABLE target_groups ADD COLUMN valid_from TEXT",
    "ALTER TABLE target_groups ADD COLUMN valid_to TEXT",
    "ALTER TABLE target_groups ADD COLUMN source TEXT",
    # What the rules need to know about a person (birth_year, unemployed_since, education_level exist).
    "ALTER TABLE candidates ADD COLUMN birth_date TEXT",
    "ALTER TABLE candidates ADD COLUMN single_parent INTEGER CHECK (single_parent IS NULL OR single_parent IN (0, 1))",
    "ALTER TABLE candidates ADD COLUMN fleksjob_visited_on TEXT",
    "ALTER TABLE candidates ADD COLUMN arrived_in_denmark TEXT",
    "CREATE INDEX idx_company_workplaces_company ON company_workplaces(company_id)",
    "CREATE INDEX idx_placements_candidate ON placements(candidate_id, start_date)",
    "CREATE INDEX idx_placements_company ON placements(company_id, start_date)",
    "CREATE INDEX idx_placements_workplace ON placements(workplace_id, start_date)",
    "CREATE INDEX idx_placements_need ON placements(need_id)",
    "CREATE INDEX idx_placement_follow_ups_due ON placement_follow_ups(done, due_date)",
]


@MIGRATIONS(name="0005_placements")
def m0005_placements(db: Database) -> None:
    run_all(db, PLACEMENT_TABLES)
    from db import measure_rules

    measure_rules.seed(db)
@MIGRATIONS(name="0006_vocabulary_links")
def m0006_vocabulary_links(db: Database) -> None:
    """Our own occupations and skills take the ESCO concept their reference file names; where ESCO was
    imported before, its row of that concept is merged into ours (references repointed)."""
    from db import vocab_merge

    vocab_merge.add_label_origin(db)
    vocab_merge.link_authored(db)


@MIGRATIONS(name="0007_team")
def m0007_team(db: Database) -> None:
    """The team register's local tables (docs/TEAM.md); empty and unused until the store joins a team."""
    from db.team import outbox

    run_all(db, outbox.TABLES)


@MIGRATIONS(name="0008_contacts_by_month")
def m0008_contacts_by_month(db: Database) -> None:
    """Overblik counts contacts per month, kind and consultant on every refresh (db/kpi.py): this index
    holds exactly those, so SQLite groups 200k contacts without reading or sorting the table."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_contacts_month "
               "ON contacts(substr(at, 1, 7), kind, consultant, at, company_id)")


@MIGRATIONS(name="0010_search_by_numbers")
def m0010_search_by_numbers(db: Database) -> None:
    """Search finds a company by CVR, P-number, phone, address and its contact persons' names and
    phones, and a candidate by case id and phone: the index gets those columns and is filled again."""
    from db import search

    search.recreate(db)


def _group_column(owner_text: str) -> str:
    """An ISCO-08 group chosen instead of an occupation: only alone (no occupation id), with its label as
    the row's text (db/isco_groups.py), and only a minor (3 digits) or unit group (4 digits)."""
    return (f"isco_group TEXT REFERENCES isco_groups(code) ON UPDATE CASCADE CHECK (isco_group IS NULL OR "
            f"(occupation_id IS NULL AND {owner_text} IS NOT NULL AND length(isco_group) IN (3, 4) "
            f"AND isco_group NOT GLOB '*[^0-9]*'))")


@MIGRATIONS(name="0011_isco_groups")
def m0011_isco_groups(db: Database) -> None:
    """ISCO-08 groups as answers: every store gets the groups (reference data, kept where ESCO brought
    them), and a need's occupation and a candidate's wish may be a group. Columns are added, no table
    is rebuilt: every id and reference stays as it was."""
    from db import isco_groups

    db.execute("ALTER TABLE isco_groups ADD COLUMN synonyms TEXT")  # our Danish names, "|" between them
    isco_groups.seed(db)
    db.execute(f"ALTER TABLE needs ADD COLUMN {_group_column('occupation_text')}")
    db.execute(f"ALTER TABLE candidate_occupations ADD COLUMN {_group_column('free_text')}")
    db.execute("CREATE INDEX idx_needs_isco_group ON needs(isco_group) WHERE isco_group IS NOT NULL")


@MIGRATIONS(name="0012_more_vocabulary_links")
def m0012_more_vocabulary_links(db: Database) -> None:
    """Fifteen more of our occupations name their ESCO concept (Truckfører is *forklift operator*,
    Pædagog *early years teacher* …): a store that imported ESCO holds that concept as a row of its
    own, which is merged into ours as in 0006 (references repointed, ids of ours unchanged)."""
    from db import vocab_merge

    vocab_merge.link_authored(db)


_ESCO = "http://data.europa.eu/esco/occupation/"
# (our key, the concept it was linked to, that concept's Danish and English label and ISCO-08 code)
_WRONG_LINKS = (
    ("lagerekspedient", "cd94def5-3442-4c2e-ae3d-0761a3008bcb", "lagerekspedient", "warehouse order picker", "9333"),
    ("speditoer", "e4f33b45-ee95-48b5-b2f8-e397aa14ed41", "speditør", "distribution centre dispatcher", "9333"),
    ("glarmester", "c9f6c245-8c66-4b13-9253-9835194abb23", "glarmester", "glass beveller", "7315"),
    ("elektronikfagtekniker", "9aa2a36f-296e-45fe-9798-b7839e0ed389", "elektronikfagtekniker",
     "electrical engineering technician", "3113"),
    ("smed", "fccecd5d-ad90-41a8-bb89-96d7595abca3", "smed", "blacksmith", "7221"),
    ("industritekniker", "bcc21c63-7eee-4520-8fa7-43eefd389668", "industritekniker",
     "industrial engineering technician", "3119"),
    ("produktionsmedarbejder", "f84dbfe2-fa6b-43ef-97f5-54c3ad9c631f", "produktionsmedarbejder",
     "raw material reception operator", "4321"),
    ("laborant", "f3b99acc-b212-45cf-bb4f-7b83cc6f0d71", "laboratorietekniker inden for bakteriologi",
     "bacteriology technician", "3141"),
    ("farmakonom", "aa9c6416-6a17-4e2f-a7c4-6d47c205d480", "farmakonom", "medical goods specialised seller", "5223"),
    ("undervisningsassistent", "c262bb96-03bb-4c97-a45b-0cf36db5b048", "undervisningsassistent",
     "assistant lecturer", "2310"),
    ("gartner", "a10eb17a-3c78-4f7a-a1da-8f31146339d3", "gartner", "garden labourer", "9214"),
    ("dyrepasser", "65bd2342-f7de-4932-9164-eb480e35a791", "dyrepasser", "livestock worker", "9212"),
    ("hr_konsulent", "aff66ae0-d6e1-4de3-b6af-78647defd08c", "HR-konsulent", "enterprise development worker", "2635"),
    ("ejendomsservicetekniker", "f4a25243-b06a-42a9-9c69-246853df63ad", "ejendomsservicetekniker", "handyman", "9622"),
    # the same word, but ours is the other occupation of the two
    ("anlaegsarbejder", "fb7e2f4f-1545-42f1-972e-94082e49c6dc", "anlægsarbejder", "building construction worker",
     "9313"),
    ("massoer", "1978c6ff-37b4-48f1-9aa6-88b9c568f74f", "massør", "masseur/masseuse", "5142"),
)


@MIGRATIONS(name="0013_correct_vocabulary_links")
def m0013_correct_vocabulary_links(db: Database) -> None:
    """Sixteen of our occupations were linked to an ESCO concept that is another occupation (ESCO's
    Danish label is the same word: our Glarmester, a glazier, was ESCO's glass beveller). Each gives
    that concept up (split off again where an ESCO import merged them, db/vocab_merge.py); thirteen
    of them, and thirteen that had none, take the concept that is theirs (merged as in 0006: Ordreplukker is the
    warehouse order picker Lagerekspedient held, Tankbilchauffør the dangerous goods driver), three
    stay without one (docs/VOCABULARY.md, "Links checked by ISCO-08 group")."""
    from db import reference, search, vocab_merge

    own_isco = {r["key"]: r["isco"] for r in reference.read_csv("occupations.csv")}
    split = [vocab_merge.split_off(db, vocab_merge.WrongLink(key, _ESCO + uri, title, title_en, isco), own_isco.get(key))
             for key, uri, title, title_en, isco in _WRONG_LINKS]
    report = vocab_merge.link_authored(db)
    if any(split) and not (report.merged["occupations"] or report.merged["skills"]):
        search.rebuild(db)  # the candidates' index holds occupation names
