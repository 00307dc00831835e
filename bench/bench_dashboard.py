"""Benchmark the dashboard on a large archive, printing medians.

    python bench/bench_dashboard.py --archive /tmp/Big.casefile [--runs 7] [--today 2026-11-21]
    python bench/bench_dashboard.py --cases 100000           # builds one first (demo archive)

Times, in one warm process (the window reads the dashboard in a process already running, after
the first paint): `services.dashboard.dashboard` whole, its first run apart (rule files and
calendars read), then each section's read alone, so a slow section can be found. Prints the
number of items per section. The archive is opened (and upgraded, with its backup) once before
timing; a copy is best, as the upgrade writes to it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _median_ms(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def bench(path: Path, runs: int, today: date) -> None:
    from casefile.services import dashboard as board
    from casefile.services.assessment import flagged_reasons
    from casefile.store import dashboard_queries as q
    from casefile.store.archive import Archive

    with Archive.open(path) as archive:
        started = time.perf_counter()
        result = board.dashboard(archive, today)
        first = (time.perf_counter() - started) * 1000
        whole = _median_ms(runs, lambda: board.dashboard(archive, today))
        print(f"dashboard on {path} as of {today} ({runs} runs)")
        print(f"{'first run':<28} {first:>8.1f} ms")
        print(f"{'median':<28} {whole:>8.1f} ms (target < 1000)")
        print("\nitems")
        for name in (
            "overdue",
            "due_soon",
            "due_later",
            "suspicion",
            "transfers_overdue",
            "detentions",
            "expiring",
            "repeat_infringers",
        ):
            print(f"  {name:<26} {len(getattr(result, name)):>8}")
        print(f"  {'money bars':<26} {len(result.money.bars):>8}")

        quarter = board.Quarter.of(today)
        starts = [quarter.shifted(i - 7).first_day for i in range(8)]

        def read(work: Callable[[object], object]) -> Callable[[], object]:
            def run() -> object:
                with archive.reading() as session:
                    return work(session)

            return run

        sections: dict[str, Callable[[], object]] = {
            "deadlines (SQL)": read(
                lambda s: q.open_deadlines_until(s, today + timedelta(days=30))  # type: ignore[arg-type]
            ),
            "detentions (SQL)": read(q.open_detentions),  # type: ignore[arg-type]
            "repeat infringers (SQL)": read(
                lambda s: (
                    q.repeat_infringers(s, quarter.first_day, quarter.last_day),  # type: ignore[arg-type]
                    q.active_cases(s, quarter.first_day, quarter.last_day),  # type: ignore[arg-type]
                )
            ),
            "money (SQL)": read(
                lambda s: q.money_by_quarter(s, starts, quarter.last_day)  # type: ignore[arg-type]
            ),
            "suspicion (SQL + rules)": lambda: flagged_reasons(archive, today),
            "expiring (SQL + rules)": lambda: board._expiring(
                archive, today, today + timedelta(days=183)
            ),
        }
        print("\nsections alone (median, ms)")
        for name, work in sections.items():
            print(f"  {name:<26} {_median_ms(runs, work):>8.1f}")


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
