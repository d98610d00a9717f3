"""Interview mode: a guided one-pass form for a family interview (see wizard.py)."""

from .wizard import InterviewWizard, install_action, open_interview

__all__ = ["InterviewWizard", "install_action", "open_interview"]
