"""Exports: PDF evidence bundles (reportlab pages, pypdf merging and stamps) and their offline
verification. Plain Python: no Qt, no archive sessions — the services hand in plain data."""

import logging

# pypdf logs a warning on stderr for every quirk of a damaged PDF; a bundle says what is wrong
# with a file itself (a placeholder page and the problems list), so only pypdf's errors show.
logging.getLogger("pypdf").setLevel(logging.ERROR)
