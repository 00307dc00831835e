"""Python classes GENERATED from the Qt Designer forms in `forms/*.ui`: never edit them by hand.

Each `forms/X.ui` compiles to `casefile/ui/forms/X_ui.py` (class `Ui_<top widget name>`), which
`casefile/ui/dialogs/X.py` (or `widgets/X.py`, `main_window.py`) composes:
`self.ui = Ui_X(); self.ui.setupUi(self)`.

After changing a form in Designer (`pyside6-designer forms/X.ui`), regenerate all of them and
commit the .ui and the _ui.py together:

    python -m casefile.ui.forms            # = pyside6-uic forms/X.ui -o casefile/ui/forms/X_ui.py

`tests/ui/test_forms_fresh.py` fails when a committed _ui.py is stale.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# shutil and subprocess (compiling) are imported where used: the window imports its forms
# from this package at start-up.

GENERATED_DIR = Path(__file__).resolve().parent
FORMS_DIR = GENERATED_DIR.parent.parent.parent / "forms"


def uic_executable() -> str | None:
    import shutil

    beside_python = Path(sys.executable).with_name("pyside6-uic")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-uic")


def target_of(ui_file: Path) -> Path:
    return GENERATED_DIR / f"{ui_file.stem}_ui.py"


def compile_form(ui_file: Path, output: Path) -> None:
    uic = uic_executable()
    if uic is None:
        raise FileNotFoundError("pyside6-uic not found (it comes with PySide6)")
    import subprocess

    subprocess.run([uic, str(ui_file), "-o", str(output)], check=True)
    output.write_text(trim_qt_imports(output.read_text(encoding="utf-8")), encoding="utf-8")


_QT_IMPORT = re.compile(r"^from (PySide6\.\w+) import (?:\(([^)]*)\)|([^\n(]+))\n", re.MULTILINE)


def trim_qt_imports(code: str) -> str:
    """uic imports the same long list of Qt classes into every form, most of them unused; PySide
    makes a class's Python type when it is first imported (the gradients, QPalette, QLocale,
    QDateTime… about 1 ms each), which the main window would pay before it paints. Keep the
    classes the form's code uses."""
    start = code.find("\nclass Ui_")
    if start < 0:
        return code
    head, body = code[:start], code[start:]
    used = set(re.findall(r"\b\w+\b", body))

    def kept(match: re.Match[str]) -> str:
        listed = (match.group(2) or match.group(3)).replace("\n", " ").split(",")
        names = [name.strip() for name in listed if name.strip() in used]
        return f"from {match.group(1)} import ({', '.join(names)})\n" if names else ""

    return _QT_IMPORT.sub(kept, head) + body


def compile_all() -> list[Path]:
    written = []
    for ui_file in sorted(FORMS_DIR.glob("*.ui")):
        target = target_of(ui_file)
        compile_form(ui_file, target)
        written.append(target)
    return written
