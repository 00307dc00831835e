"""Benchmark a 1,000-page evidence bundle: 500 photos of 12 megapixels and 500 PDF pages.

    python bench/bench_bundle.py [--photos 500] [--pdfs 50] [--pages-per-pdf 10] [--work DIR]

Builds the inputs once in `--work` (kept for the next run: ~1.7 GB), then, each in a fresh
process so peak memory is its own:

1. the bundle: `casefile.export.bundle.build_bundle` on every photo (10 per exhibit) and every
   PDF (one exhibit each), cover, index, separators, stamps, manifest;
2. the baseline: pypdf merging the same PDFs into one file, plus Pillow converting each photo to
   a PDF page, timed together.

Prints wall time and peak memory (max RSS) of each and the ratio. Targets (issues 4 and 12):
peak memory under 400 MB whatever the bundle size, time at most 1.5x the baseline, with every
page fingerprinted and the bundle signed (`--unsigned` adds a run without the signature).
`--also-small` runs a bundle a fifth the size too, to show memory does not grow with the bundle;
`--photos 0 --pdfs 50 --pages-per-pdf 400` makes a 20,000-page bundle.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import subprocess
import sys
import time
from pathlib import Path

PEAK_MEMORY = r"""
import resource
def peak_mb():
    # VmHWM is this process's own high-water mark; ru_maxrss would carry the parent's over exec.
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BUNDLE = (
    PEAK_MEMORY
    + r"""
import hashlib, json, resource, sys, time
from datetime import date

from pathlib import Path
from casefile import clock
from casefile.export.bundle import build_bundle
from casefile.export.spec import BundleExhibit, BundleFile, BundleSpec
from casefile.export.wording import Language, Recipient
work, photos, pdfs, out = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
signer = None
if sys.argv[5] == "sign":  # the archive's own key, as an export signs by default
    from casefile.export.signing import BundleSigner
    from casefile.store import keys
    (work / "keys-archive").mkdir(exist_ok=True)
    signer = BundleSigner(keys.archive_key(work / "keys-archive"), None, archive_key=True)
index = json.loads((work / "index.json").read_text())
def item(entry, media):
    return BundleFile(entry["name"], entry["sha256"], entry["size"], media, work / entry["name"])
photo_items = [item(e, "image/jpeg") for e in index["photos"][:photos]]
exhibits = [
    BundleExhibit(n + 1, "Sample photo", f"Seized goods, photos {i + 1}-{i + 10} 扣押物品照片",
                  None, "", "", "", "", tuple(photo_items[i:i + 10]))
    for n, i in enumerate(range(0, len(photo_items), 10))
]
exhibits += [
    BundleExhibit(len(exhibits) + 1, "Notarial certificate", f"Certificate {e['name']} 公证书",
                  None, "", "", "", "", (item(e, "application/pdf"),))
    for e in index["pdfs"][:pdfs]
]
spec = BundleSpec("CF-2026-0099", "Bench 基准", Recipient.COURT, Language.BILINGUAL,
                  "bench", clock.today(), tuple(exhibits))
t = time.perf_counter()
result = build_bundle(spec, out, signer=signer)
seconds = time.perf_counter() - t
peak = peak_mb()
print(json.dumps({"seconds": seconds, "peak_mb": peak, "pages": result.pages,
                  "bytes": out.stat().st_size, "problems": len(result.problems)}))
"""
)

BASELINE = (
    PEAK_MEMORY
    + r"""
import json, resource, sys, time
from pathlib import Path
from PIL import Image

from pypdf import PdfWriter
work, photos, pdfs, out = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
index = json.loads((work / "index.json").read_text())
out.mkdir(exist_ok=True)
t = time.perf_counter()
writer = PdfWriter()
for entry in index["pdfs"][:pdfs]:
    writer.append(work / entry["name"])
with (out / "merged.pdf").open("wb") as handle:
    writer.write(handle)
merge = time.perf_counter() - t
t = time.perf_counter()
for entry in index["photos"][:photos]:
    with Image.open(work / entry["name"]) as image:
        image.save(out / (entry["name"] + ".pdf"), "PDF")
convert = time.perf_counter() - t
peak = peak_mb()
print(json.dumps({"seconds": merge + convert, "merge": merge, "convert": convert,
                  "peak_mb": peak}))
"""
)


