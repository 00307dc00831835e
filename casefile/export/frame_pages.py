"""The pages Casefile writes around the exhibits: the cover, the index of exhibits, a separator
sheet before each exhibit and the closing manifest — laid out by reportlab in one document, with
marks recording where each part starts so the bundle can take its pages in order, and the boxes
left free on the cover and the manifest for the seal that shows the manifest's hash (`seal.py`).
The index and each separator sheet give an exhibit the same range: its separator sheet to its
last page."""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefile.export.fonts import FONT
from casefile.export.manifest import Manifest, ManifestExhibit
from casefile.export.page_style import MARGIN, PAGE_WIDTH, document, styles
from casefile.export.seal import COVER_SEAL, MANIFEST_SEAL, SealBox, SealSpot
from casefile.export.spec import BundleExhibit, BundleSpec
from casefile.export.wording import recipient_text, say

COVER = "cover"
INDEX = "index"
MANIFEST = "manifest"


def separator_key(position: int) -> str:
    return f"separator-{position}"


@dataclass(frozen=True, slots=True)
class FramePages:
    pdf: Path
    sections: dict[str, tuple[int, int]]  # part → (first page index in `pdf`, page count)
    seals: tuple[SealBox, ...]  # the boxes kept free for the seal


def render_frame(spec: BundleSpec, manifest: Manifest, out: Path) -> FramePages:
    from reportlab.platypus import PageBreak

    style = styles()
    marks: dict[str, int] = {}
    spots: dict[str, SealBox] = {}
    story: list[Any] = [_Mark(COVER, marks)]
    story += _cover(spec, manifest, spots, style)
    story += [PageBreak(), _Mark(INDEX, marks)]
    story += _index(spec, manifest, style)
    for exhibit, entry in zip(spec.exhibits, manifest.exhibits, strict=True):
        story += [PageBreak(), _Mark(separator_key(entry.position), marks)]
        story += _separator(spec, exhibit, entry, style)
    story += [PageBreak(), _Mark(MANIFEST, marks)]
    story += _manifest(spec, manifest, spots, style)
    doc = document(out)
    doc.build(story)
    order = sorted(marks.items(), key=lambda item: item[1])
    sections = {}
    for i, (key, first) in enumerate(order):
        end = order[i + 1][1] if i + 1 < len(order) else doc.page + 1
        sections[key] = (first - 1, end - first)
    return FramePages(out, sections, tuple(spots[k] for k in (COVER_SEAL, MANIFEST_SEAL)))


class _Mark:
    """A zero-size flowable that notes the page it lands on."""

    def __new__(cls, key: str, marks: dict[str, int]) -> Any:
        from reportlab.platypus import Flowable

        class Mark(Flowable):
            def wrap(self, *_: Any) -> tuple[float, float]:
                return 0, 0

            def draw(self) -> None:
                marks[key] = self.canv.getPageNumber()

        return Mark()


def _table(rows: list[Any], **options: Any) -> Any:
    """A table whose rows may break across pages: a long description or custody note can be
    taller than a page, which reportlab otherwise cannot lay out."""
    from reportlab.platypus import Table

    return Table(rows, splitInRow=1, **options)


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(html.escape(text).replace("\n", "<br/>"), style)


def _cover(
    spec: BundleSpec, manifest: Manifest, spots: dict[str, SealBox], style: dict[str, Any]
) -> list[Any]:
    from reportlab.platypus import Spacer, TableStyle

    lang = spec.language
    rows = [
        (say("case", lang), f"{spec.case_reference}  {spec.case_title}"),
        (say("recipient", lang), recipient_text(spec.recipient, "name", lang)),
        (say("prepared_by", lang), spec.prepared_by),
        (say("prepared_on", lang), spec.prepared_on.isoformat()),
        (say("exhibits", lang), str(len(spec.exhibits))),
        (say("pages", lang), str(manifest.total_pages)),
    ]
    details = _table(
        [[_p(k, style["label"]), _p(v, style["body"])] for k, v in rows],
        colWidths=[150, PAGE_WIDTH - 2 * MARGIN - 150],
    )
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), _GRID_LINE, _CELL_FONT]))
    return [
        Spacer(1, 60),
        _p(say("bundle", lang), style["kicker"]),
        Spacer(1, 6),
        _p(recipient_text(spec.recipient, "title", lang), style["title"]),
        Spacer(1, 36),
        details,
        Spacer(1, 24),
        _p(recipient_text(spec.recipient, "statement", lang), style["body"]),
        Spacer(1, 36),
        SealSpot(COVER_SEAL, PAGE_WIDTH - 2 * MARGIN, 110, spots),
    ]


