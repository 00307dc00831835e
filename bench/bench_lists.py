"""Benchmark the Rights & Recordals and Evidence views' reads on a large archive, printing
medians.

    python bench/bench_lists.py --archive /tmp/Copy.casefile [--runs 7]
    python bench/bench_lists.py --cases 100000          # builds one first (demo archive)

In one warm process: every right with its recordals' standing and its case counts
(`right_list`), the cases of the right enforced most often (`cases_of_right`, 200 of them);
the ids of every exhibit in each order, with a search in Chinese, a notary certificate's
fragment, a file name, one kind, and a page of 200 rows (`services.evidence_list`). Reads only.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import median_ms, run_bench  # noqa: E402


def bench(path: Path, runs: int) -> None:
    from casefile.services.evidence_list import ORDERS, exhibit_ids, exhibit_page
    from casefile.services.right_list import cases_of_right, right_list
    from casefile.store.archive import Archive

    started = time.perf_counter()
    archive = Archive.open(path)
    print(f"open (and upgrade if needed) {(time.perf_counter() - started) * 1000:.0f} ms")
    with archive:
        rights = right_list(archive)
        busiest = max(rights, key=lambda item: item.case_count)
        ids = exhibit_ids(archive)
        print(
            f"{path}: {len(rights)} rights, the busiest enforced in {busiest.case_count:,} "
            f"cases; {len(ids):,} exhibits ({runs} runs each)"
        )
        figures: dict[str, Callable[[], object]] = {
            "rights with standing and counts": lambda: right_list(archive),
            "cases of the busiest right (200)": lambda: cases_of_right(archive, busiest.right.id),
            **{
                f"exhibit ids, order {order}": (lambda o=order: exhibit_ids(archive, order=o))
                for order in ORDERS
            },
            "exhibit ids, search '公证'": lambda: exhibit_ids(archive, search="公证"),
            "exhibit ids, search '粤广'": lambda: exhibit_ids(archive, search="粤广"),
            "exhibit ids, search 'capture.pdf'": lambda: exhibit_ids(archive, search="capture.pdf"),
            "exhibit ids, kind test_buy": lambda: exhibit_ids(archive, kind="test_buy"),
            "page of 200 exhibits": lambda: exhibit_page(archive, ids[:200]),
        }
        print("\nmedian, ms")
        for name, work in figures.items():
            print(f"  {name:<36} {median_ms(runs, work):>9.1f}")


if __name__ == "__main__":
    run_bench(__doc__.splitlines()[0], bench)
