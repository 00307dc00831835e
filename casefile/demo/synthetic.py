"""Synthetic cases for scale: up to hundreds of thousands of plausible cases, bulk inserted.

The per-case services take a transaction each, far too slow for 100,000 cases, so this module
writes rows with SQLAlchemy Core `insert()` executemany in large batches, a few transactions in
all, with explicit primary keys (so child rows can point at their parents without a round trip).
Foreign keys stay on and are respected: parents are inserted before children in each batch.

Audit: every inserted case gets an `audit_entry` row (actor "demo generator", action "insert")
carrying its main values and a count of the rows generated with it; pool parties and stored files
get one each too, and every exhibit, evidence file and custody entry one with all its values, as
the services write them (the audit chain covers those tables). Audit rows go through
`store.chain.append`. Exhibits point at a small pool of sample files, stored once by SHA-256.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from casefile.demo import samples
from casefile.demo.catalog import ACTOR, COUNSEL, PRODUCTS, RIGHTS, Product
from casefile.demo.curated import BuildState, ensure_right
from casefile.domain import IdentifierKind, format_case_reference
from casefile.services.identifiers import normalize
from casefile.store import chain, search
from casefile.store.archive import WRITE, Archive
from casefile.store.models import (
    AuditEntry,
    Case,
    CaseParty,
    CaseRight,
    CustodyEvent,
    Deadline,
    EvidenceFile,
    EvidenceItem,
    MoneyEntry,
    Party,
    PartyIdentifier,
    Proceeding,
    ProceedingEvent,
    StoredBlob,
    ThresholdFigure,
    utcnow,
)

Progress = Callable[[str, int, int], None]
BATCH = 2_500  # cases per executemany round
TRANSACTION = 25_000  # cases per transaction: a crash loses little, commits stay rare
CASES_PER_YEAR = 8_000  # spread over enough years that references keep four digits

T = {  # the tables, as SQLAlchemy Core sees them
    name: model.__table__  # type: ignore[attr-defined]
    for name, model in {
        "case": Case,
        "proceeding": Proceeding,
        "event": ProceedingEvent,
        "party": Party,
        "identifier": PartyIdentifier,
        "case_party": CaseParty,
        "case_right": CaseRight,
        "item": EvidenceItem,
        "file": EvidenceFile,
        "custody": CustodyEvent,
        "figure": ThresholdFigure,
        "deadline": Deadline,
        "money": MoneyEntry,
        "audit": AuditEntry,
        "blob": StoredBlob,
    }.items()
}


# --- where and before whom ------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    jurisdiction: str
    en: str
    zh: str  # empty outside China
    customs: str
    admin: str  # empty where the route is not used
    court: str
    police: str
    currency: str
    weight: int


def _cn(en: str, zh: str, court: str, weight: int, customs: str = "") -> Place:
    return Place(
        "CN",
        en,
        zh,
        customs or f"{zh}海关 {en} Customs",
        f"{zh}市场监督管理局 {en} AMR",
        court,
        f"{zh}市公安局 {en} PSB",
        "CNY",
        weight,
    )


PLACES: tuple[Place, ...] = (
    _cn("Ningbo", "宁波", "宁波市中级人民法院 Ningbo Intermediate Court", 10),
    _cn("Shenzhen", "深圳", "深圳市中级人民法院 Shenzhen Intermediate Court", 10),
    _cn("Yiwu", "义乌", "义乌市人民法院 Yiwu Court", 9, "金华海关 Jinhua Customs (义乌)"),
    _cn("Guangzhou", "广州", "广州知识产权法院 Guangzhou IP Court", 8),
    _cn("Hangzhou", "杭州", "杭州互联网法院 Hangzhou Internet Court", 7),
    _cn("Shanghai", "上海", "上海知识产权法院 Shanghai IP Court", 6),
    _cn(
        "Yongkang",
        "永康",
        "金华市中级人民法院 Jinhua Intermediate Court",
        5,
        "金华海关 Jinhua Customs",
    ),
    _cn(
        "Dongguan",
        "东莞",
        "东莞市中级人民法院 Dongguan Intermediate Court",
        5,
        "黄埔海关 Huangpu Customs",
    ),
    _cn("Xiamen", "厦门", "厦门市中级人民法院 Xiamen Intermediate Court", 3),
    _cn("Qingdao", "青岛", "青岛市中级人民法院 Qingdao Intermediate Court", 3),
    _cn("Wenzhou", "温州", "温州市中级人民法院 Wenzhou Intermediate Court", 3),
    _cn("Shantou", "汕头", "汕头市中级人民法院 Shantou Intermediate Court", 2),
    _cn("Tianjin", "天津", "天津市第三中级人民法院 Tianjin No.3 Intermediate Court", 2),
    Place(
        "NL",
        "Rotterdam",
        "",
        "Douane Rotterdam Rijnmond",
        "",
        "Rechtbank Den Haag",
        "FIOD",
        "EUR",
        4,
    ),
    Place(
        "BE",
        "Antwerp",
        "",
        "Belgian Customs (AAD&A) Antwerp",
        "",
        "Ondernemingsrechtbank Antwerpen",
        "Federal Police",
        "EUR",
        2,
    ),
    Place(
        "DE",
        "Hamburg",
        "",
        "Hauptzollamt Hamburg",
        "",
        "Landgericht Hamburg",
        "Staatsanwaltschaft Hamburg",
        "EUR",
        3,
    ),
    Place(
        "PL",
        "Gdańsk",
        "",
        "KAS Pomorski UCS Gdańsk",
        "",
        "Sąd Okręgowy w Gdańsku",
        "Policja Gdańsk",
        "EUR",
        1,
    ),
    Place(
        "FR",
        "Le Havre",
        "",
        "Douane du Havre",
        "",
        "Tribunal judiciaire de Paris",
        "Parquet du Havre",
        "EUR",
        1,
    ),
    Place(
        "SG",
        "Singapore",
        "",
        "Singapore Customs",
        "",
        "High Court of Singapore",
        "Singapore Police Force IPR Branch",
        "SGD",
        3,
    ),
    Place(
        "MY",
        "Port Klang",
        "",
        "Royal Malaysian Customs (JKDM) Port Klang",
        "KPDN Selangor",
        "Kuala Lumpur High Court",
        "PDRM",
        "MYR",
        2,
    ),
    Place(
        "TH",
        "Laem Chabang",
        "",
        "Thai Customs Laem Chabang",
        "DIP Thailand",
        "IP&IT Court Bangkok",
        "Economic Crime Suppression Division",
        "USD",
        2,
    ),
    Place(
        "VN",
        "Hai Phong",
        "",
        "Hai Phong Customs Department",
        "QLTT Hai Phong",
        "Hai Phong People's Court",
        "Hai Phong Economic Police",
        "USD",
        2,
    ),
)

LOCAL_MARK = {
    "NL": "tm_eu",
    "BE": "tm_eu",
    "DE": "tm_eu",
    "PL": "tm_eu",
    "FR": "tm_eu",
    "SG": "tm_sg",
    "MY": "tm_my",
    "TH": "tm_th",
    "VN": "tm_vn",
}

PLATFORMS_CN = (
    ("Taobao", "淘宝", "Alibaba IPP (Taobao) 阿里巴巴知识产权保护平台"),
    ("Tmall", "天猫", "Alibaba IPP (Tmall)"),
    ("1688", "1688", "Alibaba IPP (1688)"),
    ("Pinduoduo", "拼多多", "拼多多知识产权保护平台 Pinduoduo IPR platform"),
    ("JD.com", "京东", "京东知识产权保护平台 JD IPR platform"),
    ("Douyin", "抖音", "抖音电商知识产权保护平台 Douyin IP platform"),
    ("WeChat", "微信", "腾讯微信侵权投诉 WeChat complaints"),
    ("Xianyu", "闲鱼", "Alibaba IPP (Xianyu)"),
)
PLATFORMS_WORLD = (
    ("AliExpress", "", "Alibaba IPP (AliExpress)"),
    ("DHgate", "", "DHgate IPR complaint centre"),
    ("Amazon", "", "Amazon Brand Registry"),
    ("eBay", "", "eBay VeRO"),
)
PLATFORMS_DIGITAL = (
    ("Baidu Netdisk", "百度网盘", "百度网盘侵权投诉 Baidu Netdisk complaints"),
    ("Bilibili", "哔哩哔哩", "哔哩哔哩版权投诉 Bilibili copyright complaints"),
    ("Xianyu", "闲鱼", "Alibaba IPP (Xianyu)"),
    ("website hosting", "网站托管", "Hosting provider abuse desk 主机服务商"),
)
PLATFORMS_SEA = (("Shopee", "", "Shopee IP Portal"), ("Lazada", "", "Lazada IPP"))

ROUTE_WEIGHTS = {"platform": 40, "customs": 25, "administrative": 15, "civil": 12, "criminal": 8}
START_EVENT = {
    "platform": "notice_sent",
    "customs": "customs_notice",
    "administrative": "complaint_filed",
    "civil": "suit_filed",
    "criminal": "referral",
}
END_EVENT = {
    "platform": "takedown",
    "customs": "investigation_result",
    "administrative": "penalty_decision",
    "civil": "judgment_served",
    "criminal": "case_filed_by_police",
}
OPEN_STAGES = {
    "platform": ("filed", "pending", "decided"),
    "customs": ("pending", "pending", "decided"),
    "administrative": ("filed", "pending", "decided"),
    "civil": ("filed", "pending", "decided", "appeal", "enforcement"),
    "criminal": ("filed", "pending", "pending"),
}
EVIDENCE_FOR_ROUTE = {
    "platform": ("screenshot", "notarised_capture", "test_buy", "web_capture"),
    "customs": ("customs_notice", "sample_photo", "appraisal_report", "invoice"),
    "administrative": ("notarised_purchase", "sample_photo", "decision"),
    "civil": ("notarised_purchase", "timestamp_certificate", "blockchain_deposit", "invoice"),
    "criminal": ("appraisal_report", "decision", "sample_photo", "correspondence"),
}
DEADLINES = {  # hand-added deadlines per route; the rule ids are the rule book's
    "platform": (
        "Show the platform a complaint or suit (15 days) 提交投诉或起诉证明",
        "cn.platform.counter_notice",
    ),
    "customs": (
        "Customs investigation result (30 working days) 海关调查认定",
        "cn.customs.investigation",
    ),
    "administrative": ("Chase the AMR for its decision 跟进行政处罚决定", ""),
    "civil": ("Appeal deadline (15 days from service) 上诉期限", "cn.civil.appeal_judgment"),
    "criminal": ("PSB filing decision (3 days) 公安立案决定", "cn.transfer.psb_decision"),
}
NOTARIES = (
    ("浙江省杭州市钱塘公证处", "（{y}）浙杭钱证内字第{n}号"),
    ("广东省深圳市深圳公证处", "（{y}）深证字第{n}号"),
    ("浙江省义乌市公证处", "（{y}）浙义证民字第{n}号"),
    ("上海市东方公证处", "（{y}）沪东证经字第{n}号"),
    ("广东省广州市南方公证处", "（{y}）粤广南方第{n}号"),
    ("北京市方圆公证处", "（{y}）京方圆内经证字第{n}号"),
)
FIGURES = (  # measure, unit, the "serious" threshold it is judged against, the offence
    ("business_volume", "rmb", 50_000, "213"),
    ("illegal_gains", "rmb", 30_000, "213"),
    ("sales", "rmb", 50_000, "214"),
    ("labels", "piece", 20_000, "215"),
    ("works", "work", 500, "217-online"),
    ("clicks", "click", 50_000, "217-online"),
    ("members", "member", 1_000, "217-online"),
    ("copies", "copy", 500, "217"),
)
NAME_WORDS = (
    ("鑫源", "Xinyuan"),
    ("宏达", "Hongda"),
    ("速派", "Supai"),
    ("飞轮", "Feilun"),
    ("极速", "Jisu"),
    ("捷航", "Jiehang"),
    ("顺达", "Shunda"),
    ("金马", "Jinma"),
    ("华通", "Huatong"),
    ("远航", "Yuanhang"),
    ("新锐", "Xinrui"),
    ("腾飞", "Tengfei"),
    ("驰骋", "Chicheng"),
    ("乐童", "Letong"),
    ("智行", "Zhixing"),
    ("绿源", "Lvyuan"),
)
NAME_TRADES = (
    ("电动车", "E-Vehicle"),
    ("车业", "Vehicle"),
    ("贸易", "Trading"),
    ("电子", "Electronics"),
    ("科技", "Technology"),
    ("玩具", "Toys"),
    ("智能设备", "Smart Devices"),
)
NAME_FORMS = (
    ("有限公司", "Co., Ltd.", "company"),
    ("商行", "Trading Firm", "company"),
    ("专营店", "Store", "shop"),
    ("工厂店", "Factory Store", "shop"),
)


# --- the shared pools -----------------------------------------------------------------------


@dataclass(frozen=True)
class StoredSample:
    sha256: str
    suffix: str
    media_type: str


@dataclass
class Pools:
    samples_by_kind: dict[str, list[StoredSample]]
    all_samples: list[StoredSample]
    right_ids: dict[str, int]


def prepare_pool(archive: Archive, state: BuildState, progress: Progress) -> Pools:
    """Store the sample files once and make sure every catalog right exists."""
    progress("Drawing the sample files", 0, 1)
    drawn = samples.draw_pool(state.workdir / "pool", state.today)
    for key in RIGHTS:
        ensure_right(archive, key, state)
    by_kind: dict[str, list[StoredSample]] = defaultdict(list)
    stored: list[StoredSample] = []
    new_blobs: list[dict[str, Any]] = []
    with archive.reading() as session:
        known = set(session.scalars(select(T["blob"].c.sha256)))
    # Unreferenced until recorded below: held, so another program never cleans them up.
    with archive.files.hold() as hold:
        for item in drawn:
            kept = archive.files.ingest(item.path, hold=hold)
            sample = StoredSample(kept.sha256, item.path.suffix, item.media_type)
            stored.append(sample)
            for kind in item.kinds:
                by_kind[kind].append(sample)
            if kept.sha256 not in known:
                known.add(kept.sha256)
                new_blobs.append({"sha256": kept.sha256, "size": kept.size, "stored_at": utcnow()})
        with _writing(archive) as conn:
            if new_blobs:
                conn.execute(insert(T["blob"]), new_blobs)
                chain.append(
                    conn,
                    [_audit("stored_blob", b["sha256"], {"size": b["size"]}) for b in new_blobs],
                )
    progress("Drawing the sample files", 1, 1)
    return Pools(by_kind, stored, dict(state.right_ids))


def _writing(archive: Archive) -> Any:
    """A writing transaction, taking the write lock at once like every other writer."""
    return archive.engine.execution_options(**{WRITE: True}).begin()


def _audit(table: str, row_id: object, changes: dict[str, Any]) -> dict[str, Any]:
    return {
        "at": utcnow(),
        "actor": ACTOR,
        "table_name": table,
        "row_id": str(row_id),
        "action": "insert",
        "changes": changes,
    }


class Ids:
    """The next free primary key of each table, read once before the bulk insert."""

    def __init__(self, conn: Connection) -> None:
        self.next = {
            name: int(conn.scalar(select(func.max(table.c.id))) or 0) + 1
            for name, table in T.items()
            if name != "blob"
        }

    def take(self, name: str) -> int:
        value = self.next[name]
        self.next[name] = value + 1
        return value


def _party_pool(conn: Connection, ids: Ids, size: int, rng: random.Random) -> list[tuple[int, str]]:
    """Infringer parties shared by the synthetic cases; a few share a phone with another."""
    parties, identifiers, audits = [], [], []
    pool: list[tuple[int, str]] = []
    phones: list[str] = []
    now = utcnow()
    for _ in range(size):
        party_id = ids.take("party")
        (zh_word, en_word), (zh_trade, en_trade) = rng.choice(NAME_WORDS), rng.choice(NAME_TRADES)
        zh_form, en_form, kind = rng.choice(NAME_FORMS)
        place = rng.choice(PLACES[:13])
        name = f"{place.zh}市{zh_word}{zh_trade}{zh_form} {place.en} {en_word} {en_trade} {en_form}"
        country = "CN"
        if rng.random() < 0.08:
            kind = "website"
            name = f"{en_word.lower()}-{rng.choice(('scooter', 'robot', 'parts', 'firmware'))}.com"
        parties.append(
            {
                "id": party_id,
                "kind": kind,
                "name": name,
                "country": country,
                "notes": "",
                "created_at": now,
            }
        )
        pool.append((party_id, name))
        values: list[tuple[str, str]] = []
        if kind == "website":
            values.append(("domain", name))
        else:
            values.append(("credit_code", _credit_code(rng)))
            values.append(
                (
                    "shop_id" if kind == "shop" else "phone",
                    str(rng.randint(10**8, 10**10)) if kind == "shop" else _phone(rng),
                )
            )
        if phones and rng.random() < 0.05:  # the same person behind another name: repeat
            values.append(("phone", rng.choice(phones)))
        seen: set[tuple[str, str]] = set()
        for kind_name, value in values:
            normalized = normalize(IdentifierKind(kind_name), value)
            if (kind_name, normalized) in seen:
                continue  # (party, kind, normalized) is unique
            seen.add((kind_name, normalized))
            if kind_name == "phone":
                phones.append(value)
            identifiers.append(
                {
                    "id": ids.take("identifier"),
                    "party_id": party_id,
                    "kind": kind_name,
                    "value": value,
                    "normalized": normalized,
                }
            )
        audits.append(
            _audit("party", party_id, {"kind": kind, "name": name, "identifiers": values})
        )
    _flush(conn, (("party", parties), ("identifier", identifiers), ("audit", audits)))
    return pool


def _credit_code(rng: random.Random) -> str:
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return (
        "9"
        + rng.choice("12")
        + str(rng.randint(110000, 659999))
        + "".join(rng.choice(chars) for _ in range(10))
    )


def _phone(rng: random.Random) -> str:
    return (
        f"+86 1{rng.choice('35789')}{rng.randint(0, 9)} {rng.randint(1000, 9999)} "
        f"{rng.randint(1000, 9999)}"
    )


def _flush(conn: Connection, batches: Sequence[tuple[str, list[dict[str, Any]]]]) -> None:
    """Insert each batch (parents first) and empty it."""
    for name, rows in batches:
        if rows:
            if name == "audit":  # links of the hash chain, as every audit row is
                chain.append(conn, rows)
            else:
                conn.execute(insert(T[name]), rows)
            rows.clear()


# --- the cases ------------------------------------------------------------------------------


def _opening_dates(count: int, today: date, rng: random.Random) -> list[date]:
    years = max(2, math.ceil(count / CASES_PER_YEAR))
    first = today.toordinal() - years * 365
    return sorted(date.fromordinal(rng.randint(first, today.toordinal())) for _ in range(count))


def _references(conn: Connection, dates: list[date]) -> list[str]:
    """CF-YYYY-NNNN continuing each year's numbering (as `next_case_number` would)."""
    taken: dict[int, int] = defaultdict(int)
    for (reference,) in conn.execute(select(T["case"].c.reference)):
        parts = reference.split("-")
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            taken[int(parts[1])] = max(taken[int(parts[1])], int(parts[2]))
    refs = []
    for day in dates:
        taken[day.year] += 1
        refs.append(format_case_reference(day.year, taken[day.year]))
    return refs


