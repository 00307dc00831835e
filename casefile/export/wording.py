"""The words a bundle is printed with, in English and Chinese, and what each recipient's cover
says. A bundle's labels are English, Chinese, or both ("Exhibit 证据"); the exhibits' own
descriptions are printed as counsel typed them."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    ENGLISH = "en"
    CHINESE = "zh"
    BILINGUAL = "bilingual"


class Recipient(StrEnum):
    COURT = "court"
    CUSTOMS = "customs"
    POLICE = "police"
    PLATFORM = "platform"
    INTERNAL = "internal"

    @property
    def external(self) -> bool:
        """External bundles leave out internal exhibits and custody notes."""
        return self is not Recipient.INTERNAL


WORDS: dict[str, tuple[str, str]] = {
    "bundle": ("Evidence bundle", "证据材料"),
    "case": ("Case", "案件"),
    "recipient": ("Submitted to", "提交至"),
    "prepared_by": ("Prepared by", "制作人"),
    "prepared_on": ("Date", "日期"),
    "exhibits": ("Exhibits", "证据数量"),
    "pages": ("Pages", "页数"),
    "index": ("Index of exhibits", "证据目录"),
    "no": ("No.", "序号"),
    "description": ("Description", "证据名称及说明"),
    "date": ("Date", "日期"),
    "source": ("Source", "来源"),
    "page_range": ("Pages", "页码"),
    "sha_prefix": ("SHA-256 (first 12)", "SHA-256（前12位）"),
    "exhibit": ("Exhibit", "证据"),
    "kind": ("Kind", "类别"),
    "obtained_on": ("Obtained on", "取得日期"),
    "obtained_by": ("Obtained by", "取得人"),
    "source_url": ("Source address", "来源网址"),
    "notary": ("Notary office / certificate", "公证机构／公证书编号"),
    "files": ("Files", "文件"),
    "custody": ("Chain of custody", "保管链"),
    "custody_when": ("When", "时间"),
    "custody_action": ("Action", "事项"),
    "custody_from": ("Received from", "交来人"),
    "custody_to": ("Handed to", "接收人"),
    "custody_seal": ("Seal no.", "封条号"),
    "custody_location": ("Location", "存放地点"),
    "custody_note": ("Note (internal)", "备注（内部）"),
    "manifest": ("Manifest of files", "文件清单"),
    "file": ("File", "文件"),
    "size": ("Size (bytes)", "大小（字节）"),
    "manifest_hash": ("Manifest SHA-256", "清单SHA-256"),
    "verify_hint": (
        "Each file's SHA-256 identifies its exact content: any change to a file changes its "
        "value. The manifest is attached to this PDF; `casefile verify-bundle` re-checks it, and "
        "with the archive re-hashes every file listed.",
        "SHA-256哈希值唯一对应文件内容，文件任何改动都会改变其哈希值。本清单作为附件嵌入本PDF；"
        "可用 `casefile verify-bundle` 核验，并可结合案卷库对所列每个文件重新计算哈希值。",
    ),
    "problems": ("Problems found while preparing this bundle", "制作本证据材料时发现的问题"),
    "page_of": ("p. {page}/{pages}", "第{page}/{pages}页"),
    "separator_pages": ("Pages {first}–{last} of this bundle", "本材料第{first}–{last}页"),
    "separator_page": ("Page {first} of this bundle", "本材料第{first}页"),
    "placeholder": ("This file cannot be shown on paper", "该文件无法以纸面形式呈现"),
    "placeholder_note": (
        "The file is listed in the closing manifest with its SHA-256 and size; it is kept "
        "unchanged in the archive and can be produced on a storage medium.",
        "该文件已连同其SHA-256哈希值和大小列入文末清单，原件完整保存于案卷库，可另以存储介质提交。",
    ),
    "text_truncated": (
        "The file continues; only its first {chars:,} characters are typeset here.",
        "该文件内容较长，此处仅排印前{chars:,}个字符。",
    ),
    "web_page_as_text": ("A web page, shown as its text.", "网页文件，以其文字内容呈现。"),
    "none": ("—", "—"),
    "stamp_exhibit": ("Exhibit {n}, p. {page}/{pages}", "证据{n}，第{page}/{pages}页"),
    "stamp_separator": ("Exhibit {n}, separator sheet", "证据{n}，隔页"),
    "stamp_cover": ("Cover", "封面"),
    "stamp_index": ("Index of exhibits", "证据目录"),
    "stamp_manifest": ("Manifest of files", "文件清单"),
    "outline_cover": ("Cover", "封面"),
}

RECIPIENTS: dict[Recipient, dict[str, tuple[str, str]]] = {
    Recipient.COURT: {
        "name": ("Court", "法院"),
        "title": ("Evidence submitted to the court", "提交法院证据材料"),
        "statement": (
            "The exhibits listed are true copies of the materials held by the submitting party. "
            "Each file's SHA-256 value is listed in the closing manifest so that its integrity "
            "can be checked against the original.",
            "所列证据为提交方所持材料的真实复制件。各文件的SHA-256哈希值列于文末清单，可据此与原件核对其完整性。",
        ),
    },
    Recipient.CUSTOMS: {
        "name": ("Customs", "海关"),
        "title": ("Evidence for the customs authority", "提交海关证据材料"),
        "statement": (
            "Submitted in support of the right holder's application concerning suspected "
            "infringing goods. Each file's SHA-256 value is listed in the closing manifest.",
            "权利人就涉嫌侵权货物向海关提交的证明材料。各文件的SHA-256哈希值列于文末清单。",
        ),
    },
    Recipient.POLICE: {
        "name": ("Public security (police)", "公安机关"),
        "title": ("Evidence for the public security authority", "提交公安机关证据材料"),
        "statement": (
            "Submitted with the report of suspected criminal infringement. Each file's SHA-256 "
            "value is listed in the closing manifest.",
            "随涉嫌侵犯知识产权犯罪线索一并提交。各文件的SHA-256哈希值列于文末清单。",
        ),
    },
    Recipient.PLATFORM: {
        "name": ("E-commerce platform", "电子商务平台"),
        "title": ("Evidence for the platform's complaint procedure", "提交平台投诉证据材料"),
        "statement": (
            "Submitted in support of the right holder's notice of infringement. Each file's "
            "SHA-256 value is listed in the closing manifest.",
            "权利人侵权通知的证明材料。各文件的SHA-256哈希值列于文末清单。",
        ),
    },
    Recipient.INTERNAL: {
        "name": ("Internal", "内部"),
        "title": ("Internal working bundle — not for filing", "内部工作材料——不得对外提交"),
        "statement": (
            "Includes internal working material and custody notes. Do not send outside the "
            "company.",
            "含内部工作材料及保管备注，不得对外提供。",
        ),
    },
}


def say(key: str, language: Language, separator: str = " ", **values: object) -> str:
    """A label in the bundle's language; both, English first, for bilingual bundles."""
    return pick(WORDS[key], language, separator, **values)


