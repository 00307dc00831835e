"""Who is writing: the name every write puts in the audit trail. The user's own name where they
gave one (the app's Settings), else `CASEFILE_USER`, else the system's login name. Plain Python
with nothing to load, so the window can set it before the archive's libraries are imported."""

from __future__ import annotations

import getpass
import os

_chosen: str = ""  # the name given in the app's Settings, for this process


def use_name(name: str) -> None:
    """Write as `name` from now on in this process ("" goes back to the default)."""
    global _chosen
    _chosen = name.strip()


def current_actor() -> str:
    """The name written into the audit trail."""
    return _chosen or default_name()


def default_name() -> str:
    """The name used where the user gave none: `CASEFILE_USER`, else the login name."""
    name = os.environ.get("CASEFILE_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still audit, anonymously
        return "unknown"
