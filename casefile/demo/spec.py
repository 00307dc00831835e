"""The vocabulary the curated demo scenarios are written in: plain frozen dataclasses.

Dates are whole-day offsets from the day the demo is built (negative = in the past), so the demo
always looks live: some deadlines overdue, some coming up. In any text, `{Y}` becomes the year of
the item's own date (a certificate number dated last December reads "（2025）…").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta


def on(day: int, today: date) -> date:
    return today + timedelta(days=day)


def fill(text: str, day: int, today: date) -> str:
    """`{Y}` → the year of `day`: reference numbers carry the year they were issued in."""
    return text.replace("{Y}", str(on(day, today).year))


@dataclass(frozen=True)
class Sample:
    """A sample file drawn at build time by `casefile.demo.samples`.

    kind: "photo" (JPEG), "listing" (PNG marketplace screenshot), "doc" (PDF from a template),
    "capture" (HTML of a web page). `fields` fill the drawing; see samples.py for each kind.
    """

    kind: str
    name: str
    fields: dict[str, str] = field(default_factory=dict)


def photo(name: str, subject: str, label: str, caption: str = "") -> Sample:
    return Sample("photo", name, {"subject": subject, "label": label, "caption": caption})


def listing(name: str, platform: str, title: str, price: str, seller: str, **more: str) -> Sample:
    return Sample(
        "listing",
        name,
        {"platform": platform, "title": title, "price": price, "seller": seller} | more,
    )


def doc(name: str, template: str, **fields: str) -> Sample:
    return Sample("doc", name, {"template": template} | fields)


def capture(name: str, url: str, title: str, body: str) -> Sample:
    return Sample("capture", name, {"url": url, "title": title, "body": body})


@dataclass(frozen=True)
class Ev:
    """A dated event on a proceeding."""

    kind: str
    day: int
    reference: str = ""
    description: str = ""


@dataclass(frozen=True)
class Proc:
    """One route the case runs on, before one authority."""

    route: str
    authority: str
    authority_ref: str = ""
    stage: str = "pending"
    jurisdiction: str = ""  # whose law and calendar count its deadlines; "" = the case's first
    start: int | None = None
    end: int | None = None
    outcome: str = ""
    seized: int | None = None
    fine: str | None = None
    damages: str | None = None
    currency: str = "CNY"
    sentence: str = ""
    events: tuple[Ev, ...] = ()


@dataclass(frozen=True)
class Who:
    """A party in a case. Parties with a `key` are created once and linked to later cases."""

    name: str
    kind: str = "company"
    country: str = "CN"
    identifiers: tuple[tuple[str, str], ...] = ()
    notes: str = ""
    role: str = "infringer"
    key: str | None = None


@dataclass(frozen=True)
class Custody:
    """One link in an exhibit's chain of custody, at `hour` o'clock local time on `day`."""

    action: str
    day: int
    received_from: str = ""
    handed_to: str = ""
    seal: str = ""
    location: str = ""
    note: str = ""
    hour: int = 10


@dataclass(frozen=True)
class Exhibit:
    kind: str
    description: str
    day: int
    files: tuple[Sample, ...]
    by: str = ""
    url: str = ""
    notary: str = ""
    certificate: str = ""
    internal: bool = False
    custody: tuple[Custody, ...] = ()


@dataclass(frozen=True)
class Figure:
    """A figure toward a criminal threshold; `exhibit` is an index into the case's exhibits."""

    measure: str
    value: str
    unit: str
    day: int
    note: str = ""
    exhibit: int | None = None


@dataclass(frozen=True)
class Penalty:
    """An earlier penalty of the infringer (the repeat standards of the 2025 Interpretation)."""

    day: int
    kind: str  # criminal | administrative
    conduct: str  # the Criminal Law article of the conduct penalised
    authority: str = ""
    reference: str = ""
    note: str = ""


@dataclass(frozen=True)
class Due:
    """A deadline added by hand; `proc` is an index into the case's proceedings; `done` the day
    it was met. Deadlines a recorded event starts are generated from the event instead (`Met`).

    With `counted_from`, `rule_id` counts the due date from that day (a statutory period no
    recorded event starts, e.g. enforcement from the last day for performance), and `day` is
    unused; `explanation` then says what the day was.
    """

    title: str
    day: int
    rule_id: str = ""
    explanation: str = ""
    proc: int | None = None
    done: int | None = None
    waived: bool = False
    counted_from: int | None = None


@dataclass(frozen=True)
class Met:
    """The deadline `rule_id` generated from an event of proceeding `proc`, marked done on
    `day` (or waived: it no longer applied, e.g. infringement was established)."""

    rule_id: str
    proc: int
    day: int
    waived: bool = False


@dataclass(frozen=True)
class Cash:
    """A cost paid or a recovery received; a bond posted, with what became of it (held until
    `settled`, then `bond` forfeited or returned)."""

    direction: str
    category: str
    amount: str
    currency: str
    day: int
    description: str = ""
    proc: int | None = None
    bond: str | None = None  # BondStatus once settled; None: still held (or not a bond)
    settled: int | None = None  # the day it was forfeited or returned


@dataclass(frozen=True)
class Step:
    step: str
    day: int
    authority: str = ""
    reference: str = ""
    note: str = ""


@dataclass(frozen=True)
class Transfer:
    """An administrative authority's transfer of the case to the police (DOMAIN.md)."""

    authority: str
    steps: tuple[Step, ...]
    proc: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Scenario:
    """One curated case, as counsel would have built it up over weeks or months."""

    title: str
    product_line: str
    counsel: str
    opened: int
    summary: str
    jurisdictions: tuple[str, ...]
    priority: str = "normal"
    status: str = "open"
    closed: int | None = None
    brand: str = "Voltra"
    tags: tuple[str, ...] = ()
    rights: tuple[str, ...] = ()
    proceedings: tuple[Proc, ...] = ()
    parties: tuple[Who, ...] = ()
    exhibits: tuple[Exhibit, ...] = ()
    figures: tuple[Figure, ...] = ()
    penalties: tuple[Penalty, ...] = ()
    deadlines: tuple[Due, ...] = ()
    met: tuple[Met, ...] = ()  # generated deadlines already met or waived
    money: tuple[Cash, ...] = ()
    notes: tuple[str, ...] = ()
    transfer: Transfer | None = None
    offences: tuple[str, ...] = ()  # Criminal Law articles the figures are measured against
    acts: int | None = None  # when the infringing acts were done (picks the rule set)
