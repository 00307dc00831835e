"""Monitoring tools' files of infringing listings, read and checked: no archive here.

A file is a CSV (UTF-8, with or without a BOM, or GB18030/GBK as Chinese tools write it; the
delimiter sniffed) or an XLSX (its first sheet, read with openpyxl in read-only mode). Its
header row is found among the first rows (a tool may put a title above it); each column is
proposed a field from its header (`propose_mapping`: English and Chinese synonyms), which the
user may change. Each row is then checked on its own (`check_row`): every problem of a row is
reported with its row number as the file counts it (the header is row 1 when it is the first),
its column and the reason, and a bad row never stops the others.

The platforms a listing can be on (`PLATFORMS`) are named by their names in either language or
recognised by their web addresses; a listing's platform comes from its platform column, else
from its address.
"""

from __future__ import annotations

import codecs
import csv
import functools
import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit

from casefile import clock
from casefile.domain import CURRENCY_PATTERN, IdentifierKind
from casefile.errors import CancelledError, CasefileError
from casefile.services.identifiers import normalize
from casefile.words import N_, Phrase

T = TypeVar("T")

HEADER_SEARCH_ROWS = 10  # rows looked through for the header
PREVIEW_ROWS = 20
UNNAMED = ""  # a ListingFileError's path while the file is not known yet (read_sheet names it)
MAX_TEXT = 500  # a title or name longer than this is cut (monitoring tools paste descriptions)


class ListingField(StrEnum):
    """What a column of a listings file holds."""

    PLATFORM = "platform"
    URL = "url"
    TITLE = "title"
    SELLER_NAME = "seller_name"
    SELLER_ID = "seller_id"
    SHOP_URL = "shop_url"
    PRICE = "price"
    CURRENCY = "currency"
    FOUND_ON = "found_on"


ColumnMapping = dict[int, ListingField]  # column index → field; columns not in it are left out


class ListingFileError(CasefileError):
    """A listings file cannot be read at all (not a CSV or XLSX, damaged, no header).

    `reason` is the English reason filled in; `phrase` the same as template and values, which
    the window translates."""

    def __init__(self, path: object, reason: str, /, **values: object) -> None:
        self.phrase = Phrase(reason, values)
        super().__init__(N_("{path}: {reason}"), path=path, reason=self.phrase)
        self.path = path
        self.reason = str(self.phrase)


class CellValueError(ValueError):
    """A cell's value that cannot be read (a date, a price); `phrase` says why, as a template
    and values the window translates."""

    def __init__(self, reason: str, /, **values: object) -> None:
        self.phrase = Phrase(reason, values)
        super().__init__(str(self.phrase))


def _words(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split(","))


@dataclass(frozen=True, slots=True)
class Platform:
    key: str
    label: str  # as a platform proceeding's authority names it
    names: tuple[str, ...]  # how files name it (compared casefolded, spaces removed)
    domains: tuple[str, ...]  # its sites: a host ending in one is on it
    currency: str  # a price with no currency is in this one


