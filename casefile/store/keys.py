"""The archive's own signing key: a self-signed certificate and its private key, made on first
use and kept in the archive folder as `keys/archive-signing.p12`; never overwritten.

It signs the bundles exported without a certificate of the user's, so that `verify-bundle
--archive` can tell a bundle made by this archive from one re-made elsewhere (a re-made bundle
carries another key's signature, or none). It proves "made by whoever held this archive
folder", not who that person is: the certificate is self-signed and no authority vouches
for it.

The PKCS#12 file has no passphrase. A passphrase stored beside it would protect nothing (whoever
can read the archive could read both), and asking the user for one on every export would make
the default signature a chore nobody asked for; the key is exactly as safe as the archive
folder itself. A certificate of the user's own (chosen per export) is the way to sign as a
person or a firm.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

from casefile.errors import ArchiveError
from casefile.words import N_

KEYS_DIR = "keys"
KEY_FILE = "archive-signing.p12"
VALID_YEARS = 30  # long enough to outlive any case; expiry would only confuse a reader
CN_LIMIT = 64  # X.509's upper bound for a common name


def key_path(archive_folder: Path) -> Path:
    return Path(archive_folder) / KEYS_DIR / KEY_FILE


def archive_key(archive_folder: Path) -> Path:
    """The archive's key file, made now if the archive has none yet. Raises `ArchiveError`
    (saying why) when it cannot be made, e.g. on a read-only archive."""
    path = key_path(archive_folder)
    if path.is_file():
        return path
    name = f"Casefile archive {Path(archive_folder).name}"[:CN_LIMIT]
    data = _new_p12(name)
    try:
        path.parent.mkdir(exist_ok=True)
        _write_once(path, data)
    except OSError as exc:
        raise ArchiveError(
            N_(
                "cannot create the archive's signing key in {folder} ({problem}); sign with "
                "a certificate of your own, or make the archive folder writable"
            ),
            folder=path.parent,
            problem=exc.strerror or exc,
        ) from None
    return path


def archive_certificates(archive_folder: Path) -> tuple[bytes, ...]:
    """The DER certificates of the archive's own key (none if it has not signed anything yet
    or its file cannot be read)."""
    path = key_path(archive_folder)
    try:
        data = path.read_bytes()
    except OSError:
        return ()
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    try:
        loaded = pkcs12.load_pkcs12(data, None)
    except ValueError:  # damaged, or someone put a passphrase on it
        return ()
    if loaded.cert is None:
        return ()
    return (loaded.cert.certificate.public_bytes(Encoding.DER),)


def fingerprint(der: bytes) -> str:
    """A certificate's SHA-256, as the faces print it."""
    return hashlib.sha256(der).hexdigest()


def _write_once(path: Path, data: bytes) -> None:
    """Write `path` whole, only if it does not exist: a partly written key is never seen,
    and a second export racing this one keeps the first key (a hard link fails on an existing
    name). Where hard links are not supported (FAT sticks), an exclusive create."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    with open(temp, "xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    try:
        os.link(temp, path)
    except FileExistsError:
        pass  # another export made it first: that key is the archive's
    except OSError:
        with contextlib.suppress(FileExistsError), open(path, "xb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    finally:
        temp.unlink(missing_ok=True)


def _new_p12(common_name: str) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    # ECDSA P-256 (PAdES baseline's recommended curve; Acrobat, poppler/NSS and pyHanko
    # validate it): made and loaded in milliseconds, where an RSA-3072 key took 0.5 s to load
    # at each export (OpenSSL checks the whole key on every load).
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Casefile"),
            # tells two archives of the same folder name apart
            x509.NameAttribute(NameOID.SERIAL_NUMBER, secrets.token_hex(8)),
        ]
    )
    now = datetime.now(UTC)  # the real clock: certificate validity is checked against it
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
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
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        common_name.encode(), key, cert, None, NoEncryption()
    )
