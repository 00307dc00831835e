"""Evidence bundles of a case: which exhibits may go in, in what order, what a new bundle starts
from (recipient, language, file name), and the export itself.

The archive is read once, in one short session, into a plain `BundleSpec`; the long export then
works from the stored files alone and never holds the database. Internal exhibits (working
material) and custody notes stay out of bundles for anyone outside the company; withdrawn
exhibits stay out of every bundle unless named for an internal one.

Every bundle is signed (`export.signing`): with the user's certificate when one is given
(`certificate_signer`, its passphrase asked for each export and never stored), else with the
archive's own key (`archive_signer`, made on first use in the archive's keys/ folder), so that
`verify-bundle --archive` can tell a bundle made by this archive from one re-made elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from casefile import clock
from casefile.domain import Route
from casefile.errors import CancelledError, NotFoundError, ValidationError
from casefile.export import verify
from casefile.export.bundle import BundleResult, build_bundle
from casefile.export.manifest import Manifest, ManifestExhibit, ManifestFile
from casefile.export.signing import (
    BundleSigner,
    SignatureCheck,
    SignerIdentity,
    check_signatures,
    signer_identity,
)
from casefile.export.spec import (
    DEFAULT_BATES_PREFIX,
    BundleExhibit,
    BundleFile,
    BundleSpec,
    CustodyLine,
)
from casefile.export.wording import CUSTODY_ACTIONS, KINDS, Language, Recipient, term
from casefile.services import integrity
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.store import chain, keys, repositories
from casefile.store.archive import Archive
from casefile.store.chain import ChainHead
from casefile.store.files import sha256_of
from casefile.store.rows import CaseDetail, EvidenceRow
from casefile.words import N_

BundleVerdict = verify.BundleVerdict
MAX_EXHIBITS = 10_000
BATES_PREFIX = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,15}")


@dataclass(frozen=True, slots=True)
class BundleRequest:
    case_reference: str
    exhibits: Sequence[int] | None = None  # the case's exhibit numbers in bundle order; None: all
    language: object = Language.ENGLISH
    recipient: object = Recipient.COURT
    prepared_by: str = ""  # default: the user's name
    bates_prefix: str = DEFAULT_BATES_PREFIX
    bates_start: int = 1


@dataclass(frozen=True, slots=True)
class ExhibitChoice:
    """An exhibit as the bundle dialog lists it."""

    exhibit_no: int
    kind: str
    description: str
    obtained_on: date | None
    source: str
    files: int
    size: int
    internal: bool
    sha256_prefixes: tuple[str, ...]
    withdrawn: bool = False  # listed only when asked for (`include_withdrawn`)


# The recipient a case's latest proceeding suggests.
RECIPIENT_OF_ROUTE = {
    Route.CUSTOMS: Recipient.CUSTOMS,
    Route.CRIMINAL: Recipient.POLICE,
    Route.PLATFORM: Recipient.PLATFORM,
    Route.CIVIL: Recipient.COURT,
}


def default_recipient(case: CaseDetail) -> Recipient:
    """The recipient of the case's latest proceeding (customs, police, platform, court); the
    court when that says nothing."""
    dated = sorted(
        (p for p in case.proceedings if p.route in RECIPIENT_OF_ROUTE),
        key=lambda p: p.started_on or date.min,
    )
    return RECIPIENT_OF_ROUTE[Route(dated[-1].route)] if dated else Recipient.COURT


def default_language(case: CaseDetail) -> Language:
    """Bilingual for a case in mainland China (the authorities read Chinese, the client
    English), English elsewhere."""
    return Language.BILINGUAL if "CN" in case.jurisdictions else Language.ENGLISH


def default_request(case: CaseDetail) -> BundleRequest:
    """What a new bundle of `case` starts from: every exhibit that may go (None), to the
    recipient and in the language the case suggests, prepared by the user, Bates numbers from
    the default prefix and 1."""
    return BundleRequest(
        case_reference=case.reference,
        exhibits=None,
        language=default_language(case),
        recipient=default_recipient(case),
        prepared_by=current_actor(),
    )


def default_file_name(reference: str, recipient: Recipient, day: date) -> str:
    """'CF-2025-0012 bundle customs 2026-11-21.pdf'."""
    return f"{reference} bundle {recipient.value} {day.isoformat()}.pdf"


def free_path(path: Path) -> Path:
    """`path`, or 'name (2).pdf', 'name (3).pdf'… if it is taken."""
    candidate, n = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate


def default_output_path(archive: Archive, reference: str, recipient: object) -> Path:
    """Where a bundle is saved unless the user says otherwise: the archive's exports/ folder
    (made if missing; the home folder if the archive cannot be written), a name not taken."""
    folder = archive.path / "exports"
    try:
        folder.mkdir(exist_ok=True)
    except OSError:
        folder = Path.home()
    chosen = v.choice("recipient", recipient, Recipient)
    return free_path(folder / default_file_name(reference, chosen, clock.today()))


def parse_exhibit_list(text: str) -> list[int]:
    """ "1,3-5" → [1, 3, 4, 5], in the order written; numbers named twice are refused."""
    numbers: list[int] = []
    for part in (p.strip() for p in text.split(",")):
        match = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", part)
        if not match:
            raise ValidationError(
                "exhibits", N_("{part!r} is not an exhibit number or range (e.g. 1,3-5)"), part=part
            )
        first = int(match[1])
        last = int(match[2]) if match[2] else first
        if last < first:
            raise ValidationError("exhibits", N_("the range {part} runs backwards"), part=part)
        if len(numbers) + last - first + 1 > MAX_EXHIBITS:
            raise ValidationError(
                "exhibits",
                N_("more than {most:,} exhibits named"),
                most=MAX_EXHIBITS,
            )
        numbers.extend(range(first, last + 1))
    seen: set[int] = set()
    for n in numbers:
        if n in seen:
            raise ValidationError("exhibits", N_("exhibit {number} is named twice"), number=n)
        seen.add(n)
    return numbers


def exhibit_choices(
    archive: Archive, case_reference: str, include_withdrawn: bool = False
) -> list[ExhibitChoice]:
    """The case's exhibits a bundle may take, in their order; withdrawn ones only if asked."""
    with archive.reading() as session:
        case = load_case(session, case_reference)
        items = [
            e
            for e in repositories.evidence_of_case(session, case.id or 0)
            if include_withdrawn or not e.withdrawn
        ]
    return [
        ExhibitChoice(
            exhibit_no=e.exhibit_no,
            kind=e.kind,
            description=e.description,
            obtained_on=e.obtained_on,
            source=_source(e),
            files=len(e.files),
            size=sum(f.size for f in e.files),
            internal=e.internal,
            sha256_prefixes=tuple(f.sha256[:12] for f in e.files),
            withdrawn=e.withdrawn,
        )
        for e in items
    ]


