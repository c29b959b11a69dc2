"""Loading needs, candidates and the vocabulary from the store as the matching engine's plain data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache

from sqlite_utils import Database

from db import isco_groups, measure_rules
from db.errors import NotFound
from matching import rules
from matching.engine import Matcher
from matching.isco_groups import group_ref
from matching.model import CandidateData, NeedData, Occupation, Place, Vocabulary
from matching.weights import Weights

OPEN_STATUSES = rules.OPEN_NEED_STATUSES

# A need without its own workplace postcode is at the company's address.
NEED_SQL = """SELECT n.id, n.title, n.company_id, c.name, n.occupation_id, n.occupation_text,
    coalesce(n.workplace_postcode, c.postcode),
    n.danish_level, n.hours_min, n.hours_max, n.shifts, n.start_date, n.deadline, n.employment_form, n.status,
    n.isco_group FROM needs n JOIN companies c ON c.id = n.company_id"""

CANDIDATE_SQL = """SELECT id, name, postcode, birth_year, target_group_code, unemployed_since, own_car,
    max_commute_min, hours_per_week, danish_level, available_from, consent_date, consent_scope, consent_until,
    status, birth_date, education_level, single_parent, fleksjob_visited_on, arrived_in_denmark FROM candidates"""


def load_vocabulary(db: Database) -> Vocabulary:
    """Skill and occupation names, occupation profiles, postcode coordinates and the code tables."""
    vocab = Vocabulary()
    _load_words(db, vocab)
    for postcode, town, lat, lon in db.execute("SELECT postcode, town, lat, lon FROM postcodes"):
        vocab.places[postcode] = Place(postcode, town or "", lat, lon)
    load_code_tables(db, vocab)
    return vocab


def load_code_tables(db: Database, vocab: Vocabulary) -> None:
    """The editable code tables' names and which measures each target group may use (cheap: a few rows)."""
    groups: dict[str, set] = {code: set() for code, in db.execute("SELECT code FROM target_groups")}
    for code, measure in db.execute("SELECT target_group_code, measure_code FROM target_group_measures"):
        groups.setdefault(code, set()).add(measure)
    vocab.target_group_measures = {k: frozenset(v) for k, v in groups.items()}
    vocab.measure_names = dict(db.execute("SELECT code, name FROM measures").fetchall())
    vocab.strain_names = dict(db.execute("SELECT code, name FROM strains").fetchall())
    vocab.target_group_names = dict(db.execute("SELECT code, name FROM target_groups").fetchall())
    vocab.rules = measure_rules.load(db)


def _load_words(db: Database, vocab: Vocabulary) -> None:
    for skill_id, name, kind in db.execute("SELECT id, name, kind FROM skills"):
        vocab.skill_names[skill_id] = name
        vocab.skill_kinds[skill_id] = kind
    for occ_id, title, isco in db.execute("SELECT id, title, isco FROM occupations"):
        vocab.occupations[occ_id] = Occupation(occ_id, title, isco or "")
    # ISCO-08 groups as answers: each under its group ref, its code as its ISCO code
    for code, title in isco_groups.titles(db).items():
        vocab.occupations[group_ref(code)] = Occupation(group_ref(code), title, code)
    profiles: dict[int, tuple[list, list]] = defaultdict(lambda: ([], []))
    for occ_id, skill_id, relation in db.execute(
            "SELECT occupation_id, skill_id, relation FROM occupation_skills ORDER BY occupation_id, skill_id"):
        profiles[occ_id][0 if relation == "essential" else 1].append(skill_id)
    vocab.occupation_profiles = {k: (tuple(e), tuple(o)) for k, (e, o) in profiles.items()}


class _Labels:
    """Free text typed by a consultant, matched case-folded against vocabulary names and labels."""

    def __init__(self, db: Database, table: str, labels: str, owner: str, name: str):
        self._args = (db, table, labels, owner, name)
        self._ids: dict[str, int] | None = None

    def _load(self) -> dict[str, int]:
        db, table, labels, owner, name = self._args
        ids: dict[str, int] = {}
        for owner_id, label in db.execute(f"SELECT {owner}, label FROM {labels}"):
            ids.setdefault(label.strip().casefold(), owner_id)
        for owner_id, label in db.execute(f"SELECT id, {name} FROM {table}"):
            ids[label.strip().casefold()] = owner_id
        return ids

    def resolve(self, text: str):
        if self._ids is None:
            self._ids = self._load()  # only when some link was typed as free text
        return self._ids.get(text.strip().casefold(), text.strip())


@cache
def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _grouped(db: Database, sql: str, args=()) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = defaultdict(list)
    for row in db.execute(sql, args):
        out[row[0]].append(row[1:])
    return out


