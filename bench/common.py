"""What the benches share: the median of timed runs, and the command line that takes an
archive (or builds the demo archive of N cases in a temporary folder) and runs a bench on it."""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def median_ms(runs: int, work: Callable[[], object]) -> float:
    """The median time of `runs` calls of `work`, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def run_bench(description: str, bench: Callable[[Path, int], None], cases: int = 100_000) -> None:
    """`--archive PATH` (an existing archive; use a copy where the bench writes) or `--cases N`
    (a demo archive built first), and `--runs`; then `bench(path, runs)`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--archive", type=Path, help="an existing archive")
    parser.add_argument("--cases", type=int, default=cases, help="cases, if building one")
    parser.add_argument("--runs", type=int, default=7, help="runs per timing (median)")
    args = parser.parse_args()
    if args.archive:
        bench(args.archive, args.runs)
        return
    from casefile.demo import build_demo_archive

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Bench.casefile"
        build_demo_archive(path, args.cases, lambda *_: None)
        bench(path, args.runs)
