"""Demo archives: `build_demo_archive` writes a new archive with ~40 hand-written, realistic cases
(English and Chinese, every route, sample evidence files), optionally topped up with synthetic
cases for scale (`cases=100_000` builds in well under two minutes).

The curated part goes through the real services (validated, audited); the synthetic part is bulk
inserted (see `casefile.demo.synthetic`). Dates are relative to the day it is built for (today
unless told), so a demo always looks live and a given day always gives the same demo.

The demo is built in a private folder beside the chosen one and moved into place, whole, at the
end: no other program writes into it meanwhile or opens it half-built, and an interrupted build
removes only that private folder.
"""

from __future__ import annotations

import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile import clock, owners
from casefile.errors import ArchiveError
from casefile.words import N_, Phrase

if TYPE_CHECKING:
    from casefile.store.archive import Archive

Progress = Callable[[str, int, int], None]
SEED = 20260321  # one fixed seed: the same demo every time it is built on a given day
WORK_PREFIX = ".casefile-demo"  # the private build folder beside the chosen one


@dataclass(frozen=True, slots=True)
class DemoSummary:
    path: Path
    cases: int  # cases in the archive
    curated_cases: int
    synthetic_cases: int
    evidence_files: int  # files attached to exhibits (evidence_file rows)
    stored_files: int  # distinct files in the store (by SHA-256)
    seconds: float


