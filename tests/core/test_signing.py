"""Signed bundles (export/signing.py, store/keys.py): a PDF signed with a certificate or the
archive's own key is valid for independent validators (poppler's `pdfsig`, pyHanko's own
validation) and invalid after one byte changes; check_signatures says who signed, when, whether
the whole file is covered, whether this archive's key made it, and never raises."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from casefile.errors import ValidationError
from casefile.export import signing
from casefile.export.signing import BundleSigner, check_signatures, sign_pdf
from casefile.store import keys
from tests.core import certificates as certs

PDFSIG = shutil.which("pdfsig")
needs_pdfsig = pytest.mark.skipif(PDFSIG is None, reason="pdfsig (poppler-utils) not installed")


def signed_copy(tmp_path: Path, signer: BundleSigner, name: str = "signed.pdf") -> Path:
    work = certs.small_pdf(tmp_path / f"work-{name}")
    out = tmp_path / name
    sign_pdf(work, out, signer)
    return out


def archive_signer(folder: Path) -> BundleSigner:
    return BundleSigner(keys.archive_key(folder), None, archive_key=True)


def pdfsig(path: Path) -> str:
    assert PDFSIG is not None
    done = subprocess.run([PDFSIG, str(path)], capture_output=True, text=True, timeout=60)
    return done.stdout + done.stderr


def change_one_byte(path: Path, inside: bytes, out: Path) -> Path:
    """`path` with one letter changed inside the first occurrence of `inside`."""
    data = bytearray(path.read_bytes())
    at = data.index(inside) + len(inside) - 1
    data[at] = ord("9") if data[at] != ord("9") else ord("8")
    out.write_bytes(bytes(data))
    return out


def pyhanko_status(path: Path) -> object:
    """pyHanko's own validation of the file's first signature (offline, nothing trusted)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with open(path, "rb") as stream:
        sig = PdfFileReader(stream, strict=False).embedded_signatures[0]
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        return validate_pdf_signature(sig, context)


# --- the archive's own key ----------------------------------------------------------------


def test_archive_key_is_made_once_and_never_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "Cases.casefile"
    folder.mkdir()
    assert keys.archive_certificates(folder) == ()  # none until the first signature
    path = keys.archive_key(folder)
    assert path == folder / "keys" / "archive-signing.p12"
    first = path.read_bytes()
    assert keys.archive_key(folder) == path and path.read_bytes() == first
    (der,) = keys.archive_certificates(folder)
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    assert "Casefile archive Cases.casefile" in cert.subject.rfc4514_string()
    assert [p.name for p in path.parent.iterdir()] == ["archive-signing.p12"]  # no temp left


def test_an_archive_key_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    from casefile.errors import ArchiveError

    folder = tmp_path / "A.casefile"
    folder.mkdir()
    (folder / "keys").write_bytes(b"")  # a file where the folder should be (as root, too)
    with pytest.raises(ArchiveError, match="cannot create the archive's signing key"):
        keys.archive_key(folder)


# --- valid, then invalid after one byte ---------------------------------------------------


@needs_pdfsig
def test_pdfsig_finds_the_signature_valid_and_then_a_digest_mismatch(tmp_path: Path) -> None:
    folder = tmp_path / "A.casefile"
    folder.mkdir()
    signed = signed_copy(tmp_path, archive_signer(folder))
    report = pdfsig(signed)
    assert "Signature Validation: Signature is Valid" in report
    assert "Total document signed" in report
    assert "Signature Type: ETSI.CAdES.detached" in report  # PAdES
    assert "Casefile archive A.casefile" in report

    tampered = change_one_byte(signed, b"amount CNY 15", tmp_path / "tampered.pdf")
    report = pdfsig(tampered)
    assert "Signature is Valid" not in report
    assert "Digest Mismatch" in report


def test_pyhanko_validation_intact_then_broken(tmp_path: Path) -> None:
    signer, _identity = _personal(tmp_path)
    signed = signed_copy(tmp_path, signer)
    status = pyhanko_status(signed)
    assert status.intact and status.valid  # type: ignore[attr-defined]
    assert not status.trusted  # type: ignore[attr-defined]  # no authority trusted offline

    tampered = change_one_byte(signed, b"amount CNY 15", tmp_path / "tampered.pdf")
    assert not pyhanko_status(tampered).intact  # type: ignore[attr-defined]
    check = check_signatures(tampered)
    assert check.signed and not check.ok
    assert any("INVALID: the signed bytes changed" in p for p in check.problems)


def test_check_names_the_signer_the_time_and_the_archive_key(tmp_path: Path) -> None:
    folder = tmp_path / "A.casefile"
    folder.mkdir()
    signed = signed_copy(tmp_path, archive_signer(folder))
    check = check_signatures(signed, keys.archive_certificates(folder))
    assert check.signed and check.ok and check.covers_whole_file, check.problems
    assert check.signer == "Casefile archive A.casefile"
    assert check.signed_at is not None
    assert check.by_archive_key is True
    assert check.signatures == 1 and check.bytes_after == 0
    assert any("self-signed: not trusted by a certificate authority" in f for f in check.findings)

    other = tmp_path / "B.casefile"
    other.mkdir()
    keys.archive_key(other)
    elsewhere = check_signatures(signed, keys.archive_certificates(other))
    assert elsewhere.ok and elsewhere.by_archive_key is False  # intact, but not B's bundle
    assert check_signatures(signed).by_archive_key is None  # nothing to compare with


