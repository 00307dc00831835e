"""A small, realistic archive for the GUI tests and the README screenshot, built through the
services only: cases with Chinese text, proceedings with events, parties (one repeat infringer),
evidence with files and a chain of custody, rights with recordals, deadlines (one overdue),
money and notes. Dates are relative to today so "overdue" stays overdue.

All names are invented. `python -m tests.ui.sample_data PATH` writes one to PATH.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from casefile import clock
from casefile.services import cases, evidence, parties, proceedings, records, rights
from casefile.store.archive import Archive


@dataclass(frozen=True)
class Sample:
    scooter: str  # reference of the richest case
    robot: str
    repeat: str  # shares an infringer with `scooter`
    customs_eu: str
    closed: str


def _days(n: int) -> date:
    return clock.today() + timedelta(days=n)


def _file(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(content, encoding="utf-8")
    return path


def build(archive: Archive, files_dir: Path) -> Sample:
    """Fill `archive` (normally empty) with five cases; evidence source files go to files_dir."""
    actor = "王律师"
    scooter = cases.create_case(
        archive,
        cases.CaseDraft(
            title="速达车行 — 假冒 Velora X9 电动滑板车",
            brand="Velora",
            product_line="X9 e-scooter",
            priority="urgent",
            jurisdictions="CN",
            responsible_counsel="Wang Li",
            opened_on=_days(-120),
            summary=(
                "Taobao shop 速达车行 sells X9 scooters with the VELORA mark at 40% of retail. "
                "Notarised purchase on 2 listings; warehouse located in 义乌 (Yiwu). AMR raid "
                "done; business volume suggests the criminal threshold is within reach."
            ),
            tags="marketplace, warehouse, criminal-track",
        ),
        actor,
    )
    ref = scooter.reference
    platform = proceedings.add_proceeding(
        archive,
        ref,
        proceedings.ProceedingDraft(
            route="platform",
            authority="Alibaba IPP",
            authority_ref="IPP-2026-558101",
            stage="decided",
            started_on=_days(-110),
            ended_on=_days(-95),
            outcome="Both listings taken down; seller filed no counter-notice.",
        ),
        actor,
    )
    proceedings.add_event(archive, platform.id, "notice_sent", _days(-110), "IPP-558101", "")
    proceedings.add_event(archive, platform.id, "takedown", _days(-104), "", "2 listings removed")
    admin = proceedings.add_proceeding(
        archive,
        ref,
        proceedings.ProceedingDraft(
            route="administrative",
            authority="义乌市市场监督管理局 (Yiwu AMR)",
            authority_ref="义市监处〔2026〕118号",
            stage="decided",
            started_on=_days(-80),
            ended_on=_days(-30),
            outcome="Raid on the Yiwu warehouse; goods confiscated; fine imposed.",
            quantity_seized=1260,
            fine="180000",
            currency="CNY",
        ),
        actor,
    )
    proceedings.add_event(archive, admin.id, "complaint_filed", _days(-80), "", "")
    proceedings.add_event(
        archive, admin.id, "raid", _days(-62), "", "1,260 scooters and 3,400 labels seized"
    )
    proceedings.add_event(
        archive, admin.id, "penalty_decision", _days(-30), "义市监处〔2026〕118号", ""
    )
    criminal = proceedings.add_proceeding(
        archive,
        ref,
        proceedings.ProceedingDraft(
            route="criminal",
            authority="义乌市公安局 (Yiwu PSB)",
            stage="filed",
            started_on=_days(-20),
        ),
        actor,
    )
    proceedings.add_event(
        archive, criminal.id, "referral", _days(-20), "", "Transfer requested by the AMR"
    )
    seller, _ = parties.add_party_to_case(
        archive,
        ref,
        parties.PartyDraft(
            name="义乌速达贸易有限公司",
            kind="company",
            country="CN",
            notes="Operates the Taobao shop 速达车行 and a warehouse in 义乌 北苑街道.",
            identifiers=[
                ("credit_code", "91330782MA2EXAMPLE"),
                ("shop_id", "taobao:57310022"),
                ("phone", "+86 138 0000 1234"),
            ],
        ),
        "infringer",
        actor,
    )
    parties.add_party_to_case(
        archive,
        ref,
        parties.PartyDraft(name="Alibaba IPP Platform", kind="company", country="CN"),
        "platform",
        actor,
    )
    notice = _file(files_dir, "notarial-certificate-0412.txt", "notarial certificate " * 400)
    photo = _file(files_dir, "purchase-photos.txt", "photos " * 9000)
    exhibit = evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(
            kind="notarised_purchase",
            description="Notarised purchase of two X9 scooters from 速达车行 (order 3381…).",
            obtained_on=_days(-100),
            obtained_by="Zhang Min (investigator)",
            source_url="item.taobao.com/item.htm?id=6500000001",
            notary_office="上海市东方公证处",
            notary_certificate="(2026)沪东证经字第0412号",
        ),
        [notice, photo],
        actor=actor,
    ).evidence
    evidence.add_custody_event(
        archive,
        exhibit.id,
        "received",
        datetime.combine(_days(-99), datetime.min.time()).replace(hour=10),
        received_from="上海市东方公证处",
        handed_to="Wang Li",
        seal_number="DF-0412",
        location="Shanghai office safe",
        actor=actor,
    )
    invoice = _file(files_dir, "invoice-3381.txt", "invoice " * 300)
    evidence.add_evidence(
        archive,
        ref,
        evidence.EvidenceDraft(
            kind="invoice",
            description="Seller's invoice for the notarised purchase.",
            obtained_on=_days(-98),
        ),
        [invoice],
        actor=actor,
    )
    right = rights.add_right(
        archive,
        rights.RightDraft(
            kind="trademark",
            number="30012345",
            jurisdiction="CN",
            title="VELORA",
            owner="Velora Mobility Co., Ltd.",
            classes="12, 28",
            valid_from="2019-03-07",
            valid_to="2029-03-06",
        ),
        ref,
        actor,
    )
    rights.add_recordal(archive, right.id, "GACC", "T2019-88776", "2019-06-01", _days(90), actor)
    records.add_deadline(
        archive,
        ref,
        "Ask PSB whether the case is filed (Transfer Provisions Art 8)",
        _days(-3),
        rule_id="cn.transfer.psb_decision",
        explanation="3 days from the transfer",
        actor=actor,
    )
    records.add_deadline(
        archive, ref, "Renew GACC recordal T2019-88776", _days(90), rule_id="cn.customs.art10"
    )
    records.add_deadline(archive, ref, "Takedown report to client", _days(-100), actor=actor)
    done = records.add_deadline(archive, ref, "Send notarised evidence to AMR", _days(-82))
    records.set_deadline_status(archive, done, "done", _days(-83), actor)
    for direction, category, amount, when, what in (
        ("cost", "notary", "6800.00", -100, "Notarised purchase, 2 scooters"),
        ("cost", "investigator", "15000.00", -90, "Warehouse surveillance"),
        ("cost", "lawyer", "42000.00", -60, "Administrative complaint"),
        ("recovery", "fine_share", "9000.00", -25, "Reward for the report"),
    ):
        records.add_money_entry(archive, ref, direction, category, amount, "CNY", _days(when), what)
    records.add_money_entry(
        archive, ref, "cost", "lawyer", "3500", "EUR", _days(-40), "EU counsel review"
    )
    records.add_note(
        archive,
        ref,
        "Called the AMR case officer: the transfer file goes to the PSB this week.\n"
        "下周跟进公安立案情况。",
        actor=actor,
    )
    records.add_threshold_figure(
        archive, ref, "business_volume", "310000", _days(-30), note="From the penalty decision"
    )

    robot = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Counterfeit R2 robot vacuums on Shopee (MY, SG)",
            brand="Velora",
            product_line="R2 robot vacuum",
            priority="high",
            jurisdictions="MY, SG",
            responsible_counsel="Tan Wei Ming",
            opened_on=_days(-45),
            summary="Three Shopee sellers; one ships from 深圳.",
            tags="marketplace, SEA",
        ),
        actor,
    )
    proceedings.add_proceeding(
        archive,
        robot.reference,
        proceedings.ProceedingDraft(route="platform", authority="Shopee IPP", stage="pending"),
        actor,
    )
    records.add_deadline(archive, robot.reference, "Counter-notice window ends", _days(4))

    repeat = cases.create_case(
        archive,
        cases.CaseDraft(
            title="速达贸易 再次销售假冒 X9 配件",
            brand="Velora",
            product_line="X9 spare parts",
            priority="normal",
            jurisdictions="CN",
            responsible_counsel="Wang Li",
            opened_on=_days(-10),
        ),
        actor,
    )
    parties.link_party(archive, repeat.reference, seller.party.id, "infringer", actor)

    customs = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Rotterdam detention: 2,400 X9 chargers",
            brand="Velora",
            priority="high",
            jurisdictions="NL, EU",
            responsible_counsel="Anna de Vries",
            opened_on=_days(-15),
        ),
        actor,
    )
    eu = proceedings.add_proceeding(
        archive,
        customs.reference,
        proceedings.ProceedingDraft(
            route="customs", authority="Douane Rotterdam", stage="pending", started_on=_days(-15)
        ),
        actor,
    )
    proceedings.add_event(archive, eu.id, "customs_notice", _days(-15), "NL-2026-0042", "")
    records.add_deadline(
        archive, customs.reference, "Confirm detention and start proceedings", _days(-1)
    )

    closed = cases.create_case(
        archive,
        cases.CaseDraft(
            title="Fake manuals on a cloud drive",
            brand="Velora",
            priority="low",
            jurisdictions="CN",
            responsible_counsel="Wang Li",
            opened_on=_days(-300),
        ),
        actor,
    )
    cases.set_status(archive, closed.reference, "closed", _days(-200), actor)
    return Sample(
        scooter=ref,
        robot=robot.reference,
        repeat=repeat.reference,
        customs_eu=customs.reference,
        closed=closed.reference,
    )


if __name__ == "__main__":
    target = Path(sys.argv[1])
    with Archive.open(target, create=True) as opened:
        print(build(opened, target.parent / f"{target.name}-sources"))
