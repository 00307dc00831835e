"""Sample evidence files drawn at build time: product photos (JPEG with EXIF date), marketplace
listing screenshots (PNG), official-looking PDFs (customs notices, notarial certificates,
invoices, appraisal reports, penalty decisions, judgments…) and captured web pages (HTML).

Every file is small (tens of KB) and drawn from a seeded `random.Random`, so a demo built twice on
the same day holds byte-identical files. Pillow and reportlab are imported inside the functions
that need them: importing this module costs nothing.
"""

from __future__ import annotations

import hashlib
import html
import mimetypes
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

from casefile.demo.catalog import OWNER
from casefile.demo.spec import Sample, capture, doc, listing, photo
from casefile.paths import CJK_FONT, resource

PDF_FONT = "CasefileDemoCJK"
BRAND_TEAL = (0, 150, 150)
CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")


def render(sample: Sample, folder: Path, when: date, seed: str) -> Path:
    """Draw `sample` into `folder` (a subfolder per seed keeps equal names apart)."""
    target_dir = folder / hashlib.sha1(seed.encode()).hexdigest()[:10]
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / sample.name
    rng = random.Random(f"{seed}:{sample.name}")
    DRAWERS[sample.kind](path, sample.fields, when, rng)
    return path


# --- pictures -------------------------------------------------------------------------------


@cache
def _font(size: int) -> Any:
    from PIL import ImageFont

    return ImageFont.truetype(str(resource(*CJK_FONT)), size, index=0)