PLATFORMS: tuple[Platform, ...] = (
    Platform("taobao", "淘宝 Taobao", ("taobao", "淘宝", "淘宝网"), ("taobao.com",), "CNY"),
    Platform("tmall", "天猫 Tmall", ("tmall", "天猫", "天猫商城"), ("tmall.com",), "CNY"),
    Platform("1688", "1688", ("1688", "阿里巴巴1688", "1688.com"), ("1688.com",), "CNY"),
    Platform("jd", "京东 JD.com", ("jd", "京东", "京东商城", "jingdong"), ("jd.com",), "CNY"),
    Platform(
        "pinduoduo",
        "拼多多 Pinduoduo",
        ("pinduoduo", "拼多多", "pdd"),
        ("pinduoduo.com", "yangkeduo.com"),
        "CNY",
    ),
    Platform("xianyu", "闲鱼 Xianyu", ("xianyu", "闲鱼", "goofish"), ("goofish.com",), "CNY"),
    Platform("douyin", "抖音 Douyin", ("douyin", "抖音", "抖音电商"), ("douyin.com",), "CNY"),
    Platform("kuaishou", "快手 Kuaishou", ("kuaishou", "快手"), ("kuaishou.com",), "CNY"),
    Platform(
        "xiaohongshu",
        "小红书 Xiaohongshu",
        ("xiaohongshu", "小红书", "rednote"),
        ("xiaohongshu.com",),
        "CNY",
    ),
    Platform("weidian", "微店 Weidian", ("weidian", "微店"), ("weidian.com",), "CNY"),
    Platform(
        "aliexpress",
        "AliExpress",
        ("aliexpress", "速卖通", "全球速卖通"),
        ("aliexpress.com", "aliexpress.us"),
        "USD",
    ),
    Platform("alibaba", "Alibaba.com", ("alibaba.com", "阿里巴巴国际站"), ("alibaba.com",), "USD"),
    Platform(
        "amazon",
        "Amazon",
        ("amazon", "亚马逊"),
        (
            "amazon.com",
            "amazon.de",
            "amazon.co.uk",
            "amazon.fr",
            "amazon.it",
            "amazon.es",
            "amazon.co.jp",
            "amazon.cn",
        ),
        "USD",
    ),
    Platform("ebay", "eBay", ("ebay", "易贝"), ("ebay.com", "ebay.de", "ebay.co.uk"), "USD"),
    Platform("temu", "Temu", ("temu",), ("temu.com",), "USD"),
    Platform("shein", "SHEIN", ("shein", "希音"), ("shein.com",), "USD"),
    Platform(
        "shopee", "Shopee", ("shopee", "虾皮"), ("shopee.com", "shopee.sg", "shopee.co.id"), "USD"
    ),
    Platform("lazada", "Lazada", ("lazada", "来赞达"), ("lazada.com", "lazada.sg"), "USD"),
    Platform("walmart", "Walmart", ("walmart", "沃尔玛"), ("walmart.com",), "USD"),
    Platform("etsy", "Etsy", ("etsy",), ("etsy.com",), "USD"),
    Platform("wish", "Wish", ("wish",), ("wish.com",), "USD"),
)
PLATFORM_BY_KEY = {p.key: p for p in PLATFORMS}
# Hosts a marketplace's listings and shops share ("item.taobao.com", "www.amazon.de"): a shop
# address on one of them names the shop by its path, never by the host alone.
_SHARED_HOST_PARTS = frozenset({"www", "item", "detail", "shop", "mall", "m", "h5", "mobile", "s"})

# Header words of each field, English and Chinese, compared as `_header_key` makes them.
SYNONYMS: dict[ListingField, tuple[str, ...]] = {
    ListingField.PLATFORM: _words(
        "platform, marketplace, site, channel, source, platform name, "
        "平台, 平台名称, 电商平台, 销售平台, 渠道, 来源, 来源平台"
    ),
    ListingField.URL: _words(
        "url, link, listing url, listing link, product url, product link, item url, item link, "
        "infringing url, infringing link, page url, "
        "链接, 商品链接, 侵权链接, 产品链接, 宝贝链接, 网址, 商品网址, 链接地址"
    ),
    ListingField.TITLE: _words(
        "title, listing title, product title, product name, item title, item name, "
        "listing name, name, 商品标题, 标题, 商品名称, 产品名称, 宝贝标题, 宝贝名称, 链接标题"
    ),
    ListingField.SELLER_NAME: _words(
        "seller, seller name, shop, shop name, store, store name, vendor, vendor name, merchant, "
        "merchant name, 店铺名称, 店铺名, 店铺, 卖家, 卖家名称, 卖家昵称, 商家, 商家名称, 掌柜"
    ),
    ListingField.SELLER_ID: _words(
        "seller id, sellerid, shop id, store id, vendor id, merchant id, seller no, "
        "卖家id, 店铺id, 商家id, 卖家编号, 店铺编号, 掌柜id"
    ),
    ListingField.SHOP_URL: _words(
        "shop url, shop link, store url, store link, seller url, seller link, storefront, "
        "storefront url, 店铺链接, 店铺网址, 店铺地址, 卖家链接, 商家链接"
    ),
    ListingField.PRICE: _words(
        "price, listing price, sale price, selling price, unit price, amount, "
        "价格, 售价, 单价, 商品价格, 销售价格, 标价"
    ),
    ListingField.CURRENCY: _words("currency, ccy, 币种, 货币, 币别"),
    ListingField.FOUND_ON: _words(
        "date found, found on, found, found date, detected, detected on, detection date, "
        "date detected, discovered, date discovered, first seen, capture date, captured, date, "
        "发现日期, 发现时间, 日期, 采集时间, 采集日期, 抓取时间, 监测日期, 监测时间"
    ),
}


