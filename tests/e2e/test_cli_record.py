"""`casefile record`: a case's records added, corrected and removed from the command line, and a
whole case written from a JSON document, through the services the window's dialogs call. Each
write is read back through the services; each refusal is one line, exit 1 (2 for usage), and
leaves every table as it was."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from casefile.cli import EXIT_ERROR, EXIT_USAGE, main
from casefile.domain import Money
from casefile.services import cases, parties, proceedings, records, rights
from casefile.services.assessment import case_rules
from casefile.store.archive import Archive
from casefile.store.rows import CaseDetail
from tests.core.writes import row_counts

COMPLETE_CASE = Path(__file__).with_name("complete_case.json")
WOCHI_CREDIT_CODE = "92330782MA2K3X7Y4P"  # the demo's repeat infringer, Yiwu Wochi


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*args: object) -> Run:
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse's own refusals (and --help)
            code = int(str(exc.code))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@dataclass
class Filled:
    """An archive with two cases: one with a customs proceeding, a party and a right, another
    (someone else's) with a proceeding of its own."""

    path: Path
    ref: str
    other_ref: str
    proceeding: int
    other_proceeding: int
    party: int
    right: int

    def detail(self, ref: str | None = None) -> CaseDetail:
        with Archive.open(self.path) as archive:
            return cases.case_detail(archive, ref or self.ref)

    def rows(self) -> dict[str, int]:
        with Archive.open(self.path) as archive:
            return row_counts(archive)


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    path = tmp_path / "Record.casefile"
    with Archive.open(path, create=True) as archive:
        draft = cases.CaseDraft(title="Fake scooters", jurisdictions=["CN"], opened_on="2026-02-01")
        ref = cases.create_case(archive, draft).reference
        other = cases.create_case(archive, cases.CaseDraft(title="Someone else's case")).reference
        customs = proceedings.ProceedingDraft(route="customs", jurisdiction="CN")
        proceeding = proceedings.add_proceeding(archive, ref, customs).id
        other_proceeding = proceedings.add_proceeding(archive, other, customs).id
        shop = parties.PartyDraft(name="Shop X", identifiers=[("phone", "+86 138 0013 8000")])
        party = parties.add_party_to_case(archive, ref, shop)[0].party.id
        mark = rights.RightDraft("trademark", "52817364", "CN", title="VOLTRA")
        right = rights.add_right(archive, mark, ref).id
    return Filled(path, ref, other, proceeding, other_proceeding, party, right)


# --- add, edit, remove: each kind ------------------------------------------------------------


def _event(d: CaseDetail, i: int) -> Any:
    return next((e for p in d.proceedings for e in p.events if e.id == i), None)


def _identifier(d: CaseDetail, i: int) -> Any:
    return next((x for p in d.parties for x in p.party.identifiers if x.id == i), None)


def _recordal(d: CaseDetail, i: int) -> Any:
    return next((r for right in d.rights for r in right.recordals if r.id == i), None)


def _among(name: str) -> Callable[[CaseDetail, int], Any]:
    return lambda d, i: next((r for r in getattr(d, name) if r.id == i), None)


@dataclass
class Kind:
    kind: str
    add: list[str]  # "{proceeding}", "{party}", "{right}" stand for the fixture's records
    added: dict[str, object]
    edit: list[str]
    edited: dict[str, object]  # the fields given changed; the others (in `added`) kept
    read: Callable[[CaseDetail, int], Any]


CNY = "CNY"
KINDS = [
    Kind(
        "proceeding",
        ["--route", "administrative", "--authority", "Jinhua AMR", "--jurisdiction", "CN"],
        {"route": "administrative", "authority": "Jinhua AMR", "stage": "preparing"},
        ["--stage", "decided", "--fine", "45000", "--quantity-seized", "850"],
        {"stage": "decided", "fine": Money(Decimal(45000), CNY), "quantity_seized": 850},
        _among("proceedings"),
    ),
    Kind(
        "event",
        ["--proceeding", "{proceeding}", "--kind", "detention", "--occurred-on", "2026-03-05"],
        {"kind": "detention", "occurred_on": "2026-03-05"},
        ["--reference", "甬关扣〔2026〕0045号"],
        {"reference": "甬关扣〔2026〕0045号"},
        _event,
    ),
    Kind(
        "identifier",
        ["--party", "{party}", "--kind", "shop_id", "--value", "pdd-77120493"],
        {"kind": "shop_id", "value": "pdd-77120493"},
        ["--value", "pdd-77120494"],
        {"value": "pdd-77120494"},
        _identifier,
    ),
    Kind(
        "right",
        ["--kind", "design", "--number", "ZL202330999999.1", "--jurisdiction", "CN"],
        {"kind": "design", "number": "ZL202330999999.1"},
        ["--title", "Electric scooter (X9)", "--valid-to", "2038-12-03"],
        {"title": "Electric scooter (X9)", "valid_to": "2038-12-03"},
        _among("rights"),
    ),
    Kind(
        "recordal",
        ["--right", "{right}", "--authority", "GACC", "--number", "T2021-52817"]
        + ["--valid-from", "2021-10-01", "--valid-to", "2031-08-13"],
        {"authority": "GACC", "valid_to": "2031-08-13"},
        ["--valid-to", "2031-09-30"],
        {"valid_to": "2031-09-30"},
        _recordal,
    ),
    Kind(
        "figure",
        ["--measure", "business_volume", "--value", "68000", "--as-of", "2026-05-20"],
        {"measure": "business_volume", "value": Decimal(68000), "unit": "rmb"},
        ["--value", "70000.50", "--note", "ledger"],
        {"value": Decimal("70000.50"), "note": "ledger"},
        _among("figures"),
    ),
    Kind(
        "penalty",
        ["--decided-on", "2025-06-01", "--kind", "administrative", "--conduct", "213"],
        {"kind": "administrative", "conduct": "213", "decided_on": "2025-06-01"},
        ["--authority", "Jinhua AMR"],
        {"authority": "Jinhua AMR"},
        _among("penalties"),
    ),
    Kind(
        "deadline",
        ["--title", "Chase the AMR", "--due-on", "2026-12-01", "--reminder-days", "7,1"],
        {"title": "Chase the AMR", "reminder_days": (7, 1)},
        ["--due-on", "2026-12-02", "--proceeding", "{proceeding}"],
        {"due_on": "2026-12-02", "proceeding_id": "{proceeding}"},
        _among("deadlines"),
    ),
    Kind(
        "money",
        ["--direction", "cost", "--category", "bond", "--amount", "60000.00", "--currency", CNY]
        + ["--occurred-on", "2026-03-04", "--proceeding", "{proceeding}"],
        {"money": Money(Decimal(60000), CNY), "bond_status": "held"},
        ["--description", "Customs bond"],
        {"description": "Customs bond", "proceeding_id": "{proceeding}"},
        _among("money"),
    ),
    Kind(
        "note",
        ["--body", "Stock moved to a Yiwu warehouse", "--no-internal"],
        {"body": "Stock moved to a Yiwu warehouse", "internal": False},
        ["--internal"],
        {"internal": True},
        _among("notes"),
    ),
]


def _fill(filled: Filled, args: list[str]) -> list[str]:
    ids = {"{proceeding}": filled.proceeding, "{party}": filled.party, "{right}": filled.right}
    return [str(ids.get(a, a)) for a in args]


def _check(filled: Filled, row: Any, expected: dict[str, object]) -> None:
    assert row is not None
    for name, value in expected.items():
        value = _fill(filled, [value])[0] if isinstance(value, str) else value
        got = getattr(row, name)
        assert (str(got) if isinstance(value, str) else got) == value, name


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.kind)
def test_add_edit_remove(filled: Filled, cli: Callable[..., Run], kind: Kind) -> None:
    where = ["--archive", filled.path]
    added = cli("record", "add", kind.kind, filled.ref, *_fill(filled, kind.add), "--json", *where)
    assert added.code == 0, added.err
    said = added.json()
    record_id = said["id"]
    assert (said["action"], said["kind"], said["case"]) == ("added", kind.kind, filled.ref)
    _check(filled, kind.read(filled.detail(), record_id), kind.added)

    edited = cli(
        "record", "edit", kind.kind, filled.ref, record_id, *_fill(filled, kind.edit), *where
    )
    assert edited.code == 0, edited.err
    assert edited.out.startswith(f"changed {kind.kind} {record_id} (")
    assert edited.out.rstrip().count("\n") == 0  # one line
    row = kind.read(filled.detail(), record_id)
    _check(filled, row, kind.edited)
    _check(filled, row, {k: v for k, v in kind.added.items() if k not in kind.edited})

    removed = cli("record", "remove", kind.kind, filled.ref, record_id, *where)
    assert removed.code == 0, removed.err
    assert removed.out.startswith(f"removed {kind.kind} {record_id} (")
    assert kind.read(filled.detail(), record_id) is None


