"""Archive-wide settings: small JSON values kept inside the archive (they travel with it)."""

from __future__ import annotations

from typing import Any

from casefile.services.base import current_actor
from casefile.store.archive import Archive
from casefile.store.models import ArchiveSetting

DEMO_COMPLETED = "demo.completed_at"  # written last by the demo builder: the demo is whole


def get_setting(archive: Archive, key: str, default: Any = None) -> Any:
    with archive.reading() as session:
        row = session.get(ArchiveSetting, key)
        return default if row is None else row.value


def set_setting(archive: Archive, key: str, value: Any, actor: str | None = None) -> None:
    with archive.unit_of_work(actor or current_actor()) as session:
        row = session.get(ArchiveSetting, key)
        if row is None:
            session.add(ArchiveSetting(key=key, value=value))
        elif row.value != value:
            row.value = value
