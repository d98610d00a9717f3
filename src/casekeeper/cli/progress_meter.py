"""A one-line progress meter on stderr for long commands, only at a terminal."""

from __future__ import annotations

import sys


class ProgressMeter:
    def __init__(self) -> None:
        self.active = sys.stderr.isatty()

    def __call__(self, what: str, done: int, total: int | None) -> None:
        if not self.active:
            return
        share = f"{100 * done / total:5.1f}%" if total else f"{done / 1e6:.1f} MB"
        sys.stderr.write(f"\r{share}  {what[:60]:<60}")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.active:
            sys.stderr.write("\r" + " " * 70 + "\r")
