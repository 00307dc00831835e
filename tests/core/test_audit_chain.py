"""The audit trail as a hash chain: an archive written by Casefile checks clean, and each edit
made to the database around Casefile (with sqlite3, on a real archive) is named by `casefile
check`: deleted or rewritten audit rows, a changed exhibit or custody entry, a deleted exhibit,
a stored file swapped for another with its hash column updated to match."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from alembic import command

from casefile.cli import main
from casefile.services import cases, evidence
from casefile.services.integrity import CheckReport, chain_head, check_archive, trail_reaches
from casefile.store import chain
from casefile.store.archive import DB_NAME, Archive, _alembic_config, make_engine

REFERENCE = "CF-2026-0001"


def _build(folder: Path, files: Path) -> None:
    """Two cases, three exhibits with files, a corrected description and custody entries."""
    files.mkdir()
    receipt, photo, other = files / "receipt.pdf", files / "photo.jpg", files / "other.txt"
    receipt.write_bytes(b"%PDF-1.4\n%test buy receipt\n%%EOF\n")
    photo.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00 photo of the goods")
    other.write_text("another case's exhibit")
    with Archive.open(folder, create=True) as archive:
        first = cases.create_case(archive, cases.CaseDraft("Fake scooters", opened_on="2026-03-01"))
        second = cases.create_case(archive, cases.CaseDraft("Fake robots", opened_on="2026-03-02"))
        assert first.reference == REFERENCE
        custody = evidence.CustodyDraft(received_from="field team", handed_to="Li Wei")
        draft = evidence.EvidenceDraft(description="Receipt of the test buy")
        one = evidence.add_evidence(archive, REFERENCE, draft, [receipt], custody=custody)
        evidence.add_custody_event(archive, one.evidence.id, "sealed", seal_number="S-1")
        corrected = evidence.EvidenceDraft(description="Receipt of the test buy, 1 March")
        evidence.update_evidence(archive, one.evidence.id, corrected)
        evidence.add_evidence(archive, REFERENCE, evidence.EvidenceDraft("sample_photo"), [photo])
        evidence.add_evidence(archive, second.reference, evidence.EvidenceDraft(), [other])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("chain")
    _build(base / "Template.casefile", base / "files")
    return base / "Template.casefile"


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "Cases.casefile"
    shutil.copytree(template, copy)
    return copy


@contextmanager
def _sqlite(folder: Path) -> Iterator[sqlite3.Connection]:
    """The database opened with sqlite3, as someone editing it by hand would (committed)."""
    with closing(sqlite3.connect(folder / DB_NAME)) as con, con:
        yield con


def _check(folder: Path) -> CheckReport:
    with Archive.open(folder) as archive:
        return check_archive(archive)


def _problems(folder: Path) -> list[str]:
    return [str(problem) for problem in _check(folder).problems]


def _row(folder: Path, where: str) -> tuple[int, str]:
    """The id and row_id of the first audit row matching `where`."""
    with closing(sqlite3.connect(folder / DB_NAME)) as con:
        found = con.execute(f"SELECT id, row_id FROM audit_entry WHERE {where} ORDER BY id")
        row_id, record = found.fetchone()
        return int(row_id), str(record)


def test_an_archive_written_by_casefile_checks_clean(folder: Path) -> None:
    report = _check(folder)
    assert report.ok, report.problems
    with closing(sqlite3.connect(folder / DB_NAME)) as con:
        count, last = con.execute("SELECT count(*), max(id) FROM audit_entry").fetchone()
        hashes = con.execute("SELECT prev_hash, row_hash FROM audit_entry ORDER BY id").fetchall()
    assert report.chain is not None and (report.chain.rows, report.chain.last_id) == (count, last)
    assert hashes[0][0] == chain.GENESIS
    assert all(prev == before for (prev, _), (_, before) in zip(hashes[1:], hashes, strict=False))
    with Archive.open(folder) as archive:
        assert chain_head(archive) == report.chain  # what a bundle would print
        assert trail_reaches(archive, report.chain)
        cases.create_case(archive, cases.CaseDraft("Fake drones", opened_on="2026-03-03"))
        moved = chain_head(archive)
    assert moved.rows == count + 1 and moved.sha256 != report.chain.sha256
    with Archive.open(folder) as archive:
        assert trail_reaches(archive, report.chain)  # an earlier head stays in a grown trail


def test_the_canonical_form_is_sorted_key_json() -> None:
    import json

    row = (
        7,
        "2026-03-04 10:12:00.000000",
        '张 "x"',
        "note",
        "3",
        "update",
        None,
        "",
        '{"a": 1}',
        "0" * 64,
    )
    expected = json.dumps(
        dict(zip(chain.HASHED, row, strict=True)),
        sort_keys=True,
        ensure_ascii=True,
        separators=(",", ":"),
    )
    assert chain.canonical(row) == expected
    assert chain.row_hash(row) == hashlib.sha256(expected.encode()).hexdigest()


def test_a_deleted_audit_row_is_named_by_the_row_after_it(folder: Path) -> None:
    gone, _ = _row(folder, "table_name = 'custody_event' AND action = 'insert'")
    with _sqlite(folder) as con:
        con.execute("DELETE FROM audit_entry WHERE id = ?", (gone,))
    problems = _problems(folder)
    assert any(
        p.startswith(f"audit trail: audit row {gone + 1} (")
        and f"does not follow row {gone - 1}: row {gone} is missing" in p
        for p in problems
    ), problems


def test_audit_rows_deleted_at_the_end_are_found_against_the_head(folder: Path) -> None:
    with _sqlite(folder) as con:
        (last,) = con.execute("SELECT max(id) FROM audit_entry").fetchone()
        con.execute("DELETE FROM audit_entry WHERE id > ?", (last - 3,))
    problems = _problems(folder)
    assert any(
        f"the audit trail ends at row {last - 3}" in p
        and f"recorded its end at row {last}" in p
        and "rows at the end of the trail were deleted" in p
        for p in problems
    ), problems


@pytest.mark.parametrize(
    ("column", "value"),
    [("actor", "mallory"), ("at", "2026-03-04 10:12:00.000000")],
    ids=["actor", "time"],
)
def test_a_rewritten_actor_or_time_is_named(folder: Path, column: str, value: str) -> None:
    target, record = _row(folder, "table_name = 'evidence_item' AND action = 'update'")
    with _sqlite(folder) as con:
        con.execute(f"UPDATE audit_entry SET {column} = ? WHERE id = ?", (value, target))
    (only,) = _problems(folder)
    assert only.startswith(f"audit trail: audit row {target} (")
    assert f"changed exhibit #1 of {REFERENCE})" in only  # what the row touches
    assert only.endswith("its content no longer matches its hash (edited after it was written)")
    shown = "mallory" if column == "actor" else "2026-03-04 10:12"
    assert shown in only


def test_a_rewritten_and_rehashed_row_breaks_the_next_link(folder: Path) -> None:
    target, _ = _row(folder, "table_name = 'evidence_item' AND action = 'update'")
    with _sqlite(folder) as con:
        columns = ", ".join(chain.HASHED)
        row = con.execute(f"SELECT {columns} FROM audit_entry WHERE id = ?", (target,)).fetchone()
        forged = (row[0], row[1], "mallory", *row[3:])
        con.execute(
            "UPDATE audit_entry SET actor = 'mallory', row_hash = ? WHERE id = ?",
            (chain.row_hash(forged), target),
        )
    problems = _problems(folder)
    assert len(problems) == 1, problems
    assert f"audit row {target + 1} (" in problems[0]
    assert f"does not follow row {target} (row {target} rewritten and re-hashed" in problems[0]


def test_a_changed_exhibit_description_is_named(folder: Path) -> None:
    recorded_by, _ = _row(folder, "table_name = 'evidence_item' AND action = 'update'")
    with _sqlite(folder) as con:
        con.execute("UPDATE evidence_item SET description = 'A forged receipt' WHERE id = 1")
    assert _problems(folder) == [
        f"evidence record: exhibit #1 of {REFERENCE}: description is 'A forged receipt' but "
        f"the audit trail last recorded 'Receipt of the test buy, 1 March' (audit row "
        f"{recorded_by})"
    ]


def test_a_changed_custody_link_is_named(folder: Path) -> None:
    with _sqlite(folder) as con:
        con.execute("UPDATE custody_event SET handed_to = 'mallory' WHERE id = 1")
    (problem,) = _problems(folder)
    assert problem.startswith("evidence record: custody entry (received ")
    assert f"of exhibit #1 of {REFERENCE}: handed_to is 'mallory' but the audit trail" in problem
    assert "last recorded 'Li Wei'" in problem


def test_a_deleted_exhibit_is_named_with_its_file_and_custody(folder: Path) -> None:
    with _sqlite(folder) as con:
        con.execute("PRAGMA foreign_keys = ON")  # the tidy way: its files and custody go too
        con.execute("DELETE FROM evidence_item WHERE id = 1")
    problems = _problems(folder)
    gone = [p for p in problems if "is gone from the database" in p]
    assert any(p.startswith(f"evidence record: exhibit #1 of {REFERENCE} is gone") for p in gone)
    assert any(f"file 'receipt.pdf' of exhibit #1 of {REFERENCE} is gone" in p for p in gone), gone
    assert any(p.startswith("evidence record: custody entry (received") for p in gone)


def test_a_deleted_exhibit_without_its_children_is_named(folder: Path) -> None:
    with _sqlite(folder) as con:  # foreign keys off, as sqlite3 opens a database
        con.execute("DELETE FROM evidence_item WHERE exhibit_no = 2")
    problems = _problems(folder)
    assert any(
        p.startswith(f"evidence record: exhibit #2 of {REFERENCE} is gone from the database")
        and "removed without Casefile" in p
        for p in problems
    ), problems


def test_a_swapped_and_rehashed_file_is_named(folder: Path) -> None:
    forged = b"%PDF-1.4 a different receipt"
    sha = hashlib.sha256(forged).hexdigest()
    path = folder / "evidence" / sha[:2] / sha
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(forged)
    with _sqlite(folder) as con:
        (old,) = con.execute("SELECT sha256 FROM evidence_file WHERE id = 1").fetchone()
        con.execute(
            "INSERT INTO stored_blob (sha256, size, stored_at) VALUES (?, ?, ?)",
            (sha, len(forged), "2026-03-01 00:00:00.000000"),
        )
        con.execute("UPDATE evidence_file SET sha256 = ? WHERE id = 1", (sha,))
    recorded_by, _ = _row(folder, "table_name = 'evidence_file'")
    assert _problems(folder) == [  # the file re-hashes to its (new) hash: only the chain knows
        f"evidence record: file 'receipt.pdf' of exhibit #1 of {REFERENCE}: sha256 is '{sha}' "
        f"but the audit trail last recorded '{old}' (audit row {recorded_by})"
    ]


def test_a_row_added_by_hand_is_named(folder: Path) -> None:
    with _sqlite(folder) as con:
        con.execute(
            "INSERT INTO custody_event (evidence_id, occurred_at, action, received_from, "
            "handed_to, seal_number, location, note) VALUES "
            "(1, '2026-03-05 02:00:00.000000', 'returned', '', 'mallory', '', '', '')"
        )
    (problem,) = _problems(folder)
    assert problem.startswith("evidence record: custody entry (returned 2026-03-05) of exhibit")
    assert "is not in the audit trail: written to the database without Casefile" in problem


def test_a_whole_chain_rewritten_checks_clean_but_its_head_has_moved(folder: Path) -> None:
    """What the chain does not prove: someone holding the archive can rebuild it all. A head
    printed earlier (in a bundle, or a backup) then no longer matches."""
    with Archive.open(folder) as archive:
        before = chain_head(archive)
    with _sqlite(folder) as con:
        con.execute("UPDATE evidence_item SET description = 'Rewritten' WHERE id = 1")
        con.execute(
            "UPDATE audit_entry SET changes = json_set(changes, '$.description[1]', 'Rewritten') "
            "WHERE table_name = 'evidence_item' AND action = 'update'"
        )
    engine = make_engine(folder / DB_NAME)
    try:
        with engine.begin() as connection:
            chain.chain_existing(connection)  # every hash recomputed, the head rewritten
    finally:
        engine.dispose()
    assert _check(folder).ok
    with Archive.open(folder) as archive:
        after = chain_head(archive)
        assert after.rows == before.rows and after.sha256 != before.sha256
        assert trail_reaches(archive, after)
        assert not trail_reaches(archive, before)  # the bundle made before no longer ties


def test_check_on_the_command_line_names_the_record(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--archive", str(folder)]) == 0
    assert "audit chain (verified): " in capsys.readouterr().out
    with _sqlite(folder) as con:
        con.execute("UPDATE evidence_item SET description = 'Forged' WHERE id = 1")
    assert main(["check", "--archive", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"PROBLEM evidence record: exhibit #1 of {REFERENCE}: description is 'Forged'" in out
    assert "1 problem(s) found" in out


def test_writers_on_two_connections_keep_one_chain(folder: Path) -> None:
    """Two programs writing at once (the window and the command line): each row follows the
    one written before it, whichever wrote it."""
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with Archive.open(folder) as archive:
                for n in range(8):
                    cases.create_case(
                        archive, cases.CaseDraft(f"{name} {n}", opened_on="2026-03-01")
                    )
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("window", "cli")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = _check(folder)
    assert report.ok, report.problems


def test_upgrade_chains_the_existing_trail_and_records_what_it_does_not_cover(
    folder: Path,
) -> None:
    engine = make_engine(folder / DB_NAME)
    try:
        with engine.begin() as connection:
            command.downgrade(_alembic_config(connection), "0006_met_by_event")
    finally:
        engine.dispose()
    with _sqlite(folder) as con:  # written by an older Casefile's bulk writer: never audited
        con.execute(
            "INSERT INTO custody_event (evidence_id, occurred_at, action, received_from, "
            "handed_to, seal_number, location, note) VALUES "
            "(1, '2026-03-05 02:00:00.000000', 'stored', '', '', '', 'safe', '')"
        )
        (rows,) = con.execute("SELECT count(*) FROM audit_entry").fetchone()
    report = _check(folder)  # opening upgrades it
    assert report.ok, report.problems
    assert report.chain is not None and report.chain.rows == rows + 1
    with closing(sqlite3.connect(folder / DB_NAME)) as con:
        last = con.execute(
            "SELECT actor, table_name, action FROM audit_entry ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert last == ("Casefile upgrade (audit chain)", "custody_event", "insert")


def test_a_demo_archive_checks_clean_and_names_a_changed_synthetic_exhibit(
    tmp_path: Path,
) -> None:
    from casefile.demo import build_demo_archive

    summary = build_demo_archive(tmp_path / "Demo.casefile", cases=60)
    assert _check(summary.path).ok
    with _sqlite(summary.path) as con:
        item_id, number, reference = con.execute(
            "SELECT e.id, e.exhibit_no, c.reference FROM evidence_item e "
            "JOIN case_file c ON c.id = e.case_id WHERE c.tags LIKE '%synthetic%' LIMIT 1"
        ).fetchone()
        con.execute("UPDATE evidence_item SET obtained_by = 'mallory' WHERE id = ?", (item_id,))
    (problem,) = _problems(summary.path)
    assert problem.startswith(
        f"evidence record: exhibit #{number} of {reference}: obtained_by is 'mallory' but the "
        "audit trail last recorded 'Voltra brand protection'"
    )
