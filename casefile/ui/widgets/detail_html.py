"""The case detail tabs as rich text for QTextBrowser: pure functions from frozen rows to HTML.

Kept apart from the widget so each section can be read and tested as text. Qt's rich text knows a
subset of HTML 4 and CSS 2 (tables, cell padding, colours, borders on tables), which is what this
uses. Colours come from a `Theme` built from the widget's palette, so a dark desktop stays
readable.

Every value that comes from the archive is escaped (`escape`, `_e`, `_multiline`) before it is put
into the HTML: a title such as "<b>Bold</b> & Co" shows as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette

from casefile import clock
from casefile.domain import BondStatus, Money, MoneyDirection, PartyRole, RenewalState
from casefile.store.rows import (
    CaseDetail,
    CasePartyRow,
    EvidenceRow,
    IdentifierRow,
    MoneyRow,
    ProceedingRow,
    RecordalRow,
    RightRow,
    SharedIdentifierRow,
)
from casefile.ui import labels
from casefile.ui.core_words import say_all
from casefile.ui.record_links import RecordAction as A
from casefile.ui.record_links import RecordKind as K
from casefile.ui.record_links import anchor

if TYPE_CHECKING:
    from casefile.services.records import MoneyTotals


def tr(text: str) -> str:
    """Translate a user-visible string. pyside6-lupdate reads module-level `tr("…")` calls into
    the empty context, so they are translated in that context."""
    return QCoreApplication.translate("", text)


SHA_PREFIX = 12
SHARED_LINKS = 12  # cases linked per shared identifier; the rest are a search away


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
    p.add {{ margin-top: 4px; margin-bottom: 8px; }}
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


def _add(text: str, kind: K, within: int | None = None) -> str:
    """The tab's "Add …" link, above its records."""
    return f'<p class="add">{anchor("＋ " + text, A.ADD, kind, within)}</p>'


def _edit_remove(kind: K, record_id: int) -> str:
    """ "Edit · Remove" beside a record."""
    edit = anchor(tr("Edit"), A.EDIT, kind, record_id)
    return f'{edit} <span class="muted">·</span> {anchor(tr("Remove"), A.REMOVE, kind, record_id)}'


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
    add = _add(tr("Add Proceeding…"), K.PROCEEDING)
    if not detail.proceedings and not detail.figures:
        return add + _empty(
            tr(
                "No proceedings yet. A proceeding is one route this case runs on (platform, "
                "customs, administrative, civil or criminal) before one authority; record one "
                "when you send a notice, file a complaint or a suit, or customs notify you."
            )
        )
    parts = [add, *(_proceeding(p) for p in detail.proceedings)]
    if detail.figures:
        rows = [
            [
                escape(labels.label(f.measure)),
                f"{f.value:,}",
                escape(labels.label(f.unit)),
                labels.day(f.as_of),
                _multiline(f.note),
                _edit_remove(K.FIGURE, f.id),
            ]
            for f in detail.figures
        ]
        headers = [
            tr("Measure"),
            tr("Figure"),
            tr("Unit"),
            tr("As of"),
            tr("Note"),
            "",
        ]
        parts.append(
            f"<h4>{escape(tr('Figures toward criminal thresholds'))}</h4>"
            + _add(tr("Add Figure…"), K.FIGURE)
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
                _edit_remove(K.EVENT, ev.id),
            ]
            for ev in p.events
        ]
        events = f"<h4>{escape(tr('Events'))}</h4>" + _grid(
            [
                tr("Date"),
                tr("Event"),
                tr("Reference"),
                tr("Description"),
                "",
            ],
            rows,
        )
    else:
        events = f'<p class="muted">{escape(tr("No events recorded yet."))}</p>'
    actions = (
        f'<p class="body">{_edit_remove(K.PROCEEDING, p.id)} <span class="muted">·</span> '
        f"{anchor(tr('Add Event…'), A.ADD, K.EVENT, p.id)}</p>"
    )
    return _card(
        f"<h3>{escape(title)} &nbsp;{stage}</h3>{actions}{facts}{outcome}{_listings(p)}{events}"
    )


