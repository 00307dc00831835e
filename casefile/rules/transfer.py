"""The administrative → criminal transfer as a state machine kept as data
(`resources/rules/transfer.toml`): which steps may start a transfer, which may follow each step,
and which statutory deadline runs from a step's date, each with its article.

Counsel records steps one by one; `check_next_step` refuses one that cannot follow (saying what
may), and `next_deadline` gives the deadline running from the last step under the chosen reading
of the open point `transfer_day_basis`, with both readings and an explanation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Protocol

from casefile.domain import TransferStep
from casefile.errors import ValidationError
from casefile.paths import resource
from casefile.rules.data import RuleDataError, member_of, read_rule_file
from casefile.rules.deadlines import (
    DeadlineSettings,
    RuleBook,
    RuleError,
    compute_deadline,
    shipped_rule_book,
)
from casefile.words import N_, Phrase

RULES_FILE = ("rules", "transfer.toml")
BASES = ("calendar_days", "working_days")  # the readings of `transfer_day_basis`
FILE_KEYS = ("version", "instrument", "start", "start_source", "steps")
STEP_KEYS = ("name", "name_zh", "with_police", "next", "deadline", "then", "note", "source")
VARIANT_KEYS = ("next", "deadline", "then", "note", "source")


class HasStep(Protocol):
    @property
    def step(self) -> str: ...


class DatedStep(Protocol):
    """A recorded step: `TransferStepRow` fits, as does `RecordedStep`."""

    @property
    def step(self) -> str: ...

    @property
    def occurred_on(self) -> date: ...


@dataclass(frozen=True, slots=True)
class RecordedStep:
    step: str
    occurred_on: date


@dataclass(frozen=True, slots=True)
class StepRule:
    """What may follow a step and which deadline runs from it."""

    next: tuple[TransferStep, ...]
    deadline: str  # a rule id of deadlines.toml, "" when none
    then: str  # a rule counted from `deadline`'s due date, "" when none
    note: str
    source: str


@dataclass(frozen=True, slots=True)
class StepInfo:
    step: TransferStep
    name: str  # "a PSB refusal"
    name_zh: str
    with_police: bool
    rule: StepRule
    after: Mapping[TransferStep, StepRule]  # the rule when recorded right after another step


@dataclass(frozen=True, slots=True)
class TransferMachine:
    version: str
    instrument: str
    start: tuple[TransferStep, ...]
    start_source: str
    steps: Mapping[TransferStep, StepInfo]

    def rule_for(self, step: TransferStep, previous: TransferStep | None) -> StepRule:
        info = self.steps[step]
        if previous is not None and previous in info.after:
            return info.after[previous]
        return info.rule

    def preceding(self, step: TransferStep) -> tuple[TransferStep, ...]:
        """The steps `step` may follow (on some path)."""
        return tuple(
            s
            for s, info in self.steps.items()
            if step in info.rule.next or any(step in r.next for r in info.after.values())
        )


# -- reading transfer.toml ------------------------------------------------------------------------


def _text(path: Path, key: str, data: Mapping[str, Any], name: str, required: bool) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise RuleDataError(path, f"{key}.{name}", N_("must be text, not {value!r}"), value=value)
    if required and not value.strip():
        raise RuleDataError(path, f"{key}.{name}", N_("is missing"))
    return value


def _rule(
    path: Path, key: str, data: Mapping[str, Any], book: RuleBook, base: StepRule | None
) -> StepRule:
    allowed = VARIANT_KEYS if base else STEP_KEYS
    for name in data:
        if name not in allowed and not (base is None and name == "after"):
            raise RuleDataError(
                path,
                f"{key}.{name}",
                N_("is not a key here ({allowed})"),
                allowed=", ".join(allowed),
            )
    if "next" in data:
        if not isinstance(data["next"], list):
            raise RuleDataError(path, f"{key}.next", N_("must be a list of steps"))
        following = tuple(
            member_of(path, f"{key}.next", s, TransferStep, N_("a transfer step"))
            for s in data["next"]
        )
    elif base is None:
        raise RuleDataError(path, f"{key}.next", N_("is missing ([] ends a transfer)"))
    else:
        following = base.next
    texts = {n: _text(path, key, data, n, False) for n in ("deadline", "then", "note", "source")}
    for name in ("deadline", "then"):
        if texts[name] and texts[name] not in book.rules:
            raise RuleDataError(
                path,
                f"{key}.{name}",
                N_("{rule!r} is not a rule of deadlines.toml"),
                rule=texts[name],
            )
    if base is not None:  # a variant keeps what it does not say
        texts = {n: texts[n] if n in data else getattr(base, n) for n in texts}
    if texts["then"] and not texts["deadline"]:
        raise RuleDataError(path, f"{key}.then", N_("needs a deadline to count from"))
    if not texts["source"]:
        raise RuleDataError(path, f"{key}.source", N_("is missing"))
    return StepRule(following, texts["deadline"], texts["then"], texts["note"], texts["source"])


def _info(path: Path, step: TransferStep, data: object, book: RuleBook) -> StepInfo:
    key = f"steps.{step.value}"
    if not isinstance(data, dict):
        raise RuleDataError(path, key, N_("must be a table"))
    with_police = data.get("with_police")
    if not isinstance(with_police, bool):
        raise RuleDataError(path, f"{key}.with_police", N_("must be true or false"))
    rule = _rule(path, key, data, book, None)
    after_data = data.get("after", {})
    if not isinstance(after_data, dict):
        raise RuleDataError(path, f"{key}.after", N_("must be a table of steps"))
    after = {
        member_of(path, f"{key}.after", prev, TransferStep, N_("a transfer step")): _rule(
            path, f"{key}.after.{prev}", variant, book, rule
        )
        for prev, variant in after_data.items()
    }
    name = _text(path, key, data, "name", True)
    return StepInfo(step, name, _text(path, key, data, "name_zh", False), with_police, rule, after)


def _check_graph(path: Path, machine: TransferMachine) -> None:
    for step, info in machine.steps.items():
        for previous in info.after:
            if step not in machine.steps[previous].rule.next:
                raise RuleDataError(
                    path,
                    f"steps.{step.value}.after.{previous.value}",
                    N_("{step} never follows {previous} (see steps.{previous}.next)"),
                    step=step.value,
                    previous=previous.value,
                )
        rules = (info.rule, *info.after.values())
        for following in dict.fromkeys(s for r in rules for s in r.next):
            if info.with_police and not machine.steps[following].with_police:
                raise RuleDataError(
                    path,
                    f"steps.{following.value}.with_police",
                    N_("must be true: {following} follows {step}, a step with the police"),
                    following=following.value,
                    step=step.value,
                )


def load_machine(path: Path, book: RuleBook | None = None) -> TransferMachine:
    """Read and check transfer.toml; a broken file is refused naming the file, key and problem."""
    data = read_rule_file(path)
    book = book or shipped_rule_book()
    for name in data:
        if name not in FILE_KEYS:
            raise RuleDataError(
                path, name, N_("is not a key here ({allowed})"), allowed=", ".join(FILE_KEYS)
            )
    steps_data = data.get("steps")
    if not isinstance(steps_data, dict):
        raise RuleDataError(path, "steps", N_("is missing: one [steps.<step>] table per step"))
    steps = {}
    for name, table in steps_data.items():
        step = member_of(path, "steps", name, TransferStep, N_("a transfer step"))
        steps[step] = _info(path, step, table, book)
    missing = [s.value for s in TransferStep if s not in steps]
    if missing:
        raise RuleDataError(path, "steps", N_("no table for {steps}"), steps=", ".join(missing))
    start = data.get("start")
    if not isinstance(start, list) or not start:
        raise RuleDataError(path, "start", N_("must list the steps a transfer may start with"))
    machine = TransferMachine(
        version=str(data.get("version", "")),
        instrument=_text(path, "(file)", data, "instrument", True),
        start=tuple(
            member_of(path, "start", s, TransferStep, N_("a transfer step")) for s in start
        ),
        start_source=_text(path, "(file)", data, "start_source", True),
        steps=steps,
    )
    _check_graph(path, machine)
    return machine


@cache
def shipped_machine() -> TransferMachine:
    return load_machine(resource(*RULES_FILE))


# -- checking a new step --------------------------------------------------------------------------


def _as_step(value: object, field: str = "step") -> TransferStep:
    try:
        return TransferStep(str(value).strip().lower())
    except ValueError:
        known = ", ".join(s.value for s in TransferStep)
        raise ValidationError(
            field, N_("{value!r} is not a transfer step ({known})"), value=value, known=known
        ) from None


def _name_of(item: str | HasStep) -> str:
    return item if isinstance(item, str) else item.step


def _or_list(names: Sequence[str]) -> str | Phrase:
    if len(names) == 1:
        return names[0]
    return Phrase(N_("{names} or {last}"), {"names": ", ".join(names[:-1]), "last": names[-1]})


def _last_two(steps: Sequence[str | HasStep]) -> tuple[TransferStep | None, TransferStep | None]:
    last = _as_step(_name_of(steps[-1])) if steps else None
    previous = _as_step(_name_of(steps[-2])) if len(steps) > 1 else None
    return last, previous


def allowed_next_steps(
    steps: Sequence[str | HasStep], machine: TransferMachine | None = None
) -> tuple[TransferStep, ...]:
    """The steps that may be recorded next (a new transfer: the steps it may start with)."""
    machine = machine or shipped_machine()
    last, previous = _last_two(steps)
    return machine.start if last is None else machine.rule_for(last, previous).next


def _refusal(machine: TransferMachine, steps: Sequence[DatedStep], new: TransferStep) -> Phrase:
    """Why `new` cannot be recorded next, as a template with its values."""
    names = {s: info.name for s, info in machine.steps.items()}
    if not steps:
        starts = _or_list([names[s] for s in machine.start])
        return Phrase(
            N_("a transfer starts with {starts}, not {new}"), {"starts": starts, "new": names[new]}
        )
    last, previous = _last_two(steps)
    assert last is not None
    rule = machine.rule_for(last, previous)
    where = Phrase(
        N_("this transfer's last step is {step} ({day})"),
        {"step": last.value, "day": steps[-1].occurred_on.isoformat()},
    )
    if not rule.next:
        return Phrase(
            N_("nothing may follow {last}: it ends the transfer; {where}"),
            {"last": names[last], "where": where},
        )
    preceding = machine.preceding(new)
    if not preceding:
        return Phrase(
            N_("{new} only starts a transfer; {where}"), {"new": names[new], "where": where}
        )
    if last not in preceding:
        return Phrase(
            N_("{new} must follow {preceding}; {where}"),
            {
                "new": names[new],
                "preceding": _or_list([names[s] for s in preceding]),
                "where": where,
            },
        )
    # `new` follows `last` in general, but not after this history (e.g. Art 9(2)).
    return Phrase(
        N_("{new} cannot follow {last} here; {where}, and only {allowed} may follow it ({source})"),
        {
            "new": names[new],
            "last": names[last],
            "where": where,
            "allowed": _or_list([names[s] for s in rule.next]),
            "source": rule.source,
        },
    )


def check_next_step(
    previous_steps: Sequence[DatedStep],
    new_step: TransferStep | str,
    on_date: date,
    today: date,
    machine: TransferMachine | None = None,
) -> None:
    """Refuse a step that cannot follow the transfer's steps so far (in recorded order), that is
    dated before the last of them, or that is dated in the future; the reason says why."""
    machine = machine or shipped_machine()
    new = _as_step(new_step)
    if new not in allowed_next_steps(previous_steps, machine):
        refusal = _refusal(machine, previous_steps, new)
        raise ValidationError("step", refusal.template, **refusal.values)
    if on_date > today:
        raise ValidationError(
            "occurred_on",
            N_("{day} is after today ({today}); record a step once it has happened"),
            day=on_date.isoformat(),
            today=today.isoformat(),
        )
    if previous_steps and on_date < previous_steps[-1].occurred_on:
        last = previous_steps[-1]
        raise ValidationError(
            "occurred_on",
            N_("{day} is before this transfer's last step, {step} on {last_day}"),
            day=on_date.isoformat(),
            step=last.step,
            last_day=last.occurred_on.isoformat(),
        )


def is_transferred(steps: Iterable[str | HasStep], machine: TransferMachine | None = None) -> bool:
    """True once the case is with the police: `transferred` or any later step is recorded."""
    machine = machine or shipped_machine()
    return any(machine.steps[_as_step(_name_of(s))].with_police for s in steps)


# -- the next statutory deadline ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TransferDeadline:
    """A statutory deadline running from a step, under the chosen reading and under both."""

    step: TransferStep  # the step it runs from
    trigger: date
    rule_id: str
    title: str
    source: str
    reading: str  # the chosen reading of transfer_day_basis: "calendar_days" | "working_days"
    due: date  # under the chosen reading
    calendar_days_due: date
    working_days_due: date
    explanation: str
    then: TransferDeadline | None = None  # e.g. the 24-hour hand-over after the head's decision

    def is_overdue(self, today: date) -> bool:
        """Past the last day under the chosen reading."""
        return today > self.due


def _basis(settings: DeadlineSettings) -> str:
    if settings.transfer_day_basis not in BASES:
        raise RuleError(
            N_("transfer_day_basis {basis!r} is not one of {allowed}"),
            basis=settings.transfer_day_basis,
            allowed=", ".join(BASES),
        )
    return settings.transfer_day_basis


def _then(
    rule_id: str,
    head: dict[str, date],
    settings: DeadlineSettings,
    book: RuleBook | None,
    step: TransferStep,
) -> TransferDeadline:
    """A rule counted from another's due date, each reading from that reading's due date."""
    chosen = _basis(settings)
    results = {
        basis: compute_deadline(
            rule_id, head[basis], settings=replace(settings, transfer_day_basis=basis), book=book
        )
        for basis in BASES
    }
    main = results[chosen]
    other = next(b for b in BASES if b != chosen)
    # Each reading is followed through both periods: the head's decision on its last day under
    # that reading, then this period under the same reading.
    explanation = (
        f"{main.rule.title}, if the decision comes on its last day, {head[chosen].isoformat()}: "
        f"{main.explanation} With {other.replace('_', ' ')} for both periods: decision by "
        f"{head[other].isoformat()}, due {results[other].due.isoformat()}."
    )
    return TransferDeadline(
        step=step,
        trigger=head[chosen],
        rule_id=rule_id,
        title=main.rule.title,
        source=main.rule.source,
        reading=chosen,
        due=main.due,
        calendar_days_due=results["calendar_days"].due,
        working_days_due=results["working_days"].due,
        explanation=explanation,
    )


def next_deadline(
    steps: Sequence[DatedStep],
    settings: DeadlineSettings | None = None,
    machine: TransferMachine | None = None,
    book: RuleBook | None = None,
) -> TransferDeadline | None:
    """The statutory deadline running from the transfer's last step; None if none runs."""
    if not steps:
        return None
    machine = machine or shipped_machine()
    settings = settings or DeadlineSettings()
    chosen = _basis(settings)
    last, previous = _last_two(steps)
    assert last is not None
    rule = machine.rule_for(last, previous)
    if not rule.deadline:
        return None
    trigger = steps[-1].occurred_on
    results = {
        basis: compute_deadline(
            rule.deadline, trigger, settings=replace(settings, transfer_day_basis=basis), book=book
        )
        for basis in BASES
    }
    main = results[chosen]
    explanation = (
        f"{main.rule.title}, counted from {last.value} on {trigger.isoformat()}: "
        f"{main.explanation} {rule.note}"
    ).strip()
    due = {basis: result.due for basis, result in results.items()}
    then = _then(rule.then, due, settings, book, last) if rule.then else None
    return TransferDeadline(
        step=last,
        trigger=trigger,
        rule_id=rule.deadline,
        title=main.rule.title,
        source=main.rule.source,
        reading=chosen,
        due=main.due,
        calendar_days_due=due["calendar_days"],
        working_days_due=due["working_days"],
        explanation=explanation,
        then=then,
    )
