"""Benchmark full-text search and the case-list filters on a large archive, printing medians.

    python bench/bench_search.py --archive /tmp/Big.casefile [--runs 7]
    python bench/bench_search.py --cases 100000            # builds one first (bench_archive)

Times, in one warm process (the window searches in a process that is already running):

- a full-text search per kind of text counsel types (a two-character Chinese name, a seller ID
  fragment, a notary certificate number, a right number, an authority reference, a common
  English word), as `search.case_ids` (what the case list holds) and `search.search_cases` with
  the first 100 hits and their matching fields (what is shown first);
- a filter keystroke: `search.case_ids` with one filter (status, route, due within 7 days) and
  no text, as the list re-queries when a filter changes.

Texts are taken from the archive itself, so they exist whatever the demo holds.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _texts(db: Path) -> dict[str, str]:
    """One text of each kind, cut from values in the archive."""
    con = sqlite3.connect(db)
    try:

        def first(sql: str) -> str:
            row = con.execute(sql).fetchone()
            return str(row[0]) if row else ""

        name = first("SELECT name FROM party WHERE name GLOB '*[一-龥][一-龥][一-龥]*' LIMIT 1")
        seller = first("SELECT value FROM party_identifier WHERE kind = 'seller_id' LIMIT 1")
        certificate = first(
            "SELECT notary_certificate FROM evidence_item WHERE notary_certificate != '' "
            "ORDER BY id DESC LIMIT 1"
        )
        right = first("SELECT number FROM ip_right ORDER BY id DESC LIMIT 1")
        authority = first(
            "SELECT authority_ref FROM proceeding WHERE authority_ref != '' "
            "ORDER BY id DESC LIMIT 1"
        )
    finally:
        con.close()
    cjk = [c for c in name if "\u4e00" <= c <= "\u9fff"]
    return {
        "2-char Chinese name": "".join(cjk[2:4]) if len(cjk) >= 4 else "".join(cjk[:2]),
        "seller ID fragment": seller[1:7] if len(seller) > 7 else seller,
        "notary certificate": certificate[-8:],
        "right number": right[-7:],
        "authority reference": authority[-8:],
        "common word (scooter)": "scooter",
    }


def _median_ms(runs: int, work: Callable[[], object]) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(runs):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, result


def bench(path: Path, runs: int) -> None:
    from casefile.services import search
    from casefile.store.archive import Archive

    texts = _texts(path / "archive.sqlite")
    with Archive.open(path) as archive:
        search.case_ids(archive, "warm up")  # first query reads the schema
        print(f"full-text search on {path} (median of {runs}, ms)")
        print(f"{'text':<24} {'typed':<16} {'cases':>7} {'ids':>8} {'first 100':>10}")
        medians = []
        for kind, typed in texts.items():
            ids_ms, ids = _median_ms(runs, lambda t=typed: search.case_ids(archive, t))
            hits_ms, _ = _median_ms(
                runs, lambda t=typed: search.search_cases(archive, t, limit=100)
            )
            medians.append(ids_ms)
            count = len(ids) if isinstance(ids, list) else 0
            print(f"{kind:<24} {typed:<16} {count:>7} {ids_ms:>8.1f} {hits_ms:>10.1f}")
        print(f"median over the texts: {statistics.median(medians):.1f} ms (target <= 50)")

        print("\nfilter keystroke: case ids with one filter, no text (ms)")
        keystrokes = []
        for name, filters in (
            ("status open", search.case_filters(status="open")),
            ("route customs", search.case_filters(route="customs")),
            ("due within 7 days", search.case_filters(due_within_days=7)),
            ("counsel", search.case_filters(counsel="Chen Jing")),
        ):
            ms, ids = _median_ms(runs, lambda f=filters: search.case_ids(archive, "", f))
            keystrokes.append(ms)
            count = len(ids) if isinstance(ids, list) else 0
            print(f"{name:<24} {count:>7} cases {ms:>8.1f}")
        print(f"median over the filters: {statistics.median(keystrokes):.1f} ms (target <= 30)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="an existing archive to search")
    parser.add_argument("--cases", type=int, default=100_000, help="cases, if building one")
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


if __name__ == "__main__":
    main()
