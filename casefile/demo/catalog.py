"""What every demo case draws on: the invented brand owner, its IP rights and customs recordals,
its counsel, and the repeat infringer. Shared by the curated scenarios and the synthetic cases.

"Voltra" (沃创) is an invented brand; any likeness to a real company is accidental.
"""

from __future__ import annotations

from dataclasses import dataclass

from casefile.demo.spec import Who

BRAND = "Voltra"
OWNER = "Voltra Mobility Technology (Hangzhou) Co., Ltd. 沃创出行科技（杭州）有限公司"
ACTOR = "demo generator"

COUNSEL = (
    "Lin Yue 林悦",
    "Zhang Wei 张伟",
    "Chen Jing 陈静",
    "Marieke de Vries",
    "Daniel Tan",
    "Wang Fang 王芳",
    "Priya Raman",
    "Liu Yang 刘洋",
)


@dataclass(frozen=True)
class Recordal:
    authority: str
    number: str
    start: int  # day offsets from today, like every demo date
    end: int


@dataclass(frozen=True)
class RightDef:
    kind: str
    number: str
    jurisdiction: str
    title: str
    classes: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None
    recordals: tuple[Recordal, ...] = ()


_YEAR = 365
GACC = "GACC 海关总署 (知识产权海关保护备案)"

RIGHTS: dict[str, RightDef] = {
    "tm_cn_12": RightDef(
        "trademark",
        "13812345",
        "CN",
        "VOLTRA (word) — e-scooters, vehicles",
        ("12",),
        -12 * _YEAR,  # registered 12 years ago, renewed once
        8 * _YEAR,
        (Recordal(GACC, "T2021-38812", -4 * _YEAR, 6 * _YEAR),),
    ),
    "tm_cn_28": RightDef(
        "trademark",
        "13812346",
        "CN",
        "VOLTRA (word) — toys, kids' scooters",
        ("28",),
        -12 * _YEAR,
        8 * _YEAR,
        (Recordal(GACC, "T2021-38813", -4 * _YEAR, 6 * _YEAR),),
    ),
    "tm_cn_9": RightDef(
        "trademark",
        "41234567",
        "CN",
        "沃创 (Chinese characters) — batteries, chargers, software",
        ("9", "12"),
        -4 * _YEAR,
        6 * _YEAR,
        (Recordal(GACC, "T2022-41020", -3 * _YEAR, 7 * _YEAR),),
    ),
    "tm_cn_logo": RightDef(
        "trademark",
        "45678901",
        "CN",
        "V-wave device mark 图形商标",
        ("9", "12", "28"),
        -3 * _YEAR,
        7 * _YEAR,
    ),
    "tm_eu": RightDef(
        "trademark",
        "013456789",
        "EU",
        "VOLTRA (EU trade mark)",
        ("9", "12", "28"),
        -10 * _YEAR,
        10 * _YEAR,
        # An application for action lasts a year: this one comes up for renewal soon.
        (
            Recordal(
                "EU customs — Union AFA (Reg. 608/2013), lodged with Douane NL",
                "NL/AFA/2025/000871",
                -290,
                75,
            ),
        ),
    ),
    "tm_sg": RightDef(
        "trademark",
        "40201501234S",
        "SG",
        "VOLTRA (Singapore)",
        ("12", "28"),
        -10 * _YEAR,
        10 * _YEAR,
        (
            Recordal(
                "Singapore Customs — request for detention (TMA s.82)",
                "SC-IPR-2025-0192",
                -200,
                165,
            ),
        ),
    ),
    "tm_my": RightDef(
        "trademark", "TM2021012345", "MY", "VOLTRA (Malaysia)", ("12",), -4 * _YEAR, 6 * _YEAR
    ),
    "tm_th": RightDef(
        "trademark", "210112345", "TH", "VOLTRA (Thailand)", ("12",), -4 * _YEAR, 6 * _YEAR
    ),
    "tm_vn": RightDef(
        "trademark", "4-0412345-000", "VN", "VOLTRA (Vietnam)", ("12", "28"), -3 * _YEAR, 7 * _YEAR
    ),
    "pat_fold": RightDef(
        "patent",
        "ZL202110123456.7",
        "CN",
        "一种电动滑板车折叠机构 Folding mechanism for an electric scooter (invention)",
        (),
        -5 * _YEAR,
        15 * _YEAR,
        (Recordal(GACC, "P2022-00456", -3 * _YEAR, 7 * _YEAR),),
    ),
    "um_latch": RightDef(
        "patent",
        "ZL202220987654.3",
        "CN",
        "电池锁扣结构 Battery latch (utility model)",
        (),
        -4 * _YEAR,
        6 * _YEAR,
    ),
    "des_x9": RightDef(
        "design",
        "ZL202330456789.1",
        "CN",
        "电动滑板车（X9） Electric scooter (X9) — design",
        (),
        -3 * _YEAR,
        12 * _YEAR,
        (Recordal(GACC, "P2023-00789", -2 * _YEAR, 8 * _YEAR),),
    ),
    "des_eu_x9": RightDef(
        "design",
        "008765432-0001",
        "EU",
        "Electric scooter (X9) — registered Community design",
        (),
        -3 * _YEAR,
        2 * _YEAR,
    ),
    "des_r1": RightDef(
        "design",
        "ZL202430123456.8",
        "CN",
        "陪伴机器人（R1） Companion robot R1",
        (),
        -2 * _YEAR,
        13 * _YEAR,
    ),
    "sw_os": RightDef(
        "copyright",
        "2023SR0456789",
        "CN",
        "VoltraOS 滑板车控制固件软件 V3.0 (软著登字第11223344号) — firmware",
        (),
        -3 * _YEAR,
        None,
        (Recordal(GACC, "C2023-00123", -2 * _YEAR, 8 * _YEAR),),
    ),
    "cr_manual": RightDef(
        "copyright",
        "国作登字-2023-L-00123456",
        "CN",
        "Voltra X9 用户手册 User manual and repair guide (written work)",
        (),
        -3 * _YEAR,
        None,
    ),
    "sw_app": RightDef(
        "copyright",
        "2024SR0112233",
        "CN",
        "沃创伴侣 App — Voltra Companion app V2 (software)",
        (),
        -2 * _YEAR,
        None,
    ),
}

