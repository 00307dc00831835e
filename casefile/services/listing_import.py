"""Importing a monitoring tool's file of infringing listings into a case: the use case both
faces run (`casefile import-listings`, Case › Import Listings…).

The file is read and every row checked first (services/listing_files.py), outside any
transaction; then, in one transaction, the rows that passed become the case's listings:
- each on the case's platform proceeding for its platform: the one the case has (its authority
  names the platform), else a new one;
- each offered by a seller who is one of the case's infringers: a party already in the archive
  that shares the seller's ID or shop address (`repositories.parties_matching`, as the party
  editor finds repeat infringers), else a new party with those identifiers; either is linked to
  the case as an infringer;
- a listing whose address (normalised: `listing_files.listing_key`) the case already has, or
  that an earlier row of the file gave, is skipped as a duplicate: importing the same file again
  adds nothing.
Every row written is audited as any other write is. The listings are written in batches, with
progress and a cancel check between them; a cancel (or any failure) rolls everything back.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from casefile.domain import IdentifierKind, PartyKind, PartyRole, Route
from casefile.errors import CancelledError
from casefile.services.base import current_actor, load_case
from casefile.services.identifiers import normalize
from casefile.services.listing_files import (
    PLATFORM_BY_KEY,
    WHOLE_ROW,
    CheckedRow,
    ColumnMapping,
    ListingField,
    ListingFileError,
    RowError,
    Sheet,
    check_rows,
    platform_in_text,
    propose_mapping,
    read_sheet,
    shop_identifier_keys,
)
from casefile.store import repositories
from casefile.store.archive import Archive
from casefile.store.models import CaseParty, Listing, Party, PartyIdentifier, Proceeding
from casefile.words import N_, Phrase

BATCH = 500  # listings flushed (and audited, and indexed) at a time
MATCH_CHUNK = 150  # identifier keys per query (SQLite's expression depth is 1000)
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class SellerOutcome:
    name: str
    party_id: int
    new: bool  # a new infringer, or one the archive knew


@dataclass(frozen=True, slots=True)
class ListingImportReport:
    """What an import did (or, dry, would do)."""

    file: str
    case_reference: str
    rows: int  # data rows in the file
    imported: int
    duplicates: tuple[RowError, ...]  # rows skipped: the case (or an earlier row) had them
    errors: tuple[RowError, ...]
    matched_sellers: tuple[SellerOutcome, ...]  # sellers found among known infringers
    new_sellers: tuple[SellerOutcome, ...]  # infringers made for sellers not known before
    new_proceedings: tuple[str, ...]  # platforms given a new platform proceeding
    dry_run: bool = False
    listings_of_known: int = 0  # listings imported of sellers the archive knew

    @property
    def rows_with_errors(self) -> int:
        return len({e.row for e in self.errors})


@dataclass
class _Seller:
    """A seller as the file names it, with its rows and what it was matched to."""

    name: str
    seller_id: str
    shop_url: str
    platform: str
    rows: list[CheckedRow] = field(default_factory=list)
    party_id: int | None = None
    new: bool = False

    def match_keys(self) -> list[tuple[str, str]]:
        keys: list[tuple[str, str]] = []
        if self.seller_id:
            keys.append(
                (
                    IdentifierKind.SELLER_ID.value,
                    normalize(IdentifierKind.SELLER_ID, self.seller_id),
                )
            )
        if self.shop_url:
            keys.extend(shop_identifier_keys(self.shop_url))
        return keys


def preview(path: Path) -> tuple[Sheet, ColumnMapping]:
    """A file's header and rows, and the mapping proposed for its columns."""
    sheet = read_sheet(path)
    return sheet, propose_mapping(sheet.headers)


def _seller_key(row: CheckedRow) -> tuple[str, str]:
    """Rows of one seller: by its ID on the platform, else its shop, else its name."""
    if row.seller_id:
        return (row.platform, "id:" + normalize(IdentifierKind.SELLER_ID, row.seller_id))
    if row.shop_url:
        return (row.platform, "shop:" + normalize(IdentifierKind.URL, row.shop_url))
    if row.seller_name:
        return (row.platform, "name:" + normalize(IdentifierKind.OTHER, row.seller_name))
    return (row.platform, "")


