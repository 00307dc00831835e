"""Use cases for parties and infringers: one infringer linkable to many cases, and finding an
earlier infringer that shares any identifier (repeat infringers)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import Session

from casefile.domain import IdentifierKind, PartyKind, PartyRole
from casefile.errors import NotFoundError, ValidationError
from casefile.services import validation as v
from casefile.services.base import current_actor, load_case
from casefile.services.identifiers import match_keys, normalize
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import CaseParty, Party, PartyIdentifier
from casefile.store.rows import CasePartyRow, PartyMatch, PartyRow, SharedIdentifierRow

# What a typed phone number looks like: digits and the punctuation people write them with.
_PHONE_LIKE = re.compile(r"^[\d\s()+\-./]+$")
_MIN_PHONE_DIGITS = 5  # fewer would find every phone that contains them ("9" in "X9")


@dataclass
class PartyDraft:
    name: object
    kind: object = PartyKind.COMPANY
    country: object = ""
    notes: object = ""
    identifiers: list[tuple[object, object]] = field(default_factory=list)  # (kind, value)


def _identifiers(raw: Iterable[tuple[object, object]]) -> list[tuple[IdentifierKind, str]]:
    result: list[tuple[IdentifierKind, str]] = []
    for index, (kind, value) in enumerate(raw):
        checked_kind = v.choice(f"identifiers[{index}].kind", kind, IdentifierKind)
        checked_value = v.text(f"identifiers[{index}].value", value, required=True, max_length=500)
        try:
            normalized = normalize(checked_kind, checked_value)
        except ValueError:
            raise ValidationError(
                f"identifiers[{index}].value", f"{value!r} is not a valid web address"
            ) from None
        if not normalized:
            raise ValidationError(f"identifiers[{index}].value", f"{value!r} has no usable content")
        result.append((checked_kind, checked_value))
    return result


def _matches(
    session: Session, identifiers: list[tuple[IdentifierKind, str]], exclude: int | None = None
) -> list[PartyMatch]:
    keys = [key for kind, value in identifiers for key in match_keys(kind, value)]
    return repositories.parties_matching(session, keys, exclude_party=exclude)


def identifier_search_keys(text: str) -> list[tuple[str, str]]:
    """(kind, normalized) forms of a search text, to look for among normalized identifiers:
    "138 0013 8000" is the phone 13800138000, "9133-0782 ma2k" part of a credit code,
    "https://www.Shop-X.com" the domain shop-x.com.

    The digits of a text are taken as a phone number only when the text looks like one.
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    keys: list[tuple[str, str]] = []
    for kind in IdentifierKind:
        if kind is IdentifierKind.PHONE:
            digits = sum(c.isdigit() for c in raw)
            if not _PHONE_LIKE.match(raw) or digits < _MIN_PHONE_DIGITS:
                continue
        try:
            key = normalize(kind, raw)
        except ValueError:  # not a web address
            continue
        if key:
            keys.append((kind.value, key))
    return keys


def shared_identifiers(
    archive: Archive, case_reference: str
) -> dict[int, tuple[SharedIdentifierRow, ...]]:
    """For each party of a case (by party id): the party records in other cases that share one
    of its identifiers: a repeat infringer entered again under another name."""
    with archive.reading() as session:
        case = load_case(session, case_reference)
        return repositories.identifier_matches_of_case(session, case.id or 0)


def find_matching_parties(
    archive: Archive, identifiers: Iterable[tuple[object, object]], exclude_party: int | None = None
) -> list[PartyMatch]:
    """Earlier parties sharing any identifier with these, with the cases they appear in."""
    checked = _identifiers(identifiers)
    with archive.reading() as session:
        return _matches(session, checked, exclude_party)


def _create_party(session: Session, draft: PartyDraft) -> Party:
    party = Party(
        kind=v.choice("kind", draft.kind, PartyKind).value,
        name=v.text("name", draft.name, required=True, max_length=300),
        country=v.text("country", draft.country, max_length=2).upper(),
        notes=v.long_text("notes", draft.notes),
    )
    session.add(party)
    session.flush()
    for kind, value in _identifiers(draft.identifiers):
        _add_identifier(session, party.id or 0, kind, value)
    return party


def _add_identifier(session: Session, party_id: int, kind: IdentifierKind, value: str) -> None:
    normalized = normalize(kind, value)
    if not repositories.identifier_exists(session, party_id, kind.value, normalized):
        session.add(
            PartyIdentifier(party_id=party_id, kind=kind.value, value=value, normalized=normalized)
        )
        session.flush()


def _party_row(session: Session, party_id: int) -> PartyRow:
    found = repositories.party_rows(session, [party_id])
    if party_id not in found:
        raise NotFoundError("party", party_id)
    return found[party_id]


def add_party(archive: Archive, draft: PartyDraft, actor: str | None = None) -> PartyRow:
    with archive.unit_of_work(actor or current_actor()) as session:
        party = _create_party(session, draft)
        return _party_row(session, party.id or 0)


def _link(session: Session, case_id: int, party_id: int, role: PartyRole) -> None:
    if not repositories.party_linked(session, case_id, party_id, role.value):
        session.add(CaseParty(case_id=case_id, party_id=party_id, role=role.value))
        session.flush()


def _case_party_row(session: Session, case_id: int, party_id: int) -> CasePartyRow:
    for row in repositories.parties_of_case(session, case_id):
        if row.party.id == party_id:
            return row
    raise NotFoundError("party", party_id)


def add_party_to_case(
    archive: Archive,
    case_reference: str,
    draft: PartyDraft,
    role: object = PartyRole.INFRINGER,
    actor: str | None = None,
) -> tuple[CasePartyRow, list[PartyMatch]]:
    """Create a party in a case; returns it with earlier parties that share an identifier."""
    checked_role = v.choice("role", role, PartyRole)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        party = _create_party(session, draft)
        _link(session, case.id or 0, party.id or 0, checked_role)
        matches = _matches(session, _identifiers(draft.identifiers), exclude=party.id)
        return _case_party_row(session, case.id or 0, party.id or 0), matches


def link_party(
    archive: Archive,
    case_reference: str,
    party_id: int,
    role: object = PartyRole.INFRINGER,
    actor: str | None = None,
) -> CasePartyRow:
    """Link an existing party (e.g. a repeat infringer) to another case."""
    checked_role = v.choice("role", role, PartyRole)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        if session.get(Party, party_id) is None:
            raise NotFoundError("party", party_id)
        _link(session, case.id or 0, party_id, checked_role)
        return _case_party_row(session, case.id or 0, party_id)


def add_identifier(
    archive: Archive, party_id: int, kind: object, value: object, actor: str | None = None
) -> tuple[PartyRow, list[PartyMatch]]:
    checked = _identifiers([(kind, value)])
    with archive.unit_of_work(actor or current_actor()) as session:
        if session.get(Party, party_id) is None:
            raise NotFoundError("party", party_id)
        _add_identifier(session, party_id, *checked[0])
        return _party_row(session, party_id), _matches(session, checked, exclude=party_id)