def _header_key(text: object) -> str:
    """A header as compared: NFKC, casefolded, without spaces, underscores, dashes or a
    trailing colon ("Seller_ID", "seller id", "卖家ID：" are one)."""
    raw = unicodedata.normalize("NFKC", "" if text is None else str(text)).casefold()
    return re.sub(r"[\s_\-.:()（）]", "", raw)


_SYNONYM_OF = {_header_key(word): f for f, words in SYNONYMS.items() for word in words}


def field_of_header(header: object) -> ListingField | None:
    return _SYNONYM_OF.get(_header_key(header))


def propose_mapping(headers: Sequence[object]) -> ColumnMapping:
    """Each column whose header is a known word for a field, mapped to it; a field is given to
    its first column only (a second "link" column is left for the user to choose)."""
    mapping: ColumnMapping = {}
    for index, header in enumerate(headers):
        found = field_of_header(header)
        if found is not None and found not in mapping.values():
            mapping[index] = found
    return mapping


def parse_mapping(headers: Sequence[str], assignments: Sequence[str]) -> ColumnMapping:
    """The proposed mapping changed by "column=field" assignments (the command line's --map):
    a column named by its header or its number (1 for the first); field "-" leaves it out."""
    mapping = propose_mapping(headers)
    for assignment in assignments:
        column, sep, field = assignment.rpartition("=")
        if not sep or not column.strip():
            raise ListingFileError(assignment, N_("a mapping is COLUMN=FIELD (e.g. 链接=url)"))
        index = _column_index(headers, column.strip())
        mapping.pop(index, None)
        if field.strip() in ("-", ""):
            continue
        try:
            chosen = ListingField(field.strip())
        except ValueError:
            fields = ", ".join(f.value for f in ListingField)
            raise ListingFileError(
                assignment,
                N_("no field {field!r}; one of {fields} or -"),
                field=field,
                fields=fields,
            ) from None
        for other, mapped in list(mapping.items()):
            if mapped is chosen:
                del mapping[other]
        mapping[index] = chosen
    return mapping


def _column_index(headers: Sequence[str], column: str) -> int:
    keys = [_header_key(h) for h in headers]
    if _header_key(column) in keys:
        return keys.index(_header_key(column))
    if column.isdigit() and 1 <= int(column) <= len(headers):
        return int(column) - 1
    raise ListingFileError(
        column, N_("no such column; the columns are {columns}"), columns=", ".join(headers)
    )


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sheet:
    """A file's header and its rows after it, each with its row number as the file counts it."""

    headers: tuple[str, ...]
    rows: list[tuple[int, tuple[object, ...]]]
    encoding: str = ""  # a CSV's, as it was read


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    return str(value).strip()


def _header_row(rows: Sequence[Sequence[object]]) -> int:
    """The index of the header among the first rows: the first that names two known fields,
    else the first with two or more cells filled."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if len(propose_mapping(row)) >= 2:
            return index
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for cell in row if _cell_text(cell)) >= 2:
            return index
    return 0


def _sheet_of(raw: list[Sequence[object]], encoding: str = "") -> Sheet:
    if not raw:
        raise ListingFileError(UNNAMED, N_("the file holds no rows"))
    at = _header_row(raw)
    headers = [_cell_text(c) for c in raw[at]]
    while headers and not headers[-1]:
        headers.pop()
    if not headers:
        raise ListingFileError(UNNAMED, N_("the file has no header row"))
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    width = len(headers)
    rows = []
    for offset, row in enumerate(raw[at + 1 :], start=at + 2):
        cells = tuple(row[:width]) + ("",) * (width - len(row))
        if any(_cell_text(c) for c in cells):  # blank rows between blocks are not rows
            rows.append((offset, cells))
    return Sheet(tuple(headers), rows, encoding)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and its encoding: UTF-16 with its BOM (Excel's "Unicode text"),
    UTF-8 (a BOM dropped), else GB18030, which also reads GBK and GB2312 as Chinese tools and
    Excel on a Chinese Windows save them."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ListingFileError(UNNAMED, N_("the file's UTF-16 text is damaged")) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ListingFileError(UNNAMED, N_("the file is neither UTF-8 nor GB18030/GBK text"))


def _read_csv(path: Path) -> Sheet:
    text, encoding = decode(path.read_bytes())
    if "\x00" in text[:4096]:
        raise ListingFileError(
            path, N_("not a text file (UTF-16 or binary?); save it as CSV UTF-8")
        )
    sample = text[:65536]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    raw: list[Sequence[object]] = list(csv.reader(io.StringIO(text, newline=""), dialect))
    return _sheet_of(raw, "utf-8" if encoding == "utf-8-sig" else encoding)


def _read_xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # only an XLSX needs it (and its import takes ~0.1 s)

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException …
        raise ListingFileError(
            path, N_("not a readable XLSX workbook ({problem})"), problem=exc
        ) from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise ListingFileError(path, N_("the workbook has no sheet"))
        raw: list[Sequence[object]] = [row for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
    return _sheet_of(raw)


def read_sheet(path: Path) -> Sheet:
    """The header and rows of a listings file (CSV or XLSX, told by its content)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise ListingFileError(path, N_("{problem}"), problem=exc.strerror or str(exc)) from None
    try:
        if magic.startswith(b"PK\x03\x04"):
            return _read_xlsx(path)
        if path.suffix.lower() in (".xls", ".xlsm", ".xlsb") or magic.startswith(b"\xd0\xcf"):
            raise ListingFileError(path, N_("an old Excel file: save it as .xlsx or CSV"))
        return _read_csv(path)
    except ListingFileError as exc:
        if exc.path == UNNAMED:
            raise ListingFileError(path, exc.phrase.template, **exc.phrase.values) from None
        raise