def test_an_event_says_the_deadlines_it_starts(filled: Filled, cli: Callable[..., Run]) -> None:
    where = ["--archive", filled.path, filled.ref, "--proceeding", filled.proceeding]
    notice = cli("record", "add", "event", *where, "--kind", "customs_notice", "--occurred-on")
    assert notice.code == EXIT_USAGE  # --occurred-on without its date
    done = cli(
        "record", "add", "event", *where, "--kind", "customs_notice", "--occurred-on", "2026-03-02"
    )
    assert done.code == 0, done.err
    line = done.out.strip()
    assert (
        line.startswith("added event ") and f"(customs_notice, 2026-03-02) to {filled.ref}" in line
    )
    assert "it starts: Apply for detention and post a bond" in line
    assert "due 2026-03-05 (3 working days, Art 16)" in line
    said = cli(
        "record",
        "add",
        "event",
        *where,
        "--kind",
        "detention",
        "--occurred-on",
        "2026-03-05",
        "--json",
    ).json()
    assert [d["rule_id"] for d in said["deadlines"]] == [
        d.rule_id for d in filled.detail().deadlines if d.event_id == said["id"]
    ]
    assert said["deadlines"] and all(d["due_on"] > "2026-03-05" for d in said["deadlines"])


def test_a_case_added_and_its_header_changed(filled: Filled, cli: Callable[..., Run]) -> None:
    where = ["--archive", filled.path]
    added = cli(
        "record",
        "add",
        "case",
        "--title",
        "Taobao listings",
        "--jurisdictions",
        "CN,HK",
        "--offences",
        "213,217-online",
        "--opened-on",
        "2026-04-01",
        *where,
    )
    assert added.code == 0, added.err
    assert added.out.strip() == "added case CF-2026-0003 (Taobao listings)"
    edited = cli(
        "record",
        "edit",
        "case",
        "CF-2026-0003",
        "--priority",
        "high",
        "--acts-on",
        "2026-01-15",
        "--status",
        "on_hold",
        *where,
    )
    assert edited.code == 0, edited.err
    assert edited.out.strip() == "changed case CF-2026-0003 (Taobao listings, on hold)"
    case = filled.detail("CF-2026-0003")
    assert (case.jurisdictions, case.offences) == (("CN", "HK"), ("213", "217-online"))
    assert (case.priority, str(case.acts_on), case.status) == ("high", "2026-01-15", "on_hold")
    assert case.title == "Taobao listings"  # not given: kept
    again = cli("record", "edit", "case", "CF-2026-0003", "--priority", "high", *where)
    assert again.out.startswith("unchanged case CF-2026-0003")


