"""Export and import of one big case as a package: the demo's richest case (CF-2026-0011) with
`--files` extra evidence files of `--mib` MiB each (random bytes: they neither compress nor
repeat), written plain and encrypted, then imported into an empty archive.

    python bench/bench_case_package.py                  # 4 files × 256 MiB = 1 GiB of evidence
    python bench/bench_case_package.py --files 2 --mib 64
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REFERENCE = "CF-2026-0011"


def _timed(label: str, work: object) -> object:
    started = time.perf_counter()
    result = work()  # type: ignore[operator]
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--mib", type=int, default=256)
    args = parser.parse_args()
    from casefile.demo import build_demo_archive
    from casefile.services import case_package
    from casefile.services.evidence import EvidenceDraft, add_evidence
    from casefile.store.archive import Archive

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build_demo_archive(root / "Office.casefile", progress=lambda *_: None)
        office = Archive.open(root / "Office.casefile")
        for n in range(args.files):
            path = root / f"video{n}.bin"
            with path.open("wb") as out:
                for _ in range(args.mib):
                    out.write(os.urandom(1024 * 1024))
            add_evidence(office, REFERENCE, EvidenceDraft(kind="other"), [path])
            path.unlink()
        total = args.files * args.mib
        print(f"case {REFERENCE} with {args.files} × {args.mib} MiB = {total} MiB added")
        for passphrase in (None, "a passphrase of some length"):
            how = "encrypted" if passphrase else "plain"
            out = root / f"{how}.casepkg"
            _timed(
                f"export ({how})",
                lambda out=out, p=passphrase: case_package.export_case(office, REFERENCE, out, p),
            )
            print(f"  package: {out.stat().st_size / 1024**2:.1f} MiB")
            laptop = Archive.open(root / f"Laptop-{how}.casefile", create=True)
            _timed(
                f"import ({how}) into an empty archive",
                lambda out=out, p=passphrase, a=laptop: case_package.import_case(a, out, p),
            )
            laptop.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of the process: {peak:.0f} MiB")
        office.close()


if __name__ == "__main__":
    main()
