"""Whether the program that made a temporary file or folder is still running.

Work in progress (a file being copied into an archive, a bundle being written) leaves files
behind when its program is killed. Those are named after the process (`…-PID-…`) and carry a lock
file the program holds open and locked while it works: a leftover is removed only once its
process is gone and its lock is free, so one program never removes another's work in progress.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

LOCK_NAME = ".owner.lock"  # in a work folder: held locked by the process working in it

log = logging.getLogger(__name__)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (a reused id counts as alive)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    except OSError:
        return False
    return True


def pid_in_name(name: str, prefix: str) -> int | None:
    """The process id in a name "PREFIX-PID-…", or None."""
    if not name.startswith(f"{prefix}-"):
        return None
    head = name[len(prefix) + 1 :].split("-", 1)[0]
    return int(head) if head.isdigit() else None


def lock(fd: int) -> None:
    """Hold an open file locked while this process lives (see `locked`); on Windows the open
    file alone does it (an open file cannot be deleted there)."""
    if os.name != "nt":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX)


def locked(path: Path) -> bool:
    """Whether a live process holds `path` locked (`lock`), in any process namespace. On Windows
    the test is an attempt to delete it: a file found free is gone afterwards."""
    if os.name == "nt":
        try:
            path.unlink()
        except PermissionError:
            return True
        except OSError:
            pass
        return False
    import fcntl

    try:
        with path.open("rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


class WorkFolder:
    """A new folder `parent/PREFIX-PID-xxxxxxxx` claimed by this process: its `LOCK_NAME` file
    is held open and locked until `release()` (which removes the lock file, not the folder)."""

    def __init__(self, parent: Path, prefix: str) -> None:
        while True:
            path = parent / f"{prefix}-{os.getpid()}-{secrets.token_hex(4)}"
            try:
                path.mkdir()  # the usual permissions, unlike mkdtemp's: it may become an archive
                break
            except FileExistsError:
                continue
        try:
            self._fd: int | None = os.open(path / LOCK_NAME, os.O_CREAT | os.O_WRONLY, 0o644)
        except OSError:
            path.rmdir()
            raise
        lock(self._fd)
        self.path = path

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            # Windows: open elsewhere this moment; an unlocked lock file is harmless
            with contextlib.suppress(OSError):
                (self.path / LOCK_NAME).unlink(missing_ok=True)


def remove_abandoned(parent: Path, prefix: str, legacy_age: float | None = None) -> list[Path]:
    """Remove the work folders `parent/PREFIX-PID-…` whose process is gone and whose lock is
    free: left by a program that was killed. With `legacy_age`, folders named without a
    process id (by an older Casefile) are removed once that many seconds old."""
    removed: list[Path] = []
    try:
        # never a link named like one: removing "it" would reach into where it points
        candidates = [p for p in parent.glob(f"{prefix}-*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return removed
    for work in candidates:
        pid = pid_in_name(work.name, prefix)
        try:
            if pid is None:
                if legacy_age is None or time.time() - work.stat().st_mtime < legacy_age:
                    continue
            elif pid_alive(pid) or locked(work / LOCK_NAME):
                continue
        except OSError:
            continue
        remove_tree(work)
        if not work.exists():
            removed.append(work)
    if removed:
        log.warning(
            "removed %d folder(s) left by interrupted work: %s",
            len(removed),
            ", ".join(str(p) for p in removed),
        )
    return removed


def remove_tree(path: Path) -> None:
    """Remove a folder, read-only files too (stored evidence is read-only); what cannot be
    removed stays."""

    def make_writable(func: Callable[..., object], target: str, _exc: object) -> None:
        if os.path.islink(target):
            return  # a chmod would change what the link points to, outside this folder
        try:
            Path(target).chmod(0o700)  # Windows refuses to delete a read-only file
            func(target)
        except OSError:
            pass

    if sys.version_info >= (3, 12):
        shutil.rmtree(path, onexc=make_writable)
    else:
        shutil.rmtree(path, onerror=make_writable)


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == access_denied)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
