"""Dialogs: settings, first start, contact log, reference lists."""
