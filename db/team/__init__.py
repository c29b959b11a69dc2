"""The team's register: a PostgreSQL server shared by a team's laptops (docs/TEAM.md). No Qt here."""
