"""Benchmark full-text search and the case-list filters on a large archive, printing medians.

    python bench/bench_search.py --archive /tmp/Big.casefile [--runs 7]
    python bench/bench_search.py --cases 100000            # builds one first (bench_archive)

Times, in one warm process (the window searches in a process that is already running):

- a full-text search per kind of text counsel types (a two-character Chinese name, a seller ID
  fragment, a notary certificate number, a right number, an authority reference, a common
  English word), as `search.case_ids` (what the case list holds) and `search.search_cases` with
  the first 100 hits and their matching fields (what is shown first);
- what the window does per keystroke (`services.case_listing`, one `CaseListing` kept as the
  window keeps one): the ids, then the first page of 200 rows (and for a search the field each
  matched) — for each text, and for each filter with no text.

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

from casefile.store.archive import Archive  # noqa: E402

PAGE = 200  # rows the case list fetches first


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
    from casefile.services import cases, search
    from casefile.services.case_listing import RANKED, CaseListing

    texts = _texts(path / "archive.sqlite")
    with Archive.open(path) as archive:
        listing = CaseListing(archive)  # the window keeps one per archive
        search.case_ids(archive, "warm up")  # first query reads the schema

        def shown(text: str, filters: object = None, sort: str = RANKED) -> list[int]:
            """What the window does: the ids, then the first page's rows (and fields)."""
            found = listing.ids(text, filters, sort, True)  # type: ignore[arg-type]
            page = found.ids[:PAGE]
            cases.case_summaries(archive, page)
            if found.matched:
                search.matches(archive, text, [found.matched[i] for i in page])
            return found.ids

        print(f"full-text search on {path} (median of {runs}, ms)")
        print(f"{'text':<24} {'typed':<16} {'cases':>7} {'window':>8} {'first 100':>10}")
        medians = []
        for kind, typed in texts.items():
            ids_ms, ids = _median_ms(runs, lambda t=typed: shown(t))
            hits_ms, _ = _median_ms(
                runs, lambda t=typed: search.search_cases(archive, t, limit=100)
            )
            medians.append(ids_ms)
            count = len(ids) if isinstance(ids, list) else 0
            print(f"{kind:<24} {typed:<16} {count:>7} {ids_ms:>8.1f} {hits_ms:>10.1f}")
        print(f"median over the texts: {statistics.median(medians):.1f} ms (target <= 50)")

        started = time.perf_counter()
        shown("", None, "reference")
        first = (time.perf_counter() - started) * 1000
        print("\nfilter keystroke: the list's ids and first page, one filter, no text (ms)")
        print(f"(every case's order by reference read once when the archive opens: {first:.0f} ms)")
        print("(first: the filter's cases read in SQL; again: kept, as when it is chosen again")
        print(" or another filter is added to it)")
        print(f"{'filter':<32} {'cases':>7} {'first':>8} {'again':>8}")
        firsts, agains = [], []
        for name, filters in (
            ("status open", search.case_filters(status="open")),
            ("route customs", search.case_filters(route="customs")),
            ("due within 7 days", search.case_filters(due_within_days=7)),
            ("counsel", search.case_filters(counsel="Chen Jing")),
            ("brand", search.case_filters(brand="Voltra")),
            ("jurisdiction CN", search.case_filters(jurisdiction="CN")),
            ("tag", search.case_filters(tag="repeat infringer")),
            ("route customs + status open", search.case_filters(route="customs", status="open")),
        ):
            first_ms, ids = _median_ms(1, lambda f=filters: shown("", f, "reference"))
            again_ms, _ = _median_ms(runs, lambda f=filters: shown("", f, "reference"))
            firsts.append(first_ms)
            agains.append(again_ms)
            count = len(ids) if isinstance(ids, list) else 0
            print(f"{name:<32} {count:>7} {first_ms:>8.1f} {again_ms:>8.1f}")
        print(
            f"median over the filters: first {statistics.median(firsts):.1f} ms, again "
            f"{statistics.median(agains):.1f} ms (target <= 30)"
        )


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
