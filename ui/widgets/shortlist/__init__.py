"""A need's shortlist panel and its parts: models, the note dialog and the candidate picker."""
