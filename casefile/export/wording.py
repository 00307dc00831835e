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
    "removed_heading": (
        "Active content removed from exhibit files (scripts, actions, attachments, form fields "
        "flattened); the files themselves are unchanged in the archive",
        "已从证据文件中移除的活动内容（脚本、动作、附件，表单域已固定为页面内容）；"
        "案卷库中的原文件未被改动",
    ),
    "notes_heading": ("How files are shown", "文件呈现说明"),
    # What an export is doing, for its progress bar (the window shows its own words for these).
    "progress_assembling": ("assembling", "正在合并页面"),
    "progress_stamping": ("stamping pages", "正在加盖页码"),
    "progress_writing": ("writing", "正在写入PDF"),
    "progress_signing": ("signing", "正在签名"),
    "chain_head": (
        "Made from the archive when its audit chain had {rows} entries, the last sealed "
        "SHA-256 {head}",
        "制作时案卷库审计链共{rows}条记录，末条哈希值SHA-256 {head}",
    ),
    "file_line": ("Exhibit {n} ({name}): {text}", "证据{n}（{name}）：{text}"),
    "page_of": ("p. {page}/{pages}", "第{page}/{pages}页"),
    "separator_pages": ("Pages {first}–{last} of this bundle", "本材料第{first}–{last}页"),
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
    # Why a file is shown as a placeholder page (renditions.py), and the line that lists it.
    "problem_line": (
        "Exhibit {n} ({name}): {problem}; a placeholder page stands in for it",
        "证据{n}（{name}）：{problem}；已以占位页代替",
    ),
    "problem_missing": ("the file is missing from the archive", "案卷库中缺少该文件"),
    "problem_unreadable": (
        "the stored file cannot be read ({reason})",
        "无法读取案卷库中保存的文件（{reason}）",
    ),
    "problem_hash_changed": (
        "the stored file no longer matches its recorded SHA-256 (it now hashes to {actual}…); "
        "run `casefile check` on the archive",
        "保存的文件与登记的SHA-256不再一致（现为{actual}…）；请对案卷库运行 `casefile check`",
    ),
    "problem_cannot_print": ("{kind} cannot be printed", "{kind}无法打印"),
    "problem_pdf_encrypted": (
        "the PDF is encrypted and needs a password to open",
        "该PDF已加密，需要密码才能打开",
    ),
    "problem_pdf_damaged": ("the PDF is damaged ({reason})", "该PDF已损坏（{reason}）"),
    "problem_pdf_no_pages": ("the PDF has no pages", "该PDF没有页面"),
    "problem_image_too_large": (
        "the image is too large to lay out safely ({width}×{height} pixels)",
        "图像过大，无法安全排版（{width}×{height}像素）",
    ),
    "problem_image_unreadable": ("the image cannot be read: {reason}", "无法读取该图像：{reason}"),
    "problem_image_truncated": (
        "the image cannot be read: the image file is truncated (it ends before the picture does)",
        "无法读取该图像：图像文件不完整（在图像结束前即已中断）",
    ),
    "problem_frames_left_out": (
        "only its first {shown} of {total} frames are shown; frames {first}–{total} are left out",
        "仅显示前{shown}帧（共{total}帧）；第{first}–{total}帧未显示",
    ),
    "image_reduced": (
        "Shown reduced: {width}×{height} pixels stored, {shown_width}×{shown_height} printed.",
        "缩小显示：原图{width}×{height}像素，此处印出{shown_width}×{shown_height}像素。",
    ),
    "image_frame": ("frame {frame} of {frames}", "第{frame}帧，共{frames}帧"),
    # A PDF that could not be copied safely (sanitize.py).
    "unsafe_actions": (
        "the PDF chains more than {limit} actions on one link",
        "该PDF在一个链接上串联了超过{limit}个动作",
    ),
    "unsafe_object_stream": (
        "the PDF packs {count:,} objects into one object stream (more than {limit:,}): too many "
        "to read safely",
        "该PDF在一个对象流中压缩了{count:,}个对象（超过{limit:,}个），无法安全读取",
    ),
    "unsafe_too_many_objects": (
        "a page of the PDF is built from more than {limit:,} objects: too many to copy safely",
        "该PDF的某一页由超过{limit:,}个对象构成，无法安全复制",
    ),
    "unsafe_nesting": (
        "a page of the PDF is nested more than {limit} levels deep: too deep to copy safely",
        "该PDF的某一页嵌套超过{limit}层，无法安全复制",
    ),
    "unsafe_image": (
        "a page of the PDF holds a {width}×{height} image (over {limit} MB decoded): too large to "
        "copy safely",
        "该PDF的某一页含有{width}×{height}的图像（解压后超过{limit} MB），无法安全复制",
    ),
    "unsafe_content": (
        "a page of the PDF inflates to more than {limit} MB of drawing instructions (a "
        "decompression bomb)",
        "该PDF的某一页解压后的绘制指令超过{limit} MB（疑为压缩炸弹）",
    ),
    # Active content taken out of an exhibit's pages (sanitize.py): "page 2: a JavaScript link".
    "removed_page": ("page {page}: ", "第{page}页："),
    "removed_page_action": (
        "an action run when the page opens or closes",
        "页面打开或关闭时运行的动作",
    ),
    "removed_page_action_n": (
        "{n} actions run when the page opens or closes",
        "页面打开或关闭时运行的动作{n}个",
    ),
    "removed_page_javascript": (
        "JavaScript run when the page opens or closes",
        "页面打开或关闭时运行的JavaScript",
    ),
    "removed_page_javascript_n": (
        "{n} JavaScript actions run when the page opens or closes",
        "页面打开或关闭时运行的JavaScript动作{n}个",
    ),
    "removed_attached_file": ("a file associated with the page", "页面关联的文件"),
    "removed_attached_file_n": ("{n} files associated with the page", "页面关联的文件{n}个"),
    "removed_attachment": ("an attached file", "附加文件"),
    "removed_attachment_n": ("{n} attached files", "附加文件{n}个"),
    "removed_media": ("a multimedia element", "多媒体元素"),
    "removed_media_n": ("{n} multimedia elements", "多媒体元素{n}个"),
    "removed_link_javascript": ("a JavaScript link", "JavaScript链接"),
    "removed_link_javascript_n": ("{n} JavaScript links", "JavaScript链接{n}个"),
    "removed_link_launch": (
        "a link that starts a program (/Launch)",
        "启动程序的链接（/Launch）",
    ),
    "removed_link_launch_n": (
        "{n} links that start a program (/Launch)",
        "启动程序的链接（/Launch）{n}个",
    ),
    "removed_link_web": (
        "a web link (its address stays on the page)",
        "网址链接（页面上的网址保留）",
    ),
    "removed_link_web_n": (
        "{n} web links (their addresses stay on the page)",
        "网址链接{n}个（页面上的网址保留）",
    ),
    "removed_link_submit": ("a link that sends form data", "提交表单数据的链接"),
    "removed_link_submit_n": ("{n} links that send form data", "提交表单数据的链接{n}个"),
    "removed_link_import": ("a link that imports form data", "导入表单数据的链接"),
    "removed_link_import_n": ("{n} links that import form data", "导入表单数据的链接{n}个"),
    "removed_link_other_file": ("a link to another file", "指向其他文件的链接"),
    "removed_link_other_file_n": ("{n} links to other files", "指向其他文件的链接{n}个"),
    "removed_link_internal": ("a link within the file", "文件内部链接"),
    "removed_link_internal_n": ("{n} links within the file", "文件内部链接{n}个"),
    "removed_link_other": ("a link with another action", "带有其他动作的链接"),
    "removed_link_other_n": ("{n} links with other actions", "带有其他动作的链接{n}个"),
    "removed_annotation_action": ("an action on a comment", "批注上的动作"),
    "removed_annotation_action_n": ("{n} actions on comments", "批注上的动作{n}个"),
    "removed_form_field": (
        "a form field (flattened: its value stays on the page)",
        "表单域（已固化：填写内容保留在页面上）",
    ),
    "removed_form_field_n": (
        "{n} form fields (flattened: their values stay on the page)",
        "表单域{n}个（已固化：填写内容保留在页面上）",
    ),
    "removed_form_field_hidden": ("a hidden form field", "隐藏的表单域"),
    "removed_form_field_hidden_n": ("{n} hidden form fields", "隐藏的表单域{n}个"),
    "removed_form_field_blank": (
        "a form field with no appearance of its own (nothing to print)",
        "无自身外观的表单域（无可打印内容）",
    ),
    "removed_form_field_blank_n": (
        "{n} form fields with no appearance of their own (nothing to print)",
        "无自身外观的表单域{n}个（无可打印内容）",
    ),
}

# What a file that cannot be printed is, by media type ("a video cannot be printed").
FILE_KINDS: dict[str, tuple[str, str]] = {
    "image/heic": ("A HEIC photo", "HEIC照片"),
    "application/zip": ("A ZIP container (ZIP, Office document)", "ZIP压缩包（ZIP、Office文档）"),
    "video/mp4": ("An MP4/QuickTime video", "MP4/QuickTime视频"),
    "application/octet-stream": ("A file of an unrecognised format", "格式无法识别的文件"),
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
