"""What the case list holds (services/case_listing.py): the same cases, in the same order, as
`casefile list` finds; a column's order narrowed to a search or the filters; a kept order never
stale after a write."""

from __future__ import annotations

import pytest

from casefile.errors import ValidationError
from casefile.services import cases
from casefile.services.case_listing import RANKED, CaseListing, filter_choices
from casefile.services.search import case_filters, case_ids, matches
from casefile.store.archive import Archive
from tests.core.test_search import TODAY, fill


@pytest.fixture
def listing(archive: Archive) -> CaseListing:
    fill(archive)
    return CaseListing(archive)


def references(archive: Archive, ids: list[int]) -> list[str]:
    return [s.reference for s in cases.case_summaries(archive, ids)]


def test_with_no_search_every_case_by_reference_or_by_a_column(listing: CaseListing) -> None:
    archive = listing.archive
    assert references(archive, listing.ids(today=TODAY).ids) == [
        "CF-2025-0003",
        "CF-2026-0001",
        "CF-2026-0002",
    ]
    by_title = listing.ids(sort="title", descending=True, today=TODAY).ids
    assert references(archive, by_title) == ["CF-2026-0002", "CF-2025-0003", "CF-2026-0001"]


@pytest.mark.parametrize(
    ("text", "filters"),
    [
        ("沃驰", {}),
        ("scooter", {}),
        ("Voltra", {"status": "open"}),
        ("", {"brand": "voltra"}),
        ("", {"route": "customs"}),
        ("", {"jurisdiction": "hk"}),
        ("", {"tag": "REPEAT"}),
        ("", {"counsel": "chen jing"}),
        ("", {"due_within_days": 7}),
        ("", {"transfer": "none"}),
    ],
)
def test_the_window_lists_what_the_command_line_finds(
    listing: CaseListing, text: str, filters: dict[str, object]
) -> None:
    chosen = case_filters(**filters)  # type: ignore[arg-type]
    listed = listing.ids(text, chosen, RANKED, today=TODAY)
    assert listed.ids == case_ids(listing.archive, text, chosen, today=TODAY)
    assert listed.ids  # each of these finds something in the filled archive
    assert set(listed.matched) == (set(listed.ids) if text else set())


def test_a_search_sorted_by_a_column_keeps_what_it_found(listing: CaseListing) -> None:
    archive = listing.archive
    ranked = listing.ids("沃驰", sort=RANKED, today=TODAY)
    by_reference = listing.ids("沃驰", sort="reference", descending=True, today=TODAY)
    assert set(by_reference.ids) == set(ranked.ids)
    assert references(archive, by_reference.ids) == ["CF-2026-0002", "CF-2026-0001"]


def test_the_filters_narrow_and_combine(listing: CaseListing) -> None:
    archive = listing.archive
    found = listing.ids("", case_filters(brand="VOLTRA", counsel="li wei"), today=TODAY)
    assert references(archive, found.ids) == ["CF-2026-0002"]
    assert listing.ids("", case_filters(jurisdiction="XX"), today=TODAY).ids == []


def test_a_case_written_after_the_order_was_kept_is_listed(listing: CaseListing) -> None:
    archive = listing.archive
    assert len(listing.ids(today=TODAY).ids) == 3
    made = cases.create_case(archive, cases.CaseDraft(title="Another seller", brand="Voltra"))
    listed = references(archive, listing.ids(today=TODAY).ids)
    assert made.reference in listed and len(listed) == 4
    voltra = listing.ids("", case_filters(brand="voltra"), today=TODAY)
    assert made.reference in references(archive, voltra.ids)


def test_a_search_too_short_says_how_long_it_must_be(listing: CaseListing) -> None:
    with pytest.raises(ValidationError, match="at least 3 characters"):
        listing.ids("ab", today=TODAY)


def test_the_filters_offer_the_values_the_archive_holds(listing: CaseListing) -> None:
    choices = filter_choices(listing.archive)
    assert choices.brands in (["Kestrel", "VOLTRA"], ["Kestrel", "Voltra"])  # one per spelling
    assert choices.counsel == ["Chen Jing", "Li Wei"]
    assert choices.tags == ["export", "repeat"]
    assert choices.jurisdictions == ["CN", "HK"]


def test_the_matching_field_is_shown_around_what_was_typed(listing: CaseListing) -> None:
    found = listing.ids("浙义证字第1187", today=TODAY)
    (doc,) = found.matched.values()
    field, shown = matches(listing.archive, "浙义证字第1187", [doc])[doc]
    assert field == "evidence_item.notary_certificate"
    assert shown == "(2026)«浙义证字第1187»号"


def test_a_page_of_the_list_finds_each_cases_next_deadline_by_the_case(archive: Archive) -> None:
    """The next open deadline of a page's cases is looked up by case (index on case, status and
    date), never by walking every open deadline in date order (an index on status and due date
    was once taken for it: 3.5 s for a page of 200 cases on 100,000)."""
    from sqlmodel import col

    from casefile.store.models import NEXT_DUE_INDEX, Case
    from casefile.store.repositories import _summary_query

    query = _summary_query().where(col(Case.id).in_([1, 2, 3]))
    with archive.reading() as session:
        compiled = query.compile(session.get_bind(), compile_kwargs={"render_postcompile": True})
        assert compiled.positiontup is not None
        params = tuple(compiled.params[name] for name in compiled.positiontup)
        steps = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)
        plan = [str(row[3]) for row in steps]
    on_deadlines = [step for step in plan if " deadline " in f" {step} "]
    assert on_deadlines, plan
    assert all(NEXT_DUE_INDEX in step for step in on_deadlines), plan
