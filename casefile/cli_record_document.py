"""`casefile record apply`: a whole case, or additions to one, written from a JSON document.

The document's shape is checked first (every field a known one, in the shape it takes), and the
known parties it links (`same_as`) found; then every entry is written through its service inside
one transaction (`Archive.one_transaction`): all of it, or, on the first refusal, nothing. A
refusal names the entry by its JSON path ("proceedings[0].events[1].occurred_on: …").
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casefile.cli_record import EXIT_OK, record_json, report
from casefile.cli_record_kinds import (
    FLAG,
    ID,
    LIST,
    PAIRS,
    SAME_AS,
    Field,
    SeenBeforeError,
    Values,
    Written,
    add_record,
    find_record,
    is_record_id,
    kinds,
    listed,
    party_named,
)
from casefile.errors import CasefileError, NotFoundError, ValidationError

if TYPE_CHECKING:
    from casefile.store.archive import Archive
    from casefile.store.rows import CaseDetail


DOCUMENT_LISTS = {
    "proceedings": "proceeding",
    "events": "event",
    "parties": "party",
    "rights": "right",
    "figures": "figure",
    "penalties": "penalty",
    "money": "money",
    "deadlines": "deadline",
    "notes": "note",
}
CHILDREN = {
    "proceeding": {"events": "event", "money": "money", "deadlines": "deadline"},
    "right": {"recordals": "recordal"},
}
# The field an entry written under another leaves out: that record's id.
NESTED_PARENT = {
    "event": "proceeding_id",
    "money": "proceeding_id",
    "deadline": "proceeding_id",
    "recordal": "right_id",
}


class DocumentError(CasefileError):
    """An entry of a JSON document that cannot be read, named by its path."""


def read_document(name: str) -> tuple[str, Any]:
    if name == "-":
        shown, text = "the document on stdin", sys.stdin.read()
    else:
        shown = name
        try:
            text = Path(name).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CasefileError(f"{name}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise CasefileError(f"{name} cannot be read: {exc}") from None
    try:
        return shown, json.loads(text)
    except json.JSONDecodeError as exc:
        raise CasefileError(
            f"{shown} is not JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError:  # Python reads no number of more than 4,300 digits
        raise CasefileError(f"{shown} cannot be read: a number in it is far too long") from None
    except RecursionError:
        raise CasefileError(f"{shown} cannot be read: it is nested too deeply") from None


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    return "text" if isinstance(value, str) else "a number"


def _check_value(path: str, spec: Field, value: object) -> None:
    """The JSON shape a field takes (its value is the service's to check)."""
    scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
    if spec.shape == FLAG:
        ok, wanted = isinstance(value, bool), "true or false"
    elif spec.shape == ID:
        ok, wanted = value is None or is_record_id(value), "a record id (a whole number)"
    elif spec.shape == SAME_AS:
        ok = isinstance(value, str) or is_record_id(value)
        wanted = "a party id, or one of its identifiers as text"
    elif spec.shape == LIST:
        ok = isinstance(value, str) or (
            isinstance(value, list) and all(isinstance(v, str | int) for v in value)
        )
        wanted = 'a list, e.g. ["12", "28"]'
    elif spec.shape == PAIRS:
        ok = isinstance(value, list)
        wanted = 'a list of {"kind": …, "value": …}'
        for index, pair in enumerate(value if isinstance(value, list) else []):
            if not isinstance(pair, dict) or set(pair) != {"kind", "value"}:
                raise DocumentError(f'{path}[{index}]: must be {{"kind": …, "value": …}}')
    else:
        ok, wanted = scalar or value is None, "text or a number"
    if not ok:
        raise DocumentError(f"{path}: must be {wanted}, not {_json_type(value)}")


def _check_entry(path: str, kind: str, entry: object, nested: bool = False) -> None:
    """An entry's fields are the kind's (a misspelt one would be dropped unseen), in the shapes
    they take; its own lists too."""
    if not isinstance(entry, dict):
        raise DocumentError(f"{path}: must be an object of {kind} fields, not {_json_type(entry)}")
    offered = {spec.name: spec for spec in kinds()[kind].offered("add")}
    if nested:
        offered.pop(NESTED_PARENT[kind])  # the record it is written under
    children = CHILDREN.get(kind, {})
    for key, value in entry.items():
        here = f"{path}.{key}"
        if key in children:
            _check_list(here, children[key], value, nested=True)
        elif key in offered:
            _check_value(here, offered[key], value)
        else:
            known = [*offered, *children]
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise DocumentError(f"{here}: is not a field of a {kind}{hint}")


def _check_list(path: str, kind: str, value: object, nested: bool = False) -> None:
    if not isinstance(value, list):
        raise DocumentError(f"{path}: must be a list of {kind} entries, not {_json_type(value)}")
    for index, entry in enumerate(value):
        _check_entry(f"{path}[{index}]", kind, entry, nested)


@contextmanager
def _at(path: str) -> Iterator[None]:
    """A service's refusal named by where the entry is in the document."""
    try:
        yield
    except ValidationError as exc:
        field = f"{path}.{exc.field}" if exc.field else path
        raise ValidationError(field, exc.reason) from None
    except NotFoundError as exc:
        raise DocumentError(f"{path}: {exc}") from None


def _as_taken(kind: str, entry: Values) -> Values:
    """An entry's fields as the services take them (its own lists of records left out)."""
    spec = {s.name: s for s in kinds()[kind].fields}
    values: Values = {}
    for name, value in entry.items():
        if name in CHILDREN.get(kind, {}):
            continue
        if spec[name].shape == LIST:
            value = listed(value)
        elif spec[name].shape == PAIRS:
            value = [(pair["kind"], pair["value"]) for pair in value]
        values[name] = value
    return values


class _Writer:
    """Writes a checked document's entries in order, remembering what was written."""

    def __init__(self, archive: Archive, reference: str) -> None:
        self.archive = archive
        self.reference = reference
        self.written: list[Written] = []

    def add(self, path: str, kind: str, entry: Values, **parent: int) -> Written:
        try:
            with _at(path):
                values = {**_as_taken(kind, entry), **parent}
                written = add_record(self.archive, self.reference, kind, values)
        except SeenBeforeError as exc:
            raise DocumentError(
                f'{path}: {exc.seen}. "same_as": {exc.party_ids[0]} links that party '
                'instead; "new": true adds this one as another party'
            ) from None
        written.path = path
        self.written.append(written)
        for key, child in CHILDREN.get(kind, {}).items():
            for index, nested in enumerate(entry.get(key, [])):
                self.add(
                    f"{path}.{key}[{index}]", child, nested, **{NESTED_PARENT[child]: written.id}
                )
        return written


def apply_document(archive: Archive, name: str, as_json: bool) -> int:
    from casefile.cli import _utf8_stdout
    from casefile.services.base import current_actor
    from casefile.services.cases import case_detail

    shown, document = read_document(name)
    try:
        existing = _checked_document(archive, document)
        writer = _Writer(archive, existing.reference if existing else "")
        with archive.one_transaction(current_actor()):
            _write_document(writer, document, existing)
    except (ValidationError, DocumentError) as exc:
        raise CasefileError(f"{exc}; nothing in {shown} was written") from None
    if not as_json:
        report(archive, writer.reference, writer.written, as_json=False)
        print(
            f"{shown}: {len(writer.written)} record(s) written to {writer.reference} "
            "in one transaction"
        )
        return EXIT_OK
    detail = case_detail(archive, writer.reference)
    _utf8_stdout(strict=True)
    said = {
        "case": writer.reference,
        "created": existing is None,
        "written": [record_json(w, detail) for w in writer.written],
    }
    sys.stdout.write(json.dumps(said, ensure_ascii=False, indent=1) + "\n")
    return EXIT_OK


def _checked_document(archive: Archive, document: object) -> CaseDetail | None:
    """The document's shape checked before anything is written, its events' proceedings and
    its `same_as` parties found; the existing case it adds to (None: it is a new case)."""
    from casefile.services.cases import case_detail

    if not isinstance(document, dict):
        raise DocumentError(f"the document must be a JSON object, not {_json_type(document)}")
    for key in document:
        if key != "case" and key not in DOCUMENT_LISTS:
            close = difflib.get_close_matches(key, ["case", *DOCUMENT_LISTS], n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise DocumentError(f"{key}: is not a part of a case document{hint}")
    header = document.get("case")
    if not isinstance(header, dict):
        raise DocumentError(
            'case: is required: an object of the new case\'s fields, or {"reference": …} of '
            "an existing case"
        )
    _check_entry("case", "case", header)
    for key, kind in DOCUMENT_LISTS.items():
        _check_list(key, kind, document.get(key, []))
    reference = header.get("reference")
    existing = None
    if isinstance(reference, str) and reference.strip():
        try:
            existing = case_detail(archive, reference.strip())
        except NotFoundError:
            if set(header) == {"reference"}:  # no title: not a new case, a mistyped one
                raise ValidationError(
                    "case.reference", f"no case {reference!r} in this archive"
                ) from None
    for index, event in enumerate(document.get("events", [])):
        where = f"events[{index}]"
        if event.get("proceeding_id") is None:
            raise ValidationError(
                f"{where}.proceeding_id", "is required (or write the event in its proceeding)"
            )
        if existing is None:
            raise ValidationError(
                f"{where}.proceeding_id", "the case is new: write the event in its proceeding"
            )
        with _at(where):
            find_record(existing, "proceeding", event["proceeding_id"], "proceeding_id")
    for index, party in enumerate(document.get("parties", [])):
        if "same_as" in party:
            with _at(f"parties[{index}]"):
                party["same_as"] = party_named(archive, party["same_as"])
    return existing


def _write_document(writer: _Writer, document: Values, existing: CaseDetail | None) -> None:
    """Every entry through its service, inside the caller's one transaction: the case, then
    each list in the order of DOCUMENT_LISTS, each entry followed by those written under it."""
    from casefile.services.cases import update_case

    header = document["case"]
    if existing is None:
        writer.reference = writer.add("case", "case", header).reference
    elif set(header) != {"reference"}:
        changes = _as_taken("case", {k: v for k, v in header.items() if k != "reference"})
        with _at("case"):
            update_case(writer.archive, existing.reference, changes)
        writer.written.append(Written("case", existing.id, "changed", path="case"))
    for key, kind in DOCUMENT_LISTS.items():
        for index, entry in enumerate(document.get(key, [])):
            writer.add(f"{key}[{index}]", kind, entry)
