"""Qt item models for the views."""
