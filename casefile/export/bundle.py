"""A PDF evidence bundle from a `BundleSpec`: cover, index of exhibits, a separator sheet and the
pages of each exhibit, the closing manifest; a running stamp with a Bates number on every page, a
bookmark per exhibit, document information, and the manifest attached as JSON.

Order of work: each file as pages → the layout (page numbers settle) → the pages assembled,
stamped and fingerprinted a chunk at a time, each chunk copied into the bundle as it is done
(`join.py`: memory stays flat) → the manifest's hash sealed onto the cover and the manifest page
(`seal.py`) → the outline, document information and manifest attachment written, then the bundle
signed when a signer is given.

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
from casefile.export.join import Bookmark, Document, PdfJoin
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
from casefile.words import N_

Progress = Callable[[int, int, str], None]  # (done, total, what is being done)
STEPS = 1000
# Shares of the progress bar: laying out files (by bytes), assembling and stamping (by pages),
# writing (by bytes).
PREPARE, ASSEMBLE, STAMP = 450, 150, 100
STAMP_BATCH = 500  # stamps drawn per reportlab document: memory stays flat as bundles grow
CHUNK_PAGES = 1000  # pages per pypdf writer, which holds some 20 KB a page until it writes
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
        raise BundleError(N_("no exhibits chosen: a bundle needs at least one"))
    out = Path(out).absolute()
    if not out.parent.is_dir():
        raise BundleError(N_("the folder {folder} does not exist"), folder=out.parent)
    if out.is_dir():
        raise BundleError(N_("{path} is a folder; give a file name ending in .pdf"), path=out)
    if out.exists() and not overwrite:
        raise BundleError(
            N_("{path} already exists; choose another name (or replace it)"), path=out
        )
    owners.remove_abandoned(out.parent, WORK_PREFIX, LEGACY_AGE)  # left by killed exports
    try:
        claim = owners.WorkFolder(out.parent, WORK_PREFIX)
    except OSError as exc:
        raise BundleError(
            N_("cannot write in {folder} ({problem})"),
            folder=out.parent,
            problem=exc.strerror or exc,
        ) from None
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
        raise BundleError(
            N_("could not write {path} ({problem})"), path=out, problem=exc.strerror or exc
        ) from None
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
        self._chunk: _Chunk | None = None  # the one being assembled, closed if work stops
        self._join: PdfJoin | None = None
        self._held: list[_Chunk] = []
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
        raise BundleError(N_("the bundle's page layout did not settle; please report this"))

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
        """Assemble, stamp and fingerprint the pages a chunk of `CHUNK_PAGES` at a time, each
        chunk written to its own file and copied into the bundle (`join.py`) at once: pypdf's
        writer holds every page until it writes. The cover and the manifest pages are chunks of
        their own, kept until the manifest's hash can be drawn in their seals."""
        from pypdf import PdfReader

        frame_reader = PdfReader(layout.frame.pdf)
        total_pages = manifest.total_pages
        seal_boxes = {box.page_index: box for box in layout.frame.seals}  # frame page → box
        path = self.work / "bundle.pdf"
        join = self._join = PdfJoin(path, self._cancelled)
        held = self._held  # chunks with a seal, written once the manifest is complete
        fingerprints: list[str] = []
        sealed: dict[int, SealBox] = {}  # bundle page index → its seal
        chunk: _Chunk | None = None
        chunks = done = 0  # chunks begun, pages added

        def put(page: Any, seal: SealBox | None = None) -> None:
            nonlocal chunk, chunks, done
            self.check()
            if chunk is None:
                chunk = self._chunk = _Chunk(self.work, chunks, done)
                chunks += 1
            chunk.writer.add_page(page)
            added = chunk.writer.pages[-1]
            if added.get("/Rotate"):
                added.transfer_rotation_to_content()  # so the stamp lands upright at the foot
            chunk.spill.park_page(added, SETTLED_THRESHOLD)  # nothing reads its content again
            if seal is not None:
                sealed[done] = seal
            done += 1
            self.report(
                PREPARE + (ASSEMBLE + STAMP) * done / total_pages,
                self.stage("progress_assembling"),
            )
            if len(chunk.writer.pages) == CHUNK_PAGES:
                finish()

        def finish() -> None:
            nonlocal chunk
            if chunk is None:
                return
            if done > len(layout.stamps):
                raise BundleError(
                    N_(
                        "the bundle came out with more than the {total} pages laid out; "
                        "please report this"
                    ),
                    total=total_pages,
                )
            fingerprints.extend(self._stamp(chunk, layout.stamps, sealed))
            if chunk.seal_forms:
                held.append(chunk)
            else:
                join.append(chunk.write(), chunk.number)
                chunk.path.unlink()
            chunk = self._chunk = None

        def add_frame(key: str) -> None:
            first, count = layout.frame.sections[key]
            for i in range(first, first + count):
                put(frame_reader.pages[i], seal_boxes.get(i))

        add_frame(frame.COVER)
        finish()  # the cover's seal is drawn last: a chunk of its own
        add_frame(frame.INDEX)
        for entry, parts in zip(manifest.exhibits, renditions, strict=True):
            add_frame(frame.separator_key(entry.position))
            for rendition in parts:
                # Read from an open file, not a path (pypdf would load the whole file), and
                # let the writer forget the reader afterwards, or it keeps every one alive.
                with rendition.pdf.open("rb") as handle:
                    reader = open_pdf(handle)
                    for page in reader.pages:
                        strip_active_content(page)  # listed in the manifest at render time
                        put(page)
                        forget_read_objects(reader)
                    if chunk is not None:
                        chunk.writer.reset_translation(reader)
        finish()
        add_frame(frame.MANIFEST)
        finish()
        if done != total_pages:
            raise BundleError(
                N_(
                    "the bundle came out with {done} pages, not the {total} laid out; "
                    "please report this"
                ),
                done=done,
                total=total_pages,
            )
        manifest = replace(
            manifest,
            page_sha256=tuple(fingerprints),
            fingerprint_method=METHOD,
            sealed_pages=tuple(sorted(i + 1 for i in sealed)),
            signed_by=self.signed_by,
            signer_certificate_sha256=self.signer_certificate,
            signed_with_archive_key=self.archive_key,
        )
        self.manifest = manifest
        self.report(PREPARE + ASSEMBLE + STAMP, self.stage("progress_writing"))
        self._seal(held, sealed, manifest)
        for chunk_done in held:
            join.append(chunk_done.write(), chunk_done.number)
            chunk_done.path.unlink()
        if join.finish(self._describe(manifest, layout)) != total_pages:
            raise BundleError(N_("the bundle's pages were not all written; please report this"))
        self.report(STEPS - 1, self.stage("progress_writing"))
        return path

    def _seal(self, held: list[_Chunk], sealed: dict[int, SealBox], manifest: Manifest) -> None:
        """Draw the manifest's hash into the seals left on the cover and the manifest page."""
        from pypdf import PdfReader

        order = sorted(sealed)
        path = self.work / "seals.pdf"
        render_seals([sealed[i] for i in order], manifest.sha256(), self.spec.language, path)
        drawn = dict(zip(order, PdfReader(path).pages, strict=True))
        for chunk in held:
            for index, form in chunk.seal_forms.items():
                fill_seal(chunk.writer, form, drawn[index])

    def _stamp(self, chunk: _Chunk, stamps: list[Stamp], sealed: dict[int, SealBox]) -> list[str]:
        """Stamp every page of the chunk (an exhibit's PDF page in a strip added below it), give
        the sealed pages their empty seal, and fingerprint every page as it will be written."""
        from pypdf import PdfReader
        from pypdf.generic import RectangleObject

        writer, first = chunk.writer, chunk.first
        sized = []
        origins = []
        for page, stamp in zip(writer.pages, stamps[first:], strict=False):
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
        total = len(stamps)
        fingerprints = []
        hasher = PageFingerprints()  # per writer: it remembers objects by their number
        overlay: Any = None
        for i, page in enumerate(writer.pages):
            self.check()
            if i % STAMP_BATCH == 0:  # reportlab holds a whole document until it is saved
                path = self.work / f"stamps-{chunk.number}-{i // STAMP_BATCH}.pdf"
                render_stamps(sized[i : i + STAMP_BATCH], path)
                overlay = PdfReader(path)  # read whole from a path: the file can go
                path.unlink(missing_ok=True)
                placer.new_batch()
            _own_resources(page)
            placer.place(page, overlay.pages[i % STAMP_BATCH], *origins[i])
            seal = sealed.get(first + i)
            if seal is not None:  # drawn once the manifest is complete
                chunk.seal_forms[first + i] = attach_empty_seal(writer, page, seal)
            fingerprints.append(hasher.of(page, sealed=seal is not None))
            chunk.spill.park_page(page, SETTLED_THRESHOLD)
            if i % 50 == 0:
                forget_read_objects(overlay)
                self.report(
                    PREPARE + (ASSEMBLE + STAMP) * (first + i) / total,
                    self.stage("progress_stamping"),
                )
        return fingerprints

    def _describe(self, manifest: Manifest, layout: _Layout) -> Document:
        """The bundle's document information, outline and attached manifest."""
        spec, lang = self.spec, self.spec.language
        sha = manifest.sha256()
        title = recipient_text(spec.recipient, "title", lang)
        outline = [
            Bookmark(say("outline_cover", lang, " / "), 0),
            Bookmark(say("index", lang, " / "), layout.frame.sections[frame.COVER][1]),
        ]
        for exhibit, entry in zip(spec.exhibits, manifest.exhibits, strict=True):
            label = _short(exhibit.description or exhibit.kind)
            files = (
                tuple(Bookmark(_short(f.name), f.first_page - 1) for f in entry.files)
                if len(entry.files) > 1
                else ()
            )
            outline.append(
                Bookmark(
                    f"{say('exhibit', lang)} {entry.position}: {label}",
                    entry.separator_page - 1,
                    files,
                )
            )
        outline.append(Bookmark(say("manifest", lang, " / "), manifest.manifest_first_page - 1))
        return Document(
            info={
                "/Title": f"{spec.case_reference} {spec.case_title} — {title}",
                "/Author": spec.prepared_by,
                "/Subject": (
                    f"Evidence bundle, {len(spec.exhibits)} exhibits, {manifest.total_pages} pages"
                ),
                "/Keywords": f"{spec.case_reference}; {spec.recipient.value}; SHA-256 {sha}",
                "/Creator": f"Casefile {__version__}",
                "/CreationDate": _pdf_date(spec),
                METADATA_KEY: sha,
            },
            attachment_name=ATTACHMENT_NAME,
            attachment=manifest.to_json(),
            outline=tuple(outline),
        )

    def close(self) -> None:
        for chunk in [self._chunk, *self._held]:
            if chunk is not None:
                chunk.spill.close()
        if self._join is not None:
            self._join.close()


class _Chunk:
    """Up to `CHUNK_PAGES` pages in a writer of their own, their large streams parked on disk
    until the chunk is written."""

    def __init__(self, work: Path, number: int, first: int) -> None:
        from pypdf import PdfWriter

        self.number = number
        self.first = first  # bundle page index of the chunk's first page
        self.writer = PdfWriter()
        self.path = work / f"chunk-{number:04d}.pdf"
        self.seal_forms: dict[int, Any] = {}  # bundle page index → its empty seal
        self.spill = StreamSpill(work / f"streams-{number:04d}.bin")

    def write(self) -> Path:
        try:
            with self.path.open("wb") as stream:
                self.writer.write(stream)
        finally:
            self.spill.close()
        self.writer = None  # type: ignore[assignment]  # its pages are on disk: let them go
        return self.path


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
