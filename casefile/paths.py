"""Where Casefile's shipped resources (fonts, rule files, translations) are on disk.

`resources/` sits beside the `casefile` package in a checkout (run from source or installed with
`pip install -e .`) and at the top of a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


CJK_FONT = ("fonts", "wqy-microhei.ttc")
