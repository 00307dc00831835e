"""Full-text search: what counsel types finds the case, in English and Chinese, in every kind of
record; ranked, with the field that matched; the index kept in step with every write in its
transaction, and filled for an archive written before search existed."""

from __future__ import annotations

import runpy
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from casefile.errors import ValidationError
from casefile.services import cases, records
from casefile.services.search import case_filters, case_ids, search_cases
from casefile.store import search as index
from casefile.store.archive import DB_NAME, MIGRATIONS_DIR, Archive
from casefile.store.case_filters import NOCASE_INDEXES
from casefile.store.models import (
    NEXT_DUE_INDEX,
    SEEN_INDEX,
    Case,
    CaseParty,
    CaseRight,
    CustomsRecordal,
    Deadline,
    EvidenceItem,
    IPRight,
    Note,
    Party,
    PartyIdentifier,
    Proceeding,
    TransferRecord,
    TransferStepRecord,
)

TODAY = date(2026, 11, 21)

DASHBOARD_INDEXES = runpy.run_path(str(MIGRATIONS_DIR / "versions" / "0009_dashboard.py"))[
    "INDEXES"
]


def _case(reference: str, title: str, **values: object) -> Case:
    return Case(reference=reference, title=title, opened_on=date(2026, 3, 1), **values)  # type: ignore[arg-type]


def fill(archive: Archive) -> None:
    """Three cases: a customs detention in Ningbo, a Yiwu market raid, a civil patent suit."""
    with archive.unit_of_work("test-counsel") as session:
        ningbo = _case(
            "CF-2026-0001",
            "Counterfeit scooters detained at Ningbo 宁波海关扣留假冒滑板车",
            brand="VOLTRA",
            jurisdictions=["CN"],
            responsible_counsel="Chen Jing",
            tags=["export", "repeat"],
            summary="Stock exported through Beilun port",
        )
        yiwu = _case(
            "CF-2026-0002",
            "Yiwu market raid",
            brand="Voltra",
            jurisdictions=["CN"],
            responsible_counsel="Li Wei",
        )
        patent = _case(
            "CF-2025-0003",
            "Folding patent suit in Shenzhen",
            brand="Kestrel",
            status="closed",
            jurisdictions=["CN", "HK"],
            responsible_counsel="Chen Jing",
        )
        session.add_all([ningbo, yiwu, patent])
        session.flush()
        assert ningbo.id and yiwu.id and patent.id
        seller = Party(kind="company", name="义乌沃驰电子商务有限公司 Yiwu Wochi Trading")
        maker = Party(kind="company", name="金华市飞驰电动车有限公司 Jinhua Feichi")
        session.add_all([seller, maker])
        session.flush()
        assert seller.id and maker.id
        session.add_all(
            [
                PartyIdentifier(
                    party_id=seller.id,
                    kind="seller_id",
                    value="TB-Seller 2207 1984 55",
                    normalized="tb-seller 2207 1984 55",
                ),
                PartyIdentifier(
                    party_id=maker.id,
                    kind="phone",
                    value="+86 139 0579 4417",
                    normalized="13905794417",
                ),
                CaseParty(case_id=ningbo.id, party_id=maker.id, role="infringer"),
                CaseParty(case_id=yiwu.id, party_id=seller.id, role="infringer"),
                CaseParty(case_id=ningbo.id, party_id=seller.id, role="seller"),
                Proceeding(
                    case_id=ningbo.id,
                    route="customs",
                    authority="宁波海关 Ningbo Customs",
                    authority_ref="甬关知〔2026〕0312号",
                    jurisdiction="CN",
                ),
                Proceeding(
                    case_id=yiwu.id,
                    route="administrative",
                    authority="义乌市市场监督管理局",
                    authority_ref="义市监处〔2026〕77号",
                ),
                Proceeding(case_id=patent.id, route="civil", authority="Shenzhen Court"),
                EvidenceItem(
                    case_id=yiwu.id,
                    exhibit_no=1,
                    kind="notarised_purchase",
                    description="Notarised test purchase of two scooters at stall 3-218",
                    notary_office="浙江省义乌市公证处",
                    notary_certificate="(2026)浙义证字第1187号",
                ),
                Note(case_id=patent.id, body="Ask the court about the hinge expert's report"),
                Deadline(case_id=ningbo.id, title="Bond", due_on=date(2026, 11, 25)),
                Deadline(case_id=patent.id, title="Appeal", due_on=date(2026, 12, 30)),
            ]
        )
        right = IPRight(kind="patent", number="ZL201910283746.5", jurisdiction="CN")
        mark = IPRight(kind="trademark", number="52817364", jurisdiction="CN")
        session.add_all([right, mark])
        session.flush()
        assert right.id and mark.id
        transfer = TransferRecord(case_id=yiwu.id, authority="义乌市市场监督管理局")
        session.add_all(
            [
                CaseRight(case_id=patent.id, right_id=right.id),
                CaseRight(case_id=ningbo.id, right_id=mark.id),
                CustomsRecordal(
                    right_id=mark.id,
                    authority="GACC",
                    number="T2021-52817",
                    valid_from=date(2021, 10, 1),
                    valid_to=date(2031, 8, 13),
                ),
                transfer,
            ]
        )
        session.flush()
        assert transfer.id
        session.add(
            TransferStepRecord(
                transfer_id=transfer.id,
                step="transfer_requested",
                occurred_on=date(2026, 6, 1),
                reference="义市监移〔2026〕5号",
            )
        )


