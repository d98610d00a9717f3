"""Names in many scripts: script detection now; cross-script matching keys later (issue 4)."""
