"""PDF signatures on bundles (PAdES baseline B-B, by pyHanko): signing a finished bundle with a
certificate (PKCS#12) or the archive's own key, and checking the signatures a bundle carries.

`bundle.build_bundle` calls `sign_pdf` on the finished file before moving it into place;
`verify.verify_bundle` calls `check_signatures`. The signature is an approval signature in one
incremental update: an invisible signature field whose widget annotation (/Rect [0 0 0 0])
goes on the first page's /Annots, the catalog gets an /AcroForm, and the rest of the file is
left byte for byte as it was. Its /ByteRange covers the whole file, so a reader (Acrobat,
poppler's `pdfsig`, pyHanko) shows any later change: a changed byte breaks the digest, an
appended revision leaves part of the file unsigned.

Checking is offline: no revocation lists or OCSP are fetched, and no authority is trusted. A
self-signed certificate (the archive's key) is reported as such, which says nothing against
the file's integrity. Whether a signature was made by the archive's own key is told by
comparing the signer's certificate with the archive's, byte for byte.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import shutil
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from casefile.errors import CancelledError, CasefileError, ValidationError
from casefile.words import N_

FIELD_NAME = "CasefileSignature"
CHUNK = 1 << 20  # the digest reads the file 1 MiB at a time (pyHanko's default is 4 KiB)
REASON = "Evidence bundle exported by Casefile; any change after signing breaks this signature"


class SigningError(CasefileError):
    """The bundle could not be signed (the signature itself failed, the disk is full…)."""


@dataclass(frozen=True, slots=True)
class BundleSigner:
    """Who signs: a PKCS#12 file and its passphrase (None: the file has none). `archive_key`
    is True for the archive's own key (created on first use, kept in the archive). Never
    stored: the passphrase lives only as long as the export."""

    p12: Path
    passphrase: bytes | None = field(default=None, repr=False)
    archive_key: bool = False


@dataclass(frozen=True, slots=True)
class SignerIdentity:
    """Whose certificate a `BundleSigner` holds, as checked before signing."""

    subject: str
    issuer: str
    self_signed: bool
    not_after: datetime
    sha256: str  # of the certificate (DER)


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    signed: bool
    ok: bool  # signed, every signature intact, and the last one covers the whole file
    covers_whole_file: bool  # False: something was appended after signing
    signer: str  # the last signature's certificate subject, in words ("" unsigned)
    signed_at: datetime | None  # the time the signer's computer gave (/M), not a timestamp
    by_archive_key: bool | None  # None: no archive was given to compare with
    findings: tuple[str, ...]
    problems: tuple[str, ...]
    signatures: int = 0
    bytes_after: int = 0  # bytes after the last signature's signed range
    certificate_sha256: str = ""  # of the last signer's certificate
    # Every signature's certificate, in signing order: the first is the one a bundle was made
    # with, later ones countersign (an approval added in Acrobat, say).
    certificates_sha256: tuple[str, ...] = ()


# --- signing ----------------------------------------------------------------------------


def load_signer(signer: BundleSigner) -> Any:
    """The pyHanko signer of `signer`'s PKCS#12 file (the file checked by `_open_pkcs12`)."""
    loaded = _open_pkcs12(signer)
    _import_pyhanko()
    return _pyhanko_signer(loaded)


def _pyhanko_signer(loaded: Any) -> Any:
    """A pyHanko `SimpleSigner` over a loaded PKCS#12 that holds its private key as loaded
    once: pyHanko's own re-loads the key for every signature (and signs twice, once to size
    the placeholder), and OpenSSL checks an RSA key whole on each load (~0.5 s for 3072 bits)."""
    from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    key = loaded.key

    class _LoadedKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algorithm = mechanism.signature_algo
            except ValueError:
                algorithm = mechanism["algorithm"].native
            digest = get_pyca_cryptography_hash(digest_algorithm)
            if algorithm == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
                return key.sign(data, PKCS1v15(), digest)
            if algorithm == "ecdsa" and isinstance(key, EllipticCurvePrivateKey):
                return key.sign(data, ECDSA(digest))
            return bytes(super().sign_raw(data, digest_algorithm))  # PSS and the rarer kinds

    store = SimpleCertificateStore()  # type: ignore[no-untyped-call]
    store.register_multiple(
        translate_pyca_cryptography_cert_to_asn1(c.certificate) for c in loaded.additional_certs
    )
    return _LoadedKeySigner(
        signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=translate_pyca_cryptography_cert_to_asn1(loaded.cert.certificate),
        cert_registry=store,
    )