def load_needs(db: Database, vocab: Vocabulary, *, only_open: bool = True, need_id: int | None = None) -> list[NeedData]:
    where, args = _where("n", only_open, need_id, OPEN_STATUSES)
    rows = db.execute(NEED_SQL + where + " ORDER BY n.id", args).fetchall()
    sub, sub_args = _sub("need_id", "needs", where.replace("n.", ""), args)
    skills = _grouped(db, f"SELECT need_id, skill_id, free_text, relation FROM need_skills {sub} ORDER BY id", sub_args)
    measures = _grouped(db, f"SELECT need_id, measure_code FROM need_measures {sub}", sub_args)
    demands = _grouped(db, f"SELECT need_id, strain_code FROM need_demands {sub}", sub_args)
    skill_labels = _Labels(db, "skills", "skill_labels", "skill_id", "name")
    occ_labels = _Labels(db, "occupations", "occupation_labels", "occupation_id", "title")
    ratios = company_ratios(db, vocab, {r[2] for r in rows} if need_id is not None else None)
    out = [_need(r, skills.get(r[0], ()), measures.get(r[0], ()), demands.get(r[0], ()), vocab, skill_labels,
                 occ_labels) for r in rows]
    for need in out:
        found = ratios.get(need.company_id)
        if found is not None:
            need.full_measures, need.ratio = found
    return out


def company_ratios(db: Database, vocab: Vocabulary, company_ids=None,
                   day: dt.date | None = None) -> dict[int, tuple[frozenset[str], tuple[int, int]]]:
    """company id -> (the ratio measures it has no room for on `day`, (used, capacity) at its workplace
    with the most room), for companies with recorded workplaces. One aggregate read for all."""
    rules = vocab.rules
    day = day or vocab.rules_day or dt.date.today()
    counted = sorted(rules.ratio_measures(day)) if rules is not None else []
    if not counted:
        return {}
    marks = ", ".join("?" for _ in counted)
    sql = (f"SELECT w.company_id, w.ordinary_fte, (SELECT count(*) FROM placements p WHERE p.workplace_id = w.id "
           f"AND p.status IN ('planned', 'active') AND p.measure_code IN ({marks}) "
           f"AND p.start_date <= ? AND p.end_date >= ?) FROM company_workplaces w")
    args: list = [*counted, day.isoformat(), day.isoformat()]
    if company_ids is not None:
        ids = sorted(i for i in company_ids if i is not None)
        sql += f" WHERE w.company_id IN ({', '.join('?' for _ in ids)})"
        args += ids
    best: dict[int, tuple[int, int]] = {}
    for company_id, fte, used in db.execute(sql, args):
        capacity = rules.capacity(fte, day)
        if capacity is None:
            continue
        if company_id not in best or capacity - used > best[company_id][1] - best[company_id][0]:
            best[company_id] = (used, capacity)
    full = frozenset(counted)
    return {cid: (full if used >= capacity else frozenset(), (used, capacity)) for cid, (used, capacity) in best.items()}


def _where(alias: str, only_active: bool, record_id: int | None, statuses) -> tuple[str, list]:
    if record_id is not None:
        return f" WHERE {alias}.id = ?", [record_id]
    if only_active:
        return f" WHERE {alias}.status IN ({', '.join('?' for _ in statuses)})", list(statuses)
    return "", []


def _sub(owner: str, table: str, where: str, args) -> tuple[str, list]:
    return (f"WHERE {owner} IN (SELECT id FROM {table}{where})", list(args)) if where else ("", [])


def _need(r, skills, measures, demands, vocab: Vocabulary, skill_labels: _Labels, occ_labels: _Labels) -> NeedData:
    (need_id, title, company_id, company, occupation_id, occupation_text, postcode, danish, hours_min, hours_max,
     shifts, start, deadline, form, status, isco_group) = r
    if isco_group:
        occupation_id = group_ref(isco_group)
    elif occupation_id is None and occupation_text:
        found = occ_labels.resolve(occupation_text)
        occupation_id = found if isinstance(found, int) else None
    by_relation: dict[str, list] = {"essential": [], "desired": [], "required": []}
    for skill_id, text, relation in skills:
        by_relation[relation].append(skill_id if skill_id is not None else skill_labels.resolve(text))
    from_occupation = False
    if not by_relation["essential"] and not by_relation["desired"] and occupation_id in vocab.occupation_profiles:
        # a need saved with an occupation but no skills is matched on the occupation's own profile
        by_relation["essential"], by_relation["desired"] = map(list, vocab.occupation_profiles[occupation_id])
        from_occupation = True
    return NeedData(
        id=need_id, title=title, company_id=company_id, company_name=company or "", occupation_id=occupation_id,
        essential=tuple(by_relation["essential"]), desired=tuple(by_relation["desired"]),
        required=tuple(by_relation["required"]), postcode=postcode, danish_level=danish, hours_min=hours_min,
        hours_max=hours_max, shifts=frozenset(s for s in (shifts or "").split(",") if s),
        start_date=_date(start), deadline=_date(deadline), employment_form=form, status=status,
        measures=frozenset(m for m, in measures), demands=frozenset(d for d, in demands),
        skills_from_occupation=from_occupation)


