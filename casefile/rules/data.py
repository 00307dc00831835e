"""Reading rule files: TOML under resources/rules/ (or a user's edited copy), with errors that
name the file, the key and the problem, and the small value checks the rule loaders share.

A user edits these files by hand, so every check says what was found and what is expected; a
loader never lets a wrong value through as a crash later or as a silent default.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from casefile.errors import CasefileError
from casefile.words import N_, Phrase, Words

FILE = "(file)"  # the key named when the file as a whole is at fault
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")  # only this form: fromisoformat also takes 2025-W17-6


class RuleDataError(CasefileError):
    """A rule file is broken: names the file, the key and the problem.

    `problem` is an `N_` template filled in by `values`; `.problem` is the English filled in,
    `.phrase` the same as template and values, which the window translates."""

    def __init__(self, path: Path, key: str, problem: str, /, **values: object) -> None:
        self.phrase = Phrase(problem, values)
        super().__init__(N_("{path}: {key}: {problem}"), path=path, key=key, problem=self.phrase)
        self.path, self.key, self.problem = path, key, str(self.phrase)


def read_rule_file(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleDataError(
            path, FILE, N_("cannot be read: {problem}"), problem=exc.strerror or exc
        ) from None
    try:
        # utf-8-sig: Windows Notepad may save a byte-order mark, which TOML itself refuses.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RuleDataError(
            path,
            FILE,
            N_("is not UTF-8 text (byte {byte}); save it with UTF-8 encoding"),
            byte=exc.start,
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleDataError(path, FILE, N_("is not valid TOML: {problem}"), problem=exc) from None


def child(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def table(path: Path, key: str, value: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise RuleDataError(path, key, N_("must be a table, not {found}"), found=_kind(value))
    return value


def table_list(path: Path, key: str, value: object) -> list[dict[str, Any]]:
    """An array of tables (`[[...]]` blocks)."""
    if not isinstance(value, list):
        raise RuleDataError(
            path, key, N_("must be an array of tables, not {found}"), found=_kind(value)
        )
    return [table(path, f"{key}[{i}]", item) for i, item in enumerate(value, start=1)]


def check_keys(
    path: Path, key: str, data: dict[str, Any], required: Iterable[str], optional: Iterable[str]
) -> None:
    """Every required key present, and no key the loader would ignore (a typo such as
    `treshold` must not leave the value a user meant to set unused)."""
    required = tuple(required)
    known = (*required, *optional)
    for name in data:  # first: a misspelt key explains the "missing" one
        if name not in known:
            raise RuleDataError(
                path,
                child(key, name),
                N_("is not a known key; expected {known}"),
                known=", ".join(known),
            )
    for name in required:
        if name not in data:
            raise RuleDataError(path, child(key, name), N_("is missing"))


def text(path: Path, key: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RuleDataError(
            path, key, N_("must be a non-empty text in quotes, not {value!r}"), value=value
        )
    return value


def text_list(path: Path, key: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise RuleDataError(
            path, key, N_("must be a list of texts, not {found}"), found=_kind(value)
        )
    return tuple(text(path, f"{key}[{i}]", item) for i, item in enumerate(value, start=1))


def boolean(path: Path, key: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise RuleDataError(
            path, key, N_("must be true or false (no quotes), not {value!r}"), value=value
        )
    return value


def one_of(path: Path, key: str, value: object, allowed: Iterable[str]) -> str:
    allowed = tuple(allowed)
    if value not in allowed:
        raise RuleDataError(
            path,
            key,
            N_("{value!r} is not one of {allowed}"),
            value=value,
            allowed=", ".join(allowed),
        )
    return str(value)


def positive_number(path: Path, key: str, value: object) -> Decimal:
    """A number above 0 (TOML's inf and nan included in what is refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleDataError(path, key, N_("must be a number above 0, not {value!r}"), value=value)
    # An int is checked as an int: float() of a 300-digit figure would overflow.
    if (isinstance(value, float) and not math.isfinite(value)) or value <= 0:
        raise RuleDataError(path, key, N_("must be a number above 0, not {value!r}"), value=value)
    return Decimal(str(value))


def whole_number(path: Path, key: str, value: object, at_least: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < at_least:
        raise RuleDataError(
            path,
            key,
            N_("must be a whole number ≥ {at_least}, not {value!r}"),
            at_least=at_least,
            value=value,
        )
    return value


Member = TypeVar("Member", bound=StrEnum)


def member_of(path: Path, key: str, value: object, kind: type[Member], what: str) -> Member:
    """One of an enumeration's values, e.g. a period's unit; the error lists the allowed ones."""
    try:
        return kind(str(value))
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise RuleDataError(
            path,
            key,
            N_("{value!r} is not {what} ({allowed})"),
            value=value,
            what=what,
            allowed=allowed,
        ) from None


def iso_date(path: Path, key: str, value: object) -> date:
    """A date written "YYYY-MM-DD" (or as a bare TOML date)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:  # 2025-02-30
            pass
    raise RuleDataError(path, key, N_("{value!r} is not a date YYYY-MM-DD"), value=value)


def _kind(value: object) -> Words | Phrase | str:
    """What a value is, in words the window translates (a number or date as written)."""
    if isinstance(value, dict):
        return N_("a table")
    if isinstance(value, list):
        return N_("a list")
    return (
        Phrase(N_("a text ({value!r})"), {"value": value})
        if isinstance(value, str)
        else repr(value)
    )
