"""Purpose keys from the master key: distinct, and stable forever."""

from __future__ import annotations

import re

import pytest

from casekeeper.crypto import subkeys

MASTER = bytes(range(32))

# Known answers: if these change, every existing store becomes unreadable.
# (Cross-checked with `openssl kdf -kdfopt digest:SHA256 ... HKDF`.)
KNOWN = {
    subkeys.SQLCIPHER: "587e8c68f8161c1b4f21f9d52e0612324e3da3225f357ccab23d1775b6e81ccb",
    subkeys.CHANGELOG_MAC: "49f297328f591699e08badd220867a671236a3d3d79c87b66e282c26f213c707",
    subkeys.EVIDENCE_DEDUP: "3491cb087c1fdb80b8d416d927cc29c11b1f3d119e1d5bb1545be9fb5423041f",
}


def test_labels_are_the_documented_ones() -> None:
    assert subkeys.SQLCIPHER == "sqlcipher-key"
    assert subkeys.CHANGELOG_MAC == "changelog-mac"
    assert subkeys.EVIDENCE_DEDUP == "evidence-dedup-hmac"


@pytest.mark.parametrize("label", list(KNOWN))
def test_subkeys_never_change_for_the_same_master(label: str) -> None:
    key = subkeys.derive(MASTER, label)
    assert isinstance(key, bytearray)
    assert key.hex() == KNOWN[label]


def test_each_purpose_gets_its_own_key() -> None:
    labels = [subkeys.SQLCIPHER, subkeys.CHANGELOG_MAC, subkeys.EVIDENCE_DEDUP, "keyslots-check"]
    keys = {bytes(subkeys.derive(MASTER, label)) for label in labels}
    assert len(keys) == len(labels)
    assert bytes(MASTER) not in keys


def test_a_different_master_gives_different_subkeys() -> None:
    other = bytearray(MASTER)
    other[0] ^= 1
    assert subkeys.derive(other, subkeys.SQLCIPHER) != subkeys.derive(MASTER, subkeys.SQLCIPHER)


def test_other_lengths_are_available() -> None:
    assert len(subkeys.derive(MASTER, "x", 64)) == 64
    assert subkeys.derive(MASTER, "x", 16) == subkeys.derive(MASTER, "x", 64)[:16]


def test_wrong_master_size_or_empty_label_is_refused() -> None:
    with pytest.raises(ValueError):
        subkeys.derive(MASTER[:16], subkeys.SQLCIPHER)
    with pytest.raises(ValueError):
        subkeys.derive(MASTER, "")


def test_sqlcipher_pragma_key_is_a_raw_hex_literal() -> None:
    key = subkeys.derive(MASTER, subkeys.SQLCIPHER)
    literal = subkeys.sqlcipher_pragma_key(key)
    assert re.fullmatch(r"x'[0-9a-f]{64}'", literal)
    assert literal == f"x'{KNOWN[subkeys.SQLCIPHER]}'"
    with pytest.raises(ValueError):
        subkeys.sqlcipher_pragma_key(b"short")
