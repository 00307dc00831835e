"""Signing in the Export Bundle dialog: the archive's own key by default; Choose Certificate…
remembers the user's PKCS#12 file (in their settings, never its passphrase); Export… asks the
passphrase, and a wrong one is said under the field with nothing written; the PDF written is
signed by whom the dialog said."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casefile.export.signing import check_signatures
from casefile.services import bundles, cases, evidence
from casefile.store.archive import Archive
from casefile.ui.dialogs.bundle_export import BundleExportDialog
from casefile.ui.main_window import MainWindow
from casefile.ui.settings import Settings
from tests.core import bundle_files as make
from tests.core import certificates as certs


@pytest.fixture
def case_ref(archive: Archive, tmp_path: Path) -> str:
    ref = cases.create_case(archive, cases.CaseDraft(title="Fake scooters 假冒滑板车")).reference
    src = tmp_path / "src"
    src.mkdir()
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(
            kind="notarised_purchase",
            description="Notarial certificate 公证书",
            obtained_on=date(2026, 3, 2),
        ),
        [make.pdf(src / "certificate.pdf", pages=2)],
    )
    return ref


@pytest.fixture
def dialog(qtbot: QtBot, archive: Archive, case_ref: str, settings: Settings) -> BundleExportDialog:
    dlg = BundleExportDialog(archive, cases.case_detail(archive, case_ref), settings=settings)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _answers(
    dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, *passphrases: bytes | None
) -> list[bool]:
    """The passphrase prompt gives `passphrases` in turn; the list collects whether each ask
    said the last one was wrong."""
    given = list(passphrases)
    asked: list[bool] = []

    def ask(_certificate: Path, again: bool) -> bytes | None:
        asked.append(again)
        return given.pop(0)

    monkeypatch.setattr(dialog, "_ask_passphrase", ask)
    return asked


def _choose(
    qtbot: QtBot, dialog: BundleExportDialog, monkeypatch: pytest.MonkeyPatch, path: Path | None
) -> None:
    monkeypatch.setattr(dialog, "_ask_certificate_path", lambda _start: path)
    _click(qtbot, dialog.ui.certificateButton)


def test_by_default_the_archives_own_key_signs(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    archive: Archive,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    assert dialog.ui.signCombo.currentText() == "This archive's own key"
    assert "verify-bundle --archive" in dialog.ui.signNote.text()
    out = tmp_path / "bundle.pdf"
    monkeypatch.setattr(dialog, "_ask_output_path", lambda _suggested: out)
    _click(qtbot, dialog.ui.exportButton)
    assert dialog.exported is not None, dialog.status_text
    check = check_signatures(out, bundles.archive_certificates(archive))
    assert check.ok and check.by_archive_key is True, check.problems
    assert "Signed with this archive's own key." in dialog.ui.resultLabel.text()
    assert (archive.path / "keys" / "archive-signing.p12").is_file()


def test_a_chosen_certificate_signs_after_its_passphrase_is_given(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    archive: Archive,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    p12 = certs.p12(tmp_path / "jane.p12")
    _choose(qtbot, dialog, monkeypatch, p12)
    assert dialog.signs_with_certificate() and dialog.ui.signCombo.currentText() == "My certificate"
    assert "jane.p12" in dialog.ui.signNote.text() and "never stored" in dialog.ui.signNote.text()
    assert settings.bundle_certificate == p12 and settings.sign_with_certificate

    out = tmp_path / "bundle.pdf"
    monkeypatch.setattr(dialog, "_ask_output_path", lambda _suggested: out)
    asked = _answers(dialog, monkeypatch, b"guess", certs.PASSPHRASE)
    _click(qtbot, dialog.ui.exportButton)
    assert asked == [False, True]  # the second ask says the first passphrase was wrong
    assert dialog.exported is not None, dialog.status_text
    check = check_signatures(out, bundles.archive_certificates(archive))
    assert check.ok and check.signer == "Jane Counsel" and not check.by_archive_key
    assert "Signed with Jane Counsel (jane.p12)." in dialog.ui.resultLabel.text()

    settings.sync()
    stored = (tmp_path / "settings.ini").read_bytes()
    assert b"jane.p12" in stored and certs.PASSPHRASE not in stored and b"guess" not in stored


def test_a_wrong_passphrase_writes_nothing_and_says_so_under_the_field(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    _choose(qtbot, dialog, monkeypatch, certs.p12(tmp_path / "jane.p12"))
    offered: list[Path] = []
    monkeypatch.setattr(dialog, "_ask_output_path", lambda s: offered.append(s) or s)
    asked = _answers(dialog, monkeypatch, b"guess", b"guess again")
    _click(qtbot, dialog.ui.exportButton)
    assert asked == [False, True]
    assert "does not open jane.p12" in dialog.error_for("certificate")
    assert offered == [] and dialog.exported is None  # never got as far as the file
    assert not list((tmp_path / "Test.casefile" / "exports").glob("*.pdf"))

    asked = _answers(dialog, monkeypatch, None)  # Cancel on the prompt: nothing happens
    _click(qtbot, dialog.ui.exportButton)
    assert asked == [False] and offered == [] and dialog.exported is None


def test_a_file_that_is_no_certificate_is_refused_and_the_archive_key_stays(
    qtbot: QtBot,
    dialog: BundleExportDialog,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    not_one = make.pdf(tmp_path / "letter.p12", pages=1)
    combo = dialog.ui.signCombo
    monkeypatch.setattr(dialog, "_ask_certificate_path", lambda _start: not_one)
    combo.setCurrentIndex(combo.findData("certificate"))  # choosing "My certificate" asks
    assert "not a PKCS#12" in dialog.error_for("certificate")
    assert not dialog.signs_with_certificate() and settings.bundle_certificate is None

    expired = certs.p12(tmp_path / "old.p12", expired=True, passphrase=None)
    _choose(qtbot, dialog, monkeypatch, expired)
    assert "expired on" in dialog.error_for("certificate")
    assert not dialog.signs_with_certificate()


def test_the_certificate_is_remembered_for_the_next_export(
    qtbot: QtBot,
    window: MainWindow,
    archive: Archive,
    case_ref: str,
    settings: Settings,
    tmp_path: Path,
) -> None:
    """Case › Export Bundle… opens the dialog on the window's settings: a certificate chosen
    before starts chosen."""
    p12 = certs.p12(tmp_path / "jane.p12")
    settings.bundle_certificate = p12
    settings.sign_with_certificate = True
    window.refresh()
    window.show_reference(case_ref)
    window.ui.actionExportBundle.trigger()
    dialog = window.dialogs.find(BundleExportDialog)
    assert isinstance(dialog, BundleExportDialog)
    assert dialog.signs_with_certificate() and "jane.p12" in dialog.ui.signNote.text()
    dialog.set_sign_with_certificate(False)  # back to the archive's key, remembered too
    assert not settings.sign_with_certificate and settings.bundle_certificate == p12