@pytest.fixture
def filled(archive: Archive) -> Archive:
    fill(archive)
    return archive


def found(archive: Archive, text: str, **filters: object) -> list[tuple[str, str]]:
    """(reference, field) of each case found, best first."""
    hits = search_cases(archive, text, case_filters(**filters), today=TODAY)  # type: ignore[arg-type]
    return [(h.case.reference, h.field) for h in hits]


def references(archive: Archive, text: str, **filters: object) -> list[str]:
    return [ref for ref, _field in found(archive, text, **filters)]


def test_english_words_find_titles_summaries_and_notes_ignoring_case(filled: Archive) -> None:
    assert found(filled, "SHENZHEN") == [("CF-2025-0003", "case_file.title")]
    assert found(filled, "beilun port") == [("CF-2026-0001", "case_file.summary")]
    assert found(filled, "hinge expert") == [("CF-2025-0003", "note.body")]


def test_a_two_character_chinese_substring_of_a_party_name(filled: Archive) -> None:
    # 沃驰 is inside 义乌沃驰电子商务有限公司: the seller is in two cases
    assert sorted(found(filled, "沃驰")) == [
        ("CF-2026-0001", "party.name"),
        ("CF-2026-0002", "party.name"),
    ]
    assert found(filled, "飞驰") == [("CF-2026-0001", "party.name")]
    # three characters and more go through the trigram index
    assert found(filled, "飞驰电动车") == [("CF-2026-0001", "party.name")]


def test_a_seller_id_fragment_and_a_phone_typed_another_way(filled: Archive) -> None:
    assert references(filled, "2207 19") == ["CF-2026-0001", "CF-2026-0002"]
    # the phone as typed differently still finds the normalised identifier
    assert found(filled, "139-0579-4417") == [("CF-2026-0001", "party_identifier.normalized")]


def test_notary_certificate_right_recordal_and_authority_references(filled: Archive) -> None:
    assert found(filled, "浙义证字第1187") == [("CF-2026-0002", "evidence_item.notary_certificate")]
    assert found(filled, "201910283746") == [("CF-2025-0003", "ip_right.number")]
    assert found(filled, "T2021-528") == [("CF-2026-0001", "customs_recordal.number")]
    assert found(filled, "甬关知〔2026〕0312") == [("CF-2026-0001", "proceeding.authority_ref")]
    assert found(filled, "义市监移") == [("CF-2026-0002", "transfer_step.reference")]


def test_the_matched_field_is_shown_around_the_match(filled: Archive) -> None:
    (hit,) = search_cases(filled, "stall 3-218", today=TODAY)
    assert hit.field == "evidence_item.description"
    assert "«stall 3-218»" in hit.snippet
    assert hit.case.title == "Yiwu market raid"


def test_a_match_in_the_reference_or_title_ranks_first(filled: Archive) -> None:
    with filled.unit_of_work("test-counsel") as session:
        session.add(Note(case_id=1, body="Compare with the Yiwu market raid of March"))
    ranked = found(filled, "yiwu market raid")
    assert ranked[0] == ("CF-2026-0002", "case_file.title")
    assert ranked[1] == ("CF-2026-0001", "note.body")


def test_filters_are_applied_in_sql(filled: Archive) -> None:
    assert references(filled, "voltra", status="open") == ["CF-2026-0001", "CF-2026-0002"]
    assert references(filled, "chen jing") == ["CF-2025-0003", "CF-2026-0001"]
    assert references(filled, "chen jing", status="closed") == ["CF-2025-0003"]
    assert references(filled, "scooter", route="customs") == ["CF-2026-0001"]
    all_ids = case_ids(filled, "", case_filters(brand="voltra", counsel="li wei"), today=TODAY)
    assert len(all_ids) == 1
    by_filter = {
        "jurisdiction": ("hk", ["CF-2025-0003"]),
        "tag": ("Repeat", ["CF-2026-0001"]),
        "due_within_days": (7, ["CF-2026-0001"]),
        "transfer": ("transfer_requested", ["CF-2026-0002"]),
    }
    for name, (value, expected) in by_filter.items():
        ids = case_ids(filled, "", case_filters(**{name: value}), today=TODAY)  # type: ignore[arg-type]
        summaries = cases.case_summaries(filled, ids)
        assert [s.reference for s in summaries] == expected, name
    none = case_ids(filled, "", case_filters(transfer="none"), today=TODAY)
    assert len(none) == 2


