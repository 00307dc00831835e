"""The command-line face: open the app, build a demo archive, list cases, check an archive,
work out deadlines and thresholds, and manage an archive's rules (edited rule sets, open points).

Every error ends in one clear line on stderr and a non-zero exit; a traceback only ever goes to
the log file.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from casefile import (
    __version__,
    cli_backup,
    cli_calendar,
    cli_case_package,
    cli_dashboard,
    cli_deadlines,
    cli_evidence,
    cli_infringers,
    cli_listings,
    cli_packets,
    cli_record,
    cli_search,
)
from casefile.errors import CancelledError, CasefileError, as_typed

if TYPE_CHECKING:
    from casefile.rules.deadlines import DeadlineSettings
    from casefile.rules.thresholds import PriorPenalty, Readings, RuleSet
    from casefile.store.archive import Archive

EXIT_OK = 0
EXIT_ERROR = 1  # the user's input or archive is at fault, or `check` found problems
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_CANCELLED = 130


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, not argparse's usage block.
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _whole_number(text: str) -> int:
    typed = text.replace(",", "").strip()
    if typed.isdigit() and len(typed) > 18:  # int() refuses past 4,300 digits, with a traceback
        raise argparse.ArgumentTypeError(f"{as_typed(text)} is too large")
    try:
        return int(typed)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{as_typed(text)!r} is not a whole number") from None


def _positive_int(text: str) -> int:
    value = _whole_number(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _days(text: str) -> int:
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more days, not {value}")
    return value


def _count(text: str) -> int | Decimal:
    """A count of 0 or more; one too large to be real is left to the rules to refuse (exit 1,
    in words), as a Decimal: Python's int() refuses text of more than 4,300 digits."""
    typed = text.replace(",", "").strip()
    if typed.isdigit() and len(typed) > 18:
        return Decimal(typed)
    value = _whole_number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative; a count cannot be below 0")
    return value


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{as_typed(text)!r} is not an amount") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{as_typed(text)} is not an amount of 0 or more")
    return value  # one too large to be real is refused by the rules, in words (exit 1)


