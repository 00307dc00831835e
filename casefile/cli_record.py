"""The command line's `record` commands: what a case is made of (its header, proceedings and
their events, parties and their identifiers, rights and their customs recordals, threshold
figures, earlier penalties, deadlines, money and notes) added, corrected and removed from
arguments, or a whole case, or additions to one, written from a JSON document (`record apply`).

Every write goes through the services the window's dialogs call, with their checks: a value is
refused in the same words, naming its field (in a document, by its JSON path). This module only
reads what was typed, finds the records named, and says what was written. `cli.py` registers it.

    casefile record add KIND CASE_REF [--FIELD VALUE …]     (add case: no CASE_REF)
    casefile record edit KIND CASE_REF [ID] [--FIELD VALUE …]
    casefile record remove KIND CASE_REF ID
    casefile record apply FILE.json|-
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from casefile.cli_record_kinds import (
    FLAG,
    ID,
    LIST,
    PAIRS,
    PARENT_KIND,
    SAME_AS,
    Kind,
    SeenBeforeError,
    Values,
    Written,
    add_record,
    edit_record,
    find_record,
    is_record_id,
    kinds,
    listed,
    party_in_role,
    party_named,
    remove_record,
)
from casefile.errors import CasefileError, as_typed

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.store.rows import CaseDetail


EXIT_OK = 0

# The options naming a record: `--proceeding 12` (or `--proceeding-id 12`).
ID_OPTIONS = {
    "proceeding_id": ("--proceeding", "--proceeding-id"),
    "right_id": ("--right", "--right-id"),
    "party_id": ("--party", "--party-id"),
}
# --- saying what was written -------------------------------------------------------------------


def _describe(kind: str, row: Any) -> str:
    if kind == "case":
        return f"{row.reference}, {row.title}"
    if kind == "proceeding":
        return ", ".join(x for x in (row.route, row.authority, row.jurisdiction) if x)
    if kind == "event":
        return ", ".join(x for x in (row.kind, row.occurred_on.isoformat(), row.reference) if x)
    if kind == "party":
        return f"{row.party.name}, {row.role}"
    if kind in ("identifier",):
        return f"{row.kind} {row.value}"
    if kind == "right":
        return f"{row.kind} {row.number}, {row.jurisdiction}"
    if kind == "recordal":
        return f"{row.authority} {row.number}, {row.valid_from} to {row.valid_to}"
    if kind == "figure":
        return f"{row.measure} {row.value} {row.unit}, as of {row.as_of}"
    if kind == "penalty":
        return f"{row.kind}, Art {row.conduct}, decided {row.decided_on}"
    if kind == "deadline":
        return f"{row.title}, due {row.due_on}"
    if kind == "money":
        bond = f", bond {row.bond_status}" if row.bond_status else ""
        return f"{row.direction}, {row.category}, {row.money}, {row.occurred_on}{bond}"
    body = " ".join(row.body.split())
    return body if len(body) <= 50 else body[:49] + "…"


def _event_deadlines(detail: CaseDetail, event_id: int) -> list[Any]:
    return [d for d in detail.deadlines if d.event_id == event_id]


def _deadlines_text(started: list[Any]) -> str:
    """The deadlines an event started, as the window's event editor previews them."""
    from casefile.rules.deadlines import shipped_rule_book

    if not started:
        return "it starts no statutory deadline"
    rules = shipped_rule_book().rules
    said = []
    for d in started:
        rule = rules.get(d.rule_id)
        source = f" ({rule.period_text()}, {rule.article})" if rule else ""
        said.append(f"{d.title}, due {d.due_on.isoformat()}{source}")
    return "it starts: " + "; ".join(said)


def _row(written: Written, detail: CaseDetail) -> Any:
    """The record written, as the case now shows it (a removed one: as it was)."""
    if written.action == "removed":
        return written.before
    if written.kind == "party":
        return party_in_role(detail, written.id, written.role or None)
    return find_record(detail, written.kind, written.id)