def test_a_party_with_identifiers_and_its_role(filled: Filled, cli: Callable[..., Run]) -> None:
    where = ["--archive", filled.path]
    added = cli(
        "record",
        "add",
        "party",
        filled.ref,
        "--name",
        "金华市飞驰电动车有限公司",
        "--kind",
        "company",
        "--identifier",
        "credit_code=91330702MA2H7K5Q3N",
        "--identifier",
        "url=https://feichi.example.cn/x9",
        "--role",
        "infringer",
        "--json",
        *where,
    )
    assert added.code == 0, added.err
    party_id = added.json()["id"]
    row = next(p for p in filled.detail().parties if p.party.id == party_id)
    assert [(i.kind, i.value) for i in row.party.identifiers] == [
        ("credit_code", "91330702MA2H7K5Q3N"),
        ("url", "https://feichi.example.cn/x9"),
    ]
    changed = cli(
        "record",
        "edit",
        "party",
        filled.ref,
        party_id,
        "--new-role",
        "witness",
        "--country",
        "cn",
        *where,
    )
    assert changed.code == 0, changed.err
    assert changed.out.startswith(
        f"changed party {party_id} (金华市飞驰电动车有限公司, witness) in"
    )
    row = next(p for p in filled.detail().parties if p.party.id == party_id)
    assert (row.role, row.party.country, len(row.party.identifiers)) == ("witness", "CN", 2)
    removed = cli("record", "remove", "party", filled.ref, party_id, *where)
    assert removed.code == 0, removed.err
    assert "its record stays in the archive" in removed.out
    assert all(p.party.id != party_id for p in filled.detail().parties)


