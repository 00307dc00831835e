"""Certificates for signing tests: a PKCS#12 file as a lawyer would get one (issued by a small
test authority, with a passphrase), an expired one, one without its private key, and small
PDFs to sign."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    NoEncryption,
    pkcs12,
)
from cryptography.x509.oid import NameOID

PASSPHRASE = "correct horse 马".encode()  # not ASCII: the CLI and the dialog encode UTF-8


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Example IP Law LLP"),
        ]
    )


def p12(
    path: Path,
    common_name: str = "Jane Counsel",
    passphrase: bytes | None = PASSPHRASE,
    expired: bool = False,
    with_key: bool = True,
) -> Path:
    """A personal certificate issued by 'Test Signing CA' (EC P-256 CA, RSA 2048 signer)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    start, end = (
        (now - timedelta(days=800), now - timedelta(days=400))
        if expired
        else (
            now - timedelta(days=1),
            now + timedelta(days=365),
        )
    )
    ca_name = _name("Test Signing CA")
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    encryption = BestAvailableEncryption(passphrase) if passphrase else NoEncryption()
    if with_key:
        data = pkcs12.serialize_key_and_certificates(b"me", key, cert, None, encryption)
    else:
        data = pkcs12.serialize_key_and_certificates(b"me", None, None, [cert], encryption)
    path.write_bytes(data)
    return path


def small_pdf(path: Path, pages: int = 3) -> Path:
    """A PDF whose page text is stored uncompressed, so a test can change one letter of it."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pageCompression=0)
    for n in range(1, pages + 1):
        canvas.drawString(72, 720, f"Exhibit page {n}: amount CNY 150000")
        canvas.showPage()
    canvas.save()
    return path