# --- checking rows ---------------------------------------------------------------------------


WHOLE_ROW = ""  # a RowError's column when the row as a whole is at fault


@dataclass(frozen=True, slots=True)
class RowError:
    row: int  # as the file counts rows
    column: str  # the header of the column at fault (WHOLE_ROW for the row as a whole)
    phrase: Phrase  # the problem as template and values, which the window translates

    @property
    def reason(self) -> str:
        """The problem in English (the command line, the import report)."""
        return str(self.phrase)


@dataclass(frozen=True, slots=True)
class CheckedRow:
    """One row as it would be imported, with its problems (none: it can be)."""

    row: int
    platform: str  # a key of PLATFORMS, "" if unknown
    url: str
    url_key: str
    title: str
    seller_name: str
    seller_id: str
    shop_url: str
    price_minor: int | None
    currency: str
    found_on: date | None
    errors: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


_PLATFORM_NAMED = {_header_key(name): p for p in PLATFORMS for name in (*p.names, p.label, p.key)}


@functools.lru_cache(maxsize=256)  # a file names a few platforms, 10,000 times
def platform_named(value: str) -> Platform | None:
    """The platform a file's platform column names ("淘宝", "Taobao", "taobao.com")."""
    if found := _PLATFORM_NAMED.get(_header_key(value)):
        return found
    host = _host(value)
    return platform_of_host(host) if "." in host else None


def platform_of_host(host: str) -> Platform | None:
    for platform in PLATFORMS:
        if any(host == d or host.endswith("." + d) for d in platform.domains):
            return platform
    return None


