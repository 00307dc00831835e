"""Working-day calendars: China from the State Council notices (as data), others from `holidays`."""

from __future__ import annotations

from datetime import date, timedelta

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casefile.rules.calendars import NoticeCalendar, calendar_for


def test_national_day_2025_and_its_make_up_sundays() -> None:
    cn = calendar_for("CN")
    assert cn.info(date(2025, 9, 28)).working  # Sunday, declared a working day
    assert "make-up working Sunday" in cn.info(date(2025, 9, 28)).reason
    assert not cn.info(date(2025, 10, 8)).working  # Wednesday, last day of the 8-day break
    assert "National Day" in cn.info(date(2025, 10, 8)).reason
    assert cn.info(date(2025, 10, 11)).working  # Saturday make-up day after the break
    assert not cn.info(date(2025, 10, 12)).working  # an ordinary Sunday


def test_spring_festival_2026() -> None:
    cn = calendar_for("CN")
    assert all(not cn.info(date(2026, 2, d)).working for d in range(15, 24))
    assert cn.info(date(2026, 2, 14)).working and cn.info(date(2026, 2, 28)).working
    assert cn.info(date(2026, 2, 24)).working


def test_each_year_cites_its_notice() -> None:
    cn = calendar_for("CN")
    assert "国办发明电〔2024〕12号" in cn.source(2025)
    assert "延长2020年春节假期" in cn.source(2020)


@pytest.mark.parametrize("year", range(2020, 2027))
def test_china_data_matches_the_holidays_library_day_by_day(year: int) -> None:
    """Two independent sources of the State Council notices agree on every day of the year."""
    cn = calendar_for("CN")
    library = holidays.country_holidays("CN", years=[year - 1, year, year + 1])
    day = date(year, 1, 1)
    while day.year == year:
        assert cn.info(day).working == library.is_working_day(day), day
        day += timedelta(days=1)


def test_make_up_days_can_be_read_as_rest_days_the_open_point() -> None:
    strict = calendar_for("CN", makeup_days_count=False)
    assert isinstance(strict, NoticeCalendar)
    info = strict.info(date(2025, 9, 28))
    assert not info.working and "not counted" in info.reason


def test_years_without_data_are_weekends_only_and_say_so() -> None:
    info = calendar_for("CN").info(date(2027, 10, 1))
    assert info.working  # no 2027 notice here: only weekends are rest days
    assert "no China (mainland) holiday data for 2027" in info.note
    assert "weekends only" in calendar_for("CN").source(2027)


def test_eu_member_state_holidays_come_from_the_library() -> None:
    nl = calendar_for("NL")
    assert not nl.info(date(2026, 4, 27)).working  # King's Day
    assert nl.info(date(2026, 4, 28)).working
    assert not calendar_for("SG").info(date(2026, 8, 10)).working  # National Day observed


def test_unknown_jurisdiction_falls_back_to_weekends_and_says_so() -> None:
    info = calendar_for("ZZ").info(date(2026, 1, 3))
    assert not info.working and "no holiday data for ZZ" in info.note


@settings(max_examples=300, deadline=None)
@given(
    code=st.sampled_from(("CN", "NL", "DE", "PL", "SG", "MY", "TH", "VN", "HK", "ZZ")),
    day=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31)),
    makeup_days_count=st.booleans(),
)
def test_quick_working_day_answer_equals_the_explained_one(
    code: str, day: date, makeup_days_count: bool
) -> None:
    calendar = calendar_for(code, makeup_days_count=makeup_days_count)
    assert calendar.is_working(day) == calendar.info(day).working


def test_all_27_eu_member_states_have_a_calendar() -> None:
    from casefile.rules.calendars import EU_MEMBER_STATES
    from casefile.rules.deadlines import compute_deadline

    assert len(set(EU_MEMBER_STATES)) == 27 and "SK" in EU_MEMBER_STATES
    # Slovakia over Christmas: 24–26 Dec, 1 Jan and Epiphany 6 Jan skipped, and 6 weekend days.
    result = compute_deadline("eu.customs.confirm", date(2025, 12, 23), "SK")
    assert result.due == date(2026, 1, 13)
    assert "Tue 6 Jan (Epiphany" in result.explanation
