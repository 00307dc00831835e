"""Curated demo cases 11–40: Southeast Asia and the rest of the EU, more platforms, markets,
criminal thresholds (Arts 214, 215), counting units, and a few cases that went badly.

Same vocabulary and conventions as `scenarios.py` (day offsets from today, `{Y}` = year).
"""

from __future__ import annotations

from casefile.demo.spec import (
    Cash,
    Custody,
    Due,
    Ev,
    Exhibit,
    Figure,
    Met,
    Proc,
    Scenario,
    Step,
    Transfer,
    Who,
    capture,
    doc,
    listing,
    photo,
)

INVESTIGATOR = "周强 Zhou Qiang (investigator)"
BRAND_TEAM = "Voltra brand protection 品牌保护部"
SEA_INVESTIGATOR = "Lim Investigations Pte. Ltd."


def got(day: int, source: str, seal: str = "") -> tuple[Custody, ...]:
    return (
        Custody("received", day, received_from=source, handed_to=BRAND_TEAM, seal=seal),
        Custody(
            "stored", day, location="Voltra evidence room, Hangzhou 杭州证据室", seal=seal, hour=17
        ),
    )


ANTWERP = Scenario(
    title="Antwerp small consignments — C7 robot vacuums (Art 26 procedure)",
    product_line="C7 robot vacuum",
    counsel="Marieke de Vries",
    opened=-75,
    status="closed",
    closed=-20,
    jurisdictions=("BE", "EU"),
    tags=("customs", "EU", "small consignments"),
    summary="46 postal parcels of C7 copies ordered on AliExpress; Belgian customs used the "
    "small-consignment procedure. No declarant objected; goods destroyed.",
    rights=("tm_eu",),
    proceedings=(
        Proc(
            "customs",
            "Belgian Customs (AAD&A) — Antwerp / BRUcargo",
            "BE-ANR-{Y}-11873",
            stage="closed",
            jurisdiction="BE",
            start=-74,
            end=-45,
            seized=46,
            currency="EUR",
            outcome="Destroyed under Art 26; no objections.",
            events=(
                Ev("customs_notice", -74, "BE-ANR-{Y}-11873", "46 parcels, Art 26"),
                Ev("other", -60, "", "No declarant objected within 10 working days"),
                Ev("release", -45, "", "Destroyed at the holder's cost"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Belgian customs notification (small consignments)",
            -74,
            (
                doc(
                    "antwerp-notice.pdf",
                    "foreign_customs",
                    office="Belgian Customs (AAD&A) Antwerp",
                    number="BE-ANR-{Y}-11873",
                    heading="Algemene Administratie van Douane en Accijnzen — Antwerp\n"
                    "Notification: small consignments procedure (Art 26)",
                    declarant="46 private addressees",
                    consignor="AliExpress sellers (various)",
                    goods="Robot vacuum cleaners",
                    quantity="46 parcels",
                    origin="CN → BE (postal)",
                    law="Goods suspected of infringing were detained under Art 26 of Regulation "
                    "(EU) No 608/2013. Declarants have 10 working days to object; absent "
                    "objection the goods are destroyed.",
                ),
            ),
            by="Belgian Customs",
        ),
    ),
    deadlines=(
        Due(
            "Declarants' 10 working days to object to destruction (small consignments)",
            0,
            "eu.customs.small_consignment",
            "Counted from the small-consignment notification.",
            proc=0,
            done=-60,
            counted_from=-74,
        ),
    ),
    money=(
        Cash("cost", "lawyer", "1400.00", "EUR", -70),
        Cash("cost", "storage", "230.00", "EUR", -45, "Destruction fee"),
    ),
)

SINGAPORE = Scenario(
    title="Singapore Customs detention of K2 kids' scooters and High Court action",
    product_line="K2 kids scooter",
    counsel="Daniel Tan",
    opened=-180,
    status="closed",
    closed=-80,
    jurisdictions=("SG",),
    tags=("customs", "civil", "SEA", "settlement"),
    summary="Singapore Customs detained 640 K2 copies at Jurong Port under our request (Trade "
    "Marks Act s.82). We sued within 10 working days; the importer settled: consent judgment, "
    "destruction and SGD 85,000.",
    rights=("tm_sg",),
    proceedings=(
        Proc(
            "customs",
            "Singapore Customs — Jurong Port",
            "SC-DET-{Y}-0311",
            stage="closed",
            start=-178,
            end=-166,
            seized=640,
            currency="SGD",
            outcome="Goods held pending the action.",
            events=(
                Ev("customs_notice", -178, "SC-DET-{Y}-0311"),
                Ev("detention", -177, "SC-DET-{Y}-0311", "640 units seized"),
            ),
        ),
        Proc(
            "civil",
            "High Court of Singapore (General Division)",
            "HC/OC {Y}/412",
            stage="closed",
            start=-166,
            end=-90,
            damages="85000.00",
            currency="SGD",
            outcome="Consent judgment: injunction, destruction, SGD 85,000.",
            events=(
                Ev("suit_filed", -166, "HC/OC {Y}/412"),
                Ev("other", -90, "", "Settled; consent judgment entered"),
            ),
        ),
    ),
    parties=(
        Who(
            "Lion Wheels Trading Pte. Ltd.",
            country="SG",
            identifiers=(
                ("other", "UEN 201934567K"),
                ("email", "sales@lionwheels.sg"),
                ("address", "10 Kaki Bukit Road 2, #03-12, Singapore 417868"),
            ),
            notes="Importer; also sells on Shopee SG.",
        ),
        Who("Rajah & Co. (demo) — Singapore counsel", country="SG", role="agent"),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Singapore Customs notice of seizure",
            -178,
            (
                doc(
                    "singapore-notice.pdf",
                    "foreign_customs",
                    office="Singapore Customs",
                    number="SC-DET-{Y}-0311",
                    afa="SC-IPR-2025-0192",
                    heading="Singapore Customs\nNotice of detention of goods (TMA s.82)",
                    declarant="Lion Wheels Trading Pte. Ltd.",
                    consignor="Yongkang exporter",
                    goods="Children's kick scooters",
                    quantity="640 units",
                    origin="Ningbo → Jurong Port",
                    law="The goods are detained under section 82 of the Trade Marks Act 1998. "
                    "Unless an action for infringement is instituted within 10 working days "
                    "(extendable by 10), the goods will be released.",
                ),
            ),
            by="Singapore Customs",
        ),
        Exhibit(
            "sample_photo",
            "Photos of detained K2 copies",
            -176,
            (
                photo(
                    "singapore-k2.jpg",
                    "kids_scooter",
                    "VOLTRA K2\nKIDS SCOOTER\nAGE 3+",
                    "Jurong Port",
                ),
            ),
            by=SEA_INVESTIGATOR,
            custody=got(-175, "Singapore Customs", "SG-0311"),
        ),
    ),
    met=(Met("sg.customs.suit", 0, -166),),  # the High Court action was filed in time
    money=(
        Cash("cost", "lawyer", "38000.00", "SGD", -160, proc=1),
        Cash("cost", "storage", "2400.00", "SGD", -100, proc=0),
        Cash("recovery", "settlement", "85000.00", "SGD", -85, "Settlement sum", proc=1),
    ),
)

MALAYSIA = Scenario(
    title="Port Klang and Kuala Lumpur — fake Voltra chargers (JKDM + KPDN)",
    product_line="Chargers and batteries",
    counsel="Daniel Tan",
    opened=-140,
    jurisdictions=("MY",),
    tags=("customs", "administrative", "SEA"),
    summary="Royal Malaysian Customs detained chargers at Port Klang; KPDN then raided the "
    "importer's shop in Kuala Lumpur (Trade Descriptions Act 2011). Compound MYR 25,000.",
    rights=("tm_my",),
    proceedings=(
        Proc(
            "customs",
            "Royal Malaysian Customs (JKDM) — Port Klang",
            "JKDM-PK-{Y}-0288",
            stage="decided",
            start=-138,
            end=-110,
            seized=5200,
            currency="MYR",
            outcome="Goods forfeited.",
            events=(Ev("customs_notice", -138), Ev("detention", -136, "JKDM-PK-{Y}-0288")),
        ),
        Proc(
            "administrative",
            "KPDN (Ministry of Domestic Trade) — Kuala Lumpur",
            "KPDN/PP/WPKL/{Y}/0311",
            stage="decided",
            start=-105,
            end=-40,
            seized=1150,
            fine="25000.00",
            currency="MYR",
            outcome="Compound MYR 25,000.",
            events=(
                Ev("raid", -100, "KPDN/PP/WPKL/{Y}/0311", "Shop in Jalan Pasar raided"),
                Ev("penalty_decision", -40, "", "Compound offered and paid"),
            ),
        ),
    ),
    parties=(
        Who(
            "Sinar Volt Enterprise",
            country="MY",
            identifiers=(
                ("other", "SSM 202001012345 (1234567-X)"),
                ("phone", "+60 12-334 5678"),
                ("shop_id", "shopee-my-sinarvolt"),
            ),
            notes="Customer of the Shenzhen exporter.",
        ),
    ),
    exhibits=(
        Exhibit(
            "test_buy",
            "Test buy of two chargers in Kuala Lumpur",
            -125,
            (
                photo("kl-charger.jpg", "charger", "VOLTRA 42V\nMade in China", "Kuala Lumpur"),
                doc(
                    "kl-receipt.pdf",
                    "invoice",
                    heading="Cash Sale Receipt",
                    number="CS-00871",
                    seller="Sinar Volt Enterprise",
                    buyer="Walk-in customer",
                    items="Voltra charger 42V 2A|2|45.00",
                    currency="MYR",
                    terms="cash",
                    remark="",
                ),
            ),
            by=SEA_INVESTIGATOR,
            custody=got(-124, SEA_INVESTIGATOR, "MY-TB-01"),
        ),
    ),
    money=(
        Cash("cost", "investigator", "3200.00", "USD", -126),
        Cash("cost", "lawyer", "9800.00", "MYR", -100),
    ),
    notes=("Supplier is the Shenzhen Xinyuanda factory (see the Shenzhen detention).",),
)

THAILAND = Scenario(
    title="Laem Chabang detention of S3 Lite copies — Thai Customs",
    product_line="S3 Lite e-scooter",
    counsel="Priya Raman",
    opened=-15,
    priority="high",
    jurisdictions=("TH",),
    tags=("customs", "SEA"),
    summary="Thai Customs held 420 S3 Lite copies at Laem Chabang. Suspension confirmed within "
    "3 days; complaint to the Economic Crime Suppression Division next.",
    rights=("tm_th",),
    proceedings=(
        Proc(
            "customs",
            "Thai Customs Department — Laem Chabang Port",
            "LCB-IPR-{Y}-0147",
            stage="pending",
            start=-14,
            seized=420,
            currency="USD",
            events=(
                Ev("customs_notice", -14, "LCB-IPR-{Y}-0147"),
                Ev("detention", -13, "LCB-IPR-{Y}-0147"),
            ),
        ),
    ),
    parties=(
        Who(
            "Bangna Speed Co., Ltd.",
            country="TH",
            identifiers=(("other", "TAX 0105561234567"),),
            notes="Importer of record.",
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Thai Customs notice",
            -14,
            (
                doc(
                    "laem-chabang-notice.pdf",
                    "foreign_customs",
                    office="Thai Customs Laem Chabang",
                    number="LCB-IPR-{Y}-0147",
                    heading="Thai Customs Department — Laem Chabang\nNotice of suspension",
                    afa="TH recordal TM 210112345",
                    declarant="Bangna Speed Co., Ltd.",
                    goods="Electric scooters",
                    quantity="420 units",
                    origin="Shanghai → LCB",
                    law="Confirm within 3 days that the goods infringe and file a complaint, "
                    "or the goods will be released.",
                ),
            ),
            by="Thai Customs",
        ),
    ),
    deadlines=(Due("File complaint with ECD / police", 4, "", "Agreed with customs.", proc=0),),
    met=(Met("th.customs.confirm", 0, -12),),
    money=(Cash("cost", "lawyer", "2600.00", "USD", -12),),
)

VIETNAM = Scenario(
    title="Hai Phong customs suspension and Hanoi market raid — K2 and X9 copies",
    product_line="K2 kids scooter",
    counsel="Priya Raman",
    opened=-60,
    jurisdictions=("VN",),
    tags=("customs", "administrative", "SEA"),
    summary="Hai Phong customs suspended clearance of 900 scooters; the Hanoi Market "
    "Surveillance (QLTT) then raided the importer's showroom. Fine VND 120,000,000.",
    rights=("tm_vn",),
    proceedings=(
        Proc(
            "customs",
            "Hai Phong Customs Department",
            "HP-SHTT-{Y}-0087",
            stage="decided",
            start=-58,
            end=-40,
            seized=900,
            currency="USD",
            outcome="Seized; handed to QLTT.",
            events=(Ev("customs_notice", -58, "HP-SHTT-{Y}-0087"), Ev("detention", -56)),
        ),
        Proc(
            "administrative",
            "Hanoi Market Surveillance Department (QLTT) — Team 5",
            "QLTT-HN-{Y}-512",
            stage="decided",
            start=-35,
            end=-5,
            fine="120000000.00",
            currency="VND",
            seized=130,
            outcome="Fine VND 120m; goods destroyed.",
            events=(
                Ev("raid", -30, "QLTT-HN-{Y}-512", "Showroom in Hoang Mai district"),
                Ev("penalty_decision", -5, "QLTT-HN-{Y}-512/QD-XPHC"),
            ),
        ),
    ),
    parties=(
        Who(
            "Cong ty TNHH Xe Dien Anh Duong",
            country="VN",
            identifiers=(("other", "MST 0109876543"), ("phone", "+84 912 345 678")),
            notes="Importer and showroom.",
        ),
    ),
    exhibits=(
        Exhibit(
            "sample_photo",
            "Showroom photos from the raid",
            -30,
            (
                photo(
                    "hanoi-showroom.jpg",
                    "kids_scooter",
                    "VOLTRA K2\nXE TRUOT TRE EM",
                    "Hoang Mai, Ha Noi",
                ),
            ),
            by="QLTT Hanoi",
        ),
    ),
    deadlines=(Due("Witness destruction of seized goods", 10, "", "", proc=1),),
    met=(Met("vn.customs.suspension", 0, -48),),
    money=(
        Cash("cost", "lawyer", "4100.00", "USD", -50),
        Cash("cost", "investigator", "1500.00", "USD", -40),
    ),
)

PINDUODUO = Scenario(
    title="Pinduoduo sweep — K2 kids' scooter copies 拼多多儿童滑板车侵权链接",
    product_line="K2 kids scooter",
    counsel="Chen Jing 陈静",
    opened=-33,
    jurisdictions=("CN",),
    tags=("platform", "Pinduoduo"),
    summary="22 listings of K2 copies on Pinduoduo with VOLTRA marks on the deck. Test buy, "
    "complaint, all removed.\n拼多多平台22个侵权链接已全部删除。",
    rights=("tm_cn_28",),
    proceedings=(
        Proc(
            "platform",
            "拼多多知识产权保护平台 Pinduoduo IPR platform",
            "PDD-IP-{Y}-0093127",
            stage="decided",
            start=-32,
            end=-28,
            outcome="22 listings removed",
            events=(Ev("notice_sent", -32), Ev("takedown", -28, "", "22 listings removed")),
        ),
    ),
    parties=(
        Who(
            "永康市乐童车业有限公司 Yongkang Letong Vehicle Co., Ltd.",
            identifiers=(("credit_code", "91330784MA2E6PL90W"), ("shop_id", "pdd-58812077")),
            notes="Pinduoduo shop 乐童童车工厂店.",
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "Pinduoduo listing",
            -33,
            (
                listing(
                    "pdd-k2.png",
                    "pinduoduo",
                    "VOLTRA沃创同款儿童滑板车 三轮闪光轮 2-8岁",
                    "69.90",
                    "乐童童车工厂店",
                    shop_id="pdd-58812077",
                    subject="kids_scooter",
                    ships="浙江金华",
                    url="https://mobile.yangkeduo.com/goods.html?goods_id=4123987761",
                ),
            ),
            by=BRAND_TEAM,
            url="https://mobile.yangkeduo.com/goods.html?goods_id=4123987761",
        ),
        Exhibit(
            "test_buy",
            "Test buy: one K2 copy",
            -31,
            (photo("pdd-k2-parcel.jpg", "kids_scooter", "VOLTRA K2\n儿童滑板车", "test buy"),),
            by=INVESTIGATOR,
            custody=got(-27, "Courier (order 240931-771245)", "TB-PDD-01"),
        ),
    ),
    deadlines=(Due("Re-sweep Pinduoduo for re-listings", 3, "", "Monthly sweep."),),
    money=(Cash("cost", "test_buy", "69.90", "CNY", -31),),
)

JD_CHARGERS = Scenario(
    title="JD.com seller — fake 沃创 chargers; Dongguan AMR complaint 京东假冒充电器",
    product_line="Chargers and batteries",
    counsel="Wang Fang 王芳",
    opened=-95,
    jurisdictions=("CN",),
    tags=("platform", "administrative", "JD"),
    summary="JD third-party seller sold chargers with 沃创 marks (fire risk). Takedown on JD, "
    "then complaint to the Dongguan AMR: 2,300 chargers seized; penalty decision pending.",
    rights=("tm_cn_9",),
    proceedings=(
        Proc(
            "platform",
            "京东知识产权保护平台 JD IPR platform",
            "JD-IPR-{Y}-220871",
            stage="decided",
            start=-92,
            end=-88,
            events=(Ev("notice_sent", -92), Ev("takedown", -88, "", "6 SKUs removed")),
        ),
        Proc(
            "administrative",
            "东莞市市场监督管理局 Dongguan AMR",
            "东市监立〔{Y}〕1187号",
            stage="pending",
            start=-70,
            seized=2300,
            events=(Ev("complaint_filed", -70), Ev("raid", -50, "", "2,300 chargers seized")),
        ),
    ),
    parties=(
        Who(
            "东莞市诚电电子科技有限公司 Dongguan Chengdian Electronic Technology Co., Ltd.",
            identifiers=(("credit_code", "91441900MA4UQ1K82P"), ("shop_id", "jd-10087312")),
            notes="JD shop 诚电数码专营店.",
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "JD listing of the charger",
            -94,
            (
                listing(
                    "jd-charger.png",
                    "jd",
                    "沃创 VOLTRA 原装滑板车充电器 42V2A 快充",
                    "59.00",
                    "诚电数码专营店",
                    shop_id="jd-10087312",
                    subject="charger",
                    ships="广东东莞",
                    url="https://item.jd.com/100087312554.html",
                ),
            ),
            by=BRAND_TEAM,
            url="https://item.jd.com/100087312554.html",
        ),
        Exhibit(
            "appraisal_report",
            "Authentication + safety note on 3 chargers",
            -80,
            (
                doc(
                    "jd-appraisal.pdf",
                    "appraisal_report",
                    number="VT-QA-{Y}-0377",
                    submitted_by="沃创品牌保护部",
                    sample="充电器 3 个",
                    points="无过压保护电路;外壳阻燃等级不符;商标位置与正品不同",
                ),
            ),
            by="Voltra QA lab",
        ),
    ),
    figures=(Figure("business_volume", "38500", "rmb", -50, "JD sales records, 6 SKUs"),),
    deadlines=(
        Due(
            "AMR decision expected (90 days from filing)",
            0,
            "cn.admin.penalty_period",
            "Counted from our complaint: the AMR filed the case the same day.",
            proc=1,
            counted_from=-70,
        ),
    ),
    money=(Cash("cost", "appraisal", "1500.00", "CNY", -80),),
)

DOUYIN = Scenario(
    title="Douyin livestream seller — 'Voltra X9 Pro' copies 抖音直播间销售假冒滑板车",
    product_line="X9 e-scooter",
    counsel="Chen Jing 陈静",
    opened=-12,
    priority="high",
    jurisdictions=("CN",),
    tags=("platform", "Douyin", "livestream"),
    summary="A Douyin livestream sells 'Voltra X9 Pro' at CNY 899. Screen recording "
    "timestamped; complaint filed with the "
    "Douyin e-commerce IP platform.\n直播录屏已做时间戳认证。",
    rights=("tm_cn_12", "des_x9"),
    proceedings=(
        Proc(
            "platform",
            "抖音电商知识产权保护平台 Douyin e-commerce IP platform",
            "DY-IPR-{Y}-3319027",
            stage="filed",
            start=-10,
            events=(Ev("notice_sent", -10, "DY-IPR-{Y}-3319027"),),
        ),
    ),
    parties=(
        Who(
            "抖音号 @极速哥滑板车 (livestream seller)",
            kind="shop",
            identifiers=(("seller_id", "douyin-jisuge-88"), ("wechat", "jisuge_888")),
            notes="Streams nightly 20:00–23:00.",
        ),
    ),
    exhibits=(
        Exhibit(
            "web_capture",
            "Livestream page capture and chat log",
            -11,
            (
                capture(
                    "douyin-live.html",
                    "https://live.douyin.com/551234987",
                    "极速哥 — 沃创X9 Pro 限时秒杀 ¥899",
                    "在线 3.2万 · 已售 1,846 件\n主播：正品沃创，假一赔十\n"
                    "弹幕：是原厂的吗？ — 主播：同一个工厂出来的",
                ),
            ),
            by=BRAND_TEAM,
            url="https://live.douyin.com/551234987",
        ),
        Exhibit(
            "timestamp_certificate",
            "Timestamp of the 42-minute screen recording",
            -11,
            (
                doc(
                    "douyin-timestamp.pdf",
                    "timestamp_certificate",
                    number="TSA-{Y}-04410773",
                    file="douyin-live-recording.mp4",
                ),
            ),
            by=BRAND_TEAM,
        ),
        Exhibit(
            "screenshot",
            "Product card in the livestream shop",
            -11,
            (
                listing(
                    "douyin-card.png",
                    "douyin",
                    "沃创 Voltra X9 Pro 电动滑板车 直播专享",
                    "899.00",
                    "极速哥滑板车",
                    seller_id="douyin-jisuge-88",
                    sold="1,846",
                    url="https://haohuo.jinritemai.com/views/product/item?id=3612345",
                ),
            ),
            by=BRAND_TEAM,
        ),
    ),
    figures=(
        Figure(
            "sales",
            "1659554",
            "rmb",
            -11,
            "1,846 sold × CNY 899 per the live counter (unverified)",
            exhibit=0,
        ),
    ),
    deadlines=(Due("Platform decision on complaint", 2, "", "Douyin rules: 7 days.", proc=0),),
    money=(Cash("cost", "other", "300.00", "CNY", -11, "Timestamp service"),),
    notes=(
        "Live counter suggests sales far above the Art 214 threshold; verify via the "
        "platform before any report.",
    ),
)

SHENYANG = Scenario(
    title="Shenyang Wuai market raid — K2 copies 沈阳五爱市场查处假冒儿童滑板车",
    product_line="K2 kids scooter",
    counsel="Zhang Wei 张伟",
    opened=-250,
    status="closed",
    closed=-150,
    jurisdictions=("CN",),
    tags=("administrative", "market", "Shenyang"),
    summary="Complaint to the Shenyang Heping AMR about three stalls in the Wuai market; 540 "
    "units seized; fine CNY 45,000.\n沈阳市和平区市场监管局罚款4.5万元。",
    rights=("tm_cn_28",),
    proceedings=(
        Proc(
            "administrative",
            "沈阳市和平区市场监督管理局 Shenyang Heping AMR",
            "沈和市监罚〔{Y}〕77号",
            stage="decided",
            jurisdiction="CN",
            start=-240,
            end=-160,
            seized=540,
            fine="45000.00",
            outcome="Confiscation; fine CNY 45,000.",
            events=(
                Ev("complaint_filed", -240),
                Ev("raid", -232, "", "Three stalls"),
                Ev("penalty_decision", -160, "沈和市监罚〔{Y}〕77号"),
            ),
        ),
    ),
    # The stall holder's periods against the decision: let go when the case was closed.
    met=(
        Met("cn.admin.reconsideration", 0, -150, waived=True),
        Met("cn.admin.litigation", 0, -150, waived=True),
    ),
    parties=(
        Who(
            "沈阳五爱市场 3-218 摊位 刘某 Liu (stall holder)",
            kind="person",
            identifiers=(
                ("phone", "+86 158 4012 7731"),
                ("address", "沈阳市沈河区五爱市场 3 层 218"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "notarised_purchase",
            "Notarised purchase at stall 3-218",
            -245,
            (
                doc(
                    "shenyang-notarial.pdf",
                    "notarial_certificate",
                    office="辽宁省沈阳市盛京公证处",
                    number="（{Y}）辽沈盛证字第2345号",
                    platform="五爱市场 3-218 摊位（现场购买）",
                    url="现场 on site",
                    shop="3-218 摊位",
                    item="儿童滑板车（VOLTRA K2）",
                    amount="人民币 75 元",
                    matter="保全证据（现场购买）",
                ),
            ),
            by=INVESTIGATOR,
            notary="辽宁省沈阳市盛京公证处 Shenyang Shengjing Notary Office",
            certificate="（{Y}）辽沈盛证字第2345号",
            custody=got(-245, "盛京公证处", "SY-GZ-2345"),
        ),
    ),
    money=(
        Cash("cost", "notary", "2000.00", "CNY", -245),
        Cash("cost", "investigator", "6000.00", "CNY", -246),
    ),
)

SHANGHAI_ROBOT = Scenario(
    title=(
        "R1 companion-robot lookalike — Shanghai "
        "IP Administration ruling 上海陪伴机器人外观设计侵权"
    ),
    product_line="R1 companion robot",
    counsel="Lin Yue 林悦",
    opened=-210,
    status="closed",
    closed=-25,
    jurisdictions=("CN",),
    tags=("administrative", "design", "patent adjudication"),
    summary="A Shanghai toy maker sells a robot nearly identical to the R1 design. Patent "
    "dispute adjudication by the Shanghai IP Administration: order to stop. No suit against the "
    "ruling within 15 days.\n上海市知识产权局裁决责令停止侵权。",
    rights=("des_r1",),
    proceedings=(
        Proc(
            "administrative",
            "上海市知识产权局 Shanghai IP Administration",
            "沪知执字〔{Y}〕0045号",
            stage="decided",
            start=-200,
            end=-45,
            outcome="Order to stop infringing; stock to be destroyed.",
            events=(
                Ev("complaint_filed", -200),
                Ev("hearing", -120, "", "口头审理 oral hearing"),
                Ev(
                    "other",
                    -45,
                    "沪知执字〔{Y}〕0045号",
                    "处理决定：责令停止侵权 — a patent dispute ruling (Patent Law Art 65), not a "
                    "penalty decision",
                ),
            ),
        ),
    ),
    parties=(
        Who(
            "上海智伴玩具有限公司 Shanghai Zhiban Toys Co., Ltd.",
            identifiers=(
                ("credit_code", "91310115MA1K4B7X2D"),
                ("url", "https://zhiban-toys.1688.com"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "test_buy",
            "Test buy of the 'Z-Bot' robot",
            -205,
            (photo("zbot.jpg", "robot", "Z-BOT\n智伴机器人", "test buy"),),
            by=INVESTIGATOR,
            custody=got(-203, "Courier", "TB-SH-04"),
        ),
    ),
    deadlines=(
        Due(
            "Infringer may sue against the ruling (15 days)",
            0,
            "cn.patent.ruling_suit",
            "Counted from service of the ruling.",
            proc=0,
            done=-29,
            counted_from=-45,
        ),
    ),
    money=(Cash("cost", "lawyer", "30000.00", "CNY", -200),),
)

XIAMEN = Scenario(
    title="Xiamen (Haicang) detention of M5 robot-mower copies 厦门海关扣留割草机器人",
    product_line="M5 robot mower",
    counsel="Lin Yue 林悦",
    opened=-28,
    jurisdictions=("CN",),
    tags=("customs", "export"),
    summary="Haicang Customs notified 260 robot mowers with the V-wave logo bound for Hamburg. "
    "Detention applied for, bond posted.\n海沧海关扣留260台割草机器人。",
    rights=("tm_cn_9", "tm_cn_logo"),
    proceedings=(
        Proc(
            "customs",
            "厦门海关 Xiamen Customs (海沧海关 Haicang)",
            "厦关知扣字〔{Y}〕第019号",
            stage="pending",
            jurisdiction="CN",
            start=-27,
            seized=260,
            events=(
                Ev("customs_notice", -27, "厦关知通字〔{Y}〕第019号"),
                Ev("detention_applied", -26),
                Ev("bond_posted", -25, "", "CNY 30,000"),
                Ev("detention", -24, "厦关知扣字〔{Y}〕第019号"),
            ),
        ),
    ),
    parties=(
        Who(
            "厦门绿茵智能科技有限公司 Xiamen Lvyin Intelligent Technology Co., Ltd.",
            identifiers=(("credit_code", "91350205MA8T1CXW3J"),),
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Detention notice",
            -24,
            (
                doc(
                    "xiamen-detention.pdf",
                    "detention_notice",
                    customs="厦门海关 Xiamen Customs",
                    number="厦关知扣字〔{Y}〕第019号",
                    consignor="厦门绿茵智能科技有限公司",
                    goods="割草机器人 robot mowers",
                    quantity="260 台",
                    bond="CNY 30,000",
                ),
            ),
            by="Xiamen Customs",
        ),
        Exhibit(
            "sample_photo",
            "Sample mower",
            -22,
            (photo("xiamen-mower.jpg", "mower", "VOLTRA M5\n割草机器人", "海沧查验场"),),
            by=INVESTIGATOR,
        ),
    ),
    # The notice and the detention generate Art 16, Art 20 and Art 24(2) deadlines.
    met=(Met("cn.customs.apply_detention", 0, -26),),
    money=(Cash("cost", "bond", "30000.00", "CNY", -25, proc=0),),
)

QINGDAO = Scenario(
    title="Qingdao (Huangdao) detention of battery packs to Russia 青岛海关扣留出口电池",
    product_line="Chargers and batteries",
    counsel="Wang Fang 王芳",
    opened=-300,
    status="closed",
    closed=-200,
    jurisdictions=("CN", "RU"),
    tags=("customs", "export"),
    summary="1,800 battery packs with 沃创 marks bound for Novorossiysk; infringement "
    "established; confiscated, fine CNY 20,000.",
    rights=("tm_cn_9", "um_latch"),
    proceedings=(
        Proc(
            "customs",
            "青岛海关 Qingdao Customs (黄岛海关 Huangdao)",
            "青关知扣字〔{Y}〕第044号",
            stage="closed",
            jurisdiction="CN",
            start=-298,
            end=-210,
            seized=1800,
            fine="20000.00",
            outcome="Confiscated; fine CNY 20,000.",
            events=(
                Ev("customs_notice", -298),
                Ev("detention", -296, "青关知扣字〔{Y}〕第044号"),
                Ev("investigation_result", -262, "", "Infringement established"),
                Ev("other", -210, "", "Administrative penalty issued"),
            ),
        ),
    ),
    parties=(
        Who(
            "青岛北极星进出口有限公司 Qingdao Polaris Import & Export Co., Ltd.",
            identifiers=(("credit_code", "91370211MA3R5XHE6K"),),
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Detention notice",
            -296,
            (
                doc(
                    "qingdao-detention.pdf",
                    "detention_notice",
                    customs="青岛海关 Qingdao Customs",
                    number="青关知扣字〔{Y}〕第044号",
                    consignor="青岛北极星进出口有限公司",
                    goods="锂电池组 battery packs",
                    quantity="1,800 件",
                    bond="CNY 20,000",
                ),
            ),
            by="Qingdao Customs",
        ),
    ),
    met=(
        Met("cn.customs.apply_detention", 0, -297),
        Met("cn.customs.investigation", 0, -262),
        # Infringement established: the Art 24(2) release no longer applies.
        Met("cn.customs.release_ex_officio", 0, -262, waived=True),
    ),
    money=(Cash("cost", "bond", "20000.00", "CNY", -297, proc=0, bond="returned", settled=-205),),
)

BEIJING_NAME = Scenario(
    title=(
        "沃创智能科技 — trade name squatting, Beijing IP Court 北京知识产权法院商标侵权及不正当竞争"
    ),
    product_line="R1 companion robot",
    brand="沃创",
    counsel="Liu Yang 刘洋",
    opened=-420,
    priority="high",
    jurisdictions=("CN",),
    tags=("civil", "unfair competition", "punitive damages"),
    summary="A Shenzhen company registered the trade name 沃创智能科技 and sells robots as "
    "'沃创机器人'. Judgment: stop using 沃创 in the name within 30 days, damages CNY 3,000,000 "
    "with 2× punitive damages. Judgment just served — decide on an appeal on the amount.\n"
    "判决适用惩罚性赔偿，判赔300万元。",
    rights=("tm_cn_9", "tm_cn_28"),
    proceedings=(
        Proc(
            "civil",
            "北京知识产权法院 Beijing IP Court",
            "（{Y}）京73民初1789号",
            stage="decided",
            start=-400,
            damages="3000000.00",
            outcome="Name change within 30 days; damages CNY 3m incl. punitive (2×).",
            events=(
                Ev("suit_filed", -400, "（{Y}）京73民初1789号"),
                Ev("hearing", -200),
                Ev("judgment_served", -10, "（{Y}）京73民初1789号"),
            ),
        ),
    ),
    parties=(
        Who(
            "沃创智能科技（深圳）有限公司 Wochuang Intelligent Technology (Shenzhen) Co., Ltd.",
            identifiers=(("credit_code", "91440300MA5H0R2K7B"), ("domain", "wochuang-robot.com")),
            notes="Trade name registered after our 沃创 mark was well known.",
        ),
    ),
    exhibits=(
        Exhibit(
            "notarised_capture",
            "Notarised capture of the company website",
            -410,
            (
                doc(
                    "beijing-notarial.pdf",
                    "notarial_certificate",
                    office="北京市方圆公证处",
                    number="（{Y}）京方圆内经证字第12345号",
                    platform="wochuang-robot.com",
                    url="wochuang-robot.com",
                    shop="沃创智能科技官网",
                    item="网页浏览",
                    amount="—",
                    matter="保全证据（网页浏览）",
                ),
            ),
            by=INVESTIGATOR,
            notary="北京市方圆公证处 Beijing Fangyuan Notary Office",
            certificate="（{Y}）京方圆内经证字第12345号",
        ),
        Exhibit(
            "decision",
            "First-instance judgment",
            -10,
            (
                doc(
                    "beijing-judgment.pdf",
                    "judgment",
                    court="北京知识产权法院 Beijing IP Court",
                    number="（{Y}）京73民初1789号",
                    defendant="沃创智能科技（深圳）有限公司",
                    cause=(
                        "侵害商标权及不正当竞争纠纷 Trademark infringement and unfair competition"
                    ),
                    holding="被告于本判决生效之日起三十日内变更企业名称，变更后的名称中不得含有“沃创”字样。",
                    damages="人民币 3,000,000 元（含惩罚性赔偿）",
                    appeal="如不服本判决，可在判决书送达之日起十五日内上诉于北京市高级人民法院。",
                ),
            ),
            by="Beijing IP Court",
        ),
    ),
    # The judgment served generates the CPL Art 171 appeal deadline (15 days).
    money=(
        Cash("cost", "lawyer", "220000.00", "CNY", -400, proc=0),
        Cash("cost", "court_fee", "30800.00", "CNY", -400, proc=0),
    ),
    notes=(
        "We claimed CNY 5m; the court applied 2× punitive damages on a base of CNY 1m. "
        "Appeal only if the defendant appeals.",
    ),
)

GUANGZHOU_SETTLEMENT = Scenario(
    title="Distributor selling S3 copies — Guangzhou IP Court, settled 广州知识产权法院调解结案",
    product_line="S3 Lite e-scooter",
    counsel="Zhang Wei 张伟",
    opened=-280,
    status="closed",
    closed=-120,
    jurisdictions=("CN",),
    tags=("civil", "settlement"),
    summary="Former authorised dealer sold S3 copies alongside genuine stock. Suit; mediated "
    "settlement: CNY 150,000 and an undertaking.\n法院主持调解，对方赔偿15万元。",
    rights=("tm_cn_12", "um_latch"),
    proceedings=(
        Proc(
            "civil",
            "广州知识产权法院 Guangzhou IP Court",
            "（{Y}）粤73民初987号",
            stage="closed",
            start=-260,
            end=-130,
            damages="150000.00",
            outcome="Mediated settlement 调解书.",
            events=(Ev("suit_filed", -260), Ev("other", -130, "", "调解 settlement")),
        ),
    ),
    parties=(
        Who(
            "广州市番禺区速派车行 Guangzhou Panyu Supai Scooter Shop",
            identifiers=(("credit_code", "92440113MA5AYQ4R0T"),),
        ),
    ),
    money=(
        Cash("recovery", "settlement", "150000.00", "CNY", -120, proc=0),
        Cash("cost", "lawyer", "45000.00", "CNY", -260, proc=0),
    ),
)

JINHUA_214 = Scenario(
    title="Jinhua seller of counterfeit X9 — Art 214 criminal case 金华销售假冒注册商标的商品罪",
    product_line="X9 e-scooter",
    counsel="Liu Yang 刘洋",
    opened=-110,
    priority="high",
    jurisdictions=("CN",),
    tags=("criminal", "Art 214", "thresholds"),
    summary="Reported a Jinhua seller with sales of CNY 62,000 and unsold stock of CNY 98,000. "
    "Police filed the case; arrest approved; "
    "prosecution started.\n销售金额6.2万元，已达“数额较大”标准。",
    rights=("tm_cn_12",),
    proceedings=(
        Proc(
            "criminal",
            "金华市公安局婺城分局 → 婺城区人民检察院",
            "金婺公（经）立字〔{Y}〕0133号",
            stage="pending",
            start=-100,
            events=(
                Ev("referral", -100, "VT-R-{Y}-003", "报案"),
                Ev("case_filed_by_police", -90, "金婺公（经）立字〔{Y}〕0133号"),
                Ev("other", -40, "", "批准逮捕 arrest approved"),
                Ev("prosecution", -8, "婺检刑诉〔{Y}〕211号"),
            ),
        ),
    ),
    parties=(
        Who(
            "婺城区飞轮车行 Wucheng Feilun Scooter Shop",
            identifiers=(("credit_code", "92330702MA2E3UQW1X"), ("phone", "+86 139 0579 6612")),
        ),
    ),
    exhibits=(
        Exhibit(
            "test_buy",
            "Test buys (2 units) with receipts",
            -108,
            (
                photo("jinhua-x9.jpg", "scooter", "VOLTRA X9\n沃创", "test buy"),
                doc(
                    "jinhua-receipt.pdf",
                    "invoice",
                    heading="收款收据 Receipt",
                    number="0021187",
                    seller="婺城区飞轮车行",
                    buyer="周强",
                    items="电动滑板车 X9|2|980.00",
                    currency="CNY",
                    terms="WeChat Pay",
                    remark="",
                ),
            ),
            by=INVESTIGATOR,
            custody=got(-108, INVESTIGATOR, "JH-TB-02"),
        ),
        Exhibit(
            "decision",
            "Police notice of case filing",
            -90,
            (
                doc(
                    "jinhua-filing.pdf",
                    "police_notice",
                    psb="金华市公安局婺城分局 Jinhua PSB",
                    number="金婺公（经）立告字〔{Y}〕0133号",
                    offence="销售假冒注册商标的商品罪 (Art 214)",
                ),
            ),
            by="Jinhua PSB",
        ),
    ),
    figures=(
        Figure("sales", "62000", "rmb", -90, "Sold: WeChat Pay records (≥ 50,000)"),
        Figure("unsold_value", "98000", "rmb", -90, "Stock seized (sold + unsold = 160,000)"),
    ),
    deadlines=(
        Due("Submit victim's opinion to the procuratorate 被害单位意见", 9, "", "", proc=0),
    ),
    money=(
        Cash("cost", "test_buy", "1960.00", "CNY", -108),
        Cash("cost", "investigator", "8000.00", "CNY", -110),
    ),
)

WENZHOU_LABELS = Scenario(
    title="Wenzhou label printer — 23,000 VOLTRA/沃创 labels, PSB refused 温州非法制造注册商标标识",
    product_line="X9 e-scooter",
    counsel="Zhang Wei 张伟",
    opened=-70,
    priority="urgent",
    jurisdictions=("CN",),
    tags=("administrative", "transfer", "Art 215", "reconsideration"),
    summary="Ouhai AMR found 23,000 labels with two marks (VOLTRA and 沃创) at a print shop — "
    "above the Art 215 thresholds (20,000; two+ marks 10,000). Transferred; the PSB refused to "
    "file; the AMR asked for reconsideration. The PSB's 3-day answer is overdue.\n"
    "公安不予立案，市场监管局已申请复议，公安逾期未答复。",
    rights=("tm_cn_12", "tm_cn_9"),
    proceedings=(
        Proc(
            "administrative",
            "温州市瓯海区市场监督管理局 Wenzhou Ouhai AMR",
            "温瓯市监立〔{Y}〕302号",
            stage="pending",
            start=-65,
            seized=23000,
            events=(
                Ev("raid", -62, "", "Print shop in Louqiao 娄桥街道"),
                Ev("referral", -50, "温瓯市监移〔{Y}〕5号"),
            ),
        ),
    ),
    parties=(
        Who(
            "温州市瓯海娄桥鑫彩印刷厂 Wenzhou Ouhai Xincai Printing Factory",
            identifiers=(("credit_code", "92330304MA2HT8QK5W"), ("phone", "0577-8633 2109")),
        ),
    ),
    exhibits=(
        Exhibit(
            "sample_photo",
            "Seized label sheets",
            -62,
            (photo("wenzhou-labels.jpg", "labels", "", "娄桥 印刷厂 seized labels"),),
            by="Ouhai AMR",
            custody=got(-60, "瓯海区市场监督管理局", "WZ-0302"),
        ),
    ),
    figures=(
        Figure("labels", "23000", "piece", -62, "Counted by the AMR", exhibit=0),
        Figure("marks", "2", "mark", -62, "VOLTRA + 沃创 → two-marks threshold 5,000 (2025 Art 6)"),
    ),
    transfer=Transfer(
        "温州市瓯海区市场监督管理局 Wenzhou Ouhai AMR",
        (
            Step("suspicion_reached", -60, "", "", "23,000 labels ≥ 20,000"),
            Step("transfer_requested", -58, "", "VT-L-{Y}-041"),
            Step("transferred", -50, "瓯海区市场监督管理局", "温瓯市监移〔{Y}〕5号"),
            Step(
                "psb_refused",
                -20,
                "温州市公安局瓯海分局",
                "温瓯公不立字〔{Y}〕19号",
                "'Amounts not established'",
            ),
            Step("reconsideration", -17, "瓯海区市场监督管理局", "温瓯市监复〔{Y}〕2号"),
        ),
        proc=0,
    ),
    deadlines=(
        Due(
            "PSB answers the reconsideration (3 days) 公安复议答复",
            -14,
            "cn.transfer.reconsideration_decision",
            "Transfer Provisions Art 9(2): the PSB answers within 3 days.",
            proc=0,
        ),
        Due(
            "Ask the procuratorate to supervise 提请检察院立案监督",
            3,
            "cn.transfer.supervision_request",
            "Art 9(2): after a refusal on reconsideration; with no answer, set by hand.",
            proc=0,
        ),
    ),
    notes=("Count is in pieces; the two-marks threshold (10,000) is met twice over.",),
)

AMAZON_DE = Scenario(
    title="Amazon.de seller KUAIDA-EU — takedown and preliminary injunction (LG Düsseldorf)",
    product_line="S3 Lite e-scooter",
    counsel="Marieke de Vries",
    opened=-90,
    jurisdictions=("DE", "EU"),
    tags=("platform", "civil", "EU", "injunction"),
    summary="Amazon.de seller KUAIDA-EU offered S3 Lite copies. Brand Registry takedown of 11 "
    "ASINs, then an ex parte preliminary injunction from the Düsseldorf Regional Court.",
    rights=("tm_eu",),
    proceedings=(
        Proc(
            "platform",
            "Amazon Brand Registry (amazon.de)",
            "BR-{Y}-8812034",
            stage="decided",
            start=-88,
            end=-85,
            currency="EUR",
            events=(Ev("notice_sent", -88), Ev("takedown", -85, "", "11 ASINs removed")),
        ),
        Proc(
            "civil",
            "Landgericht Düsseldorf (14c. Zivilkammer)",
            "14c O 123/{Y}",
            stage="decided",
            start=-60,
            currency="EUR",
            outcome="Preliminary injunction granted ex parte.",
            events=(
                Ev("suit_filed", -60, "14c O 123/{Y}"),
                Ev("injunction", -52, "14c O 123/{Y}", "Einstweilige Verfügung"),
            ),
        ),
    ),
    parties=(
        Who(
            "Shenzhen Kuaida Tech Co., Ltd. (Amazon seller KUAIDA-EU)",
            identifiers=(("seller_id", "A3K9XQ2P7L1M"), ("email", "kuaida-eu@outlook.com")),
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "Amazon listing",
            -89,
            (
                listing(
                    "amazon-kuaida.png",
                    "amazon",
                    "VOLTRA S3 Lite E-Scooter mit Straßenzulassung 20 km/h faltbar",
                    "329,00",
                    "KUAIDA-EU",
                    seller_id="A3K9XQ2P7L1M",
                    ships="DE",
                    url="https://www.amazon.de/dp/B0CX12345Q",
                ),
            ),
            by=BRAND_TEAM,
            url="https://www.amazon.de/dp/B0CX12345Q",
        ),
    ),
    deadlines=(
        Due("Main action if ordered (§ 926 ZPO) — watch for the order", 20, "", "", proc=1),
    ),
    money=(
        Cash("cost", "lawyer", "8500.00", "EUR", -55, proc=1),
        Cash("cost", "court_fee", "1203.00", "EUR", -60, proc=1),
    ),
)

GDANSK = Scenario(
    title="Gdańsk detention of R1 robot copies — Polish customs (KAS)",
    product_line="R1 companion robot",
    counsel="Marieke de Vries",
    opened=-40,
    jurisdictions=("PL", "EU"),
    tags=("customs", "EU", "608/2013", "extension"),
    summary="Polish customs at Gdańsk detained 980 robots resembling the R1 with VOLTRA marks. "
    "We asked for the 10-working-day extension; confirmation due tomorrow.",
    rights=("tm_eu",),
    proceedings=(
        Proc(
            "customs",
            "Krajowa Administracja Skarbowa — Pomorski UCS (Gdańsk)",
            "PL-GDN-{Y}-00219",
            stage="pending",
            jurisdiction="PL",
            start=-27,
            seized=980,
            currency="EUR",
            events=(
                Ev("detention", -27, "PL-GDN-{Y}-00219", "Notification of detention"),
                Ev("other", -15, "", "Extension of 10 working days requested (Art 23(4))"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "KAS notification",
            -27,
            (
                doc(
                    "gdansk-notice.pdf",
                    "foreign_customs",
                    office="KAS Pomorski UCS Gdańsk",
                    number="PL-GDN-{Y}-00219",
                    declarant="Baltic Toys Sp. z o.o.",
                    consignor="Shantou exporter",
                    goods="Toy robots",
                    quantity="980 units",
                    origin="Shantou → Gdańsk",
                ),
            ),
            by="KAS",
        ),
    ),
    parties=(
        Who("Baltic Toys Sp. z o.o.", country="PL", identifiers=(("other", "KRS 0000876543"),)),
    ),
    deadlines=(
        Due(
            "Confirm infringement (extended period)",
            0,
            "eu.customs.confirm_extended",
            "Extension requested and granted; counted from the notification.",
            proc=0,
            counted_from=-27,
        ),
    ),
    met=(Met("eu.customs.confirm", 0, -15, waived=True),),  # replaced by the extended period
    money=(Cash("cost", "lawyer", "3100.00", "EUR", -30),),
)

SHOPEE = Scenario(
    title="Shopee SG/MY — spare parts with VOLTRA marks",
    product_line="Chargers and batteries",
    counsel="Daniel Tan",
    opened=-50,
    status="closed",
    closed=-20,
    jurisdictions=("SG", "MY"),
    tags=("platform", "SEA", "Shopee"),
    summary="31 listings of batteries, chargers and decks with VOLTRA marks removed via the "
    "Shopee IP portal.",
    rights=("tm_sg", "tm_my"),
    proceedings=(
        Proc(
            "platform",
            "Shopee IP Portal",
            "SHP-IPR-{Y}-77120",
            stage="closed",
            start=-48,
            end=-45,
            currency="SGD",
            outcome="31 listings removed",
            events=(Ev("notice_sent", -48), Ev("takedown", -45, "", "31 listings")),
        ),
    ),
    parties=(
        Who(
            "Lion Wheels Trading Pte. Ltd.",
            country="SG",
            identifiers=(("shop_id", "shopee-sg-lionwheels"), ("email", "sales@lionwheels.sg")),
            notes="Same e-mail as the importer in the Singapore customs case.",
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "Shopee listing",
            -49,
            (
                listing(
                    "shopee-parts.png",
                    "shopee",
                    "VOLTRA X9 Battery 36V 10.4Ah original replacement",
                    "139.00",
                    "lionwheels.sg",
                    shop_id="shopee-sg-lionwheels",
                    subject="charger",
                    ships="Singapore",
                    url="https://shopee.sg/product/551234/998877",
                ),
            ),
            by=SEA_INVESTIGATOR,
        ),
    ),
)

LAZADA = Scenario(
    title="Lazada TH/VN — M5 robot-mower copies",
    product_line="M5 robot mower",
    counsel="Priya Raman",
    opened=-22,
    jurisdictions=("TH", "VN"),
    tags=("platform", "SEA", "Lazada"),
    summary="Complaint to Lazada IPP about 12 listings of M5 copies in Thailand and Vietnam.",
    rights=("tm_th", "tm_vn"),
    proceedings=(
        Proc(
            "platform",
            "Lazada Intellectual Property Protection",
            "LZD-IPP-{Y}-20931",
            stage="pending",
            start=-21,
            currency="USD",
            events=(Ev("notice_sent", -21, "LZD-IPP-{Y}-20931"),),
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "Lazada listing (TH)",
            -22,
            (
                listing(
                    "lazada-m5.png",
                    "lazada",
                    "VOLTRA M5 หุ่นยนต์ตัดหญ้า robot lawn mower",
                    "8,990",
                    "SmartGarden TH",
                    seller_id="lzd-th-1187723",
                    subject="mower",
                    ships="Bangkok",
                    url="https://www.lazada.co.th/products/i4412398.html",
                ),
            ),
            by=SEA_INVESTIGATOR,
        ),
    ),
    deadlines=(
        Due("Lazada response overdue — chase", -2, "", "Lazada aims for 5 working days.", proc=0),
    ),
)

CANTON_FAIR = Scenario(
    title="Canton Fair exhibitor showing X9 lookalikes 广交会展位侵权投诉",
    product_line="X9 e-scooter",
    counsel="Lin Yue 林悦",
    opened=-36,
    status="closed",
    closed=-30,
    jurisdictions=("CN",),
    tags=("administrative", "trade fair"),
    summary="Complaint to the Canton Fair IP complaint station against booth 11.2C21 showing "
    "X9 lookalikes. Exhibits removed within the day.\n广交会投诉站裁定撤展。",
    rights=("des_x9", "pat_fold"),
    proceedings=(
        Proc(
            "administrative",
            "广交会知识产权和贸易纠纷投诉接待站 Canton Fair IP complaint station",
            "GJH-IP-{Y}-0318",
            stage="decided",
            start=-35,
            end=-34,
            outcome="Exhibitor ordered to remove the products 撤展.",
            events=(
                Ev("complaint_filed", -35),
                Ev(
                    "other",
                    -34,
                    "GJH-IP-{Y}-0318",
                    "撤展决定 removal order (the fair's, not a penalty)",
                ),
            ),
        ),
    ),
    parties=(
        Who(
            "永康市驰骋工贸有限公司 Yongkang Chicheng Industry & Trade Co., Ltd.",
            identifiers=(("credit_code", "91330784MA28D2NL7Y"),),
            notes="Booth 11.2C21",
        ),
    ),
    exhibits=(
        Exhibit(
            "sample_photo",
            "Booth photos",
            -35,
            (photo("canton-booth.jpg", "scooter", "CHICHENG C9\n展位 11.2C21", "广交会 琶洲"),),
            by=BRAND_TEAM,
        ),
    ),
)

CRACKED_APP = Scenario(
    title="Cracked Voltra Companion app on APK sites 沃创伴侣App破解版传播",
    product_line="R1 companion robot",
    counsel="Liu Yang 刘洋",
    opened=-65,
    jurisdictions=("CN",),
    tags=("platform", "administrative", "software", "thresholds"),
    summary="voltra-apk.cc distributes a cracked Companion app (premium unlocked). App-store "
    "mirrors removed; complaint to the Guangdong Copyright Administration pending.",
    rights=("sw_app",),
    proceedings=(
        Proc(
            "platform",
            "Android app stores (mirror sites) 应用商店",
            "",
            stage="decided",
            start=-60,
            end=-55,
            events=(Ev("notice_sent", -60), Ev("takedown", -55)),
        ),
        Proc(
            "administrative",
            "广东省版权局 Guangdong Copyright Administration",
            "",
            stage="filed",
            start=-50,
            events=(Ev("complaint_filed", -50),),
        ),
    ),
    parties=(
        Who(
            "voltra-apk.cc",
            kind="website",
            identifiers=(("domain", "voltra-apk.cc"), ("url", "https://voltra-apk.cc/companion")),
        ),
    ),
    exhibits=(
        Exhibit(
            "web_capture",
            "Download page capture",
            -63,
            (
                capture(
                    "voltra-apk.html",
                    "https://voltra-apk.cc/companion",
                    "沃创伴侣 App 破解版 v2.4 — 高级功能全解锁",
                    "下载次数 22,400\n版本 v2.2 / v2.3 / v2.4",
                ),
            ),
            by=BRAND_TEAM,
            url="https://voltra-apk.cc/companion",
        ),
    ),
    figures=(
        Figure("clicks", "22400", "click", -63, "Download counter", exhibit=0),
        Figure("works", "3", "work", -63, "Three cracked versions — one work or three?", exhibit=0),
    ),
    deadlines=(Due("Chase the copyright administration", 7, "", "", proc=1),),
)

ALIBABA_1688 = Scenario(
    title="1688 wholesale store — same phone as Yiwu Wochi 1688批发店（与义乌沃驰同一电话）",
    product_line="X9 e-scooter",
    counsel="Chen Jing 陈静",
    opened=-6,
    priority="high",
    jurisdictions=("CN",),
    tags=("platform", "1688", "repeat infringer"),
    summary="A new 1688 store sells X9 copies wholesale (MOQ 10). Its contact phone matches "
    "Yiwu Wochi's: Casefile flagged the repeat infringer when the party was entered.\n"
    "新店联系电话与义乌沃驰相同，系统提示为重复侵权人。",
    rights=("tm_cn_12", "des_x9"),
    proceedings=(
        Proc(
            "platform",
            "Alibaba IPP 阿里巴巴知识产权保护平台 (1688)",
            "IPP-{Y}-7790213",
            stage="filed",
            start=-5,
            events=(Ev("notice_sent", -5, "IPP-{Y}-7790213"),),
        ),
    ),
    parties=(
        Who(
            "义乌市沃驰贸易有限公司 Yiwu Wochi Trading Co., Ltd.",
            identifiers=(
                ("phone", "0086-13957928841"),
                ("shop_id", "b2b-2208741133"),
                ("credit_code", "91330782MA7C9XK21H"),
            ),
            notes="New company, same family; 1688 store 沃驰车业批发.",
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "1688 listing (MOQ 10)",
            -6,
            (
                listing(
                    "1688-wochi.png",
                    "1688",
                    "沃创X9同款 电动滑板车 厂家直销 10台起批",
                    "760.00",
                    "沃驰车业批发",
                    shop_id="b2b-2208741133",
                    ships="浙江义乌",
                    url="https://detail.1688.com/offer/6712345678.html",
                ),
            ),
            by=BRAND_TEAM,
            url="https://detail.1688.com/offer/6712345678.html",
        ),
    ),
    deadlines=(Due("1688 decision on the complaint", 9, "", "", proc=0),),
    notes=(
        "Repeat infringer: phone 13957928841 = Yiwu Wochi (Ningbo, Yiwu, Taobao cases). "
        "Cite all three in the complaint to get the store closed, not just the listings.",
    ),
)

NINGBO_LOST = Scenario(
    title=(
        "Ningbo detention released — no court "
        "assistance notice in time 宁波海关放行（未获法院协助执行）"
    ),
    product_line="S3 Lite e-scooter",
    counsel="Lin Yue 林悦",
    opened=-400,
    status="closed",
    closed=-330,
    jurisdictions=("CN",),
    tags=("customs", "lesson learned"),
    summary="Detention on our application of 600 S3 lookalikes. We did not obtain a court's "
    "assistance notice within 20 working days; customs released the goods (Art 24(1)).\n"
    "未在20个工作日内取得法院协助执行通知，货物被放行。",
    rights=("um_latch",),
    proceedings=(
        Proc(
            "customs",
            "宁波海关 Ningbo Customs",
            "甬关知扣字〔{Y}〕第031号",
            stage="closed",
            jurisdiction="CN",
            start=-398,
            end=-366,
            seized=600,
            outcome="Released under Art 24(1).",
            events=(
                Ev("detention_applied", -398),
                Ev("bond_posted", -397, "", "CNY 20,000"),
                Ev("detention", -395, "甬关知扣字〔{Y}〕第031号"),
                Ev("release", -366, "", "放行 — no court assistance notice"),
            ),
        ),
    ),
    # Detention on application (no customs notice): Art 24(1), generated from the detention.
    met=(Met("cn.customs.release_on_application", 0, -366, waived=True),),
    money=(
        Cash(
            "cost",
            "bond",
            "20000.00",
            "CNY",
            -397,
            "Returned less storage",
            proc=0,
            bond="returned",
            settled=-340,
        ),
        Cash("cost", "storage", "3200.00", "CNY", -340, "Storage, kept back from the bond", proc=0),
    ),
    notes=(
        "Lesson: a utility-model case needs the court's pre-suit preservation filed in the "
        "first week. Checklist updated.",
    ),
)

WECHAT_NETWORK = Scenario(
    title="WeChat/Telegram reseller network — X9 mod kits 微信群改装件销售网络",
    product_line="X9 e-scooter",
    counsel="Liu Yang 刘洋",
    opened=-140,
    status="on_hold",
    jurisdictions=("CN",),
    tags=("platform", "network", "investigation"),
    summary="A network of WeChat groups and a Telegram channel sells counterfeit X9 parts and "
    "'speed kits'. On hold until the Jinhua criminal case shows who the supplier is.\n"
    "暂缓：等待金华刑事案件查明上游供货商。",
    rights=("tm_cn_12", "sw_os"),
    proceedings=(
        Proc(
            "platform",
            "腾讯微信侵权投诉 WeChat infringement complaints",
            "",
            stage="preparing",
            start=-120,
        ),
    ),
    parties=(
        Who(
            "X9 改装交流群 network (WeChat groups ×6, Telegram @x9mods)",
            kind="network",
            identifiers=(
                ("wechat", "x9mod_boss"),
                ("wechat", "speedkit_2024"),
                ("other", "telegram @x9mods"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "notarised_capture",
            "Notarised capture of a WeChat group chat",
            -130,
            (
                doc(
                    "wechat-notarial.pdf",
                    "notarial_certificate",
                    number="（{Y}）浙杭钱证内字第3301号",
                    platform="微信 WeChat",
                    url="微信群“X9改装交流3群”",
                    shop="x9mod_boss",
                    item="群聊记录浏览及截图",
                    amount="—",
                    matter="保全证据（手机聊天记录）",
                ),
            ),
            by=INVESTIGATOR,
            notary="浙江省杭州市钱塘公证处 Hangzhou Qiantang Notary Office",
            certificate="（{Y}）浙杭钱证内字第3301号",
            internal=True,
        ),
    ),
    notes=("Internal: informant inside group 3 — do not disclose.",),
)

HONG_KONG = Scenario(
    title="Hong Kong C&ED seizure at Lok Ma Chau — C7 robot vacuums",
    product_line="C7 robot vacuum",
    counsel="Daniel Tan",
    opened=-48,
    jurisdictions=("HK",),
    tags=("criminal", "customs", "Hong Kong"),
    summary="C&ED seized 1,200 C7 copies in a cross-boundary truck; prosecution under the "
    "Trade Descriptions Ordinance (Cap. 362). We supplied the examination report.",
    rights=("tm_cn_9",),
    proceedings=(
        Proc(
            "criminal",
            "Customs and Excise Department (C&ED), Lok Ma Chau Control Point",
            "C&ED-IIB-{Y}-0712",
            stage="pending",
            start=-47,
            seized=1200,
            currency="USD",
            events=(
                Ev("other", -47, "C&ED-IIB-{Y}-0712", "Seizure under Cap. 362"),
                Ev("case_filed_by_police", -40, "", "Investigation opened by C&ED IIB"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "appraisal_report",
            "Trade mark examination report for C&ED",
            -5,
            (
                doc(
                    "hk-examination.pdf",
                    "appraisal_report",
                    number="VT-QA-{Y}-0588",
                    submitted_by="Customs and Excise Department, Hong Kong",
                    sample="Robot vacuum C7 — 10 units",
                ),
            ),
            by="Voltra QA lab",
        ),
    ),
    deadlines=(
        Due("Submit the examination report to C&ED", -3, "", "", proc=0, done=-4),
        Due("Witness statement for the prosecution", 25, "", "", proc=0),
    ),
    money=(Cash("cost", "lawyer", "5200.00", "USD", -30),),
)

DHGATE = Scenario(
    title="DHgate seller smartclean_factory — C7 replica takedown",
    product_line="C7 robot vacuum",
    counsel="Priya Raman",
    opened=-190,
    status="closed",
    closed=-170,
    jurisdictions=("CN",),
    tags=("platform", "DHgate"),
    summary="9 listings of 'VOLTRA robot vacuum C7 replica' removed; seller account "
    "suspended after the third strike.",
    rights=("tm_cn_9",),
    proceedings=(
        Proc(
            "platform",
            "DHgate IPR complaint centre",
            "DHG-IPR-{Y}-44120",
            stage="closed",
            start=-189,
            end=-185,
            currency="USD",
            outcome="Listings removed; seller suspended",
            events=(Ev("notice_sent", -189), Ev("takedown", -185, "", "9 listings")),
        ),
    ),
    parties=(
        Who(
            "smartclean_factory (DHgate seller)",
            kind="shop",
            identifiers=(("seller_id", "21458890"), ("email", "smartclean@163.com")),
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "DHgate listing",
            -190,
            (
                listing(
                    "dhgate-c7.png",
                    "dhgate",
                    "VOLTRA robot vacuum C7 replica wholesale 10pcs",
                    "96.50",
                    "smartclean_factory",
                    seller_id="21458890",
                    subject="vacuum",
                    ships="Guangdong",
                    url="https://www.dhgate.com/product/voltra-c7/881234567.html",
                ),
            ),
            by=BRAND_TEAM,
            url="https://www.dhgate.com/product/voltra-c7/881234567.html",
        ),
    ),
)

ALIEXPRESS = Scenario(
    title="AliExpress Volt Ride Global Store — counter-notice, not pursued",
    product_line="X9 e-scooter",
    counsel="Priya Raman",
    opened=-58,
    status="on_hold",
    jurisdictions=("CN", "EU"),
    tags=("platform", "AliExpress", "counter-notice"),
    summary="36 listings removed; the seller's counter-notice claimed own design 'X9 Pro'. We "
    "did not sue within the 15-day window; listings reinstated. Monitoring.",
    rights=("tm_cn_12", "des_x9"),
    proceedings=(
        Proc(
            "platform",
            "Alibaba IPP (AliExpress)",
            "IPP-{Y}-7320981",
            stage="decided",
            start=-56,
            end=-29,
            currency="USD",
            outcome="Listings reinstated after counter-notice",
            events=(
                Ev("notice_sent", -56),
                Ev("takedown", -52, "", "36 listings"),
                Ev("counter_notice", -44),
                Ev("other", -28, "", "Listings reinstated"),
            ),
        ),
    ),
    parties=(
        Who(
            "Volt Ride Global Store (AliExpress)",
            kind="shop",
            identifiers=(
                ("shop_id", "1102345678"),
                ("url", "https://www.aliexpress.com/store/1102345678"),
            ),
        ),
    ),
    exhibits=(
        Exhibit(
            "screenshot",
            "AliExpress store page",
            -57,
            (
                listing(
                    "aliexpress-voltride.png",
                    "aliexpress",
                    "Voltra X9 Pro Electric Scooter 500W foldable 45km range",
                    "189.99",
                    "Volt Ride Global Store",
                    shop_id="1102345678",
                    ships="China",
                    url="https://www.aliexpress.com/item/1005006123456.html",
                ),
            ),
            by=BRAND_TEAM,
        ),
    ),
    # Not pursued: the Art 43 deadline generated from the counter-notice was let go.
    met=(Met("cn.platform.counter_notice", 0, -29, waived=True),),
)

MANUALS_SITE = Scenario(
    title="manualzone-cn.com — Voltra manuals, below thresholds 手册网站（未达入罪标准）",
    product_line="Manuals and guides",
    counsel="Liu Yang 刘洋",
    opened=-85,
    jurisdictions=("CN",),
    tags=("copyright", "online", "thresholds"),
    summary="180 works and 12,500 clicks: short of every online threshold, even half-of-two. "
    "Hosting takedown done; administrative "
    "complaint to the NCAC pending.\n作品180部、点击1.25万次。",
    rights=("cr_manual",),
    proceedings=(
        Proc(
            "platform",
            "阿里云 Alibaba Cloud (hosting)",
            "ALY-IPR-{Y}-51877",
            stage="decided",
            start=-80,
            end=-70,
            events=(Ev("notice_sent", -80), Ev("takedown", -70)),
        ),
        Proc(
            "administrative",
            "国家版权局 National Copyright Administration (NCAC)",
            "",
            stage="filed",
            start=-60,
            events=(Ev("complaint_filed", -60),),
        ),
    ),
    parties=(
        Who("manualzone-cn.com", kind="website", identifiers=(("domain", "manualzone-cn.com"),)),
    ),
    exhibits=(
        Exhibit(
            "web_capture",
            "Capture of the Voltra category",
            -84,
            (
                capture(
                    "manualzone.html",
                    "https://manualzone-cn.com/brand/voltra",
                    "Voltra 说明书大全",
                    "共 180 份 · 浏览 12,500 次",
                ),
            ),
            by=BRAND_TEAM,
            url="https://manualzone-cn.com/brand/voltra",
        ),
    ),
    figures=(
        Figure("works", "180", "work", -84, "", exhibit=0),
        Figure("clicks", "12500", "click", -84, "", exhibit=0),
    ),
)

TUTORIAL_VIDEOS = Scenario(
    title="Paid repair-course videos — works or episodes? 维修教程视频（按部还是按集计算）",
    product_line="Manuals and guides",
    counsel="Liu Yang 刘洋",
    opened=-100,
    priority="high",
    jurisdictions=("CN",),
    tags=("copyright", "online", "thresholds", "counting units"),
    summary="voltra-class.com sells our official repair course. Counted per series it is 38 "
    "works; per episode 412 — the counting unit decides whether the 500-works test is near. "
    "Clicks 61,500 already exceed 50,000.\n按部计38部，按集计412集；点击量6.15万次已超标准。",
    rights=("cr_manual", "sw_os"),
    proceedings=(
        Proc(
            "administrative",
            "上海市文化市场行政执法总队 Shanghai Culture Market Enforcement",
            "沪文执〔{Y}〕0211号",
            stage="pending",
            start=-90,
            events=(Ev("complaint_filed", -90),),
        ),
    ),
    parties=(
        Who(
            "voltra-class.com 沃创维修课堂",
            kind="website",
            identifiers=(("domain", "voltra-class.com"), ("wechat", "voltra_class")),
        ),
    ),
    exhibits=(
        Exhibit(
            "web_capture",
            "Course catalogue capture",
            -98,
            (
                capture(
                    "voltra-class.html",
                    "https://voltra-class.com/courses",
                    "沃创滑板车维修全套课程（38 套 412 集）",
                    "总播放 61,500 次\nX9 电机维修 第1–24集\nS3 电池更换 第1–16集",
                ),
            ),
            by=BRAND_TEAM,
            url="https://voltra-class.com/courses",
        ),
    ),
    figures=(
        Figure("works", "38", "work", -98, "Counted per series (as courts often do)", exhibit=0),
        Figure(
            "works", "412", "episode", -98, "Counted per episode (rights holder's view)", exhibit=0
        ),
        Figure("clicks", "61500", "click", -98, "Plays counter", exhibit=0),
    ),
    deadlines=(
        Due(
            "Decide on a direct criminal report (clicks > 50,000)",
            -5,
            "",
            "Clicks alone meet the threshold — overdue decision.",
            proc=0,
        ),
    ),
)

MORE: tuple[Scenario, ...] = (
    ALIBABA_1688,
    SINGAPORE,
    JINHUA_214,
    WENZHOU_LABELS,
    BEIJING_NAME,
    TUTORIAL_VIDEOS,
    PINDUODUO,
    DOUYIN,
    AMAZON_DE,
    MALAYSIA,
    VIETNAM,
    THAILAND,
    XIAMEN,
    ANTWERP,
    GDANSK,
    JD_CHARGERS,
    SHENYANG,
    SHANGHAI_ROBOT,
    QINGDAO,
    GUANGZHOU_SETTLEMENT,
    SHOPEE,
    LAZADA,
    CANTON_FAIR,
    CRACKED_APP,
    NINGBO_LOST,
    WECHAT_NETWORK,
    HONG_KONG,
    DHGATE,
    ALIEXPRESS,
    MANUALS_SITE,
)
