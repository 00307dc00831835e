"""Checks that a refused write wrote nothing: not one row, audit rows included."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from casefile.errors import ValidationError
from casefile.store.archive import Archive


def row_counts(archive: Archive) -> dict[str, int]:
    """Rows in every table of the archive (the audit trail included)."""
    with archive.engine.connect() as connection:
        tables = [
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: connection.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() or 0
            for table in tables
        }


@contextmanager
def refused(archive: Archive, field: str, *reason_parts: str) -> Iterator[None]:
    """The block raises a ValidationError for `field` whose reason says all of `reason_parts`,
    and not one row (audit rows included) was written."""
    before = row_counts(archive)
    with pytest.raises(ValidationError) as raised:
        yield
    assert raised.value.field == field, str(raised.value)
    for part in reason_parts:
        assert part in raised.value.reason
    assert row_counts(archive) == before
