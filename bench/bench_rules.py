"""Benchmark the rules engine over a whole archive: every case's criminal thresholds (the
"suspicion reached, not transferred" flag) and every proceeding event's statutory due dates.

    python bench/bench_rules.py [--cases 100000] [--archive PATH] [--runs 3]

Without `--archive` it builds a demo archive of `--cases` cases in a temp folder first (~25 s).
Each timing runs `casefile.services.archive_review.review_archive` in a fresh process (median of
`--runs`), and splits it: reading the rows, evaluating thresholds, computing due dates. The
target (issue 3) is under 1 s in all for 100,000 cases.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SNIPPET = """
import sys, time
from datetime import date
from pathlib import Path
t0 = time.perf_counter()
from casefile import clock
from casefile.services import archive_review, assessment
from casefile.store.archive import Archive
archive = Archive.open(Path(sys.argv[1]))
t1 = time.perf_counter()
today = clock.today()
assessment.flagged_case_ids(archive, today)  # warm: calendars and rule files read once
t2 = time.perf_counter()
flagged = assessment.flagged_case_ids(archive, today)
t3 = time.perf_counter()
review = archive_review.review_archive(archive, today)
t4 = time.perf_counter()
archive.close()
print(f"{t1 - t0:.4f} {t2 - t1:.4f} {t3 - t2:.4f} {t4 - t3:.4f} {review.cases} "
      f"{len(review.flagged)} {review.events} {len(review.due)}")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--archive", type=Path, help="an existing archive to review")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        path = args.archive
        if path is None:
            from casefile.demo import build_demo_archive

            path = Path(temp) / "Bench.casefile"
            started = time.perf_counter()
            build_demo_archive(path, args.cases)
            print(f"built {args.cases:,} cases in {time.perf_counter() - started:.1f} s")
        runs = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, "-c", SNIPPET, str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            runs.append(done.stdout.split())
        fields = [[float(x) for x in run[:4]] for run in runs]
        opened, first, flags, review = (statistics.median(col) for col in zip(*fields, strict=True))
        cases, flagged, events, dues = runs[-1][4:]
        print(f"archive                         {path}")
        print(f"cases / rule-relevant events   {int(cases):,} / {int(events):,}")
        print(f"import + Archive.open           {opened:>8.3f} s")
        print(f"first run (reads rule files)    {first:>8.3f} s")
        print(f"thresholds, every case          {flags:>8.3f} s   ({int(flagged):,} flagged)")
        print(f"thresholds + due dates, all     {review:>8.3f} s   ({int(dues):,} due dates)")
        print("target                             1.000 s   (issue 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