def _listings(p: ProceedingRow) -> str:
    """A platform proceeding's listings: how many, how many a notice named, and the way to
    file the rest (Case › Export Complaint Packets…, for this proceeding)."""
    if not p.listings:
        return ""
    said = tr("{n} infringing listing(s), {sent} named in a notice sent").format(
        n=f"{p.listings:,}", sent=f"{p.listings_in_notice:,}"
    )
    packets = anchor(tr("Export Complaint Packets…"), A.ADD, K.PACKETS, p.id)
    return f'<p class="body">{escape(said)} <span class="muted">·</span> {packets}</p>'


# --- parties -----------------------------------------------------------------------------------


def parties(detail: CaseDetail, theme: Theme) -> str:
    add = (
        f'<p class="add">{anchor("＋ " + tr("Add Party…"), A.ADD, K.PARTY)} &nbsp; '
        f"{anchor('＋ ' + tr('Link Existing Party…'), A.ADD, K.PARTY_LINK)}</p>"
    )
    if not detail.parties:
        return add + _empty(
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
    return add + intro + "".join(_party(p, theme) for p in detail.parties)


def has_repeat_infringer(detail: CaseDetail) -> bool:
    """Whether an infringer of the case is in other cases, as the same party record or through
    an identifier it shares with a party there."""
    return any(p.role == PartyRole.INFRINGER and p.linked_cases for p in detail.parties)


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
    if row.role == PartyRole.INFRINGER and row.other_cases:
        badge = f' &nbsp;<span class="danger">{escape(tr("REPEAT INFRINGER"))}</span>'
    elif row.role == PartyRole.INFRINGER and row.shared:  # another record: very likely, not certain
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
    actions = ""
    if row.link_id:
        edit = anchor(tr("Edit"), A.EDIT, K.PARTY, row.link_id)
        unlink = anchor(tr("Unlink"), A.REMOVE, K.PARTY, row.link_id)
        actions = f'<p class="body">{edit} <span class="muted">·</span> {unlink}</p>'
    inner = (
        f"<h3>{escape(party.name)}{badge}</h3>"
        f'<p class="body muted">{escape(subtitle)}</p>{actions}{ident_table}{also}{notes}'
    )
    return _card(inner, theme.danger_bg if repeat and row.role == PartyRole.INFRINGER else "")


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


def exhibit_anchor(exhibit_id: int) -> str:
    """The name of the place in the Evidence tab where exhibit `exhibit_id` begins."""
    return f"exhibit-{exhibit_id}"


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
    edit = anchor(tr("Edit"), A.EDIT, K.EXHIBIT, e.id)
    withdrawn = ""
    if e.withdrawn:
        again = anchor(tr("Reinstate"), A.REMOVE, K.WITHDRAWAL, e.id)
        internal += f' &nbsp;<span class="danger">{escape(tr("WITHDRAWN"))}</span>'
        kept = tr("Left out of bundles; its files and custody log are kept.")
        said = tr("Withdrawn on {day}: {reason}").format(
            day=labels.day(e.withdrawn_on), reason=e.withdrawn_reason
        )
        withdrawn = (
            f'<p class="body"><span class="warn">{_multiline(said)}</span><br/>'
            f'<span class="muted">{escape(kept)}</span></p>'
        )
    else:
        again = anchor(tr("Withdraw"), A.ADD, K.WITHDRAWAL, e.id)
    actions = f'<p class="body">{edit} <span class="muted">·</span> {again}</p>'
    # the anchor the Evidence view's Enter scrolls to (`exhibit_anchor`)
    mark = f'<a name="{exhibit_anchor(e.id)}"></a>'
    parts = [f"{mark}<h3>{escape(head)}{internal}</h3>{actions}{withdrawn}{description}{facts}"]
    if e.files:
        rows = [
            [
                escape(f.original_name),
                labels.size(f.size),
                f'<span class="mono">{escape(f.sha256[:SHA_PREFIX])}…</span>',
                f"{anchor(tr('Open'), A.OPEN, K.FILE, f.id)} "
                f'<span class="muted">·</span> '
                f"{anchor(tr('Show in Folder'), A.SHOW, K.FILE, f.id)}",
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
                    "",
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
    add = _add(tr("Add Right…"), K.RIGHT)
    if not detail.rights:
        return add + _empty(
            tr(
                "No rights linked yet. Link the trademarks, patents, designs or copyrights this "
                "case enforces, with their customs recordals (GACC, EU application for action)."
            )
        )
    day = today or clock.today()
    return add + "".join(_right(r, day, detail.reference) for r in detail.rights)


def _validity(right: RightRow, recordal: RecordalRow | None, today: date) -> str:
    """The validity period, marked by the renewal rules (rules/renewals.toml): renew now, late,
    expired; the rule's sentence follows where counsel must act."""
    start = recordal.valid_from if recordal is not None else right.valid_from
    end = recordal.valid_to if recordal is not None else right.valid_to
    if start is None and end is None:
        return ""
    text = escape(f"{labels.day(start, '…')} – {labels.day(end, '…')}")
    from casefile.services.rights import renewal_of  # SQL libraries after the first paint

    renewal = renewal_of(right, recordal, today)
    if renewal is None or renewal.state is RenewalState.VALID:
        return text
    css = "danger" if renewal.state in (RenewalState.LATE, RenewalState.EXPIRED) else "warn"
    state = escape(labels.label(renewal.state))
    why = escape(say_all(renewal.explanation_phrases, renewal.explanation))
    return f'<span class="{css}">{text} ({state})</span><br><span class="muted">{why}</span>'


def _right(r: RightRow, today: date, reference: str = "") -> str:
    head = f"{labels.label(r.kind)} {r.jurisdiction} {r.number}"
    if r.title:
        head += f" · {r.title}"
    others = [c for c in r.cases if c != reference]
    facts = _facts(
        [
            (tr("Owner"), _e(r.owner)),
            (tr("Classes"), escape(", ".join(r.classes))),
            (tr("Valid"), _validity(r, None, today)),
            (tr("Also enforced in"), ", ".join(_case_link(c) for c in others)),
        ]
    )
    if r.recordals:
        rows = [
            [
                _e(rec.authority),
                _e(rec.number),
                _validity(r, rec, today),
                _edit_remove(K.RECORDAL, rec.id),
            ]
            for rec in r.recordals
        ]
        recordals = f"<h4>{escape(tr('Customs recordals'))}</h4>" + _grid(
            [
                tr("Authority"),
                tr("Number"),
                tr("Valid"),
                "",
            ],
            rows,
        )
    else:
        recordals = f'<p class="muted">{escape(tr("Not recorded with customs."))}</p>'
    actions = (
        f'<p class="body">{_edit_remove(K.RIGHT, r.id)} <span class="muted">·</span> '
        f"{anchor(tr('Add Recordal…'), A.ADD, K.RECORDAL, r.id)}</p>"
    )
    return _card(f"<h3>{escape(head)}</h3>{actions}{facts}{recordals}")


# --- money -------------------------------------------------------------------------------------


def money(detail: CaseDetail, totals: tuple[MoneyTotals, ...] = ()) -> str:
    """The case's costs and recoveries; `totals` are the core's (`services.records.totals_of`),
    one row per currency."""
    add = _add(tr("Add Cost or Recovery…"), K.MONEY)
    if not detail.money:
        return add + _empty(
            tr(
                "No costs or recoveries yet. Record what the case costs (notary, investigators, "
                "test buys, bonds, court fees, lawyers) and what it brings back (damages, "
                "settlements, a share of fines) to see its balance per currency."
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
            "",
        ],
        rows,
        numeric={3},
    )
    shown = [add]
    if totals:
        shown.append(f"<h4>{escape(tr('Totals'))}</h4>{_totals(totals)}")
    shown.append(f"<h4>{escape(tr('Entries'))}</h4>{entries}")
    return "".join(shown)


def _money_row(m: MoneyRow) -> list[str]:
    amount = escape(labels.money(m.money))
    kind = labels.label(m.direction)
    actions = _edit_remove(K.MONEY, m.id)
    if m.bond_status is not None:  # a bond posted: held, returned or forfeited
        kind = tr("Bond")
        day = labels.day(m.bond_settled_on)
        outcomes: dict[str, tuple[str, str]] = {  # (css, words)
            BondStatus.HELD: ("warn", tr("held")),
            BondStatus.RETURNED: ("muted", tr("returned {day}").format(day=day)),
            BondStatus.FORFEITED: ("", tr("forfeited {day}").format(day=day)),
        }
        css, state = outcomes.get(m.bond_status, ("", ""))
        held = m.bond_status == BondStatus.HELD
        settle = tr("Returned or Forfeited…") if held else tr("Change Outcome…")
        actions = f"{anchor(settle, A.EDIT, K.BOND, m.id)}<br/>{actions}"
        kind_html = f'{escape(kind)}<br/><span class="{css}">{escape(state)}</span>'
        muted = "muted" if m.bond_status == BondStatus.RETURNED else ""
        amount = f'<span class="{muted}">{amount}</span>'
    else:
        css = "ok" if m.direction == MoneyDirection.RECOVERY else ""
        kind_html = f'<span class="{css}">{escape(kind)}</span>'
        amount = f'<span class="{css}">{amount}</span>'
    return [
        labels.day(m.occurred_on),
        kind_html,
        escape(labels.label(m.category)),
        amount,
        _multiline(m.description),
        actions,
    ]


def _totals(totals: tuple[MoneyTotals, ...]) -> str:
    held = any(t.bonds_held for t in totals)
    rows = []
    for t in totals:
        css = "ok" if t.net >= 0 else "danger"
        row = [
            f"<b>{escape(t.currency)}</b>",
            escape(labels.money(Money(t.costs, t.currency))),
            escape(labels.money(Money(t.recoveries, t.currency))),
            f'<span class="{css}">{escape(labels.money(Money(t.net, t.currency)))}</span>',
        ]
        if held:
            row.append(
                escape(labels.money(Money(t.bonds_held, t.currency))) if t.bonds_held else ""
            )
        rows.append(row)
    headers = [tr("Currency"), tr("Costs"), tr("Recoveries"), tr("Net")]
    note = ""
    if held:
        headers.append(tr("Bonds held"))
        note = '<p class="muted">{}</p>'.format(
            escape(
                tr(
                    "A bond held is neither a cost nor a recovery until it is forfeited (then a "
                    "cost) or returned."
                )
            )
        )
    return _grid(headers, rows, numeric={1, 2, 3, 4}) + note


# --- notes -------------------------------------------------------------------------------------


def notes(detail: CaseDetail) -> str:
    add = _add(tr("Add Note…"), K.NOTE)
    if not detail.notes:
        return add + _empty(
            tr(
                "No notes yet. Notes keep what does not fit elsewhere: calls with the platform, "
                "the investigator's observations, strategy. Internal notes never leave the firm."
            )
        )
    parts = [add]
    for n in reversed(detail.notes):  # newest first
        internal = f' · <span class="warn">{escape(tr("Internal"))}</span>' if n.internal else ""
        meta = f'<span class="muted">{escape(n.author)} · {labels.day(n.created_at)}</span>'
        actions = f" &nbsp; {_edit_remove(K.NOTE, n.id)}"
        parts.append(
            _card(
                f'<p class="body">{meta}{internal}{actions}</p>'
                f'<p class="body">{_multiline(n.body)}</p>'
            )
        )
    return "".join(parts)


# lupdate does not read inside f-strings: the words their tr() calls look up, marked here.
_WORDS_IN_F_STRINGS = (
    QT_TRANSLATE_NOOP("", "Remove"),
    QT_TRANSLATE_NOOP("", "Add Event…"),
    QT_TRANSLATE_NOOP("", "Add Party…"),
    QT_TRANSLATE_NOOP("", "Link Existing Party…"),
    QT_TRANSLATE_NOOP("", "Add Recordal…"),
    QT_TRANSLATE_NOOP("", "Outcome"),
    QT_TRANSLATE_NOOP("", "No events recorded yet."),
    QT_TRANSLATE_NOOP("", "REPEAT INFRINGER"),
    QT_TRANSLATE_NOOP("", "No identifiers recorded."),
    QT_TRANSLATE_NOOP("", "Also in:"),
    QT_TRANSLATE_NOOP("", "INTERNAL"),
    QT_TRANSLATE_NOOP("", "WITHDRAWN"),
    QT_TRANSLATE_NOOP("", "Not recorded with customs."),
    QT_TRANSLATE_NOOP("", "Entries"),
    QT_TRANSLATE_NOOP("", "Events"),
    QT_TRANSLATE_NOOP("", "LIKELY REPEAT INFRINGER"),
    QT_TRANSLATE_NOOP("", "Customs recordals"),
    QT_TRANSLATE_NOOP("", "Totals"),
    QT_TRANSLATE_NOOP("", "Internal"),
    QT_TRANSLATE_NOOP("", "Open"),
    QT_TRANSLATE_NOOP("", "Show in Folder"),
    QT_TRANSLATE_NOOP("", "Files"),
    QT_TRANSLATE_NOOP("", "Chain of custody"),
    QT_TRANSLATE_NOOP("", "Figures toward criminal thresholds"),
)
