"""Passphrase stretching: never below the floor, same key for the same words."""

from __future__ import annotations

import time
import unicodedata

import pytest

from casekeeper.crypto import argon2
from casekeeper.crypto.argon2 import MINIMUM, Argon2Params, calibrate, derive_key

SALT = bytes(range(16))


def test_minimum_is_the_rfc_9106_low_memory_profile() -> None:
    assert MINIMUM == Argon2Params(65536, 3, 4)
    assert Argon2Params.MINIMUM is MINIMUM


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(65535, 3, 4), (65536, 2, 4), (65536, 3, 3), (1024, 1, 1), (0, 0, 0), (-1, 3, 4)],
)
def test_parameters_below_the_minimum_are_refused(memory: int, iterations: int, lanes: int) -> None:
    with pytest.raises(ValueError, match="below the minimum"):
        Argon2Params(memory, iterations, lanes)


@pytest.mark.parametrize(
    ("memory", "iterations", "lanes"),
    [(65536.0, 3, 4), (65536, "3", 4), (65536, 3, True), (65536, None, 4)],
)
def test_parameters_that_are_not_integers_are_refused(
    memory: object, iterations: object, lanes: object
) -> None:
    with pytest.raises(ValueError, match="integer"):
        Argon2Params(memory, iterations, lanes)  # type: ignore[arg-type]


def test_absurd_parameters_from_a_tampered_file_are_refused() -> None:
    with pytest.raises(ValueError, match="maximum"):
        Argon2Params(2**40, 3, 4)
    with pytest.raises(ValueError, match="maximum"):
        Argon2Params(65536, 10_000, 4)


def test_same_passphrase_and_salt_give_the_same_key() -> None:
    one = derive_key("words to remember", SALT, MINIMUM)
    assert isinstance(one, bytearray) and len(one) == 32
    assert derive_key("words to remember", SALT, MINIMUM) == one
    assert derive_key("words to remember", bytes(16), MINIMUM) != one
    assert derive_key("words to remembeR", SALT, MINIMUM) != one


def test_composed_and_decomposed_accents_give_the_same_key() -> None:
    text = "Öskemen şeker ﬁ"  # precomposed letters; NFC keeps the ligature
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text
    assert derive_key(nfd, SALT, MINIMUM) == derive_key(text, SALT, MINIMUM)


def test_short_salt_is_refused() -> None:
    with pytest.raises(ValueError):
        derive_key("words to remember", bytes(8), MINIMUM)


def test_calibrate_with_a_tiny_target_returns_the_minimum_quickly() -> None:
    start = time.perf_counter()
    params = calibrate(target_seconds=0.01)
    assert params == MINIMUM
    assert time.perf_counter() - start < 3


def test_calibrate_never_goes_below_the_minimum_even_with_little_memory_allowed() -> None:
    assert calibrate(target_seconds=0.01, max_memory_kib=1024) == MINIMUM


def _fake_machine(
    monkeypatch: pytest.MonkeyPatch, seconds_per_mib_pass: float
) -> list[Argon2Params]:
    """Replace the timer with a model: time = memory x passes x rate. Records what was timed."""
    timed: list[Argon2Params] = []

    def fake_time(params: Argon2Params) -> float:
        timed.append(params)
        return params.memory_kib / 1024 * params.iterations * seconds_per_mib_pass

    monkeypatch.setattr(argon2, "_time_one", fake_time)
    return timed


def test_calibrate_grows_memory_first_on_an_ordinary_laptop(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 64 MiB x 3 passes = 0.16 s, as measured on these machines.
    timed = _fake_machine(monkeypatch, 0.16 / (64 * 3))
    params = calibrate()
    assert params.iterations == 3 and params.lanes == 4
    assert MINIMUM.memory_kib < params.memory_kib <= 262144
    predicted = params.memory_kib / 1024 * 3 * 0.16 / (64 * 3)
    assert 0.5 <= predicted <= 1.0
    assert len(timed) <= 3


def test_calibrate_adds_passes_once_memory_is_at_its_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    timed = _fake_machine(monkeypatch, 0.02 / (64 * 3))  # a very fast machine
    params = calibrate()
    assert params.memory_kib == 262144
    assert params.iterations > 3
    predicted = 256 * params.iterations * 0.02 / (64 * 3)
    assert 0.5 <= predicted <= 1.0
    assert len(timed) <= 3


def test_calibrate_on_a_slow_machine_stays_at_the_minimum(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_machine(monkeypatch, 2.0 / (64 * 3))
    assert calibrate() == MINIMUM


def test_calibrate_respects_a_lower_memory_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_machine(monkeypatch, 0.05 / (64 * 3))
    params = calibrate(max_memory_kib=131072)
    assert params.memory_kib == 131072
    assert params.iterations >= 3


def test_calibrate_corrects_itself_when_big_memory_is_slower_per_mib(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Twice the cost per MiB above 64 MiB: the first guess overshoots; one correction.
    timed: list[Argon2Params] = []

    def fake_time(params: Argon2Params) -> float:
        timed.append(params)
        rate = 0.16 / (64 * 3) * (1 if params.memory_kib <= 65536 else 2)
        return params.memory_kib / 1024 * params.iterations * rate

    monkeypatch.setattr(argon2, "_time_one", fake_time)
    params = calibrate()
    assert len(timed) == 2
    real = params.memory_kib / 1024 * params.iterations * 0.16 / (64 * 3) * 2
    assert 0.5 <= real <= 1.0