def _line(written: Written, detail: CaseDetail) -> str:
    kind = written.kind
    row = _row(written, detail)
    said = f"{written.action} {kind} {written.id} ({_describe(kind, row)})"
    if kind == "case":
        status = "" if detail.status == "open" else f", {detail.status.replace('_', ' ')}"
        said = f"{written.action} case {detail.reference} ({detail.title}{status})"
    else:
        preposition = {"removed": "from", "changed": "in", "unchanged": "in"}
        said += f" {preposition.get(written.action, 'to')} {detail.reference}"
    notes = list(written.notes)
    if kind == "event" and written.action != "removed":
        notes.append(_deadlines_text(_event_deadlines(detail, written.id)))
    if kind == "party" and written.action == "linked" and row.other_cases:
        notes.append(f"one record, also in {', '.join(row.other_cases)}")
    return "; ".join([said, *notes])


def plain(value: Any) -> Any:
    """A row as JSON values: dates ISO, amounts as decimal strings."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def record_json(written: Written, detail: CaseDetail) -> dict[str, Any]:
    kind = written.kind
    record = plain(_row(written, detail))
    if kind == "case":  # the header; its records are listed on their own
        record = {k: v for k, v in record.items() if not isinstance(v, list) or k in HEADER_LISTS}
    said: dict[str, Any] = {"action": written.action, "kind": kind, "id": written.id}
    if written.path:
        said["path"] = written.path
    said.update(case=detail.reference, record=record)
    if kind == "event" and written.action != "removed":
        said["deadlines"] = plain(_event_deadlines(detail, written.id))
    if written.notes:
        said["notes"] = list(written.notes)
    return said


HEADER_LISTS = ("jurisdictions", "tags", "offences")


def report(archive: Archive, reference: str, written: list[Written], as_json: bool) -> None:
    from casefile.cli import _utf8_stdout
    from casefile.services.cases import case_detail

    detail = case_detail(archive, reference)
    _utf8_stdout(strict=as_json)
    if as_json:
        listed = [record_json(w, detail) for w in written]
        shown: Any = listed[0] if len(listed) == 1 else listed
        sys.stdout.write(json.dumps(shown, ensure_ascii=False, indent=1) + "\n")
        return
    for w in written:
        print(_line(w, detail))


# --- the command line --------------------------------------------------------------------------


def _id_text(text: str) -> str:
    """A record id as typed: digits, or "" to clear an optional link (`--proceeding ""`)."""
    typed = text.strip()
    if typed and not _digits_of_an_id(typed):
        raise argparse.ArgumentTypeError(f"{as_typed(text)!r} is not a record id")
    return typed


def _digits_of_an_id(text: str) -> bool:
    return text.isdigit() and len(text) <= 18 and is_record_id(int(text))


def _options(parser: argparse.ArgumentParser, kind: Kind, action: str) -> None:
    for spec in kind.offered(action):
        if spec.name == kind.parent and action != "add":
            continue
        codes = "one of: " + ", ".join(spec.codes) if spec.codes else ""
        help_text = "; ".join(x for x in (spec.help, codes) if x)
        if (spec.required and action == "add") or spec.name == kind.parent:
            help_text = f"{help_text} [required]".strip()
        flags = ID_OPTIONS.get(spec.name, (f"--{spec.name.replace('_', '-')}",))
        if spec.shape == FLAG:
            parser.add_argument(
                *flags, dest=spec.name, action=argparse.BooleanOptionalAction, help=help_text
            )
        elif spec.shape == PAIRS:
            parser.add_argument(
                "--identifier",
                dest=spec.name,
                action="append",
                metavar="KIND=VALUE",
                help="repeat for each; KIND " + help_text,
            )
        else:
            parser.add_argument(
                *flags,
                dest=spec.name,
                metavar="ID" if spec.shape == ID else spec.metavar or spec.name.upper(),
                type=_id_text if spec.shape == ID else str,
                help=help_text,
            )


RECORD_HELP = """\
Add, correct and remove what a case is made of, through the same services and checks as the
window's dialogs. Field options are the fields' names (--occurred-on for occurred_on); dates are
YYYY-MM-DD, amounts decimal text (50000.00), codes as listed in each KIND's --help. `edit`
changes only the fields given. Each write prints one line naming what was written and its id;
--json prints the record(s) as JSON instead."""

APPLY_HELP = """\
FILE is a JSON object (or - to read it from stdin):

  {"case": {"title": …, "opened_on": "2026-02-20", …}      a new case (no "reference", or a
                                                         new one), or {"reference": "CF-…"}
                                                         of an existing case, plus any
                                                         fields to change
   "proceedings": [{"route": "customs", …,
                    "events": [{"kind": "detention", "occurred_on": …}],
                    "money": […], "deadlines": […]}],
   "events": [{"proceeding_id": 12, …}],                 on an existing proceeding
   "parties": [{"name": …, "role": "infringer",
                "identifiers": [{"kind": "phone", "value": …}]},
               {"same_as": "credit_code=9133…", "role": "infringer"}],
   "rights": [{"kind": "trademark", …, "recordals": [{…}]}],
   "figures": […], "penalties": […], "money": […], "deadlines": […], "notes": […]}

