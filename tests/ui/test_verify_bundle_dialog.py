"""The Verify Bundle dialog as a paralegal uses it: a real bundle checked OK with its signer
named, one page altered and FAILED naming that page, a file that is no bundle FAILED with the
reason, Cancel during a check, the report copied and saved, an unexpected error said in a box,
a dropped PDF, and File › Verify Bundle… opened with no case shown."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from casefile.export.manifest import Manifest
from casefile.services import bundles, cases, evidence
from casefile.services.bundles import BundleRequest, export_bundle
from casefile.store.archive import Archive
from casefile.ui import errors, tasks
from casefile.ui.dialogs.verify_bundle import VerifyBundleDialog
from casefile.ui.main_window import MainWindow
from tests.core import bundle_files as make
from tests.core.test_bundle_tampering import _edit_text, _receipts, _rewrite

SIGNER = "Casefile archive Bundles.casefile"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Manifest, str, Path]:
    """A case of two exhibits (a photo, five receipts) exported as a bundle signed by the
    archive's own key: (the PDF, its manifest, its SHA-256, the archive's folder)."""
    root = tmp_path_factory.mktemp("verify")
    with Archive.open(root / "Bundles.casefile", create=True) as archive:
        ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters")).reference
        src = root / "src"
        src.mkdir()
        evidence.add_evidence(
            archive,
            ref,
            evidence.EvidenceDraft(kind="sample_photo", description="Seized scooter"),
            [make.photo(src / "scooter.jpg")],
        )
        evidence.add_evidence(
            archive,
            ref,
            evidence.EvidenceDraft(kind="test_buy", description="Receipts of the test buys"),
            [_receipts(src / "receipts.pdf")],
        )
        result = export_bundle(archive, BundleRequest(ref), root / "bundle.pdf")
    return result.path, result.manifest, result.manifest_sha256, root / "Bundles.casefile"


@pytest.fixture
def its_archive(made: tuple[Path, Manifest, str, Path]) -> Iterator[Archive]:
    with Archive.open(made[3]) as opened:
        yield opened


def _dialog(qtbot: QtBot, archive: Archive | None = None) -> VerifyBundleDialog:
    dialog = VerifyBundleDialog(lambda: archive)
    qtbot.addWidget(dialog)
    dialog.resize(900, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot: QtBot, box: QWidget) -> None:
    """Click a check box on its indicator (it is wider than its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _verify(qtbot: QtBot, dialog: VerifyBundleDialog, path: Path) -> None:
    dialog.ui.pathEdit.clear()
    qtbot.keyClicks(dialog.ui.pathEdit, str(path))
    _click(qtbot, dialog.ui.verifyButton)


def _problems(dialog: VerifyBundleDialog) -> list[str]:
    items = dialog.ui.problemsList
    return [items.item(row).text() for row in range(items.count())]


def _checks(dialog: VerifyBundleDialog) -> dict[str, list[str]]:
    """Each heading of the checks tree → the lines under it."""
    tree = dialog.ui.checksTree
    found = {}
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        found[item.text(0)] = [item.child(n).text(0) for n in range(item.childCount())]
    return found


def test_an_untouched_bundle_is_ok_and_names_its_signer(
    qtbot: QtBot, made: tuple[Path, Manifest, str, Path], its_archive: Archive
) -> None:
    path, manifest, sha, _folder = made
    dialog = _dialog(qtbot, its_archive)
    ui = dialog.ui
    assert ui.archiveCheck.isChecked() and ui.archiveCheck.isEnabled()  # an archive is open
    assert "Bundles" in ui.archiveNote.text()
    assert not ui.resultFrame.isVisible() and not ui.verifyButton.isEnabled()
    said: list[str] = []
    report = dialog._progress

    def progress(done: int, total: int, label: str) -> None:
        report(done, total, label)
        said.append(dialog.status_text)

    dialog._progress = progress  # type: ignore[method-assign]
    _verify(qtbot, dialog, path)

    assert said[0] == f"Checking page 1 of {manifest.total_pages}…"
    assert "Re-hashing receipts.pdf (file 2 of 2)…" in said
    assert ui.resultFrame.isVisible()
    assert ui.verdictLabel.text() == "✔  OK — nothing in this bundle changed since it was made"
    assert "checked against the archive Bundles: every listed file re-hashed" in (
        ui.verdictNote.text()
    )
    assert ui.caseValue.text() == f"{manifest.case_reference} · Fake scooters"
    assert ui.recipientValue.text() == "Court"
    assert ui.pagesValue.text() == f"{manifest.total_pages} pages, 2 exhibit(s)"
    assert ui.shaValue.text() == sha
    assert ui.signerValue.text() == SIGNER
    assert ui.intactValue.text() == "Yes" and ui.wholeFileValue.text() == "Yes"
    assert ui.archiveKeyValue.text() == "Yes — made by this archive"
    assert ui.problemsList.isHidden()
    checks = _checks(dialog)
    assert list(checks) == [
        "✔ The bundle as a whole",
        "✔ Exhibit 1 (case exhibit #1) Seized scooter: OK",
        "✔ Exhibit 2 (case exhibit #2) Receipts of the test buys: OK",
    ]
    assert "receipts.pdf: matches the archive's copy (re-hashed)" in checks[list(checks)[2]]
    assert ui.copyButton.isEnabled() and ui.saveButton.isEnabled()
    assert dialog.status_text == "Checked."

    # the same bundle on its own: the key is not compared, the files not re-hashed
    _tick(qtbot, ui.archiveCheck)
    assert not ui.archiveCheck.isChecked()
    _click(qtbot, ui.verifyButton)
    assert ui.verdictLabel.text().startswith("✔  OK")
    assert ui.archiveKeyValue.text() == "Not checked (no archive used)"
    assert "the original files were not re-hashed" in ui.verdictNote.text()


def test_one_page_altered_fails_naming_the_page(
    qtbot: QtBot, made: tuple[Path, Manifest, str, Path], tmp_path: Path
) -> None:
    path, manifest, _sha, _folder = made
    forged = tmp_path / "returned by the court.pdf"
    shutil.copyfile(path, forged)
    first = manifest.exhibits[1].first_page
    _rewrite(forged, lambda w: _edit_text(w, first - 1, b"Receipt 1", b"Receipt 7"))
    dialog = _dialog(qtbot)  # no archive open: the bundle on its own
    assert not dialog.ui.archiveCheck.isChecked() and not dialog.ui.archiveCheck.isEnabled()
    _verify(qtbot, dialog, forged)

    ui = dialog.ui
    problems = _problems(dialog)  # the page, and the signature it no longer matches
    failed = len(problems)  # the exhibit failed for that page: counted once
    assert ui.verdictLabel.text() == f"✘  FAILED — {failed} problem(s) found"
    named = f"page {first}, exhibit 2 p. 1/5: content differs"
    assert f"✘ {named}" in problems
    assert any(p.startswith("✘ signature: ") for p in problems)
    assert ui.problemsLabel.text() == f"Problems ({len(problems)})" and ui.problemsList.isVisible()
    checks = _checks(dialog)
    exhibit = "✘ Exhibit 2 (case exhibit #2) Receipts of the test buys: FAILED"
    assert checks[exhibit] == [named]
    tree = ui.checksTree
    assert tree.topLevelItem(2).isExpanded() and not tree.topLevelItem(1).isExpanded()
    assert ui.signerValue.text() == SIGNER  # still says who signed what it was
    assert ui.intactValue.text().startswith("No — ")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Dear counsel, please find the bundle attached.", "cannot be read as a PDF"),
        (None, "not a Casefile bundle"),
        ("missing", "no such file"),
    ],
    ids=["text", "plain PDF", "missing"],
)
def test_a_file_that_is_no_bundle_fails_with_the_reason(
    qtbot: QtBot, tmp_path: Path, content: bytes | str | None, reason: str
) -> None:
    path = tmp_path / "letter.pdf"
    if content is None:
        make.pdf(path)
    elif isinstance(content, bytes):
        path.write_bytes(content)
    dialog = _dialog(qtbot)
    _verify(qtbot, dialog, path)
    ui = dialog.ui
    assert ui.verdictLabel.text() == "✘  FAILED — 1 problem(s) found"
    [problem] = _problems(dialog)
    assert problem.startswith("✘ letter.pdf: ") and reason in problem
    assert ui.bundleBox.isHidden() and ui.signatureBox.isHidden() and ui.checksTree.isHidden()
    assert ui.copyButton.isEnabled()
    assert dialog.report_text().endswith(f"{problem[2:]}\nVerdict: FAILED (1 problem(s))\n")


