"""`casefile rules` and the archive's rules in `thresholds` and `deadline`, run as a user runs
them: output, exit codes, one clear line on any error, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.cli import SETTING_NAMES, main
from casefile.services.rule_settings import SETTINGS
from casefile.store.archive import Archive

SERIOUS_COPIES = 'measure = "copies"\nthreshold = 500\n'  # cn-2025, Art 217
THRESHOLDS = ["thresholds", "--offence", "217", "--copies", "450", "--act-date", "2025-09-01"]
DETENTION = ["deadline", "cn.customs.apply_detention", "--from", "2025-09-26", "--json"]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def one_line_error(done: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert done.returncode == code, done.stderr
    assert words in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    path = tmp_path / "Rules.casefile"
    Archive.open(path, create=True).close()
    return path


def edit_copies_threshold(path: Path, threshold: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(SERIOUS_COPIES, f'measure = "copies"\nthreshold = {threshold}\n', 1),
        encoding="utf-8",
    )


def copy(archive: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> Path:
    assert main(["rules", "copy", "cn-2025", "--archive", str(archive), *extra]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1  # only the path, for scripts
    return Path(out.strip())


def test_list_shows_shipped_sets_their_dates_and_the_settings(
    empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--archive", str(empty), "rules", "list"]) == 0
    out = capsys.readouterr().out
    assert "cn-2004   2004-12-22 to 2007-04-04  shipped" in out
    assert "cn-2025   2025-04-26 to (in force)  shipped" in out
    for name in SETTINGS:
        assert f"  {name} = " in out
    assert "suspicion_margin_percent = 80  (default 80)" in out


def test_copy_edit_list_and_evaluate_with_the_archive(
    empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy(empty, capsys)
    assert path == empty / "rules" / "thresholds" / "cn-2025.toml" and path.is_file()
    edit_copies_threshold(path, "400")

    assert main(["rules", "list", "--archive", str(empty)]) == 0
    assert "cn-2025   2025-04-26 to (in force)  EDITED (rules/thresholds/cn-2025.toml)" in (
        capsys.readouterr().out
    )
    assert main([*THRESHOLDS, "--archive", str(empty), "--json"]) == 0
    edited = json.loads(capsys.readouterr().out)
    assert edited["level"] == "serious" and edited["rule_set"] == "cn-2025"
    assert "edited in this archive (cn-2025.toml)" in edited["explanation"]
    assert edited["standards"][0]["threshold"] == 400

    assert main([*THRESHOLDS, "--json"]) == 0  # no archive named: the shipped sets
    shipped = json.loads(capsys.readouterr().out)
    assert shipped["level"] == "none" and "edited" not in shipped["explanation"]
    assert set(edited) == set(shipped)  # the JSON contract is the same either way

    assert main([*THRESHOLDS, "--archive", str(empty)]) == 0
    assert "Art 217: serious (rule set cn-2025 (edited in this archive" in capsys.readouterr().out


def test_copy_again_needs_replace(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy(empty, capsys)
    edit_copies_threshold(path, "400")
    done = run_cli("rules", "copy", "cn-2025", "--archive", str(empty))
    one_line_error(done, 1, "already edited in this archive")
    assert "--replace" in done.stderr
    assert copy(empty, capsys, "--replace") == path
    assert "threshold = 400" not in path.read_text(encoding="utf-8")
    assert list((empty / "backups" / "rules").glob("cn-2025-*.toml"))


def test_copy_of_an_unknown_rule_set(empty: Path) -> None:
    one_line_error(run_cli("rules", "copy", "cn-1999", "--archive", str(empty)), 1, "cn-2004")


def test_check_passes_then_names_each_problem(
    empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "check", "--archive", str(empty)]) == 0
    assert capsys.readouterr().out.rstrip().endswith("OK")
    path = copy(empty, capsys)
    edit_copies_threshold(path, '"lots"')

    assert main(["rules", "check", "--archive", str(empty)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f'PROBLEM {path}: offences."217".standards[5].threshold: '
        "must be a number above 0, not 'lots'"
    )
    assert lines[1].endswith("1 problem(s) found")

    # Every command that uses the rules refuses, in one line naming file, key and problem.
    done = run_cli(*THRESHOLDS, "--archive", str(empty))
    one_line_error(done, 1, f'{path}: offences."217".standards[5].threshold: must be')
    done = run_cli("rules", "list", "--archive", str(empty))
    assert done.returncode == 1 and "BROKEN: offences." in done.stdout
    one_line_error(done, 1, "`casefile rules check` names each one")
    done = run_cli("check", "--archive", str(empty))
    assert done.returncode == 1
    assert f"PROBLEM rules: {path}: offences." in done.stdout


def test_a_toml_syntax_error_is_one_line(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy(empty, capsys)
    path.write_text(path.read_text(encoding="utf-8") + "\nthreshold = [\n", encoding="utf-8")
    done = run_cli(*THRESHOLDS, "--archive", str(empty), "--json")
    one_line_error(done, 1, f"{path}: (file): is not valid TOML")
    assert done.stdout == ""


def test_revert(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = copy(empty, capsys)
    edit_copies_threshold(path, "400")
    assert main(["rules", "revert", "cn-2025", "--archive", str(empty)]) == 0
    assert "the shipped rule set applies again" in capsys.readouterr().out
    assert not path.exists()
    assert main([*THRESHOLDS, "--archive", str(empty), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["level"] == "none"
    one_line_error(
        run_cli("rules", "revert", "cn-2025", "--archive", str(empty)), 1, "is not edited"
    )


def test_set_each_open_point(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = ["--archive", str(empty)]
    assert main(["rules", "set", "suspicion_margin_percent", "75", *archive]) == 0
    assert capsys.readouterr().out == "suspicion_margin_percent = 75 (was the default)\n"
    assert main(["rules", "set", "suspicion_margin_percent", "70%", *archive]) == 0
    assert capsys.readouterr().out == "suspicion_margin_percent = 70 (was 75)\n"
    assert main(["rules", "set", "makeup_days_count", "false", *archive]) == 0
    assert main(["rules", "set", "transfer_day_basis", "working_days", *archive]) == 0
    capsys.readouterr()
    assert main(["rules", "list", "--json", *archive]) == 0
    listed = json.loads(capsys.readouterr().out)
    values = {name: s["value"] for name, s in listed["settings"].items()}
    assert values == {
        "makeup_days_count": False,
        "transfer_day_basis": "working_days",
        "suspicion_margin_percent": 70,
        "half_rule_item_four": "one_item",
        "half_rule_top_tier": "applies",
        "repeat_top_tier": "multiplied",
    }
    assert [r["id"] for r in listed["rule_sets"]] == ["cn-2004", "cn-2007", "cn-2011", "cn-2025"]
    assert listed["problems"] == []


@pytest.mark.parametrize(
    ("key", "value", "code", "words"),
    [
        ("suspicion_margin_percent", "0", 1, "from 1 to 100"),
        ("suspicion_margin_percent", "most", 1, "not a whole number"),
        ("transfer_day_basis", "weekdays", 1, "calendar_days or working_days"),
        ("makeup_days_count", "maybe", 1, "not true or false"),
        ("holiday_basis", "x", 2, "invalid choice"),
    ],
)
def test_set_refuses_a_bad_value_in_one_line(
    empty: Path, key: str, value: str, code: int, words: str
) -> None:
    one_line_error(run_cli("rules", "set", key, value, "--archive", str(empty)), code, words)


def test_the_command_line_knows_every_setting() -> None:
    assert tuple(SETTINGS) == SETTING_NAMES


def test_deadline_uses_the_archive_answer_unless_an_option_overrides_it(
    empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "set", "makeup_days_count", "false", "--archive", str(empty)]) == 0
    capsys.readouterr()
    assert main([*DETENTION, "--archive", str(empty)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["due"] == "2025-10-09"
    assert set(result) == {"rule", "from", "due", "explanation", "source", "alternatives"}
    assert main([*DETENTION, "--archive", str(empty), "--makeup-days", "counted"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2025-09-30"
    assert main(DETENTION) == 0  # no archive: DOMAIN.md's default
    assert json.loads(capsys.readouterr().out)["due"] == "2025-09-30"


def test_the_transfer_day_basis_setting(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    psb = ["deadline", "cn.transfer.psb_decision", "--from", "2025-09-26", "--json"]
    assert main([*psb, "--archive", str(empty)]) == 0
    calendar = json.loads(capsys.readouterr().out)["due"]
    assert (
        main(["rules", "set", "transfer_day_basis", "working_days", "--archive", str(empty)]) == 0
    )
    capsys.readouterr()
    assert main([*psb, "--archive", str(empty)]) == 0
    working = json.loads(capsys.readouterr().out)["due"]
    assert main([*psb, "--archive", str(empty), "--transfer-days", "calendar_days"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == calendar != working


def test_the_archive_may_come_from_the_environment(
    empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit_copies_threshold(copy(empty, capsys), "400")
    env = {**os.environ, "CASEFILE_ARCHIVE": str(empty)}
    done = run_cli(*THRESHOLDS, "--json", env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["level"] == "serious"
    done = run_cli("rules", "list", env=env)
    assert done.returncode == 0 and "EDITED" in done.stdout


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["rules"], 2, "required: ACTION"),
        (["rules", "frobnicate"], 2, "invalid choice"),
        (["rules", "copy"], 2, "required: ID"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], code: int, words: str) -> None:
    one_line_error(run_cli(*args), code, words)


def test_a_missing_archive_is_one_line(tmp_path: Path) -> None:
    missing = str(tmp_path / "Nowhere.casefile")
    one_line_error(run_cli("rules", "list", "--archive", missing), 1, "no Casefile archive")
    one_line_error(run_cli(*THRESHOLDS, "--archive", missing), 1, "no Casefile archive")


def test_recount_marks_done_what_a_later_event_met_in_an_older_archive(
    empty: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An archive written before deadlines could be met by events: the apply-for-detention
    deadline is still open though the bond was posted; `rules recount` settles it."""
    from sqlalchemy import select

    from casefile.domain import DeadlineStatus
    from casefile.services import cases, proceedings
    from casefile.store.models import Deadline

    with Archive.open(empty) as archive:
        ref = cases.create_case(archive, cases.CaseDraft("Ningbo", jurisdictions="CN")).reference
        proceeding = proceedings.add_proceeding(
            archive, ref, proceedings.ProceedingDraft(route="customs")
        )
        proceedings.add_event(archive, proceeding.id, "customs_notice", "2026-03-02")
        proceedings.add_event(archive, proceeding.id, "bond_posted", "2026-03-04")
        with archive.unit_of_work("older casefile") as session:  # as an older version left it
            for deadline in session.scalars(select(Deadline)):
                deadline.status, deadline.completed_on = DeadlineStatus.OPEN, None
                deadline.reason, deadline.met_by_event_id = "", None
    assert main(["rules", "recount", "--archive", str(empty)]) == 0
    out = capsys.readouterr().out
    assert (
        "every case: generated deadlines 0 added, 0 recounted, 0 removed, 1 met by an event" in out
    )
    assert "met: Apply for detention and post a bond" in out
    with Archive.open(empty) as archive:
        [deadline] = cases.case_detail(archive, ref).deadlines
    assert (deadline.status, str(deadline.completed_on)) == ("done", "2026-03-04")
    assert deadline.reason == "Met: bond posted recorded on 2026-03-04"