def _pages_text(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _index(spec: BundleSpec, manifest: Manifest, style: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Spacer, TableStyle

    lang = spec.language
    header = [
        _p(say(key, lang), style["th"])
        for key in ("no", "description", "date", "source", "page_range", "sha_prefix")
    ]
    rows = [header]
    for exhibit, entry in zip(spec.exhibits, manifest.exhibits, strict=True):
        description = exhibit.description or exhibit.kind
        source = " ".join(
            part
            for part in (exhibit.notary_office, exhibit.notary_certificate, exhibit.source_url)
            if part
        )
        rows.append(
            [
                _p(str(entry.position), style["td"]),
                _p(f"{_clipped(description)}\n({exhibit.kind})", style["td"]),
                _p(entry.obtained_on or say("none", lang), style["td"]),
                _p(_clipped(source or exhibit.obtained_by) or say("none", lang), style["td_small"]),
                _p(
                    f"{_pages_text(entry.separator_page, entry.last_page)}\n"
                    f"{entry.bates_first}–\n{entry.bates_last}",
                    style["td_small"],
                ),
                _p(_prefixes(entry), style["td_mono"]),
            ]
        )
    widths = [30, 170, 60, 115, 70, PAGE_WIDTH - 2 * MARGIN - 445]
    table = _table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_TABLE_STYLE))
    return [_p(say("index", lang), style["h1"]), Spacer(1, 12), table]


def _prefixes(entry: ManifestExhibit, shown: int = 4) -> str:
    """The first files' SHA-256 prefixes; the separator sheet and the manifest list them all."""
    lines = [f.sha256[:12] for f in entry.files[:shown]]
    if len(entry.files) > shown:
        lines.append(f"+{len(entry.files) - shown}")
    return "\n".join(lines)


