"""Exports: PDF evidence bundles (reportlab pages, pypdf merging and stamps) and their offline
verification. Plain Python: no Qt, no archive sessions — the services hand in plain data."""
