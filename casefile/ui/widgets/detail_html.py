"""The case detail tabs as rich text for QTextBrowser: pure functions from frozen rows to HTML.

Kept apart from the widget so each section can be read and tested as text. Qt's rich text knows a
subset of HTML 4 and CSS 2 (tables, cell padding, colours, borders on tables), which is what this
uses. Colours come from a `Theme` built from the widget's palette, so a dark desktop stays
readable.

Every value that comes from the archive is escaped (`escape`, `_e`, `_multiline`) before it is put
into the HTML: a title such as "<b>Bold</b> & Co" shows as typed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette

from casefile import clock
from casefile.domain import Money
from casefile.store.rows import (
    CaseDetail,
    CasePartyRow,
    EvidenceRow,
    IdentifierRow,
    MoneyRow,
    ProceedingRow,
    RightRow,
    SharedIdentifierRow,
)
from casefile.ui import labels


def tr(text: str) -> str:
    """Translate a user-visible string. pyside6-lupdate reads module-level `tr("…")` calls into
    the empty context, so they are translated in that context."""
    return QCoreApplication.translate("", text)


SHA_PREFIX = 12
SHARED_LINKS = 12  # cases linked per shared identifier; the rest are a search away
RECORDAL_RENEW_DAYS = 183  # CN recordals are renewed within the 6 months before expiry


@dataclass(frozen=True)
class Theme:
    text: str = "#1f2328"
    muted: str = "#6a737d"
    border: str = "#d8dde3"
    header_bg: str = "#f3f5f7"
    danger: str = "#c62828"
    danger_bg: str = "#fdecea"
    warn: str = "#a15c00"
    ok: str = "#2e7d32"
    link: str = "#1a5fb4"

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        base = palette.color(QPalette.ColorRole.Base)
        if base.lightness() >= 128:
            return cls(text=palette.color(QPalette.ColorRole.Text).name())
        return cls(
            text=palette.color(QPalette.ColorRole.Text).name(),
            muted="#9aa4ae",
            border="#3d434a",
            header_bg="#2b3036",
            danger="#ef7b73",
            danger_bg="#43282a",
            warn="#e0a64b",
            ok="#7cc47f",
            link="#79a9f2",
        )


def stylesheet(t: Theme) -> str:
    """The default stylesheet of every detail browser's document."""
    return f"""
    body {{ color: {t.text}; }}
    a {{ color: {t.link}; text-decoration: none; }}
    h3 {{ font-size: large; margin-top: 2px; margin-bottom: 4px; }}
    h4 {{ margin-top: 10px; margin-bottom: 4px; color: {t.muted}; }}
    p.empty {{ color: {t.muted}; margin-top: 24px; margin-left: 8px; margin-right: 8px; }}
    p.body {{ margin-top: 2px; margin-bottom: 2px; }}
    .muted {{ color: {t.muted}; }}
    .danger {{ color: {t.danger}; font-weight: bold; }}
    .warn {{ color: {t.warn}; font-weight: bold; }}
    .ok {{ color: {t.ok}; }}
    .mono {{ font-family: monospace; }}
    .k {{ color: {t.muted}; padding-right: 10px; }}
    table.grid {{ border-collapse: collapse; border-color: {t.border}; }}
    table.grid th {{ background-color: {t.header_bg}; text-align: left; font-weight: bold; }}
    table.grid th.num {{ text-align: right; }}
    table.card {{ border-collapse: collapse; border-color: {t.border}; }}
    td.num, th.num {{ text-align: right; }}
    """


def _e(value: object) -> str:
    return escape(str(value)) if value not in (None, "") else ""


