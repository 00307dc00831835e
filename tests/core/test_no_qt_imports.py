"""The core knows no screen: every module outside `casefile.ui` imports with Qt unimportable."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import casefile

PACKAGE_DIR = Path(casefile.__file__).parent

# Runs in a fresh interpreter: nothing pytest imported (pytest-qt loads PySide6) can leak in.
CHILD = textwrap.dedent(
    """
    import importlib
    import importlib.util
    import json
    import pkgutil
    import sys
    import traceback
    from pathlib import Path

    QT = ("PySide6", "shiboken6")
    attempts = []

    class NoQt:
        \"\"\"Makes Qt unimportable, and notes every attempt (even one caught by try/except).\"\"\"

        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in QT:
                attempts.append(name)
                raise ImportError(f"{name} is blocked: the core must not import Qt")
            return None

    sys.meta_path.insert(0, NoQt())

    import casefile

    # Left out, each for a reason:
    # - casefile.ui: the Qt face itself (walk_packages would import it to look inside, so the
    #   walk below starts from each other top-level module instead);
    # - casefile.__main__: a script; importing it runs the command line (SystemExit(main()));
    # - casefile.store.migrations.env: Alembic's env script reads `context.config`, which exists
    #   only while an Alembic command runs it; importing it standalone fails with or without Qt.
    #   (It imports only alembic, sqlmodel and casefile.store.models, all imported here anyway.)
    SKIP_TREES = ("casefile.ui",)
    SKIP = {"casefile.__main__", "casefile.store.migrations.env"}

    imported, failed = [], {}

    def attempt(name):
        try:
            importlib.import_module(name)
            imported.append(name)
        except BaseException:
            failed[name] = traceback.format_exc(limit=3)

    for info in pkgutil.iter_modules(casefile.__path__, "casefile."):
        if info.name.startswith(SKIP_TREES) or info.name in SKIP:
            continue
        attempt(info.name)
        if info.ispkg and info.name in imported:
            package = sys.modules[info.name]
            for sub in pkgutil.walk_packages(package.__path__, info.name + ".", onerror=attempt):
                if not sub.name.startswith(SKIP_TREES) and sub.name not in SKIP:
                    attempt(sub.name)

    # The migration scripts are not a package (Alembic loads them by path); load them the same way.
    versions = Path(casefile.__file__).parent / "store" / "migrations" / "versions"
    for script in sorted(versions.glob("*.py")):
        name = f"migration_{script.stem}"
        try:
            spec = importlib.util.spec_from_file_location(name, script)
            spec.loader.exec_module(importlib.util.module_from_spec(spec))
            imported.append(f"versions/{script.name}")
        except BaseException:
            failed[f"versions/{script.name}"] = traceback.format_exc(limit=3)

    print(json.dumps({"imported": imported, "failed": failed, "qt_attempts": attempts}))
    """
)


@pytest.fixture(scope="module")
def report() -> dict[str, object]:
    """What a Qt-less interpreter could import of the core."""
    result = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE_DIR.parent,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_every_core_module_imports_without_qt(report: dict[str, object]) -> None:
    assert report["failed"] == {}, "\n".join(
        f"{name}:\n{trace}"
        for name, trace in report["failed"].items()  # type: ignore[union-attr]
    )
    assert report["qt_attempts"] == [], "the core tried to import Qt"
    imported = set(report["imported"])  # type: ignore[arg-type]
    # The walk really walked: the core's main modules are among those imported.
    for name in (
        "casefile.domain",
        "casefile.errors",
        "casefile.store.archive",
        "casefile.store.models",
        "casefile.store.files",
        "casefile.store.audit",
        "casefile.store.repositories",
        "casefile.services.cases",
        "casefile.services.evidence",
        "casefile.services.parties",
        "casefile.services.records",
        "versions/0001_initial.py",
        "versions/0002_archive_settings.py",
    ):
        assert name in imported
    # Every module file outside ui/ (and the two left out on purpose) was reached by the walk.
    on_disk = {
        ".".join(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts).removesuffix(
            ".__init__"
        )
        for path in PACKAGE_DIR.rglob("*.py")
        if path.relative_to(PACKAGE_DIR).parts[0] != "ui"
        and "versions" not in path.parts
        and (path.parent / "__init__.py").exists()
    }
    missed = on_disk - imported - {"casefile", "casefile.__main__", "casefile.store.migrations.env"}
    assert not missed, f"not reached by the walk: {sorted(missed)}"


def test_command_line_imports_without_qt(report: dict[str, object]) -> None:
    """`casefile.cli` is a face, but it must import with no Qt (it loads the UI lazily)."""
    if not (PACKAGE_DIR / "cli.py").exists():
        pytest.skip("casefile/cli.py does not exist yet")
    assert "casefile.cli" in report["imported"], report["failed"]  # type: ignore[operator]
    assert report["qt_attempts"] == []
