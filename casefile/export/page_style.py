"""The look of every page Casefile draws in a bundle: A4, margins that keep the foot free for
the running stamp, the paragraph styles (all in the embedded font), and a document template
that never names a font that is not embedded."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from casefile.export.fonts import register_font

PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898  # A4 in points
MARGIN = 42.0
STAMP_BAND = 34.0  # kept free at the foot of every page Casefile draws, for the running stamp


def document(out: Path, margin: float = MARGIN, **info: Any) -> Any:
    """A reportlab document on A4 with the stamp band kept free."""
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        str(out),
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=margin,
        rightMargin=margin,
        topMargin=MARGIN,
        bottomMargin=STAMP_BAND + 14,
        initialFontName=register_font(),  # reportlab's default, Helvetica, is never embedded
        **info,
    )


@cache
def styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    base = ParagraphStyle("base", fontName=register_font(), fontSize=10, leading=14, wordWrap="CJK")

    def style(name: str, **changes: Any) -> ParagraphStyle:
        return ParagraphStyle(name, base, **changes)

    return {
        "body": base,
        "kicker": style("kicker", fontSize=12, textColor="#4a6572", alignment=1),
        "title": style("title", fontSize=22, leading=30, alignment=1),
        "heading": style("heading", fontSize=13, leading=18, alignment=1),
        "center_small": style("center_small", fontSize=9, alignment=1, textColor="#4a4a4a"),
        "h1": style("h1", fontSize=16, leading=22),
        "h2": style("h2", fontSize=12, leading=18, spaceAfter=4),
        "label": style("label", textColor="#4a6572"),
        "small": style("small", fontSize=8.5, leading=12),
        "hash": style("hash", fontSize=10.5, leading=15),
        "th": style("th", fontSize=8.5, leading=11),
        "td": style("td", fontSize=8.5, leading=11),
        "td_small": style("td_small", fontSize=7.5, leading=10),
        "td_mono": style("td_mono", fontSize=7, leading=9.5),
        "problem": style("problem", fontSize=12, leading=17, alignment=1, textColor="#b00020"),
        "problem_item": style("problem_item", fontSize=9, textColor="#b00020"),
        "caption": style("caption", fontSize=9, leading=12, textColor="#404040"),
        "note": style("note", fontSize=9, leading=12, textColor="#8a5a00"),
        "mono": style("mono", fontSize=8.5, leading=11.5),
    }
