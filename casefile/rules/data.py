"""Reading rule files: TOML under resources/rules/ (or a user's edited copy), with errors that
name the file, the key and the problem."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from casefile.errors import CasefileError


class RuleDataError(CasefileError):
    """A rule file is broken: names the file, the key and the problem."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        super().__init__(f"{path}: {key}: {problem}")
        self.path, self.key, self.problem = path, key, problem


def read_rule_file(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise RuleDataError(path, "(file)", f"is not valid TOML: {exc}") from None
    except OSError as exc:
        raise RuleDataError(path, "(file)", f"cannot be read: {exc.strerror}") from None
