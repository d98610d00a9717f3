"""The printed recovery key: readable, forgiving of how people type, strict about typos."""

from __future__ import annotations

import re

import pytest

from casekeeper.crypto.recovery import (
    format_recovery_key,
    new_recovery_key,
    parse_recovery_key,
)
from casekeeper.errors import MalformedRecoveryKey

KEY = bytes(range(32))
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def test_recovery_key_is_fourteen_groups_of_four() -> None:
    text = new_recovery_key()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){13}", text), text
    assert len(text.replace("-", "")) == 56


def test_every_new_recovery_key_is_different() -> None:
    assert len({new_recovery_key() for _ in range(50)}) == 50


def test_recovery_key_round_trips_to_the_same_bytes() -> None:
    for _ in range(20):
        text = new_recovery_key()
        key = parse_recovery_key(text)
        assert isinstance(key, bytearray) and len(key) == 32
        assert format_recovery_key(key) == text


def test_known_key_has_a_stable_printed_form() -> None:
    # Printed keys live on paper for years: the encoding must never change.
    text = format_recovery_key(KEY)
    # RFC 4648 Base32 of bytes 0..31, then the first 4 Base32 chars of its SHA-256.
    assert text == "AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ-MMG4"
    assert parse_recovery_key(text) == KEY


@pytest.mark.parametrize(
    "retype",
    [
        str.lower,
        lambda t: t.replace("-", " "),
        lambda t: t.replace("-", ""),
        lambda t: t.replace("-", "\n"),
        lambda t: "  " + t.swapcase() + "\n",
        lambda t: t[:34] + "\r\n" + t[34:],
        lambda t: " - ".join(t.split("-")),
    ],
    ids=[
        "lowercase",
        "spaces",
        "run together",
        "one group per line",
        "mixed case",
        "crlf",
        "spaced dashes",
    ],
)
def test_parse_accepts_the_ways_people_type_a_key(retype) -> None:  # type: ignore[no-untyped-def]
    text = format_recovery_key(KEY)
    assert parse_recovery_key(retype(text)) == KEY


def test_digits_that_look_like_letters_are_read_as_those_letters() -> None:
    seen = set()
    for _ in range(200):
        text = new_recovery_key()
        lookalike = text.replace("O", "0").replace("I", "1").replace("B", "8")
        seen |= {c for c in "018" if c in lookalike}
        assert parse_recovery_key(lookalike) == parse_recovery_key(text)
    assert seen == {"0", "1", "8"}


def test_every_single_character_typo_is_caught_by_the_checksum() -> None:
    text = format_recovery_key(KEY).replace("-", "")
    for position, original in enumerate(text):
        for replacement in ALPHABET:
            if replacement == original:
                continue
            typo = text[:position] + replacement + text[position + 1 :]
            with pytest.raises(MalformedRecoveryKey):
                parse_recovery_key(typo)


def test_swapped_neighbours_are_caught() -> None:
    text = format_recovery_key(KEY).replace("-", "")
    for i in range(len(text) - 1):
        if text[i] == text[i + 1]:
            continue
        swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        with pytest.raises(MalformedRecoveryKey):
            parse_recovery_key(swapped)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: t[:-5],  # a group left out
        lambda t: t + "-AAAA",  # a group too many
        lambda t: t[:-1],  # one character short
        lambda t: t[:5] + "9" + t[6:],  # 9 is not in the alphabet
        lambda t: t[:5] + "!" + t[6:],
        lambda t: t[:5] + "É" + t[6:],
        lambda t: "",
    ],
    ids=[
        "group missing",
        "extra group",
        "char missing",
        "digit 9",
        "punctuation",
        "accent",
        "empty",
    ],
)
def test_malformed_text_is_refused(mangle) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(MalformedRecoveryKey):
        parse_recovery_key(mangle(format_recovery_key(KEY)))


def test_malformed_message_describes_the_real_shape() -> None:
    assert "14 groups of 4" in str(MalformedRecoveryKey())


def test_format_refuses_a_key_of_the_wrong_size() -> None:
    with pytest.raises(ValueError):
        format_recovery_key(b"\x00" * 16)