def build_demo_archive(
    path: Path,
    cases: int | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Create a demo archive at `path`: the curated cases, or `cases` cases in total, dated
    around `today` (default: `clock.today()`), so the same day always gives the same demo.

    Refuses (ArchiveError) a folder that is not new or empty, and any existing archive (one
    holding cases, an empty one, a damaged one): a demo never mixes with other work, nor with
    another demo built at the same moment. `progress(stage, done, total)` is called regularly.
    """
    from casefile.demo import curated, synthetic
    from casefile.demo.catalog import ACTOR
    from casefile.demo.scenarios import CURATED
    from casefile.services.settings import DEMO_COMPLETED, set_setting
    from casefile.store.archive import Archive

    if cases is not None and cases < 0:
        raise ArchiveError(N_("a demo needs 0 or more cases, not {cases}"), cases=cases)
    started = time.perf_counter()
    report: Progress = progress or (lambda _stage, _done, _total: None)
    path = Path(path)
    _refuse_existing(path)
    parent = path.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        owners.remove_abandoned(parent, WORK_PREFIX)  # left by killed builds
        claim = owners.WorkFolder(parent, WORK_PREFIX)
    except OSError as exc:
        raise ArchiveError(
            N_("cannot create {path} ({problem})"), path=path, problem=exc.strerror or exc
        ) from None
    try:
        archive = Archive.open(claim.path, create=True)
        try:
            _skip_fsync_while_building(archive)
            scenarios = CURATED if cases is None else CURATED[:cases]
            extra = 0 if cases is None else max(0, cases - len(CURATED))
            today = today or clock.today()
            with tempfile.TemporaryDirectory(prefix="casefile-demo-") as tmp:
                state = curated.BuildState(today=today, workdir=Path(tmp))
                curated.build_curated(archive, scenarios, state, report)
                if extra:
                    pool = synthetic.prepare_pool(archive, state, report)
                    synthetic.add_synthetic(
                        archive, extra, pool, today, random.Random(SEED), report
                    )
            report("Finishing", 0, 1)
            synthetic.finish(archive)
            # Written last: `casefile demo --open` reopens only a demo that was built whole.
            set_setting(archive, DEMO_COMPLETED, datetime.now(UTC).isoformat(), actor=ACTOR)
            report("Finishing", 1, 1)
            counts = _counts(archive)
        finally:
            archive.close()
        claim.release()
        _move_into_place(claim.path, path)
    except BaseException:
        claim.release()
        owners.remove_tree(claim.path)  # only what this build made: never the chosen folder
        raise
    return DemoSummary(
        path=path,
        cases=counts["cases"],
        curated_cases=len(scenarios),
        synthetic_cases=extra,
        evidence_files=counts["evidence_files"],
        stored_files=counts["stored_files"],
        seconds=time.perf_counter() - started,
    )


def _refuse_existing(path: Path) -> None:
    """A demo goes only into a new or empty folder: never beside other files, never into an
    archive (holding cases, empty, or damaged), which is left untouched."""
    from casefile.store.archive import DB_NAME, Archive

    if path.exists() and not path.is_dir():
        raise ArchiveError(N_("{path} is a file; a demo is written into a new folder"), path=path)
    if path.exists() and path.resolve() == Path.cwd().resolve():
        # The finished demo is moved into place in one step, which cannot replace the folder
        # a shell stands in.
        raise ArchiveError(
            N_(
                "{path} is the current folder; a demo is written into a new folder: name one "
                "(e.g. --archive Demo.casefile)"
            ),
            path=path,
        )
    if not path.is_dir() or not any(path.iterdir()):
        return
    if not (path / DB_NAME).exists():
        raise ArchiveError(
            N_(
                "{path} is a folder with other files in it, not an archive; a demo is only "
                "written into a new folder (e.g. Demo.casefile)"
            ),
            path=path,
        )
    try:
        archive = Archive.open(path)
    except ArchiveError as exc:
        raise ArchiveError(
            N_(
                "a demo is only written into a new folder, and {path} holds an archive that "
                "cannot be opened: {problem}"
            ),
            path=path,
            problem=Phrase(exc.template, exc.values),
        ) from None
    try:
        existing = _case_count(archive)
    finally:
        archive.close()
    if existing:
        if existing == 1:
            raise ArchiveError(
                N_(
                    "{path} already holds {count} case; a demo is only written into a new "
                    "folder (choose another folder)"
                ),
                path=path,
                count=existing,
            )
        raise ArchiveError(
            N_(
                "{path} already holds {count} cases; a demo is only written into a new "
                "folder (choose another folder)"
            ),
            path=path,
            count=existing,
        )
    raise ArchiveError(
        N_(
            "{path} is an archive already (with no cases); a demo is only written into a new "
            "folder (choose another folder, or delete this archive first)"
        ),
        path=path,
    )


def _move_into_place(built: Path, path: Path) -> None:
    """Move the finished demo to `path` in one step; if another program made `path` meanwhile
    (another demo, a new archive), the demo is discarded and `path` left as it is."""
    try:
        if os.name == "nt" and path.is_dir() and not any(path.iterdir()):
            path.rmdir()  # Windows does not rename onto an empty folder
        os.rename(built, path)  # elsewhere an empty folder is replaced, a full one refused
    except OSError as exc:
        if path.is_dir() and any(path.iterdir()):
            raise ArchiveError(
                N_(
                    "{path} was filled by another program while the demo was being built; the "
                    "demo was discarded and {path} left as it is"
                ),
                path=path,
            ) from None
        raise ArchiveError(
            N_("the demo could not be moved to {path} ({problem})"),
            path=path,
            problem=exc.strerror or exc,
        ) from None


def _skip_fsync_while_building(archive: Archive) -> None:
    """No fsync per commit while the demo is built: a third faster, and a build that fails is
    deleted anyway. `synthetic.finish` checkpoints with full sync at the end."""
    from sqlalchemy import event

    def relaxed(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous = OFF")

    archive.engine.dispose()  # new connections only: the listener runs after the archive's own
    event.listen(archive.engine, "connect", relaxed)


def _case_count(archive: Archive) -> int:
    from sqlalchemy import func, select

    from casefile.store.models import Case

    with archive.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def _counts(archive: Archive) -> dict[str, int]:
    from sqlalchemy import func, select

    from casefile.store.models import Case, EvidenceFile, StoredBlob

    with archive.reading() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for name, model in (
                ("cases", Case),
                ("evidence_files", EvidenceFile),
                ("stored_files", StoredBlob),
            )
        }


__all__ = ["DemoSummary", "build_demo_archive"]