def make_inputs(work: Path, photos: int, pdfs: int, pages: int) -> None:
    """Photos of 4000x3000 (12 MP) — a few base pictures, each copy made distinct by a JPEG
    comment so every file has its own hash — and PDFs of text pages in the bundled CJK font."""
    import hashlib

    from PIL import Image, ImageDraw, ImageFilter

    index_path = work / "index.json"
    if index_path.exists():
        index = json.loads(index_path.read_text())
        if len(index["photos"]) >= photos and len(index["pdfs"]) >= pdfs:
            return
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(42)
    bases = []
    for b in range(10):
        texture = Image.effect_noise((1000, 750), 40 + 4 * b).convert("RGB")
        texture = texture.resize((4000, 3000)).filter(ImageFilter.GaussianBlur(1))
        draw = ImageDraw.Draw(texture)
        for _ in range(30):
            x, y = rng.randrange(4000), rng.randrange(3000)
            colour = tuple(rng.randrange(256) for _ in range(3))
            draw.ellipse(
                (x, y, x + rng.randrange(100, 900), y + rng.randrange(100, 900)), fill=colour
            )
        buffer = io.BytesIO()
        exif = texture.getexif()
        exif[0x0112] = (1, 6, 8, 3)[b % 4]  # phones store photos turned; the bundle turns them
        texture.save(buffer, "JPEG", quality=88, exif=exif)
        bases.append(buffer.getvalue())
    entries = []
    for n in range(photos):
        data = bases[n % len(bases)]
        comment = f"bench photo {n}".encode()
        unique = data[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + data[2:]
        name = f"photo-{n:04d}.jpg"
        (work / name).write_bytes(unique)
        entries.append(
            {"name": name, "sha256": hashlib.sha256(unique).hexdigest(), "size": len(unique)}
        )
    from reportlab.pdfgen.canvas import Canvas

    from casefile.export.fonts import register_font

    font = register_font()
    pdf_entries = []
    for n in range(pdfs):
        name = f"certificate-{n:03d}.pdf"
        canvas = Canvas(str(work / name), initialFontName=font)
        for p in range(pages):
            canvas.setFont(font, 16)
            canvas.drawString(72, 770, f"公证书 Notarial certificate {n} — page {p + 1}")
            canvas.setFont(font, 10)
            for line in range(45):
                canvas.drawString(
                    72, 740 - 15 * line, f"第{line + 1}行 证据内容 evidence text " * 3
                )
            canvas.showPage()
        canvas.save()
        data = (work / name).read_bytes()
        pdf_entries.append(
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        )
    index_path.write_text(json.dumps({"photos": entries, "pdfs": pdf_entries}))


def run(snippet: str, *args: object) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", snippet, *map(str, args)], capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--pdfs", type=int, default=50)
    parser.add_argument("--pages-per-pdf", type=int, default=10)
    parser.add_argument("--work", type=Path, default=Path("/tmp/casefile-bench-bundle"))
    parser.add_argument("--also-small", action="store_true")
    parser.add_argument("--unsigned", action="store_true", help="also time an unsigned bundle")
    args = parser.parse_args()

    t = time.perf_counter()
    make_inputs(args.work, args.photos, args.pdfs, args.pages_per_pdf)
    print(f"inputs ready in {args.work} ({time.perf_counter() - t:.1f} s)")
    sizes = [(args.photos, args.pdfs)]
    if args.also_small:
        sizes.append((args.photos // 5, args.pdfs // 5))
    out = args.work / "out"
    out.mkdir(exist_ok=True)
    for photos, pdfs in sizes:
        total_mb = (
            sum((args.work / f"photo-{n:04d}.jpg").stat().st_size for n in range(photos)) / 1024**2
        )
        baseline = run(BASELINE, args.work, photos, pdfs, out / "baseline")
        bundle = run(BUNDLE, args.work, photos, pdfs, out / "bundle.pdf", "sign")
        ratio = bundle["seconds"] / baseline["seconds"]
        plain = None
        if args.unsigned:
            (out / "bundle.pdf").unlink(missing_ok=True)
            plain = run(BUNDLE, args.work, photos, pdfs, out / "bundle.pdf", "plain")
        print(
            f"\n{photos} photos of 12 MP ({total_mb:,.0f} MB) + {pdfs * args.pages_per_pdf} "
            f"PDF pages → bundle of {bundle['pages']:,} pages, "
            f"{bundle['bytes'] / 1024**2:,.0f} MB, {bundle['problems']} problems"
        )
        print(
            f"  bundle (fingerprinted, signed): {bundle['seconds']:7.1f} s   "
            f"peak memory {bundle['peak_mb']:6.0f} MB"
        )
        print(
            f"  baseline: {baseline['seconds']:7.1f} s   "
            f"peak memory {baseline['peak_mb']:6.0f} MB"
            f"   (pypdf merge {baseline['merge']:.1f} s"
            f" + Pillow convert {baseline['convert']:.1f} s)"
        )
        if plain is not None:
            print(
                f"  bundle (fingerprinted, unsigned): {plain['seconds']:7.1f} s   "
                f"peak memory {plain['peak_mb']:6.0f} MB"
            )
        print(f"  ratio bundle / baseline: {ratio:.2f} (target ≤ 1.5); memory target < 400 MB")
        for leftover in out.glob("baseline/*"):
            leftover.unlink()
        (out / "bundle.pdf").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
