"""When a registration or a customs recordal comes up for renewal (`resources/rules/renewals.toml`):
the window before its expiry in which it is renewed, the last day to ask where a rule sets one,
and a grace period after it. Each rule names its source; the file's last rule is Casefile's
reminder where no rule is known, and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from casefile.domain import RenewalState, RightKind
from casefile.paths import resource
from casefile.rules.calendars import EU_MEMBER_STATES, calendar_for
from casefile.rules.data import (
    RuleDataError,
    boolean,
    check_keys,
    member_of,
    one_of,
    read_rule_file,
    table,
    text,
    whole_number,
)
from casefile.rules.deadlines import DEFAULT_EU_MEMBER_STATE, UNIT_WORDS
from casefile.rules.periods import Unit, count_back
from casefile.words import N_, Phrase

RULES_FILE = ("rules", "renewals.toml")
RECORDS = ("recordal", "right", "any")
REQUIRED = ("title", "record", "instrument")
OPTIONAL = (
    "article",
    "jurisdictions",
    "right_kinds",
    "renewable",
    "window_amount",
    "window_unit",
    "window_source",
    "file_by_amount",
    "file_by_unit",
    "grace_amount",
    "grace_unit",
    "note",
)
PERIOD_UNITS = (Unit.DAYS, Unit.WORKING_DAYS, Unit.MONTHS, Unit.YEARS)


@dataclass(frozen=True, slots=True)
class Period:
    amount: int
    unit: Unit

    def text(self) -> str:
        return str(self.phrase())

    def phrase(self) -> Phrase:
        return Phrase(N_("{amount} {unit}"), {"amount": self.amount, "unit": UNIT_WORDS[self.unit]})


@dataclass(frozen=True, slots=True)
class RenewalRule:
    id: str
    title: str
    record: str  # recordal | right | any
    jurisdictions: tuple[str, ...]  # () = anywhere; "EU" = the EU and its member states
    right_kinds: tuple[RightKind, ...]  # () = any
    renewable: bool
    window: Period | None
    file_by: Period | None
    grace: Period | None
    instrument: str
    article: str
    window_source: str = ""
    note: str = ""

    @property
    def source(self) -> str:
        return f"{self.instrument}, {self.article}" if self.article else self.instrument

    def fits(self, record: str, jurisdiction: str, right_kind: str) -> bool:
        code = jurisdiction.strip().upper()
        places = set(self.jurisdictions)
        if "EU" in places:
            places |= set(EU_MEMBER_STATES)
        return (
            self.record in (record, "any")
            and (not places or code in places)
            and (not self.right_kinds or right_kind in self.right_kinds)
        )


@dataclass(frozen=True, slots=True)
class Renewal:
    """Where a registration or recordal stands on `today`, and why."""

    state: RenewalState
    expires: date
    window_opens: date | None  # None: it cannot be renewed
    last_day: date | None  # the last day to ask (the expiry itself, unless a rule says earlier)
    grace_ends: date | None
    rule: RenewalRule
    explanation: str  # in English
    explanation_phrases: tuple[Phrase, ...] = ()  # the same, for the window to say


def _period(path: Path, key: str, data: dict[str, Any], name: str) -> Period | None:
    amount, unit = data.get(f"{name}_amount"), data.get(f"{name}_unit")
    if amount is None and unit is None:
        return None
    if amount is None or unit is None:
        missing = f"{name}_amount" if amount is None else f"{name}_unit"
        raise RuleDataError(
            path, f"{key}.{missing}", N_("is missing (needed with {name})"), name=name
        )
    checked = member_of(path, f"{key}.{name}_unit", unit, Unit, N_("a unit"))
    if checked not in PERIOD_UNITS:
        raise RuleDataError(
            path, f"{key}.{name}_unit", N_("{unit!r} is not days, months or years"), unit=unit
        )
    return Period(whole_number(path, f"{key}.{name}_amount", amount, 1), checked)


def _rule(path: Path, rule_id: str, data: dict[str, Any]) -> RenewalRule:
    key = f"renewals.{rule_id}"
    check_keys(path, key, data, REQUIRED, OPTIONAL)
    record = one_of(path, f"{key}.record", data["record"], RECORDS)
    renewable = boolean(path, f"{key}.renewable", data.get("renewable", True))
    window = _period(path, key, data, "window")
    if renewable and window is None:
        raise RuleDataError(
            path,
            f"{key}.window_amount",
            N_("is missing: a record that can be renewed has a window (else renewable = false)"),
        )
    if not renewable and window is not None:
        raise RuleDataError(path, f"{key}.window_amount", N_("is given with renewable = false"))
    kinds = data.get("right_kinds", [])
    places = data.get("jurisdictions", [])
    if not isinstance(kinds, list) or not isinstance(places, list):
        raise RuleDataError(path, key, N_("right_kinds and jurisdictions must be lists"))
    return RenewalRule(
        id=rule_id,
        title=text(path, f"{key}.title", data["title"]),
        record=record,
        jurisdictions=tuple(text(path, f"{key}.jurisdictions", c).strip().upper() for c in places),
        right_kinds=tuple(
            member_of(path, f"{key}.right_kinds", k, RightKind, N_("a kind of right"))
            for k in kinds
        ),
        renewable=renewable,
        window=window,
        file_by=_period(path, key, data, "file_by"),
        grace=_period(path, key, data, "grace"),
        instrument=text(path, f"{key}.instrument", data["instrument"]),
        article=text(path, f"{key}.article", data["article"]) if "article" in data else "",
        window_source=str(data.get("window_source", "")),
        note=str(data.get("note", "")),
    )


def load_renewal_rules(path: Path) -> tuple[RenewalRule, ...]:
    """Read and check a renewals file; the last rule must apply to anything (the fallback)."""
    data = read_rule_file(path)
    rules = tuple(
        _rule(path, rule_id, table(path, f"renewals.{rule_id}", value))
        for rule_id, value in table(path, "renewals", data.get("renewals", {})).items()
    )
    if not rules:
        raise RuleDataError(path, "renewals", N_("no rules defined"))
    last = rules[-1]
    if last.record != "any" or last.jurisdictions or last.right_kinds:
        raise RuleDataError(path, f"renewals.{last.id}", N_("the last rule must fit every record"))
    return rules


@cache
def shipped_renewal_rules() -> tuple[RenewalRule, ...]:
    return load_renewal_rules(resource(*RULES_FILE))


def renewal_rule(
    record: str, jurisdiction: str, right_kind: str = "", rules: tuple[RenewalRule, ...] = ()
) -> RenewalRule:
    """The first rule that fits a recordal or a right of this kind, in this jurisdiction."""
    found = rules or shipped_renewal_rules()
    return next(r for r in found if r.fits(record, jurisdiction, right_kind))


def _before(end: date, period: Period, jurisdiction: str) -> date:
    code = jurisdiction.strip().upper()
    if code == "EU":  # the member state is not known: the EU rules' default one
        code = DEFAULT_EU_MEMBER_STATE
    return count_back(end, period.amount, period.unit, calendar_for(code)).due


def _after(start: date, period: Period) -> date:
    if period.unit is Unit.MONTHS:
        return start + relativedelta(months=period.amount)
    if period.unit is Unit.YEARS:
        return start + relativedelta(years=period.amount)
    return start + relativedelta(days=period.amount)


def renewal(
    record: str,
    jurisdiction: str,
    right_kind: str,
    expires: date,
    today: date,
    rules: tuple[RenewalRule, ...] = (),
) -> Renewal:
    """Where a recordal or right that expires on `expires` stands on `today`: valid, to renew
    now, late (past the last day to ask, or in a grace period) or expired; with the dates and
    the rule's source in a sentence counsel can check."""
    rule = renewal_rule(record, jurisdiction, right_kind, rules)
    if not rule.renewable or rule.window is None:
        state = RenewalState.EXPIRED if expires < today else RenewalState.VALID
        said = Phrase(
            N_("Ends on {expires}; it cannot be renewed ({source})."),
            {"expires": expires.isoformat(), "source": rule.source},
        )
        return Renewal(state, expires, None, None, None, rule, str(said), (said,))
    opens = _before(expires, rule.window, jurisdiction)
    last = _before(expires, rule.file_by, jurisdiction) if rule.file_by else expires
    grace_ends = _after(expires, rule.grace) if rule.grace else None
    if today > (grace_ends or expires):
        state = RenewalState.EXPIRED
    elif today > last:
        state = RenewalState.LATE
    elif today >= opens:
        state = RenewalState.RENEW_NOW
    else:
        state = RenewalState.VALID
    parts = [
        Phrase(
            N_(
                "Renew within the {window} before it expires on {expires}: from {opens} ({source})."
            ),
            {
                "window": rule.window.phrase(),
                "expires": expires.isoformat(),
                "opens": opens.isoformat(),
                "source": rule.window_source or rule.source,
            },
        )
    ]
    if rule.file_by:
        parts.append(
            Phrase(
                N_("Ask at least {period} before the expiry: by {last} ({source})."),
                {"period": rule.file_by.phrase(), "last": last.isoformat(), "source": rule.source},
            )
        )
    if grace_ends:
        parts.append(Phrase(N_("Grace period until {day}."), {"day": grace_ends.isoformat()}))
    if rule.note:
        parts.append(Phrase("{note}", {"note": rule.note}))  # the rule file's own words
    english = " ".join(str(part) for part in parts)
    return Renewal(state, expires, opens, last, grace_ends, rule, english, tuple(parts))
