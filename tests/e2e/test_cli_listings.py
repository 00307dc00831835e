"""`casefile import-listings`: a monitoring tool's files imported from the shell with the per-row
error report, a column mapped by hand, a dry run writing nothing, refusals in one line."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from casefile.services import cases
from casefile.store.archive import Archive
from tests.listing_files import write_chinese_csv, write_xlsx


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def case_archive(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "Listings.casefile"
    with Archive.open(path, create=True) as archive:
        reference = cases.create_case(archive, cases.CaseDraft(title="X9 copies online"))
    return path, reference.reference


def test_the_report_names_the_bad_row_and_the_rest_is_imported(
    case_archive: tuple[Path, str], tmp_path: Path
) -> None:
    path, reference = case_archive
    xlsx = write_xlsx(tmp_path / "export.xlsx")
    done = run_cli("import-listings", xlsx, "--case", reference, "--archive", path)
    assert done.returncode == 1, done.stderr  # rows were left out: a script can tell
    assert f"{reference}: 4 of 5 rows imported from export.xlsx" in done.stdout
    assert "  new infringers: 3" in done.stdout
    assert "row 7, Listing URL: 'not a web address' is not a web address" in done.stdout
    again = run_cli(
        "import-listings", xlsx, "--case", reference, "--archive", path, "--json",
        "--report", tmp_path / "report.csv",
    )  # fmt: skip
    record = json.loads(again.stdout)
    assert (record["imported"], len(record["duplicates"]), len(record["errors"])) == (0, 4, 1)
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 6  # the header, 4 duplicates, 1 error


def test_a_column_mapped_by_hand_and_a_dry_run(
    case_archive: tuple[Path, str], tmp_path: Path
) -> None:
    path, reference = case_archive
    data = write_chinese_csv(tmp_path / "导出.csv")
    done = run_cli(
        "import-listings", data, "--case", reference, "--archive", path, "--dry-run",
        "--map", "发现日期=-", "--map", "3=title", "--json",
    )  # fmt: skip
    record = json.loads(done.stdout)
    assert record["dry_run"] is True and record["imported"] == 4
    assert "发现日期" not in record["columns"] and record["columns"]["商品标题"] == "title"
    listed = run_cli("list", "--archive", path, "--search", "712345678901")
    assert "0 cases found" in listed.stdout  # the dry run wrote nothing


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--map", "链接=-"), "no column is mapped to the listing's address (url)"),
        (("--map", "链=url"), "链: no such column"),
        (("--case", "CF-2026-0099"), "no case 'CF-2026-0099'"),
    ],
)
def test_refusals_in_one_line(
    case_archive: tuple[Path, str], tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    path, reference = case_archive
    data = write_chinese_csv(tmp_path / "m.csv")
    base = ["import-listings", data, "--archive", path]
    done = run_cli(*base, *(args if "--case" in args else ("--case", reference, *args)))
    assert done.returncode == 1
    assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
