"""Passphrase stretching with Argon2id.

A passphrase is the weakest secret in the system; Argon2id makes every guess
cost real memory and time, so an attacker holding a copy of ``keyslots.json``
(a seized laptop, a stolen backup) gets few guesses per second. Parameters
are stored in each slot, so they can grow with hardware without breaking old
files, and are checked against a floor when read so that a tampered file
cannot talk us into a cheap derivation.
"""

from __future__ import annotations

import os
import time
import unicodedata
from dataclasses import dataclass
from typing import ClassVar

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from casekeeper.crypto.secrets import zero

KEY_BYTES = 32
MIN_SALT_BYTES = 16
MAX_SALT_BYTES = 64

# Upper bounds refuse files that would make us allocate absurd memory or spin
# for minutes (a denial of service through a tampered file), not a policy.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 64
MAX_LANES = 64


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters; construction refuses anything below ``MINIMUM``.

    The check lives in the constructor so that no code path (calibration,
    a caller's override, or parameters read back from a file) can produce
    weaker parameters than RFC 9106's low-memory profile.
    """

    memory_kib: int
    iterations: int
    lanes: int

    MINIMUM: ClassVar[Argon2Params]

    def __post_init__(self) -> None:
        for name in ("memory_kib", "iterations", "lanes"):
            if not _is_int(getattr(self, name)):
                raise ValueError(f"Argon2 {name} must be an integer")
        floor = _FLOOR
        if self.memory_kib < floor[0] or self.iterations < floor[1] or self.lanes < floor[2]:
            raise ValueError(
                f"Argon2 parameters m={self.memory_kib} KiB, t={self.iterations}, "
                f"p={self.lanes} are below the minimum m={floor[0]} KiB, t={floor[1]}, "
                f"p={floor[2]}"
            )
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.iterations > MAX_ITERATIONS
            or self.lanes > MAX_LANES
        ):
            raise ValueError(
                f"Argon2 parameters m={self.memory_kib} KiB, t={self.iterations}, "
                f"p={self.lanes} exceed the supported maximum m={MAX_MEMORY_KIB} KiB, "
                f"t={MAX_ITERATIONS}, p={MAX_LANES}"
            )


# RFC 9106 section 4, second recommended option: 64 MiB, t=3, p=4.
_FLOOR = (65536, 3, 4)
Argon2Params.MINIMUM = Argon2Params(*_FLOOR)
MINIMUM = Argon2Params.MINIMUM


def encode_passphrase(passphrase: str) -> bytes:
    """NFC-normalise then UTF-8 encode.

    The same passphrase typed on different systems (macOS input methods
    produce decomposed accents, Windows composed ones; Kazakh, Arabic and
    Vietnamese text is especially affected) must give the same bytes, or the
    user is locked out for no visible reason.
    """
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: Argon2Params) -> bytearray:
    """Stretch ``passphrase`` into a 32-byte key-encryption key.

    Returned as a ``bytearray`` so the caller can ``zero()`` it after use.
    """
    if not isinstance(params, Argon2Params):
        raise TypeError("params must be Argon2Params")
    if not MIN_SALT_BYTES <= len(salt) <= MAX_SALT_BYTES:
        raise ValueError(f"the salt must be {MIN_SALT_BYTES}..{MAX_SALT_BYTES} bytes")
    kdf = Argon2id(
        salt=bytes(salt),
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return bytearray(kdf.derive(encode_passphrase(passphrase)))


def _time_one(params: Argon2Params) -> float:
    salt = os.urandom(MIN_SALT_BYTES)
    start = time.perf_counter()
    key = derive_key("calibration passphrase", salt, params)
    elapsed = time.perf_counter() - start
    zero(key)
    return elapsed


def _fit(seconds_per_kib_pass: float, target: float, max_memory_kib: int) -> Argon2Params:
    """Parameters predicted to take ``target`` seconds: memory first, then passes.

    Memory is what makes GPU/ASIC attacks expensive, so it grows first (up to
    ``max_memory_kib``); only then do extra passes buy more time.
    """
    floor = MINIMUM
    budget = target / max(seconds_per_kib_pass, 1e-12)  # KiB-passes
    memory = int(budget / floor.iterations)
    memory = max(floor.memory_kib, min(max_memory_kib, memory))
    memory = max(floor.memory_kib, memory - memory % 1024)  # whole MiB, tidier in files
    iterations = floor.iterations
    if memory >= max_memory_kib:
        iterations = max(floor.iterations, min(MAX_ITERATIONS, round(budget / memory)))
    return Argon2Params(memory, iterations, floor.lanes)


def calibrate(target_seconds: float = 0.7, max_memory_kib: int = 262144) -> Argon2Params:
    """Pick parameters that take about ``target_seconds`` on this machine.

    Unlocking should feel instant to the user (well under a second) yet cost
    an attacker as much as possible per guess. Cost grows almost linearly in
    memory x passes, so we time the minimum once, predict, time the
    prediction once, and correct once more from that second measurement if
    it fell outside -30 %/+43 % of the target (0.5-1.0 s for 0.7 s). That is
    two derivations, about 1-2 s here, never a search loop. Never returns
    less than ``MINIMUM``, even on a very slow machine or with a tiny target.
    """
    if not target_seconds > 0:
        raise ValueError("target_seconds must be positive")
    max_memory = max(MINIMUM.memory_kib, min(int(max_memory_kib), MAX_MEMORY_KIB))
    low, high = target_seconds * (0.5 / 0.7), target_seconds * (1.0 / 0.7)

    base = _time_one(MINIMUM)
    if base >= low:
        return MINIMUM
    unit = MINIMUM.memory_kib * MINIMUM.iterations
    guess = _fit(base / unit, target_seconds, max_memory)
    if guess == MINIMUM:
        return MINIMUM
    measured = _time_one(guess)
    if low <= measured <= high:
        return guess
    # Large memory is often slower per KiB than small (caches, page faults),
    # so correct with the rate seen at the guessed size.
    return _fit(measured / (guess.memory_kib * guess.iterations), target_seconds, max_memory)