def plan_bundle(archive: Archive, request: BundleRequest) -> BundleSpec:
    """The bundle as plain data, checked: unknown exhibits, internal ones for an outside
    recipient, an exhibit without files or a bad Bates prefix are refused with the reason."""
    language = v.choice("language", request.language, Language)
    recipient = v.choice("recipient", request.recipient, Recipient)
    prefix = str(request.bates_prefix).strip()
    prepared_by = v.text("prepared_by", request.prepared_by, max_length=200)
    if prefix and not BATES_PREFIX.fullmatch(prefix.rstrip("-") or "x"):
        raise ValidationError(
            "bates_prefix",
            N_("{prefix!r}: use up to 16 letters, digits, '-', '_' or '.'"),
            prefix=prefix,
        )
    if not 1 <= request.bates_start <= 999_999:
        raise ValidationError("bates_start", N_("the first Bates number must be 1 to 999,999"))
    with archive.reading() as session:
        case = load_case(session, request.case_reference)
        items = {e.exhibit_no: e for e in repositories.evidence_of_case(session, case.id or 0)}
        reference, title = case.reference, case.title
    chosen = _chosen(items, request.exhibits, recipient)
    exhibits = tuple(_exhibit(e, archive, language, recipient) for e in chosen)
    return BundleSpec(
        case_reference=reference,
        case_title=title,
        recipient=recipient,
        language=language,
        prepared_by=prepared_by or current_actor(),
        prepared_on=clock.today(),
        exhibits=exhibits,
        bates_prefix=prefix,
        bates_start=request.bates_start,
        archive_chain=_chain_of(archive),
    )


def _chain_of(archive: Archive) -> tuple[int, int, str]:
    head = integrity.chain_head(archive)
    return head.rows, head.last_id, head.sha256


