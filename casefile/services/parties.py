"""Use cases for parties and infringers: one infringer linkable to many cases, and finding an
earlier infringer that shares any identifier (repeat infringers)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlmodel import Session, col

from casefile.domain import IdentifierKind, PartyKind, PartyRole
from casefile.errors import NotFoundError, ValidationError
from casefile.services import validation as v
from casefile.services.base import (
    apply,
    current_actor,
    get_row,
    in_case,
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
    IdentifierRow,
    PartyMatch,
    PartyRow,
    SharedIdentifierRow,
)
from casefile.words import N_

# What a typed phone number looks like: digits and the punctuation people write them with.
_PHONE_LIKE = re.compile(r"^[\d\s()+\-./]+$")
_MIN_PHONE_DIGITS = 5  # fewer would find every phone that contains them ("9" in "X9")
# 统一社会信用代码 (GB 32100-2015): 18 characters, digits and capitals without I, O, S, V, Z.
_CREDIT_CODE = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{18}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


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
                f"identifiers[{index}].value",
                N_("{value!r} is not a valid web address"),
                value=value,
            ) from None
        if not normalized:
            raise ValidationError(
                f"identifiers[{index}].value", N_("{value!r} has no usable content"), value=value
            )
        if checked_kind is IdentifierKind.CREDIT_CODE and not _CREDIT_CODE.match(normalized):
            raise ValidationError(
                f"identifiers[{index}].value",
                N_(
                    "{value!r} is not a unified social credit code (18 digits and capital letters, "
                    "no I, O, S, V or Z); an older registration number goes under Other"
                ),
                value=value,
            )
        if checked_kind is IdentifierKind.EMAIL and not _EMAIL.match(normalized):
            raise ValidationError(
                f"identifiers[{index}].value",
                N_("{value!r} is not an e-mail address (name@domain)"),
                value=value,
            )
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
        raise NotFoundError(N_("party"), party_id)
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
    raise NotFoundError(N_("party"), party_id)


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
            raise NotFoundError(N_("party"), party_id)
        _link(session, case.id or 0, party_id, checked_role)
        return _case_party_row(session, case.id or 0, party_id)


def add_identifier(
    archive: Archive, party_id: int, kind: object, value: object, actor: str | None = None
) -> tuple[PartyRow, list[PartyMatch]]:
    checked = _identifiers([(kind, value)])
    with archive.unit_of_work(actor or current_actor()) as session:
        if session.get(Party, party_id) is None:
            raise NotFoundError(N_("party"), party_id)
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
            "identifiers", N_("are added, changed and removed one by one, not with the party")
        )
    values = _party_values(draft)
    with archive.unit_of_work(actor or current_actor()) as session:
        apply(get_row(session, Party, party_id, N_("party")), values)
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
        identifier = get_row(session, PartyIdentifier, identifier_id, N_("identifier"))
        party_id = identifier.party_id
        same = (identifier.kind, identifier.normalized) == (checked_kind.value, normalized)
        if not same and repositories.identifier_exists(
            session, party_id, checked_kind.value, normalized
        ):
            raise ValidationError(
                "value",
                N_("{value!r} is already recorded on this party as a {kind}"),
                value=checked_value,
                kind=kind,
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
        identifier = get_row(session, PartyIdentifier, identifier_id, N_("identifier"))
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
        party = get_row(session, Party, party_id, N_("party"))
        links = [
            link
            for link in _links(session, party_id, case.id)
            if checked_role is None or link.role == checked_role
        ]
        if not links:
            role = checked_role.value if checked_role else ""
            not_in = (
                N_("{party} is not in {case} as {role}") if role else N_("{party} is not in {case}")
            )
            raise ValidationError(
                "party_id", not_in, party=party.name, case=case.reference, role=role
            )
        remove(session, *links)
        if keep_party or _links(session, party_id):
            return False
        remove_with_children(session, party, (PartyIdentifier, "party_id"))
        return True


def remove_party_link(archive: Archive, link_id: int, actor: str | None = None) -> PartyRow:
    """Take a party out of one case in one role (`CasePartyRow.link_id`, as the case shows it).
    Its record stays in the archive, with its identifiers and its other cases, to be linked
    again; the removal is audited in that case."""
    with archive.unit_of_work(actor or current_actor()) as session:
        link = get_row(session, CaseParty, link_id, N_("party link"))
        in_case(session, link.case_id)
        party_id = link.party_id
        remove(session, link)
        return _party_row(session, party_id)


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
                "role",
                N_("party {party} has no role {role} in {case}"),
                party=party_id,
                role=old.value,
                case=case.reference,
            )
        if new is not old and repositories.party_linked(session, case_id, party_id, new.value):
            raise ValidationError(
                "new_role",
                N_("party {party} already has the role {role} in {case}"),
                party=party_id,
                role=new.value,
                case=case.reference,
            )
        apply(link, {"role": new.value})
        session.flush()
        return _case_party_row(session, case_id, party_id)


def update_party_in_case(
    archive: Archive,
    case_reference: str,
    party_id: int,
    draft: PartyDraft,
    role: object,
    new_role: object = None,
    identifier_ids: Sequence[int | None] = (),
    actor: str | None = None,
) -> tuple[CasePartyRow, list[PartyMatch]]:
    """A party corrected as one form shows it, in one transaction: its details (in every case
    it is in), its role in this case (`role` → `new_role`, None: unchanged) and its identifiers
    as they now are. `draft.identifiers[i]` corrects the stored identifier `identifier_ids[i]`
    (None or missing: a new one); the party's identifiers not named are removed. Each row is
    audited. A refused value names its place ("identifiers[2].value") and nothing is written.
    Returns the party as the case shows it, with earlier parties sharing an identifier."""
    values = _party_values(draft)
    old_role = v.choice("role", role, PartyRole)
    checked_role = old_role if new_role in (None, "") else v.choice("new_role", new_role, PartyRole)
    checked = _identifiers(draft.identifiers)
    ids = [*identifier_ids, *[None] * (len(checked) - len(identifier_ids))][: len(checked)]
    wanted = [
        (ident_id, kind, value, normalize(kind, value))
        for ident_id, (kind, value) in zip(ids, checked, strict=True)
    ]
    seen: dict[tuple[str, str], int] = {}
    for index, (ident_id, kind, value, normalized) in enumerate(wanted):
        if (kind.value, normalized) in seen:
            raise ValidationError(
                f"identifiers[{index}].value",
                N_("{value!r} is identifier {number} again"),
                value=value,
                number=seen[kind.value, normalized] + 1,
            )
        seen[kind.value, normalized] = index
        if ident_id is not None and ids.count(ident_id) > 1:
            raise ValidationError(f"identifiers[{index}]", N_("corrects an identifier twice"))
    with archive.unit_of_work(actor or current_actor()) as session:
        case = load_case(session, case_reference)
        case_id = case.id or 0
        party = get_row(session, Party, party_id, N_("party"))
        link = next((x for x in _links(session, party_id, case_id) if x.role == old_role), None)
        if link is None:
            raise ValidationError(
                "role",
                N_("{party} has no role {role} in {case}"),
                party=party.name,
                role=old_role.value,
                case=case.reference,
            )
        if checked_role is not old_role and repositories.party_linked(
            session, case_id, party_id, checked_role.value
        ):
            raise ValidationError(
                "new_role",
                N_("{party} already has the role {role} here"),
                party=party.name,
                role=checked_role.value,
            )
        stored = {
            ident.id: ident
            for ident in session.scalars(
                select(PartyIdentifier).where(col(PartyIdentifier.party_id) == party_id)
            )
        }
        for index, (ident_id, *_rest) in enumerate(wanted):
            if ident_id is not None and ident_id not in stored:
                raise ValidationError(
                    f"identifiers[{index}]", N_("is not an identifier of this party")
                )
        apply(party, values)
        apply(link, {"role": checked_role.value})
        kept = {ident_id for ident_id, *_rest in wanted if ident_id is not None}
        remove(session, *(ident for ident_id, ident in stored.items() if ident_id not in kept))
        # A correction that takes a key another kept identifier still holds (two swapped) is
        # written as a removal and an addition: the unique key is checked row by row.
        held = {(stored[i].kind, stored[i].normalized): i for i in kept}
        new: list[tuple[IdentifierKind, str]] = []
        updates: list[tuple[PartyIdentifier, dict[str, object]]] = []
        for ident_id, kind, value, normalized in wanted:
            if ident_id is None:
                new.append((kind, value))
                continue
            holder = held.get((kind.value, normalized))
            if holder is not None and holder != ident_id:
                remove(session, stored[ident_id])
                new.append((kind, value))
            else:
                change: dict[str, object] = {
                    "kind": kind.value,
                    "value": value,
                    "normalized": normalized,
                }
                updates.append((stored[ident_id], change))
        for ident, change in updates:
            apply(ident, change)
        session.flush()
        for kind, value in new:
            _add_identifier(session, party_id, kind, value)
        identifiers = [(kind, value) for _id, kind, value, _n in wanted]
        matches = _matches(session, identifiers, exclude=party_id)
        return _case_party_row(session, case_id, party_id), matches


MAX_FOUND = 50  # parties listed for a search; a longer list is narrowed by typing more


def find_parties(
    archive: Archive, text: str, exclude_case_id: int | None = None, limit: int = MAX_FOUND
) -> tuple[IdentifierMatch, ...]:
    """Known parties whose name or an identifier holds `text` (an identifier also as normalised:
    "138 0013 8000" finds "+86 13800138000"), by name, with the cases they are in: to link an
    existing infringer to a case. `exclude_case_id`: the case being edited, left out of each
    party's cases (its own parties are marked `in_this_case`)."""
    typed = unicodedata.normalize("NFKC", text).strip() if isinstance(text, str) else ""
    if not typed:
        return ()
    keys = identifier_search_keys(typed)
    with archive.reading() as session:
        by_identifier = [col(PartyIdentifier.value).contains(typed, autoescape=True)] + [
            (col(PartyIdentifier.kind) == kind)
            & col(PartyIdentifier.normalized).contains(key, autoescape=True)
            for kind, key in keys
        ]
        matched_ids = select(col(PartyIdentifier.party_id)).where(or_(*by_identifier))
        found: list[int] = list(
            session.scalars(
                select(col(Party.id))
                .where(
                    or_(
                        col(Party.name).contains(typed, autoescape=True),
                        col(Party.id).in_(matched_ids),
                    )
                )
                .order_by(col(Party.name), col(Party.id))
                .limit(limit)
            )
        )
        parties = repositories.party_rows(session, found)
        cases = repositories.cases_of_parties(session, found)
        here: set[int] = set()
        reference = None
        if exclude_case_id is not None:
            here = {link.party_id for link in _case_links(session, exclude_case_id)}
            excluded = repositories.case_summaries(session, [exclude_case_id])
            reference = excluded[0].reference if excluded else None
    folded = typed.casefold()
    key_values = {key for _kind, key in keys}
    results = []
    for party_id in found:
        party = parties[party_id]
        matched = tuple(
            i
            for i in party.identifiers
            if folded in i.value.casefold()
            or any(key in _normalized(i) for key in key_values if key)
        )
        results.append(
            IdentifierMatch(
                party,
                matched,
                tuple(r for r in cases.get(party_id, ()) if r != reference),
                party_id in here,
            )
        )
    return tuple(results)


def _normalized(identifier: IdentifierRow) -> str:
    try:
        return normalize(IdentifierKind(identifier.kind), identifier.value)
    except ValueError:
        return ""


def _case_links(session: Session, case_id: int) -> list[CaseParty]:
    return list(session.scalars(select(CaseParty).where(col(CaseParty.case_id) == case_id)))


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