def test_bad_filters_and_short_texts_are_refused_with_a_sentence(filled: Archive) -> None:
    with pytest.raises(ValidationError, match="route: 'by sea' is not one of"):
        case_filters(route="by sea")
    with pytest.raises(ValidationError, match="at least 3 characters"):
        search_cases(filled, "ab")
    with pytest.raises(ValidationError, match="2 for Chinese"):
        case_ids(filled, "宁")


def test_quotes_and_fts_syntax_are_searched_as_text(filled: Archive) -> None:
    assert references(filled, 'stall "3-218') == []
    assert references(filled, "NEAR(a b) OR *") == []
    assert references(filled, "(2026)浙义") == ["CF-2026-0002"]


def test_an_edit_and_a_removal_are_in_the_index_in_their_transaction(filled: Archive) -> None:
    cases.update_case(filled, "CF-2026-0002", {"title": "Jinyun workshop raid"})
    assert references(filled, "yiwu market") == []
    assert found(filled, "jinyun workshop") == [("CF-2026-0002", "case_file.title")]

    with filled.reading() as session:
        note_id = session.scalars(select(Note.id)).one()
    records.remove_note(filled, note_id)
    assert references(filled, "hinge expert") == []

    # a write rolled back leaves the index as it was
    with pytest.raises(RuntimeError), filled.unit_of_work("test-counsel") as session:
        session.add(Note(case_id=1, body="a draft about the hovercraft"))
        session.flush()
        assert _index_holds(session.connection(), "hovercraft")
        raise RuntimeError("cancelled")
    assert references(filled, "hovercraft") == []


def _index_holds(connection: object, word: str) -> bool:
    query = f"SELECT count(*) FROM {index.INDEX} WHERE {index.INDEX} MATCH :q"
    from sqlalchemy import text

    return bool(connection.execute(text(query), {"q": f'"{word}"'}).scalar())  # type: ignore[attr-defined]


def test_rows_removed_by_the_database_cascade_leave_the_index(filled: Archive) -> None:
    with sqlite3.connect(filled.db_path) as con:  # around the ORM: the triggers still run
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("DELETE FROM case_file WHERE reference = 'CF-2026-0002'")
    assert references(filled, "浙义证字") == []
    assert references(filled, "义市监移") == []
    # the shared seller is still in the other case
    assert references(filled, "沃驰") == ["CF-2026-0001"]


def test_linking_a_party_to_another_case_finds_it_there(filled: Archive) -> None:
    with filled.unit_of_work("test-counsel") as session:
        session.add(CaseParty(case_id=3, party_id=2, role="infringer"))
    assert references(filled, "飞驰") == ["CF-2025-0003", "CF-2026-0001"]


def test_rebuild_gives_the_index_the_hook_wrote(filled: Archive) -> None:
    def contents() -> list[tuple[int, str]]:
        with sqlite3.connect(filled.db_path) as con:
            return con.execute(f"SELECT rowid, body FROM {index.INDEX} ORDER BY rowid").fetchall()

    written = contents()
    with filled.writer.begin() as connection:
        count = index.rebuild(connection)
    assert count == len(written)
    assert contents() == written


def test_the_migration_fills_the_index_of_an_existing_archive(
    filled: Archive, tmp_path: Path
) -> None:

    copy = tmp_path / "Old.casefile"
    filled.close()
    shutil.copytree(filled.path, copy)
    with sqlite3.connect(copy / DB_NAME) as con:  # as an archive from before search
        for table, *_rest in index.TABLES:
            con.execute(f"DROP TRIGGER search_forget_{table}")
        con.execute(f"DROP TABLE {index.INDEX}")
        con.execute(f"DROP TABLE {index.PAIRS}")
        # and from before the filters' and the dashboard's indexes
        dashboard = [name for name, *_on in DASHBOARD_INDEXES]
        for name in [*NOCASE_INDEXES, NEXT_DUE_INDEX, *dashboard, SEEN_INDEX]:
            con.execute(f"DROP INDEX {name}")
        con.execute("DROP TABLE party_merge")  # and from before merging parties (0010)
        con.execute("DROP TABLE listing")  # and from before listings (0011)
        con.execute("UPDATE alembic_version SET version_num = '0007_audit_chain'")
    with Archive.open(copy) as upgraded:
        assert any("before-upgrade-from-0007" in p.name for p in upgraded.backups_dir.iterdir())
        assert found(upgraded, "沃驰") == [
            ("CF-2026-0001", "party.name"),
            ("CF-2026-0002", "party.name"),
        ]
        assert references(upgraded, "浙义证字第1187") == ["CF-2026-0002"]