def import_listings(
    archive: Archive,
    case_reference: str,
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    actor: str | None = None,
    sheet: Sheet | None = None,
    default_platform: str = "",
) -> ListingImportReport:
    """Import the listings of `path` into the case (see the module doc); with `dry_run`, only
    check and count, writing nothing. Rows naming no platform Casefile knows are on
    `default_platform` (a key of `listing_files.PLATFORMS`) if given, else errors. Raises
    CancelledError when `cancelled()` turns true: then nothing was written."""
    sheet = sheet or read_sheet(path)
    mapping = propose_mapping(sheet.headers) if mapping is None else mapping
    if ListingField.URL not in mapping.values():
        raise ListingFileError(
            path,
            N_("no column is mapped to the listing's address (url); the columns are {columns}"),
            columns=", ".join(sheet.headers),
        )
    if default_platform and default_platform not in PLATFORM_BY_KEY:
        known = ", ".join(PLATFORM_BY_KEY)
        raise ListingFileError(
            path, N_("no platform {key!r}; one of {known}"), key=default_platform, known=known
        )
    checked = list(
        check_rows(
            sheet,
            mapping,
            progress=progress,
            cancelled=cancelled,
            default_platform=default_platform,
        )
    )
    errors = tuple(e for row in checked for e in row.errors)
    good = [row for row in checked if row.ok]
    work = archive.reading() if dry_run else archive.unit_of_work(actor or current_actor())
    with work as session:
        case = load_case(session, case_reference)
        case_id = case.id or 0
        in_case = set(
            session.scalars(select(col(Listing.url_key)).where(col(Listing.case_id) == case_id))
        )
        first_row: dict[str, int] = {}
        fresh: list[CheckedRow] = []
        duplicates: list[RowError] = []
        for row in good:
            if row.url_key in in_case:
                already = Phrase(N_("the case already has this listing"))
                duplicates.append(RowError(row.row, WHOLE_ROW, already))
            elif row.url_key in first_row:
                same = Phrase(N_("the same listing as row {row}"), {"row": first_row[row.url_key]})
                duplicates.append(RowError(row.row, WHOLE_ROW, same))
            else:
                first_row[row.url_key] = row.row
                fresh.append(row)
        sellers = _sellers(fresh)
        _match(session, case_id, sellers.values(), cancelled)
        report = ListingImportReport(
            file=str(path),
            case_reference=case.reference,
            rows=len(sheet.rows),
            imported=len(fresh),
            duplicates=tuple(duplicates),
            errors=errors,
            matched_sellers=(),
            new_sellers=(),
            new_proceedings=(),
            dry_run=dry_run,
        )
        if dry_run:  # a reading session: nothing to roll back
            return _counted(
                report, sellers.values(), _platforms_needing_proceedings(session, case_id, fresh)
            )
        proceedings, made = _proceedings(session, case_id, {row.platform for row in fresh})
        _make_parties(session, case_id, sellers.values(), path)
        total = len(fresh)
        for start in range(0, total, BATCH):
            if cancelled is not None and cancelled():
                raise CancelledError()  # the unit of work rolls back
            if progress is not None:
                progress(start, total, "importing")
            session.add_all(
                Listing(
                    case_id=case_id,
                    proceeding_id=proceedings[row.platform],
                    party_id=_party_of(sellers, row),
                    platform=row.platform,
                    url=row.url,
                    url_key=row.url_key,
                    title=row.title,
                    seller_name=row.seller_name,
                    seller_id=row.seller_id,
                    shop_url=row.shop_url,
                    price_minor=row.price_minor,
                    currency=row.currency,
                    found_on=row.found_on,
                )
                for row in fresh[start : start + BATCH]
            )
            session.flush()  # audited and indexed batch by batch; then let go of
        if cancelled is not None and cancelled():
            raise CancelledError()
        if progress is not None:
            progress(total, total, "importing")
        return _counted(report, sellers.values(), made)


def _party_of(sellers: dict[tuple[str, str], _Seller], row: CheckedRow) -> int | None:
    seller = sellers.get(_seller_key(row))  # none for a row that names no seller
    return seller.party_id if seller is not None else None


def _counted(
    report: ListingImportReport, sellers: Iterable[_Seller], new_proceedings: Sequence[str]
) -> ListingImportReport:
    from dataclasses import replace

    matched = [s for s in sellers if s.party_id is not None and not s.new]
    new = [s for s in sellers if s.new or s.party_id is None]
    return replace(
        report,
        matched_sellers=tuple(SellerOutcome(s.name, s.party_id or 0, False) for s in matched),
        new_sellers=tuple(SellerOutcome(s.name, s.party_id or 0, True) for s in new),
        new_proceedings=tuple(PLATFORM_BY_KEY[p].label for p in new_proceedings),
        listings_of_known=sum(len(s.rows) for s in matched),
    )


def _sellers(rows: Iterable[CheckedRow]) -> dict[tuple[str, str], _Seller]:
    sellers: dict[tuple[str, str], _Seller] = {}
    for row in rows:
        key = _seller_key(row)
        seller = sellers.get(key)
        if seller is None:
            seller = sellers[key] = _Seller(
                row.seller_name, row.seller_id, row.shop_url, row.platform
            )
        seller.rows.append(row)
        # A later row may give what an earlier one left out (the shop's address, the name).
        seller.name = seller.name or row.seller_name
        seller.shop_url = seller.shop_url or row.shop_url
    return {k: s for k, s in sellers.items() if k[1]}  # rows naming no seller have none


