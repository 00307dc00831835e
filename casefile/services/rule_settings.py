"""An archive's own rules: its answers to DOMAIN.md's open points, and its edited copies of the
criminal-threshold rule sets.

The answers are archive settings (JSON values in `archive_setting`, keys `rules.*`). Edited rule
sets are TOML files in the archive folder, `<archive>/rules/thresholds/<id>.toml`, so both travel
with the archive. An edited set replaces the shipped set of the same id for this archive only; a
broken edit is refused naming file, key and problem, never replaced by the shipped set in silence,
and every result worked out under an edited set says so.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session

from casefile import __version__, clock
from casefile.errors import ArchiveError, CasefileError, ValidationError
from casefile.paths import resource
from casefile.rules.data import RuleDataError
from casefile.rules.deadlines import DeadlineSettings, RuleError
from casefile.rules.threshold_facts import OPEN_POINTS, Readings
from casefile.rules.threshold_sets import gaps
from casefile.rules.thresholds import RuleSet, load_rule_set, shipped_rule_sets
from casefile.services.base import current_actor
from casefile.store.archive import Archive
from casefile.store.models import ArchiveSetting
from casefile.words import N_

SHIPPED_DIR = ("rules", "thresholds")  # under resources/
EDITED_DIR = ("rules", "thresholds")  # inside the archive folder
SETTING_PREFIX = "rules."
EDIT_LOG = "rules.thresholds.edited"  # {id: when and from what it was copied}: the audit trail
TRANSFER_DAY_BASES = ("calendar_days", "working_days")


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """The archive's answers to the open points; every default is DOMAIN.md's."""

    # DOMAIN.md, Deadlines: whether a make-up weekend working day counts as a working day is
    # [open]; default: it counts, as it is an official working day.
    makeup_days_count: bool = True
    # DOMAIN.md, Transfer on reasonable suspicion: calendar or working days for the transfer
    # provisions' 3-day periods is [open] ("show both"); default calendar days, and every
    # deadline result also gives the date under the other reading.
    transfer_day_basis: str = "calendar_days"
    # DOMAIN.md, Transfer on reasonable suspicion: suspicion is reached when a standard is met
    # "or close enough that police measures would likely confirm it". DOMAIN.md names no figure:
    # 80% of a threshold is Casefile's default, and this setting is where an archive sets its own.
    suspicion_margin_percent: int = 80
    # DOMAIN.md, Criminal thresholds: the open points of the 2025 Interpretation ("show the
    # result under each reading"); defaults and wording in `rules.threshold_facts.OPEN_POINTS`.
    half_rule_item_four: str = OPEN_POINTS["half_rule_item_four"].default
    half_rule_top_tier: str = OPEN_POINTS["half_rule_top_tier"].default
    repeat_top_tier: str = OPEN_POINTS["repeat_top_tier"].default

    @property
    def readings(self) -> Readings:
        return Readings(self.half_rule_item_four, self.half_rule_top_tier, self.repeat_top_tier)


@dataclass(frozen=True, slots=True)
class SettingInfo:
    question: str
    values: str
    source: str


SETTINGS: dict[str, SettingInfo] = {
    "makeup_days_count": SettingInfo(
        "Does a make-up weekend working day (调休上班日) count as a working day?",
        "true or false",
        "DOMAIN.md, Deadlines: [open], default: it counts",
    ),
    "transfer_day_basis": SettingInfo(
        "Are the 3-day periods of the transfer provisions calendar days or working days?",
        " or ".join(TRANSFER_DAY_BASES),
        "DOMAIN.md, Transfer on reasonable suspicion: [open], show both; default calendar days",
    ),
    "suspicion_margin_percent": SettingInfo(
        "At what % of a threshold is a case flagged 'suspicion reached, not transferred'?",
        "a whole number 1-100",
        "DOMAIN.md, Transfer on reasonable suspicion ('close enough'); 80 is Casefile's default",
    ),
    **{
        name: SettingInfo(point.question, " or ".join(point.readings), point.source)
        for name, point in OPEN_POINTS.items()
    },
}


# --- the open points ---------------------------------------------------------------------------


def _check(name: str, value: object) -> None:
    if name == "makeup_days_count":
        if not isinstance(value, bool):
            raise ValidationError(name, N_("must be true or false, not {value!r}"), value=value)
    elif name == "transfer_day_basis":
        if value not in TRANSFER_DAY_BASES:
            raise _not_one_of(name, value)
    elif name == "suspicion_margin_percent":
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
            raise ValidationError(
                name, N_("must be a whole number from 1 to 100, not {value!r}"), value=value
            )
    elif name in OPEN_POINTS:
        if value not in OPEN_POINTS[name].readings:
            raise _not_one_of(name, value)
    else:
        raise _not_a_setting(name)


def _not_one_of(name: str, value: object) -> ValidationError:
    return ValidationError(
        name, N_("{value!r} is not {values}"), value=value, values=SETTINGS[name].values
    )


def _not_a_setting(name: str) -> ValidationError:
    return ValidationError(
        name, N_("is not a rule setting; one of {names}"), names=", ".join(SETTINGS)
    )


def rule_settings(archive: Archive) -> RuleSettings:
    """The archive's answers; a stored value that is not acceptable is refused, not ignored."""
    with archive.reading() as session:
        return _settings_in(session)


