"""Export one case as a portable package and merge a package into an archive (the format is
export/package.py's).

Every record in a package carries its origin, "ARCHIVE-ID:table:row-id", the archive and row it
was first written in (a record that came into this archive from a package keeps the origin it
came with), and when it last changed there. An import finds the local copy of each record by
that origin (this archive's own rows, or the links an earlier import recorded under the
`package.links` setting), else by what names it: the case by its reference, a party by one of
its identifiers, a right by kind, jurisdiction and number, an exhibit by its number. Then:

- a record not here is added; one equal here is left alone;
- one that differs is taken from the package unless it was edited here since it last came from
  a package (the link remembers the package's values then), and that edit is newer than the
  package's: such a record is a conflict. The command line keeps the local record and reports
  it; the app asks (`plan_import` lists the conflicts, `import_case` takes the answers).

Nothing is ever deleted by an import. The whole import is one transaction; its evidence files
are copied in (hashes checked) before it and removed again if it fails.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlmodel import Session, SQLModel, col

from casefile.domain import IdentifierKind
from casefile.errors import CancelledError, CasefileError
from casefile.export.package import EvidenceSource, PackageError, PackageReader, write_package
from casefile.services import identifiers
from casefile.services.base import current_actor, load_case
from casefile.services.evidence import _discard_unreferenced
from casefile.store.archive import Archive
from casefile.store.files import Hold, StoredFile
from casefile.store.models import (
    ArchiveSetting,
    AuditEntry,
    Case,
    CaseParty,
    CaseRight,
    CustodyEvent,
    CustomsRecordal,
    Deadline,
    EvidenceFile,
    EvidenceItem,
    IPRight,
    Listing,
    MoneyEntry,
    Note,
    Party,
    PartyIdentifier,
    PriorPenalty,
    Proceeding,
    ProceedingEvent,
    StoredBlob,
    ThresholdFigure,
    TransferRecord,
    TransferStepRecord,
)
from casefile.words import N_

ARCHIVE_ID = "archive.id"
LINKS = "package.links"  # {origin: [local id, sha256 of the package's values then]}
TRAIL_PREFIX = "package.trail."  # the source archive's audit trail of an imported package
ORIGIN = "_origin"
CHANGED = "_changed_at"
CASE_TABLE = "case_file"
# Set by the archive as it writes, not by counsel: neither an edit nor a conflict on its own.
BOOKKEEPING = frozenset({"id", "updated_at"})

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    model: type[SQLModel]
    refs: Mapping[str, str]  # column → the table it names a row of


# In the order rows are written: each after the rows it names.
TABLES = (
    Table(CASE_TABLE, Case, {}),
    Table("party", Party, {}),
    Table("party_identifier", PartyIdentifier, {"party_id": "party"}),
    Table("ip_right", IPRight, {}),
    Table("customs_recordal", CustomsRecordal, {"right_id": "ip_right"}),
    Table("case_party", CaseParty, {"case_id": CASE_TABLE, "party_id": "party"}),
    Table("case_right", CaseRight, {"case_id": CASE_TABLE, "right_id": "ip_right"}),
    Table("proceeding", Proceeding, {"case_id": CASE_TABLE}),
    Table("proceeding_event", ProceedingEvent, {"proceeding_id": "proceeding"}),
    Table(
        "listing",
        Listing,
        {
            "case_id": CASE_TABLE,
            "proceeding_id": "proceeding",
            "party_id": "party",
            "notice_event_id": "proceeding_event",
        },
    ),
    Table("evidence_item", EvidenceItem, {"case_id": CASE_TABLE}),
    Table("evidence_file", EvidenceFile, {"evidence_id": "evidence_item"}),
    Table("custody_event", CustodyEvent, {"evidence_id": "evidence_item"}),
    Table(
        "threshold_figure",
        ThresholdFigure,
        {"case_id": CASE_TABLE, "evidence_id": "evidence_item"},
    ),
    Table("prior_penalty", PriorPenalty, {"case_id": CASE_TABLE}),
    Table(
        "transfer_record", TransferRecord, {"case_id": CASE_TABLE, "proceeding_id": "proceeding"}
    ),
    Table("transfer_step", TransferStepRecord, {"transfer_id": "transfer_record"}),
    Table(
        "deadline",
        Deadline,
        {
            "case_id": CASE_TABLE,
            "proceeding_id": "proceeding",
            "event_id": "proceeding_event",
            "met_by_event_id": "proceeding_event",
        },
    ),
    Table("money_entry", MoneyEntry, {"case_id": CASE_TABLE, "proceeding_id": "proceeding"}),
    Table("note", Note, {"case_id": CASE_TABLE}),
)
BY_NAME = {t.name: t for t in TABLES}
LABELS = {
    CASE_TABLE: N_("case"),
    "party": N_("party"),
    "party_identifier": N_("party identifier"),
    "ip_right": N_("right"),
    "customs_recordal": N_("customs recordal"),
    "case_party": N_("party link"),
    "case_right": N_("right link"),
    "proceeding": N_("proceeding"),
    "proceeding_event": N_("event"),
    "listing": N_("listing"),
    "evidence_item": N_("exhibit"),
    "evidence_file": N_("exhibit file"),
    "custody_event": N_("custody entry"),
    "threshold_figure": N_("figure"),
    "prior_penalty": N_("prior penalty"),
    "transfer_record": N_("transfer"),
    "transfer_step": N_("transfer step"),
    "deadline": N_("deadline"),
    "money_entry": N_("money entry"),
    "note": N_("note"),
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    size: int
    records: int
    evidence_files: int
    encrypted: bool


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record edited here more recently than the package's version of it."""

    key: str  # the record's origin: what `import_case(take_package=...)` names
    table: str
    label: str  # "deadline 'Reply to customs'"
    fields: tuple[tuple[str, object, object], ...]  # (field, here, in the package)
    local_changed_at: str
    package_changed_at: str


