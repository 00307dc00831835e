"""What every use case shares: who is acting, and finding a case by its reference."""

from __future__ import annotations

import getpass
import os

from sqlmodel import Session

from casefile.store import repositories
from casefile.store.models import Case


def current_actor() -> str:
    """The name written into the audit trail: `CASEFILE_USER`, else the OS login name."""
    name = os.environ.get("CASEFILE_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): still audit, anonymously
        return "unknown"


def load_case(session: Session, reference: str) -> Case:
    return repositories.case_by_reference(session, reference)