def test_a_removed_proceeding_takes_its_events(filled: Filled, cli: Callable[..., Run]) -> None:
    where = ["--archive", filled.path]
    event = [
        "--proceeding",
        filled.proceeding,
        "--kind",
        "detention",
        "--occurred-on",
        "2026-03-05",
    ]
    assert cli("record", "add", "event", filled.ref, *event, *where).code == 0
    started = len(filled.detail().deadlines)
    assert started
    removed = cli("record", "remove", "proceeding", filled.ref, filled.proceeding, *where)
    assert removed.code == 0, removed.err
    assert f"with its 1 event(s) and {started} open deadline(s) they started" in removed.out
    assert filled.detail().proceedings == () and filled.detail().deadlines == ()


# --- refused: one line, nothing written --------------------------------------------------------


REFUSED = [
    (
        ["add", "event", "{ref}", "--proceeding", "{proceeding}", "--kind", "detention"]
        + ["--occurred-on", "2026-02-30"],
        "occurred_on: '2026-02-30' is not a date in the form YYYY-MM-DD",
    ),
    (
        ["add", "event", "{ref}", "--proceeding", "{proceeding}", "--kind", "detained"]
        + ["--occurred-on", "2026-03-05"],
        "kind: 'detained' is not one of: notice_sent, takedown",
    ),
    (
        ["add", "event", "{ref}", "--proceeding", "{other_proceeding}", "--kind", "detention"]
        + ["--occurred-on", "2026-03-05"],
        "proceeding_id: no proceeding {other_proceeding} in {ref}",
    ),
    (
        ["add", "money", "{ref}", "--direction", "cost", "--category", "notary", "--amount", "-5"]
        + ["--currency", "CNY", "--occurred-on", "2026-03-04"],
        "amount: -5 is negative",
    ),
    (
        ["add", "money", "{ref}", "--direction", "cost", "--category", "notary", "--amount", "5"]
        + [
            "--currency",
            "CNY",
            "--occurred-on",
            "2026-03-04",
            "--proceeding",
            "{other_proceeding}",
        ],
        "proceeding_id: no proceeding {other_proceeding} in this case",
    ),
    (
        [
            "add",
            "figure",
            "{ref}",
            "--measure",
            "labels",
            "--value",
            "12.5",
            "--as-of",
            "2026-05-20",
        ],
        "not a whole number",
    ),
    (["add", "right", "{ref}", "--kind", "trademark", "--number", "1"], "jurisdiction: ''"),
    (["add", "note", "{other_ref}", "--body", " "], "body: is required"),
    (["edit", "note", "{ref}", "999", "--body", "x"], "no note 999 in {ref}"),
    (["edit", "event", "{ref}", "999", "--reference", "x"], "no event 999 in {ref}"),
    (["remove", "figure", "{ref}", "999"], "no figure 999 in {ref}"),
    (
        ["edit", "proceeding", "{other_ref}", "{proceeding}", "--stage", "decided"],
        "no proceeding {proceeding} in {other_ref}",
    ),
    (["add", "note", "CF-2099-0001", "--body", "x"], "no case 'CF-2099-0001' in this archive"),
    (
        ["add", "party", "{ref}", "--same-as", "12345", "--name", "X"],
        "name: is not used with same_as",
    ),
    (
        ["edit", "party", "{ref}", "{party}", "--role", "witness", "--notes", "x"],
        "Shop X has no role witness in {ref}",
    ),
]


def _as_typed(filled: Filled, text: str) -> str:
    return text.format(**vars(filled))