def export_bundle(
    archive: Archive,
    request: BundleRequest,
    out: Path,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    overwrite: bool = True,
    signer: BundleSigner | None = None,
) -> BundleResult:
    """Plan and write the bundle, signed by `signer` (from `certificate_signer`), else by the
    archive's own key. Nothing inside the archive folder may be written over but its
    `exports/` folder. A certificate that cannot sign is refused before anything is written."""
    target = Path(out).absolute().resolve()
    root = archive.path.absolute().resolve()
    if target.is_relative_to(root) and not target.is_relative_to(root / "exports"):
        raise ValidationError(
            "out",
            N_(
                "{path} is inside the archive folder; write bundles to its exports/ folder or "
                "anywhere outside the archive"
            ),
            path=out,
        )
    spec = plan_bundle(archive, request)
    chosen = signer if signer is not None else archive_signer(archive)
    signer_identity(chosen)  # a wrong passphrase or an expired certificate: refused now
    return build_bundle(spec, out, progress, cancelled, overwrite, signer=chosen)


def archive_signer(archive: Archive) -> BundleSigner:
    """The archive's own key, made now if it has none (an `ArchiveError` says why it cannot
    be, e.g. a read-only archive)."""
    return BundleSigner(keys.archive_key(archive.path), None, archive_key=True)


def certificate_signer(p12: Path, passphrase: bytes | None) -> tuple[BundleSigner, SignerIdentity]:
    """The user's certificate, checked: a `ValidationError` on "certificate" (no such file,
    not a PKCS#12 file, no private key, expired) or "passphrase" (missing or wrong)."""
    signer = BundleSigner(Path(p12).expanduser(), passphrase)
    return signer, signer_identity(signer)


def archive_certificates(archive: Archive) -> tuple[bytes, ...]:
    """The archive's own key's certificate (DER), to tell its bundles from re-made ones;
    empty until the archive has signed a bundle."""
    return keys.archive_certificates(archive.path)


def bundle_signature(path: Path, archive: Archive | None = None) -> SignatureCheck:
    """The bundle's signature: intact, covering the whole file, who signed and when, and (with
    an archive) whether this archive's own key made it."""
    return check_signatures(path, archive_certificates(archive) if archive is not None else ())