def pick(pair: tuple[str, str], language: Language, separator: str = " ", **values: object) -> str:
    english, chinese = (text.format(**values) if values else text for text in pair)
    if language is Language.BILINGUAL and english == chinese:
        return english
    if language is Language.ENGLISH:
        return english
    if language is Language.CHINESE:
        return chinese
    return f"{english}{separator}{chinese}"


def recipient_text(recipient: Recipient, key: str, language: Language) -> str:
    separator = "\n" if key == "statement" else " / "
    return pick(RECIPIENTS[recipient][key], language, separator)


# Evidence kinds and custody actions (casefile.domain's values) as printed in a bundle.
KINDS: dict[str, tuple[str, str]] = {
    "notarised_purchase": ("Notarised purchase", "公证购买"),
    "notarised_capture": ("Notarised capture", "公证取证（网页/屏幕）"),
    "test_buy": ("Test buy", "试购"),
    "screenshot": ("Screenshot", "截图"),
    "web_capture": ("Web capture", "网页存证"),
    "customs_notice": ("Customs notice", "海关通知书"),
    "sample_photo": ("Sample photo", "样品照片"),
    "invoice": ("Invoice", "发票"),
    "appraisal_report": ("Appraisal report", "鉴定报告"),
    "timestamp_certificate": ("Timestamp certificate", "时间戳证书"),
    "blockchain_deposit": ("Blockchain deposit", "区块链存证"),
    "decision": ("Decision", "决定书"),
    "correspondence": ("Correspondence", "往来函件"),
    "other": ("Other", "其他"),
}

CUSTODY_ACTIONS: dict[str, tuple[str, str]] = {
    "received": ("Received", "接收"),
    "handed_over": ("Handed over", "移交"),
    "sealed": ("Sealed", "封存"),
    "unsealed": ("Unsealed", "启封"),
    "stored": ("Stored", "入库保管"),
    "returned": ("Returned", "退还"),
    "destroyed": ("Destroyed", "销毁"),
}


def term(table: dict[str, tuple[str, str]], value: str, language: Language) -> str:
    pair = table.get(value)
    return pick(pair, language, " / ") if pair else value
