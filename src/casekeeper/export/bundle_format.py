"""Names and constants of the evidence bundle format, shared by the writer
(``bundle``) and the verifier (``verify``), which must not need the store."""

from __future__ import annotations

READ_SIZE = 1 << 20  # bytes read per step when streaming a file
README = "READ-ME-FIRST.txt"
PUBKEY = "casekeeper-signer.pub"
ALGORITHMS = ("sha256", "sha512")
TAG_MANIFESTS = tuple(f"tagmanifest-{a}.txt" for a in ALGORITHMS)
GENESIS = "0" * 64  # the 'prev' of custody.jsonl's first line