def platform_in_text(text: str) -> Platform | None:
    """The platform an authority's text names ("Alibaba IPP 阿里巴巴知识产权保护平台 (Taobao)"):
    a platform proceeding made before listings were imported is found by it."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = [
        p
        for p in PLATFORMS
        if any(
            (name in folded if not name.isascii() else re.search(rf"\b{re.escape(name)}\b", folded))
            for name in (n.casefold() for n in (*p.names, *p.domains))
            if len(name) >= 3
        )
    ]
    return found[-1] if found else None  # "Alibaba … (Taobao)": the later, narrower one


def _host(value: str) -> str:
    return normalize(IdentifierKind.DOMAIN, value) if value.strip() else ""


_TRACKING = re.compile(r"^(spm|scm|pvid|utm_\w+|ns|abbucket|ali_\w+|trackinfo|_u|ref|tag)$", re.I)


def listing_key(url: str) -> str:
    """The address a listing is known by: host without www, path, and the query without
    tracking parameters, sorted ("…item.htm?spm=a1z…&id=42" and "…item.htm?id=42" are one)."""
    parts = urlsplit(url)
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    base = normalize(IdentifierKind.URL, url.split("?", 1)[0].split("#", 1)[0])
    return base + (f"?{urlencode(query)}" if query else "")


def web_address(value: str) -> str | None:
    """`value` as an http(s) address ("item.jd.com/1.html" gets "https://"), or None if it is
    not one: no host with a dot, spaces inside, or another scheme."""
    raw = unicodedata.normalize("NFKC", value).strip()
    if not raw or any(c.isspace() for c in raw):
        return None
    if "://" not in raw:
        raw = ("https:" if raw.startswith("//") else "https://") + raw
    try:
        parts = urlsplit(raw)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (a bad port raises here)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or "." not in host.strip("."):
        return None
    return raw


def shop_identifier_keys(shop_url: str) -> list[tuple[str, str]]:
    """(kind, normalized) keys a shop's address is matched by: its address; and its host
    when that is the shop's own ("jisudianmo.tmall.com"), not a marketplace's shared host
    ("shop.taobao.com", whose domain would find every shop on it)."""
    keys = [(IdentifierKind.URL.value, normalize(IdentifierKind.URL, shop_url))]
    host = _host(shop_url)
    platform = platform_of_host(host)
    shared = platform is not None and (
        host in platform.domains or host.split(".", 1)[0] in _SHARED_HOST_PARTS
    )
    if host and not shared:
        keys.append((IdentifierKind.DOMAIN.value, host))
    return keys


_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")
_TIME_TAIL = re.compile(r"[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def parse_date(value: object) -> date:
    """A date as monitoring tools write it: a spreadsheet date, 2026-11-03, 2026/11/3,
    2026.11.03, 20261103, 2026年11月3日, with or without a time; 03.11.2026 or 3/11/2026
    when the day cannot be the month (a day-month order that could be either is refused)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    raw = _TIME_TAIL.sub("", raw)
    if _ISO_DAY.match(raw):  # the common case, without trying each format
        return date.fromisoformat(raw)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    if found := _DAY_FIRST.match(raw):
        first, second, year = (int(g) for g in found.groups())
        if "." in raw or first > 12:
            return date(year, second, first)  # day first (European; dots are always so)
        if second > 12:
            return date(year, first, second)  # month first (American)
        raise CellValueError(
            N_("{value!r} could be day-month or month-day; write it as YYYY-MM-DD"), value=raw
        )
    raise CellValueError(N_("{value!r} is not a date (write it as YYYY-MM-DD)"), value=raw)


_SYMBOLS = {"¥": "CNY", "￥": "CNY", "元": "CNY", "rmb": "CNY", "us$": "USD", "$": "USD",
            "€": "EUR", "£": "GBP"}  # fmt: skip
_CURRENCY_WORDS = {"人民币": "CNY", "元": "CNY", "rmb": "CNY", "美元": "USD", "欧元": "EUR",
                   "英镑": "GBP", "日元": "JPY", "港币": "HKD", "港元": "HKD"}  # fmt: skip


