"""A PDF evidence bundle from a `BundleSpec`: cover, index of exhibits, a separator sheet and the
pages of each exhibit, the closing manifest; a running stamp with a Bates number on every page, a
bookmark per exhibit, document information, and the manifest attached as JSON.

Order of work: each file as pages → the layout (page numbers settle) → every page assembled and
stamped → every page fingerprinted into the manifest → the manifest's hash sealed onto the cover
and the manifest page (`seal.py`) → written, then signed when a signer is given.

Work happens in a hidden folder beside the output and the finished PDF is moved into place in
one step, so a Cancel, an error or a crash never leaves a half-written bundle under the chosen
name. Damaged exhibit files become placeholder pages (`renditions.py`) and are listed as
problems at the end; the export still finishes.

The work folder is named after the process and holds a locked lock file (`owners`); the work
folders of exports that were killed are removed by the next export to the same folder (never
those of an export still running in another program).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from casefile import __version__, owners
from casefile.errors import CancelledError, CasefileError
from casefile.export import frame_pages as frame
from casefile.export.fingerprint import METHOD, PageFingerprints
from casefile.export.manifest import (
    ATTACHMENT_NAME,
    METADATA_KEY,
    Manifest,
    ManifestExhibit,
    ManifestFile,
)
from casefile.export.renditions import Rendition, forget_read_objects, open_pdf, render_file
from casefile.export.sanitize import strip_active_content
from casefile.export.seal import SealBox, attach_empty_seal, fill_seal, render_seals
from casefile.export.signing import BundleSigner, sign_pdf, signer_identity
from casefile.export.spec import BundleSpec
from casefile.export.spill import SETTLED_THRESHOLD, StreamSpill
from casefile.export.stamps import STRIP, Stamp, StampPlacer, render_stamps
from casefile.export.wording import Language, recipient_text, say

Progress = Callable[[int, int, str], None]  # (done, total, what is being done)
STEPS = 1000
# Shares of the progress bar: laying out files (by bytes), assembling and stamping (by pages),
# writing (by bytes).
PREPARE, ASSEMBLE, STAMP = 450, 150, 100
STAMP_BATCH = 500  # stamps drawn per reportlab document: memory stays flat as bundles grow
WORK_PREFIX = ".casefile-bundle"  # work folders: .casefile-bundle-PID-xxxxxxxx
LEGACY_AGE = 86_400  # seconds: a work folder without an owner's id is left for a day


class BundleError(CasefileError):
    """The bundle could not be written (the folder is missing, the disk is full, …)."""


@dataclass(frozen=True, slots=True)
class BundleResult:
    path: Path
    pages: int
    manifest: Manifest
    manifest_sha256: str
    problems: tuple[str, ...]
    seconds: float


def build_bundle(
    spec: BundleSpec,
    out: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    overwrite: bool = True,
    signer: BundleSigner | None = None,
) -> BundleResult:
    """Write the bundle to `out`; an existing file there is replaced (once the new one is
    complete) only with `overwrite`. With a `signer`, the finished file is signed before it is
    moved into place."""
    started = time.monotonic()
    if not spec.exhibits:
        raise BundleError("no exhibits chosen: a bundle needs at least one")
    out = Path(out).absolute()
    if not out.parent.is_dir():
        raise BundleError(f"the folder {out.parent} does not exist")
    if out.is_dir():
        raise BundleError(f"{out} is a folder; give a file name ending in .pdf")
    if out.exists() and not overwrite:
        raise BundleError(f"{out} already exists; choose another name (or replace it)")
    owners.remove_abandoned(out.parent, WORK_PREFIX, LEGACY_AGE)  # left by killed exports
    try:
        claim = owners.WorkFolder(out.parent, WORK_PREFIX)
    except OSError as exc:
        raise BundleError(f"cannot write in {out.parent} ({exc.strerror or exc})") from None
    work = claim.path
    job = _Job(spec, work, progress, cancelled)
    if signer is not None:
        identity = signer_identity(signer)
        job.signed_by, job.signer_certificate = identity.subject, identity.sha256
        job.archive_key = signer.archive_key
    try:
        renditions = job.render_files()
        manifest, layout = job.lay_out(renditions)
        written = job.assemble(renditions, layout, manifest)
        assert job.manifest is not None
        manifest = job.manifest  # with every page's fingerprint
        if signer is not None:
            job.check()
            job.report(STEPS - 1, job.stage("progress_signing"))
            signed = work / "signed.pdf"
            sign_pdf(written, signed, signer, cancelled)
            written = signed
        os.replace(written, out)
    except (CancelledError, BundleError):
        raise
    except OSError as exc:
        raise BundleError(f"could not write {out} ({exc.strerror or exc})") from None
    finally:
        job.close()
        claim.release()
        shutil.rmtree(work, ignore_errors=True)
    return BundleResult(
        out,
        manifest.total_pages,
        manifest,
        manifest.sha256(),
        manifest.problems,
        time.monotonic() - started,
    )


@dataclass(frozen=True, slots=True)
class _Layout:
    frame: frame.FramePages
    stamps: list[Stamp]


class _Job:
    def __init__(
        self,
        spec: BundleSpec,
        work: Path,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.spec = spec
        self.work = work
        self._progress = progress
        self._cancelled = cancelled
        self._spill: StreamSpill | None = None
        self.manifest: Manifest | None = None
        self.signed_by = self.signer_certificate = ""
        self.archive_key = False

    # -- progress -------------------------------------------------------------------------

    def check(self) -> None:
        if self._cancelled and self._cancelled():
            raise CancelledError()

    def stage(self, key: str) -> str:
        """A stage's label in the bundle's language (English in a bilingual one)."""
        language = self.spec.language
        return say(key, Language.ENGLISH if language is Language.BILINGUAL else language)

    def report(self, done: float, label: str) -> None:
        if self._progress:
            self._progress(min(STEPS, int(done)), STEPS, label)

    # -- 1. each file as pages ------------------------------------------------------------

    def render_files(self) -> list[list[Rendition]]:
        spec, lang = self.spec, self.spec.language
        total = sum(f.size for e in spec.exhibits for f in e.files) or 1
        done = 0
        result = []
        for position, exhibit in enumerate(spec.exhibits, 1):
            renditions = []
            for n, item in enumerate(exhibit.files, 1):
                self.check()
                self.report(
                    PREPARE * done / total, f"{say('exhibit', lang)} {position}: {item.name}"
                )
                caption = f"{say('exhibit', lang)} {position} · {item.name}"
                slot = f"{position:05d}-{n:04d}"  # the same file may be in two exhibits
                renditions.append(render_file(item, self.work, lang, caption, slot))
                done += item.size
            result.append(renditions)
        self.report(PREPARE, "")
        return result

    # -- 2. where every page goes -----------------------------------------------------------

    def lay_out(self, renditions: list[list[Rendition]]) -> tuple[Manifest, _Layout]:
        """Page numbers depend on how many pages the index and the manifest take, which depend
        on the numbers printed in them: lay out until the counts settle (twice, as a rule)."""
        counts: dict[str, int] = {}
        for attempt in range(6):
            self.check()
            manifest = self._manifest(renditions, counts)
            pages = frame.render_frame(self.spec, manifest, self.work / f"frame-{attempt}.pdf")
            settled = {key: n for key, (_, n) in pages.sections.items()}
            if settled == counts:
                return manifest, _Layout(pages, self._stamps(manifest, settled))
            counts = settled
        raise BundleError("the bundle's page layout did not settle; please report this")

    def _manifest(self, renditions: list[list[Rendition]], counts: dict[str, int]) -> Manifest:
        spec = self.spec
        page = counts.get(frame.COVER, 1) + counts.get(frame.INDEX, 1) + 1  # 1-based, next page
        exhibits = []
        problems = []
        for position, (exhibit, parts) in enumerate(zip(spec.exhibits, renditions, strict=True), 1):
            separator = page
            page += counts.get(frame.separator_key(position), 1)
            first = page
            files = []
            for r in parts:
                files.append(
                    ManifestFile(
                        name=r.file.name,
                        sha256=r.file.sha256,
                        size=r.file.size,
                        media_type=r.file.media_type,
                        shown_as=r.shown_as,
                        first_page=page,
                        pages=r.pages,
                        problem=r.problem,
                        embedded_original=r.embedded_original,
                        removed=r.removed,
                        notes=r.notes,
                    )
                )
                if r.problem:
                    problems.append(_problem_line(r, position, spec.language))
                page += r.pages
            exhibits.append(
                ManifestExhibit(
                    position=position,
                    exhibit_no=exhibit.exhibit_no,
                    description=exhibit.description,
                    kind=exhibit.kind,
                    obtained_on=exhibit.obtained_on.isoformat() if exhibit.obtained_on else None,
                    separator_page=separator,
                    first_page=first,
                    last_page=page - 1,
                    bates_first=spec.bates(separator - 1),
                    bates_last=spec.bates(page - 2),
                    files=tuple(files),
                )
            )
        total = page - 1 + counts.get(frame.MANIFEST, 1)
        chain_rows, chain_last, chain_head = spec.archive_chain or (None, None, None)
        return Manifest(
            archive_chain_rows=chain_rows,
            archive_chain_head=chain_head,
            archive_chain_last_id=chain_last,
            generator=f"{spec.generator} {__version__}",
            case_reference=spec.case_reference,
            case_title=spec.case_title,
            recipient=spec.recipient.value,
            language=spec.language.value,
            prepared_by=spec.prepared_by,
            prepared_on=spec.prepared_on.isoformat(),
            created_at=spec.created_at.isoformat(timespec="seconds"),
            bates_prefix=spec.bates_prefix,
            bates_start=spec.bates_start,
            total_pages=total,
            manifest_first_page=page,
            exhibits=tuple(exhibits),
            problems=tuple(problems),
            files_count=sum(len(e.files) for e in exhibits),
        )

    def _stamps(self, manifest: Manifest, sections: dict[str, int]) -> list[Stamp]:
        """What each page's stamp says, in page order (sizes are filled in when assembling)."""
        lang, spec = self.spec.language, self.spec
        labels: list[str] = []
        labels += [say("stamp_cover", lang, " · ")] * sections[frame.COVER]
        labels += [say("stamp_index", lang, " · ")] * sections[frame.INDEX]
        for entry in manifest.exhibits:
            n = entry.position
            labels += [say("stamp_separator", lang, " · ", n=n)] * (
                entry.first_page - entry.separator_page
            )
            pages = entry.last_page - entry.first_page + 1
            labels += [
                say("stamp_exhibit", lang, " · ", n=n, page=p, pages=pages)
                for p in range(1, pages + 1)
            ]
        labels += [say("stamp_manifest", lang, " · ")] * (
            manifest.total_pages - manifest.manifest_first_page + 1
        )
        strips = {
            page
            for entry in manifest.exhibits
            for f in entry.files
            if f.shown_as == "pdf"
            for page in range(f.first_page, f.first_page + f.pages)
        }
        return [
            Stamp(0, 0, label, spec.bates(i), strip=i + 1 in strips)
            for i, label in enumerate(labels)
        ]

    # -- 3. one PDF -------------------------------------------------------------------------

    def assemble(
        self, renditions: list[list[Rendition]], layout: _Layout, manifest: Manifest
    ) -> Path:
        from pypdf import PdfReader, PdfWriter

        spec = self.spec
        writer = PdfWriter()
        spill = self._spill = StreamSpill(self.work / "streams.bin", self._written, self._cancelled)
        frame_reader = PdfReader(layout.frame.pdf)
        total_pages = manifest.total_pages

        placed: dict[int, int] = {}  # frame page index → bundle page index

        def add_frame(key: str) -> int:
            first, count = layout.frame.sections[key]
            for i in range(first, first + count):
                writer.add_page(frame_reader.pages[i])
                placed[i] = len(writer.pages) - 1
            return len(writer.pages) - count

        def added() -> None:
            self.check()
            page = writer.pages[-1]
            if page.get("/Rotate"):
                page.transfer_rotation_to_content()  # so the stamp lands upright at the foot
            spill.park_page(page, SETTLED_THRESHOLD)  # nothing reads its content again
            done = PREPARE + ASSEMBLE * len(writer.pages) / total_pages
            self.report(done, self.stage("progress_assembling"))

        add_frame(frame.COVER)
        writer.add_outline_item(title=say("outline_cover", spec.language, " / "), page_number=0)
        writer.add_outline_item(
            title=say("index", spec.language, " / "), page_number=add_frame(frame.INDEX)
        )
        for exhibit, entry, parts in zip(spec.exhibits, manifest.exhibits, renditions, strict=True):
            start = add_frame(frame.separator_key(entry.position))
            label = _short(exhibit.description or exhibit.kind)
            title = f"{say('exhibit', spec.language)} {entry.position}: {label}"
            parent = writer.add_outline_item(title=title, page_number=start)
            for rendition, file_entry in zip(parts, entry.files, strict=True):
                # Read from an open file, not a path (pypdf would load the whole file), and
                # let the writer forget the reader afterwards, or it keeps every one alive.
                with rendition.pdf.open("rb") as handle:
                    reader = open_pdf(handle)
                    for page in reader.pages:
                        strip_active_content(page)  # listed in the manifest at render time
                        writer.add_page(page)
                        added()
                        forget_read_objects(reader)
                    writer.reset_translation(reader)
                if len(parts) > 1:
                    writer.add_outline_item(
                        title=_short(rendition.file.name),
                        page_number=file_entry.first_page - 1,
                        parent=parent,
                    )
        writer.add_outline_item(
            title=say("manifest", spec.language, " / "), page_number=add_frame(frame.MANIFEST)
        )
        if len(writer.pages) != total_pages:
            raise BundleError(
                f"the bundle came out with {len(writer.pages)} pages, not the {total_pages} laid "
                "out; please report this"
            )
        seals = {placed[box.page_index]: box for box in layout.frame.seals}
        forms, fingerprints = self._stamp(writer, layout.stamps, seals)
        manifest = replace(
            manifest,
            page_sha256=tuple(fingerprints),
            fingerprint_method=METHOD,
            sealed_pages=tuple(sorted(i + 1 for i in seals)),
            signed_by=self.signed_by,
            signer_certificate_sha256=self.signer_certificate,
            signed_with_archive_key=self.archive_key,
        )
        self._seal(writer, forms, seals, manifest)
        self.manifest = manifest
        self._describe(writer, manifest)
        self._written_bytes, self._to_write = 0, max(1, spill.spilled_bytes)
        path = self.work / "bundle.pdf"
        with path.open("wb") as stream:
            writer.write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        return path

    def _stamp(
        self, writer: Any, stamps: list[Stamp], seals: dict[int, SealBox]
    ) -> tuple[dict[int, Any], list[str]]:
        """Stamp every page (an exhibit's PDF page in a strip added below it), give the sealed
        pages their empty seal, and fingerprint every page as it will be written."""
        from pypdf import PdfReader
        from pypdf.generic import RectangleObject

        sized = []
        origins = []
        for page, stamp in zip(writer.pages, stamps, strict=True):
            box = page.cropbox  # what a reader shows: the MediaBox unless a CropBox is smaller
            left, bottom, right, top = (float(v) for v in box)
            if stamp.strip:
                bottom -= STRIP
                media = [float(v) for v in page.mediabox]
                page.mediabox = RectangleObject(
                    [
                        min(media[0], left),
                        min(media[1], bottom),
                        max(media[2], right),
                        max(media[3], top),
                    ]
                )
                page.cropbox = RectangleObject([left, bottom, right, top])
            sized.append(Stamp(right - left, top - bottom, stamp.left, stamp.bates, stamp.strip))
            origins.append((left, bottom))
        placer = StampPlacer(writer)
        total = len(writer.pages)
        forms: dict[int, Any] = {}
        fingerprints = []
        hasher = PageFingerprints()
        assert self._spill is not None
        overlay: Any = None
        for i, page in enumerate(writer.pages):
            self.check()
            if i % STAMP_BATCH == 0:  # reportlab holds a whole document until it is saved
                path = self.work / f"stamps-{i // STAMP_BATCH}.pdf"
                render_stamps(sized[i : i + STAMP_BATCH], path)
                overlay = PdfReader(path)
                placer.new_batch()
            _own_resources(page)
            placer.place(page, overlay.pages[i % STAMP_BATCH], *origins[i])
            if i in seals:
                forms[i] = attach_empty_seal(writer, page, seals[i])
            fingerprints.append(hasher.of(page, sealed=i in seals))
            self._spill.park_page(page, SETTLED_THRESHOLD)
            if i % 50 == 0:
                forget_read_objects(overlay)
                self.report(PREPARE + ASSEMBLE + STAMP * i / total, self.stage("progress_stamping"))
        return forms, fingerprints

    def _seal(
        self, writer: Any, forms: dict[int, Any], seals: dict[int, SealBox], manifest: Manifest
    ) -> None:
        """Draw the manifest's hash into the seals left on the cover and the manifest page."""
        from pypdf import PdfReader

        order = sorted(forms)
        boxes = [seals[i] for i in order]
        path = self.work / "seals.pdf"
        render_seals(boxes, manifest.sha256(), self.spec.language, path)
        drawn = PdfReader(path)
        for i, page in zip(order, drawn.pages, strict=True):
            fill_seal(writer, forms[i], page)

    def _describe(self, writer: Any, manifest: Manifest) -> None:
        from pypdf.generic import NameObject

        spec = self.spec
        sha = manifest.sha256()
        title = recipient_text(spec.recipient, "title", spec.language)
        writer.add_metadata(
            {
                "/Title": f"{spec.case_reference} {spec.case_title} — {title}",
                "/Author": spec.prepared_by,
                "/Subject": (
                    f"Evidence bundle, {len(spec.exhibits)} exhibits, {manifest.total_pages} pages"
                ),
                "/Keywords": f"{spec.case_reference}; {spec.recipient.value}; SHA-256 {sha}",
                "/Creator": f"Casefile {__version__}",
                "/CreationDate": _pdf_date(spec),
                METADATA_KEY: sha,
            }
        )
        writer.add_attachment(ATTACHMENT_NAME, manifest.to_json())
        writer._root_object[NameObject("/PageMode")] = NameObject("/UseOutlines")

    def _written(self, n: int) -> None:
        self._written_bytes += n
        share = STEPS - PREPARE - ASSEMBLE - STAMP
        self.report(
            PREPARE + ASSEMBLE + STAMP + share * self._written_bytes / self._to_write,
            self.stage("progress_writing"),
        )

    def close(self) -> None:
        if self._spill is not None:
            self._spill.close()


