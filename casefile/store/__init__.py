"""Persistence: the archive folder, its SQLite schema and migrations, queries and the file store."""
