"""The demo archive: the curated cases are rich and valid, the synthetic top-up is consistent,
and a demo never writes into an archive that already holds work."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from casefile import clock
from casefile.demo import DemoSummary, build_demo_archive
from casefile.demo.scenarios import CURATED
from casefile.domain import Route
from casefile.errors import ArchiveError
from casefile.rules.deadlines import shipped_rule_book
from casefile.services import cases, parties
from casefile.store.archive import Archive

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def curated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[DemoSummary, Archive]]:
    stages: list[tuple[str, int, int]] = []
    summary = build_demo_archive(
        tmp_path_factory.mktemp("demo") / "Demo.casefile",
        progress=lambda stage, done, total: stages.append((stage, done, total)),
    )
    assert stages and stages[-1][1] == stages[-1][2]  # the last report says "done"
    archive = Archive.open(summary.path)
    try:
        yield summary, archive
    finally:
        archive.close()


@contextmanager
def _db(archive: Archive | Path) -> Iterator[sqlite3.Connection]:
    """A plain SQLite connection beside the archive (closed afterwards, unlike `with connect`)."""
    path = archive if isinstance(archive, Path) else archive.db_path
    with closing(sqlite3.connect(path)) as db:
        yield db


def test_curated_demo_has_the_hand_written_cases(curated: tuple[DemoSummary, Archive]) -> None:
    summary, archive = curated
    listed = cases.list_cases(archive)
    assert summary.cases == len(listed) == len(CURATED) >= 38
    assert summary.synthetic_cases == 0
    assert {c.status for c in listed} == {"open", "on_hold", "closed"}
    assert {c.priority for c in listed} >= {"normal", "high", "urgent"}
    assert {r for c in listed for r in c.routes} == {r.value for r in Route}
    assert sum(len(c.routes) > 1 for c in listed) >= 8  # many cases run on several routes
    assert sum(bool(CJK.search(c.title)) for c in listed) >= 20
    assert {"CN", "NL", "SG", "MY", "TH", "VN"} <= {j for c in listed for j in c.jurisdictions}


def test_evidence_files_are_stored_by_their_hash(curated: tuple[DemoSummary, Archive]) -> None:
    summary, archive = curated
    with _db(archive) as db:
        rows = db.execute(
            "SELECT f.sha256, b.size, f.original_name FROM evidence_file f "
            "JOIN stored_blob b ON b.sha256 = f.sha256"
        ).fetchall()
        kinds = {k for (k,) in db.execute("SELECT DISTINCT kind FROM evidence_item")}
    assert len(rows) == summary.evidence_files >= 40
    for sha, size, _name in rows:
        data = archive.files.path_of(sha).read_bytes()
        assert hashlib.sha256(data).hexdigest() == sha
        assert len(data) == size < 200_000  # small files: the demo builds in seconds
    suffixes = {Path(name).suffix for _, _, name in rows}
    assert {".jpg", ".png", ".pdf", ".html"} <= suffixes
    assert {
        "notarised_purchase",
        "notarised_capture",
        "screenshot",
        "web_capture",
        "customs_notice",
        "sample_photo",
        "invoice",
        "appraisal_report",
        "timestamp_certificate",
    } <= kinds


def test_pdfs_embed_the_cjk_font(curated: tuple[DemoSummary, Archive]) -> None:
    _, archive = curated
    with _db(archive) as db:
        sha = db.execute(
            "SELECT sha256 FROM evidence_file WHERE original_name = 'ningbo-detention-notice.pdf'"
        ).fetchone()[0]
    pdf = archive.files.path_of(sha).read_bytes()
    assert pdf.startswith(b"%PDF") and b"FontFile2" in pdf  # an embedded TrueType font
    assert b"STSong" not in pdf


def test_repeat_infringer_is_linked_and_recognised(curated: tuple[DemoSummary, Archive]) -> None:
    _, archive = curated
    with _db(archive) as db:
        linked = db.execute(
            "SELECT party_id, COUNT(DISTINCT case_id) FROM case_party GROUP BY party_id "
            "ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
    assert linked[1] >= 3
    # The 1688 store was entered as a new party; its phone ties it to the same infringer.
    matches = parties.find_matching_parties(archive, [("phone", "+86 13957928841")])
    assert {m.party.id for m in matches} >= {linked[0]}
    assert any(len(m.cases) >= 3 for m in matches)


def test_threshold_figures_keep_their_units(curated: tuple[DemoSummary, Archive]) -> None:
    _, archive = curated
    with _db(archive) as db:
        figures = set(db.execute("SELECT measure, value, unit FROM threshold_figure"))
    assert ("works", "620", "work") in figures  # above 500 works
    assert ("clicks", "48200", "click") in figures  # near 50,000 clicks
    assert {("works", "300", "work"), ("clicks", "30000", "click")} <= figures  # half of two
    assert ("works", "412", "episode") in figures  # the same series counted per episode
    assert {unit for _, _, unit in figures} >= {"work", "episode", "click", "member", "rmb"}


def test_deadlines_are_overdue_and_upcoming(curated: tuple[DemoSummary, Archive]) -> None:
    _, archive = curated
    today = clock.today().isoformat()
    with _db(archive) as db:
        overdue = db.execute(
            "SELECT COUNT(*) FROM deadline WHERE status = 'open' AND due_on < ?", (today,)
        ).fetchone()[0]
        upcoming = db.execute(
            "SELECT COUNT(*) FROM deadline WHERE status = 'open' AND due_on >= ?", (today,)
        ).fetchone()[0]
        done = db.execute("SELECT COUNT(*) FROM deadline WHERE status != 'open'").fetchone()[0]
        currencies = {c for (c,) in db.execute("SELECT DISTINCT currency FROM money_entry")}
        transfers = db.execute("SELECT COUNT(*) FROM transfer_step").fetchone()[0]
        recordals = {a for (a,) in db.execute("SELECT authority FROM customs_recordal")}
    assert overdue >= 3 and upcoming >= 10 and done >= 5
    assert {"CNY", "EUR", "SGD", "USD"} <= currencies
    assert transfers >= 5
    assert any("GACC" in a for a in recordals) and any("608/2013" in a for a in recordals)


def test_demo_deadlines_come_from_events_and_name_real_rules(
    curated: tuple[DemoSummary, Archive],
) -> None:
    _, archive = curated
    with _db(archive) as db:
        used = {
            r for (r,) in db.execute("SELECT DISTINCT rule_id FROM deadline WHERE rule_id != ''")
        }
        generated = set(
            db.execute(
                "SELECT rule_id, jurisdiction FROM deadline WHERE event_id IS NOT NULL"
            ).fetchall()
        )
    assert used <= set(shipped_rule_book().rules)  # every rule id is one counsel can look up
    assert {
        ("cn.customs.apply_detention", "CN"),
        ("cn.customs.investigation", "CN"),
        ("cn.customs.release_on_application", "CN"),
        ("cn.platform.counter_notice", "CN"),
        ("cn.civil.appeal_judgment", "CN"),
        ("eu.customs.confirm", "NL"),
        ("sg.customs.suit", "SG"),
    } <= generated


def test_every_curated_change_is_audited(curated: tuple[DemoSummary, Archive]) -> None:
    _, archive = curated
    with _db(archive) as db:
        audited = {t for (t,) in db.execute("SELECT DISTINCT table_name FROM audit_entry")}
        case_inserts = db.execute(
            "SELECT COUNT(*) FROM audit_entry WHERE table_name = 'case_file' AND action = 'insert'"
        ).fetchone()[0]
    assert case_inserts == len(CURATED)
    assert {"case_file", "proceeding", "evidence_item", "custody_event", "transfer_step"} <= audited


def test_synthetic_top_up_is_consistent(tmp_path: Path) -> None:
    summary = build_demo_archive(tmp_path / "Big.casefile", cases=300)
    assert (summary.cases, summary.curated_cases, summary.synthetic_cases) == (300, 40, 260)
    assert summary.stored_files < 120  # synthetic exhibits share a small pool of files
    with _db(summary.path / "archive.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        count = db.execute("SELECT COUNT(*) FROM case_file").fetchone()[0]
        audited = db.execute(
            "SELECT COUNT(DISTINCT row_id) FROM audit_entry "
            "WHERE table_name = 'case_file' AND action = 'insert'"
        ).fetchone()[0]
        refs = [r for (r,) in db.execute("SELECT reference FROM case_file")]
        orphans = db.execute(
            "SELECT COUNT(*) FROM evidence_file f LEFT JOIN stored_blob b USING (sha256) "
            "WHERE b.sha256 IS NULL"
        ).fetchone()[0]
    assert count == 300 and audited == 300
    assert len(set(refs)) == 300 and all(re.fullmatch(r"CF-\d{4}-\d{4}", r) for r in refs)
    assert orphans == 0
    archive = Archive.open(summary.path)
    try:
        # Numbering stays consistent: the next case continues after the generated ones.
        added = cases.create_case(archive, cases.CaseDraft(title="After the demo"))
        year_refs = [r for r in refs if r.startswith(f"CF-{clock.today().year}-")]
        assert added.reference > max(year_refs)
        detail = cases.case_detail(archive, refs[-1])
        assert detail.proceedings
    finally:
        archive.close()


def test_fewer_cases_than_curated_takes_the_first(tmp_path: Path) -> None:
    summary = build_demo_archive(tmp_path / "Small.casefile", cases=3)
    archive = Archive.open(summary.path)
    try:
        titles = {c.title for c in cases.list_cases(archive)}
    finally:
        archive.close()
    assert titles == {s.title for s in CURATED[:3]}


def test_refuses_an_archive_that_holds_cases(archive: Archive) -> None:
    cases.create_case(archive, cases.CaseDraft(title="Real work"))
    with pytest.raises(ArchiveError, match="already holds 1 case"):
        build_demo_archive(archive.path, cases=5)
    assert [c.title for c in cases.list_cases(archive)] == ["Real work"]
    assert archive.path.exists()


def test_refuses_a_folder_that_is_not_an_archive(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(ArchiveError, match="not an archive"):
        build_demo_archive(tmp_path, cases=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_a_failed_build_leaves_no_half_demo(tmp_path: Path) -> None:
    target = tmp_path / "Broken.casefile"

    def stop(stage: str, done: int, total: int) -> None:
        if done == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl+C in `casefile demo`

    with pytest.raises(KeyboardInterrupt):
        build_demo_archive(target, cases=5, progress=stop)
    assert not target.exists()
    assert build_demo_archive(target, cases=2).cases == 2  # and the folder can be used again
