"""Benchmark the Infringers view's reads (and one merge with its undo) on a large archive,
printing medians.

    python bench/bench_infringers.py --archive /tmp/Copy.casefile [--runs 7]
    python bench/bench_infringers.py --cases 100000          # builds one first (demo archive)

Times, in one warm process: the ordered ids of every infringer (each order), a page of 100
summaries, every summary at once (what `casefile infringers --json` reads), a search, the
"seen before" suggestions, and a merge of two suggested records followed by its undo. The
archive is opened (and upgraded, with its backup) once before timing, and the merge writes to
it (undone at once): use a copy.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import median_ms, run_bench  # noqa: E402


def bench(path: Path, runs: int) -> None:
    from casefile.services import infringers as inf
    from casefile.store.archive import Archive

    started = time.perf_counter()
    archive = Archive.open(path)
    print(f"open (and upgrade if needed) {(time.perf_counter() - started) * 1000:.0f} ms")
    with archive:
        ids = inf.infringer_ids(archive)
        page = ids[:100]
        everyone = inf.infringers(archive)
        suggestions = inf.merge_suggestions(archive)
        print(f"infringers on {path} ({runs} runs): {len(ids)} infringers, ")
        print(
            f"  {sum(len(i.cases) for i in everyone)} case links, "
            f"{sum(len(i.identifiers) for i in everyone)} identifiers, "
            f"{len(suggestions)} suggested pairs"
        )
        figures: dict[str, Callable[[], object]] = {
            **{
                f"ids, order {order}": (lambda o=order: inf.infringer_ids(archive, order=o))
                for order in inf.ORDERS
            },
            "page of 100 summaries": lambda: inf.infringer_details(archive, page),
            "ids + first page": lambda: inf.infringer_details(
                archive, inf.infringer_ids(archive)[:100]
            ),
            "search 'shenzhen'": lambda: inf.infringer_ids(archive, search="shenzhen"),
            "search '深圳'": lambda: inf.infringer_ids(archive, search="深圳"),
            "search phone '139 5792'": lambda: inf.infringer_ids(archive, search="139 5792"),
            "every summary": lambda: inf.infringers(archive),
            "merge suggestions": lambda: inf.merge_suggestions(archive),
        }
        print("\nmedian, ms")
        for name, work in figures.items():
            print(f"  {name:<28} {median_ms(runs, work):>9.1f}")
        if suggestions:
            pair = suggestions[0]
            merges: list[int] = []

            def merge() -> None:
                result = inf.merge_parties(
                    archive, pair.first.id, pair.second.id, actor="bench", reason="bench"
                )
                merges.append(result.merge_id)

            def undo() -> None:
                inf.undo_merge(archive, merges.pop(), actor="bench")

            times = {"merge": [], "undo": []}  # type: dict[str, list[float]]
            for _ in range(runs):
                for name, work in (("merge", merge), ("undo", undo)):
                    t0 = time.perf_counter()
                    work()
                    times[name].append(time.perf_counter() - t0)
            cases = len(pair.first.cases) + len(pair.second.cases)
            for name, values in times.items():
                median = statistics.median(values) * 1000
                print(f"  {name} ({cases} cases between them){'':<5} {median:>9.1f}")


if __name__ == "__main__":
    run_bench(__doc__.splitlines()[0], bench)
