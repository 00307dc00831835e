"""Every exhibit across cases (`services.evidence_list`): the ids in each order, a search in a
description, a notary certificate or a file's name, a kind, withdrawn exhibits left out unless
asked for, and a page's rows with their files and last custody step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from casefile.errors import ValidationError
from casefile.services import cases, evidence
from casefile.services.evidence_list import exhibit_ids, exhibit_page
from casefile.store.archive import Archive


def _exhibit(archive: Archive, tmp_path: Path, reference: str, name: str, **draft: object) -> int:
    path = tmp_path / name
    path.write_bytes(f"evidence {name}".encode())
    result = evidence.add_evidence(archive, reference, evidence.EvidenceDraft(**draft), [path])
    return result.evidence.id


@pytest.fixture
def exhibits(archive: Archive, tmp_path: Path) -> dict[str, int]:
    taobao = cases.create_case(archive, cases.CaseDraft(title="Taobao shop")).reference
    customs = cases.create_case(archive, cases.CaseDraft(title="Ningbo detention")).reference
    return {
        "capture": _exhibit(
            archive,
            tmp_path,
            taobao,
            "shop-capture.txt",
            kind="notarised_capture",
            description="网页公证 of the shop",
            obtained_on=date(2026, 3, 1),
            notary_certificate="（2026）浙杭钱证民字第1234号",
        ),
        "buy": _exhibit(
            archive,
            tmp_path,
            taobao,
            "IMG_2041.txt",
            kind="test_buy",
            description="Test buy: one scooter",
            obtained_on=date(2026, 5, 2),
        ),
        "notice": _exhibit(
            archive,
            tmp_path,
            customs,
            "notice.txt",
            kind="customs_notice",
            description="Detention notice",
        ),
    }


def test_orders_searches_and_kinds(archive: Archive, exhibits: dict[str, int]) -> None:
    capture, buy, notice = exhibits["capture"], exhibits["buy"], exhibits["notice"]
    assert exhibit_ids(archive) == [notice, buy, capture]  # newest recorded first
    assert exhibit_ids(archive, order="obtained") == [buy, capture, notice]  # undated last
    assert exhibit_ids(archive, search="钱证民字") == [capture]  # the notary certificate
    assert exhibit_ids(archive, search="img_2041") == [buy]  # a file's name, any case
    assert exhibit_ids(archive, search="网页") == [capture]  # two Chinese characters
    assert exhibit_ids(archive, search="50%") == []  # LIKE's wildcards are plain text
    assert exhibit_ids(archive, kind="test_buy") == [buy]


def test_withdrawn_exhibits_only_when_asked(archive: Archive, exhibits: dict[str, int]) -> None:
    evidence.withdraw_exhibit(archive, exhibits["buy"], "Seller was not the infringer")
    assert exhibits["buy"] not in exhibit_ids(archive)
    assert exhibits["buy"] in exhibit_ids(archive, withdrawn=True)


def test_a_page_gives_files_and_the_last_custody_step(
    archive: Archive, exhibits: dict[str, int]
) -> None:
    ids = [exhibits["notice"], exhibits["capture"], 999]
    page = exhibit_page(archive, ids)
    assert [p.id for p in page] == ids[:2]  # in the order asked; a missing id left out
    capture = page[1]
    assert capture.reference.startswith("CF-") and capture.exhibit_no == 1
    assert (capture.file_count, capture.first_file) == (1, "shop-capture.txt")
    assert capture.total_size == len(b"evidence shop-capture.txt")
    assert len(capture.first_sha256) == 64


def test_a_one_letter_search_or_an_unknown_order_is_refused(archive: Archive) -> None:
    with pytest.raises(ValidationError, match="at least 2"):
        exhibit_ids(archive, search="x")
    with pytest.raises(ValidationError, match="must be one of"):
        exhibit_ids(archive, order="size")
