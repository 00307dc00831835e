"""`casefile list --search TEXT` and the list filters: the same cases, in the same order, as the
search service the window uses; the field that matched shown; bad input refused in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.services.search import search_cases
from casefile.store.archive import Archive
from tests.core.test_search import fill


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "Search.casefile"
    with Archive.open(path, create=True) as archive:
        fill(archive)
    return path


def test_search_json_gives_the_services_results_with_the_matched_field(filled: Path) -> None:
    done = run_cli("list", "--archive", filled, "--search", "沃驰", "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(done.stdout)
    with Archive.open(filled) as archive:
        hits = search_cases(archive, "沃驰")
    assert [r["reference"] for r in listed] == [h.case.reference for h in hits]
    assert [r["reference"] for r in listed] == ["CF-2026-0001", "CF-2026-0002"]
    first = listed[0]
    assert first["match"]["field"] == "party.name"
    assert first["match"]["label"] == "party name"
    assert "«沃驰»" in first["match"]["text"]
    assert set(first) >= {"title", "routes", "status", "next_deadline", "evidence_count"}


def test_search_with_route_and_status_filters(filled: Path) -> None:
    done = run_cli(
        "list", "--archive", filled, "--search", "voltra", "--route", "customs", "--json"
    )
    assert done.returncode == 0, done.stderr
    assert [r["reference"] for r in json.loads(done.stdout)] == ["CF-2026-0001"]
    closed = run_cli("list", "--archive", filled, "--search", "chen jing", "--status", "closed")
    assert closed.returncode == 0, closed.stderr
    assert "CF-2025-0003" in closed.stdout and "CF-2026-0001" not in closed.stdout
    assert "counsel" in closed.stdout  # the field that matched
    assert closed.stdout.strip().endswith("1 case found")


def test_a_notary_certificate_number_in_the_table(filled: Path) -> None:
    done = run_cli("list", "--archive", filled, "--search", "1187号")
    assert done.returncode == 0, done.stderr
    assert "CF-2026-0002" in done.stdout
    assert "notary certificate" in done.stdout


def test_filters_without_search_list_as_before(filled: Path) -> None:
    done = run_cli("list", "--archive", filled, "--due-within", "7", "--json")
    assert done.returncode == 0, done.stderr
    assert [r["reference"] for r in json.loads(done.stdout)] == ["CF-2026-0001"]
    assert "match" not in json.loads(done.stdout)[0]
    everything = run_cli("list", "--archive", filled, "--json")
    assert len(json.loads(everything.stdout)) == 3


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--search", "ab"), "at least 3 characters (2 for Chinese)"),
        (("--route", "by-sea"), "invalid choice: 'by-sea'"),
        (("--due-within", "-3"), "must be 0 or more days"),
        (("--transfer", "sideways"), "invalid choice: 'sideways'"),
    ],
)
def test_bad_input_is_one_line(filled: Path, args: tuple[str, ...], said: str) -> None:
    done = run_cli("list", "--archive", filled, *args)
    assert done.returncode in (1, 2)
    assert said in done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
