"""Listings files as monitoring tools export them, built for the tests and the bench: an XLSX
with a title line above an English header, and a CSV with Chinese headers in GB18030."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

ENGLISH_HEADER = (
    "Platform",
    "Listing URL",
    "Listing Title",
    "Seller Name",
    "Seller ID",
    "Shop URL",
    "Price",
    "Currency",
    "Date Found",
)
CHINESE_HEADER = ("平台", "链接", "商品标题", "店铺名称", "卖家ID", "店铺链接", "价格", "发现日期")

# Five listings of two Taobao sellers and one JD seller; the fourth has a broken address.
ROWS: list[tuple[object, ...]] = [
    (
        "Taobao",
        "https://item.taobao.com/item.htm?spm=a1z10.1&id=712345678901",
        "VOLTRA X9 电动滑板车 正品",
        "沃驰滑板车专营店",
        "2201234567",
        "https://shop.taobao.com/shop/view_shop.htm?user_number_id=2201234567",
        "¥1,299.00",
        "",
        date(2026, 11, 3),
    ),
    (
        "淘宝",
        "https://item.taobao.com/item.htm?id=712345678902",
        "VOLTRA X9 scooter 10 inch",
        "沃驰滑板车专营店",
        "2201234567",
        "",
        "1199",
        "CNY",
        "2026/11/04",
    ),
    (
        "Taobao",
        "item.taobao.com/item.htm?id=798765432100",
        "X9 Pro folding scooter",
        "极速电摩",
        "3309876543",
        "",
        "899.5",
        "",
        "2026-11-05 14:20",
    ),
    (
        "JD",
        "not a web address",
        "VOLTRA X9 京东",
        "京东小店",
        "jd-558811",
        "",
        "1,050",
        "",
        "2026-11-05",
    ),
    (
        "JD",
        "https://item.jd.com/100012345678.html",
        "VOLTRA X9 京东自营",
        "京东小店",
        "jd-558811",
        "https://mall.jd.com/index-558811.html",
        "1050",
        "",
        "2026年11月6日",
    ),
]


def write_xlsx(path: Path, rows: list[tuple[object, ...]] | None = None) -> Path:
    """A monitoring tool's XLSX: a title line, a blank line, then the English header."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Listings")
    sheet.append(["BrandGuard monitoring export — VOLTRA — 2026-11-20"])
    sheet.append([])
    sheet.append(list(ENGLISH_HEADER))
    for row in ROWS if rows is None else rows:
        sheet.append(list(row))
    book.save(path)
    return path


def chinese_row(row: tuple[object, ...]) -> list[str]:
    """An English-layout row in the Chinese layout (no currency column)."""
    platform, url, title, seller, seller_id, shop, price, _currency, found = row
    found_text = found.isoformat() if isinstance(found, date) else str(found)
    return [str(platform), str(url), str(title), str(seller), str(seller_id), str(shop),
            str(price), found_text]  # fmt: skip


def write_chinese_csv(
    path: Path, rows: list[tuple[object, ...]] | None = None, delimiter: str = ","
) -> Path:
    """A Chinese tool's CSV: Chinese headers, GB18030-encoded."""
    text = io.StringIO()
    writer = csv.writer(text, delimiter=delimiter)
    writer.writerow(CHINESE_HEADER)
    for row in ROWS if rows is None else rows:
        writer.writerow(chinese_row(row))
    path.write_bytes(text.getvalue().encode("gb18030"))
    return path


def many_rows(count: int, sellers: int = 500) -> list[tuple[object, ...]]:
    """`count` good listings of `sellers` Taobao and JD sellers (the bench's)."""
    rows: list[tuple[object, ...]] = []
    for n in range(count):
        seller = n % sellers
        on_jd = seller % 5 == 0
        rows.append(
            (
                "JD" if on_jd else "淘宝",
                f"https://item.jd.com/{100000000 + n}.html"
                if on_jd
                else f"https://item.taobao.com/item.htm?spm=a1z10.{n % 7}&id={700000000000 + n}",
                f"VOLTRA X9 电动滑板车 listing {n}",
                f"店铺{seller:04d}",
                f"seller-{seller:05d}",
                "",
                f"{900 + n % 400}.00",
                "",
                date(2026, 1 + n % 10, 1 + n % 28),
            )
        )
    return rows