def _open_pkcs12(signer: BundleSigner) -> Any:
    """The PKCS#12 file's key and certificates (cryptography's `PKCS12KeyAndCertificates`). Raises
    `ValidationError` on the field "certificate" (or "passphrase") saying what is wrong, in
    words a user can act on. Only `cryptography`: quick enough for the window's own thread."""
    path = Path(signer.p12)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError("certificate", N_("no file {path}"), path=path) from None
    except OSError as exc:
        raise ValidationError(
            "certificate",
            N_("cannot read {path} ({problem})"),
            path=path,
            problem=exc.strerror or exc,
        ) from None
    if len(data) > 1_000_000 or not _is_pkcs12(data):  # a PKCS#12 file is a few KB
        raise ValidationError(
            "certificate", N_("{name} is not a PKCS#12 (.p12/.pfx) file"), name=path.name
        )
    attempts = (None, b"") if signer.passphrase is None else (signer.passphrase,)
    for passphrase in attempts:  # no passphrase: none, or an empty one (openssl's habit)
        try:
            loaded = _load_pkcs12(data, passphrase)
            break
        except ValueError:
            continue
    else:
        if signer.passphrase is None:
            raise ValidationError(
                "passphrase", N_("{name} is protected: give its passphrase"), name=path.name
            ) from None
        raise ValidationError(
            "passphrase", N_("the passphrase does not open {name}"), name=path.name
        ) from None
    if loaded.key is None or loaded.cert is None:
        raise ValidationError(
            "certificate",
            N_("{name} holds no private key with its certificate: a signature needs both"),
            name=path.name,
        )
    return loaded


def signer_identity(signer: BundleSigner) -> SignerIdentity:
    """Whose certificate `signer` holds; refuses (ValidationError) a file that cannot sign:
    wrong passphrase, no private key, an expired or not yet valid certificate."""
    from datetime import UTC

    from cryptography.hazmat.primitives.serialization import Encoding

    cert = _open_pkcs12(signer).cert.certificate
    now = datetime.now(UTC)  # the real clock: validity is judged against it by every reader
    if cert.not_valid_after_utc < now:
        raise ValidationError(
            "certificate",
            N_(
                "the certificate {subject} expired on {day}; "
                "readers would show the signature as invalid"
            ),
            subject=_name(cert.subject),
            day=cert.not_valid_after_utc.date(),
        )
    if cert.not_valid_before_utc > now:
        raise ValidationError(
            "certificate",
            N_("the certificate {subject} is valid only from {day}"),
            subject=_name(cert.subject),
            day=cert.not_valid_before_utc.date(),
        )
    return SignerIdentity(
        subject=_name(cert.subject),
        issuer=_name(cert.issuer),
        self_signed=cert.issuer == cert.subject,
        not_after=cert.not_valid_after_utc,
        sha256=hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest(),
    )


def sign_pdf(
    src: Path, dst: Path, signer: BundleSigner, cancelled: Callable[[], bool] | None = None
) -> None:
    """Write `src` signed to `dst`. `src` is a work file and is moved, not copied, when both
    are on one disk (a 1 GB bundle is not written twice); the signature is appended in place
    and its digest read in chunks, so memory does not grow with the file. On any failure
    `dst` is removed. Raises `ValidationError` for a certificate that cannot sign,
    `SigningError` when signing fails, `CancelledError` if cancelled before it starts."""
    _import_pyhanko()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter

    pyhanko_signer = load_signer(signer)
    if cancelled is not None and cancelled():
        raise CancelledError()
    src, dst = Path(src), Path(dst)
    dst.unlink(missing_ok=True)
    try:
        os.replace(src, dst)
    except OSError:  # another disk: copy
        shutil.copyfile(src, dst)
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,  # ETSI.CAdES.detached: PAdES baseline B-B
        reason=REASON,
    )
    pdf_signer = signers.PdfSigner(
        meta, pyhanko_signer, new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=0)
    )
    try:
        with open(dst, "r+b") as stream:
            writer = IncrementalPdfFileWriter(stream, strict=False)
            pdf_signer.sign_pdf(
                writer,
                # room for the CMS reserved up front: pyHanko's own estimate signs a dry run
                # first, reading the whole file once more
                bytes_reserved=_room_for(pyhanko_signer),
                in_place=True,
                chunk_size=CHUNK,
            )
    except OSError as exc:
        dst.unlink(missing_ok=True)
        raise SigningError(
            N_("could not sign the bundle ({problem})"), problem=exc.strerror or exc
        ) from None
    except Exception as exc:  # pyHanko raises many kinds (PdfReadError, SigningError, …)
        dst.unlink(missing_ok=True)
        raise SigningError(
            N_("could not sign the bundle ({problem})"), problem=_reason(exc)
        ) from None


