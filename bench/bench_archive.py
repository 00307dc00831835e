"""Benchmark the archive at scale: build a demo archive of 100,000 cases, then time opening and
listing it the way a user would, and print the figures.

    python bench/bench_archive.py [--cases 100000] [--keep PATH] [--runs 3]

Every timing after the build runs in a fresh process (the import cost is part of what a user
waits for) and is the median of `--runs` runs; `casefile list` writes to a file, not a terminal.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPEN_SNIPPET = """
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from casefile.store.archive import Archive
t1 = time.perf_counter()
archive = Archive.open(Path(sys.argv[1]))
t2 = time.perf_counter()
archive.close()
print(f"{t1 - t0:.4f} {t2 - t1:.4f}")
"""

FIRST_PAGE_SNIPPET = """
import sys, time
t0 = time.perf_counter()
from pathlib import Path
from casefile.services import cases
from casefile.store.archive import Archive
archive = Archive.open(Path(sys.argv[1]))
ids = cases.case_ids(archive)
page = cases.case_summaries(archive, ids[:100])
t1 = time.perf_counter()
archive.close()
print(f"{t1 - t0:.4f} {len(ids)} {len(page)}")
"""


def casefile_command() -> list[str]:
    script = Path(sys.executable).with_name("casefile")
    return [str(script)] if script.exists() else [sys.executable, "-m", "casefile"]


def run(command: list[str], stdout: Path | None = None) -> tuple[float, str]:
    """Wall time of one process run; its stdout (unless sent to a file)."""
    started = time.perf_counter()
    if stdout is None:
        done = subprocess.run(command, capture_output=True, text=True)
        out = done.stdout
    else:
        with stdout.open("wb") as handle:
            done = subprocess.run(command, stdout=handle, stderr=subprocess.PIPE, text=False)
        out = ""
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        error = done.stderr if isinstance(done.stderr, str) else done.stderr.decode()
        raise SystemExit(f"failed ({done.returncode}): {' '.join(command)}\n{error}")
    return elapsed, out


def median_runs(runs: int, command: list[str], stdout: Path | None = None) -> list[float]:
    return [run(command, stdout)[0] for _ in range(runs)]


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def wait_for_list_command(attempts: int = 20, pause: float = 60.0) -> None:
    """`casefile list` is written in parallel with this benchmark: wait for it if need be."""
    for attempt in range(attempts):
        done = subprocess.run(
            [*casefile_command(), "list", "--help"], capture_output=True, text=True
        )
        if done.returncode == 0:
            return
        print(f"`casefile list` not available yet (try {attempt + 1}); waiting", flush=True)
        time.sleep(pause)
    raise SystemExit("`casefile list` never became available")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=100_000, help="cases in the archive")
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    args = parser.parse_args()

    from casefile.demo import build_demo_archive

    temp = None if args.keep else Path(tempfile.mkdtemp(prefix="casefile-bench-"))
    path: Path = args.keep if temp is None else temp / "Bench.casefile"
    try:
        print(f"Python {sys.version.split()[0]} on {sys.platform}, {os.cpu_count()} CPUs")
        print(f"Building {args.cases:,} cases in {path} …", flush=True)
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            now = time.perf_counter()
            if now - last[0] > 5 or done == total:
                print(f"  {stage}: {done:,}/{total:,}", flush=True)
                last[0] = now

        started = time.perf_counter()
        summary = build_demo_archive(path, args.cases, progress)
        create = time.perf_counter() - started
        wait_for_list_command()

        opens = [run([sys.executable, "-c", OPEN_SNIPPET, str(path)]) for _ in range(args.runs)]
        imports = [float(out.split()[0]) for _, out in opens]
        open_only = [float(out.split()[1]) for _, out in opens]
        process = [wall for wall, _ in opens]
        pages = [
            run([sys.executable, "-c", FIRST_PAGE_SNIPPET, str(path)]) for _ in range(args.runs)
        ]
        page_times = [float(out.split()[0]) for _, out in pages]
        listing = Path(tempfile.mkstemp(suffix=".txt")[1])
        try:
            plain = median_runs(
                args.runs, [*casefile_command(), "list", "--archive", str(path)], listing
            )
            lines = sum(1 for _ in listing.open("rb"))
            as_json = median_runs(
                args.runs, [*casefile_command(), "list", "--archive", str(path), "--json"], listing
            )
            json_size = listing.stat().st_size
        finally:
            listing.unlink(missing_ok=True)
        total_size = size_of(path)
        db_size = (path / "archive.sqlite").stat().st_size

        med = statistics.median
        print()
        print(f"cases                          {summary.cases:>10,}")
        print(f"evidence files (exhibit links) {summary.evidence_files:>10,}")
        print(f"stored files (distinct)        {summary.stored_files:>10,}")
        print(f"create (build_demo_archive)    {create:>10.2f} s")
        print(
            f"Archive.open, fresh process    {med(open_only) * 1000:>10.1f} ms  "
            f"(+ import {med(imports) * 1000:.0f} ms; whole process {med(process):.2f} s)"
        )
        print(f"case_ids + first page of 100   {med(page_times):>10.2f} s  (fresh process)")
        print(f"casefile list > file           {med(plain):>10.2f} s  ({lines:,} lines)")
        print(
            f"casefile list --json > file    {med(as_json):>10.2f} s  "
            f"({json_size / 1024**2:.1f} MB)"
        )
        print(
            f"archive size on disk           {total_size / 1024**2:>10.1f} MB  "
            f"(database {db_size / 1024**2:.1f} MB)"
        )
        print(f"(medians of {args.runs} runs; every run a new process)")
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
