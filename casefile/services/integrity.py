"""`casefile check`: the database's integrity, the audit trail's hash chain (each link, its head,
and the exhibits, files and custody entries it covers: store/chain.py), every evidence file
re-hashed against the SHA-256 it was stored under, and the archive's own rules (edited rule sets,
rule settings) loaded. `chain_head` is the head bundles print in their manifest."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from casefile.errors import ArchiveError, CancelledError
from casefile.services.rule_settings import rule_problems
from casefile.store import chain, repositories
from casefile.store.archive import Archive, database_problems
from casefile.store.chain import ChainHead
from casefile.store.files import sha256_of, size_text


@dataclass(frozen=True, slots=True)
class Problem:
    # "database", "audit trail", "evidence record", "missing", "altered", "unreadable", "rules"
    what: str
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
    chain: ChainHead | None = None  # the audit chain's head as verified (None: not checked)

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
    report.problems += chain_problems(archive, report)
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


def chain_head(archive: Archive) -> ChainHead:
    """The audit chain's head as the archive records it now: how many audit rows, the last one's
    id and hash (a bundle's manifest prints it, tying the bundle to this state of the archive).
    Read, not verified: `check_archive` verifies it."""
    with archive.engine.connect() as connection:
        return chain.head_of(connection)


def trail_reaches(archive: Archive, head: ChainHead) -> bool:
    """Whether the audit trail still holds `head`, a head printed earlier (a bundle's manifest,
    a noted `casefile check`): its row `last_id` with that hash, `rows` rows up to it. False:
    the trail was rewritten or cut since (or the head is not of this archive)."""
    if head.rows == 0:
        return True
    with archive.engine.connect() as connection:
        found = connection.exec_driver_sql(
            "SELECT row_hash, (SELECT count(*) FROM audit_entry WHERE id <= ?) "
            "FROM audit_entry WHERE id = ?",
            (head.last_id, head.last_id),
        ).first()
    return found is not None and (found[0], found[1]) == (head.sha256, head.rows)


SHOWN_EVIDENCE = 50  # evidence records named one by one; the rest counted
ACTION_WORDS = {"insert": "added", "update": "changed", "delete": "removed"}


def chain_problems(archive: Archive, report: CheckReport | None = None) -> list[Problem]:
    """The audit chain verified (store/chain.py), each finding as a sentence: the first broken
    links, a head that the trail no longer reaches, and exhibits, files and custody entries
    that are not what the trail last recorded."""
    with archive.engine.connect() as connection, connection.begin():  # one state of it all
        found = chain.verify(connection)
        names = _Names(connection)
        for gone in found.evidence:  # a removed exhibit named by its last recorded values
            if gone.kind == "removed" and gone.table == "evidence_item":
                names.remember(_int(gone.row_id), gone.values)
        problems = [Problem("audit trail", _link_words(b, names)) for b in found.broken]
        if found.broken_count > len(found.broken):
            more = found.broken_count - len(found.broken)
            problems.append(Problem("audit trail", f"and {more} more broken links after these"))
        if not found.head_matches:
            problems.append(Problem("audit trail", _head_words(found.head, found.recorded_head)))
        shown = found.evidence[:SHOWN_EVIDENCE]
        problems += [Problem("evidence record", _evidence_words(d, names)) for d in shown]
        if len(found.evidence) > SHOWN_EVIDENCE:
            more = len(found.evidence) - SHOWN_EVIDENCE
            problems.append(
                Problem("evidence record", f"and {more} more records that differ from the trail")
            )
    if report is not None:
        report.chain = found.head
    return problems


class _Names:
    """Words for the records findings touch: cases by reference, exhibits by number."""

    def __init__(self, connection: Any) -> None:
        self.connection = connection
        self.cases: dict[int, str] = {}
        self.items: dict[int, tuple[int | None, int | None]] = {}

    def case(self, case_id: object) -> str:
        if not isinstance(case_id, int):
            return "a case"
        if case_id not in self.cases:
            found = self.connection.exec_driver_sql(
                "SELECT reference FROM case_file WHERE id = ?", (case_id,)
            ).first()
            self.cases[case_id] = str(found[0]) if found else f"removed case {case_id}"
        return self.cases[case_id]

    def remember(self, evidence_id: int | None, values: Mapping[str, Any]) -> None:
        number = values.get("exhibit_no")
        if evidence_id is not None and isinstance(number, int):
            case_id = values.get("case_id")
            self.items[evidence_id] = (case_id if isinstance(case_id, int) else None, number)

    def exhibit(self, case_id: object, exhibit_no: object) -> str:
        return f"exhibit #{exhibit_no} of {self.case(case_id)}"

    def exhibit_by_id(self, evidence_id: object) -> str:
        if not isinstance(evidence_id, int):
            return "an exhibit"
        if evidence_id not in self.items:
            found = self.connection.exec_driver_sql(
                "SELECT case_id, exhibit_no FROM evidence_item WHERE id = ?", (evidence_id,)
            ).first()
            self.items[evidence_id] = (found[0], found[1]) if found else (None, None)
        case_id, number = self.items[evidence_id]
        if number is None:
            return f"removed exhibit (id {evidence_id})"
        return self.exhibit(case_id, number)

    def record(self, table: str, values: Mapping[str, Any], row_id: str) -> str:
        """An evidence record, or any audited row, named as counsel would."""
        if table == "evidence_item":
            if "exhibit_no" not in values:  # an update row records only what changed
                return self.exhibit_by_id(_int(row_id))
            return self.exhibit(values.get("case_id"), values["exhibit_no"])
        if table == "evidence_file":
            name = values.get("original_name") or f"id {row_id}"
            return f"file {name!r} of {self.exhibit_by_id(values.get('evidence_id'))}"
        if table == "custody_event":
            when = str(values.get("occurred_at") or "")[:10]
            action = values.get("action") or "entry"
            of = self.exhibit_by_id(values.get("evidence_id"))
            return f"custody entry ({action} {when}) of {of}".replace(" )", ")")
        if table == "case_file":
            reference = values.get("reference")
            return f"case {reference}" if reference else f"case {self.case(_int(row_id))}"
        if table == "stored_blob":
            return f"stored file {row_id[:16]}…"
        words = f"{table.replace('_', ' ')} {row_id}"
        case_id = values.get("case_id")
        return f"{words} of {self.case(case_id)}" if isinstance(case_id, int) else words


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else None


def _link_words(broken: chain.BrokenLink, names: _Names) -> str:
    row = broken.row
    values = dict(row.changes)
    if row.action == "update":  # {column: [before, after]}: name it by its values after
        values = {k: v[1] for k, v in values.items() if isinstance(v, list) and len(v) == 2}
    if row.case_id is not None:
        values.setdefault("case_id", row.case_id)
    record = names.record(row.table_name, values, row.row_id)
    what = f"{ACTION_WORDS.get(row.action, row.action)} {record}"
    said = f"audit row {row.id} ({row.at[:16]}, {row.actor}, {what})"
    if broken.kind == "content":
        return f"{said}: its content no longer matches its hash (edited after it was written)"
    if broken.previous_id is None:
        return f"{said} is the first row but does not start the chain (rows before it deleted?)"
    gap = row.id - broken.previous_id - 1
    if gap > 0:
        missing = (
            f"row {broken.previous_id + 1} is missing"
            if gap == 1
            else f"rows {broken.previous_id + 1}–{row.id - 1} are missing"
        )
        return f"{said} does not follow row {broken.previous_id}: {missing} (deleted?)"
    return (
        f"{said} does not follow row {broken.previous_id} (row {broken.previous_id} rewritten "
        "and re-hashed, rows deleted, or reordered?)"
    )


def _head_words(head: ChainHead, recorded: ChainHead) -> str:
    """The trail as it ends now against the head recorded beside it (written with each row)."""
    ends = f"the audit trail ends at row {head.last_id} ({head.rows} rows)"
    said = (
        f"{ends}, but the archive recorded its end at row {recorded.last_id} ({recorded.rows} rows)"
    )
    if recorded.last_id > head.last_id:
        return f"{said}: rows at the end of the trail were deleted"
    if recorded.last_id < head.last_id:
        return f"{said}: rows were added to the end of the trail without Casefile"
    if recorded.rows > head.rows:
        return f"{said}: {recorded.rows - head.rows} row(s) were deleted from the trail"
    if recorded.rows < head.rows:
        return f"{said}: {head.rows - recorded.rows} row(s) were added to the trail by hand"
    return (
        f"{ends} with hash {head.sha256[:16]}…, but the archive recorded "
        f"{recorded.sha256[:16]}…: its last row was rewritten"
    )


def _shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 80 else text[:77] + "…'"


def _evidence_words(found: chain.EvidenceDifference, names: _Names) -> str:
    label = names.record(found.table, found.values, found.row_id)
    by = f" (audit row {found.audit_id})" if found.audit_id is not None else ""
    if found.kind == "unrecorded":
        return f"{label} is not in the audit trail: written to the database without Casefile"
    if found.kind == "removed":
        return (
            f"{label} is gone from the database, but the audit trail last recorded it{by}: "
            "removed without Casefile"
        )
    return (
        f"{label}: {found.column} is {_shown(found.actual)} but the audit trail last recorded "
        f"{_shown(found.recorded)}{by}"
    )