# The repeat infringer of the demo: a Yiwu trading firm that runs a Taobao shop and exports.
WOCHI = Who(
    name="义乌市沃驰电动车配件商行 Yiwu Wochi E-Vehicle Parts Trading Firm",
    kind="company",
    identifiers=(
        ("credit_code", "92330782MA2K3X7Y4P"),
        ("phone", "+86 139 5792 8841"),
        ("shop_id", "157432891"),
        ("seller_id", "wochi_scooter"),
        ("address", "浙江省义乌市国际商贸城五区 3 楼 81256 号"),
    ),
    notes="Individual business (个体工商户) run by 何某某; stall in Yiwu International Trade City "
    "District 5; Taobao shop 沃驰滑板车专营店.",
    key="wochi",
)


@dataclass(frozen=True)
class Product:
    line: str
    en: str
    zh: str
    subject: str  # what samples.py draws for it
    rights: tuple[str, ...]
    digital: bool = False  # pirated online, never shipped through customs


PRODUCTS = (
    Product(
        "X9 e-scooter",
        "Voltra X9 e-scooters",
        "电动滑板车",
        "scooter",
        ("tm_cn_12", "des_x9", "pat_fold"),
    ),
    Product(
        "S3 Lite e-scooter",
        "Voltra S3 Lite scooters",
        "折叠滑板车",
        "scooter",
        ("tm_cn_12", "um_latch"),
    ),
    Product(
        "K2 kids scooter", "Voltra K2 kids' scooters", "儿童滑板车", "kids_scooter", ("tm_cn_28",)
    ),
    Product(
        "R1 companion robot",
        "Voltra R1 companion robots",
        "陪伴机器人",
        "robot",
        ("tm_cn_28", "des_r1", "sw_app"),
    ),
    Product(
        "C7 robot vacuum",
        "Voltra C7 robot vacuums",
        "扫地机器人",
        "vacuum",
        ("tm_cn_9", "tm_cn_logo"),
    ),
    Product(
        "M5 robot mower", "Voltra M5 robot mowers", "割草机器人", "mower", ("tm_cn_9", "tm_cn_logo")
    ),
    Product(
        "Chargers and batteries",
        "Voltra chargers and batteries",
        "充电器和电池",
        "charger",
        ("tm_cn_9", "um_latch"),
    ),
    Product("VoltraOS firmware", "VoltraOS firmware", "固件", "firmware", ("sw_os",), True),
    Product("Manuals and guides", "Voltra manuals", "用户手册", "manual", ("cr_manual",), True),
)
