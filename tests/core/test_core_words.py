"""The core's words reach the window translatable (issue 13, Languages): every error the core
raises carries its sentence as an `N_`-marked English template with the values apart
(`casefile.words`), which lupdate reads into the catalogue. An f-string or a bare literal given
to an error would reach a Chinese user in English: these tests find one before a user does."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

from casefile.errors import CasefileError, NotFoundError, ValidationError
from casefile.words import N_, Phrase, Words

ROOT = Path(__file__).resolve().parents[2]

# The command line speaks English only; the migrations name no user-facing words.
COMMAND_LINE = re.compile(r"casefile/(cli[^/]*\.py|__main__\.py|store/migrations/)")

# Arguments that name something rather than say something: the field a value was typed in, the
# key of a rule file. (class, position)
NAMES_NOT_WORDS = {("ValidationError", 0), ("RuleDataError", 1)}
# Helpers that raise with words given to them: (function, position of the words)
RAISE_WITH = {("get_row", 3)}


def _core_sources() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted((ROOT / "casefile").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("casefile/ui/") or COMMAND_LINE.match(relative):
            continue
        yield relative, ast.parse(path.read_text(encoding="utf-8"))


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _error_classes(modules: list[tuple[str, ast.Module]]) -> set[str]:
    """CasefileError and every class of the core that derives from it (by name, to a fixpoint)."""
    bases = {
        node.name: {_name(base) for base in node.bases}
        for _, module in modules
        for node in ast.walk(module)
        if isinstance(node, ast.ClassDef)
    }
    found = {"CasefileError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return found


def _says_words(node: ast.expr) -> bool:
    """A literal or f-string holding English words (not a bare key like "amount")."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(re.search(r"[A-Za-z]{2,}\W+[A-Za-z]", node.value))
    if isinstance(node, ast.JoinedStr):
        literal = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
        return bool(re.search(r"[A-Za-z]{3,}", literal))
    return False


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):  # "…" % x, "…" + x
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and _name(node.func) == "format":
        return True
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_error_the_core_raises_carries_a_marked_template() -> None:
    modules = list(_core_sources())
    errors = _error_classes(modules)
    unmarked = []
    for relative, module in modules:
        for call in ast.walk(module):
            if not (isinstance(call, ast.Call) and _name(call.func) in errors):
                continue
            cls = _name(call.func)
            for position, argument in enumerate(call.args):
                if (cls, position) not in NAMES_NOT_WORDS and _is_text(argument):
                    unmarked.append(f"{relative}:{call.lineno} {cls} argument {position}")
            for keyword in call.keywords:
                if _says_words(keyword.value):
                    unmarked.append(f"{relative}:{call.lineno} {cls} {keyword.arg}=")
        for call in ast.walk(module):
            if not isinstance(call, ast.Call):
                continue
            for function, position in RAISE_WITH:
                given = call.args[position] if position < len(call.args) else None
                if _name(call.func) == function and given is not None and _is_text(given):
                    unmarked.append(f"{relative}:{call.lineno} {function}")
    assert unmarked == []


def test_every_marked_template_is_a_literal_with_named_fields() -> None:
    """lupdate reads only literals, and a translator can reorder only named fields."""
    wrong = []
    for relative, module in _core_sources():
        for call in ast.walk(module):
            if not (isinstance(call, ast.Call) and _name(call.func) == "N_"):
                continue
            (template,) = call.args
            if not (isinstance(template, ast.Constant) and isinstance(template.value, str)):
                wrong.append(f"{relative}:{call.lineno} not a literal")
                continue
            for _, field, _, _ in string.Formatter().parse(template.value):
                if field is not None and not re.fullmatch(r"[a-z_][a-z_0-9]*", field):
                    wrong.append(f"{relative}:{call.lineno} field {field!r}")
    assert wrong == []


def test_the_command_line_reads_the_same_english_sentence() -> None:
    error = ValidationError(
        "amount", N_("{value!r} is too large; at most {most:,}"), value="9" * 3, most=10**6
    )
    assert str(error) == "amount: '999' is too large; at most 1,000,000"
    assert error.reason == "'999' is too large; at most 1,000,000"
    assert error.phrase == Phrase(
        "{value!r} is too large; at most {most:,}", {"value": "999", "most": 10**6}
    )
    assert str(NotFoundError(N_("case"), 7)) == "no case 7 in this archive"
    # a nested sentence: the reason of a larger one, filled in on its own
    nested = CasefileError(
        N_("{path}: {reason}"), path="a.zip", reason=Phrase(N_("{n} files"), {"n": 2})
    )
    assert str(nested) == "a.zip: 2 files"
    assert isinstance(nested.template, Words)
    # a template without values keeps its braces: nothing is formatted
    assert str(CasefileError(N_("use {braces} as they are"))) == "use {braces} as they are"