def _settings_in(session: Session) -> RuleSettings:
    stored = {
        name: row.value
        for name in SETTINGS
        if (row := session.get(ArchiveSetting, SETTING_PREFIX + name)) is not None
    }
    for name, value in stored.items():
        try:
            _check(name, value)
        except ValidationError as exc:
            raise ValidationError(
                f"archive setting {SETTING_PREFIX}{name}", exc.phrase.template, **exc.phrase.values
            ) from None
    return dataclasses.replace(RuleSettings(), **stored)


def set_rule_settings(archive: Archive, actor: str | None = None, **changes: Any) -> RuleSettings:
    """Change some answers and recount the open generated deadlines they move, all in one
    transaction (audited); returns the settings now in force."""
    for name, value in changes.items():
        _check(name, value)
    from casefile.services.deadline_generation import resync  # it reads these settings

    with archive.unit_of_work(actor or current_actor()) as session:
        try:
            before: DeadlineSettings | None = _as_deadline_settings(_settings_in(session))
        except ValidationError:  # a bad stored value being put right: recount to be safe
            before = None
        for name, value in changes.items():
            row = session.get(ArchiveSetting, SETTING_PREFIX + name)
            if row is None:
                session.add(ArchiveSetting(key=SETTING_PREFIX + name, value=value))
            elif row.value != value:
                row.value = value
        session.flush()
        after = _settings_in(session)
        if _as_deadline_settings(after) != before:
            resync(session, _as_deadline_settings(after))
        return after


def parse_setting(name: str, text: str) -> object:
    """A setting's value from what a user typed (the command line)."""
    name = name.replace("-", "_")
    if name not in SETTINGS:
        raise _not_a_setting(name)
    word = text.strip().lower()
    if name == "makeup_days_count":
        answers = {"true": True, "yes": True, "counted": True}
        answers |= {"false": False, "no": False, "not_counted": False}
        if word not in answers:
            raise ValidationError(name, N_("{value!r} is not true or false"), value=text)
        return answers[word]
    if name == "suspicion_margin_percent":
        try:
            return int(word.removesuffix("%"))
        except ValueError:
            raise ValidationError(
                name, N_("{value!r} is not a whole number from 1 to 100"), value=text
            ) from None
    return word


def setting_values(settings: RuleSettings) -> dict[str, object]:
    return {f.name: getattr(settings, f.name) for f in fields(settings)}


def deadline_settings(archive: Archive) -> DeadlineSettings:
    return _as_deadline_settings(rule_settings(archive))


def _as_deadline_settings(s: RuleSettings) -> DeadlineSettings:
    return DeadlineSettings(s.makeup_days_count, s.transfer_day_basis)


# --- edited rule sets --------------------------------------------------------------------------


def edited_folder(archive: Archive) -> Path:
    return archive.path.joinpath(*EDITED_DIR)


def edited_rule_sets(archive: Archive) -> tuple[Path, ...]:
    """The files of the rule sets edited in this archive (a file's stem is its set's id)."""
    folder = edited_folder(archive)
    return tuple(sorted(folder.glob("*.toml"))) if folder.is_dir() else ()


