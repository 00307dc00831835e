"""Benchmark the Deadlines view's reads on a large archive, printing medians.

    python bench/bench_deadlines.py --archive /tmp/Big.casefile [--runs 7] [--today 2026-11-21]
    python bench/bench_deadlines.py --cases 100000           # builds one first (demo archive)

Times, in one warm process, what the view reads (services/deadline_list.py): for each filter the
ids of every deadline kept with the first page's rows and the month's counts per day (one read
of the view after a filter changes), then the values to filter by (read again after a write),
and a page of 200 rows from the middle of every deadline (the table scrolled). The archive is
opened (and upgraded, with its backup) once before timing; a copy is best.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms  # noqa: E402


def bench(path: Path, runs: int, today: date) -> None:
    from casefile.services import deadline_list as dl
    from casefile.store.archive import Archive

    with Archive.open(path) as archive:
        choices = dl.filter_choices(archive)
        filters = {
            "open (the default)": dl.deadline_filters(),
            "every status": dl.deadline_filters(status="all"),
            "overdue": dl.deadline_filters(overdue=True),
            "due within 30 days": dl.deadline_filters(within_days=30),
            "route customs": dl.deadline_filters(route="customs"),
            "one counsel": dl.deadline_filters(counsel=(choices.counsel or [""])[0]),
            "one rule, every status": dl.deadline_filters(
                status="all", rule_id=(choices.rules or [""])[0]
            ),
        }
        print(f"deadlines view reads on {path} as of {today} ({runs} runs, median ms)")
        for name, chosen in filters.items():

            def read(chosen: dl.DeadlineFilters = chosen) -> int:
                listing = dl.deadline_listing(archive, chosen, today)
                dl.month_counts(archive, chosen, today.year, today.month, today, 14)
                return listing.count

            count = read()
            print(f"  {name:<26} {median_ms(runs, read):>8.1f}   ({count:,} deadlines)")
        every = dl.deadline_listing(archive, dl.deadline_filters(status="all"), today).ids
        middle = every[len(every) // 2 : len(every) // 2 + 200]
        values = median_ms(runs, lambda: dl.filter_choices(archive))
        print(f"  {'values to filter by':<26} {values:>8.1f}")
        page = median_ms(runs, lambda: dl.deadline_page(archive, middle, today))
        print(f"  {'a page of 200 rows':<26} {page:>8.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an existing archive")
    parser.add_argument("--cases", type=int, default=100_000, help="cases, if building one")
    parser.add_argument("--runs", type=int, default=7, help="runs per timing (median)")
    parser.add_argument(
        "--today", type=date.fromisoformat, default=date(2026, 11, 21), help="YYYY-MM-DD"
    )
    args = parser.parse_args()
    if args.archive:
        bench(args.archive, args.runs, args.today)
        return
    from casefile.demo import build_demo_archive

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Bench.casefile"
        build_demo_archive(path, args.cases, lambda *_: None)
        bench(path, args.runs, args.today)


if __name__ == "__main__":
    main()
