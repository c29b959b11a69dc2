"""The Jobbro store: SQLite through sqlite-utils, one module per aggregate. No Qt here."""
