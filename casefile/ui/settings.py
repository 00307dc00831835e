"""Typed settings over QSettings (Picard's declared options): each setting is declared once with
its key, type and default, and read and written as a plain attribute.

    settings = Settings()
    settings.last_archive = path
    if settings.window_geometry: window.restoreGeometry(settings.window_geometry)

QSettings stores them where the platform expects (registry, plist, ini) under the organisation and
application names set by `casefile.ui.app`. Tests pass their own QSettings (an ini file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class _Setting(Generic[T]):
    """A declared setting: a descriptor reading and writing one QSettings key."""

    def __init__(
        self,
        key: str,
        default: T,
        load: Callable[[Any], T],
        save: Callable[[T], Any] = lambda value: value,
    ) -> None:
        self.key = key
        self.default = default
        self._load = load
        self._save = save

    @overload
    def __get__(self, obj: None, owner: type) -> _Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> _Setting[T] | T:
        if obj is None:
            return self
        raw = obj.backend.value(self.key)
        if raw is None:
            return self.default
        try:
            return self._load(raw)
        except (TypeError, ValueError):  # a hand-edited or older value: fall back quietly
            return self.default

    def __set__(self, obj: Settings, value: T) -> None:
        if value is None or value == self.default:
            obj.backend.remove(self.key)
        else:
            obj.backend.setValue(self.key, self._save(value))


def _bytes(raw: Any) -> QByteArray | None:
    return raw if isinstance(raw, QByteArray) else QByteArray(raw)


def _int(raw: Any) -> int:
    return int(raw)


def _bool(raw: Any) -> bool:
    return str(raw).strip().lower() in ("1", "true")  # ini files give text back


def _path(raw: Any) -> Path | None:
    text = str(raw).strip()
    return Path(text) if text else None


def _paths(raw: Any) -> tuple[Path, ...]:
    items = raw if isinstance(raw, list | tuple) else [raw]  # an ini file gives one alone back
    return tuple(Path(str(item)) for item in items if str(item).strip())


def _sort(raw: Any) -> tuple[str, bool]:
    key, _colon, order = str(raw).partition(":")
    return (key or "reference", order != "asc")


def _sort_text(value: tuple[str, bool]) -> str:
    return f"{value[0]}:{'desc' if value[1] else 'asc'}"


def bytes_setting(key: str) -> _Setting[QByteArray | None]:
    return _Setting(key, None, _bytes)


class Settings:
    """The user's settings. Attributes are typed; unset ones return their default."""

    window_geometry = bytes_setting("window/geometry")
    window_state = bytes_setting("window/state")
    splitter_state = bytes_setting("window/splitter")
    # the list's column order, widths and sort ("caseList/header" held the fixed widths of
    # 0.1, which left the title ~120 px: not carried over, the columns fit their contents once)
    case_table_header = bytes_setting("caseList/columns")
    # how many columns the list had when its header was saved: a header saved before a column
    # was added is not restored (Qt would lay the new column out against the old widths)
    case_table_columns: _Setting[int] = _Setting("caseList/columnCount", 0, _int)
    detail_tab: _Setting[int] = _Setting("caseDetail/tab", 0, _int)
    # the view shown last ("dashboard" or "cases", casefile.ui.window.navigation)
    current_view: _Setting[str] = _Setting("window/view", "cases", str)
    # the archive last opened: File › Open Archive… starts in its folder when none is open
    last_archive: _Setting[Path | None] = _Setting("archive/last", None, _path, str)
    status_filter: _Setting[str] = _Setting("caseList/status", "", str)
    # the list's order (sort key, descending), read at start before the list's header exists:
    # its first page is read with it while the archive opens (store/first_page.py)
    case_sort: _Setting[tuple[str, bool]] = _Setting(
        "caseList/sort", ("reference", True), _sort, _sort_text
    )
    # Export Bundle: the user's own certificate (PKCS#12) to sign with, kept per user and
    # machine (it is theirs, not the archive's); its passphrase is never stored.
    bundle_certificate: _Setting[Path | None] = _Setting("bundle/certificate", None, _path, str)
    sign_with_certificate: _Setting[bool] = _Setting(
        "bundle/signWithCertificate", False, _bool, int
    )

    # the interface's language ('en' or 'zh_CN', casefile.ui.i18n); unset: the system's
    language: _Setting[str] = _Setting("interface/language", "", str)
    # the archives opened, most recent first (File › Open Recent)
    recent_archives: _Setting[tuple[Path, ...]] = _Setting(
        "archive/recent", (), _paths, lambda paths: [str(p) for p in paths]
    )
    # the name written into the audit trail; empty: the system's login name (services.base)
    user_name: _Setting[str] = _Setting("user/name", "", str)
    # Export Bundle's language when it opens ('en', 'zh', 'bilingual'); empty: the case's
    bundle_language: _Setting[str] = _Setting("bundle/language", "", str)
    # the status bar reminds to back up once the last backup is older than this; 0: never
    backup_reminder_days: _Setting[int] = _Setting("backup/reminderDays", 7, _int)
    # where File › Back Up… wrote last (a file or a backup folder): offered again
    last_backup_target: _Setting[Path | None] = _Setting("backup/lastTarget", None, _path, str)

    def __init__(self, backend: QSettings | None = None) -> None:
        self.backend = backend if backend is not None else QSettings()

    def sync(self) -> None:
        self.backend.sync()
