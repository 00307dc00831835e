"""Finding cases: full-text search over cases, parties and their identifiers (as typed and
normalised), exhibits and notary details, notes, proceedings and their authorities' references,
rights and recordals; ranked, each hit saying which field matched and showing it; narrowed by
the case-list filters, all in SQL. Both faces use it: `casefile list --search` and the window.

A search text is one substring to find (three characters or more, two if one is Chinese);
typed like an identifier, its normalised forms are looked for too ("138 0013 8000" finds
"+86 13800138000"). How the index works: store/search.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casefile import clock
from casefile.domain import NO_TRANSFER, CaseStatus, Route, TransferStep
from casefile.errors import ValidationError
from casefile.services.parties import identifier_search_keys
from casefile.services.validation import choice
from casefile.store import search
from casefile.store.archive import Archive
from casefile.store.case_filters import CaseFilters, filtered_case_ids, found_cases
from casefile.store.repositories import case_summaries
from casefile.store.rows import CaseSummary
from casefile.words import N_

# Characters shown before and after the match: few before, so that the match itself shows at
# the start of the window's narrow "Found in" column.
SNIPPET_BEFORE, SNIPPET_AFTER = 12, 40

__all__ = ["NO_TRANSFER", "CaseFilters", "SearchHit", "case_filters", "search_cases"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A case a search found: its list line, the field that matched best (`table.field`, e.g.
    "evidence_item.notary_certificate", worded by each face), that field's text around the
    match (with « » around it), and its score (lower is better)."""

    case: CaseSummary
    field: str
    snippet: str
    score: float


def case_filters(
    *,
    status: object = None,
    route: object = None,
    jurisdiction: str | None = None,
    brand: str | None = None,
    transfer: object = None,
    due_within_days: int | None = None,
    tag: str | None = None,
    counsel: str | None = None,
) -> CaseFilters:
    """Filters from what a user gave, checked: an unknown status, route or transfer step is a
    ValidationError naming what is allowed."""
    if due_within_days is not None and due_within_days < 0:
        raise ValidationError("due within", N_("give a number of days, 0 or more"))
    step: str | None = None
    if transfer == NO_TRANSFER:
        step = NO_TRANSFER
    elif transfer not in (None, ""):
        step = choice("transfer", transfer, TransferStep).value
    return CaseFilters(
        status=choice("status", status, CaseStatus).value if status not in (None, "") else None,
        route=choice("route", route, Route).value if route not in (None, "") else None,
        jurisdiction=(jurisdiction or "").strip().upper() or None,
        brand=(brand or "").strip() or None,
        transfer=step,
        due_within_days=due_within_days,
        tag=(tag or "").strip() or None,
        counsel=(counsel or "").strip() or None,
    )


def prepare(text: str) -> search.Query:
    """The index query for a text: as typed, and as each kind of identifier normalises it."""
    keys = [key for _kind, key in identifier_search_keys(text)]
    return search.prepare(text, keys)


def too_short(text: str) -> bool:
    """Whether `text` is too short to search (fewer than three characters, two for Chinese)."""
    return prepare(text).too_short


def too_short_error() -> ValidationError:
    return ValidationError(
        "search", N_("type at least 3 characters (2 for Chinese) to search the archive")
    )


def case_ids(
    archive: Archive,
    text: str = "",
    filters: CaseFilters | None = None,
    today: date | None = None,
) -> list[int]:
    """The ids of the cases found, best first; with no text, every case the filters leave, by
    reference (what the case list holds). A text too short to search is a ValidationError."""
    filters = filters or CaseFilters()
    today = today or clock.today()
    with archive.reading() as session:
        if not text.strip():
            return filtered_case_ids(session, filters, today)
        query = prepare(text)
        if query.too_short:
            raise too_short_error()
        return [case_id for case_id, _score, _doc in found_cases(session, query, filters, today)]


def search_cases(
    archive: Archive,
    text: str,
    filters: CaseFilters | None = None,
    limit: int | None = None,
    today: date | None = None,
) -> list[SearchHit]:
    """The cases `text` finds under the filters, best first, with the field that matched."""
    query = prepare(text)
    if query.too_short:
        raise too_short_error()
    with archive.reading() as session:
        found = found_cases(session, query, filters or CaseFilters(), today or clock.today(), limit)
        summaries = {s.id: s for s in case_summaries(session, [f[0] for f in found])}
        bodies = search.bodies(session.connection(), [doc for _c, _s, doc in found])
    hits = []
    for case_id, score, doc in found:
        table, field = search.field_of(doc)
        hits.append(
            SearchHit(
                case=summaries[case_id],
                field=f"{table}.{field}",
                snippet=snippet(bodies.get(doc, ""), query.needles),
                score=score,
            )
        )
    return hits


def matches(archive: Archive, text: str, docs: list[int]) -> dict[int, tuple[str, str]]:
    """For each index document a search for `text` matched (`Listing.matched`): the field
    (`table.field`, worded by each face) and its text around the match (`snippet`)."""
    needles = prepare(text).needles
    with archive.reading() as session:
        found = search.bodies(session.connection(), docs)
    return {
        doc: (".".join(search.field_of(doc)), snippet(body, needles)) for doc, body in found.items()
    }


def snippet(
    body: str,
    needles: tuple[str, ...],
    before: int = SNIPPET_BEFORE,
    after: int = SNIPPET_AFTER,
) -> str:
    """`body` around the first needle found in it, the match marked « »; cut with "…"."""
    folded = body.casefold()
    for needle in needles:
        # casefold keeps lengths for the scripts searched here; if it did not, show the start
        at = folded.find(needle.casefold())
        if at >= 0 and len(folded) == len(body):
            end = at + len(needle)
            start, stop = max(0, at - before), min(len(body), end + after)
            return (
                ("…" if start else "")
                + f"{body[start:at]}«{body[at:end]}»{body[end:stop]}"
                + ("…" if stop < len(body) else "")
            )
    shown = before + after
    return body[:shown] + ("…" if len(body) > shown else "")