def _room_for(pyhanko_signer: Any) -> int:
    """Bytes to reserve for the CMS signature: its certificates, the signature value and the
    signed attributes (under 2 KB), with room to spare; even, as pyHanko requires."""
    certificates = [pyhanko_signer.signing_cert, *pyhanko_signer.cert_registry]
    return 8192 + 2 * sum(len(c.dump()) for c in certificates)


# --- checking ---------------------------------------------------------------------------


def check_signatures(path: Path, archive_certificates: tuple[bytes, ...] = ()) -> SignatureCheck:
    """The signatures of `path`; `archive_certificates` (DER) are the archive's own keys'
    certificates, to tell a bundle made by this archive from a re-made one (empty: nothing to
    compare with, `by_archive_key` None). Never raises for a missing, damaged or unsigned
    file: that is said in `problems`."""
    try:
        with _opened(path) as stream:
            return _check(stream, archive_certificates, bool(archive_certificates))
    except FileNotFoundError:
        return _unreadable("there is no such file")
    except OSError as exc:
        return _unreadable(f"the file cannot be read ({exc.strerror or exc})")
    except Exception as exc:  # a damaged PDF can fail anywhere in the reader
        return _unreadable(f"the file cannot be read as a PDF ({_reason(exc)})")


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    with open(path, "rb") as stream:
        yield stream


def _check(stream: BinaryIO, archive: tuple[bytes, ...], compare: bool) -> SignatureCheck:
    _import_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(stream, strict=False)
    try:
        sigs = list(reader.embedded_signatures)
    except Exception as exc:  # a signature dictionary or its CMS data no longer parses
        return SignatureCheck(
            signed=True,
            ok=False,
            covers_whole_file=False,
            signer="",
            signed_at=None,
            by_archive_key=False if compare else None,
            findings=(),
            problems=(f"INVALID: the signature is damaged and cannot be checked ({_reason(exc)})",),
        )
    if not sigs:
        return SignatureCheck(
            signed=False,
            ok=False,
            covers_whole_file=False,
            signer="",
            signed_at=None,
            by_archive_key=None,
            findings=(),
            problems=("the file carries no signature (it was never signed, or it was removed)",),
        )
    size = stream.seek(0, os.SEEK_END)
    findings: list[str] = []
    problems: list[str] = []
    last = sigs[-1]
    for number, sig in enumerate(sigs, 1):
        label = f"signature {number} of {len(sigs)}" if len(sigs) > 1 else "the signature"
        verdict = _check_one(sig, reader, later=number < len(sigs))
        findings.extend(f"{label}: {f}" for f in verdict[0])
        problems.extend(f"{label}: {p}" for p in verdict[1])
    byte_range = [int(x) for x in last.sig_object["/ByteRange"]]
    signed_end = byte_range[2] + byte_range[3]
    after = max(0, size - signed_end)
    revisions_after = reader.xrefs.total_revisions - 1 - last.signed_revision
    whole = after == 0 and revisions_after == 0 and byte_range[0] == 0
    if whole:
        findings.append(f"the signature covers the whole file ({size:,} bytes)")
    else:
        added = f"{revisions_after} new revision(s) added, " if revisions_after > 0 else ""
        problems.append(
            f"the file was changed after it was signed: {added}{after:,} bytes after the "
            "signed part"
        )
    cert = last.signer_cert
    der = cert.dump()
    by_archive: bool | None = None
    every = [sig.signer_cert.dump() for sig in sigs]
    if compare:
        by_archive = any(d in archive for d in every)
        if by_archive:
            findings.append("signed with this archive's own key")
        else:
            findings.append("not signed with this archive's own key")
    subject = cert.subject.native
    signer = str(subject.get("common_name") or cert.subject.human_friendly)
    signed_at = last.self_reported_timestamp
    findings.append(
        f"signed by {cert.subject.human_friendly} (certificate SHA-256 "
        f"{hashlib.sha256(der).hexdigest()})"
        + (f" on {signed_at.isoformat(timespec='seconds')}" if signed_at else "")
    )
    if cert.subject == cert.issuer:
        findings.append(
            "the certificate is self-signed: not trusted by a certificate authority "
            "(this says nothing against the file's integrity)"
        )
    else:
        findings.append(
            f"certificate issued by {cert.issuer.human_friendly}; its chain and revocation "
            "were not checked (offline)"
        )
    return SignatureCheck(
        signed=True,
        ok=not problems,
        covers_whole_file=whole,
        signer=signer,
        signed_at=signed_at,
        by_archive_key=by_archive,
        findings=tuple(findings),
        problems=tuple(problems),
        signatures=len(sigs),
        bytes_after=after,
        certificate_sha256=hashlib.sha256(der).hexdigest(),
        certificates_sha256=tuple(hashlib.sha256(d).hexdigest() for d in every),
    )


