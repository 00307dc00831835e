"""PDF signatures on bundles (PAdES baseline, by pyHanko): signing a finished bundle with a
certificate (PKCS#12) or the archive's own key, and checking the signatures a bundle carries.

INTERFACE ONLY — being filled in (issue 12, part 2). `bundle.build_bundle` calls `sign_pdf`
on the finished file before moving it into place; `verify.verify_bundle` calls
`check_signatures`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BundleSigner:
    """Who signs: a PKCS#12 file and its passphrase. `archive_key` is True for the archive's
    own key (created on first use, kept in the archive)."""

    p12: Path
    passphrase: bytes
    archive_key: bool = False


@dataclass(frozen=True, slots=True)
class SignatureCheck:
    signed: bool
    ok: bool  # every signature intact and it covers the whole file
    covers_whole_file: bool  # False: something was appended after signing
    signer: str  # the certificate's subject, in words
    signed_at: datetime | None
    by_archive_key: bool | None  # None: no archive was given to compare with
    findings: tuple[str, ...]
    problems: tuple[str, ...]


def sign_pdf(
    src: Path, dst: Path, signer: BundleSigner, cancelled: Callable[[], bool] | None = None
) -> None:
    """Write `src` signed to `dst`."""
    raise NotImplementedError


def check_signatures(path: Path, archive_certificates: tuple[bytes, ...] = ()) -> SignatureCheck:
    """The signatures of `path`; `archive_certificates` (DER) are the archive's own keys'
    certificates, to tell a bundle made by this archive from a re-made one."""
    raise NotImplementedError
