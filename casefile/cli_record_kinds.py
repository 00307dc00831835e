"""What each kind of record a case is made of is, field by field (named as its service's draft
names them), and how one is added, changed and removed through that service: the same services,
with the same checks and messages, as the window's dialogs. For `casefile record` (cli_record.py)
and its JSON documents (cli_record_document.py); nothing here reads a command line or a file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from casefile.errors import CasefileError, ValidationError

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.store.rows import CaseDetail, CasePartyRow, PartyMatch, PartyRow

# How a field is typed: TEXT (dates, amounts and codes are text too, checked by the service), a
# LIST (comma-separated, or a JSON list), a record ID, a yes/no FLAG, identifier PAIRS (KIND,
# VALUE), or the known party a new one is the SAME_AS.
TEXT, LIST, ID, FLAG, PAIRS, SAME_AS = "text", "list", "id", "flag", "pairs", "same_as"
DATE = "YYYY-MM-DD"


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a kind of record, named as the service's draft names it."""

    name: str
    help: str = ""
    codes: tuple[str, ...] = ()  # the values it takes, listed in --help
    shape: str = TEXT
    required: bool = False  # to add one
    only: str = ""  # "add" or "edit": offered for that action alone
    metavar: str = ""  # how --help shows its value (default: its name in capitals)


@dataclass(frozen=True, slots=True)
class Kind:
    name: str  # as typed: `record add event`
    help: str
    fields: tuple[Field, ...]
    parent: str = ""  # the field naming the record it belongs to: an event's proceeding_id
    removable: bool = True

    def offered(self, action: str) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.only in ("", action))


# The kind of record a parent field names.
PARENT_KIND = {"proceeding_id": "proceeding", "right_id": "right", "party_id": "party"}