def parse_price(value: object) -> tuple[Decimal, str]:
    """A price as a non-negative decimal, and the currency its symbol names ("" if none):
    "¥1,299.00", "1299", "USD 45.5", "45.50 元". A range ("99-129") takes its lower end."""
    if isinstance(value, bool):
        raise CellValueError(N_("{value!r} is not a price"), value=value)
    if isinstance(value, int | float | Decimal):
        amount = Decimal(str(value))
        symbol = ""
    else:
        raw = unicodedata.normalize("NFKC", str(value)).strip().lower()
        symbol = ""
        for mark, code in sorted(_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
            if mark in raw:
                symbol = code
                raw = raw.replace(mark, "")
        if code_found := re.search(r"\b([a-z]{3})\b", raw):
            symbol = code_found.group(1).upper()
            raw = raw.replace(code_found.group(1), "")
        raw = raw.replace(",", "").replace(" ", "").replace("\u00a0", "")
        if re.fullmatch(r"\d+(\.\d+)?[-~]\d+(\.\d+)?", raw):
            raw = re.split(r"[-~]", raw)[0]
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            raise CellValueError(N_("{value!r} is not a price"), value=str(value)) from None
    if not amount.is_finite():
        raise CellValueError(N_("{value!r} is not a price"), value=str(value))
    if amount < 0:
        raise CellValueError(N_("{value!r} is negative"), value=str(value))
    if amount != amount.quantize(Decimal("0.01")):
        raise CellValueError(N_("{value!r} has more than two decimals"), value=str(value))
    return amount, symbol


def parse_currency(value: object) -> str:
    raw = unicodedata.normalize("NFKC", str(value)).strip()
    word = _CURRENCY_WORDS.get(raw.casefold()) or _SYMBOLS.get(raw.casefold())
    code = word or raw.upper()
    if not CURRENCY_PATTERN.match(code):
        raise CellValueError(
            N_("{value!r} is not a currency (a code such as CNY or USD)"), value=raw
        )
    return code


def _text(value: object) -> str:
    text = " ".join(unicodedata.normalize("NFC", _cell_text(value)).split())
    return text[:MAX_TEXT]


def check_row(
    number: int,
    cells: Sequence[object],
    mapping: ColumnMapping,
    headers: Sequence[str],
    default_platform: str = "",
) -> CheckedRow:
    """One row checked against the mapping: every problem found, none fatal to the others. A
    row naming no platform Casefile knows (nor an address on one) is on `default_platform`
    (a key of PLATFORMS) when one is given."""
    values: dict[ListingField, object] = {f: cells[i] for i, f in mapping.items() if i < len(cells)}
    column = {f: headers[i] for i, f in mapping.items()}
    errors: list[RowError] = []

    def error(field: ListingField | None, reason: str, /, **values: object) -> None:
        at = column.get(field, WHOLE_ROW) if field else WHOLE_ROW
        errors.append(RowError(number, at, Phrase(reason, values)))

    url = ""
    typed_url = _cell_text(values.get(ListingField.URL))
    if ListingField.URL not in mapping.values():
        error(None, N_("no column is mapped to the listing's address (url)"))
    elif not typed_url:
        error(ListingField.URL, N_("the listing's address is empty"))
    elif (checked := web_address(typed_url)) is None:
        error(ListingField.URL, N_("{value!r} is not a web address"), value=typed_url[:80])
    else:
        url = checked

    platform: Platform | None = None
    fallback = PLATFORM_BY_KEY.get(default_platform)
    typed_platform = _cell_text(values.get(ListingField.PLATFORM))
    if typed_platform:
        platform = platform_named(typed_platform) or fallback
        if platform is None:
            error(
                ListingField.PLATFORM,
                N_("{value!r} is not a platform Casefile knows"),
                value=typed_platform,
            )
    elif url:
        platform = platform_of_host(_host(url)) or fallback
        if platform is None:
            error(
                ListingField.PLATFORM,
                N_("no platform given, and {host} is not a platform Casefile knows"),
                host=_host(url),
            )

    shop_url = ""
    typed_shop = _cell_text(values.get(ListingField.SHOP_URL))
    if typed_shop:
        checked_shop = web_address(typed_shop)
        if checked_shop is None:
            error(
                ListingField.SHOP_URL, N_("{value!r} is not a web address"), value=typed_shop[:80]
            )
        else:
            shop_url = checked_shop

    def parsed(field: ListingField, parse: Callable[[object], T]) -> T | None:
        typed = values.get(field)
        if not _cell_text(typed):
            return None
        try:
            return parse(typed)
        except CellValueError as exc:
            error(field, exc.phrase.template, **exc.phrase.values)
        except ValueError as exc:  # Python's own ("day is out of range for month")
            error(field, N_("{problem}"), problem=str(exc))
        return None

    price = parsed(ListingField.PRICE, parse_price)
    currency = (
        parsed(ListingField.CURRENCY, parse_currency)
        or (price[1] if price else "")
        or (platform.currency if platform else "CNY")
    )
    found_on = parsed(ListingField.FOUND_ON, parse_date)
    if found_on is not None and found_on > clock.today():
        error(ListingField.FOUND_ON, N_("{day} is after today"), day=found_on.isoformat())

    return CheckedRow(
        row=number,
        platform=platform.key if platform else "",
        url=url,
        url_key=listing_key(url) if url else "",
        title=_text(values.get(ListingField.TITLE)),
        seller_name=_text(values.get(ListingField.SELLER_NAME)),
        seller_id=_text(values.get(ListingField.SELLER_ID)),
        shop_url=shop_url,
        price_minor=int(price[0] * 100) if price else None,
        currency=currency,
        found_on=found_on,
        errors=tuple(errors),
    )


def check_rows(
    sheet: Sheet,
    mapping: ColumnMapping,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    default_platform: str = "",
) -> Iterator[CheckedRow]:
    """Every row of the sheet checked (`check_row`), reporting progress every 500 rows."""
    total = len(sheet.rows)
    for done, (number, cells) in enumerate(sheet.rows):
        if done % 500 == 0:
            if cancelled is not None and cancelled():
                raise CancelledError()
            if progress is not None:
                progress(done, total, "checking")
        yield check_row(number, cells, mapping, sheet.headers, default_platform)
