"""CaseKeeper: an offline-first, encrypted case manager for human-rights documentation."""

__version__ = "0.1.0"