def _header(rule_set_id: str) -> str:
    today = clock.today().isoformat()
    return f"""\
# EDITED COPY of Casefile's rule set {rule_set_id}, kept in this archive (it travels with it):
# for this archive it replaces the rule set Casefile ships, and every result worked out with it
# says "edited in this archive". Copied on {today} from Casefile {__version__}.
#
# You may edit: any `threshold` (a number above 0), `confirmed` (true or false; false flags the
# standard as unconfirmed in every result), the `source` texts, `title`, `sources`, `unconfirmed`,
# `in_force_from` / `in_force_until` ("YYYY-MM-DD"; the periods of two rule sets must not
# overlap); you may add or remove [[offences."…".standards]] blocks (each needs level, measure,
# threshold and source). Keep `id = "{rule_set_id}"`: it must match the file name.
#
# Casefile checks this file every time it is loaded: a mistake is refused with the file, the key
# and the problem (standards[2] is the second [[offences."…".standards]] block of an offence),
# never silently ignored. `casefile rules check` checks it now; `casefile rules revert
# {rule_set_id}` goes back to the shipped rule set (this copy is kept under backups/rules/).
# -----------------------------------------------------------------------------------------------

"""


def _shipped(rule_set_id: str) -> RuleSet:
    for rule_set in shipped_rule_sets():
        if rule_set.id == rule_set_id:
            return rule_set
    known = ", ".join(r.id for r in shipped_rule_sets())
    raise RuleError(N_("no shipped rule set {id!r}; one of {known}"), id=rule_set_id, known=known)


@contextmanager
def _recorded_edit(
    archive: Archive, rule_set_id: str, entry: dict[str, str] | None, actor: str
) -> Iterator[None]:
    """Record a copy (entry) or a revert (None) in the audit trail; the file change is made
    inside the same transaction, so that a failed file change records nothing."""
    with archive.unit_of_work(actor) as session:
        row = session.get(ArchiveSetting, EDIT_LOG)
        log = dict(row.value or {}) if row is not None else {}
        if entry is None:
            log.pop(rule_set_id, None)
        else:
            log[rule_set_id] = entry
        if row is None:
            session.add(ArchiveSetting(key=EDIT_LOG, value=log))
        else:
            row.value = log  # a new dict: the JSON column sees the change
        yield


def _keep_backup(archive: Archive, path: Path) -> Path:
    """Move an edited copy aside under backups/rules/ instead of deleting someone's work."""
    target_dir = archive.backups_dir / "rules"
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = target_dir / f"{path.stem}-{stamp}.toml"
    os.replace(path, target)
    return target


def copy_rule_set(
    archive: Archive, rule_set_id: str, *, replace: bool = False, actor: str | None = None
) -> Path:
    """Copy a shipped rule set into the archive for editing; returns the file to edit.

    An existing edited copy is replaced only when asked (it is then kept under backups/rules/)."""
    shipped = _shipped(rule_set_id)
    target = edited_folder(archive) / f"{rule_set_id}.toml"
    if target.exists() and not replace:
        raise EditedRuleSetExistsError(rule_set_id, target)
    assert shipped.path is not None  # shipped sets are always read from a file
    entry = {"copied_at": datetime.now().isoformat(timespec="seconds"), "from": __version__}
    try:
        with _recorded_edit(archive, rule_set_id, entry, actor or current_actor()):
            body = shipped.path.read_text(encoding="utf-8")
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".toml.partial")  # never a half-written rule set
            partial.write_text(_header(rule_set_id) + body, encoding="utf-8")
            if target.exists():
                _keep_backup(archive, target)
            os.replace(partial, target)
    except OSError as exc:
        raise ArchiveError(
            N_("cannot write {path}: {problem}"), path=target, problem=exc.strerror or exc
        ) from None
    return target


def remove_edited_rule_set(archive: Archive, rule_set_id: str, actor: str | None = None) -> Path:
    """Go back to the shipped rule set; returns where the edited copy was kept."""
    # Looked up, not joined: an id is never a path (no "../" out of the archive).
    path = {p.stem: p for p in edited_rule_sets(archive)}.get(rule_set_id)
    if path is None:
        raise RuleError(N_("rule set {id!r} is not edited in this archive"), id=rule_set_id)
    try:
        with _recorded_edit(archive, rule_set_id, None, actor or current_actor()):
            return _keep_backup(archive, path)
    except OSError as exc:
        raise ArchiveError(
            N_("cannot move {path} aside: {problem}"), path=path, problem=exc.strerror or exc
        ) from None


def _load_edited(path: Path) -> RuleSet:
    return dataclasses.replace(load_rule_set(path, expected_id=path.stem), edited=True)