def _problem_line(rendition: Rendition, position: int, language: Language) -> str:
    """ "Exhibit 2 (x.png): the image is too large…; a placeholder page stands in for it", in
    the bundle's language (both, each whole, in a bilingual one)."""
    name = rendition.file.name
    if language is Language.BILINGUAL and rendition.problem_pair:
        english, chinese = rendition.problem_pair
        return " / ".join(
            say("problem_line", lang, n=position, name=name, problem=problem)
            for lang, problem in ((Language.ENGLISH, english), (Language.CHINESE, chinese))
        )
    return say("problem_line", language, n=position, name=name, problem=rendition.problem)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pdf_date(spec: BundleSpec) -> str:
    stamp = spec.created_at
    offset = stamp.utcoffset()
    if offset is None:
        return stamp.strftime("D:%Y%m%d%H%M%S")
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return (
        stamp.strftime("D:%Y%m%d%H%M%S")
        + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    )


def _own_resources(page: Any) -> None:
    """Give the page a resource dictionary of its own (a shallow copy: what it names stays
    shared). Pages often share one (reportlab's pages all do), and the stamp is added to it:
    added to a shared one, every page would list every page's stamp."""
    from pypdf.generic import DictionaryObject, NameObject

    resources = page.get("/Resources")
    if resources is None:
        return
    resources = resources.get_object()
    if isinstance(resources, DictionaryObject):
        page[NameObject("/Resources")] = DictionaryObject(resources)