def verify_bundle(
    path: Path,
    archive: Archive | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> BundleVerdict:
    """A bundle checked on its own and, with an archive, every listed file re-hashed from the
    archive's store and found in the exhibit the bundle says it belongs to. Progress reports
    the pages ("checking pages") and then each file re-hashed (its name)."""
    if archive is None:
        return verify.verify_bundle(path, progress=progress, cancelled=cancelled)
    holdings: dict[int, set[str]] | None = None
    done = [0]

    def check(manifest: Manifest, entry: ManifestExhibit, item: ManifestFile) -> tuple[bool, str]:
        nonlocal holdings
        if holdings is None:
            holdings = _holdings(archive, manifest.case_reference)
            done[0] = 0
        if cancelled is not None and cancelled():
            raise CancelledError()
        total = manifest.files_count or 1
        done[0] += 1
        if progress:
            progress(done[0], total, item.name)
        stored = archive.files.path_of(item.sha256)
        if not stored.is_file():
            return False, "MISSING: no file with this SHA-256 in the archive"
        actual = sha256_of(stored)
        if actual != item.sha256:
            return False, f"MISMATCH: the archive's copy now hashes to {actual}"
        if item.sha256 not in holdings.get(entry.exhibit_no, set()):
            return False, (
                f"the file is in the archive, but {manifest.case_reference} exhibit "
                f"#{entry.exhibit_no} does not list it"
            )
        return True, "matches the archive's copy (re-hashed)"

    verdict = verify.verify_bundle(
        path, check, archive_certificates(archive), progress=progress, cancelled=cancelled
    )
    return _against_the_trail(verdict, archive)


def _against_the_trail(verdict: BundleVerdict, archive: Archive) -> BundleVerdict:
    """Whether the archive's audit trail still holds the head the bundle printed: if not, the
    trail was rewritten or cut since the bundle was made (or the bundle is another archive's)."""
    manifest = verdict.manifest
    if manifest is None or manifest.archive_chain_head is None:
        return verdict
    head = ChainHead(
        manifest.archive_chain_rows or 0,
        manifest.archive_chain_last_id or 0,
        manifest.archive_chain_head,
    )
    if integrity.trail_reaches(archive, head):
        with archive.engine.connect() as connection:
            report = chain.verify(connection)
        edited = [b for b in report.broken if b.row.id <= head.last_id]
        if edited or (report.broken_count > len(report.broken) and not report.broken):
            first = edited[0].row if edited else None
            where = f" (first: audit row {first.id}, {first.at}, {first.actor})" if first else ""
            said = (
                f"the archive's audit trail still ends in the head the bundle printed ({head}), "
                f"but rows recorded before it were edited since{where}: run `casefile check`"
            )
            return replace(verdict, problems=(*verdict.problems, said))
        said = (
            f"the archive's audit trail still holds the head the bundle printed ({head}), "
            "and every row up to it is intact"
        )
        return replace(verdict, findings=(*verdict.findings, said))
    said = (
        f"the archive's audit trail no longer holds the head the bundle printed ({head}): "
        "the trail was rewritten or cut since the bundle was made, or the bundle is not from "
        "this archive; run `casefile check`"
    )
    return replace(verdict, problems=(*verdict.problems, said))


def _holdings(archive: Archive, case_reference: str) -> dict[int, set[str]]:
    """Each exhibit number of the case → the SHA-256 of its files (empty for an unknown case)."""
    with archive.reading() as session:
        try:
            case = load_case(session, case_reference)
        except NotFoundError:
            return {}
        items = repositories.evidence_of_case(session, case.id or 0)
    return {e.exhibit_no: {f.sha256 for f in e.files} for e in items}


def _chosen(
    items: dict[int, EvidenceRow], numbers: Sequence[int] | None, recipient: Recipient
) -> list[EvidenceRow]:
    if numbers is None:
        chosen = [
            e for e in items.values() if not e.withdrawn and not (e.internal and recipient.external)
        ]
        if not chosen:
            raise ValidationError("exhibits", N_("the case has no exhibits for this recipient yet"))
        return chosen
    if not numbers:
        raise ValidationError("exhibits", N_("choose at least one exhibit"))
    missing = [n for n in numbers if n not in items]
    if missing:
        known = ", ".join(str(n) for n in items) or N_("none")
        raise ValidationError(
            "exhibits",
            N_("the case has no exhibit {number} (its exhibits: {known})"),
            number=missing[0],
            known=known,
        )
    internal = [n for n in numbers if items[n].internal and recipient.external]
    if internal:
        raise ValidationError(
            "exhibits",
            N_(
                "exhibit {number} is internal working material and cannot go to {recipient}; "
                "leave it out, or choose the internal recipient"
            ),
            number=internal[0],
            recipient=recipient.value,
        )
    withdrawn = [items[n] for n in numbers if items[n].withdrawn and recipient.external]
    if withdrawn:
        first = withdrawn[0]
        raise ValidationError(
            "exhibits",
            N_(
                "exhibit {number} was withdrawn on {day} ({reason}); "
                "leave it out, or choose the internal recipient"
            ),
            number=first.exhibit_no,
            day=first.withdrawn_on,
            reason=first.withdrawn_reason,
        )
    return [items[n] for n in numbers]


def _exhibit(
    e: EvidenceRow, archive: Archive, language: Language, recipient: Recipient
) -> BundleExhibit:
    if not e.files:
        raise ValidationError("exhibits", N_("exhibit {number} has no files"), number=e.exhibit_no)
    return BundleExhibit(
        exhibit_no=e.exhibit_no,
        kind=term(KINDS, e.kind, language),
        description=e.description,
        obtained_on=e.obtained_on,
        obtained_by=e.obtained_by,
        source_url=e.source_url,
        notary_office=e.notary_office,
        notary_certificate=e.notary_certificate,
        files=tuple(
            BundleFile(
                f.original_name, f.sha256, f.size, f.media_type, archive.files.path_of(f.sha256)
            )
            for f in e.files
        ),
        custody=tuple(
            CustodyLine(
                occurred_at=c.occurred_at.astimezone(),  # as the user's clock shows it
                action=term(CUSTODY_ACTIONS, c.action, language),
                received_from=c.received_from,
                handed_to=c.handed_to,
                seal_number=c.seal_number,
                location=c.location,
                note="" if recipient.external else c.note,
            )
            for c in e.custody
        ),
    )


def _source(e: EvidenceRow) -> str:
    parts = (e.notary_office, e.notary_certificate, e.source_url, e.obtained_by)
    return " · ".join(p for p in parts if p)
