"""Whether the program that made a temporary file or folder is still running.

Work in progress (a file being copied into an archive, a bundle being written) leaves files
behind when its program is killed. Those are named after the process (`…-PID-…`) and carry a lock
file the program holds open and locked while it works: a leftover is removed only once its
process is gone and its lock is free, so one program never removes another's work in progress.
"""

from __future__ import annotations

import os
from pathlib import Path


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
