"""The verdict in words both faces share (services/bundle_report.py): each line's level, the
face's own hint for giving an archive, and whether a signature is intact apart from what was
appended after it. The full text of real bundles is checked by tests/e2e (verify-bundle) and
tests/ui/test_verify_bundle_dialog.py."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from casefile.export.signing import SignatureCheck
from casefile.export.verify import BundleVerdict, ExhibitVerdict
from casefile.services.bundle_report import (
    Level,
    ReportLine,
    report_text,
    signature_intact,
    verdict_report,
)


def _signature(**changes: object) -> SignatureCheck:
    fields: dict[str, object] = {
        "signed": True,
        "ok": True,
        "covers_whole_file": True,
        "signer": "Jane Counsel",
        "signed_at": datetime(2026, 11, 21, 9, 30, tzinfo=UTC),
        "by_archive_key": None,
        "findings": ("the signature: intact",),
        "problems": (),
    }
    fields.update(changes)
    return SignatureCheck(**fields)  # type: ignore[arg-type]


def test_a_failed_exhibit_and_a_problem_are_problem_lines() -> None:
    verdict = BundleVerdict(
        Path("b.pdf"),
        None,
        None,
        ("11 pages, as the manifest lists",),
        ("page 6, exhibit 2 p. 1/5: content differs",),
        (ExhibitVerdict(2, 7, "Receipts", False, ("page 6, exhibit 2 p. 1/5: content differs",)),),
        _signature(),
    )
    lines = verdict_report(verdict, with_archive=False, archive_hint="open its archive")
    assert ReportLine(Level.OK, 1, "11 pages, as the manifest lists") in lines
    assert ReportLine(Level.PROBLEM, 0, "Exhibit 2 (case exhibit #7) Receipts: FAILED") in lines
    assert ReportLine(Level.INFO, 2, "page 6, exhibit 2 p. 1/5: content differs") in lines
    # The exhibit failed for the page already listed: one problem, counted once.
    assert lines[-1] == ReportLine(Level.PROBLEM, 0, "Verdict: FAILED (1 problem(s))")
    text = report_text(lines)
    assert "  PROBLEM: page 6, exhibit 2 p. 1/5: content differs\n" in text
    assert "Signature: OK — signed by Jane Counsel on 2026-11-21T09:30:00+00:00\n" in text
    assert "  (open its archive to tell whether this archive's own key signed it)\n" in text
    assert "--archive" not in text


def test_intact_is_about_the_signed_bytes_not_what_came_after() -> None:
    assert signature_intact(_signature()) is True
    appended = _signature(
        ok=False, covers_whole_file=False, problems=("the file was changed after it was signed",)
    )
    assert signature_intact(appended) is True
    changed = _signature(ok=False, problems=("the signature: INVALID: the signed bytes changed",))
    assert signature_intact(changed) is False
    both = _signature(ok=False, covers_whole_file=False, problems=("INVALID", "appended"))
    assert signature_intact(both) is False
    damaged = _signature(ok=False, covers_whole_file=False, signer="", problems=("damaged",))
    assert signature_intact(damaged) is False
    assert signature_intact(_signature(signed=False, ok=False, signer="")) is None
