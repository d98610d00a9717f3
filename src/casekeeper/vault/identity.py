"""The vault's age identity, kept inside the encrypted database.

Blobs are age files for this one X25519 identity, so that in an
emergency the stock ``age -d -i key.txt`` opens a blob once the key is
exported from the unlocked store (``casekeeper vault export-key``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from casekeeper.crypto.age import AgeIdentity, generate_identity, parse_identity
from casekeeper.store.models import StoreSetting

SETTING = "vault_identity"


def vault_identity(session: Session) -> AgeIdentity:
    """The store's identity, made on first use (stores made before the vault have none)."""
    text = session.scalar(select(StoreSetting.value).where(StoreSetting.key == SETTING))
    if text:
        return parse_identity(text)
    identity = generate_identity()
    session.add(StoreSetting(key=SETTING, value=identity.to_string()))
    session.flush()
    return identity
