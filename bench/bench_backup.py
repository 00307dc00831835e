"""Benchmark backup and restore of a large archive, printing times and sizes.

    python bench/bench_backup.py --archive /tmp/Copy.casefile   # a copy: a backup records itself
    python bench/bench_backup.py --cases 100000                  # builds the demo archive first

Times, each once (a backup of 100,000 cases is long enough that one run is the figure):

- a backup to one file (`services.backups.back_up`: SQLite's online backup, the database
  deflated into the zip, every evidence file stored), its size;
- a first backup to a backup folder, then a second one (nothing changed meanwhile: the database
  again, no evidence file copied), their sizes;
- a restore of the single file into a new archive (every hash verified, the database opened and
  its integrity checked), and `casefile check`'s verdict on it.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import run_bench  # noqa: E402
from casefile.services import backups  # noqa: E402
from casefile.services.integrity import check_archive  # noqa: E402
from casefile.store.archive import Archive  # noqa: E402
from casefile.store.files import size_text  # noqa: E402


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def bench(path: Path, _runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with Archive.open(path) as archive:
            source_size = _size(archive.db_path) + _size(archive.files.root)
            started = time.perf_counter()
            single = backups.back_up(archive, work / "Backup.zip")
            single_s = time.perf_counter() - started
            started = time.perf_counter()
            first = backups.back_up(archive, work / "Backups")
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            second = backups.back_up(archive, work / "Backups")
            second_s = time.perf_counter() - started
        started = time.perf_counter()
        restored = backups.restore(single.path, work / "Restored.casefile")
        restore_s = time.perf_counter() - started
        with Archive.open(restored.path) as again:
            started = time.perf_counter()
            report = check_archive(again)
            check_s = time.perf_counter() - started
        print(f"archive: {path} ({size_text(source_size)}; {single.evidence_files} evidence files)")
        print(f"backup to one file:      {single_s:6.1f} s  {size_text(single.bytes_written)}")
        print(f"backup folder, first:    {first_s:6.1f} s  {size_text(first.bytes_written)}")
        print(
            f"backup folder, second:   {second_s:6.1f} s  {size_text(second.bytes_written)} "
            f"({second.evidence_copied} evidence files copied)"
        )
        print(f"restore (verified):      {restore_s:6.1f} s  {size_text(restored.bytes_restored)}")
        verdict = "clean" if report.ok else f"{len(report.problems)} problem(s)"
        print(f"check of the restored:   {check_s:6.1f} s  {verdict}")


if __name__ == "__main__":
    run_bench(__doc__ or "", bench)
