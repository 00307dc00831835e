"""Images in bundles: a huge picture is printed reduced (and says so) in bounded memory or refused
with a placeholder; every frame of a multi-page TIFF or animated GIF gets a page, up to a cap the
last page names; problems are said in the bundle's language."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from PIL import Image, ImageDraw
from pypdf import PdfReader

from casefile.export.renditions import MAX_FRAMES, Rendition, render_file
from casefile.export.spec import BundleFile
from casefile.export.wording import Language
from tests.core import bundle_files as make

PEAK_LIMIT_MB = 400


def _render(path: Path, media_type: str, language: Language = Language.ENGLISH) -> Rendition:
    data = path.read_bytes()
    item = BundleFile(path.name, hashlib.sha256(data).hexdigest(), len(data), media_type, path)
    return render_file(item, path.parent, language, f"Exhibit 1 · {path.name}", path.stem)


def _text(pdf: Path, index: int) -> str:
    return "".join((PdfReader(pdf).pages[index].extract_text() or "").split())


def _huge_png(path: Path, mode: str, side: int = 13_000) -> Path:
    image = Image.new(mode, (side, side), "white")
    ImageDraw.Draw(image).rectangle((side // 10, side // 10, side // 2, side // 2), fill="black")
    image.save(path)
    return path


_MEASURE = """
import hashlib, json, resource, sys
from pathlib import Path
from casefile.export.renditions import render_file
from casefile.export.spec import BundleFile
from casefile.export.wording import Language
path = Path(sys.argv[1])
data = path.read_bytes()
item = BundleFile(path.name, hashlib.sha256(data).hexdigest(), len(data), "image/png", path)
shown = render_file(item, path.parent, Language.ENGLISH, "Exhibit 1", "measured")
def peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss can carry the parent's (pytest's,
    # grown by earlier tests) over the exec.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
peak = peak_mb()
print(json.dumps({"shown_as": shown.shown_as, "notes": shown.notes, "peak_mb": peak}))
"""


def test_a_huge_small_png_is_printed_reduced_in_bounded_memory(tmp_path: Path) -> None:
    path = _huge_png(tmp_path / "screen.png", "L")  # 169 million pixels, a few hundred KB
    assert path.stat().st_size < 1_000_000

    run = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True
    )

    shown = json.loads(run.stdout.strip().splitlines()[-1])
    assert shown["shown_as"] == "image"
    assert shown["notes"] == ["Shown reduced: 13000×13000 pixels stored, 2600×2600 printed."]
    assert shown["peak_mb"] < PEAK_LIMIT_MB, shown


def test_the_reduced_page_says_so(tmp_path: Path) -> None:
    shown = _render(_huge_png(tmp_path / "screen.png", "L", side=7_000), "image/png")

    assert shown.pages == 1
    assert "Shownreduced:7000×7000pixelsstored,2334×2334printed." in _text(shown.pdf, 0)


def test_a_picture_too_large_to_decode_is_a_placeholder_naming_its_size(tmp_path: Path) -> None:
    shown = _render(_huge_png(tmp_path / "poster.png", "RGB"), "image/png", Language.CHINESE)

    assert shown.shown_as == "placeholder"
    assert shown.problem == "图像过大，无法安全排版（13000×13000像素）"
    assert shown.problem_pair is not None
    assert shown.problem_pair[0] == "the image is too large to lay out safely (13000×13000 pixels)"


def test_every_frame_of_a_multipage_tiff_is_a_page(tmp_path: Path) -> None:
    colours = ["red", "green", "blue", "yellow", "black"]
    frames = [Image.new("RGB", (400, 300), colour) for colour in colours]
    path = tmp_path / "scan.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:])

    shown = _render(path, "image/tiff")

    assert shown.shown_as == "image" and shown.pages == 5
    assert len(PdfReader(shown.pdf).pages) == 5
    assert "frame3of5" in _text(shown.pdf, 2)
    assert shown.notes == ()


def test_an_animated_gif_shows_its_frames_up_to_the_cap_and_names_the_rest(
    tmp_path: Path,
) -> None:
    frames = []
    for n in range(MAX_FRAMES + 30):
        frame = Image.new("RGB", (60, 40), "white")
        ImageDraw.Draw(frame).text((5, 5), str(n), fill="black")
        frames.append(frame)
    path = tmp_path / "listing.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=50)

    shown = _render(path, "image/gif", Language.CHINESE)

    assert shown.pages == MAX_FRAMES == len(PdfReader(shown.pdf).pages)
    assert shown.notes == ("仅显示前200帧（共230帧）；第201–230帧未显示",)
    assert "第201–230帧未显示" in _text(shown.pdf, MAX_FRAMES - 1)


def test_damaged_files_are_described_in_chinese_for_a_chinese_bundle(tmp_path: Path) -> None:
    broken = _render(make.corrupt_pdf(tmp_path / "broken.pdf"), "application/pdf", Language.CHINESE)
    cut = _render(make.truncated_jpeg(tmp_path / "cut.jpg"), "image/jpeg", Language.CHINESE)
    video = _render(make.video(tmp_path / "raid.mp4"), "video/mp4", Language.BILINGUAL)

    assert broken.problem is not None and broken.problem.startswith("该PDF已损坏")
    assert cut.problem is not None and cut.problem.startswith("无法读取该图像：图像文件不完整")
    assert video.problem == "An MP4/QuickTime video cannot be printed / MP4/QuickTime视频无法打印"
