"""Removing the work folders of killed programs never reaches outside them: a link named like a
work folder is not one, and a link inside one is removed, not followed."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from casefile import owners

DEAD = 2**22 + 12345  # above Linux's largest process id: no such process


@pytest.mark.skipif(sys.platform == "win32", reason="links need privileges on Windows")
def test_a_link_named_like_a_work_folder_is_left_and_its_target_untouched(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    (elsewhere / "kept.txt").write_text("not ours", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    link = out / f".casefile-bundle-{DEAD}-deadbeef"
    link.symlink_to(elsewhere, target_is_directory=True)

    assert owners.remove_abandoned(out, ".casefile-bundle") == []

    assert link.is_symlink()
    assert (elsewhere / "kept.txt").read_text(encoding="utf-8") == "not ours"
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755  # was chmod-ed to 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="links need privileges on Windows")
def test_a_link_inside_an_abandoned_work_folder_is_removed_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "kept.txt").write_text("not ours", encoding="utf-8")
    (elsewhere / "kept.txt").chmod(0o444)
    out = tmp_path / "out"
    work = out / f".casefile-demo-{DEAD}-cafebabe"
    work.mkdir(parents=True)
    (work / "part.bin").write_bytes(b"x")
    (work / "link").symlink_to(elsewhere / "kept.txt")

    assert owners.remove_abandoned(out, ".casefile-demo") == [work]

    assert not work.exists()
    assert stat.S_IMODE((elsewhere / "kept.txt").stat().st_mode) == 0o444
