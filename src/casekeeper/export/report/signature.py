"""PAdES signature of the report (pyHanko), with a certificate for the store.

The certificate is self-issued for the store's signing identity: its key is
an ECDSA P-256 key derived from the store's Ed25519 signing seed (HKDF,
so the same store always signs with the same key), its subject names the
signing identity's minisign fingerprint, and it carries the
nonRepudiation (content commitment) key usage pyHanko requires by default.
P-256 rather than Ed25519 because PDF readers check it: poppler's
``pdfsig`` reports an Ed25519 CMS signature as "not signed or corrupted".

Readers show "validity unknown" until they trust the certificate, so the
report's cover prints the certificate's SHA-256 fingerprint, which the
reader compares with what ``pyhanko sign validate`` or ``pdfsig`` shows.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

from casekeeper.crypto.signing import SigningIdentity, fingerprint
from casekeeper.errors import ExportToolMissing

_INFO = b"casekeeper pdf signing key v1"
_P256_ORDER = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)


@dataclass(frozen=True)
class Certificate:
    der: bytes
    key: ec.EllipticCurvePrivateKey

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the certificate, hex in groups of four for reading aloud."""
        digest = hashlib.sha256(self.der).hexdigest()
        return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))

    def pem(self) -> bytes:
        return x509.load_der_x509_certificate(self.der).public_bytes(serialization.Encoding.PEM)


def _derived_key(identity: SigningIdentity) -> ec.EllipticCurvePrivateKey:
    material = HKDF(hashes.SHA256(), 48, salt=bytes(identity.key_id), info=_INFO).derive(
        bytes(identity.private_key)
    )
    scalar = int.from_bytes(material, "big") % (_P256_ORDER - 1) + 1
    return ec.derive_private_key(scalar, ec.SECP256R1())


def certificate_for(identity: SigningIdentity, created: datetime) -> Certificate:
    key = _derived_key(identity)
    fp = fingerprint(identity)
    name = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, f"CaseKeeper signer {fp}"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "CaseKeeper (self-issued)"),
    ])
    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
        encipher_only=False, decipher_only=False,
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(created - timedelta(days=1))
        .not_valid_after(created + timedelta(days=3650))
        .add_extension(usage, critical=True)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Certificate(cert.public_bytes(serialization.Encoding.DER), key)


def _pyhanko() -> Any:
    try:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import signers
        from pyhanko.sign.fields import SigSeedSubFilter
        from pyhanko_certvalidator.registry import SimpleCertificateStore
    except ImportError:
        raise ExportToolMissing("Signing the PDF report", "pyhanko") from None
    return IncrementalPdfFileWriter, signers, SigSeedSubFilter, SimpleCertificateStore


def require() -> None:
    """Raises ExportToolMissing (naming pyhanko) when signing cannot work here."""
    _pyhanko()


def sign_pdf(pdf: bytes, cert: Certificate, ref: str) -> bytes:
    """``pdf`` with a PAdES baseline signature by ``cert`` (in memory)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    writer_cls, signers, subfilter, store_cls = _pyhanko()
    signing_cert = asn1_x509.Certificate.load(cert.der)
    key_der = cert.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    signer = signers.SimpleSigner(
        signing_cert=signing_cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=store_cls.from_certs([signing_cert]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name="CaseKeeper", subfilter=subfilter.PADES, md_algorithm="sha256",
        reason=f"Case report {ref}", name="CaseKeeper",
    )
    writer = writer_cls(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, meta, signer=signer)  # signing time: the system clock
    return bytes(out.getvalue())