@cache
def kinds() -> dict[str, Kind]:
    from casefile.domain import (
        BondStatus,
        CaseStatus,
        CostCategory,
        CountingUnit,
        IdentifierKind,
        MoneyDirection,
        PartyKind,
        PartyRole,
        PenaltyKind,
        Priority,
        ProceedingEventKind,
        ProceedingStage,
        RightKind,
        Route,
        ThresholdMeasure,
    )
    from casefile.rules.threshold_sets import CONDUCT, OFFENCES

    def codes(enum: Iterable[Any]) -> tuple[str, ...]:
        return tuple(str(member.value) for member in enum)

    def text(name: str, help: str = "", **more: Any) -> Field:
        return Field(name, help, **more)

    def day(name: str, help: str = "", **more: Any) -> Field:
        return Field(name, help, metavar=DATE, **more)

    amount = "a decimal amount, e.g. 50000.00"
    found = [
        Kind(
            "case",
            "the case itself: its title, brand, offences, dates…",
            (
                text("title", required=True),
                text("brand"),
                text("product_line"),
                text("priority", codes=codes(Priority)),
                text("jurisdictions", "country codes, e.g. CN,NL", shape=LIST),
                text("responsible_counsel"),
                day("opened_on", "default: today"),
                text("summary"),
                text("tags", "e.g. scooters,repeat", shape=LIST),
                text("offences", "Criminal Law articles assessed", codes=OFFENCES, shape=LIST),
                day("acts_on", "when the infringing acts were done"),
                text("reference", "default: the next free CF-YYYY-NNNN", only="add"),
                text("status", codes=codes(CaseStatus), only="edit"),
                day("closed_on", "with --status closed; default today", only="edit"),
            ),
            removable=False,
        ),
        Kind(
            "proceeding",
            "a route the case runs on, before one authority",
            (
                text("route", codes=codes(Route), required=True),
                text("authority"),
                text("authority_ref"),
                text("jurisdiction", "whose calendar counts its deadlines, e.g. CN, NL"),
                text("stage", codes=codes(ProceedingStage)),
                day("started_on"),
                day("ended_on"),
                text("outcome"),
                text("quantity_seized", "a whole number"),
                text("fine", amount),
                text("damages", amount),
                text("currency", "of the fine and damages, default CNY"),
                text("sentence"),
            ),
        ),
        Kind(
            "event",
            "a dated event on a proceeding; it starts its statutory deadlines",
            (
                text("proceeding_id", "its proceeding", shape=ID, only="add"),
                text("kind", codes=codes(ProceedingEventKind), required=True),
                day("occurred_on", required=True),
                text("reference"),
                text("description"),
            ),
            parent="proceeding_id",
        ),
        Kind(
            "party",
            "an infringer, the rights holder, an agent… with its identifiers",
            (
                text("name", "required unless --same-as"),
                text("kind", codes=codes(PartyKind)),
                text("country", "two letters"),
                text("notes"),
                text(
                    "role", "default infringer; editing: the role to change", codes=codes(PartyRole)
                ),
                text("new_role", codes=codes(PartyRole), only="edit"),
                text("identifiers", codes=codes(IdentifierKind), shape=PAIRS, only="add"),
                text(
                    "same_as",
                    "link the known party with this id, or with this identifier (KIND=VALUE, "
                    "or a value), instead of adding one",
                    shape=SAME_AS,
                    only="add",
                    metavar="PARTY",
                ),
                text(
                    "new",
                    "add it although a known party has its identifier",
                    shape=FLAG,
                    only="add",
                ),
            ),
        ),
        Kind(
            "identifier",
            "a credit code, shop ID, URL, phone… of a party of the case",
            (
                text("party_id", "its party", shape=ID, only="add"),
                text("kind", codes=codes(IdentifierKind), required=True),
                text("value", required=True),
            ),
            parent="party_id",
        ),
        Kind(
            "right",
            "a trademark, patent, design or copyright enforced in the case",
            (
                text("kind", codes=codes(RightKind), required=True),
                text("number", required=True),
                text("jurisdiction", "e.g. CN, EU", required=True),
                text("title"),
                text("owner"),
                text("classes", "e.g. 12,28", shape=LIST),
                day("valid_from"),
                day("valid_to"),
            ),
        ),
        Kind(
            "recordal",
            "a customs recordal of a right of the case",
            (
                text("right_id", "its right", shape=ID, only="add"),
                text("authority", required=True),
                text("number", required=True),
                day("valid_from", required=True),
                day("valid_to", required=True),
            ),
            parent="right_id",
        ),
        Kind(
            "figure",
            "a figure toward a criminal threshold",
            (
                text("measure", codes=codes(ThresholdMeasure), required=True),
                text("value", "a whole count, or an amount in RMB", required=True),
                day("as_of", required=True),
                text("unit", "default: the measure's first", codes=codes(CountingUnit)),
                text("evidence_id", "the exhibit it rests on", shape=ID),
                text("note"),
            ),
        ),
        Kind(
            "penalty",
            "an earlier penalty of the infringer (the repeat standards count it)",
            (
                day("decided_on", required=True),
                text("kind", codes=codes(PenaltyKind), required=True),
                text("conduct", "the Criminal Law article", codes=CONDUCT, required=True),
                text("authority"),
                text("reference"),
                text("note"),
            ),
        ),
        Kind(
            "deadline",
            "a deadline added by hand",
            (
                text("title", required=True),
                day("due_on", required=True),
                text("explanation"),
                text("reminder_days", "days before, e.g. 7,1", shape=LIST),
                text("proceeding_id", "its proceeding, if any", shape=ID),
                text("rule_id"),
            ),
        ),
        Kind(
            "money",
            "a cost paid or a recovery received (a bond posted is held until settled)",
            (
                text("direction", codes=codes(MoneyDirection), required=True),
                text("category", codes=codes(CostCategory), required=True),
                text("amount", amount, required=True),
                text("currency", "e.g. CNY", required=True),
                day("occurred_on", required=True),
                text("description"),
                text("proceeding_id", "its proceeding, if any", shape=ID),
                text("bond_status", "a bond: default held", codes=codes(BondStatus)),
                day("bond_settled_on", "a bond forfeited or returned: default today"),
            ),
        ),
        Kind(
            "note",
            "a note on the case",
            (
                text("body", required=True),
                text("internal", "internal notes never leave the firm (default yes)", shape=FLAG),
            ),
        ),
    ]
    return {kind.name: kind for kind in found}


# --- what was written ------------------------------------------------------------------------


@dataclass
class Written:
    kind: str
    id: int
    action: str = "added"  # added | linked | changed | unchanged | removed
    path: str = ""  # where it is in the document
    notes: tuple[str, ...] = ()
    before: Any = None  # a removed record as it was
    reference: str = ""  # a case added: its reference
    role: str = ""  # a party: the role it was written in (it may play several in a case)


