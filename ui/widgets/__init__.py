"""Reusable widgets: form fields, vocabulary pickers."""
