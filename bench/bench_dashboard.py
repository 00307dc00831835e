"""Benchmark the dashboard on a large archive, printing medians.

    python bench/bench_dashboard.py --archive /tmp/Big.casefile [--runs 7] [--today 2026-11-21]
    python bench/bench_dashboard.py --cases 100000           # builds one first (demo archive)

Times, in one warm process (the window reads the dashboard in a process already running, after
the first paint): `services.dashboard.dashboard` whole as the window asks for it (each section's
count and first `SECTION_LIMIT` items), its first run apart (rule files and calendars read), and
with every item listed; then each section's read alone, so a slow section can be found. Prints
each section's count and items listed, having checked the counts against the full lists. The
archive is opened (and upgraded, with its backup) once before timing; a copy is best, as the
upgrade writes to it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms  # noqa: E402


def bench(path: Path, runs: int, today: date) -> None:
    from casefile.services import dashboard as board
    from casefile.services.assessment import first_flagged, flagged_reasons
    from casefile.store import dashboard_queries as q
    from casefile.store.archive import Archive

    limit = board.SECTION_LIMIT
    with Archive.open(path) as archive:
        started = time.perf_counter()
        result = board.dashboard(archive, today, limit=limit)
        first = (time.perf_counter() - started) * 1000
        whole = median_ms(runs, lambda: board.dashboard(archive, today, limit=limit))
        every = median_ms(runs, lambda: board.dashboard(archive, today))
        print(f"dashboard on {path} as of {today} ({runs} runs)")
        print(f"{'first run':<28} {first:>8.1f} ms")
        print(f"{'median, first ' + str(limit) + ' items':<28} {whole:>8.1f} ms (target < 1000)")
        print(f"{'median, every item':<28} {every:>8.1f} ms")
        # The counts must be exact: each equals the full list, and the first items its head.
        full = board.dashboard(archive, today)
        print("\nitems (count, listed)")
        for name in board.SECTIONS:
            listed, all_items = getattr(result, name), getattr(full, name)
            assert result.count(name) == len(all_items) and listed == all_items[:limit], name
            print(f"  {name:<26} {result.count(name):>8} {len(listed):>6}")
        print(f"  {'money bars':<26} {len(result.money.bars):>8}")
        print("  (counts equal the full lists, first items their heads: checked)")

        quarter = board.Quarter.of(today)
        starts = [quarter.shifted(i - 7).first_day for i in range(8)]
        soon, later = today + timedelta(days=7), today + timedelta(days=30)

        def read(work: Callable[[Any], object]) -> Callable[[], object]:
            def run() -> object:
                with archive.reading() as session:
                    return work(session)

            return run

        def deadlines(s: Any) -> object:
            spans = [(None, today - timedelta(days=1)), (today, soon), (soon, later)]
            return [
                (q.count_open_deadlines(s, a, b), q.open_deadlines_between(s, a, b, limit))
                for a, b in spans
            ]

        sections: dict[str, Callable[[], object]] = {
            f"deadlines (counts + {limit})": read(deadlines),
            "deadlines, every (SQL)": read(lambda s: q.open_deadlines_until(s, later)),
            "detentions (SQL)": read(q.open_detentions),
            "repeat infringers (SQL)": read(
                lambda s: (
                    q.repeat_infringers(s, quarter.first_day, quarter.last_day),
                    q.active_cases(s, quarter.first_day, quarter.last_day),
                )
            ),
            "money (SQL)": read(lambda s: q.money_by_quarter(s, starts, quarter.last_day)),
            f"suspicion (count + {limit})": lambda: first_flagged(archive, today, limit),
            "suspicion, every (worded)": lambda: flagged_reasons(archive, today),
            "expiring (SQL + rules)": lambda: board._expiring(
                archive, today, today + timedelta(days=183), limit
            ),
        }
        print("\nsections alone (median, ms)")
        for name, work in sections.items():
            print(f"  {name:<26} {median_ms(runs, work):>8.1f}")


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