class SeenBeforeError(CasefileError):
    """A new party has an identifier a known party has: it is linked with `same_as`, or entered
    as another party only when told (`new`); never either silently."""

    def __init__(self, seen: str, matches: list[PartyMatch]) -> None:
        super().__init__(seen)
        self.seen = seen
        self.party_ids = [m.party.id for m in matches]


def seen_before(matches: Iterable[PartyMatch], reference: str) -> str:
    """What the window's party editor says of known parties with a new party's identifiers:
    "seen before in CF-2026-0009, CF-2026-0025 (Yiwu Wochi…, party 14: same credit_code …)"."""
    said = []
    for match in matches:
        same = ", ".join(f"{i.kind} {i.value}" for i in match.shared)
        others = [r for r in match.cases if r != reference]
        where = [f"seen before in {', '.join(others)}"] if others else []
        if reference in match.cases:
            where.insert(0, f"already a party of {reference}")
        said.append(
            f"{', '.join(where) or 'known party'} ({match.party.name}, party "
            f"{match.party.id}: same {same})"
        )
    return "; ".join(said)


# --- each kind's writes ------------------------------------------------------------------------

Values = dict[str, Any]


def _given_role(values: Values) -> dict[str, Any]:
    return {"role": values.pop("role")} if "role" in values else {}


def add_record(archive: Archive, reference: str, kind: str, values: Values) -> Written:
    """Add one record of `kind` to the case through its service; `values` as typed."""
    from casefile.services import cases, parties, proceedings, records, rights

    values = dict(values)
    for spec in kinds()[kind].offered("add"):
        if spec.required and spec.name not in values:
            values[spec.name] = ""  # the service says what is missing, as the window shows it
    if kind == "case":
        summary = cases.create_case(archive, cases.CaseDraft(**values))
        return Written(kind, summary.id, reference=summary.reference)
    if kind == "proceeding":
        row = proceedings.add_proceeding(archive, reference, proceedings.ProceedingDraft(**values))
        return Written(kind, row.id)
    if kind == "event":
        row = proceedings.add_event(archive, values.pop("proceeding_id"), **values)
        return Written(kind, max(e.id for e in row.events))  # a new row takes the next id
    if kind == "party":
        return _add_party(archive, reference, values)
    if kind == "identifier":
        party, matches = parties.add_identifier(
            archive, values["party_id"], values["kind"], values["value"]
        )
        seen = seen_before(matches, reference)
        return Written(kind, _identifier_id(party, values), notes=(seen,) if seen else ())
    if kind == "right":
        right = rights.add_right(archive, rights.RightDraft(**values), reference)
        others = [r for r in right.cases if r != reference]
        return Written(kind, right.id, notes=(f"also in {', '.join(others)}",) if others else ())
    if kind == "recordal":
        right = rights.add_recordal(archive, values.pop("right_id"), **values)
        return Written(kind, max(r.id for r in right.recordals))
    adders: dict[str, Callable[..., int]] = {
        "figure": records.add_threshold_figure,
        "penalty": records.add_prior_penalty,
        "deadline": records.add_deadline,
        "money": records.add_money_entry,
        "note": records.add_note,
    }
    return Written(kind, adders[kind](archive, reference, **values))


def _add_party(archive: Archive, reference: str, values: Values) -> Written:
    from casefile.services import parties

    role = _given_role(values)
    same_as = values.pop("same_as", None)
    if same_as is not None:
        if values:
            raise ValidationError(
                sorted(values)[0],
                "is not used with same_as: the known party is linked as it is recorded "
                "(change it afterwards with `casefile record edit party`)",
            )
        linked = parties.link_party(archive, reference, same_as, **role)
        return Written("party", linked.party.id, "linked", role=linked.role)
    new = bool(values.pop("new", False))
    draft = parties.PartyDraft(
        name=values.pop("name", ""), identifiers=values.pop("identifiers", []), **values
    )
    row, matches = parties.add_party_to_case(archive, reference, draft, **role)
    seen = seen_before(matches, reference)
    if seen and not new:
        raise SeenBeforeError(seen, matches)  # the caller's transaction writes nothing
    return Written("party", row.party.id, notes=(seen,) if seen else (), role=row.role)


def _identifier_id(party: PartyRow, values: Values) -> int:
    """The stored identifier `values` names (added now, or already recorded on the party)."""
    from casefile.domain import IdentifierKind
    from casefile.services.identifiers import normalize

    kind = IdentifierKind(str(values["kind"]).strip().lower())  # checked by the service
    wanted = normalize(kind, str(values["value"]))
    return next(
        i.id
        for i in party.identifiers
        if i.kind == kind.value and normalize(kind, i.value) == wanted
    )