@pytest.mark.parametrize("how", ["cancel button", "escape"])
def test_cancel_during_a_check_leaves_the_dialog_usable(
    qtbot: QtBot, made: tuple[Path, Manifest, str, Path], its_archive: Archive, how: str
) -> None:
    path = made[0]
    dialog = _dialog(qtbot, its_archive)
    ui = dialog.ui
    seen: list[str] = []
    report = dialog._progress

    def progress(done: int, total: int, label: str) -> None:
        report(done, total, label)
        seen.append(label)
        assert dialog.verifying and ui.progressBar.isVisible()
        assert not ui.verifyButton.isEnabled() and not ui.pathEdit.isEnabled()
        assert ui.closeButton.text() == "Cancel"
        if how == "escape":
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            _click(qtbot, ui.closeButton)
        assert dialog.status_text == "Cancelling…"

    dialog._progress = progress  # type: ignore[method-assign]
    _verify(qtbot, dialog, path)

    assert seen == ["checking pages"]  # nothing reported after Cancel
    assert dialog.isVisible() and not dialog.verifying
    assert dialog.status_text == "Cancelled: the bundle was not checked."
    assert not ui.resultFrame.isVisible() and dialog.verdict is None
    assert ui.closeButton.text() == "Close" and ui.closeButton.isEnabled()
    assert ui.verifyButton.isEnabled() and ui.pathEdit.isEnabled() and ui.archiveCheck.isEnabled()
    assert not ui.progressBar.isVisible()
    dialog._progress = report  # type: ignore[method-assign]
    _click(qtbot, ui.verifyButton)  # and the next check works
    assert ui.verdictLabel.text().startswith("✔  OK")


