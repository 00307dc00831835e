"""Start the desktop app: the QApplication, fonts, translations, the exception hook, the window.

`run(archive_path, create)` is what `casefile` (the command line) calls. The window's frame is
shown first; right after its first paint the archive starts opening off the GUI thread (importing
SQLModel and Alembic and migrating an archive take long enough to notice) and the window builds
its pages (`MainWindow(deferred=True)`). The exception hooks are set before the window; the log
file is opened once the pages are built (or by the first error logged).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from casefile import __version__
from casefile.paths import CJK_FONT, resource
from casefile.ui import errors, icons

if TYPE_CHECKING:
    from casefile.ui.main_window import MainWindow

log = logging.getLogger("casefile.ui")

ORGANIZATION = "Casefile"
APPLICATION = "Casefile"
# Set to a PNG path: the window saves itself there once the archive is shown, then quits.
SMOKE_SCREENSHOT_VARIABLE = "CASEFILE_SMOKE_SCREENSHOT"
SHUTDOWN_MS = 5000  # at quit, how long the writes still running may take to finish

# Good CJK faces a system may already have; the bundled font is used when none of them is there.
SYSTEM_CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
)


def install_cjk_font(app: QGuiApplication, prefer_bundled: bool = False) -> str | None:
    """Register the bundled WenQuanYi Micro Hei and make a CJK face the fallback of the app font.

    Returns the bundled family name (None if the font file cannot be loaded). Chinese text then
    renders on systems with no CJK font at all instead of showing boxes; a good system face
    (YaHei, PingFang, Noto CJK) is preferred when present, unless `prefer_bundled`.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource(*CJK_FONT)))
    if font_id < 0:
        log.warning("could not load the bundled CJK font %s", resource(*CJK_FONT))
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    bundled = next((f for f in families if "mono" not in f.lower()), families[0])
    installed = set(QFontDatabase.families())
    system = next((f for f in SYSTEM_CJK_FAMILIES if f in installed), None)
    fallback = bundled if prefer_bundled or system is None else system
    font = app.font()
    current = list(font.families()) or [font.family()]
    for family in current:
        if family != fallback:
            QFont.insertSubstitution(family, fallback)
    if fallback not in current:
        font.setFamilies([*current, fallback])
        app.setFont(font)
    return bundled


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Load Qt's own and Casefile's translations for `language` (the user's setting; None or
    empty: the system's language). Returns the language in effect."""
    from casefile.ui import i18n

    return i18n.set_language(app, language or None)


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with Casefile's names, icon, fonts and translations (reused if one
    exists, as in tests); `language` as in `install_translations`."""
    app = _named_application(argv)
    app.setWindowIcon(icons.app_icon())
    install_cjk_font(app)
    install_translations(app, language)
    return app


def _named_application(argv: list[str] | None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("casefile")
    return app


def _screenshot_and_quit_when_loaded(window: MainWindow, target: Path) -> None:
    """The built app's smoke test (.ci/app_build_smoke): once the first case is shown (or an
    empty list), save the window as a PNG and quit; quit with exit 1 if the archive fails to
    open."""

    def shoot(_: int = 0) -> None:
        QApplication.processEvents()
        window.grab().save(str(target))
        QApplication.quit()

    window.cases.cases_loaded.connect(lambda count: None if count else shoot())
    window.case_shown.connect(shoot)
    window.archive_failed.connect(lambda _message: QApplication.exit(1))


def run(archive_path: Path, create: bool, argv: list[str] | None = None) -> int:
    """Show the main window on the archive at `archive_path`; returns the exit code.

    Where there is no archive at `archive_path`, `create` makes a new one (the command line asks
    for it for the default archive only); otherwise the window asks the user first. When the last
    window has closed, background work is shut down once: writes finish, reads are dropped.
    """
    from casefile.ui.main_window import MainWindow
    from casefile.ui.settings import Settings

    app = _named_application(argv)
    # before the window, in any language: where the default family is only an alias, Latin
    # text is drawn in the fallback face too, so the first paint must already have it
    install_cjk_font(app)
    settings = Settings()  # after the application's names: they say where QSettings live
    install_translations(app, settings.language)
    errors.install_hooks()  # the log file is opened after the first paint (or by an error)
    # the frame now, the pages after its first paint: the window appears before they load
    window = MainWindow(settings, deferred=True)
    # the icon (the window manager's, not the frame's) is painted right after the first paint
    window.building_pages.connect(lambda: app.setWindowIcon(icons.app_icon()))
    window.show()
    smoke_shot = os.environ.get(SMOKE_SCREENSHOT_VARIABLE)
    if smoke_shot:
        window.pages_built.connect(
            lambda: _screenshot_and_quit_when_loaded(window, Path(smoke_shot))
        )
    window.open_archive_after_paint(Path(archive_path), create)

    def started() -> None:
        log_file = errors.install()
        log.info("Casefile %s starting on %s (log: %s)", __version__, archive_path, log_file)

    window.pages_built.connect(started)
    try:
        return app.exec()
    finally:
        from casefile import logfile
        from casefile.ui import tasks

        if not tasks.shutdown(SHUTDOWN_MS):
            log.warning("Casefile stopped with work still running after %d ms", SHUTDOWN_MS)
        log.info("Casefile stopped (log: %s)", logfile.log_file())