def load_candidates(db: Database, *, only_active: bool = True, candidate_id: int | None = None) -> list[CandidateData]:
    where, args = _where("c", only_active, candidate_id, ("active",))
    rows = db.execute(CANDIDATE_SQL.replace("FROM candidates", "FROM candidates c") + where + " ORDER BY id",
                      args).fetchall()
    sub, sub_args = _sub("candidate_id", "candidates", where.replace("c.", ""), args)
    skills = _id_lists(db, "candidate_skills", "skill_id", sub, sub_args)
    occupations = _id_lists(db, "candidate_occupations", "occupation_id", sub, sub_args)
    restrictions = _grouped(db, f"SELECT candidate_id, strain_code FROM candidate_restrictions {sub}", sub_args)
    _add_free_text(db, skills, "candidate_skills", "skill_id", _Labels(db, "skills", "skill_labels", "skill_id", "name"),
                   sub, sub_args)
    _add_free_text(db, occupations, "candidate_occupations", "occupation_id",
                   _Labels(db, "occupations", "occupation_labels", "occupation_id", "title"), sub, sub_args,
                   keep_text=False)
    where = f"{sub} AND" if sub else "WHERE"
    for cid, code in db.execute(f"SELECT candidate_id, isco_group FROM candidate_occupations {where} "
                                "isco_group IS NOT NULL ORDER BY id", sub_args):
        occupations[cid] = tuple(occupations.get(cid, ())) + (group_ref(code),)
    empty = ()
    return [_candidate(r, skills.get(r[0], empty), occupations.get(r[0], empty),
                       frozenset(s for s, in restrictions.get(r[0], empty))) for r in rows]


def _id_lists(db: Database, table: str, column: str, sub: str, args) -> dict[int, tuple[int, ...]]:
    """candidate id -> linked vocabulary ids in entry order, in one aggregated read: at job-centre
    scale (a million skill links) this is most of the loading time, and group_concat halves it."""
    where = f"{sub} AND" if sub else "WHERE"
    # The scan follows the candidate_id index, so each list keeps the order the links were entered in.
    sql = f"SELECT candidate_id, group_concat({column}) FROM {table} {where} {column} IS NOT NULL GROUP BY candidate_id"
    return {cid: tuple(map(int, ids.split(","))) for cid, ids in db.execute(sql, args)}


def _add_free_text(db: Database, lists: dict, table: str, column: str, labels: _Labels, sub: str, args,
                   keep_text: bool = True) -> None:
    """Append the links typed as free text, resolved to vocabulary ids where a name or label matches."""
    where = f"{sub} AND" if sub else "WHERE"
    groups = " AND isco_group IS NULL" if table == "candidate_occupations" else ""
    for cid, text in db.execute(f"SELECT candidate_id, free_text FROM {table} {where} {column} IS NULL{groups} "
                                "ORDER BY id", args):
        ref = labels.resolve(text)
        if isinstance(ref, int) or keep_text:
            lists[cid] = tuple(lists.get(cid, ())) + (ref,)


def _candidate(r, skills, occupations, restrictions) -> CandidateData:
    (cid, name, postcode, birth_year, target_group, unemployed_since, own_car, max_commute, hours, danish,
     available_from, consent_date, consent_scope, consent_until, status, birth_date, education, single_parent,
     fleksjob_on, arrived) = r
    return CandidateData(
        id=cid, name=name, postcode=postcode, birth_year=birth_year, target_group=target_group,
        unemployed_since=_date(unemployed_since), own_car=bool(own_car), max_commute_min=max_commute,
        hours_per_week=hours, danish_level=danish, available_from=_date(available_from),
        consent=rules.has_valid_consent(consent_date, consent_scope, consent_until), status=status,
        occupations=occupations, skills=tuple(skills), restrictions=restrictions, birth_date=_date(birth_date),
        education_level=education, single_parent=None if single_parent is None else bool(single_parent),
        fleksjob_visited=bool(fleksjob_on), arrived_on=_date(arrived))


def load_need(db: Database, need_id: int, vocab: Vocabulary | None = None) -> NeedData:
    """One need as saved now (whatever its status), for Matcher.put_need after a save.

    Pass the matcher's vocabulary (matcher.index.vocab): it supplies the occupation profile a need
    without skills is matched on; without it the vocabulary is read again.
    """
    found = load_needs(db, vocab or load_vocabulary(db), only_open=False, need_id=need_id)
    if not found:
        raise NotFound(f"needs {need_id}")
    return found[0]


def load_candidate(db: Database, candidate_id: int) -> CandidateData:
    """One candidate as saved now (whatever the status), for Matcher.put_candidate after a save."""
    found = load_candidates(db, only_active=False, candidate_id=candidate_id)
    if not found:
        raise NotFound(f"candidates {candidate_id}")
    return found[0]


def build_matcher(db: Database, weights: Weights | None = None) -> Matcher:
    """Everything the Match view needs, from one store; run it off the GUI thread on a big store."""
    vocab = load_vocabulary(db)
    return Matcher.build(vocab, load_candidates(db), load_needs(db, vocab), weights)
