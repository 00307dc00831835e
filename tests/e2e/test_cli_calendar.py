"""`casefile export-ics` as a user runs it: a calendar file any calendar app (here the
`icalendar` parser) reads, one case's alone with --case, an unknown case refused in one line."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from casefile.cli import main
from casefile.services import cases, records
from casefile.store.archive import Archive


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Filled.casefile"
    with Archive.open(path, create=True) as archive:
        first = cases.create_case(
            archive, cases.CaseDraft(title="宁波海关扣留假冒滑板车")
        ).reference
        records.add_deadline(archive, first, "Apply for detention", "2026-12-01")
        other = cases.create_case(archive, cases.CaseDraft(title="Taobao takedown")).reference
        records.add_deadline(archive, other, "Answer the counter-notice", "2026-12-03")
    return path, first


def test_export_ics_writes_a_calendar(
    filled: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive, first = filled
    out = tmp_path / "deadlines.ics"
    assert main(["export-ics", "--archive", str(archive), "--out", str(out)]) == 0
    assert "Wrote 2 deadline(s)" in capsys.readouterr().out
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert len(calendar.walk("VEVENT")) == 2

    assert main(["export-ics", "--archive", str(archive), "--case", first, "--out", str(out)]) == 0
    (event,) = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert "宁波海关扣留假冒滑板车" in str(event["DESCRIPTION"])


def test_an_unknown_case_is_refused(
    filled: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "d.ics"
    code = main(
        ["export-ics", "--archive", str(filled[0]), "--case", "CF-1999-9", "--out", str(out)]
    )
    assert code == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert not out.exists()
