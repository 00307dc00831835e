"""Every Designer form has a compiled module, and none is stale (forms are compiled, not loaded).

Regenerate with `python -m casefile.ui.forms` after editing a form.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casefile.ui import forms

UI_FILES = sorted(forms.FORMS_DIR.glob("*.ui"))
VERSION_LINE = "Created by: Qt User Interface Compiler version"


def _significant(text: str) -> list[str]:
    return [line for line in text.splitlines() if VERSION_LINE not in line]


def test_there_are_forms() -> None:
    assert {p.stem for p in UI_FILES} >= {"main_window", "case_editor", "case_detail"}


def test_no_compiled_form_without_its_source() -> None:
    compiled = {p.stem.removesuffix("_ui") for p in forms.GENERATED_DIR.glob("*_ui.py")}
    assert compiled == {p.stem for p in UI_FILES}


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_compiled_form_is_fresh(ui_file: Path, tmp_path: Path) -> None:
    if forms.uic_executable() is None:
        pytest.skip("pyside6-uic is not installed")
    fresh = tmp_path / f"{ui_file.stem}_ui.py"
    forms.compile_form(ui_file, fresh)
    committed = forms.target_of(ui_file)
    assert committed.exists(), f"run: python -m casefile.ui.forms ({committed} is missing)"
    assert _significant(committed.read_text(encoding="utf-8")) == _significant(
        fresh.read_text(encoding="utf-8")
    ), f"{committed.name} is stale: run `python -m casefile.ui.forms` and commit it"