def _overlap(sets: list[RuleSet]) -> RuleDataError | None:
    """Two sets in force on the same day would make the choice by act date arbitrary."""
    ordered = sorted(sets, key=lambda r: r.in_force_from)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if earlier.in_force_until is None or earlier.in_force_until >= later.in_force_from:
            # Name the edited file: that is where the user changed a date.
            blamed, other = (earlier, later) if earlier.edited else (later, earlier)
            key = "in_force_from" if blamed is later else "in_force_until"
            until = other.in_force_until.isoformat() if other.in_force_until else N_("open-ended")
            return RuleDataError(
                blamed.path or Path(blamed.id),
                key,
                N_(
                    "overlaps rule set {id} (in force {start} to {until}); "
                    "the periods of two rule sets must not overlap"
                ),
                id=other.id,
                start=other.in_force_from,
                until=until,
            )
    return None


def _gap(sets: list[RuleSet]) -> RuleDataError | None:
    """A day with no set in force: an act or an assessment on it could not be worked out."""
    found = gaps(sets)
    if not found:
        return None
    gap = found[0]
    # Name the edited file that made the gap, where one did.
    blamed = next((r for r in (gap.before, gap.after) if r is not None and r.edited), None)
    blamed = blamed or gap.before or gap.after
    assert blamed is not None
    key = "in_force_until" if blamed is gap.before else "in_force_from"
    said = gap.phrase()
    return RuleDataError(blamed.path or Path(blamed.id), key, said.template, **said.values)


def _combined(edited: list[RuleSet]) -> list[RuleSet]:
    by_id = {r.id: r for r in shipped_rule_sets()}
    by_id.update({r.id: r for r in edited})
    return list(by_id.values())


def archive_rule_sets(archive: Archive) -> tuple[RuleSet, ...]:
    """The shipped rule sets, each replaced by this archive's edited copy where there is one.

    A broken edit raises its `RuleDataError` (file, key, problem): the shipped set is never used
    in its place without a word."""
    sets = _combined([_load_edited(path) for path in edited_rule_sets(archive)])
    problem = _overlap(sets) or _gap(sets)
    if problem:
        raise problem
    return tuple(sorted(sets, key=lambda r: r.in_force_from))


@dataclass(frozen=True, slots=True)
class RuleSetEntry:
    """One line of an overview: a rule set as this archive uses it, or why it cannot."""

    id: str
    rule_set: RuleSet | None  # None: the edited copy is broken
    edited: bool
    path: Path | None
    problem: RuleDataError | None = None


def rule_set_overview(archive: Archive) -> tuple[RuleSetEntry, ...]:
    """Every rule set, shipped or edited here, in order of entry into force; a broken edit is
    listed with its problem instead of stopping the overview."""
    entries = {r.id: RuleSetEntry(r.id, r, False, r.path) for r in shipped_rule_sets()}
    for path in edited_rule_sets(archive):
        try:
            entries[path.stem] = RuleSetEntry(path.stem, _load_edited(path), True, path)
        except RuleDataError as exc:
            entries[path.stem] = RuleSetEntry(path.stem, None, True, path, exc)
    shipped = {r.id: r.in_force_from for r in shipped_rule_sets()}

    def started(entry: RuleSetEntry) -> date:
        if entry.rule_set is not None:
            return entry.rule_set.in_force_from
        return shipped.get(entry.id, date.max)

    return tuple(sorted(entries.values(), key=lambda e: (started(e), e.id)))


def rule_problems(archive: Archive, include_shipped: bool = False) -> list[CasefileError]:
    """Every problem of this archive's rules (edited sets, settings), each one line; the shipped
    files too if asked (a damaged installation)."""
    problems: list[CasefileError] = []
    if include_shipped:
        for path in sorted(resource(*SHIPPED_DIR).glob("*.toml")):
            try:
                load_rule_set(path, expected_id=path.stem)
            except RuleDataError as exc:
                problems.append(exc)
    edited: list[RuleSet] = []
    for path in edited_rule_sets(archive):
        try:
            edited.append(_load_edited(path))
        except RuleDataError as exc:
            problems.append(exc)
    if not problems:
        combined = _combined(edited)
        problems.extend(p for p in (_overlap(combined), _gap(combined)) if p is not None)
    try:
        rule_settings(archive)
    except ValidationError as exc:
        problems.append(exc)
    return problems


class EditedRuleSetExistsError(CasefileError):
    """A rule set is already edited in this archive; copying again would discard those edits."""

    def __init__(self, rule_set_id: str, path: Path) -> None:
        super().__init__(
            N_(
                "rule set {id} is already edited in this archive ({path}); copying the "
                "shipped set again would replace those edits"
            ),
            id=rule_set_id,
            path=path,
        )
        self.rule_set_id, self.path = rule_set_id, path
