"""`casefile check`: the database's integrity, every evidence file re-hashed against the SHA-256
it was stored under, and the archive's own rules (edited rule sets, rule settings) loaded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from casefile.errors import ArchiveError, CancelledError
from casefile.services.rule_settings import rule_problems
from casefile.store import repositories
from casefile.store.archive import Archive, database_problems
from casefile.store.files import sha256_of, size_text


@dataclass(frozen=True, slots=True)
class Problem:
    what: str  # "database", "missing", "altered", "size", "unreadable", "rules"
    detail: str
    exhibits: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f" (used by {', '.join(self.exhibits)})" if self.exhibits else ""
        return f"{self.what}: {self.detail}{where}"


@dataclass(slots=True)
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # not problems: what was tidied, what waits
    files_checked: int = 0
    bytes_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def check_archive(
    archive: Archive,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CheckReport:
    """Check everything; `progress(bytes done, bytes total)` while re-hashing evidence files."""
    report = CheckReport()
    report.problems += [Problem("database", text) for text in database_problems(archive)]
    if report.problems:
        try:  # the rest reads the database: can it?
            with archive.reading() as session:
                repositories.all_blobs(session)
        except ArchiveError as exc:
            report.problems.append(Problem("database", f"the rest was not checked: {exc}"))
            return report
    archive.remove_unreferenced_files()  # also those an older Casefile left, unasked
    if archive.removed_unreferenced:
        count = len(archive.removed_unreferenced)
        report.notes.append(
            f"removed {count} file{'s' if count != 1 else ''} "
            f"({size_text(archive.removed_bytes)}) from {archive.files.root} that no exhibit "
            "used, left by interrupted intakes"
        )
    # A broken edited rule set stops every assessment in this archive: found here, not later.
    report.problems += [Problem("rules", str(problem)) for problem in rule_problems(archive)]
    with archive.reading() as session:
        blobs = repositories.all_blobs(session)
        users = repositories.exhibits_holding(session, None)
        names = repositories.original_names(session, None)
    total = sum(b.size for b in blobs)
    done = 0
    for blob in blobs:
        if cancelled and cancelled():
            raise CancelledError()
        path = archive.files.path_of(blob.sha256)
        exhibits = users.get(blob.sha256, ())
        known_as = " / ".join(names.get(blob.sha256, ())) or "an evidence file"
        base = done

        def report_bytes(n: int, _total: int, base: int = base) -> None:
            if progress:
                progress(base + n, total)

        try:
            if not path.is_file():
                detail = f"{known_as} is gone from the archive ({path})"
                report.problems.append(Problem("missing", detail, exhibits))
            elif path.stat().st_size != blob.size:
                detail = f"{known_as} ({path}) is {path.stat().st_size} bytes, was {blob.size}"
                report.problems.append(Problem("altered", detail, exhibits))
            else:
                actual = sha256_of(path, report_bytes)
                if actual != blob.sha256:
                    detail = (
                        f"{known_as} ({path}) no longer matches its SHA-256 {blob.sha256[:16]}…"
                    )
                    report.problems.append(Problem("altered", detail, exhibits))
                report.files_checked += 1
                report.bytes_checked += blob.size
        except OSError as exc:  # a failing disk or USB stick: a finding, not a crash
            detail = f"{known_as} ({path}) cannot be read: {exc.strerror or exc}"
            report.problems.append(Problem("unreadable", detail, exhibits))
        done += blob.size
        if progress:
            progress(done, total)
    known = {b.sha256 for b in blobs}
    unreferenced = [s for s in archive.files.iter_stored() if s.name not in known]
    held = archive.files.held() if unreferenced else set()
    for stored in unreferenced:
        if not archive.files.is_stored_name(stored):
            report.notes.append(f"{stored} is not an evidence file of this archive (left alone)")
        elif stored.name in held:
            report.notes.append(
                f"{stored} is being added by another program right now (not recorded yet)"
            )
        else:
            report.notes.append(
                f"{stored} is not used by any exhibit; it is removed the next time the archive "
                "is checked or opened while no other program is writing to it"
            )
    return report