def _current(kind: str, row: Any) -> Values:
    """A record as its draft names its fields (what `record edit` starts from)."""
    if kind == "proceeding":
        money = row.fine or row.damages
        values = _fields_of(row, kind, ("fine", "damages", "currency"))
        return {
            **values,
            "fine": row.fine.amount if row.fine else None,
            "damages": row.damages.amount if row.damages else None,
            "currency": money.currency if money else "CNY",
        }
    if kind == "money":
        values = _fields_of(row, kind, ("amount", "currency"))
        return {**values, "amount": row.money.amount, "currency": row.money.currency}
    if kind == "party":
        party = row.party
        return {
            "name": party.name,
            "kind": party.kind,
            "country": party.country,
            "notes": party.notes,
            "role": row.role,
        }
    return _fields_of(row, kind, ())


def _fields_of(row: Any, kind: str, leave: tuple[str, ...]) -> Values:
    names = [f.name for f in kinds()[kind].offered("edit") if f.name not in leave]
    return {name: getattr(row, name) for name in names}


def edit_record(archive: Archive, reference: str, kind: str, row: Any, given: Values) -> None:
    """Change the fields `given` of a record, the others as they are, through its service."""
    from casefile.services import cases, parties, proceedings, records, rights

    if kind == "case":
        changes = {k: v for k, v in given.items() if k not in ("status", "closed_on")}
        if changes:
            cases.update_case(archive, reference, changes)
        if "status" in given:
            cases.set_status(archive, reference, given["status"], given.get("closed_on"))
        elif "closed_on" in given:
            raise ValidationError("closed_on", "goes with status closed")
        return
    values = {**_current(kind, row), **given}
    if kind == "proceeding":
        proceedings.update_proceeding(archive, row.id, proceedings.ProceedingDraft(**values))
    elif kind == "event":
        proceedings.update_event(archive, row.id, **values)
    elif kind == "party":
        new_role = values.pop("new_role", None)
        role = values.pop("role")
        identifiers = row.party.identifiers
        draft = parties.PartyDraft(**values, identifiers=[(i.kind, i.value) for i in identifiers])
        ids = [i.id for i in identifiers]
        parties.update_party_in_case(archive, reference, row.party.id, draft, role, new_role, ids)
    elif kind == "identifier":
        parties.update_identifier(archive, row.id, values["kind"], values["value"])
    elif kind == "right":
        rights.update_right(archive, row.id, rights.RightDraft(**values))
    elif kind == "recordal":
        rights.update_recordal(archive, row.id, **values)
    elif kind == "figure":
        records.update_threshold_figure(archive, row.id, records.FigureDraft(**values))
    elif kind == "penalty":
        records.update_prior_penalty(archive, row.id, records.PenaltyDraft(**values))
    elif kind == "deadline":
        records.update_deadline(archive, row.id, records.DeadlineDraft(**values))
    elif kind == "money" and set(given) <= {"bond_status", "bond_settled_on"}:
        # what became of a bond, as the window's bond dialog records it
        records.settle_bond(archive, row.id, values["bond_status"], given.get("bond_settled_on"))
    elif kind == "money":
        typed = tuple(str(values[k]).strip().lower() for k in ("direction", "category"))
        if typed != ("cost", "bond") and "bond_status" not in given:
            values.update(
                bond_status=None, bond_settled_on=None
            )  # no longer a bond (as the window)
        records.update_money_entry(archive, row.id, records.MoneyDraft(**values))
    else:
        records.update_note(archive, row.id, values["body"], values["internal"])


