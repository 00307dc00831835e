"""Alembic environment: migrates the connection handed over by `casefile.store.archive`."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import casefile.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from casefile.store.case_filters import made_by_hand

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-move
    compare_type=True,
    # The search index (FTS5 tables) and the filters' NOCASE indexes are made by hand.
    include_name=lambda name, kind, _parents: not made_by_hand(name, kind),
)
with context.begin_transaction():
    context.run_migrations()
