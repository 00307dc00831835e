"""Benchmark importing a monitoring tool's file of 10,000 listings into a case, printing times
and peak memory.

    python bench/bench_listing_import.py [--rows 10000] [--sellers 500]

Builds an XLSX (English header under a title line) and a GB18030 CSV with Chinese headers of
`--rows` listings of `--sellers` sellers on Taobao and JD (tests/listing_files.py), then for
each file, into a new case of a new archive: reading the file, the dry run (read and check
every row, match the sellers), and the import itself (one transaction: two platform
proceedings, the sellers as new infringers, every listing audited and indexed for search);
then the import once more under tracemalloc for the peak of Python's allocations (slower, so
not timed), and the process's peak resident size. A second import of the same file (every
row a duplicate) is timed too.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _new_case(folder: Path, name: str) -> tuple[object, str]:
    from casefile.services import cases
    from casefile.store.archive import Archive

    archive = Archive.open(folder / f"{name}.casefile", create=True)
    reference = cases.create_case(archive, cases.CaseDraft(title=f"Listings from {name}"))
    return archive, reference.reference


def bench(rows: int, sellers: int) -> None:
    from casefile.services.listing_files import read_sheet
    from casefile.services.listing_import import import_listings
    from tests.listing_files import many_rows, write_chinese_csv, write_xlsx

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        data = many_rows(rows, sellers)
        files = {
            "xlsx": write_xlsx(folder / "listings.xlsx", data),
            "csv": write_chinese_csv(folder / "listings.csv", data),
        }
        print(f"{rows} listings of {sellers} sellers")
        for kind, path in files.items():
            print(f"\n{kind}: {path.stat().st_size / 1e6:.1f} MB")
            started = time.perf_counter()
            sheet = read_sheet(path)
            print(f"  read the file            {time.perf_counter() - started:6.2f} s")
            archive, reference = _new_case(folder, f"{kind}-dry")
            started = time.perf_counter()
            dry = import_listings(archive, reference, path, dry_run=True)  # type: ignore[arg-type]
            print(f"  dry run (read + check)   {time.perf_counter() - started:6.2f} s")
            archive.close()  # type: ignore[attr-defined]
            archive, reference = _new_case(folder, f"{kind}-import")
            started = time.perf_counter()
            report = import_listings(archive, reference, path)  # type: ignore[arg-type]
            took = time.perf_counter() - started
            print(f"  import                   {took:6.2f} s  ({rows / took:,.0f} rows/s)")
            assert report.imported == dry.imported == len(sheet.rows)
            started = time.perf_counter()
            again = import_listings(archive, reference, path)  # type: ignore[arg-type]
            print(f"  import again (all dupes) {time.perf_counter() - started:6.2f} s")
            assert again.imported == 0
            print(
                f"  {report.imported} imported, {len(report.new_sellers)} new infringers, "
                f"{len(report.new_proceedings)} proceedings; archive "
                f"{(archive.db_path.stat().st_size) / 1e6:.1f} MB"  # type: ignore[attr-defined]
            )
            archive.close()  # type: ignore[attr-defined]
            archive, reference = _new_case(folder, f"{kind}-memory")
            tracemalloc.start()
            import_listings(archive, reference, path)  # type: ignore[arg-type]
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            archive.close()  # type: ignore[attr-defined]
            print(f"  peak Python allocations  {peak / 2**20:6.1f} MiB (tracemalloc)")
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\nprocess peak resident size {peak_rss:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--sellers", type=int, default=500)
    args = parser.parse_args()
    bench(args.rows, args.sellers)


if __name__ == "__main__":
    main()
