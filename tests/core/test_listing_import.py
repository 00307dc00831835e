"""Importing monitoring tools' listings files into a case, as counsel would check it: an XLSX
and a Chinese GB18030 CSV imported with their one bad row reported and the rest in; sellers
found among known infringers by their seller ID; a second import adding nothing; a cancelled
import writing nothing; the listings found by search and the archive's check still clean."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from casefile.domain import PartyRole, Route
from casefile.errors import CancelledError
from casefile.services import cases, integrity, parties, proceedings
from casefile.services.listing_files import (
    ListingField,
    ListingFileError,
    check_row,
    listing_key,
    parse_date,
    parse_mapping,
    parse_price,
    propose_mapping,
    read_sheet,
)
from casefile.services.listing_import import import_listings, write_report_csv
from casefile.services.search import search_cases
from casefile.store.archive import Archive
from casefile.store.models import AuditEntry, CaseParty, Listing, Party, Proceeding
from tests.listing_files import CHINESE_HEADER, ROWS, write_chinese_csv, write_xlsx


@pytest.fixture
def reference(archive: Archive) -> str:
    return cases.create_case(archive, cases.CaseDraft(title="VOLTRA X9 copies online")).reference


def _listings(archive: Archive) -> list[Listing]:
    with archive.reading() as session:
        return list(session.scalars(select(Listing).order_by(Listing.id)))


def _count(archive: Archive, model: type) -> int:
    with archive.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_xlsx_imported_with_its_bad_row_reported(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "monitoring.xlsx")
    report = import_listings(archive, reference, path)
    assert (report.rows, report.imported, report.rows_with_errors) == (5, 4, 1)
    # The header is row 3 (a title line and a blank line above it): the bad row is row 7.
    assert [(e.row, e.column) for e in report.errors] == [(7, "Listing URL")]
    assert "not a web address" in report.errors[0].reason
    # The window translates the problem: its template and the value typed are kept apart.
    problem = report.errors[0].phrase
    assert problem.template == "{value!r} is not a web address"
    assert str(problem) == report.errors[0].reason
    listings = _listings(archive)
    assert [(x.platform, x.price_minor, x.currency, x.found_on) for x in listings] == [
        ("taobao", 129900, "CNY", date(2026, 11, 3)),
        ("taobao", 119900, "CNY", date(2026, 11, 4)),
        ("taobao", 89950, "CNY", date(2026, 11, 5)),
        ("jd", 105000, "CNY", date(2026, 11, 6)),
    ]
    assert listings[2].url == "https://item.taobao.com/item.htm?id=798765432100"
    # One platform proceeding per platform, three new infringers linked to the case.
    assert sorted(report.new_proceedings) == ["京东 JD.com", "淘宝 Taobao"]
    new = sorted(s.name for s in report.new_sellers)
    assert new == ["京东小店", "极速电摩", "沃驰滑板车专营店"]
    with archive.reading() as session:
        routes = session.scalars(select(Proceeding.route)).all()
        links = session.scalars(select(CaseParty.role)).all()
    assert routes == [Route.PLATFORM.value] * 2
    assert links == [PartyRole.INFRINGER.value] * 3
    assert integrity.check_archive(archive).ok  # every row audited, the trail whole


def test_chinese_gb18030_csv_imported_with_its_bad_row_reported(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    rows = list(ROWS)
    rows[3] = (*ROWS[4][:6], "-5", "", "2026-11-06")  # a good address, a negative price
    rows[4] = (*ROWS[4][:1], "https://item.jd.com/100099999999.html", *ROWS[4][2:])
    path = write_chinese_csv(tmp_path / "监测导出.csv", rows, delimiter=";")
    sheet = read_sheet(path)
    assert sheet.headers == CHINESE_HEADER and sheet.encoding == "gb18030"
    assert set(propose_mapping(sheet.headers).values()) == set(ListingField) - {
        ListingField.CURRENCY
    }
    report = import_listings(archive, reference, path)
    assert report.imported == 4
    assert [(e.row, e.column, e.reason) for e in report.errors] == [(5, "价格", "'-5' is negative")]
    assert [x.title for x in _listings(archive)][0] == "VOLTRA X9 电动滑板车 正品"


def test_a_seller_is_matched_to_the_known_infringer_by_seller_id(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    earlier = cases.create_case(archive, cases.CaseDraft(title="Wochi, 2025 raid")).reference
    known, _ = parties.add_party_to_case(
        archive,
        earlier,
        parties.PartyDraft(
            name="义乌沃驰电子商务有限公司", identifiers=[("seller_id", "2201234567")]
        ),
    )
    report = import_listings(archive, reference, write_xlsx(tmp_path / "m.xlsx"))
    assert [(s.name, s.party_id) for s in report.matched_sellers] == [
        ("沃驰滑板车专营店", known.party.id)
    ]
    assert report.listings_of_known == 2
    assert len(report.new_sellers) == 2
    wochi = [x for x in _listings(archive) if x.seller_id == "2201234567"]
    assert {x.party_id for x in wochi} == {known.party.id}
    with archive.reading() as session:
        linked = session.scalars(select(CaseParty.party_id).where(CaseParty.role == "infringer"))
        assert known.party.id in set(linked)


def test_a_shared_marketplace_host_does_not_match_every_shop_on_it(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    other = cases.create_case(archive, cases.CaseDraft(title="Another Taobao shop")).reference
    parties.add_party_to_case(
        archive,
        other,
        parties.PartyDraft(
            name="Unrelated shop",
            identifiers=[("url", "https://shop.taobao.com/shop/view_shop.htm?user_number_id=1")],
        ),
    )
    report = import_listings(archive, reference, write_xlsx(tmp_path / "m.xlsx"))
    assert report.matched_sellers == ()


def test_importing_again_skips_the_duplicates(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "m.xlsx")
    import_listings(archive, reference, path)
    parties_before = _count(archive, Party)
    again = import_listings(archive, reference, path)
    assert (again.imported, len(again.duplicates)) == (0, 4)
    assert again.duplicates[0].reason == "the case already has this listing"
    assert again.new_proceedings == () and again.new_sellers == ()
    assert len(_listings(archive)) == 4 and _count(archive, Party) == parties_before
    # The same listing in the CSV (its tracking parameter dropped) is a duplicate too.
    csv_again = import_listings(archive, reference, write_chinese_csv(tmp_path / "m.csv"))
    assert (csv_again.imported, len(csv_again.duplicates)) == (0, 4)


def test_a_cancelled_import_writes_nothing(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    audit_before = _count(archive, AuditEntry)
    seen: list[str] = []

    def progress(_done: int, _total: int, stage: str) -> None:
        seen.append(stage)

    with pytest.raises(CancelledError):
        import_listings(
            archive,
            reference,
            write_xlsx(tmp_path / "m.xlsx"),
            progress=progress,
            cancelled=lambda: "importing" in seen,  # after the first batch was written
        )
    assert _listings(archive) == []
    assert (_count(archive, Party), _count(archive, Proceeding)) == (0, 0)
    assert _count(archive, AuditEntry) == audit_before


def test_rows_of_an_unknown_platform_go_to_the_platform_chosen(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    rows = [(*ROWS[0][:1], "https://shop.example-mall.cn/p/1", *ROWS[0][2:])]
    rows.append(("Mall X", "https://mall-x.cn/p/2", *ROWS[0][2:]))
    path = write_xlsx(tmp_path / "m.xlsx", rows)
    refused = import_listings(archive, reference, path, dry_run=True)
    assert [e.reason for e in refused.errors] == ["'Mall X' is not a platform Casefile knows"]
    report = import_listings(archive, reference, path, default_platform="tmall")
    assert [(x.platform, x.url) for x in _listings(archive)] == [
        ("taobao", "https://shop.example-mall.cn/p/1"),  # its platform column says Taobao
        ("tmall", "https://mall-x.cn/p/2"),
    ]
    assert report.errors == ()
    no_seller = write_xlsx(tmp_path / "bare.xlsx", [("Taobao", "item.taobao.com/item.htm?id=5")])
    bare = import_listings(archive, reference, no_seller)
    assert (bare.imported, bare.new_sellers) == (1, ())
    assert _listings(archive)[-1].party_id is None  # a listing whose seller is not named


def test_a_seller_named_only_by_name_is_found_again_in_the_case(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    def only_named(n: int) -> tuple[object, ...]:
        return (
            "Taobao",
            f"item.taobao.com/item.htm?id={n}",
            "X9",
            "小王滑板车",
            "",
            "",
            "",
            "",
            "",
        )

    first = import_listings(archive, reference, write_xlsx(tmp_path / "a.xlsx", [only_named(1)]))
    second = import_listings(archive, reference, write_xlsx(tmp_path / "b.xlsx", [only_named(2)]))
    assert len(first.new_sellers) == 1 and second.new_sellers == ()
    assert [s.party_id for s in second.matched_sellers] == [first.new_sellers[0].party_id]


def test_the_case_platform_proceeding_is_reused(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    made = proceedings.add_proceeding(
        archive,
        reference,
        proceedings.ProceedingDraft(
            route=Route.PLATFORM, authority="Alibaba IPP 阿里巴巴知识产权保护平台 (Taobao)"
        ),
    )
    report = import_listings(archive, reference, write_xlsx(tmp_path / "m.xlsx"))
    assert report.new_proceedings == ("京东 JD.com",)
    taobao = [x.proceeding_id for x in _listings(archive) if x.platform == "taobao"]
    assert set(taobao) == {made.id}


def test_a_dry_run_reports_and_writes_nothing(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    report = import_listings(archive, reference, write_xlsx(tmp_path / "m.xlsx"), dry_run=True)
    assert (report.imported, len(report.new_sellers), report.rows_with_errors) == (4, 3, 1)
    assert sorted(report.new_proceedings) == ["京东 JD.com", "淘宝 Taobao"]
    assert _listings(archive) == [] and _count(archive, Party) == 0


def test_listings_are_found_by_search(archive: Archive, reference: str, tmp_path: Path) -> None:
    import_listings(archive, reference, write_xlsx(tmp_path / "m.xlsx"))
    for text in ("712345678902", "3309876543", "item.jd.com/100012345678"):
        assert [hit.case.reference for hit in search_cases(archive, text)] == [reference]


def test_the_report_exports_as_csv(archive: Archive, reference: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "m.xlsx")
    import_listings(archive, reference, path)
    report = import_listings(archive, reference, path)
    write_report_csv(report, tmp_path / "report.csv")
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["row", "outcome", "column", "reason"]
    assert [line[:2] for line in lines[1:]] == [
        ["4", "duplicate"],
        ["5", "duplicate"],
        ["6", "duplicate"],
        ["7", "error"],
        ["8", "duplicate"],
    ]


# --- reading and checking values --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-11-03", date(2026, 11, 3)),
        ("2026/11/3", date(2026, 11, 3)),
        ("2026.11.03 08:15:00", date(2026, 11, 3)),
        ("20261103", date(2026, 11, 3)),
        ("2026年11月3日", date(2026, 11, 3)),
        ("2026-11-03T08:15:00Z", date(2026, 11, 3)),
        ("03.11.2026", date(2026, 11, 3)),
        ("25/11/2026", date(2026, 11, 25)),
        ("11/25/2026", date(2026, 11, 25)),
    ],
)
def test_dates_in_common_formats(typed: str, expected: date) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["3/11/2026", "2026-13-45", "yesterday"])
def test_dates_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed)


def test_a_rows_problems_keep_their_words_apart_for_the_window() -> None:
    row = check_row(
        4,
        ["https://item.taobao.com/item.htm?id=1", "3/11/2026", "¥-5"],
        propose_mapping(["url", "found_on", "price"]),
        ["url", "found_on", "price"],
    )
    assert [(e.column, e.phrase.template, dict(e.phrase.values)) for e in row.errors] == [
        ("price", "{value!r} is negative", {"value": "¥-5"}),
        (
            "found_on",
            "{value!r} could be day-month or month-day; write it as YYYY-MM-DD",
            {"value": "3/11/2026"},
        ),
    ]
    assert row.errors[0].reason == "'¥-5' is negative"


def test_prices() -> None:
    assert parse_price("¥1,299.00") == (Decimal("1299.00"), "CNY")
    assert parse_price("USD 45.5") == (Decimal("45.5"), "USD")
    assert parse_price("45.50 元") == (Decimal("45.50"), "CNY")
    assert parse_price(12) == (Decimal("12"), "")
    for bad in ("-1", "abc", "1.005", "NaN"):
        with pytest.raises(ValueError):
            parse_price(bad)


def test_tracking_parameters_do_not_make_another_listing() -> None:
    assert listing_key("https://item.taobao.com/item.htm?spm=a1z10.1&id=42") == listing_key(
        "http://www.item.taobao.com/item.htm?id=42#detail"
    )
    assert listing_key("https://item.taobao.com/item.htm?id=42") != listing_key(
        "https://item.taobao.com/item.htm?id=43"
    )


def test_a_mapping_changed_on_the_command_line() -> None:
    headers = ["平台", "链接", "备用链接", "卖家ID"]
    assert propose_mapping(headers) == {
        0: ListingField.PLATFORM,
        1: ListingField.URL,
        3: ListingField.SELLER_ID,
    }
    changed = parse_mapping(headers, ["备用链接=url", "4=-"])
    assert changed == {0: ListingField.PLATFORM, 2: ListingField.URL}
    with pytest.raises(ListingFileError):
        parse_mapping(headers, ["链接=link"])


def test_a_tab_separated_utf16_file_as_excel_saves_unicode_text(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes("平台\t链接\n淘宝\thttps://item.taobao.com/item.htm?id=1\n".encode("utf-16"))
    sheet = read_sheet(path)
    assert (sheet.headers, sheet.encoding) == (("平台", "链接"), "utf-16")
    assert sheet.rows == [(2, ("淘宝", "https://item.taobao.com/item.htm?id=1"))]


def test_files_that_are_not_listings_are_refused(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04broken")
    for name in ("empty.csv", "old.xls", "broken.xlsx"):
        with pytest.raises(ListingFileError):
            read_sheet(tmp_path / name)


def test_a_merged_sellers_listings_follow_the_kept_party_and_come_back_on_undo(
    archive: Archive, reference: str, tmp_path: Path
) -> None:
    from casefile.services import infringers

    report = import_listings(archive, reference, write_xlsx(tmp_path / "m.xlsx"))
    ids = {s.name: s.party_id for s in report.new_sellers}
    keep, merged = ids["极速电摩"], ids["沃驰滑板车专营店"]
    merge = infringers.merge_parties(archive, keep, merged, reason="same operator")
    assert {x.party_id for x in _listings(archive) if x.seller_id == "2201234567"} == {keep}
    undone = infringers.undo_merge(archive, merge.merge_id)
    restored = undone.restored.id
    assert {x.party_id for x in _listings(archive) if x.seller_id == "2201234567"} == {restored}
    assert integrity.check_archive(archive).ok
