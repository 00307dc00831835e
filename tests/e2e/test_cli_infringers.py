"""`casefile infringers`, `merge-parties`, `undo-merge` and `merge-suggestions`: the same
infringers and pairs as the service, a merge and its undo from the shell, refusals in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.services import cases, parties
from casefile.store.archive import Archive


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def sellers(tmp_path: Path) -> tuple[Path, int, int]:
    """Two records of one seller sharing a phone, in two cases; returns (archive, ids)."""
    path = tmp_path / "Infringers.casefile"
    with Archive.open(path, create=True) as archive:
        ids = []
        for title, opened, name, phone in (
            ("Fake scooters", "2025-03-01", "深圳市沃驰贸易有限公司", "+86 139-5792-8841"),
            ("Yiwu fair", "2026-02-10", "Wochi Yiwu stall", "13957928841"),
        ):
            reference = cases.create_case(
                archive, cases.CaseDraft(title=title, opened_on=opened)
            ).reference
            row, _ = parties.add_party_to_case(
                archive,
                reference,
                parties.PartyDraft(name=name, identifiers=[("phone", phone)]),
            )
            ids.append(row.party.id)
    return path, ids[0], ids[1]


def test_infringers_json_lists_identifiers_and_cases(sellers: tuple[Path, int, int]) -> None:
    path, first, _second = sellers
    done = run_cli("infringers", "--archive", path, "--search", "沃驰", "--json")
    assert done.returncode == 0, done.stderr
    (listed,) = json.loads(done.stdout)
    assert listed["id"] == first
    assert listed["identifiers"] == [{"kind": "phone", "value": "+86 139-5792-8841"}]
    assert [c["reference"] for c in listed["cases"]] == ["CF-2025-0001"]
    assert listed["first_seen"] == "2025-03-01"


def test_suggest_merge_and_undo_from_the_shell(sellers: tuple[Path, int, int]) -> None:
    path, first, second = sellers
    done = run_cli("merge-suggestions", "--archive", path, "--json")
    assert done.returncode == 0, done.stderr
    (pair,) = json.loads(done.stdout)
    assert (pair["first"]["id"], pair["second"]["id"]) == (first, second)
    assert pair["reasons"] == ["phone 13957928841 on both"]

    done = run_cli(
        "merge-parties", "--archive", path, str(first), str(second), "--reason", "same phone"
    )
    assert done.returncode == 0, done.stderr
    assert "Wochi Yiwu stall" in done.stdout and "undo-merge 1" in done.stdout
    listed = json.loads(run_cli("infringers", "--archive", path, "--json").stdout)
    assert [[c["reference"] for c in i["cases"]] for i in listed] == [
        ["CF-2025-0001", "CF-2026-0001"]
    ]

    done = run_cli("undo-merge", "--archive", path, "1")
    assert done.returncode == 0, done.stderr
    assert f"Wochi Yiwu stall is party {second} again" in done.stdout
    assert len(json.loads(run_cli("infringers", "--archive", path, "--json").stdout)) == 2

    again = run_cli("undo-merge", "--archive", path, "1")
    assert again.returncode == 1
    assert again.stderr.startswith("casefile: error: merge_id: merge 1 was already undone")
    assert "Traceback" not in again.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("merge-parties", "1", "1", "--reason", "x"), 1, "cannot be merged into itself"),
        (("merge-parties", "1", "77", "--reason", "x"), 1, "no party 77"),
        (("merge-parties", "1", "2"), 2, "--reason"),
        (("merge-parties", "one", "2", "--reason", "x"), 2, "is not an id"),
        (("undo-merge", "5"), 1, "no merge 5"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    sellers: tuple[Path, int, int], args: tuple[str, ...], code: int, message: str
) -> None:
    path, _first, _second = sellers
    done = run_cli(args[0], "--archive", path, *args[1:])
    assert done.returncode == code
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
