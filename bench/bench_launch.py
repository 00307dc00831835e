"""Benchmark the app's launch against a bare PySide6 window launched the same way, printing
medians.

    python bench/bench_launch.py --archive /tmp/Copy.casefile [--runs 7] [--platform xcb]

Each run is a new Python process (`bench/launch_probe.py`), timed from just before it is
started: **to the first paint** of its main window (a window-visible probe: an event filter
that sees the window's first Paint event), for a bare `QMainWindow` and for Casefile's window
started as `casefile` starts it (`casefile.ui.app`); and for Casefile **to the case list
filled** (the list's first page of rows in the model, the list painted after). Runs alternate
between the two, with fresh settings each time (so the Cases view is the one shown). The
targets (issue 13): first paint ≤ 1.5× the bare window's; the list filled < 1 s on 100,000
cases. Casefile's modules are compiled to bytecode first, as an installed copy has them (pip
and the app bundle compile them; run from a source tree with PYTHONDONTWRITEBYTECODE set,
every module would be compiled again at each launch: ~40 ms more before the paint). Run it
under Xvfb (`xvfb-run -a python bench/bench_launch.py …`, platform xcb) or offscreen (the
default).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE = Path(__file__).with_name("launch_probe.py")
PACKAGE = PROBE.parents[1] / "casefile"  # the code the probe starts (it puts this tree first)


def _launch(mode: str, archive: Path | None, platform: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="casefile-launch-") as home:
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM=platform,
            XDG_CONFIG_HOME=home,  # fresh settings: no remembered view or geometry
            HOME=home,
            CASEFILE_LAUNCH_T0=repr(time.time()),
        )
        args = [sys.executable, str(PROBE), mode]
        if archive is not None:
            args.append(str(archive))
        env["CASEFILE_LAUNCH_T0"] = repr(time.time())  # the last thing before the process
        done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"{mode} probe failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, required=True, help="an archive (not written)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    if not args.archive.is_dir():
        raise SystemExit(f"{args.archive}: no archive there")

    compileall.compile_dir(PACKAGE, quiet=1)  # the bytecode an installed copy has
    _launch("casefile", args.archive, args.platform)  # upgrades it if need be; warms the disk
    bare: list[float] = []
    painted: list[float] = []
    listed: list[float] = []
    steps: dict[str, list[float]] = {}  # the probe's other marks: pages built, archive opened
    for _ in range(args.runs):
        bare.append(_launch("bare", None, args.platform)["painted"])
        run = _launch("casefile", args.archive, args.platform)
        painted.append(run["painted"])
        listed.append(run["listed"])
        for name, seconds in run.items():
            if name not in ("painted", "listed"):
                steps.setdefault(name, []).append(seconds)
    bare_ms = statistics.median(bare) * 1000
    painted_ms = statistics.median(painted) * 1000
    listed_ms = statistics.median(listed) * 1000
    print(f"archive: {args.archive} · platform {args.platform} · {args.runs} runs each")
    print(f"bare QMainWindow, launch to first paint:  {bare_ms:7.0f} ms (median)")
    print(
        f"Casefile, launch to first paint:          {painted_ms:7.0f} ms (median) = "
        f"{painted_ms / bare_ms:.2f}x the bare window (target <= 1.5x)"
    )
    print(f"Casefile, launch to case list filled:     {listed_ms:7.0f} ms (median; target < 1000)")
    if steps:
        print(
            "Casefile, launch to: "
            + ", ".join(
                f"{name} {statistics.median(times) * 1000:.0f} ms"
                for name, times in sorted(steps.items(), key=lambda item: min(item[1]))
            )
            + " (medians)"
        )
    print(
        "all runs (ms): bare "
        + ", ".join(f"{t * 1000:.0f}" for t in bare)
        + " | painted "
        + ", ".join(f"{t * 1000:.0f}" for t in painted)
        + " | listed "
        + ", ".join(f"{t * 1000:.0f}" for t in listed)
    )


if __name__ == "__main__":
    main()