def test_a_personal_certificate_signs_in_its_own_name(tmp_path: Path) -> None:
    signer, identity = _personal(tmp_path)
    assert identity.subject == "Jane Counsel" and not identity.self_signed
    check = check_signatures(signed_copy(tmp_path, signer))
    assert check.ok and check.signer == "Jane Counsel"
    assert any("issued by" in f and "Test Signing CA" in f for f in check.findings)


@needs_pdfsig
def test_an_appended_revision_is_a_change_after_signing(tmp_path: Path) -> None:
    folder = tmp_path / "A.casefile"
    folder.mkdir()
    signed = signed_copy(tmp_path, archive_signer(folder))
    writer = PdfWriter(signed, incremental=True)
    writer.add_metadata({"/Title": "Quietly edited"})
    edited = tmp_path / "edited.pdf"
    writer.write(edited)
    check = check_signatures(edited)
    assert not check.ok and not check.covers_whole_file and check.bytes_after > 0
    assert any("changed after it was signed: 1 new revision(s) added" in p for p in check.problems)
    assert "Total document signed" not in pdfsig(edited)

    junk = tmp_path / "junk.pdf"
    tail = b"\n% one more line\n"
    junk.write_bytes(signed.read_bytes() + tail)
    appended = check_signatures(junk)
    assert not appended.ok and appended.bytes_after == len(tail)


def test_check_never_raises(tmp_path: Path) -> None:
    unsigned = check_signatures(certs.small_pdf(tmp_path / "plain.pdf"))
    assert not unsigned.signed and not unsigned.ok
    assert "carries no signature" in unsigned.problems[0]
    missing = check_signatures(tmp_path / "nope.pdf")
    assert "no such file" in missing.problems[0]
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert not check_signatures(garbage).ok
    folder = tmp_path / "A.casefile"
    folder.mkdir()
    signed = signed_copy(tmp_path, archive_signer(folder))
    data = signed.read_bytes()
    start = data.index(b"/Contents <") + 300  # inside the signature value itself
    broken = bytearray(data)
    broken[start] = ord("0") if broken[start] != ord("0") else ord("1")
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(bytes(broken))
    check = check_signatures(damaged)
    assert not check.ok and check.problems
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(data[: len(data) // 2])
    assert not check_signatures(truncated).ok


# --- what signing changes in the file -----------------------------------------------------


def test_signing_appends_one_revision_and_an_invisible_widget_on_page_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "A.casefile"
    folder.mkdir()
    work = certs.small_pdf(tmp_path / "work.pdf")
    original = work.read_bytes()
    out = tmp_path / "signed.pdf"
    sign_pdf(work, out, archive_signer(folder))
    signed = out.read_bytes()
    assert signed.startswith(original)  # an incremental update: every old byte kept
    reader = PdfReader(out)
    widgets = [
        (n, annot.get_object())
        for n, page in enumerate(reader.pages)
        for annot in page.get("/Annots", [])
    ]
    assert len(widgets) == 1
    page, widget = widgets[0]
    assert page == 0
    assert widget["/Subtype"] == "/Widget" and widget["/FT"] == "/Sig"
    assert [float(x) for x in widget["/Rect"]] == [0, 0, 0, 0]  # invisible
    assert widget["/T"] == signing.FIELD_NAME


# --- certificates that cannot sign --------------------------------------------------------


def _personal(tmp_path: Path, **kwargs: object) -> tuple[BundleSigner, signing.SignerIdentity]:
    path = certs.p12(tmp_path / "jane.p12", **kwargs)  # type: ignore[arg-type]
    signer = BundleSigner(path, certs.PASSPHRASE)
    return signer, signing.signer_identity(signer)


def test_certificates_that_cannot_sign_are_refused_in_words(tmp_path: Path) -> None:
    path = certs.p12(tmp_path / "jane.p12")
    with pytest.raises(ValidationError) as wrong:
        signing.signer_identity(BundleSigner(path, b"guess"))
    assert wrong.value.field == "passphrase" and "does not open jane.p12" in wrong.value.reason
    with pytest.raises(ValidationError) as none:
        signing.signer_identity(BundleSigner(path, None))
    assert none.value.field == "passphrase" and "protected" in none.value.reason
    with pytest.raises(ValidationError, match="not a PKCS#12"):
        signing.signer_identity(BundleSigner(certs.small_pdf(tmp_path / "x.p12"), None))
    with pytest.raises(ValidationError, match="no file"):
        signing.signer_identity(BundleSigner(tmp_path / "missing.p12", None))
    expired = certs.p12(tmp_path / "old.p12", expired=True)
    with pytest.raises(ValidationError, match="expired on"):
        signing.signer_identity(BundleSigner(expired, certs.PASSPHRASE))
    keyless = certs.p12(tmp_path / "keyless.p12", with_key=False)
    with pytest.raises(ValidationError, match="no private key"):
        signing.signer_identity(BundleSigner(keyless, certs.PASSPHRASE))
    open_file = certs.p12(tmp_path / "open.p12", passphrase=None)
    assert signing.signer_identity(BundleSigner(open_file, None)).subject == "Jane Counsel"


def test_a_wrong_passphrase_writes_nothing(tmp_path: Path) -> None:
    path = certs.p12(tmp_path / "jane.p12")
    work = certs.small_pdf(tmp_path / "work.pdf")
    out = tmp_path / "signed.pdf"
    with pytest.raises(ValidationError):
        sign_pdf(work, out, BundleSigner(path, b"guess"))
    assert not out.exists() and work.exists()


def test_the_passphrase_is_never_shown(tmp_path: Path) -> None:
    signer = BundleSigner(tmp_path / "x.p12", b"secret words")
    assert "secret" not in repr(signer)