Each entry takes the fields of `casefile record add KIND`, named the same way (occurred_on).
A party whose identifier a known party has is refused unless it says "same_as" (that party's id,
or one of its identifiers: "KIND=VALUE" or a value) to link that party, or "new": true to add it
as another party. The whole document is one transaction: all of it is written, or, on the first
problem (named by its path, e.g. proceedings[0].events[1].occurred_on), nothing is."""


def add_parsers(commands: Any, archive_option: Callable[..., None]) -> None:
    record = commands.add_parser(
        "record",
        help="add, edit and remove a case's records, or write a whole case from a JSON file",
        description=RECORD_HELP,
    )
    archive_option(record, argparse.SUPPRESS)

    def parse_known_args(args: Any = None, namespace: Any = None) -> Any:
        # Its ~40 parsers, and the codes their help lists, are built only when `record` is
        # used: every other command, and the window's start-up, are spared them (~50 ms).
        del record.__dict__["parse_known_args"]
        _add_actions(record, archive_option)
        return record.parse_known_args(args, namespace)

    record.__dict__["parse_known_args"] = parse_known_args  # argparse calls it on the instance


def _add_actions(record: argparse.ArgumentParser, archive_option: Callable[..., None]) -> None:
    parser_class = type(record)
    actions = record.add_subparsers(
        dest="record_action", metavar="ACTION", parser_class=parser_class, required=True
    )
    heads = {
        "add": "add a record to a case",
        "edit": "change the fields given of a record of a case",
        "remove": "remove a record of a case",
    }
    for action, head in heads.items():
        acted = actions.add_parser(action, help=head, description=RECORD_HELP)
        archive_option(acted, argparse.SUPPRESS)
        per_kind = acted.add_subparsers(
            dest="record_kind", metavar="KIND", parser_class=parser_class, required=True
        )
        for kind in kinds().values():
            if action == "remove" and not kind.removable:
                continue
            leaf = per_kind.add_parser(kind.name, help=kind.help, description=kind.help)
            if kind.name != "case" or action != "add":
                leaf.add_argument("case", metavar="CASE_REF")
            if kind.name != "case" and action != "add":
                leaf.add_argument("id", metavar="ID", type=int)
            if action != "remove":
                _options(leaf, kind, action)
            elif kind.name == "party":
                leaf.add_argument("--role", help="the role to take it out of, if it has several")
            leaf.add_argument("--json", action="store_true", help="print JSON")
            archive_option(leaf, argparse.SUPPRESS)
    apply = actions.add_parser(
        "apply",
        help="write a whole case, or additions to one, from a JSON file: all of it or nothing",
        description=APPLY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    apply.add_argument("file", metavar="FILE.json", help="the document; - reads stdin")
    apply.add_argument("--json", action="store_true", help="print JSON")
    archive_option(apply, argparse.SUPPRESS)


def _given(args: argparse.Namespace, kind: Kind, action: str) -> Values:
    """The fields given on the command line, as the services take them."""
    from casefile.cli import UsageError

    given: Values = {}
    for spec in kind.offered(action):
        typed = getattr(args, spec.name, None)
        if typed is None:
            continue
        if spec.shape == LIST:
            typed = listed(typed)
        elif spec.shape == ID:
            typed = int(typed) if typed else None
        elif spec.shape == SAME_AS and typed.strip().isdigit():
            if not _digits_of_an_id(typed.strip()):
                raise UsageError(f"--same-as {as_typed(typed)!r} is not a party id")
            typed = int(typed)
        elif spec.shape == PAIRS:
            pairs = []
            for pair in typed:
                named, equals, value = pair.partition("=")
                if not equals:
                    raise UsageError(
                        f"--identifier takes KIND=VALUE (phone=+86 138…), not {pair!r}"
                    )
                pairs.append((named, value))
            typed = pairs
        given[spec.name] = typed
    return given


def cmd_record(args: argparse.Namespace) -> int:
    from casefile.cli import archive_path
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        if args.record_action == "apply":
            from casefile.cli_record_document import apply_document

            return apply_document(archive, args.file, args.json)
        kind = kinds()[args.record_kind]
        if args.record_action == "add":
            return _cli_add(archive, kind, args)
        if args.record_action == "edit":
            return _cli_edit(archive, kind, args)
        return _cli_remove(archive, kind, args)


def _cli_add(archive: Archive, kind: Kind, args: argparse.Namespace) -> int:
    from casefile.cli import UsageError
    from casefile.services.base import current_actor
    from casefile.services.cases import case_detail

    values = _given(args, kind, "add")
    reference = getattr(args, "case", "")
    if kind.parent:
        if kind.parent not in values or values[kind.parent] is None:
            option = ID_OPTIONS[kind.parent][0]
            raise UsageError(f"record add {kind.name} needs {option} ID (its {option[2:]})")
        parent = PARENT_KIND[kind.parent]
        find_record(case_detail(archive, reference), parent, values[kind.parent], kind.parent)
    if "same_as" in values:
        values["same_as"] = party_named(archive, values["same_as"])
    try:
        with archive.one_transaction(current_actor()):
            written = add_record(archive, reference, kind.name, values)
    except SeenBeforeError as exc:
        first = exc.party_ids[0]
        raise CasefileError(
            f"party not added: {exc.seen}. --same-as {first} links that party to {reference} "
            "instead; --new adds this one as another party"
        ) from None
    report(archive, written.reference or reference, [written], args.json)
    return EXIT_OK


def _cli_edit(archive: Archive, kind: Kind, args: argparse.Namespace) -> int:
    from casefile.cli import UsageError
    from casefile.services.base import current_actor
    from casefile.services.cases import case_detail

    given = _given(args, kind, "edit")
    if not given:
        raise UsageError(f"name the fields to change (see casefile record edit {kind.name} --help)")
    reference = args.case
    detail = case_detail(archive, reference)
    if kind.name == "party":
        row = party_in_role(detail, args.id, given.get("role"))
    else:
        row = find_record(detail, kind.name, getattr(args, "id", detail.id))
    with archive.one_transaction(current_actor()):
        edit_record(archive, reference, kind.name, row, given)
    written = Written(kind.name, getattr(args, "id", detail.id), "changed")
    if kind.name == "party":
        written.role = str(given.get("new_role") or row.role).strip().lower()
    if _row(written, case_detail(archive, reference)) == row:
        written.action = "unchanged"
    report(archive, reference, [written], args.json)
    return EXIT_OK


def _cli_remove(archive: Archive, kind: Kind, args: argparse.Namespace) -> int:
    from casefile.services.base import current_actor
    from casefile.services.cases import case_detail

    reference = args.case
    detail = case_detail(archive, reference)
    if kind.name == "party":
        row = party_in_role(detail, args.id, args.role)
    else:
        row = find_record(detail, kind.name, args.id)
    with archive.one_transaction(current_actor()):
        notes = remove_record(archive, reference, kind.name, row)
    written = Written(kind.name, args.id, "removed", notes=notes, before=row)
    report(archive, reference, [written], args.json)
    return EXIT_OK


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {"record": cmd_record}
