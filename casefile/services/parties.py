"""Use cases for parties and infringers: one infringer linkable to many cases, and finding an
earlier infringer that shares any identifier (repeat infringers)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import Session, col

from casefile.domain import IdentifierKind, PartyKind, PartyRole
from casefile.errors import NotFoundError, ValidationError
from casefile.services import validation as v
from casefile.services.base import (
    apply,
    current_actor,
    get_row,
    load_case,
    remove,
    remove_with_children,
)
from casefile.services.identifiers import match_keys, normalize
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import CaseParty, Party, PartyIdentifier
from casefile.store.rows import (
    CasePartyRow,
    IdentifierMatch,
    PartyMatch,
    PartyRow,
    SharedIdentifierRow,
)

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


def _party_values(draft: PartyDraft) -> dict[str, object]:
    return {
        "kind": v.choice("kind", draft.kind, PartyKind).value,
        "name": v.text("name", draft.name, required=True, max_length=300),
        "country": v.text("country", draft.country, max_length=2).upper(),
        "notes": v.long_text("notes", draft.notes),
    }


def _create_party(session: Session, draft: PartyDraft) -> Party:
    party = Party(**_party_values(draft))  # type: ignore[arg-type]
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


# --- correcting parties and their identifiers ----------------------------------------------


def update_party(
    archive: Archive, party_id: int, draft: PartyDraft, actor: str | None = None
) -> PartyRow:
    """Change a party's name, kind, country or notes, in every case it is in. Identifiers are
    changed one by one (`add_identifier`, `update_identifier`, `remove_identifier`): each may
    find an earlier infringer, which the caller is told of."""
    if draft.identifiers:
        raise ValidationError(
            "identifiers", "are added, changed and removed one by one, not with the party"
        )
    values = _party_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        apply(get_row(session, Party, party_id, "party"), values)
        session.flush()
        return _party_row(session, party_id)


def update_identifier(
    archive: Archive, identifier_id: int, kind: object, value: object, actor: str | None = None
) -> tuple[PartyRow, list[PartyMatch]]:
    """Correct an identifier as typed; returns the party and earlier parties sharing it."""
    checked = _identifiers([(kind, value)])
    checked_kind, checked_value = checked[0]
    normalized = normalize(checked_kind, checked_value)
    with archive.unit_of_work(actor or current_actor()) as session:
        identifier = get_row(session, PartyIdentifier, identifier_id, "identifier")
        party_id = identifier.party_id
        same = (identifier.kind, identifier.normalized) == (checked_kind.value, normalized)
        if not same and repositories.identifier_exists(
            session, party_id, checked_kind.value, normalized
        ):
            raise ValidationError(
                "value", f"{checked_value!r} is already recorded on this party as a {kind}"
            )
        apply(
            identifier,
            {"kind": checked_kind.value, "value": checked_value, "normalized": normalized},
        )
        session.flush()
        return _party_row(session, party_id), _matches(session, checked, exclude=party_id)


def remove_identifier(archive: Archive, identifier_id: int, actor: str | None = None) -> PartyRow:
    """An identifier recorded in error (another seller's phone…): it no longer ties the party
    to other cases."""
    with archive.unit_of_work(actor or current_actor()) as session:
        identifier = get_row(session, PartyIdentifier, identifier_id, "identifier")
        remove(session, identifier)
        return _party_row(session, identifier.party_id)


def _links(session: Session, party_id: int, case_id: int | None = None) -> list[CaseParty]:
    query = select(CaseParty).where(col(CaseParty.party_id) == party_id)
    if case_id is not None:
        query = query.where(col(CaseParty.case_id) == case_id)
    return list(session.scalars(query.order_by(col(CaseParty.id))))


def unlink_party(
    archive: Archive,
    case_reference: str,
    party_id: int,
    role: object = None,
    keep_party: bool = False,
    actor: str | None = None,
) -> bool:
    """Take a party out of a case (in `role`, or in every role it plays there). A party then in
    no case at all was this case's own record: it is removed with its identifiers (audited),
    unless `keep_party`. True when the party record was removed."""
    checked_role = None if role in (None, "") else v.choice("role", role, PartyRole)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        party = get_row(session, Party, party_id, "party")
        links = [
            link
            for link in _links(session, party_id, case.id)
            if checked_role is None or link.role == checked_role
        ]
        if not links:
            played = f" as {checked_role.value}" if checked_role else ""
            raise ValidationError("party_id", f"{party.name} is not in {case.reference}{played}")
        remove(session, *links)
        if keep_party or _links(session, party_id):
            return False
        remove_with_children(session, party, (PartyIdentifier, "party_id"))
        return True


def set_party_role(
    archive: Archive,
    case_reference: str,
    party_id: int,
    role: object,
    new_role: object,
    actor: str | None = None,
) -> CasePartyRow:
    """A party's role in a case corrected (a witness that turns out to be the infringer)."""
    old = v.choice("role", role, PartyRole)
    new = v.choice("new_role", new_role, PartyRole)
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        case_id = case.id or 0
        link = next((x for x in _links(session, party_id, case_id) if x.role == old), None)
        if link is None:
            raise ValidationError(
                "role", f"party {party_id} has no role {old.value} in {case.reference}"
            )
        if new is not old and repositories.party_linked(session, case_id, party_id, new.value):
            raise ValidationError(
                "new_role", f"party {party_id} already has the role {new.value} in {case.reference}"
            )
        apply(link, {"role": new.value})
        session.flush()
        return _case_party_row(session, case_id, party_id)


# --- "seen before" while typing ------------------------------------------------------------

MAX_MATCHES = 20  # parties named while typing; more is a value too common to tell anyone apart


def identifier_matches(
    archive: Archive, kind: object, value: object, exclude_case_id: int | None = None
) -> tuple[IdentifierMatch, ...]:
    """The known parties with an identifier matching `value` (normalised as stored: "138 0013
    8000" finds "+86 13800138000", a URL its website's domain), with the cases they are in,
    so a dialog can say "seen before in CF-2025-0007 (Shenzhen Fastwheel Trading)" and offer to
    link that party. Meant to run on every keystroke: a value not (yet) usable finds nothing
    rather than raising; only an unknown kind is refused. `exclude_case_id`: the case being
    edited, left out of each party's cases (its own parties are marked `in_this_case`)."""
    checked_kind = v.choice("kind", kind, IdentifierKind)
    if not isinstance(value, str) or not value.strip():
        return ()
    try:
        keys = match_keys(checked_kind, value)
    except ValueError:  # a web address half typed
        return ()
    keys = [(k, n) for k, n in keys if n]
    if not keys:
        return ()
    with archive.reading() as session:
        found = repositories.parties_matching(session, keys)[:MAX_MATCHES]
        here = set()
        if exclude_case_id is not None:
            here = {
                link.party_id
                for link in session.scalars(
                    select(CaseParty).where(col(CaseParty.case_id) == exclude_case_id)
                )
            }
            excluded = repositories.case_summaries(session, [exclude_case_id])
            reference = excluded[0].reference if excluded else None
        else:
            reference = None
    return tuple(
        IdentifierMatch(
            match.party,
            match.shared,
            tuple(r for r in match.cases if r != reference),
            match.party.id in here,
        )
        for match in found
    )