def _check_one(sig: Any, reader: Any, later: bool = False) -> tuple[list[str], list[str]]:
    """(findings, problems) of one signature: the digest over its /ByteRange and the CMS
    signature, by pyHanko, with no authority trusted and nothing fetched. With `later`
    signatures after it, what the later revisions changed is analysed too: adding signatures
    (and filling forms) is allowed, anything else is a change after signing."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[], allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(sig, context, skip_diff=not later)
    except Exception as exc:  # a signature value changed so it no longer parses, …
        return [], [f"cannot be checked: it is damaged ({_reason(exc)})"]
    if not status.intact:
        return [], [
            "INVALID: the signed bytes changed after signing (their digest no longer matches)"
        ]
    if not status.valid:
        return [], ["INVALID: the signature does not match the signer's certificate"]
    if later:
        from pyhanko.sign.diff_analysis import ModificationLevel

        level = status.modification_level
        if level is None or level.value > ModificationLevel.FORM_FILLING.value:
            said = level.name.lower().replace("_", " ") if level is not None else "unknown"
            return [], [
                "the file was changed after this signature, beyond adding signatures "
                f"(changes: {said})"
            ]
        return ["intact; later revisions only add signatures"], []
    return ["intact (the digest of the signed bytes and the signature match)"], []


def _unreadable(reason: str) -> SignatureCheck:
    return SignatureCheck(
        signed=False,
        ok=False,
        covers_whole_file=False,
        signer="",
        signed_at=None,
        by_archive_key=None,
        findings=(),
        problems=(f"the signature cannot be checked: {reason}",),
    )


# --- helpers ----------------------------------------------------------------------------


class _OfflineChainNoise(logging.Filter):
    """pyHanko logs a warning, with a traceback, for every certificate it cannot chain to a
    trusted authority; offline and with no authority trusted, that is every one of them, and
    `check_signatures` says it in words instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not message.startswith(("Validation error [cert context", "Failed to build path"))


@functools.cache
def _import_pyhanko() -> None:
    """Import pyHanko once (~1 s: only when signing or checking), without the deprecation
    warning its DSA import prints, and with its offline chain warnings filtered out."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.filterwarnings("ignore", message=".*DSA.*")
        import pyhanko.sign.signers  # noqa: F401
        import pyhanko.sign.validation  # noqa: F401
    logging.getLogger("pyhanko.sign.validation.generic_cms").addFilter(_OfflineChainNoise())


def _load_pkcs12(data: bytes, passphrase: bytes | None) -> Any:
    from cryptography.hazmat.primitives.serialization import pkcs12

    return pkcs12.load_pkcs12(data, passphrase)


def _is_pkcs12(data: bytes) -> bool:
    """Whether `data` parses as a PKCS#12 structure (before any passphrase is tried): tells
    "not a certificate file" from "wrong passphrase"."""
    from asn1crypto import pkcs12  # type: ignore[import-untyped]

    try:
        pfx = pkcs12.Pfx.load(data, strict=True)
        return bool(pfx["auth_safe"]["content_type"].native)
    except Exception:  # asn1crypto raises ValueError, TypeError, … on foreign data
        return False


def _name(name: Any) -> str:
    """An X.509 name in words: its common name, else the whole name."""
    from cryptography.x509.oid import NameOID

    common = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(common[0].value) if common else str(name.rfc4514_string())


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:200]
    return text or type(exc).__name__
