"""The command line's evidence commands: take files in (`add-evidence`), export a case's PDF
bundle (`export-bundle`) and verify a bundle offline (`verify-bundle`). `cli.py` registers them;
each shows a progress bar on a terminal and ends in one clear line on error."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
PASSPHRASE_VARIABLE = "CASEFILE_SIGN_PASSPHRASE"


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    from casefile.domain import EvidenceKind
    from casefile.export.spec import DEFAULT_BATES_PREFIX
    from casefile.export.wording import Language, Recipient

    add = commands.add_parser(
        "add-evidence",
        help="copy files into a case as one exhibit (folders recurse, within limits; "
        "originals untouched)",
    )
    add.add_argument("case", metavar="CASE_REF")
    add.add_argument("paths", metavar="PATH", nargs="+")  # str: "" is refused, not read as "."
    add.add_argument(
        "--kind",
        choices=[k.value for k in EvidenceKind],
        default=EvidenceKind.OTHER.value,
        metavar="KIND",
        help=", ".join(k.value for k in EvidenceKind),
    )
    add.add_argument("--description", default="", metavar="TEXT")
    add.add_argument("--obtained-on", metavar="YYYY-MM-DD")
    add.add_argument("--obtained-by", default="", metavar="NAME")
    add.add_argument("--source-url", default="", metavar="URL")
    add.add_argument("--notary-office", default="", metavar="NAME")
    add.add_argument("--certificate", default="", metavar="NO", help="notary certificate number")
    add.add_argument(
        "--each", action="store_true", help="one exhibit per file instead of one for all"
    )
    add.add_argument(
        "--all-files",
        action="store_true",
        help="take in every file under the folders named, however many (without it a folder "
        "of more than 2,000 files or 20 GiB is refused)",
    )
    add.add_argument(
        "--internal",
        action="store_true",
        help="internal working material (kept out of bundles for outside recipients)",
    )
    archive_option(add, argparse.SUPPRESS)

    export = commands.add_parser(
        "export-bundle",
        help="write a case's PDF evidence bundle (recipient and language as the case suggests "
        "unless given, as in the window)",
    )
    export.add_argument("case", metavar="CASE_REF")
    export.add_argument(
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help="default: the archive's exports/ folder, 'CASE_REF bundle RECIPIENT DATE.pdf'",
    )
    export.add_argument(
        "--exhibits",
        metavar="LIST",
        help="exhibit numbers in bundle order, e.g. 1,3-5 "
        "(default: all, internal ones only for --recipient internal)",
    )
    export.add_argument(
        "--lang",
        choices=[x.value for x in Language],
        help="default: bilingual for a case in CN, English elsewhere",
    )
    export.add_argument(
        "--recipient",
        choices=[r.value for r in Recipient],
        help="default: the authority of the case's latest proceeding (customs, police, "
        "platform), else court",
    )
    export.add_argument("--prepared-by", metavar="NAME", help="default: your user name")
    export.add_argument("--bates-prefix", metavar="PREFIX", help=f"default: {DEFAULT_BATES_PREFIX}")
    export.add_argument("--bates-start", type=int, metavar="N", help="default: 1")
    export.add_argument("--force", action="store_true", help="replace an existing FILE.pdf")
    export.add_argument(
        "--sign",
        type=Path,
        metavar="CERT.p12",
        help="sign with this certificate (PKCS#12) instead of the archive's own key",
    )
    export.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"the certificate's passphrase, read from FILE (or set {PASSPHRASE_VARIABLE}; "
        "on a terminal it is asked for)",
    )
    archive_option(export, argparse.SUPPRESS)

    verify = commands.add_parser(
        "verify-bundle",
        help="check a bundle's manifest, pages and stamps; with --archive re-hash every file",
    )
    verify.add_argument("bundle", metavar="FILE.pdf", type=Path)
    archive_option(verify, argparse.SUPPRESS)


def cmd_add_evidence(args: argparse.Namespace) -> int:
    from casefile.cli import archive_path
    from casefile.console import Progress
    from casefile.errors import EvidenceFileError
    from casefile.services.evidence import (
        EvidenceDraft,
        FolderTooLargeError,
        add_exhibits,
        gather_files,
        printable,
    )
    from casefile.store.archive import Archive

    draft = EvidenceDraft(
        kind=args.kind,
        description=args.description,
        obtained_on=args.obtained_on,
        obtained_by=args.obtained_by,
        source_url=args.source_url,
        notary_office=args.notary_office,
        notary_certificate=args.certificate,
        internal=args.internal,
    )
    try:
        gathered = gather_files(args.paths, limit=not args.all_files)
    except FolderTooLargeError as exc:
        raise EvidenceFileError(
            exc.path, f"{exc.reason}, or add --all-files to take in every file under it"
        ) from None
    for path, why in gathered.skipped:
        print(f"casefile: skipped {printable(path)}: {why}", file=sys.stderr)
    files = gathered.files
    groups = [[p] for p in files] if args.each else [files]
    progress = Progress("Copying in")
    with Archive.open(archive_path(args)[0]) as archive:
        outcome = add_exhibits(
            archive,
            args.case,
            groups,
            draft,
            progress=lambda done, total, _file: progress.update(done, total),
        )
    progress.done()
    for _files, result in outcome.added:
        item = result.evidence
        size = sum(f.size for f in item.files)
        print(f"{args.case} exhibit #{item.exhibit_no}: {len(item.files)} file(s), {size:,} bytes")
        for f in item.files:
            also = result.already_in_archive.get(f.sha256)
            note = f"  (already in the archive as {', '.join(also)}; stored once)" if also else ""
            print(f"  {f.sha256}  {f.original_name}{note}")
    if outcome.error is not None:
        raise outcome.error  # said in one line, after what was added before it
    return EXIT_OK


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from casefile.cli import archive_path
    from casefile.console import Progress
    from casefile.services.bundles import (
        default_output_path,
        default_request,
        export_bundle,
        parse_exhibit_list,
    )
    from casefile.services.cases import case_detail
    from casefile.store.archive import Archive

    exhibits = parse_exhibit_list(args.exhibits) if args.exhibits else None
    given = {
        "language": args.lang,
        "recipient": args.recipient,
        "prepared_by": args.prepared_by,
        "bates_prefix": args.bates_prefix,
        "bates_start": args.bates_start,
    }
    if args.passphrase_file is not None and not args.sign:
        from casefile.errors import ValidationError

        raise ValidationError(
            "--passphrase-file", "it goes with --sign CERT.p12: give the certificate too"
        )
    signer = _certificate_signer(args.sign, args.passphrase_file) if args.sign else None
    progress = Progress("Exporting")
    with Archive.open(archive_path(args)[0]) as archive:
        # what the window's Export Bundle dialog starts from, with what was given
        defaults = default_request(case_detail(archive, args.case))
        request = replace(
            defaults,
            exhibits=exhibits,
            **{name: value for name, value in given.items() if value is not None},
        )
        out = args.out or default_output_path(archive, request.case_reference, request.recipient)
        result = export_bundle(
            archive, request, out, progress.update, overwrite=args.force, signer=signer
        )
    progress.done()
    print(
        f"{result.path}: {result.pages} pages, {len(result.manifest.exhibits)} exhibits, "
        f"{result.manifest.files_count} files; manifest SHA-256 {result.manifest_sha256}"
    )
    print(f"signed by {_signed_by(result.path)}")
    for problem in result.problems:
        print(f"PROBLEM {problem}")
    return EXIT_OK


def _certificate_signer(cert: Path, passphrase_file: Path | None) -> Any:
    """The `BundleSigner` of --sign, checked before the export starts: the passphrase from
    --passphrase-file, $CASEFILE_SIGN_PASSPHRASE, none (if the file has none), or asked for
    on a terminal."""
    import getpass
    import os

    from casefile.errors import ValidationError
    from casefile.services.bundles import certificate_signer

    passphrase: bytes | None = None
    if passphrase_file is not None:
        try:
            passphrase = passphrase_file.read_bytes().rstrip(b"\r\n")
        except OSError as exc:
            raise ValidationError(
                "--passphrase-file", f"cannot read {passphrase_file} ({exc.strerror or exc})"
            ) from None
    elif PASSPHRASE_VARIABLE in os.environ:
        passphrase = os.environ[PASSPHRASE_VARIABLE].encode()
    try:
        return certificate_signer(cert, passphrase)[0]
    except ValidationError as exc:
        if exc.field != "passphrase" or passphrase is not None or not sys.stdin.isatty():
            if exc.field == "passphrase" and passphrase is None:
                raise ValidationError(
                    "passphrase",
                    f"{cert.name} is protected: give --passphrase-file FILE or set "
                    f"{PASSPHRASE_VARIABLE}",
                ) from None
            raise
    asked = getpass.getpass(f"Passphrase for {cert.name}: ").encode()
    return certificate_signer(cert, asked)[0]


def _signed_by(path: Path) -> str:
    from casefile.services.bundles import bundle_signature

    check = bundle_signature(path)
    return check.signer if check.signed else "nobody (the signature is missing)"


def cmd_verify_bundle(args: argparse.Namespace) -> int:
    from casefile.console import Progress
    from casefile.services.bundle_report import report_text, verdict_report
    from casefile.services.bundles import verify_bundle
    from casefile.store.archive import Archive

    progress = Progress("Checking")
    if args.archive is None:
        verdict = verify_bundle(args.bundle, progress=progress.update)
    else:
        with Archive.open(args.archive) as archive:
            verdict = verify_bundle(args.bundle, archive, progress.update)
    progress.done()
    sys.stdout.write(report_text(verdict_report(verdict, with_archive=args.archive is not None)))
    return EXIT_OK if verdict.ok else EXIT_FAILED


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {  # cli.COMMANDS takes them in
    "add-evidence": cmd_add_evidence,
    "export-bundle": cmd_export_bundle,
    "verify-bundle": cmd_verify_bundle,
}