def _archive_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--archive",
        type=Path,
        default=default,
        metavar="PATH",
        help="archive folder (default: $CASEFILE_ARCHIVE, else Casefile.casefile in your "
        "user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="casefile",
        description="Casefile: case files for IP enforcement counsel. "
        "Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"casefile {__version__}")
    _archive_option(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser("demo", help="build an archive of realistic sample cases")
    _archive_option(demo, argparse.SUPPRESS)
    demo.add_argument(
        "--cases",
        type=_positive_int,
        metavar="N",
        help="N cases in all: the ~40 curated ones, then synthetic ones (100000 for scale)",
    )
    demo.add_argument(
        "--open",
        action="store_true",
        help="open the app on it afterwards (an existing demo archive is simply opened)",
    )
    demo.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        help="date the sample cases around this day instead of today (the same day gives the "
        "same demo)",
    )

    listing = commands.add_parser("list", help="list the cases of an archive")
    _archive_option(listing, argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    cli_search.add_options(listing, _days)

    deadline = commands.add_parser(
        "deadline", help="compute a statutory deadline, explained, with its source"
    )
    deadline.add_argument(
        "rule", nargs="?", metavar="RULE_ID", help="e.g. cn.customs.apply_detention"
    )
    deadline.add_argument("--from", dest="trigger", metavar="YYYY-MM-DD", help="the trigger date")
    deadline.add_argument(
        "--jurisdiction", metavar="CODE", help="member state for EU rules (default NL)"
    )
    deadline.add_argument("--json", action="store_true", help="print JSON")
    deadline.add_argument("--list", action="store_true", help="list the rule ids")
    # Not given: the archive's answer (`casefile rules set`) if an archive is named, else
    # DOMAIN.md's default.
    deadline.add_argument(
        "--makeup-days",
        choices=("counted", "not_counted"),
        help="[open point] whether make-up weekend working days count, in working days (the "
        "transfer steps' working-days reading too) and as a period's last day (default: the "
        "archive's setting, else counted)",
    )
    deadline.add_argument(
        "--transfer-days",
        choices=("calendar_days", "working_days"),
        help="[open point] the basis of the transfer provisions' 3-day periods (default: the "
        "archive's setting, else calendar days)",
    )
    _archive_option(deadline, argparse.SUPPRESS)

    _thresholds_parser(commands)
    _rules_parser(commands)

    check = commands.add_parser("check", help="check the database and re-hash every evidence file")
    _archive_option(check, argparse.SUPPRESS)
    cli_backup.add_parsers(commands, _archive_option)
    cli_calendar.add_parsers(commands, _archive_option)
    cli_case_package.add_parsers(commands, _archive_option)
    cli_dashboard.add_parsers(commands, _archive_option)
    cli_deadlines.add_parsers(commands, _archive_option)
    cli_evidence.add_parsers(commands, _archive_option)
    cli_infringers.add_parsers(commands, _archive_option)
    cli_packets.add_parsers(commands, _archive_option)
    cli_listings.add_parsers(commands, _archive_option)
    cli_record.add_parsers(commands, _archive_option)
    return parser


SETTING_NAMES = (
    "makeup_days_count",
    "transfer_day_basis",
    "suspicion_margin_percent",
    "half_rule_item_four",
    "half_rule_top_tier",
    "repeat_top_tier",
)
# Open points of the threshold rules (`rules.threshold_facts.OPEN_POINTS`): option → readings.
THRESHOLD_OPEN_POINTS = {
    "half_rule_item_four": ("one_item", "each_measure"),
    "half_rule_top_tier": ("applies", "serious_only"),
    "repeat_top_tier": ("multiplied", "not_multiplied"),
}


def _thresholds_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    thresholds = commands.add_parser(
        "thresholds", help="evaluate the criminal thresholds of an offence from the figures"
    )
    thresholds.add_argument(
        "--offence",
        required=True,
        choices=("213", "214", "215", "216", "217", "217-online", "217-tpm", "218", "219"),
        help="217-online: dissemination on networks; 217-tpm: circumventing technical measures",
    )
    counts = {
        "copies": "copies made or distributed (218: copies sold)",
        "works": "works disseminated online",
        "episodes": "episodes, when a series is counted as one work",
        "downloads": "downloads (2025 Interpretation Art 13(1)(iv))",
        "clicks": "actual clicks",
        "members": "registered members",
        "labels": "labels made or sold (pieces)",
        "unsold-labels": "labels not yet sold (pieces)",
        "unsold-copies": "infringing copies not yet sold",
        "marks": "registered marks identifying different sources (Art 7)",
        "patents": "patents passed off",
    }
    for flag, help_text in counts.items():
        thresholds.add_argument(
            f"--{flag}", dest=flag.replace("-", "_"), type=_count, metavar="N", help=help_text
        )
    for flag, dest, help_text in (
        ("business-volume", "business_volume", "illegal business volume (RMB)"),
        ("gains", "illegal_gains", "illegal gains (RMB; for 213, from goods)"),
        ("services-gains", "services_gains", "213: illegal gains from services (RMB)"),
        ("sales", "sales", "sales (RMB)"),
        ("unsold", "unsold_value", "value of goods or copies not yet sold (RMB)"),
        ("holder-loss", "holder_loss", "216, 219: the right holder's loss (RMB)"),
    ):
        thresholds.add_argument(f"--{flag}", dest=dest, type=_amount, metavar="X", help=help_text)
    thresholds.add_argument("--act-date", metavar="YYYY-MM-DD", help="when the act was done")
    thresholds.add_argument(
        "--prior-penalty-date",
        metavar="YYYY-MM-DD",
        help="an earlier criminal or administrative penalty of the infringer (repeat standards)",
    )
    thresholds.add_argument(
        "--prior-penalty-kind", choices=("administrative", "criminal"), default="administrative"
    )
    thresholds.add_argument(
        "--prior-penalty-conduct",
        metavar="ART",
        help="the article the earlier penalty was for (default: the offence's article)",
    )
    for name, readings in THRESHOLD_OPEN_POINTS.items():
        thresholds.add_argument(
            f"--{name.replace('_', '-')}",
            dest=name,
            choices=readings,
            help=f"[open point] default: the archive's setting, else {readings[0]}",
        )
    thresholds.add_argument("--json", action="store_true", help="print JSON")
    _archive_option(thresholds, argparse.SUPPRESS)  # then that archive's (edited) rule sets


def _rules_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    rules = commands.add_parser(
        "rules", help="the archive's rule sets (copy one to edit it) and its open-point settings"
    )
    _archive_option(rules, argparse.SUPPRESS)
    actions = rules.add_subparsers(
        dest="rules_command", metavar="ACTION", parser_class=_Parser, required=True
    )
    listing = actions.add_parser(
        "list", help="shipped and edited rule sets with their dates, and the open-point settings"
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    copy = actions.add_parser("copy", help="copy a shipped rule set into the archive to edit it")
    copy.add_argument("rule_set", metavar="ID", help="e.g. cn-2025")
    copy.add_argument(
        "--replace", action="store_true", help="replace an edited copy (kept under backups/)"
    )
    actions.add_parser("check", help="load every rule set and setting; one line per problem")
    revert = actions.add_parser("revert", help="go back to the shipped rule set")
    revert.add_argument("rule_set", metavar="ID")
    recount = actions.add_parser(
        "recount",
        help="count every generated deadline again by today's rule book (after an update: "
        "deadlines met by a later event are marked done)",
    )
    recount.add_argument("case", metavar="CASE_REF", nargs="?", help="only this case")
    setting = actions.add_parser("set", help="answer an open point for this archive")
    setting.add_argument("key", metavar="KEY", choices=SETTING_NAMES, help=", ".join(SETTING_NAMES))
    setting.add_argument("value", metavar="VALUE")
    for action in actions.choices.values():
        _archive_option(action, argparse.SUPPRESS)


def archive_path(args: argparse.Namespace) -> tuple[Path, bool]:
    """The archive to use, and whether it is the default one (only that is created silently)."""
    from casefile.paths import archive_from_environment, default_archive_path

    if args.archive is not None:
        return args.archive, False
    named = archive_from_environment()
    return (named, False) if named else (default_archive_path(), True)


def _named_archive(args: argparse.Namespace) -> Path | None:
    """An archive named by --archive or $CASEFILE_ARCHIVE; never the default one, so that the
    rule commands without an archive answer from the shipped rules alone."""
    from casefile.paths import archive_from_environment

    return args.archive if args.archive is not None else archive_from_environment()


def _open_app(path: Path, create: bool) -> int:
    from casefile.display import why_no_window

    reason = why_no_window()
    if reason:
        raise CasefileError(reason)
    try:
        from casefile.ui.app import run
    except ImportError as exc:  # e.g. libglib-2.0.so.0 missing on a bare Linux
        raise CasefileError(
            f"the desktop app cannot start: {exc} (the system libraries Casefile needs are "
            "listed in README.md)"
        ) from None
    return run(path, create)


def cmd_open(args: argparse.Namespace) -> int:
    return _open_app(*archive_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from casefile.console import Progress
    from casefile.demo import build_demo_archive
    from casefile.paths import demo_archive_path
    from casefile.services.settings import DEMO_COMPLETED, get_setting
    from casefile.store.archive import Archive

    path = demo_archive_path() if args.archive is None else args.archive
    if args.open and (path / "archive.sqlite").exists():
        with Archive.open(path) as existing:
            completed = get_setting(existing, DEMO_COMPLETED)
        if not completed:
            raise CasefileError(
                f"{path} holds an unfinished demo (its build was interrupted); delete the "
                "folder and run the command again"
            )
        print(f"Opening the existing demo archive {path}", file=sys.stderr)
        return _open_app(path, create=False)
    as_of = _date_argument("--as-of", args.as_of) if args.as_of else None
    progress = Progress("Building demo")
    summary = build_demo_archive(
        path, args.cases, lambda s, d, t: progress.update(d, t, s), today=as_of
    )
    progress.done()
    print(
        f"Demo archive {summary.path}: {summary.cases} cases, {summary.evidence_files} exhibit "
        f"files ({summary.stored_files} distinct files stored), built in {summary.seconds:.1f} s"
    )
    return _open_app(path, create=False) if args.open else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from casefile.console import table
    from casefile.services import search
    from casefile.services.cases import case_summaries, list_cases
    from casefile.store.archive import Archive
    from casefile.store.case_filters import CaseFilters

    filters = cli_search.filters_of(args)
    if args.search is not None:
        return _list_found(args, filters)
    with Archive.open(archive_path(args)[0]) as archive:
        if filters == CaseFilters():
            cases = list_cases(archive)
        else:
            cases = case_summaries(archive, search.case_ids(archive, "", filters))
    if args.json:
        _utf8_stdout(strict=True)
        records = [_case_record(c) for c in cases]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    rows = [
        (
            c.reference,
            c.title,
            ", ".join(c.routes) or "-",
            c.status,
            c.next_deadline.isoformat() if c.next_deadline else "-",
            str(c.evidence_count),
        )
        for c in cases
    ]
    headers = ("Reference", "Title", "Routes", "Status", "Next deadline", "Evidence")
    _utf8_stdout(strict=False)
    sys.stdout.write(table(headers, rows, (14, 56, 44, 8, 13, 8)) + "\n")
    sys.stdout.write(f"{len(cases)} case{'s' if len(cases) != 1 else ''}\n")
    return EXIT_OK


def _case_record(c: Any) -> dict[str, Any]:
    return {
        "reference": c.reference,
        "title": c.title,
        "routes": list(c.routes),
        "status": c.status,
        "priority": c.priority,
        "next_deadline": c.next_deadline.isoformat() if c.next_deadline else None,
        "evidence_count": c.evidence_count,
    }


def _list_found(args: argparse.Namespace, filters: Any) -> int:
    """`list --search TEXT`: the cases found, best first, with the field that matched."""
    from casefile.console import table
    from casefile.services.search import search_cases
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        hits = search_cases(archive, args.search, filters)
    if args.json:
        _utf8_stdout(strict=True)
        records = [
            {
                **_case_record(h.case),
                "match": {
                    "field": h.field,
                    "label": cli_search.label(h.field),
                    "text": h.snippet,
                },
                "score": round(h.score, 4),
            }
            for h in hits
        ]
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    rows = [
        (h.case.reference, h.case.title, h.case.status, cli_search.label(h.field), h.snippet)
        for h in hits
    ]
    headers = ("Reference", "Title", "Status", "Found in", "Match")
    _utf8_stdout(strict=False)
    sys.stdout.write(table(headers, rows, (14, 40, 8, 24, 70)) + "\n")
    sys.stdout.write(f"{len(hits)} case{'s' if len(hits) != 1 else ''} found\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from casefile.console import Progress
    from casefile.services.integrity import check_archive
    from casefile.store.archive import Archive

    path = archive_path(args)[0]
    progress = Progress("Re-hashing evidence")
    with Archive.open(path) as archive:
        report = check_archive(archive, progress.update)
    progress.done()
    for note in report.notes:
        print(f"note: {note}")
    for problem in report.problems:
        print(f"PROBLEM {problem}")
    if report.chain is not None:  # the head a bundle made now would print in its manifest
        state = "verified" if report.ok else "NOT verified: see the problems above"
        print(f"audit chain ({state}): {report.chain.rows} rows, head {report.chain.sha256}")
    size_mb = report.bytes_checked / 1024**2
    verdict = "OK" if report.ok else f"{len(report.problems)} problem(s) found"
    print(
        f"{path}: database, audit chain and rules checked, {report.files_checked} evidence "
        f"files ({size_mb:.1f} MB) re-hashed: {verdict}"
    )
    return EXIT_OK if report.ok else EXIT_ERROR


def _date_argument(name: str, text: str | None) -> date:
    if not text:
        raise UsageError(f"{name} YYYY-MM-DD is required")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{name}: {text!r} is not a date in the form YYYY-MM-DD") from None


def _deadline_settings(args: argparse.Namespace) -> DeadlineSettings:
    """The archive's answers to the open points (DOMAIN.md's defaults without an archive), each
    overridden by its option if given."""
    from casefile.rules.deadlines import DeadlineSettings

    settings = DeadlineSettings()
    path = _named_archive(args)
    if path is not None:
        from casefile.services.rule_settings import deadline_settings
        from casefile.store.archive import Archive

        with Archive.open(path) as archive:
            settings = deadline_settings(archive)
    if args.makeup_days is not None:
        settings = replace(settings, makeup_days_count=args.makeup_days == "counted")
    if args.transfer_days is not None:
        settings = replace(settings, transfer_day_basis=args.transfer_days)
    return settings


def cmd_deadline(args: argparse.Namespace) -> int:
    from casefile.rules.deadlines import compute_deadline, shipped_rule_book

    _utf8_stdout(strict=args.json)
    if args.list:
        book = shipped_rule_book()
        if args.json:
            listed = [
                {"rule": r.id, "title": r.title, "period": r.period_text(), "source": r.source}
                for r in book.rules.values()
            ]
            sys.stdout.write(json.dumps(listed, ensure_ascii=False, indent=1) + "\n")
        else:
            for r in book.rules.values():
                print(f"{r.id:42} {r.period_text():18} {r.title}")
        return EXIT_OK
    if not args.rule:
        raise UsageError("name a RULE_ID, or --list to see them")
    settings = _deadline_settings(args)
    result = compute_deadline(
        args.rule, _date_argument("--from", args.trigger), args.jurisdiction, settings
    )
    if args.json:
        sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1) + "\n")
    else:
        print(f"{result.rule.title}: due {result.due.isoformat()}")
        print(result.explanation)
    return EXIT_OK


def _archive_rules(args: argparse.Namespace) -> tuple[tuple[RuleSet, ...] | None, Readings]:
    """A named archive's rule sets (its edited copies included) and its readings of the open
    points; without an archive the shipped sets (None) and the defaults."""
    from casefile.rules.thresholds import Readings

    path = _named_archive(args)
    if path is None:
        return None, Readings()
    from casefile.services.rule_settings import archive_rule_sets, rule_settings
    from casefile.store.archive import Archive

    with Archive.open(path) as archive:
        return archive_rule_sets(archive), rule_settings(archive).readings


def cmd_thresholds(args: argparse.Namespace) -> int:
    from casefile.rules.thresholds import MEASURES, checked_penalty, evaluate_thresholds, fmt

    _utf8_stdout(strict=args.json)
    figures = {m: getattr(args, m) for m in MEASURES if getattr(args, m, None) is not None}
    act = _date_argument("--act-date", args.act_date) if args.act_date else None
    penalties: tuple[PriorPenalty, ...] = ()
    if args.prior_penalty_date:
        on = _date_argument("--prior-penalty-date", args.prior_penalty_date)
        conduct = args.prior_penalty_conduct or args.offence
        penalties = (checked_penalty(on, args.prior_penalty_kind, conduct),)
    elif args.prior_penalty_conduct:
        raise UsageError("--prior-penalty-conduct needs --prior-penalty-date")
    rule_sets, readings = _archive_rules(args)
    chosen = {n: getattr(args, n) for n in THRESHOLD_OPEN_POINTS if getattr(args, n) is not None}
    readings = replace(readings, **chosen)
    result = evaluate_thresholds(
        args.offence, figures, act, None, rule_sets, penalties=penalties, readings=readings
    )
    if args.json:
        sys.stdout.write(json.dumps(result.as_json(), ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    level = result.level.replace("_", " ")
    print(f"Art {args.offence}: {level} (rule set {result.rule_set.short_name})")
    for s in result.standards:
        mark = "MET" if s.met else "   "
        figure = f"{fmt(s.value, s.measure)} / {fmt(s.threshold, s.measure)}"
        print(f"  {mark} {s.level:18} {s.measure:24} {figure:>30} {s.percent}%")
    if result.half_rule:
        h = result.half_rule
        print(
            f"  half rule: serious {'met' if h.met else 'not met'}, "
            f"especially serious {'met' if h.met_especially else 'not met'}"
        )
    for point, reading, other_level in result.other_readings:
        print(f"  open point {point}: if {reading}, {other_level.replace('_', ' ')}")
    for need in result.missing:
        print(f"  needs {need}")
    print(result.explanation)
    if result.rule_set.provenance:
        print(f"Rule set {result.rule_set.id}: {result.rule_set.provenance}")
    return EXIT_OK


# --- casefile rules -------------------------------------------------------------------------


def _json_value(value: object) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


def _in_archive(archive: Archive, path: Path | None) -> str:
    if path is None:
        return "-"
    try:
        return path.relative_to(archive.path).as_posix()
    except ValueError:
        return str(path)


def _rules_list(archive: Archive, as_json: bool) -> int:
    from casefile.console import table
    from casefile.services.rule_settings import (
        SETTINGS,
        RuleSettings,
        rule_problems,
        rule_set_overview,
        rule_settings,
        setting_values,
    )

    entries = rule_set_overview(archive)
    problems = rule_problems(archive)
    try:
        values: dict[str, object] | None = setting_values(rule_settings(archive))
    except CasefileError:
        values = None  # an unacceptable stored value: shown by `rules check`
    defaults = setting_values(RuleSettings())
    if as_json:
        _utf8_stdout(strict=True)
        listed = {
            "rule_sets": [
                {
                    "id": e.id,
                    "title": e.rule_set.title if e.rule_set else None,
                    "in_force_from": e.rule_set.in_force_from.isoformat() if e.rule_set else None,
                    "in_force_until": e.rule_set.in_force_until.isoformat()
                    if e.rule_set and e.rule_set.in_force_until
                    else None,
                    "edited": e.edited,
                    "path": str(e.path) if e.path else None,
                    "problem": str(e.problem) if e.problem else None,
                }
                for e in entries
            ],
            "settings": {
                name: {
                    "value": None if values is None else values[name],
                    "default": defaults[name],
                    "question": info.question,
                    "values": info.values,
                    "source": info.source,
                }
                for name, info in SETTINGS.items()
            },
            "problems": [str(p) for p in problems],
        }
        sys.stdout.write(json.dumps(listed, ensure_ascii=False, indent=1) + "\n")
        return EXIT_ERROR if problems else EXIT_OK
    _utf8_stdout(strict=False)
    rows = []
    for e in entries:
        if e.rule_set is None:
            broken = f"BROKEN: {e.problem.key}: {e.problem.problem}" if e.problem else "BROKEN"
            rows.append((e.id, "-", f"EDITED ({_in_archive(archive, e.path)})", broken))
            continue
        r = e.rule_set
        until = r.in_force_until.isoformat() if r.in_force_until else "(in force)"
        where = f"EDITED ({_in_archive(archive, e.path)})" if e.edited else "shipped"
        rows.append((r.id, f"{r.in_force_from.isoformat()} to {until}", where, r.title))
    print("Criminal-threshold rule sets (`casefile rules copy ID` to edit one in this archive)")
    print(table(("Rule set", "In force", "Origin", "Title"), rows, (12, 26, 40, 90)))
    print()
    print("Open points (`casefile rules set KEY VALUE`)")
    for name, info in SETTINGS.items():
        value = "INVALID (see `casefile rules check`)" if values is None else values[name]
        print(f"  {name} = {_json_value(value)}  (default {_json_value(defaults[name])})")
        print(f"      {info.question} {info.values}; {info.source}")
    if problems:
        raise CasefileError(
            f"{len(problems)} problem(s) in this archive's rules; `casefile rules check` "
            "names each one"
        )
    return EXIT_OK


def _rules_check(archive: Archive) -> int:
    from casefile.services.rule_settings import edited_rule_sets, rule_problems

    problems = rule_problems(archive, include_shipped=True)
    _utf8_stdout(strict=False)
    for problem in problems:
        print(f"PROBLEM {_one_line(problem)}")
    edited = len(edited_rule_sets(archive))
    verdict = "OK" if not problems else f"{len(problems)} problem(s) found"
    print(f"{archive.path}: rule sets ({edited} edited in this archive) and settings: {verdict}")
    return EXIT_ERROR if problems else EXIT_OK


def _rules_copy(archive: Archive, rule_set_id: str, replace_edit: bool) -> int:
    from casefile.services.rule_settings import EditedRuleSetExistsError, copy_rule_set

    try:
        path = copy_rule_set(archive, rule_set_id, replace=replace_edit)
    except EditedRuleSetExistsError as exc:
        raise CasefileError(
            f"{exc} (--replace copies it again, keeping the edits under backups/)"
        ) from None
    print(path)
    print(
        f"casefile: rule set {rule_set_id} copied into the archive; edit that file, then run "
        "`casefile rules check`",
        file=sys.stderr,
    )
    return EXIT_OK


def _rules_set(archive: Archive, key: str, text: str) -> int:
    from casefile.services.rule_settings import SETTING_PREFIX, parse_setting, set_rule_settings
    from casefile.services.settings import get_setting

    changes: dict[str, Any] = {key: parse_setting(key, text)}
    before = get_setting(archive, SETTING_PREFIX + key)
    now = getattr(set_rule_settings(archive, **changes), key)
    was = "the default" if before is None else _json_value(before)
    print(f"{key} = {_json_value(now)} (was {was})")
    return EXIT_OK


def _rules_recount(archive: Archive, reference: str | None) -> int:
    from casefile.services.deadline_generation import regenerate_deadlines

    result = regenerate_deadlines(archive, reference)
    counts = {
        "added": result.added,
        "recounted": result.moved,
        "removed": result.removed,
        "met by an event": result.met,
        "reopened": result.reopened,
    }
    said = ", ".join(f"{len(changes)} {what}" for what, changes in counts.items())
    print(f"{reference or 'every case'}: generated deadlines {said}")
    for change in result.met:
        print(f"  met: {change.title} (due {change.before})")
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    from casefile.services.rule_settings import remove_edited_rule_set
    from casefile.store.archive import Archive

    with Archive.open(archive_path(args)[0]) as archive:
        if args.rules_command == "list":
            return _rules_list(archive, args.json)
        if args.rules_command == "check":
            return _rules_check(archive)
        if args.rules_command == "copy":
            return _rules_copy(archive, args.rule_set, args.replace)
        if args.rules_command == "recount":
            return _rules_recount(archive, args.case)
        if args.rules_command == "revert":
            kept = remove_edited_rule_set(archive, args.rule_set)
            print(
                f"rule set {args.rule_set}: the shipped rule set applies again (the edited copy "
                f"is kept as {kept})"
            )
            return EXIT_OK
        return _rules_set(archive, args.key, args.value)


class UsageError(CasefileError):
    """The command line was used wrongly (exit 2)."""


def _utf8_stdout(strict: bool) -> None:
    """Chinese titles must survive a redirect on Windows, where a pipe defaults to cp1252: JSON is
    always UTF-8; a table on a terminal that cannot show a character shows "?" instead."""
    if strict:
        sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    else:
        sys.stdout.reconfigure(errors="replace")  # type: ignore[union-attr]


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_open,
    "demo": cmd_demo,
    "list": cmd_list,
    "check": cmd_check,
    "deadline": cmd_deadline,
    "thresholds": cmd_thresholds,
    "rules": cmd_rules,
    **cli_backup.COMMANDS,
    **cli_calendar.COMMANDS,
    **cli_case_package.COMMANDS,
    **cli_dashboard.COMMANDS,
    **cli_deadlines.COMMANDS,
    **cli_evidence.COMMANDS,
    **cli_infringers.COMMANDS,
    **cli_packets.COMMANDS,
    **cli_listings.COMMANDS,
    **cli_record.COMMANDS,
}


def _one_line(message: object) -> str:
    return str(message).strip().splitlines()[0] if str(message).strip() else "unknown error"


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None or sys.stderr is None:  # a windowed build has no console streams
        sys.stdout = sys.stdout or open(os.devnull, "w")  # noqa: SIM115
        sys.stderr = sys.stderr or open(os.devnull, "w")  # noqa: SIM115
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CancelledError:
        print("casefile: cancelled; nothing was changed", file=sys.stderr)
        return EXIT_CANCELLED
    except KeyboardInterrupt:
        print("\ncasefile: interrupted", file=sys.stderr)
        return EXIT_CANCELLED
    except UsageError as exc:
        print(f"casefile: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except CasefileError as exc:
        print(f"casefile: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `casefile list | head`
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # never a traceback on the user's screen
        from casefile.logfile import log_exception

        logged = log_exception(exc)
        where = f"details in {logged}" if logged else "details could not be logged"
        message = f"{type(exc).__name__}: {_one_line(exc)}"
        print(f"casefile: internal error: {message} ({where})", file=sys.stderr)
        return EXIT_INTERNAL
