"""The ~40 hand-written demo cases, in the order `build_demo_archive(cases=N)` takes them.

The first ten cover every route and the showcase features (customs detentions with bonds, the
Yiwu raid, platform takedowns with a counter-notice, pirated firmware against the online
thresholds, civil suits with appeals, a transfer to the police, the repeat infringer). Dates are
day offsets from today; `{Y}` in a reference number becomes the year it was issued.
Everything here is invented: names, numbers, people and companies.
"""

from __future__ import annotations

from casefile.demo.catalog import WOCHI
from casefile.demo.scenarios_more import MORE
from casefile.demo.spec import (
    Cash,
    Custody,
    Due,
    Ev,
    Exhibit,
    Figure,
    Met,
    Penalty,
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

NOTARY_HZ = "浙江省杭州市钱塘公证处 Hangzhou Qiantang Notary Office"
NOTARY_SZ = "广东省深圳市深圳公证处 Shenzhen Notary Office"
NOTARY_YW = "浙江省义乌市公证处 Yiwu Notary Office"
INVESTIGATOR = "周强 Zhou Qiang (investigator)"
EVIDENCE_ROOM = "Voltra evidence room, Hangzhou 杭州证据室 B2-07"
BRAND_TEAM = "Voltra brand protection 品牌保护部"


def sealed(day: int, source: str, seal: str, where: str = EVIDENCE_ROOM) -> tuple[Custody, ...]:
    """The usual chain for a physical exhibit: received, sealed, put in the evidence room."""
    return (
        Custody("received", day, received_from=source, handed_to=BRAND_TEAM, hour=11),
        Custody("sealed", day, seal=seal, location=where, note="封存 sealed with tape", hour=15),
        Custody("stored", day + 1, location=where, hour=9),
    )


def received(day: int, source: str) -> tuple[Custody, ...]:
    return (Custody("received", day, received_from=source, handed_to=BRAND_TEAM),)


NINGBO_X9 = Scenario(
    title="Counterfeit Voltra X9 scooters — Ningbo detention 宁波海关扣留假冒滑板车",
    product_line="X9 e-scooter",
    counsel="Lin Yue 林悦",
    opened=-41,
    priority="urgent",
    jurisdictions=("CN",),
    tags=("customs", "export", "repeat infringer", "宁波"),
    summary=(
        "Ningbo Customs (Beilun) notified a suspected export of 1,240 e-scooters bearing VOLTRA "
        "marks and the X9 design, declared as 'electric scooter, no brand', bound for Rotterdam. "
        "The consignor is Yiwu Wochi (义乌沃驰), already penalised after the Yiwu market raid.\n"
        "宁波海关北仑海关发现出口货物涉嫌侵犯“VOLTRA”商标专用权及X9外观设计专利权，我方已申请扣留"
        "并提供担保，正等待海关调查认定。"
    ),
    rights=("tm_cn_12", "tm_cn_9", "des_x9"),
    proceedings=(
        Proc(
            "customs",
            "宁波海关 Ningbo Customs (北仑海关 Beilun)",
            "甬关知扣字〔{Y}〕第127号",
            stage="pending",
            jurisdiction="CN",
            start=-40,
            seized=1240,
            events=(
                Ev(
                    "customs_notice",
                    -40,
                    "甬关知通字〔{Y}〕第127号",
                    "发现侵权嫌疑货物通知书: 1,240 e-scooters, container MSKU 718 2245",
                ),
                Ev(
                    "detention_applied",
                    -38,
                    "",
                    "Application for detention filed on the GACC "
                    "online system 海关知识产权保护系统",
                ),
                Ev("bond_posted", -37, "BG-NB-{Y}-0331", "Bank guarantee CNY 100,000 担保函"),
                Ev("detention", -36, "甬关知扣字〔{Y}〕第127号", "扣留决定 Detention decision"),
            ),
        ),
    ),
    parties=(
        WOCHI,
        Who(
            "宁波华信国际货运代理有限公司 Ningbo Huaxin International Freight Forwarding Co., Ltd.",
            identifiers=(("credit_code", "91330206MA2H7Y3K5N"),),
            notes="Freight forwarder named on the booking; cooperative, gave the shipper's "
            "contact details.",
            role="witness",
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Ningbo Customs notice of suspected infringing goods and detention notice "
            "宁波海关发现侵权嫌疑货物通知书及扣留通知书",
            -36,
            (
                doc(
                    "ningbo-customs-notice.pdf",
                    "customs_notice",
                    customs="宁波海关 Ningbo Customs",
                    number="甬关知通字〔{Y}〕第127号",
                    consignor="义乌市沃驰电动车配件商行",
                    quantity="1,240 台 units",
                    right="VOLTRA 13812345 (T2021-38812); ZL202330456789.1 (P2023-00789)",
                    destination="Rotterdam, NL",
                    goods="电动滑板车 e-scooters (declared 无品牌)",
                ),
                doc(
                    "ningbo-detention-notice.pdf",
                    "detention_notice",
                    customs="宁波海关 Ningbo Customs",
                    number="甬关知扣字〔{Y}〕第127号",
                    consignor="义乌市沃驰电动车配件商行",
                    goods="电动滑板车 e-scooters",
                    quantity="1,240 台 units",
                    bond="银行保函 CNY 100,000",
                ),
            ),
            by="Ningbo Customs IPR section 宁波海关法规处",
            custody=received(-36, "宁波海关 Ningbo Customs (by post and on the GACC system)"),
        ),
        Exhibit(
            "sample_photo",
            "Photos of the detained scooters, cartons and serial plates taken at the Beilun "
            "inspection yard 北仑查验场拍摄的样品照片",
            -34,
            (
                photo(
                    "ningbo-x9-sample.jpg",
                    "scooter",
                    "VOLTRA X9\n沃创电动滑板车\nS/N VX9-2610-04731",
                    "北仑海关查验场 Beilun yard",
                ),
                photo(
                    "ningbo-cartons.jpg",
                    "carton",
                    "VOLTRA X9\n1 PC  18.5 KG\nMADE IN CHINA",
                    "集装箱 MSKU7182245",
                ),
                photo(
                    "ningbo-serial-plate.jpg",
                    "scooter",
                    "MODEL: X9\nS/N VX9-2610-04731\n36V 10.4Ah 350W",
                    "铭牌 serial plate",
                ),
            ),
            by=INVESTIGATOR,
            custody=(
                Custody(
                    "received",
                    -34,
                    received_from="宁波海关 Beilun yard (2 sample units)",
                    handed_to=INVESTIGATOR,
                    seal="NB-S-0415",
                    location="北仑查验场",
                ),
                Custody(
                    "handed_over",
                    -33,
                    received_from=INVESTIGATOR,
                    handed_to=BRAND_TEAM,
                    seal="NB-S-0415",
                    location="Hangzhou HQ",
                ),
                Custody("stored", -33, location=EVIDENCE_ROOM, seal="NB-S-0415", hour=16),
            ),
        ),
        Exhibit(
            "appraisal_report",
            "Authentication report on the two sample units: counterfeit 鉴定报告：假冒",
            -31,
            (
                doc(
                    "ningbo-appraisal.pdf",
                    "appraisal_report",
                    number="VT-QA-{Y}-0412",
                    sample="电动滑板车 X9 样品 2 台 (seal NB-S-0415)",
                ),
            ),
            by="Voltra QA lab 品质保证部",
        ),
        Exhibit(
            "invoice",
            "Commercial invoice attached to the export declaration (declared USD 48/unit)",
            -36,
            (
                doc(
                    "ningbo-invoice.pdf",
                    "invoice",
                    number="WC-EXP-{Y}-118",
                    seller="义乌市沃驰电动车配件商行",
                    buyer="Trans-Euro Mobility B.V., Rotterdam",
                    items="Electric scooter, no brand|1240|48.00",
                    currency="USD",
                    terms="FOB Ningbo",
                ),
            ),
            by="Ningbo Customs",
        ),
    ),
    # The notice and the detention generate Art 16, Art 20 and Art 24(2) deadlines.
    met=(Met("cn.customs.apply_detention", 0, -38),),
    money=(
        Cash("cost", "bond", "100000.00", "CNY", -37, "Bank guarantee for the detention", proc=0),
        Cash("cost", "appraisal", "3000.00", "CNY", -31, "QA lab authentication"),
        Cash(
            "cost", "storage", "8400.00", "CNY", -10, "Storage at Beilun yard, first month", proc=0
        ),
    ),
    notes=(
        "Consignor is the same Yiwu Wochi firm (credit code 92330782MA2K3X7Y4P) as in the Yiwu "
        "raid and the Taobao takedown. Declared value USD 48 × 1,240 ≈ CNY 420,000 business "
        "volume: above the Art 213 'serious' threshold. Consider a criminal referral once "
        "customs confirms infringement.",
        "海关已确认将于本月底前作出认定。货代配合良好，提供了发货人联系方式。",
    ),
)

YIWU_RAID = Scenario(
    title="Yiwu market raid — fake Voltra scooters and labels 义乌国际商贸城查处假冒沃创滑板车",
    product_line="X9 e-scooter",
    counsel="Zhang Wei 张伟",
    opened=-160,
    status="closed",
    closed=-60,
    priority="high",
    jurisdictions=("CN",),
    offences=("214", "215"),
    acts=-175,
    tags=("administrative", "raid", "Yiwu", "repeat infringer"),
    summary=(
        "Test buy and notarised purchase at stall 81256, District 5 of the Yiwu International "
        "Trade City (义乌国际商贸城五区), then a complaint to the Yiwu AMR. The raid seized 312 "
        "scooters and 2,400 VOLTRA labels; penalty decision: confiscation and a CNY 180,000 fine.\n"
        "义乌市市场监督管理局依法查处，没收侵权商品并罚款18万元。"
    ),
    rights=("tm_cn_12", "tm_cn_9", "tm_cn_logo"),
    proceedings=(
        Proc(
            "administrative",
            "义乌市市场监督管理局 Yiwu Administration for Market Regulation",
            "义市监处罚〔{Y}〕318号",
            stage="decided",
            jurisdiction="CN",
            start=-150,
            end=-70,
            outcome="Confiscation and destruction of 312 scooters and 2,400 labels; fine CNY "
            "180,000. 没收销毁侵权商品，罚款人民币十八万元。",
            seized=312,
            fine="180000.00",
            events=(
                Ev("complaint_filed", -150, "", "投诉书 with notarised purchase and appraisal"),
                Ev(
                    "raid",
                    -141,
                    "义市监现检〔{Y}〕0962号",
                    "Raid on stall 81256 and a warehouse in Futian street 福田街道仓库",
                ),
                Ev("penalty_decision", -70, "义市监处罚〔{Y}〕318号", "行政处罚决定书"),
            ),
        ),
    ),
    parties=(WOCHI,),
    exhibits=(
        Exhibit(
            "notarised_purchase",
            "Notarised purchase of one X9 copy at stall 81256 公证购买",
            -155,
            (
                doc(
                    "yiwu-notarial-certificate.pdf",
                    "notarial_certificate",
                    office="浙江省义乌市公证处",
                    number="（{Y}）浙义证民字第789号",
                    platform="义乌国际商贸城五区 81256 号摊位 (现场购买)",
                    url="现场 on site",
                    shop="沃驰电动车配件",
                    item="电动滑板车（标有VOLTRA X9）",
                    amount="人民币 860 元",
                    matter="保全证据（现场购买） Preservation of evidence — purchase on site",
                ),
                photo(
                    "yiwu-stall.jpg",
                    "scooter",
                    "VOLTRA X9\n批发价 ¥860",
                    "义乌国际商贸城五区 81256",
                ),
                doc(
                    "yiwu-receipt.pdf",
                    "invoice",
                    heading="收据 Receipt",
                    number="0004518",
                    seller="沃驰电动车配件 (stall 81256)",
                    buyer="周强",
                    terms="cash",
                    items="电动滑板车 X9|1|860.00",
                    currency="CNY",
                    remark="手写收据 handwritten",
                ),
            ),
            by=INVESTIGATOR,
            notary=NOTARY_YW,
            certificate="（{Y}）浙义证民字第789号",
            custody=sealed(-155, "义乌市公证处 Yiwu Notary Office", "YW-GZ-0789"),
        ),
        Exhibit(
            "sample_photo",
            "Raid photos: seized scooters and label rolls 现场检查照片",
            -141,
            (
                photo(
                    "yiwu-raid-scooters.jpg", "scooter", "VOLTRA\n沃创", "义乌 福田街道仓库 raid"
                ),
                photo("yiwu-raid-labels.jpg", "labels", "", "扣押标识 2,400 labels"),
            ),
            by="义乌市市场监督管理局 (copies given to the complainant)",
            custody=received(-138, "义乌市市场监督管理局 Yiwu AMR"),
        ),
        Exhibit(
            "decision",
            "Penalty decision 行政处罚决定书 义市监处罚〔{Y}〕318号",
            -70,
            (
                doc(
                    "yiwu-penalty-decision.pdf",
                    "penalty_decision",
                    authority="义乌市市场监督管理局 Yiwu AMR",
                    number="义市监处罚〔{Y}〕318号",
                    party="义乌市沃驰电动车配件商行（经营者：何某某）",
                    credit_code="92330782MA2K3X7Y4P",
                    address="浙江省义乌市国际商贸城五区 3 楼 81256 号",
                    facts="经查，当事人自本年起销售标有“VOLTRA”“沃创”标识的电动滑板车，现场查获312台及"
                    "标识2,400枚，非法经营额人民币86,400元。",
                    seized="电动滑板车 312 台、标识 2,400 枚",
                    fine="人民币 180,000 元",
                ),
            ),
            by="义乌市市场监督管理局",
        ),
    ),
    figures=(
        Figure(
            "business_volume", "86400", "rmb", -70, "Per the penalty decision 非法经营额", exhibit=2
        ),
        Figure(
            "unsold_value",
            "124800",
            "rmb",
            -141,
            "312 unsold scooters × CNY 400 (Art 214 attempt needs 150,000)",
            exhibit=1,
        ),
        Figure("labels", "2400", "piece", -141, "VOLTRA labels seized (2025 Art 6: 10,000)"),
    ),
    deadlines=(
        Due(
            "Follow-up visit: check stall 81256 for resumed sales 回访",
            -40,
            "",
            "Internal follow-up one month after the decision.",
            done=-42,
        ),
    ),
    # The infringer's periods against the penalty decision: let go when the case was closed.
    met=(
        Met("cn.admin.reconsideration", 0, -60, waived=True),
        Met("cn.admin.litigation", 0, -60, waived=True),
    ),
    money=(
        Cash("cost", "investigator", "12000.00", "CNY", -150, "Market survey and test buy"),
        Cash("cost", "test_buy", "860.00", "CNY", -155, "Purchase at stall 81256"),
        Cash("cost", "notary", "3000.00", "CNY", -155, "义乌市公证处 fee"),
    ),
    notes=(
        "Unsold goods valued at CNY 124,800 — below the Art 214 attempt threshold (150,000). "
        "The AMR saw no reasonable suspicion and did not transfer.",
        "何某某 said the goods came from a factory in Yongkang 永康; not verified.",
    ),
)

TAOBAO_WOCHI = Scenario(
    title="Taobao shop 沃驰滑板车专营店 — takedown and counter-notice 淘宝投诉及反通知",
    product_line="X9 e-scooter",
    counsel="Chen Jing 陈静",
    opened=-22,
    priority="high",
    jurisdictions=("CN",),
    tags=("platform", "Taobao", "counter-notice", "repeat infringer"),
    summary=(
        "Yiwu Wochi reopened on Taobao after the penalty decision: 14 listings of X9 copies. "
        "Complaint through Alibaba IPP; listings removed; the seller sent a counter-notice "
        "claiming parallel imports. Within 15 days we must show Taobao a complaint or a suit "
        "(E-Commerce Law Art 43), or the listings come back.\n"
        "卖家提交反通知，称为平行进口正品。需在15日内向平台提交已投诉或起诉的证明。"
    ),
    rights=("tm_cn_12", "des_x9"),
    proceedings=(
        Proc(
            "platform",
            "Alibaba IPP 阿里巴巴知识产权保护平台 (Taobao)",
            "IPP-{Y}-7734120",
            stage="pending",
            start=-20,
            events=(
                Ev("notice_sent", -20, "IPP-{Y}-7734120", "14 listings, shop ID 157432891"),
                Ev("takedown", -17, "", "All 14 listings removed 链接已删除"),
                Ev(
                    "counter_notice",
                    -9,
                    "CN-{Y}-0091",
                    "Seller claims parallel imports, "
                    "attached a purchase invoice from 'Voltra HK' (no such entity)",
                ),
            ),
        ),
    ),
    parties=(WOCHI,),
    exhibits=(
        Exhibit(
            "screenshot",
            "Listing screenshots of the Taobao shop before the complaint 投诉前截图",
            -21,
            (
                listing(
                    "taobao-wochi-listing.png",
                    "taobao",
                    "沃创X9同款 电动滑板车成人折叠 VOLTRA正品 超长续航",
                    "1,099.00",
                    "沃驰滑板车专营店",
                    shop_id="157432891",
                    seller_id="wochi_scooter",
                    url="https://item.taobao.com/item.htm?id=712345678901",
                    ships="浙江金华",
                ),
            ),
            by=BRAND_TEAM,
            url="https://item.taobao.com/item.htm?id=712345678901",
        ),
        Exhibit(
            "notarised_capture",
            "Notarised capture of the shop and its listings 网页公证",
            -21,
            (
                doc(
                    "taobao-wochi-notarial.pdf",
                    "notarial_certificate",
                    number="（{Y}）浙杭钱证内字第1234号",
                    shop="沃驰滑板车专营店",
                    item="网页浏览及截图（14个商品链接）",
                    amount="—",
                    matter="保全证据（网页浏览） Preservation of evidence — web pages",
                    receipt="公证员监督代理人对上述网页进行截图并打印，共 42 页。",
                ),
            ),
            by=INVESTIGATOR,
            notary=NOTARY_HZ,
            certificate="（{Y}）浙杭钱证内字第1234号",
        ),
        Exhibit(
            "correspondence",
            "Seller's counter-notice 反通知 with the 'Voltra HK' invoice",
            -9,
            (
                doc(
                    "taobao-counter-notice.pdf",
                    "letter",
                    heading="反通知 Counter-notice",
                    number="CN-{Y}-0091",
                    sender="沃驰滑板车专营店 (shop ID 157432891)",
                    to="Alibaba IPP",
                    seal="沃驰",
                    body="本店销售的商品均为正品平行进口，有进货发票为证，请求恢复商品链接。\n"
                    "Our goods are genuine parallel imports; please restore the listings.",
                ),
            ),
            by="Alibaba IPP (forwarded)",
        ),
    ),
    # The counter-notice generates the E-Commerce Law Art 43 deadline (15 days).
    money=(Cash("cost", "notary", "2500.00", "CNY", -21, "Web capture notarisation"),),
    notes=(
        "Same phone +86 139 5792 8841 on the Taobao shop profile as on the Yiwu stall. Plan: "
        "file the Hangzhou Internet Court suit and upload the acceptance notice to IPP.",
    ),
)

SHENZHEN_CHARGERS = Scenario(
    title=(
        "Fake 沃创 chargers and batteries — Shenzhen (Huanggang) detention 深圳海关扣留假冒充电器"
    ),
    product_line="Chargers and batteries",
    counsel="Wang Fang 王芳",
    opened=-220,
    status="closed",
    closed=-95,
    jurisdictions=("CN", "MY"),
    tags=("customs", "export", "batteries"),
    summary=(
        "Shenzhen Customs (Huanggang) stopped 8,600 chargers and battery packs marked 沃创 bound "
        "for Port Klang. Infringement established; customs confiscated the goods and fined the "
        "exporter CNY 36,000. Bond returned.\n深圳海关认定侵权，没收货物并处罚款。"
    ),
    rights=("tm_cn_9", "um_latch"),
    proceedings=(
        Proc(
            "customs",
            "深圳海关 Shenzhen Customs (皇岗海关 Huanggang)",
            "深关知扣字〔{Y}〕第058号",
            stage="closed",
            jurisdiction="CN",
            start=-219,
            end=-110,
            outcome="Infringement established; goods confiscated; fine CNY 36,000 on the exporter.",
            seized=8600,
            fine="36000.00",
            events=(
                Ev(
                    "customs_notice",
                    -219,
                    "深关知通字〔{Y}〕第058号",
                    "8,600 pcs chargers/batteries",
                ),
                Ev("detention_applied", -218),
                Ev("bond_posted", -217, "", "Cash bond CNY 50,000"),
                Ev("detention", -216, "深关知扣字〔{Y}〕第058号"),
                Ev(
                    "investigation_result",
                    -180,
                    "深关知认字〔{Y}〕第031号",
                    "侵权认定书: infringement established",
                ),
                Ev(
                    "other",
                    -110,
                    "深关缉违字〔{Y}〕0712号",
                    "Administrative penalty: confiscation and fine CNY 36,000",
                ),
            ),
        ),
    ),
    parties=(
        Who(
            "深圳市宝安区鑫源达电子厂 Shenzhen Xinyuanda Electronics Factory",
            identifiers=(
                ("credit_code", "92440300MA5G8K2L1Q"),
                ("phone", "0755-2771 9034"),
                ("address", "深圳市宝安区福永街道凤凰第三工业区 B 栋"),
            ),
            notes="Small electronics factory; also sells on 1688.",
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Shenzhen Customs notices (suspected goods, detention) 深圳海关通知书",
            -216,
            (
                doc(
                    "shenzhen-detention-notice.pdf",
                    "detention_notice",
                    customs="深圳海关 Shenzhen Customs",
                    number="深关知扣字〔{Y}〕第058号",
                    consignor="深圳市宝安区鑫源达电子厂",
                    goods="充电器、电池组 chargers and batteries",
                    quantity="8,600 件 pcs",
                    bond="现金担保 CNY 50,000",
                ),
            ),
            by="Shenzhen Customs",
            custody=received(-216, "深圳海关 Shenzhen Customs"),
        ),
        Exhibit(
            "sample_photo",
            "Sample chargers with fake 沃创 marks 样品照片",
            -214,
            (
                photo(
                    "shenzhen-chargers.jpg",
                    "charger",
                    "沃创 VOLTRA\n42V 2A 充电器\nCE FCC",
                    "皇岗海关 Huanggang",
                ),
            ),
            by=INVESTIGATOR,
            custody=sealed(-214, "皇岗海关 Huanggang Customs", "SZ-S-0058"),
        ),
        Exhibit(
            "decision",
            "Customs infringement finding 侵权认定书",
            -180,
            (
                doc(
                    "shenzhen-finding.pdf",
                    "letter",
                    heading="深圳海关 侵权认定书 Infringement Finding",
                    number="深关知认字〔{Y}〕第031号",
                    sender="深圳海关 Shenzhen Customs",
                    to="沃创出行科技（杭州）有限公司",
                    seal="深圳海关",
                    body="经调查，本关认定上述货物侵犯第41234567号“沃创”注册商标专用权。\n"
                    "Customs finds that the goods infringe trademark No. 41234567.",
                ),
            ),
            by="Shenzhen Customs",
        ),
    ),
    met=(
        Met("cn.customs.apply_detention", 0, -218),
        Met("cn.customs.investigation", 0, -180),
        # Infringement established: the Art 24(2) release no longer applies.
        Met("cn.customs.release_ex_officio", 0, -180, waived=True),
    ),
    money=(
        Cash(
            "cost",
            "bond",
            "50000.00",
            "CNY",
            -217,
            "Cash bond, returned in full",
            proc=0,
            bond="returned",
            settled=-100,
        ),
        Cash("cost", "storage", "4300.00", "CNY", -105, "Storage and destruction fees"),
    ),
    notes=("Exporter's customer in Port Klang is Sinar Volt — see the Malaysia case.",),
)

FIRMWARE_SITE = Scenario(
    title="Pirated VoltraOS firmware site voltra-firmware.net 盗版固件下载网站 — transfer to PSB",
    product_line="VoltraOS firmware",
    counsel="Liu Yang 刘洋",
    opened=-130,
    priority="urgent",
    jurisdictions=("CN",),
    offences=("217-online",),
    acts=-200,
    tags=("copyright", "online", "thresholds", "transfer", "firmware"),
    summary=(
        "voltra-firmware.net offers 'unlocked' VoltraOS firmware (speed limit removed), the X9 "
        "repair manual and service tools, with paid VIP membership. Counted 620 works, 48,200 "
        "clicks and 1,130 registered members. Complaint to the Guangdong Copyright "
        "Administration, which transferred the case to the Dongguan PSB.\n"
        "网站传播破解固件及用户手册，作品数量620部、注册会员1,130人，已达入罪标准，版权局已移送公安。"
    ),
    rights=("sw_os", "cr_manual"),
    proceedings=(
        Proc(
            "administrative",
            "广东省版权局 Guangdong Copyright Administration",
            "粤版执〔{Y}〕47号",
            stage="closed",
            start=-120,
            end=-74,
            outcome="Transferred to the Dongguan PSB (Art 3(2) Transfer Provisions).",
            events=(
                Ev("complaint_filed", -120, "", "Complaint with notarised capture and counts"),
                Ev(
                    "raid",
                    -95,
                    "粤版执〔{Y}〕47号",
                    "Server room inspection in Dongguan; hard disks sealed",
                ),
                Ev("referral", -74, "粤版移〔{Y}〕12号", "移送涉嫌犯罪案件 transfer to the PSB"),
            ),
        ),
        Proc(
            "criminal",
            "东莞市公安局网络安全保卫支队 Dongguan PSB (cyber security)",
            "东公（网）立字〔{Y}〕0231号",
            stage="pending",
            start=-74,
            events=(
                Ev(
                    "referral",
                    -74,
                    "粤版移〔{Y}〕12号",
                    "Received from the copyright administration",
                ),
                Ev(
                    "case_filed_by_police",
                    -68,
                    "东公（网）立字〔{Y}〕0231号",
                    "立案 under Art 217 Criminal Law",
                ),
            ),
        ),
    ),
    parties=(
        Who(
            "voltra-firmware.net 沃创固件下载站",
            kind="website",
            identifiers=(
                ("domain", "voltra-firmware.net"),
                ("url", "http://voltra-firmware.net/download"),
                ("email", "admin@voltra-firmware.net"),
                ("wechat", "vfw_vip888"),
            ),
            notes="Hosted in Dongguan; Cloudflare front; VIP membership CNY 39/year.",
        ),
        Who(
            "吴某某 Wu (site operator)",
            kind="person",
            identifiers=(("phone", "+86 186 2291 3307"), ("wechat", "vfw_vip888")),
            notes="Registrant per WHOIS history; paid VIP fees to his WeChat Pay.",
        ),
    ),
    exhibits=(
        Exhibit(
            "web_capture",
            "Capture of the download pages with counters 下载页面抓取（含下载次数）",
            -126,
            (
                capture(
                    "voltra-firmware-download.html",
                    "http://voltra-firmware.net/download",
                    "VoltraOS 固件下载 — X9/S3 破解版 解除限速",
                    "VoltraOS_X9_v3.2.7_unlocked.bin — 下载 12,430 次\n"
                    "VoltraOS_S3_v2.9.1_nolimit.bin — 下载 9,877 次\n"
                    "Voltra X9 维修手册 Repair manual (PDF) — 下载 8,112 次\n"
                    "VIP 会员 1,130 人 · 资源 620 个 · 总下载 48,200 次\n"
                    "联系站长 WeChat: vfw_vip888",
                ),
            ),
            by=BRAND_TEAM,
            url="http://voltra-firmware.net/download",
        ),
        Exhibit(
            "notarised_capture",
            "Notarised capture of the site, membership pages and a VIP download 网页证据保全公证",
            -124,
            (
                doc(
                    "firmware-notarial.pdf",
                    "notarial_certificate",
                    office="广东省深圳市深圳公证处",
                    number="（{Y}）深证字第45678号",
                    platform="voltra-firmware.net",
                    url="voltra-firmware.net",
                    shop="VIP 会员区",
                    item="VIP 年费会员（下载固件 3 个）",
                    amount="人民币 39 元",
                    matter=(
                        "保全证据（网页浏览及下载） Preservation of "
                        "evidence — web pages and downloads"
                    ),
                    receipt="下载所得文件经计算哈希值后刻录光盘封存。",
                ),
            ),
            by=INVESTIGATOR,
            notary=NOTARY_SZ,
            certificate="（{Y}）深证字第45678号",
            custody=sealed(-124, "深圳公证处 (CD-R with downloads)", "SZ-GZ-45678"),
        ),
        Exhibit(
            "timestamp_certificate",
            "Trusted timestamp of the screen recording of the download 时间戳认证",
            -126,
            (
                doc(
                    "firmware-timestamp.pdf",
                    "timestamp_certificate",
                    number="TSA-{Y}-03318842",
                    file="voltra-firmware-net-recording.mp4",
                ),
            ),
            by=BRAND_TEAM,
        ),
        Exhibit(
            "decision",
            "Dongguan PSB notice of case filing 立案告知书",
            -68,
            (
                doc(
                    "dongguan-psb-filing.pdf",
                    "police_notice",
                    psb="东莞市公安局 Dongguan PSB",
                    number="东公（网）立告字〔{Y}〕0231号",
                    reporter="广东省版权局（移送） / 沃创出行科技（杭州）有限公司",
                    offence="侵犯著作权罪 Copyright infringement (Art 217)",
                ),
            ),
            by="Dongguan PSB",
        ),
    ),
    figures=(
        Figure(
            "works",
            "620",
            "work",
            -126,
            "Firmware builds, manuals and tools, counted per title",
            exhibit=0,
        ),
        Figure(
            "clicks",
            "48200",
            "click",
            -126,
            "Site's own download counters (actual clicks to be confirmed from server logs)",
            exhibit=0,
        ),
        Figure("members", "1130", "member", -124, "Registered VIP members", exhibit=1),
        Figure("business_volume", "44070", "rmb", -95, "1,130 VIP fees × CNY 39"),
    ),
    transfer=Transfer(
        "广东省版权局 Guangdong Copyright Administration",
        (
            Step("suspicion_reached", -92, "", "", "620 works ≥ 500; 1,130 members ≥ 1,000"),
            Step(
                "transfer_requested",
                -88,
                "广东省版权局",
                "VT-L-{Y}-033",
                "Counsel's letter asking for transfer under Art 3(2)",
            ),
            Step("transferred", -74, "广东省版权局", "粤版移〔{Y}〕12号"),
            Step("psb_accepted", -71, "东莞市公安局", ""),
            Step("case_filed", -68, "东莞市公安局", "东公（网）立字〔{Y}〕0231号"),
        ),
        proc=0,
        note="Server logs requested to prove actual clicks.",
    ),
    deadlines=(
        Due(
            "Hand over files and seized disks (3 days after filing notice) 移交材料",
            -65,
            "cn.transfer.hand_over_files",
            "Transfer Provisions Art 12: 3 days from the police's filing notice.",
            proc=1,
            done=-66,
        ),
        Due(
            "Ask the PSB for progress and the server-log count 跟进侦查进展",
            12,
            "",
            "Internal follow-up.",
            proc=1,
        ),
    ),
    money=(
        Cash("cost", "notary", "4800.00", "CNY", -124, "深圳公证处"),
        Cash("cost", "investigator", "15000.00", "CNY", -126, "Online investigation and WHOIS"),
        Cash("cost", "other", "300.00", "CNY", -126, "Timestamp certificate"),
    ),
    notes=(
        "48,200 clicks is 96% of the 50,000 threshold; works (620) and members (1,130) are "
        "already above theirs, so the case stands without the clicks.",
        "公安已冻结站长微信支付账户。",
    ),
)

SCOOTERHACK = Scenario(
    title="scooterhack.cn — firmware and manuals, repeat offender 破解固件网站（二年内再犯）",
    product_line="VoltraOS firmware",
    counsel="Liu Yang 刘洋",
    opened=-34,
    priority="high",
    jurisdictions=("CN",),
    offences=("217-online",),
    acts=-60,
    tags=("copyright", "online", "thresholds", "half-of-two"),
    summary=(
        "scooterhack.cn hosts 300 Voltra works (firmware builds, manuals, service videos), "
        "downloaded 8,200 times, with CNY 18,000 of advertising income. Its operator was fined "
        "by the Hangzhou culture-market enforcement team last year for the same conduct, so the "
        "repeat item (二) of the 2025 Interpretation Art 13(1) applies: half of it (business "
        "volume 15,000) and half of item (四) (works or downloads) make 'serious' under Art "
        "13(1)(v). Reported directly to the Hangzhou Xihu PSB; hosting provider took the files "
        "down.\n作品300部、下载8,200次、广告收入1.8万元；二年内受过行政处罚后再次实施。"
    ),
    rights=("sw_os", "cr_manual"),
    proceedings=(
        Proc(
            "platform",
            "阿里云 Alibaba Cloud (hosting provider)",
            "ALY-IPR-{Y}-55102",
            stage="decided",
            start=-30,
            end=-26,
            outcome="Files removed from the OSS bucket.",
            events=(Ev("notice_sent", -30, "ALY-IPR-{Y}-55102"), Ev("takedown", -26)),
        ),
        Proc(
            "criminal",
            "杭州市公安局西湖区分局 Hangzhou Xihu PSB",
            "",
            stage="filed",
            start=-25,
            events=(Ev("referral", -25, "VT-R-{Y}-007", "报案 with counts and notarised capture"),),
        ),
    ),
    parties=(
        Who(
            "scooterhack.cn 滑板车破解网",
            kind="website",
            identifiers=(
                ("domain", "scooterhack.cn"),
                ("url", "https://scooterhack.cn/voltra"),
                ("email", "hack@scooterhack.cn"),
            ),
            notes="ICP filing in the name of an individual in Hangzhou.",
        ),
    ),
    exhibits=(
        Exhibit(
            "web_capture",
            "Capture of the Voltra section with counters",
            -33,
            (
                capture(
                    "scooterhack-voltra.html",
                    "https://scooterhack.cn/voltra",
                    "Voltra 专区 — 固件 / 手册 / 维修视频",
                    "共 300 个资源 · 总点击 30,000\n"
                    "X9 解锁固件 v3.1 — 点击 4,210\nS3 Lite 中文维修手册 — 点击 2,980",
                ),
            ),
            by=BRAND_TEAM,
            url="https://scooterhack.cn/voltra",
        ),
        Exhibit(
            "notarised_capture",
            "Notarised capture of the Voltra section 网页公证",
            -32,
            (
                doc(
                    "scooterhack-notarial.pdf",
                    "notarial_certificate",
                    number="（{Y}）浙杭钱证内字第2087号",
                    platform="scooterhack.cn",
                    url="scooterhack.cn/voltra",
                    shop="Voltra 专区",
                    item="网页浏览（300 个资源列表）",
                    amount="—",
                    matter="保全证据（网页浏览）",
                ),
            ),
            by=INVESTIGATOR,
            notary=NOTARY_HZ,
            certificate="（{Y}）浙杭钱证内字第2087号",
        ),
    ),
    figures=(
        Figure("works", "300", "work", -32, "Item (四): half of 500 = 250 reached", exhibit=1),
        Figure("downloads", "8200", "download", -32, "Download counter, notarised", exhibit=1),
        Figure("clicks", "30000", "click", -32, "Page views", exhibit=1),
        Figure("business_volume", "18000", "rmb", -30, "Ad income: item (二) half = 15,000"),
    ),
    penalties=(
        Penalty(
            -400,
            "administrative",
            "217",
            "杭州市文化市场行政执法总队 Hangzhou culture-market enforcement team",
            "杭文执罚〔{Y}〕第118号",
            "Fined CNY 20,000 for disseminating Voltra firmware without licence",
        ),
    ),
    deadlines=(
        Due(
            "Follow up the PSB's filing decision 跟进立案",
            2,
            "",
            "Reported directly (no transfer): the 3-day rule of the Transfer Provisions does not "
            "bind the PSB here; chase after a week.",
            proc=1,
        ),
    ),
    money=(Cash("cost", "notary", "2200.00", "CNY", -32),),
    notes=(
        "Half rule (2025 Art 13(1)(v)): item (四) on works 300/500 or downloads 8,200/10,000, "
        "item (二) on ad income 18,000 of the repeat offender's 30,000.",
    ),
)

ROTTERDAM = Scenario(
    title="Rotterdam detention of X9 copies — Dutch customs (Reg. 608/2013) 鹿特丹海关扣留",
    product_line="X9 e-scooter",
    counsel="Marieke de Vries",
    opened=-9,
    priority="urgent",
    jurisdictions=("NL", "EU"),
    tags=("customs", "EU", "608/2013"),
    summary=(
        "Douane Rotterdam suspended the release of 2,100 e-scooters looking like the X9, "
        "shipped from Ningbo by a different exporter, under our Union application for action. "
        "We have 10 working days to confirm infringement and consent to destruction, or start "
        "proceedings. Samples requested."
    ),
    rights=("tm_eu", "des_eu_x9"),
    proceedings=(
        Proc(
            "customs",
            "Douane Rotterdam Rijnmond (Dutch customs)",
            "NL-ROT-{Y}-0043871",
            stage="pending",
            jurisdiction="NL",
            start=-8,
            seized=2100,
            currency="EUR",
            events=(
                Ev(
                    "detention",
                    -8,
                    "NL-ROT-{Y}-0043871",
                    "Notification of detention, Reg. 608/2013 Art 17(3)",
                ),
                Ev("other", -6, "", "Samples and photos requested (Art 19)"),
            ),
        ),
    ),
    parties=(
        Who(
            "Trans-Euro Mobility B.V.",
            country="NL",
            identifiers=(
                ("other", "KvK 81234567"),
                ("email", "import@transeuro-mobility.nl"),
                ("address", "Waalhaven Z.z. 21, 3089 JH Rotterdam"),
            ),
            notes="Consignee; also buys from Yiwu Wochi (see the Ningbo invoice).",
        ),
        Who(
            "宁波北仑捷航进出口有限公司 Ningbo Jiehang Import & Export Co., Ltd.",
            identifiers=(("credit_code", "91330206MA2CL4U81E"),),
            notes="Exporter of record.",
        ),
        Who(
            "Van Dijk & Meijer IP Advocaten",
            country="NL",
            role="agent",
            identifiers=(("email", "ip@vdm-advocaten.nl"),),
            notes="Our Dutch counsel.",
        ),
    ),
    exhibits=(
        Exhibit(
            "customs_notice",
            "Douane notification of detention (Art 17)",
            -8,
            (
                doc(
                    "rotterdam-notification.pdf",
                    "foreign_customs",
                    number="NL-ROT-{Y}-0043871",
                    afa="NL/AFA/2025/000871",
                    declarant="Trans-Euro Mobility B.V.",
                    consignor="Ningbo Jiehang Import & Export Co., Ltd.",
                    goods="Electric scooters (HS 8711 60)",
                    quantity="2,100 units in 3 containers",
                    origin="Ningbo (CN) → Rotterdam (NL)",
                ),
            ),
            by="Douane Rotterdam",
            custody=received(-8, "Douane Rotterdam (e-mail)"),
        ),
        Exhibit(
            "sample_photo",
            "Customs photos of the detained goods",
            -7,
            (
                photo(
                    "rotterdam-customs-photo.jpg",
                    "scooter",
                    "VOLTRA X9 PRO\nCE",
                    "Douane Rotterdam — Maasvlakte",
                ),
            ),
            by="Douane Rotterdam",
        ),
    ),
    # The notified detention generates the Art 23(1) deadline on Dutch working days.
    deadlines=(
        Due(
            "Renew the Union application for action (30 working days before expiry)",
            33,
            "",
            "Reg. (EU) 608/2013 Art 12(2): request the extension at least 30 working days "
            "before the application for action ends (set by hand from the AFA's end date).",
        ),
    ),
    money=(
        Cash("cost", "lawyer", "2850.00", "EUR", -5, "Van Dijk & Meijer — review and letter"),
        Cash("cost", "storage", "1150.00", "EUR", -2, "Storage estimate, first two weeks"),
    ),
    notes=(
        "Ask the declarant for consent to destruction first (Art 23(1)(c)); silence counts "
        "as consent.",
    ),
)

HANGZHOU_COURT = Scenario(
    title=(
        "Jinhua Jisu v. Voltra — Hangzhou Internet Court suit and appeal 杭州互联网法院商标侵权诉讼"
    ),
    product_line="X9 e-scooter",
    counsel="Chen Jing 陈静",
    opened=-330,
    priority="high",
    jurisdictions=("CN",),
    tags=("civil", "Taobao", "appeal", "enforcement"),
    summary=(
        "Tmall/Taobao shop 极速电摩旗舰店 sold X9 copies with VOLTRA marks. After a notarised "
        "purchase we sued in the Hangzhou Internet Court: judgment CNY 280,000 (claimed "
        "500,000). The defendant appealed; the Hangzhou Intermediate Court dismissed the appeal. "
        "Damages unpaid — enforcement next.\n一审判赔28万元，二审驳回上诉，维持原判。被告尚未履行。"
    ),
    rights=("tm_cn_12",),
    proceedings=(
        Proc(
            "platform",
            "Alibaba IPP 阿里巴巴知识产权保护平台 (Tmall)",
            "IPP-{Y}-5120977",
            stage="decided",
            start=-325,
            end=-320,
            outcome="23 listings removed",
            events=(Ev("notice_sent", -325), Ev("takedown", -320, "", "23 listings removed")),
        ),
        Proc(
            "civil",
            "杭州互联网法院 Hangzhou Internet Court → 杭州市中级人民法院 (appeal)",
            "（{Y}）浙0192民初1234号",
            stage="enforcement",
            jurisdiction="CN",
            start=-300,
            damages="280000.00",
            outcome="First instance: stop infringing, damages CNY 280,000; appeal dismissed.",
            events=(
                Ev("suit_filed", -300, "（{Y}）浙0192民初1234号"),
                Ev("hearing", -230, "", "Online hearing 在线庭审"),
                Ev("judgment_served", -190, "（{Y}）浙0192民初1234号", "CNY 280,000 awarded"),
                Ev("appeal_filed", -180, "", "Defendant appeals to Hangzhou Intermediate Court"),
                Ev("hearing", -100, "（{Y}）浙01民终5678号"),
                Ev("judgment_served", -45, "（{Y}）浙01民终5678号", "驳回上诉，维持原判"),
            ),
        ),
    ),
    parties=(
        Who(
            "金华市极速电动车有限公司 Jinhua Jisu E-Vehicle Co., Ltd.",
            identifiers=(
                ("credit_code", "91330702MA29K4TX3R"),
                ("shop_id", "231908877"),
                ("url", "https://jisudianmo.tmall.com"),
            ),
            notes="Operates Tmall shop 极速电摩旗舰店.",
        ),
    ),
    exhibits=(
        Exhibit(
            "notarised_purchase",
            "Notarised purchase of an X9 copy from 极速电摩旗舰店 公证购买",
            -310,
            (
                doc(
                    "hangzhou-notarial.pdf",
                    "notarial_certificate",
                    number="（{Y}）浙杭钱证内字第1234号",
                    platform="天猫 Tmall",
                    url="jisudianmo.tmall.com",
                    shop="极速电摩旗舰店",
                    item="沃创X9同款电动滑板车",
                    amount="人民币 1,299 元",
                ),
                listing(
                    "hangzhou-listing.png",
                    "tmall",
                    "沃创X9同款电动滑板车 成人折叠 超长续航 Voltra X9",
                    "1,299.00",
                    "极速电摩旗舰店",
                    shop_id="231908877",
                    url="https://detail.tmall.com/item.htm?id=698877665544",
                ),
                photo("hangzhou-parcel.jpg", "scooter", "VOLTRA X9\n沃创", "公证处拆封 unboxing"),
            ),
            by=INVESTIGATOR,
            notary=NOTARY_HZ,
            certificate="（{Y}）浙杭钱证内字第1234号",
            url="https://detail.tmall.com/item.htm?id=698877665544",
            custody=sealed(-306, "杭州市钱塘公证处 (parcel)", "HZ-GZ-1234"),
        ),
        Exhibit(
            "blockchain_deposit",
            "Judicial blockchain deposit of the listing pages 司法区块链存证",
            -309,
            (
                doc(
                    "hangzhou-blockchain.pdf",
                    "timestamp_certificate",
                    number="BC-HZ-{Y}-00871234",
                    file="jisudianmo-listing-capture.zip",
                ),
            ),
            by=BRAND_TEAM,
        ),
        Exhibit(
            "decision",
            "Appeal judgment 二审判决书",
            -45,
            (
                doc(
                    "hangzhou-appeal-judgment.pdf",
                    "judgment",
                    court="浙江省杭州市中级人民法院 Hangzhou Intermediate Court",
                    number="（{Y}）浙01民终5678号",
                    defendant="金华市极速电动车有限公司（上诉人）",
                    kind="民事判决书（二审） Civil Judgment (appeal)",
                    holding="驳回上诉，维持原判。 The appeal is dismissed.",
                    damages="人民币 280,000 元",
                    appeal="本判决为终审判决。 This judgment is final.",
                ),
            ),
            by="Hangzhou Intermediate Court",
        ),
    ),
    deadlines=(
        Due(
            "Defendant to pay damages (10 days after the judgment takes effect)",
            -30,
            "",
            "Per the judgment; not paid — overdue.",
            proc=1,
        ),
        Due(
            "Apply for enforcement (2 years) 申请强制执行",
            0,
            "cn.civil.enforcement",
            "Counted from the last day for performance set by the judgment.",
            proc=1,
            counted_from=-30,
        ),
    ),
    # We won at first instance and did not appeal; the appeal judgment is final.
    met=(Met("cn.civil.appeal_judgment", 1, -176),),
    money=(
        Cash("cost", "notary", "3500.00", "CNY", -310),
        Cash("cost", "court_fee", "5550.00", "CNY", -300, "案件受理费", proc=1),
        Cash("cost", "lawyer", "60000.00", "CNY", -300, "Both instances", proc=1),
    ),
    notes=(
        "Defendant has assets: two delivery vans and a Tmall deposit (保证金). Ask the court "
        "to freeze the Tmall deposit.",
    ),
)

SHENZHEN_PATENT = Scenario(
    title=(
        "Folding-mechanism patent suit — Shenzhen "
        "Intermediate Court, appeal to the SPC 折叠机构专利诉讼"
    ),
    product_line="X9 e-scooter",
    counsel="Wang Fang 王芳",
    opened=-420,
    priority="high",
    jurisdictions=("CN",),
    tags=("civil", "patent", "appeal", "SPC"),
    summary=(
        "Shenzhen Jisu Zhixing makes scooters using our patented folding mechanism "
        "(ZL202110123456.7). Evidence preservation by the court, judgment: injunction and CNY "
        "1,200,000 damages. The defendant appealed to the SPC IP Tribunal.\n"
        "深圳中院判决停止侵权、赔偿120万元，被告上诉至最高人民法院知识产权法庭。"
    ),
    rights=("pat_fold", "des_x9"),
    proceedings=(
        Proc(
            "civil",
            "深圳市中级人民法院 Shenzhen Intermediate Court → 最高人民法院知识产权法庭 (appeal)",
            "（{Y}）粤03民初4321号",
            stage="appeal",
            jurisdiction="CN",
            start=-400,
            damages="1200000.00",
            outcome="First instance: injunction, damages CNY 1,200,000.",
            events=(
                Ev(
                    "other",
                    -405,
                    "（{Y}）粤03证保12号",
                    "Court evidence preservation at the factory",
                ),
                Ev("suit_filed", -400, "（{Y}）粤03民初4321号"),
                Ev("hearing", -260, "", "Technical investigator 技术调查官 present"),
                Ev("judgment_served", -200, "（{Y}）粤03民初4321号", "Injunction + CNY 1.2m"),
                Ev("injunction", -200, "", "Permanent injunction in the judgment"),
                Ev("appeal_filed", -188, "（{Y}）最高法知民终321号", "Defendant appeals"),
                Ev("hearing", -30, "（{Y}）最高法知民终321号", "First appeal hearing"),
            ),
        ),
    ),
    parties=(
        Who(
            "深圳市极速智行科技有限公司 Shenzhen Jisu Zhixing Technology Co., Ltd.",
            identifiers=(
                ("credit_code", "91440300MA5FQ8R21X"),
                ("phone", "0755-8661 2090"),
                ("url", "https://www.jisu-zx.com"),
            ),
            notes="Factory in Longhua; exports via AliExpress sellers.",
        ),
    ),
    exhibits=(
        Exhibit(
            "notarised_purchase",
            "Notarised purchase of the accused scooter 公证购买被诉侵权产品",
            -415,
            (
                doc(
                    "shenzhen-patent-notarial.pdf",
                    "notarial_certificate",
                    office="广东省深圳市深圳公证处",
                    number="（{Y}）深证字第23411号",
                    platform="1688.com",
                    url="jisu-zx.1688.com",
                    shop="深圳市极速智行科技有限公司",
                    item="JS-F8 电动滑板车",
                    amount="人民币 1,050 元",
                ),
                photo(
                    "jsf8-folding-joint.jpg",
                    "scooter",
                    "JS-F8\n折叠机构 folding joint",
                    "公证处拆封 unboxing",
                ),
            ),
            by=INVESTIGATOR,
            notary=NOTARY_SZ,
            certificate="（{Y}）深证字第23411号",
            custody=sealed(-412, "深圳公证处 (parcel)", "SZ-GZ-23411"),
        ),
        Exhibit(
            "appraisal_report",
            "Technical comparison report: all features of claim 1 present 技术比对报告",
            -398,
            (
                doc(
                    "jsf8-comparison.pdf",
                    "appraisal_report",
                    number="ZSJD-{Y}-0877",
                    submitted_by="沃创出行科技（杭州）有限公司",
                    sample="JS-F8 电动滑板车 1 台",
                    examiner="北京中司知识产权司法鉴定中心 (demo)",
                    points="权利要求1技术特征A：折叠锁扣——相同;技术特征B：限位销——相同;"
                    "技术特征C：阻尼转轴——等同;技术特征D：快拆手柄——相同",
                ),
            ),
            by="Forensic IP appraisal centre",
        ),
        Exhibit(
            "decision",
            "First-instance judgment 一审判决书",
            -200,
            (
                doc(
                    "shenzhen-judgment.pdf",
                    "judgment",
                    court="广东省深圳市中级人民法院 Shenzhen Court",
                    number="（{Y}）粤03民初4321号",
                    defendant="深圳市极速智行科技有限公司",
                    cause="侵害发明专利权纠纷 Patent infringement",
                    holding="被告立即停止制造、销售、许诺销售侵害原告第ZL202110123456.7号发明专利权的产品。",
                    damages="人民币 1,200,000 元",
                    appeal="如不服本判决，可在判决书送达之日起十五日内上诉于最高人民法院。",
                ),
            ),
            by="Shenzhen Intermediate Court",
        ),
    ),
    deadlines=(
        Due("SPC appeal — second hearing 二审第二次开庭", 21, "", "", proc=0),
        Due(
            "Respond to appellant's supplementary evidence 对补充证据发表质证意见",
            -3,
            "",
            "Court-set period of 15 days; still open — overdue.",
            proc=0,
        ),
    ),
    met=(Met("cn.civil.appeal_judgment", 0, -188),),  # the defendant appealed; we did not
    money=(
        Cash("cost", "court_fee", "15600.00", "CNY", -400, proc=0),
        Cash("cost", "lawyer", "180000.00", "CNY", -390, "Fixed fee, first instance", proc=0),
        Cash("cost", "appraisal", "25000.00", "CNY", -398, "Technical comparison"),
        Cash("cost", "lawyer", "90000.00", "CNY", -150, "Appeal", proc=0),
    ),
    notes=(
        "Injunction not stayed by the appeal; monitor their 1688 store.",
        "技术调查官意见对我方有利。",
    ),
)

BAIYUN_FACTORY = Scenario(
    title="Baiyun robot-vacuum factory — raid, transfer, conviction 白云区假冒扫地机器人工厂刑事案",
    product_line="C7 robot vacuum",
    counsel="Zhang Wei 张伟",
    opened=-540,
    status="closed",
    closed=-280,
    priority="high",
    jurisdictions=("CN",),
    offences=("213",),
    acts=-720,
    tags=("criminal", "transfer", "factory", "Art 213"),
    summary=(
        "A factory in Baiyun, Guangzhou assembled C7 robot vacuums with VOLTRA and 沃创 marks. "
        "The Baiyun AMR raided it (3,860 units), found a business volume of CNY 1.26 million and "
        "transferred the case to the police. Prosecuted and convicted: 3 years 6 months and a "
        "CNY 600,000 fine.\n白云区市场监管局查处"
        "后移送公安，被告人以假冒注册商标罪被判处有期徒刑三年六个月。"
    ),
    rights=("tm_cn_9", "tm_cn_logo"),
    proceedings=(
        Proc(
            "administrative",
            "广州市白云区市场监督管理局 Baiyun AMR",
            "穗云市监立〔{Y}〕211号",
            stage="closed",
            start=-525,
            end=-506,
            seized=3860,
            outcome="Transferred to the PSB (business volume above the Art 213 threshold).",
            events=(
                Ev("complaint_filed", -525),
                Ev("raid", -520, "", "3,860 units seized"),
                Ev("referral", -506, "穗云市监移〔{Y}〕9号"),
            ),
        ),
        Proc(
            "criminal",
            "广州市公安局白云区分局 → 白云区人民检察院 → 白云区人民法院",
            "（{Y}）粤0111刑初1234号",
            stage="closed",
            start=-506,
            end=-280,
            fine="600000.00",
            sentence=(
                "有期徒刑三年六个月，并处罚金人民币六十万元 — 3 years 6 months, fine CNY 600,000"
            ),
            outcome="Convicted of counterfeiting registered trademarks (Art 213).",
            events=(
                Ev("case_filed_by_police", -500, "穗公白（经）立字〔{Y}〕0456号"),
                Ev("prosecution", -380, "穗云检刑诉〔{Y}〕789号"),
                Ev("judgment_served", -300, "（{Y}）粤0111刑初1234号"),
            ),
        ),
    ),
    parties=(
        Who(
            "广州市白云区顺洁电器厂 Guangzhou Baiyun Shunjie Electric Appliance Factory",
            identifiers=(
                ("credit_code", "92440111MA59T2E31G"),
                ("phone", "020-3622 8810"),
                ("address", "广州市白云区太和镇大沥工业区 12 号"),
            ),
            notes="Factory closed after the raid.",
        ),
        Who(
            "黄某 Huang (factory owner)",
            kind="person",
            identifiers=(("phone", "+86 135 0288 4410"),),
            notes="Convicted.",
        ),
    ),
    exhibits=(
        Exhibit(
            "sample_photo",
            "Raid photos: assembly line and finished units 现场照片",
            -520,
            (
                photo(
                    "baiyun-line.jpg",
                    "vacuum",
                    "VOLTRA C7\n沃创扫地机器人",
                    "白云区 大沥工业区 raid",
                ),
                photo(
                    "baiyun-cartons.jpg", "carton", "VOLTRA C7\nROBOT VACUUM", "成品仓 warehouse"
                ),
            ),
            by="Baiyun AMR",
            custody=received(-518, "白云区市场监督管理局"),
        ),
        Exhibit(
            "appraisal_report",
            "Authentication report on 20 sampled units",
            -517,
            (
                doc(
                    "baiyun-appraisal.pdf",
                    "appraisal_report",
                    number="VT-QA-{Y}-0102",
                    submitted_by="广州市白云区市场监督管理局",
                    sample="扫地机器人 C7 抽样 20 台",
                ),
            ),
            by="Voltra QA lab",
        ),
        Exhibit(
            "decision",
            "Criminal judgment 刑事判决书",
            -300,
            (
                doc(
                    "baiyun-judgment.pdf",
                    "judgment",
                    court="广州市白云区人民法院 Baiyun Court",
                    number="（{Y}）粤0111刑初1234号",
                    kind="刑事判决书 Criminal Judgment",
                    defendant="黄某",
                    cause="假冒注册商标罪 Counterfeiting registered trademarks",
                    holding="被告人黄某犯假冒注册商标罪，判处有期徒刑三年六个月，并处罚金人民币六十万元。",
                    damages="（刑事案件，另行和解）",
                    appeal="（被告人未上诉）",
                ),
            ),
            by="Baiyun Court",
        ),
    ),
    figures=(
        Figure(
            "business_volume",
            "1260000",
            "rmb",
            -506,
            "Per the AMR's transfer letter; especially serious ≥ 250,000",
        ),
        Figure("illegal_gains", "310000", "rmb", -380, "Per the indictment"),
        Figure("marks", "2", "mark", -506, "VOLTRA and 沃创: 'two or more marks' thresholds"),
    ),
    transfer=Transfer(
        "广州市白云区市场监督管理局 Baiyun AMR",
        (
            Step("suspicion_reached", -518, "Baiyun AMR", "", "BV far above 250,000"),
            Step("transfer_requested", -515, "", "VT-L-{Y}-004"),
            Step("transferred", -506, "Baiyun AMR", "穗云市监移〔{Y}〕9号"),
            Step("psb_accepted", -503, "白云区分局"),
            Step("case_filed", -500, "白云区分局", "穗公白（经）立字〔{Y}〕0456号"),
            Step("prosecuted", -380, "白云区人民检察院", "穗云检刑诉〔{Y}〕789号"),
            Step("judgment", -300, "白云区人民法院", "（{Y}）粤0111刑初1234号"),
        ),
        proc=0,
    ),
    deadlines=(
        Due(
            "PSB decides whether to file (3 days after transfer)",
            -503,
            "cn.transfer.psb_decision",
            "Transfer Provisions Art 8: 3 days from accepting the transferred case.",
            proc=1,
            done=-500,
        ),
    ),
    money=(
        Cash("cost", "appraisal", "6000.00", "CNY", -517),
        Cash("cost", "investigator", "28000.00", "CNY", -530),
        Cash(
            "recovery",
            "settlement",
            "200000.00",
            "CNY",
            -320,
            "Compensation paid by the defendant for leniency (刑事谅解)",
            proc=1,
        ),
    ),
    notes=("Model criminal case for the annual report.",),
)

CURATED: tuple[Scenario, ...] = (
    NINGBO_X9,
    YIWU_RAID,
    TAOBAO_WOCHI,
    SHENZHEN_CHARGERS,
    FIRMWARE_SITE,
    SCOOTERHACK,
    ROTTERDAM,
    HANGZHOU_COURT,
    SHENZHEN_PATENT,
    BAIYUN_FACTORY,
    *MORE,
)