def remove_record(archive: Archive, reference: str, kind: str, row: Any) -> tuple[str, ...]:
    """Remove a record through its service; what went with it, or stayed, in words."""
    from casefile.services import parties, proceedings, records, rights

    if kind == "proceeding":
        gone = proceedings.remove_proceeding(archive, row.id)
        kept = [
            f"{n} {what}"
            for n, what in (
                (gone.deadlines_kept, "deadline(s)"),
                (gone.money_entries_kept, "money entry(ies)"),
                (gone.transfers_kept, "transfer(s)"),
            )
            if n
        ]
        said = f"with its {gone.events_removed} event(s) and {gone.deadlines_removed} open "
        said += "deadline(s) they started"
        return (said, *([f"kept, unlinked from it: {', '.join(kept)}"] if kept else []))
    if kind == "party":
        parties.unlink_party(archive, reference, row.party.id, row.role, keep_party=True)
        return (f"its record stays in the archive, to be linked again (party {row.party.id})",)
    if kind == "right":
        if rights.unlink_right(archive, reference, row.id):
            return ("it was in no other case: removed with its recordals",)
        return ("it stays registered for its other cases",)
    removers: dict[str, Callable[[Archive, int], object]] = {
        "event": proceedings.remove_event,
        "identifier": parties.remove_identifier,
        "recordal": rights.remove_recordal,
        "figure": records.remove_threshold_figure,
        "penalty": records.remove_prior_penalty,
        "deadline": records.remove_deadline,
        "money": records.remove_money_entry,
        "note": records.remove_note,
    }
    removers[kind](archive, row.id)
    return ()


# --- finding records in a case -------------------------------------------------------------


def _rows(detail: CaseDetail, kind: str) -> Iterator[Any]:
    if kind == "event":
        yield from (e for p in detail.proceedings for e in p.events)
    elif kind == "identifier":
        yield from (i for p in detail.parties for i in p.party.identifiers)
    elif kind == "recordal":
        yield from (r for right in detail.rights for r in right.recordals)
    else:
        plural = {"party": "parties", "penalty": "penalties", "money": "money"}
        yield from getattr(detail, plural.get(kind, f"{kind}s"))


def find_record(detail: CaseDetail, kind: str, record_id: int, field: str = "") -> Any:
    """The record `record_id` of `kind` in the case; refused when it is not one of the case's
    (an unknown id, or another case's record)."""
    if kind == "case":
        return detail
    key: Callable[[Any], int] = (lambda r: r.party.id) if kind == "party" else (lambda r: r.id)
    found = next((row for row in _rows(detail, kind) if key(row) == record_id), None)
    if found is None:
        said = f"no {kind} {record_id} in {detail.reference}"
        raise ValidationError(field, said) if field else CasefileError(said)
    return found


def party_in_role(detail: CaseDetail, party_id: int, role: object) -> CasePartyRow:
    """The party as it plays `role` in the case (a party may play several there)."""
    rows = [p for p in detail.parties if p.party.id == party_id]
    if not rows:
        raise CasefileError(f"no party {party_id} in {detail.reference}")
    if role is None and len(rows) > 1:
        played = ", ".join(p.role for p in rows)
        raise ValidationError(
            "role", f"party {party_id} is {played} in {detail.reference}; name one"
        )
    typed = rows[0].role if role is None else str(role).strip().lower()
    found = next((p for p in rows if p.role == typed), None)
    if found is None:
        raise ValidationError(
            "role", f"{rows[0].party.name} has no role {role} in {detail.reference}"
        )
    return found


def party_named(archive: Archive, same_as: object) -> int:
    """The party `same_as` names: its id, or an identifier only it has ("credit_code=9133…",
    or a bare value, looked for under every kind)."""
    from casefile.domain import IdentifierKind
    from casefile.services.parties import identifier_matches

    if isinstance(same_as, int) and not isinstance(same_as, bool):
        return same_as
    if not isinstance(same_as, str) or not same_as.strip():
        raise ValidationError("same_as", "names a party by its id or by one of its identifiers")
    typed = same_as.strip()
    named, _, value = typed.partition("=")
    known = [k.value for k in IdentifierKind]
    kinds_looked = [named.strip().lower()] if named.strip().lower() in known and value else known
    value = value if len(kinds_looked) == 1 else typed
    found: dict[int, str] = {}
    for identifier_kind in kinds_looked:
        for match in identifier_matches(archive, identifier_kind, value):
            found[match.party.id] = match.party.name
    if not found:
        raise ValidationError("same_as", f"no known party has the identifier {typed!r}")
    if len(found) > 1:
        listed = "; ".join(f"party {i} ({name})" for i, name in sorted(found.items()))
        raise ValidationError(
            "same_as", f"{typed!r} is an identifier of {len(found)} parties: {listed}; name one"
        )
    return next(iter(found))


def is_record_id(value: object) -> bool:
    """A record id as a document or the command line may give one: a whole number the archive
    can hold (SQLite's integers are 64-bit)."""
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**18


def listed(value: object) -> object:
    """A list typed on the command line, or given as text in a document: "12, 28"."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value
