"""Hostile and damaged case packages are refused with a clear message; nothing is written
outside the archive, and nothing of them into it."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casefile.errors import CasefileError
from casefile.export import package_crypto
from casefile.export.package import PackageError, PassphraseNeededError
from casefile.services import case_package, cases
from casefile.store.archive import Archive
from tests.core.writes import row_counts

REFERENCE = "CF-2026-0001"
Members = dict[str, bytes]


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sound package of a small case with two evidence files."""
    folder = tmp_path_factory.mktemp("good")
    archive = Archive.open(folder / "Office.casefile", create=True)
    try:
        cases.create_case(archive, cases.CaseDraft(title="Fake chargers", reference=REFERENCE))
        from casefile.services.evidence import EvidenceDraft, add_evidence

        for n, text in enumerate((b"photo of the stall", b"the seller's listing page")):
            path = folder / f"file{n}.txt"
            path.write_bytes(text)
            add_evidence(archive, REFERENCE, EvidenceDraft(kind="screenshot"), [path])
        out = folder / "good.casepkg"
        case_package.export_case(archive, REFERENCE, out)
    finally:
        archive.close()
    return out


@pytest.fixture
def target(archive: Archive) -> Archive:
    """The archive a package is imported into."""
    return archive


def _members(package: Path) -> Members:
    with zipfile.ZipFile(package) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _manifest(members: Members) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(members["manifest.json"])
    return loaded


