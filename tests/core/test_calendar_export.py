"""Deadlines to calendars: the .ics read back by an independent parser (the `icalendar` package)
gives each deadline as an all-day event on its due day with its case, rule and source, reminders
and the time zone; a re-export after a change keeps the UID (a calendar updates the event);
Chinese text, commas, semicolons and long lines survive."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest

from casefile.export.calendar import calendar_text, escape_text, fold
from casefile.services import cases, records
from casefile.services.calendar_export import export_calendar
from casefile.store.archive import Archive
from casefile.store.deadline_queries import DeadlineFilters


def _events(path: Path) -> dict[str, Any]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


@pytest.fixture
def reference(archive: Archive) -> str:
    case = cases.create_case(
        archive, cases.CaseDraft(title="宁波海关扣留假冒滑板车; scooters, 2026")
    )
    records.add_deadline(
        archive,
        case.reference,
        "Apply for detention 申请扣留",
        "2026-12-01",
        explanation="Counsel's note: call the Ningbo office; bring the power of attorney.",
        reminder_days=[7, 1],
    )
    records.add_deadline(archive, case.reference, "Post bond", "2026-12-09", reminder_days=[3])
    return case.reference


def test_each_open_deadline_is_an_all_day_event_with_its_case(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    result = export_calendar(archive, tmp_path / "d.ics")

    assert result.events == 2
    events = _events(tmp_path / "d.ics")
    apply = events[f"Apply for detention 申请扣留 — {reference}"]
    assert apply.decoded("DTSTART") == date(2026, 12, 1)  # a date: an all-day event
    assert apply.decoded("DTEND") == date(2026, 12, 2)
    description = str(apply["DESCRIPTION"])
    assert f"Case {reference}: 宁波海关扣留假冒滑板车; scooters, 2026" in description
    assert "call the Ningbo office; bring the power of attorney." in description
    assert str(apply["STATUS"]) == "CONFIRMED"
    assert str(apply["UID"]).startswith("deadline-") and str(apply["UID"]).endswith("@casefile")
    triggers = sorted(a.decoded("TRIGGER") for a in apply.walk("VALARM"))
    assert triggers == [-timedelta(days=6, hours=15), -timedelta(hours=15)]  # 09:00, 7 and 1 day
    bond = events[f"Post bond — {reference}"]
    assert [a.decoded("TRIGGER") for a in bond.walk("VALARM")] == [-timedelta(days=2, hours=15)]


def test_the_calendar_states_its_time_zone(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    export_calendar(archive, tmp_path / "d.ics")
    calendar = icalendar.Calendar.from_ical((tmp_path / "d.ics").read_bytes())
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Shanghai"
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Asia/Shanghai"


def test_a_changed_deadline_keeps_its_uid_and_counts_up(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    export_calendar(archive, tmp_path / "before.ics")
    before = _events(tmp_path / "before.ics")[f"Post bond — {reference}"]
    deadline_id = int(str(before["UID"]).split("-")[-1].split("@")[0])

    records.update_deadline(
        archive, deadline_id, records.DeadlineDraft("Post bond", "2026-12-16", reminder_days=[3])
    )
    export_calendar(archive, tmp_path / "after.ics")

    after = _events(tmp_path / "after.ics")[f"Post bond — {reference}"]
    assert str(after["UID"]) == str(before["UID"])
    assert after.decoded("DTSTART") == date(2026, 12, 16)
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("LAST-MODIFIED") >= before.decoded("LAST-MODIFIED")


def test_an_unchanged_archive_exports_the_same_file(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    export_calendar(archive, tmp_path / "one.ics")
    export_calendar(archive, tmp_path / "two.ics")
    assert (tmp_path / "one.ics").read_bytes() == (tmp_path / "two.ics").read_bytes()


def test_a_waived_deadline_is_kept_cancelled_without_reminders(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    export_calendar(archive, tmp_path / "d.ics")
    uid = str(_events(tmp_path / "d.ics")[f"Post bond — {reference}"]["UID"])
    deadline_id = int(uid.split("-")[-1].split("@")[0])

    records.waive_deadline(archive, deadline_id, "Settled with the importer")
    export_calendar(archive, tmp_path / "d.ics")

    waived = _events(tmp_path / "d.ics")[f"[waived] Post bond — {reference}"]
    assert str(waived["UID"]) == uid
    assert str(waived["STATUS"]) == "CANCELLED"
    assert waived.walk("VALARM") == []
    assert "Settled with the importer" in str(waived["DESCRIPTION"])


def test_one_case_only(archive: Archive, reference: str, tmp_path: Path) -> None:
    other = cases.create_case(archive, cases.CaseDraft(title="Taobao takedown")).reference
    records.add_deadline(archive, other, "Answer the counter-notice", "2026-12-03")

    assert export_calendar(archive, tmp_path / "all.ics").events == 3
    result = export_calendar(archive, tmp_path / "one.ics", case_reference=other)

    assert result.events == 1
    assert list(_events(tmp_path / "one.ics")) == [f"Answer the counter-notice — {other}"]


def test_a_filter_keeps_what_it_keeps(archive: Archive, reference: str, tmp_path: Path) -> None:
    filters = DeadlineFilters(due_to=date(2026, 12, 5))
    result = export_calendar(archive, tmp_path / "d.ics", filters=filters)
    assert result.events == 1


def test_uids_differ_between_archives(archive: Archive, reference: str, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "Other.casefile", create=True) as other:
        ref = cases.create_case(other, cases.CaseDraft(title="Other")).reference
        records.add_deadline(other, ref, "Post bond", "2026-12-09")
        export_calendar(other, tmp_path / "other.ics")
    export_calendar(archive, tmp_path / "d.ics")
    mine = {str(e["UID"]) for e in _events(tmp_path / "d.ics").values()}
    theirs = {str(e["UID"]) for e in _events(tmp_path / "other.ics").values()}
    assert not mine & theirs


# --- the writer -------------------------------------------------------------------------------


def test_text_is_escaped() -> None:
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"


@pytest.mark.parametrize("text", ["x" * 200, "申请扣留" * 40, "a" + "申" * 60 + "é" * 50])
def test_lines_fold_at_75_octets_never_inside_a_character(text: str) -> None:
    folded = fold(f"SUMMARY:{text}")
    lines = folded.encode("utf-8").split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert all(line.decode("utf-8") for line in lines if line)  # each line whole UTF-8
    assert folded.replace("\r\n ", "") == f"SUMMARY:{text}\r\n"


def test_every_line_of_a_calendar_is_short_and_ends_in_crlf(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    export_calendar(archive, tmp_path / "d.ics")
    data = (tmp_path / "d.ics").read_bytes()
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_a_summer_time_zone_is_described() -> None:
    text = calendar_text([], "Test", "NL")
    calendar = icalendar.Calendar.from_ical(text)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Amsterdam"
    assert len(zone.walk("DAYLIGHT")) == 1 and len(zone.walk("STANDARD")) == 1


def test_a_generated_deadline_carries_its_rule_source_and_zone(
    archive: Archive, tmp_path: Path
) -> None:
    from casefile.services import proceedings

    ref = cases.create_case(archive, cases.CaseDraft(title="Fake X9 scooters")).reference
    draft = proceedings.ProceedingDraft(route="customs", jurisdiction="CN")
    proc = proceedings.add_proceeding(archive, ref, draft).id
    proceedings.add_event(archive, proc, "customs_notice", date(2026, 11, 20), "甬关知通字第127号")

    export_calendar(archive, tmp_path / "d.ics", case_reference=ref)

    (event,) = _events(tmp_path / "d.ics").values()
    description = str(event["DESCRIPTION"])
    assert "Rule: Apply for detention and post a bond" in description
    assert "(cn.customs.apply_detention)" in description
    assert "Source: " in description and "Art 16" in description
    assert "甬关知通字第127号" in description  # the explanation, whole
    assert "Asia/Shanghai, counted on the calendar of CN" in description
    assert "Route: customs" in description
    # its rule's reminder (1 day before): 09:00 the day before
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [-timedelta(hours=15)]
