"""Where things are on disk: Casefile's shipped resources (fonts, rule files, translations) and
the user's default archives.

`resources/` ships inside the package as `casefile/resources` when installed (`pip install .`,
see setup.py), sits beside the package in a checkout (run from source or `pip install -e .`),
and at the top of a PyInstaller bundle. Kept free of heavy imports: the command line asks for the
default archive before the window paints.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Casefile"


def user_data_dir() -> Path:
    """The platform's user data folder for Casefile (~/.local/share/Casefile, %LOCALAPPDATA%\\
    Casefile, ~/Library/Application Support/Casefile)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_archive_path() -> Path:
    """The archive opened when none is named: created on first use."""
    return user_data_dir() / "Casefile.casefile"


def archive_from_environment() -> Path | None:
    """`CASEFILE_ARCHIVE`, an archive named like `--archive` is (not created silently)."""
    value = os.environ.get("CASEFILE_ARCHIVE")
    return Path(value).expanduser() if value else None


def demo_archive_path() -> Path:
    return user_data_dir() / "Casefile Demo.casefile"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    # Installed: package data, always plain files for a wheel installed by pip (the package's
    # own folder, as importlib.resources would give it, without importing that)
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "resources"  # a checkout


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


CJK_FONT = ("fonts", "wqy-microhei.ttc")
