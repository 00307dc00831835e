"""`casefile thresholds` under the 2025 Interpretation, as a user runs it: the new figures and
options (services gains, downloads, unsold labels and copies, the right holder's loss, patents,
an earlier penalty, the open-point readings), the JSON contract's new keys, and a rule set whose
end leaves a gap refused by `rules check` and `check`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from casefile.cli import main
from casefile.store.archive import Archive
from tests.e2e.test_cli_rules import copy, one_line_error, run_cli


def thresholds(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    assert main(["thresholds", *args, "--json"]) == 0
    result: dict[str, Any] = json.loads(capsys.readouterr().out)
    return result


def test_the_issue_s_three_examples(capsys: pytest.CaptureFixture[str]) -> None:
    two_marks = thresholds(
        capsys,
        "--offence",
        "213",
        "--marks",
        "2",
        "--business-volume",
        "160000",
        "--act-date",
        "2025-06-01",
    )
    assert two_marks["level"] == "serious" and two_marks["rule_set"] == "cn-2025"
    gains = thresholds(capsys, "--offence", "214", "--gains", "30000", "--act-date", "2025-06-01")
    assert gains["level"] == "serious"
    assert "RMB 30,000 of RMB 30,000" in gains["explanation"]
    clicks = thresholds(
        capsys, "--offence", "217-online", "--clicks", "60000", "--act-date", "2025-04-20"
    )
    assert clicks["level"] == "none"
    assert clicks["temporal"] == {
        "rule_set_at_act": "cn-2011",
        "rule_set_today": "cn-2025",
        "applied": "cn-2025",
        "level_at_act": "serious",
        "level_today": "none",
        "reason": clicks["temporal"]["reason"],
    }
    assert "point 3" in clicks["temporal"]["reason"]


def test_a_prior_penalty_and_a_reading_from_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--offence", "217-online", "--gains", "200000", "--act-date", "2025-09-01"]
    penalty = ["--prior-penalty-date", "2024-10-01", "--prior-penalty-kind", "criminal"]
    repeat = thresholds(capsys, *args, *penalty)
    assert repeat["level"] == "especially_serious"  # 10 × the repeat 20,000
    assert repeat["conditions"]["repeat"] is True
    assert repeat["conditions"]["repeat_penalty"]["conduct"] == "217"
    assert repeat["other_readings"] == [
        {"open_point": "repeat_top_tier", "reading": "not_multiplied", "level": "serious"}
    ]
    assert repeat["readings"]["repeat_top_tier"] == "multiplied"
    other = thresholds(capsys, *args, *penalty, "--repeat-top-tier", "not_multiplied")
    assert other["level"] == "serious"
    first_offence = thresholds(capsys, *args)
    assert first_offence["level"] == "serious" and not first_offence["conditions"]["repeat"]


@pytest.mark.parametrize(
    ("args", "level"),
    [
        (["--offence", "213", "--gains", "20000", "--services-gains", "30000"], "serious"),
        (["--offence", "215", "--labels", "9000", "--unsold-labels", "21000"], "serious"),
        (["--offence", "216", "--holder-loss", "300000"], "serious"),
        (["--offence", "216", "--patents", "2", "--gains", "50000"], "serious"),
        (["--offence", "217", "--downloads", "100000"], "especially_serious"),
        (["--offence", "217-tpm", "--business-volume", "50000"], "serious"),
        (["--offence", "218", "--copies", "900", "--unsold-copies", "2100"], "serious"),
        (["--offence", "219", "--holder-loss", "2999999"], "serious"),
    ],
)
def test_each_new_figure_reaches_the_engine(
    capsys: pytest.CaptureFixture[str], args: list[str], level: str
) -> None:
    assert thresholds(capsys, *args, "--act-date", "2025-06-01")["level"] == level


def test_bad_thresholds_input_is_one_line() -> None:
    done = run_cli("thresholds", "--offence", "217", "--prior-penalty-conduct", "217")
    one_line_error(done, 2, "--prior-penalty-conduct needs --prior-penalty-date")  # usage
    done = run_cli(
        "thresholds", "--offence", "219", "--holder-loss", "1", "--act-date", "2024-01-01"
    )
    one_line_error(done, 1, "from the 2025 Interpretation only")


def test_a_rule_set_that_ends_is_refused_by_rules_check_and_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "Gap.casefile"
    Archive.open(archive, create=True).close()
    path = copy(archive, capsys)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'in_force_from = "2025-04-26"\n',
            'in_force_from = "2025-04-26"\nin_force_until = "2025-12-31"\n',
        ),
        encoding="utf-8",
    )
    assert main(["rules", "check", "--archive", str(archive)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"PROBLEM {path}: in_force_until: no criminal-threshold rule set is in force from "
        "2026-01-01 on: cn-2025 ends the day before and no later set follows (acts from then, "
        "and any assessment made then, cannot be worked out)"
    )
    done = run_cli("check", "--archive", str(archive))
    assert done.returncode == 1 and "from 2026-01-01 on" in done.stdout
    done = run_cli("thresholds", "--offence", "217", "--copies", "600", "--archive", str(archive))
    one_line_error(done, 1, "no criminal-threshold rule set is in force from 2026-01-01 on")