@pytest.mark.parametrize(("args", "said"), REFUSED, ids=[r[1][:32] for r in REFUSED])
def test_refused_in_one_line_with_nothing_written(
    filled: Filled, cli: Callable[..., Run], args: list[str], said: str
) -> None:
    before = filled.rows()
    done = cli("record", *(_as_typed(filled, a) for a in args), "--archive", filled.path)
    assert done.code == EXIT_ERROR, done.err
    assert done.err.startswith("casefile: error: ") and done.err.count("\n") == 1, done.err
    assert _as_typed(filled, said) in done.err
    assert done.out == ""
    assert filled.rows() == before


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["add", "event", "{ref}", "--kind", "detention", "--occurred-on", "2026-03-05"],
            "needs --proceeding ID",
        ),
        (
            ["add", "party", "{ref}", "--name", "X", "--identifier", "13800138000"],
            "--identifier takes KIND=VALUE",
        ),
        (["edit", "note", "{ref}", "1"], "name the fields to change"),
        (["add", "evidence", "{ref}"], "invalid choice: 'evidence'"),
        (["remove", "case", "{ref}"], "invalid choice: 'case'"),
        (["edit", "event", "{ref}", "x", "--reference", "y"], "invalid int value: 'x'"),
        (["add", "party", "{ref}", "--same-as", "9" * 23], "is not a party id"),
        (["add", "deadline", "{ref}", "--title", "x", "--proceeding", "9" * 23], "not a record id"),
    ],
)
def test_wrong_usage_is_exit_2(
    filled: Filled, cli: Callable[..., Run], args: list[str], said: str
) -> None:
    before = filled.rows()
    done = cli("record", *(_as_typed(filled, a) for a in args), "--archive", filled.path)
    assert done.code == EXIT_USAGE
    assert said in done.err and done.err.count("\n") == 1, done.err
    assert filled.rows() == before


