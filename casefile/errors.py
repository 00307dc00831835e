"""Typed errors raised by the core. They carry data; the faces (CLI, UI) turn them into words.

Each carries its sentence as an English template marked with `N_` and the values apart
(`casefile.words`): `str(error)` is the English sentence the command line prints; the window
shows the same sentence translated (`casefile.ui.errors.describe`).
"""

from __future__ import annotations

from casefile.words import N_, Phrase, fill


def as_typed(value: object, limit: int = 24) -> str:
    """A value as the user typed it, short enough for a one-line message ("99999999…9999 (5000
    characters)"); a huge int is not turned into text (Python refuses more than 4,300 digits)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 60:
        return "a number of more than 18 digits"
    text = str(value)
    if len(text) <= limit:
        return text
    return f"{text[:8]}…{text[-4:]} ({len(text)} characters)"


class CasefileError(Exception):
    """Base of every error a user may see. `str()` is one clear sentence.

    `template` is that sentence's English template (an `N_` literal where the core raises it),
    `values` what fills it in."""

    def __init__(self, template: str = "", /, **values: object) -> None:
        super().__init__(fill(template, values))
        self.template = template
        self.values = values


class ValidationError(CasefileError):
    """A value a user gave is not acceptable: names the field and the reason.

    `reason` is the English reason filled in; `phrase` the same as template and values, which
    the window translates."""

    def __init__(self, field: str, reason: str, /, **values: object) -> None:
        self.phrase = Phrase(reason, values)
        super().__init__(N_("{field}: {reason}"), field=field, reason=self.phrase)
        self.field = field
        self.reason = str(self.phrase)


class NotFoundError(CasefileError):
    """A record the user named does not exist. `what` names its kind (`N_("case")`)."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(N_("no {what} {key!r} in this archive"), what=what, key=key)
        self.what = what
        self.key = key


class ArchiveError(CasefileError):
    """The archive folder cannot be opened or used."""


class ArchiveTooNewError(ArchiveError):
    """The archive was written by a newer Casefile; it is refused and left untouched."""

    def __init__(self, path: object, revision: str) -> None:
        super().__init__(
            N_(
                "{path} was written by a newer version of Casefile (schema {revision}); "
                "it was left untouched. Install the newer version to open it."
            ),
            path=path,
            revision=revision,
        )
        self.revision = revision


class ArchiveBusyError(ArchiveError):
    """Another program held the archive's write lock for too long; nothing was changed."""

    def __init__(self, path: object) -> None:
        super().__init__(
            N_(
                "{path} is busy: another Casefile window or command is writing to it. "
                "Nothing was changed; try again in a moment."
            ),
            path=path,
        )


class DiskFullError(ArchiveError):
    """The disk holding the archive has no room left: what was being done did not happen.
    `what` says what did not happen (`N_("the evidence was not added")`)."""

    def __init__(self, path: object, what: str) -> None:
        super().__init__(
            N_("the disk holding {path} is full: {what}. Free some space and try again."),
            path=path,
            what=what,
        )
        self.path = path


class EvidenceFileError(CasefileError):
    """An evidence file cannot be taken in (unreadable, empty, too large, …). `reason` is the
    English reason filled in; `phrase` the same as template and values."""

    def __init__(self, path: object, reason: str, /, **values: object) -> None:
        self.phrase = Phrase(reason, values)
        super().__init__(N_("{path}: {reason}"), path=path, reason=self.phrase)
        self.path = path
        self.reason = str(self.phrase)


class CancelledError(CasefileError):
    """Long work was cancelled by the user; nothing half-done was kept."""

    def __init__(self) -> None:
        super().__init__(N_("cancelled; nothing was changed"))


class BackupError(CasefileError):
    """A backup that cannot be written, or read back whole and unaltered (store/backup.py)."""
