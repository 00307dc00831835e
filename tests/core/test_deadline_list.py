"""The deadlines across cases as counsel checks them on a small archive built by hand: each
filter (overdue, due within N days, route, counsel, jurisdiction, rule, status) keeps exactly the
deadlines worked out here, in due order; marking done and waiving move a deadline between the
statuses; a month's counts per day; bad filters refused with the field named; the CLI."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from casefile import cli
from casefile.domain import DeadlineStatus, Route
from casefile.errors import ValidationError
from casefile.services import cases, proceedings, records
from casefile.services.deadline_list import (
    deadline_filters,
    deadline_listing,
    deadline_page,
    filter_choices,
    month_counts,
)
from casefile.store.archive import Archive

TODAY = date(2026, 11, 21)  # a Saturday


@dataclass(frozen=True)
class Built:
    lin: str  # Lin Yue's case: a customs proceeding in CN with a generated deadline
    tan: str  # Daniel Tan's case: deadlines added by hand, one on a civil proceeding


def _build(archive: Archive) -> Built:
    lin = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Fake chargers", opened_on="2026-03-02", responsible_counsel="Lin Yue"
        ),
    ).reference
    tan = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Shop listings", opened_on="2026-04-01", responsible_counsel="Daniel Tan"
        ),
    ).reference
    customs = proceedings.add_proceeding(
        archive, lin, proceedings.ProceedingDraft(route="customs", jurisdiction="CN")
    )
    # the notice on Wednesday starts "apply for detention": 3 working days → Monday 23 Nov
    proceedings.add_event(archive, customs.id, "customs_notice", "2026-11-18")
    civil = proceedings.add_proceeding(archive, tan, proceedings.ProceedingDraft(route="civil"))

    def add(ref: str, title: str, days: int, proceeding_id: int | None = None) -> None:
        due = (TODAY + timedelta(days=days)).isoformat()
        records.add_deadline(archive, ref, title, due, proceeding_id=proceeding_id)

    add(tan, "file the complaint", -3, civil.id)  # overdue
    add(tan, "reply to the platform", 0)  # due today
    add(lin, "collect the samples", 5)
    add(tan, "pay the court fee", 30, civil.id)
    add(lin, "renew the recordal", 31)
    return Built(lin, tan)


def _titles(archive: Archive, **filters: object) -> list[str]:
    listing = deadline_listing(archive, deadline_filters(**filters), TODAY)
    return [item.title for item in listing.first_page]


APPLY = "Apply for detention and post a bond after customs notifies suspected goods"


def test_the_open_deadlines_of_every_case_earliest_first(archive: Archive) -> None:
    built = _build(archive)
    listing = deadline_listing(archive, today=TODAY)
    assert [(i.reference, i.title, i.due_on) for i in listing.first_page] == [
        (built.tan, "file the complaint", date(2026, 11, 18)),
        (built.tan, "reply to the platform", TODAY),
        (built.lin, APPLY, date(2026, 11, 23)),
        (built.lin, "collect the samples", date(2026, 11, 26)),
        (built.tan, "pay the court fee", date(2026, 12, 21)),
        (built.lin, "renew the recordal", date(2026, 12, 22)),
    ]
    assert listing.count == 6
    first = listing.first_page[0]
    assert (first.route, first.counsel, first.case_title) == (
        Route.CIVIL,
        "Daniel Tan",
        "Shop listings",
    )
    assert (first.days_left, first.overdue, first.status) == (-3, True, DeadlineStatus.OPEN)
    generated = listing.first_page[2]
    assert (generated.route, generated.jurisdiction) == (Route.CUSTOMS, "CN")
    assert generated.rule_id == "cn.customs.apply_detention" and "Art 16" in generated.explanation
    assert listing.first_page[1].route is None  # added by hand to the case, on no proceeding


def test_overdue_and_due_within_n_days(archive: Archive) -> None:
    _build(archive)
    assert _titles(archive, overdue=True) == ["file the complaint"]
    # from today to today + 5, both ends included; overdue ones are not "within"
    assert _titles(archive, within_days=5) == [
        "reply to the platform",
        APPLY,
        "collect the samples",
    ]
    assert _titles(archive, within_days=0) == ["reply to the platform"]
    # both: due by today + 30, the overdue included; the 31st day is out
    assert _titles(archive, overdue=True, within_days=30) == [
        "file the complaint",
        "reply to the platform",
        APPLY,
        "collect the samples",
        "pay the court fee",
    ]


def test_route_counsel_jurisdiction_and_rule(archive: Archive) -> None:
    _build(archive)
    assert _titles(archive, route="civil") == ["file the complaint", "pay the court fee"]
    assert _titles(archive, route="customs") == [APPLY]
    assert _titles(archive, route="criminal") == []
    assert _titles(archive, counsel="lin yue") == [
        APPLY,
        "collect the samples",
        "renew the recordal",
    ]
    assert _titles(archive, jurisdiction="cn") == [APPLY]
    assert _titles(archive, rule_id="cn.customs.apply_detention") == [APPLY]
    assert _titles(archive, counsel="Daniel Tan", within_days=30) == [
        "reply to the platform",
        "pay the court fee",
    ]


def test_done_and_waived_leave_the_open_list_and_reopen_brings_them_back(archive: Archive) -> None:
    _build(archive)
    items = {i.title: i for i in deadline_listing(archive, today=TODAY).first_page}
    records.set_deadline_status(archive, items["reply to the platform"].id, "done", on=TODAY)
    records.waive_deadline(archive, items["renew the recordal"].id, "the right was sold")
    assert "reply to the platform" not in _titles(archive)
    assert _titles(archive, status="done") == ["reply to the platform"]
    [waived] = deadline_listing(archive, deadline_filters(status="waived"), TODAY).first_page
    assert (waived.title, waived.reason) == ("renew the recordal", "the right was sold")
    assert len(_titles(archive, status="all")) == 6
    records.set_deadline_status(archive, items["reply to the platform"].id, "open")
    assert "reply to the platform" in _titles(archive)


def test_pages_and_month_counts(archive: Archive) -> None:
    _build(archive)
    listing = deadline_listing(archive, today=TODAY, page_size=2)
    assert len(listing.first_page) == 2 and listing.count == 6
    rest = deadline_page(archive, listing.ids[2:4], TODAY)
    assert [i.title for i in rest] == [APPLY, "collect the samples"]
    counts = month_counts(archive, deadline_filters(), 2026, 11, TODAY)
    assert [(c.day.day, c.deadlines) for c in counts] == [(18, 1), (21, 1), (23, 1), (26, 1)]
    # the month shows the month whatever the date filters
    assert month_counts(archive, deadline_filters(overdue=True), 2026, 12, TODAY) == month_counts(
        archive, deadline_filters(), 2026, 12, TODAY
    )
    spread = month_counts(archive, deadline_filters(), 2026, 12, TODAY, margin_days=10)
    assert [c.day for c in spread][0] == date(2026, 11, 21)  # 1 December less 10 days


def test_the_values_to_filter_by(archive: Archive) -> None:
    _build(archive)
    choices = filter_choices(archive)
    assert choices.counsel == ["Daniel Tan", "Lin Yue"]
    assert choices.jurisdictions == ["CN"]
    assert choices.rules == ["cn.customs.apply_detention"]


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"status": "closed"}, "status"),
        ({"route": "post"}, "route"),
        ({"within_days": -1}, "within"),
        ({"within_days": "soon"}, "within"),
        ({"within_days": 10**15}, "within"),  # past what a date can be: not an overflow
        ({"due_from": "2026-12-01", "due_to": "2026-11-01"}, "to"),
    ],
)
def test_bad_filters_name_the_field(filters: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        deadline_filters(**filters)
    assert raised.value.field == field


def test_the_cli_lists_the_same_deadlines(
    archive: Archive, capsys: pytest.CaptureFixture[str]
) -> None:
    built = _build(archive)
    path = str(archive.path)
    code = cli.main(["deadlines", "--archive", path, "--overdue", "--within", "5", "--json"])
    assert code == 0
    found = json.loads(capsys.readouterr().out)
    assert [(d["reference"], d["title"]) for d in found["deadlines"]] == [
        (built.tan, "file the complaint"),
        (built.tan, "reply to the platform"),
        (built.lin, APPLY),
        (built.lin, "collect the samples"),
    ]
    assert found["count"] == 4 and found["deadlines"][0]["route"] == "civil"
    assert cli.main(["deadlines", "--archive", path, "--route", "customs"]) == 0
    assert APPLY in capsys.readouterr().out
    assert cli.main(["deadlines", "--archive", path, "--route", "post"]) != 0
    assert "route" in capsys.readouterr().err
