"""Sync between caseworkers' devices through a shared folder (ARCHITECTURE.md section 8).

Headless and store-free: ``layout``/``scan`` (the folder and what is new in
it), ``keys``/``team`` (device keys, the signed roster, epoch keys),
``entries``/``batch`` (encrypted, signed, hash-chained batches of changes),
``merge``/``state`` (the pure merge and its in-memory reference state).
docs/sync.md describes the format and the rules.
"""
