"""The Qt user interface and the command line. Everything a user sees is translated here."""
