"""`casefile deadline`: the contract checked from outside (JSON shape, errors, --list)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from casefile.cli import main


def test_deadline_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "cn.customs.apply_detention", "--from", "2025-09-26", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"rule", "from", "due", "explanation", "source", "alternatives"}
    assert result["rule"] == "cn.customs.apply_detention"
    assert result["from"] == "2025-09-26"
    assert result["due"] == "2025-09-30"
    assert "Art 16" in result["source"]
    assert result["alternatives"] == [
        {"reading": "make-up working days not counted", "due": "2025-10-09"}
    ]


def test_deadline_open_point_setting_on_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["deadline", "cn.customs.apply_detention", "--from", "2025-09-26", "--json"]
    assert main([*args, "--makeup-days", "not_counted"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2025-10-09"


def test_make_up_days_not_counted_reach_the_transfer_steps_working_days(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["deadline", "cn.transfer.head_decision", "--from", "2025-09-30", "--json"]
    assert main([*args, "--transfer-days", "working_days", "--makeup-days", "not_counted"]) == 0
    result = json.loads(capsys.readouterr().out)
    # 1–8 Oct holiday; Thu 9 (1), Fri 10 (2), Sat 11 make-up not counted, Mon 13 Oct (3).
    assert result["due"] == "2025-10-13"
    assert "the make-up working Saturday 11 Oct not counted" in result["explanation"]
    assert "11 Oct counted" not in result["explanation"]
    assert result["alternatives"] == [
        {"reading": "make-up working days counted", "due": "2025-10-11"},
        {"reading": "3 calendar days", "due": "2025-10-09"},
    ]


def test_a_six_month_period_ending_on_a_make_up_saturday(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["deadline", "cn.admin.litigation", "--from", "2025-08-31", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["due"] == "2026-02-28"
    assert result["alternatives"] == [
        {"reading": "make-up working days not counted", "due": "2026-03-02"}
    ]


def test_deadline_eu_member_state(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "eu.customs.confirm", "--from", "2026-04-20", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2026-05-05"  # NL by default


def test_deadline_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deadline", "--list"]) == 0
    out = capsys.readouterr().out
    assert "cn.transfer.psb_decision" in out and "vn.customs.suspension" in out


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["cn.nothing", "--from", "2025-01-01"], 1, "unknown deadline rule"),
        (["cn.civil.appeal_judgment", "--from", "2025-02-30"], 2, "not a date"),
        (["cn.civil.appeal_judgment"], 2, "--from YYYY-MM-DD is required"),
        (["eu.customs.confirm", "--from", "2025-01-02", "--jurisdiction", "XX"], 1, "member"),
    ],
)
def test_deadline_bad_input_is_one_line(args: list[str], code: int, words: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "deadline", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == code
    assert words in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_thresholds_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["thresholds", "--offence", "217-online", "--works", "300", "--copies", "300"]
    assert main([*args, "--act-date", "2025-06-01", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"offence", "rule_set", "level", "standards", "half_rule", "missing"} <= set(result)
    assert {"explanation", "sources"} <= set(result)
    # Keys added for the 2025 rules; none of the earlier ones renamed.
    assert {"act_date", "temporal", "conditions", "readings", "other_readings"} <= set(result)
    assert result["offence"] == "217-online" and result["rule_set"] == "cn-2025"
    assert result["level"] == "serious"
    assert result["half_rule"]["applies"] and result["half_rule"]["met"]
    first = result["standards"][0]
    assert {"measure", "value", "threshold", "percent", "met"} <= set(first)
    assert any("Art 217" in s for s in result["sources"])


def test_thresholds_without_half_rule_give_null(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["thresholds", "--offence", "218", "--gains", "60000", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["half_rule"] is None and result["level"] == "serious"


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--offence", "217", "--copies", "-5"], 2, "negative"),
        (["--offence", "999"], 2, "invalid choice"),
        (["--offence", "217", "--act-date", "2025-13-01"], 2, "not a date"),
        (["--offence", "217-online", "--works", "9", "--act-date", "2009-01-01"], 1, "before 2011"),
    ],
)
def test_thresholds_bad_input_is_one_line(args: list[str], code: int, words: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "casefile", "thresholds", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == code
    assert words in done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