def test_copy_and_save_report_give_the_verdict_as_text(
    qtbot: QtBot,
    made: tuple[Path, Manifest, str, Path],
    its_archive: Archive,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, manifest, sha, _folder = made
    dialog = _dialog(qtbot, its_archive)
    _verify(qtbot, dialog, path)
    QGuiApplication.clipboard().clear()
    _click(qtbot, dialog.ui.copyButton)
    copied = QGuiApplication.clipboard().text()
    lines = copied.splitlines()
    assert lines[0].startswith("Bundle verification by Casefile ")
    assert lines[0].endswith(f"against the archive {its_archive.path}")
    assert lines[2].startswith(f"{path}: {manifest.case_reference} bundle for court")
    assert f"  ok: manifest attached and intact: SHA-256 {sha} matches" in copied
    assert "Exhibit 2 (case exhibit #2) Receipts of the test buys: OK" in lines
    assert f"Signature: OK — signed by {SIGNER} on " in copied
    assert "  ok: signed with this archive's own key" in lines
    assert lines[-1] == "Verdict: OK"
    assert dialog.status_text == "The report is on the clipboard."

    offered: list[Path] = []

    def ask(suggested: Path) -> Path:
        offered.append(suggested)
        return tmp_path / "report"

    monkeypatch.setattr(dialog, "_ask_report_path", ask)
    _click(qtbot, dialog.ui.saveButton)
    assert offered == [path.with_name("bundle - verification.txt")]
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == copied


def test_an_unexpected_error_is_said_in_a_box_not_a_traceback(
    qtbot: QtBot,
    made: tuple[Path, Manifest, str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        errors, "show_error", lambda _parent, title, text, *_a: shown.append((title, text))
    )

    def broken(*_args: object, **_kwargs: object) -> None:
        raise MemoryError("out of memory")

    monkeypatch.setattr(bundles, "verify_bundle", broken)
    dialog = _dialog(qtbot)
    _verify(qtbot, dialog, made[0])
    assert [title for title, _text in shown] == ["Unexpected problem"]
    assert "could not finish what it was doing" in shown[0][1]
    assert dialog.status_text.startswith("Not verified: ")
    assert dialog.ui.verifyButton.isEnabled() and not dialog.verifying
    assert not dialog.ui.resultFrame.isVisible()


def _drop(target: QWidget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    centre = target.rect().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(centre), actions, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(centre), actions, mime, buttons, keys))


def test_a_pdf_dropped_on_the_dialog_is_checked(
    qtbot: QtBot, made: tuple[Path, Manifest, str, Path]
) -> None:
    dialog = _dialog(qtbot)
    _drop(dialog.ui.pathEdit, made[0])
    assert dialog.ui.pathEdit.text() == str(made[0])
    assert dialog.ui.verdictLabel.text().startswith("✔  OK")


def test_file_verify_bundle_opens_with_no_case_shown(
    qtbot: QtBot, window: MainWindow, made: tuple[Path, Manifest, str, Path]
) -> None:
    action = window.ui.actionVerifyBundle
    assert action in window.ui.menuFile.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+B"
    assert window.ui.detailPane.detail is None and action.isEnabled()
    action.trigger()
    dialog = window.dialogs.find(VerifyBundleDialog)
    assert isinstance(dialog, VerifyBundleDialog) and dialog.isVisible()
    assert dialog.ui.archiveCheck.isChecked()  # the window's archive is open
    assert "Test" in dialog.ui.archiveNote.text()
    action.trigger()  # the same one comes to the front
    assert window.dialogs.find(VerifyBundleDialog) is dialog

    _verify(qtbot, dialog, made[0])  # against another archive: its files are not there
    assert dialog.ui.verdictLabel.text().startswith("✘  FAILED")
    assert dialog.ui.archiveKeyValue.text() == "No — this archive has not signed a bundle"

    window._close_archive()  # the dialog stays, and checks on its own
    assert dialog.isVisible()
    assert not dialog.ui.archiveCheck.isChecked() and not dialog.ui.archiveCheck.isEnabled()


def test_a_real_background_check_leaves_the_window_free_and_can_be_cancelled(
    qtbot: QtBot,
    made: tuple[Path, Manifest, str, Path],
    its_archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With real threads: the check runs off the GUI thread; Cancel stops it; the next one
    delivers its verdict."""
    monkeypatch.setattr(tasks, "SYNCHRONOUS", False)
    entered, release = threading.Event(), threading.Event()
    verify = bundles.verify_bundle

    def slow(*args: object, **kwargs: object) -> object:
        entered.set()
        release.wait(10)
        return verify(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(bundles, "verify_bundle", slow)
    dialog = _dialog(qtbot, its_archive)
    try:
        _verify(qtbot, dialog, made[0])
        assert entered.wait(10)
        assert dialog.verifying and dialog.ui.closeButton.text() == "Cancel"
        qtbot.wait(20)  # the GUI thread is free meanwhile
        _click(qtbot, dialog.ui.closeButton)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.verifying, timeout=10_000)
    assert dialog.status_text == "Cancelled: the bundle was not checked."
    assert dialog.verdict is None and dialog.isVisible()

    monkeypatch.setattr(bundles, "verify_bundle", verify)
    _click(qtbot, dialog.ui.verifyButton)
    qtbot.waitUntil(lambda: dialog.verdict is not None, timeout=30_000)
    assert dialog.ui.verdictLabel.text().startswith("✔  OK")
    assert dialog.ui.progressBar.isHidden()