def _draw_subject(
    draw: Any, box: tuple[int, int, int, int], subject: str, rng: random.Random
) -> None:
    """A plausible silhouette of the product in `box` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    body = (38, 42, 48)
    accent = BRAND_TEAL if rng.random() < 0.6 else (200, 60, 40)  # fakes get the colour wrong
    if subject in ("scooter", "kids_scooter"):
        r = int(h * (0.13 if subject == "scooter" else 0.1))
        back = (x0 + int(w * 0.2), y1 - r - 4)
        front = (x0 + int(w * 0.8), y1 - r - 4)
        for cx, cy in (back, front):
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=body)
            draw.ellipse((cx - r // 2, cy - r // 2, cx + r // 2, cy + r // 2), fill=(150, 150, 150))
        if subject == "kids_scooter":
            cx, cy = front[0] - int(r * 1.6), front[1]
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=body)
        deck_top = back[1] - int(r * 0.9)
        draw.rounded_rectangle(
            (back[0], deck_top, front[0] - r, deck_top + int(r * 0.55)), radius=6, fill=accent
        )
        stem_top = y0 + int(h * (0.08 if subject == "scooter" else 0.3))
        draw.line((front[0], front[1], front[0] - int(w * 0.06), stem_top), fill=body, width=12)
        hx = front[0] - int(w * 0.06)
        draw.line((hx - int(w * 0.12), stem_top, hx + int(w * 0.1), stem_top), fill=body, width=9)
        draw.rectangle((hx - 14, stem_top + 8, hx + 14, stem_top + 26), fill=(20, 200, 220))
    elif subject == "robot":
        cx = x0 + w // 2
        draw.rounded_rectangle(
            (cx - w // 5, y0 + h // 3, cx + w // 5, y1 - h // 8), 30, fill=accent
        )
        draw.rounded_rectangle((cx - w // 6, y0 + h // 12, cx + w // 6, y0 + h // 3), 24, fill=body)
        for dx in (-w // 14, w // 14):
            draw.ellipse(
                (cx + dx - 14, y0 + h // 5 - 14, cx + dx + 14, y0 + h // 5 + 14),
                fill=(80, 220, 255),
            )
        draw.line((cx, y0 + h // 12, cx, y0 + 8), fill=body, width=5)
        draw.ellipse((cx - 8, y0, cx + 8, y0 + 16), fill=(230, 70, 70))
        for side in (-1, 1):
            ax = cx + side * w // 5
            draw.line(
                (ax, y0 + h * 2 // 5, ax + side * w // 9, y0 + h * 5 // 8), fill=body, width=14
            )
        draw.rounded_rectangle((cx - w // 4, y1 - h // 8, cx + w // 4, y1), 12, fill=body)
    elif subject == "vacuum":
        draw.ellipse((x0 + w // 8, y0 + h // 8, x1 - w // 8, y1 - h // 8), fill=body)
        draw.ellipse((x0 + w // 4, y0 + h // 4, x1 - w // 4, y1 - h // 4), fill=accent)
        cx, cy = x0 + w // 2, y0 + h // 2
        draw.ellipse((cx - 26, cy - 26, cx + 26, cy + 26), fill=(230, 230, 230))
        draw.arc(
            (x0 + w // 8, y0 + h // 8, x1 - w // 8, y1 - h // 8),
            200,
            340,
            fill=(120, 120, 120),
            width=10,
        )
    elif subject == "mower":
        draw.polygon(
            [
                (x0 + w // 10, y1 - h // 5),
                (x0 + w // 4, y0 + h // 3),
                (x1 - w // 5, y0 + h // 3),
                (x1 - w // 10, y1 - h // 5),
            ],
            fill=accent,
        )
        for cx in (x0 + w // 5, x1 - w // 5):
            draw.ellipse((cx - 34, y1 - h // 5 - 34, cx + 34, y1 - h // 5 + 34), fill=body)
        draw.rectangle(
            (x0 + w // 2 - 30, y0 + h // 3 - 24, x0 + w // 2 + 30, y0 + h // 3), fill=body
        )
    elif subject in ("charger", "battery"):
        draw.rounded_rectangle((x0 + w // 6, y0 + h // 4, x0 + w // 2, y1 - h // 5), 10, fill=body)
        draw.rounded_rectangle(
            (x0 + w // 2 + 20, y0 + h // 3, x1 - w // 8, y1 - h // 4), 8, fill=accent
        )
        draw.line((x0 + w // 2, y0 + h // 2, x0 + w // 2 + 20, y0 + h // 2), fill=body, width=6)
        draw.line((x0 + w // 6, y1 - h // 3, x0 + 10, y1 - 10), fill=body, width=6)
    elif subject == "labels":
        for row in range(5):
            for column in range(6):
                lx = x0 + 10 + column * (w - 20) // 6
                ly = y0 + 10 + row * (h - 20) // 5
                draw.rounded_rectangle(
                    (lx, ly, lx + (w - 20) // 6 - 8, ly + (h - 20) // 5 - 8),
                    6,
                    fill=(245, 245, 245),
                    outline=accent,
                    width=3,
                )
                draw.text((lx + 8, ly + 10), "VOLTRA", fill=accent, font=_font(14))
                draw.text((lx + 8, ly + 30), "沃创", fill=body, font=_font(14))
    else:  # carton, firmware, manual: a box or a booklet
        draw.polygon(
            [
                (x0 + w // 6, y0 + h // 3),
                (x0 + w // 2, y0 + h // 6),
                (x1 - w // 6, y0 + h // 3),
                (x0 + w // 2, y0 + h // 2),
            ],
            fill=(205, 170, 120),
        )
        draw.polygon(
            [
                (x0 + w // 6, y0 + h // 3),
                (x0 + w // 2, y0 + h // 2),
                (x0 + w // 2, y1 - h // 10),
                (x0 + w // 6, y1 - h // 4),
            ],
            fill=(180, 140, 95),
        )
        draw.polygon(
            [
                (x0 + w // 2, y0 + h // 2),
                (x1 - w // 6, y0 + h // 3),
                (x1 - w // 6, y1 - h // 4),
                (x0 + w // 2, y1 - h // 10),
            ],
            fill=(160, 120, 80),
        )


def _exif_stamp(when: date, rng: random.Random) -> tuple[datetime, str]:
    moment = datetime(
        when.year, when.month, when.day, rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)
    )
    return moment, moment.strftime("%Y:%m:%d %H:%M:%S")


def _photo(path: Path, fields: dict[str, str], when: date, rng: random.Random) -> None:
    """A product or seizure photo: the item, its label, a camera date stamp, EXIF dates."""
    from PIL import Image, ImageDraw

    width, height = 800, 600
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    top, bottom = rng.randint(170, 215), rng.randint(95, 130)
    for y in range(height):  # wall above, floor below
        shade = top - (top - bottom) * y // height
        draw.line((0, y, width, y), fill=(shade, shade - 4, shade - 10))
    for _ in range(4):  # shelves and crates in the background
        x = rng.randint(0, width - 160)
        draw.rectangle(
            (x, rng.randint(40, 160), x + rng.randint(80, 160), 330),
            fill=(rng.randint(120, 160),) * 3,
        )
    _draw_subject(draw, (120, 130, 680, 520), fields.get("subject", "carton"), rng)
    label = fields.get("label", "")
    if label:
        font = _font(20)
        lines = label.split("\n")
        box_w = max(int(font.getlength(line)) for line in lines) + 24
        lx, ly = 40, 40
        draw.rectangle(
            (lx, ly, lx + box_w, ly + 30 * len(lines) + 14),
            fill=(252, 252, 248),
            outline=(60, 60, 60),
            width=2,
        )
        for i, line in enumerate(lines):
            draw.text((lx + 12, ly + 8 + 30 * i), line, fill=(20, 20, 20), font=font)
    moment, stamp = _exif_stamp(when, rng)
    caption = f"{moment:%Y-%m-%d %H:%M}  {fields.get('caption', '')}".strip()
    draw.rectangle((0, height - 38, width, height), fill=(15, 15, 15))
    draw.text((12, height - 32), caption, fill=(255, 200, 40), font=_font(18))
    exif = Image.Exif()
    exif[0x010F] = "Voltra Brand Protection"  # Make
    exif[0x0110] = "FieldCam 2"  # Model
    exif[0x0132] = stamp  # DateTime
    sub = exif.get_ifd(0x8769)  # the Exif IFD carries the "taken" dates
    sub[0x9003] = stamp  # DateTimeOriginal
    sub[0x9004] = stamp  # DateTimeDigitized
    image.save(path, "JPEG", quality=72, optimize=True, exif=exif)


PLATFORM_LOOK = {
    "taobao": ("淘宝网 Taobao", (255, 80, 0), "¥"),
    "tmall": ("天猫 Tmall", (255, 0, 54), "¥"),
    "1688": ("1688 阿里巴巴批发", (255, 100, 0), "¥"),
    "pinduoduo": ("拼多多 Pinduoduo", (224, 46, 36), "¥"),
    "jd": ("京东 JD.com", (225, 37, 27), "¥"),
    "douyin": ("抖音商城 Douyin Mall", (22, 24, 35), "¥"),
    "aliexpress": ("AliExpress", (230, 46, 4), "US $"),
    "dhgate": ("DHgate.com", (240, 130, 0), "US $"),
    "amazon": ("amazon.de", (35, 47, 62), "€"),
    "shopee": ("Shopee", (238, 77, 45), "S$"),
    "lazada": ("Lazada", (15, 20, 110), "฿"),
    "wechat": ("微信小商店 WeChat Shop", (7, 193, 96), "¥"),
}


def _wrap(text: str, font: Any, width: int) -> list[str]:
    """Break mixed Chinese/English text to fit `width` pixels (character by character)."""
    lines, current = [], ""
    for char in text:
        if font.getlength(current + char) > width and current:
            lines.append(current)
            current = char.lstrip()
        else:
            current += char
    return lines + [current] if current else lines


def _listing(path: Path, fields: dict[str, str], when: date, rng: random.Random) -> None:
    """A marketplace listing as a phone-sized screenshot: URL bar, product, price, seller."""
    from PIL import Image, ImageDraw

    name, colour, currency = PLATFORM_LOOK.get(fields["platform"], PLATFORM_LOOK["taobao"])
    width, height = 720, 1040
    image = Image.new("RGB", (width, height), (244, 244, 244))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 46), fill=(250, 250, 250))
    url = fields.get("url", "")
    draw.rounded_rectangle((12, 8, width - 12, 40), 14, fill=(232, 232, 232))
    draw.text((26, 14), url[:70], fill=(70, 70, 70), font=_font(16))
    draw.rectangle((0, 46, width, 110), fill=colour)
    draw.text((20, 62), name, fill=(255, 255, 255), font=_font(28))
    draw.rounded_rectangle((380, 64, width - 20, 94), 14, fill=(255, 255, 255))
    zh = currency == "¥"  # Chinese marketplaces speak Chinese; the others English
    search = "搜索: voltra 滑板车" if zh else "Search: voltra scooter"
    draw.text((396, 68), search, fill=(150, 150, 150), font=_font(16))
    draw.rectangle((0, 110, width, 520), fill=(255, 255, 255))
    _draw_subject(draw, (130, 140, 590, 500), fields.get("subject", "scooter"), rng)
    draw.rectangle((0, 528, width, 1040), fill=(255, 255, 255))
    draw.text((24, 540), f"{currency}{fields['price']}", fill=(230, 30, 30), font=_font(40))
    sold = fields.get("sold", f"{rng.randint(2, 90) * 100}+")
    draw.text(
        (width - 260, 556),
        f"月销 {sold}" if zh else f"{sold} sold",
        fill=(120, 120, 120),
        font=_font(18),
    )
    y = 600
    for line in _wrap(fields["title"], _font(24), width - 48)[:4]:
        draw.text((24, y), line, fill=(30, 30, 30), font=_font(24))
        y += 34
    draw.text(
        (24, y + 8),
        ("包邮 · 7天无理由退货 · 发货地 " if zh else "Free shipping · Returns · Ships from ")
        + fields.get("ships", "浙江金华"),
        fill=(110, 110, 110),
        font=_font(16),
    )
    y += 56
    draw.rectangle((12, y, width - 12, y + 130), outline=(225, 225, 225), width=2)
    draw.ellipse((28, y + 24, 108, y + 104), fill=colour)
    draw.text((50, y + 44), "店", fill=(255, 255, 255), font=_font(30))
    draw.text((128, y + 22), fields["seller"][:28], fill=(30, 30, 30), font=_font(24))
    ident = " · ".join(
        f"{label} {fields[key]}"
        for key, label in (("shop_id", "Shop ID"), ("seller_id", "Seller"))
        if fields.get(key)
    )
    draw.text((128, y + 60), ident, fill=(100, 100, 100), font=_font(18))
    draw.text(
        (128, y + 90),
        f"描述 4.{rng.randint(5, 9)}  服务 4.{rng.randint(4, 9)}  物流 4.8"
        if zh
        else f"Positive feedback 9{rng.randint(0, 9)}.{rng.randint(0, 9)}%",
        fill=(140, 140, 140),
        font=_font(16),
    )
    y += 150
    draw.rounded_rectangle((24, y, width // 2 - 12, y + 60), 30, fill=(255, 180, 0))
    draw.rounded_rectangle((width // 2 + 12, y, width - 24, y + 60), 30, fill=colour)
    cart, buy = ("加入购物车", "立即购买") if zh else ("Add to cart", "Buy now")
    draw.text((90, y + 16), cart, fill=(255, 255, 255), font=_font(22))
    draw.text((width // 2 + 90, y + 16), buy, fill=(255, 255, 255), font=_font(22))
    moment, _ = _exif_stamp(when, rng)
    draw.text(
        (24, height - 34),
        f"Screen capture {moment:%Y-%m-%d %H:%M:%S} UTC+8",
        fill=(160, 160, 160),
        font=_font(14),
    )
    # Few colours, like a real screenshot of flat UI; the fast quantizer keeps the demo quick.
    image.quantize(colors=48, method=Image.Quantize.FASTOCTREE).save(path, "PNG")


# --- PDFs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocContent:
    title: str
    number: str
    rows: list[tuple[str, str]]
    paragraphs: list[str]
    seal: str  # who "stamps" the document: drawn as a red round seal
    table: list[list[str]] | None = None


def _g(fields: dict[str, str], key: str, default: str) -> str:
    return fields.get(key) or default


def _customs_notice(f: dict[str, str], when: date) -> DocContent:
    customs = _g(f, "customs", "宁波海关 Ningbo Customs")
    return DocContent(
        f"{customs}\n发现侵权嫌疑货物通知书 Notice of Suspected Infringing Goods",
        _g(f, "number", "甬关知通字〔2026〕第127号"),
        [
            ("致 To", OWNER),
            ("报关单号 Declaration No.", _g(f, "declaration", "310420260001234567")),
            ("收发货人 Consignor", _g(f, "consignor", "")),
            ("货物 Goods", _g(f, "goods", "电动滑板车 e-scooters")),
            ("数量 Quantity", _g(f, "quantity", "")),
            ("涉嫌侵犯 Right concerned", _g(f, "right", "")),
            ("目的地 Destination", _g(f, "destination", "")),
        ],
        [
            "本关在监管中发现上列进出口货物涉嫌侵犯你方已在海关总署备案的知识产权。请在收到本通知之日起"
            "3个工作日内向本关提出扣留申请并提供担保；逾期未申请或者未提供担保的，本关将放行货物。"
            "（《中华人民共和国知识产权海关保护条例》第十六条）",
            "Customs found the goods above, suspected of infringing your recorded right. Apply for "
            "detention and post a bond within 3 working "
            "days of receiving this notice, or the goods "
            "will be released (Customs IPR Regulations, Art. 16).",
        ],
        customs.split(" ")[0],
    )


def _detention_notice(f: dict[str, str], when: date) -> DocContent:
    customs = _g(f, "customs", "宁波海关 Ningbo Customs")
    return DocContent(
        f"{customs}\n扣留侵权嫌疑货物通知书 Notice of Detention",
        _g(f, "number", "甬关知扣字〔2026〕第127号"),
        [
            ("申请人 Applicant", OWNER),
            ("收发货人 Consignor", _g(f, "consignor", "")),
            ("货物 Goods", _g(f, "goods", "")),
            ("数量 Quantity", _g(f, "quantity", "")),
            ("担保 Bond", _g(f, "bond", "")),
            ("扣留日期 Detained on", when.isoformat()),
        ],
        [
            f"根据你方申请及《中华人民共和国知识产权海关保护条例》第十四条、第二十条的规定，本关已于"
            f"{when:%Y年%m月%d日}扣留上列涉嫌侵权货物，并将自扣留之日起30个工作日内对货物是否侵犯"
            "知识产权进行调查认定。",
            "On your application the goods above were detained. Customs will decide within 30 "
            "working days whether they infringe (Art. 20). Without a court's assistance notice the "
            "goods are released after the statutory period (Art. 24).",
        ],
        customs.split(" ")[0],
    )


def _foreign_customs(f: dict[str, str], when: date) -> DocContent:
    office = _g(f, "office", "Douane Rotterdam Rijnmond")
    return DocContent(
        _g(f, "heading", f"{office}\nNotification of suspension of release / detention of goods"),
        _g(f, "number", "NL-ROT-2026-0043871"),
        [
            ("Holder of the decision", OWNER),
            ("Application for action", _g(f, "afa", "NL/AFA/2025/000871")),
            ("Declarant / holder of goods", _g(f, "declarant", "")),
            ("Consignor", _g(f, "consignor", "")),
            ("Goods", _g(f, "goods", "")),
            ("Quantity", _g(f, "quantity", "")),
            ("Origin / route", _g(f, "origin", "")),
            ("Date of detention", when.isoformat()),
        ],
        [
            _g(
                f,
                "law",
                "Customs authorities have suspended the "
                "release of / detained the goods above under "
                "Regulation (EU) No 608/2013, Article 17. Within 10 working days of this "
                "notification (3 for perishable goods) confirm in writing that the goods infringe "
                "and consent to their destruction (Art. 23), or initiate proceedings to determine "
                "infringement. The period may be extended by 10 working days on duly justified "
                "request.",
            ),
            "Samples may be provided for analysis on request (Art. 19).",
        ],
        office.split(" ")[0],
    )


UNBOXING = "收货后，公证员监督代理人当场拆封、拍照，并将所购物品封存，加贴封条。"


def _notarial_certificate(f: dict[str, str], when: date) -> DocContent:
    office = _g(f, "office", "浙江省杭州市钱塘公证处")
    platform = _g(f, "platform", "淘宝网")
    return DocContent(
        "公 证 书\nNotarial Certificate",
        _g(f, "number", "（2026）浙杭钱证内字第1234号"),
        [
            ("申请人 Applicant", OWNER),
            ("委托代理人 Agent", _g(f, "agent", "周强 Zhou Qiang")),
            ("公证事项 Matter", _g(f, "matter", "保全证据（网络购物） Preservation of evidence")),
            ("公证员 Notary", _g(f, "notary", "陈某某")),
        ],
        [
            f"{when:%Y年%m月%d日}，申请人的委托代理人{_g(f, 'agent', '周强')}在本处公证员及工作人员"
            f"的监督下，使用本处计算机及网络，登录{platform}（{_g(f, 'url', 'www.taobao.com')}），"
            f"进入店铺“{_g(f, 'shop', '')}”，购买了“{_g(f, 'item', '电动滑板车')}”，"
            f"支付金额{_g(f, 'amount', '人民币1,299元')}。上述过程的屏幕录像及截图附后。",
            _g(f, "receipt", UNBOXING),
            "兹证明上述证据保全过程真实、合法，所附截图及照片与实际情况相符。",
            "(Translation) The notary certifies that the applicant's agent, supervised at the "
            "notary office and using its computer, bought the item above online; the parcel was "
            "opened, photographed and sealed in the notary's presence.",
        ],
        office,
    )


def _invoice(f: dict[str, str], when: date) -> DocContent:
    items = [line.split("|") for line in _g(f, "items", "E-scooter X9|1|1299.00").split(";")]
    total = sum(float(qty) * float(price) for _desc, qty, price in items)
    currency = _g(f, "currency", "CNY")
    table = [["Description 品名", "Qty 数量", f"Unit price ({currency})", "Amount 金额"]]
    table += [[d, q, f"{float(p):,.2f}", f"{float(q) * float(p):,.2f}"] for d, q, p in items]
    table.append(["Total 合计", "", "", f"{currency} {total:,.2f}"])
    return DocContent(
        _g(f, "heading", "Commercial Invoice 商业发票"),
        _g(f, "number", "INV-2026-0815"),
        [
            ("Seller 卖方", _g(f, "seller", "")),
            ("Buyer 买方", _g(f, "buyer", "")),
            ("Date 日期", when.isoformat()),
            ("Terms", _g(f, "terms", "FOB Ningbo")),
        ],
        [_g(f, "remark", "Goods declared as 'electric scooter, no brand'.")],
        "",
        table,
    )


def _appraisal(f: dict[str, str], when: date) -> DocContent:
    points = _g(
        f,
        "points",
        "商标字体笔画与正品不一致;铭牌序列号不符合正品编码规则;包装盒无防伪标签;电池仓结构与正品不同",
    ).split(";")
    return DocContent(
        "鉴定报告\nAuthentication Report",
        _g(f, "number", "VT-QA-2026-0312"),
        [
            ("送检单位 Submitted by", _g(f, "submitted_by", "宁波海关 Ningbo Customs")),
            ("样品 Sample", _g(f, "sample", "")),
            ("鉴定人 Examiner", _g(f, "examiner", "Voltra 品质保证部 QA Lab — 刘工 Eng. Liu")),
        ],
        ["鉴定要点 Points of difference:"]
        + [f"{i}. {p}" for i, p in enumerate(points, 1)]
        + [
            f"结论：送检样品不是{OWNER.split(' ')[-1]}"
            "生产或授权生产的产品，系假冒“VOLTRA”注册商标的"
            "商品。",
            "Conclusion: the sample is not a genuine Voltra product; it bears counterfeit VOLTRA "
            "marks.",
        ],
        "沃创出行科技",
    )


def _penalty_decision(f: dict[str, str], when: date) -> DocContent:
    authority = _g(f, "authority", "义乌市市场监督管理局 Yiwu AMR")
    return DocContent(
        f"{authority}\n行政处罚决定书 Administrative Penalty Decision",
        _g(f, "number", "义市监处罚〔2026〕318号"),
        [
            ("当事人 Party", _g(f, "party", "")),
            ("统一社会信用代码 Credit code", _g(f, "credit_code", "")),
            ("地址 Address", _g(f, "address", "")),
        ],
        [
            _g(f, "facts", "经查，当事人销售侵犯“VOLTRA”注册商标专用权的商品。"),
            "上述行为违反了《中华人民共和国商标法》第五十七条的规定。依据《商标法》第六十条第二款，"
            "本局决定：",
            f"一、没收、销毁侵权商品{_g(f, 'seized', '')}；二、罚款{_g(f, 'fine', '')}。",
            "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。",
            "(Translation) The party sold goods infringing the VOLTRA trademark (Trademark Law "
            "Art. 57). Infringing goods are confiscated and destroyed and a fine is imposed "
            "(Art. 60). Reconsideration within 60 days or suit within 6 months.",
        ],
        authority.split(" ")[0],
    )


def _timestamp(f: dict[str, str], when: date) -> DocContent:
    subject = _g(f, "file", "screen-recording.mp4")
    digest = hashlib.sha256(f"{subject}{when}".encode()).hexdigest()
    return DocContent(
        "可信时间戳认证证书\nTrusted Timestamp Certificate",
        _g(f, "number", "TSA-2026-03318842"),
        [
            ("申请人 Applicant", OWNER),
            ("文件名称 File", subject),
            ("SHA-256", digest),
            ("时间戳 Time (UTC+8)", f"{when:%Y-%m-%d} 15:42:07"),
            ("签发机构 Issuer", "华信可信时间戳服务中心 Huaxin Trusted Timestamp Centre (demo)"),
        ],
        [
            "本证书证明上述电子文件自时间戳生成时起内容保持完整、未被篡改。可通过官方网站验证。",
            "This certificate shows the file above existed, unchanged, at the time stamped.",
        ],
        "华信时间戳",
    )


def _judgment(f: dict[str, str], when: date) -> DocContent:
    court = _g(f, "court", "杭州互联网法院 Hangzhou Internet Court")
    return DocContent(
        f"{court}\n{_g(f, 'kind', '民事判决书 Civil Judgment')}",
        _g(f, "number", "（2026）浙0192民初1234号"),
        [
            ("原告 Plaintiff", OWNER),
            ("被告 Defendant", _g(f, "defendant", "")),
            ("案由 Cause", _g(f, "cause", "侵害商标权纠纷 Trademark infringement")),
        ],
        [
            _g(f, "holding", "被告立即停止侵害原告注册商标专用权的行为。"),
            f"被告赔偿原告经济损失及合理开支共计{_g(f, 'damages', '')}。",
            _g(
                f,
                "appeal",
                "如不服本判决，可在判决书送达之日起十五日内提交上诉状，上诉于浙江省杭州市中级人民法院。",
            ),
        ],
        court.split(" ")[0],
    )


def _police_notice(f: dict[str, str], when: date) -> DocContent:
    psb = _g(f, "psb", "东莞市公安局 Dongguan PSB")
    return DocContent(
        f"{psb}\n{_g(f, 'heading', '立案告知书 Notice of Case Filing')}",
        _g(f, "number", "东公（经）立告字〔2026〕0231号"),
        [
            ("报案人/移送机关 Reporter", _g(f, "reporter", OWNER)),
            ("案由 Offence", _g(f, "offence", "")),
        ],
        [
            _g(
                f,
                "body",
                "你单位报案/移送的案件，我局经审查，认为有犯罪事实需要追究刑事责任，决定立案侦查。",
            ),
            "(Translation) Having examined the case reported or transferred, this bureau finds "
            "facts of a crime requiring criminal liability and has filed the case for "
            "investigation.",
        ],
        psb.split(" ")[0],
    )


def _letter(f: dict[str, str], when: date) -> DocContent:
    return DocContent(
        _g(f, "heading", "Letter"),
        _g(f, "number", ""),
        [("From", _g(f, "sender", OWNER)), ("To", _g(f, "to", "")), ("Date", when.isoformat())],
        _g(f, "body", "").split("\n"),
        _g(f, "seal", ""),
    )


TEMPLATES: dict[str, Callable[[dict[str, str], date], DocContent]] = {
    "customs_notice": _customs_notice,
    "detention_notice": _detention_notice,
    "foreign_customs": _foreign_customs,
    "notarial_certificate": _notarial_certificate,
    "invoice": _invoice,
    "appraisal_report": _appraisal,
    "penalty_decision": _penalty_decision,
    "timestamp_certificate": _timestamp,
    "judgment": _judgment,
    "police_notice": _police_notice,
    "letter": _letter,
}


@cache
def _register_pdf_font() -> str:
    # Embedded TrueType: reportlab's STSong-Light is not embedded and shows blank elsewhere.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(PDF_FONT, str(resource(*CJK_FONT)), subfontIndex=0))
    return PDF_FONT


def _doc(path: Path, fields: dict[str, str], when: date, rng: random.Random) -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = _register_pdf_font()
    content = TEMPLATES[fields["template"]](fields, when)

    def style(name: str, text: str, **kw: Any) -> ParagraphStyle:
        # CJK wrapping breaks anywhere: right for Chinese, wrong inside English words.
        wrap = "CJK" if CJK.search(text) else None
        base: dict[str, Any] = {"fontName": font, "fontSize": 10.5, "leading": 16, "spaceAfter": 3}
        return ParagraphStyle(name, **(base | kw), wordWrap=wrap)

    def para(text: str, **kw: Any) -> Paragraph:
        escaped = html.escape(text).replace("\n", "<br/>")
        return Paragraph(escaped, style("p", text, **kw))

    story: list[Any] = [
        para(content.title, fontSize=16, leading=24, alignment=TA_CENTER),
        Spacer(1, 3 * mm),
    ]
    if content.number:
        story += [para(content.number, alignment=TA_CENTER, textColor=colors.HexColor("#444444"))]
    story.append(Spacer(1, 6 * mm))
    rows = [[para(k, fontSize=9.5), para(v, fontSize=9.5)] for k, v in content.rows if v]
    if rows:
        grid = Table(rows, colWidths=[48 * mm, 112 * mm])
        grid.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),  # else Helvetica, never embedded
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F0F0F0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story += [grid, Spacer(1, 6 * mm)]
    if content.table:
        data = [[para(c, fontSize=9) for c in row] for row in content.table]
        items = Table(data, colWidths=[80 * mm, 20 * mm, 30 * mm, 30 * mm])
        items.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), font),
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EEF2")),
                ]
            )
        )
        story += [items, Spacer(1, 6 * mm)]
    story += [para(text) for text in content.paragraphs if text]
    story += [Spacer(1, 10 * mm), para(f"{when:%Y年%m月%d日}  ({when.isoformat()})", alignment=2)]

    def seal(canvas: Any, _doc: Any) -> None:
        if not content.seal:
            return
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#D42020"))
        canvas.setFillColor(colors.HexColor("#D42020"))
        canvas.setLineWidth(2.2)
        x, y = A4[0] - 55 * mm, 45 * mm
        canvas.circle(x, y, 19 * mm)
        name = content.seal[:16]
        canvas.setFont(font, 9 if len(name) <= 8 else 7)
        canvas.drawCentredString(x, y + 7 * mm, name)
        canvas.setFont(font, 18)
        canvas.drawCentredString(x, y - 3 * mm, "★")
        canvas.setFont(font, 8)
        canvas.drawCentredString(x, y - 11 * mm, "（印章 seal）")
        canvas.restoreState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.HexColor("#999999"))
        canvas.drawString(20 * mm, 10 * mm, "Casefile demo document — invented data")

    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        invariant=1,  # no creation date or random id: the same inputs give the same bytes
        title=content.title.replace("\n", " "),
        author="Casefile demo",
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        initialFontName=font,
    )
    document.build(story, onFirstPage=seal, onLaterPages=seal)


# --- web captures ---------------------------------------------------------------------------


def _capture(path: Path, fields: dict[str, str], when: date, rng: random.Random) -> None:
    """A saved web page (HTML) as a capture tool would keep it, with a capture header."""
    body = "\n".join(f"    <p>{html.escape(line)}</p>" for line in fields["body"].split("\n"))
    moment, _ = _exif_stamp(when, rng)
    text = f"""<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>{html.escape(fields["title"])}</title>
  <!-- Captured {moment:%Y-%m-%d %H:%M:%S} UTC+8 from {html.escape(fields["url"])} -->
  <!-- Capture tool: Casefile demo web capture; viewport 1366x768; user agent Chrome -->
