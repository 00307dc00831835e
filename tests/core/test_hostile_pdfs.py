"""Hostile exhibit PDFs: active content is taken out (and listed page by page), resource attacks
become placeholder pages when the file is read, and a bundle made of them all finishes, carries
no active content, and passes `qpdf --check`."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from casefile.export.bundle import build_bundle
from casefile.export.manifest import ATTACHMENT_NAME
from casefile.export.renditions import Rendition, render_file
from casefile.export.sanitize import strip_active_content
from casefile.export.spec import BundleExhibit, BundleFile, BundleSpec
from casefile.export.wording import Language, Recipient
from tests.core import hostile_pdfs as hostile

ACTIVE = ["javascript_everywhere", "launch_action", "embedded_exe", "form_fields"]
ATTACKS = ["nested_forms", "nested_arrays", "huge_object_stream", "content_bomb", "image_bomb"]


def _file(path: Path) -> BundleFile:
    data = path.read_bytes()
    return BundleFile(
        path.name, hashlib.sha256(data).hexdigest(), len(data), "application/pdf", path
    )


def _make(name: str, folder: Path) -> Path:
    make = getattr(hostile, name)
    if name == "huge_object_stream":
        return make(folder / f"{name}.pdf", count=150_000)  # over the limit, quick to write
    if name == "content_bomb":
        return make(folder / f"{name}.pdf", megabytes=120)
    if name == "image_bomb":
        return make(folder / f"{name}.pdf", side=15_000)
    return make(folder / f"{name}.pdf")


def _render(name: str, tmp_path: Path, language: Language = Language.ENGLISH) -> Rendition:
    path = _make(name, tmp_path)
    return render_file(_file(path), tmp_path, language, f"Exhibit 1 · {path.name}", name)


def test_each_kind_of_active_content_is_named_with_its_page(tmp_path: Path) -> None:
    removed = {name: " ".join(_render(name, tmp_path).removed) for name in ACTIVE}

    assert removed["javascript_everywhere"].startswith("page 1: ")
    assert "JavaScript run when the page opens or closes" in removed["javascript_everywhere"]
    assert "a JavaScript link" in removed["javascript_everywhere"]
    launch = removed["launch_action"]
    assert "a link that starts a program (/Launch): C:\\Windows\\System32\\calc.exe" in launch
    assert "a web link" in launch and "https://tracker.example/ping" in launch
    assert "a JavaScript link" in launch  # a GoTo with JavaScript chained by /Next
    assert "an attached file: invoice.exe" in removed["embedded_exe"]
    assert "a file associated with the page" in removed["embedded_exe"]
    assert (
        "a form field (flattened" in removed["form_fields"] and "seller" in removed["form_fields"]
    )


def test_removals_are_listed_in_a_chinese_bundles_words(tmp_path: Path) -> None:
    chinese = _render("launch_action", tmp_path, Language.CHINESE)
    both = _render("form_fields", tmp_path, Language.BILINGUAL)

    assert chinese.removed[0].startswith("第1页：启动程序的链接（/Launch）")
    assert "JavaScript链接" in chinese.removed[0]
    assert both.removed[0].startswith("page 1: a form field")
    assert " / 第1页：表单域（已固化" in both.removed[0]


def test_stripping_twice_finds_nothing_more(tmp_path: Path) -> None:
    reader = PdfReader(hostile.launch_action(tmp_path / "launch.pdf"))
    page = reader.pages[0]

    assert len(strip_active_content(page)) == 3
    assert strip_active_content(page) == ()
    assert "/Annots" not in page


@pytest.mark.parametrize("name", ATTACKS)
def test_resource_attacks_become_placeholders_when_read(name: str, tmp_path: Path) -> None:
    shown = _render(name, tmp_path)

    assert shown.shown_as == "placeholder" and shown.pages == 1
    assert shown.problem and shown.problem_pair
    expected = {
        "nested_forms": "nested more than 64 levels deep",
        "nested_arrays": "the PDF is damaged",
        "huge_object_stream": "150,000 objects into one object stream",
        "content_bomb": "decompression bomb",
        "image_bomb": "15000×15000 image",
    }[name]
    assert expected in shown.problem


def test_a_placeholders_problem_is_in_the_bundles_language(tmp_path: Path) -> None:
    chinese = _render("nested_forms", tmp_path, Language.CHINESE)

    assert chinese.problem == "该PDF的某一页嵌套超过64层，无法安全复制"
    assert chinese.problem_pair is not None and chinese.problem_pair[0].startswith("a page")
    page = PdfReader(chinese.pdf).pages[0].extract_text() or ""
    assert "嵌套超过64层" in "".join(page.split())


def _active_content(path: Path) -> list[str]:
    """Every object of the file (reachable or not) that acts, attaches or asks for input."""
    reader = PdfReader(path)
    found = []
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(number)
        except Exception:  # a free entry
            continue
        if not isinstance(obj, DictionaryObject):
            continue
        keys = ("/JS", "/JavaScript", "/AA", "/OpenAction", "/AcroForm", "/AF", "/Launch")
        found += [f"{number}: {key}" for key in keys if key in obj]
        if obj.get("/S") in ("/JavaScript", "/Launch", "/URI", "/SubmitForm", "/GoToR"):
            found.append(f"{number}: action {obj['/S']}")
        if obj.get("/Subtype") in ("/FileAttachment", "/Widget", "/Link", "/Screen"):
            found.append(f"{number}: annotation {obj['/Subtype']}")
        if obj.get("/Type") == "/EmbeddedFile":
            found.append(f"{number}: embedded file")
    return found


def test_a_bundle_of_hostile_pdfs_finishes_clean_and_lists_what_went(tmp_path: Path) -> None:
    names = [*ACTIVE, "hidden_form_field", *ATTACKS]
    files = [_file(_make(name, tmp_path)) for name in names]
    exhibits = tuple(
        BundleExhibit(n, "Other", f.name, None, "", "", "", "", (f,))
        for n, f in enumerate(files, 1)
    )
    spec = BundleSpec(
        "C-1", "Hostile", Recipient.COURT, Language.ENGLISH, "Counsel", date(2026, 11, 21), exhibits
    )
    out = tmp_path / "bundle.pdf"

    result = build_bundle(spec, out)

    by_name = {e.files[0].name: e.files[0] for e in result.manifest.exhibits}
    assert "a JavaScript link" in " ".join(by_name["javascript_everywhere.pdf"].removed)
    assert "invoice.exe" in " ".join(by_name["embedded_exe.pdf"].removed)
    assert [by_name[f"{n}.pdf"].shown_as for n in ATTACKS] == ["placeholder"] * len(ATTACKS)
    assert len(result.problems) == len(ATTACKS)
    # Only the bundle's own manifest is attached; nothing acts.
    reader = PdfReader(out)
    assert list(reader.attachments) == [ATTACHMENT_NAME]
    assert _active_content(out) == [f"{_manifest_stream(reader)}: embedded file"]
    text = " ".join((page.extract_text() or "") for page in reader.pages)
    assert "ACME Trading Co." in text  # the flattened field's value is printed
    assert "HIDDEN VALUE" not in text  # a hidden field is not
    if shutil.which("qpdf"):
        check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def _manifest_stream(reader: PdfReader) -> int:
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    spec = names[1].get_object()
    return int(spec["/EF"].raw_get("/F").idnum)
