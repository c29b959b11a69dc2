"""`jobbro team init|join|conflicts` and `jobbro sync`: the team's register on a PostgreSQL server.

The server address is a libpq connection string; the password comes only from libpq (PGPASSWORD,
.pgpass, service file). Exit codes: 0 done; 2 refused input or a store that cannot be opened;
3 the team server cannot be used (unreachable, login refused, newer Jobbro).
"""

from __future__ import annotations

import json

from db.store import close_store
from db.team import conflicts, server, sync
from db.team.errors import TeamError
from ui.cli import fail
from ui.cli.keys import open_named
from ui.i18n import translate

NAMES = ("team", "sync")
EXIT_TEAM = 3


def register(subparsers) -> None:
    team = subparsers.add_parser("team", help=translate("cli", "share the register with a team through a server"),
                                 description=translate("cli", "The team's register on a PostgreSQL server."))
    sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    init = sub.add_parser("init", help=translate("cli", "create or upgrade the team schema on the server"))
    init.add_argument("--server", required=True, metavar="URL", help=translate("cli", "libpq connection string"))
    init.set_defaults(func=run_init)
    join = sub.add_parser("join", help=translate("cli", "join a store to the team"))
    _store(join)
    join.add_argument("--server", required=True, metavar="URL", help=translate("cli", "libpq connection string"))
    join.set_defaults(func=run_join)
    conflicts = sub.add_parser("conflicts", help=translate("cli", "list the open conflicts"))
    _store(conflicts)
    conflicts.add_argument("--json", action="store_true", help=translate("cli", "write JSON"))
    conflicts.set_defaults(func=run_conflicts)
    syncing = subparsers.add_parser("sync", help=translate("cli", "send and fetch the team's changes once"))
    _store(syncing)
    syncing.add_argument("--json", action="store_true", help=translate("cli", "write JSON"))
    syncing.set_defaults(func=run_sync)


def _store(parser) -> None:
    parser.add_argument("--db", dest="team_db", metavar="FILE", help=translate("cli", "the store file"))


def _open(args):
    return open_named(args, "team_db")


def _team_failure(exc: TeamError) -> int:
    return fail(translate("TeamError", exc.KINDS[exc.kind]).format(**exc.params), EXIT_TEAM)


def run_init(args) -> int:
    try:
        before, after = server.init(args.server)
    except TeamError as exc:
        return _team_failure(exc)
    print(translate("cli", "Team schema version {after} (was {before}).").format(after=after, before=before))
    return 0


def run_join(args) -> int:
    db, code = _open(args)
    if db is None:
        return code
    try:
        queued = sync.join(db, args.server)
    except TeamError as exc:
        return _team_failure(exc)
    finally:
        close_store(db)
    print(translate("cli", "Joined the team; {n} records wait for the first sync.").format(n=queued))
    return 0


def run_sync(args) -> int:
    db, code = _open(args)
    if db is None:
        return code
    try:
        result = sync.sync(db)
    except TeamError as exc:
        return _team_failure(exc)
    finally:
        close_store(db)
    figures = {"pushed": result.pushed, "pulled": result.pulled, "conflicts": result.conflicts,
               "waiting": result.waiting}
    if args.json:
        print(json.dumps(figures))
    else:
        print(translate("cli", "Sent {pushed}, received {pulled}, open conflicts {conflicts}, waiting {waiting}.")
              .format(**figures))
    return 0


def run_conflicts(args) -> int:
    db, code = _open(args)
    if db is None:
        return code
    try:
        found = conflicts.open_conflicts(db)
    finally:
        close_store(db)
    items = [{"table": c.table, "gid": c.gid, "field": c.field, "kept": c.kept, "lost": c.lost,
              "kept_by": c.kept_by, "lost_by": c.lost_by, "at": c.at} for c in found]
    if args.json:
        print(json.dumps(items, ensure_ascii=False))
    else:
        for item in items:
            print(f"{item['at']}  {item['table']}.{item['field']}  {item['kept_by']}: {item['kept']!r}  "
                  f"{item['lost_by']}: {item['lost']!r}")
    return 0