def test_no_traceback_from_a_real_process(filled: Filled, tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    bad = [
        ["add", "event", filled.ref, "--proceeding", str(filled.proceeding), "--kind", "x"],
        ["add", "event", filled.ref, "--proceeding", "x", "--kind", "detention"],
        ["apply", str(tmp_path / "missing.json")],
    ]
    for args in bad:
        done = subprocess.run(
            [sys.executable, "-m", "casefile", "record", *args, "--archive", str(filled.path)],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert done.returncode in (EXIT_ERROR, EXIT_USAGE), done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr


# --- a party seen before -----------------------------------------------------------------------


def test_a_party_seen_before_is_linked_only_when_told(
    filled: Filled, cli: Callable[..., Run]
) -> None:
    where = ["--archive", filled.path]
    typed = ["--name", "Shop X again", "--identifier", "phone=138 0013 8000"]
    before = filled.rows()
    refused = cli("record", "add", "party", filled.other_ref, *typed, *where)
    assert refused.code == EXIT_ERROR
    assert f"seen before in {filled.ref} (Shop X, party {filled.party}: same phone" in refused.err
    assert f"--same-as {filled.party} links that party to {filled.other_ref} instead" in refused.err
    assert filled.rows() == before

    linked = cli(
        "record", "add", "party", filled.other_ref, "--same-as", "phone=13800138000", *where
    )
    assert linked.code == 0, linked.err
    assert linked.out.strip() == (
        f"linked party {filled.party} (Shop X, infringer) to {filled.other_ref}; one record, "
        f"also in {filled.ref}"
    )
    by_id = cli(
        "record",
        "add",
        "party",
        filled.other_ref,
        "--same-as",
        filled.party,
        "--role",
        "witness",
        *where,
    )
    assert by_id.code == 0, by_id.err
    roles = {p.role for p in filled.detail(filled.other_ref).parties if p.party.id == filled.party}
    assert roles == {"infringer", "witness"}

    anyway = cli("record", "add", "party", filled.other_ref, *typed, "--new", *where)
    assert anyway.code == 0, anyway.err
    assert "; already a party of" in anyway.out and f"seen before in {filled.ref}" in anyway.out
    assert len(filled.detail(filled.other_ref).parties) == 3


# --- record apply ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from casefile.demo import build_demo_archive

    path = tmp_path_factory.mktemp("demo") / "Demo.casefile"
    build_demo_archive(path)
    return path


@pytest.fixture
def demo(demo_built: Path, tmp_path: Path) -> Iterator[Path]:
    """A fresh copy of the demo archive for each test."""
    path = tmp_path / "Demo.casefile"
    shutil.copytree(demo_built, path)
    yield path


def _wochi(path: Path) -> tuple[int, tuple[str, ...]]:
    """The demo's repeat infringer: its party id and cases."""
    with Archive.open(path) as archive:
        (match,) = parties.identifier_matches(archive, "credit_code", WOCHI_CREDIT_CODE)
    return match.party.id, match.cases


def test_apply_the_complete_case(demo: Path, cli: Callable[..., Run]) -> None:
    wochi, wochi_cases = _wochi(demo)
    known = _references(demo)
    done = cli("record", "apply", COMPLETE_CASE, "--archive", demo)
    assert done.code == 0, done.err
    lines = done.out.strip().splitlines()
    (ref,) = _references(demo) - known
    title = _document()["case"]["title"]
    assert lines[0] == f"added case {ref} ({title})"
    assert lines[-1] == f"{COMPLETE_CASE}: 21 record(s) written to {ref} in one transaction"
    assert any("linked party" in line and f"party {wochi} " in line for line in lines)

    with Archive.open(demo) as archive:
        case = cases.case_detail(archive, ref)
        assessed = case_rules(archive, ref).assessment
        totals = records.money_totals(archive, case.id)
    assert (case.priority, case.offences, str(case.acts_on)) == ("high", ("213",), "2026-01-15")
    routes = {p.route: p for p in case.proceedings}
    assert [e.kind for e in routes["customs"].events] == [
        "customs_notice",
        "bond_posted",
        "detention",
    ]
    assert [e.kind for e in routes["administrative"].events] == ["raid", "penalty_decision"]
    assert [e.kind for e in routes["civil"].events] == ["suit_filed", "judgment_served"]
    assert routes["administrative"].fine == Money(Decimal(45000), "CNY")
    assert routes["civil"].damages == Money(Decimal(120000), "CNY")
    started = {d.rule_id for d in case.deadlines}
    assert {"cn.customs.apply_detention", "cn.civil.appeal_judgment"} <= started

    (linked,) = [p for p in case.parties if p.party.id == wochi]
    (new,) = [p for p in case.parties if p.party.id != wochi]
    assert linked.party.id == wochi and set(linked.other_cases) == set(wochi_cases)
    assert [i.kind for i in new.party.identifiers] == ["credit_code", "phone", "shop_id"]
    (right,) = case.rights
    assert (right.kind, right.number, right.classes) == ("trademark", "52817364", ("12",))
    assert [r.number for r in right.recordals] == ["T2021-52817"]

    bond = next(m for m in case.money if m.category == "bond")
    assert (bond.bond_status, bond.proceeding_id) == ("held", routes["customs"].id)
    damages = next(m for m in case.money if m.direction == "recovery")
    assert damages.proceeding_id == routes["civil"].id
    (cny,) = totals
    assert (cny.costs, cny.recoveries, cny.bonds_held) == (
        Decimal(3200),
        Decimal(120000),
        Decimal(60000),
    )
    assert [n.internal for n in case.notes] == [True]

    assert assessed is not None and assessed.level == "serious"
    assert assessed.results[0].rule_set.id == "cn-2025"


def _references(path: Path) -> set[str]:
    with Archive.open(path) as archive:
        return {c.reference for c in cases.list_cases(archive)}


def _document() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(COMPLETE_CASE.read_text(encoding="utf-8"))
    return loaded


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.replace("]", "").replace("[", ".").split(".")
        here: Any = document
        for step in parents:
            here = here[int(step)] if step.isdigit() else here[step]
        here[int(last) if last.isdigit() else last] = value

    return change


BAD_DOCUMENTS = [
    (
        _set("proceedings[2].events[1].occurred_on", "2026-02-30"),
        "proceedings[2].events[1].occurred_on: '2026-02-30' is not a date in the form YYYY-MM-DD",
    ),
    (
        _set("rights[0].recordals[0].valid_to", "2020-01-01"),
        "rights[0].recordals[0].valid_to: 2020-01-01 is before valid_from",
    ),
    (
        _set("proceedings[0].money[0].amount", "-60000"),
        "proceedings[0].money[0].amount: -60000 is negative",
    ),
    (_set("notes[0].body", ""), "notes[0].body: is required"),
    (_set("figures[1].measure", "profit"), "figures[1].measure: 'profit' is not one of"),
    (
        _set("figures[1].mesure", "x"),
        "figures[1].mesure: is not a field of a figure (did you mean 'measure'?)",
    ),
    (
        _set("proceedings[1].events[0].proceeding_id", 3),
        "proceedings[1].events[0].proceeding_id: is not a field of a event",
    ),
    (
        _set("parties[0].identifiers[1].value", "n/a"),
        "parties[0].identifiers[1].value: 'n/a' has no usable content",
    ),
    (
        _set("parties[1].same_as", "credit_code=91000000MA0000000X"),
        "parties[1].same_as: no known party has the identifier",
    ),
    (_set("parties[0].identifiers[0].value", WOCHI_CREDIT_CODE), "parties[0]: seen before in"),
    (_set("notes[0].internal", "yes"), "notes[0].internal: must be true or false, not text"),
    (_set("proceedings", {}), "proceedings: must be a list of proceeding entries, not an object"),
    (_set("case.title", ""), "case.title: is required"),
    (
        _set("events", [{"proceeding_id": 1, "kind": "raid", "occurred_on": "2026-03-18"}]),
        "events[0].proceeding_id: the case is new",
    ),
    (_set("parties[1].name", "Yiwu Wochi"), "parties[1].name: is not used with same_as"),
]


@pytest.mark.parametrize(("change", "said"), BAD_DOCUMENTS, ids=[b[1][:40] for b in BAD_DOCUMENTS])
def test_apply_writes_nothing_of_a_document_with_a_bad_entry(
    demo: Path, cli: Callable[..., Run], tmp_path: Path, change: Callable[..., None], said: str
) -> None:
    document = _document()
    change(document)
    bad = tmp_path / "case.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with Archive.open(demo) as archive:
        before = row_counts(archive)
    done = cli("record", "apply", bad, "--archive", demo)
    assert done.code == EXIT_ERROR, done.err
    assert done.err.count("\n") == 1, done.err
    assert said in done.err
    assert done.err.rstrip().endswith(f"; nothing in {bad} was written")
    with Archive.open(demo) as archive:
        assert row_counts(archive) == before


def test_apply_adds_to_an_existing_case_from_stdin(
    filled: Filled, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    document = {
        "case": {"reference": filled.ref, "acts_on": "2026-01-10"},
        "events": [
            {"proceeding_id": filled.proceeding, "kind": "detention", "occurred_on": "2026-03-05"}
        ],
        "parties": [{"same_as": "phone=+86 138 0013 8000", "role": "witness"}],
        "notes": [{"body": "Added by script"}],
    }
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(document)))
    done = cli("record", "apply", "-", "--json", "--archive", filled.path)
    assert done.code == 0, done.err
    said = done.json()
    assert (said["case"], said["created"]) == (filled.ref, False)
    assert [(w["path"], w["action"], w["kind"]) for w in said["written"]] == [
        ("case", "changed", "case"),
        ("events[0]", "added", "event"),
        ("parties[0]", "linked", "party"),
        ("notes[0]", "added", "note"),
    ]
    assert said["written"][1]["deadlines"]
    case = filled.detail()
    assert str(case.acts_on) == "2026-01-10" and case.title == "Fake scooters"
    assert [n.body for n in case.notes] == ["Added by script"]
    assert {p.role for p in case.parties} == {"infringer", "witness"}


def test_apply_refuses_an_event_of_another_case(
    filled: Filled, cli: Callable[..., Run], tmp_path: Path
) -> None:
    document = {
        "case": {"reference": filled.ref},
        "events": [
            {"proceeding_id": filled.other_proceeding, "kind": "raid", "occurred_on": "2026-03-18"}
        ],
    }
    path = tmp_path / "more.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = filled.rows()
    done = cli("record", "apply", path, "--archive", filled.path)
    assert done.code == EXIT_ERROR
    assert (
        f"events[0].proceeding_id: no proceeding {filled.other_proceeding} in {filled.ref}"
        in done.err
    )
    assert filled.rows() == before


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[1]", "the document must be a JSON object, not a list"),
        ('{"case": 1', "is not JSON: Expecting"),
        (
            '{"case": {"reference": "CF-2099-0001"}}',
            "case.reference: no case 'CF-2099-0001' in this archive",
        ),
        ('{"proceedings": []}', "case: is required"),
        (
            '{"case": {"title": "x"}, "proceeding": []}',
            "proceeding: is not a part of a case document (did you mean 'proceedings'?)",
        ),
        ('{"case": {"title": "x"}, "figures": [{"value": ' + "9" * 5000 + "}]}", "far too long"),
        ("[" * 100_000, "nested too deeply"),
        (
            '{"case": {"title": "x"}, "parties": [{"same_as": ' + "9" * 20 + "}]}",
            "parties[0].same_as: must be a party id, or one of its identifiers as text",
        ),
    ],
)
def test_apply_refuses_a_document_it_cannot_read(
    filled: Filled, cli: Callable[..., Run], tmp_path: Path, text: str, said: str
) -> None:
    path = tmp_path / "doc.json"
    path.write_text(text, encoding="utf-8")
    before = filled.rows()
    done = cli("record", "apply", path, "--archive", filled.path)
    assert done.code == EXIT_ERROR and said in done.err and done.err.count("\n") == 1, done.err
    assert filled.rows() == before


