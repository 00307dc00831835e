"""Words and formats for values the core stores as codes: enum labels, dates, money, sizes.

Every label goes through Qt's translator (context "Labels"), so the Chinese translation can name
routes, stages and statuses the way Chinese counsel do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtGui import Qt

from casefile import clock
from casefile.domain import Money
from casefile.errors import CasefileError

if TYPE_CHECKING:
    from casefile.rules.deadlines import DeadlineRule


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


# QT_TRANSLATE_NOOP marks the strings for lupdate; _tr translates them when shown.
_LABELS = cast(
    "dict[str, str]",
    {
        # case status
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "on_hold": QT_TRANSLATE_NOOP("Labels", "On hold"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
        # priority
        "low": QT_TRANSLATE_NOOP("Labels", "Low"),
        "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
        "high": QT_TRANSLATE_NOOP("Labels", "High"),
        "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
        # routes
        "platform": QT_TRANSLATE_NOOP("Labels", "Platform"),
        "customs": QT_TRANSLATE_NOOP("Labels", "Customs"),
        "administrative": QT_TRANSLATE_NOOP("Labels", "Administrative"),
        "civil": QT_TRANSLATE_NOOP("Labels", "Civil"),
        "criminal": QT_TRANSLATE_NOOP("Labels", "Criminal"),
        # proceeding stages
        "preparing": QT_TRANSLATE_NOOP("Labels", "Preparing"),
        "filed": QT_TRANSLATE_NOOP("Labels", "Filed"),
        "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
        "decided": QT_TRANSLATE_NOOP("Labels", "Decided"),
        "appeal": QT_TRANSLATE_NOOP("Labels", "Appeal"),
        "enforcement": QT_TRANSLATE_NOOP("Labels", "Enforcement"),
        # proceeding events
        "notice_sent": QT_TRANSLATE_NOOP("Labels", "Notice sent"),
        "takedown": QT_TRANSLATE_NOOP("Labels", "Takedown"),
        "counter_notice": QT_TRANSLATE_NOOP("Labels", "Counter-notice"),
        "customs_notice": QT_TRANSLATE_NOOP("Labels", "Customs notice"),
        "declarant_objection": QT_TRANSLATE_NOOP("Labels", "Declarant objects (small consignment)"),
        "application_granted": QT_TRANSLATE_NOOP("Labels", "Application for action granted"),
        "detention_applied": QT_TRANSLATE_NOOP("Labels", "Detention applied for"),
        "detention": QT_TRANSLATE_NOOP("Labels", "Detention"),
        "bond_posted": QT_TRANSLATE_NOOP("Labels", "Bond posted"),
        "investigation_result": QT_TRANSLATE_NOOP("Labels", "Investigation result"),
        "release": QT_TRANSLATE_NOOP("Labels", "Release"),
        "complaint_filed": QT_TRANSLATE_NOOP("Labels", "Complaint filed"),
        "raid": QT_TRANSLATE_NOOP("Labels", "Raid"),
        "penalty_decision": QT_TRANSLATE_NOOP("Labels", "Penalty decision"),
        "suit_filed": QT_TRANSLATE_NOOP("Labels", "Suit filed"),
        "hearing": QT_TRANSLATE_NOOP("Labels", "Hearing"),
        "injunction": QT_TRANSLATE_NOOP("Labels", "Injunction"),
        "judgment_served": QT_TRANSLATE_NOOP("Labels", "Judgment served"),
        "jurisdiction_ruling_served": QT_TRANSLATE_NOOP("Labels", "Ruling on jurisdiction served"),
        "appeal_filed": QT_TRANSLATE_NOOP("Labels", "Appeal filed"),
        "remanded": QT_TRANSLATE_NOOP("Labels", "Remanded for retrial"),
        "referral": QT_TRANSLATE_NOOP("Labels", "Referral"),
        "case_filed_by_police": QT_TRANSLATE_NOOP("Labels", "Case filed by police"),
        "prosecution": QT_TRANSLATE_NOOP("Labels", "Prosecution"),
        # renewal states (rules/renewals.py)
        "valid": QT_TRANSLATE_NOOP("Labels", "valid"),
        "renew_now": QT_TRANSLATE_NOOP("Labels", "renew now"),
        "late": QT_TRANSLATE_NOOP("Labels", "late"),
        "expired": QT_TRANSLATE_NOOP("Labels", "expired"),
        # transfer steps (DOMAIN.md, Transfer on reasonable suspicion)
        "suspicion_reached": QT_TRANSLATE_NOOP("Labels", "Suspicion reached"),
        "transfer_requested": QT_TRANSLATE_NOOP("Labels", "Transfer requested"),
        "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred to the PSB"),
        "psb_accepted": QT_TRANSLATE_NOOP("Labels", "PSB accepted"),
        "psb_refused": QT_TRANSLATE_NOOP("Labels", "PSB refused to file"),
        "reconsideration": QT_TRANSLATE_NOOP("Labels", "Reconsideration requested"),
        "procuratorate_supervision": QT_TRANSLATE_NOOP("Labels", "Procuratorate supervision"),
        "case_filed": QT_TRANSLATE_NOOP("Labels", "Criminal case filed"),
        "prosecuted": QT_TRANSLATE_NOOP("Labels", "Prosecuted"),
        "judgment": QT_TRANSLATE_NOOP("Labels", "Judgment"),
        # party kinds and roles
        "person": QT_TRANSLATE_NOOP("Labels", "Person"),
        "company": QT_TRANSLATE_NOOP("Labels", "Company"),
        "shop": QT_TRANSLATE_NOOP("Labels", "Shop"),
        "website": QT_TRANSLATE_NOOP("Labels", "Website"),
        "network": QT_TRANSLATE_NOOP("Labels", "Network"),
        "infringer": QT_TRANSLATE_NOOP("Labels", "Infringer"),
        "rights_holder": QT_TRANSLATE_NOOP("Labels", "Rights holder"),
        "agent": QT_TRANSLATE_NOOP("Labels", "Agent"),
        "witness": QT_TRANSLATE_NOOP("Labels", "Witness"),
        # identifiers
        "credit_code": QT_TRANSLATE_NOOP("Labels", "Credit code"),
        "shop_id": QT_TRANSLATE_NOOP("Labels", "Shop ID"),
        "seller_id": QT_TRANSLATE_NOOP("Labels", "Seller ID"),
        "url": QT_TRANSLATE_NOOP("Labels", "URL"),
        "domain": QT_TRANSLATE_NOOP("Labels", "Domain"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "address": QT_TRANSLATE_NOOP("Labels", "Address"),
        "email": QT_TRANSLATE_NOOP("Labels", "Email"),
        "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
        # rights
        "trademark": QT_TRANSLATE_NOOP("Labels", "Trademark"),
        "patent": QT_TRANSLATE_NOOP("Labels", "Patent"),
        "design": QT_TRANSLATE_NOOP("Labels", "Design"),
        "copyright": QT_TRANSLATE_NOOP("Labels", "Copyright"),
        # evidence
        "notarised_purchase": QT_TRANSLATE_NOOP("Labels", "Notarised purchase"),
        "notarised_capture": QT_TRANSLATE_NOOP("Labels", "Notarised capture"),
        "test_buy": QT_TRANSLATE_NOOP("Labels", "Test buy"),
        "screenshot": QT_TRANSLATE_NOOP("Labels", "Screenshot"),
        "web_capture": QT_TRANSLATE_NOOP("Labels", "Web capture"),
        "sample_photo": QT_TRANSLATE_NOOP("Labels", "Sample photo"),
        "invoice": QT_TRANSLATE_NOOP("Labels", "Invoice"),
        "appraisal_report": QT_TRANSLATE_NOOP("Labels", "Appraisal report"),
        "timestamp_certificate": QT_TRANSLATE_NOOP("Labels", "Timestamp certificate"),
        "blockchain_deposit": QT_TRANSLATE_NOOP("Labels", "Blockchain deposit"),
        "decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
        "correspondence": QT_TRANSLATE_NOOP("Labels", "Correspondence"),
        # custody
        "received": QT_TRANSLATE_NOOP("Labels", "Received"),
        "handed_over": QT_TRANSLATE_NOOP("Labels", "Handed over"),
        "sealed": QT_TRANSLATE_NOOP("Labels", "Sealed"),
        "unsealed": QT_TRANSLATE_NOOP("Labels", "Unsealed"),
        "stored": QT_TRANSLATE_NOOP("Labels", "Stored"),
        "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
        "destroyed": QT_TRANSLATE_NOOP("Labels", "Destroyed"),
        # deadlines and money
        "done": QT_TRANSLATE_NOOP("Labels", "Done"),
        "waived": QT_TRANSLATE_NOOP("Labels", "Waived"),
        "cost": QT_TRANSLATE_NOOP("Labels", "Cost"),
        "recovery": QT_TRANSLATE_NOOP("Labels", "Recovery"),
        "notary": QT_TRANSLATE_NOOP("Labels", "Notary"),
        "investigator": QT_TRANSLATE_NOOP("Labels", "Investigator"),
        "bond": QT_TRANSLATE_NOOP("Labels", "Bond"),
        "court_fee": QT_TRANSLATE_NOOP("Labels", "Court fee"),
        "lawyer": QT_TRANSLATE_NOOP("Labels", "Lawyer"),
        "appraisal": QT_TRANSLATE_NOOP("Labels", "Appraisal"),
        "storage": QT_TRANSLATE_NOOP("Labels", "Storage"),
        "damages": QT_TRANSLATE_NOOP("Labels", "Damages"),
        "settlement": QT_TRANSLATE_NOOP("Labels", "Settlement"),
        "fine_share": QT_TRANSLATE_NOOP("Labels", "Share of fine"),
        "bond_returned": QT_TRANSLATE_NOOP("Labels", "Bond returned"),
        "held": QT_TRANSLATE_NOOP("Labels", "Held"),
        "forfeited": QT_TRANSLATE_NOOP("Labels", "Forfeited"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
        # threshold measures
        "copies": QT_TRANSLATE_NOOP("Labels", "Copies"),
        "works": QT_TRANSLATE_NOOP("Labels", "Works"),
        "episodes": QT_TRANSLATE_NOOP("Labels", "Episodes"),
        "clicks": QT_TRANSLATE_NOOP("Labels", "Clicks"),
        "members": QT_TRANSLATE_NOOP("Labels", "Members"),
        "business_volume": QT_TRANSLATE_NOOP("Labels", "Business volume"),
        "illegal_gains": QT_TRANSLATE_NOOP("Labels", "Illegal gains"),
        "sales": QT_TRANSLATE_NOOP("Labels", "Sales"),
        "unsold_value": QT_TRANSLATE_NOOP("Labels", "Unsold goods value"),
        "labels": QT_TRANSLATE_NOOP("Labels", "Labels"),
        "marks": QT_TRANSLATE_NOOP("Labels", "Marks"),
        "downloads": QT_TRANSLATE_NOOP("Labels", "Downloads"),
        "services_gains": QT_TRANSLATE_NOOP("Labels", "Illegal gains from services"),
        "unsold_labels": QT_TRANSLATE_NOOP("Labels", "Unsold labels"),
        "unsold_copies": QT_TRANSLATE_NOOP("Labels", "Unsold copies"),
        "holder_loss": QT_TRANSLATE_NOOP("Labels", "Right holder's loss"),
        "patents": QT_TRANSLATE_NOOP("Labels", "Patents"),
        # counting units of threshold figures
        "copy": QT_TRANSLATE_NOOP("Labels", "Copies"),
        "work": QT_TRANSLATE_NOOP("Labels", "Works"),
        "episode": QT_TRANSLATE_NOOP("Labels", "Episodes"),
        "download": QT_TRANSLATE_NOOP("Labels", "Downloads"),
        "click": QT_TRANSLATE_NOOP("Labels", "Clicks"),
        "member": QT_TRANSLATE_NOOP("Labels", "Members"),
        "piece": QT_TRANSLATE_NOOP("Labels", "Pieces"),
        "mark": QT_TRANSLATE_NOOP("Labels", "Marks"),
        "rmb": QT_TRANSLATE_NOOP("Labels", "RMB (yuan)"),
    },
)

# Field names used by the core's ValidationError, as a user sees them on the forms.
_FIELDS = cast(
    "dict[str, str]",
    {
        "title": QT_TRANSLATE_NOOP("Labels", "Title"),
        "route": QT_TRANSLATE_NOOP("Labels", "Route"),
        "status": QT_TRANSLATE_NOOP("Labels", "Status"),
        "direction": QT_TRANSLATE_NOOP("Labels", "Cost or recovery"),
        "category": QT_TRANSLATE_NOOP("Labels", "Category"),
        "body": QT_TRANSLATE_NOOP("Labels", "Text"),
        "brand": QT_TRANSLATE_NOOP("Labels", "Brand"),
        "product_line": QT_TRANSLATE_NOOP("Labels", "Product line"),
        "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
        "jurisdictions": QT_TRANSLATE_NOOP("Labels", "Jurisdictions"),
        "responsible_counsel": QT_TRANSLATE_NOOP("Labels", "Responsible counsel"),
        "opened_on": QT_TRANSLATE_NOOP("Labels", "Opened on"),
        "summary": QT_TRANSLATE_NOOP("Labels", "Summary"),
        "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
        "reference": QT_TRANSLATE_NOOP("Labels", "Reference"),
        "closed_on": QT_TRANSLATE_NOOP("Labels", "Closed on"),
        "offences": QT_TRANSLATE_NOOP("Labels", "Offences"),
        "acts_on": QT_TRANSLATE_NOOP("Labels", "Acts done on"),
        "due_on": QT_TRANSLATE_NOOP("Labels", "Due on"),
        "rule_id": QT_TRANSLATE_NOOP("Labels", "Rule"),
        "explanation": QT_TRANSLATE_NOOP("Labels", "Explanation"),
        "reminder_days": QT_TRANSLATE_NOOP("Labels", "Reminders"),
        "proceeding_id": QT_TRANSLATE_NOOP("Labels", "Proceeding"),
        # evidence and its chain of custody
        "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
        "description": QT_TRANSLATE_NOOP("Labels", "Description"),
        "obtained_on": QT_TRANSLATE_NOOP("Labels", "Obtained on"),
        "obtained_by": QT_TRANSLATE_NOOP("Labels", "Obtained by"),
        "source_url": QT_TRANSLATE_NOOP("Labels", "Source URL"),
        "notary_office": QT_TRANSLATE_NOOP("Labels", "Notary office"),
        "notary_certificate": QT_TRANSLATE_NOOP("Labels", "Notary certificate number"),
        "files": QT_TRANSLATE_NOOP("Labels", "Files"),
        "action": QT_TRANSLATE_NOOP("Labels", "Action"),
        "occurred_at": QT_TRANSLATE_NOOP("Labels", "Date and time"),
        "received_from": QT_TRANSLATE_NOOP("Labels", "Received from"),
        "handed_to": QT_TRANSLATE_NOOP("Labels", "Handed to"),
        "seal_number": QT_TRANSLATE_NOOP("Labels", "Seal number"),
        "location": QT_TRANSLATE_NOOP("Labels", "Storage location"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        # money, waivers and withdrawals
        "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
        "currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
        "occurred_on": QT_TRANSLATE_NOOP("Labels", "Date"),
        "bond_status": QT_TRANSLATE_NOOP("Labels", "Bond"),
        "bond_settled_on": QT_TRANSLATE_NOOP("Labels", "Returned or forfeited on"),
        "reason": QT_TRANSLATE_NOOP("Labels", "Reason"),
        # rights and customs recordals
        "number": QT_TRANSLATE_NOOP("Labels", "Number"),
        "jurisdiction": QT_TRANSLATE_NOOP("Labels", "Jurisdiction"),
        "owner": QT_TRANSLATE_NOOP("Labels", "Owner"),
        "classes": QT_TRANSLATE_NOOP("Labels", "Classes"),
        "valid_from": QT_TRANSLATE_NOOP("Labels", "Valid from"),
        "valid_to": QT_TRANSLATE_NOOP("Labels", "Valid until"),
        "authority": QT_TRANSLATE_NOOP("Labels", "Authority"),
        # threshold figures and earlier penalties
        "measure": QT_TRANSLATE_NOOP("Labels", "Measure"),
        "value": QT_TRANSLATE_NOOP("Labels", "Figure"),
        "unit": QT_TRANSLATE_NOOP("Labels", "Counted in"),
        "as_of": QT_TRANSLATE_NOOP("Labels", "As of"),
        "evidence_id": QT_TRANSLATE_NOOP("Labels", "Supported by"),
        "decided_on": QT_TRANSLATE_NOOP("Labels", "Decided on"),
        "conduct": QT_TRANSLATE_NOOP("Labels", "For conduct"),
        # parties
        "name": QT_TRANSLATE_NOOP("Labels", "Name"),
        "country": QT_TRANSLATE_NOOP("Labels", "Country"),
        "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
        "role": QT_TRANSLATE_NOOP("Labels", "Role"),
        "new_role": QT_TRANSLATE_NOOP("Labels", "Role"),
        "identifiers": QT_TRANSLATE_NOOP("Labels", "Identifiers"),
        "party_id": QT_TRANSLATE_NOOP("Labels", "Party"),
    },
)

# Criminal Law offences a case is assessed against (`casefile.rules.thresholds.OFFENCES`): the
# article, what it punishes, and the crime's name as Chinese counsel and courts write it.
_OFFENCES = cast(
    "dict[str, str]",
    {
        "213": QT_TRANSLATE_NOOP("Labels", "Art 213 counterfeit trademark 假冒注册商标罪"),
        "214": QT_TRANSLATE_NOOP(
            "Labels", "Art 214 selling counterfeit-mark goods 销售假冒注册商标的商品罪"
        ),
        "215": QT_TRANSLATE_NOOP(
            "Labels", "Art 215 counterfeit mark labels 非法制造、销售非法制造的注册商标标识罪"
        ),
        "216": QT_TRANSLATE_NOOP("Labels", "Art 216 passing off patents 假冒专利罪"),
        "217": QT_TRANSLATE_NOOP("Labels", "Art 217 copyright infringement 侵犯著作权罪"),
        "217-online": QT_TRANSLATE_NOOP(
            "Labels", "Art 217 online copyright infringement 侵犯著作权罪（信息网络传播）"
        ),
        "217-tpm": QT_TRANSLATE_NOOP(
            "Labels", "Art 217 circumventing technical measures 侵犯著作权罪（避开技术措施）"
        ),
        "218": QT_TRANSLATE_NOOP("Labels", "Art 218 selling infringing copies 销售侵权复制品罪"),
        "219": QT_TRANSLATE_NOOP("Labels", "Art 219 trade secrets 侵犯商业秘密罪"),
        "219-1": QT_TRANSLATE_NOOP(
            "Labels",
            "Art 219-1 trade secrets for foreign parties "
            "为境外窃取、刺探、收买、非法提供商业秘密罪",
        ),
    },
)


def has_label(code: str) -> bool:
    return code in _LABELS


def label(code: str) -> str:
    """A stored code ("on_hold") as words ("On hold"); unknown codes are made readable."""
    text = _LABELS.get(code)
    if text is not None:
        return _tr(text)
    return code.replace("_", " ").capitalize()


def labels(codes: Iterable[str], sep: str = ", ") -> str:
    return sep.join(label(c) for c in codes)


_SHORT = cast(
    "dict[str, str]",
    {
        "administrative": QT_TRANSLATE_NOOP("Labels", "Admin."),
    },
)


def short_labels(codes: Iterable[str], sep: str = ", ") -> str:
    """Like `labels`, abbreviated where a narrow column needs it ("Admin., Customs")."""
    return sep.join(_tr(_SHORT[c]) if c in _SHORT else label(c) for c in codes)


def offence_label(code: str) -> str:
    """A Criminal Law offence ("213") with what it punishes and its Chinese name."""
    text = _OFFENCES.get(code)
    return _tr(text) if text is not None else f"Art {code}"


def has_field_label(field: str) -> bool:
    return field in _FIELDS


def field_label(field: str) -> str:
    text = _FIELDS.get(field)
    return _tr(text) if text is not None else field.replace("_", " ").capitalize()


def _rule(rule_id: str) -> DeadlineRule | None:
    """The shipped rule of this id (`resources/rules/deadlines.toml`), None if there is none
    (an id typed by hand, a rule since renamed) or the rule file cannot be read."""
    from casefile.rules.deadlines import shipped_rule_book

    try:
        return shipped_rule_book().rules.get(rule_id)
    except CasefileError:  # a broken rule file: the rule is still named, from its id
        return None


def rule_label(rule_id: str) -> str:
    """A deadline rule as a lawyer names it: its title in the rule book ("Apply for detention
    and post a bond after customs notifies suspected goods", in Chinese where the app is), else
    words made from its id ("sg.customs.notify_owner" → "Notify owner (SG customs)")."""
    rule = _rule(rule_id)
    if rule is not None:
        chinese = QLocale().language() == QLocale.Language.Chinese
        return rule.title_zh if chinese and rule.title_zh else rule.title
    parts = [p for p in rule_id.split(".") if p]
    if len(parts) < 2:
        return rule_id.replace("_", " ")
    what = re.sub(r"\bart(\d+)", r"Art \1", parts[-1].replace("_", " "))
    # known words ("customs") as labels, abbreviations ("cpl", "amr") in capitals
    middle = [label(p).lower() if p in _LABELS else p.upper() for p in parts[1:-1]]
    context = " ".join([parts[0].upper(), *middle])
    return f"{what[:1].upper()}{what[1:]} ({context})"


def rule_tooltip(rule_id: str) -> str:
    """The rule's id, and its source where the rule book knows it: "cn.customs.apply_detention
    · Customs IPR Regulations, Art 16"."""
    rule = _rule(rule_id)
    return f"{rule_id} · {rule.source}" if rule is not None else rule_id


def rule_source(rule_id: str) -> str:
    """Where the rule comes from ("Customs IPR Regulations, Art 16"); "" if the rule book has
    no rule of this id."""
    rule = _rule(rule_id)
    return rule.source if rule is not None else ""


def day(value: date | datetime | None, empty: str = "") -> str:
    """ISO dates (2026-03-31): unambiguous for counsel in China, the EU and Southeast Asia."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def money(value: Money | None, empty: str = "") -> str:
    return empty if value is None else f"{value.currency} {value.amount:,.2f}"


def size(num_bytes: int) -> str:
    if num_bytes < 1024:
        return f"{num_bytes} B"
    value = num_bytes / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:,.1f} {unit}"
        value /= 1024
    return f"{value:,.1f} GB"


# English needs singular and plural; Qt's %n plurals would need a compiled English translation.
_PLURALS = cast(
    "dict[str, tuple[str, str]]",
    {
        "cases": (
            QT_TRANSLATE_NOOP("Labels", "{n} case"),
            QT_TRANSLATE_NOOP("Labels", "{n} cases"),
        ),
        "cases_match": (
            QT_TRANSLATE_NOOP("Labels", "{n} case matches"),
            QT_TRANSLATE_NOOP("Labels", "{n} cases match"),
        ),
        "overdue_by": (
            QT_TRANSLATE_NOOP("Labels", "Overdue by {n} day"),
            QT_TRANSLATE_NOOP("Labels", "Overdue by {n} days"),
        ),
        "due_in": (
            QT_TRANSLATE_NOOP("Labels", "Due in {n} day"),
            QT_TRANSLATE_NOOP("Labels", "Due in {n} days"),
        ),
        "in_days": (
            QT_TRANSLATE_NOOP("Labels", "In {n} day"),
            QT_TRANSLATE_NOOP("Labels", "In {n} days"),
        ),
        # after a date in a table cell: "2026-03-05 · in 3 days", "2026-03-01 · overdue 2 days"
        "in_days_after_date": (
            QT_TRANSLATE_NOOP("Labels", "in {n} day"),
            QT_TRANSLATE_NOOP("Labels", "in {n} days"),
        ),
        "overdue_days": (
            QT_TRANSLATE_NOOP("Labels", "overdue {n} day"),
            QT_TRANSLATE_NOOP("Labels", "overdue {n} days"),
        ),
        "open_deadlines": (
            QT_TRANSLATE_NOOP("Labels", "{n} open deadline"),
            QT_TRANSLATE_NOOP("Labels", "{n} open deadlines"),
        ),
    },
)


def plural(key: str, n: int) -> str:
    """The text for a count: plural("cases", 3) == "3 cases"."""
    one, many = _PLURALS[key]
    return _tr(one if n == 1 else many).format(n=f"{n:,}")


def days_until(due: date, today: date | None = None) -> int:
    return (due - (today or clock.today())).days


def rich(text: str) -> str:
    """`text` as rich text that shows exactly as typed: tags escaped, line breaks kept.

    For the places that guess whether a string is HTML (tooltips, message boxes): without it a
    title such as "<b>Bold</b> & Co" would turn bold, and a pasted paragraph would lose its breaks.
    """
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
