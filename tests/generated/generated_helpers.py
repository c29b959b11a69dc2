"""Generated bad input (hypothesis): profiles, strategies and store snapshots shared by the suites here.

HYPOTHESIS_PROFILE=nightly runs many more examples per target; the default keeps the suites quick.
"""

from __future__ import annotations

import hashlib
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

settings.register_profile("default", max_examples=100, deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
settings.register_profile("nightly", max_examples=3000, deadline=None, database=None, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
settings.load_profile(PROFILE)


def examples(default: int) -> settings:
    """`default` examples in the default run; the nightly profile's own (larger) number otherwise."""
    return settings(max_examples=default) if PROFILE == "default" else settings()


# ---- strategies -------------------------------------------------------------------------------------

NASTY_TEXT = ["", " ", "\t", "\x00", "a\x00b", "\x1b[31m", "\x7f", "\x85", "=1+1", " =HYPERLINK(\"http://x\")",
              "+cmd|' /C calc'!A0", "'=2", "@SUM(A1)", "010190-1234", "0101901234", "Søgård", "SÃ¸gÃ¥rd", "😀🇩🇰",
              "\u200d", "a\r\nb", "\"", "\"\"", ";", ",", "x" * 201, "x" * 10_001, "  Navn  ", "DK-13748136",
              "13748136", "99999999999999999999", "-1", "0", "1e309", "NaN", "31-02-2026", "2026-13-01",
              "<b>&amp;</b>", "Robert'); DROP TABLE companies;--"]

texts = st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40), st.text(max_size=400))
numbers = st.one_of(st.integers(), st.integers(min_value=2**63 - 3, max_value=2**80),
                    st.integers(max_value=-(2**63) + 3, min_value=-(2**80)),
                    st.floats(allow_nan=True, allow_infinity=True))
# What a form or a file can hand to the store: text, numbers, yes/no, nothing.
values = st.one_of(texts, numbers, st.booleans(), st.none())
ids = st.one_of(st.integers(min_value=-3, max_value=40), st.integers(min_value=2**63 - 2, max_value=2**70),
                st.integers(max_value=-(2**63), min_value=-(2**70)))


# ---- the store before and after ----------------------------------------------------------------------

def store_hash(db) -> str:
    """A digest of every row of every record table, and the row count and largest rowid of the
    reference tables (postcodes, vocabulary: thousands of rows no write of these suites touches;
    hashing them twice per example would make the suites ten times slower)."""
    from db.importing.lookup import REFERENCE_TABLES

    digest = hashlib.sha256()
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        if table in REFERENCE_TABLES or table.endswith("_labels") or table == "occupation_skills":
            digest.update(repr(db.execute(f"SELECT count(*), max(rowid) FROM {table}").fetchone()).encode())
            continue
        for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


