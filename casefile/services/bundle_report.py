"""A bundle's verdict in words, the same for both faces: `casefile verify-bundle` prints it and
the window's Verify Bundle dialog copies and saves it (and marks its lines by their level).

`verdict_report` turns a `BundleVerdict` into lines, each with a level (ok, problem or plain
information) and an indent; `report_text` lays them out as the command line prints them
("  ok: …", "  PROBLEM: …"), ending with "Verdict: OK" or "Verdict: FAILED (n problem(s))".
Where the words say how to check more (an archive to re-hash the files against), each face puts
its own way of giving one (`archive_hint`: "give --archive" for the command line).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window imports this module before the PDF libraries are needed
    from casefile.export.signing import SignatureCheck
    from casefile.export.verify import BundleVerdict

CLI_ARCHIVE_HINT = "give --archive"


class Level(StrEnum):
    OK = "ok"  # a check that passed
    PROBLEM = "problem"  # something that makes the verdict FAILED
    INFO = "info"  # a fact or a note, neither


@dataclass(frozen=True, slots=True)
class ReportLine:
    level: Level
    indent: int  # 0: a heading line; 1: about the bundle or the signature; 2: about an exhibit
    text: str


def problem_count(verdict: BundleVerdict) -> int:
    """What makes the verdict FAILED: the bundle-wide problems, and each exhibit that failed
    for a reason of its own (a page that differs is a bundle-wide problem already)."""
    listed = set(verdict.problems)
    return len(listed) + sum(
        not e.ok and not listed.intersection(e.findings) for e in verdict.exhibits
    )


def signed_when(signature: SignatureCheck) -> str:
    """When the signer's computer said it signed, to the second ("?" when it did not say)."""
    return signature.signed_at.isoformat(timespec="seconds") if signature.signed_at else "?"


def signature_intact(signature: SignatureCheck) -> bool | None:
    """Whether the signed bytes and the signature still match (None: not signed), whatever was
    added to the file after it: that is `covers_whole_file`, and its one problem."""
    if not signature.signed:
        return None
    if not signature.signer:  # the signature could not even be read
        return False
    return len(signature.problems) == (0 if signature.covers_whole_file else 1)


def verdict_report(
    verdict: BundleVerdict, with_archive: bool, archive_hint: str = CLI_ARCHIVE_HINT
) -> list[ReportLine]:
    """The verdict line by line: what the bundle is, what was checked and found, each exhibit,
    the signature, and the verdict itself. `with_archive`: the listed files were re-hashed
    against an archive (and its key compared with the signer's)."""
    lines: list[ReportLine] = []

    def add(level: Level, indent: int, text: str) -> None:
        lines.append(ReportLine(level, indent, text))

    manifest = verdict.manifest
    if manifest is not None:
        add(
            Level.INFO,
            0,
            f"{verdict.path}: {manifest.case_reference} bundle for {manifest.recipient}, "
            f"{manifest.total_pages} pages, {len(manifest.exhibits)} exhibits, made "
            f"{manifest.created_at} by {manifest.prepared_by}",
        )
    for finding in verdict.findings:
        add(Level.OK, 1, finding)
    for problem in verdict.problems:
        add(Level.PROBLEM, 1, problem)
    for exhibit in verdict.exhibits:
        add(
            Level.OK if exhibit.ok else Level.PROBLEM,
            0,
            f"Exhibit {exhibit.position} (case exhibit #{exhibit.exhibit_no}) "
            f"{exhibit.description[:60]}: {'OK' if exhibit.ok else 'FAILED'}",
        )
        for finding in exhibit.findings:  # passed and failed checks alike: the exhibit says
            add(Level.INFO, 2, finding)
    if not with_archive and manifest is not None:
        add(Level.INFO, 1, f"(original files not re-hashed: {archive_hint} to check them too)")
    if verdict.signature is not None:
        lines += signature_report(verdict.signature, with_archive, archive_hint)
    if verdict.ok:
        add(Level.OK, 0, "Verdict: OK")
    else:
        add(Level.PROBLEM, 0, f"Verdict: FAILED ({problem_count(verdict)} problem(s))")
    return lines


def signature_report(
    signature: SignatureCheck, with_archive: bool, archive_hint: str = CLI_ARCHIVE_HINT
) -> list[ReportLine]:
    """The signature's part: who signed and when, intact or not, and (with an archive) whether
    this archive's own key signed it. Its problems are among the verdict's ("signature: …")."""
    if not signature.signed:
        return [ReportLine(Level.INFO, 0, "Signature: NONE")]
    mark = "OK" if signature.ok else "FAILED"
    lines = [
        ReportLine(
            Level.OK if signature.ok else Level.PROBLEM,
            0,
            f"Signature: {mark} — signed by {signature.signer} on {signed_when(signature)}",
        )
    ]
    lines += [ReportLine(Level.OK, 1, finding) for finding in signature.findings]
    if not with_archive:
        lines.append(
            ReportLine(
                Level.INFO,
                1,
                f"({archive_hint} to tell whether this archive's own key signed it)",
            )
        )
    return lines


def report_text(lines: list[ReportLine]) -> str:
    """The lines as the command line prints them, each ending in a newline."""
    out = []
    for line in lines:
        if line.indent == 0:
            out.append(line.text)
        elif line.level is Level.OK:
            out.append("  " * line.indent + "ok: " + line.text)
        elif line.level is Level.PROBLEM:
            out.append("  " * line.indent + "PROBLEM: " + line.text)
        else:
            out.append("  " * line.indent + line.text)
    return "".join(text + "\n" for text in out)
