"""Errors of the team server; messages are English source texts the UI translates (context "TeamError")."""

from __future__ import annotations

from db.errors import QT_TRANSLATE_NOOP


class TeamError(Exception):
    """The team server cannot be used. `kind` is one of the KINDS keys; no personal data in messages."""

    KINDS = {
        "newer": QT_TRANSLATE_NOOP(
            "TeamError", "The team server was set up by a newer version of Jobbro (schema {version}; this Jobbro "
                         "knows {known}). Update Jobbro before you synchronise."),
        "unreachable": QT_TRANSLATE_NOOP(
            "TeamError", "The team server cannot be reached. Your work is kept on this computer and sent at "
                         "the next synchronisation."),
        "login": QT_TRANSLATE_NOOP(
            "TeamError", "The team server refused the login. Check the password in PGPASSWORD, .pgpass or the "
                         "service file."),
        "not_initialised": QT_TRANSLATE_NOOP(
            "TeamError", "The team server has no Jobbro schema yet. IT runs 'jobbro team init' first."),
        "not_joined": QT_TRANSLATE_NOOP(
            "TeamError", "This store has not joined a team. Use 'jobbro team join' first."),
        "password_in_url": QT_TRANSLATE_NOOP(
            "TeamError", "The server address contains a password. Give the password through PGPASSWORD, "
                         ".pgpass or a service file instead."),
    }

    def __init__(self, kind: str, **params):
        self.kind = kind
        self.params = params
        super().__init__(self.KINDS[kind].format(**params))