def _match(
    session: Session,
    case_id: int,
    sellers: Iterable[_Seller],
    cancelled: Callable[[], bool] | None,
) -> None:
    """Each seller's party: one in the archive sharing its ID or shop address, preferring one
    already an infringer of this case, then the oldest."""
    by_key: dict[tuple[str, str], list[_Seller]] = defaultdict(list)
    for seller in sellers:
        for key in seller.match_keys():
            by_key[key].append(seller)
    keys = list(by_key)
    in_case = _infringers_of_case(session, case_id)
    candidates: dict[int, set[int]] = defaultdict(set)  # id(seller) → party ids
    for start in range(0, len(keys), MATCH_CHUNK):
        if cancelled is not None and cancelled():
            raise CancelledError()
        for match in repositories.parties_matching(session, keys[start : start + MATCH_CHUNK]):
            for shared in match.shared:
                kind = IdentifierKind(shared.kind)
                theirs = (kind.value, normalize(kind, shared.value))
                hit = list(by_key.get(theirs, ()))
                if kind is IdentifierKind.URL:  # found by a shop's own domain
                    host = normalize(IdentifierKind.DOMAIN, shared.value)
                    hit += by_key.get((IdentifierKind.DOMAIN.value, host), [])
                for seller in hit:
                    candidates[id(seller)].add(match.party.id)
    # A seller the file names only by name is the case's infringer of that name, if any: a
    # second file of its listings then adds no second party for it.
    named = {
        normalize(IdentifierKind.OTHER, party.name): party.id
        for party in session.scalars(select(Party).where(col(Party.id).in_(sorted(in_case))))
    }
    for seller in sellers:
        found = candidates.get(id(seller))
        if found:
            seller.party_id = min(found, key=lambda pid: (pid not in in_case, pid))
        elif not seller.match_keys() and seller.name:
            seller.party_id = named.get(normalize(IdentifierKind.OTHER, seller.name))


def _infringers_of_case(session: Session, case_id: int) -> set[int]:
    query = select(col(CaseParty.party_id)).where(
        (col(CaseParty.case_id) == case_id) & (col(CaseParty.role) == PartyRole.INFRINGER)
    )
    return set(session.scalars(query))


def _platforms_needing_proceedings(
    session: Session, case_id: int, rows: Iterable[CheckedRow]
) -> list[str]:
    have = _platform_proceedings(session, case_id)
    return sorted({row.platform for row in rows} - set(have))


def _platform_proceedings(session: Session, case_id: int) -> dict[str, int]:
    """The case's platform proceedings by the platform their authority names (the first)."""
    found: dict[str, int] = {}
    for proceeding in session.scalars(
        select(Proceeding)
        .where((col(Proceeding.case_id) == case_id) & (col(Proceeding.route) == Route.PLATFORM))
        .order_by(col(Proceeding.id))
    ):
        platform = platform_in_text(proceeding.authority)
        if platform is not None and platform.key not in found:
            found[platform.key] = proceeding.id or 0
    return found


def _proceedings(
    session: Session, case_id: int, platforms: set[str]
) -> tuple[dict[str, int], list[str]]:
    have = _platform_proceedings(session, case_id)
    made: list[str] = []
    for key in sorted(platforms - set(have)):
        proceeding = Proceeding(
            case_id=case_id, route=Route.PLATFORM.value, authority=PLATFORM_BY_KEY[key].label
        )
        session.add(proceeding)
        session.flush()
        have[key] = proceeding.id or 0
        made.append(key)
    return have, made


def _make_parties(session: Session, case_id: int, sellers: Iterable[_Seller], path: Path) -> None:
    """A new infringer for each seller not matched; every seller's party linked to the case.
    Written in three flushes (parties, then their identifiers and links), not one per seller."""
    sellers = list(sellers)
    made = {
        id(seller): Party(
            kind=PartyKind.SHOP.value,
            name=seller.name or seller.seller_id or seller.shop_url,
            notes=(
                f"Seller on {PLATFORM_BY_KEY[seller.platform].label}, from the listings file "
                f"{Path(path).name}."
            ),
        )
        for seller in sellers
        if seller.party_id is None
    }
    session.add_all(made.values())
    session.flush()
    for seller in sellers:
        if id(seller) not in made:
            continue
        seller.party_id = made[id(seller)].id
        seller.new = True
        identifiers = [(IdentifierKind.SELLER_ID, seller.seller_id)] if seller.seller_id else []
        if seller.shop_url:
            identifiers.append((IdentifierKind.URL, seller.shop_url))
        session.add_all(
            PartyIdentifier(
                party_id=seller.party_id or 0,
                kind=kind.value,
                value=value,
                normalized=normalize(kind, value),
            )
            for kind, value in identifiers
        )
    linked = _infringers_of_case(session, case_id)
    session.add_all(
        CaseParty(case_id=case_id, party_id=party_id, role=PartyRole.INFRINGER.value)
        for party_id in dict.fromkeys(s.party_id for s in sellers if s.party_id is not None)
        if party_id not in linked
    )
    session.flush()


# --- the report as a file ---------------------------------------------------------------------


def write_report_csv(report: ListingImportReport, target: Path) -> None:
    """The per-row report as a CSV (UTF-8 with a BOM, so that Excel shows Chinese): one line
    per problem and per duplicate skipped."""
    with Path(target).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "outcome", "column", "reason"])
        lines: list[tuple[int, str, str, str]] = [
            (e.row, "error", e.column, e.reason) for e in report.errors
        ]
        lines += [(d.row, "duplicate", d.column, d.reason) for d in report.duplicates]
        for line in sorted(lines, key=lambda item: item[0]):
            writer.writerow(line)
