"""Requester Workbench: design, publish, review, pay and export micro-tasks."""

__version__ = "0.1.0"
