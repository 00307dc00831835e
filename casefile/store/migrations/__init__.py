"""Alembic environment and versions for the archive schema.

`SCHEMA_HEAD` names the newest revision this version of Casefile writes; a test checks that it
matches Alembic's head, so opening an up-to-date archive never has to import Alembic.
"""

SCHEMA_HEAD = "0012_listing_notices"
