"""`casefile complaint-packets`: a case's 650 Taobao listings written as Alibaba IPP's
300/300/50 batches with the evidence bundle, recorded as notices sent, and the next run refused
in one line because every listing is in a notice already."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from casefile.store.archive import Archive
from tests.core.test_complaint_packets_service import case_with_listings  # noqa: F401


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_packets_are_written_recorded_and_not_sent_twice(
    archive: Archive,
    case_with_listings: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = archive.path
    archive.close()
    out = tmp_path / "packets"
    done = run_cli(
        "complaint-packets",
        case_with_listings,
        "--archive",
        path,
        "--exhibits",
        "1",
        "--out",
        out,
        "--record-sent",
        "--sent-on",
        "2026-11-20",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert [b["listings"] for b in record["batches"]] == [300, 300, 50]
    assert all(b["notice_event_id"] for b in record["batches"])
    folder = Path(record["folder"])
    assert (folder / "batch-02-of-03" / "evidence-bundle.pdf").is_file()
    assert record["batch_size"] == 300 and "Alibaba IPP" in record["system"]

    again = run_cli("complaint-packets", case_with_listings, "--archive", path, "--out", out)
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "in a notice already" in again.stderr
    assert "Traceback" not in again.stderr