def _write(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
    return path


def _rebuilt(good: Path, tmp_path: Path, change: Callable[[Members], None]) -> Path:
    members = _members(good)
    change(members)
    return _write(tmp_path / "hostile.casepkg", list(members.items()))


def _with_manifest(members: Members, edit: Callable[[dict[str, object]], None]) -> None:
    manifest = _manifest(members)
    edit(manifest)
    members["manifest.json"] = json.dumps(manifest).encode()


def _evidence_name(members: Members) -> str:
    return next(n for n in members if n.startswith("evidence/"))


def _listed(name: str, data: bytes) -> Callable[[dict[str, object]], None]:
    def edit(manifest: dict[str, object]) -> None:
        listed = manifest["members"]
        assert isinstance(listed, dict)
        listed[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}

    return edit


def _refused(archive: Archive, package: Path, match: str, passphrase: str | None = None) -> None:
    before = row_counts(archive)
    stored = archive.files.stored_names()
    with pytest.raises(PackageError, match=match) as refused:
        case_package.import_case(archive, package, passphrase)
    assert "nothing was imported" in str(refused.value)
    assert row_counts(archive) == before
    assert archive.files.stored_names() == stored
    assert not [p for p in archive.files.incoming.iterdir() if p.name.startswith("copy-")]


def test_the_good_package_imports(good: Path, target: Archive) -> None:
    report = case_package.import_case(target, good)
    assert report.new_case and report.evidence_copied == 2


def test_a_path_leading_out_of_the_package_is_refused(
    good: Path, target: Archive, tmp_path: Path
) -> None:
    payload = b"written outside"

    def change(m: Members) -> None:
        m["../../escaped.txt"] = payload
        _with_manifest(m, _listed("../../escaped.txt", payload))

    package = _rebuilt(good, tmp_path, change)
    _refused(target, package, "leads out of the package")
    assert not list(tmp_path.rglob("escaped.txt"))


@pytest.mark.parametrize("name", ["/tmp/absolute.txt", "C:/Windows/evil.txt", "\\\\server\\x"])
def test_absolute_paths_are_refused(good: Path, target: Archive, tmp_path: Path, name: str) -> None:
    package = _rebuilt(good, tmp_path, lambda m: m.__setitem__(name, b"x"))
    _refused(target, package, "absolute path")


def test_a_link_in_the_package_is_refused(good: Path, target: Archive, tmp_path: Path) -> None:
    members = _members(good)
    name = _evidence_name(members)
    link = zipfile.ZipInfo(name)
    link.create_system = 3  # Unix: the mode bits below mean what they say
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = [
        (n, d) for n, d in members.items() if n != name
    ]
    entries.append((link, b"/etc/passwd"))
    _refused(target, _write(tmp_path / "link.casepkg", entries), "is a link")


def test_duplicate_names_are_refused(good: Path, target: Archive, tmp_path: Path) -> None:
    members = _members(good)
    name = _evidence_name(members)
    entries: list[tuple[zipfile.ZipInfo | str, bytes]] = list(members.items())
    entries.append((name, b"a second, different file under the same name"))
    with pytest.warns(UserWarning, match="Duplicate name"):
        package = _write(tmp_path / "dup.casepkg", entries)
    _refused(target, package, "two members are named")


def test_a_member_the_manifest_does_not_list_is_refused(
    good: Path, target: Archive, tmp_path: Path
) -> None:
    package = _rebuilt(good, tmp_path, lambda m: m.__setitem__("extra.txt", b"x"))
    _refused(target, package, "does not list")


def test_a_zip_bomb_is_refused_while_reading(good: Path, target: Archive, tmp_path: Path) -> None:
    """64 MiB of zeros in 64 KiB: the manifest may say what it likes, the ratio stops it."""
    bomb = bytes(64 * 1024**2)
    sha = hashlib.sha256(bomb).hexdigest()

    def change(m: Members) -> None:
        m[f"evidence/{sha}"] = bomb
        _with_manifest(m, _listed(f"evidence/{sha}", bomb))

    _refused(target, _rebuilt(good, tmp_path, change), "expands too far")


def test_a_member_larger_than_its_manifest_says_is_refused(
    good: Path, target: Archive, tmp_path: Path
) -> None:
    def change(m: Members) -> None:
        name = _evidence_name(m)
        _with_manifest(m, lambda man: man["members"][name].__setitem__("size", 3))  # type: ignore[index]

    _refused(target, _rebuilt(good, tmp_path, change), "larger than its manifest says")


def test_a_changed_evidence_file_is_refused(good: Path, target: Archive, tmp_path: Path) -> None:
    def change(m: Members) -> None:
        name = _evidence_name(m)
        m[name] = m[name].replace(b"stall", b"STALL").replace(b"listing", b"LISTING")

    _refused(target, _rebuilt(good, tmp_path, change), "does not match its hash")


def test_a_changed_case_record_is_refused(good: Path, target: Archive, tmp_path: Path) -> None:
    def change(m: Members) -> None:
        m["case.json"] = m["case.json"].replace(b"Fake chargers", b"Real chargers")

    _refused(target, _rebuilt(good, tmp_path, change), "does not match its hash")


def test_a_newer_format_is_refused(good: Path, target: Archive, tmp_path: Path) -> None:
    package = _rebuilt(
        good,
        tmp_path,
        lambda m: _with_manifest(m, lambda man: man.__setitem__("format_version", 99)),
    )
    _refused(target, package, "newer Casefile")


def test_a_file_that_is_no_package_is_refused(target: Archive, tmp_path: Path) -> None:
    other = tmp_path / "holiday.casepkg"
    other.write_bytes(b"not a zip at all" * 100)
    _refused(target, other, "not a case package")
    plain_zip = _write(tmp_path / "other.zip", [("readme.txt", b"hello")])
    _refused(target, plain_zip, "no manifest")


def test_a_cut_off_plain_package_is_refused(good: Path, target: Archive, tmp_path: Path) -> None:
    cut = tmp_path / "cut.casepkg"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    _refused(target, cut, "not a case package, or damaged or cut short")


# --- encrypted packages ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def sealed(good: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The good package encrypted with the passphrase "office passphrase"."""
    out = tmp_path_factory.mktemp("sealed") / "sealed.casepkg"
    with out.open("wb") as raw:
        writer = package_crypto.EncryptingWriter(raw, "office passphrase")
        writer.write(good.read_bytes())
        writer.close()
    return out


def test_an_encrypted_package_imports_with_its_passphrase(sealed: Path, target: Archive) -> None:
    assert case_package.import_case(target, sealed, "office passphrase").new_case


def test_an_encrypted_package_asks_for_its_passphrase(sealed: Path, target: Archive) -> None:
    with pytest.raises(PassphraseNeededError):
        case_package.import_case(target, sealed)


def test_a_wrong_passphrase_is_refused(sealed: Path, target: Archive) -> None:
    _refused(target, sealed, "wrong passphrase", "home")


def test_tampered_ciphertext_is_refused(sealed: Path, target: Archive, tmp_path: Path) -> None:
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.casepkg"
    tampered.write_bytes(bytes(data))
    _refused(target, tampered, "wrong passphrase, or the package was changed", "office passphrase")


def test_a_cut_off_encrypted_package_is_refused(
    sealed: Path, target: Archive, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.casepkg"
    cut.write_bytes(sealed.read_bytes()[:-100])
    _refused(target, cut, "changed|cut short", "office passphrase")


def _sealed_chunks(plain: bytes) -> bytes:
    out = io.BytesIO()
    writer = package_crypto.EncryptingWriter(out, "a passphrase", log2_n=10)
    writer.write(plain)
    writer.close()
    return out.getvalue()


def _opened(data: bytes, passphrase: str = "a passphrase") -> bytes:
    out = io.BytesIO()
    package_crypto.decrypt(io.BytesIO(data), out, passphrase, 1024**3)
    return out.getvalue()


def test_chunks_round_trip_and_catch_dropped_reordered_and_added_chunks() -> None:
    plain = os.urandom(3 * package_crypto.CHUNK + 123)
    data = _sealed_chunks(plain)
    assert _opened(data) == plain
    head, size = package_crypto.HEADER_SIZE, package_crypto.CHUNK + package_crypto.TAG
    chunks = [data[head + i : head + i + size] for i in range(0, len(data) - head, size)]
    header = data[:head]
    dropped_last = header + b"".join(chunks[:-1])  # cut exactly at a chunk's end
    reordered = header + chunks[1] + chunks[0] + b"".join(chunks[2:])
    added = data + chunks[1]
    for bad in (dropped_last, reordered, added):
        with pytest.raises(package_crypto.PackageDecryptError, match="changed|cut short"):
            _opened(bad)
    with pytest.raises(package_crypto.PackageDecryptError, match="wrong passphrase"):
        _opened(data, "other")


def test_a_header_asking_for_absurd_memory_is_refused() -> None:
    data = bytearray(_sealed_chunks(b"small"))
    data[len(package_crypto.MAGIC) + 2] = 40  # log2 N: 2**40 × 1 KiB of memory
    with pytest.raises(package_crypto.PackageDecryptError, match="damaged"):
        _opened(bytes(data))


def _case_json_edited(good: Path, tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """The package with case.json changed and its hash in the manifest made to match (what a
    forger can do to a package that is not encrypted)."""

    def change(m: Members) -> None:
        body = json.loads(m["case.json"])
        edit(body)
        m["case.json"] = json.dumps(body).encode()
        _with_manifest(m, _listed("case.json", m["case.json"]))

    return _rebuilt(good, tmp_path, change)


@pytest.mark.parametrize(
    "edit",
    [
        lambda body: body["tables"]["case_file"][0].__setitem__("opened_on", "not a date"),
        lambda body: body["tables"]["case_file"][0].__setitem__("title", ["a", "list"]),
        lambda body: body["tables"]["evidence_item"][0].__setitem__("case_id", 999),
        lambda body: body["tables"].__setitem__("note", "not rows"),
        lambda body: body["tables"]["case_file"].append(body["tables"]["case_file"][0]),
    ],
    ids=["bad date", "wrong type", "dangling link", "not rows", "two cases"],
)
def test_malformed_records_are_refused_in_words(
    good: Path, target: Archive, tmp_path: Path, edit: Callable[[dict[str, Any]], None]
) -> None:
    package = _case_json_edited(good, tmp_path, edit)
    before = row_counts(target)
    stored = target.files.stored_names()
    with pytest.raises(CasefileError):
        case_package.import_case(target, package)
    assert row_counts(target) == before
    assert target.files.stored_names() == stored
