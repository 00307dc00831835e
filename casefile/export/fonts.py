"""The one font every bundle page is set in: the bundled TrueType CJK face, embedded (as a
subset) in each PDF, so Chinese reads the same on a machine with no Asian fonts. reportlab's own
CID fonts are not embedded (SETUP-NOTES.md) and its standard fonts are never embedded either, so
no page of a bundle uses them."""

from __future__ import annotations

import threading

from casefile.paths import CJK_FONT, resource

FONT = "CasefileCJK"
_lock = threading.Lock()
_registered = False


def register_font() -> str:
    """Register the bundled face with reportlab once per process; returns its name."""
    global _registered
    with _lock:
        if not _registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            pdfmetrics.registerFont(TTFont(FONT, str(resource(*CJK_FONT)), subfontIndex=0))
            _registered = True
    return FONT