def test_help_lists_the_fields_and_their_codes(cli: Callable[..., Run]) -> None:
    shown = cli("record", "add", "event", "--help")
    assert shown.code == 0
    assert "--occurred-on YYYY-MM-DD" in shown.out and "--proceeding ID" in shown.out
    assert "customs_notice" in shown.out and "judgment_served" in shown.out
    shown = cli("record", "apply", "--help")
    assert "one transaction" in shown.out and "same_as" in shown.out


def test_a_party_in_two_roles_is_named_by_its_role(filled: Filled, cli: Callable[..., Run]) -> None:
    where = ["--archive", filled.path]
    again = ["record", "add", "party", filled.ref, "--same-as", filled.party, "--role", "witness"]
    assert cli(*again, *where).code == 0
    which = cli("record", "edit", "party", filled.ref, filled.party, "--notes", "x", *where)
    assert which.code == EXIT_ERROR
    assert f"party {filled.party} is infringer, witness in {filled.ref}; name one" in which.err
    named = ["--role", "witness", "--new-role", "agent", "--json"]
    edited = cli("record", "edit", "party", filled.ref, filled.party, *named, *where)
    assert edited.code == 0, edited.err
    assert edited.json()["record"]["role"] == "agent"
    removed = cli("record", "remove", "party", filled.ref, filled.party, "--role", "agent", *where)
    assert removed.code == 0, removed.err
    assert [p.role for p in filled.detail().parties] == ["infringer"]


def test_a_bond_settled_and_a_bond_no_longer(filled: Filled, cli: Callable[..., Run]) -> None:
    where = ["--archive", filled.path]
    bond = ["--direction", "cost", "--category", "bond", "--amount", "60000", "--currency", CNY]
    added = cli(
        "record", "add", "money", filled.ref, *bond, "--occurred-on", "2026-03-04", "--json", *where
    )
    entry = added.json()["id"]
    settled = cli(
        "record",
        "edit",
        "money",
        filled.ref,
        entry,
        "--bond-status",
        "forfeited",
        "--bond-settled-on",
        "2026-06-01",
        *where,
    )
    assert settled.code == 0, settled.err
    assert "bond forfeited" in settled.out
    (row,) = filled.detail().money
    assert (row.bond_status, str(row.bond_settled_on)) == ("forfeited", "2026-06-01")
    # recorded in error as a bond: as the window's editor, the status goes with the category
    fixed = cli("record", "edit", "money", filled.ref, entry, "--category", "court_fee", *where)
    assert fixed.code == 0, fixed.err
    (row,) = filled.detail().money
    assert (row.category, row.bond_status, row.bond_settled_on) == ("court_fee", None, None)
