"""PDF (and later export) writers that turn plain report data into documents; no Qt, no SQL."""
