"""age (https://age-encryption.org/v1) for the evidence vault and encrypted bundles.

X25519 recipients only: the vault encrypts each blob to one identity kept
inside the encrypted database, and the stock ``age`` command can open any
blob in an emergency (``age -d -i key.txt blob``). Reading is strict and
checked against the C2SP community vectors; passphrase (scrypt), armored
and post-quantum files are recognised and refused with a clear error.

Written on ``cryptography`` rather than wrapping pyrage so that the
plaintext can be hashed on one thread while another encrypts and writes
(see ``stream``), and so that every failure has a typed error.
"""

from casekeeper.crypto.age.stream import (
    CHUNK_SIZE,
    AgeReader,
    AgeWriter,
    EncryptResult,
    decrypt_file,
    encrypt_file,
    encrypted_payload_size,
)
from casekeeper.crypto.age.x25519 import (
    AgeIdentity,
    AgeRecipient,
    generate_identity,
    parse_identity,
    parse_recipient,
)

__all__ = [
    "CHUNK_SIZE",
    "AgeIdentity",
    "AgeReader",
    "AgeRecipient",
    "AgeWriter",
    "EncryptResult",
    "decrypt_file",
    "encrypt_file",
    "encrypted_payload_size",
    "generate_identity",
    "parse_identity",
    "parse_recipient",
]