@dataclass(frozen=True, slots=True)
class ImportPlan:
    reference: str
    source_archive: str
    exported_at: str
    new_case: bool
    conflicts: tuple[Conflict, ...]


@dataclass(slots=True)
class ImportReport:
    reference: str
    new_case: bool
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: list[Conflict] = field(default_factory=list)  # local edits kept: the package's skipped
    taken: list[Conflict] = field(default_factory=list)  # conflicts answered "take the package"
    matched_parties: list[str] = field(default_factory=list)  # known infringers recognised
    evidence_copied: int = 0
    case_id: int = 0  # the case here


class CaseCopyMismatchError(CasefileError):
    """The archive has a case of the package's reference that is not a copy of it."""

    def __init__(self, reference: str) -> None:
        super().__init__(
            N_(
                "this archive already has a case {reference} that is not a copy of the "
                "package's (it was not exported from or imported into this archive); nothing "
                "was imported"
            ),
            reference=reference,
        )
        self.reference = reference


# ---------------------------------------------------------------------------------------------
# Export


def archive_id(session: Session) -> str:
    """This archive's identity in the origins of its records, made on first use."""
    row = session.get(ArchiveSetting, ARCHIVE_ID)
    if row is None:
        row = ArchiveSetting(key=ARCHIVE_ID, value=uuid.uuid4().hex)
        session.add(row)
        session.flush()
    return str(row.value)


def _links(session: Session) -> dict[str, list[Any]]:
    row = session.get(ArchiveSetting, LINKS)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def _case_rows(session: Session, case: Case) -> dict[str, list[SQLModel]]:
    """Every row of the case, by table."""
    rows: dict[str, list[SQLModel]] = {CASE_TABLE: [case]}

    def where(model: type[SQLModel], column: str, ids: Iterable[int | None]) -> list[SQLModel]:
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return []
        col = model.__table__.c[column]  # type: ignore[attr-defined]
        found: list[SQLModel] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            found += session.scalars(select(model).where(col.in_(chunk))).all()
        return sorted(found, key=lambda r: getattr(r, "id", 0) or 0)

    def ids(table: str, column: str = "id") -> list[int | None]:
        return [getattr(r, column) for r in rows[table]]

    rows["case_party"] = where(CaseParty, "case_id", [case.id])
    rows["party"] = where(Party, "id", set(ids("case_party", "party_id")))
    rows["party_identifier"] = where(PartyIdentifier, "party_id", ids("party"))
    rows["case_right"] = where(CaseRight, "case_id", [case.id])
    rows["ip_right"] = where(IPRight, "id", set(ids("case_right", "right_id")))
    rows["customs_recordal"] = where(CustomsRecordal, "right_id", ids("ip_right"))
    rows["proceeding"] = where(Proceeding, "case_id", [case.id])
    rows["proceeding_event"] = where(ProceedingEvent, "proceeding_id", ids("proceeding"))
    rows["listing"] = where(Listing, "case_id", [case.id])
    rows["evidence_item"] = where(EvidenceItem, "case_id", [case.id])
    rows["evidence_file"] = where(EvidenceFile, "evidence_id", ids("evidence_item"))
    rows["custody_event"] = where(CustodyEvent, "evidence_id", ids("evidence_item"))
    for name in ("threshold_figure", "prior_penalty", "transfer_record", "deadline"):
        rows[name] = where(BY_NAME[name].model, "case_id", [case.id])
    rows["transfer_step"] = where(TransferStepRecord, "transfer_id", ids("transfer_record"))
    rows["money_entry"] = where(MoneyEntry, "case_id", [case.id])
    rows["note"] = where(Note, "case_id", [case.id])
    return rows