</head>
<body>
  <header><a href="{html.escape(fields["url"])}">{html.escape(fields["url"])}</a></header>
  <main>
    <h1>{html.escape(fields["title"])}</h1>
{body}
  </main>
  <footer>© {when.year} 本站资源均来自网络 — resources collected from the internet</footer>
</body>
</html>
"""
    path.write_text(text, encoding="utf-8")


DRAWERS: dict[str, Callable[[Path, dict[str, str], date, random.Random], None]] = {
    "photo": _photo,
    "listing": _listing,
    "doc": _doc,
    "capture": _capture,
}


# --- the pool the synthetic cases point at --------------------------------------------------


@dataclass(frozen=True)
class PoolFile:
    """A sample file stored once and referenced by many synthetic exhibits."""

    path: Path
    kinds: tuple[str, ...]  # the evidence kinds it may illustrate

    @property
    def media_type(self) -> str:
        return mimetypes.guess_type(self.path.name)[0] or ""


POOL: tuple[tuple[Sample, tuple[str, ...]], ...] = (
    (
        photo(
            "seized-scooter.jpg",
            "scooter",
            "VOLTRA X9\n沃创电动滑板车\nS/N VX9-2403-11872",
            "查验现场 inspection",
        ),
        ("sample_photo", "test_buy"),
    ),
    (
        photo("seized-robot.jpg", "robot", "VOLTRA R1\n陪伴机器人", "仓库 warehouse"),
        ("sample_photo",),
    ),
    (
        photo("seized-vacuum.jpg", "vacuum", "VOLTRA C7\n扫地机器人", "扣押物品 seized goods"),
        ("sample_photo", "test_buy"),
    ),
    (
        photo("seized-chargers.jpg", "charger", "沃创 42V 2A\n充电器", "抽样 sampling"),
        ("sample_photo",),
    ),
    (
        photo("cartons.jpg", "carton", "VOLTRA\nMADE IN CHINA", "集装箱 container"),
        ("sample_photo",),
    ),
    (
        listing(
            "listing-taobao.png",
            "taobao",
            "沃创X9同款电动滑板车 成人折叠 超长续航 Voltra X9",
            "1,299.00",
            "极速电摩旗舰店",
            shop_id="231908877",
        ),
        ("screenshot", "web_capture"),
    ),
    (
        listing(
            "listing-aliexpress.png",
            "aliexpress",
            "Voltra X9 Pro Electric Scooter 500W foldable 45km range",
            "189.99",
            "Volt Ride Global Store",
            shop_id="1102345678",
            ships="China",
        ),
        ("screenshot", "web_capture"),
    ),
    (
        listing(
            "listing-dhgate.png",
            "dhgate",
            "VOLTRA robot vacuum C7 replica wholesale 10pcs",
            "96.50",
            "smartclean_factory",
            seller_id="21458890",
            subject="vacuum",
            ships="Guangdong",
        ),
        ("screenshot",),
    ),
    (
        doc(
            "customs-notice.pdf",
            "customs_notice",
            consignor="义乌某贸易商行",
            quantity="320 台 units",
            right="VOLTRA 13812345 (T2021-38812)",
            destination="Antwerp",
        ),
        ("customs_notice", "decision"),
    ),
    (
        doc("notarial-certificate.pdf", "notarial_certificate", shop="某滑板车专营店"),
        ("notarised_purchase", "notarised_capture"),
    ),
    (
        doc(
            "invoice.pdf",
            "invoice",
            seller="Test-buy seller",
            buyer="Voltra brand protection",
            items="E-scooter X9 replica|2|1299.00;Charger 42V|2|59.00",
        ),
        ("invoice",),
    ),
    (
        doc("appraisal-report.pdf", "appraisal_report", sample="电动滑板车 2 台"),
        ("appraisal_report",),
    ),
    (
        doc("timestamp-certificate.pdf", "timestamp_certificate"),
        ("timestamp_certificate", "blockchain_deposit"),
    ),
    (
        doc(
            "penalty-decision.pdf",
            "penalty_decision",
            party="某电动车配件商行",
            seized="电动滑板车 40 台",
            fine="人民币 30,000 元",
        ),
        ("decision",),
    ),
    (
        doc(
            "letter.pdf",
            "letter",
            heading="Cease and desist 律师函",
            to="Seller",
            body="You are offering goods bearing the VOLTRA mark without licence. Stop at once.",
            seal="沃创出行科技",
        ),
        ("correspondence", "other"),
    ),
    (
        capture(
            "page-capture.html",
            "http://voltra-firmware.net/download",
            "VoltraOS 固件下载 — 破解版",
            "VoltraOS_X9_v3.2.7_unlocked.bin — 下载 12,430 次\n"
            "Voltra X9 维修手册 PDF — 下载 8,112 次",
        ),
        ("web_capture", "notarised_capture"),
    ),
)


def draw_pool(folder: Path, today: date) -> list[PoolFile]:
    """Draw the shared sample files once; the synthetic cases reference them by hash."""
    return [PoolFile(render(sample, folder, today, "pool"), kinds) for sample, kinds in POOL]
