"""Prolific in the window: a study's window, the wizard's study pages."""