def _multiline(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _empty(text: str) -> str:
    return f'<p class="empty">{escape(text)}</p>'


def _facts(pairs: list[tuple[str, str]], columns: int = 2) -> str:
    """A borderless key/value table; values are HTML, pairs without a value are left out."""
    shown = [(k, v) for k, v in pairs if v]
    if not shown:
        return ""
    rows = []
    gap = '<td width="18"></td>'
    for start in range(0, len(shown), columns):
        chunk = shown[start : start + columns]
        cells = gap.join(f'<td class="k" nowrap>{escape(k)}</td><td>{v}</td>' for k, v in chunk)
        rows.append(f"<tr>{cells}</tr>")
    return f'<table cellpadding="2" cellspacing="0">{"".join(rows)}</table>'


def _grid(headers: list[str], rows: list[list[str]], numeric: set[int] | None = None) -> str:
    """A bordered table; cells are HTML. `numeric` columns are right-aligned."""
    numeric = numeric or set()
    head = "".join(
        f'<th class="{"num" if i in numeric else ""}">{escape(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{"num" if i in numeric else ""}">{cell}</td>' for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="grid" border="1" cellpadding="5" cellspacing="0" width="100%">'
        f"<tr>{head}</tr>{body}</table>"
    )


def _card(inner: str, background: str = "") -> str:
    # the colour goes on the cell: Qt drops a table's bgcolor once a class styles the table
    bg = f' bgcolor="{background}"' if background else ""
    return (
        '<table class="card" border="1" cellpadding="10" cellspacing="0" width="100%">'
        f"<tr><td{bg}>{inner}</td></tr></table><p></p>"
    )


def _case_link(reference: str) -> str:
    """A link the pane turns back into `reference` (percent-encoded: "#" or "?" stay in it)."""
    return f'<a href="case:{escape(quote(reference, safe=""))}">{escape(reference)}</a>'


# --- proceedings -------------------------------------------------------------------------------


def proceedings(detail: CaseDetail) -> str:
    if not detail.proceedings and not detail.figures:
        return _empty(
            tr(
                "No proceedings yet. A proceeding is one route this case runs on (platform, "
                "customs, administrative, civil or criminal) before one authority; record one "
                "when you send a notice, file a complaint or a suit, or customs notify you."
            )
        )
    parts = [_proceeding(p) for p in detail.proceedings]
    if detail.figures:
        rows = [
            [
                escape(labels.label(f.measure)),
                f"{f.value:,}",
                escape(labels.label(f.unit)),
                labels.day(f.as_of),
                _multiline(f.note),
            ]
            for f in detail.figures
        ]
        headers = [
            tr("Measure"),
            tr("Figure"),
            tr("Unit"),
            tr("As of"),
            tr("Note"),
        ]
        parts.append(
            f"<h4>{escape(tr('Figures toward criminal thresholds'))}</h4>"
            + _grid(headers, rows, numeric={1})
        )
    return "".join(parts)


def _proceeding(p: ProceedingRow) -> str:
    title = labels.label(p.route)
    if p.authority:
        title += f" · {p.authority}"
    stage = f'<span class="muted">{escape(labels.label(p.stage))}</span>'
    facts = _facts(
        [
            (tr("Authority ref."), _e(p.authority_ref)),
            (tr("Started"), labels.day(p.started_on)),
            (tr("Ended"), labels.day(p.ended_on)),
            (
                tr("Seized"),
                f"{p.quantity_seized:,}" if p.quantity_seized is not None else "",
            ),
            (tr("Fine"), escape(labels.money(p.fine))),
            (tr("Damages"), escape(labels.money(p.damages))),
            (tr("Sentence"), _e(p.sentence)),
        ]
    )
    outcome = (
        f'<p class="body"><span class="k">{escape(tr("Outcome"))}</span> '
        f"{_multiline(p.outcome)}</p>"
        if p.outcome
        else ""
    )
    if p.events:
        rows = [
            [
                labels.day(ev.occurred_on),
                escape(labels.label(ev.kind)),
                _e(ev.reference),
                _multiline(ev.description),
            ]
            for ev in p.events
        ]
        events = f"<h4>{escape(tr('Events'))}</h4>" + _grid(
            [
                tr("Date"),
                tr("Event"),
                tr("Reference"),
                tr("Description"),
            ],
            rows,
        )
    else:
        events = f'<p class="muted">{escape(tr("No events recorded yet."))}</p>'
    return _card(f"<h3>{escape(title)} &nbsp;{stage}</h3>{facts}{outcome}{events}")


# --- parties -----------------------------------------------------------------------------------


def parties(detail: CaseDetail, theme: Theme) -> str:
    if not detail.parties:
        return _empty(
            tr(
                "No parties yet. Add the infringers (sellers, companies, shops, websites) with "
                "their identifiers: shop and seller IDs, credit codes, domains, phone numbers. "
                "Casefile then tells you when the same infringer appears in another case."
            )
        )
    intro = ""
    if has_repeat_infringer(detail):
        text = tr(
            "Repeat infringer: the parties marked below appear in other cases, or share an "
            "identifier (phone, credit code, shop ID, website…) with a party there."
        )
        intro = f'<p class="danger">{escape(text)}</p>'
    return intro + "".join(_party(p, theme) for p in detail.parties)


def has_repeat_infringer(detail: CaseDetail) -> bool:
    """Whether an infringer of the case is in other cases, as the same party record or through
    an identifier it shares with a party there."""
    return any(p.role == "infringer" and p.linked_cases for p in detail.parties)


def _kind_in_sentence(kind: str) -> str:
    """An identifier kind inside a sentence: "phone", "credit code", "shop ID", "URL", "WeChat"."""
    text = labels.label(kind)
    first, _space, rest = text.partition(" ")
    if first[1:].islower():
        first = first[:1].lower() + first[1:]
    return f"{first} {rest}" if rest else first


def _shared(matches: list[SharedIdentifierRow]) -> str:
    """One identifier of a party and the parties of other cases that share it: "Shares phone
    0086-13957928841 with 义乌市沃驰… in CF-2026-0008, CF-2026-0024 (recorded there as +86 139
    5792 8841)". Parties of the same name (one infringer entered again) are named once; past
    SHARED_LINKS cases, a link searches the list for the identifier."""
    mine = matches[0].identifier
    by_name: dict[str, list[str]] = {}
    there: list[str] = []
    for match in matches:
        references = by_name.setdefault(match.party_name, [])
        references += [r for r in match.cases if r not in references]
        theirs = match.other_identifier
        if theirs.kind != mine.kind:  # a URL on a website recorded as a domain, or back
            written = f"{_kind_in_sentence(theirs.kind)} {theirs.value}"
        else:
            written = theirs.value if theirs.value != mine.value else ""
        if written and written not in there:
            there.append(written)
    shown = 0
    parties_html = []
    hidden = 0
    for name, found in by_name.items():
        references = sorted(found)  # several records of one name: their cases in order
        room = max(SHARED_LINKS - shown, 0)
        if room == 0:
            hidden += len(references)
            continue
        links = ", ".join(_case_link(r) for r in references[:room])
        shown += min(room, len(references))
        hidden += max(len(references) - room, 0)
        parties_html.append(
            escape(tr("{party} in {cases}"))
            .replace("{party}", f"<b>{escape(name)}</b>")
            .replace("{cases}", links)
        )
    more = ""
    if hidden:
        text = escape(tr("and {n} more: list them").format(n=f"{hidden:,}"))
        href = escape(f"search:{quote(mine.value, safe='')}")
        more = f' <a href="{href}">{text}</a>'
    recorded = ""
    if there:
        shown_there = ", ".join(there[:3]) + (", …" if len(there) > 3 else "")
        recorded = (
            ' <span class="muted">('
            + escape(tr("recorded there as {value}").format(value=shown_there))
            + ")</span>"
        )
    sentence = escape(tr("Shares {kind} {value} with {parties}"))
    return (
        '<p class="body">'
        + sentence.replace("{kind}", escape(_kind_in_sentence(mine.kind)))
        .replace("{value}", f'<span class="mono">{escape(mine.value)}</span>')
        .replace("{parties}", "; ".join(parties_html))
        + more
        + recorded
        + "</p>"
    )


def _party(row: CasePartyRow, theme: Theme) -> str:
    party = row.party
    repeat = bool(row.linked_cases)
    badge = ""
    if row.role == "infringer" and row.other_cases:
        badge = f' &nbsp;<span class="danger">{escape(tr("REPEAT INFRINGER"))}</span>'
    elif row.role == "infringer" and row.shared:  # another record: very likely, not certain
        badge = f' &nbsp;<span class="danger">{escape(tr("LIKELY REPEAT INFRINGER"))}</span>'
    kind = labels.label(party.kind)
    subtitle = f"{labels.label(row.role)} · {kind}"
    if party.country:
        subtitle += f" · {party.country}"
    idents = "".join(
        f'<tr><td class="k">{escape(labels.label(i.kind))}</td>'
        f'<td class="mono">{escape(i.value)}</td></tr>'
        for i in party.identifiers
    )
    ident_table = (
        f'<table cellpadding="2" cellspacing="0">{idents}</table>'
        if idents
        else f'<p class="muted">{escape(tr("No identifiers recorded."))}</p>'
    )
    also = ""
    if row.other_cases:
        links = ", ".join(_case_link(r) for r in row.other_cases)
        also = f'<p class="body"><b>{escape(tr("Also in:"))}</b> {links}</p>'
    by_identifier: dict[IdentifierRow, list[SharedIdentifierRow]] = {}
    for match in row.shared:
        by_identifier.setdefault(match.identifier, []).append(match)
    also += "".join(_shared(matches) for matches in by_identifier.values())
    notes = f'<p class="body muted">{_multiline(party.notes)}</p>' if party.notes else ""
    inner = (
        f"<h3>{escape(party.name)}{badge}</h3>"
        f'<p class="body muted">{escape(subtitle)}</p>{ident_table}{also}{notes}'
    )
    return _card(inner, theme.danger_bg if repeat and row.role == "infringer" else "")


# --- evidence ----------------------------------------------------------------------------------


def evidence(detail: CaseDetail) -> str:
    if not detail.evidence:
        return _empty(
            tr(
                "No evidence yet. Take in notarised purchases, test buys, screen captures, "
                "customs notices or appraisal reports: each file is copied into the archive with "
                "its SHA-256, so the bundle can be verified later."
            )
        )
    return "".join(_exhibit(e) for e in detail.evidence)


def _exhibit(e: EvidenceRow) -> str:
    head = tr("Exhibit {n}").format(n=e.exhibit_no) + f" · {labels.label(e.kind)}"
    internal = f' &nbsp;<span class="warn">{escape(tr("INTERNAL"))}</span>' if e.internal else ""
    obtained = labels.day(e.obtained_on)
    if e.obtained_by:
        obtained = (obtained + " " if obtained else "") + tr("by {who}").format(who=e.obtained_by)
    notary = e.notary_office
    if e.notary_certificate:
        notary = f"{notary}, " if notary else ""
        notary += tr("certificate {number}").format(number=e.notary_certificate)
    url = ""
    if e.source_url:
        href = e.source_url if "://" in e.source_url else f"https://{e.source_url}"
        url = f'<a href="{escape(href)}">{escape(e.source_url)}</a>'
    facts = _facts(
        [
            (tr("Obtained"), escape(obtained)),
            (tr("Notary"), escape(notary)),
            (tr("Source"), url),
        ],
        columns=1,
    )
    description = f'<p class="body">{_multiline(e.description)}</p>' if e.description else ""
    parts = [f"<h3>{escape(head)}{internal}</h3>{description}{facts}"]
    if e.files:
        rows = [
            [
                escape(f.original_name),
                labels.size(f.size),
                f'<span class="mono">{escape(f.sha256[:SHA_PREFIX])}…</span>',
            ]
            for f in e.files
        ]
        parts.append(
            f"<h4>{escape(tr('Files'))}</h4>"
            + _grid(
                [
                    tr("File"),
                    tr("Size"),
                    tr("SHA-256"),
                ],
                rows,
                numeric={1},
            )
        )
    if e.custody:
        rows = [
            [
                labels.day(c.occurred_at),
                escape(labels.label(c.action)),
                escape(" → ".join(x for x in (c.received_from, c.handed_to) if x)),
                _e(c.seal_number),
                _e(c.location),
                _multiline(c.note),
            ]
            for c in e.custody
        ]
        headers = [
            tr("When"),
            tr("Action"),
            tr("From → to"),
            tr("Seal"),
            tr("Location"),
            tr("Note"),
        ]
        parts.append(f"<h4>{escape(tr('Chain of custody'))}</h4>" + _grid(headers, rows))
    return _card("".join(parts))


# --- rights ------------------------------------------------------------------------------------


def rights(detail: CaseDetail, today: date | None = None) -> str:
    if not detail.rights:
        return _empty(
            tr(
                "No rights linked yet. Link the trademarks, patents, designs or copyrights this "
                "case enforces, with their customs recordals (GACC, EU application for action)."
            )
        )
    return "".join(_right(r, today or clock.today()) for r in detail.rights)


def _validity(start: date | None, end: date | None, today: date) -> str:
    if start is None and end is None:
        return ""
    text = f"{labels.day(start, '…')} – {labels.day(end, '…')}"
    if end is not None and end < today:
        return f'<span class="danger">{escape(text)} ({escape(tr("expired"))})</span>'
    if end is not None and (end - today).days <= RECORDAL_RENEW_DAYS:
        return f'<span class="warn">{escape(text)} ({escape(tr("renew now"))})</span>'
    return escape(text)


def _right(r: RightRow, today: date) -> str:
    head = f"{labels.label(r.kind)} {r.jurisdiction} {r.number}"
    if r.title:
        head += f" · {r.title}"
    facts = _facts(
        [
            (tr("Owner"), _e(r.owner)),
            (tr("Classes"), escape(", ".join(r.classes))),
            (tr("Valid"), _validity(r.valid_from, r.valid_to, today)),
        ]
    )
    if r.recordals:
        rows = [
            [_e(rec.authority), _e(rec.number), _validity(rec.valid_from, rec.valid_to, today)]
            for rec in r.recordals
        ]
        recordals = f"<h4>{escape(tr('Customs recordals'))}</h4>" + _grid(
            [
                tr("Authority"),
                tr("Number"),
                tr("Valid"),
            ],
            rows,
        )
    else:
        recordals = f'<p class="muted">{escape(tr("Not recorded with customs."))}</p>'
    return _card(f"<h3>{escape(head)}</h3>{facts}{recordals}")


# --- money -------------------------------------------------------------------------------------


def money(detail: CaseDetail) -> str:
    if not detail.money:
        return _empty(
            tr(
                "No costs or recoveries yet. Record what the case costs (notary, investigators, "
                "test buys, bonds, court fees, lawyers) and what it brings back (damages, "
                "settlements, bonds returned) to see its balance per currency."
            )
        )
    rows = [_money_row(m) for m in detail.money]
    entries = _grid(
        [
            tr("Date"),
            tr("Type"),
            tr("Category"),
            tr("Amount"),
            tr("Description"),
        ],
        rows,
        numeric={3},
    )
    totals = _totals(detail.money)
    return f"<h4>{escape(tr('Totals'))}</h4>{totals}<h4>{escape(tr('Entries'))}</h4>{entries}"


def _money_row(m: MoneyRow) -> list[str]:
    amount = escape(labels.money(m.money))
    css = "ok" if m.direction == "recovery" else ""
    return [
        labels.day(m.occurred_on),
        f'<span class="{css}">{escape(labels.label(m.direction))}</span>',
        escape(labels.label(m.category)),
        f'<span class="{css}">{amount}</span>',
        _multiline(m.description),
    ]


def totals_by_currency(entries: tuple[MoneyRow, ...]) -> dict[str, tuple[Decimal, Decimal]]:
    """currency → (costs, recoveries)."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for m in entries:
        sums[m.money.currency][1 if m.direction == "recovery" else 0] += m.money.amount
    return {cur: (c, r) for cur, (c, r) in sorted(sums.items())}


def _totals(entries: tuple[MoneyRow, ...]) -> str:
    rows = []
    for currency, (costs, recoveries) in totals_by_currency(entries).items():
        net = recoveries - costs
        css = "ok" if net >= 0 else "danger"
        rows.append(
            [
                f"<b>{escape(currency)}</b>",
                escape(labels.money(Money(costs, currency))),
                escape(labels.money(Money(recoveries, currency))),
                f'<span class="{css}">{escape(labels.money(Money(net, currency)))}</span>',
            ]
        )
    return _grid(
        [
            tr("Currency"),
            tr("Costs"),
            tr("Recoveries"),
            tr("Net"),
        ],
        rows,
        numeric={1, 2, 3},
    )


# --- notes -------------------------------------------------------------------------------------


def notes(detail: CaseDetail) -> str:
    if not detail.notes:
        return _empty(
            tr(
                "No notes yet. Notes keep what does not fit elsewhere: calls with the platform, "
                "the investigator's observations, strategy. Internal notes never leave the firm."
            )
        )
    parts = []
    for n in reversed(detail.notes):  # newest first
        internal = f' · <span class="warn">{escape(tr("Internal"))}</span>' if n.internal else ""
        meta = f'<span class="muted">{escape(n.author)} · {labels.day(n.created_at)}</span>'
        parts.append(
            _card(f'<p class="body">{meta}{internal}</p><p class="body">{_multiline(n.body)}</p>')
        )
    return "".join(parts)
