"""What a shortlist document shows of the need, its company and the candidates, read in a few queries."""

from __future__ import annotations

from sqlite_utils import Database

from db.errors import NotFound

CHUNK = 500  # ids per IN (...) query


def measure_order(db: Database) -> dict[str, int]:
    """Measure code -> its place in the reference list's order."""
    return {code: i for i, (code,) in enumerate(db.execute("SELECT code FROM measures ORDER BY sort, code"))}


def need_header(db: Database, need_id: int) -> dict:
    """The need's title, occupation text, positions, dates and its company's name and address."""
    cur = db.execute(
        "SELECT n.title, n.occupation_text, n.positions, n.start_date, n.deadline, "
        "c.name AS company, c.address, c.postcode, c.town FROM needs n JOIN companies c ON c.id = n.company_id "
        "WHERE n.id = ?", [need_id])
    row = cur.fetchone()
    if row is None:
        raise NotFound(f"needs {need_id}")
    return dict(zip([c[0] for c in cur.description], row))


def people(db: Database, ids: list[int]) -> dict[int, dict]:
    """Display fields of the candidates, with their desired occupations (titles or free text) in entry order."""
    out: dict[int, dict] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start:start + CHUNK]
        marks = ", ".join("?" for _ in chunk)
        cur = db.execute(
            "SELECT c.id, c.external_id, c.name, c.phone, c.email, c.birth_year, c.postcode, p.town, "
            "c.education_level, c.consent_date, c.consent_scope, c.consent_by, c.consent_until FROM candidates c "
            f"LEFT JOIN postcodes p ON p.postcode = c.postcode WHERE c.id IN ({marks})", chunk)
        cols = [c[0] for c in cur.description]
        for values in cur.fetchall():
            out[values[0]] = dict(zip(cols, values), occupations=[])
        for cid, title in db.execute(
                "SELECT co.candidate_id, coalesce(o.title, co.free_text) FROM candidate_occupations co "
                f"LEFT JOIN occupations o ON o.id = co.occupation_id WHERE co.candidate_id IN ({marks}) "
                "ORDER BY co.id", chunk):
            if title and cid in out:
                out[cid]["occupations"].append(title)
    return out