def _last_changes(session: Session, table: str, ids: list[int]) -> dict[int, str]:
    """When each row last changed, from the audit trail."""
    found: dict[int, str] = {}
    keys = [str(i) for i in ids]
    for start in range(0, len(keys), 500):
        query = (
            select(col(AuditEntry.row_id), func.max(col(AuditEntry.at)))
            .where(col(AuditEntry.table_name) == table)
            .where(col(AuditEntry.row_id).in_(keys[start : start + 500]))
            .group_by(col(AuditEntry.row_id))
        )
        for row_id, at in session.execute(query):
            found[int(row_id)] = _stamp(at)
    return found


def _stamp(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat()


def _dump(row: SQLModel) -> dict[str, Any]:
    return row.model_dump(mode="json")


def _content(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """What a reader compares: the values without the row id, the links to other rows (they
    differ between archives) and the package's own keys."""
    return {
        k: v
        for k, v in values.items()
        if k not in BOOKKEEPING and k not in table.refs and not k.startswith("_")
    }


def _hash(content: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode()).hexdigest()


def export_case(
    archive: Archive,
    reference: str,
    out: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    actor: str | None = None,
) -> ExportResult:
    """Write the case `reference` as a package to `out` (encrypted if a passphrase is given)."""
    with archive.unit_of_work(actor or current_actor()) as session:
        source = archive_id(session)  # written once, the first time this archive exports
    with archive.reading() as session:
        case = load_case(session, reference)
        rows = _case_rows(session, case)
        reverse = {(key.split(":")[1], value[0]): key for key, value in _links(session).items()}
        tables: dict[str, list[dict[str, Any]]] = {}
        for table in TABLES:
            found = rows[table.name]
            changed = _last_changes(session, table.name, [getattr(r, "id", 0) for r in found])
            dumped = []
            for row in found:
                values = _dump(row)
                row_id = values["id"]
                values[ORIGIN] = reverse.get(
                    (table.name, row_id), f"{source}:{table.name}:{row_id}"
                )
                values[CHANGED] = changed.get(row_id, "")
                dumped.append(values)
            tables[table.name] = dumped
        shared = [f"party:{r['id']}" for r in tables["party"]]
        shared += [f"right:{r['id']}" for r in tables["ip_right"]]
        trail_query = select(AuditEntry).where(
            or_(
                col(AuditEntry.case_id) == case.id,
                col(AuditEntry.shared_record).in_(shared),
            )
        )
        audit = [_dump(e) for e in session.scalars(trail_query.order_by(AuditEntry.id))]  # type: ignore[arg-type]
        shas = sorted({str(r["sha256"]) for r in tables["evidence_file"]})
        sizes = {
            b.sha256: b.size
            for b in session.scalars(select(StoredBlob).where(col(StoredBlob.sha256).in_(shas)))
        }
    evidence = [EvidenceSource(s, sizes.get(s, 0), archive.files.path_of(s)) for s in shas]
    header = {
        "source_archive": source,
        "case_reference": reference,
        "exported_at": _stamp(datetime.now(UTC)),
        "exported_by": actor or current_actor(),
    }
    body = {"tables": tables, "blobs": sizes}
    try:
        write_package(out, header, body, audit, evidence, passphrase, progress, cancelled)
    except OSError as exc:
        raise CasefileError(
            N_("{path}: the package could not be written ({problem})"),
            path=out,
            problem=exc.strerror or exc,
        ) from None
    return ExportResult(
        out,
        out.stat().st_size,
        sum(len(v) for v in tables.values()),
        len(evidence),
        bool(passphrase),
    )


# ---------------------------------------------------------------------------------------------
# Import


@dataclass(slots=True)
class _Match:
    """One package row and the local row that is its copy (None: to be added)."""

    table: Table
    values: dict[str, Any]
    local: SQLModel | None = None
    conflict: Conflict | None = None
    take: bool = False  # differs, and the package's values are to be written


class _Merge:
    """Works out, in a session, what an import does with each package row."""

    def __init__(
        self,
        session: Session,
        body: Mapping[str, Any],
        manifest: Mapping[str, Any],
        here: str | None = None,
    ) -> None:
        self.session = session
        # This archive's identity; a plan (which writes nothing) of an archive that has none
        # yet needs none: no package holds rows of it then.
        self.here = here if here is not None else archive_id(session)
        self.links = _links(session)
        self.tables: dict[str, list[dict[str, Any]]] = body.get("tables", {})
        self.manifest = manifest
        self.local_ids: dict[str, dict[str, int]] = defaultdict(dict)  # table → origin → id
        self.matches: list[_Match] = []
        self.matched_parties: list[str] = []

    def local_of(self, table: str, origin: str | None) -> int | None:
        return None if origin is None else self.local_ids[table].get(origin)

    def run(self) -> None:
        self._index = {
            t.name: {row.get("id"): row for row in self.tables.get(t.name, [])} for t in TABLES
        }
        for table in TABLES:
            rows = self.tables.get(table.name, [])
            changed = {}
            found: list[_Match] = []
            for values in rows:
                if not isinstance(values, dict) or not isinstance(values.get(ORIGIN), str):
                    raise CasefileError(
                        N_("the package's {name} rows are damaged"), name=table.name
                    )
                local = self._find(table, values)
                found.append(_Match(table, values, local))
            local_ids = [getattr(m.local, "id", 0) for m in found if m.local is not None]
            changed = _last_changes(self.session, table.name, local_ids)
            for match in found:
                if match.local is not None:
                    self.local_ids[table.name][match.values[ORIGIN]] = int(
                        getattr(match.local, "id", 0)
                    )
                    self._compare(match, changed.get(int(getattr(match.local, "id", 0)), ""))
                self.matches.append(match)

    def _ref_local(self, table: Table, values: Mapping[str, Any], column: str) -> int | None:
        target = self._index[table.refs[column]].get(values.get(column))
        return None if target is None else self.local_of(table.refs[column], target[ORIGIN])

    def _find(self, table: Table, values: Mapping[str, Any]) -> SQLModel | None:
        origin = str(values[ORIGIN])
        model = table.model
        found: SQLModel | None = None
        parts = origin.split(":")
        if len(parts) == 3 and parts[0] == self.here and parts[1] == table.name:
            with contextlib.suppress(ValueError):
                found = self.session.get(model, int(parts[2]))  # a row of this very archive
        if found is None and origin in self.links:
            found = self.session.get(model, int(self.links[origin][0]))
        if found is None:
            found = self._by_name(table, values)
        if table.name == CASE_TABLE:
            reference = values.get("reference")
            by_ref = self.session.scalars(
                select(Case).where(col(Case.reference) == reference)
            ).first()
            if by_ref is not None and (found is None or getattr(found, "id", None) != by_ref.id):
                raise CaseCopyMismatchError(str(reference))
            if found is not None and getattr(found, "reference", None) != reference:
                found = None  # renamed here: never merged into another reference
        return found

    def _by_name(self, table: Table, values: Mapping[str, Any]) -> SQLModel | None:
        """The local row a package row names by its natural key, if any."""
        s = self.session
        name = table.name
        if name == "party":
            return self._party(values)
        if name == "ip_right":
            return s.scalars(
                select(IPRight).where(
                    col(IPRight.kind) == values.get("kind"),
                    col(IPRight.jurisdiction) == values.get("jurisdiction"),
                    col(IPRight.number) == values.get("number"),
                )
            ).first()
        keyed: dict[str, tuple[str, ...]] = {
            "party_identifier": ("party_id", "kind", "normalized"),
            "customs_recordal": ("right_id", "authority", "number"),
            "case_party": ("case_id", "party_id", "role"),
            "case_right": ("case_id", "right_id"),
            "evidence_item": ("case_id", "exhibit_no"),
            "evidence_file": ("evidence_id", "sha256"),
            "listing": ("case_id", "url_key"),  # a listing is known in its case by its address
        }
        if name not in keyed:
            return None
        query = select(table.model)
        for column in keyed[name]:
            value: Any = values.get(column)
            if column in table.refs:
                value = self._ref_local(table, values, column)
                if value is None:
                    return None  # its parent is new here: so is it
            query = query.where(table.model.__table__.c[column] == value)  # type: ignore[attr-defined]
        return s.scalars(query).first()

    def _party(self, values: Mapping[str, Any]) -> SQLModel | None:
        """A known party by one of its identifiers (as repeat-infringer matching compares
        them); one without identifiers by its kind and name."""
        own = [
            r for r in self.tables.get("party_identifier", []) if r.get("party_id") == values["id"]
        ]
        for ident in own:
            match = self.session.scalars(
                select(Party)
                .join(PartyIdentifier, PartyIdentifier.party_id == Party.id)  # type: ignore[arg-type]
                .where(
                    col(PartyIdentifier.kind) == ident.get("kind"),
                    col(PartyIdentifier.normalized) == ident.get("normalized"),
                )
            ).first()
            if match is not None:
                self.matched_parties.append(f"{values.get('name')} → {match.name}")
                return match
        if own:
            return None
        return self.session.scalars(
            select(Party).where(
                col(Party.kind) == values.get("kind"), col(Party.name) == values.get("name")
            )
        ).first()

    def _compare(self, match: _Match, local_changed: str) -> None:
        table = match.table
        theirs = _content(table, match.values)
        ours = _content(table, _dump(match.local))  # type: ignore[arg-type]
        if theirs == ours:
            return
        link = self.links.get(str(match.values[ORIGIN]))
        base = str(link[1]) if link and len(link) > 1 else None
        local_edited = base is None or _hash(ours) != base
        package_edited = base is None or _hash(theirs) != base
        package_changed = str(match.values.get(CHANGED) or "")
        if local_edited and (not package_edited or local_changed >= package_changed):
            fields = tuple(
                (k, ours.get(k), theirs.get(k))
                for k in sorted(set(ours) | set(theirs))
                if ours.get(k) != theirs.get(k)
            )
            match.conflict = Conflict(
                str(match.values[ORIGIN]),
                table.name,
                _label(table.name, match.values),
                fields,
                local_changed,
                package_changed,
            )
        else:
            match.take = True


def _label(table: str, values: Mapping[str, Any]) -> str:
    for key in ("reference", "title", "name", "number", "exhibit_no", "kind", "action", "step"):
        if values.get(key) not in (None, ""):
            return f"{LABELS.get(table, table)} {str(values[key])[:60]!r}"
    return f"{LABELS.get(table, table)} #{values.get('id')}"


def _package_values(match: _Match, merge: _Merge) -> dict[str, Any]:
    """The package row's values for this archive: its links to rows turned into local ids."""
    table = match.table
    values = {k: v for k, v in match.values.items() if not k.startswith("_") and k != "id"}
    for column, target in table.refs.items():
        if values.get(column) is None:
            continue
        row = merge._index[target].get(values[column])
        local = None if row is None else merge.local_of(target, row[ORIGIN])
        if local is None:
            if column == "met_by_event_id" or table.model.__table__.c[column].nullable:  # type: ignore[attr-defined]
                values[column] = None
                continue
            raise CasefileError(
                N_("the package's {name} rows name a missing {target} row"),
                name=table.name,
                target=target,
            )
        values[column] = local
    return values


def _open(path: Path, passphrase: str | None) -> PackageReader:
    return PackageReader(Path(path), passphrase)


def _read_package(reader: PackageReader) -> tuple[dict[str, Any], list[Any]]:
    """case.json and audit.json, every record checked to be one this archive can hold before
    anything is written (a package that is not encrypted may have been forged, hashes and all).
    """
    from pydantic import ValidationError as ModelError

    body = reader.read_json("case.json")
    audit = reader.read_json("audit.json")
    tables = body.get("tables") if isinstance(body, dict) else None
    if not isinstance(tables, dict):
        raise PackageError(reader.path, N_("its case.json is not a case"))
    for name, rows in tables.items():
        table = BY_NAME.get(name)
        if table is None or not isinstance(rows, list):
            raise PackageError(
                reader.path, N_("its case.json holds an unknown table ({table!r})"), table=name[:40]
            )
        for row in rows:
            if not (
                isinstance(row, dict)
                and isinstance(row.get("id"), int)
                and isinstance(row.get(ORIGIN), str)
            ):
                raise PackageError(
                    reader.path, N_("its {kind} records are damaged"), kind=LABELS[name]
                )
            values = {k: v for k, v in row.items() if not k.startswith("_")}
            try:
                table.model.model_validate(values, strict=False)
                _checked_types(table, values)
            except (ModelError, TypeError, ValueError) as exc:
                raise PackageError(
                    reader.path,
                    N_("a {kind} record cannot be read ({problem})"),
                    kind=LABELS[name],
                    problem=_first_line(exc),
                ) from None
    for row in tables.get("party_identifier", []):
        # Compared as this Casefile normalises them (a newer one may normalise differently).
        with contextlib.suppress(ValueError):
            row["normalized"] = identifiers.normalize(IdentifierKind(row["kind"]), row["value"])
    cases = tables.get(CASE_TABLE)
    if not isinstance(cases, list) or len(cases) != 1:
        raise PackageError(reader.path, N_("its case.json holds no case, or more than one"))
    if not isinstance(audit, list):
        raise PackageError(reader.path, N_("its audit.json is not an audit trail"))
    return body, audit


def _checked_types(table: Table, values: Mapping[str, Any]) -> None:
    """Table models do not refuse a value of the wrong type (a list for a title): the column's
    Python type is checked here."""
    for column in table.model.__table__.columns:  # type: ignore[attr-defined]
        value = values.get(column.name)
        if value is None:
            continue
        try:
            expected = column.type.python_type
        except NotImplementedError:
            continue
        if expected is str and not isinstance(value, str):
            raise TypeError(f"{column.name}: not text")
        if expected is int and (not isinstance(value, int) or isinstance(value, bool)):
            raise TypeError(f"{column.name}: not a whole number")
        if expected is list and not isinstance(value, list):
            raise TypeError(f"{column.name}: not a list")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return " ".join(text[:3])[:200] if text else type(exc).__name__


def plan_import(archive: Archive, path: Path, passphrase: str | None = None) -> ImportPlan:
    """What importing the package would do: the case it holds, and the records edited here more
    recently than in the package (the conflicts the app asks about). Writes nothing."""
    with _open(path, passphrase) as reader:
        body, _audit = _read_package(reader)
        manifest = reader.manifest
    with archive.reading() as session:
        row = session.get(ArchiveSetting, ARCHIVE_ID)
        merge = _Merge(session, body, manifest, "" if row is None else str(row.value))
        merge.run()
        new_case = merge.matches[0].local is None
        conflicts = tuple(m.conflict for m in merge.matches if m.conflict is not None)
    return ImportPlan(
        str(manifest.get("case_reference", "")),
        str(manifest.get("source_archive", "")),
        str(manifest.get("exported_at", "")),
        new_case,
        conflicts,
    )


def import_case(
    archive: Archive,
    path: Path,
    passphrase: str | None = None,
    take_package: bool | Iterable[str] = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    actor: str | None = None,
) -> ImportReport:
    """Merge the package into the archive in one transaction. A conflict (a record edited here
    more recently) keeps the local record unless `take_package` is True or names its key."""
    chosen = take_package if isinstance(take_package, bool) else frozenset(take_package)
    copied: list[StoredFile] = []
    with _open(path, passphrase) as reader:
        body, audit = _read_package(reader)
        hold = archive.files.hold()
        try:
            _copy_evidence(archive, reader, hold, copied, progress, cancelled)
            report = _write(archive, reader, body, audit, chosen, actor or current_actor())
            report.evidence_copied = sum(1 for c in copied if not c.already_present)
            return report
        except BaseException:
            try:
                for item in copied:
                    if not item.already_present:
                        _discard_unreferenced(archive, item.sha256, hold)
            except BaseException:
                archive.files.request_sweep()
                raise
            raise
        finally:
            hold.release()


def _copy_evidence(
    archive: Archive,
    reader: PackageReader,
    hold: Hold,
    copied: list[StoredFile],
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    """Copy the package's evidence files into the store, each hash checked; each one copied
    is added to `copied` at once (removed again if the import fails)."""
    wanted = reader.evidence()
    total = sum(size for _sha, size in wanted)
    done = 0
    for sha, size in wanted:
        if cancelled and cancelled():
            raise CancelledError()
        if archive.files.contains(sha):
            hold.add(sha)
            copied.append(StoredFile(sha, size, already_present=True))
            done += size
            continue
        fd, temp = archive.files.temp_file("package")
        try:
            with os.fdopen(fd, "wb") as out:

                def step(n: int) -> None:
                    nonlocal done
                    if cancelled and cancelled():
                        raise CancelledError()
                    done += n
                    if progress:
                        progress(done, total)

                reader.copy_evidence(sha, out, step)  # its hash checked as it is written
                out.flush()
                os.fsync(out.fileno())
            copied.append(archive.files.adopt(temp, sha, size, hold))
        except OSError as exc:
            raise CasefileError(
                N_(
                    "{path}: an evidence file could not be copied in ({problem}); nothing was "
                    "imported"
                ),
                path=archive.path,
                problem=exc.strerror or exc,
            ) from None
        finally:
            temp.unlink(missing_ok=True)


def _write(
    archive: Archive,
    reader: PackageReader,
    body: Mapping[str, Any],
    audit: list[Any],
    chosen: bool | frozenset[str],
    actor: str,
) -> ImportReport:
    manifest = reader.manifest
    blobs = body.get("blobs", {}) if isinstance(body.get("blobs"), dict) else {}
    with archive.unit_of_work(actor) as session:
        merge = _Merge(session, body, manifest)
        merge.run()
        case_match = merge.matches[0]
        report = ImportReport(
            str(manifest.get("case_reference", "")),
            new_case=case_match.local is None,
            matched_parties=merge.matched_parties,
        )
        links = merge.links
        for sha in {str(r.get("sha256")) for r in merge.tables.get("evidence_file", [])}:
            if session.get(StoredBlob, sha) is None:
                if not archive.files.contains(sha):
                    raise PackageError(
                        reader.path, N_("evidence file {file}… is missing"), file=sha[:12]
                    )
                size = blobs.get(sha) or archive.files.path_of(sha).stat().st_size
                session.add(StoredBlob(sha256=sha, size=int(size)))
        session.flush()
        for match in merge.matches:
            table = match.table
            origin = str(match.values[ORIGIN])
            if match.local is None:
                row = table.model.model_validate(_package_values(match, merge))
                session.add(row)
                session.flush()
                if table.name == CASE_TABLE:
                    load_case(session, str(getattr(row, "reference", "")))
                match.local = row
                merge.local_ids[table.name][origin] = int(getattr(row, "id", 0))
                report.added[table.name] = report.added.get(table.name, 0) + 1
            else:
                if table.name == CASE_TABLE:
                    load_case(session, str(getattr(match.local, "reference", "")))
                take = match.take
                if match.conflict is not None:
                    take = chosen is True or (
                        isinstance(chosen, frozenset) and match.conflict.key in chosen
                    )
                    (report.taken if take else report.kept).append(match.conflict)
                if take:
                    parsed = table.model.model_validate(_package_values(match, merge))
                    for column in _package_values(match, merge):
                        setattr(match.local, column, getattr(parsed, column))
                    session.flush()
                    report.updated[table.name] = report.updated.get(table.name, 0) + 1
            links[origin] = [
                int(getattr(match.local, "id", 0)),
                _hash(_content(table, match.values)),
            ]
        report.case_id = int(getattr(case_match.local, "id", 0))
        _set(session, LINKS, links)
        trail_key = (
            TRAIL_PREFIX
            + hashlib.sha256(
                f"{manifest.get('source_archive')}:{manifest.get('exported_at')}".encode()
            ).hexdigest()[:32]
        )
        _set(
            session,
            trail_key,
            {
                "case_reference": manifest.get("case_reference"),
                "source_archive": manifest.get("source_archive"),
                "exported_at": manifest.get("exported_at"),
                "rows": audit,
            },
        )
    return report


def _set(session: Session, key: str, value: Any) -> None:
    row = session.get(ArchiveSetting, key)
    if row is None:
        session.add(ArchiveSetting(key=key, value=value))
    else:
        row.value = value