def _clipped(text: str, limit: int = 400) -> str:
    """An index cell's text: the full description is on the exhibit's separator sheet."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _separator(
    spec: BundleSpec, exhibit: BundleExhibit, entry: ManifestExhibit, style: dict[str, Any]
) -> list[Any]:
    from reportlab.platypus import Spacer, TableStyle

    lang = spec.language
    facts = [
        ("kind", exhibit.kind),
        ("obtained_on", entry.obtained_on or ""),
        ("obtained_by", exhibit.obtained_by),
        ("source_url", exhibit.source_url),
        ("notary", " / ".join(p for p in (exhibit.notary_office, exhibit.notary_certificate) if p)),
    ]
    fact_table = _table(
        [
            [_p(say(key, lang), style["label"]), _p(value, style["body"])]
            for key, value in facts
            if value
        ]
        or [[""]],
        colWidths=[150, PAGE_WIDTH - 2 * MARGIN - 150],
    )
    fact_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), _GRID_LINE, _CELL_FONT]))
    files = [[_p(say("file", lang), style["th"]), _p("SHA-256", style["th"])]]
    files += [
        [_p(f"{f.name}\n{f.size:,} B", style["td"]), _p(f.sha256, style["td_mono"])]
        for f in entry.files
    ]
    file_table = _table(files, colWidths=[200, PAGE_WIDTH - 2 * MARGIN - 200], repeatRows=1)
    file_table.setStyle(TableStyle(_TABLE_STYLE))
    pages = (
        say("separator_pages", lang, first=entry.separator_page, last=entry.last_page)
        + f"  ({entry.bates_first} – {entry.bates_last})"
    )
    story: list[Any] = [
        Spacer(1, 40),
        _p(f"{say('exhibit', lang)} {entry.position}", style["title"]),
        Spacer(1, 8),
        _p(exhibit.description, style["heading"]),
        Spacer(1, 6),
        _p(pages, style["center_small"]),
        Spacer(1, 24),
        fact_table,
        Spacer(1, 14),
        _p(say("files", lang), style["h2"]),
        file_table,
    ]
    if exhibit.custody:
        story += [
            Spacer(1, 14),
            _p(say("custody", lang), style["h2"]),
            _custody(spec, exhibit, style),
        ]
    return story


def _custody(spec: BundleSpec, exhibit: BundleExhibit, style: dict[str, Any]) -> Any:
    from reportlab.platypus import TableStyle

    lang = spec.language
    keys = [
        "custody_when",
        "custody_action",
        "custody_from",
        "custody_to",
        "custody_seal",
        "custody_location",
    ]
    with_notes = not spec.recipient.external
    if with_notes:
        keys.append("custody_note")
    rows = [[_p(say(k, lang), style["th"]) for k in keys]]
    for line in exhibit.custody:
        cells = [
            line.occurred_at.strftime("%Y-%m-%d %H:%M"),
            line.action,
            line.received_from,
            line.handed_to,
            line.seal_number,
            line.location,
        ]
        if with_notes:
            cells.append(line.note)
        rows.append([_p(c, style["td_small"]) for c in cells])
    usable = PAGE_WIDTH - 2 * MARGIN
    widths = [70, 55] + [(usable - 125) / (len(keys) - 2)] * (len(keys) - 2)
    table = _table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(_TABLE_STYLE))
    return table


def _manifest(
    spec: BundleSpec, manifest: Manifest, spots: dict[str, SealBox], style: dict[str, Any]
) -> list[Any]:
    from reportlab.platypus import Spacer, TableStyle

    lang = spec.language
    rows = [
        [
            _p(say("no", lang), style["th"]),
            _p(say("file", lang), style["th"]),
            _p(say("size", lang), style["th"]),
            _p("SHA-256", style["th"]),
        ]
    ]
    for entry in manifest.exhibits:
        for f in entry.files:
            rows.append(
                [
                    _p(str(entry.position), style["td"]),
                    _p(f.name, style["td_small"]),
                    _p(f"{f.size:,}", style["td_small"]),
                    _p(f.sha256, style["td_mono"]),
                ]
            )
    table = _table(rows, colWidths=[30, 150, 75, PAGE_WIDTH - 2 * MARGIN - 255], repeatRows=1)
    table.setStyle(TableStyle(_TABLE_STYLE))
    story: list[Any] = [
        _p(say("manifest", lang), style["h1"]),
        Spacer(1, 6),
        _p(
            say(
                "verify_hint",
                lang,
            ),
            style["small"],
        ),
        Spacer(1, 6),
        SealSpot(MANIFEST_SEAL, PAGE_WIDTH - 2 * MARGIN, 11, spots),
        Spacer(1, 10),
        table,
    ]
    if manifest.problems:
        story += [Spacer(1, 14), _p(say("problems", lang), style["h2"])]
        story += [_p(f"• {problem}", style["problem_item"]) for problem in manifest.problems]
    for heading, lines in (
        ("removed_heading", [(e, f, f.removed) for e in manifest.exhibits for f in e.files]),
        ("notes_heading", [(e, f, f.notes) for e in manifest.exhibits for f in e.files]),
    ):
        listed = [
            say("file_line", lang, " / ", n=entry.position, name=item.name, text=text)
            for entry, item, texts in lines
            for text in texts
        ]
        if listed:
            story += [Spacer(1, 14), _p(say(heading, lang), style["h2"])]
            story += [_p(f"• {line}", style["small"]) for line in listed]
    if manifest.archive_chain_head:
        story += [
            Spacer(1, 14),
            _p(
                say(
                    "chain_head",
                    lang,
                    "\n",
                    rows=manifest.archive_chain_rows,
                    head=manifest.archive_chain_head,
                ),
                style["td_mono"],
            ),
        ]
    return story


_GRID_LINE = ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#c8c8c8")
# Tables set a cell font even when the cells hold paragraphs: without this, Helvetica (never
# embedded) would be named on the page.
_CELL_FONT = ("FONTNAME", (0, 0), (-1, -1), FONT)
_TABLE_STYLE: list[tuple[Any, ...]] = [
    _CELL_FONT,
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), "#e8eef2"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#c8c8c8"),
    ("BOX", (0, 0), (-1, -1), 0.5, "#8a8a8a"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]