class CaseWriter:
    """Turns one random draw into the rows of one case."""

    def __init__(
        self,
        ids: Ids,
        pools: Pools,
        parties: list[tuple[int, str]],
        today: date,
        rng: random.Random,
    ) -> None:
        self.ids, self.pools, self.parties, self.today, self.rng = ids, pools, parties, today, rng
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in T if name != "blob"}
        self.now = utcnow()
        self.places = list(PLACES)
        self.place_weights = [p.weight for p in PLACES]
        self.routes = list(ROUTE_WEIGHTS)
        self.route_weights = list(ROUTE_WEIGHTS.values())

    def _date(self, low: date, high: date) -> date:
        if high <= low:
            return low
        return date.fromordinal(self.rng.randint(low.toordinal(), high.toordinal()))

    def add(self, reference: str, opened: date) -> None:
        rng, today = self.rng, self.today
        case_id = self.ids.take("case")
        place = rng.choices(self.places, self.place_weights)[0]
        product = rng.choice(PRODUCTS)
        routes = self._routes(place, product)
        age = (today - opened).days
        status, closed = self._status(opened, age)
        counsel = rng.choice(COUNSEL)
        jurisdictions = [place.jurisdiction] + (["EU"] if place.currency == "EUR" else [])
        priority = rng.choices(("low", "normal", "high", "urgent"), (15, 55, 22, 8))[0]
        title, platform = self._title(routes[0], place, product)
        summary = self._summary(routes, place, product, platform)
        self.rows["case"].append(
            {
                "id": case_id,
                "reference": reference,
                "title": title,
                "brand": "Voltra",
                "product_line": product.line,
                "status": status,
                "priority": priority,
                "jurisdictions": jurisdictions,
                "responsible_counsel": counsel,
                "opened_on": opened,
                "closed_on": closed,
                "summary": summary,
                "tags": [routes[0], place.en, "synthetic"],
                "offences": [],
                "acts_on": None,
                "created_at": self.now,
                "updated_at": self.now,
            }
        )
        proc_ids = [
            self._proceeding(case_id, r, place, product, platform, opened, closed, status)
            for r in routes
        ]
        party_count = self._parties(case_id)
        self._rights(case_id, product, place, opened)
        exhibits = self._evidence(case_id, routes, opened, closed)
        deadlines = self._deadlines(case_id, routes, proc_ids, opened, closed, status)
        figure = self._figure(case_id, routes, opened, closed, exhibits)
        money = self._money(case_id, place, proc_ids, opened, closed, status)
        self.rows["audit"].append(
            _audit(
                "case_file",
                case_id,
                {
                    "reference": reference,
                    "title": title,
                    "status": status,
                    "priority": priority,
                    "opened_on": opened.isoformat(),
                    "responsible_counsel": counsel,
                    "jurisdictions": jurisdictions,
                    "product_line": product.line,
                    "generated": {
                        "proceedings": len(routes),
                        "parties": party_count,
                        "evidence": len(exhibits),
                        "deadlines": deadlines,
                        "threshold_figures": figure,
                        "money_entries": money,
                    },
                },
            )
        )

    def _routes(self, place: Place, product: Product) -> list[str]:
        allowed = [
            r
            for r in self.routes
            if (r != "administrative" or place.admin) and (r != "customs" or not product.digital)
        ]
        weights = [ROUTE_WEIGHTS[r] for r in allowed]
        count = self.rng.choices((1, 2, 3), (60, 30, 10))[0]
        chosen: list[str] = []
        while len(chosen) < count:
            route = self.rng.choices(allowed, weights)[0]
            if route not in chosen:
                chosen.append(route)
        return chosen

    def _status(self, opened: date, age: int) -> tuple[str, date | None]:
        rng = self.rng
        closed_share = 0.92 if age > 730 else 0.6 if age > 365 else 0.2 if age > 60 else 0.0
        roll = rng.random()
        if roll < closed_share:
            return "closed", self._date(
                opened + timedelta(days=min(20, age)), min(self.today, opened + timedelta(days=720))
            )
        if roll < closed_share + 0.08:
            return "on_hold", None
        return "open", None

    def _title(self, route: str, place: Place, product: Product) -> tuple[str, tuple[str, ...]]:
        rng = self.rng
        cn = place.jurisdiction == "CN"
        pool: tuple[tuple[str, str, str], ...]
        if product.digital:
            pool = PLATFORMS_DIGITAL
        elif cn and rng.random() < 0.75:
            pool = PLATFORMS_CN
        else:
            pool = PLATFORMS_SEA if place.currency in ("SGD", "MYR", "USD") else PLATFORMS_WORLD
        platform = rng.choice(pool)
        if route == "platform":
            en = f"{platform[0]} listings of fake {product.en}"
            zh = f"{platform[1]}假冒{product.zh}链接" if platform[1] else ""
        elif route == "customs":
            en = f"Counterfeit {product.en} — {place.en} customs detention"
            zh = f"{place.zh}海关扣留假冒{product.zh}" if cn else ""
        elif route == "administrative" and product.digital:
            en = f"{place.en} copyright complaint — pirated {product.en}"
            zh = f"{place.zh}版权局查处盗版{product.zh}" if cn else ""
        elif route == "administrative":
            en = f"{place.en} raid — fake {product.en}"
            zh = f"{place.zh}市场监管查处假冒{product.zh}" if cn else ""
        elif route == "civil":
            word = rng.choice(NAME_WORDS)
            en = f"Voltra v. {place.en} {word[1]} — {product.en}"
            zh = f"诉{place.zh}{word[0]}侵权纠纷" if cn else ""
        else:
            en = f"{place.en} criminal referral — counterfeit {product.en}"
            zh = f"{place.zh}公安刑事立案（假冒{product.zh}）" if cn else ""
        return (f"{en} {zh}".strip(), platform)

    def _summary(
        self, routes: list[str], place: Place, product: Product, platform: tuple[str, ...]
    ) -> str:
        route_words = ", ".join(routes)
        text = (
            f"Synthetic demo case: {product.en} in {place.en}; routes: {route_words}. "
            f"Target found via {platform[0]} monitoring."
        )
        if place.zh:
            text += f"\n演示数据：{place.zh}{product.zh}侵权案件。"
        return text

    def _proceeding(
        self,
        case_id: int,
        route: str,
        place: Place,
        product: Product,
        platform: tuple[str, ...],
        opened: date,
        closed: date | None,
        status: str,
    ) -> int:
        rng = self.rng
        proc_id = self.ids.take("proceeding")
        limit = closed or self.today
        started = self._date(opened, min(limit, opened + timedelta(days=30)))
        if status == "closed":
            stage = rng.choice(("decided", "closed"))
        elif status == "on_hold":
            stage = "pending"
        else:
            stage = rng.choice(OPEN_STAGES[route])
        ended = self._date(started, limit) if stage in ("decided", "closed") else None
        admin = place.admin
        if product.digital and place.zh:  # piracy goes to the copyright administration
            admin = f"{place.zh}市版权局 {place.en} Copyright Administration"
        authority = {
            "platform": platform[2],
            "customs": place.customs,
            "administrative": admin,
            "civil": place.court,
            "criminal": place.police,
        }[route]
        seized = fine = damages = None
        if route in ("customs", "administrative") and not product.digital:
            seized = int(math.exp(rng.uniform(math.log(20), math.log(20_000))))
        if ended and route == "administrative":
            fine = rng.randint(10, 300) * 1_000_00
        if ended and route == "civil":
            damages = rng.randint(50, 2_000) * 1_000_00
        self.rows["proceeding"].append(
            {
                "id": proc_id,
                "case_id": case_id,
                "route": route,
                "authority": authority,
                "authority_ref": f"{started.year}-{rng.randint(1, 9999):04d}",
                "stage": stage,
                "started_on": started,
                "ended_on": ended,
                "outcome": "Decided in our favour." if ended else "",
                "quantity_seized": seized,
                "fine_minor": fine,
                "damages_minor": damages,
                "currency": place.currency,
                "sentence": "",
                "created_at": self.now,
            }
        )
        self.rows["event"].append(
            {
                "id": self.ids.take("event"),
                "proceeding_id": proc_id,
                "kind": START_EVENT[route],
                "occurred_on": started,
                "reference": "",
                "description": "",
            }
        )
        if ended:
            self.rows["event"].append(
                {
                    "id": self.ids.take("event"),
                    "proceeding_id": proc_id,
                    "kind": END_EVENT[route],
                    "occurred_on": ended,
                    "reference": "",
                    "description": "",
                }
            )
        return proc_id

    def _parties(self, case_id: int) -> int:
        rng = self.rng
        count = rng.choices((0, 1, 2), (25, 55, 20))[0]
        chosen: set[int] = set()
        for _ in range(count):
            # Now and then one of the pool's first 2% (notorious repeat infringers) comes back.
            size = len(self.parties)
            index = (
                rng.randrange(max(1, size // 50)) if rng.random() < 0.15 else rng.randrange(size)
            )
            party_id = self.parties[index][0]
            chosen.add(party_id)
        for party_id in chosen:
            self.rows["case_party"].append(
                {
                    "id": self.ids.take("case_party"),
                    "case_id": case_id,
                    "party_id": party_id,
                    "role": "infringer",
                    "note": "",
                }
            )
        return len(chosen)

    def _rights(self, case_id: int, product: Product, place: Place, opened: date) -> None:
        keys = list(product.rights[: self.rng.randint(1, 2)])
        if place.jurisdiction in LOCAL_MARK:
            keys = [LOCAL_MARK[place.jurisdiction]]
        for key in dict.fromkeys(keys):
            right_id = self.pools.right_ids.get(key)
            start = RIGHTS[key].start
            granted = start is None or self.today + timedelta(days=start) <= opened
            if right_id is not None and granted:  # a case enforces rights granted by then
                self.rows["case_right"].append(
                    {"id": self.ids.take("case_right"), "case_id": case_id, "right_id": right_id}
                )

    def _evidence(
        self, case_id: int, routes: list[str], opened: date, closed: date | None
    ) -> list[int]:
        rng = self.rng
        items: list[int] = []
        for number in range(1, rng.choices((0, 1, 2, 3), (20, 35, 30, 15))[0] + 1):
            kind = rng.choice(EVIDENCE_FOR_ROUTE[rng.choice(routes)])
            candidates = self.pools.samples_by_kind.get(kind) or self.pools.all_samples
            sample = rng.choice(candidates)
            item_id = self.ids.take("item")
            obtained = self._date(opened, min(closed or self.today, opened + timedelta(days=60)))
            notary = certificate = ""
            if kind.startswith("notarised"):
                notary, pattern = rng.choice(NOTARIES)
                certificate = pattern.format(y=obtained.year, n=rng.randint(100, 99999))
            self.rows["item"].append(
                {
                    "id": item_id,
                    "case_id": case_id,
                    "exhibit_no": number,
                    "kind": kind,
                    "description": f"{kind.replace('_', ' ').capitalize()} (synthetic)",
                    "obtained_on": obtained,
                    "obtained_by": "Voltra brand protection",
                    "source_url": "",
                    "notary_office": notary,
                    "notary_certificate": certificate,
                    "internal": False,
                    "created_at": self.now,
                }
            )
            self.rows["file"].append(
                {
                    "id": self.ids.take("file"),
                    "evidence_id": item_id,
                    "sha256": sample.sha256,
                    "original_name": f"exhibit-{number}-{kind}{sample.suffix}",
                    "media_type": sample.media_type,
                    "added_at": self.now,
                }
            )
            self.rows["custody"].append(
                {
                    "id": self.ids.take("custody"),
                    "evidence_id": item_id,
                    "occurred_at": datetime.combine(
                        obtained, time(2, 0, tzinfo=UTC)
                    ),  # 10:00 UTC+8
                    "action": "received",
                    "received_from": "field team",
                    "handed_to": "Voltra brand protection",
                    "seal_number": "",
                    "location": "Hangzhou evidence room",
                    "note": "",
                }
            )
            items.append(item_id)
        return items

    def _deadlines(
        self,
        case_id: int,
        routes: list[str],
        proc_ids: list[int],
        opened: date,
        closed: date | None,
        status: str,
    ) -> int:
        rng = self.rng
        count = rng.choices((0, 1, 2), (35, 45, 20))[0]
        for _ in range(count):
            index = rng.randrange(len(routes))
            title, rule = DEADLINES[routes[index]]
            if status == "closed" and closed:
                due = self._date(opened, closed)
                row_status, done_on = "done", due
            else:
                due = self.today + timedelta(days=rng.randint(-25, 75))
                due = max(due, opened)
                row_status, done_on = "open", None
            self.rows["deadline"].append(
                {
                    "id": self.ids.take("deadline"),
                    "case_id": case_id,
                    "proceeding_id": proc_ids[index],
                    "title": title,
                    "due_on": due,
                    "rule_id": rule,
                    "explanation": "",
                    "status": row_status,
                    "reminder_days": [7, 1],
                    "completed_on": done_on,
                }
            )
        return count

    def _figure(
        self,
        case_id: int,
        routes: list[str],
        opened: date,
        closed: date | None,
        exhibits: list[int],
    ) -> int:
        rng = self.rng
        if not ({"administrative", "criminal"} & set(routes)) or rng.random() > 0.4:
            return 0
        measure, unit, threshold, offence = rng.choice(FIGURES)
        value = int(threshold * math.exp(rng.uniform(math.log(0.2), math.log(4))))
        case = self.rows["case"][-1]  # the case being built: its figures are assessed as this
        case["offences"] = [offence]
        case["acts_on"] = opened - timedelta(days=rng.randint(30, 400))
        self.rows["figure"].append(
            {
                "id": self.ids.take("figure"),
                "case_id": case_id,
                "measure": measure,
                "value": value,
                "unit": unit,
                "as_of": self._date(opened, closed or self.today),
                "evidence_id": exhibits[0] if exhibits else None,
                "note": "",
            }
        )
        return 1

    def _money(
        self,
        case_id: int,
        place: Place,
        proc_ids: list[int],
        opened: date,
        closed: date | None,
        status: str,
    ) -> int:
        rng = self.rng
        count = rng.choices((0, 1, 2), (30, 45, 25))[0]
        for n in range(count):
            recovery = status == "closed" and n == 1 and rng.random() < 0.5
            category = (
                rng.choice(("settlement", "damages", "bond_returned"))
                if recovery
                else rng.choice(
                    ("notary", "investigator", "lawyer", "test_buy", "court_fee", "bond")
                )
            )
            self.rows["money"].append(
                {
                    "id": self.ids.take("money"),
                    "case_id": case_id,
                    "proceeding_id": rng.choice(proc_ids),
                    "direction": "recovery" if recovery else "cost",
                    "category": category,
                    "amount_minor": rng.randint(5, 2_000)
                    * 100_00
                    // (7 if place.currency != "CNY" else 1),
                    "currency": place.currency,
                    "occurred_on": self._date(opened, closed or self.today),
                    "description": "",
                }
            )
        return count

    def flush(self, conn: Connection) -> None:
        # Exhibits, their files and custody entries each get the audit row the services would
        # write: the audit chain covers every row of these tables (store/chain.py).
        case_of = {item["id"]: item["case_id"] for item in self.rows["item"]}
        for name in ("item", "file", "custody"):
            table = str(T[name].name)
            self.rows["audit"] += chain.rows_recording(table, self.rows[name], ACTOR, case_of)
        order = (
            "case",
            "proceeding",
            "event",
            "case_party",
            "case_right",
            "item",
            "file",
            "custody",
            "figure",
            "deadline",
            "money",
            "audit",
        )
        _flush(conn, [(name, self.rows[name]) for name in order])


def add_synthetic(
    archive: Archive, count: int, pools: Pools, today: date, rng: random.Random, progress: Progress
) -> None:
    """Bulk insert `count` synthetic cases after whatever the archive holds."""
    stage = "Generating synthetic cases"
    progress(stage, 0, count)
    with _writing(archive) as conn:
        ids = Ids(conn)
        party_pool = _party_pool(conn, ids, min(30_000, max(20, count // 4)), rng)
        dates = _opening_dates(count, today, rng)
        references = _references(conn, dates)
    writer = CaseWriter(ids, pools, party_pool, today, rng)
    for start in range(0, count, TRANSACTION):
        with _writing(archive) as conn:
            for batch in _chunks(range(start, min(count, start + TRANSACTION)), BATCH):
                for index in batch:
                    writer.add(references[index], dates[index])
                writer.flush(conn)
                progress(stage, batch[-1] + 1, count)
    with _writing(archive) as conn:  # bulk inserts pass the flush hook that indexes writes
        search.rebuild(conn)


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def finish(archive: Archive) -> None:
    """Fold the write-ahead log into the database so the folder is complete and compact."""
    raw = archive.engine.raw_connection()  # autocommit (see store.archive): no open transaction
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA synchronous = FULL")  # the finished demo is durable
        cursor.execute("PRAGMA optimize")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.close()
    finally:
        raw.close()


__all__ = ["Pools", "add_synthetic", "finish", "prepare_pool"]
