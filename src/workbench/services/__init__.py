"""Use cases without Qt (accounts, publishing, review, sync, export), for the CLI and the window."""
